/* hammy-plan.c: the circuit for a phase, as Hammy makes it, as a person edits it and as a plan
 * file carries it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hammy-clock.h"
#include "hammy-json-guard.h"
#include "hammy-plan-private.h"
#include "hammy-vocabulary.h"

#define MAX_ITEMS        40
#define MAX_NOTE         1000
#define MAX_SETS         10
#define MAX_REPS         100
#define MAX_HOLD         3600
#define MAX_DECLINED     16
#define MAX_DECLINED_KEY 160

static gboolean migrate_plan      (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);
static gboolean migrate_plan_file (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);

/* Version 2 added the warm-up section, the running ladder, the private note and what
 * progression keeps (since, stopped, declined). */
const HammyStoreFormat hammy_plan_format = {
  .name = "hammy-plan",
  .version = 2,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan,
};

const HammyStoreFormat hammy_plan_file_format = {
  .name = "hammy-plan-file",
  .version = 2,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan_file,
};

struct _HammyPlan
{
  GObject           parent_instance;

  HammyLibrary     *library;
  HammyTriagePhase  phase;
  GDateTime        *created;
  GDateTime        *assessment;     /* the assessment it was made from, or NULL */
  gboolean          edited;
  gboolean          imported;
  char             *note;           /* travels with the plan file */
  char             *private_note;   /* stays in this data folder */
  GArray           *items;          /* of HammyPlanItem, the warm-up first */
  guint             ladder_step;    /* for the return phase */
  GDateTime        *since;          /* or NULL */
  char             *stopped;        /* YYYY-MM-DD, or NULL */
  char             *declined_on;    /* YYYY-MM-DD, or NULL */
  GPtrArray        *declined;       /* of char *, keys declined on declined_on */
};

G_DEFINE_FINAL_TYPE (HammyPlan, hammy_plan, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HammyPlanItem, hammy_plan_item, hammy_plan_item_copy, hammy_plan_item_free)

G_DEFINE_QUARK (hammy-plan-error-quark, hammy_plan_error)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- the planner --------------------------------------------------------------------- */

typedef struct
{
  const char       *exercise;
  HammyPlanSection  section;
  guint             hold_seconds;   /* in place of the library's dosage, or 0 */
} PlanEntry;

#define WARMUP(id)  { id, HAMMY_PLAN_SECTION_WARMUP, 0 }
#define CIRCUIT(id) { id, HAMMY_PLAN_SECTION_CIRCUIT, 0 }
/* Five minutes of brisk walking gets the legs warm before strength work or a run. */
#define WARMUP_WALK { "easy-walk", HAMMY_PLAN_SECTION_WARMUP, 300 }

/* Each phase's session in the order it is done (docs/content.md, "The phases and their circuits").
 * The dosage comes from the library. A calm-phase leg is irritable: no warm-up block, so no
 * nerve flossing, no toe touches and no stretching; gentle range comes from the circuit. The
 * build warm-up keeps to movements where the quad works and the hamstring lets go; toe touches
 * under load wait until the leg is ready for heavy work. */
static const PlanEntry calm_plan[] = {
  CIRCUIT ("straight-leg-lower"), CIRCUIT ("wall-bridge-pulldown"), CIRCUIT ("heel-dig-hold"),
  CIRCUIT ("easy-walk"), { NULL }
};
static const PlanEntry build_plan[] = {
  WARMUP ("cat-cow"), WARMUP ("supine-toe-touch"),
  CIRCUIT ("single-leg-bridge"), CIRCUIT ("askling-extender"), CIRCUIT ("askling-diver"),
  CIRCUIT ("askling-glider"), CIRCUIT ("side-lying-leg-raise"), CIRCUIT ("plank"),
  CIRCUIT ("ball-hamstring-curl"), { NULL }
};
static const PlanEntry load_plan[] = {
  WARMUP_WALK, WARMUP ("cat-cow"), WARMUP ("supine-toe-touch"), WARMUP ("toe-touch-progression"),
  CIRCUIT ("single-leg-bridge-step"), CIRCUIT ("rdl-wall"), CIRCUIT ("nordic-curl"),
  CIRCUIT ("single-leg-rdl"), { NULL }
};
/* The runs themselves are the ladder; the strength work keeps going beside them. */
static const PlanEntry return_plan[] = {
  WARMUP_WALK, WARMUP ("cat-cow"), WARMUP ("supine-toe-touch"), WARMUP ("toe-touch-progression"),
  WARMUP ("standing-quad-stretch"),
  CIRCUIT ("single-leg-bridge-step"), CIRCUIT ("rdl-wall"), CIRCUIT ("nordic-curl"), { NULL }
};
/* Tight but not injured: the warm-up before runs, and strength that keeps it away. */
static const PlanEntry warmup_plan[] = {
  WARMUP ("toe-touch-progression"), WARMUP ("cat-cow"), WARMUP ("supine-toe-touch"),
  WARMUP ("nerve-floss-slider"), WARMUP ("standing-quad-stretch"),
  CIRCUIT ("single-leg-bridge"), CIRCUIT ("nordic-curl"), CIRCUIT ("plank"), { NULL }
};

