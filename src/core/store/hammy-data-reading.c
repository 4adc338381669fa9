/* hammy-data-reading.c: a profile's files read off the main thread, for HammyData. Nothing
 * here touches the HammyData itself: the reading works on a copy of what it needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hammy-data-private.h"
#include "hammy-own-clips-private.h"
#include "hammy-profiles-private.h"

static gpointer
load_plan (JsonObject  *object,
           gpointer     user_data,
           GError     **error)
{
  return hammy_plan_new_from_json (object, user_data, error);
}

/* @user_data is when the file was last written, which orders a check saved before Hammy kept
 * "saved", unless its own time is earlier. */
static gpointer
load_assessment (JsonObject  *object,
                 gpointer     user_data,
                 GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(HammyAssessment) assessment = hammy_assessment_new_from_json (node, error);
  g_autoptr(GDateTime) saved = NULL;

  if (assessment == NULL)
    return NULL;

  saved = hammy_check_file_read_saved (object, hammy_assessment_get_created (assessment), user_data);
  hammy_check_file_set_saved (assessment, saved);
  return g_steal_pointer (&assessment);
}

static GDateTime *
dup_modified (HammyStore *store,
              const char *relative_path)
{
  g_autofree char *path = hammy_store_dup_path (store, relative_path);
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return NULL;
  return g_date_time_new_from_unix_utc (info.st_mtime);
}

static gpointer
load_sore_side (JsonObject  *object,
                gpointer     user_data,
                GError     **error)
{
  return hammy_sore_side_new_from_json (object, error);
}

static void
take_problem (HammyDataReading  *reading,
              HammyStoreProblem *problem)
{
  if (problem == NULL)
    return;
  g_ptr_array_add (reading->problems, g_strdup (problem->message));
  hammy_store_problem_free (problem);
}

/* Checks saved by Hammy 0.3 lived in the data folder's own assessments/: moved once, into
 * the folder that was the only profile then. */
static void
move_old_checks (HammyDataReading *reading)
{
  g_autofree char *old = hammy_store_dup_path (reading->store, "assessments");
  g_autofree char *new_dir = g_build_filename (hammy_store_get_root (reading->store), HAMMY_DATA_FIRST_PROFILE_DIR,
                                               "assessments", NULL);
  g_autofree char *parent = g_path_get_dirname (new_dir);

  if (!g_file_test (old, G_FILE_TEST_IS_DIR) || g_file_test (new_dir, G_FILE_TEST_EXISTS))
    return;
  if (g_mkdir_with_parents (parent, 0700) != 0 || g_rename (old, new_dir) != 0)
    g_ptr_array_add (reading->problems,
                     g_strdup_printf (_("Your earlier checks in “%s” could not be moved to “%s”. They are still there, untouched."),
                                      old, new_dir));
}

void
hammy_data_reading_free (HammyDataReading *reading)
{
  g_clear_object (&reading->store);
  g_clear_object (&reading->library);
  g_clear_pointer (&reading->now, g_date_time_unref);
  g_free (reading->profile_dir);
  g_free (reading->read_only_reason);
  g_clear_pointer (&reading->profiles, g_ptr_array_unref);
  g_free (reading->current);
  g_clear_object (&reading->plan);
  g_clear_object (&reading->assessments);
  g_clear_object (&reading->log);
  g_clear_pointer (&reading->own_clips, g_hash_table_unref);
  g_clear_pointer (&reading->sore_side, hammy_sore_side_free);
  g_clear_pointer (&reading->problems, g_ptr_array_unref);
  g_free (reading);
}

void
hammy_data_reading_run (GTask        *task,
                        gpointer      source,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  HammyDataReading *reading = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) library_error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) log_problems = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *assessment_dir = NULL;
  g_autofree char *log_dir = NULL;
  g_autofree char *sore_side_path = NULL;
  HammyStoreProblem *problem = NULL;

  reading->problems = g_ptr_array_new_with_free_func (g_free);

  if (reading->first)
    {
      /* The app's own content, parsed here rather than before the first frame. */
      if (reading->library == NULL)
        reading->library = hammy_library_new_from_resource (RESOURCE_PATH "/content", &library_error);
      if (reading->library == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&library_error));
          return;
        }

      if (!hammy_store_lock (reading->store, &error))
        {
          reading->read_only = TRUE;
          reading->read_only_reason = g_strdup (error->message);
          g_ptr_array_add (reading->problems, g_strdup (error->message));
        }
      else
        {
          g_autofree char *note = hammy_store_dup_lock_note (reading->store);

          if (note != NULL)
            g_ptr_array_add (reading->problems, g_steal_pointer (&note));
          /* What a crash left half-written goes before anything is read: none of it was ever
           * reported saved. */
          hammy_store_remove_stale (reading->store);
          move_old_checks (reading);
        }

      reading->profiles = hammy_profiles_read (reading->store, reading->now, &reading->current, reading->problems);
      g_free (reading->profile_dir);
      reading->profile_dir = hammy_profile_dup_dir (reading->current);
    }
  else
    {
      /* What was asked to be written into the folder is there before it is read: a profile
       * left and chosen again at once, or one Undo is bringing back. */
      hammy_store_flush (reading->store);
    }

  plan_path = g_build_filename (reading->profile_dir, "plan.json", NULL);
  assessment_dir = g_build_filename (reading->profile_dir, "assessments", NULL);
  log_dir = g_build_filename (reading->profile_dir, "log", NULL);
  sore_side_path = g_build_filename (reading->profile_dir, HAMMY_DATA_SORE_SIDE_FILE, NULL);

  reading->plan = hammy_store_load (reading->store, plan_path, &hammy_plan_format, load_plan, reading->library,
                                    &problem);
  take_problem (reading, problem);

  reading->assessments = g_list_store_new (HAMMY_TYPE_ASSESSMENT);
  names = hammy_store_list (reading->store, assessment_dir, ".json");
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(HammyAssessment) assessment = NULL;
      g_autoptr(GDateTime) modified = dup_modified (reading->store, g_ptr_array_index (names, i));

      problem = NULL;
      assessment = hammy_store_load (reading->store, g_ptr_array_index (names, i), &hammy_assessment_format,
                                     load_assessment, modified, &problem);
      if (assessment != NULL)
        hammy_data_insert_newest_first (reading->assessments, assessment);
      take_problem (reading, problem);
    }

  reading->log = hammy_log_load (reading->store, log_dir, &log_problems);
  for (guint i = 0; i < log_problems->len; i++)
    take_problem (reading, g_ptr_array_steal_index (log_problems, i--));

  problem = NULL;
  reading->own_clips = hammy_own_clips_read (reading->store, reading->profile_dir, &problem);
  take_problem (reading, problem);

  problem = NULL;
  reading->sore_side = hammy_store_load (reading->store, sore_side_path, &hammy_sore_side_format, load_sore_side,
                                         NULL, &problem);
  take_problem (reading, problem);

  g_task_return_boolean (task, TRUE);
}
