/* hammy-own-clips.c: videos a person attached to exercises, and which video each shows.
 *
 * A chosen video is copied, off the main thread, into clips/ in the data folder under the
 * SHA-256 of its bytes, so the same video attached twice is kept once and the original can
 * move or go without the exercise losing it. Nothing of where it came from is kept but the
 * name it had, to show. profiles/<id>/clips.json says which copy belongs to which exercise
 * and whether the exercise shows it or ours; a name in that file must look like a hash, so no
 * path can come from it. A copy is deleted once no exercise in any profile uses it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-own-clips"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "hammy-clock.h"
#include "hammy-json-guard.h"
#include "hammy-own-clips-private.h"
#include "hammy-profiles-private.h"

#define CLIPS_DIR        "clips"
#define CLIPS_FILE       "clips.json"
#define INCOMING_PREFIX  ".incoming-"
#define HASH_LENGTH      64        /* SHA-256 in lowercase hexadecimal */
#define MAX_EXTENSION    8
#define MAX_VIDEOS       1000
#define MAX_NAME         255       /* bytes of a name shown to the person */
#define COPY_BUFFER      (256 * 1024)

const HammyStoreFormat hammy_own_clips_format = {
  .name = "hammy-own-clips",
  .version = 1,
  .max_bytes = 512 * 1024,
  .max_depth = 4,
};

typedef struct
{
  char            *file;     /* "<sha256>[.<ext>]" in clips/ */
  char            *name;     /* what the video was called where it came from */
  GDateTime       *added;
  HammyClipSource  source;
} Entry;

struct _HammyOwnClips
{
  GObject     parent_instance;

  HammyStore *store;
  HammyClock *clock;         /* when a video was added */
  char       *profile_dir;   /* relative to the data folder */
  char       *clips_dir;     /* absolute */
  guint64     max_bytes;
  GHashTable *entries;       /* exercise id → Entry */
  guint       n_busy;        /* copies and clean-ups under way */

  /* Guards claims, and with them which files in clips/ may be deleted: a copy being settled
   * on one thread and a clean-up on another never cross. */
  GMutex      mutex;
  GHashTable *claims;        /* file name → number of exercises and copies holding it */
};

G_DEFINE_FINAL_TYPE (HammyOwnClips, hammy_own_clips, G_TYPE_OBJECT)

G_DEFINE_QUARK (hammy-own-clips-error-quark, hammy_own_clips_error)

enum {
  SIGNAL_CHANGED,
  SIGNAL_PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_free (Entry *entry)
{
  g_free (entry->file);
  g_free (entry->name);
  g_clear_pointer (&entry->added, g_date_time_unref);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_free)

static GHashTable *
entries_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) entry_free);
}

/* ---- names --------------------------------------------------------------------------- */

static gboolean
is_extension (const char *text,
              gsize       length)
{
  if (length == 0 || length > MAX_EXTENSION)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (text[i]) && !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Only "<64 lowercase hex digits>" with at most a short lowercase extension: no separator, no
 * dot of its own, nothing a path could be made of. */
gboolean
hammy_own_clips_is_file_name (const char *name)
{
  gsize length;

  if (name == NULL)
    return FALSE;

  length = strlen (name);
  if (length < HASH_LENGTH)
    return FALSE;
  for (guint i = 0; i < HASH_LENGTH; i++)
    if (!g_ascii_isdigit (name[i]) && !(name[i] >= 'a' && name[i] <= 'f'))
      return FALSE;

  if (length == HASH_LENGTH)
    return TRUE;
  return name[HASH_LENGTH] == '.' && is_extension (name + HASH_LENGTH + 1, length - HASH_LENGTH - 1);
}

static gboolean
is_exercise_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* ".mp4" from "Squat.MP4": the player finds the format from the bytes, so this is only so a
 * person looking in the folder knows what the files are. */
static char *
extension_for (const char *name)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *lower = NULL;

  if (dot == NULL || dot == name)
    return g_strdup ("");

  lower = g_ascii_strdown (dot + 1, -1);
  if (!is_extension (lower, strlen (lower)))
    return g_strdup ("");

  return g_strconcat (".", lower, NULL);
}

