/* test-plan.c: the planner (warm-up, running advice, the ladder), every plan edit and its
 * refusals, the format-2 files, and the person's data saving the plan on every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
#include "hammy-triage-text.h"

static HammyLibrary *library;

static const HammyTriagePhase training[] = {
  HAMMY_TRIAGE_PHASE_CALM, HAMMY_TRIAGE_PHASE_BUILD, HAMMY_TRIAGE_PHASE_LOAD,
  HAMMY_TRIAGE_PHASE_RETURN, HAMMY_TRIAGE_PHASE_KEEP, HAMMY_TRIAGE_PHASE_WARMUP,
};

static guint
count_section (HammyPlan        *plan,
               HammyPlanSection  section)
{
  guint n = 0;

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    n += hammy_plan_get_item (plan, i)->section == section;

  return n;
}

static gboolean
has (HammyPlan  *plan,
     const char *exercise)
{
  return hammy_plan_find_item (plan, exercise) >= 0;
}

/* ---- the planner --------------------------------------------------------------------- */

static void
test_warmup_where_it_belongs (void)
{
  for (guint p = 0; p < G_N_ELEMENTS (training); p++)
    {
      g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, training[p]);
      gboolean in_circuit = FALSE;

      g_assert_nonnull (plan);
      g_assert_cmpint (hammy_plan_get_phase (plan), ==, training[p]);
      g_assert_cmpuint (count_section (plan, HAMMY_PLAN_SECTION_CIRCUIT), >, 0);

      /* The warm-up comes first, and everything is an exercise of the library. */
      for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
        {
          const HammyPlanItem *item = hammy_plan_get_item (plan, i);
          HammyExercise *exercise = hammy_library_lookup_exercise (library, item->exercise);

          g_assert_nonnull (exercise);
          g_assert_cmpint (hammy_exercise_get_kind (exercise), ==, HAMMY_EXERCISE_KIND_EXERCISE);
          if (item->section == HAMMY_PLAN_SECTION_CIRCUIT)
            in_circuit = TRUE;
          else
            g_assert_false (in_circuit);
        }
    }

  {
    g_autoptr(HammyPlan) calm = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_CALM);
    g_autoptr(HammyPlan) build = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_BUILD);
    g_autoptr(HammyPlan) load = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_LOAD);
    g_autoptr(HammyPlan) back = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_RETURN);
    g_autoptr(HammyPlan) warmup = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_WARMUP);

    /* An irritable calm-phase leg: no warm-up block, no flossing, no stretching, no toe touches. */
    g_assert_cmpuint (count_section (calm, HAMMY_PLAN_SECTION_WARMUP), ==, 0);
    g_assert_false (has (calm, "nerve-floss-slider"));
    g_assert_false (has (calm, "standing-quad-stretch"));
    g_assert_false (has (calm, "toe-touch-progression"));
    g_assert_false (has (calm, "rdl-wall"));

    /* Build: a short warm-up before the circuit, still no flossing or loaded toe touches. */
    g_assert_cmpuint (count_section (build, HAMMY_PLAN_SECTION_WARMUP), >, 0);
    g_assert_false (has (build, "nerve-floss-slider"));
    g_assert_false (has (build, "toe-touch-progression"));

    /* Load and return: a warm-up with a brisk walk, shorter than the library's walk. */
    g_assert_cmpuint (count_section (load, HAMMY_PLAN_SECTION_WARMUP), >, 0);
    g_assert_cmpuint (count_section (back, HAMMY_PLAN_SECTION_WARMUP), >, 0);
    g_assert_cmpint (hammy_plan_get_item (back, 0)->section, ==, HAMMY_PLAN_SECTION_WARMUP);
    g_assert_cmpstr (hammy_plan_get_item (back, 0)->exercise, ==, "easy-walk");
    g_assert_cmpuint (hammy_plan_get_item (back, 0)->hold_seconds, ==, 300);
    g_assert_false (has (load, "nerve-floss-slider"));
    g_assert_false (has (back, "nerve-floss-slider"));
    /* Returning runners keep their strength work. */
    g_assert_true (has (back, "nordic-curl"));

    /* Tight, not injured: the whole warm-up before runs, and strength that keeps it away. */
    g_assert_true (has (warmup, "nerve-floss-slider"));
    g_assert_cmpint (hammy_plan_get_item (warmup, hammy_plan_find_item (warmup, "nerve-floss-slider"))->section, ==,
                     HAMMY_PLAN_SECTION_WARMUP);
    g_assert_true (has (warmup, "nordic-curl"));

    g_assert_cmpstr (hammy_plan_section_get_title (HAMMY_PLAN_SECTION_WARMUP), ==, "Warm-Up");
    g_assert_cmpstr (hammy_plan_section_get_title (HAMMY_PLAN_SECTION_CIRCUIT), ==, "Circuit");
  }

  /* Urgent and refer results get no plan. */
  g_assert_null (hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_URGENT));
  g_assert_null (hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_REFER));
}

