/* hammy-phase-check.c: a phase check: what it asks, and the gate's verdict on the answers
 * (docs/programme.md, "Phase checks").
 *
 * A check asks every answer its gate reads except the onset, which the calendar keeps, and what
 * was already answered today (a check that failed this morning, a check done today). A limp,
 * tingling or numbness counts only when reported: they are asked, and a missing one passes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-phase-check.h"
#include "hammy-plan.h"
#include "hammy-triage-text.h"

struct _HammyPhaseCheck
{
  GObject          parent_instance;

  HammyPhaseGate   gate;
  JsonObject      *known;       /* answered today already */
  GStrv            questions;   /* the answer ids to ask, in the gate's order */
  guint            counted;
  gboolean         for_waits;   /* asks only what exercises that wait need; moves no phase */
  char            *why;
  char            *key;
};

G_DEFINE_FINAL_TYPE (HammyPhaseCheck, hammy_phase_check, G_TYPE_OBJECT)

/* Facts of the calendar and of the check that started it all, never asked again. */
static const char * const not_asked[] = { "onset", "days_since_onset", NULL };

static void
hammy_phase_check_finalize (GObject *object)
{
  HammyPhaseCheck *self = HAMMY_PHASE_CHECK (object);

  g_clear_pointer (&self->known, json_object_unref);
  g_strfreev (self->questions);
  g_free (self->why);
  g_free (self->key);

  G_OBJECT_CLASS (hammy_phase_check_parent_class)->finalize (object);
}

static void
hammy_phase_check_class_init (HammyPhaseCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_phase_check_finalize;
}

static void
hammy_phase_check_init (HammyPhaseCheck *self)
{
}

/* The check into @gate's phase, after @counted good sessions; @known_today (may be NULL) holds
 * what was answered today already; @onset_known: a check said how it started, and the calendar
 * counts the days since (a plan from a file has no check: the check asks). */
HammyPhaseCheck *
hammy_phase_check_new (HammyPhaseGate  gate,
                       JsonObject     *known_today,
                       gboolean        onset_known,
                       guint           counted)
{
  HammyPhaseCheck *self;
  g_autoptr(GStrvBuilder) questions = g_strv_builder_new ();
  const char * const *answers;

  g_return_val_if_fail (gate < HAMMY_N_PHASE_GATES, NULL);

  self = g_object_new (HAMMY_TYPE_PHASE_CHECK, NULL);
  self->gate = gate;
  self->counted = counted;
  self->known = known_today != NULL ? json_object_ref (known_today) : json_object_new ();

  answers = hammy_phase_gate_get_answers (gate);
  for (guint i = 0; answers[i] != NULL; i++)
    if (!(onset_known && g_strv_contains (not_asked, answers[i])) && !json_object_has_member (self->known, answers[i]))
      g_strv_builder_add (questions, answers[i]);
  self->questions = g_strv_builder_end (questions);

  self->why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: a number of sessions, then a phase such as “Build”. */
                                            "You have had %u good session with no worse morning after it. A short check decides whether %s can start.",
                                            "You have had %u good sessions, each with no worse morning after. A short check decides whether %s can start.",
                                            counted),
                               counted, hammy_triage_phase_get_title (hammy_phase_check_get_phase (self)));
  self->key = g_strdup_printf ("phase-check:%s:%u", hammy_triage_phase_to_id (hammy_phase_check_get_phase (self)), counted);

  return self;
}

/* A check for exercises that wait on an answer (hammy_pathway_dup_wait_questions()), offered
 * when the next phase's check is not (the calendar does not allow it yet): @questions, less what
 * @known_today holds. Its answers let the exercises start; the phase stays. NULL when nothing is
 * left to ask. */
