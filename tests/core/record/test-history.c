/* test-history.c: the History page's sums and sentences, from hand-made logs: empty, a month
 * boundary, a week across two months and a year, sessions with no pain given, and the sore side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-history.h"

static HammyLibrary *library;

typedef struct
{
  HammyStore *store;
  HammyLog   *log;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  g_mkdir_with_parents (root, 0700);
  f->store = hammy_store_new (root);
  f->log = hammy_log_new (f->store, "log");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_store_flush (f->store);
  g_clear_object (&f->log);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->store));
}

static void
date_init (GDate *date,
           int    year,
           int    month,
           int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* Local times, as a person logs them: the tests hold in any time zone. */
static const char *
add_session (HammyLog           *log,
             int                 year,
             int                 month,
             int                 day,
             int                 hour,
             int                 minute)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (year, month, day, hour, minute, 0);

  return hammy_log_begin_session (log, started, "build", 6);
}

static void
end_session (HammyLog           *log,
             const char         *id,
             HammySessionStatus  status)
{
  const HammyLogSession *session = hammy_log_lookup_session (log, id);
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (session->started);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);

  hammy_log_end_session (log, id, ended, status);
}

static void
add_set (HammyLog   *log,
         const char *session_id,
         const char *exercise,
         HammySide   side,
         guint       reps,
         guint       hold_seconds,
         double      load_kg,
         int         pain)
{
  const HammyLogSession *session = hammy_log_lookup_session (log, session_id);
  HammyLogSet set = {
    .exercise = (char *) exercise,
    .side = side,
    .number = 1,
    .reps = reps,
    .hold_seconds = hold_seconds,
    .load_kg = load_kg,
    .pain = pain,
    .finished = session->started + 60,
  };

  hammy_log_add_set (log, session_id, &set, NULL, NULL);
}

static void
add_checkin (HammyLog      *log,
             const char    *date,
             HammyCompared  pain,
             HammyCompared  stiffness,
             gboolean       red_flag)
{
  /* The leg is the worse of the two, as a check-in of version 1 is read. */
  HammyLogCheckin checkin = { (char *) date, MAX (pain, stiffness), red_flag ? (char *) HAMMY_LOG_WARNING_UNNAMED : NULL, -1,
                              FALSE };

  hammy_log_add_checkin (log, &checkin);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not say “%s”", text, needle);
}

/* ---- what was due, and the day's lookups -------------------------------------------- */

static void
add_due (HammyLog   *log,
         const char *date,
         const char *first,
         guint       first_times,
         const char *second)
{
  char *exercises[] = { (char *) first, (char *) second, NULL };
  guint occurrences[] = { first_times, 1 };
  HammyLogDue due = { (char *) date, exercises, occurrences };

  hammy_log_set_due (log, &due);
}