static const PlanEntry *
plan_for (HammyTriagePhase phase)
{
  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_CALM:
      return calm_plan;
    case HAMMY_TRIAGE_PHASE_BUILD:
      return build_plan;
    case HAMMY_TRIAGE_PHASE_LOAD:
      return load_plan;
    case HAMMY_TRIAGE_PHASE_RETURN:
      return return_plan;
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return warmup_plan;
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return NULL;
    }
}

static const char * const section_ids[] = { "warmup", "circuit", NULL };

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

static void
item_clear (HammyPlanItem *item)
{
  g_free (item->exercise);
  g_free (item->load);
  g_free (item->note);
}

static void
item_copy_into (HammyPlanItem       *to,
                const HammyPlanItem *from)
{
  *to = *from;
  to->exercise = g_strdup (from->exercise);
  to->load = g_strdup (from->load);
  to->note = g_strdup (from->note);
}

HammyPlanItem *
hammy_plan_item_copy (const HammyPlanItem *item)
{
  HammyPlanItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_new0 (HammyPlanItem, 1);
  item_copy_into (copy, item);
  return copy;
}

void
hammy_plan_item_free (HammyPlanItem *item)
{
  if (item == NULL)
    return;
  item_clear (item);
  g_free (item);
}

/* The dose as a person reads it, such as “3 × 12 each side · Medium”. */
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

  return hammy_dosage_format (&dosage);
}

static HammyPlanItem *
item_at (HammyPlan *self,
         guint      index)
{
  return &g_array_index (self->items, HammyPlanItem, index);
}

/* The item for @exercise with the library's dosage. */
static void
item_from_library (HammyPlanItem    *item,
                   HammyExercise    *exercise,
                   HammyPlanSection  section)
{
  const HammyDosage *dosage = hammy_exercise_get_dosage (exercise);

  item->exercise = g_strdup (hammy_exercise_get_id (exercise));
  item->sets = dosage->sets;
  item->reps = dosage->reps;
  item->hold_seconds = dosage->hold_seconds;
  item->per_side = dosage->per_side;
  item->load = g_strdup (dosage->load);
  item->note = NULL;
  item->section = section;
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
hammy_plan_finalize (GObject *object)
{
  HammyPlan *self = HAMMY_PLAN (object);

  g_clear_object (&self->library);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_clear_pointer (&self->since, g_date_time_unref);
  g_free (self->note);
  g_free (self->private_note);
  g_free (self->stopped);
  g_free (self->declined_on);
  g_ptr_array_unref (self->declined);
  g_array_unref (self->items);

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
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->declined = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
fill_for_phase (HammyPlan        *self,
                HammyTriagePhase  phase)
{
  const PlanEntry *entries = plan_for (phase);

  if (entries == NULL)
    return FALSE;

  g_array_set_size (self->items, 0);
  for (guint i = 0; entries[i].exercise != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (self->library, entries[i].exercise);
      HammyPlanItem item = { 0 };

      g_return_val_if_fail (exercise != NULL, FALSE);
      item_from_library (&item, exercise, entries[i].section);
      if (entries[i].hold_seconds > 0 && item.hold_seconds > 0)
        item.hold_seconds = entries[i].hold_seconds;
      g_array_append_val (self->items, item);
    }
  self->phase = phase;
  self->ladder_step = 0;

  return TRUE;
}

/* The session for @phase, or NULL when the phase has none: an urgent or a refer result gets
 * what to do, not exercises. */
HammyPlan *
hammy_plan_new_for_phase (HammyLibrary     *library,
                          HammyTriagePhase  phase)
{
  g_autoptr(HammyPlan) self = NULL;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  self->library = g_object_ref (library);
  self->created = hammy_clock_dup_utc_time (hammy_clock_get_default ());
  if (!fill_for_phase (self, phase))
    return NULL;

  return g_steal_pointer (&self);
}

HammyPlan *
hammy_plan_new_for_assessment (HammyLibrary    *library,
                               HammyAssessment *assessment)
{
  HammyPlan *self;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), NULL);

  self = hammy_plan_new_for_phase (library, hammy_assessment_get_phase (assessment));
  if (self != NULL)
    self->assessment = g_date_time_ref (hammy_assessment_get_created (assessment));

  return self;
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
  return item_at (self, index);
}

