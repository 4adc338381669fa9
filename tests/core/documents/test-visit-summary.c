/* test-visit-summary.c: the visit summary's numbers and sentences from hand-made logs: an empty
 * period, sessions done against sessions due, a worse and a better trend, a warning sign that
 * stopped the plan, stops and notes, the sore side, and the days at the edges of the period.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-exercise.h"
#include "hammy-visit-summary.h"

static HammyLibrary *library;

typedef struct
{
  HammyStore *store;
  HammyLog   *log;
  GDate       today;   /* Monday 16 March 2026 */
} Fixture;

static void
date_init (GDate *date,
           int    year,
           int    month,
           int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  g_mkdir_with_parents (root, 0700);
  f->store = hammy_store_new (root);
  f->log = hammy_log_new (f->store, "log");
  date_init (&f->today, 2026, 3, 16);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_store_flush (f->store);
  g_clear_object (&f->log);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->store));
}

/* A session on a day of March 2026, in local time as a person logs it, with its status. */
static const char *
add_session (HammyLog           *log,
             int                 day,
             guint               planned_sets,
             HammySessionStatus  status)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, day, 18, 0, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);
  const char *id = hammy_log_begin_session (log, started, "build", planned_sets);

  if (status != HAMMY_SESSION_IN_PROGRESS)
    hammy_log_end_session (log, id, ended, status);
  return id;
}

static void
add_set (HammyLog   *log,
         const char *session,
         const char *exercise,
         HammySide   side,
         guint       reps,
         guint       hold_seconds,
         int         pain,
         const char *note)
{
  HammyLogSet set = {
    .exercise = (char *) exercise,
    .side = side,
    .number = 1,
    .reps = reps,
    .hold_seconds = hold_seconds,
    .pain = pain,
    .note = (char *) note,
    .finished = hammy_log_lookup_session (log, session)->started + 60,
  };

  hammy_log_add_set (log, session, &set, NULL, NULL);
}

/* What the schedule put on @first to @last of March: @exercise, once a day. */
static void
add_due (HammyLog   *log,
         int         first,
         int         last,
         const char *exercise)
{
  for (int day = first; day <= last; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", day);
      const char *exercises[] = { exercise, NULL };
      guint occurrences[] = { 1 };
      HammyLogDue due = { date, (char **) exercises, occurrences };

      hammy_log_set_due (log, &due);
    }
}

/* A session done in full with one set per pain given, each on both legs. */
static void
add_rated_session (HammyLog *log,
                   int       day,
                   int       pain)
{
  const char *id = add_session (log, day, 1, HAMMY_SESSION_DONE);

  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, pain, NULL);
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

static HammyVisitSummary *
summary_since (Fixture   *f,
               HammyPlan *plan,
               int        day)
{
  GDate since;

  date_init (&since, 2026, 3, day);
  return hammy_visit_summary_new (f->log, plan, library, NULL, HAMMY_SIDE_BOTH, &since, &f->today);
}

static HammyPlan *
plan_from_json (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  HammyPlan *plan = hammy_plan_new_from_json (json_node_get_object (node), library, &error);

  g_assert_no_error (error);
  return plan;
}

static const char *
name_of (const char *id)
{
  return hammy_exercise_get_name (hammy_library_lookup_exercise (library, id));
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not say “%s”", text, needle);
}

/* ---- an empty period ------------------------------------------------------------------- */

