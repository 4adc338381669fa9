/* hammy-session.h: the guided session: today's plan one set at a time, with its timers, cues,
 * ratings and stops, each finished set written to the log at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-clock.h"
#include "hammy-library.h"
#include "hammy-log.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

/* The flow, step by step (a step is one set on one side):
 *
 *   READY → start → [GET_READY, holds only] → WORK → RATE → rate_set → REST → next step …
 *                                                            ↘ pain above the cap: EXERCISE_STOPPED
 *   … → FINISHED; report_warning, from anywhere: RED_FLAG.
 *
 * The cap is the plan's picture's (docs/programme.md, "Words"). A session holds the items it
 * is given: today's, from HammyToday, or the whole plan. The log keeps which ones, so that a
 * session taken up again after a crash holds the same.
 *
 * Timers are readings of the clock: the UI calls tick() a few times a second to see them run
 * out, and a late tick catches up exactly. An action returns FALSE, quietly, in a state it
 * does not apply to; while paused, only resume, finish_early and report_red_flag act. So the
 * page can bind keys without checking first, and the state says what to offer. "state",
 * "paused", "step-index" and "n-steps" notify; "cue" says which sound to play. */

#define HAMMY_SESSION_GET_READY_SECONDS 5
#define HAMMY_SESSION_SIDE_CHANGE_SECONDS 10
#define HAMMY_SESSION_REST_SECONDS 30
#define HAMMY_SESSION_LOADED_REST_SECONDS 60

typedef enum
{
  HAMMY_SESSION_STATE_READY,             /* not started yet */
  HAMMY_SESSION_STATE_GET_READY,         /* the countdown before a hold */
  HAMMY_SESSION_STATE_WORK,              /* reps: waiting for done; a hold: counting */
  HAMMY_SESSION_STATE_RATE,              /* the set is over: waiting for pain and effort */
  HAMMY_SESSION_STATE_REST,              /* the rest before the current step */
  HAMMY_SESSION_STATE_EXERCISE_STOPPED,  /* pain above the cap: easier variant or move on */
  HAMMY_SESSION_STATE_RED_FLAG,          /* stopped: the person needs a clinician */
  HAMMY_SESSION_STATE_FINISHED,
} HammySessionState;

typedef enum
{
  HAMMY_SESSION_CUE_START,      /* a hold begins */
  HAMMY_SESSION_CUE_HALFWAY,    /* a hold is half done */
  HAMMY_SESSION_CUE_END,        /* a hold ran its full time */
  HAMMY_SESSION_CUE_REST_OVER,  /* a rest ran its full time */
} HammySessionCue;

typedef enum
{
  HAMMY_SESSION_PAUSE_NONE,
  HAMMY_SESSION_PAUSE_ASKED,      /* the person paused */
  HAMMY_SESSION_PAUSE_SUSPENDED,  /* the computer slept during a timer */
} HammySessionPause;

/* One set on one side: the plan's items × sets × sides, each set left then right. */
typedef struct
{
  HammyExercise *exercise;      /* the plan's, or its easier variant after a swap */
  guint          item;          /* the plan item it comes from */
  guint          set;           /* 1-based, within the exercise and side */
  guint          n_sets;
  HammySide      side;          /* both when the exercise is not done per side */
  guint          reps;          /* 0 for a hold */
  guint          hold_seconds;  /* 0 for reps */
  const char    *load;          /* a HAMMY_VOCABULARY_LOAD id */
  guint          rest_seconds;  /* the rest before it; 0 for the first */
  gboolean       easier;        /* swapped for an easier variant after pain */
  gboolean       done;          /* rated and in the log */
  gboolean       run;           /* the running ladder's step for today (the exercise is the walk) */
  guint          ladder_step;   /* which step of the ladder, when @run */
} HammySessionStep;

typedef struct
{
  guint   sets_done;      /* steps: a per-side set counts once per side, as the log does */
  guint   sets_planned;
  int     pain_max;       /* -1 when no set was rated */
  double  pain_mean;      /* 0 when no set was rated */
  int     effort_max;     /* 0 when no set asked for effort */
  gint64  active_ms;      /* from start to the end, without pauses or sleep */
} HammySessionSummary;