/* The Extender twice a day is two occurrences; each counts once, however many sets it had. */
static void
test_adherence_counts_each_occurrence (Fixture       *f,
                                       gconstpointer  data)
{
  HammyAdherence adherence;
  const char *id;
  GDate first, last;
  g_autofree char *text = NULL;

  add_due (f->log, "2026-03-02", "askling-extender", 2, "wall-bridge-pulldown");
  add_due (f->log, "2026-03-03", "askling-extender", 2, "wall-bridge-pulldown");
  add_due (f->log, "2026-03-04", "askling-extender", 2, "heel-dig-hold");

  /* The 2nd: both occurrences of the Extender and the bridge, the Extender with three sets. */
  id = add_session (f->log, 2026, 3, 2, 8, 0);
  add_set (f->log, id, "askling-extender", HAMMY_SIDE_LEFT, 3, 0, 0, 1);
  add_set (f->log, id, "askling-extender", HAMMY_SIDE_LEFT, 3, 0, 0, 1);
  add_set (f->log, id, "wall-bridge-pulldown", HAMMY_SIDE_BOTH, 0, 20, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  id = add_session (f->log, 2026, 3, 2, 20, 0);
  add_set (f->log, id, "askling-extender", HAMMY_SIDE_LEFT, 3, 0, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  /* The 3rd: the Extender once, cut short; a second session of it that did nothing. */
  id = add_session (f->log, 2026, 3, 3, 8, 0);
  add_set (f->log, id, "askling-extender", HAMMY_SIDE_LEFT, 3, 0, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_PARTIAL);
  id = add_session (f->log, 2026, 3, 3, 20, 0);
  end_session (f->log, id, HAMMY_SESSION_SKIPPED);
  /* The 4th: nothing. A session on the 5th, when nothing was recorded as due, is no measure. */
  id = add_session (f->log, 2026, 3, 5, 8, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);

  date_init (&first, 2026, 3, 1);
  date_init (&last, 2026, 3, 31);
  hammy_history_get_adherence (f->log, &first, &last, &adherence);
  g_assert_cmpuint (adherence.days_due, ==, 3);
  g_assert_cmpuint (adherence.days_trained, ==, 2);
  g_assert_cmpuint (adherence.due, ==, 9);
  g_assert_cmpuint (adherence.done, ==, 4);
  text = hammy_history_describe_adherence (&adherence);
  g_assert_cmpstr (text, ==, "Of the exercises due, you did 4 of 9 (44%).");

  /* A window of one day reads only that day. */
  date_init (&first, 2026, 3, 3);
  date_init (&last, 2026, 3, 3);
  hammy_history_get_adherence (f->log, &first, &last, &adherence);
  g_assert_cmpuint (adherence.due, ==, 3);
  g_assert_cmpuint (adherence.done, ==, 1);

  /* Each exercise on its own, the most often due first. */
  {
    g_autoptr(GArray) each = NULL;
    g_autofree char *extender = NULL;
    const HammyExerciseAdherence *a;

    date_init (&first, 2026, 3, 1);
    date_init (&last, 2026, 3, 31);
    each = hammy_history_get_exercise_adherence (f->log, &first, &last);
    g_assert_cmpuint (each->len, ==, 3);
    a = &g_array_index (each, HammyExerciseAdherence, 0);
    g_assert_cmpstr (a->exercise, ==, "askling-extender");
    g_assert_cmpuint (a->due, ==, 6);
    g_assert_cmpuint (a->done, ==, 3);
    a = &g_array_index (each, HammyExerciseAdherence, 1);
    g_assert_cmpstr (a->exercise, ==, "wall-bridge-pulldown");
    g_assert_cmpuint (a->due, ==, 2);
    g_assert_cmpuint (a->done, ==, 1);
    a = &g_array_index (each, HammyExerciseAdherence, 2);
    g_assert_cmpstr (a->exercise, ==, "heel-dig-hold");
    g_assert_cmpuint (a->done, ==, 0);
    extender = hammy_history_describe_exercise_adherence (&g_array_index (each, HammyExerciseAdherence, 0), library);
    g_assert_cmpstr (extender, ==, "Askling Extender: 3 of 6 times (50%).");
  }
  g_assert_cmpstr (HAMMY_HISTORY_RUN, ==, "ladder-run");
}

/* A day the schedule had nothing for is a rest day, never a skipped one; a day gone by with
 * something due and nothing done is skipped; the whole session is everything due. */
static void
test_rest_days_and_skipped_days (Fixture       *f,
                                 gconstpointer  data)
{
  char *nothing[] = { NULL };
  HammyLogDue rest = { (char *) "2026-03-03", nothing, NULL };
  HammyHistoryMonth month;
  GDate today;
  const char *id;
  g_autofree char *summary = NULL;
  g_autofree char *rest_day = NULL;
  g_autofree char *skipped_day = NULL;
  g_autofree char *partly = NULL;

  add_due (f->log, "2026-03-02", "askling-extender", 2, "wall-bridge-pulldown");
  hammy_log_set_due (f->log, &rest);
  add_due (f->log, "2026-03-04", "heel-dig-hold", 1, "wall-bridge-pulldown");
  add_due (f->log, "2026-03-05", "heel-dig-hold", 1, "wall-bridge-pulldown");
  /* The 2nd: a whole session of what it held, but the Extender only once of twice. */
  id = add_session (f->log, 2026, 3, 2, 8, 0);
  add_set (f->log, id, "askling-extender", HAMMY_SIDE_LEFT, 3, 0, 0, 1);
  add_set (f->log, id, "wall-bridge-pulldown", HAMMY_SIDE_BOTH, 0, 20, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  /* The 4th: nothing; the 5th is today, nothing yet. */

  date_init (&today, 2026, 3, 5);
  hammy_history_get_month (f->log, 2026, 3, &month);
  g_assert_cmpint (month.days[1].status, ==, HAMMY_DAY_PARTIAL);
  g_assert_true (hammy_history_day_is_rest (&month.days[2]));
  g_assert_cmpint (hammy_history_day_get_status (&month.days[2], &today), ==, HAMMY_DAY_EMPTY);
  g_assert_cmpint (hammy_history_day_get_status (&month.days[3], &today), ==, HAMMY_DAY_SKIPPED);
  g_assert_false (hammy_history_day_is_rest (&month.days[3]));
  g_assert_cmpint (hammy_history_day_get_status (&month.days[4], &today), ==, HAMMY_DAY_EMPTY);
  g_assert_cmpuint (month.n_rest, ==, 1);

  rest_day = hammy_history_describe_day (&month.days[2], &today);
  assert_contains (rest_day, "A rest day: nothing was due.");
  skipped_day = hammy_history_describe_day (&month.days[3], &today);
  assert_contains (skipped_day, "Session skipped.");
  partly = hammy_history_describe_day (&month.days[1], &today);
  assert_contains (partly, "Part of the session done.");
  assert_contains (partly, "2 of the 3 exercises due done.");
  summary = hammy_history_describe_month (&month, &today);
  assert_contains (summary, "You skipped it on 1 day.");
  assert_contains (summary, "1 day was a rest day, with nothing due.");
  g_assert_null (strstr (summary, "skipped it on 2"));
}

/* The log's lookups by day: a day's sessions, the first day an exercise was done, check-ins. */
static void
test_day_lookups (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *id;
  GDate day, first;

  id = add_session (f->log, 2026, 2, 27, 23, 50);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  id = add_session (f->log, 2026, 2, 28, 7, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 1);
  add_set (f->log, id, "askling-diver", HAMMY_SIDE_LEFT, 6, 0, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  id = add_session (f->log, 2026, 2, 28, 19, 0);
  end_session (f->log, id, HAMMY_SESSION_SKIPPED);
  id = add_session (f->log, 2026, 3, 1, 0, 10);
  add_set (f->log, id, "askling-diver", HAMMY_SIDE_LEFT, 6, 0, 0, 1);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  add_checkin (f->log, "2026-02-28", HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  add_checkin (f->log, "2026-03-02", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_SAME, FALSE);

  /* The 28th's two sessions, not the one just before midnight nor the one just after. */
  date_init (&day, 2026, 2, 28);
  sessions = hammy_log_dup_sessions_of_day (f->log, &day);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpuint (((HammyLogSession *) sessions->pdata[0])->sets->len, ==, 2);
  g_assert_cmpuint (((HammyLogSession *) sessions->pdata[1])->sets->len, ==, 0);
  g_assert_cmpuint (hammy_log_count_occurrences (sessions, "heel-dig-hold"), ==, 1);
  g_assert_cmpuint (hammy_log_count_occurrences (sessions, "nordic-curl"), ==, 0);
  date_init (&day, 2026, 2, 26);
  none = hammy_log_dup_sessions_of_day (f->log, &day);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (hammy_log_get_first_done (f->log, "heel-dig-hold", &first));
  date_init (&day, 2026, 2, 27);
  g_assert_cmpint (g_date_compare (&first, &day), ==, 0);
  g_assert_true (hammy_log_get_first_done (f->log, "askling-diver", &first));
  date_init (&day, 2026, 2, 28);
  g_assert_cmpint (g_date_compare (&first, &day), ==, 0);
  g_assert_false (hammy_log_get_first_done (f->log, "nordic-curl", &first));

  g_assert_cmpuint (hammy_log_find_checkin (f->log, "2026-03-01"), ==, 1);
  g_assert_null (hammy_log_lookup_checkin (f->log, "2026-03-01"));
  g_assert_cmpint (hammy_log_lookup_checkin (f->log, "2026-03-02")->leg, ==, HAMMY_COMPARED_WORSE);
}

/* ---- an empty log ---------------------------------------------------------------------- */

static void
test_empty_log (Fixture       *f,
                gconstpointer  data)
{
  HammyHistoryMonth month;
  g_autoptr(HammyPainTrend) trend = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) sides = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *volume_text = NULL;
  g_autofree char *sides_text = NULL;
  GDate today, first;

  date_init (&today, 2026, 3, 18);

  hammy_history_get_month (f->log, 2026, 3, &month);
  g_assert_cmpuint (month.n_days, ==, 31);
  g_assert_cmpuint (month.n_done + month.n_partial + month.n_skipped, ==, 0);
  for (guint i = 0; i < month.n_days; i++)
    {
      g_assert_cmpint (month.days[i].status, ==, HAMMY_DAY_EMPTY);
      g_assert_cmpint (month.days[i].max_pain, ==, -1);
      g_assert_cmpuint (g_date_get_day (&month.days[i].date), ==, i + 1);
    }
  month_text = hammy_history_describe_month (&month, &today);
  g_assert_cmpstr (month_text, ==, "Nothing is logged for March 2026 yet.");
  day_text = hammy_history_describe_day (&month.days[17], &today);
  g_assert_cmpstr (day_text, ==, "Today, Wednesday 18 March 2026. Nothing logged yet.");
  g_clear_pointer (&day_text, g_free);
  day_text = hammy_history_describe_day (&month.days[18], &today);
  g_assert_cmpstr (day_text, ==, "Thursday 19 March 2026. Still to come.");
  g_assert_false (hammy_history_get_first_date (f->log, &first));

  trend = hammy_pain_trend_new (f->log, &today, 28);
  g_assert_cmpuint (trend->sessions->len, ==, 0);
  g_assert_cmpuint (trend->mornings->len, ==, 0);
  g_assert_cmpuint (g_date_get_day (&trend->first), ==, 19);
  g_assert_cmpuint (g_date_get_month (&trend->first), ==, 2);
  pain_text = hammy_pain_trend_describe (trend);
  g_assert_cmpstr (pain_text, ==, "No pain was rated during a session in the last 28 days. "
                                  "There are no morning check-ins in this time.");

  weeks = hammy_history_get_weekly_volume (f->log, &today, 4);
  g_assert_cmpuint (weeks->len, ==, 4);
  for (guint i = 0; i < weeks->len; i++)
    g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, i).n_sets, ==, 0);
  volume_text = hammy_history_describe_volume (weeks);
  g_assert_cmpstr (volume_text, ==, "No sets were logged in the last 4 weeks.");

  sides = hammy_history_compare_sides (f->log, &today, 28);
  g_assert_cmpuint (sides->len, ==, 0);
  sides_text = hammy_history_describe_sides (sides, HAMMY_SIDE_BOTH, library, 28);
  assert_contains (sides_text, "Choose which side is sore");
  assert_contains (sides_text, "No exercise was logged one side at a time in the last 28 days.");
}

/* ---- the month ------------------------------------------------------------------------- */

static void
test_month_statuses_and_boundary (Fixture       *f,
                                  gconstpointer  data)
{
  HammyHistoryMonth march, april, leap;
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  g_autofree char *day = NULL;
  const char *id;
  GDate today, first;

  /* Two on one day: the skipped morning gives way to the evening's full session. */
  id = add_session (f->log, 2026, 3, 2, 7, 0);
  end_session (f->log, id, HAMMY_SESSION_SKIPPED);
  id = add_session (f->log, 2026, 3, 2, 18, 0);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 8, 0, 0, 2);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 10, 0, 0, 4);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, -1);
  end_session (f->log, id, HAMMY_SESSION_DONE);

  id = add_session (f->log, 2026, 3, 5, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, -1);
  end_session (f->log, id, HAMMY_SESSION_PARTIAL);

  id = add_session (f->log, 2026, 3, 9, 8, 0);
  end_session (f->log, id, HAMMY_SESSION_SKIPPED);

  /* Left open with sets done: it shows what was done. Left open with nothing: no session. */
  id = add_session (f->log, 2026, 3, 12, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 1);
  add_session (f->log, 2026, 3, 13, 8, 0);

  /* Half an hour either side of midnight at the end of the month. */
  id = add_session (f->log, 2026, 3, 31, 23, 30);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 0);
  end_session (f->log, id, HAMMY_SESSION_DONE);
  id = add_session (f->log, 2026, 4, 1, 0, 15);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 0);
  end_session (f->log, id, HAMMY_SESSION_DONE);

  hammy_history_get_month (f->log, 2026, 3, &march);
  g_assert_cmpuint (march.n_days, ==, 31);
  g_assert_cmpint (march.days[0].status, ==, HAMMY_DAY_EMPTY);
  g_assert_cmpint (march.days[1].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpuint (march.days[1].n_sessions, ==, 2);
  g_assert_cmpuint (march.days[1].n_sets, ==, 3);
  g_assert_cmpint (march.days[1].max_pain, ==, 4);
  g_assert_cmpint (march.days[4].status, ==, HAMMY_DAY_PARTIAL);
  g_assert_cmpint (march.days[4].max_pain, ==, -1);
  g_assert_cmpint (march.days[8].status, ==, HAMMY_DAY_SKIPPED);
  g_assert_cmpint (march.days[11].status, ==, HAMMY_DAY_PARTIAL);
  g_assert_cmpint (march.days[12].status, ==, HAMMY_DAY_EMPTY);
  g_assert_cmpuint (march.days[12].n_sessions, ==, 0);
  g_assert_cmpint (march.days[30].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpuint (march.n_done, ==, 2);
  g_assert_cmpuint (march.n_partial, ==, 2);
  g_assert_cmpuint (march.n_skipped, ==, 1);

  hammy_history_get_month (f->log, 2026, 4, &april);
  g_assert_cmpuint (april.n_days, ==, 30);
  g_assert_cmpint (april.days[0].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpuint (april.n_done, ==, 1);
  g_assert_cmpuint (april.n_partial + april.n_skipped, ==, 0);

  hammy_history_get_month (f->log, 2028, 2, &leap);
  g_assert_cmpuint (leap.n_days, ==, 29);

  date_init (&today, 2026, 4, 20);
  text = hammy_history_describe_month (&march, &today);
  g_assert_cmpstr (text, ==, "In March 2026, you did the whole session on 2 days. "
                             "You did part of it on 2 days. You skipped it on 1 day.");
  current = hammy_history_describe_month (&april, &today);
  g_assert_cmpstr (current, ==, "So far in April 2026, you did the whole session on 1 day.");
  day = hammy_history_describe_day (&march.days[1], &today);
  g_assert_cmpstr (day, ==, "Monday 2 March 2026. Whole session done. 2 sessions. 3 sets. Highest pain 4 out of 10.");
  g_clear_pointer (&day, g_free);
  day = hammy_history_describe_day (&march.days[4], &today);
  g_assert_cmpstr (day, ==, "Thursday 5 March 2026. Part of the session done. 1 set. No pain rating.");
  g_clear_pointer (&day, g_free);
  day = hammy_history_describe_day (&march.days[8], &today);
  g_assert_cmpstr (day, ==, "Monday 9 March 2026. Session skipped.");

  g_assert_true (hammy_history_get_first_date (f->log, &first));
  g_assert_cmpuint (g_date_get_day (&first), ==, 2);
  g_assert_cmpuint (g_date_get_month (&first), ==, 3);
}

/* ---- pain ------------------------------------------------------------------------------ */

static void
test_pain_trend (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HammyPainTrend) trend = NULL;
  g_autofree char *text = NULL;
  const HammyPainPoint *point;
  const HammyMorningPoint *morning;
  const char *id;
  GDate today;

  /* Before the window: not counted. */
  id = add_session (f->log, 2026, 2, 1, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 9);

  id = add_session (f->log, 2026, 3, 2, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 6);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 4);
  id = add_session (f->log, 2026, 3, 4, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 5);
  /* No pain given for any set. */
  id = add_session (f->log, 2026, 3, 6, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, -1);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, -1);
  id = add_session (f->log, 2026, 3, 9, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 3);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, -1);
  /* Skipped with nothing done: no point at all. */
  id = add_session (f->log, 2026, 3, 10, 8, 0);
  end_session (f->log, id, HAMMY_SESSION_SKIPPED);
  id = add_session (f->log, 2026, 3, 12, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 2);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 1);

  add_checkin (f->log, "2026-01-30", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_WORSE, FALSE);
  add_checkin (f->log, "2026-03-03", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_SAME, FALSE);
  add_checkin (f->log, "2026-03-05", HAMMY_COMPARED_SAME, HAMMY_COMPARED_WORSE, FALSE);
  add_checkin (f->log, "2026-03-10", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_BETTER, FALSE);

  date_init (&today, 2026, 3, 14);
  trend = hammy_pain_trend_new (f->log, &today, 28);
  g_assert_cmpuint (trend->sessions->len, ==, 5);

  point = &g_array_index (trend->sessions, HammyPainPoint, 0);
  g_assert_cmpuint (g_date_get_day (&point->date), ==, 2);
  g_assert_cmpint (point->max_pain, ==, 6);
  g_assert_cmpfloat_with_epsilon (point->mean_pain, 5.0, 1e-9);
  g_assert_cmpuint (point->n_rated, ==, 2);
  point = &g_array_index (trend->sessions, HammyPainPoint, 2);
  g_assert_cmpint (point->max_pain, ==, -1);
  g_assert_cmpfloat (point->mean_pain, ==, -1);
  g_assert_cmpuint (point->n_rated, ==, 0);
  point = &g_array_index (trend->sessions, HammyPainPoint, 3);
  g_assert_cmpint (point->max_pain, ==, 3);
  g_assert_cmpfloat_with_epsilon (point->mean_pain, 3.0, 1e-9);
  g_assert_cmpuint (point->n_rated, ==, 1);

  g_assert_cmpuint (trend->mornings->len, ==, 3);
  morning = &g_array_index (trend->mornings, HammyMorningPoint, 0);
  g_assert_cmpint (morning->value, ==, HAMMY_COMPARED_SAME);
  morning = &g_array_index (trend->mornings, HammyMorningPoint, 1);
  g_assert_cmpint (morning->leg, ==, HAMMY_COMPARED_WORSE);
  g_assert_cmpint (morning->value, ==, HAMMY_COMPARED_WORSE);
  morning = &g_array_index (trend->mornings, HammyMorningPoint, 2);
  g_assert_cmpint (morning->value, ==, HAMMY_COMPARED_BETTER);

  text = hammy_pain_trend_describe (trend);
  assert_contains (text, "In the last 28 days, you rated your pain in 4 sessions.");
  assert_contains (text, "The highest pain was 6 out of 10, and the latest 2 out of 10.");
  assert_contains (text, "That is in the fine range, 0 to 3.");
  assert_contains (text, "1 session went above 5.");
  assert_contains (text, "Pain has come down over this time.");
  assert_contains (text, "1 session has no pain rating.");
  assert_contains (text, "You checked in on 3 mornings.");
  assert_contains (text, "1 of them felt worse than usual.");
  g_assert_null (strstr (text, "warning sign"));
}

