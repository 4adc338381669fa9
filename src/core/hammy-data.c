/* hammy-data.c: one person's data, read once off the main thread and saved as it changes.
 *
 * The layout under the data folder (DESIGN.md, "Storage"):
 *   profiles/default/plan.json              the plan in use
 *   profiles/default/plan-history/…         plans that were replaced, never deleted
 *   profiles/default/assessments/….json     one file a saved check
 *   profiles/default/log/YYYY-MM.json       sessions, sets and check-ins, a file a month
 *   profiles/default/sore-side.json         which leg the person said is sore, and when
 *   profiles/default/backups/….hammybackup  a copy of everything made before a restore
 *   profiles/default/clips.json             which exercises show the person's own video
 *   clips/<sha256>.<ext>                    those videos, shared by every profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hammy-data.h"
#include "hammy-json-guard.h"
#include "hammy-own-clips-private.h"
#include "hammy-plan-private.h"

#define PROFILE_DIR "profiles" G_DIR_SEPARATOR_S "default"
#define SORE_SIDE_FILE "sore-side.json"

const HammyStoreFormat hammy_assessment_format = {
  .name = "hammy-assessment",
  .version = 1,
  .max_bytes = 256 * 1024,
  .max_depth = 8,
};

/* The person's own word on which leg is sore, for when no check names one. It belongs to the
 * person, not to a plan: plans are replaced and shared, and the leg stays the same. */
const HammyStoreFormat hammy_sore_side_format = {
  .name = "hammy-sore-side",
  .version = 1,
  .max_bytes = 4 * 1024,
  .max_depth = 4,
};

typedef struct
{
  HammySide  side;
  GDateTime *chosen;
} SoreSide;

struct _HammyData
{
  GObject       parent_instance;

  HammyStore   *store;
  HammyLibrary *library;
  char         *profile_dir;

  gboolean      loaded;
  gboolean      loading;
  gboolean      read_only;
  HammyPlan    *plan;
  GListStore   *assessments;   /* newest first */
  HammyLog     *log;
  HammyOwnClips *own_clips;
  HammySide     sore_side;     /* the person's choice, BOTH when none */
  GDateTime    *sore_side_chosen;
  char         *prompted_on;   /* the day the check-in was last offered, YYYY-MM-DD */
};