static void
test_empty_period (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = summary_since (f, NULL, 3);
  const HammyVisitAdherence *adherence = hammy_visit_summary_get_adherence (summary);
  const HammyVisitPain *pain = hammy_visit_summary_get_pain (summary);

  g_assert_cmpstr (hammy_visit_summary_get_title (summary), ==, "Visit Summary");
  g_assert_cmpstr (hammy_visit_summary_get_date_line (summary), ==, "16 March 2026");
  g_assert_cmpstr (hammy_visit_summary_get_period_line (summary), ==, "3 March to 16 March 2026, 14 days");

  g_assert_null (hammy_visit_summary_get_plan (summary));
  g_assert_null (hammy_visit_summary_get_check_line (summary));
  g_assert_null (hammy_visit_summary_get_private_note (summary));
  assert_contains (hammy_visit_summary_get_plan_text (summary), "There is no plan yet");

  g_assert_cmpuint (adherence->n_days, ==, 14);
  g_assert_cmpuint (adherence->n_due, ==, 0);
  g_assert_cmpuint (adherence->n_done + adherence->n_partial + adherence->n_skipped, ==, 0);
  g_assert_cmpstr (hammy_visit_summary_get_adherence_text (summary), ==, "No sessions are logged in this time.");

  g_assert_cmpuint (pain->n_sessions, ==, 0);
  g_assert_cmpint (pain->highest, ==, -1);
  g_assert_cmpint (pain->trend, ==, HAMMY_VISIT_TREND_UNKNOWN);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "No session with sets in this time, so there is no pain to read.");
  g_assert_cmpstr (hammy_visit_summary_get_pain_text (summary), ==, "");
  g_assert_cmpstr (hammy_visit_summary_get_mornings_text (summary), ==, "There are no morning check-ins in this time.");

  g_assert_cmpuint (hammy_visit_summary_get_n_side_rows (summary), ==, 0);
  assert_contains (hammy_visit_summary_get_sides_text (summary), "No exercise was logged one side at a time in the last 14 days.");
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 0);
  g_assert_cmpstr (hammy_visit_summary_get_flags_text (summary), ==,
                   "Nothing needs a look: no warning signs and no pain above 5.");
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 0);
}

/* Sessions before the period, none in it: the days since still had a session due. */
static void
test_quiet_period (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;

  add_rated_session (f->log, 2, 3);
  add_rated_session (f->log, 4, 3);
  /* What was due is the log's record of it: the schedule writes each day down. */
  add_due (f->log, 2, 16, "glute-bridge");
  summary = summary_since (f, NULL, 9);

  /* 9 to 15 March: today has no session yet and the day is not over. */
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_due, ==, 7);
  g_assert_cmpstr (hammy_visit_summary_get_adherence_text (summary), ==,
                   "No sessions are logged in this time, with 7 days when one was due.");
  g_assert_cmpuint (hammy_visit_summary_get_pain (summary)->n_sessions, ==, 0);
}

/* ---- sessions done --------------------------------------------------------------------- */

