/* test-today.c: today's state as one object (docs/programme.md, "Today"), worked out from the
 * person's data on a fake clock: a rest day and when each exercise is next due, the week strip,
 * the Extender's second time, what was due written down for the days the app was not opened, a
 * stop with its sign, a re-injury and the new check's onset, the check for exercises that wait,
 * and how a later answer about running speaks for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hammy-core-test-utils.h"
#include "hammy-dates.h"
#include "hammy-days.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-today.h"

static HammyLibrary *library;

#define NO_RED_FLAGS "\"rf_saddle_bladder\": false, \"rf_weakness\": false, \"rf_calf\": false, \"rf_unwell\": false"
/* The sit bone, gradual: build, where everything is strength every other day. */
#define SIT_BONE \
  "{" NO_RED_FLAGS ", \"side\": \"left\", \"onset\": \"gradual\", \"days_since_onset\": 42, \"location\": \"high\"," \
  " \"sitting_worse\": true, \"stretch_response\": \"worse\", \"test_hinge\": \"painful\", \"pain_rest\": 2," \
  " \"pain_walking\": 2, \"test_single_leg_bridge\": \"painful\", \"bridge_hold_pain\": 1, \"running\": \"pain_same\"}"
/* A strain four days old, walking still sore, running not possible: build, the trio waiting. */
#define STRAIN \
  "{" NO_RED_FLAGS ", \"side\": \"right\", \"onset\": \"sudden\", \"days_since_onset\": 4, \"pop\": false," \
  " \"bruising\": \"none\", \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 2, \"gait_altered\": false," \
  " \"test_single_leg_bridge\": \"painful\", \"bridge_hold_pain\": 1, \"running\": \"cannot\"}"

typedef struct
{
  HammyClock *clock;
  HammyData  *data;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  f->clock = hammy_fake_clock_new (start);
  f->data = hammy_data_new (root, library);
  hammy_data_set_clock (f->data, f->clock);
  g_assert_true (hammy_test_load_data (f->data));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  hammy_data_flush (f->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->data));
  g_clear_object (&f->clock);
}

/* ---- living a day -------------------------------------------------------------------- */

/* @day days after the start, at @hour. */
static void
set_time (Fixture *f,
          int      day,
          int      hour)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, hour, 0, 0);
  g_autoptr(GDateTime) then = g_date_time_add_days (start, day);

  hammy_fake_clock_set_wall_time (f->clock, then);
}

static HammyToday *
today (Fixture *f)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);

  return hammy_today_new (f->data, now);
}

static void
check (Fixture    *f,
       const char *answers)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
  g_autoptr(HammyAssessment) assessment = NULL;

  g_assert_true (json_parser_load_from_data (parser, answers, -1, NULL));
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), now);
  hammy_data_add_assessment (f->data, assessment);
}

/* What @kind holds, done in full: a set of each exercise at no pain, written as the session
 * view writes it. Returns the exercises it held. */
static GStrv
train (Fixture           *f,
       HammyTodaySession  kind)
{
  g_autoptr(HammyToday) state = today (f);
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
  g_autoptr(GStrvBuilder) held = g_strv_builder_new ();
  HammyLog *log = hammy_data_get_log (f->data);
  g_autofree guint *items = NULL;
  const char *id;
  guint n = 0;

  items = hammy_today_dup_session_items (state, kind, &n, NULL);
  id = hammy_log_begin_session (log, now, hammy_triage_phase_to_id (hammy_today_get_phase (state)), n);
  for (guint i = 0; i < n; i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (hammy_today_get_plan (state), items[i]);
      HammyLogSet set = { item->exercise, HAMMY_SIDE_BOTH, 1, item->reps, item->hold_seconds, 0, 0, 5, NULL,
                          g_date_time_to_unix (now) + 60, item->load };

      hammy_log_add_set (log, id, &set, NULL, NULL);
      g_strv_builder_add (held, item->exercise);
    }
  hammy_log_end_session (log, id, now, HAMMY_SESSION_DONE);

  return g_strv_builder_end (held);
}

