/* hammy-data-proposals.c: HammyData's programme for the profile in use: when to offer the
 * morning check-in, the step-backs and stops applied at once, progression's proposals taken or
 * declined, the phase check, what the rules read from the person's answers, and bringing a plan
 * from an older Hammy up to date (docs/programme.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-data-private.h"
#include "hammy-days.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
#include "hammy-triage-text.h"

/* A run's pain told at a morning check-in stays news this long. */
#define RUN_PAIN_DAYS 7

static GDateTime *
dup_now (HammyData *self)
{
  return hammy_clock_dup_wall_time (self->clock);
}

/* TRUE once a day, the first time it is asked on a day the check-in is due and a plan is in
 * use: the check-in is offered then, and not again that day however often Today updates. */
gboolean
hammy_data_checkin_prompt_due (HammyData *self,
                               GDateTime *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  day = hammy_progression_dup_day (today);
  if (!self->loaded || self->read_only || self->plan == NULL || hammy_plan_get_stopped (self->plan) != NULL ||
      hammy_data_get_blocking_assessment (self) != NULL ||
      g_strcmp0 (g_hash_table_lookup (self->prompted_on, self->profile_dir), day) == 0 ||
      !hammy_progression_checkin_is_due (hammy_data_get_log (self), today))
    return FALSE;

  /* Per profile: a clinician going back and forth is not asked again for the same person. */
  g_hash_table_insert (self->prompted_on, g_strdup (self->profile_dir), g_steal_pointer (&day));
  return TRUE;
}

static gboolean
training (HammyData *self)
{
  return self->loaded && self->plan != NULL && hammy_data_get_blocking_assessment (self) == NULL;
}

/* What progression proposes for the plan in use, or NULL: no plan, a check that sends the
 * person to a clinician, or every proposal declined today. */
HammyProposal *
hammy_data_dup_proposal (HammyData *self,
                         GDateTime *today)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!training (self))
    return NULL;

  return hammy_progression_propose (self->plan, hammy_data_get_log (self), today);
}

/* Every step up waiting for a yes (of HammyProposal); with none, @hold says why the plan holds. */
GPtrArray *
hammy_data_dup_proposals (HammyData  *self,
                          GDateTime  *now,
                          char      **hold)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (hold != NULL)
    *hold = NULL;
  if (!training (self))
    return g_ptr_array_new_with_free_func (g_object_unref);

  return hammy_progression_propose_all (self->plan, hammy_data_get_log (self), now, hold);
}

/* Makes the change; the plan is saved. A new phase replaces the circuit, so the plan as it was
 * goes into the plan history first. */
gboolean
hammy_data_accept_proposal (HammyData      *self,
                            HammyProposal  *proposal,
                            GDateTime      *today,
                            GError        **error)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (hammy_proposal_get_change (proposal) == HAMMY_PROPOSAL_CHANGE_PHASE)
    hammy_data_keep_plan_in_history (self);

  return hammy_progression_apply (proposal, self->plan, today, error);
}

void
hammy_data_decline_proposal (HammyData     *self,
                             HammyProposal *proposal,
                             GDateTime     *today)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PROPOSAL (proposal));
  g_return_if_fail (self->plan != NULL);

  hammy_plan_decline (self->plan, hammy_proposal_get_key (proposal), today);
}

/* The newest check, or NULL. */
HammyAssessment *
hammy_data_get_latest_assessment (HammyData *self)
{
  g_autoptr(HammyAssessment) latest = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->assessments)) == 0)
    return NULL;

  /* Owned by the list, which holds it as long as the data does. */
  latest = g_list_model_get_item (G_LIST_MODEL (self->assessments), 0);
  return latest;
}

static void
copy_members (JsonObject *to,
              JsonObject *from)
{
  g_autoptr(GList) members = json_object_get_members (from);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (to, l->data, json_node_copy (json_object_get_member (from, l->data)));
}

/* How running went, said at the check ("cannot", "pain increases"), is news only until a later
 * answer gives a run's or a slow jog's pain: then that answer speaks for running instead. */
static void
forget_how_running_was (JsonObject *answers,
                        JsonObject *later)
{
  if (json_object_has_member (answers, "running") && !json_object_has_member (later, "running") &&
      (json_object_has_member (later, "running_pain") || json_object_has_member (later, "jog_pain")))
    json_object_remove_member (answers, "running");
}

/* The answers the rules read: the latest check's, with the phase checks' answers since over
 * them, and a run's pain from a recent morning check-in as how running hurts. With
 * @today_only, only those given on @today: what a phase check need not ask again. */
