/* hammy-handout.c: what a printed handout of a plan says, made once from a plan, the library
 * and a date, so the page that prints it only lays it out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-dates.h"
#include "hammy-days.h"
#include "hammy-handout.h"
#include "hammy-pain.h"
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
  char         *clinician_line; /* or NULL */
  const char   *note;
  GArray       *items;      /* of HammyHandoutItem */
  GArray       *red_flags;  /* of HammyClinicianSign */
  GStrv         pain_rules; /* at the plan's cap */
  GStrv         stop_rules;
  char         *running;    /* the running rule's sentence for today, or NULL */
};

G_DEFINE_FINAL_TYPE (HammyHandout, hammy_handout, G_TYPE_OBJECT)

/* docs/content.md, "Pain and effort", at the plan's cap (docs/programme.md, "Words"): the
 * rules the guided session and progression keep, for this person's picture. */
static GStrv
make_pain_rules (int cap)
{
  GPtrArray *rules = g_ptr_array_new ();
  int fine = MIN (cap, HAMMY_PAIN_FINE_MAX);

  g_ptr_array_add (rules, g_strdup_printf (_("Pain of 0 to %d out of 10 while you exercise is fine: carry on."), fine));
  if (cap == fine + 1)
    g_ptr_array_add (rules, g_strdup_printf (_("Pain of %d is acceptable, as long as it has settled by the next morning."), cap));
  else if (cap > fine + 1)
    /* Translators: two pain scores, such as “Pain of 4 or 5 is acceptable…” */
    g_ptr_array_add (rules, g_strdup_printf (_("Pain of %d or %d is acceptable, as long as it has settled by the next morning."),
                                             cap - 1, cap));
  g_ptr_array_add (rules, g_strdup_printf (_("Pain above %d: stop that exercise for today."), cap));
  g_ptr_array_add (rules, g_strdup (_("The next morning, your pain and stiffness should be no worse than usual. If they are, do less next time.")));
  g_ptr_array_add (rules, NULL);

  return (GStrv) g_ptr_array_free (rules, FALSE);
}

static GStrv
make_stop_rules (int cap)
{
  GPtrArray *rules = g_ptr_array_new ();

  g_ptr_array_add (rules, g_strdup (_("Stop at once if you feel a sudden, sharp pain or a pop at the back of your thigh.")));
  g_ptr_array_add (rules, g_strdup_printf (_("Stop an exercise when the pain goes above %d out of 10, and do less of it next time."), cap));
  g_ptr_array_add (rules, g_strdup (_("Do not move on to harder work while the next morning is worse than usual: stay where you are or step back.")));
  g_ptr_array_add (rules, g_strdup (_("Stop and see a clinician if tingling or burning spreads down your leg, or you notice numbness or weakness.")));
  g_ptr_array_add (rules, NULL);

  return (GStrv) g_ptr_array_free (rules, FALSE);
}

static void
item_clear (HammyHandoutItem *item)
{
  g_free (item->dosage);
  g_free (item->load);
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
  g_free (self->clinician_line);
  g_array_unref (self->items);
  g_array_unref (self->red_flags);
  g_strfreev (self->pain_rules);
  g_strfreev (self->stop_rules);
  g_free (self->running);

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

static HammyHandout *
handout_new (HammyPlan         *plan,
             HammyLibrary      *library,
             GDateTime         *date,
             const char        *running,
             HammyHandoutFlags  flags)
{
  HammyHandout *self;
  gboolean with_notes = (flags & HAMMY_HANDOUT_WITH_NOTES) != 0;
  HammyClinicianSign sign;
  GDate day;

  hammy_day_of_time (date, &day);

  self = g_object_new (HAMMY_TYPE_HANDOUT, NULL);
  self->running = g_strdup (running);
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
      item.dosage = hammy_schedule_dup_dose_text (plan, plan_item, &day);
      item.load = hammy_handout_format_load (&dosage);
      item.note = with_notes ? plan_item->note : NULL;
      for (guint c = 0; c < HAMMY_HANDOUT_N_CUES && cues[c] != NULL; c++)
        item.cues[c] = cues[c];

      g_array_append_val (self->items, item);
    }

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    g_array_append_val (self->red_flags, sign);

  self->pain_rules = make_pain_rules (hammy_plan_get_pain_cap (plan));
  self->stop_rules = make_stop_rules (hammy_plan_get_pain_cap (plan));

  return self;
}

/* The handout of @plan as of @date, without running advice: that needs the person's answers
 * and their days (hammy_handout_new_for_today()). Notes stay out unless @flags asks for them: a
 * clinician may have written them for themselves, and a handout leaves the room. */
HammyHandout *
hammy_handout_new (HammyPlan         *plan,
                   HammyLibrary      *library,
                   GDateTime         *date,
                   HammyHandoutFlags  flags)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return handout_new (plan, library, date, NULL, flags);
}

/* The handout of @today's plan, with the running advice Today shows, in its words. */
HammyHandout *
hammy_handout_new_for_today (HammyToday        *today,
                             HammyLibrary      *library,
                             GDateTime         *date,
                             HammyHandoutFlags  flags)
{
  const HammyRunningAdvice *running;

  g_return_val_if_fail (HAMMY_IS_TODAY (today), NULL);
  g_return_val_if_fail (hammy_today_get_plan (today) != NULL, NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  running = hammy_today_get_running (today);
  return handout_new (hammy_today_get_plan (today), library, date, running != NULL ? running->text : NULL, flags);
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

/* The clinician's line as it goes on paper: one line of at most HAMMY_CLINICIAN_LINE_MAX
 * characters, its runs of spaces and line ends made one space; NULL when nothing is left. */
char *
hammy_clinician_line_clean (const char *text)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint n = 0;
  gboolean space = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  for (const char *p = text; *p != '\0' && n < HAMMY_CLINICIAN_LINE_MAX; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (line, ' ');
          n++;
          space = FALSE;
        }
      g_string_append_unichar (line, c);
      n++;
    }

  return line->len > 0 ? g_strdup (line->str) : NULL;
}

/* Who gives the handout: the clinician's name, clinic and contact from the preferences. */
void
hammy_handout_set_clinician (HammyHandout *self,
                             const char   *text)
{
  g_return_if_fail (HAMMY_IS_HANDOUT (self));

  g_clear_pointer (&self->clinician_line, g_free);
  self->clinician_line = hammy_clinician_line_clean (text);
}

/* The clinician's line, or NULL when none was set. */
const char *
hammy_handout_get_clinician_line (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->clinician_line;
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
  return (const char * const *) self->pain_rules;
}

const char * const *
hammy_handout_get_stop_rules (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return (const char * const *) self->stop_rules;
}

/* The running advice, as Today gives it; NULL for a handout made from a plan alone. */
const char *
hammy_handout_get_running (HammyHandout *self)
{
  g_return_val_if_fail (HAMMY_IS_HANDOUT (self), NULL);
  return self->running;
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
  g_autofree char *dose = NULL;

  g_return_val_if_fail (dosage != NULL, NULL);

  dose = hammy_dosage_format_words (dosage);
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
  g_return_val_if_fail (dosage != NULL, NULL);

  return hammy_dosage_format_load_words (dosage);
}
