/* test-progression.c: every row of the progression table (docs/programme.md, "The 24-hour
 * rule"), case by case, with sessions and mornings written into a log: what counts, the
 * step-backs applied at once, the step-ups offered one exercise at a time, the phase check, the
 * ladder, the suggestion to see a clinician, and when the morning check-in is due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
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
set_date (GDate *date,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, G_DATE_MARCH, 2026);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  GDate first;

  f->store = hammy_store_new (root);
  f->log = hammy_log_new (f->store, "log");
  f->plan = hammy_plan_new_for_phase (library, GPOINTER_TO_INT (data));
  /* The programme began on 1 March, whatever day the machine thinks it is. */
  set_date (&first, 1);
  hammy_plan_set_days (f->plan, &first, &first);
  for (guint i = 0; i < hammy_plan_get_n_items (f->plan); i++)
    hammy_plan_set_item_changed (f->plan, i, &first);
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

/* A session at 18:00 on @day with @sets (NULL-terminated); @planned 0 means as many as given. */
static void
add_session (Fixture            *f,
             int                 day,
             HammySessionStatus  status,
             guint               planned,
             const SetSpec      *sets)
{
  g_autoptr(GDateTime) started = day_at (day, 18);
  g_autoptr(GDateTime) ended = day_at (day, 19);
  const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (f->plan));
  g_autofree char *id = NULL;
  guint n = 0;

  while (sets[n].exercise != NULL)
    n++;
  id = g_strdup (hammy_log_begin_session (f->log, started, phase, planned > 0 ? planned : n));
  for (guint i = 0; i < n; i++)
    {
      HammyLogSet set = { (char *) sets[i].exercise, HAMMY_SIDE_BOTH, i + 1, 10, 0, 0, sets[i].pain, 0, NULL, 0, NULL };

      set.finished = g_date_time_to_unix (started) + 60 * (i + 1);
      hammy_log_add_set (f->log, id, &set, NULL, NULL);
    }
  hammy_log_end_session (f->log, id, ended, status);
}

static void
add_checkin (Fixture       *f,
             int            day,
             HammyCompared  leg,
             const char    *warning)
{
  g_autofree char *date = g_strdup_printf ("2026-03-%02d", day);
  HammyLogCheckin checkin = { date, leg, (char *) warning, -1, FALSE };

  hammy_log_add_checkin (f->log, &checkin);
}

/* Sessions on @first, @first + 1, … with a same-as-usual morning after each. */
static void
add_good_days (Fixture       *f,
               int            first,
               guint          n,
               const SetSpec *sets)
{
  for (guint i = 0; i < n; i++)
    {
      add_session (f, first + i, HAMMY_SESSION_DONE, 0, sets);
      add_checkin (f, first + i + 1, HAMMY_COMPARED_SAME, NULL);
    }
}

static void
seen (HammyProposal *proposal)
{
  g_assert_nonnull (hammy_proposal_get_why (proposal));
  g_assert_true (g_str_has_suffix (hammy_proposal_get_why (proposal), "."));
  g_hash_table_add (rules_seen, g_strdup (hammy_proposal_get_rule (proposal)));
}

static HammyProposal *
propose_on (Fixture *f,
            int      day)
{
  g_autoptr(GDateTime) today = day_at (day, 7);
  HammyProposal *proposal = hammy_progression_propose (f->plan, f->log, today);

  g_assert_nonnull (proposal);
  g_assert_nonnull (hammy_proposal_get_key (proposal));
  seen (proposal);
  return proposal;
}

static GPtrArray *
propose_all_on (Fixture  *f,
                int       day,
                char    **hold)
{
  g_autoptr(GDateTime) today = day_at (day, 7);
  GPtrArray *proposals = hammy_progression_propose_all (f->plan, f->log, today, hold);

  for (guint i = 0; i < proposals->len; i++)
    seen (g_ptr_array_index (proposals, i));
  return proposals;
}

static guint
step_back_on (Fixture   *f,
              int        day,
              int        hour,
              GPtrArray *said)
{
  g_autoptr(GDateTime) now = day_at (day, hour);

  return hammy_progression_step_back (f->plan, f->log, now, said);
}