HammyPhaseCheck *
hammy_phase_check_new_for_waits (HammyPhaseGate       gate,
                                 const char * const  *questions,
                                 JsonObject          *known_today,
                                 guint                counted)
{
  g_autoptr(HammyPhaseCheck) self = NULL;
  g_autoptr(GStrvBuilder) asked = g_strv_builder_new ();

  g_return_val_if_fail (gate < HAMMY_N_PHASE_GATES, NULL);
  g_return_val_if_fail (questions != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_PHASE_CHECK, NULL);
  self->gate = gate;
  self->counted = counted;
  self->for_waits = TRUE;
  self->known = known_today != NULL ? json_object_ref (known_today) : json_object_new ();
  for (guint i = 0; questions[i] != NULL; i++)
    if (!json_object_has_member (self->known, questions[i]))
      g_strv_builder_add (asked, questions[i]);
  self->questions = g_strv_builder_end (asked);
  if (self->questions[0] == NULL)
    return NULL;

  self->why = g_strdup (_("Some exercises are waiting until your leg is ready for them. A few quick questions tell whether they can start."));
  self->key = g_strdup_printf ("wait-check:%u", counted);

  return g_steal_pointer (&self);
}

/* Whether it asks only for exercises that wait, and moves no phase whatever the answers. */
gboolean
hammy_phase_check_is_for_waits (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), FALSE);
  return self->for_waits;
}

HammyPhaseGate
hammy_phase_check_get_gate (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), HAMMY_PHASE_GATE_BUILD);
  return self->gate;
}

/* The phase the plan moves to when the check passes. */
HammyTriagePhase
hammy_phase_check_get_phase (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), HAMMY_TRIAGE_PHASE_CALM);
  return hammy_phase_gate_get_phase (self->gate);
}

/* The answer ids to ask, in order: the questions and self-checks of the triage contract and of
 * the phase checks (docs/programme.md). */
const char * const *
hammy_phase_check_get_questions (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);
  return (const char * const *) self->questions;
}

/* What was answered today already, which the check does not ask again. */
JsonObject *
hammy_phase_check_get_known (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);
  return self->known;
}

guint
hammy_phase_check_get_counted (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), 0);
  return self->counted;
}

/* Why it is offered, in one sentence. */
const char *
hammy_phase_check_get_why (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);
  return self->why;
}

/* What declining it today is kept as. */
const char *
hammy_phase_check_get_key (HammyPhaseCheck *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);
  return self->key;
}

/* The answers the gate judges: what was known today, with @answers over it, and the onset of
 * @onset (the check that started it all; may be NULL), which new answers never move. */
JsonObject *
hammy_phase_check_dup_answers (HammyPhaseCheck *self,
                               JsonObject      *answers,
                               JsonObject      *onset)
{
  JsonObject *all = json_object_new ();
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), all);

  if (onset != NULL && json_object_has_member (onset, "onset"))
    json_object_set_member (all, "onset", json_node_copy (json_object_get_member (onset, "onset")));

  members = json_object_get_members (self->known);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (all, l->data, json_node_copy (json_object_get_member (self->known, l->data)));
  g_clear_pointer (&members, g_list_free);

  if (answers != NULL)
    {
      members = json_object_get_members (answers);
      for (GList *l = members; l != NULL; l = l->next)
        if (!json_object_has_member (all, l->data) || !g_strv_contains (not_asked, l->data))
          json_object_set_member (all, l->data, json_node_copy (json_object_get_member (answers, l->data)));
    }

  return all;
}

/* Whether @answers (from hammy_phase_check_dup_answers()) pass the gate; each check that does
 * not is added to @failures (of HammyGateFailure, may be NULL). */
gboolean
hammy_phase_check_judge (HammyPhaseCheck      *self,
                         JsonObject           *answers,
                         const HammyGateFacts *facts,
                         GPtrArray            *failures)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (!self->for_waits, FALSE);

  return hammy_phase_gate_passes (self->gate, answers, facts, failures);
}

/* The result's title: “On to Build”, or “Not Yet”; for a check of what waits, whether it can
 * start. */
