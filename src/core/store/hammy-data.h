/* hammy-data.h: the profiles, and the data of the one in use (the plan, the saved checks, the
 * log), and everything that reads, saves, exports, backs up and restores it, through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-backup.h"
#include "hammy-clock.h"
#include "hammy-history.h"
#include "hammy-library.h"
#include "hammy-log.h"
#include "hammy-own-clips.h"
#include "hammy-phase-check.h"
#include "hammy-plan.h"
#include "hammy-profiles.h"
#include "hammy-progression.h"
#include "hammy-sore-side.h"
#include "hammy-store.h"

G_BEGIN_DECLS

extern const HammyStoreFormat hammy_assessment_format;

#define HAMMY_TYPE_DATA (hammy_data_get_type ())

G_DECLARE_FINAL_TYPE (HammyData, hammy_data, HAMMY, DATA, GObject)

/* hammy-data.c: the facade, and the records of the profile in use. */
HammyData    *hammy_data_new                 (const char          *root,
                                              HammyLibrary        *library);
void          hammy_data_set_clock           (HammyData           *self,
                                              HammyClock          *clock);
HammyClock   *hammy_data_get_clock           (HammyData           *self);
HammyStore   *hammy_data_get_store           (HammyData           *self);
HammyLibrary *hammy_data_get_library         (HammyData           *self);
const char   *hammy_data_get_profile_dir     (HammyData           *self);

void          hammy_data_load_async          (HammyData           *self,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      hammy_data_load_finish         (HammyData           *self,
                                              GAsyncResult        *result,
                                              GError             **error);
gboolean      hammy_data_is_loaded           (HammyData           *self);
gboolean      hammy_data_is_loading          (HammyData           *self);
gboolean      hammy_data_is_read_only        (HammyData           *self);
const char   *hammy_data_get_read_only_reason (HammyData          *self);
void          hammy_data_flush               (HammyData           *self);

HammyPlan    *hammy_data_get_plan            (HammyData           *self);
GListModel   *hammy_data_get_assessments     (HammyData           *self);
HammyLog     *hammy_data_get_log             (HammyData           *self);
HammyOwnClips *hammy_data_get_own_clips      (HammyData           *self);
HammyAssessment *hammy_data_get_blocking_assessment (HammyData      *self);
HammySide     hammy_data_get_sore_side       (HammyData           *self,
                                              HammySoreSideSource *source);
void          hammy_data_set_sore_side       (HammyData           *self,
                                              HammySide            side);

void          hammy_data_add_assessment      (HammyData           *self,
                                              HammyAssessment     *assessment);
void          hammy_data_set_plan            (HammyData           *self,
                                              HammyPlan           *plan);
void          hammy_data_add_checkin         (HammyData           *self,
                                              const HammyLogCheckin *checkin);

/* hammy-data-profiles.c: the list of profiles and the one in use. */
GListModel   *hammy_data_get_profiles        (HammyData           *self);
HammyProfile *hammy_data_get_current_profile (HammyData           *self);
void          hammy_data_switch_profile_async (HammyData          *self,
                                              HammyProfile        *profile,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      hammy_data_switch_profile_finish (HammyData         *self,
                                              GAsyncResult        *result,
                                              GError             **error);
HammyProfile *hammy_data_add_profile         (HammyData           *self,
                                              const char          *name,
                                              GError             **error);
gboolean      hammy_data_rename_profile      (HammyData           *self,
                                              HammyProfile        *profile,
                                              const char          *name,
                                              GError             **error);
gboolean      hammy_data_delete_profile      (HammyData           *self,
                                              HammyProfile        *profile,
                                              GError             **error);
gboolean      hammy_data_undo_delete_profile (HammyData           *self,
                                              const char          *id,
                                              GError             **error);

/* hammy-data-proposals.c: the programme: the morning check-in, progression's proposals, the
 * phase check, and what the plan's rules read from the person's answers. */
gboolean      hammy_data_checkin_prompt_due  (HammyData           *self,
                                              GDateTime           *today);
HammyProposal *hammy_data_dup_proposal       (HammyData           *self,
                                              GDateTime           *today);
GPtrArray    *hammy_data_dup_proposals       (HammyData           *self,
                                              GDateTime           *now,
                                              char               **hold);
gboolean      hammy_data_accept_proposal     (HammyData           *self,
                                              HammyProposal       *proposal,
                                              GDateTime           *today,
                                              GError             **error);
void          hammy_data_decline_proposal    (HammyData           *self,
                                              HammyProposal       *proposal,
                                              GDateTime           *today);
HammyPhaseCheck *hammy_data_dup_phase_check  (HammyData           *self,
                                              GDateTime           *now);
gboolean      hammy_data_answer_phase_check  (HammyData           *self,
                                              HammyPhaseCheck     *check,
                                              JsonObject          *answers,
                                              GDateTime           *now,
                                              GPtrArray           *failures,
                                              GError             **error);
void          hammy_data_decline_phase_check (HammyData           *self,
                                              HammyPhaseCheck     *check,
                                              GDateTime           *now);
JsonObject   *hammy_data_dup_answers         (HammyData           *self,
                                              const GDate         *today,
                                              gboolean             today_only);
void          hammy_data_get_gate_facts      (HammyData           *self,
                                              GDateTime           *now,
                                              HammyGateFacts      *facts);
HammyAssessment *hammy_data_get_latest_assessment (HammyData      *self);

/* hammy-data-backup.c: files for outside, and a backup restored. */
GBytes       *hammy_data_export_plan         (HammyData           *self);
GBytes       *hammy_data_create_backup       (HammyData           *self,
                                              GError             **error);
void          hammy_data_restore_backup_async (HammyData          *self,
                                              HammyBackup         *backup,
                                              HammyStoreProgress   progress,
                                              gpointer             progress_data,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      hammy_data_restore_backup_finish (HammyData         *self,
                                              GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