static HammyProposal *
find_rule (GPtrArray  *proposals,
           const char *rule,
           const char *exercise)
{
  for (guint i = 0; i < proposals->len; i++)
    {
      HammyProposal *proposal = g_ptr_array_index (proposals, i);
      const char * const *exercises = hammy_proposal_get_exercises (proposal);

      if (g_strcmp0 (hammy_proposal_get_rule (proposal), rule) == 0 &&
          (exercise == NULL || (exercises[0] != NULL && g_str_equal (exercises[0], exercise))))
        return proposal;
    }
  return NULL;
}

static const HammyPlanItem *
item (Fixture    *f,
      const char *exercise)
{
  int index = hammy_plan_find_item (f->plan, exercise);

  g_assert_cmpint (index, >=, 0);
  return hammy_plan_get_item (f->plan, index);
}

static void
set_picture (Fixture    *f,
             const char *picture)
{
  GDate onset;

  set_date (&onset, 1);
  hammy_plan_set_context (f->plan, picture, NULL, &onset);
}

#define CALM   GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_CALM)
#define BUILD  GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_BUILD)
#define LOAD   GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_LOAD)
#define RETURN GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_RETURN)
#define KEEP   GINT_TO_POINTER (HAMMY_TRIAGE_PHASE_KEEP)

static const SetSpec calm_fine[] = {
  { "heel-dig-hold", 1 }, { "wall-bridge-pulldown", 1 }, { "straight-leg-lower", 0 }, { "easy-walk", 0 }, { NULL }
};

/* ---- what counts --------------------------------------------------------------------- */

static void
test_what_counts (Fixture       *f,
                  gconstpointer  data)
{
  const SetSpec four[] = { { "heel-dig-hold", 4 }, { NULL } };
  const SetSpec five[] = { { "heel-dig-hold", 5 }, { NULL } };
  HammyLog *log = f->log;

  add_session (f, 2, HAMMY_SESSION_DONE, 0, calm_fine);      /* in full */
  add_session (f, 3, HAMMY_SESSION_PARTIAL, 4, four);        /* cut short */
  add_session (f, 4, HAMMY_SESSION_DONE, 9, calm_fine);      /* fewer sets than it was started with */
  add_session (f, 5, HAMMY_SESSION_DONE, 0, five);           /* above an acute strain's cap */
  add_session (f, 6, HAMMY_SESSION_DONE, 0, four);           /* at the cap */

  g_assert_true (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 0)));
  g_assert_false (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 1)));
  g_assert_false (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 2)));
  /* The cap is the picture's: 5 is acceptable for most, above the cap of 4 for a strain. */
  g_assert_true (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 3)));
  set_picture (f, "acute_strain");
  g_assert_false (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 3)));
  g_assert_true (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 4)));
  set_picture (f, "proximal_tendinopathy");
  g_assert_false (hammy_progression_session_counts (f->plan, hammy_log_get_session (log, 4)));
}

/* ---- stop and step back -------------------------------------------------------------- */

