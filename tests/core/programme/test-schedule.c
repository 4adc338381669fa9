/* test-schedule.c: each exercise on days of its own (docs/programme.md, "Schedule"): the
 * frequencies and the limits on editing them, what a build plan puts on each day after a day of
 * everything, a missed day not doubled up, the heavy lengthening group's limits, new exercises a
 * few at a time, and the Nordic curl's build-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
#include "hammy-schedule.h"

static HammyLibrary *library;

/* ---- helpers ------------------------------------------------------------------------- */

static void
day_after (const GDate *day,
           int          n,
           GDate       *out)
{
  *out = *day;
  if (n >= 0)
    g_date_add_days (out, n);
  else
    g_date_subtract_days (out, -n);
}

/* The build plan of the general path, made today. */
static HammyPlan *
build_plan (GDate *today)
{
  HammyPlan *plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_BUILD);

  g_assert_nonnull (plan);
  hammy_plan_get_today (plan, today);
  return plan;
}

static HammyDoneRecord *
record_known (HammyPlan   *plan,
              const GDate *long_ago)
{
  HammyDoneRecord *record = hammy_done_record_new ();

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    hammy_done_record_set_first (record, hammy_plan_get_item (plan, i)->exercise, long_ago);
  return record;
}

static void
record_done (HammyDoneRecord *record,
             HammyPlan       *plan,
             const char      *exercise,
             const GDate     *day)
{
  int index = hammy_plan_find_item (plan, exercise);

  g_assert_cmpint (index, >=, 0);
  hammy_done_record_add (record, exercise, day,
                         hammy_schedule_item_is_heavy (plan, hammy_plan_get_item (plan, index)));
}

static void
record_all_due (HammyDoneRecord          *record,
                const HammyScheduleInput *input,
                const GDate              *day)
{
  g_autoptr(GArray) due = hammy_schedule_get_due (input, record, day, NULL);

  for (guint i = 0; i < due->len; i++)
    {
      const HammyDue *d = &g_array_index (due, HammyDue, i);

      if (d->item != HAMMY_SCHEDULE_RUN_ITEM)
        record_done (record, input->plan, hammy_plan_get_item (input->plan, d->item)->exercise, day);
    }
}

static const HammyDue *
find_due (GArray     *due,
          HammyPlan  *plan,
          const char *exercise)
{
  for (guint i = 0; i < due->len; i++)
    {
      const HammyDue *d = &g_array_index (due, HammyDue, i);

      if (d->item != HAMMY_SCHEDULE_RUN_ITEM && g_str_equal (hammy_plan_get_item (plan, d->item)->exercise, exercise))
        return d;
    }
  return NULL;
}

static HammyHeld
held_of (HammyHeld  *held,
         HammyPlan  *plan,
         const char *exercise)
{
  int index = hammy_plan_find_item (plan, exercise);

  g_assert_cmpint (index, >=, 0);
  return held[index];
}

/* ---- frequencies --------------------------------------------------------------------- */

static void
test_frequencies (void)
{
  HammyFrequency frequency;

  g_assert_true (hammy_frequency_from_id ("every-third-day", &frequency));
  g_assert_cmpint (frequency, ==, HAMMY_FREQUENCY_EVERY_THIRD_DAY);
  g_assert_cmpstr (hammy_frequency_to_id (frequency), ==, "every-third-day");
  g_assert_cmpuint (hammy_frequency_get_min_gap (frequency), ==, 3);
  g_assert_false (hammy_frequency_from_id ("Every third day", NULL));
  g_assert_false (hammy_frequency_from_id (NULL, NULL));

  /* Two a week leaves three days between; three a week, two. */
  g_assert_cmpuint (hammy_frequency_get_per_week (HAMMY_FREQUENCY_THREE_A_WEEK), ==, 3);
  g_assert_cmpuint (hammy_frequency_get_min_gap (HAMMY_FREQUENCY_THREE_A_WEEK), ==, 2);
  g_assert_cmpuint (hammy_frequency_get_min_gap (HAMMY_FREQUENCY_TWICE_A_WEEK), ==, 3);
  g_assert_false (hammy_frequency_is_calendar (HAMMY_FREQUENCY_BEFORE_RUNS));
  g_assert_true (hammy_frequency_is_calendar (HAMMY_FREQUENCY_ONCE_A_WEEK));

  for (guint i = 0; i < HAMMY_N_FREQUENCIES; i++)
    g_assert_nonnull (hammy_frequency_get_phrase (hammy_frequency_to_id (i)));
  g_assert_cmpstr (hammy_frequency_get_phrase ("every-other-day"), ==, "every other day");
}