static void
test_running_advice_per_phase (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint p = 0; p < G_N_ELEMENTS (training); p++)
    {
      g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, training[p]);
      const char *advice = hammy_plan_get_running_advice (plan);

      g_assert_nonnull (advice);
      g_assert_true (g_str_has_suffix (advice, "."));
      g_assert_false (g_hash_table_contains (seen, advice));
      g_hash_table_add (seen, (gpointer) advice);

      switch (training[p])
        {
        case HAMMY_TRIAGE_PHASE_CALM:
          g_assert_nonnull (strstr (advice, "No running"));
          g_assert_nonnull (strstr (advice, "Walk"));
          break;
        case HAMMY_TRIAGE_PHASE_BUILD:
        case HAMMY_TRIAGE_PHASE_LOAD:
          /* When it is all right and when it is not. */
          g_assert_nonnull (strstr (advice, "only"));
          g_assert_nonnull (strstr (advice, "next morning"));
          g_assert_nonnull (strstr (advice, "hills"));
          break;
        case HAMMY_TRIAGE_PHASE_RETURN:
          g_assert_nonnull (strstr (advice, "ladder"));
          break;
        case HAMMY_TRIAGE_PHASE_WARMUP:
          g_assert_nonnull (strstr (advice, "warm-up"));
          break;
        case HAMMY_TRIAGE_PHASE_KEEP:
          g_assert_nonnull (strstr (advice, "hills last"));
          break;
        case HAMMY_TRIAGE_PHASE_URGENT:
        case HAMMY_TRIAGE_PHASE_REFER:
        case HAMMY_TRIAGE_N_PHASES:
        default:
          g_assert_not_reached ();
        }
    }
}

static void
test_running_ladder (void)
{
  g_autoptr(HammyPlan) back = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_RETURN);
  g_autoptr(HammyPlan) build = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_BUILD);
  g_autoptr(GError) error = NULL;
  guint n = hammy_plan_get_n_ladder_steps ();

  /* Walk–jog intervals, easy running, 70%, 90%, strides and sprints: in that order. */
  g_assert_cmpuint (n, >=, 5);
  g_assert_nonnull (strstr (hammy_plan_ladder_step_get_description (0), "Walk 4 minutes, then jog 1 minute"));
  g_assert_nonnull (strstr (hammy_plan_ladder_step_get_description (n - 4), "half your top speed"));
  g_assert_nonnull (strstr (hammy_plan_ladder_step_get_description (n - 3), "70%"));
  g_assert_nonnull (strstr (hammy_plan_ladder_step_get_description (n - 2), "90%"));
  g_assert_nonnull (strstr (hammy_plan_ladder_step_get_title (n - 1), "Sprints"));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (hammy_plan_ladder_step_get_title (i)), >, 0);
      g_assert_true (g_str_has_suffix (hammy_plan_ladder_step_get_description (i), "."));
    }

  /* The return phase starts at the first step; other phases have no ladder. */
  g_assert_cmpuint (hammy_plan_get_ladder_step (back), ==, 0);
  g_assert_true (hammy_plan_set_ladder_step (back, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hammy_plan_get_ladder_step (back), ==, 2);
  g_assert_false (hammy_plan_set_ladder_step (back, n, &error));
  g_assert_error (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hammy_plan_set_ladder_step (build, 1, &error));
  g_assert_error (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID);
}

/* ---- edits --------------------------------------------------------------------------- */

static void
count_changes (HammyPlan *plan,
               guint     *n)
{
  (*n)++;
}

/* An edit: accepted, emitted once and marked edited; or refused, with nothing changed. */
#define ACCEPTED(call) G_STMT_START {                                                    \
    guint before = changes;                                                             \
    g_assert_true (call);                                                               \
    g_assert_no_error (error);                                                          \
    g_assert_cmpuint (changes, ==, before + 1);                                         \
    g_assert_true (hammy_plan_get_edited (plan));                                       \
  } G_STMT_END
#define REFUSED(call) G_STMT_START {                                                     \
    guint before = changes;                                                             \
    g_autoptr(JsonNode) was = hammy_plan_to_json (plan);                                \
    g_autoptr(JsonNode) now = NULL;                                                     \
    g_assert_false (call);                                                              \
    g_assert_error (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID);                 \
    g_assert_cmpuint (strlen (error->message), >, 10);                                  \
    g_clear_error (&error);                                                             \
    g_assert_cmpuint (changes, ==, before);                                             \
    now = hammy_plan_to_json (plan);                                                    \
    g_assert_true (json_node_equal (was, now));                                         \
  } G_STMT_END

