/* hammy-schedule.c: each exercise on days of its own (docs/programme.md, "Schedule").
 *
 * A day's list comes from what was done on the days before it, never on the day itself, so that
 * what is due today stays due after it is done. A missed day is not made up twice: an exercise
 * is due again on the next day its frequency allows after the last day it was done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-days.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-vocabulary.h"

struct _HammyDoneRecord
{
  GHashTable *days;    /* exercise id → GArray of guint32 Julian days, sorted, each once */
  GArray     *heavy;   /* days with heavy lengthening work */
  GArray     *runs;    /* days with a run, or the routine before one */
  GHashTable *first;   /* exercise id → the first day it was ever done, as a Julian day */
};

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID, message);
  return FALSE;
}

gboolean
hammy_schedule_check_frequency (const char        *group,
                                HammyPlanSection   section,
                                const char        *frequency,
                                GError           **error)
{
  HammyFrequency value;

  if (!hammy_frequency_from_id (frequency, &value))
    return refuse (error, _("Hammy does not know how often that is."));

  if (!hammy_frequency_is_calendar (value) && section != HAMMY_PLAN_SECTION_WARMUP)
    return refuse (error, _("Only a warm-up exercise goes with strength work or a run."));

  /* The group's limits (docs/programme.md): a day off between, three days a week at most. */
  if (g_strcmp0 (group, HAMMY_GROUP_HEAVY_LENGTHENING) == 0 && hammy_frequency_is_calendar (value) &&
      (hammy_frequency_get_min_gap (value) < 2 ||
       hammy_frequency_get_per_week (value) > HAMMY_SCHEDULE_HEAVY_DAYS_PER_WEEK))
    return refuse (error, _("Heavy lengthening work needs a day off in between, and no more than three days a week."));

  /* Loaded strength work needs a day to recover: docs/programme.md, "Where the contract is silent". */
  if (g_strcmp0 (group, HAMMY_GROUP_STRENGTH) == 0 && hammy_frequency_is_calendar (value) &&
      hammy_frequency_get_min_gap (value) < 2)
    return refuse (error, _("Strength work needs a day to recover in between: every other day at most."));

  return TRUE;
}

/* ---- the record of days done --------------------------------------------------------- */

static void
insert_day (GArray  *days,
            guint32  julian)
{
  guint i = days->len;

  while (i > 0 && g_array_index (days, guint32, i - 1) > julian)
    i--;
  if (i > 0 && g_array_index (days, guint32, i - 1) == julian)
    return;
  g_array_insert_val (days, i, julian);
}

static GArray *
new_days (void)
{
  return g_array_new (FALSE, FALSE, sizeof (guint32));
}

HammyDoneRecord *
hammy_done_record_new (void)
{
  HammyDoneRecord *self = g_new0 (HammyDoneRecord, 1);

  self->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  self->heavy = new_days ();
  self->runs = new_days ();
  self->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

HammyDoneRecord *
hammy_done_record_copy (const HammyDoneRecord *self)
{
  HammyDoneRecord *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = hammy_done_record_new ();
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->days, g_strdup (key), g_array_copy (value));
  g_array_append_vals (copy->heavy, self->heavy->data, self->heavy->len);
  g_array_append_vals (copy->runs, self->runs->data, self->runs->len);
  g_hash_table_iter_init (&iter, self->first);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->first, g_strdup (key), value);

  return copy;
}

void
hammy_done_record_free (HammyDoneRecord *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->days);
  g_array_unref (self->heavy);
  g_array_unref (self->runs);
  g_hash_table_unref (self->first);
  g_free (self);
}

/* @exercise was done on @day; @heavy: as heavy lengthening work. */
void
hammy_done_record_add (HammyDoneRecord *self,
                       const char      *exercise,
                       const GDate     *day,
                       gboolean         heavy)
{
  GArray *days;

  g_return_if_fail (self != NULL && exercise != NULL && day != NULL);

  days = g_hash_table_lookup (self->days, exercise);
  if (days == NULL)
    {
      days = new_days ();
      g_hash_table_insert (self->days, g_strdup (exercise), days);
    }
  insert_day (days, g_date_get_julian (day));
  if (heavy)
    insert_day (self->heavy, g_date_get_julian (day));
}

