/* hammy-vocabulary.c: the fixed words the content is written in: phases, goals, muscles,
 * equipment, loads, how often an exercise is done and the group it is counted in, each an id
 * for data and a translated name for people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-vocabulary.h"

typedef struct
{
  const char *id;
  const char *name;
} HammyTerm;

/* Phase ids are the triage contract's (docs/triage.md), in the order a person moves through
 * them. */
static const HammyTerm phases[] = {
  { "calm", N_("Calm It Down") },
  { "build", N_("Build") },
  { "load", N_("Load") },
  { "return", N_("Return to Running") },
  { "warmup", N_("Warm-Up") },
};

static const HammyTerm goals[] = {
  { "ease", N_("Ease Pain") },
  { "strength", N_("Build Strength") },
  { "lengthening", N_("Strength While Lengthening") },
  { "mobility", N_("Move Freely") },
  { "nerve", N_("Calm the Nerve") },
  { "support", N_("Share the Work") },
  { "check", N_("Check Yourself") },
};

static const HammyTerm muscles[] = {
  { "hamstring", N_("Hamstring") },
  { "glutes", N_("Glutes") },
  { "quadriceps", N_("Quadriceps") },
  { "core", N_("Core") },
  { "hip-adductors", N_("Inner Thigh") },
  { "hip-abductors", N_("Outer Hip") },
  { "calves", N_("Calves") },
  { "lower-back", N_("Lower Back") },
  { "sciatic-nerve", N_("Sciatic Nerve") },
};

static const HammyTerm equipment[] = {
  { "mat", N_("Mat") },
  { "foam-roller", N_("Foam Roller") },
  { "pool-noodle", N_("Pool Noodle") },
  { "rolled-towel", N_("Rolled Towel") },
  { "yoga-block", N_("Yoga Block") },
  { "cushion", N_("Cushion") },
  { "wall", N_("Wall") },
  { "step", N_("Step") },
  { "chair", N_("Chair") },
  { "sofa", N_("Sofa") },
  { "table", N_("Table") },
  { "dumbbell", N_("Dumbbell") },
  { "kettlebell", N_("Kettlebell") },
  { "backpack", N_("Loaded Backpack") },
  { "water-bottles", N_("Water Bottles") },
  { "stability-ball", N_("Stability Ball") },
  { "resistance-band", N_("Resistance Band") },
  { "towel", N_("Towel") },
  { "smooth-floor", N_("Smooth Floor") },
  { "partner", N_("A Partner") },
  { "sturdy-anchor", N_("Sturdy Anchor") },
};

/* Loads share words with other things (“Light” is also a style): they carry a context. */
static const HammyTerm loads[] = {
  { "bodyweight", NC_("load", "Bodyweight") },
  { "light", NC_("load", "Light") },
  { "medium", NC_("load", "Medium") },
  { "heavy", NC_("load", "Heavy") },
};

/* How often an exercise is due (docs/programme.md, "Schedule"), the most often first. The
 * first seven are days on the calendar; the last two follow something else in the plan. */
static const HammyTerm frequencies[] = {
  { "twice-a-day", N_("Twice a day") },
  { "daily", N_("Every day") },
  { "every-other-day", N_("Every other day") },
  { "every-third-day", N_("Every third day") },
  { "three-a-week", N_("Three times a week") },
  { "twice-a-week", N_("Twice a week") },
  { "once-a-week", N_("Once a week") },
  { "with-session", N_("Before strength work") },
  { "before-runs", N_("Before each run") },
};

/* The groups the schedule counts together; heavy lengthening work has limits of its own. */
static const HammyTerm groups[] = {
  { "walking", N_("Walking") },
  { "isometric", N_("Holds") },
  { "range", N_("Gentle range") },
  { "lengthening", N_("Lengthening") },
  { "heavy-lengthening", N_("Heavy lengthening") },
  { "strength", N_("Strength") },
  { "support", N_("Hips and core") },
  { "mobility", N_("Mobility") },
  { "nerve", N_("Nerve gliding") },
};

static const struct
{
  const HammyTerm *terms;
  guint            n_terms;
} vocabularies[HAMMY_N_VOCABULARIES] = {
  [HAMMY_VOCABULARY_PHASE] = { phases, G_N_ELEMENTS (phases) },
  [HAMMY_VOCABULARY_GOAL] = { goals, G_N_ELEMENTS (goals) },
  [HAMMY_VOCABULARY_MUSCLE] = { muscles, G_N_ELEMENTS (muscles) },
  [HAMMY_VOCABULARY_EQUIPMENT] = { equipment, G_N_ELEMENTS (equipment) },
  [HAMMY_VOCABULARY_LOAD] = { loads, G_N_ELEMENTS (loads) },
  [HAMMY_VOCABULARY_FREQUENCY] = { frequencies, G_N_ELEMENTS (frequencies) },
  [HAMMY_VOCABULARY_GROUP] = { groups, G_N_ELEMENTS (groups) },
};

static const HammyTerm *
lookup (HammyVocabulary  vocabulary,
        const char      *id)
{
  g_return_val_if_fail (vocabulary < HAMMY_N_VOCABULARIES, NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < vocabularies[vocabulary].n_terms; i++)
    {
      if (g_str_equal (vocabularies[vocabulary].terms[i].id, id))
        return &vocabularies[vocabulary].terms[i];
    }

  return NULL;
}

gboolean
hammy_vocabulary_contains (HammyVocabulary  vocabulary,
                           const char      *id)
{
  return lookup (vocabulary, id) != NULL;
}

/* Where an id stands in its vocabulary, -1 when it has none: the loads are listed lightest
 * first, so their indices order them. */
int
hammy_vocabulary_get_index (HammyVocabulary  vocabulary,
                            const char      *id)
{
  const HammyTerm *term = lookup (vocabulary, id);

  if (term == NULL)
    return -1;

  return (int) (term - vocabularies[vocabulary].terms);
}

/* NULL for an id the vocabulary does not have, so callers cannot show a raw id by mistake. */
const char *
hammy_vocabulary_get_name (HammyVocabulary  vocabulary,
                           const char      *id)
{
  const HammyTerm *term = lookup (vocabulary, id);

  if (term == NULL)
    return NULL;

  if (vocabulary == HAMMY_VOCABULARY_LOAD)
    return g_dpgettext2 (GETTEXT_PACKAGE, "load", term->name);

  return _(term->name);
}

guint
hammy_vocabulary_get_n_ids (HammyVocabulary vocabulary)
{
  g_return_val_if_fail (vocabulary < HAMMY_N_VOCABULARIES, 0);

  return vocabularies[vocabulary].n_terms;
}

const char *
hammy_vocabulary_get_id (HammyVocabulary vocabulary,
                         guint           index)
{
  g_return_val_if_fail (vocabulary < HAMMY_N_VOCABULARIES, NULL);

  if (index >= vocabularies[vocabulary].n_terms)
    return NULL;

  return vocabularies[vocabulary].terms[index].id;
}