static void
test_each_edit_and_its_refusals (void)
{
  /* The load plan: its bridge, its plank and its wall RDL, whose easier version is in it too. */
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_LOAD);
  g_autoptr(HammyPlanItem) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_note = g_strnfill (1001, 'x');
  guint changes = 0;
  int bridge = hammy_plan_find_item (plan, "single-leg-bridge");
  int plank = hammy_plan_find_item (plan, "plank");
  int rdl = hammy_plan_find_item (plan, "rdl-wall");
  int glider = hammy_plan_find_item (plan, "askling-glider");
  int warmup = hammy_plan_find_item (plan, "cat-cow");
  guint index = 0;
  guint n;

  g_assert_cmpint (bridge, >=, 0);
  g_assert_cmpint (plank, >=, 0);
  g_assert_cmpint (rdl, >=, 0);
  g_assert_cmpint (glider, >=, 0);
  g_assert_cmpint (warmup, >=, 0);
  g_signal_connect (plan, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_false (hammy_plan_get_edited (plan));

  /* Refusals first, so the plan is still as Hammy made it. */
  REFUSED (hammy_plan_swap_variant (plan, bridge, "nordic-curl", &error));         /* not a variant */
  REFUSED (hammy_plan_swap_variant (plan, rdl, "askling-diver", &error));          /* already in the plan */
  /* How often, within the schedule's limits (docs/programme.md, "Schedule"). */
  REFUSED (hammy_plan_set_item_frequency (plan, glider, "daily", &error));         /* heavy, two days running */
  REFUSED (hammy_plan_set_item_frequency (plan, glider, "every-other-day", &error)); /* heavy, four days a week */
  REFUSED (hammy_plan_set_item_frequency (plan, bridge, "twice-a-day", &error));   /* strength, no day to recover */
  REFUSED (hammy_plan_set_item_frequency (plan, plank, "before-runs", &error));    /* only a warm-up goes with a run */
  REFUSED (hammy_plan_set_item_frequency (plan, plank, "fortnightly", &error));
  REFUSED (hammy_plan_set_item_sets (plan, bridge, 0, &error));
  REFUSED (hammy_plan_set_item_sets (plan, bridge, 11, &error));
  REFUSED (hammy_plan_set_item_reps (plan, plank, 10, &error));                    /* a hold */
  REFUSED (hammy_plan_set_item_hold (plan, bridge, 30, &error));                   /* reps */
  REFUSED (hammy_plan_set_item_reps (plan, bridge, 101, &error));
  REFUSED (hammy_plan_set_item_hold (plan, plank, 0, &error));
  REFUSED (hammy_plan_set_item_load (plan, bridge, "elephant", &error));
  REFUSED (hammy_plan_set_item_note (plan, bridge, long_note, &error));
  REFUSED (hammy_plan_set_item_note (plan, bridge, "\xff\xfe", &error));
  REFUSED (hammy_plan_add_exercise (plan, HAMMY_PLAN_SECTION_CIRCUIT, "check-shoe-test", NULL, &error));  /* a self-check */
  REFUSED (hammy_plan_add_exercise (plan, HAMMY_PLAN_SECTION_CIRCUIT, "../../etc/passwd", NULL, &error));
  REFUSED (hammy_plan_add_exercise (plan, HAMMY_PLAN_SECTION_CIRCUIT, "plank", NULL, &error));            /* twice */
  REFUSED (hammy_plan_set_private_note (plan, long_note, &error));
  g_assert_false (hammy_plan_get_edited (plan));

  /* The harder variant, with its own dosage; the note on the item stays. */
  ACCEPTED (hammy_plan_set_item_note (plan, bridge, "Left side first.", &error));
  ACCEPTED (hammy_plan_swap_variant (plan, bridge, "single-leg-bridge-step", &error));
  g_assert_cmpstr (hammy_plan_get_item (plan, bridge)->exercise, ==, "single-leg-bridge-step");
  g_assert_cmpstr (hammy_plan_get_item (plan, bridge)->note, ==, "Left side first.");
  g_assert_cmpint (hammy_plan_get_item (plan, bridge)->section, ==, HAMMY_PLAN_SECTION_CIRCUIT);
  /* And back, to the easier one. */
  ACCEPTED (hammy_plan_swap_variant (plan, bridge, "single-leg-bridge", &error));

  ACCEPTED (hammy_plan_set_item_frequency (plan, glider, "once-a-week", &error));
  ACCEPTED (hammy_plan_set_item_frequency (plan, warmup, "before-runs", &error));
  g_assert_cmpstr (hammy_plan_get_item (plan, glider)->frequency, ==, "once-a-week");
  ACCEPTED (hammy_plan_set_item_sets (plan, bridge, 4, &error));
  ACCEPTED (hammy_plan_set_item_reps (plan, bridge, 8, &error));
  ACCEPTED (hammy_plan_set_item_hold (plan, plank, 45, &error));
  ACCEPTED (hammy_plan_set_item_load (plan, bridge, "heavy", &error));
  g_assert_cmpuint (hammy_plan_get_item (plan, bridge)->sets, ==, 4);
  g_assert_cmpuint (hammy_plan_get_item (plan, bridge)->reps, ==, 8);
  g_assert_cmpuint (hammy_plan_get_item (plan, plank)->hold_seconds, ==, 45);
  g_assert_cmpstr (hammy_plan_get_item (plan, bridge)->load, ==, "heavy");

  /* The same value again is no change at all. */
  {
    guint before = changes;

    g_assert_true (hammy_plan_set_item_sets (plan, bridge, 4, &error));
    g_assert_cmpuint (changes, ==, before);
  }

  /* An exercise added to the warm-up lands at its end, before the circuit. */
  n = hammy_plan_get_n_items (plan);
  ACCEPTED (hammy_plan_add_exercise (plan, HAMMY_PLAN_SECTION_WARMUP, "standing-quad-stretch", &index, &error));
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpint (hammy_plan_get_item (plan, index)->section, ==, HAMMY_PLAN_SECTION_WARMUP);
  g_assert_cmpint (hammy_plan_get_item (plan, index + 1)->section, ==, HAMMY_PLAN_SECTION_CIRCUIT);
  ACCEPTED (hammy_plan_add_exercise (plan, HAMMY_PLAN_SECTION_CIRCUIT, "glute-bridge", &index, &error));
  g_assert_cmpuint (index, ==, n + 1);

  /* Removed, and put back where it was, as Undo does; not into the warm-up. */
  index = hammy_plan_find_item (plan, "plank");
  removed = hammy_plan_item_copy (hammy_plan_get_item (plan, index));
  ACCEPTED (hammy_plan_remove_item (plan, index, &error));
  g_assert_false (has (plan, "plank"));
  REFUSED (hammy_plan_insert_item (plan, 0, removed, &error));
  ACCEPTED (hammy_plan_insert_item (plan, index, removed, &error));
  g_assert_cmpint (hammy_plan_find_item (plan, "plank"), ==, (int) index);
  g_assert_cmpuint (hammy_plan_get_item (plan, index)->hold_seconds, ==, 45);
  REFUSED (hammy_plan_insert_item (plan, index, removed, &error));   /* twice */

  ACCEPTED (hammy_plan_set_private_note (plan, "Physio on Thursday.", &error));
  g_assert_cmpstr (hammy_plan_get_private_note (plan), ==, "Physio on Thursday.");

  /* The last exercise cannot go: a plan without one is not a plan. */
  while (hammy_plan_get_n_items (plan) > 1)
    ACCEPTED (hammy_plan_remove_item (plan, 0, &error));
  REFUSED (hammy_plan_remove_item (plan, 0, &error));
}