void
hammy_done_record_add_run (HammyDoneRecord *self,
                           const GDate     *day)
{
  g_return_if_fail (self != NULL && day != NULL);
  insert_day (self->runs, g_date_get_julian (day));
}

/* The first day @exercise was ever done in this profile, from the log's own index. */
void
hammy_done_record_set_first (HammyDoneRecord *self,
                             const char      *exercise,
                             const GDate     *day)
{
  g_return_if_fail (self != NULL && exercise != NULL && day != NULL);
  g_hash_table_insert (self->first, g_strdup (exercise), GUINT_TO_POINTER (g_date_get_julian (day)));
}

/* Whether @exercise was done on some day before @before: not new to the person then. */
gboolean
hammy_done_record_knows (const HammyDoneRecord *self,
                         const char            *exercise,
                         const GDate           *before)
{
  GArray *days;
  gpointer first;

  g_return_val_if_fail (self != NULL && before != NULL, FALSE);

  if (g_hash_table_lookup_extended (self->first, exercise, NULL, &first) &&
      GPOINTER_TO_UINT (first) < g_date_get_julian (before))
    return TRUE;

  days = g_hash_table_lookup (self->days, exercise);
  return days != NULL && days->len > 0 && g_array_index (days, guint32, 0) < g_date_get_julian (before);
}

static gboolean
last_before (GArray  *days,
             guint32  before,
             guint32 *last)
{
  for (guint i = days != NULL ? days->len : 0; i > 0; i--)
    if (g_array_index (days, guint32, i - 1) < before)
      {
        *last = g_array_index (days, guint32, i - 1);
        return TRUE;
      }

  return FALSE;
}

gboolean
hammy_done_record_get_last (const HammyDoneRecord *self,
                            const char            *exercise,
                            const GDate           *before,
                            GDate                 *last)
{
  guint32 julian;

  g_return_val_if_fail (self != NULL && before != NULL, FALSE);

  if (!last_before (g_hash_table_lookup (self->days, exercise), g_date_get_julian (before), &julian))
    return FALSE;
  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_julian (last, julian);
    }
  return TRUE;
}

static gboolean
has_day (GArray  *days,
         guint32  julian)
{
  for (guint i = 0; days != NULL && i < days->len; i++)
    if (g_array_index (days, guint32, i) == julian)
      return TRUE;
  return FALSE;
}

gboolean
hammy_done_record_did_heavy (const HammyDoneRecord *self,
                             const GDate           *day)
{
  g_return_val_if_fail (self != NULL && day != NULL, FALSE);
  return has_day (self->heavy, g_date_get_julian (day));
}

/* Days of @days from @first to @last, both included. */
static guint
count_days (GArray  *days,
            guint32  first,
            guint32  last)
{
  guint n = 0;

  for (guint i = 0; days != NULL && i < days->len; i++)
    {
      guint32 day = g_array_index (days, guint32, i);

      n += day >= first && day <= last;
    }

  return n;
}

/* Heavy lengthening, as the group counts it: rdl-wall counts only at a heavy load. A load the
 * log does not know (an older Hammy kept none) counts as heavy: the safer reading. */
static gboolean
exercise_is_heavy (HammyLibrary *library,
                   const char   *exercise,
                   const char   *load)
{
  HammyExercise *found = hammy_library_lookup_exercise (library, exercise);
  const HammySchedule *schedule = found != NULL ? hammy_exercise_get_schedule (found) : NULL;

  if (schedule == NULL || g_strcmp0 (schedule->group, HAMMY_GROUP_HEAVY_LENGTHENING) != 0)
    return FALSE;
  if (schedule->group_load == NULL || load == NULL)
    return TRUE;

  return hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, load) >=
         hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, schedule->group_load);
}

gboolean
hammy_schedule_item_is_heavy (HammyPlan           *plan,
                              const HammyPlanItem *item)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan) && item != NULL, FALSE);
  return exercise_is_heavy (hammy_plan_get_library (plan), item->exercise, item->load);
}

/* What the log shows from @first to @last: each exercise's days, the heavy days and the run
 * days (a ladder run, or an item of the routine before runs), and when each exercise of the
 * plan was first done. Only the sessions of those days are read. */
