/* hammy-coach-voice.h: coaching lines spoken offline by eSpeak through GStreamer, on a thread
 * of their own; without eSpeak, a voice for the language or an audio device it stays silent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HAMMY_COACH_VOICE_CHECKING,     /* not known yet: the thread is looking */
  HAMMY_COACH_VOICE_READY,
  HAMMY_COACH_VOICE_NO_SPEECH,    /* GStreamer's espeak element is not installed */
  HAMMY_COACH_VOICE_NO_LANGUAGE,  /* eSpeak has no voice for the language */
  HAMMY_COACH_VOICE_NO_OUTPUT,    /* no audio device, or it failed */
} HammyCoachVoiceStatus;

#define HAMMY_TYPE_COACH_VOICE_STATUS (hammy_coach_voice_status_get_type ())
#define HAMMY_TYPE_COACH_VOICE (hammy_coach_voice_get_type ())

GType hammy_coach_voice_status_get_type (void);

G_DECLARE_FINAL_TYPE (HammyCoachVoice, hammy_coach_voice, HAMMY, COACH_VOICE, GObject)

HammyCoachVoice       *hammy_coach_voice_new          (const char      *language);
HammyCoachVoice       *hammy_coach_voice_new_full     (const char      *language,
                                                       const char      *speech_factory,
                                                       const char      *sink_factory);

HammyCoachVoiceStatus  hammy_coach_voice_get_status   (HammyCoachVoice *self);
void                   hammy_coach_voice_say          (HammyCoachVoice *self,
                                                       const char      *text,
                                                       gboolean         timely);
void                   hammy_coach_voice_stop         (HammyCoachVoice *self);

void                   hammy_coach_voice_set_muted    (HammyCoachVoice *self,
                                                       gboolean         muted);
gboolean               hammy_coach_voice_get_muted    (HammyCoachVoice *self);
void                   hammy_coach_voice_set_volume   (HammyCoachVoice *self,
                                                       double           volume);
double                 hammy_coach_voice_get_volume   (HammyCoachVoice *self);

G_END_DECLS
