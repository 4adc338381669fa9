/* hammy-exercise.c: one exercise or self-check from the library, with its dosage and text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-exercise-private.h"
#include "hammy-vocabulary.h"

G_DEFINE_FINAL_TYPE (HammyExercise, hammy_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static const char * const *
strv_or_empty (char **strv)
{
  return strv != NULL ? (const char * const *) strv : empty_strv;
}

void
hammy_equipment_need_free (HammyEquipmentNeed *need)
{
  g_free (need->id);
  g_strfreev (need->substitutes);
  g_free (need);
}

static void
hammy_exercise_finalize (GObject *object)
{
  HammyExercise *self = HAMMY_EXERCISE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->phases);
  g_free (self->goal);
  g_strfreev (self->muscles);
  g_free (self->dosage.load);
  g_free (self->dosage.frequency);
  g_free (self->schedule.frequency);
  g_free (self->schedule.group);
  g_free (self->schedule.group_load);
  g_strfreev (self->schedule.build_up);
  g_free (self->schedule.keep);
  g_clear_pointer (&self->equipment, g_ptr_array_unref);
  g_free (self->setup);
  g_strfreev (self->steps);
  g_free (self->feel);
  g_strfreev (self->cues);
  g_strfreev (self->mistakes);
  g_strfreev (self->cautions);
  g_strfreev (self->easier);
  g_strfreev (self->harder);
  g_strfreev (self->cards);
  g_free (self->clip);
  g_free (self->interpretation);
  g_strfreev (self->references);
  g_free (self->search_text);

  G_OBJECT_CLASS (hammy_exercise_parent_class)->finalize (object);
}

static void
hammy_exercise_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HammyExercise *self = HAMMY_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_exercise_class_init (HammyExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_exercise_finalize;
  object_class->get_property = hammy_exercise_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_exercise_init (HammyExercise *self)
{
  self->equipment = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_equipment_need_free);
}

const char *
hammy_exercise_get_id (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->id;
}

HammyExerciseKind
hammy_exercise_get_kind (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), HAMMY_EXERCISE_KIND_EXERCISE);
  return self->kind;
}

const char *
hammy_exercise_get_name (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->name;
}

const char *
hammy_exercise_get_summary (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->summary;
}

const char * const *
hammy_exercise_get_phases (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->phases);
}

const char *
hammy_exercise_get_goal (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->goal;
}

const char * const *
hammy_exercise_get_muscles (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->muscles);
}

const HammyDosage *
hammy_exercise_get_dosage (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return &self->dosage;
}

/* Its frequency and group; every member is NULL for a self-check. */
const HammySchedule *
hammy_exercise_get_schedule (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return &self->schedule;
}

GPtrArray *
hammy_exercise_get_equipment (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->equipment;
}

const char *
hammy_exercise_get_setup (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->setup;
}

const char * const *
hammy_exercise_get_steps (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->steps);
}

const char *
hammy_exercise_get_feel (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->feel;
}

const char * const *
hammy_exercise_get_cues (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->cues);
}

const char * const *
hammy_exercise_get_mistakes (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->mistakes);
}

const char * const *
hammy_exercise_get_cautions (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->cautions);
}

gboolean
hammy_exercise_get_cautions_first (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), FALSE);
  return self->cautions_first;
}

const char * const *
hammy_exercise_get_easier (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->easier);
}

const char * const *
hammy_exercise_get_harder (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->harder);
}

const char * const *
hammy_exercise_get_cards (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->cards);
}

const char *
hammy_exercise_get_clip (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->clip;
}

const char *
hammy_exercise_get_interpretation (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return self->interpretation;
}

const char * const *
hammy_exercise_get_references (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);
  return strv_or_empty (self->references);
}

static void
append_range (GString    *text,
              guint       low,
              guint       high)
{
  if (high > low)
    /* Translators: a range of numbers, such as 6–8 */
    g_string_append_printf (text, _("%u–%u"), low, high);
  else
    g_string_append_printf (text, "%u", low);
}