static void
test_warning_sign_stops (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HammyProposal) stop = NULL;

  hammy_plan_stop (f->plan, "2026-03-04", "rf_calf");
  stop = propose_on (f, 5);
  g_assert_cmpstr (hammy_proposal_get_rule (stop), ==, "warning-sign");
  g_assert_cmpint (hammy_proposal_get_kind (stop), ==, HAMMY_PROPOSAL_STOP);
  g_assert_false (hammy_proposal_needs_answer (stop));
  /* The sign is named, with what to do. */
  g_assert_nonnull (strstr (hammy_proposal_get_why (stop), "calf"));
  /* Nothing steps back or up while stopped. */
  g_assert_cmpuint (step_back_on (f, 5, 8, NULL), ==, 0);
  {
    g_autoptr(GPtrArray) none = propose_all_on (f, 5, NULL);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_above_cap_steps_back_at_once (Fixture       *f,
                                   gconstpointer  data)
{
  const SetSpec hurt[] = { { "single-leg-bridge", 5 }, { "plank", 4 }, { NULL } };
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int bridge = hammy_plan_find_item (f->plan, "single-leg-bridge");
  GDate today;

  set_picture (f, "acute_strain");
  g_assert_true (hammy_plan_set_item_load (f->plan, bridge, "medium", &error));

  /* Above the strain's cap of 4: at once, no yes needed, a lighter load first. */
  add_session (f, 2, HAMMY_SESSION_DONE, 0, hurt);
  g_assert_cmpuint (step_back_on (f, 2, 19, said), ==, 1);
  g_assert_cmpstr (item (f, "single-leg-bridge")->load, ==, "light");
  g_assert_cmpuint (said->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (said, 0), "above 4"));
  g_assert_cmpuint (hammy_plan_get_n_changes (f->plan), ==, 1);
  g_assert_cmpint (hammy_plan_get_change (f->plan, 0)->kind, ==, HAMMY_PLAN_CHANGE_STEP_BACK);
  g_assert_cmpstr (hammy_plan_get_change (f->plan, 0)->rule, ==, "above-cap");
  g_hash_table_add (rules_seen, g_strdup ("above-cap"));
  /* Applied once: the same session does not step it back again. */
  g_assert_cmpuint (step_back_on (f, 2, 20, said), ==, 0);

  /* Again: then bodyweight, then its easier version, at its easiest. */
  add_session (f, 3, HAMMY_SESSION_DONE, 0, hurt);
  g_assert_cmpuint (step_back_on (f, 3, 19, NULL), ==, 1);
  g_assert_cmpstr (item (f, "single-leg-bridge")->load, ==, "bodyweight");
  add_session (f, 4, HAMMY_SESSION_DONE, 0, hurt);
  g_assert_cmpuint (step_back_on (f, 4, 19, NULL), ==, 1);
  g_assert_cmpint (hammy_plan_find_item (f->plan, "single-leg-bridge"), <, 0);
  g_assert_cmpstr (hammy_plan_get_item (f->plan, bridge)->exercise, ==, "marching-bridge");
  set_date (&today, 4);
  g_assert_cmpint (g_date_compare (&hammy_plan_get_item (f->plan, bridge)->changed, &today), ==, 0);
}

static void
test_above_cap_bottom_of_the_ladder (Fixture       *f,
                                     gconstpointer  data)
{
  const SetSpec hurt[] = { { "plank", 6 }, { NULL } };
  int plank = hammy_plan_find_item (f->plan, "plank");
  g_autoptr(GError) error = NULL;
  GDate rest;

  /* No load, no easier version: a set fewer, then a rest day tomorrow. */
  g_assert_true (hammy_plan_set_item_sets (f->plan, plank, 2, &error));
  add_session (f, 2, HAMMY_SESSION_DONE, 0, hurt);
  g_assert_cmpuint (step_back_on (f, 2, 19, NULL), ==, 1);
  g_assert_cmpuint (item (f, "plank")->sets, ==, 1);
  add_session (f, 3, HAMMY_SESSION_DONE, 0, hurt);
  g_assert_cmpuint (step_back_on (f, 3, 19, NULL), ==, 1);
  set_date (&rest, 5);
  g_assert_cmpint (g_date_compare (&item (f, "plank")->rest_until, &rest), ==, 0);
}

