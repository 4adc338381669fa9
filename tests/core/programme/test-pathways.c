/* test-pathways.c: the picture shapes the plan (docs/programme.md, "Pathways"): what each picture
 * and flag keeps out of every section and phase, where the sit bone may start, the slider first
 * for a sensitive nerve, what waits and what a check for it asks, and the advice beside a plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"

static HammyLibrary *library;

static const HammyTriagePhase phases[] = {
  HAMMY_TRIAGE_PHASE_CALM, HAMMY_TRIAGE_PHASE_BUILD, HAMMY_TRIAGE_PHASE_LOAD,
  HAMMY_TRIAGE_PHASE_RETURN, HAMMY_TRIAGE_PHASE_KEEP, HAMMY_TRIAGE_PHASE_WARMUP,
};

static const char * const toe_touches[] = { "toe-touch-progression", "supine-toe-touch", NULL };
static const char * const tensioning[] = {
  "straight-leg-lower", "askling-extender", "supine-toe-touch", "toe-touch-progression", NULL
};
static const char * const sit_bone_late[] = {
  "askling-extender", "straight-leg-lower", "askling-diver", "askling-glider", "single-leg-rdl", NULL
};

static HammyPlan *
plan_for (const char         *picture,
          const char * const *flags)
{
  HammyPlan *plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_CALM);

  hammy_plan_set_context (plan, picture, flags, NULL);
  return plan;
}

static gboolean
items_hold (GArray     *items,
            const char *exercise)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (g_array_index (items, HammyPlanItem, i).exercise, exercise) == 0)
      return TRUE;
  return FALSE;
}

static GArray *
items_in (HammyPlan        *plan,
          HammyTriagePhase  phase)
{
  GDate today;

  hammy_plan_get_today (plan, &today);
  return hammy_pathway_dup_items (plan, phase, &today);
}

static void
items_free (GArray *items)
{
  for (guint i = 0; i < items->len; i++)
    hammy_plan_item_clear (&g_array_index (items, HammyPlanItem, i));
  g_array_unref (items);
}

static void
assert_never (const char         *picture,
              const char * const *flags,
              const char * const *exercises,
              HammyTriagePhase    up_to)
{
  g_autoptr(HammyPlan) plan = plan_for (picture, flags);

  for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
    {
      GArray *items;

      if (phases[p] > up_to)
        continue;
      items = items_in (plan, phases[p]);
      g_assert_cmpuint (items->len, >, 0);
      for (guint i = 0; exercises[i] != NULL; i++)
        {
          if (items_hold (items, exercises[i]))
            g_error ("%s with %s: %s is in the %s plan", picture, flags != NULL && flags[0] != NULL ? flags[0] : "no flag",
                     exercises[i], hammy_triage_phase_to_id (phases[p]));
          g_assert_false (hammy_pathway_allows (plan, phases[p], exercises[i]));
        }
      items_free (items);
    }
}

/* Flags act on the whole plan, warm-ups included. */
static void
test_what_each_keeps_out (void)
{
  const char * const stretch[] = { "stretch_aggravates", NULL };
  const char * const caution[] = { "neural_caution", NULL };
  const char * const strain_nordic[] = { "nordic-curl", NULL };

  assert_never ("unclear", stretch, toe_touches, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("tightness", stretch, toe_touches, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("acute_strain", stretch, toe_touches, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("proximal_tendinopathy", NULL, toe_touches, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("neural_tension", NULL, tensioning, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("distal_irritation", caution, tensioning, HAMMY_TRIAGE_PHASE_WARMUP);
  assert_never ("tightness", caution, tensioning, HAMMY_TRIAGE_PHASE_WARMUP);
  /* The sit bone's deep hip bends: late-stage only. */
  assert_never ("proximal_tendinopathy", NULL, sit_bone_late, HAMMY_TRIAGE_PHASE_BUILD);
  /* After a strain the Nordic waits for the ladder. */
  assert_never ("acute_strain", NULL, strain_nordic, HAMMY_TRIAGE_PHASE_LOAD);

  /* Without a flag, the toe-touch drills are the routine before runs. */
  {
    g_autoptr(HammyPlan) tight = plan_for ("tightness", NULL);
    GArray *items = items_in (tight, HAMMY_TRIAGE_PHASE_WARMUP);

    g_assert_true (items_hold (items, "toe-touch-progression"));
    for (guint i = 0; i < items->len; i++)
      if (g_str_equal (g_array_index (items, HammyPlanItem, i).exercise, "toe-touch-progression"))
        {
          g_assert_cmpint (g_array_index (items, HammyPlanItem, i).section, ==, HAMMY_PLAN_SECTION_WARMUP);
          g_assert_cmpstr (g_array_index (items, HammyPlanItem, i).frequency, ==, "before-runs");
        }
    items_free (items);
  }
  /* From the load phase, the sit bone's late exercises may come in. */
  {
    g_autoptr(HammyPlan) tendon = plan_for ("proximal_tendinopathy", NULL);

    g_assert_true (hammy_pathway_allows (tendon, HAMMY_TRIAGE_PHASE_LOAD, "askling-glider"));
  }
}

/* The sit bone starts at calm or build, never higher at the first check; others where triage
 * says. */
static void
test_entry_phase (void)
{
  g_assert_cmpint (hammy_pathway_entry_phase ("proximal_tendinopathy", HAMMY_TRIAGE_PHASE_LOAD), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_cmpint (hammy_pathway_entry_phase ("proximal_tendinopathy", HAMMY_TRIAGE_PHASE_RETURN), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_cmpint (hammy_pathway_entry_phase ("proximal_tendinopathy", HAMMY_TRIAGE_PHASE_CALM), ==, HAMMY_TRIAGE_PHASE_CALM);
  g_assert_cmpint (hammy_pathway_entry_phase ("proximal_tendinopathy", HAMMY_TRIAGE_PHASE_REFER), ==, HAMMY_TRIAGE_PHASE_REFER);
  g_assert_cmpint (hammy_pathway_entry_phase ("distal_irritation", HAMMY_TRIAGE_PHASE_LOAD), ==, HAMMY_TRIAGE_PHASE_LOAD);
  g_assert_cmpint (hammy_pathway_entry_phase ("acute_strain", HAMMY_TRIAGE_PHASE_RETURN), ==, HAMMY_TRIAGE_PHASE_RETURN);
  g_assert_false (hammy_pathway_has_plan (HAMMY_TRIAGE_PHASE_REFER));
  g_assert_true (hammy_pathway_has_plan (HAMMY_TRIAGE_PHASE_WARMUP));

  g_assert_cmpstr (hammy_pathway_get_runs (HAMMY_TRIAGE_PHASE_RETURN), ==, "every-other-day");
  g_assert_cmpstr (hammy_pathway_get_runs (HAMMY_TRIAGE_PHASE_KEEP), ==, "three-a-week");
  g_assert_null (hammy_pathway_get_runs (HAMMY_TRIAGE_PHASE_LOAD));
}

/* A sensitive nerve: the slider in calm and build, first, its cautions shown first; not after. */
static void
test_slider_first (void)
{
  const char * const caution[] = { "neural_caution", NULL };
  g_autoptr(HammyPlan) nerve = plan_for ("neural_tension", NULL);
  g_autoptr(HammyPlan) flagged = plan_for ("unclear", caution);
  HammyPlan *plans[] = { nerve, flagged };

  g_assert_true (hammy_exercise_get_cautions_first (hammy_library_lookup_exercise (library, "nerve-floss-slider")));
  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    for (HammyTriagePhase phase = HAMMY_TRIAGE_PHASE_CALM; phase <= HAMMY_TRIAGE_PHASE_LOAD; phase++)
      {
        GArray *items = items_in (plans[p], phase);
        guint first = 0;

        while (first < items->len && g_array_index (items, HammyPlanItem, first).section == HAMMY_PLAN_SECTION_WARMUP)
          first++;
        if (phase == HAMMY_TRIAGE_PHASE_LOAD)
          g_assert_false (items_hold (items, "nerve-floss-slider"));
        else
          g_assert_cmpstr (g_array_index (items, HammyPlanItem, first).exercise, ==, "nerve-floss-slider");
        items_free (items);
      }
}

static JsonObject *
answers_of (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* What waits, why, and what a check for it asks. */
static void
test_waits (void)
{
  g_autoptr(HammyPlan) strain = plan_for ("acute_strain", NULL);
  g_autoptr(JsonObject) sore = answers_of ("{\"pain_walking\": 2, \"gait_altered\": false}");
  g_autoptr(JsonObject) limping = answers_of ("{\"pain_walking\": 1, \"gait_altered\": true}");
  g_autoptr(JsonObject) comfortable = answers_of ("{\"pain_walking\": 1, \"gait_altered\": false}");
  HammyPathwayFacts facts = { sore, 5, FALSE };
  g_autofree char *why = NULL;
  g_auto(GStrv) questions = NULL;
  const HammyPlanItem *extender;
  GArray *items;

  hammy_plan_take_items (strain, items_in (strain, HAMMY_TRIAGE_PHASE_BUILD));
  extender = hammy_plan_get_item (strain, hammy_plan_find_item (strain, "askling-extender"));
  g_assert_cmpstr (extender->waits, ==, HAMMY_WAIT_COMFORTABLE_WALKING);

  g_assert_true (hammy_pathway_item_waits (strain, extender, &facts, &why));
  g_assert_cmpstr (why, ==, "The Askling exercises start once walking is comfortable, with no limp.");
  questions = hammy_pathway_dup_wait_questions (strain, &facts);
  g_assert_cmpstrv (questions, ((const char * const []) { "pain_walking", "gait_altered", NULL }));
  facts.answers = limping;
  g_assert_true (hammy_pathway_item_waits (strain, extender, &facts, NULL));
  facts.answers = comfortable;
  g_assert_false (hammy_pathway_item_waits (strain, extender, &facts, NULL));
  g_clear_pointer (&questions, g_strfreev);
  questions = hammy_pathway_dup_wait_questions (strain, &facts);
  g_assert_cmpuint (g_strv_length (questions), ==, 0);

  /* The Nordic after a strain: the ladder's 70% step first. */
  items = items_in (strain, HAMMY_TRIAGE_PHASE_RETURN);
  hammy_plan_take_items (strain, items);
  g_assert_true (hammy_pathway_item_waits (strain, hammy_plan_get_item (strain, hammy_plan_find_item (strain, "nordic-curl")),
                                           &facts, NULL));
  facts.ladder_70_pain_free = TRUE;
  g_assert_false (hammy_pathway_item_waits (strain, hammy_plan_get_item (strain, hammy_plan_find_item (strain, "nordic-curl")),
                                            &facts, NULL));
  /* The single-leg RDL comes last, after the wall RDL at a heavy load. */
  g_assert_true (hammy_pathway_item_waits (strain, hammy_plan_get_item (strain, hammy_plan_find_item (strain, "single-leg-rdl")),
                                           &facts, NULL));

  /* After a race: strength work from the third day. */
  {
    g_autoptr(HammyPlan) race = plan_for ("post_race_soreness", NULL);
    HammyPathwayFacts day_1 = { comfortable, 1, FALSE };
    HammyPathwayFacts day_2 = { comfortable, 2, FALSE };
    const HammyPlanItem *bridge;

    hammy_plan_take_items (race, items_in (race, HAMMY_TRIAGE_PHASE_CALM));
    bridge = hammy_plan_get_item (race, hammy_plan_find_item (race, "wall-bridge-pulldown"));
    g_assert_true (hammy_pathway_item_waits (race, bridge, &day_1, NULL));
    g_assert_false (hammy_pathway_item_waits (race, bridge, &day_2, NULL));
    g_assert_false (hammy_pathway_item_waits (race, hammy_plan_get_item (race, hammy_plan_find_item (race, "easy-walk")),
                                              &day_1, NULL));
  }

  /* The sit bone in load: deep hip bends wait for a hinge check no more than mild, and the wall
   * RDL goes through a small range until then. */
  {
    g_autoptr(HammyPlan) tendon = plan_for ("proximal_tendinopathy", NULL);
    g_autoptr(JsonObject) painful = answers_of ("{\"test_hinge\": \"painful\"}");
    g_autoptr(JsonObject) mild = answers_of ("{\"test_hinge\": \"mild\"}");
    HammyPathwayFacts hinge = { painful, -1, FALSE };
    g_auto(GStrv) asked = NULL;
    const HammyPlanItem *glider, *rdl;

    g_assert_true (hammy_plan_change_phase (tendon, HAMMY_TRIAGE_PHASE_LOAD, NULL));
    glider = hammy_plan_get_item (tendon, hammy_plan_find_item (tendon, "askling-glider"));
    rdl = hammy_plan_get_item (tendon, hammy_plan_find_item (tendon, "rdl-wall"));
    g_assert_true (hammy_pathway_item_waits (tendon, glider, &hinge, NULL));
    g_assert_true (hammy_pathway_small_range (tendon, rdl, &hinge));
    asked = hammy_pathway_dup_wait_questions (tendon, &hinge);
    g_assert_cmpstrv (asked, ((const char * const []) { "test_hinge", NULL }));
    hinge.answers = mild;
    g_assert_false (hammy_pathway_item_waits (tendon, glider, &hinge, NULL));
    g_assert_false (hammy_pathway_small_range (tendon, rdl, &hinge));
  }
}

/* Beside the plan: sitting advice for the sit bone, no stretching for what it presses on, the
 * nerve's cautions, two easy days after a race. */
static void
test_advice (void)
{
  g_autoptr(JsonObject) none = json_object_new ();
  struct
  {
    const char *picture;
    int         days;
    const char *says;
  } cases[] = {
    { "proximal_tendinopathy", -1, "cushion with a gap" },
    { "proximal_tendinopathy", -1, "Leave stretching" },
    { "acute_strain", 4, "Leave stretching" },
    { "neural_tension", -1, "tingling spreads" },
    { "post_race_soreness", 1, "first two days after the race" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HammyPlan) plan = plan_for (cases[i].picture, NULL);
      HammyPathwayFacts facts = { none, cases[i].days, FALSE };
      g_autoptr(GPtrArray) advice = hammy_pathway_dup_advice (plan, &facts);
      gboolean found = FALSE;

      for (guint j = 0; j < advice->len; j++)
        found = found || g_strstr_len (g_ptr_array_index (advice, j), -1, cases[i].says) != NULL;
      if (!found)
        g_error ("%s: no advice saying “%s”", cases[i].picture, cases[i].says);
    }

  {
    g_autoptr(HammyPlan) tight = plan_for ("tightness", NULL);
    HammyPathwayFacts facts = { none, -1, FALSE };
    g_autoptr(GPtrArray) advice = hammy_pathway_dup_advice (tight, &facts);

    g_assert_cmpuint (advice->len, ==, 0);
  }

  /* Back to running: told plainly that the first weeks are when most come back. */
  {
    g_autoptr(HammyPlan) back = plan_for ("acute_strain", NULL);
    HammyPathwayFacts facts = { none, 60, FALSE };
    g_autoptr(GPtrArray) advice = NULL;

    g_autoptr(GPtrArray) guide = NULL;
    GDate today;

    hammy_plan_get_today (back, &today);
    guide = hammy_pathway_dup_keep_guide (back, &today);
    g_assert_cmpuint (guide->len, ==, 0);

    g_assert_true (hammy_plan_change_phase (back, HAMMY_TRIAGE_PHASE_KEEP, NULL));
    advice = hammy_pathway_dup_advice (back, &facts);
    g_clear_pointer (&guide, g_ptr_array_unref);
    guide = hammy_pathway_dup_keep_guide (back, &today);
    /* The strength that stays, with its dose; the running built back slowly, speed and hills last. */
    g_assert_nonnull (g_strstr_len (g_ptr_array_index (guide, 0), -1, "strength work"));
    g_assert_cmpstr (g_ptr_array_index (guide, 1), ==, "Nordic Hamstring Curl: 2 sets of 5 repetitions, once a week.");
    g_assert_nonnull (g_strstr_len (g_ptr_array_index (guide, guide->len - 3), -1, "a tenth each week"));
    g_assert_nonnull (g_strstr_len (g_ptr_array_index (guide, guide->len - 2), -1, "speed and hills last"));
    g_assert_nonnull (g_strstr_len (g_ptr_array_index (guide, guide->len - 1), -1, "first weeks after a return"));
    for (guint i = 0; i < advice->len; i++)
      g_assert_null (g_strstr_len (g_ptr_array_index (advice, i), -1, "first weeks"));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/pathways/what-each-keeps-out", test_what_each_keeps_out);
  g_test_add_func ("/pathways/entry-phase", test_entry_phase);
  g_test_add_func ("/pathways/slider-first", test_slider_first);
  g_test_add_func ("/pathways/waits", test_waits);
  g_test_add_func ("/pathways/advice", test_advice);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
