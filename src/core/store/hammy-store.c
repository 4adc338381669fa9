/* hammy-store.c: the files in the data folder.
 *
 * Every write goes through one thread of the store's own, in the order it was asked for:
 * a temporary file, fsync, rename (g_file_set_contents_full), so that a crash at any moment
 * leaves either the old file or the new one. A file that cannot be read is renamed aside
 * with a time stamp, its bytes untouched, and the person is told where it is. A file from a
 * newer Hammy is left where it is and protected from being written over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "hammy-clock.h"
#include "hammy-json-guard.h"
#include "hammy-store.h"

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

typedef struct
{
  GTask                *task;          /* NULL for the job that stops the thread */
  char                 *path;
  GBytes               *contents;     /* NULL for a move */
  char                 *move_to;      /* where a move takes @path */
  HammyStoreWriteFlags  flags;
} WriteJob;

struct _HammyStore
{
  GObject      parent_instance;

  char        *root;

  GMutex       mutex;          /* guards everything below */
  GCond        idle;
  GHashTable  *protected;      /* paths never to be written over */
  GAsyncQueue *queue;
  GThread     *writer;
  guint        n_pending;
  int          lock_fd;        /* -1 until the data folder is ours */
};

G_DEFINE_FINAL_TYPE (HammyStore, hammy_store, G_TYPE_OBJECT)

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->task);
  g_free (job->path);
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_free (job->move_to);
  g_free (job);
}

/* ---- the lock ------------------------------------------------------------------------ */

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

  if (g_mkdir_with_parents (self->root, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_FAILED,
                   _("The folder “%s” could not be made: %s."), self->root, g_strerror (saved_errno));
      return FALSE;
    }

  path = g_build_filename (self->root, ".lock", NULL);
  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_FAILED,
                   _("The folder “%s” cannot be written to: %s."), self->root, g_strerror (saved_errno));
      return FALSE;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_BUSY,
                   _("Another copy of Hammy is using your data, so this one will not save anything. Close the other copy and open Hammy again."));
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

/* ---- writing ------------------------------------------------------------------------- */

static char *
choose_new_name (const char *path)
{
  g_autofree char *stem = NULL;
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup (path);

  if (dot == NULL || (slash != NULL && dot < slash))
    dot = path + strlen (path);
  stem = g_strndup (path, dot - path);

  for (guint n = 1;; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u%s", stem, n, dot);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&candidate);
    }
}

