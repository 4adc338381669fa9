/* test-triage.c: the nine safety rules of docs/triage.md, checked over a quarter of a million
 * generated answer sets, plus the answers check and the saved form of an assessment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hammy-triage.h"
#include "hammy-triage-text.h"

#define N_GENERATED 250000

/* Every answer of docs/triage.md with its values ordered from the most reassuring to the most
 * worrying, or unordered (NULL order) where more or less does not mean better or worse. */
typedef struct
{
  const char *id;
  char        type;          /* 'b'ool, 'i'nt, 'c'hoice */
  const char *values[8];     /* choices, or for ints the sample values, reassuring first */
  gboolean    ordered;
  gboolean    true_is_worse; /* for bools */
} Question;

static const Question questions[] = {
  { "side", 'c', { "left", "right", "both" }, FALSE },
  { "age", 'i', { "40", "25", "70", "18", "17", "16", "12" }, FALSE },
  { "onset", 'c', { "sudden", "gradual", "after_race", "unsure" }, FALSE },
  { "days_since_onset", 'i', { "365", "35", "14", "13", "5", "3", "2", "0" }, TRUE },
  { "pop", 'b', { NULL }, TRUE, TRUE },
  { "bruising", 'c', { "none", "small", "large" }, TRUE },
  { "location", 'c', { "high", "middle", "low", "diffuse" }, FALSE },
  { "pain_rest", 'i', { "0", "1", "2", "3", "5", "6", "7", "10" }, TRUE },
  { "pain_walking", 'i', { "0", "1", "2", "3", "4", "6", "7", "9" }, TRUE },
  { "gait_altered", 'b', { NULL }, TRUE, TRUE },
  { "sitting_worse", 'b', { NULL }, TRUE, TRUE },
  { "stretch_response", 'c', { "helps", "brief_relief", "worse" }, TRUE },
  { "neural_tension", 'b', { NULL }, TRUE, TRUE },
  { "tingling", 'b', { NULL }, TRUE, TRUE },
  { "running", 'c', { "normal", "pain_eases", "pain_same", "pain_increases", "cannot" }, TRUE },
  { "recent_speed", 'b', { NULL }, TRUE, TRUE },
  { "test_shoe", 'c', { "none", "mild", "painful" }, TRUE },
  { "test_hinge", 'c', { "none", "mild", "painful" }, TRUE },
  { "test_heel_press", 'c', { "none", "mild", "painful" }, TRUE },
  { "test_single_leg_bridge", 'c', { "pain_free", "painful", "cannot" }, TRUE },
  { "rtr_motion", 'b', { NULL }, TRUE, FALSE },
  { "rtr_strength", 'b', { NULL }, TRUE, FALSE },
  { "rtr_ladder", 'c', { "jump", "sprint", "jog", "walk", "none" }, TRUE },
  { "rf_saddle_bladder", 'b', { NULL }, TRUE, TRUE },
  { "rf_weakness", 'b', { NULL }, TRUE, TRUE },
  { "rf_calf", 'b', { NULL }, TRUE, TRUE },
  { "rf_unwell", 'b', { NULL }, TRUE, TRUE },
};

static guint
n_values (const Question *q)
{
  guint n = 0;

  if (q->type == 'b')
    return 2;
  while (n < G_N_ELEMENTS (q->values) && q->values[n] != NULL)
    n++;
  return n;
}

/* Value @index of the question, 0 the most reassuring. */
static void
set_value (JsonObject     *answers,
           const Question *q,
           guint           index)
{
  switch (q->type)
    {
    case 'b':
      json_object_set_boolean_member (answers, q->id, q->true_is_worse ? index == 1 : index == 0);
      break;

    case 'i':
      json_object_set_int_member (answers, q->id, g_ascii_strtoll (q->values[index], NULL, 10));
      break;

    case 'c':
    default:
      json_object_set_string_member (answers, q->id, q->values[index]);
      break;
    }
}

/* Red flags are rare in life; generated sets keep them rare so that the other rules get
 * exercised too, while every flag still appears tens of thousands of times. */
