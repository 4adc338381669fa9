/* hammy-store.c: the files in the data folder.
 *
 * Every write goes through one thread of the store's own, in the order it was asked for:
 * a temporary file beside the target, synced, then renamed over it, so that a crash at any
 * moment leaves either the old file or the new one. Several files asked for as one step are
 * all written to temporary files first and renamed only when every one of them is there. A
 * file that cannot be read is renamed aside with a time stamp, its bytes untouched, and the
 * person is told where it is. A file from a newer Hammy is left where it is and protected
 * from being written over. Every read is bounded by the bytes read, never by a reported size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* syncfs (): one flush of the disk for a step of many files, rather than one each. */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hammy-clock.h"
#include "hammy-json-guard.h"
#include "hammy-store-private.h"

/* Temporary files start with this, so that listings skip them and a crash's leftovers are
 * known for what they are at the next start. */
#define TEMP_PREFIX ".tmp-"
/* A step of more files than this is flushed to the disk once, not file by file. */
#define SYNC_EACH_MAX 4
/* Bytes read at a time: a multiple of eight, which files in /proc such as pagemap need. */
#define READ_CHUNK (64 * 1024)

G_DEFINE_QUARK (hammy-store-error-quark, hammy_store_error)

G_DEFINE_BOXED_TYPE (HammyStoreProblem, hammy_store_problem,
                     hammy_store_problem_copy, hammy_store_problem_free)

HammyStoreProblem *
hammy_store_problem_copy (const HammyStoreProblem *problem)
{
  HammyStoreProblem *copy = g_new0 (HammyStoreProblem, 1);

  copy->path = g_strdup (problem->path);
  copy->kept_path = g_strdup (problem->kept_path);
  copy->message = g_strdup (problem->message);

  return copy;
}

void
hammy_store_problem_free (HammyStoreProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->path);
  g_free (problem->kept_path);
  g_free (problem->message);
  g_free (problem);
}

/* A file of a job, with the temporary file it is written to first. */
typedef struct
{
  char                 *path;         /* absolute */
  GBytes               *contents;
  HammyStoreWriteFlags  flags;
  char                 *temp;         /* while written, before the rename */
  char                 *written;      /* where it went, once renamed (or found already there) */
} Item;

typedef struct
{
  GTask              *task;           /* NULL for the job that stops the thread */
  GPtrArray          *items;          /* of Item; NULL for a move */
  char               *move_from;
  char               *move_to;
  gboolean            one;            /* hammy_store_write_async: one path back, not a list */
  HammyStoreProgress  progress;
  gpointer            progress_data;
  GMainContext       *context;        /* where progress is told */
} Job;

struct _HammyStore
{
  GObject      parent_instance;

  char        *root;

  GMutex       mutex;          /* guards everything below */
  GCond        idle;
  GHashTable  *protected;      /* path → the sentence why it is never to be written over */
  GAsyncQueue *queue;
  GThread     *writer;
  guint        n_pending;
  int          lock_fd;        /* -1 until the data folder is ours */
  char        *lock_note;      /* a sentence when the folder is ours without a lock */
};

G_DEFINE_FINAL_TYPE (HammyStore, hammy_store, G_TYPE_OBJECT)

static HammyStoreFault fault_hook;
static gpointer        fault_data;
G_LOCK_DEFINE_STATIC (fault);

void
hammy_store_set_fault (HammyStoreFault fault,
                       gpointer        user_data)
{
  G_LOCK (fault);
  fault_hook = fault;
  fault_data = user_data;
  G_UNLOCK (fault);
}

/* 0, or the errno a test wants @operation on @path to fail with; errno is set to it. */
static int
fault (const char *operation,
       const char *path)
{
  int errsv = 0;

  G_LOCK (fault);
  if (fault_hook != NULL)
    errsv = fault_hook (operation, path, fault_data);
  G_UNLOCK (fault);

  if (errsv != 0)
    errno = errsv;
  return errsv;
}

static void
item_free (Item *item)
{
  g_free (item->path);
  g_clear_pointer (&item->contents, g_bytes_unref);
  if (item->temp != NULL)
    g_unlink (item->temp);
  g_free (item->temp);
  g_free (item->written);
  g_free (item);
}