HammyDoneRecord *
hammy_done_record_new_from_log (HammyLog    *log,
                                HammyPlan   *plan,
                                const GDate *first,
                                const GDate *last)
{
  HammyDoneRecord *self;
  HammyLibrary *library;
  g_autoptr(GHashTable) routine = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) from = NULL;

  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  self = hammy_done_record_new ();
  library = hammy_plan_get_library (plan);
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      GDate day;

      if (g_strcmp0 (item->frequency, hammy_frequency_to_id (HAMMY_FREQUENCY_BEFORE_RUNS)) == 0)
        g_hash_table_add (routine, item->exercise);
      if (hammy_log_get_first_done (log, item->exercise, &day))
        hammy_done_record_set_first (self, item->exercise, &day);
    }

  from = hammy_day_at (first, 0, 0);
  for (guint i = hammy_log_find_session (log, g_date_time_to_unix (from)); i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      GDate day;

      hammy_day_of_unix (session->started, &day);
      if (g_date_compare (&day, last) > 0)
        break;
      if (g_date_compare (&day, first) < 0 || session->status == HAMMY_SESSION_SKIPPED)
        continue;

      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          if (g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) == 0 || g_hash_table_contains (routine, set->exercise))
            hammy_done_record_add_run (self, &day);
          hammy_done_record_add (self, set->exercise, &day, exercise_is_heavy (library, set->exercise, set->load));
        }
    }

  return self;
}

/* ---- a day's list -------------------------------------------------------------------- */

static HammyFrequency
frequency_of (const char *id)
{
  HammyFrequency frequency = HAMMY_FREQUENCY_DAILY;

  hammy_frequency_from_id (id, &frequency);
  return frequency;
}

/* The less often of two calendar frequencies. */
static HammyFrequency
less_often (HammyFrequency a,
            HammyFrequency b)
{
  if (!hammy_frequency_is_calendar (a) || !hammy_frequency_is_calendar (b))
    return a;
  return MAX (a, b);
}

/* The item's frequency on @day: a build-up counts its weeks from the day the item came into the
 * plan (the Nordic: once, then twice a week before three); in the warm-up phase an exercise with
 * a keep frequency drops to it once built up (docs/programme.md, "Schedule"). */
HammyFrequency
hammy_schedule_get_frequency (HammyPlan           *plan,
                              const HammyPlanItem *item,
                              const GDate         *day)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (hammy_plan_get_library (plan), item->exercise);
  const HammySchedule *schedule = exercise != NULL ? hammy_exercise_get_schedule (exercise) : NULL;
  HammyFrequency frequency = frequency_of (item->frequency);
  guint n_build_up;
  int week;

  if (schedule == NULL || !g_date_valid (&item->added) || g_date_compare (day, &item->added) < 0)
    return frequency;

  week = hammy_days_between (&item->added, day) / 7;
  n_build_up = schedule->build_up != NULL ? g_strv_length (schedule->build_up) : 0;
  if ((guint) week < n_build_up)
    return less_often (frequency, frequency_of (schedule->build_up[week]));
  if (schedule->keep != NULL && hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_WARMUP &&
      (guint) week >= n_build_up + HAMMY_SCHEDULE_FULL_WEEKS)
    return less_often (frequency, frequency_of (schedule->keep));

  return frequency;
}

/* How often @item is done as of @day, as words inside a sentence: “every other day”; while it
 * builds up, where it is heading (“once a week for now, building up to three times a week”), and
 * once it is kept up at less than its frequency, that it is kept. */
char *
hammy_schedule_dup_frequency_text (HammyPlan           *plan,
                                   const HammyPlanItem *item,
                                   const GDate         *day)
{
  HammyExercise *exercise;
  const HammySchedule *schedule;
  HammyFrequency planned, now;
  const char *planned_words, *now_words;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (item != NULL && day != NULL, NULL);

  planned = frequency_of (item->frequency);
  now = hammy_schedule_get_frequency (plan, item, day);
  planned_words = hammy_frequency_get_phrase (hammy_frequency_to_id (planned));
  if (now == planned)
    return g_strdup (planned_words);

  now_words = hammy_frequency_get_phrase (hammy_frequency_to_id (now));
  exercise = hammy_library_lookup_exercise (hammy_plan_get_library (plan), item->exercise);
  schedule = exercise != NULL ? hammy_exercise_get_schedule (exercise) : NULL;
  if (schedule != NULL && schedule->keep != NULL && frequency_of (schedule->keep) == now &&
      hammy_days_between (&item->added, day) / 7 >= (int) (schedule->build_up != NULL ? g_strv_length (schedule->build_up) : 0))
    /* Translators: how often, kept up after the build-up, such as “once a week, to keep the strength you built” */
    return g_strdup_printf (_("%s, to keep the strength you built"), now_words);

  /* Translators: how often this week, then how often once built up, such as
   * “once a week for now, building up to three times a week” */
  return g_strdup_printf (_("%s for now, building up to %s"), now_words, planned_words);
}

