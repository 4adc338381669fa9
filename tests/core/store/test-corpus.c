/* test-corpus.c: every file in tests/corpus/ taken the way it would reach Hammy, and checked
 * against tests/corpus/manifest.json: loaded, refused with the right sentence, or kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"

/* Where each kind of file lives under the data folder; NULL for files from outside. */
#define PROFILE_DIR "profiles/default"

static HammyLibrary *library;
static JsonObject *neighbours;

/* The sandbox of one test: the data folder, with decoys where a hostile path would lead. */
typedef struct
{
  char *top;        /* the sandbox */
  char *root;       /* the data folder, top/a/data: "../../etc/passwd" from it is a decoy */
  int   watch_fd;   /* inotify on the decoys, or -1 */
} Sandbox;

static const char *
member_string (JsonObject *object,
               const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_string_member (object, name) : NULL;
}

/* Fifty megabytes a byte at a time would take seconds: the run so far is doubled instead. */
static void
append_repeated (GString    *text,
                 const char *unit,
                 gint64      times)
{
  gsize start = text->len;
  gsize total = strlen (unit) * times;

  if (total == 0)
    return;
  g_string_append (text, unit);
  while (text->len - start < total)
    {
      gsize have = text->len - start;

      g_string_append_len (text, text->str + start, MIN (have, total - have));
    }
}

static GBytes *
case_bytes (JsonObject *entry)
{
  const char *file = member_string (entry, "file");
  JsonObject *generate;
  GString *text;
  gint64 times;

  if (file != NULL)
    {
      g_autofree char *path = g_build_filename (CORPUS_DIR, file, NULL);
      char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        g_error ("The corpus file %s could not be read", path);
      return g_bytes_new_take (contents, length);
    }

  /* Too big or too deep to keep in the tree: made here, from the manifest's recipe. */
  generate = json_object_get_object_member (entry, "generate");
  times = json_object_get_int_member (generate, "times");
  text = g_string_sized_new ((strlen (member_string (generate, "repeat")) +
                              strlen (member_string (generate, "close"))) * times + 4096);
  g_string_append (text, member_string (generate, "head"));
  append_repeated (text, member_string (generate, "repeat"), times);
  g_string_append (text, member_string (generate, "middle"));
  append_repeated (text, member_string (generate, "close"), times);
  g_string_append (text, member_string (generate, "tail"));

  return g_string_free_to_bytes (text);
}

static char *
checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);

  g_assert_no_error (error);
  if (g_mapped_file_get_length (mapped) == 0)
    return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) "", 0);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) g_mapped_file_get_contents (mapped),
                                      g_mapped_file_get_length (mapped));
}

/* Every file under @top, by path relative to it, with a checksum of its bytes. */
static void
snapshot_into (GHashTable *files,
               const char *top,
               const char *relative)
{
  g_autofree char *path = g_build_filename (top, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = *relative ? g_build_filename (relative, name, NULL) : g_strdup (name);
      g_autofree char *full = g_build_filename (top, child, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        snapshot_into (files, top, child);
      else
        g_hash_table_insert (files, g_steal_pointer (&child), checksum_file (full));
    }
}

static GHashTable *
snapshot (const char *top)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  snapshot_into (files, top, "");
  return files;
}

static void
sandbox_init (Sandbox *sandbox)
{
  g_autoptr(GBytes) decoy = g_bytes_new_static ("decoy\n", 6);
  g_autofree char *passwd = NULL;
  g_autofree char *key = NULL;

  sandbox->top = g_build_filename (g_get_user_data_dir (), "sandbox", NULL);
  sandbox->root = g_build_filename (sandbox->top, "a", "data", NULL);
  passwd = g_build_filename (sandbox->top, "etc", "passwd", NULL);
  key = g_build_filename (sandbox->top, "home", "x", ".ssh", "id_rsa", NULL);
  hammy_test_write_file (passwd, g_bytes_get_data (decoy, NULL), g_bytes_get_size (decoy));
  hammy_test_write_file (key, g_bytes_get_data (decoy, NULL), g_bytes_get_size (decoy));
  g_assert_cmpint (g_mkdir_with_parents (sandbox->root, 0700), ==, 0);
  /* Relative paths resolve from the data folder, as from a working directory. */
  g_assert_cmpint (g_chdir (sandbox->root), ==, 0);
  sandbox->watch_fd = -1;
}

/* From here until sandbox_check_decoys, nothing may so much as open a decoy. */
static void
sandbox_watch_decoys (Sandbox *sandbox)
{
  const char *dirs[] = { "etc", "home/x/.ssh", "home/x" };

  sandbox->watch_fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (sandbox->watch_fd, >=, 0);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (sandbox->top, dirs[i], NULL);

      g_assert_cmpint (inotify_add_watch (sandbox->watch_fd, path, IN_ALL_EVENTS), >=, 0);
    }
}