static void
test_worse_morning_steps_back_at_once (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func (g_free);
  guint sets = item (f, "heel-dig-hold")->sets;

  add_session (f, 2, HAMMY_SESSION_DONE, 0, calm_fine);
  add_checkin (f, 3, HAMMY_COMPARED_WORSE, NULL);
  g_assert_cmpuint (step_back_on (f, 3, 7, said), ==, 1);
  g_assert_cmpuint (item (f, "heel-dig-hold")->sets, ==, sets - 1);
  g_assert_cmpstr (hammy_plan_get_change (f->plan, 0)->rule, ==, "worse-morning");
  g_hash_table_add (rules_seen, g_strdup ("worse-morning"));
  /* The walk is not what flared it. */
  g_assert_cmpuint (item (f, "easy-walk")->sets, ==, 1);
  g_assert_false (g_date_valid (&item (f, "easy-walk")->rest_until));
  /* Looked at once: a second look changes nothing. */
  g_assert_cmpuint (step_back_on (f, 3, 8, NULL), ==, 0);
  g_assert_cmpstr (hammy_plan_get_checkin_seen (f->plan), ==, "2026-03-03");

  /* Until the mornings settle, nothing steps up. */
  {
    g_autofree char *hold = NULL;
    g_autoptr(GPtrArray) none = NULL;

    add_session (f, 3, HAMMY_SESSION_DONE, 0, calm_fine);
    add_checkin (f, 4, HAMMY_COMPARED_WORSE, NULL);
    step_back_on (f, 4, 7, NULL);
    none = propose_all_on (f, 4, &hold);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_ladder_steps_back (Fixture       *f,
                        gconstpointer  data)
{
  const SetSpec run[] = { { HAMMY_PLAN_LADDER_RUN, 0 }, { NULL } };
  const SetSpec run_hurt[] = { { HAMMY_PLAN_LADDER_RUN, 6 }, { NULL } };
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_plan_set_ladder_step (f->plan, 3, &error));
  /* A run above the cap: back a step, at once. */
  add_session (f, 2, HAMMY_SESSION_DONE, 0, run_hurt);
  g_assert_cmpuint (step_back_on (f, 2, 19, NULL), ==, 1);
  g_assert_cmpuint (hammy_plan_get_ladder_step (f->plan), ==, 2);
  g_assert_cmpstr (hammy_plan_get_change (f->plan, 0)->rule, ==, "run-above-cap");
  g_hash_table_add (rules_seen, g_strdup ("run-above-cap"));

  /* A worse morning after a day with a run: back a step on the ladder, not fewer sets. */
  add_session (f, 4, HAMMY_SESSION_DONE, 0, run);
  add_checkin (f, 5, HAMMY_COMPARED_WORSE, NULL);
  g_assert_cmpuint (step_back_on (f, 5, 7, NULL), ==, 1);
  g_assert_cmpuint (hammy_plan_get_ladder_step (f->plan), ==, 1);
}

/* ---- step-ups ------------------------------------------------------------------------ */

static void
test_no_step_up_without_a_later_good_morning (Fixture       *f,
                                              gconstpointer  data)
{
  g_autoptr(HammyProposal) hold = NULL;
  g_autoptr(GPtrArray) proposals = NULL;

  /* Two good days, then a session with no check-in after it: hold, and say the check-in is
   * missing (a session the same day is no morning after). */
  add_good_days (f, 2, 2, calm_fine);
  add_session (f, 4, HAMMY_SESSION_DONE, 0, calm_fine);
  {
    g_autoptr(GDateTime) evening = day_at (4, 20);

    hold = hammy_progression_propose (f->plan, f->log, evening);
    seen (hold);
  }
  g_assert_cmpstr (hammy_proposal_get_rule (hold), ==, "morning-missing");
  g_assert_nonnull (strstr (hammy_proposal_get_why (hold), "check-in"));
  g_assert_false (hammy_proposal_needs_answer (hold));
  g_clear_object (&hold);
  hold = propose_on (f, 5);
  g_assert_cmpstr (hammy_proposal_get_rule (hold), ==, "morning-missing");

  /* The morning after comes in: now steps are offered. */
  add_checkin (f, 5, HAMMY_COMPARED_BETTER, NULL);
  proposals = propose_all_on (f, 5, NULL);
  g_assert_cmpuint (proposals->len, >, 0);
}

static void
test_cut_short_never_counts (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) day_8 = day_at (8, 7);
  g_autofree char *hold = NULL;
  g_autoptr(GPtrArray) proposals = NULL;

  for (int day = 2; day < 8; day++)
    {
      add_session (f, day, HAMMY_SESSION_PARTIAL, 8, calm_fine);
      add_checkin (f, day + 1, HAMMY_COMPARED_SAME, NULL);
    }
  proposals = propose_all_on (f, 8, &hold);
  g_assert_cmpuint (proposals->len, ==, 0);
  g_assert_nonnull (hold);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_8, NULL));
}

