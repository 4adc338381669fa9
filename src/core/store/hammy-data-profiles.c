/* hammy-data-profiles.c: HammyData's list of profiles: choosing the one in use, adding,
 * renaming, deleting with Undo, and profiles.json kept as the list changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-data-private.h"
#include "hammy-profiles-private.h"

#define PROFILES_FILE "profiles.json"

/* A profile deleted in this run, and where its folder waits. */
struct _HammyDeletedProfile
{
  HammyProfile *profile;
  guint         position;
  char         *kept_dir;     /* relative to the data folder */
  gboolean      was_current;
};

/* A profile's folder being set aside or brought back. */
typedef struct
{
  HammyData *self;
  char      *name;
  char      *kept;      /* the folder in profiles/.deleted/ */
  gboolean   back;      /* brought back by Undo, rather than set aside */
} Move;

static gboolean
is_listed (HammyData    *self,
           HammyProfile *profile,
           guint        *position)
{
  return g_list_store_find (self->profiles, profile, position);
}

static HammyProfile *
find_profile (HammyData  *self,
              const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->profiles)); i++)
    {
      HammyProfile *profile = g_list_model_get_item (G_LIST_MODEL (self->profiles), i);

      /* The list holds it. */
      g_object_unref (profile);
      if (g_str_equal (hammy_profile_get_id (profile), id))
        return profile;
    }

  return NULL;
}

static void
save_profiles (HammyData *self)
{
  g_autoptr(JsonNode) node = NULL;

  if (self->read_only || self->current == NULL)
    return;

  node = hammy_profiles_to_json (G_LIST_MODEL (self->profiles), hammy_profile_get_id (self->current));
  hammy_data_write_json (self, PROFILES_FILE, node, HAMMY_STORE_WRITE_REPLACE, &hammy_profiles_format,
                         hammy_profiles_load_list, NULL, hammy_profiles_loaded_free);
}

static void
save_own_name (HammyData    *self,
               HammyProfile *profile)
{
  g_autoptr(JsonNode) node = hammy_profile_to_json (profile);
  g_autofree char *directory = hammy_profile_dup_dir (hammy_profile_get_id (profile));
  g_autofree char *path = g_build_filename (directory, "profile.json", NULL);

  hammy_data_write_json (self, path, node, HAMMY_STORE_WRITE_REPLACE, &hammy_profile_format,
                         hammy_profiles_load_own_name, (gpointer) hammy_profile_get_id (profile), g_object_unref);
}

/* Nothing about the profiles changes before they are read. */
static gboolean
check_read (HammyData  *self,
            GError    **error)
{
  if (self->current != NULL)
    return TRUE;

  g_set_error_literal (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_BUSY,
                       _("Hammy is still reading your files. Try again in a moment."));
  return FALSE;
}

/* Adding, renaming and deleting write profiles.json: not before everything is read, and not
 * while another copy of Hammy holds the folder. */
static gboolean
check_can_change (HammyData  *self,
                  GError    **error)
{
  if (!check_read (self, error))
    return FALSE;
  if (self->read_only)
    {
      g_set_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_READ_ONLY,
                   _("Profiles cannot be changed here. %s"), self->read_only_reason);
      return FALSE;
    }

  return TRUE;
}

/* A video being copied in settles into the profile it was chosen in: the profile in use
 * stays until it has. */
static gboolean
check_can_leave (HammyData  *self,
                 GError    **error)
{
  if (!check_read (self, error))
    return FALSE;
  if (hammy_own_clips_is_busy (self->own_clips))
    {
      g_set_error_literal (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_BUSY,
                           _("A video is still being copied in. Try again when it is done."));
      return FALSE;
    }

  return TRUE;
}

/* From here on the data is @profile's: what was shown goes, "changed" lets the pages show
 * that it is being read, and the reading starts. */
static void
switch_to (HammyData    *self,
           HammyProfile *profile,
           GTask        *outer)
{
  g_autofree char *profile_dir = hammy_profile_dup_dir (hammy_profile_get_id (profile));

  g_set_object (&self->current, profile);
  self->loaded = FALSE;
  hammy_data_set_profile_dir (self, profile_dir);
  save_profiles (self);

  hammy_data_notify_current_profile (self);
  hammy_data_start_reading (self, FALSE, outer);
  hammy_data_emit_changed (self);
}

