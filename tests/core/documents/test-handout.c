/* test-handout.c: unit tests for what the printed handout says: doses in words, the key cues,
 * notes left out unless asked for, and the rules and red flags on every handout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-handout.h"
#include "hammy-planner.h"
#include "hammy-triage-text.h"

/* A clinician's plan: their own numbers, a changed load, and notes meant for themselves. */
#define LOAD_PLAN "{\"created\": \"2026-03-02T09:00:00Z\", \"phase\": \"load\", \"imported\": true," \
                  " \"note\": \"Check hip drop next visit.\", \"items\": [" \
                  "{\"section\": \"circuit\", \"exercise\": \"rdl-wall\", \"sets\": 3, \"reps\": 6, \"per_side\": true, \"load\": \"heavy\"}," \
                  "{\"section\": \"circuit\", \"exercise\": \"nordic-curl\", \"sets\": 2, \"reps\": 4, \"per_side\": false, \"load\": \"bodyweight\"," \
                  " \"note\": \"Guarded on the left; watch.\"}," \
                  "{\"section\": \"circuit\", \"exercise\": \"single-leg-rdl\", \"sets\": 1, \"reps\": 6, \"per_side\": true, \"load\": \"light\"}," \
                  "{\"section\": \"circuit\", \"exercise\": \"easy-walk\", \"sets\": 1, \"hold_seconds\": 600, \"per_side\": false, \"load\": \"bodyweight\"}]}"

static HammyLibrary *library;

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static GDateTime *
handout_day (void)
{
  return g_date_time_new_utc (2026, 3, 5, 12, 0, 0);
}

static HammyPlan *
plan_from_json (const char *text)
{
  g_autoptr(JsonObject) object = parse_object (text);
  g_autoptr(GError) error = NULL;
  HammyPlan *plan = hammy_plan_new_from_json (object, library, &error);

  g_assert_no_error (error);
  return plan;
}

static const HammyHandoutItem *
find_item (HammyHandout *handout,
           const char   *id)
{
  for (guint i = 0; i < hammy_handout_get_n_items (handout); i++)
    if (g_str_equal (hammy_handout_get_item (handout, i)->exercise, id))
      return hammy_handout_get_item (handout, i);

  g_error ("No item for %s", id);
}

static void
test_plan_from_a_check (void)
{
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_assessment (library, assessment);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = NULL;

  g_assert_nonnull (plan);
  g_assert_cmpint (hammy_plan_get_phase (plan), ==, HAMMY_TRIAGE_PHASE_BUILD);
  handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);

  g_assert_cmpstr (hammy_handout_get_title (handout), ==, "Your Hamstring Plan");
  g_assert_cmpstr (hammy_handout_get_date_line (handout), ==, "5 March 2026");
  g_assert_true (g_str_has_prefix (hammy_handout_get_source_line (handout), "Made from your check on "));
  g_assert_cmpstr (hammy_handout_get_phase_title (handout), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_BUILD));
  g_assert_cmpstr (hammy_handout_get_phase_meaning (handout), ==, hammy_triage_phase_get_meaning (HAMMY_TRIAGE_PHASE_BUILD));

  /* Every exercise of the circuit, in its order, each with a dose, a poster and cues. */
  g_assert_cmpuint (hammy_handout_get_n_items (handout), ==, hammy_plan_get_n_items (plan));
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyHandoutItem *item = hammy_handout_get_item (handout, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (library, hammy_plan_get_item (plan, i)->exercise);
      const char * const *cues = hammy_exercise_get_cues (exercise);
      guint n = 0;

      g_assert_cmpstr (item->exercise, ==, hammy_exercise_get_id (exercise));
      g_assert_cmpstr (item->name, ==, hammy_exercise_get_name (exercise));
      g_assert_cmpstr (item->clip, ==, hammy_exercise_get_clip (exercise));
      g_assert_nonnull (item->dosage);
      g_assert_null (strstr (item->dosage, "×"));
      for (; item->cues[n] != NULL; n++)
        g_assert_cmpstr (item->cues[n], ==, cues[n]);
      g_assert_cmpuint (n, ==, MIN (g_strv_length ((char **) cues), HAMMY_HANDOUT_N_CUES));
    }

  /* The plan's own numbers and how often, as Today and the plan editor say them: the plan is
   * what steps up, so a range of the library's would say something else. */
  g_assert_cmpstr (find_item (handout, "askling-extender")->dosage, ==, "3 sets of 12 repetitions on each side, twice a day");
  g_assert_cmpstr (find_item (handout, "askling-glider")->dosage, ==, "3 sets of 4 repetitions on each side, every third day");
  g_assert_cmpstr (find_item (handout, "plank")->dosage, ==, "3 holds of 20 seconds, every other day");
  g_assert_cmpstr (find_item (handout, "side-lying-leg-raise")->dosage, ==, "3 sets of 10 repetitions on each side, every other day");
  /* The warm-up goes with strength work; a build plan's bridges start with both feet down and
   * no weight (docs/programme.md, "Steps"). */
  g_assert_cmpstr (find_item (handout, "cat-cow")->dosage, ==, "1 set of 8 repetitions, before strength work");
  g_assert_null (find_item (handout, "glute-bridge")->load);
  g_assert_null (find_item (handout, "plank")->load);
}