static void
test_each_exercise_steps_on_its_own (Fixture       *f,
                                     gconstpointer  data)
{
  const SetSpec bridges[] = { { "glute-bridge", 0 }, { "plank", 1 }, { NULL } };
  const SetSpec plank_only[] = { { "plank", 1 }, { NULL } };
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GDateTime) now = day_at (6, 7);
  g_autoptr(GError) error = NULL;
  HammyProposal *reps, *hold;

  /* Two counted sessions of each, each followed by a no-worse morning. */
  add_good_days (f, 2, 2, bridges);
  add_good_days (f, 4, 1, plank_only);
  proposals = propose_all_on (f, 5, NULL);
  reps = find_rule (proposals, "more-reps", "glute-bridge");
  hold = find_rule (proposals, "longer-hold", "plank");
  g_assert_nonnull (reps);
  g_assert_nonnull (hold);
  g_assert_cmpuint (hammy_proposal_get_amount (reps), ==, 12);
  g_assert_cmpuint (hammy_proposal_get_amount (hold), ==, 25);
  g_assert_true (hammy_proposal_needs_answer (reps));
  /* One step per exercise. */
  for (guint i = 0; i < proposals->len; i++)
    for (guint j = i + 1; j < proposals->len; j++)
      g_assert_cmpstr (hammy_proposal_get_exercises (g_ptr_array_index (proposals, i))[0], !=,
                       hammy_proposal_get_exercises (g_ptr_array_index (proposals, j))[0]);

  /* Taken: the exercise's count starts again from today; the plan stays one Hammy made. */
  g_assert_true (hammy_progression_apply (reps, f->plan, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (item (f, "glute-bridge")->reps, ==, 12);
  g_assert_false (hammy_plan_get_edited (f->plan));
  g_clear_pointer (&proposals, g_ptr_array_unref);
  proposals = propose_all_on (f, 6, NULL);
  g_assert_null (find_rule (proposals, "more-reps", "glute-bridge"));

  /* At the top of its range: its harder version, at its easiest. */
  add_good_days (f, 6, 2, bridges);
  g_clear_pointer (&proposals, g_ptr_array_unref);
  proposals = propose_all_on (f, 8, NULL);
  g_assert_nonnull (find_rule (proposals, "harder-variant", "glute-bridge"));
  g_assert_cmpstr (hammy_proposal_get_variant (find_rule (proposals, "harder-variant", "glute-bridge")), ==, "marching-bridge");
}

static void
test_more_load_up_to_the_phase (Fixture       *f,
                                gconstpointer  data)
{
  const SetSpec rdl[] = { { "rdl-wall", 1 }, { NULL } };
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GDateTime) now = day_at (4, 7);
  HammyProposal *load;

  /* The wall RDL starts light; at the top of its repetitions it takes a medium load next. */
  g_assert_cmpstr (item (f, "rdl-wall")->load, ==, "light");
  hammy_plan_replace_item (f->plan, hammy_plan_find_item (f->plan, "rdl-wall"),
                           &(HammyPlanItem) { .exercise = (char *) "rdl-wall", .sets = 3, .reps = 8, .per_side = TRUE,
                                              .load = (char *) "light", .frequency = (char *) "twice-a-week",
                                              .group = (char *) "heavy-lengthening", .section = HAMMY_PLAN_SECTION_CIRCUIT,
                                              .changed = item (f, "rdl-wall")->changed });
  add_good_days (f, 2, 2, rdl);
  proposals = propose_all_on (f, 4, NULL);
  load = find_rule (proposals, "more-load", "rdl-wall");
  g_assert_nonnull (load);
  g_assert_cmpstr (hammy_proposal_get_load (load), ==, "medium");
  g_assert_true (hammy_progression_apply (load, f->plan, now, NULL));
  g_assert_cmpstr (item (f, "rdl-wall")->load, ==, "medium");
}

static void
test_declined_not_offered_again_today (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) tomorrow = NULL;
  g_autoptr(GDateTime) today = day_at (4, 7);

  add_good_days (f, 2, 2, calm_fine);
  proposals = propose_all_on (f, 4, NULL);
  g_assert_cmpuint (proposals->len, >, 0);
  for (guint i = 0; i < proposals->len; i++)
    hammy_plan_decline (f->plan, hammy_proposal_get_key (g_ptr_array_index (proposals, i)), today);
  again = propose_all_on (f, 4, NULL);
  g_assert_cmpuint (again->len, ==, 0);
  tomorrow = propose_all_on (f, 5, NULL);
  g_assert_cmpuint (tomorrow->len, ==, proposals->len);
}

static void
test_keep_going (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HammyProposal) hold = propose_on (f, 3);

  /* Nothing done yet: nothing earned. */
  g_assert_cmpstr (hammy_proposal_get_rule (hold), ==, "keep-going");
  g_assert_cmpint (hammy_proposal_get_kind (hold), ==, HAMMY_PROPOSAL_HOLD);
}

