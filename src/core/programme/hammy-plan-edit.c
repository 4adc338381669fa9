/* hammy-plan-edit.c: a plan edited by the person or their clinician: an exercise swapped for an
 * easier or harder one, its sets, repetitions, hold, load, frequency and note, exercises added,
 * removed and put back, the plan's own note and the step of the running ladder. Each edit is
 * checked against the library and the plan's limits, and a refused one changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-vocabulary.h"

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID, message);
  return FALSE;
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
  if (step >= hammy_plan_get_n_ladder_steps ())
    return refuse (error, _("The running ladder has no such step."));
  if (self->ladder_step == step)
    return TRUE;

  self->ladder_step = step;
  hammy_plan_emit_changed (self, TRUE);
  return TRUE;
}