/* ---- files --------------------------------------------------------------------------- */

static void
test_format_3_round_trip (void)
{
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_RETURN);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(HammyPlan) again = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autoptr(HammyPlan) imported = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  const char * const flags[] = { "stretch_aggravates", NULL };
  JsonObject *answers = json_object_new ();
  const char *text;
  gsize length;
  GDate day, onset;
  int glider;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 10, G_DATE_MARCH, 2026);
  onset = day;
  g_date_subtract_days (&onset, 5);
  g_assert_true (hammy_plan_set_ladder_step (plan, 3, &error));
  g_assert_true (hammy_plan_set_private_note (plan, "Only mine.", &error));
  glider = hammy_plan_find_item (plan, "askling-glider");
  g_assert_true (hammy_plan_set_item_frequency (plan, glider, "once-a-week", &error));
  hammy_plan_decline (plan, "harder-variant:a:b", now);
  hammy_plan_set_context (plan, "acute_strain", flags, &onset);
  hammy_plan_add_change (plan, &day, HAMMY_PLAN_CHANGE_STEP_BACK, "above-cap", "askling-glider");
  json_object_set_int_member (answers, "pain_walking", 1);
  hammy_plan_add_check (plan, &day, HAMMY_TRIAGE_PHASE_KEEP, HAMMY_PLAN_CHECK_FAILED, 4, answers);
  hammy_plan_add_check (plan, &day, HAMMY_TRIAGE_PHASE_KEEP, HAMMY_PLAN_CHECK_ANSWERED, 5, NULL);
  hammy_plan_set_item_rest_until (plan, glider, &day);
  hammy_plan_stop (plan, "2026-03-11", "numbness");

  node = hammy_plan_to_json (plan);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "version"), ==, 3);
  again = hammy_plan_new_from_json (json_node_get_object (node), library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hammy_plan_get_ladder_step (again), ==, 3);
  g_assert_cmpstr (hammy_plan_get_private_note (again), ==, "Only mine.");
  g_assert_true (hammy_plan_is_declined (again, "harder-variant:a:b", now));
  g_assert_cmpuint (count_section (again, HAMMY_PLAN_SECTION_WARMUP), ==, count_section (plan, HAMMY_PLAN_SECTION_WARMUP));
  /* What version 3 adds: the picture and its flags, the days, each item's schedule, the record. */
  g_assert_cmpstr (hammy_plan_get_picture (again), ==, "acute_strain");
  g_assert_true (hammy_plan_has_flag (again, "stretch_aggravates"));
  g_assert_cmpint (hammy_plan_get_pain_cap (again), ==, 4);
  g_assert_true (hammy_plan_get_onset (again, &day));
  g_assert_cmpint (g_date_compare (&day, &onset), ==, 0);
  g_assert_cmpstr (hammy_plan_get_runs (again), ==, "every-other-day");
  g_assert_cmpstr (hammy_plan_get_item (again, glider)->frequency, ==, "once-a-week");
  g_assert_cmpstr (hammy_plan_get_item (again, glider)->group, ==, "heavy-lengthening");
  g_assert_true (g_date_valid (&hammy_plan_get_item (again, glider)->rest_until));
  g_assert_cmpuint (hammy_plan_get_n_changes (again), ==, 1);
  g_assert_cmpint (hammy_plan_get_change (again, 0)->kind, ==, HAMMY_PLAN_CHANGE_STEP_BACK);
  g_assert_cmpuint (hammy_plan_get_n_checks (again), ==, 2);
  g_assert_cmpint (hammy_plan_get_check (again, 0)->result, ==, HAMMY_PLAN_CHECK_FAILED);
  g_assert_cmpint (hammy_plan_get_check (again, 1)->result, ==, HAMMY_PLAN_CHECK_ANSWERED);
  g_assert_cmpuint (hammy_plan_get_check (again, 1)->counted, ==, 5);
  g_assert_cmpint (json_object_get_int_member (hammy_plan_get_check (again, 0)->answers, "pain_walking"), ==, 1);
  g_assert_cmpstr (hammy_plan_get_stopped (again), ==, "2026-03-11");
  g_assert_cmpstr (hammy_plan_get_stopped_sign (again), ==, "numbness");

  /* A plan file carries the ladder step and each item's frequency, never the private note,
   * today's answers, the stop or the person's record. */
  file = hammy_plan_to_file_bytes (plan, now);
  text = g_bytes_get_data (file, &length);
  g_assert_null (g_strstr_len (text, length, "Only mine."));
  g_assert_null (g_strstr_len (text, length, "declined"));
  g_assert_null (g_strstr_len (text, length, "numbness"));
  g_assert_null (g_strstr_len (text, length, "changes"));
  g_assert_null (g_strstr_len (text, length, "rest_until"));
  imported = hammy_plan_new_from_file_bytes (text, length, library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hammy_plan_get_ladder_step (imported), ==, 3);
  g_assert_null (hammy_plan_get_private_note (imported));
  g_assert_null (hammy_plan_get_stopped (imported));
  g_assert_cmpstr (hammy_plan_get_item (imported, glider)->frequency, ==, "once-a-week");
}