static void
job_free (Job *job)
{
  g_clear_object (&job->task);
  g_clear_pointer (&job->items, g_ptr_array_unref);
  g_free (job->move_from);
  g_free (job->move_to);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

/* ---- reasons ------------------------------------------------------------------------- */

char *
hammy_store_describe_errno (int      errsv,
                            gboolean writing)
{
  switch (errsv)
    {
    case ENOSPC:
      return g_strdup (_("there is no space left on the disk"));
    case EDQUOT:
      return g_strdup (_("your share of the disk is full"));
    case EROFS:
      return g_strdup (_("the disk can only be read, not written to"));
    case EACCES:
    case EPERM:
      return g_strdup (writing ? _("Hammy does not have permission to write there")
                               : _("Hammy does not have permission to read it"));
    case ELOOP:
      return g_strdup (_("a link on the way to it leads round in a circle"));
    case EIO:
      return g_strdup (_("the disk reported an error"));
    case ENOLCK:
    case EOPNOTSUPP:
    case ENOSYS:
      return g_strdup (_("the disk cannot lock files"));
    default:
      return g_strdup (g_strerror (errsv));
    }
}

static GQuark
error_domain_for (int errsv)
{
  return errsv == ENOSPC || errsv == EDQUOT || errsv == EROFS || errsv == EACCES || errsv == EPERM
         ? HAMMY_STORE_ERROR : G_IO_ERROR;
}

static int
error_code_for (int errsv)
{
  switch (errsv)
    {
    case ENOSPC:
    case EDQUOT:
      return HAMMY_STORE_ERROR_NO_SPACE;
    case EROFS:
    case EACCES:
    case EPERM:
      return HAMMY_STORE_ERROR_READ_ONLY;
    default:
      return g_io_error_from_errno (errsv);
    }
}

/* @text with its first letter as a sentence starts. */
static char *
capitalize (const char *text)
{
  g_autofree char *first = NULL;
  g_autofree char *upper = NULL;

  if (*text == '\0')
    return g_strdup (text);

  first = g_utf8_substring (text, 0, 1);
  upper = g_utf8_strup (first, -1);
  return g_strconcat (upper, g_utf8_next_char (text), NULL);
}

/* "… so “name” was not saved", the reason first, so that a toast cut short still says why. */
static void
set_write_error (GError     **error,
                 int          errsv,
                 const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *reason = hammy_store_describe_errno (errsv, TRUE);
  g_autofree char *sentence = capitalize (reason);

  /* Translators: the first %s is why, as a sentence starts ("There is no space left on the
   * disk"), the second a file's name */
  g_set_error (error, error_domain_for (errsv), error_code_for (errsv), _("%s, so “%s” was not saved."), sentence, name);
}

/* ---- the lock ------------------------------------------------------------------------ */

/* Why the data folder cannot be ours, in a sentence that ends with what Hammy does then. */
static void
set_lock_error (HammyStore  *self,
                GError     **error,
                int          errsv)
{
  switch (errsv)
    {
    case EROFS:
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_READ_ONLY,
                   _("Your data folder “%s” is on a disk that can only be read, so Hammy shows your data but saves nothing."),
                   self->root);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_READ_ONLY,
                   _("Hammy does not have permission to write in your data folder “%s”, so it shows your data but saves nothing."),
                   self->root);
      break;
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NO_SPACE,
                   _("There is no space left on the disk of your data folder “%s”, so Hammy shows your data but saves nothing. Free some space and open Hammy again."),
                   self->root);
      break;
    default:
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_FAILED,
                   _("Hammy cannot write in your data folder “%s” (%s), so it shows your data but saves nothing."),
                   self->root, g_strerror (errsv));
      break;
    }
}

/* One process at a time writes the data folder. The application is single-instance, but a
 * development build, a second session or a tool has its own: the lock is theirs to respect.
 * Called with the mutex held. */
static gboolean
take_lock_locked (HammyStore  *self,
                  GError     **error)
{
  g_autofree char *path = NULL;
  int fd;

  if (self->lock_fd >= 0)
    return TRUE;

  if (fault ("mkdir", self->root) != 0 || g_mkdir_with_parents (self->root, 0700) != 0)
    {
      set_lock_error (self, error, errno);
      return FALSE;
    }

  path = g_build_filename (self->root, ".lock", NULL);
  fd = fault ("open", path) != 0 ? -1 : g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_lock_error (self, error, errno);
      return FALSE;
    }

  if (fault ("flock", path) != 0 || flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved_errno = errno;

      /* A disk that cannot lock at all (NFS without its lock service) is not another copy:
       * the application is one per session, so Hammy saves, and says why it cannot be sure. */
      if (saved_errno == ENOLCK || saved_errno == EOPNOTSUPP || saved_errno == ENOSYS || saved_errno == EINVAL)
        {
          g_free (self->lock_note);
          self->lock_note = g_strdup_printf (_("Your data folder “%s” is on a disk that cannot lock files, so Hammy cannot tell whether another copy of it is using your data. It saves as usual: open Hammy on one computer at a time."),
                                             self->root);
          self->lock_fd = fd;
          return TRUE;
        }

      close (fd);
      if (saved_errno == EWOULDBLOCK || saved_errno == EAGAIN)
        g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_BUSY,
                     _("Another copy of Hammy is using your data, so this one will not save anything. Close the other copy and open Hammy again."));
      else
        set_lock_error (self, error, saved_errno);
      return FALSE;
    }

  self->lock_fd = fd;
  return TRUE;
}