/* “3 × 6–8 each side · Heavy · Effort 7–9 · Every other day”: the whole dose on one line. */
char *
hammy_dosage_format (const HammyDosage *dosage)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) amount = g_string_new (NULL);
  const char *load_name;

  g_return_val_if_fail (dosage != NULL, NULL);

  if (dosage->hold_seconds >= 120 && dosage->hold_seconds % 60 == 0 && dosage->hold_seconds_max % 60 == 0)
    {
      /* Long enough to be an activity, such as a walk: minutes, not a hold. */
      append_range (amount, dosage->hold_seconds / 60, dosage->hold_seconds_max / 60);
      if (dosage->sets == 1)
        /* Translators: a duration in minutes, such as “10–20 min” */
        g_string_append_printf (text, _("%s min"), amount->str);
      else
        /* Translators: sets × a duration in minutes, such as “2 × 10 min” */
        g_string_append_printf (text, _("%u × %s min"), dosage->sets, amount->str);
    }
  else if (dosage->hold_seconds > 0)
    {
      append_range (amount, dosage->hold_seconds, dosage->hold_seconds_max);
      /* Translators: sets × a hold, such as “3 × 20–30 s hold” */
      g_string_append_printf (text, _("%u × %s s hold"), dosage->sets, amount->str);
    }
  else
    {
      append_range (amount, dosage->reps, dosage->reps_max);
      /* Translators: sets × repetitions, such as “3 × 12” */
      g_string_append_printf (text, _("%u × %s"), dosage->sets, amount->str);
    }

  if (dosage->per_side)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("each side"));
    }

  load_name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_LOAD, dosage->load);
  if (load_name != NULL && g_strcmp0 (dosage->load, "bodyweight") != 0)
    g_string_append_printf (text, " · %s", load_name);

  if (dosage->rpe_min > 0)
    {
      g_string_truncate (amount, 0);
      append_range (amount, dosage->rpe_min, dosage->rpe_max);
      g_string_append (text, " · ");
      /* Translators: the target effort on the 1–10 scale, such as “effort 7–9” */
      g_string_append_printf (text, _("effort %s"), amount->str);
    }

  if (hammy_vocabulary_get_name (HAMMY_VOCABULARY_FREQUENCY, dosage->frequency) != NULL)
    g_string_append_printf (text, " · %s", hammy_vocabulary_get_name (HAMMY_VOCABULARY_FREQUENCY, dosage->frequency));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* “3 sets of 6–8 repetitions on each side”: the amount in words, for paper and for Today, where
 * a “×” or an “s” is easy to misread. How often is the schedule's to say. */
char *
hammy_dosage_format_words (const HammyDosage *dosage)
{
  g_autoptr(GString) amount = g_string_new (NULL);
  g_autofree char *unit = NULL;
  g_autofree char *dose = NULL;

  g_return_val_if_fail (dosage != NULL, NULL);

  if (dosage->hold_seconds >= 120 && dosage->hold_seconds % 60 == 0 && dosage->hold_seconds_max % 60 == 0)
    {
      /* Long enough to be an activity, such as a walk: minutes, not a hold. */
      guint high = MAX (dosage->hold_seconds, dosage->hold_seconds_max) / 60;

      append_range (amount, dosage->hold_seconds / 60, dosage->hold_seconds_max / 60);
      /* Translators: a duration, where %s is a number or a range such as “10–20” */
      unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s minute", "%s minutes", high), amount->str);
      if (dosage->sets == 1)
        dose = g_steal_pointer (&unit);
      else
        /* Translators: how many rounds of an activity, such as “2 rounds of 10 minutes” */
        dose = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round of %s", "%u rounds of %s", dosage->sets),
                                dosage->sets, unit);
    }
  else if (dosage->hold_seconds > 0)
    {
      guint high = MAX (dosage->hold_seconds, dosage->hold_seconds_max);

      append_range (amount, dosage->hold_seconds, dosage->hold_seconds_max);
      /* Translators: how long a hold lasts, where %s is a number or a range such as “20–30” */
      unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s second", "%s seconds", high), amount->str);
      /* Translators: how many holds, such as “3 holds of 20–30 seconds” */
      dose = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hold of %s", "%u holds of %s", dosage->sets),
                              dosage->sets, unit);
    }
  else
    {
      guint high = MAX (dosage->reps, dosage->reps_max);

      append_range (amount, dosage->reps, dosage->reps_max);
      /* Translators: repetitions in a set, where %s is a number or a range such as “6–8” */
      unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s repetition", "%s repetitions", high), amount->str);
      /* Translators: how many sets, such as “3 sets of 6–8 repetitions” */
      dose = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set of %s", "%u sets of %s", dosage->sets),
                              dosage->sets, unit);
    }

  if (dosage->per_side)
    {
      g_autofree char *sided = NULL;

      /* Translators: a dose done with each leg, such as “3 sets of 12 repetitions on each side” */
      sided = g_strdup_printf (_("%s on each side"), dose);
      g_free (dose);
      dose = g_steal_pointer (&sided);
    }

  return g_steal_pointer (&dose);
}

/* “A heavy weight, at an effort of 7–9 out of 10”, or NULL when nothing is added to the
 * body's own weight and no effort is asked for. */