static void
on_moved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Move *move = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hammy_store_move_finish (HAMMY_STORE (source), result, &error);

  /* A profile nothing was ever saved in has no folder to move. */
  if (path == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *message = NULL;

      if (move->back)
        message = g_strdup_printf (_("The files of the profile “%s” could not be brought back. %s They are kept in “%s”."),
                                   move->name, error->message, move->kept);
      else
        message = g_strdup_printf (_("The files of the profile “%s” could not be set aside. %s They are still in its folder."),
                                   move->name, error->message);
      hammy_data_emit_problem (move->self, message);
    }

  g_object_unref (move->self);
  g_free (move->name);
  g_free (move->kept);
  g_free (move);
}

static void
move_profile_folder (HammyData    *self,
                     HammyProfile *profile,
                     const char   *from,
                     const char   *to,
                     gboolean      back)
{
  Move *move = g_new0 (Move, 1);

  move->self = g_object_ref (self);
  move->name = g_strdup (hammy_profile_get_name (profile));
  move->kept = hammy_store_dup_path (self->store, back ? from : to);
  move->back = back;
  hammy_store_move_async (self->store, from, to, NULL, on_moved_cb, move);
}

void
hammy_deleted_profile_free (HammyDeletedProfile *deleted)
{
  g_clear_object (&deleted->profile);
  g_free (deleted->kept_dir);
  g_free (deleted);
}

void
hammy_data_take_profiles (HammyData        *self,
                          HammyDataReading *reading)
{
  HammyProfile *current;

  g_list_store_splice (self->profiles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->profiles)),
                       reading->profiles->pdata, reading->profiles->len);
  current = find_profile (self, reading->current);

  /* Anything saved while the list was being read went into the first profile's folder, and
   * stays there; the profile in use starts from its own files. */
  if (!g_str_equal (self->profile_dir, reading->profile_dir))
    hammy_data_set_profile_dir (self, reading->profile_dir);

  if (g_set_object (&self->current, current))
    hammy_data_notify_current_profile (self);
}

/* Of HammyProfile, in the order shown; empty until loading is done. */
GListModel *
hammy_data_get_profiles (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  return G_LIST_MODEL (self->profiles);
}

/* The profile whose data is shown, or is being read; NULL until loading is done. */
HammyProfile *
hammy_data_get_current_profile (HammyData *self)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);

  return self->current;
}

/* Shows @profile's data: "changed" is emitted at once with hammy_data_is_loaded() FALSE,
 * and again once its files are read. Refused while a video is being copied in. */
void
hammy_data_switch_profile_async (HammyData           *self,
                                 HammyProfile        *profile,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  GError *error = NULL;

  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PROFILE (profile));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hammy_data_switch_profile_async);

  if (!check_can_leave (self, &error))
    {
      g_task_return_error (outer, error);
      return;
    }
  if (!is_listed (self, profile, NULL))
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The profile “%s” is not there any more."), hammy_profile_get_name (profile));
      return;
    }
  if (profile == self->current)
    {
      g_task_return_boolean (outer, TRUE);
      return;
    }

  switch_to (self, profile, g_steal_pointer (&outer));
}

gboolean
hammy_data_switch_profile_finish (HammyData     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A new, empty profile at the end of the list; the one in use stays. Returns it, owned by
 * the list, or NULL and why not. */
HammyProfile *
hammy_data_add_profile (HammyData   *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HammyProfile) profile = NULL;
  g_autofree char *tidy = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!check_can_change (self, error))
    return NULL;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->profiles)) >= HAMMY_PROFILES_MAX)
    {
      g_autofree char *limit = g_strdup_printf ("%d", HAMMY_PROFILES_MAX);

      g_set_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_TOO_MANY,
                   _("Hammy keeps at most %s profiles. Delete one that is no longer needed first."), limit);
      return NULL;
    }

  tidy = hammy_profiles_check_name (G_LIST_MODEL (self->profiles), NULL, name, error);
  if (tidy == NULL)
    return NULL;

  for (guint i = 0; i < self->deleted->len; i++)
    {
      HammyDeletedProfile *deleted = g_ptr_array_index (self->deleted, i);

      g_ptr_array_add (taken, (gpointer) hammy_profile_get_id (deleted->profile));
    }
  id = hammy_profiles_new_id (self->store, G_LIST_MODEL (self->profiles), taken);
  now = hammy_clock_dup_utc_time (self->clock);
  profile = hammy_profile_new (id, tidy, now);

  g_list_store_append (self->profiles, profile);
  save_own_name (self, profile);
  save_profiles (self);

  return profile;
}