/* ---- the ladder ---------------------------------------------------------------------- */

static void
test_ladder (Fixture       *f,
             gconstpointer  data)
{
  const SetSpec run[] = { { HAMMY_PLAN_LADDER_RUN, 1 }, { NULL } };
  const SetSpec run_2[] = { { HAMMY_PLAN_LADDER_RUN, 2 }, { NULL } };
  g_autoptr(GPtrArray) proposals = NULL;
  g_autofree char *hold = NULL;
  g_autoptr(GDateTime) now = day_at (6, 7);
  gboolean done = TRUE, held = TRUE;
  HammyProposal *next;

  /* Two runs at 0–1 with no worse mornings: the next step. */
  add_good_days (f, 2, 1, run);
  add_good_days (f, 4, 1, run);
  proposals = propose_all_on (f, 5, NULL);
  next = find_rule (proposals, "next-ladder-step", NULL);
  g_assert_nonnull (next);
  g_assert_cmpuint (hammy_proposal_get_ladder_step (next), ==, 1);
  g_assert_true (hammy_progression_apply (next, f->plan, now, NULL));
  g_assert_cmpuint (hammy_plan_get_ladder_step (f->plan), ==, 1);

  /* A run at 2 holds the step, and counts as held for pain for a week. */
  add_good_days (f, 6, 1, run_2);
  add_good_days (f, 8, 1, run);
  g_clear_pointer (&proposals, g_ptr_array_unref);
  proposals = propose_all_on (f, 9, &hold);
  g_assert_null (find_rule (proposals, "next-ladder-step", NULL));
  g_assert_nonnull (hold);
  g_assert_nonnull (strstr (hold, "running ladder"));
  g_hash_table_add (rules_seen, g_strdup ("run-held"));
  hammy_progression_get_ladder_facts (f->plan, f->log, day_at (9, 7), &done, &held);
  g_assert_false (done);
  g_assert_true (held);
  hammy_progression_get_ladder_facts (f->plan, f->log, day_at (16, 7), &done, &held);
  g_assert_false (held);

  /* Running at 70%, pain-free: the Nordic may start after a strain. */
  g_assert_false (hammy_progression_ladder_70_pain_free (f->plan, f->log, day_at (16, 7)));
  hammy_plan_move_ladder (f->plan, HAMMY_PLAN_LADDER_STEP_70 + 1);
  g_assert_true (hammy_progression_ladder_70_pain_free (f->plan, f->log, day_at (16, 7)));
}

static void
test_ladder_done (Fixture       *f,
                  gconstpointer  data)
{
  const SetSpec run[] = { { HAMMY_PLAN_LADDER_RUN, 0 }, { NULL } };
  gboolean done = FALSE, held = TRUE;
  GDate day;

  set_date (&day, 1);
  hammy_plan_move_ladder (f->plan, hammy_plan_get_n_ladder_steps () - 1);
  hammy_plan_add_change (f->plan, &day, HAMMY_PLAN_CHANGE_STEP_UP, "next-ladder-step", HAMMY_PLAN_LADDER_RUN);
  add_good_days (f, 2, 1, run);
  hammy_progression_get_ladder_facts (f->plan, f->log, day_at (3, 12), &done, &held);
  g_assert_false (done);
  add_good_days (f, 4, 1, run);
  hammy_progression_get_ladder_facts (f->plan, f->log, day_at (5, 12), &done, &held);
  g_assert_true (done);
  g_assert_false (held);
}

/* ---- the phase check ----------------------------------------------------------------- */