static void
test_version_1_files_still_load (void)
{
  const char *v1_file = "{\"format\": \"hammy-plan-file\", \"version\": 1, \"plan\": {\"created\": \"2026-01-01T10:00:00Z\","
                        " \"phase\": \"return\", \"items\": [{\"exercise\": \"rdl-wall\", \"sets\": 3, \"reps\": 6,"
                        " \"per_side\": true, \"load\": \"heavy\"}]}}";
  const char *v1_warmup = "{\"format\": \"hammy-plan-file\", \"version\": 1, \"plan\": {\"created\": \"2026-01-01T10:00:00Z\","
                          " \"phase\": \"warmup\", \"items\": [{\"exercise\": \"cat-cow\", \"sets\": 1, \"reps\": 8,"
                          " \"per_side\": false, \"load\": \"bodyweight\"}]}}";
  g_autoptr(HammyPlan) plan = NULL;
  g_autoptr(HammyPlan) warmup = NULL;
  g_autoptr(GError) error = NULL;

  /* A version-1 list was the circuit; in the warm-up phase it was the warm-up. */
  plan = hammy_plan_new_from_file_bytes (v1_file, strlen (v1_file), library, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hammy_plan_get_item (plan, 0)->section, ==, HAMMY_PLAN_SECTION_CIRCUIT);
  g_assert_cmpuint (hammy_plan_get_ladder_step (plan), ==, 0);
  warmup = hammy_plan_new_from_file_bytes (v1_warmup, strlen (v1_warmup), library, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hammy_plan_get_item (warmup, 0)->section, ==, HAMMY_PLAN_SECTION_WARMUP);
  /* Each item takes its schedule from the library: a warm-up's goes with strength work. */
  g_assert_cmpstr (hammy_plan_get_item (plan, 0)->frequency, ==, "twice-a-week");
  g_assert_cmpstr (hammy_plan_get_item (plan, 0)->group, ==, "heavy-lengthening");
  g_assert_cmpstr (hammy_plan_get_item (warmup, 0)->frequency, ==, "with-session");
  g_assert_cmpstr (hammy_plan_get_runs (plan), ==, "every-other-day");
}

