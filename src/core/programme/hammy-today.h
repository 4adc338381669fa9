/* hammy-today.h: today's state of the programme as one object, worked out for a day from the
 * person's data: what is due and what is new, a rest day, the week ahead, the pending step-ups or
 * phase check, a stop, the running advice, a suggestion to see a clinician, and the reasons in
 * plain words (docs/programme.md, "Today"). The Today page, the session summary, the handout and
 * the visit summary only show it; the course runner reads it.
 *
 * It reads only the weeks it needs of the log, so ten years of history cost no more than one.
 * Working it out writes down what was due on each day the app was not opened since the last
 * (the log's day records, docs/data-formats.md), so that adherence counts against them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-data.h"
#include "hammy-phase-check.h"
#include "hammy-running.h"
#include "hammy-schedule.h"
#include "hammy-session.h"

G_BEGIN_DECLS

typedef enum
{
  HAMMY_TODAY_LOADING,     /* the person's data is not read yet */
  HAMMY_TODAY_NO_PLAN,     /* no check and no plan file yet */
  HAMMY_TODAY_REFER,       /* the latest check sends the person to a clinician first */
  HAMMY_TODAY_STOPPED,     /* a warning sign or a new injury stopped the plan until a new check */
  HAMMY_TODAY_TRAINING,    /* the plan is in use */
} HammyTodayState;

/* How much of a day's due work was done (docs/programme.md, "Words"). */
typedef enum
{
  HAMMY_TODAY_DONE_NONE,
  HAMMY_TODAY_DONE_PARTIAL,  /* some sets, or a session cut short, or an exercise stopped */
  HAMMY_TODAY_DONE_FULL,     /* every due set of every occurrence, none stopped */
} HammyTodayDone;

/* The sessions that can be started now. */
typedef enum
{
  HAMMY_TODAY_SESSION_MAIN,     /* what is due and not done yet today */
  HAMMY_TODAY_SESSION_AGAIN,    /* the second time of what is due twice a day, its first done */
  HAMMY_TODAY_SESSION_PRE_RUN,  /* the routine before a run, on its own, any day */
} HammyTodaySession;

typedef struct
{
  guint             item;           /* the plan item, or HAMMY_SCHEDULE_RUN_ITEM */
  const char       *exercise;       /* its exercise id, or HAMMY_PLAN_LADDER_RUN */
  const char       *name;           /* translated */
  HammyDueSection   section;
  guint             occurrences;    /* due today: 2 for twice a day */
  guint             done;           /* of them, started in a session today already */
  gboolean          is_new;         /* never done before today */
  guint             sets;
  guint             reps;           /* 0 for a hold or a run */
  guint             hold_seconds;   /* 0 for reps or a run */
  const char       *load;           /* a HAMMY_VOCABULARY_LOAD id */
  char             *dose;           /* the dose in words; for a run, the ladder step */
  gboolean          small_range;    /* through a small range: deep hip bends wait */
  gboolean          cautions_first; /* show its cautions before anything else */
} HammyTodayItem;

typedef struct
{
  GDate             date;
  gboolean          rest;           /* nothing due */
  char            **exercises;      /* ids due that day, the ladder's run as HAMMY_PLAN_LADDER_RUN */
  char             *summary;        /* in words: the names, or that it is a rest day */
  HammyTodayDone    done;           /* today: how much is done so far; later days: none */
} HammyTodayDay;

#define HAMMY_TYPE_TODAY (hammy_today_get_type ())

G_DECLARE_FINAL_TYPE (HammyToday, hammy_today, HAMMY, TODAY, GObject)

HammyToday           *hammy_today_new                  (HammyData         *data,
                                                        GDateTime         *now);

HammyTodayState       hammy_today_get_state            (HammyToday        *self);
const GDate          *hammy_today_get_date             (HammyToday        *self);
HammyPlan            *hammy_today_get_plan             (HammyToday        *self);
HammyTriagePhase      hammy_today_get_phase            (HammyToday        *self);

guint                 hammy_today_get_n_items          (HammyToday        *self);
const HammyTodayItem *hammy_today_get_item             (HammyToday        *self,
                                                        guint              index);
gboolean              hammy_today_is_rest_day          (HammyToday        *self);
HammyTodayDone        hammy_today_get_done             (HammyToday        *self);
gboolean              hammy_today_has_session          (HammyToday        *self,
                                                        HammyTodaySession  kind);
guint                *hammy_today_dup_session_items    (HammyToday        *self,
                                                        HammyTodaySession  kind,
                                                        guint             *n_items,
                                                        gboolean          *run);
HammySession         *hammy_today_new_session          (HammyToday        *self,
                                                        HammyData         *data,
                                                        HammyTodaySession  kind);
const char * const   *hammy_today_get_next_due         (HammyToday        *self);
const char * const   *hammy_today_get_new_today        (HammyToday        *self);

guint                 hammy_today_get_n_week_days      (HammyToday        *self);
const HammyTodayDay  *hammy_today_get_week_day         (HammyToday        *self,
                                                        guint              index);

GPtrArray            *hammy_today_get_proposals        (HammyToday        *self);
const char           *hammy_today_get_hold             (HammyToday        *self);
HammyPhaseCheck      *hammy_today_get_phase_check      (HammyToday        *self);

const char           *hammy_today_get_stop_sign        (HammyToday        *self);
const char           *hammy_today_get_stop_date        (HammyToday        *self);
const char           *hammy_today_get_stop_text        (HammyToday        *self);
char                 *hammy_today_dup_stop_day_text    (HammyToday        *self);
const char           *hammy_today_get_refer_text       (HammyToday        *self);

const HammyRunningAdvice *hammy_today_get_running      (HammyToday        *self);
guint                 hammy_today_get_ladder_step      (HammyToday        *self);
gboolean              hammy_today_checkin_is_due       (HammyToday        *self);
gboolean              hammy_today_asks_run_pain        (HammyToday        *self);

const char           *hammy_today_get_not_improving    (HammyToday        *self);
const char           *hammy_today_get_migration        (HammyToday        *self);
const char * const   *hammy_today_get_keep             (HammyToday        *self);
const char * const   *hammy_today_get_reasons          (HammyToday        *self);

G_END_DECLS
