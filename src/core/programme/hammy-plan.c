/* hammy-plan.c: the programme a person works through: its phase, its exercises each on days of
 * their own, its notes, the record the programme keeps and the signal that it changed. Hammy
 * makes a plan in hammy-planner.c, hammy-plan-edit.c edits it, and hammy-plan-file.c reads and
 * writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-days.h"
#include "hammy-frequency.h"
#include "hammy-pain.h"
#include "hammy-plan-private.h"

G_DEFINE_FINAL_TYPE (HammyPlan, hammy_plan, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HammyPlanItem, hammy_plan_item, hammy_plan_item_copy, hammy_plan_item_free)

G_DEFINE_QUARK (hammy-plan-error-quark, hammy_plan_error)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The return-to-running ladder (docs/content.md, "Back to running"): walking and jogging first,
 * then easy running at half speed or less, then 70%, then 90%, then strides. Each step is
 * done until it is pain-free during the run and the next morning, then the next one. */
static const struct
{
  const char *title;
  const char *description;
} ladder_steps[] = {
  { N_("Walk and Jog 1"),
    N_("Walk 4 minutes, then jog 1 minute, five times through: 25 minutes. Jog slowly enough to talk in full sentences.") },
  { N_("Walk and Jog 2"),
    N_("Walk 3 minutes, then jog 2 minutes, five times through: 25 minutes, on flat ground.") },
  { N_("Walk and Jog 3"),
    N_("Walk 1 minute, then jog 4 minutes, five times through: 25 minutes, on flat ground.") },
  { N_("Easy Run"),
    N_("Run 20 minutes without walking breaks at an easy pace, half your top speed or less: you can still chat.") },
  { N_("Steady Pickups"),
    /* xgettext:no-c-format */
    N_("After 10 minutes of easy running, run 6 pickups of 20 seconds at about 70% of your top speed, walking a minute after each, then 5 minutes easy.") },
  { N_("Fast Pickups"),
    N_("After 10 minutes of easy running, run 6 pickups of 20 seconds at about 90%, fast but relaxed, walking 2 minutes after each, then 5 minutes easy.") },
  { N_("Strides and Sprints"),
    N_("After the warm-up and 10 minutes easy, run 4 to 6 strides of about 60 metres, building up to near full speed, walking back after each. Hills and sprint sessions come after this step.") },
};

static gboolean
get_day (const GDate *day,
         GDate       *out)
{
  if (!g_date_valid (day))
    return FALSE;
  if (out != NULL)
    *out = *day;
  return TRUE;
}

static char *
day_of (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d");
}

static void
change_clear (HammyPlanChange *change)
{
  g_free (change->rule);
  g_free (change->exercise);
}

static void
check_clear (HammyPlanCheck *check)
{
  g_clear_pointer (&check->answers, json_object_unref);
}

static void
hammy_plan_finalize (GObject *object)
{
  HammyPlan *self = HAMMY_PLAN (object);

  g_clear_object (&self->library);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_clear_pointer (&self->since, g_date_time_unref);
  g_free (self->note);
  g_free (self->private_note);
  g_free (self->stopped);
  g_free (self->stopped_sign);
  g_free (self->declined_on);
  g_ptr_array_unref (self->declined);
  g_array_unref (self->items);
  g_free (self->picture);
  g_ptr_array_unref (self->flags);
  g_free (self->runs);
  g_array_unref (self->changes);
  g_array_unref (self->checks);
  g_free (self->checkin_seen);
  g_free (self->migration_text);

  G_OBJECT_CLASS (hammy_plan_parent_class)->finalize (object);
}

static void
hammy_plan_class_init (HammyPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_plan_finalize;

  /* Anything in the plan changed: an edit, a proposal taken, a stop, a declined proposal. */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hammy_plan_init (HammyPlan *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (HammyPlanItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) hammy_plan_item_clear);
  self->declined = g_ptr_array_new_with_free_func (g_free);
  self->flags = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->flags, NULL);
  self->changes = g_array_new (FALSE, TRUE, sizeof (HammyPlanChange));
  g_array_set_clear_func (self->changes, (GDestroyNotify) change_clear);
  self->checks = g_array_new (FALSE, TRUE, sizeof (HammyPlanCheck));
  g_array_set_clear_func (self->checks, (GDestroyNotify) check_clear);
  g_date_clear (&self->onset, 1);
  g_date_clear (&self->started, 1);
  g_date_clear (&self->phase_since, 1);
  g_date_clear (&self->migration_day, 1);
}