static void
test_pain_trend_latest_high_and_red_flag (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(HammyPainTrend) trend = NULL;
  g_autofree char *text = NULL;
  const char *id;
  GDate today;

  id = add_session (f->log, 2026, 3, 12, 8, 0);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 5);
  add_checkin (f->log, "2026-03-13", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_BETTER, TRUE);

  date_init (&today, 2026, 3, 13);
  trend = hammy_pain_trend_new (f->log, &today, 7);
  g_assert_cmpint (g_array_index (trend->mornings, HammyMorningPoint, 0).value, ==, HAMMY_COMPARED_WORSE);
  text = hammy_pain_trend_describe (trend);
  assert_contains (text, "In the last 7 days, you rated your pain in 1 session.");
  assert_contains (text, "acceptable if it settles by the next morning");
  assert_contains (text, "On 1 morning you noted a warning sign");
  /* Too few sessions to speak of a trend. */
  g_assert_null (strstr (text, "over this time"));
}

/* ---- weekly volume --------------------------------------------------------------------- */

static void
test_week_across_two_months (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *text = NULL;
  const HammyWeekVolume *week;
  const char *id;
  GDate today;

  /* Monday 30 March to Sunday 5 April 2026 is one week, ISO week 14. */
  id = add_session (f->log, 2026, 3, 31, 18, 0);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 10, 0, 5, 2);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 12, 0, 5, -1);
  id = add_session (f->log, 2026, 4, 2, 7, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 1);
  id = add_session (f->log, 2026, 3, 24, 7, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 45, 0, 1);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, 1);
  /* Before the first week shown. */
  id = add_session (f->log, 2026, 3, 15, 7, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, 1);

  date_init (&today, 2026, 4, 3);
  weeks = hammy_history_get_weekly_volume (f->log, &today, 3);
  g_assert_cmpuint (weeks->len, ==, 3);

  week = &g_array_index (weeks, HammyWeekVolume, 0);
  g_assert_cmpuint (g_date_get_day (&week->monday), ==, 16);
  g_assert_cmpuint (week->n_sets, ==, 0);
  week = &g_array_index (weeks, HammyWeekVolume, 1);
  g_assert_cmpuint (g_date_get_day (&week->monday), ==, 23);
  g_assert_cmpuint (week->n_sessions, ==, 1);
  g_assert_cmpuint (week->n_sets, ==, 2);
  g_assert_cmpuint (week->hold_seconds, ==, 90);
  week = &g_array_index (weeks, HammyWeekVolume, 2);
  g_assert_cmpuint (g_date_get_day (&week->monday), ==, 30);
  g_assert_cmpuint (g_date_get_month (&week->monday), ==, 3);
  g_assert_cmpuint (week->iso_year, ==, 2026);
  g_assert_cmpuint (week->iso_week, ==, 14);
  g_assert_cmpuint (week->n_sessions, ==, 2);
  g_assert_cmpuint (week->n_sets, ==, 3);
  g_assert_cmpuint (week->reps, ==, 22);
  g_assert_cmpuint (week->hold_seconds, ==, 30);

  text = hammy_history_describe_volume (weeks);
  g_assert_cmpstr (text, ==, "This week so far: 3 sets. Last week: 2 sets. "
                             "The most in one week was 3 sets, in the week of 30 March. "
                             "In the last 3 weeks, you did 5 sets in all. "
                             "They added up to 22 reps. Holds added up to 2 min.");
}

