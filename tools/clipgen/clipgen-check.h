/* clipgen-check.h: refuses a script whose body does what no body can: floats, lets a contact
 * drift, bends a joint past its range, sinks into a prop, hovers a foot, swings an arm with its
 * leg, flickers a muscle's colour, or calls a movement by the wrong load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-script.h"

G_BEGIN_DECLS

gboolean clip_motion_check (const ClipMotion *motion,
                            GError          **error);

G_END_DECLS