static void
test_adherence (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_from_json ("{\"created\": \"2026-03-09T09:00:00Z\", \"phase\": \"build\", \"items\": ["
                                              "{\"section\": \"circuit\", \"exercise\": \"glute-bridge\", \"sets\": 3, \"reps\": 12,"
                                              " \"per_side\": false, \"load\": \"bodyweight\"}]}");
  g_autoptr(HammyVisitSummary) summary = NULL;
  const HammyVisitAdherence *adherence;
  const char *id;

  /* Due from the 9th to the 15th, as the schedule wrote it down, and today once it has a session. */
  add_due (f->log, 9, 16, "glute-bridge");
  id = add_session (f->log, 9, 3, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  id = add_session (f->log, 10, 3, HAMMY_SESSION_PARTIAL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  add_session (f->log, 11, 3, HAMMY_SESSION_SKIPPED);
  /* Two on one day count as one day trained. */
  id = add_session (f->log, 12, 3, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  id = add_session (f->log, 12, 3, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  /* Left open with a set (Hammy was closed half-way): done in part. Opened and never used:
   * no session at all. */
  id = add_session (f->log, 13, 3, HAMMY_SESSION_IN_PROGRESS);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_session (f->log, 14, 3, HAMMY_SESSION_IN_PROGRESS);

  summary = summary_since (f, plan, 2);
  adherence = hammy_visit_summary_get_adherence (summary);
  g_assert_cmpuint (adherence->n_days, ==, 15);
  g_assert_cmpuint (adherence->n_due, ==, 7);
  g_assert_cmpuint (adherence->n_days_trained, ==, 4);
  g_assert_cmpuint (adherence->n_done, ==, 3);
  g_assert_cmpuint (adherence->n_partial, ==, 2);
  g_assert_cmpuint (adherence->n_skipped, ==, 1);
  g_assert_cmpuint (adherence->sets_done, ==, 11);
  g_assert_cmpuint (adherence->sets_planned, ==, 18);
  g_assert_cmpstr (hammy_visit_summary_get_adherence_text (summary), ==,
                   "There was a session on 4 of 7 days when one was due (57%). 4 of 7 exercises due were done (57%). "
                   "3 sessions were done in full. 2 were done in part. 1 was skipped. 11 of 18 planned sets were done (61%).");

  g_assert_nonnull (hammy_visit_summary_get_plan (summary));
  g_assert_cmpstr (hammy_visit_summary_get_plan_text (summary), ==,
                   "Phase: Build. Made on 9 March 2026.");
  g_clear_object (&summary);

  /* A session today makes today due too. */
  id = add_session (f->log, 16, 3, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  summary = summary_since (f, plan, 2);
  adherence = hammy_visit_summary_get_adherence (summary);
  g_assert_cmpuint (adherence->n_due, ==, 8);
  g_assert_cmpuint (adherence->n_days_trained, ==, 5);
  assert_contains (hammy_visit_summary_get_adherence_text (summary),
                   "There was a session on 5 of 8 days when one was due (63%). 5 of 8 exercises due were done (63%). "
                   "4 sessions were done in full.");
}

/* ---- pain ------------------------------------------------------------------------------ */

/* About 2 points, or 30% of where it started as long as that is a whole point. */
static void
test_meaningful_change (void)
{
  g_assert_true (hammy_pain_change_is_meaningful (4.1, 2.8));   /* -1.3, -32% */
  g_assert_true (hammy_pain_change_is_meaningful (5.0, 3.0));   /* -2 */
  g_assert_true (hammy_pain_change_is_meaningful (2.0, 3.0));   /* +1, +50% */
  g_assert_false (hammy_pain_change_is_meaningful (4.0, 3.0));  /* -1, -25% */
  g_assert_false (hammy_pain_change_is_meaningful (1.0, 0.5));  /* -50%, but half a point */
  g_assert_false (hammy_pain_change_is_meaningful (0.0, 0.9));
  g_assert_true (hammy_pain_change_is_meaningful (0.0, 2.0));
}

/* A fall from 4.5 to 3.0 is a third: "Better", not "About the same". */
static void
test_better_by_a_third (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;

  add_rated_session (f->log, 3, 4);
  add_rated_session (f->log, 5, 5);
  add_rated_session (f->log, 7, 3);
  add_rated_session (f->log, 9, 3);
  summary = summary_since (f, NULL, 2);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->trend, ==, HAMMY_VISIT_TREND_BETTER);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "Better: pain during sessions came down from 4.5 to 3.0 out of 10, a change of 2 points or 30% or more.");
}

static void
test_worse_trend (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  const HammyVisitPain *pain;
  const char *id;

  add_rated_session (f->log, 3, 1);
  add_rated_session (f->log, 5, 2);
  /* No pain given: left out of the trend, still a session. */
  add_rated_session (f->log, 7, -1);
  add_rated_session (f->log, 9, 4);
  id = add_session (f->log, 11, 2, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 3, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 5, NULL);
  add_checkin (f->log, "2026-03-04", HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  add_checkin (f->log, "2026-03-10", HAMMY_COMPARED_SAME, HAMMY_COMPARED_WORSE, FALSE);
  add_checkin (f->log, "2026-03-12", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_BETTER, FALSE);
  add_checkin (f->log, "2026-03-06", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_BETTER, FALSE);

  summary = summary_since (f, NULL, 2);
  pain = hammy_visit_summary_get_pain (summary);
  g_assert_cmpuint (pain->n_sessions, ==, 5);
  g_assert_cmpuint (pain->n_rated, ==, 4);
  g_assert_cmpint (pain->highest, ==, 5);
  g_assert_cmpint (pain->latest, ==, 5);
  g_assert_cmpuint (pain->n_above, ==, 0);
  /* Per session, the highest: 1 and 2, then 4 and 5. */
  g_assert_cmpint (pain->trend, ==, HAMMY_VISIT_TREND_WORSE);
  g_assert_cmpfloat_with_epsilon (pain->early, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pain->late, 4.5, 1e-9);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "Worse: pain during sessions went up from 1.5 to 4.5 out of 10, a change of 2 points or 30% or more.");
  g_assert_cmpstr (hammy_visit_summary_get_pain_text (summary), ==,
                   "Highest pain 5 out of 10, and 5 in the latest session. No session went above 5. Each session counts "
                   "by its highest pain, and the first half of the sessions is set against the second.");

  g_assert_cmpuint (pain->n_mornings, ==, 4);
  g_assert_cmpuint (pain->n_worse, ==, 2);
  g_assert_cmpuint (pain->n_same, ==, 1);
  g_assert_cmpuint (pain->n_better, ==, 1);
  g_assert_cmpstr (hammy_visit_summary_get_mornings_text (summary), ==,
                   "4 morning check-ins: 2 worse than usual, 1 the same and 1 better.");

  /* Listed oldest first, whatever order they were given in. */
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 4);
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 0)->day, ==, "Wed 4 Mar");
  /* The check-in asks about the leg as a whole; a version-1 answer is the worse of the two. */
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 0)->text, ==, "The leg felt as usual.");
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 1)->day, ==, "Fri 6 Mar");
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 1)->text, ==, "The leg felt better than usual.");
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 3)->text, ==, "The leg felt worse than usual.");
}