HammyPlanItem *
hammy_plan_item_copy (const HammyPlanItem *item)
{
  HammyPlanItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_new0 (HammyPlanItem, 1);
  hammy_plan_item_copy_into (copy, item);
  return copy;
}

void
hammy_plan_item_free (HammyPlanItem *item)
{
  if (item == NULL)
    return;
  hammy_plan_item_clear (item);
  g_free (item);
}

/* The dose as a person reads it, such as “3 × 12 each side · Medium · Every other day”. */
char *
hammy_plan_item_dup_dosage_text (const HammyPlanItem *item)
{
  HammyDosage dosage = { 0 };

  g_return_val_if_fail (item != NULL, NULL);

  dosage.sets = item->sets;
  dosage.reps = item->reps;
  dosage.hold_seconds = item->hold_seconds;
  dosage.per_side = item->per_side;
  dosage.load = item->load;
  dosage.frequency = item->frequency;

  return hammy_dosage_format (&dosage);
}

HammyLibrary *
hammy_plan_get_library (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->library;
}

HammyTriagePhase
hammy_plan_get_phase (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), HAMMY_TRIAGE_PHASE_REFER);
  return self->phase;
}

GDateTime *
hammy_plan_get_created (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->created;
}

GDateTime *
hammy_plan_get_assessment (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->assessment;
}

gboolean
hammy_plan_get_edited (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return self->edited;
}

gboolean
hammy_plan_get_imported (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return self->imported;
}

const char *
hammy_plan_get_note (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->note;
}

/* The person's own note: kept in the data folder and in backups, never in a plan file. */
const char *
hammy_plan_get_private_note (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->private_note;
}

guint
hammy_plan_get_n_items (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->items->len;
}

const HammyPlanItem *
hammy_plan_get_item (HammyPlan *self,
                     guint      index)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return hammy_plan_get_item_mutable (self, index);
}

/* The index of the first item for @exercise, or -1. */
int
hammy_plan_find_item (HammyPlan  *self,
                      const char *exercise)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (hammy_plan_get_item_mutable (self, i)->exercise, exercise) == 0)
      return i;

  return -1;
}

/* The step of the running ladder the person is on; 0 outside the return phase. */
guint
hammy_plan_get_ladder_step (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->ladder_step;
}

GDateTime *
hammy_plan_get_since (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->since;
}

/* The day of the morning check-in whose warning sign stopped the plan, or NULL. */
const char *
hammy_plan_get_stopped (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->stopped;
}

const char *
hammy_plan_get_stopped_sign (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->stopped_sign;
}

/* What running is right in this phase (docs/content.md: back to running, and rest). */
const char *
hammy_plan_get_running_advice (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  switch (self->phase)
    {
    case HAMMY_TRIAGE_PHASE_CALM:
      return _("No running for now. Walk as much as is comfortable, and make the walk shorter if the pain builds as you go.");
    case HAMMY_TRIAGE_PHASE_BUILD:
      return _("Easy running is fine only if it does not hurt, or the pain fades as you warm up and the next morning is no worse. "
               "No speed work and no hills yet. If running hurts more as it goes on, stop, and cycle or swim instead while they are pain-free.");
    case HAMMY_TRIAGE_PHASE_LOAD:
      return _("Keep any running easy, and only where it does not hurt or the pain fades as you warm up, with no worse next morning. "
               "Speed work and hills wait for the running ladder in the next phase.");
    case HAMMY_TRIAGE_PHASE_RETURN:
      return _("Follow the running ladder one step at a time: move up only when the step you are on was pain-free during the run "
               "and the next morning. Easy running comes first; speed work and hills come last.");
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return _("Run as you feel able. Do the warm-up before each run, and keep up the strength work.");
    case HAMMY_TRIAGE_PHASE_KEEP:
      return _("Run as you feel able, adding no more than about a tenth to your week's running each week, "
               "with speed and hills last.");
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return _("No running for now. Walking within comfort is fine.");
    }
}

const char *
hammy_plan_get_picture (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->picture;
}

/* NULL-terminated; empty when none, or not known. */
const char * const *
hammy_plan_get_flags (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return (const char * const *) self->flags->pdata;
}

gboolean
hammy_plan_has_flag (HammyPlan  *self,
                     const char *flag)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return flag != NULL && g_strv_contains ((const char * const *) self->flags->pdata, flag);
}

/* The most an exercise may hurt for the plan's picture (docs/programme.md, "Words"). */
int
hammy_plan_get_pain_cap (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), HAMMY_PAIN_ACCEPTABLE_MAX);
  return hammy_pain_get_cap (self->picture, hammy_plan_get_flags (self));
}