/* At most MAX_NAME bytes, cut between characters. */
static char *
shorten_name (const char *name)
{
  const char *end;

  if (strlen (name) <= MAX_NAME)
    return g_strdup (name);

  end = g_utf8_find_prev_char (name, name + MAX_NAME + 1);
  return g_strndup (name, end != NULL ? (gsize) (end - name) : 0);
}

/* ---- clips.json ---------------------------------------------------------------------- */

static Entry *
entry_from_json (const char  *id,
                 JsonNode    *node,
                 GError     **error)
{
  static const char * const known[] = { "file", "name", "added", "use", NULL };
  g_autoptr(Entry) entry = g_new0 (Entry, 1);
  JsonObject *object;
  const char *file = NULL;
  const char *name = NULL;
  const char *added = NULL;
  const char *use = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hammy_json_set_invalid (error, _("The video for “%s” should be a group of fields."), id);
      return NULL;
    }
  object = json_node_get_object (node);

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "file", TRUE, HASH_LENGTH + 1 + MAX_EXTENSION, &file, error) ||
      !hammy_json_get_string (object, "name", TRUE, MAX_NAME, &name, error) ||
      !hammy_json_get_string (object, "added", TRUE, 64, &added, error) ||
      !hammy_json_get_string (object, "use", TRUE, 16, &use, error))
    return NULL;

  if (!hammy_own_clips_is_file_name (file))
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (file);

      hammy_json_set_invalid (error, _("“%s” is not the name of a video Hammy keeps."), excerpt);
      return NULL;
    }

  entry->added = hammy_json_parse_time (added);
  if (entry->added == NULL)
    {
      hammy_json_set_invalid (error, _("The date a video was added, “%s”, is not a date."), added);
      return NULL;
    }

  if (g_str_equal (use, "yours"))
    entry->source = HAMMY_CLIP_SOURCE_YOURS;
  else if (g_str_equal (use, "ours"))
    entry->source = HAMMY_CLIP_SOURCE_OURS;
  else
    {
      hammy_json_set_invalid (error, _("“%s” should say “yours” or “ours”."), "use");
      return NULL;
    }

  entry->file = g_strdup (file);
  entry->name = g_strdup (name);

  return g_steal_pointer (&entry);
}

GHashTable *
hammy_own_clips_parse (JsonObject  *object,
                       GError     **error)
{
  static const char * const known[] = { "format", "version", "videos", NULL };
  g_autoptr(GHashTable) entries = entries_new ();
  JsonObject *videos = NULL;
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_object (object, "videos", TRUE, &videos, error))
    return NULL;

  if (json_object_get_size (videos) > MAX_VIDEOS)
    {
      hammy_json_set_invalid (error, _("It lists more videos than Hammy keeps."));
      return NULL;
    }

  json_object_iter_init (&iter, videos);
  while (json_object_iter_next (&iter, &id, &node))
    {
      Entry *entry;

      if (!is_exercise_id (id))
        {
          g_autofree char *excerpt = hammy_json_dup_excerpt (id);

          hammy_json_set_invalid (error, _("“%s” is not the name of an exercise."), excerpt);
          return NULL;
        }

      entry = entry_from_json (id, node, error);
      if (entry == NULL)
        return NULL;
      g_hash_table_insert (entries, g_strdup (id), entry);
    }

  return g_steal_pointer (&entries);
}

