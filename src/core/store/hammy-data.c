/* hammy-data.c: the profiles, and the data of the one in use, read off the main thread and
 * saved as it changes. Here: the facade, the reading taken in, and the profile's records; the
 * list of profiles, the reading itself, the next step and the backups each have a file,
 * hammy-data-*.c, over hammy-data-private.h.
 *
 * The layout under the data folder (docs/data-formats.md); <id> is "default" for the first
 * profile, which was the only folder before there were profiles:
 *   profiles.json                           the profiles, their names, and the one in use
 *   profiles/<id>/profile.json              the profile's own name, for when the list is lost
 *   profiles/.deleted/<id>-<time>/          a deleted profile, kept so Undo can bring it back
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

#include "hammy-data-private.h"
#include "hammy-json-guard.h"
#include "hammy-own-clips-private.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"

const HammyStoreFormat hammy_assessment_format = {
  .name = "hammy-assessment",
  .version = HAMMY_ASSESSMENT_VERSION,
  .max_bytes = 256 * 1024,
  .max_depth = 8,
  .migrate = hammy_assessment_migrate,
};

static void adopt_log  (HammyData *self,
                        HammyLog  *log);

G_DEFINE_FINAL_TYPE (HammyData, hammy_data, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CURRENT_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHANGED,
  SIGNAL_PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The latest saved first; of two saved at the same moment, the one made later. */
int
hammy_data_compare_newest_first (gconstpointer a,
                                 gconstpointer b,
                                 gpointer      user_data)
{
  HammyAssessment *x = (HammyAssessment *) a;
  HammyAssessment *y = (HammyAssessment *) b;
  int order = g_date_time_compare (hammy_check_file_get_saved (y), hammy_check_file_get_saved (x));

  if (order != 0)
    return order;
  return g_date_time_compare (hammy_assessment_get_created (y), hammy_assessment_get_created (x));
}

/* Forgets the data of the profile in use, so nothing of it is shown with another. */
static void
forget_profile_data (HammyData *self)
{
  hammy_data_adopt_plan (self, NULL);
  adopt_log (self, NULL);
  g_list_store_remove_all (self->assessments);
  self->sore_side = HAMMY_SIDE_BOTH;
  g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
}

static gpointer
load_plan_back (JsonObject  *object,
                gpointer     user_data,
                GError     **error)
{
  return hammy_plan_new_from_json (object, user_data, error);
}

/* The plans replaced before this save, and the save, as one step. */
typedef struct
{
  HammyData *self;
  GPtrArray *histories;   /* of HammyStoreWrite, the pending ones this save carries */
} PlanSave;

static void
on_plan_saved_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PlanSave *save = user_data;
  HammyData *self = save->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = hammy_store_write_all_finish (HAMMY_STORE (source), result, &error);

  if (written != NULL)
    {
      /* In plan-history now: later saves need not carry them. */
      for (guint i = 0; i < save->histories->len; i++)
        g_ptr_array_remove (self->history_pending, g_ptr_array_index (save->histories, i));
    }
  else if (save->histories->len > 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("Your changed plan is in use but was not saved: Hammy first keeps your previous plan in “plan-history”, and could not. %s Your previous plan is still the one saved, and Hammy tries again with your next change."),
                         error->message);

      hammy_data_emit_problem (self, message);
    }
  else
    {
      g_autofree char *message =
        g_strdup_printf (_("Your changed plan is in use but was not saved. %s Your plan as it was before is still the one saved, and Hammy tries again with your next change."),
                         error->message);

      hammy_data_emit_problem (self, message);
    }

  g_ptr_array_unref (save->histories);
  g_object_unref (save->self);
  g_free (save);
}

/* plan.json, after the copies of the plans it replaced: one step, so that a plan someone made
 * is never written over before its copy in plan-history is there. */
