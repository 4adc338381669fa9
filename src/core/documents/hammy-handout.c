/* hammy-handout.c: what a printed handout of a plan says, made once from a plan, the library
 * and a date, so the page that prints it only lays it out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-dates.h"
#include "hammy-handout.h"
#include "hammy-schedule.h"
#include "hammy-triage-text.h"

struct _HammyHandout
{
  GObject       parent_instance;

  HammyPlan    *plan;       /* kept: the items point into its notes */
  HammyLibrary *library;    /* kept: the items point into its exercises */
  char         *date_line;
  char         *source_line;
  char         *patient_line; /* or NULL */
  const char   *note;
  GArray       *items;      /* of HammyHandoutItem */
  GArray       *red_flags;  /* of HammyClinicianSign */
  const char  **pain_rules; /* translated, NULL-terminated */
  const char  **stop_rules;
};

G_DEFINE_FINAL_TYPE (HammyHandout, hammy_handout, G_TYPE_OBJECT)

/* docs/content.md, "Pain and effort": the pain-monitoring model that progression uses too. */
static const char * const pain_rules[] = {
  N_("Pain of 0 to 3 out of 10 while you exercise is fine: carry on."),
  N_("Pain of 4 or 5 is acceptable, as long as it has settled by the next morning."),
  N_("Pain above 5: stop that exercise for today."),
  N_("The next morning, your pain and stiffness should be no worse than usual. If they are, do less next time."),
};

static const char * const stop_rules[] = {
  N_("Stop at once if you feel a sudden, sharp pain or a pop at the back of your thigh."),
  N_("Stop an exercise when the pain goes above 5 out of 10, and do less of it next time."),
  N_("Do not move on to harder work while the next morning is worse than usual: stay where you are or step back."),
  N_("Stop and see a clinician if tingling or burning spreads down your leg, or you notice numbness or weakness."),
};

static void
item_clear (HammyHandoutItem *item)
{
  g_free (item->dosage);
  g_free (item->load);
}

static const char **
translate_all (const char * const *msgids,
               guint               n)
{
  const char **strings = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    strings[i] = _(msgids[i]);

  return strings;
}

static void
append_range (GString *text,
              guint    low,
              guint    high)
{
  if (high > low)
    /* Translators: a range of numbers, such as 6–8 */
    g_string_append_printf (text, _("%u–%u"), low, high);
  else
    g_string_append_printf (text, "%u", low);
}

/* The plan keeps its own numbers; the library adds what the plan does not carry (a range that
 * still starts where the plan does, the effort for the same load, how often). */
static HammyDosage
dosage_for_item (HammyExercise       *exercise,
                 const HammyPlanItem *item)
{
  HammyDosage dosage = *hammy_exercise_get_dosage (exercise);

  if (item->reps != dosage.reps || item->hold_seconds != dosage.hold_seconds)
    {
      dosage.reps_max = 0;
      dosage.hold_seconds_max = 0;
    }
  if (g_strcmp0 (item->load, dosage.load) != 0)
    {
      dosage.rpe_min = 0;
      dosage.rpe_max = 0;
    }

  dosage.sets = item->sets;
  dosage.reps = item->reps;
  dosage.hold_seconds = item->hold_seconds;
  dosage.per_side = item->per_side;
  dosage.load = item->load;
  /* How often is the plan's, which a clinician may have changed. */
  dosage.frequency = item->frequency;

  return dosage;
}

static char *
format_source (HammyPlan *plan)
{
  g_autofree char *made = hammy_dates_format_date_time (hammy_plan_get_created (plan), HAMMY_DATE_STYLE_DAY);

  if (hammy_plan_get_imported (plan))
    return g_strdup_printf (_("Brought in from a plan file on %s."), made);

  if (hammy_plan_get_assessment (plan) != NULL)
    {
      g_autofree char *checked = hammy_dates_format_date_time (hammy_plan_get_assessment (plan), HAMMY_DATE_STYLE_DAY);

      return g_strdup_printf (_("Made from your check on %s."), checked);
    }

  return g_strdup_printf (_("Made on %s."), made);
}