static void
test_better_and_same (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;

  add_rated_session (f->log, 3, 5);
  add_rated_session (f->log, 5, 4);
  add_rated_session (f->log, 9, 3);
  add_rated_session (f->log, 11, 2);
  add_rated_session (f->log, 13, 2);

  /* 5 and 4 against 2 and 2, the middle one left out. */
  summary = summary_since (f, NULL, 2);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->trend, ==, HAMMY_VISIT_TREND_BETTER);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "Better: pain during sessions came down from 4.5 to 2.0 out of 10, a change of 2 points or 30% or more.");
  g_clear_object (&summary);

  /* 4 and 3 against 2 and 2: a point and a half, but 43% less, which a person feels. */
  summary = summary_since (f, NULL, 4);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->trend, ==, HAMMY_VISIT_TREND_BETTER);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "Better: pain during sessions came down from 3.5 to 2.0 out of 10, a change of 2 points or 30% or more.");
  g_clear_object (&summary);

  /* Three sessions are too few to call. */
  summary = summary_since (f, NULL, 8);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->trend, ==, HAMMY_VISIT_TREND_UNKNOWN);
  g_assert_cmpstr (hammy_visit_summary_get_pain_reading (summary), ==,
                   "Only 3 sessions had a pain rating: too few to read a trend.");
}

/* ---- what needs a look ----------------------------------------------------------------- */

static void
test_red_flag (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_from_json ("{\"created\": \"2026-03-01T09:00:00Z\", \"phase\": \"build\","
                                              " \"stopped\": {\"date\": \"2026-03-12\"}, \"private_note\": \"Ask about the scan.\","
                                              " \"items\": [{\"section\": \"circuit\", \"exercise\": \"glute-bridge\","
                                              " \"sets\": 3, \"reps\": 12, \"per_side\": false, \"load\": \"bodyweight\"}]}");
  g_autoptr(HammyVisitSummary) summary = NULL;
  const HammyVisitFlag *flag;

  add_rated_session (f->log, 11, 2);
  add_checkin (f->log, "2026-03-12", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_SAME, TRUE);

  summary = summary_since (f, plan, 2);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 1);
  flag = hammy_visit_summary_get_flag (summary, 0);
  g_assert_cmpint (flag->kind, ==, HAMMY_VISIT_FLAG_WARNING_SIGN);
  g_assert_cmpuint (g_date_get_day (&flag->date), ==, 12);
  g_assert_cmpstr (flag->text, ==, "Thu 12 Mar: a warning sign was noted at the morning check-in. "
                                   "The plan stopped there, until a clinician has looked at the leg.");
  g_assert_cmpstr (hammy_visit_summary_get_flags_text (summary), ==, "1 thing needs a look. No set went above 5.");

  g_assert_cmpuint (hammy_visit_summary_get_pain (summary)->n_warnings, ==, 1);
  g_assert_cmpstr (hammy_visit_summary_get_mornings_text (summary), ==,
                   "1 morning check-in: 1 worse than usual, 0 the same and 0 better. "
                   "A warning sign was noted on 1 morning.");
  g_assert_true (hammy_visit_summary_get_checkin (summary, 0)->red_flag);
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 0)->text, ==,
                   "The leg felt worse than usual. A warning sign was noted.");

  /* The private note is there for the screen; the plan's other notes come with the handout. */
  g_assert_cmpstr (hammy_visit_summary_get_private_note (summary), ==, "Ask about the scan.");
}