static void
test_week_across_two_years (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GArray) weeks = NULL;
  g_autofree char *text = NULL;
  const char *id;
  GDate today;

  id = add_session (f->log, 2025, 12, 30, 8, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 75, 0, 0);

  /* Thursday 1 January 2026: the week began on Monday 29 December and is week 1 of 2026. */
  date_init (&today, 2026, 1, 1);
  weeks = hammy_history_get_weekly_volume (f->log, &today, 2);
  g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, 0).iso_year, ==, 2025);
  g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, 0).iso_week, ==, 52);
  g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, 1).iso_year, ==, 2026);
  g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, 1).iso_week, ==, 1);
  g_assert_cmpuint (g_array_index (weeks, HammyWeekVolume, 1).n_sets, ==, 1);

  text = hammy_history_describe_volume (weeks);
  g_assert_cmpstr (text, ==, "This week so far: 1 set. Last week: 0 sets. "
                             "In the last 2 weeks, you did 1 set in all. Holds added up to 1 min 15 s.");
}

/* ---- sides ----------------------------------------------------------------------------- */

static void
test_sides (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) sides = NULL;
  g_autofree char *sore_left = NULL;
  g_autofree char *sore_right = NULL;
  g_autofree char *unknown = NULL;
  const HammySideComparison *bridge, *heel, *rdl;
  const char *id;
  GDate today;

  /* Outside the window: a much better right side that must not count. */
  id = add_session (f->log, 2026, 1, 5, 8, 0);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 30, 0, 20, 0);

  id = add_session (f->log, 2026, 3, 2, 8, 0);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 6, 0, 5, 3);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 8, 0, 7.5, 3);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 10, 0, 10, 0);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_BOTH, 40, 0, 40, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 20, 0, 2);
  id = add_session (f->log, 2026, 3, 9, 8, 0);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 2);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, 0);
  add_set (f->log, id, "single-leg-rdl", HAMMY_SIDE_RIGHT, 8, 0, 0, 0);
  /* Both legs at once says nothing about one against the other. */
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, 0);

  date_init (&today, 2026, 3, 14);
  sides = hammy_history_compare_sides (f->log, &today, 28);
  g_assert_cmpuint (sides->len, ==, 3);

  bridge = g_ptr_array_index (sides, 0);
  g_assert_cmpstr (bridge->exercise, ==, "single-leg-bridge");
  g_assert_cmpuint (bridge->left.n_sets, ==, 2);
  g_assert_cmpuint (bridge->left.best_reps, ==, 8);
  g_assert_cmpfloat_with_epsilon (bridge->left.mean_reps, 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bridge->left.best_load_kg, 7.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (bridge->left.mean_load_kg, 6.25, 1e-9);
  g_assert_cmpuint (bridge->left.best_hold, ==, 0);
  g_assert_cmpuint (bridge->right.n_sets, ==, 1);
  g_assert_cmpuint (bridge->right.best_reps, ==, 10);
  g_assert_true (hammy_side_comparison_get (bridge, HAMMY_SIDE_RIGHT) == &bridge->right);

  heel = g_ptr_array_index (sides, 1);
  g_assert_cmpstr (heel->exercise, ==, "heel-dig-hold");
  g_assert_cmpuint (heel->left.best_hold, ==, 30);
  g_assert_cmpfloat_with_epsilon (heel->left.mean_hold, 25.0, 1e-9);
  g_assert_cmpuint (heel->right.best_hold, ==, 45);

  rdl = g_ptr_array_index (sides, 2);
  g_assert_cmpuint (rdl->left.n_sets, ==, 0);
  g_assert_cmpuint (rdl->right.n_sets, ==, 1);

  sore_left = hammy_history_describe_sides (sides, HAMMY_SIDE_LEFT, library, 28);
  assert_contains (sore_left, "Your sore side is the left. Best sets in the last 28 days:\n");
  assert_contains (sore_left, "Single-Leg Bridge with Weight: most reps in a set, 8 on the sore side and 10 on the other. "
                              "The sore side reached 80% of the other. "
                              "Heaviest load 7.5 kg on the sore side and 10 kg on the other.");
  assert_contains (sore_left, "Bent-Knee Heel Dig: longest hold 30 s on the sore side and 45 s on the other. "
                              "The sore side reached 67% of the other.\n");
  assert_contains (sore_left, "Single-Leg Romanian Deadlift: only the other side was logged.");

  sore_right = hammy_history_describe_sides (sides, HAMMY_SIDE_RIGHT, library, 28);
  assert_contains (sore_right, "10 on the sore side and 8 on the other. The sore side reached 125% of the other.");
  assert_contains (sore_right, "Single-Leg Romanian Deadlift: only the sore side was logged.");

  unknown = hammy_history_describe_sides (sides, HAMMY_SIDE_BOTH, NULL, 28);
  assert_contains (unknown, "Choose which side is sore");
  assert_contains (unknown, "single-leg-bridge: most reps in a set, 8 on the left and 10 on the right.");
  assert_contains (unknown, "single-leg-rdl: only the right side was logged.");
  g_assert_null (strstr (unknown, "%"));
}