/* The day it started, as the check that made the plan implies: FALSE when not known. */
gboolean
hammy_plan_get_onset (HammyPlan *self,
                      GDate     *onset)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return get_day (&self->onset, onset);
}

/* The programme's first day: new exercises are limited from the day after. */
gboolean
hammy_plan_get_started (HammyPlan *self,
                        GDate     *started)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return get_day (&self->started, started);
}

gboolean
hammy_plan_get_phase_since (HammyPlan *self,
                            GDate     *since)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return get_day (&self->phase_since, since);
}

/* How often the plan offers a run (a frequency id), or NULL when it offers none. */
const char *
hammy_plan_get_runs (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->runs;
}

guint
hammy_plan_get_n_changes (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->changes->len;
}

/* Oldest first. */
const HammyPlanChange *
hammy_plan_get_change (HammyPlan *self,
                       guint      index)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return &g_array_index (self->changes, HammyPlanChange, index);
}

guint
hammy_plan_get_n_checks (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->checks->len;
}

/* Oldest first. */
const HammyPlanCheck *
hammy_plan_get_check (HammyPlan *self,
                      guint      index)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->checks->len, NULL);
  return &g_array_index (self->checks, HammyPlanCheck, index);
}

/* On the day a plan from an older Hammy was brought up to date: what changed, in one sentence.
 * NULL on any other day. */
const char *
hammy_plan_get_migration_text (HammyPlan   *self,
                               const GDate *today)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!g_date_valid (&self->migration_day) || g_date_compare (&self->migration_day, today) != 0)
    return NULL;
  return self->migration_text;
}

/* Only today's answers are kept: tomorrow everything may be offered again. */
void
hammy_plan_decline (HammyPlan  *self,
                    const char *key,
                    GDateTime  *today)
{
  g_autofree char *day = NULL;

  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (key != NULL && strlen (key) <= HAMMY_PLAN_MAX_DECLINED_KEY);
  g_return_if_fail (today != NULL);

  day = day_of (today);
  if (g_strcmp0 (self->declined_on, day) != 0)
    {
      g_free (self->declined_on);
      self->declined_on = g_steal_pointer (&day);
      g_ptr_array_set_size (self->declined, 0);
    }
  if (hammy_plan_is_declined (self, key, today) || self->declined->len >= HAMMY_PLAN_MAX_DECLINED)
    return;

  g_ptr_array_add (self->declined, g_strdup (key));
  hammy_plan_emit_changed (self, FALSE);
}

gboolean
hammy_plan_is_declined (HammyPlan  *self,
                        const char *key,
                        GDateTime  *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  day = day_of (today);
  if (g_strcmp0 (self->declined_on, day) != 0)
    return FALSE;
  for (guint i = 0; i < self->declined->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->declined, i), key) == 0)
      return TRUE;

  return FALSE;
}

const char *
hammy_plan_section_get_title (HammyPlanSection section)
{
  return section == HAMMY_PLAN_SECTION_WARMUP ? _("Warm-Up") : _("Circuit");
}

guint
hammy_plan_get_n_ladder_steps (void)
{
  return G_N_ELEMENTS (ladder_steps);
}

const char *
hammy_plan_ladder_step_get_title (guint step)
{
  g_return_val_if_fail (step < G_N_ELEMENTS (ladder_steps), NULL);
  return _(ladder_steps[step].title);
}

const char *
hammy_plan_ladder_step_get_description (guint step)
{
  g_return_val_if_fail (step < G_N_ELEMENTS (ladder_steps), NULL);
  return _(ladder_steps[step].description);
}

/* ---- hammy-plan-private.h ------------------------------------------------------------ */

HammyClock *
hammy_plan_get_clock (HammyPlan *self)
{
  return self->clock != NULL ? self->clock : hammy_clock_get_default ();
}