static gpointer
load_entries (JsonObject  *object,
              gpointer     user_data,
              GError     **error)
{
  return hammy_own_clips_parse (object, error);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

JsonNode *
hammy_own_clips_entries_to_json (GHashTable *entries)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) videos = json_object_new ();
  g_autofree gpointer *ids = NULL;
  guint n = 0;

  json_object_set_string_member (root, "format", hammy_own_clips_format.name);
  json_object_set_int_member (root, "version", hammy_own_clips_format.version);

  /* In a fixed order, so the same choices always make the same file. */
  ids = g_hash_table_get_keys_as_array (entries, &n);
  qsort (ids, n, sizeof (gpointer), compare_ids);
  for (guint i = 0; i < n; i++)
    {
      Entry *entry = g_hash_table_lookup (entries, ids[i]);
      g_autoptr(JsonObject) object = json_object_new ();
      g_autofree char *added = hammy_json_format_time (entry->added);

      json_object_set_string_member (object, "file", entry->file);
      json_object_set_string_member (object, "name", entry->name);
      json_object_set_string_member (object, "added", added);
      json_object_set_string_member (object, "use", entry->source == HAMMY_CLIP_SOURCE_YOURS ? "yours" : "ours");
      json_object_set_object_member (videos, ids[i], g_steal_pointer (&object));
    }

  json_object_set_object_member (root, "videos", g_steal_pointer (&videos));

  return json_node_init_object (json_node_alloc (), root);
}

/* A copy the last run left half-made is of no use to anyone. Only with the data folder's lock
 * held: another process's copy in progress is not ours to remove. */
static void
remove_incoming (HammyStore *store)
{
  g_autofree char *directory = hammy_store_dup_path (store, CLIPS_DIR);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!hammy_store_lock (store, NULL))
    return;

  dir = g_dir_open (directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, INCOMING_PREFIX))
        {
          g_autofree char *path = g_build_filename (directory, name, NULL);

          g_unlink (path);
        }
    }
}

GHashTable *
hammy_own_clips_read (HammyStore         *store,
                      const char         *profile_dir,
                      HammyStoreProblem **problem)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (store), NULL);
  g_return_val_if_fail (profile_dir != NULL, NULL);

  remove_incoming (store);

  path = g_build_filename (profile_dir, CLIPS_FILE, NULL);
  return hammy_store_load (store, path, &hammy_own_clips_format, load_entries, NULL, problem);
}

/* ---- claims on the files in clips/ ----------------------------------------------------- */

/* With the mutex held. */
static void
claim_locked (HammyOwnClips *self,
              const char    *file)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->claims, file));

  g_hash_table_insert (self->claims, g_strdup (file), GUINT_TO_POINTER (count + 1));
}

static void
claim (HammyOwnClips *self,
       const char    *file)
{
  g_mutex_lock (&self->mutex);
  claim_locked (self, file);
  g_mutex_unlock (&self->mutex);
}

static void
release (HammyOwnClips *self,
         const char    *file)
{
  guint count;

  g_mutex_lock (&self->mutex);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->claims, file));
  g_assert (count > 0);
  if (count == 1)
    g_hash_table_remove (self->claims, file);
  else
    g_hash_table_insert (self->claims, g_strdup (file), GUINT_TO_POINTER (count - 1));
  g_mutex_unlock (&self->mutex);
}

/* ---- deleting a copy nobody uses ----------------------------------------------------- */

/* TRUE when the clips.json at @path names @file, or might: one that cannot be read is taken
 * to, so a damaged file never costs a person a video. */
static gboolean
clips_file_names (const char *path,
                  const char *file)
{
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GHashTable) entries = NULL;
  HammyJsonLimits limits = { hammy_own_clips_format.max_bytes, hammy_own_clips_format.max_depth };
  GHashTableIter iter;
  gpointer value;
  GStatBuf info;
  gsize length = 0;
  gint64 version = 0;

  if (g_stat (path, &info) != 0)
    return FALSE;
  if (!hammy_store_read_file (path, limits.max_bytes, &contents, &length, NULL))
    return TRUE;

  node = hammy_json_parse_untrusted (contents, length, &limits, NULL);
  if (node == NULL ||
      !hammy_json_check_header (json_node_get_object (node), hammy_own_clips_format.name,
                                hammy_own_clips_format.version, &version, NULL))
    return TRUE;
  entries = hammy_own_clips_parse (json_node_get_object (node), NULL);
  if (entries == NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_str_equal (((Entry *) value)->file, file))
      return TRUE;

  return FALSE;
}

/* TRUE when another profile's clips.json names @file, or might. A deleted profile waiting
 * in profiles/.deleted/ counts: Undo brings it back with its videos. */