/* Effort: the mean of the efforts given, next to the pain; sets without one left out. */
static void
test_effort (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  const char *id = add_session (f->log, 10, 3, HAMMY_SESSION_DONE);
  const int efforts[] = { 6, 7, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (efforts); i++)
    {
      HammyLogSet set = { .exercise = (char *) "glute-bridge", .side = HAMMY_SIDE_BOTH, .number = i + 1, .reps = 12,
                          .pain = 2, .effort = efforts[i], .finished = hammy_log_lookup_session (f->log, id)->started + 60 };

      hammy_log_add_set (f->log, id, &set, NULL, NULL);
    }
  summary = summary_since (f, NULL, 2);
  g_assert_cmpuint (hammy_visit_summary_get_pain (summary)->n_effort, ==, 2);
  g_assert_cmpfloat_with_epsilon (hammy_visit_summary_get_pain (summary)->effort, 6.5, 1e-9);
  assert_contains (hammy_visit_summary_get_pain_text (summary), "Effort averaged 6.5 out of 10, over 2 sets with an effort given.");
}

/* Which warning sign, and when: named in what needs a look as at the check-in. */
static void
test_warning_sign_named (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  HammyLogCheckin checkin = { (char *) "2026-03-12", HAMMY_COMPARED_WORSE, (char *) "numbness", -1, FALSE };

  hammy_log_add_checkin (f->log, &checkin);
  summary = summary_since (f, NULL, 2);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 1);
  g_assert_cmpstr (hammy_visit_summary_get_flag (summary, 0)->text, ==,
                   "Thu 12 Mar: a warning sign, numbness down the leg, was noted at the morning check-in.");
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 0)->warning, ==, "numbness down the leg");
}

static void
test_latest_check_refers (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HammyAssessment) check = hammy_test_assess (HAMMY_TEST_ANSWERS_CLOT);
  g_autoptr(HammyVisitSummary) summary = NULL;
  GDate since;
  const HammyVisitFlag *flag;

  date_init (&since, 2026, 3, 2);
  summary = hammy_visit_summary_new (f->log, NULL, library, check, HAMMY_SIDE_BOTH, &since, &f->today);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 1);
  flag = hammy_visit_summary_get_flag (summary, 0);
  g_assert_cmpint (flag->kind, ==, HAMMY_VISIT_FLAG_CHECK);
  assert_contains (flag->text, "the latest check found signs that need a clinician.");
  assert_contains (flag->text, "See a doctor today.");
  assert_contains (hammy_visit_summary_get_check_line (summary), "it found signs that need a clinician.");
}

static void
test_stops_and_notes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  g_autofree char *stopped = NULL;
  g_autofree char *instead = NULL;
  g_autofree char *noted = NULL;
  const char *id;

  /* Pain above 5: the exercise stops, and the easier one is done instead. */
  id = add_session (f->log, 10, 4, HAMMY_SESSION_DONE);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 8, 0, 7, NULL);
  add_set (f->log, id, "marching-bridge", HAMMY_SIDE_LEFT, 10, 0, 2, "Felt it high up, near the sit bone.");
  /* Above 5 with nothing after it. */
  id = add_session (f->log, 13, 4, HAMMY_SESSION_PARTIAL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 6, NULL);

  summary = summary_since (f, NULL, 2);
  g_assert_cmpuint (hammy_visit_summary_get_pain (summary)->n_above, ==, 2);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 3);

  stopped = g_strdup_printf ("Tue 10 Mar: pain 7 out of 10 in %s on the left side, so that exercise stopped for the day.",
                             name_of ("single-leg-bridge"));
  instead = g_strdup_printf ("The easier %s was done instead.", name_of ("marching-bridge"));
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 0)->kind, ==, HAMMY_VISIT_FLAG_STOPPED);
  assert_contains (hammy_visit_summary_get_flag (summary, 0)->text, stopped);
  assert_contains (hammy_visit_summary_get_flag (summary, 0)->text, instead);
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 1)->kind, ==, HAMMY_VISIT_FLAG_STOPPED);
  g_assert_null (strstr (hammy_visit_summary_get_flag (summary, 1)->text, "instead"));
  assert_contains (hammy_visit_summary_get_flag (summary, 1)->text, "Fri 13 Mar: pain 6 out of 10 in");

  noted = g_strdup_printf ("Tue 10 Mar, %s: “Felt it high up, near the sit bone.”", name_of ("marching-bridge"));
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 2)->kind, ==, HAMMY_VISIT_FLAG_NOTE);
  g_assert_cmpstr (hammy_visit_summary_get_flag (summary, 2)->text, ==, noted);
  /* The note is listed, but not counted: on a shared screen it is hidden, and the count would
   * hint at it. */
  g_assert_cmpstr (hammy_visit_summary_get_flags_text (summary), ==,
                   "2 things need a look. No warning sign was noted at a morning check-in.");
  assert_contains (hammy_visit_summary_get_pain_text (summary),
                   "2 sessions went above 5, where that exercise stops for the day.");
}