/* Whose handout it is: the profile's name, on every page; none without a name. */
static void
test_patient (void)
{
  g_autoptr(HammyPlan) plan = plan_from_json (LOAD_PLAN);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);

  g_assert_null (hammy_handout_get_patient_line (handout));
  hammy_handout_set_patient (handout, "Zoë Müller-Łukasiewicz");
  g_assert_cmpstr (hammy_handout_get_patient_line (handout), ==, "For Zoë Müller-Łukasiewicz");
  hammy_handout_set_patient (handout, "");
  g_assert_null (hammy_handout_get_patient_line (handout));
}

/* The clinician's line: one line, trimmed, at most HAMMY_CLINICIAN_LINE_MAX characters. */
static void
test_clinician_line (void)
{
  g_autoptr(HammyPlan) plan = plan_from_json (LOAD_PLAN);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);
  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autofree char *cut = NULL;

  g_assert_null (hammy_handout_get_clinician_line (handout));
  hammy_handout_set_clinician (handout, "  Sam Lee, physiotherapist\n  Riverside Sports Clinic\t 01234 567890 ");
  g_assert_cmpstr (hammy_handout_get_clinician_line (handout), ==,
                   "Sam Lee, physiotherapist Riverside Sports Clinic 01234 567890");
  hammy_handout_set_clinician (handout, " \n ");
  g_assert_null (hammy_handout_get_clinician_line (handout));
  hammy_handout_set_clinician (handout, "\xFF");
  g_assert_null (hammy_handout_get_clinician_line (handout));

  for (guint i = 0; i < HAMMY_CLINICIAN_LINE_MAX + 10; i++)
    g_string_append (long_line, "é");
  cut = hammy_clinician_line_clean (long_line->str);
  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, HAMMY_CLINICIAN_LINE_MAX);
}

static void
test_plan_numbers_win (void)
{
  g_autoptr(HammyPlan) plan = plan_from_json (LOAD_PLAN);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);

  g_assert_true (g_str_has_prefix (hammy_handout_get_source_line (handout), "Brought in from a plan file on "));
  g_assert_cmpstr (hammy_handout_get_phase_title (handout), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_LOAD));

  /* The plan kept the library's load: its effort stays. */
  g_assert_cmpstr (find_item (handout, "rdl-wall")->dosage, ==, "3 sets of 6 repetitions on each side, twice a week");
  g_assert_cmpstr (find_item (handout, "rdl-wall")->load, ==, "A heavy weight, at an effort of 7–9 out of 10");
  /* A changed load drops the effort meant for another. */
  g_assert_cmpstr (find_item (handout, "nordic-curl")->dosage, ==, "2 sets of 4 repetitions, three times a week");
  g_assert_null (find_item (handout, "nordic-curl")->load);
  g_assert_cmpstr (find_item (handout, "single-leg-rdl")->dosage, ==, "1 set of 6 repetitions on each side, twice a week");
  g_assert_cmpstr (find_item (handout, "single-leg-rdl")->load, ==, "A light weight");
  g_assert_cmpstr (find_item (handout, "easy-walk")->dosage, ==, "10 minutes, every day");
}

static void
test_notes_left_out_unless_asked (void)
{
  g_autoptr(HammyPlan) plan = plan_from_json (LOAD_PLAN);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) plain = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);
  g_autoptr(HammyHandout) noted = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_WITH_NOTES);

  g_assert_true (hammy_handout_plan_has_notes (plan));

  g_assert_null (hammy_handout_get_note (plain));
  for (guint i = 0; i < hammy_handout_get_n_items (plain); i++)
    g_assert_null (hammy_handout_get_item (plain, i)->note);

  g_assert_cmpstr (hammy_handout_get_note (noted), ==, "Check hip drop next visit.");
  g_assert_cmpstr (find_item (noted, "nordic-curl")->note, ==, "Guarded on the left; watch.");
  g_assert_null (find_item (noted, "rdl-wall")->note);
}

static void
test_plan_without_notes (void)
{
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_assessment (library, assessment);

  g_assert_false (hammy_handout_plan_has_notes (plan));
}

