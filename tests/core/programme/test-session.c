/* test-session.c: the guided session on a fake clock: steps, timers, cues, pauses, sleep,
 * ratings, stops, the log it writes and resuming it after a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "hammy-core-test-utils.h"
#include "hammy-planner.h"
#include "hammy-session.h"

#define S ((gint64) G_USEC_PER_SEC)

static HammyLibrary *library;

typedef struct
{
  char       *root;
  HammyStore *store;
  HammyLog   *log;
  HammyClock *clock;
  GString    *cues;     /* nicks, comma-separated, in the order emitted */
  guint       n_state_notifies;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) wall = g_date_time_new_local (2026, 3, 10, 8, 0, 0);

  f->root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_mkdir_with_parents (f->root, 0700);
  f->store = hammy_store_new (f->root);
  f->log = hammy_log_new (f->store, "log");
  f->clock = hammy_fake_clock_new (wall);
  f->cues = g_string_new (NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* The saves' callbacks hold the sessions and the log until they run. */
  hammy_store_flush (f->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->log);
  g_clear_object (&f->clock);
  g_clear_object (&f->store);
  g_string_free (f->cues, TRUE);
  g_free (f->root);
}

/* A plan from a short description: "plank 2x20s; single-leg-bridge 3x12 sides medium" is two
 * sets of a 20 s plank, then three sets of twelve single-leg bridges a side at a medium load. */
static HammyPlan *
plan_new (const char *description)
{
  g_auto(GStrv) items = g_strsplit (description, ";", -1);
  g_autoptr(GString) text = g_string_new ("{\"format\": \"hammy-plan\", \"version\": 2, "
                                          "\"created\": \"2026-03-01T08:00:00Z\", \"phase\": \"build\", \"items\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  HammyPlan *plan;

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (items[i]), " ", -1);
      guint sets = 0, amount = 0;
      char unit = 0;
      const char *load = "bodyweight";
      gboolean per_side = FALSE;

      g_assert_cmpint (sscanf (words[1], "%ux%u%c", &sets, &amount, &unit), >=, 2);
      for (guint w = 2; words[w] != NULL; w++)
        {
          if (g_str_equal (words[w], "sides"))
            per_side = TRUE;
          else
            load = words[w];
        }
      g_string_append_printf (text, "%s{\"section\": \"circuit\", \"exercise\": \"%s\", \"sets\": %u, \"%s\": %u, \"per_side\": %s, \"load\": \"%s\"}",
                              i > 0 ? ", " : "", words[0], sets, unit == 's' ? "hold_seconds" : "reps", amount,
                              per_side ? "true" : "false", load);
    }
  g_string_append (text, "]}");

  node = json_from_string (text->str, &error);
  g_assert_no_error (error);
  plan = hammy_plan_new_from_json (json_node_get_object (node), library, &error);
  g_assert_no_error (error);

  return plan;
}

static void
on_cue_cb (HammySession    *session,
           HammySessionCue  cue,
           Fixture         *f)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HAMMY_TYPE_SESSION_CUE);

  if (f->cues->len > 0)
    g_string_append_c (f->cues, ',');
  g_string_append (f->cues, g_enum_get_value (klass, cue)->value_nick);
}

static void
on_state_notify_cb (HammySession *session,
                    GParamSpec   *pspec,
                    Fixture      *f)
{
  f->n_state_notifies++;
}

static HammySession *
session_new (Fixture   *f,
             HammyPlan *plan)
{
  HammySession *session = hammy_session_new (plan, library, f->log, f->clock);

  g_signal_connect (session, "cue", G_CALLBACK (on_cue_cb), f);
  g_signal_connect (session, "notify::state", G_CALLBACK (on_state_notify_cb), f);
  return session;
}

/* Time passes, then the UI's timer fires once. */
static void
pass (Fixture      *f,
      HammySession *session,
      gint64        us)
{
  hammy_fake_clock_advance (f->clock, us);
  hammy_session_tick (session);
}

static const HammyLogSet *
logged_set (HammyLog   *log,
            const char *id,
            guint       index)
{
  const HammyLogSession *logged = hammy_log_lookup_session (log, id);

  g_assert_nonnull (logged);
  g_assert_cmpuint (index, <, logged->sets->len);
  return &g_array_index (logged->sets, HammyLogSet, index);
}

static void
assert_logged (HammyLog   *log,
               const char *id,
               guint       index,
               const char *exercise,
               HammySide   side,
               guint       number)
{
  const HammyLogSet *set = logged_set (log, id, index);

  g_assert_cmpstr (set->exercise, ==, exercise);
  g_assert_cmpint (set->side, ==, side);
  g_assert_cmpuint (set->number, ==, number);
}

static void
assert_step (HammySession *session,
             guint         index,
             const char   *exercise,
             guint         set,
             guint         n_sets,
             HammySide     side)
{
  const HammySessionStep *step = hammy_session_get_step (session, index);

  g_assert_cmpstr (hammy_exercise_get_id (step->exercise), ==, exercise);
  g_assert_cmpuint (step->set, ==, set);
  g_assert_cmpuint (step->n_sets, ==, n_sets);
  g_assert_cmpint (step->side, ==, side);
}