gboolean
hammy_store_lock (HammyStore  *self,
                  GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), FALSE);

  locker = g_mutex_locker_new (&self->mutex);
  return take_lock_locked (self, error);
}

/* A sentence when the data folder is Hammy's without a lock (a disk that cannot lock), or
 * NULL. */
char *
hammy_store_dup_lock_note (HammyStore *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), NULL);

  locker = g_mutex_locker_new (&self->mutex);
  return g_strdup (self->lock_note);
}

/* GLib's own temporary files ("plan.json.AB12cd"), which Hammy wrote before it made its own. */
static gboolean
is_old_temp_name (const char *name)
{
  gsize length = strlen (name);
  g_autofree char *stem = NULL;

  if (length < 8 || name[length - 7] != '.')
    return FALSE;
  for (gsize i = length - 6; i < length; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;

  stem = g_strndup (name, length - 7);
  return g_str_has_suffix (stem, ".json") || g_str_has_suffix (stem, ".hammybackup");
}

static guint
remove_temps_in (const char *directory,
                 guint       depth)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      GStatBuf info;

      if (g_lstat (path, &info) != 0)
        continue;
      if (S_ISDIR (info.st_mode) && depth > 0)
        removed += remove_temps_in (path, depth - 1);
      else if (S_ISREG (info.st_mode) && (g_str_has_prefix (name, TEMP_PREFIX) || is_old_temp_name (name)) &&
               g_unlink (path) == 0)
        removed++;
    }

  return removed;
}

/* Temporary files a crash left behind, anywhere in the data folder: they never hold anything
 * that was reported saved, since a file counts as saved only once it is renamed into place.
 * Only the process that holds the folder may do this; returns how many went. */
guint
hammy_store_remove_stale (HammyStore *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), 0);

  locker = g_mutex_locker_new (&self->mutex);
  if (self->lock_fd < 0 || self->n_pending > 0)
    return 0;

  /* hammy/profiles/<id>/log/…, hammy/profiles/.deleted/<id>-<time>/plan-history/…: five below. */
  return remove_temps_in (self->root, 5);
}

/* ---- writing ------------------------------------------------------------------------- */

HammyStoreWrite *
hammy_store_write_new (const char           *relative_path,
                       GBytes               *contents,
                       HammyStoreWriteFlags  flags)
{
  HammyStoreWrite *write;

  g_return_val_if_fail (relative_path != NULL && !g_path_is_absolute (relative_path), NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  write = g_new0 (HammyStoreWrite, 1);
  write->path = g_strdup (relative_path);
  write->contents = g_bytes_ref (contents);
  write->flags = flags;

  return write;
}

void
hammy_store_write_free (HammyStoreWrite *write)
{
  if (write == NULL)
    return;

  g_free (write->path);
  g_bytes_unref (write->contents);
  g_free (write);
}

/* TRUE when the file at @path holds exactly @contents. */
static gboolean
holds_bytes (const char *path,
             GBytes     *contents)
{
  g_autofree char *found = NULL;
  gsize length = 0;

  if (!hammy_store_read_file (path, g_bytes_get_size (contents), &found, &length, NULL))
    return FALSE;

  return length == g_bytes_get_size (contents) && memcmp (found, g_bytes_get_data (contents, NULL), length) == 0;
}

/* The name a NEW file gets: @path, or with a number when taken. With ONCE, a name that
 * already holds these bytes is given back instead, and *@already says so. */
static char *
choose_new_name (const char *path,
                 GBytes     *contents,
                 gboolean    once,
                 gboolean   *already)
{
  g_autofree char *stem = NULL;
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  *already = FALSE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup (path);
  if (once && holds_bytes (path, contents))
    {
      *already = TRUE;
      return g_strdup (path);
    }

  if (dot == NULL || (slash != NULL && dot < slash))
    dot = path + strlen (path);
  stem = g_strndup (path, dot - path);

  for (guint n = 1;; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u%s", stem, n, dot);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
      if (once && holds_bytes (candidate, contents))
        {
          *already = TRUE;
          return g_steal_pointer (&candidate);
        }
    }
}

static gboolean
write_whole (int           fd,
             const guint8 *data,
             gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          if (written == 0)
            errno = EIO;
          return FALSE;
        }
      data += written;
      length -= written;
    }

  return TRUE;
}

/* The bytes of @item into a temporary file beside its target, synced when @sync. */
static gboolean
write_temp (Item      *item,
            gboolean   sync,
            GError   **error)
{
  g_autofree char *directory = g_path_get_dirname (item->path);
  g_autofree char *name = g_path_get_basename (item->path);
  g_autofree char *temp = g_strdup_printf ("%s" G_DIR_SEPARATOR_S TEMP_PREFIX "%s-XXXXXX", directory, name);
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (item->contents, &length);
  int fd;

  if (fault ("mkdir", directory) != 0 || g_mkdir_with_parents (directory, 0700) != 0)
    {
      set_write_error (error, errno, item->path);
      return FALSE;
    }

  fd = fault ("open", item->path) != 0 ? -1 : g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_write_error (error, errno, item->path);
      return FALSE;
    }
  item->temp = g_steal_pointer (&temp);

  if (fault ("write", item->path) != 0 || !write_whole (fd, data, length) ||
      (sync && (fault ("fsync", item->path) != 0 || fsync (fd) != 0)))
    {
      int saved_errno = errno;

      close (fd);
      set_write_error (error, saved_errno, item->path);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      set_write_error (error, errno, item->path);
      return FALSE;
    }

  return TRUE;
}