static void
sandbox_check_decoys (Sandbox *sandbox)
{
  char events[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
  gssize got = read (sandbox->watch_fd, events, sizeof events);

  if (got > 0)
    {
      const struct inotify_event *event = (const struct inotify_event *) events;

      g_error ("A decoy was touched: event 0x%x on “%s”", event->mask, event->len > 0 ? event->name : "");
    }
  g_assert_cmpint (errno, ==, EAGAIN);
  close (sandbox->watch_fd);
  sandbox->watch_fd = -1;

  /* And the real places the corpus names were not created. */
  g_assert_false (g_file_test ("/home/x/.ssh/id_rsa", G_FILE_TEST_EXISTS));
}

static void
sandbox_clear (Sandbox *sandbox)
{
  g_assert_cmpint (g_chdir (g_get_user_data_dir ()), ==, 0);
  g_free (sandbox->top);
  g_free (sandbox->root);
}

/* ---- files from outside -------------------------------------------------------------- */

static void
check_outside (JsonObject *entry,
               GBytes     *bytes)
{
  const char *kind = member_string (entry, "kind");
  const char *expect = member_string (entry, "expect");
  const char *says = member_string (entry, "says");
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) loaded = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  Sandbox sandbox;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  sandbox_init (&sandbox);
  before = snapshot (sandbox.top);
  sandbox_watch_decoys (&sandbox);

  if (g_str_equal (kind, "plan-file"))
    loaded = G_OBJECT (hammy_plan_new_from_file_bytes (data, length, library, &error));
  else if (g_str_equal (kind, "backup"))
    loaded = G_OBJECT (hammy_backup_new_from_bytes (data, length, library, &error));
  else
    g_assert_not_reached ();

  sandbox_check_decoys (&sandbox);

  if (g_str_equal (expect, "loads"))
    {
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      if (HAMMY_IS_PLAN (loaded))
        {
          /* A plan from outside is never mistaken for one Hammy made. */
          g_assert_true (hammy_plan_get_imported (HAMMY_PLAN (loaded)));
          g_assert_true (hammy_plan_get_edited (HAMMY_PLAN (loaded)));
          g_assert_cmpuint (hammy_plan_get_n_items (HAMMY_PLAN (loaded)), >, 0);
        }
    }
  else
    {
      g_assert_cmpstr (expect, ==, "refused");
      g_assert_null (loaded);
      g_assert_nonnull (error);
      if (strstr (error->message, says) == NULL)
        g_error ("“%s” does not say “%s”", error->message, says);
    }

  /* Reading a file from outside writes nothing at all. */
  after = snapshot (sandbox.top);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  sandbox_clear (&sandbox);
}

/* ---- files in the data folder -------------------------------------------------------- */

