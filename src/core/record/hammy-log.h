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
  HammyCompared  pain;
  HammyCompared  stiffness;
  gboolean       red_flag;
} HammyLogCheckin;

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

const char            *hammy_log_begin_session      (HammyLog            *self,
                                                     GDateTime           *started,
                                                     const char          *phase,
                                                     guint                planned_sets);
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
gboolean               hammy_log_save_finish        (HammyLog            *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

/* Merges sessions and check-ins the log does not have yet (by id and date); returns how many
 * were added. Nothing already in the log is changed. */
guint                  hammy_log_merge_month        (HammyLog            *self,
                                                     JsonObject          *month,
                                                     GError             **error);
JsonNode              *hammy_log_month_to_json      (HammyLog            *self,
                                                     const char          *month);
GStrv                  hammy_log_dup_months         (HammyLog            *self);

/* For fuzzing and the corpus: checks bytes as a month file, with no store involved. */
gboolean               hammy_log_check_month_bytes  (const char          *data,
                                                     gsize                length,
                                                     GError             **error);

G_END_DECLS
