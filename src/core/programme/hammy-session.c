/* hammy-session.c: the guided session: today's plan one set at a time, with its timers, cues,
 * ratings and stops, each finished set written to the log at once.
 *
 * Every timer is a reading of the clock, never a count of ticks: a tick that comes late finds
 * out what happened since, in order, and lands where the clock says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-pain.h"
#include "hammy-session.h"
#include "hammy-triage.h"

/* More sleep than this between two readings is a suspend, not a slow reading. */
#define SUSPEND_THRESHOLD_US (2 * G_USEC_PER_SEC)

struct _HammySession
{
  GObject            parent_instance;

  HammyPlan         *plan;
  HammyLibrary      *library;
  HammyLog          *log;
  HammyClock        *clock;

  GPtrArray         *steps;            /* of HammySessionStep, owned */
  guint             *item_planned;     /* steps each plan item had at the start */
  guint              n_items;
  guint              planned;          /* steps at the start */
  char              *log_id;           /* NULL until started */
  guint              index;
  HammySessionState  state;
  HammySessionPause  pause;
  HammyExercise     *easier;           /* offered while the exercise is stopped */
  gboolean           resume_stopped;   /* the log ended on a set that stopped its exercise */
  int                cap;              /* pain above it stops an exercise for the day */
  GStrv              items;            /* the exercises it was made with, as the log keeps them */
  char              *warning;          /* the warning sign that ended it, or NULL */

  /* The current state's timer: time before the last resume plus time since. */
  gint64             phase_elapsed_us;
  gint64             phase_since_us;
  gboolean           halfway_cued;
  gint64             held_us;          /* how long the set waiting for a rating was held */

  gint64             active_us;
  gint64             active_since_us;
  gboolean           active_running;
  gint64             earlier_active_us;  /* before a crash, from the log */

  gint64             last_monotonic_us;
  gint64             last_boottime_us;
};

G_DEFINE_ENUM_TYPE (HammySessionState, hammy_session_state,
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_GET_READY, "get-ready"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_WORK, "work"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_RATE, "rate"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_REST, "rest"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_EXERCISE_STOPPED, "exercise-stopped"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_RED_FLAG, "red-flag"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_STATE_FINISHED, "finished"))

G_DEFINE_ENUM_TYPE (HammySessionCue, hammy_session_cue,
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_CUE_START, "start"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_CUE_HALFWAY, "halfway"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_CUE_END, "end"),
                    G_DEFINE_ENUM_VALUE (HAMMY_SESSION_CUE_REST_OVER, "rest-over"))

G_DEFINE_FINAL_TYPE (HammySession, hammy_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_PAUSED,
  PROP_STEP_INDEX,
  PROP_N_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CUE,
  SIGNAL_PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- steps --------------------------------------------------------------------------- */

static HammySessionStep *
step_at (HammySession *self,
         guint         index)
{
  return index < self->steps->len ? g_ptr_array_index (self->steps, index) : NULL;
}

static HammySessionStep *
current_step (HammySession *self)
{
  return step_at (self, self->index);
}

/* What the log calls the step: the exercise, or the ladder's run. */
static const char *
step_exercise_id (const HammySessionStep *step)
{
  return step->run ? HAMMY_PLAN_LADDER_RUN : hammy_exercise_get_id (step->exercise);
}

/* Effort is asked when there is weight to judge: an added load, or a dosage given as RPE. */
static gboolean
step_needs_effort (const HammySessionStep *step)
{
  return (step->load != NULL && g_strcmp0 (step->load, "bodyweight") != 0) ||
         hammy_exercise_get_dosage (step->exercise)->rpe_min > 0;
}

static void
add_steps (HammySession  *self,
           guint          position,
           HammyExercise *exercise,
           guint          item,
           guint          n_sets,
           gboolean       per_side,
           guint          reps,
           guint          hold_seconds,
           const char    *load,
           gboolean       easier)
{
  static const HammySide both[] = { HAMMY_SIDE_BOTH };
  static const HammySide left_right[] = { HAMMY_SIDE_LEFT, HAMMY_SIDE_RIGHT };
  const HammySide *sides = per_side ? left_right : both;
  guint n_sides = per_side ? G_N_ELEMENTS (left_right) : G_N_ELEMENTS (both);

  /* Left then right within each set: one side rests while the other works. */
  for (guint set = 1; set <= n_sets; set++)
    for (guint s = 0; s < n_sides; s++)
      {
        HammySessionStep *step = g_new0 (HammySessionStep, 1);

        step->exercise = exercise;
        step->item = item;
        step->set = set;
        step->n_sets = n_sets;
        step->side = sides[s];
        step->reps = reps;
        step->hold_seconds = reps > 0 ? 0 : hold_seconds;
        step->load = load;
        step->easier = easier;
        g_ptr_array_insert (self->steps, position++, step);
      }
}

/* A short break to change sides, a longer one between sets, longer still after a loaded set. */
static void
compute_rests (HammySession *self)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      HammySessionStep *step = step_at (self, i);
      HammySessionStep *before = i > 0 ? step_at (self, i - 1) : NULL;

      if (before == NULL)
        step->rest_seconds = 0;
      else if (before->item == step->item && before->exercise == step->exercise && before->set == step->set)
        step->rest_seconds = HAMMY_SESSION_SIDE_CHANGE_SECONDS;
      else if (step_needs_effort (before))
        step->rest_seconds = HAMMY_SESSION_LOADED_REST_SECONDS;
      else
        step->rest_seconds = HAMMY_SESSION_REST_SECONDS;
    }
}