void
hammy_plan_emit_changed (HammyPlan *self,
                         gboolean   by_hand)
{
  if (by_hand)
    self->edited = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

HammyPlanItem *
hammy_plan_get_item_mutable (HammyPlan *self,
                             guint      index)
{
  return &g_array_index (self->items, HammyPlanItem, index);
}

void
hammy_plan_item_copy_into (HammyPlanItem       *to,
                           const HammyPlanItem *from)
{
  *to = *from;
  to->exercise = g_strdup (from->exercise);
  to->load = g_strdup (from->load);
  to->note = g_strdup (from->note);
  to->frequency = g_strdup (from->frequency);
  to->group = g_strdup (from->group);
  to->waits = g_strdup (from->waits);
}

void
hammy_plan_item_clear_days (HammyPlanItem *item)
{
  g_date_clear (&item->added, 1);
  g_date_clear (&item->changed, 1);
  g_date_clear (&item->rest_until, 1);
}

void
hammy_plan_item_init_from_library (HammyPlanItem    *item,
                                   HammyExercise    *exercise,
                                   HammyPlanSection  section)
{
  const HammyDosage *dosage = hammy_exercise_get_dosage (exercise);
  const HammySchedule *schedule = hammy_exercise_get_schedule (exercise);

  item->exercise = g_strdup (hammy_exercise_get_id (exercise));
  item->sets = dosage->sets;
  item->reps = dosage->reps;
  item->hold_seconds = dosage->hold_seconds;
  item->per_side = dosage->per_side;
  item->load = g_strdup (dosage->load);
  item->note = NULL;
  item->section = section;
  item->frequency = g_strdup (schedule->frequency);
  item->group = g_strdup (schedule->group);
  item->waits = NULL;
  hammy_plan_item_clear_days (item);
}

const char *
hammy_plan_get_section_frequency (HammyExercise    *exercise,
                                  HammyPlanSection  section)
{
  const char *frequency = hammy_exercise_get_schedule (exercise)->frequency;
  HammyFrequency value;

  if (section == HAMMY_PLAN_SECTION_CIRCUIT && hammy_frequency_from_id (frequency, &value) &&
      !hammy_frequency_is_calendar (value))
    return hammy_frequency_to_id (HAMMY_FREQUENCY_DAILY);

  return frequency;
}

void
hammy_plan_set_clock (HammyPlan  *self,
                      HammyClock *clock)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (clock == NULL || HAMMY_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

void
hammy_plan_get_today (HammyPlan *self,
                      GDate     *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (today != NULL);

  now = hammy_clock_dup_wall_time (hammy_plan_get_clock (self));
  hammy_day_of_time (now, today);
}

void
hammy_plan_set_since (HammyPlan *self,
                      GDateTime *since)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));

  g_clear_pointer (&self->since, g_date_time_unref);
  self->since = since != NULL ? g_date_time_to_utc (since) : NULL;
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_stop (HammyPlan  *self,
                 const char *date,
                 const char *sign)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (hammy_day_parse (date, NULL));

  if (self->stopped != NULL)
    return;
  self->stopped = g_strdup (date);
  self->stopped_sign = g_strdup (sign);
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_resume (HammyPlan *self)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));

  if (self->stopped == NULL)
    return;
  g_clear_pointer (&self->stopped, g_free);
  g_clear_pointer (&self->stopped_sign, g_free);
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_set_context (HammyPlan          *self,
                        const char         *picture,
                        const char * const *flags,
                        const GDate        *onset)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));

  g_free (self->picture);
  self->picture = g_strdup (picture);
  g_ptr_array_set_size (self->flags, 0);
  for (guint i = 0; flags != NULL && flags[i] != NULL; i++)
    g_ptr_array_add (self->flags, g_strdup (flags[i]));
  g_ptr_array_add (self->flags, NULL);
  if (onset != NULL && g_date_valid (onset))
    self->onset = *onset;
  else
    g_date_clear (&self->onset, 1);
}

void
hammy_plan_set_runs (HammyPlan  *self,
                     const char *frequency)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (frequency == NULL || hammy_frequency_from_id (frequency, NULL));

  g_free (self->runs);
  self->runs = g_strdup (frequency);
}

void
hammy_plan_set_days (HammyPlan   *self,
                     const GDate *started,
                     const GDate *phase_since)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (started != NULL && g_date_valid (started));
  g_return_if_fail (phase_since != NULL && g_date_valid (phase_since));

  self->started = *started;
  self->phase_since = *phase_since;
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_take_items (HammyPlan *self,
                       GArray    *items)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (items != NULL && g_array_get_element_size (items) == sizeof (HammyPlanItem));

  g_array_unref (self->items);
  self->items = items;
  g_array_set_clear_func (self->items, (GDestroyNotify) hammy_plan_item_clear);
}