/* ---- the person's data --------------------------------------------------------------- */

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_data_load_finish (HAMMY_DATA (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
on_problem_cb (HammyData  *data,
               const char *message)
{
  g_error ("A problem: %s", message);
}

static HammyData *
load_data (const char *root)
{
  HammyData *data = hammy_data_new (root, library);
  gboolean done = FALSE;

  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), NULL);
  hammy_data_load_async (data, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return data;
}

static void
finish (HammyData **data)
{
  hammy_data_flush (*data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  hammy_test_unref_and_wait_finalized (g_steal_pointer (data));
}

static JsonObject *
read_plan_json (const char *root)
{
  g_autofree char *path = g_build_filename (root, "profiles", "default", "plan.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_edits_are_saved_and_never_regenerated (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_autoptr(HammyData) data = load_data (root);
  g_autoptr(HammyAssessment) first = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(JsonObject) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  HammyPlan *plan;
  int bridge;

  hammy_data_add_assessment (data, first);
  plan = hammy_data_get_plan (data);
  /* A build plan starts its bridges with both feet down (docs/programme.md, "Steps"). */
  bridge = hammy_plan_find_item (plan, "glute-bridge");
  g_assert_cmpint (bridge, >=, 0);

  /* Each edit is on disk without anything else being asked. */
  g_assert_true (hammy_plan_set_item_sets (plan, bridge, 4, &error));
  g_assert_true (hammy_plan_set_private_note (plan, "Tape on the left knee.", &error));
  hammy_data_flush (data);
  on_disk = read_plan_json (root);
  g_assert_true (json_object_get_boolean_member (on_disk, "edited"));
  g_assert_cmpstr (json_object_get_string_member (on_disk, "private_note"), ==, "Tape on the left knee.");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (json_object_get_array_member (on_disk, "items"), bridge),
                                               "sets"), ==, 4);

  /* A new check does not replace a plan edited by hand. */
  {
    g_autoptr(HammyAssessment) later = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);

    hammy_data_add_assessment (data, later);
  }
  g_assert_true (hammy_data_get_plan (data) == plan);
  finish (&data);

  data = load_data (root);
  g_assert_cmpuint (hammy_plan_get_item (hammy_data_get_plan (data), bridge)->sets, ==, 4);
  g_assert_cmpstr (hammy_plan_get_private_note (hammy_data_get_plan (data)), ==, "Tape on the left knee.");

  /* The plan read back is saved on edit too. */
  g_assert_true (hammy_plan_set_item_sets (hammy_data_get_plan (data), bridge, 5, &error));
  finish (&data);
  data = load_data (root);
  g_assert_cmpuint (hammy_plan_get_item (hammy_data_get_plan (data), bridge)->sets, ==, 5);
  finish (&data);
}

static void
test_version_1_plan_json_migrates (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "old", NULL);
  g_autofree char *path = g_build_filename (root, "profiles", "default", "plan.json", NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *original = g_strconcat (path, ".version-1", NULL);
  const char *v1 = "{\"format\": \"hammy-plan\", \"version\": 1, \"created\": \"2026-01-01T10:00:00Z\", \"phase\": \"return\","
                   " \"edited\": true, \"items\": [{\"exercise\": \"rdl-wall\", \"sets\": 3, \"reps\": 6, \"per_side\": true,"
                   " \"load\": \"heavy\"}]}";
  g_autoptr(HammyData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) on_disk = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, v1, -1, NULL));
  data = load_data (root);
  g_assert_nonnull (hammy_data_get_plan (data));
  g_assert_true (g_file_test (original, G_FILE_TEST_EXISTS));

  /* Brought up to date at once (docs/programme.md, "Plans in progress"): without a check to
   * judge it by, it keeps its phase, and says in a sentence what changed; on disk in the newest
   * format, each item with its schedule. */
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (data)), ==, HAMMY_TRIAGE_PHASE_RETURN);
  g_assert_true (hammy_plan_set_ladder_step (hammy_data_get_plan (data), 1, &error));
  hammy_data_flush (data);
  on_disk = read_plan_json (root);
  g_assert_cmpint (json_object_get_int_member (on_disk, "version"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (on_disk, "ladder_step"), ==, 1);
  g_assert_true (json_object_has_member (on_disk, "migration"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (on_disk, "items"), 0),
                                                  "frequency"), ==, "twice-a-week");
  finish (&data);
}