static const char *
relative_path_for (const char *kind,
                   const char *name,
                   char      **out)
{
  if (g_str_equal (kind, "plan"))
    *out = g_build_filename (PROFILE_DIR, "plan.json", NULL);
  else if (g_str_equal (kind, "assessment"))
    *out = g_build_filename (PROFILE_DIR, "assessments", name, NULL);
  else if (g_str_equal (kind, "log-month"))
    *out = g_build_filename (PROFILE_DIR, "log", name, NULL);
  else if (g_str_equal (kind, "own-clips"))
    *out = g_build_filename (PROFILE_DIR, "clips.json", NULL);
  else if (g_str_equal (kind, "profiles"))
    *out = g_strdup ("profiles.json");
  else
    g_assert_not_reached ();

  return *out;
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_data_load_finish (HAMMY_DATA (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
on_problem_cb (HammyData  *data,
               const char *message,
               GPtrArray  *problems)
{
  g_ptr_array_add (problems, g_strdup (message));
}

static guint
count_sessions (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *month;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  month = json_node_get_object (json_parser_get_root (parser));
  return json_array_get_length (json_object_get_array_member (month, "sessions"));
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;
  g_autofree char *path = hammy_store_write_finish (HAMMY_STORE (source), result, error);

  g_assert_null (path);
}

static void
check_in_data_folder (JsonObject *entry,
                      GBytes     *bytes)
{
  const char *kind = member_string (entry, "kind");
  const char *expect = member_string (entry, "expect");
  const char *says = member_string (entry, "says");
  const char *name = member_string (entry, "as");
  gboolean migrates = json_object_has_member (entry, "migrates") && json_object_get_boolean_member (entry, "migrates");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(HammyData) data = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lock = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *original = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gboolean done = FALSE;
  guint neighbour_sessions = 0;
  Sandbox sandbox;

  if (name == NULL)
    name = "2026-03-14T09-00-00Z.json";

  sandbox_init (&sandbox);

  /* Good files beside it, which must load and stay as they are whatever it holds. */
  {
    const char * const kinds[] = { "plan", "assessment", "log-month" };

    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        JsonObject *neighbour = json_object_get_object_member (neighbours, kinds[i]);
        g_autoptr(JsonObject) file = json_object_new ();
        g_autoptr(GBytes) contents = NULL;
        g_autofree char *neighbour_relative = NULL;
        g_autofree char *neighbour_path = NULL;

        if (g_str_equal (kinds[i], "plan") && g_str_equal (kind, "plan"))
          continue;
        json_object_set_string_member (file, "file", member_string (neighbour, "file"));
        contents = case_bytes (file);
        relative_path_for (kinds[i], member_string (neighbour, "as"), &neighbour_relative);
        neighbour_path = g_build_filename (sandbox.root, neighbour_relative, NULL);
        hammy_test_write_file (neighbour_path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents));
        if (g_str_equal (kinds[i], "log-month"))
          neighbour_sessions = count_sessions (contents);
      }
  }

  relative_path_for (kind, name, &relative);
  path = g_build_filename (sandbox.root, relative, NULL);
  hammy_test_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  checksum = checksum_file (path);

  before = snapshot (sandbox.top);
  sandbox_watch_decoys (&sandbox);

  data = hammy_data_new (sandbox.root, library);
  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), problems);
  hammy_data_load_async (data, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  hammy_data_flush (data);

  sandbox_check_decoys (&sandbox);

  /* The neighbours loaded whatever happened to this file. */
  if (!g_str_equal (kind, "plan"))
    g_assert_nonnull (hammy_data_get_plan (data));
  g_assert_nonnull (hammy_log_lookup_session (hammy_data_get_log (data), "2026-02-10T08:00:00Z"));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), >=, 1);

  if (g_str_equal (expect, "loads"))
    {
      if (problems->len > 0)
        g_error ("A problem with a good file: %s", (char *) g_ptr_array_index (problems, 0));
      if (g_str_equal (kind, "plan"))
        {
          HammyPlan *plan = hammy_data_get_plan (data);
          const char *phase_after = member_string (entry, "phase_after");
          const char *migration_says = member_string (entry, "migration_says");

          g_assert_nonnull (plan);
          if (phase_after != NULL)
            g_assert_cmpstr (hammy_triage_phase_to_id (hammy_plan_get_phase (plan)), ==, phase_after);
          /* A plan brought up to date says what changed, on the day it happened. */
          if (migration_says != NULL)
            {
              g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (data));
              GDate today;
              const char *text;

              g_date_clear (&today, 1);
              g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                              g_date_time_get_year (now));
              text = hammy_plan_get_migration_text (plan, &today);
              g_assert_nonnull (text);
              if (strstr (text, migration_says) == NULL)
                g_error ("“%s” does not say “%s”", text, migration_says);
            }
        }
      else if (g_str_equal (kind, "assessment"))
        g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 2);
      else if (g_str_equal (kind, "own-clips"))
        g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (data)), >, 0);
      else if (g_str_equal (kind, "profiles"))
        g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_profiles (data)), >, 1);
      else
        g_assert_cmpuint (hammy_log_get_n_sessions (hammy_data_get_log (data)), ==,
                          neighbour_sessions + count_sessions (bytes));
    }
  else
    {
      const char *message;
      g_autofree char *base = g_path_get_basename (relative);

      g_assert_cmpuint (problems->len, ==, 1);
      message = g_ptr_array_index (problems, 0);
      if (strstr (message, says) == NULL)
        g_error ("“%s” does not say “%s”", message, says);
      if (strstr (message, base) == NULL)
        g_error ("“%s” does not name “%s”", message, base);
      if (g_str_equal (kind, "plan"))
        g_assert_null (hammy_data_get_plan (data));
      if (g_str_equal (kind, "own-clips"))
        g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (data)), ==, 0);
      /* The list made again from the folders: the first profile only, its data shown. */
      if (g_str_equal (kind, "profiles"))
        g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_profiles (data)), ==, 1);
    }

  /* Whatever the list said, the profile read is one in the data folder. */
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (data)), ==, "default");

  /* A file Hammy cannot read and may not move is protected from being written over. */
  if (g_str_equal (expect, "left"))
    {
      g_autoptr(GBytes) empty = g_bytes_new_static ("{}", 2);
      g_autoptr(GError) error = NULL;

      hammy_store_write_async (hammy_data_get_store (data), relative, empty, HAMMY_STORE_WRITE_REPLACE, NULL,
                               on_written_cb, &error);
      while (error == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_PROTECTED);
    }
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));

  /* Nothing written over: every file as it was, but for the lock and the kept-aside copy. */
  after = snapshot (sandbox.top);
  lock = g_build_filename ("a", "data", ".lock", NULL);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *now = g_hash_table_lookup (after, key);

      if (g_str_has_suffix (key, relative) && g_str_equal (expect, "kept-aside"))
        {
          g_assert_null (now);
          continue;
        }
      /* A plan brought up to date is saved at once in the newest version (docs/programme.md,
       * "Plans in progress"); its old bytes are beside it, checked below. */
      if (g_str_has_suffix (key, relative) && migrates && g_str_equal (kind, "plan"))
        {
          g_assert_nonnull (now);
          continue;
        }
      if (now == NULL)
        g_error ("“%s” is gone", (char *) key);
      if (!g_str_equal (now, value))
        g_error ("“%s” was written over", (char *) key);
    }
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *damaged = g_build_filename ("a", "data", relative, NULL);

      if (g_hash_table_contains (before, key) || g_str_equal (key, lock))
        continue;
      if (g_str_equal (expect, "kept-aside") && g_str_has_prefix (key, damaged) &&
          g_str_has_prefix ((char *) key + strlen (damaged), ".damaged-") && kept == NULL)
        {
          /* Byte for byte what was there. */
          g_assert_cmpstr (value, ==, checksum);
          kept = g_strdup (key);
          continue;
        }
      /* A plan that steps back as it is brought up to date keeps the plan it was in the history. */
      if (migrates && g_str_equal (kind, "plan") && strstr (key, G_DIR_SEPARATOR_S "plan-history" G_DIR_SEPARATOR_S) != NULL)
        continue;
      /* An older version read through a migration keeps its bytes beside it, once. */
      if (migrates && g_str_has_prefix (key, damaged) && g_str_has_prefix ((char *) key + strlen (damaged), ".version-") &&
          original == NULL)
        {
          g_assert_cmpstr (value, ==, checksum);
          original = g_strdup (key);
          continue;
        }
      g_error ("“%s” appeared", (char *) key);
    }
  if (g_str_equal (expect, "kept-aside"))
    g_assert_nonnull (kept);
  if (migrates)
    g_assert_nonnull (original);

  sandbox_clear (&sandbox);
}