#define HAMMY_TYPE_SESSION_STATE (hammy_session_state_get_type ())
#define HAMMY_TYPE_SESSION_CUE (hammy_session_cue_get_type ())
#define HAMMY_TYPE_SESSION (hammy_session_get_type ())

GType hammy_session_state_get_type (void);
GType hammy_session_cue_get_type (void);

G_DECLARE_FINAL_TYPE (HammySession, hammy_session, HAMMY, SESSION, GObject)

HammySession           *hammy_session_new                 (HammyPlan           *plan,
                                                           HammyLibrary        *library,
                                                           HammyLog            *log,
                                                           HammyClock          *clock);
HammySession           *hammy_session_new_for_items       (HammyPlan           *plan,
                                                           HammyLibrary        *library,
                                                           HammyLog            *log,
                                                           HammyClock          *clock,
                                                           const guint         *items,
                                                           guint                n_items,
                                                           gboolean             run);
HammySession           *hammy_session_new_resume          (HammyPlan           *plan,
                                                           HammyLibrary        *library,
                                                           HammyLog            *log,
                                                           HammyClock          *clock,
                                                           const char          *session_id);
const char             *hammy_session_find_resumable      (HammyLog            *log);
void                    hammy_session_abandon             (HammyLog            *log,
                                                           const char          *session_id);

HammySessionState       hammy_session_get_state           (HammySession        *self);
gboolean                hammy_session_get_paused          (HammySession        *self);
HammySessionPause       hammy_session_get_pause_reason    (HammySession        *self);
const char             *hammy_session_get_log_id          (HammySession        *self);

guint                   hammy_session_get_n_steps         (HammySession        *self);
guint                   hammy_session_get_step_index      (HammySession        *self);
const HammySessionStep *hammy_session_get_step            (HammySession        *self,
                                                           guint                index);
const HammySessionStep *hammy_session_get_current_step    (HammySession        *self);
const HammySessionStep *hammy_session_get_next_step       (HammySession        *self);
gboolean                hammy_session_needs_effort        (HammySession        *self);
HammyExercise          *hammy_session_get_easier          (HammySession        *self);

gint64                  hammy_session_get_elapsed_ms      (HammySession        *self);
gint64                  hammy_session_get_remaining_ms    (HammySession        *self);
gint64                  hammy_session_get_phase_duration_ms (HammySession      *self);

gboolean                hammy_session_start               (HammySession        *self);
gboolean                hammy_session_pause               (HammySession        *self);
gboolean                hammy_session_resume              (HammySession        *self);
gboolean                hammy_session_advance             (HammySession        *self);
gboolean                hammy_session_skip_exercise       (HammySession        *self);
gboolean                hammy_session_can_skip            (HammySession        *self);
gboolean                hammy_session_skip_ends_session   (HammySession        *self);
gboolean                hammy_session_end_loses_work      (HammySession        *self);
gboolean                hammy_session_back                (HammySession        *self);
gboolean                hammy_session_back_exercise       (HammySession        *self);
gboolean                hammy_session_rate_set            (HammySession        *self,
                                                           int                  pain,
                                                           int                  effort,
                                                           const char          *note);
gboolean                hammy_session_use_easier          (HammySession        *self);
gboolean                hammy_session_report_red_flag     (HammySession        *self);
gboolean                hammy_session_report_warning      (HammySession        *self,
                                                           const char          *sign);
const char             *hammy_session_get_warning         (HammySession        *self);
int                     hammy_session_get_pain_cap        (HammySession        *self);
gboolean                hammy_session_finish_early        (HammySession        *self);
void                    hammy_session_tick                (HammySession        *self);

void                    hammy_session_get_summary         (HammySession        *self,
                                                           HammySessionSummary *summary);
void                    hammy_session_get_item_progress   (HammySession        *self,
                                                           guint                item,
                                                           guint               *done,
                                                           guint               *planned);

G_END_DECLS
