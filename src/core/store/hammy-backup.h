/* hammy-backup.h: everything a person has in Hammy as one file, and that file read back
 * for a preview and a restore that adds to what is there rather than replacing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-library.h"
#include "hammy-log.h"
#include "hammy-plan.h"
#include "hammy-sore-side.h"
#include "hammy-store.h"

G_BEGIN_DECLS

#define HAMMY_BACKUP_MAX_BYTES  (64 * 1024 * 1024)
/* Thirty years of a check every day, and a hundred years of months. */
#define HAMMY_BACKUP_MAX_CHECKS 10000
#define HAMMY_BACKUP_MAX_MONTHS 1200

extern const HammyStoreFormat hammy_backup_format;

#define HAMMY_TYPE_BACKUP (hammy_backup_get_type ())

G_DECLARE_FINAL_TYPE (HammyBackup, hammy_backup, HAMMY, BACKUP, GObject)

JsonNode    *hammy_backup_create_node      (const char          *profile_name,
                                            HammyPlan           *plan,
                                            GListModel          *assessments,
                                            HammyLog            *log,
                                            const HammySoreSide *sore_side,
                                            GDateTime           *created);
GBytes      *hammy_backup_node_to_bytes    (JsonNode            *node,
                                            GError             **error);
GBytes      *hammy_backup_create_bytes     (HammyPlan           *plan,
                                            GListModel          *assessments,
                                            HammyLog            *log,
                                            const HammySoreSide *sore_side,
                                            GDateTime           *created,
                                            GError             **error);
HammyBackup *hammy_backup_new_from_bytes   (const char    *data,
                                            gsize          length,
                                            HammyLibrary  *library,
                                            GError       **error);

GDateTime   *hammy_backup_get_created      (HammyBackup   *self);
HammyPlan   *hammy_backup_get_plan         (HammyBackup   *self);
GListModel  *hammy_backup_get_assessments  (HammyBackup   *self);
guint        hammy_backup_get_n_months     (HammyBackup   *self);
JsonObject  *hammy_backup_get_month        (HammyBackup   *self,
                                            guint          index);
guint        hammy_backup_get_n_sessions   (HammyBackup   *self);
guint        hammy_backup_get_n_sets       (HammyBackup   *self);
/* The person's choice of sore leg when the backup holds one (version 2 on), or NULL. */
const HammySoreSide *
             hammy_backup_get_sore_side    (HammyBackup   *self);
const char  *hammy_backup_get_profile_name (HammyBackup   *self);
gboolean     hammy_backup_is_for_other_profile (HammyBackup *self,
                                            const char    *profile_name);

G_END_DECLS
