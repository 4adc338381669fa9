/* hammy-data-backup.c: HammyData's files for outside: the plan to share, a backup of the
 * profile in use, and a backup restored into it without losing what is there.
 *
 * A restore is worked out off the main thread and written as one step with the store's
 * writer: what is new in the backup is found with one lookup each, every file it changes is
 * written before anything changes in memory, and the disk is flushed once for all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-data-private.h"
#include "hammy-json-guard.h"
#include "hammy-plan-private.h"

GBytes *
hammy_data_export_plan (HammyData *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  now = hammy_clock_dup_utc_time (self->clock);
  return hammy_plan_to_file_bytes (self->plan, now);
}

static JsonNode *
create_backup_node (HammyData *self,
                    GDateTime *now)
{
  g_autoptr(HammySoreSide) sore_side = NULL;
  HammyProfile *profile = hammy_data_get_current_profile (self);

  if (self->sore_side_chosen != NULL)
    sore_side = hammy_sore_side_new (self->sore_side, self->sore_side_chosen);

  /* Whose it is, so that a restore into someone else's profile asks first. */
  return hammy_backup_create_node (profile != NULL ? hammy_profile_get_name (profile) : NULL, self->plan, G_LIST_MODEL (self->assessments), hammy_data_get_log (self),
                                   sore_side, now);
}

/* Everything of the profile in use as a backup; NULL and why when it is more than a backup
 * can hold, which Hammy then never writes. */
GBytes *
hammy_data_create_backup (HammyData  *self,
                          GError    **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  now = hammy_clock_dup_utc_time (self->clock);
  node = create_backup_node (self, now);
  return hammy_backup_node_to_bytes (node, error);
}

/* ---- a restore ----------------------------------------------------------------------- */

typedef struct
{
  HammyData          *self;
  HammyBackup        *backup;
  char               *profile_dir;     /* the profile it was asked for in */
  GDateTime          *now;
  HammyStoreProgress  progress;
  gpointer            progress_data;

  /* Taken on the main thread, for the worker. */
  JsonNode           *before;          /* the profile as it is, for backups/ */
  GHashTable         *have_checks;     /* the µs of each check's own time */
  guint               n_checks;
  HammyLogMerge      *merge;
  guint               n_months;        /* the months of the log as it is */
  JsonNode           *old_plan;        /* the plan in use, for plan-history, or NULL */
  char               *old_plan_path;
  GPtrArray          *pending;         /* of HammyStoreWrite: copies of the plans waiting for
                                        * plan-history */
  gboolean            take_side;

  /* Worked out on the worker. */
  GPtrArray          *writes;          /* of HammyStoreWrite, all of the restore */
  GPtrArray          *new_checks;      /* of HammyAssessment */
} Restore;

static void
restore_free (Restore *restore)
{
  g_clear_object (&restore->self);
  g_clear_object (&restore->backup);
  g_free (restore->profile_dir);
  g_clear_pointer (&restore->now, g_date_time_unref);
  g_clear_pointer (&restore->before, json_node_unref);
  g_clear_pointer (&restore->have_checks, g_hash_table_unref);
  g_clear_pointer (&restore->merge, hammy_log_merge_free);
  g_clear_pointer (&restore->old_plan, json_node_unref);
  g_free (restore->old_plan_path);
  g_clear_pointer (&restore->pending, g_ptr_array_unref);
  g_clear_pointer (&restore->writes, g_ptr_array_unref);
  g_clear_pointer (&restore->new_checks, g_ptr_array_unref);
  g_free (restore);
}

static char *
profile_path (Restore    *restore,
              const char *first,
              const char *second)
{
  return g_build_filename (restore->profile_dir, first, second, NULL);
}

static void
add_json (Restore              *restore,
          const char           *path,
          JsonNode             *node,
          HammyStoreWriteFlags  flags)
{
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);

  g_ptr_array_add (restore->writes, hammy_store_write_new (path, bytes, flags));
}

static int
compare_in_array (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return hammy_data_compare_newest_first (*(gpointer *) a, *(gpointer *) b, user_data);
}

