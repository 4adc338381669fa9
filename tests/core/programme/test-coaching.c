/* test-coaching.c: the lines a coach says during a whole guided session, their words and the
 * moment of each, on a fake clock, in English and in German.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hammy-coaching.h"
#include "hammy-core-test-utils.h"

#define S ((gint64) G_USEC_PER_SEC)
/* As often as the session view ticks. */
#define TICK_US (100 * 1000)

typedef struct
{
  HammyLibrary  *library;
  char          *root;
  HammyStore    *store;
  HammyLog      *log;
  HammyClock    *clock;
  gint64         start_us;
  GString       *heard;   /* "12.3 kind: text" lines, one per line said */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) wall = g_date_time_new_local (2026, 3, 10, 8, 0, 0);
  const char *language = data;

  /* The library's words are translated as it loads, so the language is set first. */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  f->library = hammy_test_load_library ();

  f->root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_mkdir_with_parents (f->root, 0700);
  f->store = hammy_store_new (f->root);
  f->log = hammy_log_new (f->store, "log");
  f->clock = hammy_fake_clock_new (wall);
  f->start_us = hammy_clock_get_monotonic_us (f->clock);
  f->heard = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_store_flush (f->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->log);
  g_clear_object (&f->clock);
  g_clear_object (&f->store);
  g_clear_object (&f->library);
  g_string_free (f->heard, TRUE);
  g_free (f->root);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
}

static HammyPlan *
plan_new (Fixture    *f,
          const char *items_json)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"hammy-plan\", \"version\": 2, "
                                           "\"created\": \"2026-03-01T08:00:00Z\", \"phase\": \"build\", "
                                           "\"items\": [%s]}", items_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (text, &error);
  HammyPlan *plan;

  g_assert_no_error (error);
  plan = hammy_plan_new_from_json (json_node_get_object (node), f->library, &error);
  g_assert_no_error (error);
  return plan;
}

static void
on_line_cb (HammyCoaching     *coaching,
            HammyCoachingLine  line,
            const char        *text,
            Fixture           *f)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HAMMY_TYPE_COACHING_LINE);
  gint64 at = hammy_clock_get_monotonic_us (f->clock) - f->start_us;

  g_string_append_printf (f->heard, "%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT " %s: %s\n",
                          at / S, (at % S) / TICK_US, g_enum_get_value (klass, line)->value_nick, text);
}

/* Time passes as the session view lets it: a tick every tenth of a second. */
static void
pass (Fixture       *f,
      HammyCoaching *coaching,
      gint64         us)
{
  for (gint64 done = 0; done < us; done += TICK_US)
    {
      hammy_fake_clock_advance (f->clock, TICK_US);
      hammy_session_tick (hammy_coaching_get_session (coaching));
      hammy_coaching_tick (coaching);
    }
}

static void
assert_heard (Fixture    *f,
              const char *expected)
{
  g_assert_cmpstr (f->heard->str, ==, expected);
  g_string_truncate (f->heard, 0);
}