G_DEFINE_FINAL_TYPE (HammyData, hammy_data, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  SIGNAL_PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void adopt_plan (HammyData *self,
                        HammyPlan *plan);

static void
hammy_data_finalize (GObject *object)
{
  HammyData *self = HAMMY_DATA (object);

  adopt_plan (self, NULL);
  g_free (self->prompted_on);
  g_clear_object (&self->assessments);
  g_clear_object (&self->log);
  g_clear_object (&self->own_clips);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
  g_free (self->profile_dir);

  G_OBJECT_CLASS (hammy_data_parent_class)->finalize (object);
}

static void
hammy_data_class_init (HammyDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_data_finalize;

  /* The plan, the checks or the log changed. */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  /* A sentence for the person: a file that could not be read or saved. */
  signals[SIGNAL_PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hammy_data_init (HammyData *self)
{
  self->assessments = g_list_store_new (HAMMY_TYPE_ASSESSMENT);
  self->profile_dir = g_strdup (PROFILE_DIR);
  self->sore_side = HAMMY_SIDE_BOTH;
}

static void
on_own_clips_problem_cb (HammyData  *self,
                         const char *message)
{
  g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, message);
}

HammyData *
hammy_data_new (const char   *root,
                HammyLibrary *library)
{
  HammyData *self;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (library == NULL || HAMMY_IS_LIBRARY (library), NULL);

  self = g_object_new (HAMMY_TYPE_DATA, NULL);
  self->store = hammy_store_new (root);
  self->library = library != NULL ? g_object_ref (library) : NULL;
  self->own_clips = hammy_own_clips_new (self->store, self->profile_dir);
  g_signal_connect_object (self->own_clips, "problem", G_CALLBACK (on_own_clips_problem_cb), self, G_CONNECT_SWAPPED);

  return self;
}

HammyStore *
hammy_data_get_store (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->store;
}

HammyLibrary *
hammy_data_get_library (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  /* NULL until loading is done when none was given. */
  return self->library;
}

const char *
hammy_data_get_profile_dir (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->profile_dir;
}

static char *
profile_path (HammyData  *self,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, self->profile_dir);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* ---- loading ------------------------------------------------------------------------- */

typedef struct
{
  HammyStore   *store;
  HammyLibrary *library;
  char         *profile_dir;

  gboolean      read_only;
  HammyPlan    *plan;
  GListStore   *assessments;
  HammyLog     *log;
  GHashTable   *own_clips;
  SoreSide     *sore_side;
  GPtrArray    *problems;     /* of char *, sentences */
} LoadData;

static void
sore_side_free (SoreSide *sore_side)
{
  g_clear_pointer (&sore_side->chosen, g_date_time_unref);
  g_free (sore_side);
}

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->library);
  g_free (data->profile_dir);
  g_clear_object (&data->plan);
  g_clear_object (&data->assessments);
  g_clear_object (&data->log);
  g_clear_pointer (&data->own_clips, g_hash_table_unref);
  g_clear_pointer (&data->sore_side, sore_side_free);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static gpointer
load_plan (JsonObject  *object,
           gpointer     user_data,
           GError     **error)
{
  return hammy_plan_new_from_json (object, user_data, error);
}

static gpointer
load_assessment (JsonObject  *object,
                 gpointer     user_data,
                 GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return hammy_assessment_new_from_json (node, error);
}

static gpointer
load_sore_side (JsonObject  *object,
                gpointer     user_data,
                GError     **error)
{
  static const char * const known[] = { "format", "version", "side", "chosen", NULL };
  const char *side = NULL, *chosen = NULL;
  g_autoptr(GDateTime) time = NULL;
  SoreSide *sore_side;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "side", TRUE, 8, &side, error) ||
      !hammy_json_get_string (object, "chosen", TRUE, 40, &chosen, error))
    return NULL;

  time = g_date_time_new_from_iso8601 (chosen, NULL);
  if (time == NULL)
    {
      g_set_error_literal (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID,
                           _("The field “chosen” should be a date and time."));
      return NULL;
    }
  if (g_strcmp0 (side, "left") != 0 && g_strcmp0 (side, "right") != 0)
    {
      g_set_error_literal (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID,
                           _("The sore side should be left or right."));
      return NULL;
    }

  sore_side = g_new0 (SoreSide, 1);
  sore_side->side = g_str_equal (side, "left") ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT;
  sore_side->chosen = g_steal_pointer (&time);

  return sore_side;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return g_date_time_compare (hammy_assessment_get_created ((HammyAssessment *) b),
                              hammy_assessment_get_created ((HammyAssessment *) a));
}

static void
take_problem (LoadData          *data,
              HammyStoreProblem *problem)
{
  if (problem == NULL)
    return;
  g_ptr_array_add (data->problems, g_strdup (problem->message));
  hammy_store_problem_free (problem);
}

