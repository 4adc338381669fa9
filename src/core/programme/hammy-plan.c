/* hammy-plan.c: the programme a person works through: its phase, its exercises each on days of
 * their own, as Hammy makes it, as a person edits it and as a plan file carries it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-days.h"
#include "hammy-json-guard.h"
#include "hammy-log.h"
#include "hammy-pain.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-vocabulary.h"

#define MAX_ID    64
#define MAX_FLAGS 16

static gboolean migrate_plan      (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);
static gboolean migrate_plan_file (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);

/* Version 2 added the warm-up section, the running ladder, the private note and what
 * progression keeps (since, stopped, declined). Version 3 gives each item its frequency, group,
 * days and what it waits for, and the plan its picture, flags, days, run days, changes, phase
 * checks and the warning sign that stopped it (docs/programme.md). */
const HammyStoreFormat hammy_plan_format = {
  .name = "hammy-plan",
  .version = 3,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan,
};

const HammyStoreFormat hammy_plan_file_format = {
  .name = "hammy-plan-file",
  .version = 3,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan_file,
};

G_DEFINE_FINAL_TYPE (HammyPlan, hammy_plan, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HammyPlanItem, hammy_plan_item, hammy_plan_item_copy, hammy_plan_item_free)

G_DEFINE_QUARK (hammy-plan-error-quark, hammy_plan_error)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const section_ids[] = { "warmup", "circuit", NULL };
static const char * const change_ids[] = { "step-back", "step-up", "phase-up", "phase-back", NULL };
static const char * const check_ids[] = { "passed", "failed", "declined", "answered", NULL };

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

/* ---- items --------------------------------------------------------------------------- */

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

HammyPlanItem *
hammy_plan_get_item_mutable (HammyPlan *self,
                             guint      index)
{
  return &g_array_index (self->items, HammyPlanItem, index);
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

/* ---- GObject ------------------------------------------------------------------------- */

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

HammyClock *
hammy_plan_get_clock (HammyPlan *self)
{
  return self->clock != NULL ? self->clock : hammy_clock_get_default ();
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

/* The pathway's items for @phase in place of the plan's; the phase begins today. */
static gboolean
fill_for_phase (HammyPlan        *self,
                HammyTriagePhase  phase)
{
  GDate today;

  if (!hammy_pathway_has_plan (phase))
    return FALSE;

  hammy_plan_get_today (self, &today);
  hammy_plan_take_items (self, hammy_pathway_dup_items (self, phase, &today));
  if (phase != self->phase || phase != HAMMY_TRIAGE_PHASE_RETURN)
    self->ladder_step = 0;
  self->phase = phase;
  self->phase_since = today;
  g_free (self->runs);
  self->runs = g_strdup (hammy_pathway_get_runs (phase));

  return TRUE;
}

static HammyPlan *
plan_new (HammyLibrary *library,
          GDateTime    *created)
{
  HammyPlan *self = g_object_new (HAMMY_TYPE_PLAN, NULL);

  self->library = g_object_ref (library);
  self->created = g_date_time_to_utc (created);
  self->phase = HAMMY_TRIAGE_PHASE_CALM;

  return self;
}

/* The plan for @phase, with no picture, or NULL when the phase has none: an urgent or a refer
 * result gets what to do, not exercises. */
HammyPlan *
hammy_plan_new_for_phase (HammyLibrary     *library,
                          HammyTriagePhase  phase)
{
  g_autoptr(HammyPlan) self = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  now = hammy_clock_dup_utc_time (hammy_clock_get_default ());
  self = plan_new (library, now);
  if (!fill_for_phase (self, phase))
    return NULL;
  self->started = self->phase_since;

  return g_steal_pointer (&self);
}

/* The plan an assessment asks for: its picture and flags shape it, and the day it started
 * (the check's day less the days since onset) stays with it as the calendar moves on. */
HammyPlan *
hammy_plan_new_for_assessment (HammyLibrary    *library,
                               HammyAssessment *assessment)
{
  g_autoptr(HammyPlan) self = NULL;
  GDateTime *created;
  JsonObject *answers;
  GDate day, onset;
  HammyTriagePhase phase;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), NULL);

  phase = hammy_pathway_entry_phase (hammy_assessment_get_picture (assessment), hammy_assessment_get_phase (assessment));
  if (!hammy_pathway_has_plan (phase))
    return NULL;

  created = hammy_assessment_get_created (assessment);
  answers = hammy_assessment_get_answers (assessment);
  hammy_day_of_time (created, &day);
  g_date_clear (&onset, 1);
  if (answers != NULL && json_object_has_member (answers, "days_since_onset"))
    {
      JsonNode *node = json_object_get_member (answers, "days_since_onset");

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
          json_node_get_int (node) >= 0 && json_node_get_int (node) <= 36500)
        {
          onset = day;
          g_date_subtract_days (&onset, json_node_get_int (node));
        }
    }

  self = plan_new (library, created);
  self->assessment = g_date_time_ref (created);
  hammy_plan_set_context (self, hammy_assessment_get_picture (assessment), hammy_assessment_get_flags (assessment),
                          &onset);
  self->phase = phase;
  self->phase_since = day;
  self->started = day;
  hammy_plan_take_items (self, hammy_pathway_dup_items (self, phase, &day));
  self->runs = g_strdup (hammy_pathway_get_runs (phase));

  return g_steal_pointer (&self);
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

/* ---- editing ------------------------------------------------------------------------- */

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID, message);
  return FALSE;
}

