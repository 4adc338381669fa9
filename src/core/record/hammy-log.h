/* hammy-log.h: what was done, set by set, and how the mornings after felt. Kept as one
 * JSON file a month, so that saving a set rewrites one month, never the whole history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-store.h"

G_BEGIN_DECLS

typedef enum
{
  HAMMY_SIDE_BOTH,
  HAMMY_SIDE_LEFT,
  HAMMY_SIDE_RIGHT,
} HammySide;

typedef enum
{
  HAMMY_SESSION_IN_PROGRESS,
  HAMMY_SESSION_DONE,
  HAMMY_SESSION_PARTIAL,
  HAMMY_SESSION_SKIPPED,
} HammySessionStatus;

typedef struct
{
  char      *exercise;       /* an exercise id */
  HammySide  side;
  guint      number;         /* 1-based within the exercise and side */
  guint      reps;           /* 0 for a hold */
  guint      hold_seconds;   /* 0 for reps */
  double     load_kg;        /* 0 when there was no added weight */
  int        pain;           /* 0–10, or -1 when not given */
  int        effort;         /* RPE 1–10, or 0 when it does not apply */
  char      *note;           /* or NULL */
  gint64     finished;       /* seconds since the epoch */
  char      *load;           /* the plan's load for it (a HAMMY_VOCABULARY_LOAD id), or NULL */
} HammyLogSet;

typedef struct
{
  char               *id;
  gint64              started;       /* seconds since the epoch */
  gint64              ended;         /* 0 while in progress */
  char               *phase;         /* a phase id */
  guint               planned_sets;
  HammySessionStatus  status;
  GArray             *sets;          /* of HammyLogSet */
  char              **items;         /* the exercises it was started with (the day's, not the
                                      * whole plan's), or NULL when not kept */
  char               *warning;       /* the warning sign that stopped it, or NULL */
} HammyLogSession;

typedef enum
{
  HAMMY_COMPARED_BETTER = -1,
  HAMMY_COMPARED_SAME = 0,
  HAMMY_COMPARED_WORSE = 1,
} HammyCompared;

typedef struct
{
  char          *date;        /* YYYY-MM-DD, the morning it was given */
  HammyCompared  leg;         /* how the leg is this morning against a usual morning */
  char          *warning;     /* a warning sign (hammy_log_warning_is_known), or NULL */
  int            run_pain;    /* after a day with a run: how much it hurt, 0–10; -1 not given */
  gboolean       reinjury;    /* a new sudden pain or a pop since the day before */
} HammyLogCheckin;

/* What was due on a day, as the schedule gave it: the measure of adherence. */
typedef struct
{
  char   *date;               /* YYYY-MM-DD */
  char  **exercises;          /* exercise ids; a ladder run is HAMMY_PLAN_LADDER_RUN */
  guint  *occurrences;        /* for each: how many times that day (2 for twice a day) */
} HammyLogDue;

/* The warning signs (docs/programme.md, "Words"): every red flag of a check, numbness and bone
 * stress signs; "unnamed" is a sign an older Hammy kept without saying which. */
#define HAMMY_LOG_WARNING_UNNAMED "unnamed"

#define HAMMY_LOG_MAX_MONTH_BYTES (8 * 1024 * 1024)

extern const HammyStoreFormat hammy_log_month_format;

#define HAMMY_TYPE_LOG (hammy_log_get_type ())

G_DECLARE_FINAL_TYPE (HammyLog, hammy_log, HAMMY, LOG, GObject)

HammyLog              *hammy_log_new                (HammyStore          *store,
                                                     const char          *relative_dir);
HammyLog              *hammy_log_load               (HammyStore          *store,
                                                     const char          *relative_dir,
                                                     GPtrArray          **problems);