static JsonObject *
generate (GRand *rand)
{
  JsonObject *answers = json_object_new ();
  /* One set in five leans reassuring, so the permissive phases get as much checking. */
  gboolean reassuring = g_rand_double (rand) < 0.2;

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      const Question *q = &questions[i];
      gboolean red_flag = g_str_has_prefix (q->id, "rf_");

      if (g_rand_double (rand) < (reassuring ? 0.05 : 0.2))
        continue;
      if (red_flag)
        set_value (answers, q, g_rand_double (rand) < 0.05 ? 1 : 0);
      else if (reassuring && q->ordered)
        set_value (answers, q, g_rand_int_range (rand, 0, MIN (2, n_values (q))));
      else
        set_value (answers, q, g_rand_int_range (rand, 0, n_values (q)));
    }

  return answers;
}

static gboolean
is_true (JsonObject *a, const char *id)
{
  return json_object_has_member (a, id) && json_object_get_boolean_member (a, id);
}

static gboolean
is (JsonObject *a, const char *id, const char *value)
{
  return json_object_has_member (a, id) && g_str_equal (json_object_get_string_member (a, id), value);
}

static gint64
number (JsonObject *a, const char *id)
{
  return json_object_has_member (a, id) ? json_object_get_int_member (a, id) : -1;
}

static char *
describe (JsonObject *answers)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), answers);

  return json_to_string (node, FALSE);
}

/* Rules 1–7 and 9 of docs/triage.md for one answer set. */
static void
check_rules (JsonObject      *a,
             HammyAssessment *r)
{
  HammyTriagePhase phase = hammy_assessment_get_phase (r);
  GPtrArray *reasons = hammy_assessment_get_reasons (r);
  const char * const *flags = hammy_assessment_get_flags (r);
  gboolean sudden = is (a, "onset", "sudden");
  gboolean pop = is_true (a, "pop");
  g_autofree char *text = describe (a);

  /* 1 */
  if (is_true (a, "rf_saddle_bladder") || is_true (a, "rf_weakness") || is_true (a, "rf_calf"))
    g_assert_cmpint (phase, ==, HAMMY_TRIAGE_PHASE_URGENT);
  if (is_true (a, "rf_saddle_bladder"))
    g_assert_true (hammy_assessment_has_flag (r, "cauda_equina_signs"));
  if (is_true (a, "rf_weakness"))
    g_assert_true (hammy_assessment_has_flag (r, "progressive_weakness"));
  if (is_true (a, "rf_calf"))
    g_assert_true (hammy_assessment_has_flag (r, "clot_signs"));
  if (is_true (a, "rf_unwell"))
    {
      g_assert_cmpint (phase, <=, HAMMY_TRIAGE_PHASE_REFER);
      g_assert_true (hammy_assessment_has_flag (r, "systemic_signs"));
    }

  /* 2 */
  if ((pop && (is (a, "bruising", "large") || is_true (a, "gait_altered"))) ||
      (pop && is (a, "location", "high") && sudden) ||
      (pop && sudden && json_object_has_member (a, "age") && number (a, "age") < 18))
    {
      g_assert_cmpint (phase, <=, HAMMY_TRIAGE_PHASE_REFER);
      g_assert_true (hammy_assessment_has_flag (r, "possible_avulsion") ||
                     hammy_assessment_has_flag (r, "significant_tear"));
    }

  /* 3 */
  if (is_true (a, "gait_altered") || number (a, "pain_walking") >= 7 || number (a, "pain_rest") >= 7)
    g_assert_cmpint (phase, <, HAMMY_TRIAGE_PHASE_BUILD);

  /* 4 */
  if (phase == HAMMY_TRIAGE_PHASE_LOAD || phase == HAMMY_TRIAGE_PHASE_RETURN)
    {
      g_assert_true (json_object_has_member (a, "pain_walking") && number (a, "pain_walking") <= 1);
      g_assert_true (is (a, "test_single_leg_bridge", "pain_free"));
      g_assert_false (sudden && number (a, "days_since_onset") < 14);
    }

  /* 5 */
  if (phase == HAMMY_TRIAGE_PHASE_RETURN)
    {
      g_assert_true (is_true (a, "rtr_motion") && is_true (a, "rtr_strength"));
      g_assert_true (is (a, "rtr_ladder", "jog") || is (a, "rtr_ladder", "sprint") || is (a, "rtr_ladder", "jump"));
    }

  /* 6: the only phase that includes stretches is the warm-up for the uninjured. */
  if (g_str_equal (hammy_assessment_get_picture (r), "acute_strain") || is (a, "stretch_response", "worse"))
    g_assert_cmpint (phase, !=, HAMMY_TRIAGE_PHASE_WARMUP);
  if (is (a, "stretch_response", "worse"))
    g_assert_true (hammy_assessment_has_flag (r, "stretch_aggravates"));

  /* 7 */
  if (is_true (a, "tingling") || is_true (a, "neural_tension"))
    g_assert_true (hammy_assessment_has_flag (r, "neural_caution"));

  /* 9 */
  g_assert_cmpuint (reasons->len, >, 0);
  for (guint i = 0; flags[i] != NULL; i++)
    {
      gboolean explained = FALSE;

      for (guint k = 0; k < reasons->len && !explained; k++)
        explained = g_strcmp0 (((HammyTriageReason *) g_ptr_array_index (reasons, k))->flag, flags[i]) == 0;
      if (!explained)
        g_error ("flag %s has no reason for %s", flags[i], text);
    }
  for (guint k = 0; k < reasons->len; k++)
    g_assert_cmpuint (strlen (((HammyTriageReason *) g_ptr_array_index (reasons, k))->text), >, 20);
}

