/* test-library.c: the content test (every rule the library's content must keep) and unit tests
 * for the library's loader, search, equipment filter and dosage text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-library.h"
#include "hammy-references.h"
#include "hammy-schedule.h"
#include "hammy-vocabulary.h"

/* A small library that keeps every rule; each fault test breaks one. */
static const char base_exercises[] =
  "{\"format\": \"hammy-exercises\", \"version\": 1, \"exercises\": ["
  " {\"id\": \"ex-a\", \"kind\": \"exercise\", \"name\": \"Glute Bridge\", \"summary\": \"S\","
  "  \"phases\": [\"build\"], \"goal\": \"support\", \"muscles\": [\"glutes\", \"hamstring\"],"
  "  \"dosage\": {\"sets\": 3, \"reps\": 12, \"per_side\": false, \"load\": \"bodyweight\"},"
  "  \"schedule\": {\"frequency\": \"every-other-day\", \"group\": \"strength\"},"
  "  \"equipment\": [{\"id\": \"mat\", \"substitutes\": [\"towel\"]}],"
  "  \"setup\": \"Lie down.\", \"steps\": [\"Lift.\", \"Lower.\"], \"feel\": \"Glutes.\","
  "  \"cues\": [\"Ribs down.\"], \"mistakes\": [\"Arching.\"], \"cautions\": [],"
  "  \"easier\": [], \"harder\": [\"ex-b\"], \"cards\": [\"card-a\"], \"clip\": \"ex-a\"},"
  " {\"id\": \"ex-b\", \"kind\": \"exercise\", \"name\": \"Single-Leg Bridge\", \"summary\": \"S\","
  "  \"phases\": [\"build\", \"load\"], \"goal\": \"strength\", \"muscles\": [\"hamstring\"],"
  "  \"dosage\": {\"sets\": 3, \"reps\": 6, \"reps_max\": 8, \"per_side\": true, \"load\": \"heavy\","
  "   \"rpe_min\": 7, \"rpe_max\": 9},"
  "  \"schedule\": {\"frequency\": \"twice-a-week\", \"group\": \"heavy-lengthening\", \"group_load\": \"heavy\","
  "   \"build_up\": [\"once-a-week\"], \"keep\": \"once-a-week\"},"
  "  \"equipment\": [{\"id\": \"dumbbell\", \"substitutes\": [\"backpack\", \"water-bottles\"]}, {\"id\": \"step\"}],"
  "  \"setup\": \"Foot up.\", \"steps\": [\"Lift.\"], \"feel\": \"Hamstring.\","
  "  \"cues\": [\"Slow.\"], \"mistakes\": [\"Rushing.\"], \"cautions\": [\"Stop on sharp pain.\"],"
  "  \"easier\": [\"ex-a\"], \"harder\": [], \"cards\": [\"card-a\"], \"clip\": \"ex-b\","
  "  \"references\": [\"freckleton-2014\"]},"
  " {\"id\": \"check-a\", \"kind\": \"self-check\", \"name\": \"Heel Press\", \"summary\": \"S\","
  "  \"phases\": [], \"goal\": \"check\", \"muscles\": [\"hamstring\"],"
  "  \"dosage\": {\"sets\": 1, \"hold_seconds\": 5, \"per_side\": true, \"load\": \"bodyweight\"},"
  "  \"equipment\": [], \"setup\": \"Sit.\", \"steps\": [\"Press.\"], \"feel\": \"Little.\","
  "  \"cues\": [\"Gentle.\"], \"mistakes\": [\"Too hard.\"], \"cautions\": [],"
  "  \"easier\": [], \"harder\": [], \"cards\": [\"card-a\"], \"clip\": \"ex-a\","
  "  \"interpretation\": \"Pain suggests the hamstring.\"}"
  "]}";
static const char base_cards[] =
  "{\"format\": \"hammy-cards\", \"version\": 1, \"cards\": ["
  " {\"id\": \"card-a\", \"title\": \"T\", \"summary\": \"S\", \"explanation\": [\"E.\"],"
  "  \"for_you\": [\"F.\"], \"figure\": \"ex-a\", \"references\": [\"askling-2013\"]}"
  "]}";