static HammyLog *
reload_log (Fixture *f)
{
  g_autoptr(GPtrArray) problems = NULL;
  HammyLog *log;

  hammy_store_flush (f->store);
  log = hammy_log_load (f->store, "log", &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  return log;
}

/* ---- a whole session ----------------------------------------------------------------- */

static void
test_whole_session (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("marching-bridge 2x8 sides; plank 1x10s");
  g_autoptr(HammySession) session = session_new (f, plan);
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(GDateTime) wall = g_date_time_new_local (2026, 3, 10, 8, 0, 0);
  const HammyLogSession *logged;
  HammySessionSummary summary;
  const char *id;
  guint done, planned;

  /* Items × sets × sides, left before right, with a rest before each step but the first. */
  g_assert_cmpuint (hammy_session_get_n_steps (session), ==, 5);
  assert_step (session, 0, "marching-bridge", 1, 2, HAMMY_SIDE_LEFT);
  assert_step (session, 1, "marching-bridge", 1, 2, HAMMY_SIDE_RIGHT);
  assert_step (session, 2, "marching-bridge", 2, 2, HAMMY_SIDE_LEFT);
  assert_step (session, 3, "marching-bridge", 2, 2, HAMMY_SIDE_RIGHT);
  assert_step (session, 4, "plank", 1, 1, HAMMY_SIDE_BOTH);
  g_assert_cmpuint (hammy_session_get_step (session, 0)->rest_seconds, ==, 0);
  g_assert_cmpuint (hammy_session_get_step (session, 1)->rest_seconds, ==, HAMMY_SESSION_SIDE_CHANGE_SECONDS);
  g_assert_cmpuint (hammy_session_get_step (session, 2)->rest_seconds, ==, HAMMY_SESSION_REST_SECONDS);
  g_assert_cmpuint (hammy_session_get_step (session, 4)->rest_seconds, ==, HAMMY_SESSION_REST_SECONDS);
  g_assert_cmpuint (hammy_session_get_step (session, 0)->reps, ==, 8);
  g_assert_cmpuint (hammy_session_get_step (session, 4)->hold_seconds, ==, 10);

  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_READY);
  g_assert_null (hammy_session_get_log_id (session));
  g_assert_false (hammy_session_rate_set (session, 1, 0, NULL));
  g_assert_true (hammy_session_start (session));
  g_assert_false (hammy_session_start (session));
  id = hammy_session_get_log_id (session);
  g_assert_nonnull (id);
  logged = hammy_log_lookup_session (f->log, id);
  g_assert_cmpint (logged->status, ==, HAMMY_SESSION_IN_PROGRESS);
  g_assert_cmpstr (logged->phase, ==, "build");
  g_assert_cmpuint (logged->planned_sets, ==, 5);
  g_assert_cmpint (logged->started, ==, g_date_time_to_unix (wall));

  /* Reps: working until done, with no timer. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_phase_duration_ms (session), ==, 0);
  assert_step (session, hammy_session_get_step_index (session), "marching-bridge", 1, 2, HAMMY_SIDE_LEFT);
  g_assert_true (hammy_session_get_next_step (session) == hammy_session_get_step (session, 1));
  pass (f, session, 40 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_false (hammy_session_advance (session));
  g_assert_true (hammy_session_rate_set (session, 2, 0, "fine"));
  g_assert_cmpuint (logged->sets->len, ==, 1);
  g_assert_cmpint (logged_set (f->log, id, 0)->finished, ==, g_date_time_to_unix (wall) + 40);

  /* Changing sides: a short rest that belongs to the step it leads to. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);
  g_assert_cmpint (hammy_session_get_remaining_ms (session), ==, HAMMY_SESSION_SIDE_CHANGE_SECONDS * 1000);
  /* What comes next during a rest is the set the rest leads to, not the one after it. */
  g_assert_true (hammy_session_get_next_step (session) == hammy_session_get_step (session, 1));
  pass (f, session, HAMMY_SESSION_SIDE_CHANGE_SECONDS * S);
  g_assert_cmpstr (f->cues->str, ==, "rest-over");
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);

  for (guint i = 1; i < 4; i++)
    {
      g_assert_cmpuint (hammy_session_get_step_index (session), ==, i);
      g_assert_true (hammy_session_advance (session));
      g_assert_true (hammy_session_rate_set (session, i, 0, NULL));
      g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
      g_assert_true (hammy_session_advance (session));
    }

  /* The hold: a countdown, then the hold; the last step has nothing after it. */
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 4);
  g_assert_null (hammy_session_get_next_step (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  pass (f, session, HAMMY_SESSION_GET_READY_SECONDS * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  pass (f, session, 10 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "rest-over,start,halfway,end");
  g_assert_true (hammy_session_rate_set (session, 3, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_false (hammy_session_advance (session));
  g_assert_false (hammy_session_finish_early (session));

  hammy_session_get_summary (session, &summary);
  g_assert_cmpuint (summary.sets_done, ==, 5);
  g_assert_cmpuint (summary.sets_planned, ==, 5);
  g_assert_cmpint (summary.pain_max, ==, 3);
  g_assert_cmpfloat_with_epsilon (summary.pain_mean, (2 + 1 + 2 + 3 + 3) / 5.0, 1e-9);
  g_assert_cmpint (summary.effort_max, ==, 0);
  g_assert_cmpint (summary.active_ms, ==, (40 + 10 + 5 + 10) * 1000);
  hammy_session_get_item_progress (session, 0, &done, &planned);
  g_assert_cmpuint (done, ==, 4);
  g_assert_cmpuint (planned, ==, 4);

  /* On disk: every set, in order, and the session done. */
  again = reload_log (f);
  logged = hammy_log_lookup_session (again, id);
  g_assert_cmpint (logged->status, ==, HAMMY_SESSION_DONE);
  g_assert_cmpint (logged->ended, ==, g_date_time_to_unix (wall) + 65);
  g_assert_cmpuint (logged->sets->len, ==, 5);
  assert_logged (again, id, 0, "marching-bridge", HAMMY_SIDE_LEFT, 1);
  assert_logged (again, id, 1, "marching-bridge", HAMMY_SIDE_RIGHT, 1);
  assert_logged (again, id, 2, "marching-bridge", HAMMY_SIDE_LEFT, 2);
  assert_logged (again, id, 3, "marching-bridge", HAMMY_SIDE_RIGHT, 2);
  assert_logged (again, id, 4, "plank", HAMMY_SIDE_BOTH, 1);
  g_assert_cmpuint (logged_set (again, id, 0)->reps, ==, 8);
  g_assert_cmpstr (logged_set (again, id, 0)->note, ==, "fine");
  g_assert_cmpint (logged_set (again, id, 0)->pain, ==, 2);
  g_assert_cmpuint (logged_set (again, id, 4)->hold_seconds, ==, 10);
  g_assert_cmpuint (logged_set (again, id, 4)->reps, ==, 0);
  g_assert_null (hammy_session_find_resumable (again));
}

/* ---- timers and cues ----------------------------------------------------------------- */

static void
test_hold_countdown_and_cues (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("plank 2x20s");
  g_autoptr(HammySession) session = session_new (f, plan);

  hammy_session_start (session);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  g_assert_cmpint (hammy_session_get_phase_duration_ms (session), ==, HAMMY_SESSION_GET_READY_SECONDS * 1000);
  pass (f, session, 2 * S);
  g_assert_cmpint (hammy_session_get_remaining_ms (session), ==, 3000);
  g_assert_cmpstr (f->cues->str, ==, "");

  pass (f, session, 3 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_phase_duration_ms (session), ==, 20000);
  g_assert_cmpstr (f->cues->str, ==, "start");

  pass (f, session, 9 * S + 999999);
  g_assert_cmpstr (f->cues->str, ==, "start");
  pass (f, session, 1);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway");
  pass (f, session, 5 * S);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway");
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 15000);

  pass (f, session, 5 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");
  pass (f, session, 60 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");

  g_assert_true (hammy_session_rate_set (session, 1, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpint (hammy_session_get_phase_duration_ms (session), ==, HAMMY_SESSION_REST_SECONDS * 1000);
  pass (f, session, (HAMMY_SESSION_REST_SECONDS - 1) * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpint (hammy_session_get_remaining_ms (session), ==, 1000);
  pass (f, session, S);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end,rest-over");
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);

  /* Ended early: no end cue, and the log has the time it was really held. */
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end,rest-over,start");
  pass (f, session, 7 * S + 400000);
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  pass (f, session, 30 * S);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end,rest-over,start");
  g_assert_true (hammy_session_rate_set (session, 1, 0, NULL));
  g_assert_cmpuint (logged_set (f->log, hammy_session_get_log_id (session), 0)->hold_seconds, ==, 20);
  g_assert_cmpuint (logged_set (f->log, hammy_session_get_log_id (session), 1)->hold_seconds, ==, 7);
}

static void
test_pause_does_not_count (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("plank 1x10s");
  g_autoptr(HammySession) session = session_new (f, plan);
  HammySessionSummary summary;

  g_assert_false (hammy_session_pause (session));
  hammy_session_start (session);
  hammy_session_advance (session);
  pass (f, session, 3 * S);
  g_assert_true (hammy_session_pause (session));
  g_assert_false (hammy_session_pause (session));
  g_assert_true (hammy_session_get_paused (session));
  g_assert_cmpint (hammy_session_get_pause_reason (session), ==, HAMMY_SESSION_PAUSE_ASKED);

  pass (f, session, 100 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 3000);
  g_assert_cmpint (hammy_session_get_remaining_ms (session), ==, 7000);
  g_assert_false (hammy_session_advance (session));
  g_assert_false (hammy_session_skip_exercise (session));
  g_assert_cmpstr (f->cues->str, ==, "start");

  g_assert_true (hammy_session_resume (session));
  g_assert_false (hammy_session_resume (session));
  g_assert_false (hammy_session_get_paused (session));
  pass (f, session, 6 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 9000);
  pass (f, session, 1 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");

  hammy_session_get_summary (session, &summary);
  g_assert_cmpint (summary.active_ms, ==, 10000);
}

/* One tick 25 s late: the countdown, the hold and its cues all happened, once each, and the
 * session waits for the rating with a hold of exactly its time, not past it. */
static void
test_stalled_main_loop (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("plank 2x10s");
  g_autoptr(HammySession) session = session_new (f, plan);

  hammy_session_start (session);
  f->n_state_notifies = 0;
  pass (f, session, 25 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");
  g_assert_cmpuint (f->n_state_notifies, ==, 1);
  g_assert_false (hammy_session_get_paused (session));
  hammy_session_tick (session);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");
  hammy_session_rate_set (session, 0, 0, NULL);
  g_assert_cmpuint (logged_set (f->log, hammy_session_get_log_id (session), 0)->hold_seconds, ==, 10);

  /* Late in a rest: the rest ended, the countdown ended, and the hold is 2 s in. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  pass (f, session, (HAMMY_SESSION_REST_SECONDS + HAMMY_SESSION_GET_READY_SECONDS + 2) * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end,rest-over,start");
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 2000);
}

/* The lid closes 4 s into a 10 s hold: on waking, the session is paused at 4 s and says why. */
static void
test_suspend_pauses_a_hold (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("plank 2x10s; marching-bridge 1x8");
  g_autoptr(HammySession) session = session_new (f, plan);
  g_autoptr(GDateTime) wall = g_date_time_new_local (2026, 3, 10, 8, 0, 0);

  hammy_session_start (session);
  pass (f, session, (HAMMY_SESSION_GET_READY_SECONDS + 4) * S);
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 4000);

  hammy_fake_clock_suspend (f->clock, 3600 * S);
  pass (f, session, 0);
  g_assert_true (hammy_session_get_paused (session));
  g_assert_cmpint (hammy_session_get_pause_reason (session), ==, HAMMY_SESSION_PAUSE_SUSPENDED);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 4000);
  pass (f, session, 30 * S);
  g_assert_cmpint (hammy_session_get_elapsed_ms (session), ==, 4000);
  g_assert_cmpstr (f->cues->str, ==, "start");

  g_assert_true (hammy_session_resume (session));
  pass (f, session, 6 * S);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpstr (f->cues->str, ==, "start,halfway,end");

  /* A short hiccup is not a suspend, and sleep with no timer running does not pause. */
  hammy_fake_clock_suspend (f->clock, 1 * S);
  pass (f, session, 0);
  g_assert_false (hammy_session_get_paused (session));
  hammy_fake_clock_suspend (f->clock, 600 * S);
  pass (f, session, 0);
  g_assert_false (hammy_session_get_paused (session));

  /* The log's stamps are wall time: the hour asleep counts there. */
  hammy_session_rate_set (session, 1, 0, NULL);
  g_assert_cmpint (logged_set (f->log, hammy_session_get_log_id (session), 0)->finished, ==,
                   g_date_time_to_unix (wall) + 5 + 4 + 3600 + 30 + 6 + 1 + 600);

  /* Asleep during a rest: paused there too. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  pass (f, session, 10 * S);
  hammy_fake_clock_suspend (f->clock, 60 * S);
  pass (f, session, 0);
  g_assert_true (hammy_session_get_paused (session));
  g_assert_cmpint (hammy_session_get_remaining_ms (session), ==, (HAMMY_SESSION_REST_SECONDS - 10) * 1000);
}

/* ---- pain, red flags, going back and skipping ---------------------------------------- */

static void
test_pain_stops_the_exercise (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("single-leg-bridge 3x12 sides medium; wall-bridge-pulldown 2x20s; plank 1x20s");
  g_autoptr(HammySession) session = session_new (f, plan);
  const char *id;
  guint done, planned;

  g_assert_cmpuint (hammy_session_get_n_steps (session), ==, 6 + 2 + 1);
  hammy_session_start (session);
  id = hammy_session_get_log_id (session);
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 5, 6, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  hammy_session_advance (session);
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 6, 6, NULL));

  /* Set 1 right hurt: the exercise stops, the easier variant is offered for sets 2 and 3. */
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);
  g_assert_nonnull (hammy_session_get_easier (session));
  g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_easier (session)), ==, "marching-bridge");
  g_assert_true (hammy_session_get_next_step (session) == hammy_session_get_step (session, 6));
  g_assert_false (hammy_session_back (session));
  g_assert_cmpuint (hammy_log_lookup_session (f->log, id)->sets->len, ==, 2);
  g_assert_cmpint (logged_set (f->log, id, 1)->pain, ==, 6);

  g_assert_true (hammy_session_use_easier (session));
  g_assert_false (hammy_session_use_easier (session));
  g_assert_cmpuint (hammy_session_get_n_steps (session), ==, 2 + 4 + 2 + 1);
  assert_step (session, 2, "marching-bridge", 1, 2, HAMMY_SIDE_LEFT);
  assert_step (session, 3, "marching-bridge", 1, 2, HAMMY_SIDE_RIGHT);
  assert_step (session, 4, "marching-bridge", 2, 2, HAMMY_SIDE_LEFT);
  assert_step (session, 5, "marching-bridge", 2, 2, HAMMY_SIDE_RIGHT);
  assert_step (session, 6, "wall-bridge-pulldown", 1, 2, HAMMY_SIDE_BOTH);
  for (guint i = 2; i < 6; i++)
    {
      g_assert_true (hammy_session_get_step (session, i)->easier);
      g_assert_cmpuint (hammy_session_get_step (session, i)->item, ==, 0);
      g_assert_cmpuint (hammy_session_get_step (session, i)->reps, ==, 8);
    }
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  /* After a loaded set, the longer rest. */
  g_assert_cmpint (hammy_session_get_phase_duration_ms (session), ==, HAMMY_SESSION_LOADED_REST_SECONDS * 1000);

  for (guint i = 2; i < 6; i++)
    {
      hammy_session_advance (session);
      g_assert_false (hammy_session_needs_effort (session));
      hammy_session_advance (session);
      g_assert_true (hammy_session_rate_set (session, 3, 0, NULL));
    }
  assert_logged (f->log, id, 2, "marching-bridge", HAMMY_SIDE_LEFT, 1);
  assert_logged (f->log, id, 5, "marching-bridge", HAMMY_SIDE_RIGHT, 2);
  hammy_session_get_item_progress (session, 0, &done, &planned);
  g_assert_cmpuint (done, ==, 6);
  g_assert_cmpuint (planned, ==, 6);

  /* Pain on the first set of a hold: moving on leaves its second set undone. */
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 6);
  hammy_session_advance (session);
  hammy_session_advance (session);
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 8, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_easier (session)), ==, "heel-dig-hold");
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 8);
  assert_step (session, 8, "plank", 1, 1, HAMMY_SIDE_BOTH);

  /* Pain on the last set: nothing is left to make easier. */
  hammy_session_advance (session);
  hammy_session_advance (session);
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 7, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  g_assert_null (hammy_session_get_easier (session));
  g_assert_false (hammy_session_use_easier (session));
  g_assert_null (hammy_session_get_next_step (session));
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_cmpint (hammy_log_lookup_session (f->log, id)->status, ==, HAMMY_SESSION_PARTIAL);
}

