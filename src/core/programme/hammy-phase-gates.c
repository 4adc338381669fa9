/* hammy-phase-gates.c: the checks that let a plan move up a phase, and that cap where triage
 * may start a person (docs/programme.md, "Phase checks"). Each step includes the ones below it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-answers.h"
#include "hammy-phase-gates.h"

/* Single-leg bridge reps on the sore side against the other, in tenths: 8 is 80%. */
#define RETURN_REPS_TENTHS 8
#define KEEP_REPS_TENTHS   9

#define BUILD_DAYS_AFTER_SUDDEN 3
#define LOAD_DAYS_AFTER_SUDDEN  14

/* Every answer a gate reads, its own and the ones below it, in the order a check asks them. */
static const char * const gate_answers[HAMMY_N_PHASE_GATES][24] = {
  [HAMMY_PHASE_GATE_BUILD] = {
    "pain_walking", "gait_altered", "bridge_hold_pain", "onset", "days_since_onset", "numbness", NULL },
  [HAMMY_PHASE_GATE_LOAD] = {
    "pain_walking", "gait_altered", "bridge_hold_pain", "onset", "days_since_onset", "numbness",
    "test_single_leg_bridge", "test_hinge", "test_heel_press", "tingling", NULL },
  [HAMMY_PHASE_GATE_RETURN] = {
    "pain_walking", "gait_altered", "bridge_hold_pain", "onset", "days_since_onset", "numbness",
    "test_single_leg_bridge", "test_hinge", "test_heel_press", "tingling",
    "rtr_motion", "rtr_strength", "rtr_ladder", "slb_reps_sore", "slb_reps_other", "jog_pain", NULL },
  [HAMMY_PHASE_GATE_KEEP] = {
    "pain_walking", "gait_altered", "bridge_hold_pain", "onset", "days_since_onset", "numbness",
    "test_single_leg_bridge", "test_hinge", "test_heel_press", "tingling",
    "rtr_motion", "rtr_strength", "rtr_ladder", "slb_reps_sore", "slb_reps_other", "jog_pain",
    "kick_test", "strides_pain", "press_pain", "flex_symmetry", "ready", NULL },
};

typedef struct
{
  JsonObject           *answers;
  const HammyGateFacts *facts;
  GPtrArray            *failures;  /* or NULL: only whether it passes */
  gboolean              passes;
} Check;

void
hammy_gate_failure_free (HammyGateFailure *failure)
{
  if (failure == NULL)
    return;

  g_free (failure->answer);
  g_free (failure->text);
  g_free (failure);
}

static void
fail (Check      *check,
      const char *answer,
      gboolean    missing,
      const char *text)
{
  HammyGateFailure *failure;

  check->passes = FALSE;
  if (check->failures == NULL)
    return;

  failure = g_new0 (HammyGateFailure, 1);
  failure->answer = g_strdup (answer);
  failure->missing = missing;
  failure->text = g_strdup (text);
  g_ptr_array_add (check->failures, failure);
}

/* A number the check needs: fails when missing or above @limit. */
static void
need_at_most (Check      *check,
              const char *id,
              gint64      limit,
              const char *missing_text,
              const char *too_high_text)
{
  if (!hammy_answers_has (check->answers, id))
    fail (check, id, TRUE, missing_text);
  else if (!hammy_answers_at_most (check->answers, id, limit))
    fail (check, id, FALSE, too_high_text);
}

/* A yes the check needs: fails when missing or no. */
static void
need_true (Check      *check,
           const char *id,
           const char *missing_text,
           const char *no_text)
{
  if (!hammy_answers_has (check->answers, id))
    fail (check, id, TRUE, missing_text);
  else if (!hammy_answers_is_true (check->answers, id))
    fail (check, id, FALSE, no_text);
}

/* Sudden and unsure onsets wait a number of days; a gradual one or one after a race does not.
 * Without an onset, the wait applies: not knowing is not reassurance. */
static void
need_days_after_onset (Check *check,
                       int    days_needed)
{
  const char *onset = hammy_answers_choice (check->answers, "onset");
  gint64 days = check->facts->days_since_onset >= 0 ? check->facts->days_since_onset
                                                    : hammy_answers_number (check->answers, "days_since_onset");

  if (g_strcmp0 (onset, "gradual") == 0 || g_strcmp0 (onset, "after_race") == 0)
    return;

  if (days < 0)
    fail (check, onset == NULL ? "onset" : "days_since_onset", TRUE,
          _("How long ago it started decides how soon harder work is safe."));
  else if (days < days_needed)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "A sudden injury needs at least %d day before this step.",
                                                             "A sudden injury needs at least %d days before this step.",
                                                             days_needed),
                                               days_needed);

      fail (check, "days_since_onset", FALSE, text);
    }
}

