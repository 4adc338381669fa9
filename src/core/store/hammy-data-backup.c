/* hammy-data-backup.c: HammyData's files for outside: the plan to share, a backup of the
 * profile in use, and a backup restored into it without losing what is there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-data-private.h"

GBytes *
hammy_data_export_plan (HammyData *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  now = hammy_clock_dup_utc_time (self->clock);
  return hammy_plan_to_file_bytes (self->plan, now);
}

GBytes *
hammy_data_create_backup (HammyData *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HammySoreSide) sore_side = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  now = hammy_clock_dup_utc_time (self->clock);
  if (self->sore_side_chosen != NULL)
    sore_side = hammy_sore_side_new (self->sore_side, self->sore_side_chosen);

  return hammy_backup_create_bytes (self->plan, G_LIST_MODEL (self->assessments), hammy_data_get_log (self),
                                    sore_side, now);
}

/* Adds what the backup has and this profile does not. Before anything changes, everything as
 * it is now is written to a backup of its own in the profile's backups/ folder. */
void
hammy_data_restore_backup (HammyData   *self,
                           HammyBackup *backup)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  const HammySoreSide *incoming_side;
  GListModel *assessments;
  HammyLog *log;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_BACKUP (backup));

  now = hammy_clock_dup_utc_time (self->clock);
  before = hammy_data_create_backup (self);
  name = hammy_data_stamp_name (now, ".hammybackup");
  path = hammy_data_dup_profile_path (self, "backups", name, NULL);
  hammy_data_write_bytes (self, path, before, HAMMY_STORE_WRITE_NEW);

  assessments = hammy_backup_get_assessments (backup);
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(HammyAssessment) incoming = g_list_model_get_item (assessments, i);

      if (hammy_data_merge_assessment (self->assessments, incoming))
        {
          g_autoptr(JsonNode) node = hammy_assessment_to_json (incoming);
          g_autofree char *file = hammy_data_stamp_name (hammy_assessment_get_created (incoming), ".json");
          g_autofree char *file_path = hammy_data_dup_profile_path (self, "assessments", file, NULL);

          hammy_data_write_json (self, file_path, node, HAMMY_STORE_WRITE_NEW);
        }
    }

  log = hammy_data_get_log (self);
  for (guint i = 0; i < hammy_backup_get_n_months (backup); i++)
    hammy_log_merge_month (log, hammy_backup_get_month (backup, i), NULL);

  if (hammy_backup_get_plan (backup) != NULL)
    hammy_data_replace_plan (self, hammy_backup_get_plan (backup));

  /* The later of the two choices of sore leg is the one the person holds now. */
  incoming_side = hammy_backup_get_sore_side (backup);
  if (incoming_side != NULL &&
      (self->sore_side_chosen == NULL || g_date_time_compare (incoming_side->chosen, self->sore_side_chosen) > 0))
    hammy_data_keep_sore_side (self, incoming_side->side, incoming_side->chosen);

  hammy_data_emit_changed (self);
}
