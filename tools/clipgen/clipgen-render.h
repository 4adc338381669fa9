/* clipgen-render.h: draws one moment of a clip with cairo: props, figure, muscles, cues.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "clipgen-motion.h"

G_BEGIN_DECLS

void clip_render_frame (const ClipMotion *motion,
                        double            t,
                        cairo_t          *cr,
                        int               width,
                        int               height);

G_END_DECLS