/* The easier variant offered when pain stops @step, or NULL when there is none or no set of
 * the exercise is left to do. */
static HammyExercise *
easier_for (HammySession           *self,
            const HammySessionStep *step)
{
  const char * const *ids = hammy_exercise_get_easier (step->exercise);

  if (step->run || step->set >= step->n_sets)
    return NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (self->library, ids[i]);

      if (exercise != NULL && exercise != step->exercise &&
          hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_EXERCISE)
        return exercise;
    }

  return NULL;
}

/* The sets of @index's exercise that come after it become sets of @easier, at its own dosage:
 * as many sets as were left, on the sides it is done on. */
static void
swap_for_easier (HammySession  *self,
                 guint          index,
                 HammyExercise *easier)
{
  HammySessionStep *step = step_at (self, index);
  const HammyDosage *dosage = hammy_exercise_get_dosage (easier);
  guint item = step->item;
  guint remaining = step->n_sets - step->set;

  while (index + 1 < self->steps->len && step_at (self, index + 1)->item == item)
    g_ptr_array_remove_index (self->steps, index + 1);

  add_steps (self, index + 1, easier, item, remaining, dosage->per_side, dosage->reps, dosage->hold_seconds,
             dosage->load, TRUE);
  compute_rests (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
}

static guint
next_exercise_index (HammySession *self)
{
  HammySessionStep *step = current_step (self);
  guint next = self->index + 1;

  while (step != NULL && next < self->steps->len && step_at (self, next)->item == step->item)
    next++;

  return next;
}

static gboolean
all_steps_done (HammySession *self)
{
  for (guint i = 0; i < self->steps->len; i++)
    if (!step_at (self, i)->done)
      return FALSE;
  return TRUE;
}

/* ---- time ---------------------------------------------------------------------------- */

static gboolean
is_terminal (HammySessionState state)
{
  return state == HAMMY_SESSION_STATE_RED_FLAG || state == HAMMY_SESSION_STATE_FINISHED;
}

static gboolean
is_under_way (HammySession *self)
{
  return self->state != HAMMY_SESSION_STATE_READY && !is_terminal (self->state);
}

static gint64
phase_duration_us (HammySession *self)
{
  HammySessionStep *step = current_step (self);

  switch (self->state)
    {
    case HAMMY_SESSION_STATE_GET_READY:
      return HAMMY_SESSION_GET_READY_SECONDS * G_USEC_PER_SEC;
    case HAMMY_SESSION_STATE_WORK:
      return step != NULL ? (gint64) step->hold_seconds * G_USEC_PER_SEC : 0;
    case HAMMY_SESSION_STATE_REST:
      return step != NULL ? (gint64) step->rest_seconds * G_USEC_PER_SEC : 0;
    case HAMMY_SESSION_STATE_READY:
    case HAMMY_SESSION_STATE_RATE:
    case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
    case HAMMY_SESSION_STATE_RED_FLAG:
    case HAMMY_SESSION_STATE_FINISHED:
    default:
      return 0;
    }
}

static gint64
phase_elapsed_us (HammySession *self,
                  gint64        now)
{
  if (!is_under_way (self) || self->pause != HAMMY_SESSION_PAUSE_NONE)
    return self->phase_elapsed_us;

  return self->phase_elapsed_us + MAX (now - self->phase_since_us, 0);
}

static void
active_start (HammySession *self,
              gint64        now)
{
  if (self->active_running)
    return;
  self->active_running = TRUE;
  self->active_since_us = now;
}

static void
active_stop (HammySession *self,
             gint64        now)
{
  if (!self->active_running)
    return;
  self->active_running = FALSE;
  self->active_us += MAX (now - self->active_since_us, 0);
}

static void
set_index (HammySession *self,
           guint         index)
{
  if (self->index == index)
    return;
  self->index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
}

/* Enters @state with its timer starting at @start, which is in the past when a late tick
 * catches up. */
static void
enter_state (HammySession      *self,
             HammySessionState  state,
             gint64             start)
{
  self->phase_elapsed_us = 0;
  self->phase_since_us = start;
  self->halfway_cued = FALSE;

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
emit_cue (HammySession    *self,
          HammySessionCue  cue)
{
  g_signal_emit (self, signals[SIGNAL_CUE], 0, cue);
}

static void
set_pause (HammySession      *self,
           HammySessionPause  pause,
           gint64             now)
{
  gboolean was_paused = self->pause != HAMMY_SESSION_PAUSE_NONE;

  if (pause != HAMMY_SESSION_PAUSE_NONE && !was_paused)
    {
      self->phase_elapsed_us += MAX (now - self->phase_since_us, 0);
      active_stop (self, now);
    }
  else if (pause == HAMMY_SESSION_PAUSE_NONE && was_paused)
    {
      self->phase_since_us = now;
      active_start (self, now);
    }

  self->pause = pause;
  if (was_paused != (pause != HAMMY_SESSION_PAUSE_NONE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

static void
begin_work (HammySession *self,
            gint64        start)
{
  enter_state (self, HAMMY_SESSION_STATE_WORK, start);
  if (current_step (self)->hold_seconds > 0)
    emit_cue (self, HAMMY_SESSION_CUE_START);
}

/* A hold gets a countdown first; reps start at once and wait for "done". */
static void
begin_step (HammySession *self,
            gint64        start)
{
  self->easier = NULL;

  if (current_step (self)->hold_seconds > 0)
    enter_state (self, HAMMY_SESSION_STATE_GET_READY, start);
  else
    begin_work (self, start);
}

static void
end_session (HammySession      *self,
             HammySessionState  state,
             gint64             now)
{
  g_assert (is_terminal (state));

  set_pause (self, HAMMY_SESSION_PAUSE_NONE, now);
  active_stop (self, now);
  self->easier = NULL;
  enter_state (self, state, now);

  if (self->log_id != NULL)
    {
      const HammyLogSession *logged = hammy_log_lookup_session (self->log, self->log_id);
      g_autoptr(GDateTime) ended = hammy_clock_dup_wall_time (self->clock);
      HammySessionStatus status;

      if (all_steps_done (self))
        status = HAMMY_SESSION_DONE;
      else if (logged != NULL && logged->sets->len > 0)
        status = HAMMY_SESSION_PARTIAL;
      else
        status = HAMMY_SESSION_SKIPPED;

      if (self->warning != NULL)
        hammy_log_set_session_warning (self->log, self->log_id, self->warning);
      hammy_log_end_session (self->log, self->log_id, ended, status);
    }
}

/* To the step at @next, through its rest. */
static void
go_on (HammySession *self,
       guint         next,
       gint64        now)
{
  if (next >= self->steps->len)
    {
      end_session (self, HAMMY_SESSION_STATE_FINISHED, now);
      return;
    }

  set_index (self, next);
  self->easier = NULL;
  if (current_step (self)->rest_seconds > 0)
    enter_state (self, HAMMY_SESSION_STATE_REST, now);
  else
    begin_step (self, now);
}

/* Plays the timeline forward to @now: every timer that ran out since the last reading ends at
 * the moment it ran out, and the next one starts from there. Untimed states stop it. */
static void
run_timeline (HammySession *self,
              gint64        now)
{
  for (;;)
    {
      gint64 duration, elapsed, end;

      if (!is_under_way (self) || self->pause != HAMMY_SESSION_PAUSE_NONE)
        return;

      duration = phase_duration_us (self);
      if (duration <= 0)
        return;

      elapsed = phase_elapsed_us (self, now);
      if (self->state == HAMMY_SESSION_STATE_WORK && !self->halfway_cued && elapsed * 2 >= duration)
        {
          self->halfway_cued = TRUE;
          emit_cue (self, HAMMY_SESSION_CUE_HALFWAY);
          continue;
        }
      if (elapsed < duration)
        return;

      end = now - (elapsed - duration);
      switch (self->state)
        {
        case HAMMY_SESSION_STATE_GET_READY:
          begin_work (self, end);
          break;
        case HAMMY_SESSION_STATE_WORK:
          self->held_us = duration;
          enter_state (self, HAMMY_SESSION_STATE_RATE, end);
          emit_cue (self, HAMMY_SESSION_CUE_END);
          break;
        case HAMMY_SESSION_STATE_REST:
          begin_step (self, end);
          emit_cue (self, HAMMY_SESSION_CUE_REST_OVER);
          break;
        case HAMMY_SESSION_STATE_READY:
        case HAMMY_SESSION_STATE_RATE:
        case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
        case HAMMY_SESSION_STATE_RED_FLAG:
        case HAMMY_SESSION_STATE_FINISHED:
        default:
          g_assert_not_reached ();
        }
    }
}

/* Reads the clocks, notices a suspend since the last reading, and catches up. A timer that was
 * running when the computer slept is paused where it was: the monotonic clock stood still while
 * asleep, so the time it shows is time the person was there. Returns the monotonic reading. */
static gint64
sync_clock (HammySession *self)
{
  gint64 monotonic = hammy_clock_get_monotonic_us (self->clock);
  gint64 boottime = hammy_clock_get_boottime_us (self->clock);
  gint64 asleep = (boottime - self->last_boottime_us) - (monotonic - self->last_monotonic_us);

  self->last_monotonic_us = monotonic;
  self->last_boottime_us = boottime;

  run_timeline (self, monotonic);

  if (asleep > SUSPEND_THRESHOLD_US && self->pause == HAMMY_SESSION_PAUSE_NONE && is_under_way (self) &&
      phase_duration_us (self) > 0)
    set_pause (self, HAMMY_SESSION_PAUSE_SUSPENDED, monotonic);

  return monotonic;
}

/* ---- the log ------------------------------------------------------------------------- */

static void
on_set_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HammySession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_log_save_finish (HAMMY_LOG (source), result, &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("The last set could not be saved. %s Hammy will try again with the next set."),
                         error->message);

      g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, message);
    }
}

static void
log_set (HammySession           *self,
         const HammySessionStep *step,
         int                     pain,
         int                     effort,
         const char             *note)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (self->clock);
  HammyLogSet set = { 0 };

  set.exercise = (char *) step_exercise_id (step);
  set.side = step->side;
  set.number = step->set;
  set.reps = step->reps;
  /* A hold ended early is logged as held, to the nearest second, and at least one. */
  if (step->hold_seconds > 0)
    set.hold_seconds = MAX ((self->held_us + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC, 1);
  set.load_kg = 0;
  set.load = (char *) step->load;
  set.pain = pain;
  set.effort = effort;
  set.note = (char *) note;
  set.finished = g_date_time_to_unix (now);

  hammy_log_add_set (self->log, self->log_id, &set, on_set_saved_cb, g_object_ref (self));
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
hammy_session_finalize (GObject *object)
{
  HammySession *self = HAMMY_SESSION (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_clear_object (&self->log);
  g_clear_object (&self->clock);
  g_ptr_array_unref (self->steps);
  g_free (self->item_planned);
  g_free (self->log_id);
  g_strfreev (self->items);
  g_free (self->warning);

  G_OBJECT_CLASS (hammy_session_parent_class)->finalize (object);
}

static void
hammy_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HammySession *self = HAMMY_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->pause != HAMMY_SESSION_PAUSE_NONE);
      break;
    case PROP_STEP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, self->steps->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_class_init (HammySessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_session_finalize;
  object_class->get_property = hammy_session_get_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HAMMY_TYPE_SESSION_STATE, HAMMY_SESSION_STATE_READY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STEP_INDEX] =
    g_param_spec_uint ("step-index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A sound to play: each is emitted once, in order, also when a late tick passes several. */
  signals[SIGNAL_CUE] =
    g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HAMMY_TYPE_SESSION_CUE);
  /* A sentence for the person: a set that could not be saved. */
  signals[SIGNAL_PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hammy_session_init (HammySession *self)
{
  self->steps = g_ptr_array_new_with_free_func (g_free);
}

/* ---- public API ---------------------------------------------------------------------- */

/* The ladder's step for today, shown with the walking clip and logged as HAMMY_PLAN_LADDER_RUN,
 * which is what progression reads to move up the ladder. */
static void
add_run_step (HammySession *self,
              guint         item)
{
  HammyExercise *walk = hammy_library_lookup_exercise (self->library, "easy-walk");
  HammySessionStep *step;

  if (walk == NULL)
    return;

  add_steps (self, self->steps->len, walk, item, 1, FALSE, 0, 0, "bodyweight", FALSE);
  step = step_at (self, self->steps->len - 1);
  step->run = TRUE;
  step->ladder_step = hammy_plan_get_ladder_step (self->plan);
  self->item_planned[item] = 1;
}

/* A session over the items of @plan that @chosen marks (NULL: all of them), with the ladder's
 * run after the warm-up when @run. */
static HammySession *
session_new (HammyPlan      *plan,
             HammyLibrary   *library,
             HammyLog       *log,
             HammyClock     *clock,
             const gboolean *chosen,
             gboolean        run)
{
  HammySession *self = g_object_new (HAMMY_TYPE_SESSION, NULL);
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  guint n_plan_items, run_item;

  self->plan = g_object_ref (plan);
  self->library = g_object_ref (library);
  self->log = g_object_ref (log);
  self->clock = g_object_ref (clock);
  self->cap = hammy_plan_get_pain_cap (plan);

  /* Today's run on the ladder is one more "item", after the warm-up. */
  n_plan_items = hammy_plan_get_n_items (plan);
  run_item = run ? n_plan_items : G_MAXUINT;
  self->n_items = n_plan_items + (run_item != G_MAXUINT ? 1 : 0);
  self->item_planned = g_new0 (guint, MAX (self->n_items, 1));
  for (guint i = 0; i <= n_plan_items; i++)
    {
      const HammyPlanItem *item = i < n_plan_items ? hammy_plan_get_item (plan, i) : NULL;
      HammyExercise *exercise;
      guint before = self->steps->len;

      if (run_item != G_MAXUINT && (item == NULL || item->section != HAMMY_PLAN_SECTION_WARMUP))
        {
          add_run_step (self, run_item);
          g_strv_builder_add (items, HAMMY_PLAN_LADDER_RUN);
          run_item = G_MAXUINT;
        }
      if (item == NULL)
        break;
      if (chosen != NULL && !chosen[i])
        continue;

      /* A plan is checked against the library when it is read; this only keeps a mismatch
       * from crashing a session. */
      exercise = hammy_library_lookup_exercise (library, item->exercise);
      if (exercise == NULL)
        continue;
      add_steps (self, self->steps->len, exercise, i, item->sets, item->per_side, item->reps,
                 item->hold_seconds, item->load, FALSE);
      self->item_planned[i] = self->steps->len - before;
      g_strv_builder_add (items, item->exercise);
    }
  compute_rests (self);
  self->planned = self->steps->len;
  self->items = g_strv_builder_end (items);

  self->last_monotonic_us = hammy_clock_get_monotonic_us (clock);
  self->last_boottime_us = hammy_clock_get_boottime_us (clock);

  return self;
}

/* A new session over the whole of @plan, in READY; the log hears of it when it starts. In the
 * return phase it holds the ladder's run. */
HammySession *
hammy_session_new (HammyPlan    *plan,
                   HammyLibrary *library,
                   HammyLog     *log,
                   HammyClock   *clock)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (HAMMY_IS_CLOCK (clock), NULL);

  return session_new (plan, library, log, clock, NULL, hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN);
}

/* A new session over @n_items items of @plan, by index (today's, from HammyToday), with the
 * ladder's run when @run. */
HammySession *
hammy_session_new_for_items (HammyPlan    *plan,
                             HammyLibrary *library,
                             HammyLog     *log,
                             HammyClock   *clock,
                             const guint  *items,
                             guint         n_items,
                             gboolean      run)
{
  g_autofree gboolean *chosen = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (HAMMY_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  chosen = g_new0 (gboolean, MAX (hammy_plan_get_n_items (plan), 1));
  for (guint i = 0; i < n_items; i++)
    {
      g_return_val_if_fail (items[i] < hammy_plan_get_n_items (plan), NULL);
      chosen[items[i]] = TRUE;
    }

  return session_new (plan, library, log, clock, chosen, run);
}

static gint
find_logged_step (HammySession      *self,
                  const HammyLogSet *set,
                  guint              from)
{
  for (guint i = from; i < self->steps->len; i++)
    {
      HammySessionStep *step = step_at (self, i);

      if (g_strcmp0 (step_exercise_id (step), set->exercise) == 0 &&
          step->side == set->side && step->set == set->number)
        return i;
    }

  return -1;
}

/* The in-progress session @session_id of the log, continued after its last logged set, in
 * READY; start() goes on from there (to the stopped exercise when the last set stopped it). The
 * logged sets are played back over @plan: each marks its step done, and a swap for an easier
 * variant is made again where the log shows one. Sets the plan no longer has stay in the log
 * and are not counted. NULL when the log has no such session in progress. */
HammySession *
hammy_session_new_resume (HammyPlan    *plan,
                          HammyLibrary *library,
                          HammyLog     *log,
                          HammyClock   *clock,
                          const char   *session_id)
{
  g_autoptr(HammySession) self = NULL;
  const HammyLogSession *logged;
  guint position = 0;
  gint last = -1;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (HAMMY_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  logged = hammy_log_lookup_session (log, session_id);
  if (logged == NULL || logged->status != HAMMY_SESSION_IN_PROGRESS)
    return NULL;

  /* The items it was started with, as the log keeps them; the whole plan for an older log. */
  if (logged->items != NULL)
    {
      g_autofree gboolean *chosen = g_new0 (gboolean, MAX (hammy_plan_get_n_items (plan), 1));

      for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
        chosen[i] = g_strv_contains ((const char * const *) logged->items, hammy_plan_get_item (plan, i)->exercise);
      self = session_new (plan, library, log, clock, chosen,
                          g_strv_contains ((const char * const *) logged->items, HAMMY_PLAN_LADDER_RUN));
    }
  else
    self = session_new (plan, library, log, clock, NULL, hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN);
  self->log_id = g_strdup (logged->id);

  for (guint i = 0; i < logged->sets->len; i++)
    {
      const HammyLogSet *set = &g_array_index (logged->sets, HammyLogSet, i);
      HammySessionStep *step;
      gint found = -1;

      /* A set done again after "back" is the one just before; the same exercise may also come
       * again later in the plan, so that is asked first. Then onwards, then from the start. */
      if (position > 0 && find_logged_step (self, set, position - 1) == (gint) position - 1)
        found = position - 1;
      if (found < 0)
        found = find_logged_step (self, set, position);
      if (found < 0)
        found = find_logged_step (self, set, 0);
      if (found < 0)
        continue;

      step = step_at (self, found);
      step->done = TRUE;
      position = found + 1;
      last = found;
      self->resume_stopped = set->pain >= 0 && set->pain > self->cap;

      if (self->resume_stopped && i + 1 < logged->sets->len)
        {
          HammyExercise *easier = easier_for (self, step);
          const HammyLogSet *after = &g_array_index (logged->sets, HammyLogSet, i + 1);

          if (easier != NULL && g_strcmp0 (hammy_exercise_get_id (easier), after->exercise) == 0)
            swap_for_easier (self, found, easier);
        }
    }

  if (self->resume_stopped)
    self->index = last;
  else
    self->index = position;

  if (logged->sets->len > 0)
    {
      const HammyLogSet *latest = &g_array_index (logged->sets, HammyLogSet, logged->sets->len - 1);

      self->earlier_active_us = MAX (latest->finished - logged->started, 0) * G_USEC_PER_SEC;
    }

  return g_steal_pointer (&self);
}

/* The newest session of @log still in progress, or NULL. */
/* A session left in progress that the person chose not to take up again ends as it stood:
 * partial when it has sets, skipped when it has none, at the time of its last set. */
void
hammy_session_abandon (HammyLog   *log,
                       const char *session_id)
{
  const HammyLogSession *logged;
  g_autoptr(GDateTime) ended = NULL;
  gint64 last;

  g_return_if_fail (HAMMY_IS_LOG (log));
  g_return_if_fail (session_id != NULL);

  logged = hammy_log_lookup_session (log, session_id);
  if (logged == NULL || logged->status != HAMMY_SESSION_IN_PROGRESS)
    return;

  last = logged->started;
  for (guint i = 0; i < logged->sets->len; i++)
    last = MAX (last, g_array_index (logged->sets, HammyLogSet, i).finished);
  ended = g_date_time_new_from_unix_utc (last);
  hammy_log_end_session (log, session_id, ended,
                         logged->sets->len > 0 ? HAMMY_SESSION_PARTIAL : HAMMY_SESSION_SKIPPED);
}

const char *
hammy_session_find_resumable (HammyLog *log)
{
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);

  for (guint i = hammy_log_get_n_sessions (log); i > 0; i--)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i - 1);

      if (session->status == HAMMY_SESSION_IN_PROGRESS)
        return session->id;
    }

  return NULL;
}

HammySessionState
hammy_session_get_state (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), HAMMY_SESSION_STATE_READY);
  return self->state;
}