static void
test_checkins_stop_and_a_check_resumes (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "stop", NULL);
  g_autoptr(HammyData) data = load_data (root);
  g_autoptr(HammyAssessment) first = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(GDateTime) session_day = g_date_time_new_local (2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 3, 7, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 3, 3, 21, 0, 0);
  g_autoptr(GError) error = NULL;
  HammyLogCheckin fine = { (char *) "2026-03-03", HAMMY_COMPARED_SAME, NULL, -1, FALSE };
  HammyLogCheckin warning = { (char *) "2026-03-03", HAMMY_COMPARED_SAME, (char *) "rf_weakness", -1, FALSE };
  HammyPlan *plan;
  const char *session;

  hammy_data_add_assessment (data, first);
  plan = hammy_data_get_plan (data);
  g_assert_true (hammy_plan_set_item_sets (plan, 0, 2, &error));   /* edited: kept over checks */

  /* No session yet: nothing to ask. After one, offered once on the next day. */
  g_assert_false (hammy_data_checkin_prompt_due (data, morning));
  session = hammy_log_begin_session (hammy_data_get_log (data), session_day, "build", 1);
  hammy_log_end_session (hammy_data_get_log (data), session, session_day, HAMMY_SESSION_DONE);
  g_assert_true (hammy_data_checkin_prompt_due (data, morning));
  g_assert_false (hammy_data_checkin_prompt_due (data, evening));

  /* A second answer the same day replaces the first: one check-in a day. */
  hammy_data_add_checkin (data, &fine);
  hammy_data_add_checkin (data, &warning);
  g_assert_cmpuint (hammy_log_get_n_checkins (hammy_data_get_log (data)), ==, 1);
  g_assert_cmpstr (hammy_plan_get_stopped (plan), ==, "2026-03-03");
  g_assert_cmpstr (hammy_plan_get_stopped_sign (plan), ==, "rf_weakness");
  {
    g_autoptr(HammyProposal) stop = hammy_data_dup_proposal (data, evening);

    g_assert_cmpint (hammy_proposal_get_kind (stop), ==, HAMMY_PROPOSAL_STOP);
    g_assert_false (hammy_proposal_needs_answer (stop));
  }

  /* An urgent check keeps it stopped; a check that allows training lifts the stop. */
  {
    g_autoptr(HammyAssessment) urgent = hammy_test_assess (HAMMY_TEST_ANSWERS_CLOT);
    g_autoptr(HammyAssessment) later = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);

    hammy_data_add_assessment (data, urgent);
    g_assert_nonnull (hammy_plan_get_stopped (plan));
    hammy_data_add_assessment (data, later);
  }
  g_assert_true (hammy_data_get_plan (data) == plan);
  g_assert_null (hammy_plan_get_stopped (plan));
  finish (&data);
}

/* Moving up a phase comes only through a phase check (docs/programme.md, "Phase checks"). */
static void
test_passing_a_phase_check_keeps_the_old_plan (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "phase", NULL);
  g_autofree char *history = g_build_filename (root, "profiles", "default", "plan-history", NULL);
  g_autoptr(HammyData) data = load_data (root);
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 3, 5, 7, 0, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2026, 3, 6, 7, 0, 0);
  g_autoptr(HammyPhaseCheck) declined = NULL;
  g_autoptr(HammyPhaseCheck) check = NULL;
  g_autoptr(HammyPlan) calm = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_CALM);
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) on_disk = NULL;
  g_auto(GStrv) before = NULL;
  HammyLog *log = hammy_data_get_log (data);
  GDate first;

  /* The plan began on 1 March, whatever day the machine thinks it is. */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_MARCH, 2026);
  hammy_plan_set_days (calm, &first, &first);
  hammy_data_set_plan (data, calm);
  for (int day = 2; day <= 5; day++)
    {
      g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, day, 18, 0, 0);
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", day + 1);
      HammyLogCheckin checkin = { date, HAMMY_COMPARED_SAME, NULL, -1, FALSE };
      HammyLogSet set = { (char *) "heel-dig-hold", HAMMY_SIDE_BOTH, 1, 0, 30, 0, 1, 0, NULL, 0 };
      const char *session = hammy_log_begin_session (log, started, "calm", 1);

      hammy_log_add_set (log, session, &set, NULL, NULL);
      hammy_log_end_session (log, session, started, HAMMY_SESSION_DONE);
      /* The fourth session's morning is tomorrow's. */
      if (day < 5)
        hammy_data_add_checkin (data, &checkin);
    }

  /* Earned after three good days; declined, it waits for another good day. A plan with no check
   * behind it asks how it started, too. */
  declined = hammy_data_dup_phase_check (data, today);
  g_assert_nonnull (declined);
  g_assert_cmpint (hammy_phase_check_get_phase (declined), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_true (g_strv_contains (hammy_phase_check_get_questions (declined), "bridge_hold_pain"));
  g_assert_true (g_strv_contains (hammy_phase_check_get_questions (declined), "onset"));
  hammy_data_decline_phase_check (data, declined, today);
  g_assert_null (hammy_data_dup_phase_check (data, today));
  hammy_data_flush (data);
  on_disk = read_plan_json (root);
  g_assert_true (json_object_has_member (on_disk, "checks"));

  /* Tomorrow, after that day's session and a good morning: taken and passed, the calm plan goes
   * into the history and Build is saved in its place. */
  {
    HammyLogCheckin checkin = { (char *) "2026-03-06", HAMMY_COMPARED_SAME, NULL, -1, FALSE };

    hammy_data_add_checkin (data, &checkin);
  }
  check = hammy_data_dup_phase_check (data, tomorrow);
  g_assert_nonnull (check);
  json_object_set_string_member (answers, "onset", "gradual");
  json_object_set_int_member (answers, "pain_walking", 1);
  json_object_set_int_member (answers, "bridge_hold_pain", 1);
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; i < hammy_plan_get_n_items (hammy_data_get_plan (data)); i++)
      g_strv_builder_add (builder, hammy_plan_get_item (hammy_data_get_plan (data), i)->exercise);
    before = g_strv_builder_end (builder);
  }
  g_assert_true (hammy_data_answer_phase_check (data, check, answers, tomorrow, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (data)), ==, HAMMY_TRIAGE_PHASE_BUILD);

  /* The result says the new phase, what it means, and what came into the plan. */
  {
    g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *title = hammy_phase_check_dup_result_title (check, TRUE);
    g_autofree char *lead = hammy_phase_check_dup_outcome (check, TRUE, (const char * const *) before,
                                                           hammy_data_get_plan (data), NULL, points);

    g_assert_cmpstr (title, ==, "On to Build");
    g_assert_nonnull (strstr (lead, "Build from today"));
    g_assert_cmpuint (points->len, >=, 2);
    g_assert_cmpstr (g_ptr_array_index (points, 0), ==, hammy_triage_phase_get_meaning (HAMMY_TRIAGE_PHASE_BUILD));
    g_assert_true (g_str_has_prefix (g_ptr_array_index (points, 1), "New in your plan: "));
  }
  hammy_data_flush (data);
  g_clear_pointer (&on_disk, json_object_unref);
  on_disk = read_plan_json (root);
  g_assert_cmpstr (json_object_get_string_member (on_disk, "phase"), ==, "build");
  g_assert_true (json_object_has_member (on_disk, "since"));
  {
    g_autoptr(GDir) dir = g_dir_open (history, 0, NULL);

    g_assert_nonnull (dir);
    g_assert_nonnull (g_dir_read_name (dir));
  }
  finish (&data);
}