/* A note alone is listed, and the sentence above the list says nothing needs a look. */
static void
test_notes_not_counted (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  const char *id;

  id = add_session (f->log, 10, 4, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, "Easy today.");

  summary = summary_since (f, NULL, 2);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 1);
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 0)->kind, ==, HAMMY_VISIT_FLAG_NOTE);
  g_assert_cmpstr (hammy_visit_summary_get_flags_text (summary), ==,
                   "Nothing needs a look: no warning signs and no pain above 5.");
}

/* ---- the sore side --------------------------------------------------------------------- */

static void
test_sides (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  const HammyVisitSideRow *row;
  GDate since;
  const char *id;

  id = add_session (f->log, 10, 4, HAMMY_SESSION_DONE);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 2, NULL);
  add_set (f->log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
  add_set (f->log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 8, 0, 1, NULL);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);

  date_init (&since, 2026, 3, 2);
  summary = hammy_visit_summary_new (f->log, NULL, library, NULL, HAMMY_SIDE_LEFT, &since, &f->today);
  g_assert_cmpint (hammy_visit_summary_get_sore_side (summary), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpuint (hammy_visit_summary_get_side_comparisons (summary)->len, ==, 2);
  assert_contains (hammy_visit_summary_get_sides_text (summary), "Your sore side is the left.");
  assert_contains (hammy_visit_summary_get_sides_text (summary), "The sore side reached 67% of the other.");

  g_assert_cmpuint (hammy_visit_summary_get_n_side_rows (summary), ==, 2);
  row = hammy_visit_summary_get_side_row (summary, 0);
  g_assert_cmpstr (row->exercise, ==, "heel-dig-hold");
  g_assert_cmpstr (row->name, ==, name_of ("heel-dig-hold"));
  g_assert_cmpstr (row->sore, ==, "30 s");
  g_assert_cmpstr (row->other, ==, "45 s");
  g_assert_cmpint (row->percent, ==, 67);
  row = hammy_visit_summary_get_side_row (summary, 1);
  g_assert_cmpstr (row->sore, ==, "not logged");
  g_assert_cmpstr (row->other, ==, "8 reps");
  g_assert_cmpint (row->percent, ==, -1);
}

/* ---- the edges of the period ----------------------------------------------------------- */

static void
test_since_boundary (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  const char *id;

  /* The evening before the period and the first minute of its first day. */
  id = add_session (f->log, 8, 2, HAMMY_SESSION_DONE);
  add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 8, "Before the period.");
  {
    g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, 9, 0, 1, 0);
    g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 20);

    id = hammy_log_begin_session (f->log, started, "build", 2);
    add_set (f->log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 3, "First day.");
    hammy_log_end_session (f->log, id, ended, HAMMY_SESSION_PARTIAL);
  }
  add_checkin (f->log, "2026-03-08", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_WORSE, TRUE);
  add_checkin (f->log, "2026-03-09", HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  /* A check-in for tomorrow cannot be in a summary made today. */
  add_checkin (f->log, "2026-03-17", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_BETTER, FALSE);

  summary = summary_since (f, NULL, 9);
  g_assert_cmpstr (hammy_visit_summary_get_period_line (summary), ==, "9 March to 16 March 2026, 8 days");
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_partial, ==, 1);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_done, ==, 0);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->sets_planned, ==, 2);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->highest, ==, 3);
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 1);
  g_assert_cmpstr (hammy_visit_summary_get_checkin (summary, 0)->day, ==, "Mon 9 Mar");
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 1);
  assert_contains (hammy_visit_summary_get_flag (summary, 0)->text, "“First day.”");
  g_clear_object (&summary);

  /* A day earlier, both come in. */
  summary = summary_since (f, NULL, 8);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_done, ==, 1);
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->highest, ==, 8);
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 2);
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 4);
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 0)->kind, ==, HAMMY_VISIT_FLAG_WARNING_SIGN);
  g_assert_cmpint (hammy_visit_summary_get_flag (summary, 1)->kind, ==, HAMMY_VISIT_FLAG_STOPPED);
  g_clear_object (&summary);

  /* Today only. */
  summary = summary_since (f, NULL, 16);
  g_assert_cmpstr (hammy_visit_summary_get_period_line (summary), ==, "16 March 2026 only");
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 0);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_due, ==, 0);
}