JsonObject *
hammy_data_dup_answers (HammyData   *self,
                        const GDate *today,
                        gboolean     today_only)
{
  HammyAssessment *latest;
  JsonObject *answers = json_object_new ();
  GDate checked, running_day;

  g_return_val_if_fail (HAMMY_IS_DATA (self), answers);
  g_return_val_if_fail (today != NULL && g_date_valid (today), answers);

  g_date_clear (&checked, 1);
  g_date_clear (&running_day, 1);
  latest = hammy_data_get_latest_assessment (self);
  if (latest != NULL)
    {
      hammy_day_of_time (hammy_assessment_get_created (latest), &checked);
      if (!today_only || g_date_compare (&checked, today) == 0)
        {
          copy_members (answers, hammy_assessment_get_answers (latest));
          if (json_object_has_member (answers, "running_pain"))
            running_day = checked;
        }
    }

  for (guint i = 0; self->plan != NULL && i < hammy_plan_get_n_checks (self->plan); i++)
    {
      const HammyPlanCheck *check = hammy_plan_get_check (self->plan, i);

      if (check->answers == NULL || (g_date_valid (&checked) && g_date_compare (&check->date, &checked) < 0) ||
          (today_only && g_date_compare (&check->date, today) != 0))
        continue;
      forget_how_running_was (answers, check->answers);
      copy_members (answers, check->answers);
      if (json_object_has_member (check->answers, "running_pain"))
        running_day = check->date;
    }

  if (!today_only)
    {
      HammyLog *log = hammy_data_get_log (self);
      char first[HAMMY_DAY_LENGTH + 1], last[HAMMY_DAY_LENGTH + 1];
      GDate week_ago = *today;

      g_date_subtract_days (&week_ago, RUN_PAIN_DAYS);
      if (g_date_valid (&running_day) && g_date_compare (&running_day, &week_ago) > 0)
        week_ago = running_day;
      hammy_day_format_into (&week_ago, first);
      hammy_day_format_into (today, last);
      for (guint i = hammy_log_find_checkin (log, first); i < hammy_log_get_n_checkins (log); i++)
        {
          const HammyLogCheckin *checkin = hammy_log_get_checkin (log, i);

          if (strcmp (checkin->date, last) > 0)
            break;
          if (checkin->run_pain >= 0 && strcmp (checkin->date, first) > 0)
            {
              if (json_object_has_member (answers, "running"))
                json_object_remove_member (answers, "running");
              json_object_set_int_member (answers, "running_pain", checkin->run_pain);
            }
        }
    }

  return answers;
}

/* What a gate reads beside the answers: the days since onset by the calendar, and the ladder. */
void
hammy_data_get_gate_facts (HammyData      *self,
                           GDateTime      *now,
                           HammyGateFacts *facts)
{
  GDate today, onset;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (now != NULL && facts != NULL);

  *facts = (HammyGateFacts) HAMMY_GATE_FACTS_INIT;
  if (self->plan == NULL)
    return;

  hammy_day_of_time (now, &today);
  if (hammy_plan_get_onset (self->plan, &onset))
    facts->days_since_onset = MAX (hammy_days_between (&onset, &today), 0);
  hammy_progression_get_ladder_facts (self->plan, hammy_data_get_log (self), now, &facts->ladder_done,
                                      &facts->ladder_held_for_pain);
}

/* A check the calendar or the ladder already fails is not offered: asking the person answers
 * that cannot pass it would only disappoint (docs/programme.md, "Where the contract is silent"). */
static gboolean
waits_for_calendar (HammyData      *self,
                    HammyPhaseGate  gate,
                    GDateTime      *now)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
  g_autoptr(JsonObject) onset = json_object_new ();
  HammyAssessment *latest = hammy_data_get_latest_assessment (self);
  HammyGateFacts facts;

  if (latest != NULL && json_object_has_member (hammy_assessment_get_answers (latest), "onset"))
    json_object_set_member (onset, "onset",
                            json_node_copy (json_object_get_member (hammy_assessment_get_answers (latest), "onset")));
  hammy_data_get_gate_facts (self, now, &facts);
  hammy_phase_gate_passes (gate, onset, &facts, failures);

  for (guint i = 0; i < failures->len; i++)
    {
      const HammyGateFailure *failure = g_ptr_array_index (failures, i);

      if (failure->answer == NULL || (g_str_equal (failure->answer, "days_since_onset") && !failure->missing))
        return TRUE;
    }

  return FALSE;
}

/* How it started is known from a check, and so are the days since when they matter: a sudden or
 * unsure onset needs its day. A plan brought in from a file has no check, so a phase check asks. */