void                   hammy_log_load_async         (HammyStore          *store,
                                                     const char          *relative_dir,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
HammyLog              *hammy_log_load_finish        (GAsyncResult        *result,
                                                     GPtrArray          **problems,
                                                     GError             **error);

guint                  hammy_log_get_n_sessions     (HammyLog            *self);
const HammyLogSession *hammy_log_get_session        (HammyLog            *self,
                                                     guint                index);
const HammyLogSession *hammy_log_lookup_session     (HammyLog            *self,
                                                     const char          *id);
guint                  hammy_log_get_n_sets         (HammyLog            *self);
guint                  hammy_log_get_n_checkins     (HammyLog            *self);
const HammyLogCheckin *hammy_log_get_checkin        (HammyLog            *self,
                                                     guint                index);
guint                  hammy_log_find_session       (HammyLog            *self,
                                                     gint64               started);
GPtrArray             *hammy_log_dup_sessions_of_day (HammyLog           *self,
                                                     const GDate         *day);
guint                  hammy_log_count_occurrences  (GPtrArray           *sessions,
                                                     const char          *exercise);
guint                  hammy_log_find_checkin       (HammyLog            *self,
                                                     const char          *date);
const HammyLogCheckin *hammy_log_lookup_checkin     (HammyLog            *self,
                                                     const char          *date);
gboolean               hammy_log_get_first_done     (HammyLog            *self,
                                                     const char          *exercise,
                                                     GDate               *day);
guint                  hammy_log_get_n_dues         (HammyLog            *self);
const HammyLogDue     *hammy_log_get_due            (HammyLog            *self,
                                                     guint                index);
guint                  hammy_log_find_due           (HammyLog            *self,
                                                     const char          *date);
const HammyLogDue     *hammy_log_lookup_due         (HammyLog            *self,
                                                     const char          *date);
gboolean               hammy_log_warning_is_known   (const char          *sign);
const char * const    *hammy_log_get_warnings       (void);

const char            *hammy_log_begin_session      (HammyLog            *self,
                                                     GDateTime           *started,
                                                     const char          *phase,
                                                     guint                planned_sets);
void                   hammy_log_set_session_items  (HammyLog            *self,
                                                     const char          *session_id,
                                                     const char * const  *items);
void                   hammy_log_set_session_warning (HammyLog           *self,
                                                     const char          *session_id,
                                                     const char          *warning);
void                   hammy_log_add_set            (HammyLog            *self,
                                                     const char          *session_id,
                                                     const HammyLogSet   *set,
                                                     GAsyncReadyCallback  saved,
                                                     gpointer             user_data);
void                   hammy_log_end_session        (HammyLog            *self,
                                                     const char          *session_id,
                                                     GDateTime           *ended,
                                                     HammySessionStatus   status);
void                   hammy_log_add_checkin        (HammyLog            *self,
                                                     const HammyLogCheckin *checkin);
void                   hammy_log_set_due            (HammyLog            *self,
                                                     const HammyLogDue   *due);
gboolean               hammy_log_save_finish        (HammyLog            *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* Merges sessions, check-ins and due records the log does not have yet (by id and date);
 * returns how many were added. Nothing already in the log is changed. */
guint                  hammy_log_merge_month        (HammyLog            *self,
                                                     JsonObject          *month,
                                                     GError             **error);
/* Merges months of a backup (of JsonObject) as one step: when the months that would be
 * written are beyond what the reader takes, nothing changes and @error says which. */
guint                  hammy_log_merge_months       (HammyLog            *self,
                                                     GPtrArray           *months,
                                                     GError             **error);

/* A backup's months merged in steps, so that the work is done off the main thread and the files
 * are written with the rest of a restore: made and applied on the main thread, prepared on any
 * (docs/data-formats.md, ".hammybackup files"). */
typedef struct _HammyLogMerge HammyLogMerge;

HammyLogMerge         *hammy_log_merge_new          (HammyLog            *self,
                                                     GPtrArray           *months);
gboolean               hammy_log_merge_prepare      (HammyLogMerge       *merge,
                                                     GError             **error);
GPtrArray             *hammy_log_merge_get_writes   (HammyLogMerge       *merge);
guint                  hammy_log_merge_count_months (HammyLog            *self,
                                                     HammyLogMerge       *merge);
guint                  hammy_log_merge_apply        (HammyLog            *self,
                                                     HammyLogMerge       *merge);
void                   hammy_log_merge_free         (HammyLogMerge       *merge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyLogMerge, hammy_log_merge_free)
JsonNode              *hammy_log_month_to_json      (HammyLog            *self,
                                                     const char          *month);
GStrv                  hammy_log_dup_months         (HammyLog            *self);

/* For fuzzing and the corpus: checks bytes as a month file, with no store involved. */
gboolean               hammy_log_check_month_bytes  (const char          *data,
                                                     gsize                length,
                                                     GError             **error);

G_END_DECLS