/* ---- from the data folder -------------------------------------------------------------- */

static void
test_for_data (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "for-data", NULL);
  g_autoptr(HammyData) data = hammy_data_new (root, library);
  g_autoptr(HammyVisitSummary) summary = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 16, 12, 0, 0);
  GDate since;

  {
    /* The result holds the data: gone before the data is. */
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GError) error = NULL;

    hammy_data_load_async (data, NULL, hammy_test_store_result, &result);
    g_assert_true (hammy_data_load_finish (data, hammy_test_wait_result (&result), &error));
    g_assert_no_error (error);
  }

  date_init (&since, 2026, 3, 2);
  summary = hammy_visit_summary_new_for_data (data, &since, now);
  g_assert_nonnull (summary);
  g_assert_null (hammy_visit_summary_get_plan (summary));
  g_assert_cmpint (hammy_visit_summary_get_sore_side (summary), ==, HAMMY_SIDE_BOTH);
  g_assert_null (hammy_visit_summary_get_running_text (summary));
  /* It names the profile it is made from. */
  {
    g_autofree char *expected = g_strdup_printf ("For %s", hammy_profile_get_name (hammy_data_get_current_profile (data)));

    g_assert_cmpstr (hammy_visit_summary_get_patient_line (summary), ==, expected);
  }
  g_clear_object (&summary);

  /* With a check and its plan: the running advice is Today's, in its words, and the plan's
   * handout carries it too. */
  {
    g_autoptr(HammyAssessment) check = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
    g_autoptr(HammyToday) today = NULL;

    hammy_data_add_assessment (data, check);
    today = hammy_today_new (data, now);
    summary = hammy_visit_summary_new_for_data (data, &since, now);
    g_assert_nonnull (hammy_today_get_running (today));
    g_assert_cmpstr (hammy_visit_summary_get_running_text (summary), ==, hammy_today_get_running (today)->text);
    g_assert_cmpstr (hammy_handout_get_running (hammy_visit_summary_get_plan (summary)), ==,
                     hammy_today_get_running (today)->text);
    g_clear_object (&summary);
  }

  hammy_data_flush (data);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* English day and month names whatever the machine speaks. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/visit-summary/empty-period", test_empty_period);
  ADD ("/visit-summary/quiet-period", test_quiet_period);
  ADD ("/visit-summary/adherence", test_adherence);
  ADD ("/visit-summary/pain/worse-trend", test_worse_trend);
  ADD ("/visit-summary/pain/better-and-same", test_better_and_same);
  ADD ("/visit-summary/flags/red-flag", test_red_flag);
  ADD ("/visit-summary/flags/latest-check-refers", test_latest_check_refers);
  ADD ("/visit-summary/flags/stops-and-notes", test_stops_and_notes);
  ADD ("/visit-summary/flags/notes-not-counted", test_notes_not_counted);
  ADD ("/visit-summary/flags/warning-sign-named", test_warning_sign_named);
  ADD ("/visit-summary/pain/effort", test_effort);
  ADD ("/visit-summary/pain/better-by-a-third", test_better_by_a_third);
  g_test_add_func ("/visit-summary/pain/meaningful-change", test_meaningful_change);
  ADD ("/visit-summary/sides", test_sides);
  ADD ("/visit-summary/since-boundary", test_since_boundary);
#undef ADD
  g_test_add_func ("/visit-summary/for-data", test_for_data);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
