/* test-phase-gates.c: every row of the phase-check table (docs/programme.md, "Phase checks"):
 * what passes, what fails, what a missing answer does, and the highest phase answers allow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-phase-gates.h"

static JsonObject *
answers_new (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Answers that pass every gate up to return, for a strain three weeks old. */
#define READY_FOR_RETURN \
  "\"onset\": \"sudden\", \"days_since_onset\": 21, \"pain_walking\": 0, \"pain_rest\": 0," \
  "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"none\", \"test_heel_press\": \"mild\"," \
  "\"rtr_motion\": true, \"rtr_strength\": true, \"rtr_ladder\": \"jog\"," \
  "\"slb_reps_sore\": 20, \"slb_reps_other\": 25, \"jog_pain\": 0"

static gboolean
failed_on (GPtrArray  *failures,
           const char *answer,
           gboolean    missing)
{
  for (guint i = 0; i < failures->len; i++)
    {
      HammyGateFailure *failure = g_ptr_array_index (failures, i);

      if (g_strcmp0 (failure->answer, answer) == 0 && failure->missing == missing)
        {
          g_assert_nonnull (failure->text);
          g_assert_cmpstr (failure->text, !=, "");
          return TRUE;
        }
    }

  return FALSE;
}

static GPtrArray *
failures_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
}

static void
test_calm_to_build (void)
{
  g_autoptr(JsonObject) fresh = answers_new ("{\"onset\": \"sudden\", \"days_since_onset\": 2, \"pain_walking\": 2, \"bridge_hold_pain\": 1}");
  g_autoptr(JsonObject) later = answers_new ("{\"onset\": \"sudden\", \"days_since_onset\": 3, \"pain_walking\": 2, \"bridge_hold_pain\": 2}");
  g_autoptr(JsonObject) limp = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 0, \"bridge_hold_pain\": 0, \"gait_altered\": true}");
  g_autoptr(JsonObject) bridge_test = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 1, \"test_single_leg_bridge\": \"pain_free\"}");
  g_autoptr(JsonObject) nothing = answers_new ("{}");
  g_autoptr(GPtrArray) failures = failures_new ();
  HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;

  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, fresh, NULL, failures));
  g_assert_true (failed_on (failures, "days_since_onset", FALSE));
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, later, NULL, NULL));

  /* The calendar moves the onset on: two days at the check, four days later it passes. */
  facts.days_since_onset = 6;
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, fresh, &facts, NULL));

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, limp, NULL, failures));
  g_assert_true (failed_on (failures, "gait_altered", FALSE));

  /* A pain-free single-leg bridge test passes the hold too. */
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, bridge_test, NULL, NULL));

  /* Nothing answered: each missing answer is named, so a check can ask it. */
  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_BUILD, nothing, NULL, failures));
  g_assert_true (failed_on (failures, "pain_walking", TRUE));
  g_assert_true (failed_on (failures, "bridge_hold_pain", TRUE));
  g_assert_true (failed_on (failures, "onset", TRUE));
  g_assert_cmpint (hammy_phase_gates_highest (nothing, NULL), ==, HAMMY_TRIAGE_PHASE_CALM);
}

static void
test_build_to_load (void)
{
  g_autoptr(JsonObject) day_ten = answers_new ("{\"onset\": \"sudden\", \"days_since_onset\": 10, \"pain_walking\": 0,"
                                               "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"none\","
                                               "\"test_heel_press\": \"none\"}");
  g_autoptr(JsonObject) gradual = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 1,"
                                               "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"mild\","
                                               "\"test_heel_press\": \"none\"}");
  g_autoptr(JsonObject) painful_hinge = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 0,"
                                                     "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"painful\","
                                                     "\"test_heel_press\": \"none\"}");
  g_autoptr(JsonObject) no_press = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 0,"
                                                "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"none\"}");
  g_autoptr(JsonObject) tingling = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 0, \"tingling\": true,"
                                                "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"none\","
                                                "\"test_heel_press\": \"none\"}");
  g_autoptr(JsonObject) walking_two = answers_new ("{\"onset\": \"gradual\", \"pain_walking\": 2,"
                                                   "\"test_single_leg_bridge\": \"pain_free\", \"test_hinge\": \"none\","
                                                   "\"test_heel_press\": \"none\"}");
  g_autoptr(GPtrArray) failures = failures_new ();
  HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;

  /* Fourteen days after a sudden onset, never sooner. */
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, day_ten, NULL, failures));
  g_assert_true (failed_on (failures, "days_since_onset", FALSE));
  g_assert_cmpint (hammy_phase_gates_highest (day_ten, NULL), ==, HAMMY_TRIAGE_PHASE_BUILD);
  facts.days_since_onset = 13;
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, day_ten, &facts, NULL));
  facts.days_since_onset = 14;
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, day_ten, &facts, NULL));

  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, gradual, NULL, NULL));
  g_assert_cmpint (hammy_phase_gates_highest (gradual, NULL), ==, HAMMY_TRIAGE_PHASE_LOAD);

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, painful_hinge, NULL, failures));
  g_assert_true (failed_on (failures, "test_hinge", FALSE));

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, no_press, NULL, failures));
  g_assert_true (failed_on (failures, "test_heel_press", TRUE));

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, tingling, NULL, failures));
  g_assert_true (failed_on (failures, "tingling", FALSE));

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_LOAD, walking_two, NULL, failures));
  g_assert_true (failed_on (failures, "pain_walking", FALSE));
  g_assert_cmpint (hammy_phase_gates_highest (walking_two, NULL), ==, HAMMY_TRIAGE_PHASE_BUILD);
}