static void
sync_directory (const char *directory)
{
  int fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* The whole disk flushed once: after many temporary files were written without a sync each. */
static gboolean
sync_all (const char  *directory,
          const char  *path,
          GError     **error)
{
  int fd = g_open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int result;

  if (fd < 0)
    {
      set_write_error (error, errno, path);
      return FALSE;
    }
#ifdef __linux__
  result = fault ("fsync", path) != 0 ? -1 : syncfs (fd);
#else
  result = fault ("fsync", path) != 0 ? -1 : (sync (), 0);
#endif
  if (result != 0)
    {
      int saved_errno = errno;

      close (fd);
      set_write_error (error, saved_errno, path);
      return FALSE;
    }
  close (fd);

  return TRUE;
}

typedef struct
{
  HammyStoreProgress  progress;
  gpointer            data;
  guint               done;
  guint               total;
} Progress;

static gboolean
tell_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;

  progress->progress (progress->done, progress->total, progress->data);
  return G_SOURCE_REMOVE;
}

static void
report_progress (Job   *job,
                 guint  done,
                 guint  total)
{
  Progress *progress;

  if (job->progress == NULL)
    return;

  progress = g_new0 (Progress, 1);
  progress->progress = job->progress;
  progress->data = job->progress_data;
  progress->done = done;
  progress->total = total;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, tell_progress_cb, progress, g_free);
}

/* The temporary files of a step that stops: gone before anyone hears it stopped. */
static void
drop_temps (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (item->temp != NULL)
        g_unlink (item->temp);
      g_clear_pointer (&item->temp, g_free);
    }
}

/* Every file of @job as one step: all written to temporary files (any failure, and nothing
 * changes), then renamed into place in order, then the folders synced so the names last. */
static void
do_write (HammyStore *self,
          Job        *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) directories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *items = job->items;
  gboolean sync_each = items->len <= SYNC_EACH_MAX;
  guint step = MAX (1, items->len / 100);
  GHashTableIter iter;
  gpointer directory;

  g_mutex_lock (&self->mutex);
  if (!take_lock_locked (self, &error))
    {
      g_mutex_unlock (&self->mutex);
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < items->len && error == NULL; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      const char *reason = g_hash_table_lookup (self->protected, item->path);

      if (reason != NULL && !(item->flags & HAMMY_STORE_WRITE_NEW))
        g_set_error_literal (&error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_PROTECTED, reason);
    }
  g_mutex_unlock (&self->mutex);
  if (error != NULL)
    {
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (g_cancellable_is_cancelled (g_task_get_cancellable (job->task)))
        {
          drop_temps (items);
          g_task_return_error_if_cancelled (job->task);
          return;
        }
      if (!write_temp (item, sync_each, &error))
        {
          drop_temps (items);
          g_task_return_error (job->task, g_steal_pointer (&error));
          return;
        }
      if (job->progress != NULL && ((i + 1) % step == 0 || i + 1 == items->len))
        report_progress (job, i + 1, items->len * 2);
    }
  if (!sync_each)
    {
      Item *first = g_ptr_array_index (items, 0);
      g_autofree char *top = g_path_get_dirname (first->path);

      if (!sync_all (top, first->path, &error))
        {
          drop_temps (items);
          g_task_return_error (job->task, g_steal_pointer (&error));
          return;
        }
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      gboolean already = FALSE;
      g_autofree char *target = item->flags & HAMMY_STORE_WRITE_NEW
                                ? choose_new_name (item->path, item->contents, item->flags & HAMMY_STORE_WRITE_ONCE, &already)
                                : g_strdup (item->path);

      if (already)
        {
          g_unlink (item->temp);
          g_clear_pointer (&item->temp, g_free);
        }
      else if (fault ("rename", item->path) != 0 || g_rename (item->temp, target) != 0)
        {
          /* Files before this one are in place: the step stops here, and says so. */
          set_write_error (&error, errno, item->path);
          drop_temps (items);
          g_task_return_error (job->task, g_steal_pointer (&error));
          return;
        }
      g_clear_pointer (&item->temp, g_free);
      g_hash_table_add (directories, g_path_get_dirname (target));
      item->written = g_steal_pointer (&target);
      /* The last always, so that the whole is reached whatever the count. */
      if (job->progress != NULL && ((i + 1) % step == 0 || i + 1 == items->len))
        report_progress (job, items->len + i + 1, items->len * 2);
    }

  g_hash_table_iter_init (&iter, directories);
  while (g_hash_table_iter_next (&iter, &directory, NULL))
    sync_directory (directory);

  if (job->one)
    {
      Item *item = g_ptr_array_index (items, 0);

      g_task_return_pointer (job->task, g_steal_pointer (&item->written), g_free);
    }
  else
    {
      GPtrArray *written = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (written, g_steal_pointer (&((Item *) g_ptr_array_index (items, i))->written));
      g_task_return_pointer (job->task, written, (GDestroyNotify) g_ptr_array_unref);
    }
}