static gboolean
onset_known (HammyData *self)
{
  HammyAssessment *latest = hammy_data_get_latest_assessment (self);
  const char *onset;

  if (latest == NULL)
    return FALSE;
  onset = json_object_get_string_member_with_default (hammy_assessment_get_answers (latest), "onset", NULL);
  if (onset == NULL)
    return FALSE;

  return g_str_equal (onset, "gradual") || g_str_equal (onset, "after_race") || hammy_plan_get_onset (self->plan, NULL);
}

/* What the plan's exercises that wait would need to start, asked again; NULL-terminated. */
static GStrv
dup_wait_questions (HammyData *self,
                    GDateTime *now)
{
  g_autoptr(JsonObject) answers = NULL;
  HammyPathwayFacts facts = { 0 };
  GDate today, onset;

  hammy_day_of_time (now, &today);
  answers = hammy_data_dup_answers (self, &today, FALSE);
  facts.answers = answers;
  facts.days_since_onset = hammy_plan_get_onset (self->plan, &onset) ? MAX (hammy_days_between (&onset, &today), 0) : -1;
  facts.ladder_70_pain_free = hammy_progression_ladder_70_pain_free (self->plan, hammy_data_get_log (self), now);

  return hammy_pathway_dup_wait_questions (self->plan, &facts);
}

/* The phase check, when it is earned today (docs/programme.md, "Phase checks"); NULL otherwise.
 * When the calendar does not allow the next phase yet, the check asks instead what exercises
 * that wait need (the Askling trio, comfortable walking): the person's leg moves on before the
 * calendar does. */
HammyPhaseCheck *
hammy_data_dup_phase_check (HammyData *self,
                            GDateTime *now)
{
  g_autoptr(JsonObject) known = NULL;
  HammyPhaseGate gate;
  guint counted = 0;
  GDate today;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!training (self) || self->read_only ||
      !hammy_progression_phase_check_due (self->plan, hammy_data_get_log (self), now, &counted) ||
      !hammy_phase_gate_get_for_phase (hammy_plan_get_phase (self->plan) + 1, &gate))
    return NULL;

  hammy_day_of_time (now, &today);
  known = hammy_data_dup_answers (self, &today, TRUE);
  if (waits_for_calendar (self, gate, now))
    {
      g_auto(GStrv) questions = dup_wait_questions (self, now);

      return hammy_phase_check_new_for_waits (gate, (const char * const *) questions, known, counted);
    }

  return hammy_phase_check_new (gate, known, onset_known (self), counted);
}

/* Judges the check on @answers, checked as a check's answers are, and applies the verdict at
 * once: a pass moves the plan up a phase, its new exercises at their easiest. Every check that
 * did not pass goes into @failures (of HammyGateFailure, may be NULL). Returns whether it passed;
 * FALSE with @error for answers Hammy cannot read, and then nothing changes. A check for
 * exercises that wait (hammy_phase_check_is_for_waits()) keeps the answers and returns whether
 * every exercise that waited on them can start now. */
gboolean
hammy_data_answer_phase_check (HammyData        *self,
                               HammyPhaseCheck  *check,
                               JsonObject       *answers,
                               GDateTime        *now,
                               GPtrArray        *failures,
                               GError          **error)
{
  g_autoptr(JsonObject) all = NULL;
  HammyAssessment *latest;
  HammyGateFacts facts;
  JsonObject *given;
  gboolean passed;
  GDate today;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (check), FALSE);
  g_return_val_if_fail (answers != NULL && now != NULL, FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (!hammy_triage_answers_check (answers, error))
    return FALSE;

  /* A check for exercises that wait keeps what was said; it passed when nothing waits on it. */
  if (hammy_phase_check_is_for_waits (check))
    {
      g_auto(GStrv) still = NULL;

      hammy_day_of_time (now, &today);
      given = json_object_new ();
      copy_members (given, answers);
      hammy_plan_add_check (self->plan, &today, hammy_phase_check_get_phase (check), HAMMY_PLAN_CHECK_ANSWERED,
                            hammy_phase_check_get_counted (check), given);
      still = dup_wait_questions (self, now);
      hammy_data_emit_changed (self);
      return still[0] == NULL;
    }

  latest = hammy_data_get_latest_assessment (self);
  all = hammy_phase_check_dup_answers (check, answers, latest != NULL ? hammy_assessment_get_answers (latest) : NULL);
  hammy_data_get_gate_facts (self, now, &facts);
  passed = hammy_phase_check_judge (check, all, &facts, failures);

  hammy_day_of_time (now, &today);
  given = json_object_new ();
  copy_members (given, answers);
  hammy_plan_add_check (self->plan, &today, hammy_phase_check_get_phase (check),
                        passed ? HAMMY_PLAN_CHECK_PASSED : HAMMY_PLAN_CHECK_FAILED,
                        hammy_phase_check_get_counted (check), given);
  if (passed)
    {
      hammy_data_keep_plan_in_history (self);
      hammy_plan_change_phase (self->plan, hammy_phase_check_get_phase (check), NULL);
      hammy_plan_add_change (self->plan, &today, HAMMY_PLAN_CHANGE_PHASE_UP, "phase-check", NULL);
      hammy_plan_set_since (self->plan, now);
    }

  hammy_data_emit_changed (self);
  return passed;
}

