/* test-coach-voice.c: the coaching voice into a fakesink: lines said in order, a count dropped
 * while another line is said, muted is silent; no eSpeak, no voice for the language or no audio
 * output is a status, never an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-coach-voice.h"
#include "hammy-test-wait.h"

static void
on_said_cb (HammyCoachVoice *voice,
            const char      *text,
            GString         *said)
{
  g_string_append_printf (said, "%s|", text);
}

static HammyCoachVoiceStatus
wait_status (HammyCoachVoice *voice)
{
  g_assert_true (hammy_test_wait_until (hammy_coach_voice_get_status (voice) != HAMMY_COACH_VOICE_CHECKING,
                                        HAMMY_TEST_WAIT_MS));
  return hammy_coach_voice_get_status (voice);
}

static void
test_says_lines_in_order (void)
{
  g_autoptr(HammyCoachVoice) voice = hammy_coach_voice_new_full ("en", "espeak", "fakesink");
  g_autoptr(GString) said = g_string_new (NULL);

  g_signal_connect (voice, "said", G_CALLBACK (on_said_cb), said);

  /* The count comes while the first line is being said: too late, so it is dropped. The
   * next line waits its turn. The three are queued while the voice is still making its
   * pipeline, so the speaker takes the count while the first line is under way: into a
   * fakesink a line ends in milliseconds, and queued one by one after it is ready, a busy
   * machine could let it end before the count comes. */
  hammy_coach_voice_say (voice, "Single-leg bridge, set 2 of 3, right side. 12 reps.", FALSE);
  hammy_coach_voice_say (voice, "3", TRUE);
  hammy_coach_voice_say (voice, "Go.", FALSE);
  g_assert_cmpint (wait_status (voice), ==, HAMMY_COACH_VOICE_READY);
  g_assert_true (hammy_test_wait_until (g_str_has_suffix (said->str, "Go.|"), HAMMY_TEST_WAIT_MS));
  g_assert_cmpstr (said->str, ==, "Single-leg bridge, set 2 of 3, right side. 12 reps.|Go.|");

  /* With nothing being said, a count is said. */
  hammy_coach_voice_say (voice, "2", TRUE);
  g_assert_true (hammy_test_wait_until (g_str_has_suffix (said->str, "2|"), HAMMY_TEST_WAIT_MS));

  /* Muted: nothing; unmuted: the next line. */
  g_string_truncate (said, 0);
  hammy_coach_voice_set_muted (voice, TRUE);
  hammy_coach_voice_say (voice, "Halfway.", FALSE);
  hammy_coach_voice_set_muted (voice, FALSE);
  hammy_coach_voice_set_volume (voice, 0.3);
  g_assert_cmpfloat (hammy_coach_voice_get_volume (voice), ==, 0.3);
  hammy_coach_voice_say (voice, "Rate your pain.", FALSE);
  g_assert_true (hammy_test_wait_until (said->len > 0, HAMMY_TEST_WAIT_MS));
  g_assert_cmpstr (said->str, ==, "Rate your pain.|");
}

static void
test_german (void)
{
  g_autoptr(HammyCoachVoice) voice = hammy_coach_voice_new_full ("de", "espeak", "fakesink");
  g_autoptr(GString) said = g_string_new (NULL);

  g_signal_connect (voice, "said", G_CALLBACK (on_said_cb), said);
  g_assert_cmpint (wait_status (voice), ==, HAMMY_COACH_VOICE_READY);
  hammy_coach_voice_say (voice, "Machen Sie sich bereit.", FALSE);
  g_assert_true (hammy_test_wait_until (said->len > 0, HAMMY_TEST_WAIT_MS));
}

/* Each way of having no voice is a status; saying lines then is harmless and silent. */
static void
test_silent_without_a_voice (void)
{
  struct {
    const char            *language;
    const char            *speech;
    const char            *sink;
    HammyCoachVoiceStatus  status;
  } cases[] = {
    { "en", "hammy-no-such-speech", "fakesink", HAMMY_COACH_VOICE_NO_SPEECH },
    { "tlh", "espeak", "fakesink", HAMMY_COACH_VOICE_NO_LANGUAGE },
    { "en", "espeak", "hammy-no-such-sink", HAMMY_COACH_VOICE_NO_OUTPUT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HammyCoachVoice) voice = hammy_coach_voice_new_full (cases[i].language, cases[i].speech, cases[i].sink);
      g_autoptr(GString) said = g_string_new (NULL);

      g_signal_connect (voice, "said", G_CALLBACK (on_said_cb), said);
      g_assert_cmpint (wait_status (voice), ==, cases[i].status);
      hammy_coach_voice_say (voice, "Go.", FALSE);
      hammy_coach_voice_stop (voice);
      hammy_test_run_for (200);
      g_assert_cmpstr (said->str, ==, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coach-voice/says-lines-in-order", test_says_lines_in_order);
  g_test_add_func ("/coach-voice/german", test_german);
  g_test_add_func ("/coach-voice/silent-without-a-voice", test_silent_without_a_voice);

  return g_test_run ();
}
