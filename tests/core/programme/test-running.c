/* test-running.c: the one running rule (docs/programme.md, "Running advice"), a case for each
 * of its parts and their order, and one sentence per outcome whoever asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-pain.h"
#include "hammy-running.h"

static JsonObject *
answers_new (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

typedef struct
{
  const char       *name;
  const char       *answers;
  HammyTriagePhase  phase;
  const char       *picture;
  const char       *flags[4];
  int               days;
  gboolean          rose;
  gboolean          worse_after_run;
  const char       *ladder_step;
  HammyRunning      advice;
  HammyRunningRule  rule;
} Case;

static const Case cases[] = {
  /* 1: what stops running whatever the picture */
  { "refer", "{\"onset\": \"gradual\", \"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_REFER, "tightness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_REFERRED },
  { "urgent beats warm-up", "{\"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_URGENT, "tightness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_REFERRED },
  { "bone stress", "{\"onset\": \"gradual\", \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_CALM, "unclear", { "bone_stress", NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WARNING },
  { "bone stress, referred", "{\"onset\": \"gradual\", \"bone_stress_signs\": true}", HAMMY_TRIAGE_PHASE_REFER, "unclear", { "bone_stress", NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WARNING },
  { "limp", "{\"onset\": \"gradual\", \"gait_altered\": true, \"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_CALM, "distal_irritation", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WARNING },
  { "over the tendon's cap", "{\"onset\": \"gradual\", \"running_pain\": 4}", HAMMY_TRIAGE_PHASE_LOAD, "proximal_tendinopathy", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OVER_CAP },
  { "over a nerve's cap", "{\"onset\": \"gradual\", \"running_pain\": 3}", HAMMY_TRIAGE_PHASE_BUILD, "tightness", { "neural_caution", NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OVER_CAP },
  { "over the cap in warm-up", "{\"onset\": \"gradual\", \"running_pain\": 6}", HAMMY_TRIAGE_PHASE_WARMUP, "tightness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OVER_CAP },
  { "cannot run", "{\"onset\": \"sudden\", \"days_since_onset\": 20, \"pain_walking\": 0, \"running\": \"cannot\", \"running_pain\": 0}", HAMMY_TRIAGE_PHASE_LOAD, "acute_strain", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_CANNOT },
  { "builds as you run", "{\"onset\": \"gradual\", \"running\": \"pain_increases\", \"running_pain\": 2}", HAMMY_TRIAGE_PHASE_BUILD, "distal_irritation", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_RISES },
  { "last run built", "{\"onset\": \"gradual\", \"running_pain\": 2}", HAMMY_TRIAGE_PHASE_BUILD, "distal_irritation", { NULL }, -1,
    TRUE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_RISES },
  { "worse morning after a run", "{\"onset\": \"gradual\", \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_KEEP, "distal_irritation", { NULL }, -1,
    FALSE, TRUE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WORSE_MORNING },
  /* 2: free running */
  { "warm-up", "{\"onset\": \"gradual\", \"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_WARMUP, "tightness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_AS_TOLERATED, HAMMY_RUNNING_RULE_FREE },
  { "keep after a strain", "{\"onset\": \"sudden\", \"days_since_onset\": 60, \"running_pain\": 0}", HAMMY_TRIAGE_PHASE_KEEP, "acute_strain", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_AS_TOLERATED, HAMMY_RUNNING_RULE_FREE },
  /* 3: the acute rule */
  { "day three, walking hurts", "{\"onset\": \"sudden\", \"days_since_onset\": 3, \"pain_walking\": 3, \"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_BUILD, "acute_strain", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT },
  { "not tried since", "{\"onset\": \"sudden\", \"days_since_onset\": 8, \"pain_walking\": 0, \"running\": \"not_tried\"}", HAMMY_TRIAGE_PHASE_BUILD, "acute_strain", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT },
  { "slow jog pain-free", "{\"onset\": \"sudden\", \"days_since_onset\": 8, \"pain_walking\": 0, \"jog_pain\": 0}", HAMMY_TRIAGE_PHASE_BUILD, "acute_strain", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_ACUTE_EASY },
  { "ladder in return", "{\"onset\": \"sudden\", \"days_since_onset\": 30, \"pain_walking\": 0, \"jog_pain\": 0}", HAMMY_TRIAGE_PHASE_RETURN, "acute_strain", { NULL }, -1,
    FALSE, FALSE, "2 × 10 minutes of easy jogging", HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_LADDER },
  { "unsure, within two weeks", "{\"onset\": \"unsure\", \"days_since_onset\": 5, \"pain_walking\": 2, \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_CALM, "unclear", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT },
  /* Two weeks on, an unsure onset is treated as a gradual one, whatever the picture. */
  { "unsure, two weeks on by the calendar", "{\"onset\": \"unsure\", \"days_since_onset\": 5, \"pain_walking\": 2, \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_BUILD, "unclear", { NULL }, 15,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  { "unsure, two weeks on, named picture", "{\"onset\": \"unsure\", \"days_since_onset\": 20, \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_BUILD, "proximal_tendinopathy", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  /* Not knowing how it started is not reassurance: the acute rule, as the phase checks do. */
  { "no onset, walking comfortable, slow jog pain-free", "{\"pain_walking\": 0, \"jog_pain\": 0}", HAMMY_TRIAGE_PHASE_BUILD, "proximal_tendinopathy", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_ACUTE_EASY },
  { "no onset, walking hurts", "{\"pain_walking\": 3, \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_CALM, "distal_irritation", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT },
  /* 4: the gradual pictures */
  { "steady 2 on easy runs", "{\"onset\": \"gradual\", \"running\": \"pain_same\", \"running_pain\": 2}", HAMMY_TRIAGE_PHASE_LOAD, "distal_irritation", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  { "4 out of 10, cap 5", "{\"onset\": \"gradual\", \"running\": \"pain_same\", \"running_pain\": 4}", HAMMY_TRIAGE_PHASE_BUILD, "tightness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL_SHORTER },
  { "unknown, but eases", "{\"onset\": \"gradual\", \"running\": \"pain_eases\"}", HAMMY_TRIAGE_PHASE_CALM, "proximal_tendinopathy", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  { "unknown, the same all run", "{\"onset\": \"gradual\", \"running\": \"pain_same\"}", HAMMY_TRIAGE_PHASE_CALM, "proximal_tendinopathy", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_GRADUAL_UNKNOWN },
  { "unclear and gradual", "{\"onset\": \"gradual\", \"running_pain\": 1}", HAMMY_TRIAGE_PHASE_BUILD, "unclear", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  { "unknown, but a slow jog is pain-free", "{\"onset\": \"gradual\", \"running\": \"pain_same\", \"jog_pain\": 0}", HAMMY_TRIAGE_PHASE_RETURN, "distal_irritation", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL },
  /* 5: after a race */
  { "the day after a race", "{\"onset\": \"after_race\", \"days_since_onset\": 1, \"running\": \"normal\"}", HAMMY_TRIAGE_PHASE_CALM, "post_race_soreness", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_POST_RACE_REST },
  { "three days after a race", "{\"onset\": \"after_race\", \"days_since_onset\": 1}", HAMMY_TRIAGE_PHASE_BUILD, "post_race_soreness", { NULL }, 3,
    FALSE, FALSE, NULL, HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_POST_RACE_EASY },
  /* 6: anything else */
  { "nothing known", "{}", HAMMY_TRIAGE_PHASE_CALM, "unclear", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT },
  { "a race, a week ago, not soreness", "{\"onset\": \"after_race\", \"days_since_onset\": 7}", HAMMY_TRIAGE_PHASE_CALM, "unclear", { NULL }, -1,
    FALSE, FALSE, NULL, HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OTHER },
};

static HammyRunningAdvice *
decide (const Case *c)
{
  g_autoptr(JsonObject) answers = answers_new (c->answers);
  HammyRunningInput input = {
    .answers = answers,
    .phase = c->phase,
    .picture = c->picture,
    .flags = c->flags,
    .days_since_onset = c->days,
    .run_pain_rose = c->rose,
    .worse_after_run = c->worse_after_run,
    .ladder_step = c->ladder_step,
  };

  return hammy_running_decide (&input);
}

static void
test_each_part_of_the_rule (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HammyRunningAdvice) advice = decide (&cases[i]);

      g_test_message ("%s: %s (%d) %s", cases[i].name, hammy_running_to_id (advice->advice), advice->rule, advice->text);
      g_assert_cmpint (advice->rule, ==, cases[i].rule);
      g_assert_cmpint (advice->advice, ==, cases[i].advice);
      g_assert_nonnull (advice->text);
      if (cases[i].ladder_step != NULL && advice->rule == HAMMY_RUNNING_RULE_LADDER)
        g_assert_nonnull (strstr (advice->text, cases[i].ladder_step));
    }
}

/* The same inputs give the same sentence, so no two surfaces can say different things. */
static void
test_one_sentence_per_outcome (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HammyRunningAdvice) first = decide (&cases[i]);
      g_autoptr(HammyRunningAdvice) second = decide (&cases[i]);

      g_assert_cmpstr (first->text, ==, second->text);
      /* Stop says so in words; running that is allowed never begins with "No running". */
      if (first->advice == HAMMY_RUNNING_STOP)
        g_assert_true (g_str_has_prefix (first->text, "No running"));
      else
        g_assert_false (g_str_has_prefix (first->text, "No running"));
    }
}

static void
test_caps_by_picture (void)
{
  const char *caution[] = { "neural_caution", NULL };

  g_assert_cmpint (hammy_pain_get_cap ("acute_strain", NULL), ==, 4);
  g_assert_cmpint (hammy_pain_get_cap ("proximal_tendinopathy", NULL), ==, 3);
  g_assert_cmpint (hammy_pain_get_cap ("neural_tension", NULL), ==, 2);
  g_assert_cmpint (hammy_pain_get_cap ("proximal_tendinopathy", caution), ==, 2);
  g_assert_cmpint (hammy_pain_get_cap ("tightness", NULL), ==, 5);
  g_assert_cmpint (hammy_pain_get_cap ("unclear", NULL), ==, 5);
  g_assert_cmpint (hammy_pain_get_cap (NULL, NULL), ==, 5);
}

static void
test_ids_round_trip (void)
{
  for (HammyRunning r = HAMMY_RUNNING_STOP; r <= HAMMY_RUNNING_AS_TOLERATED; r++)
    {
      HammyRunning back = HAMMY_RUNNING_AS_TOLERATED;

      g_assert_true (hammy_running_from_id (hammy_running_to_id (r), &back));
      g_assert_cmpint (back, ==, r);
    }
  g_assert_cmpstr (hammy_running_to_id (HAMMY_RUNNING_EASY_ONLY), ==, "easy_only");
  g_assert_false (hammy_running_from_id ("sometimes", NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/running/each-part-of-the-rule", test_each_part_of_the_rule);
  g_test_add_func ("/running/one-sentence-per-outcome", test_one_sentence_per_outcome);
  g_test_add_func ("/running/caps-by-picture", test_caps_by_picture);
  g_test_add_func ("/running/ids-round-trip", test_ids_round_trip);

  return g_test_run ();
}