/* An edit outside the limits is refused, with the reason. */
static void
test_frequency_limits (void)
{
  struct
  {
    const char       *group;
    HammyPlanSection  section;
    const char       *frequency;
    const char       *says;       /* NULL: allowed */
  } cases[] = {
    { "heavy-lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "every-third-day", NULL },
    { "heavy-lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "three-a-week", NULL },
    { "heavy-lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "once-a-week", NULL },
    { "heavy-lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "daily", "day off in between" },
    { "heavy-lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "every-other-day", "three days a week" },
    { "strength", HAMMY_PLAN_SECTION_CIRCUIT, "every-other-day", NULL },
    { "strength", HAMMY_PLAN_SECTION_CIRCUIT, "daily", "every other day at most" },
    { "isometric", HAMMY_PLAN_SECTION_CIRCUIT, "twice-a-day", NULL },
    { "lengthening", HAMMY_PLAN_SECTION_CIRCUIT, "twice-a-day", NULL },
    { "mobility", HAMMY_PLAN_SECTION_WARMUP, "before-runs", NULL },
    { "mobility", HAMMY_PLAN_SECTION_CIRCUIT, "before-runs", "Only a warm-up" },
    { "walking", HAMMY_PLAN_SECTION_CIRCUIT, "fortnightly", "does not know" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean allowed = hammy_schedule_check_frequency (cases[i].group, cases[i].section, cases[i].frequency, &error);

      if (cases[i].says == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (allowed);
        }
      else
        {
          g_assert_false (allowed);
          g_assert_error (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID);
          if (g_strstr_len (error->message, -1, cases[i].says) == NULL)
            g_error ("“%s” at %s was refused with “%s”, not about “%s”", cases[i].group, cases[i].frequency,
                     error->message, cases[i].says);
        }
    }
}

/* ---- what is due --------------------------------------------------------------------- */

/* Due on each of @n days from @first, as ids, the ladder's run as "run" and a second daily
 * occurrence marked "×2", everything due done each day. */
static char *
live_days (HammyDoneRecord          *record,
           const HammyScheduleInput *input,
           const GDate              *first,
           guint                     n,
           const int                *skip)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GArray) due = NULL;
      gboolean skipped = FALSE;
      GDate day;

      day_after (first, k, &day);
      due = hammy_schedule_get_due (input, record, &day, NULL);
      g_string_append_printf (text, "%s%u:", k > 0 ? " | " : "", k);
      for (guint i = 0; i < due->len; i++)
        {
          const HammyDue *d = &g_array_index (due, HammyDue, i);

          g_string_append_printf (text, " %s%s",
                                  d->item == HAMMY_SCHEDULE_RUN_ITEM ? "run" : hammy_plan_get_item (input->plan, d->item)->exercise,
                                  d->occurrences > 1 ? "×2" : "");
        }
      for (guint i = 0; skip != NULL && skip[i] >= 0; i++)
        skipped = skipped || (guint) skip[i] == k;
      if (!skipped)
        record_all_due (record, input, &day);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* After a day of everything: the Extender twice every day, the Diver every other day, the Glider
 * every third; the strength work every other day with its warm-up; a day with nothing else due
 * holds the Extender alone. */
static void
test_each_on_its_own_days (void)
{
  GDate today, long_ago;
  g_autoptr(HammyPlan) plan = build_plan (&today);
  g_autoptr(HammyDoneRecord) record = NULL;
  HammyScheduleInput input = { plan, NULL, FALSE };
  g_autofree HammyHeld *held = g_new0 (HammyHeld, hammy_plan_get_n_items (plan));
  g_autofree char *days = NULL;
  g_autoptr(GArray) due = NULL;
  GDate day;

  day_after (&today, -30, &long_ago);
  record = record_known (plan, &long_ago);
  hammy_plan_set_days (plan, &long_ago, &long_ago);

  days = live_days (record, &input, &today, 7, NULL);
  g_assert_cmpstr (days, ==,
                   "0: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver askling-glider side-lying-leg-raise plank ball-hamstring-curl"
                   " | 1: askling-extender×2"
                   " | 2: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver side-lying-leg-raise plank ball-hamstring-curl"
                   " | 3: easy-walk cat-cow askling-extender×2 askling-glider"
                   " | 4: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver side-lying-leg-raise plank ball-hamstring-curl"
                   " | 5: askling-extender×2"
                   " | 6: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver askling-glider side-lying-leg-raise plank ball-hamstring-curl");

  /* Why each is not due on day 7: its frequency, and no strength work for the warm-up. */
  day_after (&today, 7, &day);
  due = hammy_schedule_get_due (&input, record, &day, held);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (held_of (held, plan, "askling-diver"), ==, HAMMY_HELD_FREQUENCY);
  g_assert_cmpint (held_of (held, plan, "askling-glider"), ==, HAMMY_HELD_FREQUENCY);
  g_assert_cmpint (held_of (held, plan, "cat-cow"), ==, HAMMY_HELD_NO_STRENGTH);
  g_assert_cmpint (held_of (held, plan, "askling-extender"), ==, HAMMY_HELD_NONE);
}

/* A missed day is not doubled up: what was missed is due on the next day its frequency allows,
 * once, and counts from there. */
static void
test_missed_day_not_doubled (void)
{
  GDate today, long_ago;
  g_autoptr(HammyPlan) plan = build_plan (&today);
  g_autoptr(HammyDoneRecord) record = NULL;
  HammyScheduleInput input = { plan, NULL, FALSE };
  g_autofree char *days = NULL;
  const int skip[] = { 2, -1 };

  day_after (&today, -30, &long_ago);
  record = record_known (plan, &long_ago);
  hammy_plan_set_days (plan, &long_ago, &long_ago);

  days = live_days (record, &input, &today, 6, skip);
  g_assert_cmpstr (days, ==,
                   "0: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver askling-glider side-lying-leg-raise plank ball-hamstring-curl"
                   " | 1: askling-extender×2"
                   " | 2: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver side-lying-leg-raise plank ball-hamstring-curl"
                   " | 3: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver askling-glider side-lying-leg-raise plank ball-hamstring-curl"
                   " | 4: askling-extender×2"
                   " | 5: easy-walk cat-cow glute-bridge askling-extender×2 askling-diver side-lying-leg-raise plank ball-hamstring-curl");
}

/* The heavy lengthening group together: never two days in a row, at most three days in seven,
 * at most two of its exercises in one session, whatever each one's own frequency says. */
static void
test_heavy_lengthening_group (void)
{
  GDate today, long_ago, day;
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_LOAD);
  g_autoptr(HammyDoneRecord) record = NULL;
  HammyScheduleInput input = { plan, NULL, FALSE };
  g_autofree HammyHeld *held = g_new0 (HammyHeld, hammy_plan_get_n_items (plan));
  guint heavy_days = 0, last_heavy = G_MAXUINT;

  hammy_plan_get_today (plan, &today);
  day_after (&today, -60, &long_ago);
  record = record_known (plan, &long_ago);
  hammy_plan_set_days (plan, &long_ago, &long_ago);

  for (guint k = 0; k < 28; k++)
    {
      g_autoptr(GArray) due = NULL;
      guint heavy = 0;

      day_after (&today, k, &day);
      due = hammy_schedule_get_due (&input, record, &day, held);
      for (guint i = 0; i < due->len; i++)
        {
          const HammyDue *d = &g_array_index (due, HammyDue, i);

          heavy += d->item != HAMMY_SCHEDULE_RUN_ITEM && hammy_schedule_item_is_heavy (plan, hammy_plan_get_item (plan, d->item));
        }
      g_assert_cmpuint (heavy, <=, HAMMY_SCHEDULE_HEAVY_PER_SESSION);
      if (heavy > 0)
        {
          g_assert_true (last_heavy == G_MAXUINT || k - last_heavy >= 2);
          last_heavy = k;
          heavy_days++;
        }
      record_all_due (record, &input, &day);
    }
  /* Every other day at most: the group is not starved either. */
  g_assert_cmpuint (heavy_days, >=, 8);
  g_assert_cmpuint (heavy_days, <=, 12);

  /* The Nordic's week has come round, but the Glider was done yesterday: the Nordic waits. */
  {
    g_autoptr(HammyDoneRecord) yesterday = record_known (plan, &long_ago);
    g_autoptr(GArray) due = NULL;

    day_after (&today, -7, &day);
    hammy_done_record_add (yesterday, "nordic-curl", &day, TRUE);
    day_after (&today, -1, &day);
    hammy_done_record_add (yesterday, "askling-glider", &day, TRUE);
    due = hammy_schedule_get_due (&input, yesterday, &today, held);
    g_assert_null (find_due (due, plan, "nordic-curl"));
    g_assert_cmpint (held_of (held, plan, "nordic-curl"), ==, HAMMY_HELD_HEAVY_YESTERDAY);
  }

  /* Three heavy days in the last seven, none yesterday: the week is full. */
  {
    g_autoptr(HammyDoneRecord) week = record_known (plan, &long_ago);
    g_autoptr(GArray) due = NULL;

    for (int k = -6; k <= -2; k += 2)
      {
        day_after (&today, k, &day);
        hammy_done_record_add (week, "askling-glider", &day, TRUE);
      }
    day_after (&today, -7, &day);
    hammy_done_record_add (week, "nordic-curl", &day, TRUE);
    due = hammy_schedule_get_due (&input, week, &today, held);
    g_assert_null (find_due (due, plan, "askling-glider"));
    g_assert_null (find_due (due, plan, "nordic-curl"));
    g_assert_cmpint (held_of (held, plan, "nordic-curl"), ==, HAMMY_HELD_HEAVY_WEEK);
    /* The Diver is not in the group. */
    g_assert_cmpint (held_of (held, plan, "askling-diver"), !=, HAMMY_HELD_HEAVY_WEEK);
  }
}

/* From the programme's second day, at most two exercises new to the person a day, the warm-up
 * included and walking not counted; the first day may hold four. */
static void
test_new_exercises_a_few_at_a_time (void)
{
  GDate today, yesterday;
  g_autoptr(HammyPlan) plan = build_plan (&today);
  g_autoptr(HammyDoneRecord) record = hammy_done_record_new ();
  HammyScheduleInput input = { plan, NULL, FALSE };
  g_autofree HammyHeld *held = g_new0 (HammyHeld, hammy_plan_get_n_items (plan));

  /* The first day. */
  {
    g_autoptr(GArray) due = hammy_schedule_get_due (&input, record, &today, held);
    guint n_new = 0;

    for (guint i = 0; i < due->len; i++)
      {
        const HammyDue *d = &g_array_index (due, HammyDue, i);

        if (d->is_new)
          n_new++;
      }
    g_assert_cmpuint (n_new, ==, HAMMY_SCHEDULE_NEW_FIRST_DAY);
    g_assert_cmpint (held_of (held, plan, "plank"), ==, HAMMY_HELD_NEW_LIMIT);
    /* Walking is never new enough to count. */
    g_assert_nonnull (find_due (due, plan, "easy-walk"));
  }

  /* The second day of a programme begun yesterday, nothing done yet. */
  day_after (&today, -1, &yesterday);
  hammy_plan_set_days (plan, &yesterday, &yesterday);
  {
    g_autoptr(GArray) due = hammy_schedule_get_due (&input, record, &today, held);
    guint n_new = 0;

    for (guint i = 0; i < due->len; i++)
      n_new += g_array_index (due, HammyDue, i).is_new;
    g_assert_cmpuint (n_new, ==, HAMMY_SCHEDULE_NEW_PER_DAY);
  }
}

/* The Nordic curl from the day it comes into the plan: once a week, then twice, then three
 * times; in the warm-up plan, once a week to keep after eight more weeks. */
static void
test_nordic_build_up (void)
{
  GDate today, day;
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_LOAD);
  g_autoptr(HammyPlan) warmup = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_WARMUP);
  const HammyPlanItem *nordic;
  const struct { int day; HammyFrequency frequency; } weeks[] = {
    { 0, HAMMY_FREQUENCY_ONCE_A_WEEK }, { 6, HAMMY_FREQUENCY_ONCE_A_WEEK }, { 7, HAMMY_FREQUENCY_TWICE_A_WEEK },
    { 13, HAMMY_FREQUENCY_TWICE_A_WEEK }, { 14, HAMMY_FREQUENCY_THREE_A_WEEK }, { 200, HAMMY_FREQUENCY_THREE_A_WEEK },
  };

  hammy_plan_get_today (plan, &today);
  nordic = hammy_plan_get_item (plan, hammy_plan_find_item (plan, "nordic-curl"));
  g_assert_cmpint (g_date_compare (&nordic->added, &today), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      day_after (&today, weeks[i].day, &day);
      g_assert_cmpint (hammy_schedule_get_frequency (plan, nordic, &day), ==, weeks[i].frequency);
    }

  nordic = hammy_plan_get_item (warmup, hammy_plan_find_item (warmup, "nordic-curl"));
  day_after (&today, 7 * (2 + HAMMY_SCHEDULE_FULL_WEEKS) - 1, &day);
  g_assert_cmpint (hammy_schedule_get_frequency (warmup, nordic, &day), ==, HAMMY_FREQUENCY_THREE_A_WEEK);
  day_after (&today, 7 * (2 + HAMMY_SCHEDULE_FULL_WEEKS), &day);
  g_assert_cmpint (hammy_schedule_get_frequency (warmup, nordic, &day), ==, HAMMY_FREQUENCY_ONCE_A_WEEK);
}

/* How often, in the words Today, the plan editor and the handout share: the week's frequency
 * during a build-up, and what it builds up to; kept up at less once built. */
static void
test_dose_in_words (void)
{
  GDate today, day;
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_LOAD);
  g_autoptr(HammyPlan) warmup = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_WARMUP);
  const HammyPlanItem *nordic, *walk;
  const struct { int day; const char *text; } weeks[] = {
    { 0, "2 sets of 5 repetitions, once a week for now, building up to three times a week" },
    { 7, "2 sets of 5 repetitions, twice a week for now, building up to three times a week" },
    { 14, "2 sets of 5 repetitions, three times a week" },
  };

  hammy_plan_get_today (plan, &today);
  nordic = hammy_plan_get_item (plan, hammy_plan_find_item (plan, "nordic-curl"));
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autofree char *text = NULL;

      day_after (&today, weeks[i].day, &day);
      text = hammy_schedule_dup_dose_text (plan, nordic, &day);
      g_assert_cmpstr (text, ==, weeks[i].text);
    }

  walk = hammy_plan_get_item (plan, hammy_plan_find_item (plan, "easy-walk"));
  {
    g_autofree char *text = hammy_schedule_dup_dose_text (plan, walk, &today);
    g_autofree char *often = hammy_schedule_dup_frequency_text (plan, walk, &today);

    /* In load, the walk warms up for strength work. */
    g_assert_cmpstr (often, ==, "before strength work");
    g_assert_true (g_str_has_suffix (text, " minutes, before strength work"));
  }

  nordic = hammy_plan_get_item (warmup, hammy_plan_find_item (warmup, "nordic-curl"));
  day_after (&today, 7 * (2 + HAMMY_SCHEDULE_FULL_WEEKS), &day);
  {
    g_autofree char *often = hammy_schedule_dup_frequency_text (warmup, nordic, &day);

    g_assert_cmpstr (often, ==, "once a week, to keep the strength you built");
  }
}