static void
test_red_flag_stops_the_session (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("marching-bridge 3x8");
  g_autoptr(HammySession) session = session_new (f, plan);
  g_autoptr(HammySession) other = session_new (f, plan);
  g_autoptr(HammyLog) again = NULL;
  const char *id;

  hammy_session_start (session);
  id = hammy_session_get_log_id (session);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 2, 0, NULL);
  hammy_session_advance (session);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  g_assert_true (hammy_session_pause (session));

  /* Paused or not, a red flag ends it for good. */
  g_assert_true (hammy_session_report_red_flag (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RED_FLAG);
  g_assert_false (hammy_session_get_paused (session));
  g_assert_false (hammy_session_report_red_flag (session));
  g_assert_false (hammy_session_advance (session));
  g_assert_false (hammy_session_back (session));
  g_assert_false (hammy_session_resume (session));
  g_assert_false (hammy_session_finish_early (session));
  g_assert_null (hammy_session_get_next_step (session));

  again = reload_log (f);
  g_assert_cmpint (hammy_log_lookup_session (again, id)->status, ==, HAMMY_SESSION_PARTIAL);
  g_assert_cmpuint (hammy_log_lookup_session (again, id)->sets->len, ==, 1);
  g_assert_cmpint (hammy_log_lookup_session (again, id)->ended, !=, 0);

  /* With nothing done yet, the session counts as skipped. */
  hammy_session_start (other);
  g_assert_true (hammy_session_report_red_flag (other));
  g_assert_cmpint (hammy_log_lookup_session (f->log, hammy_session_get_log_id (other))->status, ==, HAMMY_SESSION_SKIPPED);
}