/* Checks saved by Hammy 0.3 lived in the data folder's own assessments/: moved once. */
static void
move_old_checks (LoadData *data)
{
  g_autofree char *old = hammy_store_dup_path (data->store, "assessments");
  g_autofree char *new_dir = g_build_filename (hammy_store_get_root (data->store), data->profile_dir, "assessments", NULL);
  g_autofree char *parent = g_path_get_dirname (new_dir);

  if (!g_file_test (old, G_FILE_TEST_IS_DIR) || g_file_test (new_dir, G_FILE_TEST_EXISTS))
    return;
  if (g_mkdir_with_parents (parent, 0700) != 0 || g_rename (old, new_dir) != 0)
    g_ptr_array_add (data->problems,
                     g_strdup_printf (_("Your earlier checks in “%s” could not be moved to “%s”. They are still there, untouched."),
                                      old, new_dir));
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) library_error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) log_problems = NULL;
  g_autofree char *plan_path = g_build_filename (data->profile_dir, "plan.json", NULL);
  g_autofree char *assessment_dir = g_build_filename (data->profile_dir, "assessments", NULL);
  g_autofree char *log_dir = g_build_filename (data->profile_dir, "log", NULL);
  g_autofree char *sore_side_path = g_build_filename (data->profile_dir, SORE_SIDE_FILE, NULL);
  HammyStoreProblem *problem = NULL;

  data->problems = g_ptr_array_new_with_free_func (g_free);

  /* The app's own content, parsed here rather than before the first frame. */
  if (data->library == NULL)
    data->library = hammy_library_new_from_resource (RESOURCE_PATH "/content", &library_error);
  if (data->library == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&library_error));
      return;
    }

  if (!hammy_store_lock (data->store, &error))
    {
      data->read_only = TRUE;
      g_ptr_array_add (data->problems, g_strdup (error->message));
    }
  else
    move_old_checks (data);

  data->plan = hammy_store_load (data->store, plan_path, &hammy_plan_format, load_plan, data->library, &problem);
  take_problem (data, problem);

  data->assessments = g_list_store_new (HAMMY_TYPE_ASSESSMENT);
  names = hammy_store_list (data->store, assessment_dir, ".json");
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(HammyAssessment) assessment = NULL;

      problem = NULL;
      assessment = hammy_store_load (data->store, g_ptr_array_index (names, i), &hammy_assessment_format,
                                     load_assessment, NULL, &problem);
      if (assessment != NULL)
        g_list_store_insert_sorted (data->assessments, assessment, compare_newest_first, NULL);
      take_problem (data, problem);
    }

  data->log = hammy_log_load (data->store, log_dir, &log_problems);
  for (guint i = 0; i < log_problems->len; i++)
    take_problem (data, g_ptr_array_steal_index (log_problems, i--));

  problem = NULL;
  data->own_clips = hammy_own_clips_read (data->store, data->profile_dir, &problem);
  take_problem (data, problem);

  problem = NULL;
  data->sore_side = hammy_store_load (data->store, sore_side_path, &hammy_sore_side_format, load_sore_side, NULL, &problem);
  take_problem (data, problem);

  g_task_return_boolean (task, TRUE);
}

void
hammy_data_load_async (HammyData           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (HAMMY_IS_DATA (self));

  data = g_new0 (LoadData, 1);
  data->store = g_object_ref (self->store);
  data->library = self->library != NULL ? g_object_ref (self->library) : NULL;
  data->profile_dir = g_strdup (self->profile_dir);

  self->loading = TRUE;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hammy_data_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

gboolean
hammy_data_load_finish (HammyData     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  self->loading = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  self->loaded = TRUE;
  self->read_only = data->read_only;
  g_set_object (&self->library, data->library);
  adopt_plan (self, data->plan);
  g_set_object (&self->log, data->log);
  hammy_own_clips_take_loaded (self->own_clips, data->own_clips);
  /* A choice made while the folder was being read is newer than the one on disk. */
  if (data->sore_side != NULL && self->sore_side_chosen == NULL)
    {
      self->sore_side = data->sore_side->side;
      self->sore_side_chosen = g_date_time_ref (data->sore_side->chosen);
    }
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
    GListModel *loaded = G_LIST_MODEL (data->assessments);

    /* A check finished while loading may not have been on disk yet when the folder was read. */
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->assessments)); i++)
      {
        g_autoptr(HammyAssessment) early = g_list_model_get_item (G_LIST_MODEL (self->assessments), i);
        gboolean found = FALSE;

        for (guint j = 0; j < g_list_model_get_n_items (loaded) && !found; j++)
          {
            g_autoptr(HammyAssessment) other = g_list_model_get_item (loaded, j);

            found = g_date_time_equal (hammy_assessment_get_created (early), hammy_assessment_get_created (other));
          }
        if (!found)
          g_list_store_insert_sorted (data->assessments, early, compare_newest_first, NULL);
      }
    for (guint i = 0; i < g_list_model_get_n_items (loaded); i++)
      g_ptr_array_add (items, g_list_model_get_item (loaded, i));
    g_list_store_splice (self->assessments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->assessments)),
                         items->pdata, items->len);
  }

  for (guint i = 0; i < data->problems->len; i++)
    g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, g_ptr_array_index (data->problems, i));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);

  return TRUE;
}