static const char base_clips[] =
  "{\"format\": \"hammy-clips\", \"version\": 1, \"clips\": ["
  " {\"id\": \"ex-a\", \"props\": [\"floor\"], \"brief\": \"Bridge.\"},"
  " {\"id\": \"ex-b\", \"props\": [\"floor\", \"step\", \"dumbbell\"], \"brief\": \"Bridge.\"}"
  "]}";

static GBytes *
bytes_replacing (const char *text,
                 const char *find,
                 const char *replace)
{
  g_autoptr(GString) copy = g_string_new (text);

  if (find != NULL)
    g_assert_cmpuint (g_string_replace (copy, find, replace, 1), ==, 1);

  return g_string_free_to_bytes (g_steal_pointer (&copy));
}

static HammyLibrary *
load_with_change (const char *document,
                  const char *find,
                  const char *replace)
{
  g_autoptr(GBytes) exercises = bytes_replacing (base_exercises, g_str_equal (document, "exercises") ? find : NULL, replace);
  g_autoptr(GBytes) cards = bytes_replacing (base_cards, g_str_equal (document, "cards") ? find : NULL, replace);
  g_autoptr(GBytes) clips = bytes_replacing (base_clips, g_str_equal (document, "clips") ? find : NULL, replace);
  g_autoptr(GError) error = NULL;
  HammyLibrary *library = hammy_library_new_from_bytes (exercises, cards, clips, &error);

  g_assert_no_error (error);
  return library;
}