static void
test_back_and_skip (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 2x10; plank 2x20s; cat-cow 1x8");
  g_autoptr(HammySession) session = session_new (f, plan);
  HammySessionSummary summary;
  const char *id;
  guint done, planned;

  hammy_session_start (session);
  id = hammy_session_get_log_id (session);
  g_assert_true (hammy_session_back (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);

  /* Back from the rest: the set just done, again; the first one stays in the log. */
  g_assert_true (hammy_session_back (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 2, 0, NULL);
  g_assert_cmpuint (hammy_log_lookup_session (f->log, id)->sets->len, ==, 2);
  assert_logged (f->log, id, 0, "glute-bridge", HAMMY_SIDE_BOTH, 1);
  assert_logged (f->log, id, 1, "glute-bridge", HAMMY_SIDE_BOTH, 1);

  /* Skip: the rest of this exercise is left, the next starts at once. */
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);

  /* Back from a hold's countdown: the last glute bridge, which was skipped. */
  g_assert_true (hammy_session_back (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 4);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 0, 0, NULL);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);

  hammy_session_get_summary (session, &summary);
  g_assert_cmpuint (summary.sets_done, ==, 2);
  g_assert_cmpuint (summary.sets_planned, ==, 5);
  g_assert_cmpint (summary.pain_max, ==, 2);
  hammy_session_get_item_progress (session, 0, &done, &planned);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (planned, ==, 2);
  hammy_session_get_item_progress (session, 1, &done, &planned);
  g_assert_cmpuint (done, ==, 0);
  g_assert_cmpuint (planned, ==, 2);
  g_assert_cmpint (hammy_log_lookup_session (f->log, id)->status, ==, HAMMY_SESSION_PARTIAL);
}