static void
hammy_handout_finalize (GObject *object)
{
  HammyHandout *self = HAMMY_HANDOUT (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_free (self->date_line);
  g_free (self->source_line);
  g_free (self->patient_line);
  g_array_unref (self->items);
  g_array_unref (self->red_flags);
  g_free (self->pain_rules);
  g_free (self->stop_rules);

  G_OBJECT_CLASS (hammy_handout_parent_class)->finalize (object);
}

static void
hammy_handout_class_init (HammyHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_handout_finalize;
}

static void
hammy_handout_init (HammyHandout *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (HammyHandoutItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->red_flags = g_array_new (FALSE, TRUE, sizeof (HammyClinicianSign));
}

/* The handout of @plan as of @date. Notes stay out unless @flags asks for them: a clinician
 * may have written them for themselves, and a handout leaves the room. */
HammyHandout *
hammy_handout_new (HammyPlan         *plan,
                   HammyLibrary      *library,
                   GDateTime         *date,
                   HammyHandoutFlags  flags)
{
  HammyHandout *self;
  gboolean with_notes = (flags & HAMMY_HANDOUT_WITH_NOTES) != 0;
  HammyClinicianSign sign;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_HANDOUT, NULL);
  self->plan = g_object_ref (plan);
  self->library = g_object_ref (library);
  self->date_line = hammy_dates_format_date_time (date, HAMMY_DATE_STYLE_DAY);
  self->source_line = format_source (plan);
  self->note = with_notes ? hammy_plan_get_note (plan) : NULL;

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *plan_item = hammy_plan_get_item (plan, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (library, plan_item->exercise);
      const char * const *cues;
      HammyHandoutItem item = { 0 };
      HammyDosage dosage;

      /* A plan is checked against the library when it is made or read. */
      g_assert (exercise != NULL);

      dosage = dosage_for_item (exercise, plan_item);
      cues = hammy_exercise_get_cues (exercise);

      item.exercise = hammy_exercise_get_id (exercise);
      item.name = hammy_exercise_get_name (exercise);
      item.summary = hammy_exercise_get_summary (exercise);
      item.clip = hammy_exercise_get_clip (exercise);
      item.dosage = hammy_handout_format_dosage (&dosage);
      item.load = hammy_handout_format_load (&dosage);
      item.note = with_notes ? plan_item->note : NULL;
      for (guint c = 0; c < HAMMY_HANDOUT_N_CUES && cues[c] != NULL; c++)
        item.cues[c] = cues[c];

      g_array_append_val (self->items, item);
    }

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    g_array_append_val (self->red_flags, sign);

  self->pain_rules = translate_all (pain_rules, G_N_ELEMENTS (pain_rules));
  self->stop_rules = translate_all (stop_rules, G_N_ELEMENTS (stop_rules));

  return self;
}

/* Whether there is anything for HAMMY_HANDOUT_WITH_NOTES to add. */
gboolean
hammy_handout_plan_has_notes (HammyPlan *plan)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);

  if (hammy_plan_get_note (plan) != NULL)
    return TRUE;

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    if (hammy_plan_get_item (plan, i)->note != NULL)
      return TRUE;

  return FALSE;
}

const char *
hammy_handout_get_title (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return _("Your Hamstring Plan");
}

const char *
hammy_handout_get_date_line (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->date_line;
}

/* Whose plan it is, on every page: the name of the profile it is printed from. */
void
hammy_handout_set_patient (HammyHandout *self,
                           const char   *name)
{
  g_return_if_fail (HAMMY_IS_HANDOUT (self));

  g_clear_pointer (&self->patient_line, g_free);
  if (name != NULL && *name != '\0')
    /* TRANSLATORS: whose handout or visit summary it is, as in “For Zoë Müller” */
    self->patient_line = g_strdup_printf (_("For %s"), name);
}

/* “For” the patient's name, or NULL when the handout names no one. */
const char *
hammy_handout_get_patient_line (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->patient_line;
}

const char *
hammy_handout_get_source_line (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->source_line;
}

const char *
hammy_handout_get_phase_title (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return hammy_triage_phase_get_title (hammy_plan_get_phase (self->plan));
}

const char *
hammy_handout_get_phase_meaning (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return hammy_triage_phase_get_meaning (hammy_plan_get_phase (self->plan));
}

/* The plan's own note, or NULL when there is none or notes were left out. */
const char *
hammy_handout_get_note (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->note;
}

guint
hammy_handout_get_n_items (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), 0);
  return self->items->len;
}

const HammyHandoutItem *
hammy_handout_get_item (HammyHandout *self,
                        guint         index)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, HammyHandoutItem, index);
}

const char * const *
hammy_handout_get_pain_rules (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->pain_rules;
}

const char * const *
hammy_handout_get_stop_rules (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->stop_rules;
}

const char *
hammy_handout_get_red_flags_intro (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return _("Stop the plan and get help if you notice any of these signs.");
}

guint
hammy_handout_get_n_red_flags (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), 0);
  return self->red_flags->len;
}

const HammyClinicianSign *
hammy_handout_get_red_flag (HammyHandout *self,
                            guint         index)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (index < self->red_flags->len, NULL);
  return &g_array_index (self->red_flags, HammyClinicianSign, index);
}

const char *
hammy_handout_get_notice (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return _("Hammy gives guidance, not a diagnosis: it cannot examine you. "
           "If anything here is unclear, ask a physiotherapist or doctor.");
}

/* “3 sets of 6–8 repetitions on each side, twice a week”: a dose in words for paper, where a
 * “×” or an “s” is easy to misread. */
char *
hammy_handout_format_dosage (const HammyDosage *dosage)
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

  if (hammy_frequency_get_phrase (dosage->frequency) != NULL)
    /* Translators: a dose and how often, such as “3 sets of 12 repetitions on each side, twice a day” */
    return g_strdup_printf (_("%s, %s"), dose, hammy_frequency_get_phrase (dosage->frequency));

  return g_steal_pointer (&dose);
}

/* “A heavy weight, at an effort of 7–9 out of 10”, or NULL when nothing is added to the
 * body's own weight and no effort is asked for. */
char *
hammy_handout_format_load (const HammyDosage *dosage)
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