static void
test_load_to_return (void)
{
  g_autoptr(JsonObject) ready = answers_new ("{" READY_FOR_RETURN "}");
  g_autoptr(JsonObject) weak = answers_new ("{" READY_FOR_RETURN ", \"slb_reps_sore\": 19}");
  g_autoptr(JsonObject) jog_hurts = answers_new ("{" READY_FOR_RETURN ", \"jog_pain\": 1}");
  g_autoptr(JsonObject) walk_only = answers_new ("{" READY_FOR_RETURN ", \"rtr_ladder\": \"walk\"}");
  g_autoptr(GPtrArray) failures = failures_new ();

  /* 20 of 25 is 80%: enough. */
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_RETURN, ready, NULL, NULL));
  g_assert_cmpint (hammy_phase_gates_highest (ready, NULL), ==, HAMMY_TRIAGE_PHASE_RETURN);

  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_RETURN, weak, NULL, failures));
  g_assert_true (failed_on (failures, "slb_reps_sore", FALSE));
  g_assert_cmpint (hammy_phase_gates_highest (weak, NULL), ==, HAMMY_TRIAGE_PHASE_LOAD);

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_RETURN, jog_hurts, NULL, failures));
  g_assert_true (failed_on (failures, "jog_pain", FALSE));

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_RETURN, walk_only, NULL, failures));
  g_assert_true (failed_on (failures, "rtr_ladder", FALSE));
}

static void
test_return_to_keep (void)
{
  g_autoptr(JsonObject) back = answers_new ("{" READY_FOR_RETURN ", \"slb_reps_sore\": 23, \"kick_test\": \"none\","
                                            "\"strides_pain\": 0, \"press_pain\": 1, \"flex_symmetry\": true, \"ready\": true}");
  g_autoptr(JsonObject) wary = answers_new ("{" READY_FOR_RETURN ", \"slb_reps_sore\": 23, \"kick_test\": \"apprehension\","
                                            "\"strides_pain\": 0, \"press_pain\": 1, \"flex_symmetry\": true, \"ready\": true}");
  g_autoptr(GPtrArray) failures = failures_new ();
  HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;

  /* Triage knows nothing of the ladder: it never reaches keep. */
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_KEEP, back, NULL, failures));
  g_assert_true (failed_on (failures, NULL, FALSE));
  g_assert_cmpint (hammy_phase_gates_highest (back, NULL), ==, HAMMY_TRIAGE_PHASE_RETURN);

  facts.ladder_done = TRUE;
  g_assert_true (hammy_phase_gate_passes (HAMMY_PHASE_GATE_KEEP, back, &facts, NULL));
  g_assert_cmpint (hammy_phase_gates_highest (back, &facts), ==, HAMMY_TRIAGE_PHASE_KEEP);

  facts.ladder_held_for_pain = TRUE;
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_KEEP, back, &facts, NULL));
  facts.ladder_held_for_pain = FALSE;

  g_ptr_array_set_size (failures, 0);
  g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_KEEP, wary, &facts, failures));
  g_assert_true (failed_on (failures, "kick_test", FALSE));

  /* 20 of 25 is enough to return, not to be back: 90% is. */
  g_ptr_array_set_size (failures, 0);
  {
    g_autoptr(JsonObject) short_of_keep = answers_new ("{" READY_FOR_RETURN ", \"kick_test\": \"none\","
                                                       "\"strides_pain\": 0, \"press_pain\": 0, \"flex_symmetry\": true, \"ready\": true}");

    g_assert_false (hammy_phase_gate_passes (HAMMY_PHASE_GATE_KEEP, short_of_keep, &facts, failures));
    g_assert_true (failed_on (failures, "slb_reps_sore", FALSE));
  }
}

static void
test_gates_ask_their_answers (void)
{
  for (guint gate = 0; gate < HAMMY_N_PHASE_GATES; gate++)
    {
      const char * const *ids = hammy_phase_gate_get_answers (gate);
      HammyPhaseGate back;

      g_assert_nonnull (ids);
      g_assert_true (g_strv_contains (ids, "pain_walking"));
      g_assert_true (hammy_phase_gate_get_for_phase (hammy_phase_gate_get_phase (gate), &back));
      g_assert_cmpint (back, ==, gate);
      /* Each gate asks at least what the one below it does. */
      if (gate > 0)
        {
          const char * const *below = hammy_phase_gate_get_answers (gate - 1);

          for (guint i = 0; below[i] != NULL; i++)
            g_assert_true (g_strv_contains (ids, below[i]));
        }
    }

  g_assert_false (hammy_phase_gate_get_for_phase (HAMMY_TRIAGE_PHASE_CALM, NULL));
  g_assert_false (hammy_phase_gate_get_for_phase (HAMMY_TRIAGE_PHASE_WARMUP, NULL));
  g_assert_true (hammy_phase_gate_get_for_phase (HAMMY_TRIAGE_PHASE_KEEP, NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/phase-gates/calm-to-build", test_calm_to_build);
  g_test_add_func ("/phase-gates/build-to-load", test_build_to_load);
  g_test_add_func ("/phase-gates/load-to-return", test_load_to_return);
  g_test_add_func ("/phase-gates/return-to-keep", test_return_to_keep);
  g_test_add_func ("/phase-gates/gates-ask-their-answers", test_gates_ask_their_answers);

  return g_test_run ();
}