/* Back an exercise: to the first set of the one before, or of the first one; sets logged stay. */
static void
test_back_exercise (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 2x10; plank 2x20s; cat-cow 1x8");
  g_autoptr(HammySession) session = session_new (f, plan);
  const char *id;

  /* Not before the session starts. */
  g_assert_false (hammy_session_back_exercise (session));
  hammy_session_start (session);
  id = hammy_session_get_log_id (session);

  /* On the first exercise: its first set again. */
  g_assert_true (hammy_session_back_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 1);
  g_assert_true (hammy_session_back_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_WORK);

  /* From the cat-cow: the plank's first set. From the plank's second set: the glute bridge. */
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 4);
  g_assert_true (hammy_session_back_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_true (hammy_session_back (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 3);
  g_assert_true (hammy_session_back_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);

  /* Paused, nothing moves. */
  g_assert_true (hammy_session_pause (session));
  g_assert_false (hammy_session_back_exercise (session));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);
  hammy_session_resume (session);

  g_assert_cmpuint (hammy_log_lookup_session (f->log, id)->sets->len, ==, 1);
}

/* Skipping the last exercise ends the session, and says so first; ending before the first set
 * leaves at once and logs nothing. */
static void
test_skip_last_and_finish_early (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 2x10");
  g_autoptr(HammySession) session = session_new (f, plan);
  g_autoptr(HammySession) other = session_new (f, plan);
  g_autoptr(HammySession) unstarted = session_new (f, plan);
  guint n_logged = hammy_log_get_n_sessions (f->log);

  /* Before the first set: nothing to skip, nothing to lose, and End leaves. */
  g_assert_false (hammy_session_can_skip (unstarted));
  g_assert_false (hammy_session_skip_ends_session (unstarted));
  g_assert_false (hammy_session_skip_exercise (unstarted));
  g_assert_false (hammy_session_end_loses_work (unstarted));
  g_assert_true (hammy_session_finish_early (unstarted));
  g_assert_cmpint (hammy_session_get_state (unstarted), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_null (hammy_session_get_log_id (unstarted));
  g_assert_cmpuint (hammy_log_get_n_sessions (f->log), ==, n_logged);
  g_assert_false (hammy_session_finish_early (unstarted));
  g_assert_false (hammy_session_end_loses_work (unstarted));

  hammy_session_start (session);
  g_assert_true (hammy_session_end_loses_work (session));
  g_assert_true (hammy_session_can_skip (session));
  g_assert_true (hammy_session_skip_ends_session (session));
  g_assert_true (hammy_session_pause (session));
  g_assert_false (hammy_session_can_skip (session));
  g_assert_true (hammy_session_resume (session));
  g_assert_true (hammy_session_skip_exercise (session));
  g_assert_false (hammy_session_can_skip (session));
  g_assert_false (hammy_session_end_loses_work (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_cmpint (hammy_log_lookup_session (f->log, hammy_session_get_log_id (session))->status, ==, HAMMY_SESSION_SKIPPED);

  hammy_session_start (other);
  hammy_session_advance (other);
  hammy_session_rate_set (other, 1, 0, NULL);
  g_assert_true (hammy_session_finish_early (other));
  g_assert_cmpint (hammy_session_get_state (other), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_cmpint (hammy_log_lookup_session (f->log, hammy_session_get_log_id (other))->status, ==, HAMMY_SESSION_PARTIAL);
}

static void
test_effort_only_when_loaded (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("single-leg-bridge 1x12 medium; rdl-wall 1x6; glute-bridge 1x10");
  g_autoptr(HammySession) session = session_new (f, plan);
  const char *id;

  hammy_session_start (session);
  id = hammy_session_get_log_id (session);

  /* An added load asks for effort, and a rating without it is refused. */
  g_assert_true (hammy_session_needs_effort (session));
  hammy_session_advance (session);
  g_test_expect_message ("hammy-session", G_LOG_LEVEL_CRITICAL, "*needs_effort*");
  g_assert_false (hammy_session_rate_set (session, 2, 0, NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  g_assert_cmpuint (hammy_log_lookup_session (f->log, id)->sets->len, ==, 0);
  g_assert_true (hammy_session_rate_set (session, 2, 7, NULL));
  g_assert_cmpint (logged_set (f->log, id, 0)->effort, ==, 7);

  /* A dosage given as RPE asks for it too, even at bodyweight. */
  hammy_session_advance (session);
  g_assert_true (hammy_session_needs_effort (session));
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 2, 8, NULL));

  /* Bodyweight, no RPE: pain alone. */
  hammy_session_advance (session);
  g_assert_false (hammy_session_needs_effort (session));
  hammy_session_advance (session);
  g_assert_true (hammy_session_rate_set (session, 1, 0, NULL));
  g_assert_cmpint (logged_set (f->log, id, 2)->effort, ==, 0);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_FINISHED);
  {
    HammySessionSummary summary;

    hammy_session_get_summary (session, &summary);
    g_assert_cmpint (summary.effort_max, ==, 8);
  }
}

/* ---- resuming after a crash ---------------------------------------------------------- */

static void
test_resume_after_crash (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("marching-bridge 2x8 sides; plank 1x10s");
  HammySession *session = session_new (f, plan);
  g_autoptr(HammySession) resumed = NULL;
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(HammyLog) final = NULL;
  g_autofree char *id = NULL;
  HammySessionSummary summary;
  const HammyLogSession *logged;

  hammy_session_start (session);
  id = g_strdup (hammy_session_get_log_id (session));
  pass (f, session, 20 * S);
  for (guint i = 0; i < 2; i++)
    {
      hammy_session_advance (session);
      hammy_session_rate_set (session, 1 + i, 0, NULL);
      hammy_session_advance (session);
    }
  /* The third set is under way when Hammy dies: it is the one that is lost. */
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  hammy_session_advance (session);
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
  hammy_store_flush (f->store);
  hammy_test_unref_and_wait_finalized (session);
  g_clear_object (&f->log);
  hammy_fake_clock_advance (f->clock, 300 * S);

  again = reload_log (f);
  g_assert_cmpstr (hammy_session_find_resumable (again), ==, id);
  resumed = hammy_session_new_resume (plan, library, again, f->clock, id);
  g_assert_nonnull (resumed);
  g_signal_connect (resumed, "cue", G_CALLBACK (on_cue_cb), f);
  g_assert_cmpint (hammy_session_get_state (resumed), ==, HAMMY_SESSION_STATE_READY);
  g_assert_cmpstr (hammy_session_get_log_id (resumed), ==, id);
  g_assert_cmpuint (hammy_session_get_step_index (resumed), ==, 2);
  g_assert_true (hammy_session_get_step (resumed, 0)->done);
  g_assert_true (hammy_session_get_step (resumed, 1)->done);
  g_assert_false (hammy_session_get_step (resumed, 2)->done);

  g_assert_true (hammy_session_start (resumed));
  g_assert_cmpuint (hammy_log_get_n_sessions (again), ==, 1);
  g_assert_cmpint (hammy_session_get_state (resumed), ==, HAMMY_SESSION_STATE_WORK);
  assert_step (resumed, hammy_session_get_step_index (resumed), "marching-bridge", 2, 2, HAMMY_SIDE_LEFT);
  for (guint i = 2; i < 4; i++)
    {
      hammy_session_advance (resumed);
      hammy_session_rate_set (resumed, 2, 0, NULL);
      hammy_session_advance (resumed);
    }
  pass (f, resumed, 15 * S);
  hammy_session_rate_set (resumed, 0, 0, NULL);
  g_assert_cmpint (hammy_session_get_state (resumed), ==, HAMMY_SESSION_STATE_FINISHED);
  hammy_session_get_summary (resumed, &summary);
  g_assert_cmpuint (summary.sets_done, ==, 5);
  g_assert_cmpuint (summary.sets_planned, ==, 5);
  g_assert_cmpint (summary.pain_max, ==, 2);
  /* The time before the crash, as the log shows it, and after; not the time in between. */
  g_assert_cmpint (summary.active_ms, ==, (20 + 15) * 1000);

  /* Each set once, in order, and the session done. */
  final = reload_log (f);
  logged = hammy_log_lookup_session (final, id);
  g_assert_cmpint (logged->status, ==, HAMMY_SESSION_DONE);
  g_assert_cmpuint (logged->sets->len, ==, 5);
  assert_logged (final, id, 0, "marching-bridge", HAMMY_SIDE_LEFT, 1);
  assert_logged (final, id, 1, "marching-bridge", HAMMY_SIDE_RIGHT, 1);
  assert_logged (final, id, 2, "marching-bridge", HAMMY_SIDE_LEFT, 2);
  assert_logged (final, id, 3, "marching-bridge", HAMMY_SIDE_RIGHT, 2);
  assert_logged (final, id, 4, "plank", HAMMY_SIDE_BOTH, 1);
  g_assert_null (hammy_session_find_resumable (final));
  g_assert_null (hammy_session_new_resume (plan, library, final, f->clock, id));
  g_assert_null (hammy_session_new_resume (plan, library, final, f->clock, "no-such-session"));
}

/* In the return phase today's run on the ladder comes after the warm-up, is logged as the
 * ladder's run, and is found again on resume. */
static void
test_return_phase_run (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_RETURN);
  HammySession *session = session_new (f, plan);
  g_autoptr(HammySession) resumed = NULL;
  g_autoptr(HammyLog) again = NULL;
  g_autofree char *id = NULL;
  guint run = G_MAXUINT, first_circuit = G_MAXUINT;
  const HammyLogSession *logged;

  for (guint i = 0; i < hammy_session_get_n_steps (session); i++)
    {
      const HammySessionStep *step = hammy_session_get_step (session, i);

      if (step->run)
        {
          g_assert_cmpuint (run, ==, G_MAXUINT);
          run = i;
          g_assert_cmpuint (step->ladder_step, ==, hammy_plan_get_ladder_step (plan));
        }
      else if (first_circuit == G_MAXUINT &&
               hammy_plan_get_item (plan, step->item)->section == HAMMY_PLAN_SECTION_CIRCUIT)
        first_circuit = i;
    }
  g_assert_cmpuint (run, !=, G_MAXUINT);
  g_assert_cmpuint (run + 1, ==, first_circuit);
  g_assert_cmpuint (hammy_session_get_step (session, run - 1)->item, <, hammy_plan_get_n_items (plan));

  hammy_session_start (session);
  id = g_strdup (hammy_session_get_log_id (session));
  while (hammy_session_get_step_index (session) < run)
    hammy_session_skip_exercise (session);
  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_REST)
    hammy_session_advance (session);
  g_assert_true (hammy_session_get_current_step (session)->run);
  g_assert_true (hammy_session_advance (session));
  g_assert_true (hammy_session_rate_set (session, 0, 0, NULL));
  hammy_test_unref_and_wait_finalized (session);

  again = reload_log (f);
  logged = hammy_log_lookup_session (again, id);
  g_assert_cmpuint (logged->sets->len, ==, 1);
  g_assert_cmpstr (g_array_index (logged->sets, HammyLogSet, 0).exercise, ==, HAMMY_PLAN_LADDER_RUN);
  g_assert_cmpint (g_array_index (logged->sets, HammyLogSet, 0).pain, ==, 0);

  resumed = hammy_session_new_resume (plan, library, again, f->clock, id);
  g_assert_nonnull (resumed);
  g_assert_true (hammy_session_get_step (resumed, run)->done);
  g_assert_cmpuint (hammy_session_get_step_index (resumed), ==, run + 1);
}

/* Not taken up again: the session ends at its last set, partial with sets, skipped without. */
static void
test_abandon (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("marching-bridge 2x8 sides");
  HammySession *session = session_new (f, plan);
  HammySession *empty;
  g_autofree char *id = NULL;
  g_autofree char *empty_id = NULL;
  const HammyLogSession *logged;
  gint64 rated;

  hammy_session_start (session);
  id = g_strdup (hammy_session_get_log_id (session));
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  rated = g_array_index (hammy_log_lookup_session (f->log, id)->sets, HammyLogSet, 0).finished;
  hammy_store_flush (f->store);
  hammy_test_unref_and_wait_finalized (session);
  hammy_fake_clock_advance (f->clock, 3600 * S);

  g_assert_cmpstr (hammy_session_find_resumable (f->log), ==, id);
  hammy_session_abandon (f->log, id);
  logged = hammy_log_lookup_session (f->log, id);
  g_assert_cmpint (logged->status, ==, HAMMY_SESSION_PARTIAL);
  g_assert_cmpint (logged->ended, ==, rated);
  g_assert_null (hammy_session_find_resumable (f->log));

  empty = session_new (f, plan);
  hammy_session_start (empty);
  empty_id = g_strdup (hammy_session_get_log_id (empty));
  hammy_test_unref_and_wait_finalized (empty);
  hammy_session_abandon (f->log, empty_id);
  g_assert_cmpint (hammy_log_lookup_session (f->log, empty_id)->status, ==, HAMMY_SESSION_SKIPPED);
  /* Once ended, a second call changes nothing. */
  hammy_session_abandon (f->log, id);
  g_assert_cmpint (hammy_log_lookup_session (f->log, id)->status, ==, HAMMY_SESSION_PARTIAL);
}

/* A crash after swapping for the easier variant: the swap is made again from the log. */
static void
test_resume_keeps_the_easier_variant (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 3x10; plank 1x10s");
  HammySession *session = session_new (f, plan);
  HammySession *stopped = session_new (f, plan);
  g_autoptr(HammySession) resumed = NULL;
  g_autoptr(HammySession) resumed_stopped = NULL;
  g_autoptr(HammyLog) again = NULL;
  g_autofree char *id = NULL;
  g_autofree char *stopped_id = NULL;

  hammy_session_start (session);
  id = g_strdup (hammy_session_get_log_id (session));
  hammy_session_advance (session);
  hammy_session_rate_set (session, 6, 0, NULL);
  g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_easier (session)), ==, "wall-bridge-pulldown");
  hammy_session_use_easier (session);
  hammy_session_advance (session);
  hammy_session_advance (session);
  pass (f, session, 20 * S);
  hammy_session_rate_set (session, 2, 0, NULL);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);

  /* Another session stops for pain and dies before the choice is made. */
  hammy_fake_clock_advance (f->clock, 3600 * S);
  hammy_session_start (stopped);
  stopped_id = g_strdup (hammy_session_get_log_id (stopped));
  hammy_session_advance (stopped);
  hammy_session_rate_set (stopped, 7, 0, NULL);
  g_assert_cmpint (hammy_session_get_state (stopped), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);

  hammy_store_flush (f->store);
  hammy_test_unref_and_wait_finalized (session);
  hammy_test_unref_and_wait_finalized (stopped);
  g_clear_object (&f->log);
  again = reload_log (f);
  g_assert_cmpstr (hammy_session_find_resumable (again), ==, stopped_id);

  resumed = hammy_session_new_resume (plan, library, again, f->clock, id);
  g_assert_cmpuint (hammy_session_get_n_steps (resumed), ==, 1 + 2 + 1);
  g_assert_cmpuint (hammy_session_get_step_index (resumed), ==, 2);
  assert_step (resumed, 2, "wall-bridge-pulldown", 2, 2, HAMMY_SIDE_BOTH);
  g_assert_true (hammy_session_get_step (resumed, 1)->done);
  hammy_session_start (resumed);
  g_assert_cmpint (hammy_session_get_state (resumed), ==, HAMMY_SESSION_STATE_GET_READY);

  resumed_stopped = hammy_session_new_resume (plan, library, again, f->clock, stopped_id);
  hammy_session_start (resumed_stopped);
  g_assert_cmpint (hammy_session_get_state (resumed_stopped), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  g_assert_cmpuint (hammy_session_get_step_index (resumed_stopped), ==, 0);
  g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_easier (resumed_stopped)), ==, "wall-bridge-pulldown");
  g_assert_true (hammy_session_use_easier (resumed_stopped));
  assert_step (resumed_stopped, 1, "wall-bridge-pulldown", 1, 2, HAMMY_SIDE_BOTH);

  f->log = g_object_ref (again);
}