/* Single-leg bridge reps on the sore side, as a share of the other side's. */
static void
need_reps_share (Check *check,
                 int    tenths)
{
  gint64 sore = hammy_answers_number (check->answers, "slb_reps_sore");
  gint64 other = hammy_answers_number (check->answers, "slb_reps_other");

  if (sore < 0 || other < 0)
    fail (check, sore < 0 ? "slb_reps_sore" : "slb_reps_other", TRUE,
          _("The single-leg bridge count on each side shows whether the sore leg has caught up."));
  else if (other == 0 || sore * 10 < other * tenths)
    {
      g_autofree char *text = g_strdup_printf (_("The sore side managed %d single-leg bridges against %d on the other: it needs at least %d%% of the other side."),
                                               (int) sore, (int) other, tenths * 10);

      fail (check, "slb_reps_sore", FALSE, text);
    }
}

static void
check_build (Check *check)
{
  need_at_most (check, "pain_walking", 2,
                _("How much walking hurts decides whether the leg is ready for strength work."),
                _("Walking still hurts more than 2 out of 10."));
  if (hammy_answers_is_true (check->answers, "gait_altered"))
    fail (check, "gait_altered", FALSE, _("You are still limping."));
  if (hammy_answers_is_true (check->answers, "numbness"))
    fail (check, "numbness", FALSE, _("Numbness down the leg needs a clinician to look first."));

  /* A pain-free single-leg bridge test is a harder version of the hold: it passes it too. */
  if (!hammy_answers_is (check->answers, "test_single_leg_bridge", "pain_free"))
    need_at_most (check, "bridge_hold_pain", 2,
                  _("A bridge hold shows whether the hamstring can take gentle load."),
                  _("Holding a bridge still hurts more than 2 out of 10."));

  need_days_after_onset (check, BUILD_DAYS_AFTER_SUDDEN);
}

static void
check_load (Check *check)
{
  const char *hinge;
  const char *press;

  check_build (check);

  need_at_most (check, "pain_walking", 1,
                _("How much walking hurts decides whether the leg is ready for heavy work."),
                _("Walking is not yet comfortable: heavy work waits until it hurts no more than 1 out of 10."));
  if (!hammy_answers_has (check->answers, "test_single_leg_bridge"))
    fail (check, "test_single_leg_bridge", TRUE, _("Ten single-leg bridges on the sore side show whether it is ready for heavy work."));
  else if (!hammy_answers_is (check->answers, "test_single_leg_bridge", "pain_free"))
    fail (check, "test_single_leg_bridge", FALSE, _("Ten single-leg bridges are not pain-free yet."));
  need_days_after_onset (check, LOAD_DAYS_AFTER_SUDDEN);

  hinge = hammy_answers_choice (check->answers, "test_hinge");
  if (hinge == NULL)
    fail (check, "test_hinge", TRUE, _("The hip-height hinge shows whether heavy hinging is safe yet."));
  else if (g_str_equal (hinge, "painful"))
    fail (check, "test_hinge", FALSE, _("The hip-height hinge still hurts beyond a normal stretch."));

  press = hammy_answers_choice (check->answers, "test_heel_press");
  if (press == NULL)
    fail (check, "test_heel_press", TRUE, _("The heel press shows whether the hamstring takes a hard squeeze yet."));
  else if (g_str_equal (press, "painful"))
    fail (check, "test_heel_press", FALSE, _("Pressing the heel down still hurts."));

  if (hammy_answers_is_true (check->answers, "tingling"))
    fail (check, "tingling", FALSE, _("Tingling down the leg keeps heavy lengthening work off until it settles."));
}

static void
check_return (Check *check)
{
  const char *ladder;

  check_load (check);

  need_true (check, "rtr_motion",
             _("Whether the sore leg moves as well as the other is part of being ready to run."),
             _("The sore leg does not move as well as the other yet."));
  need_true (check, "rtr_strength",
             _("Whether the sore leg feels as strong as the other is part of being ready to run."),
             _("The sore leg does not feel as strong as the other yet."));

  ladder = hammy_answers_choice (check->answers, "rtr_ladder");
  if (ladder == NULL)
    fail (check, "rtr_ladder", TRUE, _("How far you got from walking to jogging without pain decides where running starts."));
  else if (!g_str_equal (ladder, "jog") && !g_str_equal (ladder, "sprint") && !g_str_equal (ladder, "jump"))
    fail (check, "rtr_ladder", FALSE, _("Jogging is not pain-free yet."));

  need_reps_share (check, RETURN_REPS_TENTHS);
  need_at_most (check, "jog_pain", 0,
                _("A slow jog shows whether running can start."),
                _("A slow jog is not pain-free yet."));
}