char *
hammy_phase_check_dup_result_title (HammyPhaseCheck *self,
                                    gboolean         passed)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);

  if (!passed)
    return g_strdup (_("Not Yet"));
  if (self->for_waits)
    return g_strdup (_("Ready for More"));
  /* Translators: the title of a passed phase check, with the new phase such as “Build” */
  return g_strdup_printf (_("On to %s"), hammy_triage_phase_get_title (hammy_phase_check_get_phase (self)));
}

static char *
dup_names (HammyLibrary       *library,
           const char * const *ids)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (library, ids[i]);

      if (names->len > 0)
        /* Translators: the separator between exercises in a list inside a sentence */
        g_string_append (names, _(", "));
      g_string_append (names, exercise != NULL ? hammy_exercise_get_name (exercise) : ids[i]);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* What the check's result means, in a sentence, and the points under it (added to @points, of
 * char *), for @after, the plan once the result applied: after a pass, the new phase and what
 * changed against the exercise ids @before held; after a failure, each check of @failures (of
 * HammyGateFailure) that did not pass, in plain words, and when the check comes again. */
char *
hammy_phase_check_dup_outcome (HammyPhaseCheck    *self,
                               gboolean            passed,
                               const char * const *before,
                               HammyPlan          *after,
                               GPtrArray          *failures,
                               GPtrArray          *points)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (self), NULL);
  g_return_val_if_fail (HAMMY_IS_PLAN (after), NULL);
  g_return_val_if_fail (points != NULL, NULL);

  if (self->for_waits)
    return g_strdup (passed ? _("Thank you. The exercises that were waiting start on their next day, a few at a time.")
                            : _("Your leg is not ready for the exercises that wait yet. Hammy asks again after your next good session."));

  if (!passed)
    {
      for (guint i = 0; failures != NULL && i < failures->len; i++)
        {
          HammyGateFailure *failure = g_ptr_array_index (failures, i);

          g_ptr_array_add (points, g_strdup (failure->text));
        }
      /* Translators: a phase such as “Build” */
      return g_strdup_printf (_("Your plan stays in %s for now: these did not pass yet. Hammy offers the check again after your next good session."),
                              hammy_triage_phase_get_title (hammy_plan_get_phase (after)));
    }

  {
    HammyLibrary *library = hammy_plan_get_library (after);
    g_autoptr(GStrvBuilder) added = g_strv_builder_new ();
    g_autoptr(GStrvBuilder) gone = g_strv_builder_new ();
    g_auto(GStrv) added_ids = NULL;
    g_auto(GStrv) gone_ids = NULL;

    for (guint i = 0; i < hammy_plan_get_n_items (after); i++)
      if (before == NULL || !g_strv_contains (before, hammy_plan_get_item (after, i)->exercise))
        g_strv_builder_add (added, hammy_plan_get_item (after, i)->exercise);
    for (guint i = 0; before != NULL && before[i] != NULL; i++)
      if (hammy_plan_find_item (after, before[i]) < 0)
        g_strv_builder_add (gone, before[i]);
    added_ids = g_strv_builder_end (added);
    gone_ids = g_strv_builder_end (gone);

    g_ptr_array_add (points, g_strdup (hammy_triage_phase_get_meaning (hammy_plan_get_phase (after))));
    if (added_ids[0] != NULL)
      {
        g_autofree char *names = dup_names (library, (const char * const *) added_ids);

        /* Translators: exercises a new phase brings, in a list */
        g_ptr_array_add (points, g_strdup_printf (_("New in your plan: %s. Each starts at its easiest, a few at a time."), names));
      }
    if (gone_ids[0] != NULL)
      {
        g_autofree char *names = dup_names (library, (const char * const *) gone_ids);

        /* Translators: exercises a new phase no longer holds, in a list */
        g_ptr_array_add (points, g_strdup_printf (_("No longer in your plan: %s."), names));
      }
  }

  /* Translators: a phase such as “Load” */
  return g_strdup_printf (_("Your plan is in %s from today. What changes:"),
                          hammy_triage_phase_get_title (hammy_phase_check_get_phase (self)));
}
