/* hammy-assessment-store.c: assessments saved as JSON files in the data folder, one a file,
 * written atomically off the main thread, and read back as a history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hammy-assessment-store.h"

/* A history file is small; anything bigger is not one of ours and is not read. */
#define MAX_FILE_SIZE (256 * 1024)

struct _HammyAssessmentStore
{
  GObject  parent_instance;

  char    *directory;
};

G_DEFINE_FINAL_TYPE (HammyAssessmentStore, hammy_assessment_store, G_TYPE_OBJECT)

static void
hammy_assessment_store_finalize (GObject *object)
{
  HammyAssessmentStore *self = HAMMY_ASSESSMENT_STORE (object);

  g_free (self->directory);

  G_OBJECT_CLASS (hammy_assessment_store_parent_class)->finalize (object);
}

static void
hammy_assessment_store_class_init (HammyAssessmentStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_assessment_store_finalize;
}

static void
hammy_assessment_store_init (HammyAssessmentStore *self)
{
}

HammyAssessmentStore *
hammy_assessment_store_new (const char *directory)
{
  HammyAssessmentStore *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_ASSESSMENT_STORE, NULL);
  self->directory = g_strdup (directory);

  return self;
}

const char *
hammy_assessment_store_get_directory (HammyAssessmentStore *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT_STORE (self), NULL);

  return self->directory;
}

/* ---- saving -------------------------------------------------------------------------- */

typedef struct
{
  char      *directory;
  char      *stamp;
  char      *contents;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->directory);
  g_free (data->stamp);
  g_free (data->contents);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (g_mkdir_with_parents (data->directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("The folder %s could not be made: %s"), data->directory, g_strerror (saved_errno));
      return;
    }

  /* Never overwrite: a second save in the same second gets a number. */
  for (guint n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = n == 0 ? g_strdup_printf ("%s.json", data->stamp)
                                     : g_strdup_printf ("%s-%u.json", data->stamp, n);

      g_free (path);
      path = g_build_filename (data->directory, name, NULL);
    }

  if (!g_file_set_contents_full (path, data->contents, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&path), g_free);
}

void
hammy_assessment_store_save_async (HammyAssessmentStore *self,
                                   HammyAssessment      *assessment,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) node = NULL;
  SaveData *data;

  g_return_if_fail (HAMMY_IS_ASSESSMENT_STORE (self));
  g_return_if_fail (HAMMY_IS_ASSESSMENT (assessment));

  node = hammy_assessment_to_json (assessment);
  data = g_new0 (SaveData, 1);
  data->directory = g_strdup (self->directory);
  data->stamp = g_date_time_format (hammy_assessment_get_created (assessment), "%Y-%m-%dT%H-%M-%SZ");
  data->contents = json_to_string (node, TRUE);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hammy_assessment_store_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

char *
hammy_assessment_store_save_finish (HammyAssessmentStore  *self,
                                    GAsyncResult          *result,
                                    GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- listing ------------------------------------------------------------------------- */

typedef struct
{
  GListStore *assessments;
  GPtrArray  *problems;
} ListResult;

static void
list_result_free (ListResult *result)
{
  g_clear_object (&result->assessments);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return g_date_time_compare (hammy_assessment_get_created ((HammyAssessment *) b),
                              hammy_assessment_get_created ((HammyAssessment *) a));
}

/* A file that cannot be read is left exactly as it is and said in a sentence; the rest of
 * the history still loads. */
static HammyAssessment *
read_one (const char  *path,
          char       **problem)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length = 0;
  HammyAssessment *assessment;
  GStatBuf info;

  if (g_stat (path, &info) == 0 && info.st_size > MAX_FILE_SIZE)
    {
      *problem = g_strdup_printf (_("The saved check %s is too large to be one of Hammy's and was left as it is."), name);
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &error) ||
      !json_parser_load_from_data (parser, contents, length, &error))
    {
      *problem = g_strdup_printf (_("The saved check %s could not be read and was left as it is: %s"), name, error->message);
      return NULL;
    }

  assessment = hammy_assessment_new_from_json (json_parser_get_root (parser), &error);
  if (assessment == NULL)
    *problem = g_strdup_printf (_("The saved check %s was left as it is: %s"), name, error->message);

  return assessment;
}

static void
list_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *directory = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (directory, 0, &error);
  ListResult *result = g_new0 (ListResult, 1);
  const char *name;

  result->assessments = g_list_store_new (HAMMY_TYPE_ASSESSMENT);
  result->problems = g_ptr_array_new_with_free_func (g_free);

  /* No folder yet means no checks yet. */
  if (dir == NULL && !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_ptr_array_add (result->problems, g_strdup (error->message));

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(HammyAssessment) assessment = NULL;
      char *problem = NULL;

      if (g_task_return_error_if_cancelled (task))
        {
          list_result_free (result);
          return;
        }
      if (!g_str_has_suffix (name, ".json"))
        continue;

      path = g_build_filename (directory, name, NULL);
      assessment = read_one (path, &problem);
      if (assessment != NULL)
        g_list_store_insert_sorted (result->assessments, assessment, compare_newest_first, NULL);
      else
        g_ptr_array_add (result->problems, problem);
    }

  g_task_return_pointer (task, result, (GDestroyNotify) list_result_free);
}

void
hammy_assessment_store_list_async (HammyAssessmentStore *self,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HAMMY_IS_ASSESSMENT_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hammy_assessment_store_list_async);
  g_task_set_task_data (task, g_strdup (self->directory), g_free);
  g_task_run_in_thread (task, list_thread);
}

GListModel *
hammy_assessment_store_list_finish (HammyAssessmentStore  *self,
                                    GAsyncResult          *result,
                                    GPtrArray            **problems,
                                    GError               **error)
{
  ListResult *list;
  GListModel *assessments;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  list = g_task_propagate_pointer (G_TASK (result), error);
  if (list == NULL)
    return NULL;

  assessments = G_LIST_MODEL (g_steal_pointer (&list->assessments));
  if (problems != NULL)
    *problems = g_steal_pointer (&list->problems);
  list_result_free (list);

  return assessments;
}