/* A file or folder renamed in the queue's order: whatever was asked to be written into it
 * before is there first. An existing target is never replaced. */
static void
do_move (HammyStore *self,
         Job        *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_path_get_dirname (job->move_to);
  g_autofree char *name = g_path_get_basename (job->move_from);

  g_mutex_lock (&self->mutex);
  if (!take_lock_locked (self, &error))
    {
      g_mutex_unlock (&self->mutex);
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }
  g_mutex_unlock (&self->mutex);

  if (!g_file_test (job->move_from, G_FILE_TEST_EXISTS))
    {
      g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("“%s” is not there any more."), name);
      return;
    }
  if (g_file_test (job->move_to, G_FILE_TEST_EXISTS))
    {
      g_autofree char *target = g_path_get_basename (job->move_to);

      g_task_return_new_error (job->task, G_IO_ERROR, G_IO_ERROR_EXISTS,
                               _("Something called “%s” is already there."), target);
      return;
    }
  if (fault ("mkdir", directory) != 0 || g_mkdir_with_parents (directory, 0700) != 0 ||
      fault ("rename", job->move_from) != 0 || g_rename (job->move_from, job->move_to) != 0)
    {
      int saved_errno = errno;
      g_autofree char *reason = hammy_store_describe_errno (saved_errno, TRUE);

      g_task_return_new_error (job->task, error_domain_for (saved_errno), error_code_for (saved_errno),
                               _("It could not be moved: %s."), reason);
      return;
    }
  sync_directory (directory);

  g_task_return_pointer (job->task, g_strdup (job->move_to), g_free);
}

static gpointer
writer_thread (gpointer data)
{
  HammyStore *self = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (self->queue);
      gboolean stop = job->task == NULL;

      if (!stop && job->items == NULL)
        do_move (self, job);
      else if (!stop)
        do_write (self, job);
      job_free (job);

      g_mutex_lock (&self->mutex);
      if (!stop)
        self->n_pending--;
      if (self->n_pending == 0)
        g_cond_broadcast (&self->idle);
      g_mutex_unlock (&self->mutex);

      if (stop)
        return NULL;
    }
}

static void
push_job (HammyStore *self,
          Job        *job)
{
  g_mutex_lock (&self->mutex);
  self->n_pending++;
  if (self->writer == NULL)
    self->writer = g_thread_new ("hammy-store", writer_thread, self);
  g_mutex_unlock (&self->mutex);

  g_async_queue_push (self->queue, job);
}

static Item *
item_new (HammyStore           *self,
          const char           *relative_path,
          GBytes               *contents,
          HammyStoreWriteFlags  flags)
{
  Item *item = g_new0 (Item, 1);

  item->path = hammy_store_dup_path (self, relative_path);
  item->contents = g_bytes_ref (contents);
  item->flags = flags;

  return item;
}

void
hammy_store_write_async (HammyStore           *self,
                         const char           *relative_path,
                         GBytes               *contents,
                         HammyStoreWriteFlags  flags,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  Job *job;

  g_return_if_fail (HAMMY_IS_STORE (self));
  g_return_if_fail (relative_path != NULL && !g_path_is_absolute (relative_path));
  g_return_if_fail (contents != NULL);

  job = g_new0 (Job, 1);
  /* No source object: the last reference to a task may drop on the writer thread, and the
   * store must never be finalized there. Finalizing waits for the queue instead. */
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, hammy_store_write_async);
  job->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_ptr_array_add (job->items, item_new (self, relative_path, contents, flags));
  job->one = TRUE;

  push_job (self, job);
}

char *
hammy_store_write_finish (HammyStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Writes @writes (of HammyStoreWrite) as one step, in order: nothing is renamed into place
 * before every file is written out, so a failure while writing changes nothing, and a crash
 * leaves the first files in place and never a later one without them. A step of many files
 * is flushed to the disk once. @progress hears on the caller's main context; cancelling
 * works until the files start going into place. Gives the paths written, in order. */
void
hammy_store_write_all_async (HammyStore          *self,
                             GPtrArray           *writes,
                             HammyStoreProgress   progress,
                             gpointer             progress_data,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  Job *job;

  g_return_if_fail (HAMMY_IS_STORE (self));
  g_return_if_fail (writes != NULL && writes->len > 0);

  job = g_new0 (Job, 1);
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, hammy_store_write_all_async);
  job->items = g_ptr_array_new_full (writes->len, (GDestroyNotify) item_free);
  for (guint i = 0; i < writes->len; i++)
    {
      HammyStoreWrite *write = g_ptr_array_index (writes, i);

      g_ptr_array_add (job->items, item_new (self, write->path, write->contents, write->flags));
    }
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();

  push_job (self, job);
}