static gboolean
used_by_other_profiles (HammyStore *store,
                        const char *profile_dir,
                        const char *file)
{
  const char *root = hammy_store_get_root (store);
  g_autofree char *profiles = g_path_get_dirname (profile_dir);
  g_autofree char *own = g_path_get_basename (profile_dir);
  g_autofree char *directory = g_build_filename (root, profiles, NULL);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (name, HAMMY_PROFILES_DELETED_DIR))
        {
          g_autofree char *deleted = g_build_filename (directory, name, NULL);
          g_autoptr(GDir) waiting = g_dir_open (deleted, 0, NULL);
          const char *kept;

          while (waiting != NULL && (kept = g_dir_read_name (waiting)) != NULL)
            {
              g_autofree char *kept_path = g_build_filename (deleted, kept, CLIPS_FILE, NULL);

              if (clips_file_names (kept_path, file))
                return TRUE;
            }
          continue;
        }

      if (g_str_equal (name, own))
        continue;
      path = g_build_filename (directory, name, CLIPS_FILE, NULL);
      if (clips_file_names (path, file))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  char *file;
  char *profile_dir;   /* the profile it was let go in, as it was then */
} CleanUp;

static void
clean_up_free (CleanUp *clean)
{
  g_free (clean->file);
  g_free (clean->profile_dir);
  g_free (clean);
}

static void
clean_up_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  HammyOwnClips *self = source;
  CleanUp *clean = task_data;
  const char *file = clean->file;
  g_autofree char *path = g_build_filename (self->clips_dir, file, NULL);
  gboolean deleted = FALSE;

  if (!used_by_other_profiles (self->store, clean->profile_dir, file))
    {
      g_mutex_lock (&self->mutex);
      if (!g_hash_table_contains (self->claims, file))
        deleted = g_unlink (path) == 0 || errno == ENOENT;
      g_mutex_unlock (&self->mutex);
    }

  g_task_return_boolean (task, deleted);
}

static void
on_cleaned_up_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  HammyOwnClips *self = HAMMY_OWN_CLIPS (source);

  g_task_propagate_boolean (G_TASK (result), NULL);
  self->n_busy--;
}

/* Deletes @file when nothing claims it once the thread gets there; takes one busy count. */
static void
clean_up (HammyOwnClips *self,
          const char    *file)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_cleaned_up_cb, NULL);
  CleanUp *clean = g_new0 (CleanUp, 1);

  clean->file = g_strdup (file);
  clean->profile_dir = g_strdup (self->profile_dir);
  g_task_set_source_tag (task, clean_up);
  g_task_set_task_data (task, clean, (GDestroyNotify) clean_up_free);
  g_task_run_in_thread (task, clean_up_thread);
}

/* ---- saving -------------------------------------------------------------------------- */

typedef struct
{
  HammyOwnClips *self;
  char          *released;   /* a file no longer used here, or NULL */
} Save;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Save *save = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hammy_store_write_finish (HAMMY_STORE (source), result, &error);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Hammy could not save which videos your exercises show: %s"),
                                                  error->message);

      g_signal_emit (save->self, signals[SIGNAL_PROBLEM], 0, message);
    }

  /* Deleted only once the file that no longer names it is on disk: a crash in between
   * leaves a copy too many, never an exercise pointing at nothing. */
  if (save->released != NULL)
    {
      if (path != NULL)
        clean_up (save->self, save->released);
      else
        save->self->n_busy--;
    }

  g_object_unref (save->self);
  g_free (save->released);
  g_free (save);
}

static void
save (HammyOwnClips *self,
      const char    *released)
{
  g_autoptr(JsonNode) node = hammy_own_clips_entries_to_json (self->entries);
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
  g_autofree char *path = g_build_filename (self->profile_dir, CLIPS_FILE, NULL);
  g_autoptr(GError) error = NULL;
  Save *data;

  /* Read back as the reader would first: a file Hammy could not read again is never written. */
  if (!hammy_store_check_bytes (&hammy_own_clips_format, bytes, load_entries, NULL,
                                (GDestroyNotify) g_hash_table_unref, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Hammy could not save which videos your exercises show: %s"),
                                                  error->message);

      g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, message);
      return;
    }

  data = g_new0 (Save, 1);
  data->self = g_object_ref (self);
  data->released = g_strdup (released);
  if (released != NULL)
    self->n_busy++;

  hammy_store_write_async (self->store, path, bytes, HAMMY_STORE_WRITE_REPLACE, NULL, on_saved_cb, data);
}