/* Two sets of eight marching bridges a side, then a 30 s plank: every line, and when. */
static void
run_whole_session (Fixture *f)
{
  g_autoptr(HammyPlan) plan =
    plan_new (f, "{\"section\": \"circuit\", \"exercise\": \"marching-bridge\", \"sets\": 2, \"reps\": 8, "
                 "\"per_side\": true, \"load\": \"bodyweight\"}, "
                 "{\"section\": \"circuit\", \"exercise\": \"plank\", \"sets\": 1, \"hold_seconds\": 30, "
                 "\"per_side\": false, \"load\": \"bodyweight\"}");
  g_autoptr(HammySession) session = hammy_session_new (plan, f->library, f->log, f->clock);
  g_autoptr(HammyCoaching) coaching = hammy_coaching_new (session);

  g_signal_connect (coaching, "line", G_CALLBACK (on_line_cb), f);

  /* Nothing is said before the person starts. */
  pass (f, coaching, 2 * S);
  g_assert_cmpstr (f->heard->str, ==, "");
  g_assert_true (hammy_session_start (session));

  /* Four sets of reps, each one done when the person says so, with rests between. */
  for (guint i = 0; i < 4; i++)
    {
      pass (f, coaching, 20 * S);
      g_assert_true (hammy_session_advance (session));
      g_assert_true (hammy_session_rate_set (session, 1, 0, NULL));
      /* The rest runs out: the count, then go. */
      pass (f, coaching, hammy_session_get_remaining_ms (session) * 1000);
    }

  /* The plank: get ready, its count, go, halfway, ten seconds left, the count, rate. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  pass (f, coaching, (HAMMY_SESSION_GET_READY_SECONDS + 30) * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_true (hammy_session_rate_set (session, 2, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);
  pass (f, coaching, 3 * S);
}

static void
test_whole_session_english (Fixture       *f,
                            gconstpointer  data)
{
  run_whole_session (f);
  assert_heard (f,
                "2.0 next: Marching Bridge, set 1 of 2, left side. 8 reps.\n"
                "2.0 go: Go.\n"
                "22.0 rate: Rate your pain.\n"
                "22.0 rest: Rest for 10 seconds.\n"
                "22.0 next: Marching Bridge, set 1 of 2, right side. 8 reps.\n"
                "29.0 count: 3\n"
                "30.0 count: 2\n"
                "31.0 count: 1\n"
                "32.0 go: Go.\n"
                "52.0 rate: Rate your pain.\n"
                "52.0 rest: Rest for 30 seconds.\n"
                "52.0 next: Marching Bridge, set 2 of 2, left side. 8 reps.\n"
                "79.0 count: 3\n"
                "80.0 count: 2\n"
                "81.0 count: 1\n"
                "82.0 go: Go.\n"
                "102.0 rate: Rate your pain.\n"
                "102.0 rest: Rest for 10 seconds.\n"
                "102.0 next: Marching Bridge, set 2 of 2, right side. 8 reps.\n"
                "109.0 count: 3\n"
                "110.0 count: 2\n"
                "111.0 count: 1\n"
                "112.0 go: Go.\n"
                "132.0 rate: Rate your pain.\n"
                "132.0 rest: Rest for 30 seconds.\n"
                "132.0 next: Plank. Hold for 30 seconds.\n"
                "159.0 count: 3\n"
                "160.0 count: 2\n"
                "161.0 count: 1\n"
                "162.0 get-ready: Get ready.\n"
                "164.0 count: 3\n"
                "165.0 count: 2\n"
                "166.0 count: 1\n"
                "167.0 go: Go.\n"
                "182.0 halfway: Halfway.\n"
                "187.0 time-left: 10 seconds left.\n"
                "194.0 count: 3\n"
                "195.0 count: 2\n"
                "196.0 count: 1\n"
                "197.0 rate: Rate your pain.\n"
                "197.0 finished: That is the end of the session. Well done.\n");
}

static void
test_whole_session_german (Fixture       *f,
                           gconstpointer  data)
{
  g_assert_cmpstr (hammy_coaching_get_voice_language (), ==, "de");
  run_whole_session (f);
  assert_heard (f,
                "2.0 next: Marschierende Brücke, Satz 1 von 2, linke Seite. 8 Wiederholungen.\n"
                "2.0 go: Los.\n"
                "22.0 rate: Bewerten Sie Ihren Schmerz.\n"
                "22.0 rest: Pause: 10 Sekunden.\n"
                "22.0 next: Marschierende Brücke, Satz 1 von 2, rechte Seite. 8 Wiederholungen.\n"
                "29.0 count: 3\n"
                "30.0 count: 2\n"
                "31.0 count: 1\n"
                "32.0 go: Los.\n"
                "52.0 rate: Bewerten Sie Ihren Schmerz.\n"
                "52.0 rest: Pause: 30 Sekunden.\n"
                "52.0 next: Marschierende Brücke, Satz 2 von 2, linke Seite. 8 Wiederholungen.\n"
                "79.0 count: 3\n"
                "80.0 count: 2\n"
                "81.0 count: 1\n"
                "82.0 go: Los.\n"
                "102.0 rate: Bewerten Sie Ihren Schmerz.\n"
                "102.0 rest: Pause: 10 Sekunden.\n"
                "102.0 next: Marschierende Brücke, Satz 2 von 2, rechte Seite. 8 Wiederholungen.\n"
                "109.0 count: 3\n"
                "110.0 count: 2\n"
                "111.0 count: 1\n"
                "112.0 go: Los.\n"
                "132.0 rate: Bewerten Sie Ihren Schmerz.\n"
                "132.0 rest: Pause: 30 Sekunden.\n"
                "132.0 next: Unterarmstütz. 30 Sekunden halten.\n"
                "159.0 count: 3\n"
                "160.0 count: 2\n"
                "161.0 count: 1\n"
                "162.0 get-ready: Machen Sie sich bereit.\n"
                "164.0 count: 3\n"
                "165.0 count: 2\n"
                "166.0 count: 1\n"
                "167.0 go: Los.\n"
                "182.0 halfway: Halbzeit.\n"
                "187.0 time-left: Noch 10 Sekunden.\n"
                "194.0 count: 3\n"
                "195.0 count: 2\n"
                "196.0 count: 1\n"
                "197.0 rate: Bewerten Sie Ihren Schmerz.\n"
                "197.0 finished: Das war die Einheit. Gut gemacht.\n");
}

/* A tick that comes late says only the latest number; a pause says nothing and stops the
 * count; pain above the cap and a red flag are said at once. */
static void
test_late_tick_pause_and_stops (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HammyPlan) plan =
    plan_new (f, "{\"section\": \"circuit\", \"exercise\": \"plank\", \"sets\": 2, \"hold_seconds\": 10, "
                 "\"per_side\": false, \"load\": \"bodyweight\"}");
  g_autoptr(HammySession) session = hammy_session_new (plan, f->library, f->log, f->clock);
  g_autoptr(HammyCoaching) coaching = hammy_coaching_new (session);

  g_signal_connect (coaching, "line", G_CALLBACK (on_line_cb), f);
  g_assert_true (hammy_session_start (session));
  assert_heard (f, "0.0 next: Plank, set 1 of 2. Hold for 10 seconds.\n"
                   "0.0 get-ready: Get ready.\n");

  /* The main loop stalls for 3.5 s: one late tick, one number. */
  hammy_fake_clock_advance (f->clock, 3500 * 1000);
  hammy_session_tick (session);
  hammy_coaching_tick (coaching);
  assert_heard (f, "3.5 count: 2\n");
  pass (f, coaching, 1500 * 1000);
  assert_heard (f, "4.0 count: 1\n"
                   "5.0 go: Go.\n");

  /* Paused at 6 s of the hold for a minute: the clock goes on, the coach is quiet. */
  pass (f, coaching, 1 * S);
  g_assert_true (hammy_session_pause (session));
  pass (f, coaching, 60 * S);
  assert_heard (f, "");
  g_assert_true (hammy_session_resume (session));
  pass (f, coaching, 9 * S);
  assert_heard (f, "70.0 halfway: Halfway.\n"
                   "72.0 count: 3\n"
                   "73.0 count: 2\n"
                   "74.0 count: 1\n"
                   "75.0 rate: Rate your pain.\n");

  /* Pain above the cap. */
  g_assert_true (hammy_session_rate_set (session, 9, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  assert_heard (f, "75.0 stopped: That hurt too much. Stop this exercise for today.\n");

  g_assert_true (hammy_session_report_red_flag (session));
  assert_heard (f, "75.0 red-flag: Please stop the session now, and read the screen.\n");
}

/* Coaching that starts on a session already under way says nothing of where it is. */
static void
test_joins_a_session_under_way (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HammyPlan) plan =
    plan_new (f, "{\"section\": \"circuit\", \"exercise\": \"plank\", \"sets\": 1, \"hold_seconds\": 10, "
                 "\"per_side\": false, \"load\": \"bodyweight\"}");
  g_autoptr(HammySession) session = hammy_session_new (plan, f->library, f->log, f->clock);
  g_autoptr(HammyCoaching) coaching = NULL;

  g_assert_true (hammy_session_start (session));
  coaching = hammy_coaching_new (session);
  g_signal_connect (coaching, "line", G_CALLBACK (on_line_cb), f);
  hammy_coaching_tick (coaching);
  assert_heard (f, "");
  pass (f, coaching, 3 * S);
  assert_heard (f, "2.0 count: 3\n"
                   "3.0 count: 2\n");
}

static void
test_timely_lines (void)
{
  g_assert_true (hammy_coaching_line_is_timely (HAMMY_COACHING_LINE_COUNT));
  g_assert_false (hammy_coaching_line_is_timely (HAMMY_COACHING_LINE_GO));
  g_assert_false (hammy_coaching_line_is_timely (HAMMY_COACHING_LINE_NEXT));
  g_assert_false (hammy_coaching_line_is_timely (HAMMY_COACHING_LINE_RATE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* The translations this build made, not an installed Hammy's. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, language, func) g_test_add (path, Fixture, language, fixture_set_up, func, fixture_tear_down)
  ADD ("/coaching/whole-session/en", "C", test_whole_session_english);
  ADD ("/coaching/whole-session/de", "de", test_whole_session_german);
  ADD ("/coaching/late-tick-pause-and-stops", "C", test_late_tick_pause_and_stops);
  ADD ("/coaching/joins-a-session-under-way", "C", test_joins_a_session_under_way);
#undef ADD
  g_test_add_func ("/coaching/timely-lines", test_timely_lines);

  return g_test_run ();
}