/* The dose of @item and how often, in words, as Today, the plan editor and the handout all say
 * it: “3 sets of 12 repetitions on each side, every other day”. The plan's own numbers, never
 * the library's ranges: the plan is what steps up. */
char *
hammy_schedule_dup_dose_text (HammyPlan           *plan,
                              const HammyPlanItem *item,
                              const GDate         *day)
{
  HammyDosage dosage = { 0 };
  g_autofree char *amount = NULL;
  g_autofree char *often = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (item != NULL && day != NULL, NULL);

  dosage.sets = item->sets;
  dosage.reps = item->reps;
  dosage.hold_seconds = item->hold_seconds;
  dosage.per_side = item->per_side;
  amount = hammy_dosage_format_words (&dosage);
  often = hammy_schedule_dup_frequency_text (plan, item, day);
  if (often == NULL)
    return g_steal_pointer (&amount);

  /* Translators: a dose and how often, such as “3 sets of 12 repetitions on each side, twice a day” */
  return g_strdup_printf (_("%s, %s"), amount, often);
}

/* Whether the calendar puts something done at @frequency on @day, after @days. */
static gboolean
calendar_allows (GArray         *days,
                 HammyFrequency  frequency,
                 const GDate    *day)
{
  guint32 julian = g_date_get_julian (day);
  guint32 last;

  if (frequency == HAMMY_FREQUENCY_TWICE_A_DAY || frequency == HAMMY_FREQUENCY_DAILY)
    return TRUE;
  if (last_before (days, julian, &last) && julian - last < hammy_frequency_get_min_gap (frequency))
    return FALSE;

  return count_days (days, julian - 6, julian - 1) < hammy_frequency_get_per_week (frequency);
}

gboolean
hammy_schedule_offers_runs (HammyPlan *plan)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  return hammy_plan_get_runs (plan) != NULL;
}

typedef struct
{
  const HammyScheduleInput *input;
  const HammyDoneRecord    *record;
  const GDate              *day;
  HammyHeld                *held;
  GArray                   *due;
  guint                     new_limit;
  guint                     n_new;
  guint                     n_heavy;
  HammyHeld                 heavy_blocked;
  gboolean                  strength;   /* strength or heavy lengthening work is due */
  gboolean                  run;
} Day;

static void
hold (Day       *d,
      guint      item,
      HammyHeld  reason)
{
  if (d->held != NULL)
    d->held[item] = reason;
}

/* Waiting and resting hold an item whatever its frequency. */
static gboolean
held_by_plan (Day                 *d,
              guint                index,
              const HammyPlanItem *item)
{
  if (d->input->waiting != NULL && d->input->waiting[index])
    {
      hold (d, index, HAMMY_HELD_WAITING);
      return TRUE;
    }
  if (g_date_valid (&item->rest_until) && g_date_compare (d->day, &item->rest_until) < 0)
    {
      hold (d, index, HAMMY_HELD_REST);
      return TRUE;
    }

  return FALSE;
}

