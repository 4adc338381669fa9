/* hammy-history.h: what the log says over time, for the History page: a month of days, the
 * pain trend, weekly volume and the sore side against the other, each also said in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-library.h"
#include "hammy-log.h"
#include "hammy-triage.h"

G_BEGIN_DECLS

/* A change of about two points out of ten is the smallest a person reliably feels
 * (docs/content.md, "Pain and effort"); a trend needs at least this many sessions with a pain
 * rating. */
#define HAMMY_PAIN_MEANINGFUL_CHANGE   2.0
#define HAMMY_PAIN_TREND_MIN_SESSIONS  4
/* Or about 30% of where it started (docs/content.md), as long as it is a whole point: less is
 * within the noise of a single rating. */
#define HAMMY_PAIN_MEANINGFUL_SHARE    0.3
#define HAMMY_PAIN_MEANINGFUL_FLOOR    1.0

/* From least to most done: a day shows the most done of its sessions. */
typedef enum
{
  HAMMY_DAY_EMPTY,
  HAMMY_DAY_SKIPPED,
  HAMMY_DAY_PARTIAL,
  HAMMY_DAY_DONE,
} HammyDayStatus;

typedef struct
{
  GDate           date;
  HammyDayStatus  status;
  guint           n_sessions;   /* sessions that count: see hammy_history_get_month() */
  guint           n_sets;
  int             max_pain;     /* 0–10, or -1 when no set that day had a pain given */
  guint           due;          /* exercises due that day, each occurrence once; 0 when not known */
  guint           due_done;     /* of them, started in a session that day */
  gboolean        rest;         /* the day's record says nothing was due */
} HammyHistoryDay;

/* What was done against what was due (docs/programme.md, "Schedule"): the days the log has a
 * record of what was due for, and each exercise due counted once an occurrence. */
typedef struct
{
  guint  days_due;              /* days with something due */
  guint  days_trained;          /* of them, days with a session that did something */
  guint  due;                   /* exercises due, each occurrence once */
  guint  done;                  /* of them, started in a session that day */
} HammyAdherence;

/* One exercise against what was due of it. */
typedef struct
{
  char  *exercise;              /* an exercise id, or HAMMY_HISTORY_RUN */
  guint  due;                   /* times due, each occurrence once */
  guint  done;                  /* of them, started in a session that day */
} HammyExerciseAdherence;

/* The id the log keeps a run of the running ladder under (HAMMY_PLAN_LADDER_RUN). */
#define HAMMY_HISTORY_RUN "ladder-run"

typedef struct
{
  GDateYear        year;
  GDateMonth       month;
  guint            n_days;
  HammyHistoryDay  days[31];    /* days[0] is the 1st */
  guint            n_done;      /* days, not sessions */
  guint            n_partial;
  guint            n_skipped;   /* sessions ended unused; days due and missed count as of a day */
  guint            n_rest;      /* rest days with nothing done */
} HammyHistoryMonth;

typedef struct
{
  GDate   date;
  gint64  started;
  int     max_pain;             /* -1 when no set had a pain given */
  double  mean_pain;            /* -1 when no set had a pain given */
  guint   n_rated;              /* sets with a pain given */
} HammyPainPoint;

typedef struct
{
  GDate          date;
  HammyCompared  leg;           /* the leg against a usual morning, as the person said */
  gboolean       red_flag;      /* a warning sign was noted */
  const char    *warning;       /* which one (hammy_log_warning_is_known), or NULL */
  HammyCompared  value;         /* the leg, WORSE with a warning sign */
} HammyMorningPoint;

typedef struct
{
  GDate   first;                /* the window, both days included */
  GDate   last;
  GArray *sessions;             /* of HammyPainPoint, oldest first: sessions with sets */
  GArray *mornings;             /* of HammyMorningPoint, oldest first */
} HammyPainTrend;

typedef struct
{
  GDate  monday;
  guint  iso_year;
  guint  iso_week;
  guint  n_sessions;            /* sessions with at least one set */
  guint  n_sets;
  guint  reps;
  guint  hold_seconds;
} HammyWeekVolume;