static gint64
micros_of (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* On the worker: every file the restore writes, or an error and nothing. */
static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Restore *restore = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *before_name = hammy_data_stamp_name (restore->now, ".hammybackup");
  g_autofree char *before_path = profile_path (restore, "backups", before_name);
  GListModel *checks = hammy_backup_get_assessments (restore->backup);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *times = g_new0 (gint64, MAX (1, g_list_model_get_n_items (checks)));
  GDateTime *backup_made = hammy_backup_get_created (restore->backup);
  const HammySoreSide *side = hammy_backup_get_sore_side (restore->backup);

  restore->writes = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
  restore->new_checks = g_ptr_array_new_with_free_func (g_object_unref);

  /* Everything as it is now, first: the step is written in order, so it is there before
   * anything the backup brings. */
  before = hammy_backup_node_to_bytes (restore->before, &error);
  if (before == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code,
                               _("Hammy first keeps a copy of everything as it is now, and could not: %s"), error->message);
      return;
    }
  g_ptr_array_add (restore->writes, hammy_store_write_new (before_path, before, HAMMY_STORE_WRITE_NEW));

  /* The checks the profile does not have: one lookup each. */
  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(HammyAssessment) check = g_list_model_get_item (checks, i);

      times[i] = micros_of (hammy_assessment_get_created (check));
      if (g_hash_table_contains (restore->have_checks, &times[i]) || g_hash_table_contains (seen, &times[i]))
        continue;
      g_hash_table_add (seen, &times[i]);
      g_ptr_array_add (restore->new_checks, g_steal_pointer (&check));
    }
  if (restore->n_checks + restore->new_checks->len > HAMMY_BACKUP_MAX_CHECKS)
    {
      g_autofree char *limit = g_strdup_printf ("%d", HAMMY_BACKUP_MAX_CHECKS);

      g_task_return_new_error (task, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                               _("With it you would have more than %s saved checks, more than a backup can hold."), limit);
      return;
    }
  for (guint i = 0; i < restore->new_checks->len; i++)
    {
      HammyAssessment *check = g_ptr_array_index (restore->new_checks, i);
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *name = hammy_data_stamp_name (hammy_assessment_get_created (check), ".json");
      g_autofree char *path = profile_path (restore, "assessments", name);
      GDateTime *saved = hammy_check_file_get_saved (check);

      /* Never later than the backup that held it, nor than now: a check dated in the future
       * cannot outrank one made after the restore. An old check keeps its old time. */
      if (g_date_time_compare (saved, backup_made) > 0)
        saved = backup_made;
      if (g_date_time_compare (saved, restore->now) > 0)
        saved = restore->now;
      hammy_check_file_set_saved (check, saved);

      node = hammy_check_file_to_json (check);
      add_json (restore, path, node, HAMMY_STORE_WRITE_NEW);
    }

  /* The months, merged into copies of the profile's and checked as the reader will. */
  if (!hammy_log_merge_prepare (restore->merge, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  {
    GPtrArray *months = hammy_log_merge_get_writes (restore->merge);

    for (guint i = 0; i < months->len; i++)
      {
        HammyStoreWrite *month = g_ptr_array_index (months, i);

        g_ptr_array_add (restore->writes, hammy_store_write_new (month->path, month->contents, month->flags));
      }
  }

  /* The backup's plan takes the place of the one in use, which goes to plan-history first. */
  if (hammy_backup_get_plan (restore->backup) != NULL)
    {
      g_autoptr(JsonNode) plan = hammy_plan_to_json (hammy_backup_get_plan (restore->backup));
      g_autofree char *plan_path = profile_path (restore, "plan.json", NULL);

      for (guint i = 0; i < restore->pending->len; i++)
        {
          HammyStoreWrite *history = g_ptr_array_index (restore->pending, i);

          g_ptr_array_add (restore->writes, hammy_store_write_new (history->path, history->contents, history->flags));
        }
      if (restore->old_plan != NULL)
        add_json (restore, restore->old_plan_path, restore->old_plan, HAMMY_STORE_WRITE_NEW | HAMMY_STORE_WRITE_ONCE);
      add_json (restore, plan_path, plan, HAMMY_STORE_WRITE_REPLACE);
    }

  if (restore->take_side)
    {
      g_autoptr(JsonNode) node = hammy_sore_side_to_json (side);
      g_autofree char *path = profile_path (restore, HAMMY_DATA_SORE_SIDE_FILE, NULL);

      add_json (restore, path, node, HAMMY_STORE_WRITE_REPLACE);
    }

  g_task_return_boolean (task, TRUE);
}

/* On the main thread, once every file is written: the same in memory. */
static void
apply (Restore *restore)
{
  HammyData *self = restore->self;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *have = G_LIST_MODEL (self->assessments);
  const HammySoreSide *side = hammy_backup_get_sore_side (restore->backup);

  hammy_log_merge_apply (hammy_data_get_log (self), restore->merge);

  /* One splice, sorted once: a list of ten thousand checks is not sorted into item by item. */
  for (guint i = 0; i < g_list_model_get_n_items (have); i++)
    g_ptr_array_add (all, g_list_model_get_item (have, i));
  for (guint i = 0; i < restore->new_checks->len; i++)
    g_ptr_array_add (all, g_object_ref (g_ptr_array_index (restore->new_checks, i)));
  g_ptr_array_sort_with_data (all, compare_in_array, NULL);
  g_list_store_splice (self->assessments, 0, g_list_model_get_n_items (have), all->pdata, all->len);

  if (hammy_backup_get_plan (restore->backup) != NULL)
    {
      /* The plans that waited for plan-history went with the restore. */
      for (guint i = 0; i < restore->pending->len; i++)
        {
          HammyStoreWrite *written = g_ptr_array_index (restore->pending, i);

          for (guint j = 0; j < self->history_pending->len; j++)
            {
              HammyStoreWrite *waiting = g_ptr_array_index (self->history_pending, j);

              if (g_str_equal (waiting->path, written->path) && g_bytes_equal (waiting->contents, written->contents))
                {
                  g_ptr_array_remove_index (self->history_pending, j);
                  break;
                }
            }
        }
      hammy_data_adopt_plan (self, hammy_backup_get_plan (restore->backup));
    }

  if (restore->take_side)
    {
      g_date_time_ref (side->chosen);
      g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
      self->sore_side = side->side;
      self->sore_side_chosen = side->chosen;
    }

  hammy_data_emit_changed (self);
}

static void
on_restore_written_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Restore *restore = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = hammy_store_write_all_finish (HAMMY_STORE (source), result, &error);

  if (written == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, error->domain, error->code, _("Nothing was restored. %s"), error->message);
      return;
    }

  /* Another profile was chosen meanwhile: the files are in the profile asked for, and it
   * shows them when it is read again. */
  if (g_str_equal (restore->profile_dir, restore->self->profile_dir))
    apply (restore);
  g_task_return_boolean (task, TRUE);
}