static void
test_phase_check_earned (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) day_5 = day_at (5, 7);
  g_autoptr(GDateTime) day_6 = day_at (6, 7);
  g_autoptr(GDateTime) day_7 = day_at (7, 7);
  guint counted = 0;
  GDate day;

  /* Two good days are not enough; the third, with its morning, is. */
  add_good_days (f, 2, 2, calm_fine);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_5, &counted));
  g_assert_cmpuint (counted, ==, 2);
  add_session (f, 4, HAMMY_SESSION_DONE, 0, calm_fine);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_5, NULL));
  add_checkin (f, 5, HAMMY_COMPARED_SAME, NULL);
  g_assert_true (hammy_progression_phase_check_due (f->plan, f->log, day_5, &counted));
  g_assert_cmpuint (counted, ==, 3);
  g_hash_table_add (rules_seen, g_strdup ("phase-check"));

  /* Failed today: not again today, nor tomorrow without another good day; after one, again. */
  set_date (&day, 5);
  hammy_plan_add_check (f->plan, &day, HAMMY_TRIAGE_PHASE_BUILD, HAMMY_PLAN_CHECK_FAILED, 3, NULL);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_5, NULL));
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_6, NULL));
  add_good_days (f, 6, 1, calm_fine);
  g_assert_true (hammy_progression_phase_check_due (f->plan, f->log, day_7, NULL));
}

static void
test_phase_check_two_sessions_one_day (Fixture       *f,
                                       gconstpointer  data)
{
  /* Three sessions on two days are two days. */
  add_session (f, 2, HAMMY_SESSION_DONE, 0, calm_fine);
  add_session (f, 2, HAMMY_SESSION_DONE, 0, calm_fine);
  add_checkin (f, 3, HAMMY_COMPARED_SAME, NULL);
  add_good_days (f, 3, 1, calm_fine);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_at (4, 7), NULL));
}

static void
test_no_phase_check_in_keep (Fixture       *f,
                             gconstpointer  data)
{
  const SetSpec keep[] = { { "single-leg-bridge", 0 }, { NULL } };

  add_good_days (f, 2, 5, keep);
  g_assert_false (hammy_progression_phase_check_due (f->plan, f->log, day_at (8, 7), NULL));
}

/* ---- not improving ------------------------------------------------------------------- */

static void
test_not_improving (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) day_10 = day_at (10, 7);
  g_autoptr(GDateTime) day_12 = day_at (12, 7);
  g_autoptr(GDateTime) day_20 = day_at (20, 7);
  g_autoptr(GDateTime) april = g_date_time_new_local (2026, 4, 13, 7, 0, 0);
  g_autofree char *none = NULL;
  g_autofree char *walking = NULL;
  g_autofree char *backs = NULL;
  g_autofree char *long_phase = NULL;
  GDate day, checked;

  set_picture (f, "acute_strain");
  none = hammy_progression_dup_not_improving (f->plan, day_10, TRUE, 4, 3, NULL);
  g_assert_null (none);

  /* Walking no better ten days after a sudden onset (1 March). */
  set_date (&checked, 11);
  walking = hammy_progression_dup_not_improving (f->plan, day_12, TRUE, 3, 3, &checked);
  g_assert_nonnull (walking);
  g_assert_nonnull (strstr (walking, "Walking"));

  /* Three step-backs within two weeks. */
  for (int d = 10; d <= 14; d += 2)
    {
      set_date (&day, d);
      hammy_plan_add_change (f->plan, &day, HAMMY_PLAN_CHANGE_STEP_BACK, "worse-morning", NULL);
    }
  backs = hammy_progression_dup_not_improving (f->plan, day_20, FALSE, -1, -1, NULL);
  g_assert_nonnull (backs);
  g_assert_nonnull (strstr (backs, "three times"));

  /* Six weeks in one phase (it began on 1 March). */
  long_phase = hammy_progression_dup_not_improving (f->plan, april, FALSE, -1, -1, NULL);
  g_assert_nonnull (long_phase);
  g_assert_nonnull (strstr (long_phase, "six weeks"));
}

/* ---- the check-in -------------------------------------------------------------------- */

static void
test_checkin_due (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) day_2 = day_at (2, 7);
  g_autoptr(GDateTime) day_3 = day_at (3, 7);
  g_autoptr(GDateTime) day_5 = day_at (5, 7);

  /* Nothing done yet: nothing to ask. */
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_2));

  /* The morning after a session; not on the day of it. */
  add_session (f, 2, HAMMY_SESSION_DONE, 0, calm_fine);
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_at (2, 20)));
  g_assert_true (hammy_progression_checkin_is_due (f->log, day_3));
  /* A day away from Hammy does not lose it. */
  g_assert_true (hammy_progression_checkin_is_due (f->log, day_5));
  /* Answered: done. */
  add_checkin (f, 3, HAMMY_COMPARED_SAME, NULL);
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_3));
  g_assert_false (hammy_progression_checkin_is_due (f->log, day_5));
}