/* The index of the first item for @exercise, or -1. */
int
hammy_plan_find_item (HammyPlan  *self,
                      const char *exercise)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (item_at (self, i)->exercise, exercise) == 0)
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
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_KEEP:
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

static void
changed (HammyPlan *self,
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
  if (note != NULL && strlen (note) > MAX_NOTE)
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

  item = item_at (self, index);
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

  item_from_library (&swapped, next, item->section);
  swapped.note = g_strdup (item->note);
  item_clear (item);
  *item = swapped;

  changed (self, TRUE);
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

  if (sets < 1 || sets > MAX_SETS)
    return refuse (error, _("The number of sets should be between 1 and 10."));
  if (item_at (self, index)->sets == sets)
    return TRUE;

  item_at (self, index)->sets = sets;
  changed (self, TRUE);
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

  item = item_at (self, index);
  if (item->reps == 0)
    return refuse (error, _("This exercise is a hold: change how long it is held instead."));
  if (reps < 1 || reps > MAX_REPS)
    return refuse (error, _("The number of repetitions should be between 1 and 100."));
  if (item->reps == reps)
    return TRUE;

  item->reps = reps;
  changed (self, TRUE);
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

  item = item_at (self, index);
  if (item->hold_seconds == 0)
    return refuse (error, _("This exercise is done in repetitions: change the repetitions instead."));
  if (hold_seconds < 1 || hold_seconds > MAX_HOLD)
    return refuse (error, _("A hold should last between 1 second and an hour."));
  if (item->hold_seconds == hold_seconds)
    return TRUE;

  item->hold_seconds = hold_seconds;
  changed (self, TRUE);
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
  item = item_at (self, index);
  if (g_strcmp0 (item->load, load) == 0)
    return TRUE;

  g_free (item->load);
  item->load = g_strdup (load);
  changed (self, TRUE);
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
  item = item_at (self, index);
  if (g_strcmp0 (item->note, note) == 0)
    return TRUE;

  g_free (item->note);
  item->note = g_strdup (note);
  changed (self, TRUE);
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
    if (item_at (self, i)->section <= section)
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
  if (self->items->len >= MAX_ITEMS)
    return refuse (error, _("A plan holds up to 40 exercises. Remove one before you add another."));

  item_from_library (&item, found, section);
  at = section_end (self, section);
  g_array_insert_val (self->items, at, item);
  if (index != NULL)
    *index = at;

  changed (self, TRUE);
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
  if (self->items->len >= MAX_ITEMS)
    return refuse (error, _("A plan holds up to 40 exercises. Remove one before you add another."));
  if (item->sets < 1 || item->sets > MAX_SETS || (item->reps > 0) == (item->hold_seconds > 0) ||
      item->reps > MAX_REPS || item->hold_seconds > MAX_HOLD || item->section > HAMMY_PLAN_SECTION_CIRCUIT ||
      item->load == NULL || !hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, item->load) ||
      !check_note (item->note, NULL))
    return refuse (error, _("That exercise’s dose is not one Hammy can use."));
  if ((index > 0 && item_at (self, index - 1)->section > item->section) ||
      (index < self->items->len && item_at (self, index)->section < item->section))
    return refuse (error, _("The warm-up comes before the circuit."));

  item_copy_into (&copy, item);
  g_array_insert_val (self->items, index, copy);

  changed (self, TRUE);
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
  changed (self, TRUE);
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
  changed (self, TRUE);
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
  changed (self, TRUE);
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
  g_return_if_fail (key != NULL && strlen (key) <= MAX_DECLINED_KEY);
  g_return_if_fail (today != NULL);

  day = day_of (today);
  if (g_strcmp0 (self->declined_on, day) != 0)
    {
      g_free (self->declined_on);
      self->declined_on = g_steal_pointer (&day);
      g_ptr_array_set_size (self->declined, 0);
    }
  if (hammy_plan_is_declined (self, key, today) || self->declined->len >= MAX_DECLINED)
    return;

  g_ptr_array_add (self->declined, g_strdup (key));
  changed (self, FALSE);
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
hammy_plan_set_since (HammyPlan *self,
                      GDateTime *since)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));

  g_clear_pointer (&self->since, g_date_time_unref);
  self->since = since != NULL ? g_date_time_to_utc (since) : NULL;
  changed (self, FALSE);
}

