/* hammy-cue-sound.h: the moments of a guided session that have a sound of their own; the
 * session's cues map onto these, so the media layer needs nothing from core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  HAMMY_CUE_SOUND_START,     /* a hold or set begins */
  HAMMY_CUE_SOUND_HALFWAY,   /* halfway through a hold */
  HAMMY_CUE_SOUND_END,       /* the hold or set is done */
  HAMMY_CUE_SOUND_REST_OVER, /* the rest is over: get ready for the next set */
} HammyCueSound;

#define HAMMY_CUE_SOUND_COUNT (HAMMY_CUE_SOUND_REST_OVER + 1)

#define HAMMY_TYPE_CUE_SOUND (hammy_cue_sound_get_type ())
GType hammy_cue_sound_get_type (void);

G_END_DECLS