static void
morning (Fixture       *f,
         int            day,
         HammyCompared  leg,
         const char    *warning,
         gboolean       reinjury)
{
  g_autofree char *date = NULL;
  GDate d;
  HammyLogCheckin checkin = { 0 };

  set_time (f, day, 7);
  hammy_day_parse ("2026-03-02", &d);
  g_date_add_days (&d, day);
  date = hammy_day_format (&d);
  checkin.date = date;
  checkin.leg = leg;
  checkin.warning = (char *) warning;
  checkin.run_pain = -1;
  checkin.reinjury = reinjury;
  hammy_data_add_checkin (f->data, &checkin);
}

static gboolean
holds (const HammyTodayItem *item,
       const char           *exercise)
{
  return g_strcmp0 (item->exercise, exercise) == 0;
}

static const HammyTodayItem *
find_item (HammyToday *state,
           const char *exercise)
{
  for (guint i = 0; i < hammy_today_get_n_items (state); i++)
    if (holds (hammy_today_get_item (state, i), exercise))
      return hammy_today_get_item (state, i);
  return NULL;
}

/* ---- the tests ----------------------------------------------------------------------- */

/* Tight, not injured: runs three days a week with the routine before them, strength twice a
 * week, the Nordic once. The day after the first, nothing is due: a rest day that says when
 * each exercise is next, and the week strip shows the days ahead. */