static void
on_restore_prepared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Restore *restore = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (hammy_log_merge_count_months (hammy_data_get_log (restore->self), restore->merge) > HAMMY_BACKUP_MAX_MONTHS)
    {
      g_task_return_new_error (task, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                               _("With it your log would cover more months than a backup can hold, so nothing was restored."));
      return;
    }

  hammy_store_write_all_async (restore->self->store, restore->writes, restore->progress, restore->progress_data,
                               g_task_get_cancellable (task), on_restore_written_cb, g_object_ref (task));
}

/* Adds what @backup has and this profile does not, as one step written before anything
 * changes in memory; before it, everything as it is now is kept in the profile's backups/.
 * @progress hears how many of its files are written. Cancelling works until the files go into
 * place; a failure changes nothing. */
void
hammy_data_restore_backup_async (HammyData           *self,
                                 HammyBackup         *backup,
                                 HammyStoreProgress   progress,
                                 gpointer             progress_data,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GPtrArray) months = g_ptr_array_new ();
  GListModel *have = NULL;
  const HammySoreSide *side;
  Restore *restore;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_BACKUP (backup));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hammy_data_restore_backup_async);
  if (self->read_only)
    {
      g_task_return_new_error (task, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_READ_ONLY, "%s",
                               self->read_only_reason != NULL ? self->read_only_reason : _("Hammy is not saving anything."));
      return;
    }

  restore = g_new0 (Restore, 1);
  restore->self = g_object_ref (self);
  restore->backup = g_object_ref (backup);
  restore->profile_dir = g_strdup (self->profile_dir);
  restore->now = hammy_clock_dup_utc_time (self->clock);
  restore->progress = progress;
  restore->progress_data = progress_data;
  g_task_set_task_data (task, restore, (GDestroyNotify) restore_free);

  restore->before = create_backup_node (self, restore->now);

  have = G_LIST_MODEL (self->assessments);
  restore->n_checks = g_list_model_get_n_items (have);
  restore->have_checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < restore->n_checks; i++)
    {
      g_autoptr(HammyAssessment) check = g_list_model_get_item (have, i);
      gint64 *micros = g_new (gint64, 1);

      *micros = micros_of (hammy_assessment_get_created (check));
      g_hash_table_add (restore->have_checks, micros);
    }

  for (guint i = 0; i < hammy_backup_get_n_months (backup); i++)
    g_ptr_array_add (months, hammy_backup_get_month (backup, i));
  restore->merge = hammy_log_merge_new (hammy_data_get_log (self), months);

  if (self->plan != NULL && hammy_backup_get_plan (backup) != NULL)
    {
      g_autofree char *name = hammy_data_stamp_name (hammy_plan_get_created (self->plan), ".json");

      restore->old_plan = hammy_plan_to_json (self->plan);
      restore->old_plan_path = profile_path (restore, "plan-history", name);
    }
  restore->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
  for (guint i = 0; i < self->history_pending->len; i++)
    {
      HammyStoreWrite *history = g_ptr_array_index (self->history_pending, i);

      g_ptr_array_add (restore->pending, hammy_store_write_new (history->path, history->contents, history->flags));
    }

  /* The later of the two choices of sore leg is the one the person holds now. */
  side = hammy_backup_get_sore_side (backup);
  restore->take_side = side != NULL &&
                       (self->sore_side_chosen == NULL || g_date_time_compare (side->chosen, self->sore_side_chosen) > 0);

  worker = g_task_new (self, cancellable, on_restore_prepared_cb, g_object_ref (task));
  g_task_set_source_tag (worker, hammy_data_restore_backup_async);
  g_task_set_task_data (worker, restore, NULL);
  g_task_run_in_thread (worker, prepare_thread);
}

gboolean
hammy_data_restore_backup_finish (HammyData     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