static void
check_keep (Check *check)
{
  const char *kick;

  check_return (check);

  if (!check->facts->ladder_done)
    fail (check, NULL, FALSE, _("The running ladder is not finished yet."));
  else if (check->facts->ladder_held_for_pain)
    fail (check, NULL, FALSE, _("A step of the running ladder was held for pain in the last week."));

  need_reps_share (check, KEEP_REPS_TENTHS);

  kick = hammy_answers_choice (check->answers, "kick_test");
  if (kick == NULL)
    fail (check, "kick_test", TRUE, _("A fast kick lying on your back shows whether the hamstring trusts full speed."));
  else if (!g_str_equal (kick, "none"))
    fail (check, "kick_test", FALSE, _("The fast kick still brings pain or a wary holding back."));

  need_at_most (check, "strides_pain", 0,
                _("Strides at near full speed show whether the leg is ready for fast running."),
                _("Strides at near full speed are not pain-free yet."));
  need_at_most (check, "press_pain", 1,
                _("Pressing on the sore spot shows whether it has settled."),
                _("The sore spot still hurts when pressed."));
  need_true (check, "flex_symmetry",
             _("Whether the sore leg reaches as far as the other is part of being back."),
             _("The sore leg does not reach as far as the other yet."));
  need_true (check, "ready",
             _("Feeling ready matters too."),
             _("You do not feel ready yet, and that counts."));
}

HammyTriagePhase
hammy_phase_gate_get_phase (HammyPhaseGate gate)
{
  g_return_val_if_fail (gate < HAMMY_N_PHASE_GATES, HAMMY_TRIAGE_PHASE_CALM);

  return HAMMY_TRIAGE_PHASE_BUILD + gate;
}

/* The gate into @phase; FALSE for phases no check leads to (the first ones and warm-up). */
gboolean
hammy_phase_gate_get_for_phase (HammyTriagePhase  phase,
                                HammyPhaseGate   *gate)
{
  if (phase < HAMMY_TRIAGE_PHASE_BUILD || phase > HAMMY_TRIAGE_PHASE_KEEP)
    return FALSE;

  if (gate != NULL)
    *gate = phase - HAMMY_TRIAGE_PHASE_BUILD;
  return TRUE;
}

/* Whether @answers pass @gate and every gate below it. Each check that does not pass is added
 * to @failures (of HammyGateFailure, may be NULL), missing answers included. */
gboolean
hammy_phase_gate_passes (HammyPhaseGate        gate,
                         JsonObject           *answers,
                         const HammyGateFacts *facts,
                         GPtrArray            *failures)
{
  static const HammyGateFacts no_facts = HAMMY_GATE_FACTS_INIT;
  Check check = { answers, facts != NULL ? facts : &no_facts, failures, TRUE };

  g_return_val_if_fail (gate < HAMMY_N_PHASE_GATES, FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  switch (gate)
    {
    case HAMMY_PHASE_GATE_BUILD:
      check_build (&check);
      break;

    case HAMMY_PHASE_GATE_LOAD:
      check_load (&check);
      break;

    case HAMMY_PHASE_GATE_RETURN:
      check_return (&check);
      break;

    case HAMMY_PHASE_GATE_KEEP:
      check_keep (&check);
      break;

    case HAMMY_N_PHASE_GATES:
    default:
      g_assert_not_reached ();
    }

  return check.passes;
}

/* The highest phase from calm to keep whose gate the answers pass: the most a phase check or
 * triage may give. */
HammyTriagePhase
hammy_phase_gates_highest (JsonObject           *answers,
                           const HammyGateFacts *facts)
{
  HammyTriagePhase phase = HAMMY_TRIAGE_PHASE_CALM;

  g_return_val_if_fail (answers != NULL, HAMMY_TRIAGE_PHASE_CALM);

  for (guint gate = 0; gate < HAMMY_N_PHASE_GATES; gate++)
    {
      if (!hammy_phase_gate_passes (gate, answers, facts, NULL))
        break;
      phase = hammy_phase_gate_get_phase (gate);
    }

  return phase;
}

/* The answers @gate reads, its own and those of the gates below it: what a phase check asks. */
const char * const *
hammy_phase_gate_get_answers (HammyPhaseGate gate)
{
  g_return_val_if_fail (gate < HAMMY_N_PHASE_GATES, NULL);

  return gate_answers[gate];
}