GPtrArray *
hammy_store_write_all_finish (HammyStore    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Renames @relative_from to @relative_to after every write asked for before, on the writer
 * thread; gives the new path. Fails without touching anything when the target exists. */
void
hammy_store_move_async (HammyStore          *self,
                        const char          *relative_from,
                        const char          *relative_to,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  Job *job;

  g_return_if_fail (HAMMY_IS_STORE (self));
  g_return_if_fail (relative_from != NULL && !g_path_is_absolute (relative_from));
  g_return_if_fail (relative_to != NULL && !g_path_is_absolute (relative_to));

  job = g_new0 (Job, 1);
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, hammy_store_move_async);
  job->move_from = hammy_store_dup_path (self, relative_from);
  job->move_to = hammy_store_dup_path (self, relative_to);

  push_job (self, job);
}

char *
hammy_store_move_finish (HammyStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Waits until every write asked for so far is on disk: quitting calls this. */
void
hammy_store_flush (HammyStore *self)
{
  g_return_if_fail (HAMMY_IS_STORE (self));

  g_mutex_lock (&self->mutex);
  while (self->n_pending > 0)
    g_cond_wait (&self->idle, &self->mutex);
  g_mutex_unlock (&self->mutex);
}

guint
hammy_store_get_n_pending (HammyStore *self)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), 0);

  locker = g_mutex_locker_new (&self->mutex);
  return self->n_pending;
}

GBytes *
hammy_json_to_bytes (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  gsize length = 0;
  char *data;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

/* ---- reading ------------------------------------------------------------------------- */

gboolean
hammy_store_read_file (const char  *path,
                       gsize        max_bytes,
                       char       **contents,
                       gsize       *length,
                       GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize size = 0, capacity = 0;
  struct stat info;
  int fd, flags;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL && length != NULL, FALSE);

  /* Not blocking: a pipe with no one at the other end must not hang the reading. */
  fd = fault ("open", path) != 0 ? -1 : g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *reason = hammy_store_describe_errno (saved_errno, FALSE);

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), reason);
      return FALSE;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      close (fd);
      g_set_error_literal (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NOT_A_FILE, _("It is not a regular file."));
      return FALSE;
    }
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  /* What the file says its size is only sizes the first buffer; the bytes decide. */
  capacity = MIN ((gsize) MAX (info.st_size, 0), max_bytes) + READ_CHUNK;
  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      gssize got;

      if (capacity - size < READ_CHUNK)
        {
          capacity = MIN (capacity * 2, max_bytes + READ_CHUNK);
          if (capacity - size < READ_CHUNK)
            capacity = size + READ_CHUNK;
          buffer = g_realloc (buffer, capacity + 1);
        }
      got = fault ("read", path) != 0 ? -1 : read (fd, buffer + size, READ_CHUNK);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;
          g_autofree char *reason = hammy_store_describe_errno (saved_errno, FALSE);

          close (fd);
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), reason);
          return FALSE;
        }
      if (got == 0)
        break;
      size += got;
      if (size > max_bytes)
        {
          close (fd);
          g_set_error_literal (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                               _("It is larger than any file Hammy writes of this kind."));
          return FALSE;
        }
    }
  close (fd);

  buffer[size] = '\0';
  *contents = g_steal_pointer (&buffer);
  *length = size;
  return TRUE;
}