/* Not now: offered again after the next good session. */
void
hammy_data_decline_phase_check (HammyData       *self,
                                HammyPhaseCheck *check,
                                GDateTime       *now)
{
  GDate today;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PHASE_CHECK (check));
  g_return_if_fail (now != NULL && self->plan != NULL);

  hammy_day_of_time (now, &today);
  hammy_plan_add_check (self->plan, &today, hammy_phase_check_get_phase (check), HAMMY_PLAN_CHECK_DECLINED,
                        hammy_phase_check_get_counted (check), NULL);
  hammy_data_emit_changed (self);
}

void
hammy_data_review_session (HammyData  *self,
                           const char *session_id)
{
  const HammyLogSession *session;
  g_autoptr(GDateTime) now = NULL;

  if (self->plan == NULL || self->log == NULL)
    return;
  session = hammy_log_lookup_session (self->log, session_id);
  if (session == NULL)
    return;

  now = dup_now (self);
  if (session->warning != NULL)
    {
      GDate day;
      char date[HAMMY_DAY_LENGTH + 1];

      hammy_day_of_unix (session->started, &day);
      hammy_day_format_into (&day, date);
      hammy_plan_stop (self->plan, date, session->warning);
    }
  else if (hammy_data_get_blocking_assessment (self) == NULL)
    hammy_progression_step_back (self->plan, self->log, now, NULL);

  hammy_data_emit_changed (self);
}

void
hammy_data_finish_migration (HammyData *self)
{
  HammyPlan *plan = self->plan;
  HammyAssessment *latest;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  HammyTriagePhase phase;
  HammyPhaseGate gate;
  GDate today, made;

  /* Finished once: a plan read again on a later day is already up to date. */
  if (plan == NULL || hammy_plan_get_migrated_from (plan) == 0 || hammy_plan_get_migration_day (plan, NULL))
    return;

  now = dup_now (self);
  hammy_day_of_time (now, &today);

  latest = hammy_data_get_latest_assessment (self);
  hammy_day_of_time (hammy_plan_get_created (plan), &made);
  if (hammy_plan_get_picture (plan) == NULL && latest != NULL)
    {
      g_autoptr(HammyPlan) fresh = hammy_plan_new_for_assessment (hammy_plan_get_library (plan), latest);
      GDate onset;

      if (fresh != NULL)
        {
          hammy_plan_get_onset (fresh, &onset);
          hammy_plan_set_context (plan, hammy_plan_get_picture (fresh), hammy_plan_get_flags (fresh), &onset);
        }
    }
  hammy_plan_set_days (plan, &made, &made);
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      g_autoptr(HammyPlanItem) item = hammy_plan_item_copy (hammy_plan_get_item (plan, i));

      if (g_date_valid (&item->added))
        continue;
      item->added = made;
      hammy_plan_replace_item (plan, i, item);
    }

  /* Today's gates decide whether the phase stands (docs/programme.md, "Plans in progress"). */
  phase = hammy_plan_get_phase (plan);
  if (latest != NULL && hammy_phase_gate_get_for_phase (phase, &gate))
    {
      g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
      JsonObject *answers = hammy_assessment_get_answers (latest);
      HammyGateFacts facts;

      hammy_data_get_gate_facts (self, now, &facts);
      if (!hammy_phase_gate_passes (gate, answers, &facts, failures))
        {
          HammyTriagePhase back = MIN (hammy_phase_gates_highest (answers, &facts), phase - 1);
          const HammyGateFailure *first = g_ptr_array_index (failures, 0);

          hammy_data_keep_plan_in_history (self);
          hammy_plan_change_phase (plan, back, NULL);
          hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_PHASE_BACK, "migration", NULL);
          hammy_plan_set_since (plan, now);
          /* Translators: a phase such as “Build”, then the reason the phase check gives. */
          text = g_strdup_printf (_("Hammy now checks each phase against your answers, so your plan is back in %s for now: %s"),
                                  hammy_triage_phase_get_title (back), first->text);
        }
    }
  if (text == NULL)
    text = g_strdup (_("Hammy now puts each exercise on days of its own, so today’s list holds only what is due today."));

  hammy_plan_set_migration (plan, &today, text);
}