static void
test_case (gconstpointer user_data)
{
  JsonObject *entry = (JsonObject *) user_data;
  const char *kind = member_string (entry, "kind");
  g_autoptr(GBytes) bytes = case_bytes (entry);

  if (g_str_equal (kind, "plan-file") || g_str_equal (kind, "backup"))
    check_outside (entry, bytes);
  else
    check_in_data_folder (entry, bytes);
}

/* Every file in the folder is in the manifest, and the corpus is not all refusals. */
static void
test_manifest (gconstpointer user_data)
{
  JsonArray *cases = (JsonArray *) user_data;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = g_dir_open (CORPUS_DIR, 0, NULL);
  const char *name;
  guint good = 0;

  g_assert_cmpuint (json_array_get_length (cases), >=, 50);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *entry = json_array_get_object_element (cases, i);

      if (member_string (entry, "file") != NULL)
        g_hash_table_add (listed, (gpointer) member_string (entry, "file"));
      if (g_str_equal (member_string (entry, "expect"), "loads"))
        good++;
      else
        g_assert_nonnull (member_string (entry, "says"));
    }
  g_assert_cmpuint (good, >=, 5);

  for (guint i = 0; i < 3; i++)
    {
      const char *kinds[] = { "plan", "assessment", "log-month" };

      g_hash_table_add (listed, (gpointer) member_string (json_object_get_object_member (neighbours, kinds[i]), "file"));
    }
  g_hash_table_add (listed, (gpointer) "manifest.json");

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (!g_hash_table_contains (listed, name))
      g_error ("%s is not in the manifest", name);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *manifest_path = g_build_filename (CORPUS_DIR, "manifest.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *manifest;
  JsonArray *cases;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!json_parser_load_from_file (parser, manifest_path, &error))
    g_error ("The corpus manifest could not be read: %s", error->message);
  manifest = json_node_get_object (json_parser_get_root (parser));
  neighbours = json_object_get_object_member (manifest, "neighbours");
  cases = json_object_get_array_member (manifest, "cases");

  library = hammy_test_load_library ();

  g_test_add_data_func ("/corpus/manifest", cases, test_manifest);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *entry = json_array_get_object_element (cases, i);
      const char *name = member_string (entry, "file");
      g_autofree char *test_path = g_strdup_printf ("/corpus/%s/%s", member_string (entry, "kind"),
                                                    name != NULL ? name : member_string (entry, "name"));

      g_test_add_data_func (test_path, entry, test_case);
    }

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