gboolean
hammy_session_get_paused (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);
  return self->pause != HAMMY_SESSION_PAUSE_NONE;
}

/* Why it is paused: the UI says "Paused while the computer slept" for a suspend. */
HammySessionPause
hammy_session_get_pause_reason (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), HAMMY_SESSION_PAUSE_NONE);
  return self->pause;
}

/* The log's id of this session: NULL until started. */
const char *
hammy_session_get_log_id (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);
  return self->log_id;
}

guint
hammy_session_get_n_steps (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), 0);
  return self->steps->len;
}

/* During a rest the current step is the one the rest leads to. */
guint
hammy_session_get_step_index (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), 0);
  return self->index;
}

/* Valid until the steps change (notify::n-steps). */
const HammySessionStep *
hammy_session_get_step (HammySession *self,
                        guint         index)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);
  return step_at (self, index);
}

/* NULL only when the plan gave no steps, or a resumed session had none left. */
const HammySessionStep *
hammy_session_get_current_step (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);
  return current_step (self);
}

/* What comes after the current step, after its own rest: NULL when the current step is the
 * last. While an exercise is stopped, the first step of the next exercise; during a rest, the
 * step the rest leads to. */
const HammySessionStep *
hammy_session_get_next_step (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);

  if (is_terminal (self->state))
    return NULL;
  if (self->state == HAMMY_SESSION_STATE_EXERCISE_STOPPED)
    return step_at (self, next_exercise_index (self));
  /* A rest belongs to the step it leads to: that step is what comes next. */
  if (self->state == HAMMY_SESSION_STATE_REST)
    return current_step (self);

  return step_at (self, self->index + 1);
}