/* ---- copying a video in -------------------------------------------------------------- */

typedef struct
{
  GFile   *source;
  char    *exercise_id;
  guint64  max_bytes;
  char    *name;         /* shown to the person */
  char    *file;         /* the copy's name in clips/, once settled */
} Attach;

static void
attach_free (Attach *attach)
{
  g_clear_object (&attach->source);
  g_free (attach->exercise_id);
  g_free (attach->name);
  g_free (attach->file);
  g_free (attach);
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= written;
    }

  return TRUE;
}

static void
set_too_large (GError     **error,
               const char  *name,
               guint64      max_bytes)
{
  g_autofree char *limit = g_format_size (max_bytes);

  g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_TOO_LARGE,
               _("“%s” is larger than %s, the most Hammy keeps for one exercise. A shorter video, or one saved at a smaller size, will fit."),
               name, limit);
}

/* Streams @attach->source through the hash into a new file in clips/; returns its path. */
static char *
copy_in (HammyOwnClips  *self,
         Attach         *attach,
         char          **hash,
         guint64        *copied,
         GCancellable   *cancellable,
         GError        **error)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *buffer = g_malloc (COPY_BUFFER);
  g_autofree char *path = g_build_filename (self->clips_dir, INCOMING_PREFIX "XXXXXX", NULL);
  guint64 total = 0;
  int fd;

  input = g_file_read (attach->source, cancellable, &local_error);
  if (input == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                     _("“%s” could not be read: %s"), attach->name, local_error->message);
      return NULL;
    }

  if (g_mkdir_with_parents (self->clips_dir, 0700) != 0 ||
      (fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                   _("Hammy could not make a copy of “%s” in “%s”: %s."),
                   attach->name, self->clips_dir, g_strerror (saved_errno));
      return NULL;
    }

  for (;;)
    {
      gssize got = g_input_stream_read (G_INPUT_STREAM (input), buffer, COPY_BUFFER, cancellable, &local_error);

      if (got < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                         _("“%s” could not be read: %s"), attach->name, local_error->message);
          goto fail;
        }
      if (got == 0)
        break;

      /* The size asked for first may not be the size there is: the limit holds on the bytes. */
      total += got;
      if (total > attach->max_bytes)
        {
          set_too_large (error, attach->name, attach->max_bytes);
          goto fail;
        }

      g_checksum_update (checksum, buffer, got);
      if (!write_all (fd, buffer, got))
        {
          int saved_errno = errno;

          g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                       _("Hammy could not make a copy of “%s” in “%s”: %s."),
                       attach->name, self->clips_dir, g_strerror (saved_errno));
          goto fail;
        }
    }

  if (total == 0)
    {
      g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                   _("“%s” is empty. Choose a video file instead."), attach->name);
      goto fail;
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved_errno = errno;

      fd = -1;
      g_set_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                   _("Hammy could not make a copy of “%s” in “%s”: %s."),
                   attach->name, self->clips_dir, g_strerror (saved_errno));
      goto fail;
    }

  *hash = g_strdup (g_checksum_get_string (checksum));
  *copied = total;
  return g_steal_pointer (&path);

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (path);
  return NULL;
}

/* The copy already in clips/ with @hash, whatever its extension, or NULL. */
static char *
find_copy (const char *directory,
           const char *hash)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, hash) && hammy_own_clips_is_file_name (name))
      return g_strdup (name);

  return NULL;
}