void
hammy_plan_stop (HammyPlan  *self,
                 const char *date)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));
  g_return_if_fail (date != NULL && strlen (date) == 10);

  if (self->stopped != NULL)
    return;
  self->stopped = g_strdup (date);
  changed (self, FALSE);
}

void
hammy_plan_resume (HammyPlan *self)
{
  g_return_if_fail (HAMMY_IS_PLAN (self));

  if (self->stopped == NULL)
    return;
  g_clear_pointer (&self->stopped, g_free);
  changed (self, FALSE);
}

gboolean
hammy_plan_change_phase (HammyPlan         *self,
                         HammyTriagePhase   phase,
                         GError           **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);

  if (plan_for (phase) == NULL)
    return refuse (error, _("That phase has no circuit."));

  fill_for_phase (self, phase);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = hammy_clock_dup_utc_time (hammy_clock_get_default ());
  self->edited = FALSE;
  self->imported = FALSE;
  changed (self, FALSE);
  return TRUE;
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

  if (own)
    {
      add_string (builder, "private_note", self->private_note);
      if (self->since != NULL)
        add_time (builder, "since", self->since);
      add_string (builder, "stopped", self->stopped);
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
    {
      HammyPlanItem *item = item_at (self, i);

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
      json_builder_end_object (builder);
    }
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
 * warm-up. Whatever else the file holds is left for the reader to judge. */
static gboolean
migrate_plan (JsonObject  *object,
              gint64       from_version,
              GError     **error)
{
  JsonNode *phase_node = json_object_get_member (object, "phase");
  JsonNode *items = json_object_get_member (object, "items");
  const char *phase = NULL;

  if (from_version != 1)
    return TRUE;

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

  return TRUE;
}

static gboolean
migrate_plan_file (JsonObject  *object,
                   gint64       from_version,
                   GError     **error)
{
  JsonNode *plan = json_object_get_member (object, "plan");

  if (plan != NULL && JSON_NODE_HOLDS_OBJECT (plan))
    return migrate_plan (json_node_get_object (plan), from_version, error);

  return TRUE;
}

static gboolean
is_day (const char *text)
{
  int y, m, d;

  return text != NULL && strlen (text) == 10 && g_ascii_isdigit (text[8]) && g_ascii_isdigit (text[9]) &&
         sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y);
}