/* The videos the person attached to exercises; empty until loading is done. */
HammyOwnClips *
hammy_data_get_own_clips (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->own_clips;
}

gboolean
hammy_data_is_loaded (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  return self->loaded;
}

gboolean
hammy_data_is_loading (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  return self->loading;
}

gboolean
hammy_data_is_read_only (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  return self->read_only;
}

HammyPlan *
hammy_data_get_plan (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->plan;
}

GListModel *
hammy_data_get_assessments (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return G_LIST_MODEL (self->assessments);
}

/* The log; an empty one until loading is done. */
HammyLog *
hammy_data_get_log (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  if (self->log == NULL)
    {
      g_autofree char *log_dir = g_build_filename (self->profile_dir, "log", NULL);

      self->log = hammy_log_new (self->store, log_dir);
    }

  return self->log;
}

/* The latest check when it sends the person to a clinician (urgent or refer): then there is
 * no circuit until a later check allows one, whatever the plan says. NULL otherwise. */
HammyAssessment *
hammy_data_get_blocking_assessment (HammyData *self)
{
  g_autoptr(HammyAssessment) latest = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->assessments)) == 0)
    return NULL;

  latest = g_list_model_get_item (G_LIST_MODEL (self->assessments), 0);
  if (hammy_triage_phase_is_training (hammy_assessment_get_phase (latest)))
    return NULL;

  /* Owned by the list, which holds it as long as the data does. */
  return latest;
}

/* Which leg is sore: the newest word on it, from the latest check or from the person.
 * BOTH when neither names one leg. */
HammySide
hammy_data_get_sore_side (HammyData           *self,
                          HammySoreSideSource *source)
{
  g_autoptr(HammyAssessment) latest = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), HAMMY_SIDE_BOTH);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->assessments)) > 0)
    latest = g_list_model_get_item (G_LIST_MODEL (self->assessments), 0);

  return hammy_history_resolve_sore_side (latest, self->sore_side, self->sore_side_chosen, source);
}

/* ---- saving -------------------------------------------------------------------------- */

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HammyData) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hammy_store_write_finish (HAMMY_STORE (source), result, &error);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Hammy could not save your changes: %s"), error->message);

      g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, message);
    }
}

static void
write_json (HammyData            *self,
            const char           *relative_path,
            JsonNode             *node,
            HammyStoreWriteFlags  flags)
{
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);

  hammy_store_write_async (self->store, relative_path, bytes, flags, NULL, on_written_cb, g_object_ref (self));
}

static char *
stamp_name (GDateTime  *time,
            const char *suffix)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *stamp = g_date_time_format (utc, "%Y-%m-%dT%H-%M-%SZ");

  return g_strconcat (stamp, suffix, NULL);
}

static void
save_plan (HammyData *self)
{
  g_autoptr(JsonNode) node = hammy_plan_to_json (self->plan);
  g_autofree char *path = profile_path (self, "plan.json", NULL);

  write_json (self, path, node, HAMMY_STORE_WRITE_REPLACE);
}