char *
hammy_dosage_format_load_words (const HammyDosage *dosage)
{
  const char *load = NULL;

  g_return_val_if_fail (dosage != NULL, NULL);

  if (g_strcmp0 (dosage->load, "light") == 0)
    load = _("A light weight");
  else if (g_strcmp0 (dosage->load, "medium") == 0)
    load = _("A medium weight");
  else if (g_strcmp0 (dosage->load, "heavy") == 0)
    load = _("A heavy weight");
  else if (dosage->rpe_min > 0)
    load = _("Your body weight");

  if (load == NULL)
    return NULL;

  if (dosage->rpe_min > 0)
    {
      g_autoptr(GString) effort = g_string_new (NULL);

      append_range (effort, dosage->rpe_min, dosage->rpe_max);
      /* Translators: a load and the effort it asks for on the 1–10 scale, such as
       * “A heavy weight, at an effort of 7–9 out of 10” */
      return g_strdup_printf (_("%s, at an effort of %s out of 10"), load, effort->str);
    }

  return g_strdup (load);
}

char *
hammy_exercise_dup_dosage_text (HammyExercise *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);

  return hammy_dosage_format (&self->dosage);
}

char *
hammy_exercise_dup_phase_text (HammyExercise *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), NULL);

  if (self->kind == HAMMY_EXERCISE_KIND_SELF_CHECK)
    return g_strdup (_("Self-check"));

  for (guint i = 0; self->phases != NULL && self->phases[i] != NULL; i++)
    {
      const char *name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_PHASE, self->phases[i]);

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  /* Translators: the separator between phase names, as in “Calm It Down, Return to Running” */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

static void
append_search_words (GString    *text,
                     const char *words)
{
  g_autofree char *folded = NULL;

  if (words == NULL)
    return;

  folded = g_utf8_casefold (words, -1);
  g_string_append (text, folded);
  g_string_append_c (text, '\n');
}

static void
append_search_terms (GString            *text,
                     HammyVocabulary     vocabulary,
                     const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      append_search_words (text, hammy_vocabulary_get_name (vocabulary, ids[i]));
      append_search_words (text, ids[i]);
    }
}

static const char *
ensure_search_text (HammyExercise *self)
{
  g_autoptr(GString) text = NULL;

  if (self->search_text != NULL)
    return self->search_text;

  /* Names of muscles, equipment, phases and goal in the person's language, and the ids too,
   * so “hamstring” finds the same rows in every language. */
  text = g_string_new (NULL);
  append_search_words (text, self->name);
  append_search_terms (text, HAMMY_VOCABULARY_MUSCLE, (const char * const *) self->muscles);
  append_search_terms (text, HAMMY_VOCABULARY_PHASE, (const char * const *) self->phases);
  append_search_words (text, hammy_vocabulary_get_name (HAMMY_VOCABULARY_GOAL, self->goal));
  for (guint i = 0; i < self->equipment->len; i++)
    {
      HammyEquipmentNeed *need = g_ptr_array_index (self->equipment, i);
      const char *id[] = { need->id, NULL };

      append_search_terms (text, HAMMY_VOCABULARY_EQUIPMENT, id);
      append_search_terms (text, HAMMY_VOCABULARY_EQUIPMENT, (const char * const *) need->substitutes);
    }
  if (self->kind == HAMMY_EXERCISE_KIND_SELF_CHECK)
    append_search_words (text, _("Self-check"));

  self->search_text = g_string_free (g_steal_pointer (&text), FALSE);
  return self->search_text;
}

/* Every word of the query must appear somewhere: “bridge step” narrows, it does not widen. */
gboolean
hammy_exercise_matches_search (HammyExercise *self,
                               const char    *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const char *haystack;

  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;

  folded = g_utf8_casefold (query, -1);
  words = g_strsplit_set (g_strstrip (folded), " \t", -1);
  haystack = ensure_search_text (self);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] != '\0' && strstr (haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
have_any (GHashTable *on_hand,
          const char *id,
          char      **substitutes)
{
  if (g_hash_table_contains (on_hand, id))
    return TRUE;

  for (guint i = 0; substitutes != NULL && substitutes[i] != NULL; i++)
    {
      if (g_hash_table_contains (on_hand, substitutes[i]))
        return TRUE;
    }

  return FALSE;
}

/* Whether a person with these things at hand can do the exercise: every item, or one of its
 * everyday substitutes. A floor, a wall and a mat-like surface are assumed by callers that
 * want them, not here. */
gboolean
hammy_exercise_can_do_with (HammyExercise *self,
                            GHashTable    *on_hand)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (on_hand != NULL, FALSE);

  for (guint i = 0; i < self->equipment->len; i++)
    {
      HammyEquipmentNeed *need = g_ptr_array_index (self->equipment, i);

      if (!have_any (on_hand, need->id, need->substitutes))
        return FALSE;
    }

  return TRUE;
}
