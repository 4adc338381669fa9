/* hammy-data-private.h: what the files of HammyData share: its fields, the reading of a folder
 * off the main thread, and how each job saves and tells the pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-check-file.h"
#include "hammy-data.h"

G_BEGIN_DECLS

/* The first profile's folder, which was the only folder before there were profiles. */
#define HAMMY_DATA_FIRST_PROFILE_DIR "profiles" G_DIR_SEPARATOR_S HAMMY_PROFILE_FIRST_ID
#define HAMMY_DATA_SORE_SIDE_FILE "sore-side.json"

struct _HammyData
{
  GObject        parent_instance;

  HammyStore    *store;
  HammyLibrary  *library;
  HammyClock    *clock;         /* what every stamp in the files comes from */
  char          *profile_dir;   /* the profile in use, relative to the data folder */

  GListStore    *profiles;      /* of HammyProfile, in the order shown; empty until loaded */
  HammyProfile  *current;       /* NULL until loading is done */
  GPtrArray     *deleted;       /* of HammyDeletedProfile: profiles Undo can still bring back */
  guint          generation;    /* of the latest reading; an older one is dropped */

  gboolean       loaded;
  gboolean       loading;
  gboolean       read_only;
  char          *read_only_reason; /* why nothing is saved, in a sentence, when read_only */
  GPtrArray     *history_pending;  /* of HammyStoreWrite: replaced plans not yet in plan-history */
  HammyPlan     *plan;
  GListStore    *assessments;   /* newest first */
  HammyLog      *log;
  HammyOwnClips *own_clips;
  HammySide      sore_side;     /* the person's choice, BOTH when none */
  GDateTime     *sore_side_chosen;
  GHashTable    *prompted_on;   /* profile folder → the day the check-in was last offered there */
};

/* ---- hammy-data.c: the facade -------------------------------------------------------- */

void      hammy_data_emit_changed           (HammyData            *self);
void      hammy_data_emit_problem           (HammyData            *self,
                                             const char           *message);
void      hammy_data_notify_current_profile (HammyData            *self);

/* From here on the files are read from and written to @profile_dir; what was shown of the
 * profile before goes. */
void      hammy_data_set_profile_dir        (HammyData            *self,
                                             const char           *profile_dir);
/* Reads the profile in use on a thread, and everything else too when @first; the result is
 * taken on the main thread whether or not anyone waits for @outer, which may be NULL. */
void      hammy_data_start_reading          (HammyData            *self,
                                             gboolean              first,
                                             GTask                *outer);

char     *hammy_data_dup_profile_path       (HammyData            *self,
                                             const char           *first,
                                             ...) G_GNUC_NULL_TERMINATED;
/* A file name from a time, to the second in UTC, which sorts as the times do. */
char     *hammy_data_stamp_name             (GDateTime            *time,
                                             const char           *suffix);
void      hammy_data_write_bytes            (HammyData            *self,
                                             const char           *relative_path,
                                             GBytes               *bytes,
                                             HammyStoreWriteFlags  flags);
/* @node written as a file of @format, once read back as its reader (@load, @user_data)
 * would read it: what Hammy could not read again is never written, and the person hears. */
void      hammy_data_write_json             (HammyData            *self,
                                             const char           *relative_path,
                                             JsonNode             *node,
                                             HammyStoreWriteFlags  flags,
                                             const HammyStoreFormat *format,
                                             HammyStoreLoad        load,
                                             gpointer              user_data,
                                             GDestroyNotify        free_loaded);

/* The order of the checks (a GCompareDataFunc of HammyAssessment): the latest saved first. */
int       hammy_data_compare_newest_first   (gconstpointer         a,
                                             gconstpointer         b,
                                             gpointer              user_data);
void      hammy_data_insert_newest_first    (GListStore           *assessments,
                                             HammyAssessment      *assessment);
/* Inserts @assessment unless a check made at the same moment is there: TRUE when it was new. */
gboolean  hammy_data_merge_assessment       (GListStore           *assessments,
                                             HammyAssessment      *assessment);
/* @plan is the plan in use from now on, as it is on disk: its changes are saved. */
void      hammy_data_adopt_plan             (HammyData            *self,
                                             HammyPlan            *plan);
/* The plan in use is replaced by @plan and saved; the one before goes to the plan history. */
void      hammy_data_replace_plan           (HammyData            *self,
                                             HammyPlan            *plan);
void      hammy_data_keep_plan_in_history   (HammyData            *self);
void      hammy_data_keep_sore_side         (HammyData            *self,
                                             HammySide             side,
                                             GDateTime            *chosen);

/* ---- hammy-data-proposals.c: the programme ------------------------------------------- */

/* A session the log just ended: its warning sign stops the plan, a set above the cap steps it
 * back. */
void      hammy_data_review_session         (HammyData            *self,
                                             const char           *session_id);
/* A plan from an older Hammy: its picture and days from its check, its phase checked against
 * today's gates, and one sentence saying what changed. */
void      hammy_data_finish_migration       (HammyData            *self);

/* ---- hammy-data-reading.c: a folder read off the main thread ------------------------- */

/* Made on the main thread, filled on a worker thread, taken back on the main thread. */
typedef struct
{
  /* What to read. */
  HammyStore    *store;
  HammyLibrary  *library;       /* parsed by the reading when NULL and @first */
  GDateTime     *now;           /* when the reading began, for profiles found without a name */
  char          *profile_dir;   /* changed to the profile in use when @first */
  gboolean       first;         /* the library, the lock and the profiles are read too */
  guint          generation;

  /* What was found. */
  gboolean       read_only;
  char          *read_only_reason;
  GPtrArray     *profiles;      /* of HammyProfile, when first */
  char          *current;
  HammyPlan     *plan;
  GListStore    *assessments;
  HammyLog      *log;
  GHashTable    *own_clips;
  HammySoreSide *sore_side;
  GPtrArray     *problems;      /* of char *, sentences */
} HammyDataReading;

void      hammy_data_reading_free           (HammyDataReading     *reading);
/* A GTaskThreadFunc with a HammyDataReading as its task data. */
void      hammy_data_reading_run            (GTask                *task,
                                             gpointer              source,
                                             gpointer              task_data,
                                             GCancellable         *cancellable);

/* ---- hammy-data-profiles.c: the list of profiles ------------------------------------- */

typedef struct _HammyDeletedProfile HammyDeletedProfile;

void      hammy_deleted_profile_free        (HammyDeletedProfile  *deleted);
/* The list of profiles as the first reading found it, and the one in use. */
void      hammy_data_take_profiles          (HammyData            *self,
                                             HammyDataReading     *reading);

G_END_DECLS