GBytes *
hammy_store_read_gfile (GFile         *file,
                        gsize          max_bytes,
                        gint          *progress,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autofree guint8 *buffer = NULL;
  goffset reported;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A pipe or a device is refused before it is opened: opening a pipe waits for a writer. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NOT_A_FILE, _("It is not a file."));
      return NULL;
    }
  reported = g_file_info_get_size (info);

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return NULL;

  /* The size it reports sizes nothing but the progress: the bytes read decide. */
  bytes = g_byte_array_sized_new (MIN ((gsize) MAX (reported, 0), max_bytes) + 1);
  buffer = g_malloc (READ_CHUNK);
  for (;;)
    {
      gssize got = g_input_stream_read (G_INPUT_STREAM (input), buffer, READ_CHUNK, cancellable, error);

      if (got < 0)
        return NULL;
      if (got == 0)
        break;
      if (bytes->len + (gsize) got > max_bytes)
        {
          g_set_error_literal (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                               _("It is larger than any file Hammy writes of this kind."));
          return NULL;
        }
      g_byte_array_append (bytes, buffer, got);
      if (progress != NULL && reported > 0)
        g_atomic_int_set (progress, (gint) MIN (1000, bytes->len * 1000 / reported));
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static HammyJsonLimits
limits_of (const HammyStoreFormat *format)
{
  HammyJsonLimits limits = { 0 };

  limits.max_bytes = format->max_bytes;
  limits.max_depth = format->max_depth;
  limits.max_items = format->max_items;
  limits.max_values = format->max_values;

  return limits;
}

gboolean
hammy_store_check_bytes (const HammyStoreFormat  *format,
                         GBytes                  *contents,
                         HammyStoreLoad           load,
                         gpointer                 user_data,
                         GDestroyNotify           free_loaded,
                         GError                 **error)
{
  HammyJsonLimits limits;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) cause = NULL;
  gpointer loaded;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (format != NULL && contents != NULL && load != NULL, FALSE);

  limits = limits_of (format);
  data = g_bytes_get_data (contents, &length);
  root = hammy_json_parse_untrusted (data != NULL ? data : "", length, &limits, &cause);
  if (root != NULL && hammy_json_check_header (json_node_get_object (root), format->name, format->version, NULL, &cause) &&
      (loaded = load (json_node_get_object (root), user_data, &cause)) != NULL)
    {
      if (free_loaded != NULL)
        free_loaded (loaded);
      return TRUE;
    }

  if (cause == NULL)
    hammy_json_set_invalid (&cause, _("It does not hold what Hammy expects."));
  g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_REFUSED,
               _("Hammy did not save it, because Hammy itself could not read it back: %s"), cause->message);
  return FALSE;
}

/* Never written over from now on; @reason says why to whoever asks to write it. */
static void
protect (HammyStore *self,
         const char *path,
         char       *reason)
{
  g_mutex_lock (&self->mutex);
  g_hash_table_insert (self->protected, g_strdup (path), reason);
  g_mutex_unlock (&self->mutex);
}

/* Renames @path to a name beside it with the time in it; never replaces anything. A link is
 * moved as a link: what it points to is never copied or touched. */
static char *
keep_aside (const char *path)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_clock_get_default ());
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");

  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *kept = n == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);

      /* linkat () without following, then unlink (): link never replaces an existing file,
       * and a link is linked as itself. */
      if (fault ("link", path) == 0 && linkat (AT_FDCWD, path, AT_FDCWD, kept, 0) == 0)
        {
          if (g_unlink (path) != 0)
            {
              g_unlink (kept);
              return NULL;
            }
          return g_steal_pointer (&kept);
        }
      if (errno != EEXIST)
        {
          /* A file system without hard links: fall back to rename, checked first. */
          if (!g_file_test (kept, G_FILE_TEST_EXISTS) && fault ("rename", path) == 0 && g_rename (path, kept) == 0)
            return g_steal_pointer (&kept);
          return NULL;
        }
    }

  return NULL;
}

typedef enum
{
  KEEP_ASIDE,
  LEAVE_NEWER,
  LEAVE_UNREADABLE,
} ProblemAction;

static HammyStoreProblem *
problem_new (HammyStore    *self,
             const char    *path,
             const char    *reason,
             ProblemAction  action)
{
  HammyStoreProblem *problem = g_new0 (HammyStoreProblem, 1);
  g_autofree char *shown = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gboolean is_link;
  GStatBuf info;

  problem->path = g_strdup (path);
  shown = g_str_has_prefix (path, self->root) && path[strlen (self->root)] == G_DIR_SEPARATOR
          ? g_strdup (path + strlen (self->root) + 1) : g_strdup (path);
  is_link = g_lstat (path, &info) == 0 && S_ISLNK (info.st_mode);

  if (action == LEAVE_NEWER)
    {
      problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s It was left as it is and will not be changed; a newer Hammy can still open it."),
                                          shown, reason);
      protect (self, path, g_strdup_printf (_("“%s” was written by a newer version of Hammy, so it is kept as it is and was not written over."), name));
      return problem;
    }
  if (action == LEAVE_UNREADABLE)
    {
      problem->message = g_strdup_printf (_("Hammy could not read “%s”: %s. It was left as it is and will not be written over."),
                                          shown, reason);
      protect (self, path, g_strdup_printf (_("Hammy could not read “%s” (%s), so it was not written over."), name, reason));
      return problem;
    }

  problem->kept_path = keep_aside (path);
  if (problem->kept_path != NULL && is_link)
    problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s It is a link to another file: the link was moved to “%s”, the file it leads to was left alone, and everything else goes on as usual."),
                                        shown, reason, problem->kept_path);
  else if (problem->kept_path != NULL)
    problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s Its contents were kept, untouched, in “%s”, and everything else goes on as usual."),
                                        shown, reason, problem->kept_path);
  else
    {
      problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s It could not be moved aside, so it was left where it is and will not be written over."),
                                          shown, reason);
      protect (self, path, g_strdup_printf (_("Hammy could not read “%s” or move it aside, so it was not written over."), name));
    }

  return problem;
}