static gboolean
has_problem (HammyLibrary *library,
             const char   *fragment)
{
  GPtrArray *problems = hammy_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    {
      if (strstr (g_ptr_array_index (problems, i), fragment) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_base_keeps_every_rule (void)
{
  g_autoptr(HammyLibrary) library = load_with_change ("exercises", NULL, NULL);
  GPtrArray *problems = hammy_library_get_problems (library);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_library_get_exercises (library)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_library_get_cards (library)), ==, 1);
}

typedef struct
{
  const char *document;
  const char *find;
  const char *replace;
  const char *problem;
} Fault;

static const Fault faults[] = {
  { "exercises", "\"id\": \"ex-b\"", "\"id\": \"ex-a\"", "the id ex-a appears twice" },
  { "cards", "\"id\": \"card-a\"", "\"id\": \"ex-a\"", "the id ex-a appears twice" },
  { "exercises", "\"harder\": [\"ex-b\"]", "\"harder\": [\"ex-z\"]", "harder variant “ex-z” does not exist" },
  { "exercises", "\"easier\": [\"ex-a\"]", "\"easier\": []", "does not link back" },
  { "exercises", "\"cards\": [\"card-a\"], \"clip\": \"ex-b\"", "\"cards\": [\"card-z\"], \"clip\": \"ex-b\"", "card “card-z” does not exist" },
  { "exercises", "\"clip\": \"ex-b\"", "\"clip\": \"ex-z\"", "clip “ex-z” does not exist" },
  { "cards", "\"figure\": \"ex-a\"", "\"figure\": \"ex-z\"", "figure clip “ex-z” does not exist" },
  { "exercises", "\"dosage\": {\"sets\": 3, \"reps\": 12, \"per_side\": false, \"load\": \"bodyweight\"},", "", "ex-a has no dosage" },
  { "exercises", "\"sets\": 3, \"reps\": 12", "\"sets\": 3", "either reps or a hold" },
  { "exercises", "\"reps\": 12,", "\"reps\": 12, \"hold_seconds\": 30,", "either reps or a hold" },
  { "exercises", "\"sets\": 3, \"reps\": 12", "\"sets\": 0, \"reps\": 12", "outside 1–20" },
  { "exercises", "\"rpe_min\": 7, \"rpe_max\": 9", "\"rpe_min\": 9, \"rpe_max\": 7", "effort range" },
  { "exercises", "\"steps\": [\"Lift.\", \"Lower.\"]", "\"steps\": []", "ex-a has no steps" },
  { "exercises", "\"cues\": [\"Ribs down.\"]", "\"cues\": []", "ex-a has no cues" },
  { "exercises", "\"mistakes\": [\"Arching.\"]", "\"mistakes\": []", "ex-a lists no common mistakes" },
  { "exercises", "\"cards\": [\"card-a\"], \"clip\": \"ex-a\"}", "\"cards\": [], \"clip\": \"ex-a\"}", "ex-a relies on no explanation card" },
  { "exercises", "\"references\": [\"freckleton-2014\"]", "\"references\": [\"nobody-1999\"]", "unknown reference “nobody-1999”" },
  { "exercises", "\"interpretation\": \"Pain suggests the hamstring.\"", "\"interpretation\": \"\"", "check-a has an empty interpretation" },
  { "exercises", "\"phases\": [\"build\"]", "\"phases\": [\"bulk\"]", "unknown phase “bulk”" },
  { "exercises", "\"phases\": [\"build\"]", "\"phases\": []", "ex-a belongs to no phase" },
  { "exercises", "\"goal\": \"support\"", "\"goal\": \"check\"", "the goal “check” is for self-checks" },
  { "exercises", "\"substitutes\": [\"towel\"]", "\"substitutes\": [\"unicorn\"]", "unknown equipment “unicorn”" },
  { "exercises", "\"steps\": [\"Lift.\", \"Lower.\"]", "\"steps\": \"Lift.\"", "steps is not a list" },
  { "exercises", "\"id\": \"ex-a\"", "\"id\": \"Ex A\"", "is not a lowercase-with-dashes id" },
  { "clips", "\"props\": [\"floor\"]", "\"props\": [\"trampoline\"]", "unknown prop “trampoline”" },
  { "exercises", "\"frequency\": \"every-other-day\"", "\"frequency\": \"Every other day\"", "unknown frequency “Every other day”" },
  { "exercises", "\"group\": \"strength\"", "\"group\": \"cardio\"", "unknown group “cardio”" },
  { "exercises", "\"group_load\": \"heavy\"", "\"group_load\": \"huge\"", "unknown group load “huge”" },
  { "exercises", "\"build_up\": [\"once-a-week\"]", "\"build_up\": [\"weekly\"]", "unknown build-up frequency “weekly”" },
  { "exercises", "\"keep\": \"once-a-week\"", "\"keep\": \"never\"", "unknown keep frequency “never”" },
  { "exercises", "\"schedule\": {\"frequency\": \"every-other-day\", \"group\": \"strength\"},", "", "ex-a has no schedule" },
  { "exercises", "\"schedule\": {\"frequency\": \"every-other-day\", \"group\": \"strength\"}", "\"schedule\": {\"frequency\": \"every-other-day\"}", "ex-a has no group" },
  { "exercises", "\"dosage\": {\"sets\": 1, \"hold_seconds\": 5,", "\"schedule\": {\"frequency\": \"daily\", \"group\": \"isometric\"}, \"dosage\": {\"sets\": 1, \"hold_seconds\": 5,", "check-a is a self-check but has a schedule" },
};

static void
test_fault_is_found (gconstpointer data)
{
  const Fault *fault = data;
  g_autoptr(HammyLibrary) library = load_with_change (fault->document, fault->find, fault->replace);

  if (!has_problem (library, fault->problem))
    {
      GPtrArray *problems = hammy_library_get_problems (library);

      for (guint i = 0; i < problems->len; i++)
        g_test_message ("found instead: %s", (char *) g_ptr_array_index (problems, i));
      g_test_fail_printf ("“%s” was not reported", fault->problem);
    }
}

static void
test_unused_card_is_found (void)
{
  g_autoptr(HammyLibrary) library =
    load_with_change ("cards", "\"references\": [\"askling-2013\"]}",
                      "\"references\": [\"askling-2013\"]}, {\"id\": \"card-b\", \"title\": \"T\","
                      " \"summary\": \"S\", \"explanation\": [\"E.\"], \"for_you\": [\"F.\"],"
                      " \"figure\": null, \"references\": [\"rio-2015\"]}");

  g_assert_true (has_problem (library, "card-b is used by no exercise"));
}

static void
test_unreadable_documents_refused (void)
{
  const char *documents[] = {
    "",
    "not json",
    "[]",
    "{\"format\": \"hammy-exercises\", \"version\": 2, \"exercises\": []}",
    "{\"format\": \"something-else\", \"version\": 1, \"exercises\": []}",
    "{\"format\": \"hammy-exercises\", \"version\": 1, \"exercises\": {}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) exercises = g_bytes_new_static (documents[i], strlen (documents[i]));
      g_autoptr(GBytes) cards = g_bytes_new_static (base_cards, strlen (base_cards));
      g_autoptr(GBytes) clips = g_bytes_new_static (base_clips, strlen (base_clips));
      g_autoptr(GError) error = NULL;
      g_autoptr(HammyLibrary) library = hammy_library_new_from_bytes (exercises, cards, clips, &error);

      g_assert_null (library);
      g_assert_nonnull (error);
    }
}

static void
test_search (void)
{
  g_autoptr(HammyLibrary) library = load_with_change ("exercises", NULL, NULL);
  HammyExercise *bridge = hammy_library_lookup_exercise (library, "ex-a");
  HammyExercise *single = hammy_library_lookup_exercise (library, "ex-b");
  HammyExercise *check = hammy_library_lookup_exercise (library, "check-a");

  /* Name, any case, and several words that must all match. */
  g_assert_true (hammy_exercise_matches_search (bridge, "BRIDGE"));
  g_assert_true (hammy_exercise_matches_search (single, "single bridge"));
  g_assert_false (hammy_exercise_matches_search (bridge, "single bridge"));
  /* Muscle, equipment and substitutes, phase, goal. */
  g_assert_true (hammy_exercise_matches_search (bridge, "glutes"));
  g_assert_false (hammy_exercise_matches_search (single, "glutes"));
  g_assert_true (hammy_exercise_matches_search (single, "backpack"));
  g_assert_true (hammy_exercise_matches_search (single, "dumbbell"));
  g_assert_true (hammy_exercise_matches_search (single, "load"));
  g_assert_false (hammy_exercise_matches_search (bridge, "load"));
  g_assert_true (hammy_exercise_matches_search (bridge, "share the work"));
  g_assert_true (hammy_exercise_matches_search (check, "self-check"));
  /* Nothing typed matches everything. */
  g_assert_true (hammy_exercise_matches_search (bridge, ""));
  g_assert_true (hammy_exercise_matches_search (bridge, "   "));
  g_assert_false (hammy_exercise_matches_search (bridge, "nordic"));
}

static void
test_equipment_on_hand (void)
{
  g_autoptr(HammyLibrary) library = load_with_change ("exercises", NULL, NULL);
  HammyExercise *single = hammy_library_lookup_exercise (library, "ex-b");
  HammyExercise *check = hammy_library_lookup_exercise (library, "check-a");
  g_autoptr(GHashTable) on_hand = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_true (hammy_exercise_can_do_with (check, on_hand));
  g_assert_false (hammy_exercise_can_do_with (single, on_hand));

  g_hash_table_add (on_hand, (gpointer) "step");
  g_assert_false (hammy_exercise_can_do_with (single, on_hand));
  /* A backpack stands in for the dumbbell. */
  g_hash_table_add (on_hand, (gpointer) "backpack");
  g_assert_true (hammy_exercise_can_do_with (single, on_hand));
}

static void
test_dosage_text (void)
{
  g_autoptr(HammyLibrary) library = load_with_change ("exercises", NULL, NULL);
  g_autofree char *bridge = hammy_exercise_dup_dosage_text (hammy_library_lookup_exercise (library, "ex-a"));
  g_autofree char *single = hammy_exercise_dup_dosage_text (hammy_library_lookup_exercise (library, "ex-b"));
  g_autofree char *check = hammy_exercise_dup_dosage_text (hammy_library_lookup_exercise (library, "check-a"));
  g_autofree char *phases = hammy_exercise_dup_phase_text (hammy_library_lookup_exercise (library, "ex-b"));

  g_assert_cmpstr (bridge, ==, "3 × 12 · Every other day");
  g_assert_cmpstr (single, ==, "3 × 6–8 each side · Heavy · effort 7–9 · Twice a week");
  g_assert_cmpstr (check, ==, "1 × 5 s hold each side");
  g_assert_cmpstr (phases, ==, "Build, Load");

  /* Long durations read as minutes; short ones stay holds in seconds. */
  {
    HammyDosage walk = { .sets = 1, .hold_seconds = 600, .hold_seconds_max = 1200, .load = (char *) "bodyweight" };
    HammyDosage laps = { .sets = 2, .hold_seconds = 300, .load = (char *) "bodyweight" };
    HammyDosage hold = { .sets = 3, .hold_seconds = 90, .load = (char *) "light" };
    g_autofree char *walk_text = hammy_dosage_format (&walk);
    g_autofree char *laps_text = hammy_dosage_format (&laps);
    g_autofree char *hold_text = hammy_dosage_format (&hold);

    g_assert_cmpstr (walk_text, ==, "10–20 min");
    g_assert_cmpstr (laps_text, ==, "2 × 5 min");
    g_assert_cmpstr (hold_text, ==, "3 × 90 s hold · Light");
  }

  /* Loads are listed lightest first: their places order them; an unknown one has none. */
  g_assert_cmpint (hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "bodyweight"), ==, 0);
  g_assert_cmpint (hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "light"), <,
                   hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "heavy"));
  g_assert_cmpint (hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "enormous"), ==, -1);
  g_assert_cmpint (hammy_vocabulary_get_index (HAMMY_VOCABULARY_FREQUENCY, "every-third-day"), >=, 0);
}