/* The plan as it is now goes into the plan history, never written over. */
static void
keep_plan_in_history (HammyData *self)
{
  g_autoptr(JsonNode) old = hammy_plan_to_json (self->plan);
  g_autofree char *name = stamp_name (hammy_plan_get_created (self->plan), ".json");
  g_autofree char *old_path = profile_path (self, "plan-history", name, NULL);

  write_json (self, old_path, old, HAMMY_STORE_WRITE_NEW);
}

/* Every change to the plan in use is saved as it happens: an edit, a proposal taken, a stop. */
static void
on_plan_changed_cb (HammyData *self)
{
  save_plan (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
adopt_plan (HammyData *self,
            HammyPlan *plan)
{
  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
}

static void
replace_plan (HammyData *self,
              HammyPlan *plan)
{
  /* The plan being replaced is kept: a hand-made plan is never lost to a new one. */
  if (self->plan != NULL && self->plan != plan)
    keep_plan_in_history (self);

  adopt_plan (self, plan);
  save_plan (self);
}

/* A new check is saved; a plan nobody edited follows it, a hand-edited one stays. */
void
hammy_data_add_assessment (HammyData       *self,
                           HammyAssessment *assessment)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(HammyPlan) plan = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_ASSESSMENT (assessment));

  node = hammy_assessment_to_json (assessment);
  name = stamp_name (hammy_assessment_get_created (assessment), ".json");
  path = profile_path (self, "assessments", name, NULL);
  write_json (self, path, node, HAMMY_STORE_WRITE_NEW);
  g_list_store_insert_sorted (self->assessments, assessment, compare_newest_first, NULL);

  plan = self->library != NULL ? hammy_plan_new_for_assessment (self->library, assessment) : NULL;
  if (plan != NULL && (self->plan == NULL || !hammy_plan_get_edited (self->plan)))
    replace_plan (self, plan);
  else if (plan != NULL)
    /* A check that allows training again lifts a stop from a morning's warning sign. */
    hammy_plan_resume (self->plan);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
hammy_data_set_plan (HammyData *self,
                     HammyPlan *plan)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PLAN (plan));

  replace_plan (self, plan);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* The person says which leg is sore; it is kept in the profile, and wins over any earlier check. */
void
hammy_data_set_sore_side (HammyData *self,
                          HammySide  side)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *path = NULL;
  g_autofree char *chosen = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (side == HAMMY_SIDE_LEFT || side == HAMMY_SIDE_RIGHT);

  g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
  self->sore_side = side;
  self->sore_side_chosen = g_date_time_new_now_utc ();
  chosen = g_date_time_format_iso8601 (self->sore_side_chosen);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_sore_side_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_sore_side_format.version);
  json_builder_set_member_name (builder, "side");
  json_builder_add_string_value (builder, side == HAMMY_SIDE_LEFT ? "left" : "right");
  json_builder_set_member_name (builder, "chosen");
  json_builder_add_string_value (builder, chosen);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);

  path = profile_path (self, SORE_SIDE_FILE, NULL);
  write_json (self, path, node, HAMMY_STORE_WRITE_REPLACE);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---- mornings and the next step ------------------------------------------------------- */

/* A warning sign stops the plan at once; it waits for a new check. */
void
hammy_data_add_checkin (HammyData             *self,
                        const HammyLogCheckin *checkin)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (checkin != NULL && checkin->date != NULL);

  hammy_log_add_checkin (hammy_data_get_log (self), checkin);
  if (checkin->red_flag && self->plan != NULL)
    hammy_plan_stop (self->plan, checkin->date);

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* TRUE once a day, the first time it is asked on a day the check-in is due and a plan is in
 * use: the check-in is offered then, and not again that day however often Today updates. */