/* The last check every item passes: no more new exercises than the day allows. */
static gboolean
take (Day                 *d,
      guint                index,
      const HammyPlanItem *item,
      HammyFrequency       frequency,
      gboolean             heavy)
{
  gboolean is_new = !hammy_done_record_knows (d->record, item->exercise, d->day) &&
                    g_strcmp0 (item->group, HAMMY_GROUP_WALKING) != 0;
  HammyDue due = { 0 };

  if (is_new && d->n_new >= d->new_limit)
    {
      hold (d, index, HAMMY_HELD_NEW_LIMIT);
      return FALSE;
    }

  d->n_new += is_new;
  d->n_heavy += heavy;
  due.item = index;
  due.section = item->section == HAMMY_PLAN_SECTION_WARMUP ? HAMMY_DUE_WARMUP : HAMMY_DUE_CIRCUIT;
  due.occurrences = frequency == HAMMY_FREQUENCY_TWICE_A_DAY ? 2 : 1;
  due.is_new = is_new;
  g_array_append_val (d->due, due);
  hold (d, index, HAMMY_HELD_NONE);

  return TRUE;
}

/* Items done on days of the calendar, with the group's limits. */
static void
take_calendar_item (Day   *d,
                    guint  index)
{
  HammyPlan *plan = d->input->plan;
  const HammyPlanItem *item = hammy_plan_get_item (plan, index);
  HammyFrequency frequency = hammy_schedule_get_frequency (plan, item, d->day);
  gboolean heavy = hammy_schedule_item_is_heavy (plan, item);

  if (held_by_plan (d, index, item))
    return;
  if (!calendar_allows (g_hash_table_lookup (d->record->days, item->exercise), frequency, d->day))
    {
      hold (d, index, HAMMY_HELD_FREQUENCY);
      return;
    }
  if (heavy && d->heavy_blocked != HAMMY_HELD_NONE)
    {
      hold (d, index, d->heavy_blocked);
      return;
    }
  if (heavy && d->n_heavy >= HAMMY_SCHEDULE_HEAVY_PER_SESSION)
    {
      hold (d, index, HAMMY_HELD_HEAVY_SESSION);
      return;
    }

  if (take (d, index, item, frequency, heavy) &&
      (heavy || g_strcmp0 (item->group, HAMMY_GROUP_STRENGTH) == 0))
    d->strength = TRUE;
}

/* Items that follow strength work or a run. */
static void
take_following_item (Day   *d,
                     guint  index)
{
  const HammyPlanItem *item = hammy_plan_get_item (d->input->plan, index);
  HammyFrequency frequency = frequency_of (item->frequency);

  if (held_by_plan (d, index, item))
    return;
  if (frequency == HAMMY_FREQUENCY_WITH_SESSION && !d->strength)
    {
      hold (d, index, HAMMY_HELD_NO_STRENGTH);
      return;
    }
  if (frequency == HAMMY_FREQUENCY_BEFORE_RUNS && !d->run)
    {
      hold (d, index, HAMMY_HELD_NO_RUN);
      return;
    }

  take (d, index, item, frequency, FALSE);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const HammyDue *x = a, *y = b;

  /* The warm-up, then the run, then the circuit, each in the plan's order. */
  if (x->section != y->section)
    return x->section == HAMMY_DUE_WARMUP ? -1 : y->section == HAMMY_DUE_WARMUP ? 1
         : x->section == HAMMY_DUE_RUN ? -1 : 1;
  return x->item < y->item ? -1 : x->item > y->item;
}

typedef struct
{
  guint   index;
  guint32 last;   /* the last day done, 0 when never */
} HeavyOrder;