static void
test_rest_day_and_week (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(HammyToday) first = NULL;
  g_autoptr(HammyToday) rest = NULL;
  g_auto(GStrv) done = NULL;
  const char * const *next;

  check (f, HAMMY_TEST_ANSWERS_TIGHT);
  first = today (f);
  g_assert_cmpint (hammy_today_get_state (first), ==, HAMMY_TODAY_TRAINING);
  g_assert_cmpint (hammy_today_get_phase (first), ==, HAMMY_TRIAGE_PHASE_WARMUP);
  g_assert_false (hammy_today_is_rest_day (first));
  g_assert_true (find_item (first, "nordic-curl")->is_new);
  g_assert_cmpuint (hammy_today_get_n_week_days (first), ==, 7);

  set_time (f, 0, 18);
  done = train (f, HAMMY_TODAY_SESSION_MAIN);
  g_assert_cmpuint (g_strv_length (done), >=, 4);

  morning (f, 1, HAMMY_COMPARED_SAME, NULL, FALSE);
  rest = today (f);
  g_assert_true (hammy_today_is_rest_day (rest));
  g_assert_false (hammy_today_has_session (rest, HAMMY_TODAY_SESSION_MAIN));
  next = hammy_today_get_next_due (rest);
  g_assert_nonnull (next[0]);
  /* 2 March 2026 is a Monday, the plan's first run day; the next are Wednesday and Friday. */
  g_assert_true (g_strv_contains (next, "Single-Leg Bridge with Weight is twice a week: next on Thursday."));
  g_assert_true (g_strv_contains (next, "Nordic Hamstring Curl is once a week: next on Monday."));
  g_assert_true (g_strv_contains (next, "Cat-Cow goes before a run. Next on Wednesday, the next day the plan offers a run."));

  /* Today a rest day; then the routine before a run, strength, a run, two rest days, and
   * everything on Monday. */
  {
    const gboolean rest_days[] = { TRUE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE };

    for (guint i = 0; i < G_N_ELEMENTS (rest_days); i++)
      g_assert_cmpint (hammy_today_get_week_day (rest, i)->rest, ==, rest_days[i]);
    g_assert_cmpstr (hammy_today_get_week_day (rest, 0)->summary, ==, "Rest day");
    g_assert_cmpstr (hammy_today_get_week_day (rest, 2)->summary, ==, "Single-Leg Bridge with Weight, Plank");
    g_assert_true (g_strv_contains ((const char * const *) hammy_today_get_week_day (rest, 6)->exercises, "nordic-curl"));
  }
  g_assert_nonnull (hammy_today_get_reasons (rest)[0]);

  /* The routine before a run can start on its own on a rest day, as running is allowed. */
  g_assert_true (hammy_today_has_session (rest, HAMMY_TODAY_SESSION_PRE_RUN));
  g_assert_cmpint (hammy_today_get_running (rest)->advice, !=, HAMMY_RUNNING_STOP);
  /* The first day was done in full: its tick on the week strip. */
  {
    g_autoptr(HammyToday) again = NULL;

    set_time (f, 0, 22);
    again = today (f);
    g_assert_cmpint (hammy_today_get_week_day (again, 0)->done, ==, HAMMY_TODAY_DONE_FULL);
    g_assert_cmpint (hammy_today_get_week_day (again, 1)->done, ==, HAMMY_TODAY_DONE_NONE);
    /* Each item's dose is the words the editor and the handout use. */
    for (guint i = 0; i < hammy_today_get_n_items (again); i++)
      {
        const HammyTodayItem *item = hammy_today_get_item (again, i);
        g_autofree char *words = NULL;

        if (item->item == HAMMY_SCHEDULE_RUN_ITEM)
          continue;
        words = hammy_schedule_dup_dose_text (hammy_today_get_plan (again), hammy_plan_get_item (hammy_today_get_plan (again), item->item),
                                              hammy_today_get_date (again));
        g_assert_true (g_str_has_prefix (item->dose, words));
      }
  }
  set_time (f, 1, 8);

  /* What the first day held is no longer new. */
  set_time (f, 2, 8);
  {
    g_autoptr(HammyToday) third = today (f);

    g_assert_false (find_item (third, "toe-touch-progression")->is_new);
    g_assert_true (find_item (third, "cat-cow")->is_new);
    g_assert_true (g_strv_contains (hammy_today_get_new_today (third), "cat-cow"));
  }

  /* A run that hurt above the cap stops running, and the routine before one with it. */
  {
    g_autoptr(HammyToday) stopped = NULL;
    g_autofree char *date = NULL;
    HammyLogCheckin hurt = { 0 };
    GDate d;

    hammy_day_parse ("2026-03-03", &d);
    date = hammy_day_format (&d);
    hurt.date = date;
    hurt.leg = HAMMY_COMPARED_SAME;
    hurt.run_pain = 7;
    hammy_data_add_checkin (f->data, &hurt);
    stopped = today (f);
    g_assert_cmpint (hammy_today_get_running (stopped)->advice, ==, HAMMY_RUNNING_STOP);
    g_assert_false (hammy_today_has_session (stopped, HAMMY_TODAY_SESSION_PRE_RUN));
  }
}

static void
test_twice_a_day (Fixture       *f,
                  gconstpointer  user_data)
{
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;

  check (f, HAMMY_TEST_ANSWERS_DISTAL);
  {
    g_autoptr(HammyToday) state = today (f);
    const HammyTodayItem *extender = find_item (state, "askling-extender");

    g_assert_nonnull (extender);
    g_assert_cmpuint (extender->occurrences, ==, 2);
    g_assert_cmpuint (extender->done, ==, 0);
    g_assert_false (hammy_today_has_session (state, HAMMY_TODAY_SESSION_AGAIN));
  }

  set_time (f, 0, 10);
  first = train (f, HAMMY_TODAY_SESSION_MAIN);
  g_assert_true (g_strv_contains ((const char * const *) first, "askling-extender"));
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpuint (find_item (state, "askling-extender")->done, ==, 1);
    g_assert_cmpint (hammy_today_get_done (state), ==, HAMMY_TODAY_DONE_PARTIAL);
  }

  set_time (f, 0, 20);
  second = train (f, HAMMY_TODAY_SESSION_AGAIN);
  g_assert_cmpstrv (second, ((const char * const []) { "askling-extender", NULL }));
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpint (hammy_today_get_done (state), ==, HAMMY_TODAY_DONE_FULL);
    g_assert_false (hammy_today_has_session (state, HAMMY_TODAY_SESSION_MAIN));
  }

  /* What was due that day is written down, each occurrence once. */
  {
    const HammyLogDue *due = hammy_log_lookup_due (hammy_data_get_log (f->data), "2026-03-02");

    g_assert_nonnull (due);
    for (guint i = 0; due->exercises[i] != NULL; i++)
      if (g_str_equal (due->exercises[i], "askling-extender"))
        g_assert_cmpuint (due->occurrences[i], ==, 2);
  }
}