static void
save_plan (HammyData *self)
{
  g_autoptr(JsonNode) node = hammy_plan_to_json (self->plan);
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
  g_autofree char *path = hammy_data_dup_profile_path (self, "plan.json", NULL);
  g_autoptr(GPtrArray) writes = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
  g_autoptr(GError) error = NULL;
  PlanSave *save;

  if (!hammy_store_check_bytes (&hammy_plan_format, bytes, load_plan_back, self->library, g_object_unref, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Your plan was not saved. %s"), error->message);

      hammy_data_emit_problem (self, message);
      return;
    }

  save = g_new0 (PlanSave, 1);
  save->self = g_object_ref (self);
  save->histories = g_ptr_array_new ();
  for (guint i = 0; i < self->history_pending->len; i++)
    {
      HammyStoreWrite *history = g_ptr_array_index (self->history_pending, i);

      g_ptr_array_add (writes, hammy_store_write_new (history->path, history->contents, history->flags));
      g_ptr_array_add (save->histories, history);
    }
  g_ptr_array_add (writes, hammy_store_write_new (path, bytes, HAMMY_STORE_WRITE_REPLACE));

  hammy_store_write_all_async (self->store, writes, NULL, NULL, NULL, on_plan_saved_cb, save);
}

/* Every change to the plan in use is saved as it happens: an edit, a proposal taken, a stop. */
static void
on_plan_changed_cb (HammyData *self)
{
  save_plan (self);
  hammy_data_emit_changed (self);
}

void
hammy_data_adopt_plan (HammyData *self,
                       HammyPlan *plan)
{
  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      hammy_plan_set_clock (plan, self->clock);
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
    }
}

/* A session that ended may stop the plan (a warning sign) or step it back (a set above the cap):
 * at once, whichever page ran it. */
static void
on_session_ended_cb (HammyData  *self,
                     const char *session_id)
{
  hammy_data_review_session (self, session_id);
}

static void
on_log_save_failed_cb (HammyData  *self,
                       const char *message)
{
  hammy_data_emit_problem (self, message);
}

static void
adopt_log (HammyData *self,
           HammyLog  *log)
{
  if (self->log == log)
    return;
  if (self->log != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->log, on_session_ended_cb, self);
      g_signal_handlers_disconnect_by_func (self->log, on_log_save_failed_cb, self);
    }
  g_set_object (&self->log, log);
  if (log != NULL)
    {
      g_signal_connect_swapped (log, "session-ended", G_CALLBACK (on_session_ended_cb), self);
      g_signal_connect_swapped (log, "save-failed", G_CALLBACK (on_log_save_failed_cb), self);
    }
}

/* The checks as read, with any check finished while reading that was not on disk yet when the
 * folder was read. */
static void
take_assessments (HammyData  *self,
                  GListStore *loaded)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->assessments)); i++)
    {
      g_autoptr(HammyAssessment) early = g_list_model_get_item (G_LIST_MODEL (self->assessments), i);

      hammy_data_merge_assessment (loaded, early);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (loaded)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (loaded), i));
  g_list_store_splice (self->assessments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->assessments)),
                       items->pdata, items->len);
}

static void
take_reading (HammyData        *self,
              HammyDataReading *reading)
{
  if (reading->first)
    {
      self->read_only = reading->read_only;
      g_free (self->read_only_reason);
      self->read_only_reason = g_strdup (reading->read_only_reason);
      g_set_object (&self->library, reading->library);
      hammy_data_take_profiles (self, reading);
    }

  self->loaded = TRUE;
  hammy_data_adopt_plan (self, reading->plan);
  adopt_log (self, reading->log);
  hammy_own_clips_take_loaded (self->own_clips, reading->own_clips);
  /* A choice made while the folder was being read is newer than the one on disk. */
  if (reading->sore_side != NULL && self->sore_side_chosen == NULL)
    {
      self->sore_side = reading->sore_side->side;
      self->sore_side_chosen = g_date_time_ref (reading->sore_side->chosen);
    }
  take_assessments (self, reading->assessments);
  /* A plan from an older Hammy is brought up to date now that its check is known too. */
  hammy_data_finish_migration (self);

  for (guint i = 0; i < reading->problems->len; i++)
    hammy_data_emit_problem (self, g_ptr_array_index (reading->problems, i));
  hammy_data_emit_changed (self);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  HammyData *self = HAMMY_DATA (source);
  g_autoptr(GTask) outer = user_data;
  HammyDataReading *reading = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Another profile was chosen while this one was being read: that reading wins. */
  if (reading->generation != self->generation)
    {
      if (outer != NULL)
        g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                 _("Another profile was chosen meanwhile."));
      return;
    }

  self->loading = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (outer != NULL)
        g_task_return_error (outer, g_steal_pointer (&error));
      else
        g_critical ("Hammy's data could not be read: %s", error->message);
      return;
    }

  take_reading (self, reading);
  if (outer != NULL)
    g_task_return_boolean (outer, TRUE);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HammyData) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hammy_store_write_finish (HAMMY_STORE (source), result, &error);

  /* The store's sentences start with why and name the file: nothing to add before them that
   * a toast cut short would lose them to. */
  if (path == NULL)
    hammy_data_emit_problem (self, error->message);
}