static void
attach_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HammyOwnClips *self = source;
  Attach *attach = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *incoming = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *extension = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  guint64 copied = 0;
  GStatBuf copy_info;

  info = g_file_query_info (attach->source,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                                 _("“%s” could not be read: %s"), attach->name, error->message);
      return;
    }

  if (g_file_info_get_display_name (info) != NULL)
    {
      g_free (attach->name);
      attach->name = shorten_name (g_file_info_get_display_name (info));
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_task_return_new_error (task, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_NOT_A_FILE,
                               _("“%s” is not a video file. Choose a video file instead."), attach->name);
      return;
    }
  if ((guint64) g_file_info_get_size (info) > attach->max_bytes)
    {
      set_too_large (&error, attach->name, attach->max_bytes);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* clips/ belongs to the process that holds the data folder. */
  if (!hammy_store_lock (self->store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  incoming = copy_in (self, attach, &hash, &copied, cancellable, &error);
  if (incoming == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  extension = extension_for (attach->name);

  /* Settled under the mutex, so a clean-up cannot delete a copy this one is reusing. */
  g_mutex_lock (&self->mutex);
  existing = find_copy (self->clips_dir, hash);
  file = existing != NULL ? g_strdup (existing) : g_strconcat (hash, extension, NULL);
  path = g_build_filename (self->clips_dir, file, NULL);
  /* A copy of the right name but not the right size was damaged: this one replaces it. */
  if (existing != NULL && g_stat (path, &copy_info) == 0 && (guint64) copy_info.st_size == copied)
    {
      g_unlink (incoming);
    }
  else if (g_rename (incoming, path) != 0)
    {
      int saved_errno = errno;

      g_mutex_unlock (&self->mutex);
      g_unlink (incoming);
      g_task_return_new_error (task, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED,
                               _("Hammy could not make a copy of “%s” in “%s”: %s."),
                               attach->name, self->clips_dir, g_strerror (saved_errno));
      return;
    }
  claim_locked (self, file);
  g_mutex_unlock (&self->mutex);

  attach->file = g_steal_pointer (&file);
  g_task_return_boolean (task, TRUE);
}

static void
on_attached_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HammyOwnClips *self = HAMMY_OWN_CLIPS (source);
  g_autoptr(GTask) outer = user_data;
  Attach *attach = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *released = NULL;
  Entry *old;
  Entry *entry;

  self->n_busy--;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  /* Cancelled after the copy was made: it is let go like any copy nobody uses. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (outer)))
    {
      release (self, attach->file);
      self->n_busy++;
      clean_up (self, attach->file);
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The copy was stopped."));
      return;
    }

  /* The claim the copy took passes to the exercise. */
  old = g_hash_table_lookup (self->entries, attach->exercise_id);
  if (old != NULL)
    {
      release (self, old->file);
      if (!g_str_equal (old->file, attach->file))
        released = g_strdup (old->file);
    }

  entry = g_new0 (Entry, 1);
  entry->file = g_strdup (attach->file);
  entry->name = g_strdup (attach->name);
  entry->added = hammy_clock_dup_utc_time (self->clock);
  entry->source = HAMMY_CLIP_SOURCE_YOURS;
  g_hash_table_insert (self->entries, g_strdup (attach->exercise_id), entry);

  save (self, released);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, attach->exercise_id);
  g_task_return_boolean (outer, TRUE);
}

/* ---- the object ---------------------------------------------------------------------- */

static void
hammy_own_clips_finalize (GObject *object)
{
  HammyOwnClips *self = HAMMY_OWN_CLIPS (object);

  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_free (self->profile_dir);
  g_free (self->clips_dir);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->claims, g_hash_table_unref);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (hammy_own_clips_parent_class)->finalize (object);
}

