/* clipgen-render.h: draws one moment of a clip with cairo: props, figure, muscles, cues.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "clipgen-motion.h"

G_BEGIN_DECLS

/* The light stage, and the dark one the player shows in the dark style. */
typedef enum
{
  CLIP_STAGE_LIGHT,
  CLIP_STAGE_DARK
} ClipStage;

void clip_render_frame (const ClipMotion *motion,
                        double            t,
                        ClipStage         stage,
                        gboolean          mark_contacts,
                        cairo_t          *cr,
                        int               width,
                        int               height);

G_END_DECLS
