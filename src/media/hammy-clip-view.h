/* hammy-clip-view.h: an exercise clip with its controls, colour key and error state; the
 * keyboard drives it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-clip-key.h"
#include "hammy-clip-player.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CLIP_VIEW (hammy_clip_view_get_type ())

G_DECLARE_FINAL_TYPE (HammyClipView, hammy_clip_view, HAMMY, CLIP_VIEW, GtkWidget)

GtkWidget       *hammy_clip_view_new             (void);
HammyClipPlayer *hammy_clip_view_get_player      (HammyClipView              *self);

void             hammy_clip_view_set_file        (HammyClipView              *self,
                                                  GFile                      *file);
GFile           *hammy_clip_view_get_file        (HammyClipView              *self);
void             hammy_clip_view_set_own_file    (HammyClipView              *self,
                                                  GFile                      *file);
gboolean         hammy_clip_view_get_own         (HammyClipView              *self);
void             hammy_clip_view_set_poster      (HammyClipView              *self,
                                                  GFile                      *poster);
gboolean         hammy_clip_view_set_clip_id     (HammyClipView              *self,
                                                  const char                 *id);
void             hammy_clip_view_set_autoplay    (HammyClipView              *self,
                                                  gboolean                    autoplay);
gboolean         hammy_clip_view_get_autoplay    (HammyClipView              *self);

void             hammy_clip_view_set_legend      (HammyClipView              *self,
                                                  const HammyClipLegendEntry *entries,
                                                  guint                       n_entries);

void             hammy_clip_view_set_side        (HammyClipView              *self,
                                                  HammyClipSide               side);
HammyClipSide    hammy_clip_view_get_side        (HammyClipView              *self);
HammyClipSide    hammy_clip_view_get_working_side (HammyClipView             *self);

void             hammy_clip_view_set_fullscreen  (HammyClipView              *self,
                                                  gboolean                    fullscreen);
gboolean         hammy_clip_view_get_fullscreen  (HammyClipView              *self);

void             hammy_clip_view_set_compact     (HammyClipView              *self,
                                                  gboolean                    compact);
gboolean         hammy_clip_view_get_compact     (HammyClipView              *self);

G_END_DECLS
