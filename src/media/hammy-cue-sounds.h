/* hammy-cue-sounds.h: short, soft tones for the moments of a guided session, made here and
 * played with GStreamer; without a working audio device they fall silent, and stay so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gst/gst.h>

#include "hammy-cue-sound.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CUE_SOUNDS (hammy_cue_sounds_get_type ())

G_DECLARE_FINAL_TYPE (HammyCueSounds, hammy_cue_sounds, HAMMY, CUE_SOUNDS, GObject)

HammyCueSounds *hammy_cue_sounds_new           (void);
HammyCueSounds *hammy_cue_sounds_new_for_sink  (GstElement     *sink);

void            hammy_cue_sounds_play          (HammyCueSounds *self,
                                                HammyCueSound   cue);
void            hammy_cue_sounds_stop          (HammyCueSounds *self);

gboolean        hammy_cue_sounds_is_available  (HammyCueSounds *self);

void            hammy_cue_sounds_set_muted     (HammyCueSounds *self,
                                                gboolean        muted);
gboolean        hammy_cue_sounds_get_muted     (HammyCueSounds *self);

gboolean        hammy_cue_sounds_sink_is_placeholder (GstElement *sink);

G_END_DECLS
