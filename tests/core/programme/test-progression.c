/* test-progression.c: every row of the progression table, case by case, with a fake clock, and
 * the rule for when the morning check-in is due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-plan-private.h"
#include "hammy-progression.h"

static HammyLibrary *library;
static GHashTable *rules_seen;   /* every rule id a case has checked */

typedef struct
{
  const char *exercise;
  int         pain;
} SetSpec;

typedef struct
{
  HammyStore *store;
  HammyLog   *log;
  HammyPlan  *plan;
} Fixture;

static GDateTime *
day_at (int day,
        int hour)
{
  /* March 2026: every case lives in one month, so days are plain numbers. */
  return g_date_time_new_local (2026, 3, day, hour, 0, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  f->store = hammy_store_new (root);
  f->log = hammy_log_new (f->store, "log");
  f->plan = hammy_plan_new_for_phase (library, GPOINTER_TO_INT (data));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_store_flush (f->store);
  g_clear_object (&f->plan);
  g_clear_object (&f->log);
  g_clear_object (&f->store);
}

/* A session at 08:00 on @day with @sets (NULL-terminated); @planned 0 means as many as given. */
static void
add_session (Fixture            *f,
             int                 day,
             HammySessionStatus  status,
             guint               planned,
             const SetSpec      *sets)
{
  g_autoptr(GDateTime) started = day_at (day, 8);
  g_autoptr(GDateTime) ended = day_at (day, 9);
  const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (f->plan));
  g_autofree char *id = NULL;
  guint n = 0;

  while (sets[n].exercise != NULL)
    n++;
  id = g_strdup (hammy_log_begin_session (f->log, started, phase, planned > 0 ? planned : n));
  for (guint i = 0; i < n; i++)
    {
      HammyLogSet set = { (char *) sets[i].exercise, HAMMY_SIDE_BOTH, i + 1, 10, 0, 0, sets[i].pain, 0, NULL, 0 };

      set.finished = g_date_time_to_unix (started) + 60 * (i + 1);
      hammy_log_add_set (f->log, id, &set, NULL, NULL);
    }
  hammy_log_end_session (f->log, id, ended, status);
}

static void
add_checkin (Fixture       *f,
             int            day,
             HammyCompared  pain,
             HammyCompared  stiffness,
             gboolean       red_flag)
{
  g_autofree char *date = g_strdup_printf ("2026-03-%02d", day);
  HammyLogCheckin checkin = { date, pain, stiffness, red_flag };

  hammy_log_add_checkin (f->log, &checkin);
}

/* Sessions on @first, @first + 1, … with a same-as-usual morning after each. */
static void
add_good_run_of_sessions (Fixture       *f,
                          int            first,
                          guint          n,
                          const SetSpec *sets)
{
  for (guint i = 0; i < n; i++)
    {
      add_session (f, first + i, HAMMY_SESSION_DONE, 0, sets);
      add_checkin (f, first + i + 1, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
    }
}

static HammyProposal *
propose_on (Fixture *f,
            int      day)
{
  g_autoptr(GDateTime) today = day_at (day, 7);
  HammyProposal *proposal = hammy_progression_propose (f->plan, f->log, today);

  g_assert_nonnull (proposal);
  g_assert_nonnull (hammy_proposal_get_why (proposal));
  g_assert_nonnull (hammy_proposal_get_key (proposal));
  /* One sentence. */
  g_assert_true (g_str_has_suffix (hammy_proposal_get_why (proposal), "."));
  g_hash_table_add (rules_seen, g_strdup (hammy_proposal_get_rule (proposal)));

  return proposal;
}

static void
assert_proposal (HammyProposal       *proposal,
                 const char          *rule,
                 HammyProposalKind    kind,
                 HammyProposalChange  change)
{
  g_assert_cmpstr (hammy_proposal_get_rule (proposal), ==, rule);
  g_assert_cmpint (hammy_proposal_get_kind (proposal), ==, kind);
  g_assert_cmpint (hammy_proposal_get_change (proposal), ==, change);
  g_assert_true (hammy_proposal_needs_answer (proposal) == (change != HAMMY_PROPOSAL_CHANGE_NONE));
}

static void
edit_or_fail (gboolean  done,
              GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (done);
}

#define CALM   GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_CALM)
#define BUILD  GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_BUILD)
#define LOAD   GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_LOAD)
#define RETURN GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_RETURN)
#define WARMUP GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_WARMUP)

static const SetSpec build_fine[] = {
  { "single-leg-bridge", 0 }, { "askling-extender", 2 }, { "plank", 3 }, { NULL }
};

/* ---- stop, step back ----------------------------------------------------------------- */

static void
test_warning_sign_stops (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HammyProposal) proposal = NULL;

  add_good_run_of_sessions (f, 2, 2, build_fine);
  add_session (f, 4, HAMMY_SESSION_DONE, 0, build_fine);
  add_checkin (f, 5, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, TRUE);

  /* Whatever else the log says, a warning sign comes first and waits for no answer. */
  proposal = propose_on (f, 5);
  assert_proposal (proposal, "warning-sign", HAMMY_PROPOSAL_STOP, HAMMY_PROPOSAL_CHANGE_NONE);
  g_assert_nonnull (strstr (hammy_proposal_get_why (proposal), "doctor"));
}