/* Whether rating the current set asks for effort (RPE) as well as pain. */
gboolean
hammy_session_needs_effort (HammySession *self)
{
  HammySessionStep *step;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  step = current_step (self);
  return step != NULL && step_needs_effort (step);
}

/* While the exercise is stopped for pain: the easier variant for the sets left, or NULL. */
HammyExercise *
hammy_session_get_easier (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);
  return self->easier;
}

/* Time in the current state: the countdown, the hold, the rest, or how long the reps or the
 * rating have taken. Paused time does not count. */
gint64
hammy_session_get_elapsed_ms (HammySession *self)
{
  gint64 elapsed, duration;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), 0);

  elapsed = phase_elapsed_us (self, hammy_clock_get_monotonic_us (self->clock));
  duration = phase_duration_us (self);
  if (duration > 0)
    elapsed = MIN (elapsed, duration);

  return elapsed / 1000;
}

/* What is left of the countdown, hold or rest; 0 for untimed states. */
gint64
hammy_session_get_remaining_ms (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), 0);

  if (phase_duration_us (self) <= 0)
    return 0;

  return hammy_session_get_phase_duration_ms (self) - hammy_session_get_elapsed_ms (self);
}

/* The length of the countdown, hold or rest; 0 for untimed states. */
gint64
hammy_session_get_phase_duration_ms (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), 0);
  return phase_duration_us (self) / 1000;
}