/* ---- which side is sore ---------------------------------------------------------------- */

static HammyAssessment *
assessment_at (const char *created,
               const char *side)
{
  g_autofree char *json = g_strdup_printf ("{\"format\": \"hammy-assessment\", \"version\": 1, \"created\": \"%s\","
                                           " \"phase\": \"build\", \"picture\": \"acute_strain\", \"flags\": [],"
                                           " \"running\": \"stop\", \"reasons\": [], \"answers\": {%s%s%s}}",
                                           created, side ? "\"side\": \"" : "", side ? side : "", side ? "\"" : "");
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  HammyAssessment *assessment = hammy_assessment_new_from_json (node, &error);

  g_assert_no_error (error);
  return assessment;
}

static void
test_sore_side_rule (void)
{
  g_autoptr(HammyAssessment) left_check = assessment_at ("2026-03-01T10:00:00Z", "left");
  g_autoptr(HammyAssessment) both_check = assessment_at ("2026-03-20T10:00:00Z", "both");
  g_autoptr(HammyAssessment) silent_check = assessment_at ("2026-03-20T10:00:00Z", NULL);
  g_autoptr(GDateTime) before = g_date_time_new_from_iso8601 ("2026-02-01T10:00:00Z", NULL);
  g_autoptr(GDateTime) after = g_date_time_new_from_iso8601 ("2026-03-10T10:00:00Z", NULL);
  HammySoreSideSource source = HAMMY_SORE_SIDE_CHOSEN;

  g_assert_cmpint (hammy_history_get_check_side (left_check), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpint (hammy_history_get_check_side (both_check), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (hammy_history_get_check_side (silent_check), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (hammy_history_get_check_side (NULL), ==, HAMMY_SIDE_BOTH);

  /* Nobody has said. */
  g_assert_cmpint (hammy_history_resolve_sore_side (NULL, HAMMY_SIDE_BOTH, NULL, &source), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_UNKNOWN);
  g_assert_cmpint (hammy_history_resolve_sore_side (silent_check, HAMMY_SIDE_BOTH, NULL, &source), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_UNKNOWN);

  /* The check says; a choice before it is older news. */
  g_assert_cmpint (hammy_history_resolve_sore_side (left_check, HAMMY_SIDE_BOTH, NULL, &source), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_FROM_CHECK);
  g_assert_cmpint (hammy_history_resolve_sore_side (left_check, HAMMY_SIDE_RIGHT, before, &source), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_FROM_CHECK);

  /* A choice after the check corrects it. */
  g_assert_cmpint (hammy_history_resolve_sore_side (left_check, HAMMY_SIDE_RIGHT, after, &source), ==, HAMMY_SIDE_RIGHT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);

  /* A later check about both legs names no side: the choice stands. */
  g_assert_cmpint (hammy_history_resolve_sore_side (both_check, HAMMY_SIDE_RIGHT, after, &source), ==, HAMMY_SIDE_RIGHT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);
  g_assert_cmpint (hammy_history_resolve_sore_side (both_check, HAMMY_SIDE_BOTH, NULL, NULL), ==, HAMMY_SIDE_BOTH);
}

static void
on_problem_cb (HammyData  *data,
               const char *message,
               GPtrArray  *problems)
{
  g_ptr_array_add (problems, g_strdup (message));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static HammyData *
load_data (const char *root,
           GPtrArray  *problems)
{
  HammyData *data = hammy_data_new (root, library);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), problems);
  hammy_data_load_async (data, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_load_finish (data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);

  return data;
}

static void
test_sore_side_is_kept (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "kept", NULL);
  g_autofree char *path = g_build_filename (root, "profiles", "default", "sore-side.json", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  HammyData *data;
  HammySoreSideSource source;
  guint changed = 0;

  data = load_data (root, problems);
  g_assert_cmpint (hammy_data_get_sore_side (data, &source), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_UNKNOWN);

  g_signal_connect_swapped (data, "changed", G_CALLBACK (count_cb), &changed);
  hammy_data_set_sore_side (data, HAMMY_SIDE_RIGHT);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (hammy_data_get_sore_side (data, &source), ==, HAMMY_SIDE_RIGHT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);
  hammy_data_flush (data);
  hammy_test_unref_and_wait_finalized (data);

  /* Read back by the next start. */
  data = load_data (root, problems);
  g_assert_cmpint (hammy_data_get_sore_side (data, &source), ==, HAMMY_SIDE_RIGHT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);
  hammy_test_unref_and_wait_finalized (data);
  g_assert_cmpuint (problems->len, ==, 0);

  /* A damaged file is told, kept aside, and the rest goes on with no side chosen. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"hammy-sore-side\", \"version\": 1, \"side\": \"middle\","
                                            " \"chosen\": \"2026-03-01T10:00:00Z\"}", -1, NULL));
  data = load_data (root, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  assert_contains (g_ptr_array_index (problems, 0), "sore-side.json");
  g_assert_cmpint (hammy_data_get_sore_side (data, &source), ==, HAMMY_SIDE_BOTH);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  hammy_test_unref_and_wait_finalized (data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* English month names whatever the machine speaks. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/history/empty-log", test_empty_log);
  ADD ("/history/month/statuses-and-boundary", test_month_statuses_and_boundary);
  ADD ("/history/pain/trend", test_pain_trend);
  ADD ("/history/pain/latest-high-and-red-flag", test_pain_trend_latest_high_and_red_flag);
  ADD ("/history/volume/week-across-two-months", test_week_across_two_months);
  ADD ("/history/volume/week-across-two-years", test_week_across_two_years);
  ADD ("/history/sides/sore-against-other", test_sides);
  ADD ("/history/adherence/each-occurrence-once", test_adherence_counts_each_occurrence);
  ADD ("/history/adherence/rest-days-and-skipped-days", test_rest_days_and_skipped_days);
  ADD ("/history/log/day-lookups", test_day_lookups);
#undef ADD
  g_test_add_func ("/history/sore-side/rule", test_sore_side_rule);
  g_test_add_func ("/history/sore-side/is-kept", test_sore_side_is_kept);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