static void
on_own_clips_problem_cb (HammyData  *self,
                         const char *message)
{
  hammy_data_emit_problem (self, message);
}

static void
hammy_data_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HammyData *self = HAMMY_DATA (object);

  switch (prop_id)
    {
    case PROP_CURRENT_PROFILE:
      g_value_set_object (value, self->current);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_data_finalize (GObject *object)
{
  HammyData *self = HAMMY_DATA (object);

  hammy_data_adopt_plan (self, NULL);
  adopt_log (self, NULL);
  g_clear_object (&self->profiles);
  g_clear_object (&self->current);
  g_clear_pointer (&self->deleted, g_ptr_array_unref);
  g_clear_pointer (&self->prompted_on, g_hash_table_unref);
  g_clear_object (&self->assessments);
  g_clear_object (&self->own_clips);
  g_clear_object (&self->library);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);
  g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
  g_clear_pointer (&self->history_pending, g_ptr_array_unref);
  g_free (self->read_only_reason);
  g_free (self->profile_dir);

  G_OBJECT_CLASS (hammy_data_parent_class)->finalize (object);
}

static void
hammy_data_class_init (HammyDataClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_data_finalize;
  object_class->get_property = hammy_data_get_property;

  /* Notified as soon as another profile is chosen, before its files are read: whatever
   * belongs to the one before (a session on screen, answers half given) goes then. */
  properties[PROP_CURRENT_PROFILE] =
    g_param_spec_object ("current-profile", NULL, NULL, HAMMY_TYPE_PROFILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The plan, the checks or the log changed, or another profile is being read or was read. */
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
  self->profiles = g_list_store_new (HAMMY_TYPE_PROFILE);
  self->prompted_on = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->deleted = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_deleted_profile_free);
  self->profile_dir = g_strdup (HAMMY_DATA_FIRST_PROFILE_DIR);
  self->sore_side = HAMMY_SIDE_BOTH;
  self->history_pending = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
}

/* ---- shared by the files of HammyData (hammy-data-private.h) ------------------------- */

void
hammy_data_emit_changed (HammyData *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
hammy_data_emit_problem (HammyData  *self,
                         const char *message)
{
  g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, message);
}

void
hammy_data_notify_current_profile (HammyData *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PROFILE]);
}

void
hammy_data_set_profile_dir (HammyData  *self,
                            const char *profile_dir)
{
  g_free (self->profile_dir);
  self->profile_dir = g_strdup (profile_dir);
  forget_profile_data (self);
  hammy_own_clips_set_profile_dir (self->own_clips, self->profile_dir);
}

void
hammy_data_start_reading (HammyData *self,
                          gboolean   first,
                          GTask     *outer)
{
  g_autoptr(GTask) task = NULL;
  HammyDataReading *reading;

  reading = g_new0 (HammyDataReading, 1);
  reading->store = g_object_ref (self->store);
  reading->library = self->library != NULL ? g_object_ref (self->library) : NULL;
  reading->now = hammy_clock_dup_utc_time (self->clock);
  reading->profile_dir = g_strdup (self->profile_dir);
  reading->first = first;
  reading->generation = ++self->generation;

  self->loading = TRUE;
  task = g_task_new (self, NULL, on_read_cb, outer);
  g_task_set_source_tag (task, hammy_data_start_reading);
  g_task_set_task_data (task, reading, (GDestroyNotify) hammy_data_reading_free);
  g_task_run_in_thread (task, hammy_data_reading_run);
}

char *
hammy_data_dup_profile_path (HammyData  *self,
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

char *
hammy_data_stamp_name (GDateTime  *time,
                       const char *suffix)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  g_autofree char *stamp = g_date_time_format (utc, "%Y-%m-%dT%H-%M-%SZ");

  return g_strconcat (stamp, suffix, NULL);
}

/* Saved in the background, in order; a failure reaches the person through "problem". */
void
hammy_data_write_bytes (HammyData            *self,
                        const char           *relative_path,
                        GBytes               *bytes,
                        HammyStoreWriteFlags  flags)
{
  hammy_store_write_async (self->store, relative_path, bytes, flags, NULL, on_written_cb, g_object_ref (self));
}

void
hammy_data_write_json (HammyData              *self,
                       const char             *relative_path,
                       JsonNode               *node,
                       HammyStoreWriteFlags    flags,
                       const HammyStoreFormat *format,
                       HammyStoreLoad          load,
                       gpointer                user_data,
                       GDestroyNotify          free_loaded)
{
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
  g_autoptr(GError) error = NULL;

  if (!hammy_store_check_bytes (format, bytes, load, user_data, free_loaded, &error))
    {
      g_autofree char *name = g_path_get_basename (relative_path);
      g_autofree char *message = g_strdup_printf (_("“%s” was not saved. %s"), name, error->message);

      hammy_data_emit_problem (self, message);
      return;
    }

  hammy_data_write_bytes (self, relative_path, bytes, flags);
}