static void
test_exercises_using_card (void)
{
  g_autoptr(HammyLibrary) library = load_with_change ("exercises", NULL, NULL);
  g_autoptr(GListModel) users = hammy_library_list_exercises_using_card (library, "card-a");
  g_autoptr(GListModel) none = hammy_library_list_exercises_using_card (library, "card-z");

  g_assert_cmpuint (g_list_model_get_n_items (users), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static GBytes *
read_content (const char *name)
{
  g_autofree char *path = g_build_filename (CONTENT_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static HammyLibrary *
load_real_content (void)
{
  g_autoptr(GBytes) exercises = read_content ("exercises.json");
  g_autoptr(GBytes) cards = read_content ("cards.json");
  g_autoptr(GBytes) clips = read_content ("clips.json");
  g_autoptr(GError) error = NULL;
  HammyLibrary *library = hammy_library_new_from_bytes (exercises, cards, clips, &error);

  g_assert_no_error (error);
  return library;
}

/* The content test: the app's own content keeps every rule above. */
static void
test_content_keeps_every_rule (void)
{
  g_autoptr(HammyLibrary) library = load_real_content ();
  GPtrArray *problems = hammy_library_get_problems (library);
  GListModel *exercises = hammy_library_get_exercises (library);
  guint n_exercises = 0, n_checks = 0;

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("content problem: %s\n", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);

      if (hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_SELF_CHECK)
        n_checks++;
      else
        n_exercises++;
    }

  g_assert_cmpuint (n_exercises, >=, 20);
  g_assert_cmpuint (n_checks, >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_library_get_cards (library)), ==, 13);
}

/* Safety rules that the content itself must honour (docs/content.md). */
static void
test_content_safety (void)
{
  g_autoptr(HammyLibrary) library = load_real_content ();
  GListModel *exercises = hammy_library_get_exercises (library);
  const char *heavy_eccentric[] = { "rdl-wall", "nordic-curl", "single-leg-rdl" };
  HammyExercise *floss = hammy_library_lookup_exercise (library, "nerve-floss-slider");

  /* Nerve flossing shows its caveats before anything else. */
  g_assert_nonnull (floss);
  g_assert_true (hammy_exercise_get_cautions_first (floss));

  /* Heavy lengthening work is load phase only, never calm it down, and says when to stop. */
  for (guint i = 0; i < G_N_ELEMENTS (heavy_eccentric); i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (library, heavy_eccentric[i]);

      g_assert_nonnull (exercise);
      g_assert_true (g_strv_contains (hammy_exercise_get_phases (exercise), "load"));
      g_assert_false (g_strv_contains (hammy_exercise_get_phases (exercise), "calm"));
      g_assert_nonnull (hammy_exercise_get_cautions (exercise)[0]);
    }

  /* Every exercise has days of its own, within its group's limits (docs/programme.md, "Schedule"). */
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);
      const HammySchedule *schedule = hammy_exercise_get_schedule (exercise);
      g_autoptr(GError) error = NULL;

      if (hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
        continue;
      g_assert_nonnull (schedule->frequency);
      g_assert_nonnull (schedule->group);
      if (!hammy_schedule_check_frequency (schedule->group, HAMMY_PLAN_SECTION_WARMUP, schedule->frequency, &error))
        g_error ("%s: %s", hammy_exercise_get_id (exercise), error->message);
    }

  /* The Askling trio at its own frequencies, side by side rather than rungs of one ladder. */
  {
    const char *trio[][2] = {
      { "askling-extender", "twice-a-day" }, { "askling-diver", "every-other-day" }, { "askling-glider", "every-third-day" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (trio); i++)
      {
        HammyExercise *exercise = hammy_library_lookup_exercise (library, trio[i][0]);

        g_assert_cmpstr (hammy_exercise_get_schedule (exercise)->frequency, ==, trio[i][1]);
        for (guint j = 0; j < G_N_ELEMENTS (trio); j++)
          {
            g_assert_false (g_strv_contains (hammy_exercise_get_harder (exercise), trio[j][0]));
            g_assert_false (g_strv_contains (hammy_exercise_get_easier (exercise), trio[j][0]));
          }
      }
  }

  /* The heavy lengthening group, the wall RDL only at a heavy load; the Nordic built up from once a
   * week, from two sets of five, and kept once a week. */
  for (guint i = 0; i < G_N_ELEMENTS (heavy_eccentric); i++)
    g_assert_cmpstr (hammy_exercise_get_schedule (hammy_library_lookup_exercise (library, heavy_eccentric[i]))->group,
                     ==, "heavy-lengthening");
  g_assert_cmpstr (hammy_exercise_get_schedule (hammy_library_lookup_exercise (library, "askling-glider"))->group,
                   ==, "heavy-lengthening");
  g_assert_cmpstr (hammy_exercise_get_schedule (hammy_library_lookup_exercise (library, "rdl-wall"))->group_load, ==, "heavy");
  {
    HammyExercise *nordic = hammy_library_lookup_exercise (library, "nordic-curl");
    const HammySchedule *schedule = hammy_exercise_get_schedule (nordic);

    g_assert_cmpstr (schedule->frequency, ==, "three-a-week");
    g_assert_cmpuint (g_strv_length (schedule->build_up), ==, 2);
    g_assert_cmpstr (schedule->build_up[0], ==, "once-a-week");
    g_assert_cmpstr (schedule->build_up[1], ==, "twice-a-week");
    g_assert_cmpstr (schedule->keep, ==, "once-a-week");
    g_assert_cmpuint (hammy_exercise_get_dosage (nordic)->sets, ==, 2);
    g_assert_cmpuint (hammy_exercise_get_dosage (nordic)->reps, ==, 5);
  }

  /* Sliders for a sensitive nerve in calm and build too. */
  g_assert_true (g_strv_contains (hammy_exercise_get_phases (floss), "calm"));
  g_assert_true (g_strv_contains (hammy_exercise_get_phases (floss), "build"));

  /* Nothing in the calm phase is heavy or asks for a hard effort. */
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);
      const HammyDosage *dosage = hammy_exercise_get_dosage (exercise);

      if (!g_strv_contains (hammy_exercise_get_phases (exercise), "calm"))
        continue;
      g_assert_cmpstr (dosage->load, !=, "heavy");
      g_assert_cmpuint (dosage->rpe_max, <=, 5);
    }
}