void
hammy_plan_emit_changed (HammyPlan *self,
                         gboolean   by_hand)
{
  if (by_hand)
    self->edited = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static HammyExercise *
lookup_exercise (HammyPlan   *self,
                 const char  *id,
                 GError     **error)
{
  HammyExercise *exercise = id != NULL ? hammy_library_lookup_exercise (self->library, id) : NULL;

  if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
    {
      refuse (error, _("That exercise is not in Hammy’s library."));
      return NULL;
    }

  return exercise;
}

static gboolean
check_note (const char  *note,
            GError     **error)
{
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    return refuse (error, _("The note is not readable text."));
  if (note != NULL && strlen (note) > HAMMY_PLAN_MAX_NOTE)
    return refuse (error, _("The note is too long. Keep it under a thousand characters."));
  return TRUE;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *id)
{
  return strv != NULL && g_strv_contains (strv, id);
}

/* Swaps the exercise for one of its easier or harder variants, with the variant's dosage. */
gboolean
hammy_plan_swap_variant (HammyPlan   *self,
                         guint        index,
                         const char  *variant,
                         GError     **error)
{
  HammyPlanItem *item;
  HammyExercise *current, *next;
  HammyPlanItem swapped = { 0 };

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  item = hammy_plan_get_item_mutable (self, index);
  current = hammy_library_lookup_exercise (self->library, item->exercise);
  if (current == NULL ||
      (!strv_contains (hammy_exercise_get_easier (current), variant) &&
       !strv_contains (hammy_exercise_get_harder (current), variant)))
    return refuse (error, _("That exercise is not an easier or harder version of this one."));
  next = lookup_exercise (self, variant, error);
  if (next == NULL)
    return FALSE;
  if (hammy_plan_find_item (self, variant) >= 0)
    return refuse (error, _("That exercise is already in your plan."));

  hammy_plan_item_init_from_library (&swapped, next, item->section);
  g_free (swapped.frequency);
  swapped.frequency = g_strdup (hammy_plan_get_section_frequency (next, item->section));
  swapped.note = g_strdup (item->note);
  swapped.added = item->added;
  hammy_plan_get_today (self, &swapped.changed);
  hammy_plan_item_clear (item);
  *item = swapped;

  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_item_sets (HammyPlan  *self,
                          guint       index,
                          guint       sets,
                          GError    **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  if (sets < 1 || sets > HAMMY_PLAN_MAX_SETS)
    return refuse (error, _("The number of sets should be between 1 and 10."));
  if (hammy_plan_get_item_mutable (self, index)->sets == sets)
    return TRUE;

  hammy_plan_get_item_mutable (self, index)->sets = sets;
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_item_reps (HammyPlan  *self,
                          guint       index,
                          guint       reps,
                          GError    **error)
{
  HammyPlanItem *item;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  item = hammy_plan_get_item_mutable (self, index);
  if (item->reps == 0)
    return refuse (error, _("This exercise is a hold: change how long it is held instead."));
  if (reps < 1 || reps > HAMMY_PLAN_MAX_REPS)
    return refuse (error, _("The number of repetitions should be between 1 and 100."));
  if (item->reps == reps)
    return TRUE;

  item->reps = reps;
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_item_hold (HammyPlan  *self,
                          guint       index,
                          guint       hold_seconds,
                          GError    **error)
{
  HammyPlanItem *item;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  item = hammy_plan_get_item_mutable (self, index);
  if (item->hold_seconds == 0)
    return refuse (error, _("This exercise is done in repetitions: change the repetitions instead."));
  if (hold_seconds < 1 || hold_seconds > HAMMY_PLAN_MAX_HOLD)
    return refuse (error, _("A hold should last between 1 second and an hour."));
  if (item->hold_seconds == hold_seconds)
    return TRUE;

  item->hold_seconds = hold_seconds;
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_item_load (HammyPlan   *self,
                          guint        index,
                          const char  *load,
                          GError     **error)
{
  HammyPlanItem *item;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  if (load == NULL || !hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, load))
    return refuse (error, _("Hammy does not know that load."));
  item = hammy_plan_get_item_mutable (self, index);
  if (g_strcmp0 (item->load, load) == 0)
    return TRUE;

  g_free (item->load);
  item->load = g_strdup (load);
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_item_note (HammyPlan   *self,
                          guint        index,
                          const char  *note,
                          GError     **error)
{
  HammyPlanItem *item;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  if (!check_note (note, error))
    return FALSE;
  if (note != NULL && *note == '\0')
    note = NULL;
  item = hammy_plan_get_item_mutable (self, index);
  if (g_strcmp0 (item->note, note) == 0)
    return TRUE;

  g_free (item->note);
  item->note = g_strdup (note);
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

/* How often the item is done, within the schedule's limits (docs/programme.md, "Schedule"). */
gboolean
hammy_plan_set_item_frequency (HammyPlan   *self,
                               guint        index,
                               const char  *frequency,
                               GError     **error)
{
  HammyPlanItem *item;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  item = hammy_plan_get_item_mutable (self, index);
  if (!hammy_schedule_check_frequency (item->group, item->section, frequency, error))
    return FALSE;
  if (g_strcmp0 (item->frequency, frequency) == 0)
    return TRUE;

  g_free (item->frequency);
  item->frequency = g_strdup (frequency);
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

/* Where an item of @section may go: after every warm-up item when it is part of the circuit,
 * before every circuit item when it is part of the warm-up. */
static guint
section_end (HammyPlan        *self,
             HammyPlanSection  section)
{
  guint end = 0;

  for (guint i = 0; i < self->items->len; i++)
    if (hammy_plan_get_item_mutable (self, i)->section <= section)
      end = i + 1;

  return end;
}

/* Adds @exercise at the end of @section with the library's dosage; @index says where. */
gboolean
hammy_plan_add_exercise (HammyPlan         *self,
                         HammyPlanSection   section,
                         const char        *exercise,
                         guint             *index,
                         GError           **error)
{
  HammyExercise *found;
  HammyPlanItem item = { 0 };
  guint at;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (section <= HAMMY_PLAN_SECTION_CIRCUIT, FALSE);

  found = lookup_exercise (self, exercise, error);
  if (found == NULL)
    return FALSE;
  if (hammy_plan_find_item (self, exercise) >= 0)
    return refuse (error, _("That exercise is already in your plan."));
  if (self->items->len >= HAMMY_PLAN_MAX_ITEMS)
    return refuse (error, _("A plan holds up to 40 exercises. Remove one before you add another."));

  hammy_plan_item_init_from_library (&item, found, section);
  g_free (item.frequency);
  item.frequency = g_strdup (hammy_plan_get_section_frequency (found, section));
  hammy_plan_get_today (self, &item.added);
  item.changed = item.added;
  at = section_end (self, section);
  g_array_insert_val (self->items, at, item);
  if (index != NULL)
    *index = at;

  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

/* Puts @item back at @index, for example to undo a removal; checked like any edit. */
gboolean
hammy_plan_insert_item (HammyPlan            *self,
                        guint                 index,
                        const HammyPlanItem  *item,
                        GError              **error)
{
  HammyPlanItem copy;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (index <= self->items->len, FALSE);

  if (lookup_exercise (self, item->exercise, error) == NULL)
    return FALSE;
  if (hammy_plan_find_item (self, item->exercise) >= 0)
    return refuse (error, _("That exercise is already in your plan."));
  if (self->items->len >= HAMMY_PLAN_MAX_ITEMS)
    return refuse (error, _("A plan holds up to 40 exercises. Remove one before you add another."));
  if (item->sets < 1 || item->sets > HAMMY_PLAN_MAX_SETS ||
      (item->reps > 0) == (item->hold_seconds > 0) || item->reps > HAMMY_PLAN_MAX_REPS ||
      item->hold_seconds > HAMMY_PLAN_MAX_HOLD || item->section > HAMMY_PLAN_SECTION_CIRCUIT ||
      item->load == NULL || !hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, item->load) ||
      !check_note (item->note, NULL) || !hammy_vocabulary_contains (HAMMY_VOCABULARY_GROUP, item->group) ||
      !hammy_schedule_check_frequency (item->group, item->section, item->frequency, NULL))
    return refuse (error, _("That exercise’s dose is not one Hammy can use."));
  if ((index > 0 && hammy_plan_get_item_mutable (self, index - 1)->section > item->section) ||
      (index < self->items->len &&
       hammy_plan_get_item_mutable (self, index)->section < item->section))
    return refuse (error, _("The warm-up comes before the circuit."));

  hammy_plan_item_copy_into (&copy, item);
  g_array_insert_val (self->items, index, copy);

  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_remove_item (HammyPlan  *self,
                        guint       index,
                        GError    **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  if (self->items->len == 1)
    return refuse (error, _("A plan needs at least one exercise."));

  g_array_remove_index (self->items, index);
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_private_note (HammyPlan   *self,
                             const char  *note,
                             GError     **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);

  if (!check_note (note, error))
    return FALSE;
  if (note != NULL && *note == '\0')
    note = NULL;
  if (g_strcmp0 (self->private_note, note) == 0)
    return TRUE;

  g_free (self->private_note);
  self->private_note = g_strdup (note);
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

gboolean
hammy_plan_set_ladder_step (HammyPlan  *self,
                            guint       step,
                            GError    **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);

  if (self->phase != HAMMY_TRIAGE_PHASE_RETURN)
    return refuse (error, _("Only the return-to-running phase has a running ladder."));
  if (step >= G_N_ELEMENTS (ladder_steps))
    return refuse (error, _("The running ladder has no such step."));
  if (self->ladder_step == step)
    return TRUE;

  self->ladder_step = step;
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}

static char *
day_of (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d");
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

void
hammy_plan_set_clock (HammyPlan  *self,
                      HammyClock *clock)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (clock == NULL || HAMMY_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
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

gboolean
hammy_plan_change_phase (HammyPlan         *self,
                         HammyTriagePhase   phase,
                         GError           **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);

  if (!hammy_pathway_has_plan (phase))
    return refuse (error, _("That phase has no circuit."));

  fill_for_phase (self, phase);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = hammy_clock_dup_utc_time (hammy_plan_get_clock (self));
  self->edited = FALSE;
  self->imported = FALSE;
  hammy_plan_emit_changed (self, FALSE);
  return TRUE;
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

/* ---- JSON ---------------------------------------------------------------------------- */

static void
add_time (JsonBuilder *builder,
          const char  *name,
          GDateTime   *time)
{
  g_autofree char *text = hammy_json_format_time (time);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_day (JsonBuilder *builder,
         const char  *name,
         const GDate *day)
{
  char text[HAMMY_DAY_LENGTH + 1];

  if (!g_date_valid (day))
    return;
  hammy_day_format_into (day, text);
  add_string (builder, name, text);
}

static void
add_item (JsonBuilder         *builder,
          const HammyPlanItem *item,
          gboolean             own)
{
  json_builder_begin_object (builder);
  add_string (builder, "exercise", item->exercise);
  add_string (builder, "section", section_ids[item->section]);
  json_builder_set_member_name (builder, "sets");
  json_builder_add_int_value (builder, item->sets);
  json_builder_set_member_name (builder, item->reps > 0 ? "reps" : "hold_seconds");
  json_builder_add_int_value (builder, item->reps > 0 ? item->reps : item->hold_seconds);
  json_builder_set_member_name (builder, "per_side");
  json_builder_add_boolean_value (builder, item->per_side);
  add_string (builder, "load", item->load);
  add_string (builder, "note", item->note);
  add_string (builder, "frequency", item->frequency);
  add_string (builder, "group", item->group);
  add_string (builder, "waits", item->waits);
  if (own)
    {
      add_day (builder, "added", &item->added);
      add_day (builder, "changed", &item->changed);
      add_day (builder, "rest_until", &item->rest_until);
    }
  json_builder_end_object (builder);
}

/* What progression keeps: the plan's own record, never in a plan file. */
static void
add_record (HammyPlan   *self,
            JsonBuilder *builder)
{
  add_day (builder, "onset", &self->onset);
  add_day (builder, "started", &self->started);
  add_day (builder, "phase_since", &self->phase_since);
  if (self->stopped != NULL)
    {
      json_builder_set_member_name (builder, "stopped");
      json_builder_begin_object (builder);
      add_string (builder, "date", self->stopped);
      add_string (builder, "sign", self->stopped_sign);
      json_builder_end_object (builder);
    }
  add_string (builder, "checkin_seen", self->checkin_seen);

  if (self->changes->len > 0)
    {
      json_builder_set_member_name (builder, "changes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->changes->len; i++)
        {
          const HammyPlanChange *change = &g_array_index (self->changes, HammyPlanChange, i);

          json_builder_begin_object (builder);
          add_day (builder, "date", &change->date);
          add_string (builder, "kind", change_ids[change->kind]);
          add_string (builder, "rule", change->rule);
          add_string (builder, "exercise", change->exercise);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (self->checks->len > 0)
    {
      json_builder_set_member_name (builder, "checks");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->checks->len; i++)
        {
          const HammyPlanCheck *check = &g_array_index (self->checks, HammyPlanCheck, i);

          json_builder_begin_object (builder);
          add_day (builder, "date", &check->date);
          add_string (builder, "phase", hammy_triage_phase_to_id (check->phase));
          add_string (builder, "result", check_ids[check->result]);
          json_builder_set_member_name (builder, "counted");
          json_builder_add_int_value (builder, check->counted);
          if (check->answers != NULL)
            {
              json_builder_set_member_name (builder, "answers");
              json_builder_add_value (builder, json_node_init_object (json_node_alloc (), check->answers));
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (g_date_valid (&self->migration_day))
    {
      json_builder_set_member_name (builder, "migration");
      json_builder_begin_object (builder);
      add_day (builder, "date", &self->migration_day);
      add_string (builder, "text", self->migration_text);
      json_builder_end_object (builder);
    }
}

/* @own: plan.json, with what stays in the data folder; otherwise what a plan file carries. */
static void
add_body (HammyPlan   *self,
          JsonBuilder *builder,
          gboolean     own)
{
  add_time (builder, "created", self->created);
  add_string (builder, "phase", hammy_triage_phase_to_id (self->phase));
  if (self->assessment != NULL)
    add_time (builder, "assessment", self->assessment);
  json_builder_set_member_name (builder, "edited");
  json_builder_add_boolean_value (builder, self->edited);
  json_builder_set_member_name (builder, "imported");
  json_builder_add_boolean_value (builder, self->imported);
  add_string (builder, "note", self->note);
  if (self->phase == HAMMY_TRIAGE_PHASE_RETURN)
    {
      json_builder_set_member_name (builder, "ladder_step");
      json_builder_add_int_value (builder, self->ladder_step);
    }
  add_string (builder, "picture", self->picture);
  if (self->flags->len > 1)
    {
      json_builder_set_member_name (builder, "flags");
      json_builder_begin_array (builder);
      for (guint i = 0; i + 1 < self->flags->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (self->flags, i));
      json_builder_end_array (builder);
    }
  add_string (builder, "runs", self->runs);

  if (own)
    {
      add_string (builder, "private_note", self->private_note);
      if (self->since != NULL)
        add_time (builder, "since", self->since);
      add_record (self, builder);
      if (self->declined_on != NULL && self->declined->len > 0)
        {
          json_builder_set_member_name (builder, "declined");
          json_builder_begin_object (builder);
          add_string (builder, "date", self->declined_on);
          json_builder_set_member_name (builder, "proposals");
          json_builder_begin_array (builder);
          for (guint i = 0; i < self->declined->len; i++)
            json_builder_add_string_value (builder, g_ptr_array_index (self->declined, i));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
    }

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    add_item (builder, hammy_plan_get_item_mutable (self, i), own);
  json_builder_end_array (builder);
}

JsonNode *
hammy_plan_to_json (HammyPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_plan_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_plan_format.version);
  add_body (self, builder, TRUE);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Version 1 had one list: each item is given its section, and a plan for the return phase
 * starts at the first step of the running ladder. In the warm-up phase the list was the
 * warm-up. Version 2 kept the day a warning sign stopped the plan as a plain day; version 3
 * keeps which sign it was as well. Items of versions 1 and 2 get their frequency and group from
 * the library when they are read, and a plan from the data folder is marked, so that the data
 * can finish bringing it up to date (docs/programme.md, "Plans in progress"). Whatever else
 * the file holds is left for the reader to judge. */
static gboolean
migrate_body (JsonObject *object,
              gint64      from_version,
              gboolean    own)
{
  JsonNode *phase_node = json_object_get_member (object, "phase");
  JsonNode *items = json_object_get_member (object, "items");
  const char *phase = NULL;

  if (from_version == 1)
    {
      if (phase_node != NULL && JSON_NODE_HOLDS_VALUE (phase_node) && json_node_get_value_type (phase_node) == G_TYPE_STRING)
        phase = json_node_get_string (phase_node);

      for (guint i = 0; items != NULL && JSON_NODE_HOLDS_ARRAY (items) && i < json_array_get_length (json_node_get_array (items)); i++)
        {
          JsonNode *node = json_array_get_element (json_node_get_array (items), i);

          if (JSON_NODE_HOLDS_OBJECT (node) && !json_object_has_member (json_node_get_object (node), "section"))
            json_object_set_string_member (json_node_get_object (node), "section",
                                           g_strcmp0 (phase, "warmup") == 0 ? "warmup" : "circuit");
        }
      if (g_strcmp0 (phase, "return") == 0 && !json_object_has_member (object, "ladder_step"))
        json_object_set_int_member (object, "ladder_step", 0);
    }

  if (from_version == 2 && own)
    {
      JsonNode *stopped = json_object_get_member (object, "stopped");

      if (stopped != NULL && JSON_NODE_HOLDS_VALUE (stopped) && json_node_get_value_type (stopped) == G_TYPE_STRING)
        {
          JsonObject *stop = json_object_new ();

          json_object_set_string_member (stop, "date", json_node_get_string (stopped));
          json_object_set_object_member (object, "stopped", stop);
        }
      if (!json_object_has_member (object, "migration"))
        {
          JsonObject *migration = json_object_new ();

          json_object_set_int_member (migration, "from", 2);
          json_object_set_object_member (object, "migration", migration);
        }
    }

  return TRUE;
}

static gboolean
migrate_plan (JsonObject  *object,
              gint64       from_version,
              GError     **error)
{
  return migrate_body (object, from_version, TRUE);
}

static gboolean
migrate_plan_file (JsonObject  *object,
                   gint64       from_version,
                   GError     **error)
{
  JsonNode *plan = json_object_get_member (object, "plan");

  if (plan != NULL && JSON_NODE_HOLDS_OBJECT (plan))
    return migrate_body (json_node_get_object (plan), from_version, FALSE);

  return TRUE;
}

static gboolean
parse_day_member (JsonObject  *object,
                  const char  *name,
                  GDate       *out,
                  GError     **error)
{
  const char *text = NULL;

  g_date_clear (out, 1);
  if (!hammy_json_get_string (object, name, FALSE, HAMMY_DAY_LENGTH, &text, error))
    return FALSE;
  if (text != NULL && !hammy_day_parse (text, out))
    return hammy_json_set_invalid (error, _("The field “%s” should be a date."), name);

  return TRUE;
}

static gboolean
parse_day (JsonObject  *object,
           const char  *name,
           char       **out,
           GError     **error)
{
  GDate day;

  if (!parse_day_member (object, name, &day, error))
    return FALSE;
  if (g_date_valid (&day))
    *out = hammy_day_format (&day);
  return TRUE;
}

static int
index_of (const char * const *ids,
          const char         *id)
{
  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return -1;
}

static gboolean
parse_item (JsonObject     *object,
            HammyLibrary   *library,
            gboolean        own,
            HammyPlanItem  *item,
            GError        **error)
{
  static const char * const known_own[] = { "exercise", "section", "sets", "reps", "hold_seconds", "per_side", "load",
                                            "note", "frequency", "group", "waits", "added", "changed", "rest_until",
                                            NULL };
  static const char * const known_file[] = { "exercise", "section", "sets", "reps", "hold_seconds", "per_side",
                                             "load", "note", "frequency", "group", "waits", NULL };
  const char *id = NULL, *section = NULL, *load = NULL, *note = NULL, *frequency = NULL, *group = NULL, *waits = NULL;
  gint64 sets = 0, reps = 0, hold = 0;
  gboolean per_side = FALSE;
  HammyExercise *exercise;
  const HammySchedule *schedule;

  hammy_plan_item_clear_days (item);
  if (!hammy_json_check_members (object, own ? known_own : known_file, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, MAX_ID, &id, error) ||
      !hammy_json_get_string (object, "section", TRUE, 16, &section, error) ||
      !hammy_json_get_int (object, "sets", TRUE, 1, HAMMY_PLAN_MAX_SETS, &sets, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 1, HAMMY_PLAN_MAX_REPS, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 1, HAMMY_PLAN_MAX_HOLD, &hold, error) ||
      !hammy_json_get_boolean (object, "per_side", TRUE, &per_side, error) ||
      !hammy_json_get_string (object, "load", TRUE, 32, &load, error) ||
      !hammy_json_get_string (object, "note", FALSE, HAMMY_PLAN_MAX_NOTE, &note, error) ||
      !hammy_json_get_string (object, "frequency", FALSE, 32, &frequency, error) ||
      !hammy_json_get_string (object, "group", FALSE, 32, &group, error) ||
      !hammy_json_get_string (object, "waits", FALSE, 32, &waits, error) ||
      !parse_day_member (object, "added", &item->added, error) ||
      !parse_day_member (object, "changed", &item->changed, error) ||
      !parse_day_member (object, "rest_until", &item->rest_until, error))
    return FALSE;

  exercise = hammy_library_lookup_exercise (library, id);
  if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (id);

      return hammy_json_set_invalid (error, _("It asks for an exercise this version of Hammy does not have, “%s”."),
                                     excerpt);
    }
  schedule = hammy_exercise_get_schedule (exercise);
  if (index_of (section_ids, section) < 0)
    return hammy_json_set_invalid (error, _("An exercise in it belongs to a part of the session Hammy does not know."));
  if ((reps > 0) == (hold > 0))
    return hammy_json_set_invalid (error, _("An exercise in it should have either repetitions or a hold time, not both or neither."));
  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, load))
    return hammy_json_set_invalid (error, _("An exercise in it has a load Hammy does not know."));
  /* The group belongs to the exercise: a file may repeat it, never change it. */
  if (group != NULL && g_strcmp0 (group, schedule->group) != 0)
    return hammy_json_set_invalid (error, _("An exercise in it is counted in a group Hammy does not give it."));
  if (waits != NULL && !hammy_pathway_wait_is_known (waits))
    return hammy_json_set_invalid (error, _("An exercise in it waits for something Hammy does not know."));

  item->exercise = g_strdup (id);
  item->section = index_of (section_ids, section);
  item->sets = sets;
  item->reps = reps;
  item->hold_seconds = hold;
  item->per_side = per_side;
  item->load = g_strdup (load);
  item->note = note != NULL && *note ? g_strdup (note) : NULL;
  item->group = g_strdup (schedule->group);
  item->frequency = g_strdup (frequency != NULL ? frequency
                                                : hammy_plan_get_section_frequency (exercise, item->section));
  item->waits = g_strdup (waits);

  {
    g_autoptr(GError) cause = NULL;

    if (!hammy_schedule_check_frequency (item->group, item->section, item->frequency, &cause))
      return hammy_json_set_invalid (error, _("An exercise in it is done more often than Hammy allows: %s"), cause->message);
  }

  return TRUE;
}

static gboolean
parse_declined (HammyPlan   *self,
                JsonObject  *object,
                GError     **error)
{
  static const char * const known[] = { "date", "proposals", NULL };
  JsonObject *declined = NULL;
  JsonArray *keys = NULL;
  char *day = NULL;

  if (!hammy_json_get_object (object, "declined", FALSE, &declined, error))
    return FALSE;
  if (declined == NULL)
    return TRUE;
  if (!hammy_json_check_members (declined, known, error) ||
      !parse_day (declined, "date", &day, error))
    return FALSE;
  self->declined_on = day;
  if (!hammy_json_get_array (declined, "proposals", TRUE, HAMMY_PLAN_MAX_DECLINED, &keys, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      JsonNode *node = json_array_get_element (keys, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          strlen (json_node_get_string (node)) > HAMMY_PLAN_MAX_DECLINED_KEY)
        return hammy_json_set_invalid (error, _("A declined proposal in it is not one Hammy wrote."));
      g_ptr_array_add (self->declined, g_strdup (json_node_get_string (node)));
    }

  return TRUE;
}

static gboolean
parse_flags (HammyPlan   *self,
             JsonObject  *object,
             GError     **error)
{
  static const char * const flags[] = {
    "cauda_equina_signs", "progressive_weakness", "clot_signs", "systemic_signs", "possible_avulsion",
    "significant_tear", "gait_altered", "severe_pain", "stretch_aggravates", "sitting_aggravates", "neural_caution",
    "speed_related", "bone_stress", NULL
  };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "flags", FALSE, MAX_FLAGS, &array, error))
    return FALSE;

  g_ptr_array_set_size (self->flags, 0);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          !g_strv_contains (flags, json_node_get_string (node)))
        return hammy_json_set_invalid (error, _("It names a flag Hammy does not know."));
      g_ptr_array_add (self->flags, g_strdup (json_node_get_string (node)));
    }
  g_ptr_array_add (self->flags, NULL);

  return TRUE;
}

static gboolean
parse_stopped (HammyPlan   *self,
               JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "date", "sign", NULL };
  JsonObject *stopped = NULL;
  const char *sign = NULL;

  if (!hammy_json_get_object (object, "stopped", FALSE, &stopped, error))
    return FALSE;
  if (stopped == NULL)
    return TRUE;
  if (!hammy_json_check_members (stopped, known, error) ||
      !hammy_json_get_string (stopped, "sign", FALSE, MAX_ID, &sign, error))
    return FALSE;
  /* Named as the plan's field: a plan of version 2 kept the day on its own there. */
  if (!json_object_has_member (stopped, "date") ||
      !JSON_NODE_HOLDS_VALUE (json_object_get_member (stopped, "date")) ||
      json_node_get_value_type (json_object_get_member (stopped, "date")) != G_TYPE_STRING ||
      !hammy_day_parse (json_object_get_string_member (stopped, "date"), NULL))
    return hammy_json_set_invalid (error, _("The field “%s” should be a date."), "stopped");
  self->stopped = g_strdup (json_object_get_string_member (stopped, "date"));
  if (sign != NULL && !hammy_log_warning_is_known (sign) && g_strcmp0 (sign, HAMMY_PLAN_STOP_REINJURY) != 0)
    return hammy_json_set_invalid (error, _("It names a warning sign Hammy does not know."));
  self->stopped_sign = g_strdup (sign);

  return TRUE;
}

static gboolean
parse_changes (HammyPlan   *self,
               JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "date", "kind", "rule", "exercise", NULL };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "changes", FALSE, HAMMY_PLAN_MAX_CHANGES, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      HammyPlanChange change = { 0 };
      const char *kind = NULL, *rule = NULL, *exercise = NULL;
      JsonObject *fields;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return hammy_json_set_invalid (error, _("A change in it is not a group of fields."));
      fields = json_node_get_object (node);
      if (!hammy_json_check_members (fields, known, error) ||
          !parse_day_member (fields, "date", &change.date, error) ||
          !hammy_json_get_string (fields, "kind", TRUE, 16, &kind, error) ||
          !hammy_json_get_string (fields, "rule", FALSE, MAX_ID, &rule, error) ||
          !hammy_json_get_string (fields, "exercise", FALSE, MAX_ID, &exercise, error))
        return FALSE;
      if (!g_date_valid (&change.date) || index_of (change_ids, kind) < 0)
        return hammy_json_set_invalid (error, _("A change in it is not one Hammy wrote."));
      change.kind = index_of (change_ids, kind);
      change.rule = g_strdup (rule);
      change.exercise = g_strdup (exercise);
      g_array_append_val (self->changes, change);
    }

  return TRUE;
}

static gboolean
parse_checks (HammyPlan   *self,
              JsonObject  *object,
              GError     **error)
{
  static const char * const known[] = { "date", "phase", "result", "counted", "answers", NULL };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "checks", FALSE, HAMMY_PLAN_MAX_CHECKS, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      HammyPlanCheck check = { 0 };
      const char *phase = NULL, *result = NULL;
      JsonObject *fields, *answers = NULL;
      gint64 counted = 0;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return hammy_json_set_invalid (error, _("A phase check in it is not a group of fields."));
      fields = json_node_get_object (node);
      if (!hammy_json_check_members (fields, known, error) ||
          !parse_day_member (fields, "date", &check.date, error) ||
          !hammy_json_get_string (fields, "phase", TRUE, 16, &phase, error) ||
          !hammy_json_get_string (fields, "result", TRUE, 16, &result, error) ||
          !hammy_json_get_int (fields, "counted", FALSE, 0, 100000, &counted, error) ||
          !hammy_json_get_object (fields, "answers", FALSE, &answers, error))
        return FALSE;
      if (!g_date_valid (&check.date) || !hammy_triage_phase_from_id (phase, &check.phase) ||
          index_of (check_ids, result) < 0)
        return hammy_json_set_invalid (error, _("A phase check in it is not one Hammy wrote."));
      /* The answers are checked as a check's are: every id and value. */
      if (answers != NULL && !hammy_triage_answers_check (answers, NULL))
        return hammy_json_set_invalid (error, _("A phase check in it has answers Hammy does not know."));
      check.result = index_of (check_ids, result);
      check.counted = counted;
      check.answers = answers != NULL ? json_object_ref (answers) : NULL;
      g_array_append_val (self->checks, check);
    }

  return TRUE;
}

static gboolean
parse_migration (HammyPlan   *self,
                 JsonObject  *object,
                 GError     **error)
{
  static const char * const known[] = { "from", "date", "text", NULL };
  JsonObject *migration = NULL;
  const char *text = NULL;

  if (!hammy_json_get_object (object, "migration", FALSE, &migration, error))
    return FALSE;
  if (migration == NULL)
    return TRUE;

  return hammy_json_check_members (migration, known, error) &&
         hammy_json_get_int (migration, "from", FALSE, 1, hammy_plan_format.version - 1, &self->migrated_from, error) &&
         parse_day_member (migration, "date", &self->migration_day, error) &&
         hammy_json_get_string (migration, "text", FALSE, HAMMY_PLAN_MAX_NOTE, &text, error) &&
         ((self->migration_text = g_strdup (text)), TRUE);
}

/* The record progression keeps: in plan.json only. */
static gboolean
parse_record (HammyPlan   *self,
              JsonObject  *object,
              GError     **error)
{
  const char *private_note = NULL;

  if (!hammy_json_get_string (object, "private_note", FALSE, HAMMY_PLAN_MAX_NOTE, &private_note,
                              error) ||
      !hammy_json_get_time (object, "since", FALSE, &self->since, error) ||
      !parse_stopped (self, object, error) ||
      !parse_declined (self, object, error) ||
      !parse_day_member (object, "onset", &self->onset, error) ||
      !parse_day_member (object, "started", &self->started, error) ||
      !parse_day_member (object, "phase_since", &self->phase_since, error) ||
      !parse_day (object, "checkin_seen", &self->checkin_seen, error) ||
      !parse_changes (self, object, error) ||
      !parse_checks (self, object, error) ||
      !parse_migration (self, object, error))
    return FALSE;

  self->private_note = private_note != NULL && *private_note ? g_strdup (private_note) : NULL;
  return TRUE;
}

/* @own: plan.json from the data folder, which may hold what a plan file never carries. */
static HammyPlan *
parse_body (JsonObject    *object,
            HammyLibrary  *library,
            gboolean       own,
            GError       **error)
{
  static const char * const pictures[] = {
    "acute_strain", "proximal_tendinopathy", "distal_irritation", "neural_tension", "tightness",
    "post_race_soreness", "unclear", NULL
  };
  g_autoptr(HammyPlan) self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  g_autoptr(GArray) warmup = NULL;
  const char *phase = NULL, *note = NULL, *picture = NULL, *runs = NULL;
  JsonArray *items = NULL;
  gint64 ladder_step = -1;

  self->library = g_object_ref (library);
  if (!hammy_json_get_time (object, "created", TRUE, &self->created, error) ||
      !hammy_json_get_string (object, "phase", TRUE, 16, &phase, error) ||
      !hammy_json_get_time (object, "assessment", FALSE, &self->assessment, error) ||
      !hammy_json_get_boolean (object, "edited", FALSE, &self->edited, error) ||
      !hammy_json_get_boolean (object, "imported", FALSE, &self->imported, error) ||
      !hammy_json_get_string (object, "note", FALSE, HAMMY_PLAN_MAX_NOTE, &note, error) ||
      !hammy_json_get_int (object, "ladder_step", FALSE, 0, G_N_ELEMENTS (ladder_steps) - 1, &ladder_step, error) ||
      !hammy_json_get_string (object, "picture", FALSE, 32, &picture, error) ||
      !parse_flags (self, object, error) ||
      !hammy_json_get_string (object, "runs", FALSE, 32, &runs, error) ||
      !hammy_json_get_array (object, "items", TRUE, HAMMY_PLAN_MAX_ITEMS, &items, error))
    return NULL;
  if (own && !parse_record (self, object, error))
    return NULL;

  if (!hammy_triage_phase_from_id (phase, &self->phase) || !hammy_pathway_has_plan (self->phase))
    {
      hammy_json_set_invalid (error, _("It names a phase that has no circuit."));
      return NULL;
    }
  if (ladder_step >= 0 && self->phase != HAMMY_TRIAGE_PHASE_RETURN)
    {
      hammy_json_set_invalid (error, _("It gives a step of the running ladder to a phase that has none."));
      return NULL;
    }
  if (picture != NULL && !g_strv_contains (pictures, picture))
    {
      hammy_json_set_invalid (error, _("It names a picture Hammy does not know."));
      return NULL;
    }
  if (runs != NULL && !hammy_frequency_from_id (runs, NULL))
    {
      hammy_json_set_invalid (error, _("It offers runs on days Hammy does not know."));
      return NULL;
    }
  if (json_array_get_length (items) == 0)
    {
      hammy_json_set_invalid (error, _("It has no exercises in it."));
      return NULL;
    }
  self->note = note != NULL && *note ? g_strdup (note) : NULL;
  self->ladder_step = MAX (ladder_step, 0);
  self->picture = g_strdup (picture);
  /* A plan from before run days were kept offers the runs its phase does. */
  self->runs = g_strdup (runs != NULL ? runs : hammy_pathway_get_runs (self->phase));

  /* The warm-up comes first whatever order the file lists it in. */
  warmup = g_array_new (FALSE, TRUE, sizeof (HammyPlanItem));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      HammyPlanItem item = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("An exercise in it is not a group of fields."));
          goto failed;
        }
      if (!parse_item (json_node_get_object (node), library, own, &item, error))
        {
          hammy_plan_item_clear (&item);
          goto failed;
        }
      if (item.section == HAMMY_PLAN_SECTION_WARMUP)
        g_array_append_val (warmup, item);
      else
        g_array_append_val (self->items, item);
    }
  g_array_prepend_vals (self->items, warmup->data, warmup->len);
  g_array_set_size (warmup, 0);

  return g_steal_pointer (&self);

failed:
  for (guint i = 0; i < warmup->len; i++)
    hammy_plan_item_clear (&g_array_index (warmup, HammyPlanItem, i));
  return NULL;
}

/* plan.json, as the store hands it over: header already checked and migrated. */
HammyPlan *
hammy_plan_new_from_json (JsonObject    *object,
                          HammyLibrary  *library,
                          GError       **error)
{
  static const char * const known[] = { "format", "version", "created", "phase", "assessment", "edited",
                                        "imported", "note", "ladder_step", "private_note", "since", "stopped",
                                        "declined", "items", "picture", "flags", "runs", "onset", "started",
                                        "phase_since", "checkin_seen", "changes", "checks", "migration", NULL };

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  if (!hammy_json_check_members (object, known, error))
    return NULL;

  return parse_body (object, library, TRUE, error);
}

GBytes *
hammy_plan_to_file_bytes (HammyPlan *self,
                          GDateTime *exported)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_plan_file_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_plan_file_format.version);
  add_time (builder, "exported", exported);
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_body (self, builder, FALSE);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return hammy_json_to_bytes (root);
}

/* A plan file from outside: everything about it is checked and nothing in it is followed.
 * The plan it gives counts as edited by hand, so Hammy never silently replaces it. */
HammyPlan *
hammy_plan_new_from_file_bytes (const char    *data,
                                gsize          length,
                                HammyLibrary  *library,
                                GError       **error)
{
  static const char * const known[] = { "format", "version", "exported", "plan", NULL };
  static const char * const known_plan[] = { "created", "phase", "assessment", "edited", "imported", "note",
                                             "ladder_step", "picture", "flags", "runs", "items", NULL };
  HammyJsonLimits limits = { hammy_plan_file_format.max_bytes, hammy_plan_file_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) exported = NULL;
  JsonObject *object, *body = NULL;
  HammyPlan *plan;
  gint64 version = 0;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  root = hammy_json_parse_untrusted (data, length, &limits, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!hammy_json_check_header (object, hammy_plan_file_format.name, hammy_plan_file_format.version, &version, error))
    return NULL;
  for (; version < hammy_plan_file_format.version; version++)
    if (!hammy_plan_file_format.migrate (object, version, error))
      return NULL;
  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_time (object, "exported", FALSE, &exported, error) ||
      !hammy_json_get_object (object, "plan", TRUE, &body, error) ||
      !hammy_json_check_members (body, known_plan, error))
    return NULL;

  plan = parse_body (body, library, FALSE, error);
  if (plan != NULL)
    {
      plan->edited = TRUE;
      plan->imported = TRUE;
    }

  return plan;
}