static gpointer
load_assessment_back (JsonObject  *object,
                      gpointer     user_data,
                      GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return hammy_assessment_new_from_json (node, error);
}

static gpointer
load_sore_side_back (JsonObject  *object,
                     gpointer     user_data,
                     GError     **error)
{
  return hammy_sore_side_new_from_json (object, error);
}

void
hammy_data_insert_newest_first (GListStore      *assessments,
                                HammyAssessment *assessment)
{
  g_list_store_insert_sorted (assessments, assessment, hammy_data_compare_newest_first, NULL);
}

gboolean
hammy_data_merge_assessment (GListStore      *assessments,
                             HammyAssessment *assessment)
{
  GListModel *have = G_LIST_MODEL (assessments);

  for (guint i = 0; i < g_list_model_get_n_items (have); i++)
    {
      g_autoptr(HammyAssessment) other = g_list_model_get_item (have, i);

      if (g_date_time_equal (hammy_assessment_get_created (other), hammy_assessment_get_created (assessment)))
        return FALSE;
    }

  hammy_data_insert_newest_first (assessments, assessment);
  return TRUE;
}

/* The plan as it is now goes into the plan history, never written over: with the next save of
 * plan.json, as one step, and again with every save until it is there. */
void
hammy_data_keep_plan_in_history (HammyData *self)
{
  g_autoptr(JsonNode) old = hammy_plan_to_json (self->plan);
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (old);
  g_autofree char *name = hammy_data_stamp_name (hammy_plan_get_created (self->plan), ".json");
  g_autofree char *old_path = hammy_data_dup_profile_path (self, "plan-history", name, NULL);

  g_ptr_array_add (self->history_pending,
                   hammy_store_write_new (old_path, bytes, HAMMY_STORE_WRITE_NEW | HAMMY_STORE_WRITE_ONCE));
}

void
hammy_data_replace_plan (HammyData *self,
                         HammyPlan *plan)
{
  /* The plan being replaced is kept: a hand-made plan is never lost to a new one. */
  if (self->plan != NULL && self->plan != plan)
    hammy_data_keep_plan_in_history (self);

  hammy_data_adopt_plan (self, plan);
  save_plan (self);
}

void
hammy_data_keep_sore_side (HammyData *self,
                           HammySide  side,
                           GDateTime *chosen)
{
  g_autoptr(HammySoreSide) sore_side = hammy_sore_side_new (side, chosen);
  g_autoptr(JsonNode) node = hammy_sore_side_to_json (sore_side);
  g_autofree char *path = hammy_data_dup_profile_path (self, HAMMY_DATA_SORE_SIDE_FILE, NULL);

  g_date_time_ref (chosen);
  g_clear_pointer (&self->sore_side_chosen, g_date_time_unref);
  self->sore_side = side;
  self->sore_side_chosen = chosen;
  hammy_data_write_json (self, path, node, HAMMY_STORE_WRITE_REPLACE, &hammy_sore_side_format, load_sore_side_back, NULL,
                         (GDestroyNotify) hammy_sore_side_free);
}

/* ---- the facade ---------------------------------------------------------------------- */

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
  self->clock = g_object_ref (hammy_clock_get_default ());
  self->own_clips = hammy_own_clips_new (self->store, self->profile_dir);
  hammy_own_clips_set_clock (self->own_clips, self->clock);
  g_signal_connect_object (self->own_clips, "problem", G_CALLBACK (on_own_clips_problem_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/* Tests and the course runner live on a fake clock: every stamp the data writes comes from it. */
void
hammy_data_set_clock (HammyData  *self,
                      HammyClock *clock)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
  hammy_own_clips_set_clock (self->own_clips, clock);
  if (self->plan != NULL)
    hammy_plan_set_clock (self->plan, clock);
}

HammyClock *
hammy_data_get_clock (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->clock;
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

/* Reads the profiles and the one in use. A file that cannot be read is no failure: it is
 * kept aside and "problem" says so; only the app's own content failing to parse is. */
void
hammy_data_load_async (HammyData           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hammy_data_load_async);
  hammy_data_start_reading (self, TRUE, g_steal_pointer (&outer));
}

gboolean
hammy_data_load_finish (HammyData     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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

/* Why nothing is saved, in a sentence: another copy of Hammy, a disk that can only be read,
 * no permission. NULL when Hammy saves. */
const char *
hammy_data_get_read_only_reason (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->read_only ? self->read_only_reason : NULL;
}

void
hammy_data_flush (HammyData *self)
{
  g_return_if_fail (HAMMY_IS_DATA (self));

  hammy_store_flush (self->store);
}

/* ---- the records of the profile in use ----------------------------------------------- */

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
      g_autofree char *log_dir = hammy_data_dup_profile_path (self, "log", NULL);
      g_autoptr(HammyLog) log = hammy_log_new (self->store, log_dir);

      adopt_log (self, log);
    }

  return self->log;
}