static void
test_pain_5_is_acceptable_6_steps_back (Fixture       *f,
                                        gconstpointer  data)
{
  const SetSpec five[] = { { "single-leg-bridge", 0 }, { "askling-extender", 5 }, { NULL } };
  const SetSpec six[] = { { "single-leg-bridge", 0 }, { "askling-extender", 6 }, { NULL } };
  g_autoptr(HammyProposal) at_five = NULL;
  g_autoptr(HammyProposal) at_six = NULL;

  /* Pain 5 is the top of the acceptable band: with no worse mornings, it is progress. */
  add_good_run_of_sessions (f, 2, 3, five);
  at_five = propose_on (f, 5);
  assert_proposal (at_five, "harder-variant", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT);

  /* Pain 6 in the latest session: that exercise steps back, to its easier variant
   * (the extender is bodyweight, so no lighter load). */
  add_session (f, 5, HAMMY_SESSION_DONE, 0, six);
  at_six = propose_on (f, 6);
  assert_proposal (at_six, "pain-above-5", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_VARIANT);
  g_assert_cmpstr (hammy_proposal_get_exercises (at_six)[0], ==, "askling-extender");
  g_assert_null (hammy_proposal_get_exercises (at_six)[1]);
  g_assert_cmpstr (hammy_proposal_get_variant (at_six), ==, "straight-leg-lower");
  g_assert_nonnull (strstr (hammy_proposal_get_why (at_six), "above 5"));
}

static void
test_pain_above_5_lightens_a_weighted_exercise (Fixture       *f,
                                                gconstpointer  data)
{
  const SetSpec sets[] = { { "single-leg-bridge", 7 }, { NULL } };
  g_autoptr(HammyProposal) proposal = NULL;

  add_session (f, 2, HAMMY_SESSION_DONE, 0, sets);
  proposal = propose_on (f, 3);
  assert_proposal (proposal, "pain-above-5", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_LOAD);
  g_assert_cmpstr (hammy_proposal_get_exercises (proposal)[0], ==, "single-leg-bridge");
  g_assert_cmpstr (hammy_proposal_get_load (proposal), ==, "light");
}

