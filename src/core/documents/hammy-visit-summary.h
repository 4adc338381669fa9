/* hammy-visit-summary.h: one page for the clinician: sessions done, pain during them and the
 * mornings after, the sore side against the other, what needs a look and the check-ins, since a day;
 * each exercise against what was due of it, and the running advice Today gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-data.h"
#include "hammy-handout.h"
#include "hammy-history.h"

G_BEGIN_DECLS

/* Pain during sessions, the first half of the period against the last, by the two-point rule. */
typedef enum
{
  HAMMY_VISIT_TREND_UNKNOWN,    /* fewer than HAMMY_PAIN_TREND_MIN_SESSIONS with a pain rating */
  HAMMY_VISIT_TREND_BETTER,
  HAMMY_VISIT_TREND_SAME,
  HAMMY_VISIT_TREND_WORSE,
} HammyVisitTrend;

/* In the order a clinician reads them: the most pressing first. */
typedef enum
{
  HAMMY_VISIT_FLAG_CHECK,         /* the latest check sends the person to a clinician */
  HAMMY_VISIT_FLAG_WARNING_SIGN,  /* a morning check-in noted a warning sign */
  HAMMY_VISIT_FLAG_STOPPED,       /* a set above the cap: that exercise stopped for the day */
  HAMMY_VISIT_FLAG_NOTE,          /* the person's own words on a set: hidden on a shared screen */
} HammyVisitFlagKind;

typedef struct
{
  HammyVisitFlagKind  kind;
  GDate               date;
  char               *text;     /* one or two sentences */
} HammyVisitFlag;

typedef struct
{
  GDate          date;
  HammyCompared  leg;           /* the leg against a usual morning */
  gboolean       red_flag;      /* a warning sign was noted */
  const char    *warning;       /* which, translated, or NULL when none or not named */
  char          *day;           /* the morning, short, as in “Tue 3 Mar” */
  char          *text;          /* how it felt, as in “Leg better than usual.” */
} HammyVisitCheckin;

typedef struct
{
  guint  n_days;                /* in the period, both ends included */
  guint  n_due;                 /* days something was due: see hammy_visit_summary_new() */
  guint  n_days_trained;        /* of them, days with a session done in full or in part */
  guint  due;                   /* exercises due, each occurrence once */
  guint  due_done;              /* of them, done */
  guint  n_done;                /* sessions */
  guint  n_partial;
  guint  n_skipped;
  guint  sets_done;
  guint  sets_planned;
} HammyVisitAdherence;

typedef struct
{
  guint            n_sessions;  /* sessions with sets */
  guint            n_rated;     /* of them, with a pain rating */
  int              highest;     /* of the sessions' highest pain, or -1 */
  int              latest;      /* the latest session's highest pain, or -1 */
  guint            n_above;     /* sessions that went above the picture's cap */
  HammyVisitTrend  trend;
  double           early;       /* with a trend: the means compared */
  double           late;
  guint            n_mornings;  /* check-ins */
  guint            n_better;    /* mornings, by the worse of pain and stiffness */
  guint            n_same;
  guint            n_worse;     /* a warning sign counts as worse */
  guint            n_warnings;
  guint            n_effort;    /* sets with an effort rating */
  double           effort;      /* their mean effort, 1–10 */
} HammyVisitPain;

typedef struct
{
  const char *exercise;         /* the library id */
  const char *name;
  char       *sore;             /* the best set on the sore side (the left when unknown), in words */
  char       *other;
  int         percent;          /* the sore side against the other, or -1 */
} HammyVisitSideRow;

#define HAMMY_TYPE_VISIT_SUMMARY (hammy_visit_summary_get_type ())

G_DECLARE_FINAL_TYPE (HammyVisitSummary, hammy_visit_summary, HAMMY, VISIT_SUMMARY, GObject)

HammyVisitSummary         *hammy_visit_summary_new             (HammyLog            *log,
                                                                HammyPlan           *plan,
                                                                HammyLibrary        *library,
                                                                HammyAssessment     *latest,
                                                                HammySide            sore,
                                                                const GDate         *since,
                                                                const GDate         *today);
HammyVisitSummary         *hammy_visit_summary_new_for_data    (HammyData           *data,
                                                                const GDate         *since,
                                                                GDateTime           *now);

const GDate               *hammy_visit_summary_get_since       (HammyVisitSummary   *self);
const GDate               *hammy_visit_summary_get_today       (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_title       (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_date_line   (HammyVisitSummary   *self);
void                       hammy_visit_summary_set_patient     (HammyVisitSummary   *self,
                                                                const char          *name);
const char                *hammy_visit_summary_get_patient_line (HammyVisitSummary  *self);
void                       hammy_visit_summary_set_clinician   (HammyVisitSummary   *self,
                                                                const char          *text);
const char                *hammy_visit_summary_get_clinician_line (HammyVisitSummary *self);
const char                *hammy_visit_summary_get_period_line (HammyVisitSummary   *self);

HammyHandout              *hammy_visit_summary_get_plan        (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_plan_text   (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_check_line  (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_private_note (HammyVisitSummary  *self);

const HammyVisitAdherence *hammy_visit_summary_get_adherence   (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_adherence_text (HammyVisitSummary *self);
const char * const        *hammy_visit_summary_get_exercise_lines (HammyVisitSummary *self);
const char                *hammy_visit_summary_get_running_text (HammyVisitSummary *self);

const HammyVisitPain      *hammy_visit_summary_get_pain        (HammyVisitSummary   *self);
const HammyPainTrend      *hammy_visit_summary_get_pain_trend  (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_pain_reading (HammyVisitSummary  *self);
const char                *hammy_visit_summary_get_pain_text   (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_mornings_text (HammyVisitSummary *self);

HammySide                  hammy_visit_summary_get_sore_side   (HammyVisitSummary   *self);
GPtrArray                 *hammy_visit_summary_get_side_comparisons (HammyVisitSummary *self);
const char                *hammy_visit_summary_get_sides_text  (HammyVisitSummary   *self);
const char                *hammy_visit_summary_get_sides_intro (HammyVisitSummary   *self);
guint                      hammy_visit_summary_get_n_side_rows (HammyVisitSummary   *self);
const HammyVisitSideRow   *hammy_visit_summary_get_side_row    (HammyVisitSummary   *self,
                                                                guint                index);

guint                      hammy_visit_summary_get_n_flags     (HammyVisitSummary   *self);
const HammyVisitFlag      *hammy_visit_summary_get_flag        (HammyVisitSummary   *self,
                                                                guint                index);
const char                *hammy_visit_summary_get_flags_text  (HammyVisitSummary   *self);

guint                      hammy_visit_summary_get_n_checkins  (HammyVisitSummary   *self);
const HammyVisitCheckin   *hammy_visit_summary_get_checkin     (HammyVisitSummary   *self,
                                                                guint                index);

const char                *hammy_visit_summary_get_notice      (HammyVisitSummary   *self);

G_END_DECLS
