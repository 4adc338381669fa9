/* hammy-schedule.h: each exercise on days of its own: what a plan puts on a day, from how often
 * each item is done, the heavy lengthening group's limits, new exercises a few at a time, and
 * what was done on the days before (docs/programme.md, "Schedule").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-frequency.h"
#include "hammy-log.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

#define HAMMY_GROUP_HEAVY_LENGTHENING "heavy-lengthening"
#define HAMMY_GROUP_WALKING           "walking"
#define HAMMY_GROUP_STRENGTH          "strength"

/* The heavy lengthening group, counted together: never two days in a row, at most this many
 * days in any seven, at most this many of its exercises in one session. */
#define HAMMY_SCHEDULE_HEAVY_DAYS_PER_WEEK 3
#define HAMMY_SCHEDULE_HEAVY_PER_SESSION   2
/* New exercises on a day: on a programme's first day, and on every day after it. */
#define HAMMY_SCHEDULE_NEW_FIRST_DAY       4
#define HAMMY_SCHEDULE_NEW_PER_DAY         2
/* Weeks at the full frequency, after the build-up, before the warm-up phase keeps an exercise at
 * its keep frequency (a ten-week Nordic programme, then once a week). */
#define HAMMY_SCHEDULE_FULL_WEEKS          8
/* How far back the schedule looks: no frequency waits longer than a week. */
#define HAMMY_SCHEDULE_LOOK_BACK_DAYS      14
/* The week strip. */
#define HAMMY_SCHEDULE_WEEK_DAYS           7

/* Whether an item in @group and @section may be done at @frequency: heavy lengthening never more
 * often than three days a week, strength never two days running, and only warm-ups go with
 * strength work or a run. Refused with a sentence. */
gboolean        hammy_schedule_check_frequency  (const char        *group,
                                                 HammyPlanSection   section,
                                                 const char        *frequency,
                                                 GError           **error);

/* What was done on the days before a day, as the schedule reads it: from the log, or the week
 * ahead as it would go if everything due were done. */
typedef struct _HammyDoneRecord HammyDoneRecord;

HammyDoneRecord *hammy_done_record_new          (void);
HammyDoneRecord *hammy_done_record_new_from_log (HammyLog          *log,
                                                 HammyPlan         *plan,
                                                 const GDate       *first,
                                                 const GDate       *last);
HammyDoneRecord *hammy_done_record_copy         (const HammyDoneRecord *self);
void             hammy_done_record_free         (HammyDoneRecord   *self);
void             hammy_done_record_add          (HammyDoneRecord   *self,
                                                 const char        *exercise,
                                                 const GDate       *day,
                                                 gboolean           heavy);
void             hammy_done_record_add_run      (HammyDoneRecord   *self,
                                                 const GDate       *day);
void             hammy_done_record_set_first    (HammyDoneRecord   *self,
                                                 const char        *exercise,
                                                 const GDate       *day);
gboolean         hammy_done_record_knows        (const HammyDoneRecord *self,
                                                 const char        *exercise,
                                                 const GDate       *before);
gboolean         hammy_done_record_get_last     (const HammyDoneRecord *self,
                                                 const char        *exercise,
                                                 const GDate       *before,
                                                 GDate             *last);
gboolean         hammy_done_record_did_heavy    (const HammyDoneRecord *self,
                                                 const GDate       *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyDoneRecord, hammy_done_record_free)

typedef enum
{
  HAMMY_DUE_WARMUP,
  HAMMY_DUE_CIRCUIT,
  HAMMY_DUE_RUN,        /* the running ladder's run of the day */
} HammyDueSection;

/* The item number of the ladder's run in a day's list. */
#define HAMMY_SCHEDULE_RUN_ITEM G_MAXUINT

typedef struct
{
  guint            item;          /* the plan item, or HAMMY_SCHEDULE_RUN_ITEM */
  HammyDueSection  section;
  guint            occurrences;   /* 2 for twice a day */
  gboolean         is_new;        /* never done in this profile before that day */
} HammyDue;

/* Why an item is not due on a day, the first reason that holds. */
typedef enum
{
  HAMMY_HELD_NONE,              /* it is due */
  HAMMY_HELD_WAITING,           /* its pathway waits for something (hammy-pathways.h) */
  HAMMY_HELD_REST,              /* a rest day after a step back */
  HAMMY_HELD_FREQUENCY,         /* its frequency puts it on another day */
  HAMMY_HELD_NO_RUN,            /* a routine before runs, and no run today */
  HAMMY_HELD_NO_STRENGTH,       /* a warm-up before strength work, and none today */
  HAMMY_HELD_HEAVY_YESTERDAY,   /* heavy lengthening yesterday */
  HAMMY_HELD_HEAVY_WEEK,        /* heavy lengthening on three days of the last seven already */
  HAMMY_HELD_HEAVY_SESSION,     /* two heavy lengthening exercises today already */
  HAMMY_HELD_NEW_LIMIT,         /* enough exercises new to the person today already */
} HammyHeld;

typedef struct
{
  HammyPlan       *plan;
  const gboolean  *waiting;   /* per plan item: its pathway still waits; NULL: none waits */
  gboolean         no_runs;   /* the running advice is to stop: no run and no routine for one */
} HammyScheduleInput;

GArray         *hammy_schedule_get_due          (const HammyScheduleInput *input,
                                                 const HammyDoneRecord    *record,
                                                 const GDate              *day,
                                                 HammyHeld                *held);
GPtrArray      *hammy_schedule_project          (const HammyScheduleInput *input,
                                                 const HammyDoneRecord    *record,
                                                 const GDate              *first,
                                                 guint                     n_days);
HammyFrequency  hammy_schedule_get_frequency    (HammyPlan                *plan,
                                                 const HammyPlanItem      *item,
                                                 const GDate              *day);
char           *hammy_schedule_dup_frequency_text (HammyPlan              *plan,
                                                 const HammyPlanItem      *item,
                                                 const GDate              *day);
char           *hammy_schedule_dup_dose_text    (HammyPlan                *plan,
                                                 const HammyPlanItem      *item,
                                                 const GDate              *day);
gboolean        hammy_schedule_item_is_heavy    (HammyPlan                *plan,
                                                 const HammyPlanItem      *item);
gboolean        hammy_schedule_offers_runs      (HammyPlan                *plan);

G_END_DECLS
