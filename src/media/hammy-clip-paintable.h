/* hammy-clip-paintable.h: what a clip shows: its newest video frame, or its poster until the
 * first frame arrives, mirrored if asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_CLIP_PAINTABLE (hammy_clip_paintable_get_type ())

G_DECLARE_FINAL_TYPE (HammyClipPaintable, hammy_clip_paintable, HAMMY, CLIP_PAINTABLE, GObject)

/* Called each time the paintable draws its frame. */
typedef void (*HammyClipPaintableDrawnFunc) (gpointer user_data);

HammyClipPaintable *hammy_clip_paintable_new          (void);
void                hammy_clip_paintable_set_frame    (HammyClipPaintable *self,
                                                       GdkTexture         *frame);
GdkTexture         *hammy_clip_paintable_get_frame    (HammyClipPaintable *self);
void                hammy_clip_paintable_set_poster   (HammyClipPaintable *self,
                                                       GdkTexture         *poster);
GdkTexture         *hammy_clip_paintable_get_poster   (HammyClipPaintable *self);
void                hammy_clip_paintable_set_mirrored (HammyClipPaintable *self,
                                                       gboolean            mirrored);
gboolean            hammy_clip_paintable_get_mirrored (HammyClipPaintable *self);
void                hammy_clip_paintable_set_drawn_func (HammyClipPaintable          *self,
                                                         HammyClipPaintableDrawnFunc  func,
                                                         gpointer                     user_data);

G_END_DECLS