/* Days the app was not opened get their record of what was due too: adherence counts them. */
static void
test_days_away_are_written_down (Fixture       *f,
                                 gconstpointer  user_data)
{
  HammyLog *log;

  check (f, SIT_BONE);
  g_object_unref (today (f));
  set_time (f, 4, 9);
  g_object_unref (today (f));

  log = hammy_data_get_log (f->data);
  for (int day = 0; day <= 4; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", 2 + day);

      g_assert_nonnull (hammy_log_lookup_due (log, date));
    }
  g_assert_null (hammy_log_lookup_due (log, "2026-03-07"));
}

/* A warning sign stops the plan with its sign; a new check lifts it. A new sudden pain is a
 * re-injury: stopped too, and the new check's day less its days since onset is the onset. */
static void
test_stop_and_reinjury (Fixture       *f,
                        gconstpointer  user_data)
{
  GDate onset;

  check (f, HAMMY_TEST_ANSWERS_DISTAL);
  set_time (f, 0, 18);
  g_strfreev (train (f, HAMMY_TODAY_SESSION_MAIN));
  morning (f, 1, HAMMY_COMPARED_SAME, "numbness", FALSE);
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpint (hammy_today_get_state (state), ==, HAMMY_TODAY_STOPPED);
    g_assert_cmpstr (hammy_today_get_stop_sign (state), ==, "numbness");
    g_assert_cmpstr (hammy_today_get_stop_date (state), ==, "2026-03-03");
    g_assert_nonnull (hammy_today_get_stop_text (state));
    /* When, in one sentence for Today and History; the stop text names the sign. */
    g_assert_nonnull (strstr (hammy_today_get_stop_text (state), "numbness down the leg"));
    {
      g_autofree char *noted = hammy_today_dup_stop_day_text (state);
      g_autofree char *when = NULL;
      g_autofree char *expected = NULL;
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 3, G_DATE_MARCH, 2026);
      when = hammy_dates_format (&day, HAMMY_DATE_STYLE_WEEKDAY);
      expected = g_strdup_printf ("Your plan stopped on %s.", when);
      g_assert_cmpstr (noted, ==, expected);
    }
    g_assert_cmpuint (hammy_today_get_n_items (state), ==, 0);
    g_assert_cmpint (hammy_today_get_running (state)->advice, ==, HAMMY_RUNNING_STOP);
  }
  /* It stays stopped, days on. */
  set_time (f, 5, 9);
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpint (hammy_today_get_state (state), ==, HAMMY_TODAY_STOPPED);
  }

  check (f, HAMMY_TEST_ANSWERS_DISTAL);
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpint (hammy_today_get_state (state), ==, HAMMY_TODAY_TRAINING);
    g_assert_null (hammy_today_dup_stop_day_text (state));
  }

  morning (f, 6, HAMMY_COMPARED_WORSE, NULL, TRUE);
  {
    g_autoptr(HammyToday) state = today (f);

    g_assert_cmpint (hammy_today_get_state (state), ==, HAMMY_TODAY_STOPPED);
    g_assert_cmpstr (hammy_today_get_stop_sign (state), ==, HAMMY_PLAN_STOP_REINJURY);
  }

  check (f, STRAIN);
  g_assert_true (hammy_plan_get_onset (hammy_data_get_plan (f->data), &onset));
  /* Checked on 8 March, four days after it happened. */
  g_assert_cmpint (g_date_get_day (&onset), ==, 4);
  g_assert_cmpint (g_date_get_month (&onset), ==, 3);
}