/* Reads @relative_path as @format. A file that does not exist is no problem and gives NULL;
 * one that cannot be used gives NULL and @problem, kept aside or protected as it deserves. */
gpointer
hammy_store_load (HammyStore              *self,
                  const char              *relative_path,
                  const HammyStoreFormat  *format,
                  HammyStoreLoad           load,
                  gpointer                 user_data,
                  HammyStoreProblem      **problem)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  HammyJsonLimits limits;
  JsonObject *object;
  gint64 version = 0;
  gsize length = 0;
  gpointer result;
  HammyStoreProblem *dummy = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), NULL);
  g_return_val_if_fail (format != NULL && load != NULL, NULL);

  if (problem == NULL)
    problem = &dummy;
  *problem = NULL;

  path = hammy_store_dup_path (self, relative_path);

  /* Never more than the largest file of its kind is read into memory, whatever size the file
   * reports: /proc/self/pagemap says 0 and goes on for gigabytes. */
  if (!hammy_store_read_file (path, format->max_bytes, &contents, &length, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return NULL;

      if (g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE) && format->too_large != NULL)
        *problem = problem_new (self, path, _(format->too_large), KEEP_ASIDE);
      else if (g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE) ||
               g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NOT_A_FILE))
        *problem = problem_new (self, path, error->message, KEEP_ASIDE);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS))
        *problem = problem_new (self, path, _("It is a link that leads round in a circle."), KEEP_ASIDE);
      else
        *problem = problem_new (self, path, error->message, LEAVE_UNREADABLE);
      goto out;
    }

  limits = limits_of (format);
  root = hammy_json_parse_untrusted (contents, length, &limits, &error);
  object = root != NULL ? json_node_get_object (root) : NULL;

  if (object != NULL && !hammy_json_check_header (object, format->name, format->version, &version, &error))
    object = NULL;

  if (object != NULL && version < format->version)
    {
      /* Migrate in memory; the original bytes are kept beside the file, once. */
      g_autofree char *original = g_strdup_printf ("%s.version-%" G_GINT64_FORMAT, path, version);

      if (!g_file_test (original, G_FILE_TEST_EXISTS))
        g_file_set_contents_full (original, contents, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);

      for (; object != NULL && version < format->version; version++)
        {
          if (format->migrate == NULL || !format->migrate (object, version, &error))
            object = NULL;
        }
      if (object != NULL)
        json_object_set_int_member (object, "version", format->version);
    }

  result = object != NULL ? load (object, user_data, &error) : NULL;
  if (result != NULL)
    return result;

  if (error == NULL)
    hammy_json_set_invalid (&error, _("It does not hold what Hammy expects."));

  *problem = problem_new (self, path, error->message,
                         g_error_matches (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_NEWER_VERSION) ? LEAVE_NEWER : KEEP_ASIDE);

out:
  g_clear_pointer (&dummy, hammy_store_problem_free);
  return NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in @relative_dir ending in @suffix, sorted; kept-aside copies never match. */
GPtrArray *
hammy_store_list (HammyStore *self,
                  const char *relative_dir,
                  const char *suffix)
{
  g_autofree char *directory = hammy_store_dup_path (self, relative_dir);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, suffix) && name[0] != '.')
        g_ptr_array_add (names, g_build_filename (relative_dir, name, NULL));
    }
  g_ptr_array_sort (names, compare_names);

  return names;
}

/* ---- the object ---------------------------------------------------------------------- */

static void
hammy_store_finalize (GObject *object)
{
  HammyStore *self = HAMMY_STORE (object);

  if (self->writer != NULL)
    {
      g_async_queue_push (self->queue, g_new0 (Job, 1));
      g_thread_join (self->writer);
    }
  if (self->lock_fd >= 0)
    close (self->lock_fd);

  g_async_queue_unref (self->queue);
  g_hash_table_unref (self->protected);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->idle);
  g_free (self->root);
  g_free (self->lock_note);

  G_OBJECT_CLASS (hammy_store_parent_class)->finalize (object);
}

static void
hammy_store_class_init (HammyStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_store_finalize;
}

static void
hammy_store_init (HammyStore *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->idle);
  self->protected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->queue = g_async_queue_new ();
  self->lock_fd = -1;
}

HammyStore *
hammy_store_new (const char *root)
{
  HammyStore *self;

  g_return_val_if_fail (root != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_STORE, NULL);
  self->root = g_strdup (root);

  return self;
}

const char *
hammy_store_get_root (HammyStore *self)
{
  g_return_val_if_fail (HAMMY_IS_STORE (self), NULL);

  return self->root;
}

char *
hammy_store_dup_path (HammyStore *self,
                      const char *relative_path)
{
  g_return_val_if_fail (HAMMY_IS_STORE (self), NULL);
  g_return_val_if_fail (relative_path != NULL, NULL);

  return g_build_filename (self->root, relative_path, NULL);
}