static gboolean
parse_day (JsonObject  *object,
           const char  *name,
           char       **out,
           GError     **error)
{
  const char *text = NULL;

  if (!hammy_json_get_string (object, name, FALSE, 10, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!is_day (text))
    return hammy_json_set_invalid (error, _("The field “%s” should be a date."), name);

  *out = g_strdup (text);
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
            HammyPlanItem  *item,
            GError        **error)
{
  static const char * const known[] = { "exercise", "section", "sets", "reps", "hold_seconds", "per_side", "load",
                                        "note", NULL };
  const char *id = NULL, *section = NULL, *load = NULL, *note = NULL;
  gint64 sets = 0, reps = 0, hold = 0;
  gboolean per_side = FALSE;
  HammyExercise *exercise;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, 64, &id, error) ||
      !hammy_json_get_string (object, "section", TRUE, 16, &section, error) ||
      !hammy_json_get_int (object, "sets", TRUE, 1, MAX_SETS, &sets, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 1, MAX_REPS, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 1, MAX_HOLD, &hold, error) ||
      !hammy_json_get_boolean (object, "per_side", TRUE, &per_side, error) ||
      !hammy_json_get_string (object, "load", TRUE, 32, &load, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error))
    return FALSE;

  exercise = hammy_library_lookup_exercise (library, id);
  if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (id);

      return hammy_json_set_invalid (error, _("It asks for an exercise this version of Hammy does not have, “%s”."),
                                     excerpt);
    }
  if (index_of (section_ids, section) < 0)
    return hammy_json_set_invalid (error, _("An exercise in it belongs to a part of the session Hammy does not know."));
  if ((reps > 0) == (hold > 0))
    return hammy_json_set_invalid (error, _("An exercise in it should have either repetitions or a hold time, not both or neither."));
  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, load))
    return hammy_json_set_invalid (error, _("An exercise in it has a load Hammy does not know."));

  item->exercise = g_strdup (id);
  item->section = index_of (section_ids, section);
  item->sets = sets;
  item->reps = reps;
  item->hold_seconds = hold;
  item->per_side = per_side;
  item->load = g_strdup (load);
  item->note = note != NULL && *note ? g_strdup (note) : NULL;

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
  if (!hammy_json_get_array (declined, "proposals", TRUE, MAX_DECLINED, &keys, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      JsonNode *node = json_array_get_element (keys, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          strlen (json_node_get_string (node)) > MAX_DECLINED_KEY)
        return hammy_json_set_invalid (error, _("A declined proposal in it is not one Hammy wrote."));
      g_ptr_array_add (self->declined, g_strdup (json_node_get_string (node)));
    }

  return TRUE;
}

/* @own: plan.json from the data folder, which may hold what a plan file never carries. */
static HammyPlan *
parse_body (JsonObject    *object,
            HammyLibrary  *library,
            gboolean       own,
            GError       **error)
{
  g_autoptr(HammyPlan) self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  g_autoptr(GArray) warmup = NULL;
  const char *phase = NULL, *note = NULL, *private_note = NULL;
  JsonArray *items = NULL;
  gint64 ladder_step = -1;

  self->library = g_object_ref (library);
  if (!hammy_json_get_time (object, "created", TRUE, &self->created, error) ||
      !hammy_json_get_string (object, "phase", TRUE, 16, &phase, error) ||
      !hammy_json_get_time (object, "assessment", FALSE, &self->assessment, error) ||
      !hammy_json_get_boolean (object, "edited", FALSE, &self->edited, error) ||
      !hammy_json_get_boolean (object, "imported", FALSE, &self->imported, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error) ||
      !hammy_json_get_int (object, "ladder_step", FALSE, 0, G_N_ELEMENTS (ladder_steps) - 1, &ladder_step, error) ||
      !hammy_json_get_array (object, "items", TRUE, MAX_ITEMS, &items, error))
    return NULL;
  if (own &&
      (!hammy_json_get_string (object, "private_note", FALSE, MAX_NOTE, &private_note, error) ||
       !hammy_json_get_time (object, "since", FALSE, &self->since, error) ||
       !parse_day (object, "stopped", &self->stopped, error) ||
       !parse_declined (self, object, error)))
    return NULL;

  if (!hammy_triage_phase_from_id (phase, &self->phase) || plan_for (self->phase) == NULL)
    {
      hammy_json_set_invalid (error, _("It names a phase that has no circuit."));
      return NULL;
    }
  if (ladder_step >= 0 && self->phase != HAMMY_TRIAGE_PHASE_RETURN)
    {
      hammy_json_set_invalid (error, _("It gives a step of the running ladder to a phase that has none."));
      return NULL;
    }
  if (json_array_get_length (items) == 0)
    {
      hammy_json_set_invalid (error, _("It has no exercises in it."));
      return NULL;
    }
  self->note = note != NULL && *note ? g_strdup (note) : NULL;
  self->private_note = private_note != NULL && *private_note ? g_strdup (private_note) : NULL;
  self->ladder_step = MAX (ladder_step, 0);

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
      if (!parse_item (json_node_get_object (node), library, &item, error))
        {
          item_clear (&item);
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
    item_clear (&g_array_index (warmup, HammyPlanItem, i));
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
                                        "declined", "items", NULL };

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
                                             "ladder_step", "items", NULL };
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