static HammyTriagePhase
phase_of (JsonObject *answers)
{
  g_autoptr(HammyAssessment) assessment = hammy_triage_assess (answers, NULL);

  return hammy_assessment_get_phase (assessment);
}

/* Rule 8: an answer that adds or worsens a symptom never moves the phase towards the less
 * cautious end, and a missing answer is never treated better than the most reassuring one. */
static void
check_monotonic (JsonObject     *a,
                 HammyTriagePhase phase,
                 GRand          *rand)
{
  const Question *q;
  g_autoptr(JsonObject) changed = NULL;
  HammyTriagePhase other;
  guint i;

  do
    q = &questions[g_rand_int_range (rand, 0, G_N_ELEMENTS (questions))];
  while (!q->ordered);

  changed = json_object_new ();
  {
    g_autoptr(GList) members = json_object_get_members (a);
    for (GList *l = members; l != NULL; l = l->next)
      json_object_set_member (changed, l->data, json_node_copy (json_object_get_member (a, l->data)));
  }

  if (!json_object_has_member (a, q->id))
    {
      /* Missing is no better than the most reassuring answer... */
      set_value (changed, q, 0);
      other = phase_of (changed);
      if (phase > other)
        {
          g_autofree char *text = describe (a);
          g_error ("answering %s reassuringly made the phase more cautious (%s → %s) for %s", q->id,
                   hammy_triage_phase_to_id (phase), hammy_triage_phase_to_id (other), text);
        }

      /* ...and the most worrying answer is no better than missing. */
      set_value (changed, q, n_values (q) - 1);
      other = phase_of (changed);
      if (other > phase)
        {
          g_autofree char *text = describe (a);
          g_error ("answering %s with its worst made the phase less cautious (%s → %s) for %s", q->id,
                   hammy_triage_phase_to_id (phase), hammy_triage_phase_to_id (other), text);
        }
      return;
    }

  /* One step worse never loosens. */
  for (i = 0; i < n_values (q); i++)
    {
      g_autoptr(JsonObject) probe = json_object_new ();

      set_value (probe, q, i);
      if (json_node_equal (json_object_get_member (probe, q->id), json_object_get_member (a, q->id)))
        break;
    }
  if (i + 1 >= n_values (q))
    return;

  set_value (changed, q, i + 1);
  other = phase_of (changed);
  if (other > phase)
    {
      g_autofree char *text = describe (a);
      g_error ("a worse %s made the phase less cautious (%s → %s) for %s", q->id,
               hammy_triage_phase_to_id (phase), hammy_triage_phase_to_id (other), text);
    }
}

static void
test_generated_answer_sets (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  guint seen[HAMMY_TRIAGE_N_PHASES] = { 0, };

  for (guint n = 0; n < N_GENERATED; n++)
    {
      g_autoptr(JsonObject) answers = generate (rand);
      g_autoptr(HammyAssessment) assessment = hammy_triage_assess (answers, NULL);

      check_rules (answers, assessment);
      check_monotonic (answers, hammy_assessment_get_phase (assessment), rand);
      seen[hammy_assessment_get_phase (assessment)]++;
    }

  /* The generator reaches every phase triage gives, so no rule was checked only on its easy
   * side. Keep is a plan's, after a phase check; triage never starts a person there. */
  for (guint i = 0; i < HAMMY_TRIAGE_N_PHASES; i++)
    {
      g_test_message ("%s: %u", hammy_triage_phase_to_id (i), seen[i]);
      if (i == HAMMY_TRIAGE_PHASE_KEEP)
        g_assert_cmpuint (seen[i], ==, 0);
      else
        g_assert_cmpuint (seen[i], >, 500);
    }
}