static void
test_pain_above_5_without_variant_drops_a_set (Fixture       *f,
                                               gconstpointer  data)
{
  const SetSpec sets[] = { { "plank", 8 }, { NULL } };
  g_autoptr(HammyProposal) fewer = NULL;
  g_autoptr(HammyProposal) nothing_left = NULL;
  g_autoptr(GError) error = NULL;
  int plank = hammy_plan_find_item (f->plan, "plank");

  add_session (f, 2, HAMMY_SESSION_DONE, 0, sets);
  fewer = propose_on (f, 3);
  assert_proposal (fewer, "pain-above-5", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_FEWER_SETS);
  g_assert_cmpstr (hammy_proposal_get_exercises (fewer)[0], ==, "plank");

  /* One set already and nothing easier: leave it out, no change to answer. */
  edit_or_fail (hammy_plan_set_item_sets (f->plan, plank, 1, &error), error);
  nothing_left = propose_on (f, 3);
  assert_proposal (nothing_left, "pain-above-5", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_worse_morning_steps_back (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(HammyProposal) pain = NULL;
  g_autoptr(HammyProposal) stiffness = NULL;
  const char * const *exercises;

  add_session (f, 2, HAMMY_SESSION_DONE, 0, build_fine);
  add_checkin (f, 3, HAMMY_COMPARED_WORSE, HAMMY_COMPARED_SAME, FALSE);
  pain = propose_on (f, 3);
  assert_proposal (pain, "worse-morning", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_FEWER_SETS);

  /* Every circuit exercise with more than one set, and nothing from the warm-up. */
  exercises = hammy_proposal_get_exercises (pain);
  g_assert_true (g_strv_contains (exercises, "single-leg-bridge"));
  g_assert_true (g_strv_contains (exercises, "askling-glider"));
  g_assert_false (g_strv_contains (exercises, "supine-toe-touch"));

  /* Stiffer than usual counts as worse too; a better morning does not hide it. */
  add_checkin (f, 3, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE, FALSE);
  stiffness = propose_on (f, 3);
  assert_proposal (stiffness, "worse-morning", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_FEWER_SETS);
}

/* ---- hold ---------------------------------------------------------------------------- */

static void
test_not_enough_sessions_holds (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HammyProposal) none = NULL;
  g_autoptr(HammyProposal) two = NULL;

  none = propose_on (f, 2);
  assert_proposal (none, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  add_good_run_of_sessions (f, 2, 2, build_fine);
  two = propose_on (f, 4);
  assert_proposal (two, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
  g_assert_nonnull (strstr (hammy_proposal_get_why (two), "one more"));
}

static void
test_partial_volume_holds (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HammyProposal) partial = NULL;
  g_autoptr(HammyProposal) short_of_plan = NULL;

  add_good_run_of_sessions (f, 2, 2, build_fine);
  add_session (f, 4, HAMMY_SESSION_PARTIAL, 0, build_fine);
  add_checkin (f, 5, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  partial = propose_on (f, 5);
  assert_proposal (partial, "partial-volume", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  /* Marked done but with fewer sets than planned is not full volume either. */
  g_clear_object (&f->log);
  f->log = hammy_log_new (f->store, "log-2");
  add_good_run_of_sessions (f, 2, 2, build_fine);
  add_session (f, 4, HAMMY_SESSION_DONE, 12, build_fine);
  add_checkin (f, 5, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  short_of_plan = propose_on (f, 5);
  assert_proposal (short_of_plan, "partial-volume", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_unknown_morning_holds (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HammyProposal) last_unknown = NULL;
  g_autoptr(HammyProposal) middle_unknown = NULL;
  g_autoptr(HammyProposal) late_checkin = NULL;

  /* The third session was yesterday and this morning has no check-in yet. */
  add_good_run_of_sessions (f, 2, 2, build_fine);
  add_session (f, 4, HAMMY_SESSION_DONE, 0, build_fine);
  last_unknown = propose_on (f, 5);
  assert_proposal (last_unknown, "morning-unknown", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  /* A session today has no morning after it yet either. */
  add_checkin (f, 5, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  add_session (f, 5, HAMMY_SESSION_DONE, 0, build_fine);
  add_session (f, 7, HAMMY_SESSION_DONE, 0, build_fine);
  add_checkin (f, 8, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  /* Sessions on the 4th, 5th and 7th: the 5th has no check-in on the 6th or 7th. */
  middle_unknown = propose_on (f, 8);
  assert_proposal (middle_unknown, "morning-unknown", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  /* A check-in two days later, before the next session, still tells the morning after. */
  add_checkin (f, 7, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  late_checkin = propose_on (f, 8);
  assert_proposal (late_checkin, "harder-variant", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT);
}

/* ---- progress ------------------------------------------------------------------------ */

static void
test_harder_variant_in_phase (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HammyProposal) first = NULL;
  g_autoptr(HammyProposal) again = NULL;
  g_autoptr(HammyProposal) second = NULL;
  g_autoptr(GDateTime) today = day_at (5, 7);
  g_autoptr(GError) error = NULL;
  int index;

  add_good_run_of_sessions (f, 2, 3, build_fine);
  first = propose_on (f, 5);
  assert_proposal (first, "harder-variant", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT);
  g_assert_cmpstr (hammy_proposal_get_exercises (first)[0], ==, "single-leg-bridge");
  g_assert_cmpstr (hammy_proposal_get_variant (first), ==, "single-leg-bridge-step");

  /* Accepted: the bridge moves to the step and the count starts again from today. */
  edit_or_fail (hammy_progression_apply (first, f->plan, today, &error), error);
  index = hammy_plan_find_item (f->plan, "single-leg-bridge-step");
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (hammy_plan_find_item (f->plan, "single-leg-bridge"), ==, -1);
  g_assert_true (g_date_time_equal (hammy_plan_get_since (f->plan), today));
  again = propose_on (f, 5);
  assert_proposal (again, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  /* Three more: the next one within the build phase (the diver's harder RDL belongs to Load). */
  add_good_run_of_sessions (f, 5, 3, build_fine);
  second = propose_on (f, 8);
  assert_proposal (second, "harder-variant", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT);
  g_assert_cmpstr (hammy_proposal_get_exercises (second)[0], ==, "side-lying-leg-raise");
  g_assert_cmpstr (hammy_proposal_get_variant (second), ==, "banded-side-step");

  /* Applying it to a plan that no longer has the exercise changes nothing. */
  edit_or_fail (hammy_plan_swap_variant (f->plan, hammy_plan_find_item (f->plan, "side-lying-leg-raise"),
                                         "banded-side-step", &error), error);
  g_assert_false (hammy_progression_apply (second, f->plan, today, &error));
  g_assert_error (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID);
}

static void
test_more_load_then_keep_going (Fixture       *f,
                                gconstpointer  data)
{
  const SetSpec sets[] = { { "single-leg-bridge", 1 }, { "nordic-curl", 3 }, { NULL } };
  g_autoptr(HammyProposal) heavier = NULL;
  g_autoptr(HammyProposal) top = NULL;
  g_autoptr(GDateTime) today = day_at (5, 7);
  g_autoptr(GError) error = NULL;

  /* The warm-up phase: the bridge's step variant is a build exercise, so only load is left. */
  add_good_run_of_sessions (f, 2, 3, sets);
  heavier = propose_on (f, 5);
  assert_proposal (heavier, "more-load", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LOAD);
  g_assert_cmpstr (hammy_proposal_get_exercises (heavier)[0], ==, "single-leg-bridge");
  g_assert_cmpstr (hammy_proposal_get_load (heavier), ==, "heavy");
  edit_or_fail (hammy_progression_apply (heavier, f->plan, today, &error), error);
  g_assert_cmpstr (hammy_plan_get_item (f->plan, hammy_plan_find_item (f->plan, "single-leg-bridge"))->load, ==, "heavy");

  add_good_run_of_sessions (f, 5, 3, sets);
  top = propose_on (f, 8);
  assert_proposal (top, "keep-going", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_load_phase_adds_load_before_return (Fixture       *f,
                                         gconstpointer  data)
{
  const SetSpec sets[] = { { "rdl-wall", 4 }, { "nordic-curl", 2 }, { NULL } };
  g_autoptr(HammyProposal) heavier = NULL;
  g_autoptr(HammyProposal) next = NULL;
  g_autoptr(GError) error = NULL;

  add_good_run_of_sessions (f, 2, 3, sets);
  heavier = propose_on (f, 5);
  assert_proposal (heavier, "more-load", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LOAD);
  g_assert_cmpstr (hammy_proposal_get_exercises (heavier)[0], ==, "single-leg-bridge-step");

  /* Everything at its top load: the return phase, with the criteria named. */
  for (guint i = 0; i < hammy_plan_get_n_items (f->plan); i++)
    if (!g_str_equal (hammy_plan_get_item (f->plan, i)->load, "bodyweight"))
      edit_or_fail (hammy_plan_set_item_load (f->plan, i, "heavy", &error), error);
  next = propose_on (f, 5);
  assert_proposal (next, "next-phase", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_PHASE);
  g_assert_cmpint (hammy_proposal_get_phase (next), ==, HAMMY_TRIAGE_PHASE_RETURN);
  g_assert_nonnull (strstr (hammy_proposal_get_why (next), "as strong"));
}

static void
test_calm_moves_on_to_build (Fixture       *f,
                             gconstpointer  data)
{
  const SetSpec sets[] = { { "straight-leg-lower", 2 }, { "heel-dig-hold", 1 }, { "easy-walk", 0 }, { NULL } };
  g_autoptr(HammyProposal) next = NULL;
  g_autoptr(HammyProposal) after = NULL;
  g_autoptr(GDateTime) today = day_at (5, 7);
  g_autoptr(GError) error = NULL;

  /* Calm exercises' harder variants all belong to Build, and nothing is weighted. */
  add_good_run_of_sessions (f, 2, 3, sets);
  next = propose_on (f, 5);
  assert_proposal (next, "next-phase", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_PHASE);
  g_assert_cmpint (hammy_proposal_get_phase (next), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_cmpuint (g_strv_length ((char **) hammy_proposal_get_exercises (next)), ==, 0);

  edit_or_fail (hammy_progression_apply (next, f->plan, today, &error), error);
  g_assert_cmpint (hammy_plan_get_phase (f->plan), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_cmpint (hammy_plan_find_item (f->plan, "single-leg-bridge"), >=, 0);
  g_assert_false (hammy_plan_get_edited (f->plan));

  /* Calm sessions do not count in Build. */
  after = propose_on (f, 5);
  assert_proposal (after, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_build_needs_pain_free_bridges_for_load (Fixture       *f,
                                             gconstpointer  data)
{
  const SetSpec sore[] = { { "single-leg-bridge-step", 1 }, { "plank", 2 }, { NULL } };
  const SetSpec clear[] = { { "single-leg-bridge-step", 0 }, { "plank", 2 }, { NULL } };
  g_autoptr(HammyProposal) held = NULL;
  g_autoptr(HammyProposal) next = NULL;
  g_autoptr(GError) error = NULL;

  /* Every build step taken: the step bridge, the banded side step at its top load. */
  edit_or_fail (hammy_plan_swap_variant (f->plan, hammy_plan_find_item (f->plan, "single-leg-bridge"),
                                         "single-leg-bridge-step", &error), error);
  edit_or_fail (hammy_plan_swap_variant (f->plan, hammy_plan_find_item (f->plan, "side-lying-leg-raise"),
                                         "banded-side-step", &error), error);
  edit_or_fail (hammy_plan_set_item_load (f->plan, hammy_plan_find_item (f->plan, "banded-side-step"), "medium", &error), error);

  add_good_run_of_sessions (f, 2, 3, sore);
  held = propose_on (f, 5);
  assert_proposal (held, "bridge-not-pain-free", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  add_good_run_of_sessions (f, 5, 3, clear);
  next = propose_on (f, 8);
  assert_proposal (next, "next-phase", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_PHASE);
  g_assert_cmpint (hammy_proposal_get_phase (next), ==, HAMMY_TRIAGE_PHASE_LOAD);
}

/* ---- the running ladder -------------------------------------------------------------- */

static void
test_ladder_moves_up_when_runs_are_pain_free (Fixture       *f,
                                              gconstpointer  data)
{
  const SetSpec run[] = { { HAMMY_PLAN_LADDER_RUN, 0 }, { "rdl-wall", 3 }, { NULL } };
  const SetSpec strength_only[] = { { "rdl-wall", 2 }, { NULL } };
  g_autoptr(HammyProposal) one = NULL;
  g_autoptr(HammyProposal) up = NULL;
  g_autoptr(GDateTime) today = day_at (5, 7);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (hammy_plan_get_ladder_step (f->plan), ==, 0);

  /* A strength-only session is not a run. */
  add_good_run_of_sessions (f, 2, 1, run);
  add_good_run_of_sessions (f, 3, 1, strength_only);
  one = propose_on (f, 4);
  assert_proposal (one, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
  g_assert_nonnull (strstr (hammy_proposal_get_why (one), "run"));

  add_good_run_of_sessions (f, 4, 1, run);
  up = propose_on (f, 5);
  assert_proposal (up, "next-ladder-step", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LADDER);
  g_assert_cmpuint (hammy_proposal_get_ladder_step (up), ==, 1);
  edit_or_fail (hammy_progression_apply (up, f->plan, today, &error), error);
  g_assert_cmpuint (hammy_plan_get_ladder_step (f->plan), ==, 1);
}

static void
test_ladder_holds_until_pain_free (Fixture       *f,
                                   gconstpointer  data)
{
  const SetSpec twinge[] = { { HAMMY_PLAN_LADDER_RUN, 1 }, { NULL } };
  g_autoptr(HammyProposal) proposal = NULL;

  /* Pain 1 is fine for strength work, but a ladder step must be pain-free. */
  add_good_run_of_sessions (f, 2, 2, twinge);
  proposal = propose_on (f, 4);
  assert_proposal (proposal, "run-not-pain-free", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_ladder_steps_back (Fixture       *f,
                        gconstpointer  data)
{
  const SetSpec hurt[] = { { HAMMY_PLAN_LADDER_RUN, 6 }, { NULL } };
  const SetSpec fine[] = { { HAMMY_PLAN_LADDER_RUN, 0 }, { NULL } };
  g_autoptr(HammyProposal) at_first = NULL;
  g_autoptr(HammyProposal) back = NULL;
  g_autoptr(HammyProposal) worse = NULL;
  g_autoptr(GError) error = NULL;

  add_session (f, 2, HAMMY_SESSION_DONE, 0, hurt);
  at_first = propose_on (f, 3);
  assert_proposal (at_first, "run-pain-above-5", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);

  edit_or_fail (hammy_plan_set_ladder_step (f->plan, 3, &error), error);
  back = propose_on (f, 3);
  assert_proposal (back, "run-pain-above-5", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_LADDER);
  g_assert_cmpuint (hammy_proposal_get_ladder_step (back), ==, 2);

  /* A worse morning after a pain-free run goes back a step too. */
  g_clear_object (&f->log);
  f->log = hammy_log_new (f->store, "log-2");
  add_session (f, 2, HAMMY_SESSION_DONE, 0, fine);
  add_checkin (f, 3, HAMMY_COMPARED_SAME, HAMMY_COMPARED_WORSE, FALSE);
  worse = propose_on (f, 3);
  assert_proposal (worse, "worse-morning", HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_LADDER);
  g_assert_cmpuint (hammy_proposal_get_ladder_step (worse), ==, 2);
}

static void
test_ladder_top (Fixture       *f,
                 gconstpointer  data)
{
  const SetSpec fine[] = { { HAMMY_PLAN_LADDER_RUN, 0 }, { NULL } };
  g_autoptr(HammyProposal) proposal = NULL;
  g_autoptr(GError) error = NULL;

  edit_or_fail (hammy_plan_set_ladder_step (f->plan, hammy_plan_get_n_ladder_steps () - 1, &error), error);
  add_good_run_of_sessions (f, 2, 2, fine);
  proposal = propose_on (f, 4);
  assert_proposal (proposal, "top-of-ladder", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

/* ---- what counts --------------------------------------------------------------------- */

static void
test_only_this_phase_and_since_count (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(HammyProposal) proposal = NULL;
  g_autoptr(GDateTime) since = day_at (4, 12);
  g_autoptr(GDateTime) old_session = day_at (1, 8);
  const char *calm;

  /* A calm session with awful pain, before this plan: not this phase's business. */
  calm = hammy_log_begin_session (f->log, old_session, "calm", 1);
  {
    HammyLogSet set = { (char *) "single-leg-bridge", HAMMY_SIDE_BOTH, 1, 10, 0, 0, 9, 0, NULL, 0 };

    hammy_log_add_set (f->log, calm, &set, NULL, NULL);
    hammy_log_end_session (f->log, calm, old_session, HAMMY_SESSION_DONE);
  }
  add_good_run_of_sessions (f, 2, 3, build_fine);
  /* Sessions before the plan last took a proposal do not count; sessions after today neither. */
  hammy_plan_set_since (f->plan, since);
  add_session (f, 9, HAMMY_SESSION_DONE, 0, build_fine);
  proposal = propose_on (f, 5);
  assert_proposal (proposal, "too-few-sessions", HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE);
}

static void
test_declined_not_offered_again_today (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(HammyProposal) offered = NULL;
  g_autoptr(HammyProposal) tomorrow = NULL;
  g_autoptr(HammyProposal) same_day = NULL;
  g_autoptr(GDateTime) today = day_at (5, 7);
  g_autoptr(GDateTime) later_today = day_at (5, 21);
  g_autoptr(GDateTime) next_day = day_at (6, 7);

  add_good_run_of_sessions (f, 2, 3, build_fine);
  offered = propose_on (f, 5);
  hammy_plan_decline (f->plan, hammy_proposal_get_key (offered), today);
  g_assert_true (hammy_plan_is_declined (f->plan, hammy_proposal_get_key (offered), later_today));

  same_day = hammy_progression_propose (f->plan, f->log, later_today);
  g_assert_null (same_day);

  tomorrow = hammy_progression_propose (f->plan, f->log, next_day);
  g_assert_nonnull (tomorrow);
  g_assert_cmpstr (hammy_proposal_get_key (tomorrow), ==, hammy_proposal_get_key (offered));
  g_assert_false (hammy_plan_is_declined (f->plan, hammy_proposal_get_key (offered), next_day));
}

static void
test_every_rule_has_a_case (void)
{
  const char * const *rules = hammy_progression_get_rules ();

  g_assert_cmpuint (g_strv_length ((char **) rules), >=, 10);
  for (guint i = 0; rules[i] != NULL; i++)
    if (!g_hash_table_contains (rules_seen, rules[i]))
      g_error ("No case checks the rule “%s”", rules[i]);
}

/* ---- the morning check-in ------------------------------------------------------------ */

static void
test_checkin_due (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) day_5 = day_at (5, 6);
  g_autoptr(GDateTime) day_6 = day_at (6, 23);
  g_autoptr(GDateTime) day_9 = day_at (9, 7);
  g_autoptr(GDateTime) day_10 = day_at (10, 7);

  /* No session yet: nothing to ask about. */
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_5));

  /* A session today: its morning is tomorrow. */
  add_session (f, 5, HAMMY_SESSION_DONE, 0, build_fine);
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_5));

  /* The day after: due, at any hour, until it is given. */
  g_assert_true (hammy_progression_checkin_is_due (f->log, day_6));
  add_checkin (f, 6, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_6));

  /* Skipping days does not lose it: the next day Hammy is opened asks about the latest session. */
  add_session (f, 7, HAMMY_SESSION_PARTIAL, 0, build_fine);
  g_assert_true (hammy_progression_checkin_is_due (f->log, day_9));
  add_checkin (f, 8, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_SAME, FALSE);
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_9));
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_10));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();
  rules_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

#define ADD(path, phase, func) g_test_add (path, Fixture, phase, fixture_set_up, func, fixture_tear_down)
  ADD ("/progression/warning-sign-stops", BUILD, test_warning_sign_stops);
  ADD ("/progression/pain-5-is-acceptable-6-steps-back", BUILD, test_pain_5_is_acceptable_6_steps_back);
  ADD ("/progression/pain-above-5-lightens-a-weighted-exercise", BUILD, test_pain_above_5_lightens_a_weighted_exercise);
  ADD ("/progression/pain-above-5-without-variant-drops-a-set", BUILD, test_pain_above_5_without_variant_drops_a_set);
  ADD ("/progression/worse-morning-steps-back", BUILD, test_worse_morning_steps_back);
  ADD ("/progression/not-enough-sessions-holds", BUILD, test_not_enough_sessions_holds);
  ADD ("/progression/partial-volume-holds", BUILD, test_partial_volume_holds);
  ADD ("/progression/unknown-morning-holds", BUILD, test_unknown_morning_holds);
  ADD ("/progression/harder-variant-in-phase", BUILD, test_harder_variant_in_phase);
  ADD ("/progression/more-load-then-keep-going", WARMUP, test_more_load_then_keep_going);
  ADD ("/progression/load-phase-adds-load-before-return", LOAD, test_load_phase_adds_load_before_return);
  ADD ("/progression/calm-moves-on-to-build", CALM, test_calm_moves_on_to_build);
  ADD ("/progression/build-needs-pain-free-bridges-for-load", BUILD, test_build_needs_pain_free_bridges_for_load);
  ADD ("/progression/ladder-moves-up-when-runs-are-pain-free", RETURN, test_ladder_moves_up_when_runs_are_pain_free);
  ADD ("/progression/ladder-holds-until-pain-free", RETURN, test_ladder_holds_until_pain_free);
  ADD ("/progression/ladder-steps-back", RETURN, test_ladder_steps_back);
  ADD ("/progression/ladder-top", RETURN, test_ladder_top);
  ADD ("/progression/only-this-phase-and-since-count", BUILD, test_only_this_phase_and_since_count);
  ADD ("/progression/declined-not-offered-again-today", BUILD, test_declined_not_offered_again_today);
  ADD ("/progression/checkin-due", BUILD, test_checkin_due);
#undef ADD
  /* Last: every row of the table was met by a case above. */
  g_test_add_func ("/progression/every-rule-has-a-case", test_every_rule_has_a_case);

  status = g_test_run ();

  g_hash_table_unref (rules_seen);
  g_object_unref (library);
  return status;
}