static void
hammy_own_clips_class_init (HammyOwnClipsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_own_clips_finalize;

  /* An exercise's video changed, or with NULL, any may have. */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A sentence for the person: clips.json could not be read or saved. */
  signals[SIGNAL_PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hammy_own_clips_init (HammyOwnClips *self)
{
  g_mutex_init (&self->mutex);
  self->entries = entries_new ();
  self->claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->max_bytes = HAMMY_OWN_CLIPS_MAX_BYTES;
}

/* @profile_dir is relative to the store's root, like "profiles/default". */
HammyOwnClips *
hammy_own_clips_new (HammyStore *store,
                     const char *profile_dir)
{
  HammyOwnClips *self;

  g_return_val_if_fail (HAMMY_IS_STORE (store), NULL);
  g_return_val_if_fail (profile_dir != NULL && !g_path_is_absolute (profile_dir), NULL);

  self = g_object_new (HAMMY_TYPE_OWN_CLIPS, NULL);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (hammy_clock_get_default ());
  self->profile_dir = g_strdup (profile_dir);
  self->clips_dir = hammy_store_dup_path (store, CLIPS_DIR);

  return self;
}

void
hammy_own_clips_set_clock (HammyOwnClips *self,
                           HammyClock    *clock)
{
  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));
  g_return_if_fail (HAMMY_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

void
hammy_own_clips_set_max_bytes (HammyOwnClips *self,
                               guint64        max_bytes)
{
  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));

  self->max_bytes = max_bytes;
}

/* Another profile is in use: its videos are loaded next with hammy_own_clips_take_loaded().
 * Nothing may be under way (hammy_own_clips_is_busy()): a copy settles into the profile it
 * was asked for in. */
void
hammy_own_clips_set_profile_dir (HammyOwnClips *self,
                                 const char    *profile_dir)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));
  g_return_if_fail (profile_dir != NULL && !g_path_is_absolute (profile_dir));

  if (g_strcmp0 (self->profile_dir, profile_dir) == 0)
    return;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    release (self, ((Entry *) value)->file);
  g_hash_table_remove_all (self->entries);

  g_free (self->profile_dir);
  self->profile_dir = g_strdup (profile_dir);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL);
}

void
hammy_own_clips_take_loaded (HammyOwnClips *self,
                             GHashTable    *entries)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));

  if (entries == NULL)
    return;

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (self->entries, key))
        continue;
      claim (self, ((Entry *) value)->file);
      g_hash_table_iter_steal (&iter);
      g_hash_table_insert (self->entries, key, value);
    }

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL);
}

typedef struct
{
  GHashTable        *entries;
  HammyStoreProblem *problem;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->entries, g_hash_table_unref);
  g_clear_pointer (&loaded->problem, hammy_store_problem_free);
  g_free (loaded);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HammyOwnClips *self = source;
  const char *profile_dir = task_data;
  Loaded *loaded = g_new0 (Loaded, 1);

  /* The store is set at construction; the folder is the one asked for. */
  loaded->entries = hammy_own_clips_read (self->store, profile_dir, &loaded->problem);
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

void
hammy_own_clips_load_async (HammyOwnClips       *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hammy_own_clips_load_async);
  g_task_set_task_data (task, g_strdup (self->profile_dir), g_free);
  g_task_run_in_thread (task, load_thread);
}

/* A clips.json that cannot be read is no failure: it is kept aside and "problem" says so. */
gboolean
hammy_own_clips_load_finish (HammyOwnClips  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  Loaded *loaded;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  if (loaded->problem != NULL)
    g_signal_emit (self, signals[SIGNAL_PROBLEM], 0, loaded->problem->message);
  hammy_own_clips_take_loaded (self, loaded->entries);
  loaded_free (loaded);

  return TRUE;
}

guint
hammy_own_clips_get_n_videos (HammyOwnClips *self)
{
  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), 0);

  return g_hash_table_size (self->entries);
}

static Entry *
lookup (HammyOwnClips *self,
        const char    *exercise_id)
{
  return exercise_id != NULL ? g_hash_table_lookup (self->entries, exercise_id) : NULL;
}

gboolean
hammy_own_clips_has_video (HammyOwnClips *self,
                           const char    *exercise_id)
{
  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), FALSE);

  return lookup (self, exercise_id) != NULL;
}

/* The copy in clips/ of the exercise's own video, or NULL when it has none. */
char *
hammy_own_clips_dup_path (HammyOwnClips *self,
                          const char    *exercise_id)
{
  Entry *entry;

  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), NULL);

  entry = lookup (self, exercise_id);
  return entry != NULL ? g_build_filename (self->clips_dir, entry->file, NULL) : NULL;
}