/* The videos the person attached to exercises; empty until loading is done. */
HammyOwnClips *
hammy_data_get_own_clips (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  return self->own_clips;
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

/* The person says which leg is sore; it is kept in the profile, and wins over any earlier check. */
void
hammy_data_set_sore_side (HammyData *self,
                          HammySide  side)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (side == HAMMY_SIDE_LEFT || side == HAMMY_SIDE_RIGHT);

  now = hammy_clock_dup_utc_time (self->clock);
  hammy_data_keep_sore_side (self, side, now);
  hammy_data_emit_changed (self);
}

/* A new check is saved; a plan nobody edited follows it, a hand-edited one stays but takes the
 * check's picture, flags and onset (a re-injury's new onset among them). */
void
hammy_data_add_assessment (HammyData       *self,
                           HammyAssessment *assessment)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(HammyPlan) plan = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_ASSESSMENT (assessment));

  /* Saved now, and after every check before it even when the clock was once ahead: the
   * check just made is the latest, whatever time the clock gave an earlier one. */
  now = hammy_clock_dup_utc_time (self->clock);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->assessments)) > 0)
    {
      g_autoptr(HammyAssessment) latest = g_list_model_get_item (G_LIST_MODEL (self->assessments), 0);

      if (g_date_time_compare (hammy_check_file_get_saved (latest), now) >= 0)
        {
          g_date_time_unref (now);
          now = g_date_time_add (hammy_check_file_get_saved (latest), 1);
        }
    }
  hammy_check_file_set_saved (assessment, now);

  node = hammy_check_file_to_json (assessment);
  name = hammy_data_stamp_name (hammy_assessment_get_created (assessment), ".json");
  path = hammy_data_dup_profile_path (self, "assessments", name, NULL);
  hammy_data_write_json (self, path, node, HAMMY_STORE_WRITE_NEW, &hammy_assessment_format, load_assessment_back, NULL,
                         g_object_unref);
  hammy_data_insert_newest_first (self->assessments, assessment);

  plan = self->library != NULL ? hammy_plan_new_for_assessment (self->library, assessment) : NULL;
  if (plan != NULL && (self->plan == NULL || !hammy_plan_get_edited (self->plan)))
    hammy_data_replace_plan (self, plan);
  else if (plan != NULL)
    {
      GDate onset;

      hammy_plan_get_onset (plan, &onset);
      hammy_plan_set_context (self->plan, hammy_plan_get_picture (plan), hammy_plan_get_flags (plan), &onset);
      /* A check that allows training again lifts a stop from a warning sign. */
      hammy_plan_resume (self->plan);
    }

  hammy_data_emit_changed (self);
}

void
hammy_data_set_plan (HammyData *self,
                     HammyPlan *plan)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PLAN (plan));

  hammy_data_replace_plan (self, plan);
  hammy_data_emit_changed (self);
}

/* The morning check-in is kept; a warning sign or a new injury stops the plan at once, until a
 * new check; a morning worse than usual steps it back at once (docs/programme.md). */
void
hammy_data_add_checkin (HammyData             *self,
                        const HammyLogCheckin *checkin)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (checkin != NULL && checkin->date != NULL);

  hammy_log_add_checkin (hammy_data_get_log (self), checkin);
  if (self->plan != NULL && checkin->warning != NULL)
    hammy_plan_stop (self->plan, checkin->date, checkin->warning);
  else if (self->plan != NULL && checkin->reinjury)
    hammy_plan_stop (self->plan, checkin->date, HAMMY_PROGRESSION_STOP_REINJURY);
  else if (self->plan != NULL && hammy_data_get_blocking_assessment (self) == NULL)
    {
      g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (self->clock);

      hammy_progression_step_back (self->plan, hammy_data_get_log (self), now, NULL);
    }

  hammy_data_emit_changed (self);
}