/* A set done again after "back", and an exercise that comes twice in the plan: each logged set
 * is matched to the step it was, so nothing is counted twice or skipped. */
static void
test_resume_after_back_and_repeats (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 1x10; cat-cow 1x8; glute-bridge 1x10");
  HammySession *session = session_new (f, plan);
  g_autoptr(HammySession) resumed = NULL;
  g_autoptr(HammySession) last = NULL;
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(HammyLog) third = NULL;
  g_autofree char *id = NULL;

  hammy_session_start (session);
  id = g_strdup (hammy_session_get_log_id (session));
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  hammy_session_back (session);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  hammy_session_advance (session);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  hammy_session_advance (session);
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 2);
  hammy_store_flush (f->store);
  hammy_test_unref_and_wait_finalized (session);
  g_clear_object (&f->log);

  again = reload_log (f);
  g_assert_cmpuint (hammy_log_lookup_session (again, id)->sets->len, ==, 3);
  resumed = hammy_session_new_resume (plan, library, again, f->clock, id);
  g_assert_cmpuint (hammy_session_get_step_index (resumed), ==, 2);
  g_assert_true (hammy_session_get_step (resumed, 0)->done);
  g_assert_true (hammy_session_get_step (resumed, 1)->done);
  g_assert_false (hammy_session_get_step (resumed, 2)->done);

  /* The second glute bridge is done; then Hammy dies again before the session is closed. */
  hammy_session_start (resumed);
  hammy_session_advance (resumed);
  hammy_session_rate_set (resumed, 1, 0, NULL);
  g_assert_cmpint (hammy_session_get_state (resumed), ==, HAMMY_SESSION_STATE_FINISHED);
  hammy_store_flush (f->store);
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_autofree char *path = hammy_store_dup_path (f->store, "log/2026-03.json");
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(JsonNode) month = NULL;
    JsonObject *session_object;

    /* Undo the end of the session on disk, as if the last write never happened. */
    g_assert_true (json_parser_load_from_file (parser, path, NULL));
    month = json_parser_steal_root (parser);
    session_object = json_array_get_object_element (json_object_get_array_member (json_node_get_object (month), "sessions"), 0);
    json_object_set_string_member (session_object, "status", "in-progress");
    json_object_remove_member (session_object, "ended");
    {
      g_autoptr(GBytes) bytes = hammy_json_to_bytes (month);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
    }
    third = hammy_log_load (f->store, "log", &problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  last = hammy_session_new_resume (plan, library, third, f->clock, id);
  g_assert_nonnull (last);
  g_assert_cmpuint (hammy_session_get_step_index (last), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (hammy_session_get_step (last, i)->done);
  hammy_session_start (last);
  g_assert_cmpint (hammy_session_get_state (last), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_cmpint (hammy_log_lookup_session (third, id)->status, ==, HAMMY_SESSION_DONE);
  g_assert_cmpuint (hammy_log_lookup_session (third, id)->sets->len, ==, 4);
}

static void
on_problem_cb (HammySession  *session,
               const char    *message,
               char         **slot)
{
  g_free (*slot);
  *slot = g_strdup (message);
}

/* A set the disk refused is said in words; the session goes on. */
static void
test_unsaved_set_is_reported (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HammyPlan) plan = plan_new ("glute-bridge 2x10");
  g_autoptr(HammySession) session = session_new (f, plan);
  g_autofree char *blocker = hammy_store_dup_path (f->store, "log");
  g_autofree char *problem = NULL;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* A file where the log's folder should be. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_signal_connect (session, "problem", G_CALLBACK (on_problem_cb), &problem);

  hammy_session_start (session);
  hammy_session_advance (session);
  hammy_session_rate_set (session, 1, 0, NULL);
  while (problem == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  g_assert_nonnull (problem);
  g_assert_true (g_str_has_prefix (problem, "The last set could not be saved"));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  g_assert_cmpuint (hammy_log_lookup_session (f->log, hammy_session_get_log_id (session))->sets->len, ==, 1);
}

/* ---- the clock ----------------------------------------------------------------------- */

static void
test_clocks (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 10, 8, 0, 0);
  g_autoptr(HammyClock) fake = hammy_fake_clock_new (start);
  HammyClock *real = hammy_clock_get_default ();
  g_autoptr(GDateTime) wall = NULL;
  gint64 monotonic = hammy_clock_get_monotonic_us (fake);
  gint64 boottime = hammy_clock_get_boottime_us (fake);
  gint64 real_monotonic, real_boottime;

  hammy_fake_clock_advance (fake, 3 * S);
  hammy_fake_clock_suspend (fake, 10 * S);
  g_assert_cmpint (hammy_clock_get_monotonic_us (fake) - monotonic, ==, 3 * S);
  g_assert_cmpint (hammy_clock_get_boottime_us (fake) - boottime, ==, 13 * S);
  wall = hammy_clock_dup_wall_time (fake);
  g_assert_cmpint (g_date_time_difference (wall, start), ==, 13 * S);

  /* The real one: boot time never behind the monotonic clock's progress. */
  g_assert_true (real == hammy_clock_get_default ());
  real_monotonic = hammy_clock_get_monotonic_us (real);
  real_boottime = hammy_clock_get_boottime_us (real);
  /* Real time passing is what is tested here: nothing to wait for but the time itself. */
  g_usleep (20000);
  g_assert_cmpint (hammy_clock_get_monotonic_us (real) - real_monotonic, >=, 20000);
  g_assert_cmpint (hammy_clock_get_boottime_us (real) - real_boottime, >=, 20000);
  g_assert_cmpint (real_boottime, >=, real_monotonic - S);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/session/clocks", test_clocks);
  ADD ("/session/whole-session", test_whole_session);
  ADD ("/session/hold-countdown-and-cues", test_hold_countdown_and_cues);
  ADD ("/session/pause-does-not-count", test_pause_does_not_count);
  ADD ("/session/stalled-main-loop", test_stalled_main_loop);
  ADD ("/session/suspend-pauses-a-hold", test_suspend_pauses_a_hold);
  ADD ("/session/pain-stops-the-exercise", test_pain_stops_the_exercise);
  ADD ("/session/red-flag-stops-the-session", test_red_flag_stops_the_session);
  ADD ("/session/back-and-skip", test_back_and_skip);
  ADD ("/session/back-exercise", test_back_exercise);
  ADD ("/session/skip-last-and-finish-early", test_skip_last_and_finish_early);
  ADD ("/session/effort-only-when-loaded", test_effort_only_when_loaded);
  ADD ("/session/resume-after-crash", test_resume_after_crash);
  ADD ("/session/abandon", test_abandon);
  ADD ("/session/return-phase-run", test_return_phase_run);
  ADD ("/session/resume-keeps-the-easier-variant", test_resume_keeps_the_easier_variant);
  ADD ("/session/resume-after-back-and-repeats", test_resume_after_back_and_repeats);
  ADD ("/session/unsaved-set-is-reported", test_unsaved_set_is_reported);
#undef ADD

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