static gboolean
any_contains (const char * const *texts,
              const char         *needle)
{
  for (guint i = 0; texts[i] != NULL; i++)
    if (strstr (texts[i], needle) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_rules_and_red_flags (void)
{
  g_autoptr(HammyPlan) plan = plan_from_json (LOAD_PLAN);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);
  const char * const *pain = hammy_handout_get_pain_rules (handout);
  const char * const *stop = hammy_handout_get_stop_rules (handout);
  HammyClinicianSign sign;

  /* The pain-monitoring bands and the next-morning rule. */
  g_assert_true (any_contains (pain, "0 to 3"));
  g_assert_true (any_contains (pain, "4 or 5"));
  g_assert_true (any_contains (pain, "above 5"));
  g_assert_true (any_contains (pain, "next morning"));
  g_assert_true (any_contains (stop, "sharp pain"));
  g_assert_true (any_contains (stop, "numbness or weakness"));

  /* Every red flag, in the order of urgency the safety notice uses. */
  g_assert_cmpuint (hammy_handout_get_n_red_flags (handout), ==, hammy_safety_get_n_clinician_signs ());
  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    {
      const HammyClinicianSign *flag = hammy_handout_get_red_flag (handout, i);

      g_assert_cmpint (flag->urgency, ==, sign.urgency);
      g_assert_cmpstr (flag->signs, ==, sign.signs);
      g_assert_cmpstr (flag->action, ==, sign.action);
    }
  g_assert_nonnull (strstr (hammy_handout_get_notice (handout), "not a diagnosis"));
  g_assert_nonnull (hammy_handout_get_red_flags_intro (handout));
}

/* The rules are the plan's picture's: a strain stops above 4, as the session does. */
static void
test_rules_at_the_cap (void)
{
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_assessment (library, assessment);
  g_autoptr(GDateTime) day = handout_day ();
  g_autoptr(HammyHandout) handout = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);
  const char * const *pain = hammy_handout_get_pain_rules (handout);
  const char * const *stop = hammy_handout_get_stop_rules (handout);

  g_assert_cmpint (hammy_plan_get_pain_cap (plan), ==, 4);
  g_assert_true (any_contains (pain, "0 to 3"));
  g_assert_true (any_contains (pain, "Pain of 4 is acceptable"));
  g_assert_true (any_contains (pain, "above 4"));
  g_assert_false (any_contains (pain, "above 5"));
  g_assert_true (any_contains (stop, "above 4 out of 10"));
  /* A plan alone has no running advice: that is Today's, from the person's answers. */
  g_assert_null (hammy_handout_get_running (handout));
}

static void
test_dosage_in_words (void)
{
  const struct
  {
    HammyDosage dosage;
    const char *words;
  } cases[] = {
    { { .sets = 1, .reps = 5, .load = (char *) "bodyweight" }, "1 set of 5 repetitions" },
    { { .sets = 1, .reps = 1, .load = (char *) "bodyweight" }, "1 set of 1 repetition" },
    { { .sets = 2, .reps = 10, .per_side = TRUE, .load = (char *) "bodyweight" }, "2 sets of 10 repetitions on each side" },
    { { .sets = 1, .hold_seconds = 1, .load = (char *) "bodyweight" }, "1 hold of 1 second" },
    { { .sets = 5, .hold_seconds = 30, .hold_seconds_max = 45, .per_side = TRUE, .load = (char *) "bodyweight" },
      "5 holds of 30–45 seconds on each side" },
    { { .sets = 2, .hold_seconds = 600, .load = (char *) "bodyweight" }, "2 rounds of 10 minutes" },
    { { .sets = 1, .hold_seconds = 90, .load = (char *) "bodyweight" }, "1 hold of 90 seconds" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = hammy_handout_format_dosage (&cases[i].dosage);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

static void
test_load_in_words (void)
{
  HammyDosage bodyweight_effort = { .sets = 3, .reps = 5, .load = (char *) "bodyweight", .rpe_min = 8, .rpe_max = 8 };
  HammyDosage heavy = { .sets = 3, .reps = 5, .load = (char *) "heavy" };
  HammyDosage nothing = { .sets = 3, .reps = 5, .load = (char *) "bodyweight" };
  g_autofree char *effort_words = hammy_handout_format_load (&bodyweight_effort);
  g_autofree char *heavy_words = hammy_handout_format_load (&heavy);
  g_autofree char *nothing_words = hammy_handout_format_load (&nothing);

  g_assert_cmpstr (effort_words, ==, "Your body weight, at an effort of 8 out of 10");
  g_assert_cmpstr (heavy_words, ==, "A heavy weight");
  g_assert_null (nothing_words);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  library = hammy_test_load_library ();

  g_test_add_func ("/handout/plan-from-a-check", test_plan_from_a_check);
  g_test_add_func ("/handout/plan-numbers-win", test_plan_numbers_win);
  g_test_add_func ("/handout/patient", test_patient);
  g_test_add_func ("/handout/clinician-line", test_clinician_line);
  g_test_add_func ("/handout/notes-left-out-unless-asked", test_notes_left_out_unless_asked);
  g_test_add_func ("/handout/plan-without-notes", test_plan_without_notes);
  g_test_add_func ("/handout/rules-and-red-flags", test_rules_and_red_flags);
  g_test_add_func ("/handout/rules-at-the-cap", test_rules_at_the_cap);
  g_test_add_func ("/handout/dosage-in-words", test_dosage_in_words);
  g_test_add_func ("/handout/load-in-words", test_load_in_words);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