/* Each action returns whether it did something: FALSE in a state it does not apply to, or
 * while paused, so that a key press at the wrong moment is harmless. */

gboolean
hammy_session_start (HammySession *self)
{
  g_autoptr(GDateTime) started = NULL;
  const char *phase;
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  if (self->state != HAMMY_SESSION_STATE_READY)
    {
      g_object_thaw_notify (G_OBJECT (self));
      return FALSE;
    }

  if (self->log_id == NULL)
    {
      started = hammy_clock_dup_wall_time (self->clock);
      phase = hammy_triage_phase_to_id (hammy_plan_get_phase (self->plan));
      self->log_id = g_strdup (hammy_log_begin_session (self->log, started, phase, self->planned));
      hammy_log_set_session_items (self->log, self->log_id, (const char * const *) self->items);
    }

  active_start (self, now);
  if (self->resume_stopped && current_step (self) != NULL)
    {
      self->resume_stopped = FALSE;
      enter_state (self, HAMMY_SESSION_STATE_EXERCISE_STOPPED, now);
      self->easier = easier_for (self, current_step (self));
    }
  else if (current_step (self) == NULL)
    end_session (self, HAMMY_SESSION_STATE_FINISHED, now);
  else
    begin_step (self, now);

  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

gboolean
hammy_session_pause (HammySession *self)
{
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  if (self->pause != HAMMY_SESSION_PAUSE_NONE || !is_under_way (self))
    {
      g_object_thaw_notify (G_OBJECT (self));
      return FALSE;
    }
  set_pause (self, HAMMY_SESSION_PAUSE_ASKED, now);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* Also after a suspend paused the session. */
gboolean
hammy_session_resume (HammySession *self)
{
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  if (self->pause == HAMMY_SESSION_PAUSE_NONE)
    {
      g_object_thaw_notify (G_OBJECT (self));
      return FALSE;
    }
  set_pause (self, HAMMY_SESSION_PAUSE_NONE, now);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* Enter or Space: start; skip a countdown or a rest; reps done; end a hold now (it is logged
 * as held so far); move on from a stopped exercise. */
gboolean
hammy_session_advance (HammySession *self)
{
  gboolean done = TRUE;
  HammySessionStep *step;
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  if (self->state == HAMMY_SESSION_STATE_READY)
    return hammy_session_start (self);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  step = current_step (self);

  if (self->pause != HAMMY_SESSION_PAUSE_NONE)
    done = FALSE;
  else if (self->state == HAMMY_SESSION_STATE_GET_READY)
    begin_work (self, now);
  else if (self->state == HAMMY_SESSION_STATE_WORK)
    {
      self->held_us = step->hold_seconds > 0 ? phase_elapsed_us (self, now) : 0;
      enter_state (self, HAMMY_SESSION_STATE_RATE, now);
    }
  else if (self->state == HAMMY_SESSION_STATE_REST)
    begin_step (self, now);
  else if (self->state == HAMMY_SESSION_STATE_EXERCISE_STOPPED)
    go_on (self, next_exercise_index (self), now);
  else
    done = FALSE;

  g_object_thaw_notify (G_OBJECT (self));
  return done;
}

/* Leaves the current step's exercise for the next one, which starts at once; nothing logged is
 * undone and a set not yet rated is dropped. From a stopped exercise the next one comes after a
 * rest, as from a set. */
gboolean
hammy_session_skip_exercise (HammySession *self)
{
  gboolean done = TRUE;
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);

  if (self->pause != HAMMY_SESSION_PAUSE_NONE || !is_under_way (self))
    done = FALSE;
  else if (self->state == HAMMY_SESSION_STATE_EXERCISE_STOPPED)
    go_on (self, next_exercise_index (self), now);
  else
    {
      guint next = next_exercise_index (self);

      if (next >= self->steps->len)
        end_session (self, HAMMY_SESSION_STATE_FINISHED, now);
      else
        {
          set_index (self, next);
          begin_step (self, now);
        }
    }

  g_object_thaw_notify (G_OBJECT (self));
  return done;
}

/* Whether hammy_session_skip_exercise() would do something now: not before the first set,
 * not while paused, not once the session has ended. */
gboolean
hammy_session_can_skip (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  return self->pause == HAMMY_SESSION_PAUSE_NONE && is_under_way (self);
}

/* Whether skipping now would end the whole session, because no exercise comes after this one:
 * the page asks first, so that a run of skips never ends a session by surprise. */
gboolean
hammy_session_skip_ends_session (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  return hammy_session_can_skip (self) && next_exercise_index (self) >= self->steps->len;
}

/* Whether ending now would lose anything: once started, the sets not yet done are left undone
 * for the day; before the first set there is nothing to lose. */
gboolean
hammy_session_end_loses_work (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  return !is_terminal (self->state) && self->log_id != NULL;
}

/* The first step of the item that holds step @index. */
static guint
first_step_of_item (HammySession *self,
                    guint         index)
{
  while (index > 0 && step_at (self, index - 1)->item == step_at (self, index)->item)
    index--;

  return index;
}

/* Goes back a step, or to the first set of the exercise before, and starts it from its
 * beginning; nothing moves while paused or once the session has ended. */
static gboolean
go_back (HammySession *self,
         gboolean      whole_exercise)
{
  gboolean done = TRUE;
  gint64 now;

  g_object_freeze_notify (G_OBJECT (self));
  /* First the clock: a late tick may have moved the session on. */
  now = sync_clock (self);

  if (self->pause != HAMMY_SESSION_PAUSE_NONE || !is_under_way (self) ||
      self->state == HAMMY_SESSION_STATE_EXERCISE_STOPPED)
    done = FALSE;
  else if (whole_exercise)
    {
      guint first = first_step_of_item (self, self->index);

      set_index (self, first > 0 ? first_step_of_item (self, first - 1) : 0);
      begin_step (self, now);
    }
  else
    {
      set_index (self, self->index > 0 ? self->index - 1 : 0);
      begin_step (self, now);
    }

  g_object_thaw_notify (G_OBJECT (self));
  return done;
}

/* The step before the current one, from its beginning, to do again; the first step starts
 * over. A set already logged stays in the log, and doing it again logs it again; a set not yet
 * rated is dropped. */
gboolean
hammy_session_back (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  return go_back (self, FALSE);
}

/* The exercise before the current one, from its first set; on the first exercise, its first
 * set again. As with hammy_session_back(), sets already logged stay in the log. */
gboolean
hammy_session_back_exercise (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  return go_back (self, TRUE);
}

/* Rates the set just finished and writes it to the log at once. @pain is 0–10; @effort is RPE
 * 1–10 when hammy_session_needs_effort() says so, else 0 or a value the person chose to give;
 * @note may be NULL. Pain above the plan's cap stops the exercise; otherwise the next step follows. */
gboolean
hammy_session_rate_set (HammySession *self,
                        int           pain,
                        int           effort,
                        const char   *note)
{
  HammySessionStep *step;
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (pain >= 0 && pain <= 10, FALSE);
  g_return_val_if_fail (effort >= 0 && effort <= 10, FALSE);
  g_return_val_if_fail (effort > 0 || !hammy_session_needs_effort (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  step = current_step (self);

  if (self->pause != HAMMY_SESSION_PAUSE_NONE || self->state != HAMMY_SESSION_STATE_RATE)
    {
      g_object_thaw_notify (G_OBJECT (self));
      return FALSE;
    }

  log_set (self, step, pain, effort, note);
  step->done = TRUE;

  if (pain > self->cap)
    {
      enter_state (self, HAMMY_SESSION_STATE_EXERCISE_STOPPED, now);
      self->easier = easier_for (self, step);
    }
  else
    go_on (self, self->index + 1, now);

  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/* While stopped for pain: the sets left become sets of the easier variant, after a rest. */
gboolean
hammy_session_use_easier (HammySession *self)
{
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  if (self->pause != HAMMY_SESSION_PAUSE_NONE || self->state != HAMMY_SESSION_STATE_EXERCISE_STOPPED ||
      self->easier == NULL)
    {
      g_object_thaw_notify (G_OBJECT (self));
      return FALSE;
    }

  swap_for_easier (self, self->index, self->easier);
  go_on (self, self->index + 1, now);

  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/* A warning sign (hammy_log_warning_is_known), at any moment, paused or not: the session stops
 * here for good, and the log keeps which sign it was. The person's data stops the plan. */
gboolean
hammy_session_report_warning (HammySession *self,
                              const char   *sign)
{
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);
  g_return_val_if_fail (hammy_log_warning_is_known (sign), FALSE);

  if (is_terminal (self->state))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  self->warning = g_strdup (sign);
  if (self->log_id == NULL)
    {
      g_autoptr(GDateTime) started = hammy_clock_dup_wall_time (self->clock);
      const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (self->plan));

      /* Even before the first set, the sign goes into the log, where the plan hears of it. */
      self->log_id = g_strdup (hammy_log_begin_session (self->log, started, phase, self->planned));
      hammy_log_set_session_items (self->log, self->log_id, (const char * const *) self->items);
    }
  end_session (self, HAMMY_SESSION_STATE_RED_FLAG, now);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* A warning sign the person did not name. */
gboolean
hammy_session_report_red_flag (HammySession *self)
{
  return hammy_session_report_warning (self, HAMMY_LOG_WARNING_UNNAMED);
}

/* The warning sign that ended the session, or NULL. */
const char *
hammy_session_get_warning (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), NULL);
  return self->warning;
}

/* The most a set may hurt before its exercise stops for the day. */
int
hammy_session_get_pain_cap (HammySession *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION (self), HAMMY_PAIN_ACCEPTABLE_MAX);
  return self->cap;
}

/* Ends the session now, paused or not; a set not yet rated is not logged. Before the first
 * set nothing was begun, so nothing reaches the log: the person simply leaves. */
gboolean
hammy_session_finish_early (HammySession *self)
{
  gint64 now;

  g_return_val_if_fail (HAMMY_IS_SESSION (self), FALSE);

  if (is_terminal (self->state))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  now = sync_clock (self);
  end_session (self, HAMMY_SESSION_STATE_FINISHED, now);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* For the UI to call on a timer, a few times a second: how often does not change what happens,
 * only how soon it is seen. */
void
hammy_session_tick (HammySession *self)
{
  g_return_if_fail (HAMMY_IS_SESSION (self));

  g_object_freeze_notify (G_OBJECT (self));
  sync_clock (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Done against planned, pain and effort as logged (a resumed session's earlier sets too), and
 * the active time. */
void
hammy_session_get_summary (HammySession        *self,
                           HammySessionSummary *summary)
{
  const HammyLogSession *logged;
  guint rated = 0;
  int pain_total = 0;
  gint64 active;

  g_return_if_fail (HAMMY_IS_SESSION (self));
  g_return_if_fail (summary != NULL);

  *summary = (HammySessionSummary) { 0 };
  summary->pain_max = -1;
  summary->sets_planned = self->planned;
  for (guint i = 0; i < self->steps->len; i++)
    if (step_at (self, i)->done)
      summary->sets_done++;

  logged = self->log_id != NULL ? hammy_log_lookup_session (self->log, self->log_id) : NULL;
  for (guint i = 0; logged != NULL && i < logged->sets->len; i++)
    {
      const HammyLogSet *set = &g_array_index (logged->sets, HammyLogSet, i);

      if (set->pain >= 0)
        {
          summary->pain_max = MAX (summary->pain_max, set->pain);
          pain_total += set->pain;
          rated++;
        }
      summary->effort_max = MAX (summary->effort_max, set->effort);
    }
  summary->pain_mean = rated > 0 ? (double) pain_total / rated : 0;

  active = self->earlier_active_us + self->active_us;
  if (self->active_running)
    active += MAX (hammy_clock_get_monotonic_us (self->clock) - self->active_since_us, 0);
  summary->active_ms = active / 1000;
}

/* Steps done and planned for one plan item, easier sets done in its place counted as its own. */
void
hammy_session_get_item_progress (HammySession *self,
                                 guint         item,
                                 guint        *done,
                                 guint        *planned)
{
  guint count = 0;

  g_return_if_fail (HAMMY_IS_SESSION (self));
  g_return_if_fail (item < self->n_items);

  for (guint i = 0; i < self->steps->len; i++)
    if (step_at (self, i)->item == item && step_at (self, i)->done)
      count++;

  if (done != NULL)
    *done = count;
  if (planned != NULL)
    *planned = self->item_planned[item];
}