gboolean
hammy_data_checkin_prompt_due (HammyData *self,
                               GDateTime *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  day = hammy_progression_dup_day (today);
  if (!self->loaded || self->read_only || self->plan == NULL || hammy_plan_get_stopped (self->plan) != NULL ||
      hammy_data_get_blocking_assessment (self) != NULL || g_strcmp0 (self->prompted_on, day) == 0 ||
      !hammy_progression_checkin_is_due (hammy_data_get_log (self), today))
    return FALSE;

  g_free (self->prompted_on);
  self->prompted_on = g_steal_pointer (&day);
  return TRUE;
}

/* What progression proposes for the plan in use, or NULL: no plan, a check that sends the
 * person to a clinician, or a proposal declined today. */
HammyProposal *
hammy_data_dup_proposal (HammyData *self,
                         GDateTime *today)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!self->loaded || self->plan == NULL || hammy_data_get_blocking_assessment (self) != NULL)
    return NULL;

  return hammy_progression_propose (self->plan, hammy_data_get_log (self), today);
}

/* Makes the change; the plan is saved. A new phase replaces the circuit, so the plan as it was
 * goes into the plan history first. */
gboolean
hammy_data_accept_proposal (HammyData      *self,
                            HammyProposal  *proposal,
                            GDateTime      *today,
                            GError        **error)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (hammy_proposal_get_change (proposal) == HAMMY_PROPOSAL_CHANGE_PHASE)
    keep_plan_in_history (self);

  return hammy_progression_apply (proposal, self->plan, today, error);
}

void
hammy_data_decline_proposal (HammyData     *self,
                             HammyProposal *proposal,
                             GDateTime     *today)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PROPOSAL (proposal));
  g_return_if_fail (self->plan != NULL);

  hammy_plan_decline (self->plan, hammy_proposal_get_key (proposal), today);
}

GBytes *
hammy_data_export_plan (HammyData *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  return hammy_plan_to_file_bytes (self->plan, now);
}

GBytes *
hammy_data_create_backup (HammyData *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  return hammy_backup_create_bytes (self->plan, G_LIST_MODEL (self->assessments), hammy_data_get_log (self), now);
}

/* Adds what the backup has and this profile does not. Before anything changes, everything as
 * it is now is written to a backup of its own in the profile's backups/ folder. */
void
hammy_data_restore_backup (HammyData   *self,
                           HammyBackup *backup)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GListModel *assessments;
  HammyLog *log;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_BACKUP (backup));

  before = hammy_data_create_backup (self);
  name = stamp_name (now, ".hammybackup");
  path = profile_path (self, "backups", name, NULL);
  hammy_store_write_async (self->store, path, before, HAMMY_STORE_WRITE_NEW, NULL, on_written_cb, g_object_ref (self));

  assessments = hammy_backup_get_assessments (backup);
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(HammyAssessment) incoming = g_list_model_get_item (assessments, i);
      gboolean known = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (self->assessments)) && !known; j++)
        {
          g_autoptr(HammyAssessment) have = g_list_model_get_item (G_LIST_MODEL (self->assessments), j);

          known = g_date_time_equal (hammy_assessment_get_created (have), hammy_assessment_get_created (incoming));
        }
      if (!known)
        {
          g_autoptr(JsonNode) node = hammy_assessment_to_json (incoming);
          g_autofree char *file = stamp_name (hammy_assessment_get_created (incoming), ".json");
          g_autofree char *file_path = profile_path (self, "assessments", file, NULL);

          write_json (self, file_path, node, HAMMY_STORE_WRITE_NEW);
          g_list_store_insert_sorted (self->assessments, incoming, compare_newest_first, NULL);
        }
    }

  log = hammy_data_get_log (self);
  for (guint i = 0; i < hammy_backup_get_n_months (backup); i++)
    hammy_log_merge_month (log, hammy_backup_get_month (backup, i), NULL);

  if (hammy_backup_get_plan (backup) != NULL)
    replace_plan (self, hammy_backup_get_plan (backup));

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
hammy_data_flush (HammyData *self)
{
  g_return_if_fail (HAMMY_IS_DATA (self));

  hammy_store_flush (self->store);
}