static gboolean
says (const char * const *texts,
      const char         *words)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    if (strstr (texts[i], words) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
card_says (HammyCard  *card,
           const char *words)
{
  return strstr (hammy_card_get_summary (card), words) != NULL || says (hammy_card_get_explanation (card), words) ||
         says (hammy_card_get_for_you (card), words);
}

/* The corrections of docs/content.md stay made: each claim with the study that makes it, and
 * every study in the list cited for something. */
static void
test_content_cites_what_its_sources_say (void)
{
  g_autoptr(HammyLibrary) library = load_real_content ();
  GListModel *cards = hammy_library_get_cards (library);
  GListModel *exercises = hammy_library_get_exercises (library);
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean three_weeks = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(HammyCard) card = g_list_model_get_item (cards, i);
      const char * const *references = hammy_card_get_references (card);

      for (guint r = 0; references[r] != NULL; r++)
        g_hash_table_add (cited, (gpointer) references[r]);

      /* The early-rehabilitation trial started rehabilitation sooner, in the 2017 report. */
      g_assert_false (card_says (card, "gentle loading two days"));
      g_assert_false (card_says (card, "started gentle loading"));
      if (card_says (card, "three weeks sooner"))
        {
          three_weeks = TRUE;
          g_assert_true (g_strv_contains (references, "bayer-2017"));
          g_assert_true (card_says (card, "started rehabilitation"));
        }

      /* Van Hooren and Bosch question the eccentric reading: never cited for its certainty. */
      if (g_strv_contains (references, "van-hooren-2017"))
        {
          g_assert_false (card_says (card, "exactly what running asks"));
          g_assert_true (card_says (card, "debated"));
        }

      /* Between about 12% and 31% of strains come back, not "about a third". */
      g_assert_false (card_says (card, "About a third"));
      g_assert_false (card_says (card, "about a third"));
    }
  g_assert_true (three_weeks);

  /* The pain guide gives an acute strain its own limit. */
  {
    HammyCard *pain_guide = hammy_library_lookup_card (library, "pain-guide");

    g_assert_true (card_says (pain_guide, "After a sudden strain, the limit is 4"));
    g_assert_true (g_strv_contains (hammy_card_get_references (pain_guide), "hickey-2020"));
  }

  /* When to see a clinician: numbness, a bone stress injury, and the growth plate up to 25. */
  {
    HammyCard *clinician = hammy_library_lookup_card (library, "see-clinician");

    g_assert_true (card_says (clinician, "numbness down the leg"));
    g_assert_true (card_says (clinician, "Do not test it by hopping"));
    g_assert_true (card_says (clinician, "up to about 25"));
    g_assert_true (g_strv_contains (hammy_card_get_references (clinician), "warden-2014"));
  }

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);
      const char * const *references = hammy_exercise_get_references (exercise);

      for (guint r = 0; references != NULL && references[r] != NULL; r++)
        g_hash_table_add (cited, (gpointer) references[r]);
      /* Every exercise that gives the traffic light's stop gives the strain's too. */
      if (says (hammy_exercise_get_cautions (exercise), "Above 5"))
        g_assert_true (says (hammy_exercise_get_cautions (exercise), "after a sudden strain, above 4"));
    }

  for (guint i = 0; i < hammy_references_get_n_items (); i++)
    {
      const char *id = hammy_references_get_item (i)->id;

      if (!g_hash_table_contains (cited, id))
        g_error ("“%s” is in the list of studies, but nothing cites it", id);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/library/rules/base-keeps-every-rule", test_base_keeps_every_rule);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strdup_printf ("/library/rules/fault-%02u", i);

      g_test_add_data_func (path, &faults[i], test_fault_is_found);
    }
  g_test_add_func ("/library/rules/unused-card", test_unused_card_is_found);
  g_test_add_func ("/library/loader/unreadable-documents-refused", test_unreadable_documents_refused);
  g_test_add_func ("/library/search", test_search);
  g_test_add_func ("/library/equipment-on-hand", test_equipment_on_hand);
  g_test_add_func ("/library/dosage-text", test_dosage_text);
  g_test_add_func ("/library/exercises-using-card", test_exercises_using_card);
  g_test_add_func ("/library/content/keeps-every-rule", test_content_keeps_every_rule);
  g_test_add_func ("/library/content/safety", test_content_safety);
  g_test_add_func ("/library/content/cites-what-its-sources-say", test_content_cites_what_its_sources_say);

  return g_test_run ();
}
