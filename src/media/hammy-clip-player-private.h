/* hammy-clip-player-private.h: what the tests and the benchmark see of the player's inside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/gst.h>

#include "hammy-clip-player.h"

G_BEGIN_DECLS

GstElement *hammy_clip_player_get_pipeline     (HammyClipPlayer *self);
void        hammy_clip_player_set_load_timeout (HammyClipPlayer *self,
                                                guint            timeout_ms);
const char *hammy_clip_player_describe_error   (const GError    *error,
                                                gboolean         decoder_missing,
                                                gboolean         own);
void        hammy_clip_player_get_frame_counts (HammyClipPlayer *self,
                                                guint64         *frames,
                                                guint64         *converted);

G_END_DECLS