gboolean
hammy_plan_item_init_easiest (HammyPlanItem    *item,
                              HammyLibrary     *library,
                              const char       *exercise,
                              HammyPlanSection  section,
                              const GDate      *today)
{
  HammyExercise *found = hammy_library_lookup_exercise (library, exercise);

  g_return_val_if_fail (found != NULL && hammy_exercise_get_kind (found) == HAMMY_EXERCISE_KIND_EXERCISE, FALSE);

  hammy_plan_item_init_from_library (item, found, section);
  g_free (item->load);
  item->load = g_strdup (hammy_plan_get_start_load (hammy_exercise_get_dosage (found)->load));
  g_free (item->frequency);
  item->frequency = g_strdup (hammy_plan_get_section_frequency (found, section));
  if (today != NULL && g_date_valid (today))
    {
      item->added = *today;
      item->changed = *today;
    }

  return TRUE;
}

void
hammy_plan_item_clear (HammyPlanItem *item)
{
  g_free (item->exercise);
  g_free (item->load);
  g_free (item->note);
  g_free (item->frequency);
  g_free (item->group);
  g_free (item->waits);
}

const char *
hammy_plan_get_start_load (const char *load)
{
  static const char * const start[][2] = {
    { "bodyweight", "bodyweight" }, { "light", "light" }, { "medium", "bodyweight" }, { "heavy", "light" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (start); i++)
    if (g_strcmp0 (start[i][0], load) == 0)
      return start[i][1];

  return "bodyweight";
}

void
hammy_plan_add_change (HammyPlan           *self,
                       const GDate         *date,
                       HammyPlanChangeKind  kind,
                       const char          *rule,
                       const char          *exercise)
{
  HammyPlanChange change = { 0 };

  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  change.date = *date;
  change.kind = kind;
  change.rule = g_strdup (rule);
  change.exercise = g_strdup (exercise);
  g_array_append_val (self->changes, change);
  if (self->changes->len > HAMMY_PLAN_MAX_CHANGES)
    g_array_remove_index (self->changes, 0);
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_add_check (HammyPlan            *self,
                      const GDate          *date,
                      HammyTriagePhase      phase,
                      HammyPlanCheckResult  result,
                      guint                 counted,
                      JsonObject           *answers)
{
  HammyPlanCheck check = { 0 };

  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  check.date = *date;
  check.phase = phase;
  check.result = result;
  check.counted = counted;
  check.answers = answers;
  g_array_append_val (self->checks, check);
  if (self->checks->len > HAMMY_PLAN_MAX_CHECKS)
    g_array_remove_index (self->checks, 0);
  hammy_plan_emit_changed (self, FALSE);
}

const char *
hammy_plan_get_checkin_seen (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->checkin_seen;
}

void
hammy_plan_set_checkin_seen (HammyPlan  *self,
                             const char *date)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (hammy_day_parse (date, NULL));

  if (g_strcmp0 (self->checkin_seen, date) == 0)
    return;
  g_free (self->checkin_seen);
  self->checkin_seen = g_strdup (date);
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_set_item_rest_until (HammyPlan   *self,
                                guint        index,
                                const GDate *day)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (index < self->items->len);
  g_return_if_fail (day != NULL && g_date_valid (day));

  hammy_plan_get_item_mutable (self, index)->rest_until = *day;
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_set_item_changed (HammyPlan   *self,
                             guint        index,
                             const GDate *day)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (index < self->items->len);
  g_return_if_fail (day != NULL && g_date_valid (day));

  hammy_plan_get_item_mutable (self, index)->changed = *day;
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_replace_item (HammyPlan           *self,
                         guint                index,
                         const HammyPlanItem *item)
{
  HammyPlanItem copy;

  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (index < self->items->len);
  g_return_if_fail (item != NULL && item->exercise != NULL);

  hammy_plan_item_copy_into (&copy, item);
  hammy_plan_item_clear (hammy_plan_get_item_mutable (self, index));
  *hammy_plan_get_item_mutable (self, index) = copy;
  hammy_plan_emit_changed (self, FALSE);
}

void
hammy_plan_move_ladder (HammyPlan *self,
                        guint      step)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (step < G_N_ELEMENTS (ladder_steps));

  if (self->ladder_step == step)
    return;
  self->ladder_step = step;
  hammy_plan_emit_changed (self, FALSE);
}

gint64
hammy_plan_get_migrated_from (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->migrated_from;
}

/* The day the migration was finished; FALSE while it is not. */
gboolean
hammy_plan_get_migration_day (HammyPlan *self,
                              GDate     *day)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return get_day (&self->migration_day, day);
}

void
hammy_plan_set_migration (HammyPlan   *self,
                          const GDate *date,
                          const char  *text)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->migration_day = *date;
  g_free (self->migration_text);
  self->migration_text = g_strndup (text, HAMMY_PLAN_MAX_NOTE);
  hammy_plan_emit_changed (self, FALSE);
}