static void
do_write (HammyStore *self,
          WriteJob   *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_path_get_dirname (job->path);
  g_autofree char *path = NULL;
  gboolean is_protected;

  g_mutex_lock (&self->mutex);
  is_protected = g_hash_table_contains (self->protected, job->path);
  if (!take_lock_locked (self, &error))
    {
      g_mutex_unlock (&self->mutex);
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }
  g_mutex_unlock (&self->mutex);

  if (is_protected && !(job->flags & HAMMY_STORE_WRITE_NEW))
    {
      g_autofree char *name = g_path_get_basename (job->path);

      g_task_return_new_error (job->task, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_PROTECTED,
                               _("“%s” is kept as it is because this version of Hammy cannot read it, so it was not written over."),
                               name);
      return;
    }

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (job->task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("The folder “%s” could not be made: %s."), directory, g_strerror (saved_errno));
      return;
    }

  path = job->flags & HAMMY_STORE_WRITE_NEW ? choose_new_name (job->path) : g_strdup (job->path);

  if (!g_file_set_contents_full (path, g_bytes_get_data (job->contents, NULL), g_bytes_get_size (job->contents),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (job->task, g_steal_pointer (&path), g_free);
}

/* A file or folder renamed in the queue's order: whatever was asked to be written into it
 * before is there first. An existing target is never replaced. */
static void
do_move (HammyStore *self,
         WriteJob   *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_path_get_dirname (job->move_to);
  g_autofree char *name = g_path_get_basename (job->path);

  g_mutex_lock (&self->mutex);
  if (!take_lock_locked (self, &error))
    {
      g_mutex_unlock (&self->mutex);
      g_task_return_error (job->task, g_steal_pointer (&error));
      return;
    }
  g_mutex_unlock (&self->mutex);

  if (!g_file_test (job->path, G_FILE_TEST_EXISTS))
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
  if (g_mkdir_with_parents (directory, 0700) != 0 || g_rename (job->path, job->move_to) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (job->task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("It could not be moved: %s."), g_strerror (saved_errno));
      return;
    }

  g_task_return_pointer (job->task, g_strdup (job->move_to), g_free);
}

static gpointer
writer_thread (gpointer data)
{
  HammyStore *self = data;

  for (;;)
    {
      WriteJob *job = g_async_queue_pop (self->queue);
      gboolean stop = job->task == NULL;

      if (!stop && job->contents == NULL)
        do_move (self, job);
      else if (!stop)
        do_write (self, job);
      write_job_free (job);

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

void
hammy_store_write_async (HammyStore           *self,
                         const char           *relative_path,
                         GBytes               *contents,
                         HammyStoreWriteFlags  flags,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  WriteJob *job;

  g_return_if_fail (HAMMY_IS_STORE (self));
  g_return_if_fail (relative_path != NULL && !g_path_is_absolute (relative_path));
  g_return_if_fail (contents != NULL);

  job = g_new0 (WriteJob, 1);
  /* No source object: the last reference to a task may drop on the writer thread, and the
   * store must never be finalized there. Finalizing waits for the queue instead. */
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, hammy_store_write_async);
  job->path = hammy_store_dup_path (self, relative_path);
  job->contents = g_bytes_ref (contents);
  job->flags = flags;

  g_mutex_lock (&self->mutex);
  self->n_pending++;
  if (self->writer == NULL)
    self->writer = g_thread_new ("hammy-store", writer_thread, self);
  g_mutex_unlock (&self->mutex);

  g_async_queue_push (self->queue, job);
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
  WriteJob *job;

  g_return_if_fail (HAMMY_IS_STORE (self));
  g_return_if_fail (relative_from != NULL && !g_path_is_absolute (relative_from));
  g_return_if_fail (relative_to != NULL && !g_path_is_absolute (relative_to));

  job = g_new0 (WriteJob, 1);
  job->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (job->task, hammy_store_move_async);
  job->path = hammy_store_dup_path (self, relative_from);
  job->move_to = hammy_store_dup_path (self, relative_to);

  g_mutex_lock (&self->mutex);
  self->n_pending++;
  if (self->writer == NULL)
    self->writer = g_thread_new ("hammy-store", writer_thread, self);
  g_mutex_unlock (&self->mutex);

  g_async_queue_push (self->queue, job);
}

char *
hammy_store_move_finish (HammyStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
hammy_store_write_finish (HammyStore    *self,
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

static void
protect (HammyStore *self,
         const char *path)
{
  g_mutex_lock (&self->mutex);
  g_hash_table_add (self->protected, g_strdup (path));
  g_mutex_unlock (&self->mutex);
}

/* Renames @path to a name beside it with the time in it; never replaces anything. */
static char *
keep_aside (const char *path)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_clock_get_default ());
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");

  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *kept = n == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);

      /* link() then unlink() rather than rename(): link never replaces an existing file. */
      if (link (path, kept) == 0)
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
          if (!g_file_test (kept, G_FILE_TEST_EXISTS) && g_rename (path, kept) == 0)
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

  problem->path = g_strdup (path);
  shown = g_str_has_prefix (path, self->root) && path[strlen (self->root)] == G_DIR_SEPARATOR
          ? g_strdup (path + strlen (self->root) + 1) : g_strdup (path);

  if (action == LEAVE_NEWER)
    {
      problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s It was left as it is and will not be changed; a newer Hammy can still open it."),
                                          shown, reason);
      return problem;
    }
  if (action == LEAVE_UNREADABLE)
    {
      problem->message = g_strdup_printf (_("Hammy could not read “%s”: %s. It was left as it is and will not be written over."),
                                          shown, reason);
      return problem;
    }

  problem->kept_path = keep_aside (path);
  if (problem->kept_path != NULL)
    problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s Its contents were kept, untouched, in “%s”, and everything else goes on as usual."),
                                        shown, reason, problem->kept_path);
  else
    problem->message = g_strdup_printf (_("Hammy could not read “%s”. %s It could not be moved aside, so it was left where it is and will not be written over."),
                                        shown, reason);

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
  GStatBuf info;
  HammyStoreProblem *dummy = NULL;

  g_return_val_if_fail (HAMMY_IS_STORE (self), NULL);
  g_return_val_if_fail (format != NULL && load != NULL, NULL);

  if (problem == NULL)
    problem = &dummy;
  *problem = NULL;

  path = hammy_store_dup_path (self, relative_path);
  if (g_stat (path, &info) != 0)
    {
      if (errno == ENOENT)
        return NULL;
      *problem = problem_new (self, path, g_strerror (errno), LEAVE_UNREADABLE);
      protect (self, path);
      goto out;
    }

  /* Too big to be ours: not even read into memory. */
  if (!S_ISREG (info.st_mode) || (gsize) info.st_size > format->max_bytes)
    {
      *problem = problem_new (self, path, S_ISREG (info.st_mode) ? _("It is larger than any file Hammy writes of this kind.")
                                                                 : _("It is not a regular file."), KEEP_ASIDE);
      if ((*problem)->kept_path == NULL)
        protect (self, path);
      goto out;
    }

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      *problem = problem_new (self, path, error->message, LEAVE_UNREADABLE);
      protect (self, path);
      goto out;
    }

  limits.max_bytes = format->max_bytes;
  limits.max_depth = format->max_depth;
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
  if ((*problem)->kept_path == NULL)
    protect (self, path);

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
      g_async_queue_push (self->queue, g_new0 (WriteJob, 1));
      g_thread_join (self->writer);
    }
  if (self->lock_fd >= 0)
    close (self->lock_fd);

  g_async_queue_unref (self->queue);
  g_hash_table_unref (self->protected);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->idle);
  g_free (self->root);

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
  self->protected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
