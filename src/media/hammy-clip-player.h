/* hammy-clip-player.h: plays one exercise clip in a loop into a GdkPaintable: slow motion,
 * frame stepping, scrubbing, mirroring, and errors as sentences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  HAMMY_CLIP_PLAYER_STATE_EMPTY,
  HAMMY_CLIP_PLAYER_STATE_LOADING,
  HAMMY_CLIP_PLAYER_STATE_READY,
  HAMMY_CLIP_PLAYER_STATE_ERROR,
} HammyClipPlayerState;

#define HAMMY_TYPE_CLIP_PLAYER_STATE (hammy_clip_player_state_get_type ())
GType hammy_clip_player_state_get_type (void);

#define HAMMY_TYPE_CLIP_PLAYER (hammy_clip_player_get_type ())

G_DECLARE_FINAL_TYPE (HammyClipPlayer, hammy_clip_player, HAMMY, CLIP_PLAYER, GObject)

HammyClipPlayer      *hammy_clip_player_new                (void);

void                  hammy_clip_player_set_file           (HammyClipPlayer *self,
                                                            GFile           *file);
GFile                *hammy_clip_player_get_file           (HammyClipPlayer *self);
void                  hammy_clip_player_set_own            (HammyClipPlayer *self,
                                                            gboolean         own);
void                  hammy_clip_player_set_poster         (HammyClipPlayer *self,
                                                            GFile           *poster);
GFile                *hammy_clip_player_get_poster         (HammyClipPlayer *self);
void                  hammy_clip_player_reload             (HammyClipPlayer *self);

GdkPaintable         *hammy_clip_player_get_paintable      (HammyClipPlayer *self);
HammyClipPlayerState  hammy_clip_player_get_state          (HammyClipPlayer *self);
const char           *hammy_clip_player_get_error_message  (HammyClipPlayer *self);

void                  hammy_clip_player_set_playing        (HammyClipPlayer *self,
                                                            gboolean         playing);
gboolean              hammy_clip_player_get_playing        (HammyClipPlayer *self);
void                  hammy_clip_player_play               (HammyClipPlayer *self);
void                  hammy_clip_player_pause              (HammyClipPlayer *self);

gint64                hammy_clip_player_get_position       (HammyClipPlayer *self);
gint64                hammy_clip_player_get_duration       (HammyClipPlayer *self);
gint64                hammy_clip_player_get_frame_duration (HammyClipPlayer *self);
void                  hammy_clip_player_seek               (HammyClipPlayer *self,
                                                            gint64           position);
void                  hammy_clip_player_step               (HammyClipPlayer *self,
                                                            gboolean         forward);

void                  hammy_clip_player_set_rate           (HammyClipPlayer *self,
                                                            double           rate);
double                hammy_clip_player_get_rate           (HammyClipPlayer *self);
void                  hammy_clip_player_set_mirrored       (HammyClipPlayer *self,
                                                            gboolean         mirrored);
gboolean              hammy_clip_player_get_mirrored       (HammyClipPlayer *self);

G_END_DECLS