/* A check that fails says which parts did not pass, in the gate's own words, and that the plan
 * stays where it is. */
static void
test_failed_phase_check_says_why (void)
{
  g_autoptr(HammyPhaseCheck) check = hammy_phase_check_new (HAMMY_PHASE_GATE_BUILD, NULL, TRUE, 3);
  g_autoptr(HammyPlan) calm = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_CALM);
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autofree char *title = NULL;
  g_autofree char *lead = NULL;
  HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;

  json_object_set_string_member (answers, "onset", "gradual");
  json_object_set_int_member (answers, "pain_walking", 5);
  json_object_set_int_member (answers, "bridge_hold_pain", 1);
  g_assert_false (hammy_phase_check_judge (check, answers, &facts, failures));
  g_assert_cmpuint (failures->len, ==, 1);

  title = hammy_phase_check_dup_result_title (check, FALSE);
  lead = hammy_phase_check_dup_outcome (check, FALSE, NULL, calm, failures, points);
  g_assert_cmpstr (title, ==, "Not Yet");
  g_assert_nonnull (strstr (lead, "stays in Calm"));
  g_assert_cmpuint (points->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (points, 0), ==, ((HammyGateFailure *) g_ptr_array_index (failures, 0))->text);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/plan/warmup-where-it-belongs", test_warmup_where_it_belongs);
  g_test_add_func ("/plan/running-advice-per-phase", test_running_advice_per_phase);
  g_test_add_func ("/plan/running-ladder", test_running_ladder);
  g_test_add_func ("/plan/each-edit-and-its-refusals", test_each_edit_and_its_refusals);
  g_test_add_func ("/plan/format-3-round-trip", test_format_3_round_trip);
  g_test_add_func ("/plan/version-1-files-still-load", test_version_1_files_still_load);
  g_test_add_func ("/plan/data/edits-are-saved-and-never-regenerated", test_edits_are_saved_and_never_regenerated);
  g_test_add_func ("/plan/data/version-1-plan-json-migrates", test_version_1_plan_json_migrates);
  g_test_add_func ("/plan/data/checkins-stop-and-a-check-resumes", test_checkins_stop_and_a_check_resumes);
  g_test_add_func ("/plan/data/passing-a-phase-check-keeps-the-old-plan", test_passing_a_phase_check_keeps_the_old_plan);
  g_test_add_func ("/plan/failed-phase-check-says-why", test_failed_phase_check_says_why);

  status = g_test_run ();

  g_object_unref (library);
  return status;
}