static void
test_stop_words (void)
{
  const char * const *signs = hammy_log_get_warnings ();

  /* Every sign has its own words, and a re-injury too. */
  for (guint i = 0; signs[i] != NULL; i++)
    {
      g_autofree char *text = hammy_progression_dup_stop_text (signs[i]);

      g_assert_true (g_str_has_suffix (text, "."));
      g_assert_nonnull (hammy_progression_get_warning_name (signs[i]));
    }
  {
    g_autofree char *reinjury = hammy_progression_dup_stop_text (HAMMY_PLAN_STOP_REINJURY);

    g_assert_nonnull (strstr (reinjury, "new check"));
  }

  /* The signs a person may name: each a choice of its own, as the log keeps it, with its name
   * as a list's label; the unnamed one of older data is never offered. */
  {
    const char * const *named = hammy_progression_get_warning_signs ();
    g_autofree char *label = hammy_progression_dup_warning_label ("numbness");
    g_autofree char *reinjury = hammy_progression_dup_warning_label (HAMMY_PLAN_STOP_REINJURY);

    g_assert_cmpuint (g_strv_length ((char **) named), ==, g_strv_length ((char **) signs) - 1);
    for (guint i = 0; named[i] != NULL; i++)
      {
        g_assert_true (hammy_log_warning_is_known (named[i]));
        g_assert_cmpstr (named[i], !=, HAMMY_LOG_WARNING_UNNAMED);
      }
    g_assert_cmpstr (label, ==, "Numbness down the leg");
    g_assert_cmpstr (reinjury, ==, "A new sudden pain or a pop");
  }
}

static void
test_every_rule_has_a_case (void)
{
  const char * const *rules = hammy_progression_get_rules ();

  for (guint i = 0; rules[i] != NULL; i++)
    if (!g_hash_table_contains (rules_seen, rules[i]))
      g_error ("No case checks the rule “%s”", rules[i]);
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
  ADD ("/progression/what-counts", CALM, test_what_counts);
  ADD ("/progression/warning-sign-stops", CALM, test_warning_sign_stops);
  ADD ("/progression/above-cap-steps-back-at-once", LOAD, test_above_cap_steps_back_at_once);
  ADD ("/progression/above-cap-bottom-of-the-ladder", BUILD, test_above_cap_bottom_of_the_ladder);
  ADD ("/progression/worse-morning-steps-back-at-once", CALM, test_worse_morning_steps_back_at_once);
  ADD ("/progression/ladder-steps-back", RETURN, test_ladder_steps_back);
  ADD ("/progression/no-step-up-without-a-later-good-morning", CALM, test_no_step_up_without_a_later_good_morning);
  ADD ("/progression/cut-short-never-counts", CALM, test_cut_short_never_counts);
  ADD ("/progression/each-exercise-steps-on-its-own", BUILD, test_each_exercise_steps_on_its_own);
  ADD ("/progression/more-load-up-to-the-phase", LOAD, test_more_load_up_to_the_phase);
  ADD ("/progression/declined-not-offered-again-today", CALM, test_declined_not_offered_again_today);
  ADD ("/progression/keep-going", CALM, test_keep_going);
  ADD ("/progression/ladder", RETURN, test_ladder);
  ADD ("/progression/ladder-done", RETURN, test_ladder_done);
  ADD ("/progression/phase-check-earned", CALM, test_phase_check_earned);
  ADD ("/progression/phase-check-two-sessions-one-day", CALM, test_phase_check_two_sessions_one_day);
  ADD ("/progression/no-phase-check-in-keep", KEEP, test_no_phase_check_in_keep);
  ADD ("/progression/not-improving", CALM, test_not_improving);
  ADD ("/progression/checkin-due", CALM, test_checkin_due);
#undef ADD
  g_test_add_func ("/progression/stop-words", test_stop_words);
  g_test_add_func ("/progression/every-rule-has-a-case", test_every_rule_has_a_case);

  status = g_test_run ();
  g_hash_table_unref (rules_seen);
  g_object_unref (library);
  return status;
}
