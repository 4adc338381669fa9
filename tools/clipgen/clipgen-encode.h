/* clipgen-encode.h: renders every frame of a clip and encodes the loop as VP8 in WebM.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-render.h"

G_BEGIN_DECLS

gboolean clip_encode_webm (const ClipMotion *motion,
                           ClipStage         stage,
                           const char       *path,
                           int               width,
                           int               height,
                           GError          **error);

G_END_DECLS