static void
test_no_answers (void)
{
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autoptr(HammyAssessment) assessment = hammy_triage_assess (answers, NULL);

  g_assert_cmpint (hammy_assessment_get_phase (assessment), ==, HAMMY_TRIAGE_PHASE_CALM);
  g_assert_cmpstr (hammy_assessment_get_picture (assessment), ==, "unclear");
  g_assert_cmpstr (hammy_assessment_get_running (assessment), ==, "stop");
  g_assert_cmpuint (hammy_assessment_get_reasons (assessment)->len, >, 0);
}

static void
test_answers_check (void)
{
  const char *bad[] = {
    "{\"pop\": \"yes\"}",
    "{\"pain_rest\": 11}",
    "{\"pain_walking\": -1}",
    "{\"onset\": \"yesterday\"}",
    "{\"favourite_colour\": \"blue\"}",
    "{\"age\": 7.5}",
    "{\"rtr_ladder\": [\"jog\"]}",
  };
  g_autoptr(JsonParser) parser = json_parser_new ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (json_parser_load_from_data (parser, bad[i], -1, NULL));
      g_assert_false (hammy_triage_answers_check (json_node_get_object (json_parser_get_root (parser)), &error));
      g_assert_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID);
    }
}

static void
test_saved_form_round_trip (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(HammyAssessment) assessment = NULL;
  g_autoptr(HammyAssessment) read = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (json_parser_load_from_data (parser,
    "{\"onset\": \"gradual\", \"location\": \"high\", \"sitting_worse\": true, \"pain_rest\": 2,"
    " \"pain_walking\": 2, \"stretch_response\": \"worse\"}", -1, NULL));
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), NULL);
  saved = hammy_assessment_to_json (assessment);
  text = json_to_string (saved, FALSE);
  g_assert_nonnull (strstr (text, "\"format\":\"hammy-assessment\""));
  g_assert_nonnull (strstr (text, "\"version\":1"));

  read = hammy_assessment_new_from_json (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hammy_assessment_get_phase (read), ==, hammy_assessment_get_phase (assessment));
  g_assert_cmpstr (hammy_assessment_get_picture (read), ==, "proximal_tendinopathy");
  g_assert_true (hammy_assessment_has_flag (read, "sitting_aggravates"));
  g_assert_true (hammy_assessment_has_flag (read, "stretch_aggravates"));
  g_assert_cmpuint (hammy_assessment_get_reasons (read)->len, ==, hammy_assessment_get_reasons (assessment)->len);
  g_assert_true (g_date_time_equal (hammy_assessment_get_created (read), hammy_assessment_get_created (assessment)));
}