/* The routine before runs is due on the days the plan offers a run, and not while running
 * stops; the warm-up before strength only with strength work. */
static void
test_routine_before_runs (void)
{
  GDate today, long_ago;
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_WARMUP);
  g_autoptr(HammyDoneRecord) record = NULL;
  HammyScheduleInput input = { plan, NULL, FALSE };
  g_autofree HammyHeld *held = g_new0 (HammyHeld, hammy_plan_get_n_items (plan));
  guint run_days = 0;

  hammy_plan_get_today (plan, &today);
  day_after (&today, -30, &long_ago);
  record = record_known (plan, &long_ago);
  hammy_plan_set_days (plan, &long_ago, &long_ago);
  g_assert_true (hammy_schedule_offers_runs (plan));

  for (guint k = 0; k < 14; k++)
    {
      g_autoptr(GArray) due = NULL;
      GDate day;

      day_after (&today, k, &day);
      due = hammy_schedule_get_due (&input, record, &day, held);
      if (find_due (due, plan, "toe-touch-progression") != NULL)
        {
          run_days++;
          hammy_done_record_add_run (record, &day);
        }
      else
        g_assert_cmpint (held_of (held, plan, "toe-touch-progression"), ==, HAMMY_HELD_NO_RUN);
      record_all_due (record, &input, &day);
    }
  /* Three runs a week: the warm-up plan's own (docs/programme.md). */
  g_assert_cmpuint (run_days, ==, 6);

  input.no_runs = TRUE;
  {
    g_autoptr(GArray) due = hammy_schedule_get_due (&input, record, &today, held);

    g_assert_null (find_due (due, plan, "toe-touch-progression"));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/schedule/frequencies", test_frequencies);
  g_test_add_func ("/schedule/frequency-limits", test_frequency_limits);
  g_test_add_func ("/schedule/each-on-its-own-days", test_each_on_its_own_days);
  g_test_add_func ("/schedule/missed-day-not-doubled", test_missed_day_not_doubled);
  g_test_add_func ("/schedule/heavy-lengthening-group", test_heavy_lengthening_group);
  g_test_add_func ("/schedule/new-exercises-a-few-at-a-time", test_new_exercises_a_few_at_a_time);
  g_test_add_func ("/schedule/nordic-build-up", test_nordic_build_up);
  g_test_add_func ("/schedule/dose-in-words", test_dose_in_words);
  g_test_add_func ("/schedule/routine-before-runs", test_routine_before_runs);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