/* "<sha256>.<ext>": the copy's name in clips/. */
const char *
hammy_own_clips_get_file_name (HammyOwnClips *self,
                               const char    *exercise_id)
{
  Entry *entry;

  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), NULL);

  entry = lookup (self, exercise_id);
  return entry != NULL ? entry->file : NULL;
}

/* What the video was called when the person chose it, to show them. */
const char *
hammy_own_clips_get_name (HammyOwnClips *self,
                          const char    *exercise_id)
{
  Entry *entry;

  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), NULL);

  entry = lookup (self, exercise_id);
  return entry != NULL ? entry->name : NULL;
}

GDateTime *
hammy_own_clips_get_added (HammyOwnClips *self,
                           const char    *exercise_id)
{
  Entry *entry;

  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), NULL);

  entry = lookup (self, exercise_id);
  return entry != NULL ? entry->added : NULL;
}

/* Ours unless the exercise has a video of the person's and they chose it. */
HammyClipSource
hammy_own_clips_get_source (HammyOwnClips *self,
                            const char    *exercise_id)
{
  Entry *entry;

  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), HAMMY_CLIP_SOURCE_OURS);

  entry = lookup (self, exercise_id);
  return entry != NULL ? entry->source : HAMMY_CLIP_SOURCE_OURS;
}

/* Without a video of the person's there is nothing to choose: the exercise shows ours. */
void
hammy_own_clips_set_source (HammyOwnClips   *self,
                            const char      *exercise_id,
                            HammyClipSource  source)
{
  Entry *entry;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));
  g_return_if_fail (exercise_id != NULL);
  g_return_if_fail (source == HAMMY_CLIP_SOURCE_OURS || source == HAMMY_CLIP_SOURCE_YOURS);

  entry = lookup (self, exercise_id);
  if (entry == NULL || entry->source == source)
    return;

  entry->source = source;
  save (self, NULL);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, exercise_id);
}

/* Copies @file in and makes it the exercise's video, shown in place of ours. A video the
 * exercise had before is let go. */
void
hammy_own_clips_attach_async (HammyOwnClips       *self,
                              const char          *exercise_id,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  Attach *attach;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));
  g_return_if_fail (is_exercise_id (exercise_id));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hammy_own_clips_attach_async);

  basename = g_file_get_basename (file);
  attach = g_new0 (Attach, 1);
  attach->source = g_object_ref (file);
  attach->exercise_id = g_strdup (exercise_id);
  attach->max_bytes = self->max_bytes;
  attach->name = g_filename_display_name (basename != NULL ? basename : "?");

  /* The copy's outcome is applied here whether or not the caller asks for it, so the claim
   * it took is never left behind. */
  task = g_task_new (self, cancellable, on_attached_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, attach_thread);
  g_task_set_task_data (task, attach, (GDestroyNotify) attach_free);
  g_task_set_check_cancellable (task, FALSE);
  self->n_busy++;
  g_task_run_in_thread (task, attach_thread);
}

gboolean
hammy_own_clips_attach_finish (HammyOwnClips  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The exercise goes back to ours; its copy is deleted when nothing else uses it. */
void
hammy_own_clips_remove (HammyOwnClips *self,
                        const char    *exercise_id)
{
  g_autofree char *file = NULL;
  Entry *entry;

  g_return_if_fail (HAMMY_IS_OWN_CLIPS (self));
  g_return_if_fail (exercise_id != NULL);

  entry = lookup (self, exercise_id);
  if (entry == NULL)
    return;

  file = g_strdup (entry->file);
  g_hash_table_remove (self->entries, exercise_id);
  release (self, file);
  save (self, file);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, exercise_id);
}

/* TRUE while a copy or a clean-up is under way. */
gboolean
hammy_own_clips_is_busy (HammyOwnClips *self)
{
  g_return_val_if_fail (HAMMY_IS_OWN_CLIPS (self), FALSE);

  return self->n_busy > 0;
}