gboolean
hammy_data_rename_profile (HammyData     *self,
                           HammyProfile  *profile,
                           const char    *name,
                           GError       **error)
{
  g_autofree char *tidy = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!check_can_change (self, error))
    return FALSE;
  g_return_val_if_fail (is_listed (self, profile, NULL), FALSE);

  tidy = hammy_profiles_check_name (G_LIST_MODEL (self->profiles), profile, name, error);
  if (tidy == NULL)
    return FALSE;
  if (g_str_equal (tidy, hammy_profile_get_name (profile)))
    return TRUE;

  hammy_profile_set_name (profile, tidy);
  save_own_name (self, profile);
  save_profiles (self);

  return TRUE;
}

/* Takes @profile out of the list. Its folder is not deleted: it is moved to profiles/.deleted/,
 * after everything already asked to be saved in it, and hammy_data_undo_delete_profile()
 * brings it back. When it is the one in use, the next one in the list is shown. The last
 * profile cannot be deleted. */
gboolean
hammy_data_delete_profile (HammyData     *self,
                           HammyProfile  *profile,
                           GError       **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *from = NULL;
  HammyDeletedProfile *deleted;
  guint position = 0;
  guint n;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PROFILE (profile), FALSE);

  if (!check_can_change (self, error))
    return FALSE;
  g_return_val_if_fail (is_listed (self, profile, &position), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  if (n <= 1)
    {
      g_set_error_literal (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_LAST_PROFILE,
                           _("Hammy always keeps one profile, so the last one cannot be deleted."));
      return FALSE;
    }
  if (profile == self->current && !check_can_leave (self, error))
    return FALSE;

  /* The time to the microsecond: deleted, brought back and deleted again within a second
   * still gets a folder of its own. */
  now = hammy_clock_dup_utc_time (self->clock);
  stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  kept_name = g_strdup_printf ("%s-%s-%06d", hammy_profile_get_id (profile), stamp, g_date_time_get_microsecond (now));
  from = hammy_profile_dup_dir (hammy_profile_get_id (profile));

  deleted = g_new0 (HammyDeletedProfile, 1);
  deleted->profile = g_object_ref (profile);
  deleted->position = position;
  deleted->kept_dir = g_build_filename ("profiles", HAMMY_PROFILES_DELETED_DIR, kept_name, NULL);
  deleted->was_current = profile == self->current;
  g_ptr_array_add (self->deleted, deleted);

  /* The folder goes first, the list after, in the store's order: a crash in between leaves a
   * listed profile whose folder waits in .deleted/, and the next start finishes the delete. */
  move_profile_folder (self, profile, from, deleted->kept_dir, FALSE);

  g_list_store_remove (self->profiles, position);
  if (deleted->was_current)
    {
      g_autoptr(HammyProfile) next = g_list_model_get_item (G_LIST_MODEL (self->profiles), MIN (position, n - 2));

      switch_to (self, next, NULL);
    }
  else
    save_profiles (self);

  return TRUE;
}

/* Brings back a profile deleted in this run, where it was in the list, with its folder; and
 * shows it again when it was the one in use. */
gboolean
hammy_data_undo_delete_profile (HammyData   *self,
                                const char  *id,
                                GError     **error)
{
  HammyDeletedProfile *deleted = NULL;
  g_autofree char *to = NULL;
  guint n;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < self->deleted->len && deleted == NULL; i++)
    {
      HammyDeletedProfile *candidate = g_ptr_array_index (self->deleted, i);

      if (g_str_equal (hammy_profile_get_id (candidate->profile), id))
        deleted = g_ptr_array_steal_index (self->deleted, i);
    }
  if (deleted == NULL)
    {
      g_set_error_literal (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NOT_DELETED,
                           _("There is no deleted profile to bring back."));
      return FALSE;
    }
  if (!check_can_change (self, error))
    {
      g_ptr_array_add (self->deleted, deleted);
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->profiles));
  g_list_store_insert (self->profiles, MIN (deleted->position, n), deleted->profile);
  to = hammy_profile_dup_dir (hammy_profile_get_id (deleted->profile));
  move_profile_folder (self, deleted->profile, deleted->kept_dir, to, TRUE);

  /* Its folder is back before it is read: the reading waits for the moves before it. */
  if (deleted->was_current && check_can_leave (self, NULL))
    switch_to (self, deleted->profile, NULL);
  else
    save_profiles (self);

  hammy_deleted_profile_free (deleted);
  return TRUE;
}
