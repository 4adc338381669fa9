/* hammy-planner.c: Hammy makes a plan: the pathway's exercises for a phase at their easiest, the
 * picture, flags and onset an assessment gives, and the phase's run days; and moves a plan to
 * another phase the same way (docs/programme.md, "Pathways").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-days.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"

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
          /* Days are written from 1970 on (docs/data-formats.md): an onset before it is kept as
           * its first day, so that the plan can always be saved. */
          if (g_date_get_year (&onset) < 1970)
            g_date_set_dmy (&onset, 1, 1, 1970);
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

gboolean
hammy_plan_change_phase (HammyPlan         *self,
                         HammyTriagePhase   phase,
                         GError           **error)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);

  if (!hammy_pathway_has_plan (phase))
    {
      g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID, _("That phase has no circuit."));
      return FALSE;
    }

  fill_for_phase (self, phase);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = hammy_clock_dup_utc_time (hammy_plan_get_clock (self));
  self->edited = FALSE;
  self->imported = FALSE;
  hammy_plan_emit_changed (self, FALSE);
  return TRUE;
}