typedef struct
{
  guint   n_sets;
  guint   best_reps;
  double  mean_reps;            /* over sets with reps */
  guint   best_hold;            /* seconds */
  double  mean_hold;            /* over sets with a hold */
  double  best_load_kg;
  double  mean_load_kg;         /* over sets with added weight */
} HammySideStats;

typedef struct
{
  char           *exercise;     /* an exercise id */
  HammySideStats  left;
  HammySideStats  right;
} HammySideComparison;

/* Where the sore side came from. */
typedef enum
{
  HAMMY_SORE_SIDE_UNKNOWN,
  HAMMY_SORE_SIDE_FROM_CHECK,
  HAMMY_SORE_SIDE_CHOSEN,
} HammySoreSideSource;

void             hammy_history_get_month          (HammyLog                  *log,
                                                   GDateYear                  year,
                                                   GDateMonth                 month,
                                                   HammyHistoryMonth         *out);
char            *hammy_history_describe_month     (const HammyHistoryMonth   *month,
                                                   const GDate               *today);
char            *hammy_history_describe_day       (const HammyHistoryDay     *day,
                                                   const GDate               *today);
HammyDayStatus   hammy_history_day_get_status     (const HammyHistoryDay     *day,
                                                   const GDate               *today);
gboolean         hammy_history_day_is_rest        (const HammyHistoryDay     *day);
void             hammy_history_get_adherence      (HammyLog                  *log,
                                                   const GDate               *first,
                                                   const GDate               *last,
                                                   HammyAdherence            *out);
char            *hammy_history_describe_adherence (const HammyAdherence      *adherence);
GArray          *hammy_history_get_exercise_adherence (HammyLog              *log,
                                                   const GDate               *first,
                                                   const GDate               *last);
char            *hammy_history_describe_exercise_adherence (const HammyExerciseAdherence *adherence,
                                                   HammyLibrary              *library);
gboolean         hammy_history_get_first_date     (HammyLog                  *log,
                                                   GDate                     *out);
gboolean         hammy_history_get_session_date   (const HammyLogSession     *session,
                                                   GDate                     *out);
gboolean         hammy_history_get_checkin_date   (const HammyLogCheckin     *checkin,
                                                   GDate                     *out);

HammyPainTrend  *hammy_pain_trend_new             (HammyLog                  *log,
                                                   const GDate               *today,
                                                   guint                      n_days);
void             hammy_pain_trend_free            (HammyPainTrend            *trend);
char            *hammy_pain_trend_describe        (const HammyPainTrend      *trend);
gboolean             hammy_pain_change_is_meaningful (double early,
                                                      double late);
gboolean         hammy_pain_trend_get_change      (const HammyPainTrend      *trend,
                                                   double                    *early,
                                                   double                    *late);

GArray          *hammy_history_get_weekly_volume  (HammyLog                  *log,
                                                   const GDate               *today,
                                                   guint                      n_weeks);
char            *hammy_history_describe_volume    (GArray                    *weeks);

GPtrArray       *hammy_history_compare_sides      (HammyLog                  *log,
                                                   const GDate               *today,
                                                   guint                      n_days);
char            *hammy_history_describe_sides     (GPtrArray                 *comparisons,
                                                   HammySide                  sore,
                                                   HammyLibrary              *library,
                                                   guint                      n_days);
char            *hammy_history_format_duration    (guint                      seconds);
char            *hammy_history_format_load        (double                     kg);
void             hammy_side_comparison_free       (HammySideComparison       *comparison);
const HammySideStats *hammy_side_comparison_get   (const HammySideComparison *comparison,
                                                   HammySide                  side);

HammySide        hammy_history_get_check_side     (HammyAssessment           *assessment);
HammySide        hammy_history_resolve_sore_side  (HammyAssessment           *latest,
                                                   HammySide                  chosen,
                                                   GDateTime                 *chosen_at,
                                                   HammySoreSideSource       *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyPainTrend, hammy_pain_trend_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammySideComparison, hammy_side_comparison_free)

G_END_DECLS