static int
compare_heavy (gconstpointer a,
               gconstpointer b)
{
  const HeavyOrder *x = a, *y = b;

  if (x->last != y->last)
    return x->last < y->last ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* What the plan puts on @day, from what @record shows before it; @held (one per plan item, may be
 * NULL) says why each item that is not due is not. Of the ladder's run as an item, only whether
 * it is due is said. */
GArray *
hammy_schedule_get_due (const HammyScheduleInput *input,
                        const HammyDoneRecord    *record,
                        const GDate              *day,
                        HammyHeld                *held)
{
  HammyPlan *plan;
  guint n_items;
  guint32 julian;
  GDate started;
  g_autoptr(GArray) heavy = g_array_new (FALSE, FALSE, sizeof (HeavyOrder));
  Day d = { 0 };

  g_return_val_if_fail (input != NULL && HAMMY_IS_PLAN (input->plan), NULL);
  g_return_val_if_fail (record != NULL && day != NULL && g_date_valid (day), NULL);

  plan = input->plan;
  n_items = hammy_plan_get_n_items (plan);
  julian = g_date_get_julian (day);
  d.input = input;
  d.record = record;
  d.day = day;
  d.held = held;
  d.due = g_array_new (FALSE, TRUE, sizeof (HammyDue));
  d.new_limit = hammy_plan_get_started (plan, &started) && g_date_compare (&started, day) < 0
                ? HAMMY_SCHEDULE_NEW_PER_DAY : HAMMY_SCHEDULE_NEW_FIRST_DAY;

  if (has_day (record->heavy, julian - 1))
    d.heavy_blocked = HAMMY_HELD_HEAVY_YESTERDAY;
  else if (count_days (record->heavy, julian - 6, julian - 1) >= HAMMY_SCHEDULE_HEAVY_DAYS_PER_WEEK)
    d.heavy_blocked = HAMMY_HELD_HEAVY_WEEK;

  if (hammy_schedule_offers_runs (plan) && !input->no_runs)
    d.run = calendar_allows (record->runs, frequency_of (hammy_plan_get_runs (plan)), day);

  /* The circuit first, heavy work by who waited longest; then warm-ups on the calendar; then
   * what follows strength work or a run. */
  for (guint i = 0; i < n_items; i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      HeavyOrder order = { i, 0 };

      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || !hammy_frequency_is_calendar (frequency_of (item->frequency)) ||
          !hammy_schedule_item_is_heavy (plan, item))
        continue;
      last_before (g_hash_table_lookup (record->days, item->exercise), julian, &order.last);
      g_array_append_val (heavy, order);
    }
  g_array_sort (heavy, compare_heavy);
  for (guint i = 0; i < heavy->len; i++)
    take_calendar_item (&d, g_array_index (heavy, HeavyOrder, i).index);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_items; i++)
      {
        const HammyPlanItem *item = hammy_plan_get_item (plan, i);
        HammyPlanSection section = pass == 0 ? HAMMY_PLAN_SECTION_CIRCUIT : HAMMY_PLAN_SECTION_WARMUP;

        if (item->section != section || !hammy_frequency_is_calendar (frequency_of (item->frequency)) ||
            (section == HAMMY_PLAN_SECTION_CIRCUIT && hammy_schedule_item_is_heavy (plan, item)))
          continue;
        take_calendar_item (&d, i);
      }

  for (guint i = 0; i < n_items; i++)
    if (!hammy_frequency_is_calendar (frequency_of (hammy_plan_get_item (plan, i)->frequency)))
      take_following_item (&d, i);

  if (d.run && hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN)
    {
      HammyDue run = { HAMMY_SCHEDULE_RUN_ITEM, HAMMY_DUE_RUN, 1, FALSE };

      g_array_append_val (d.due, run);
    }

  g_array_sort (d.due, compare_due);
  return d.due;
}

/* The week ahead from @first, as it would go if everything due were done on its day: one array
 * of HammyDue a day. */
GPtrArray *
hammy_schedule_project (const HammyScheduleInput *input,
                        const HammyDoneRecord    *record,
                        const GDate              *first,
                        guint                     n_days)
{
  g_autoptr(HammyDoneRecord) ahead = NULL;
  GPtrArray *days;
  GDate day;

  g_return_val_if_fail (input != NULL && record != NULL && first != NULL, NULL);

  ahead = hammy_done_record_copy (record);
  days = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  day = *first;
  for (guint i = 0; i < n_days; i++, g_date_add_days (&day, 1))
    {
      GArray *due = hammy_schedule_get_due (input, ahead, &day, NULL);

      for (guint j = 0; j < due->len; j++)
        {
          const HammyDue *entry = &g_array_index (due, HammyDue, j);
          const HammyPlanItem *item;

          if (entry->item == HAMMY_SCHEDULE_RUN_ITEM)
            {
              hammy_done_record_add_run (ahead, &day);
              continue;
            }
          item = hammy_plan_get_item (input->plan, entry->item);
          hammy_done_record_add (ahead, item->exercise, &day, hammy_schedule_item_is_heavy (input->plan, item));
          if (g_strcmp0 (item->frequency, hammy_frequency_to_id (HAMMY_FREQUENCY_BEFORE_RUNS)) == 0)
            hammy_done_record_add_run (ahead, &day);
        }
      g_ptr_array_add (days, due);
    }

  return days;
}