static void
test_saved_form_refusals (void)
{
  const struct { const char *json; int code; } cases[] = {
    { "[]", HAMMY_TRIAGE_ERROR_INVALID },
    { "{\"format\": \"hammy-plan\", \"version\": 1}", HAMMY_TRIAGE_ERROR_INVALID },
    { "{\"format\": \"hammy-assessment\", \"version\": 2, \"phase\": \"calm\"}", HAMMY_TRIAGE_ERROR_NEWER_VERSION },
    { "{\"format\": \"hammy-assessment\", \"version\": 1, \"phase\": \"nap\", \"picture\": \"unclear\","
      " \"running\": \"stop\", \"created\": \"2026-11-21T10:00:00Z\", \"answers\": {}}", HAMMY_TRIAGE_ERROR_INVALID },
    { "{\"format\": \"hammy-assessment\", \"version\": 1, \"phase\": \"calm\", \"picture\": \"unclear\","
      " \"running\": \"stop\", \"created\": \"2026-11-21T10:00:00Z\", \"answers\": {\"pop\": 3}}", HAMMY_TRIAGE_ERROR_INVALID },
    { "{\"format\": \"hammy-assessment\", \"version\": 1, \"phase\": \"calm\", \"picture\": \"unclear\","
      " \"running\": \"stop\", \"created\": \"not a date\", \"answers\": {}}", HAMMY_TRIAGE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(HammyAssessment) read = NULL;

      g_assert_true (json_parser_load_from_data (parser, cases[i].json, -1, NULL));
      read = hammy_assessment_new_from_json (json_parser_get_root (parser), &error);
      g_assert_null (read);
      g_assert_error (error, HAMMY_TRIAGE_ERROR, cases[i].code);
    }
}


static void
test_questions_match_the_contract (void)
{
  for (guint i = 0; i < hammy_triage_get_n_questions (); i++)
    {
      const HammyQuestion *q = hammy_triage_get_question (i);
      g_autoptr(JsonObject) answers = json_object_new ();
      gboolean in_group = FALSE;

      /* A valid answer to every question passes the engine's own check. */
      if (q->kind == HAMMY_QUESTION_YES_NO)
        json_object_set_boolean_member (answers, q->id, TRUE);
      else if (q->kind == HAMMY_QUESTION_NUMBER)
        json_object_set_int_member (answers, q->id, q->max);
      else
        for (guint c = 0; q->choices[c].id != NULL; c++)
          {
            json_object_set_string_member (answers, q->id, q->choices[c].id);
            g_assert_true (hammy_triage_answers_check (answers, NULL));
          }
      g_assert_true (hammy_triage_answers_check (answers, NULL));
      g_assert_nonnull (q->text);

      for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
        in_group |= g_str_equal (hammy_triage_get_group (g)->id, q->group);
      g_assert_true (in_group);
    }

  /* Safety questions come first. */
  g_assert_cmpstr (hammy_triage_get_group (0)->id, ==, "safety");
  g_assert_true (g_str_has_prefix (hammy_triage_get_question (0)->id, "rf_"));
}

static void
test_texts_for_every_outcome (void)
{
  const char *pictures[] = { "acute_strain", "proximal_tendinopathy", "distal_irritation", "neural_tension",
                             "tightness", "post_race_soreness", "unclear" };
  const char *flags[] = { "cauda_equina_signs", "progressive_weakness", "clot_signs", "systemic_signs",
                          "possible_avulsion", "significant_tear", "gait_altered", "severe_pain",
                          "stretch_aggravates", "sitting_aggravates", "neural_caution", "speed_related" };

  for (guint i = 0; i < HAMMY_TRIAGE_N_PHASES; i++)
    {
      g_assert_nonnull (hammy_triage_phase_get_title (i));
      g_assert_nonnull (hammy_triage_phase_get_meaning (i));
    }
  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_assert_nonnull (hammy_triage_picture_get_name (pictures[i]));
      g_assert_null (strstr (hammy_triage_picture_get_name (pictures[i]), "iagnos"));
      g_assert_nonnull (hammy_triage_picture_get_description (pictures[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    g_assert_nonnull (hammy_triage_flag_get_sentence (flags[i]));
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_relevant_answers (void)
{
  g_autoptr(JsonObject) gradual = parse_object ("{\"onset\": \"gradual\", \"pop\": true, \"bruising\": \"large\","
                                                " \"pain_walking\": 4, \"rtr_motion\": true, \"test_hinge\": \"painful\"}");
  g_autoptr(JsonObject) fresh = parse_object ("{\"onset\": \"sudden\", \"days_since_onset\": 2, \"test_hinge\": \"none\","
                                              " \"test_heel_press\": \"mild\"}");
  g_autoptr(JsonObject) kept = hammy_triage_dup_relevant_answers (gradual);
  g_autoptr(JsonObject) fresh_kept = hammy_triage_dup_relevant_answers (fresh);

  /* No pop or bruising after a gradual onset; no return questions while walking hurts. */
  g_assert_false (json_object_has_member (kept, "pop"));
  g_assert_false (json_object_has_member (kept, "bruising"));
  g_assert_false (json_object_has_member (kept, "rtr_motion"));
  g_assert_true (json_object_has_member (kept, "test_hinge"));
  g_assert_true (json_object_has_member (kept, "pain_walking"));

  /* No hinge on a two-day-old strain; the gentle heel press stays. */
  g_assert_false (json_object_has_member (fresh_kept, "test_hinge"));
  g_assert_true (json_object_has_member (fresh_kept, "test_heel_press"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/triage/rules/generated-answer-sets", test_generated_answer_sets);
  g_test_add_func ("/triage/no-answers", test_no_answers);
  g_test_add_func ("/triage/answers-check", test_answers_check);
  g_test_add_func ("/triage/saved-form/round-trip", test_saved_form_round_trip);
  g_test_add_func ("/triage/saved-form/refusals", test_saved_form_refusals);
  g_test_add_func ("/triage/questions-match-the-contract", test_questions_match_the_contract);
  g_test_add_func ("/triage/texts-for-every-outcome", test_texts_for_every_outcome);
  g_test_add_func ("/triage/relevant-answers", test_relevant_answers);

  return g_test_run ();
}