/* A strain in build: the Askling trio waits for comfortable walking, and while the calendar keeps
 * the next phase away, the check offered asks what the trio needs. A later slow jog's pain speaks
 * for running instead of the first check's "cannot". */
static void
test_check_for_what_waits (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(HammyPhaseCheck) check_offered = NULL;
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autoptr(GDateTime) now = NULL;
  GDate today_date;

  check (f, STRAIN);
  {
    g_autoptr(HammyToday) state = today (f);
    const char * const *reasons = hammy_today_get_reasons (state);

    g_assert_null (find_item (state, "askling-extender"));
    /* Why it waits is said once among the reasons, not for each of the three. */
    g_assert_true (g_strv_contains (reasons, "The Askling exercises start once walking is comfortable, with no limp."));
    g_assert_cmpint (hammy_today_get_running (state)->advice, ==, HAMMY_RUNNING_STOP);
  }

  /* Three good days, each followed by a morning no worse. */
  for (int day = 0; day < 5; day++)
    {
      g_autoptr(HammyToday) state = NULL;

      set_time (f, day, 18);
      state = today (f);
      if (hammy_today_has_session (state, HAMMY_TODAY_SESSION_MAIN))
        g_strfreev (train (f, HAMMY_TODAY_SESSION_MAIN));
      morning (f, day + 1, HAMMY_COMPARED_SAME, NULL, FALSE);
    }

  {
    g_autoptr(HammyToday) state = today (f);

    check_offered = hammy_today_get_phase_check (state) != NULL ? g_object_ref (hammy_today_get_phase_check (state)) : NULL;
  }
  g_assert_nonnull (check_offered);
  g_assert_true (hammy_phase_check_is_for_waits (check_offered));
  g_assert_cmpstrv (hammy_phase_check_get_questions (check_offered),
                    ((const char * const []) { "pain_walking", "gait_altered", NULL }));

  json_object_set_int_member (answers, "pain_walking", 1);
  json_object_set_boolean_member (answers, "gait_altered", FALSE);
  json_object_set_int_member (answers, "jog_pain", 0);
  now = hammy_clock_dup_wall_time (f->clock);
  g_assert_true (hammy_data_answer_phase_check (f->data, check_offered, answers, now, NULL, NULL));
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (f->data)), ==, HAMMY_TRIAGE_PHASE_BUILD);

  hammy_day_of_time (now, &today_date);
  {
    g_autoptr(JsonObject) merged = hammy_data_dup_answers (f->data, &today_date, FALSE);
    g_autoptr(HammyToday) state = today (f);

    g_assert_false (json_object_has_member (merged, "running"));
    g_assert_cmpint (json_object_get_int_member (merged, "jog_pain"), ==, 0);
    g_assert_cmpint (hammy_today_get_running (state)->advice, ==, HAMMY_RUNNING_EASY_ONLY);
    /* Answered today: not offered again today. */
    g_assert_null (hammy_today_get_phase_check (state));
  }

  /* The trio starts, two at most on a day. */
  set_time (f, 6, 18);
  {
    g_autoptr(HammyToday) state = today (f);
    guint trio = (find_item (state, "askling-extender") != NULL) + (find_item (state, "askling-diver") != NULL) +
                 (find_item (state, "askling-glider") != NULL);

    g_assert_cmpuint (trio, >=, 1);
    g_assert_cmpuint (trio, <=, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The days of the fake clock are UTC days, as the course runner's are. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/today/rest-day-and-week", test_rest_day_and_week);
  ADD ("/today/twice-a-day", test_twice_a_day);
  ADD ("/today/days-away-are-written-down", test_days_away_are_written_down);
  ADD ("/today/stop-and-reinjury", test_stop_and_reinjury);
  ADD ("/today/check-for-what-waits", test_check_for_what_waits);
#undef ADD

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
