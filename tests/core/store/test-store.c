/* test-store.c: the store, the log, plans, plan files, backups and the person's data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-json-guard.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
#include "hammy-store-private.h"

static HammyLibrary *library;

static char *
make_root (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  g_mkdir_with_parents (root, 0700);
  return g_steal_pointer (&root);
}

static GPtrArray *
names_in (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  return names;
}

static char *
find_name_with_prefix (const char *directory,
                       const char *prefix)
{
  g_autoptr(GPtrArray) names = names_in (directory);

  for (guint i = 0; i < names->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (names, i), prefix))
      return g_build_filename (directory, g_ptr_array_index (names, i), NULL);

  return NULL;
}

/* ---- the guard ----------------------------------------------------------------------- */

static void
test_guard_refuses_before_parsing (void)
{
  const HammyJsonLimits limits = { 1024, 8 };
  g_autoptr(GString) deep = g_string_new (NULL);
  const char bad_utf8[] = "{\"a\": \"\xff\xfe\"}";
  const char with_nul[] = "{\"a\": 1}\0{}";
  struct { const char *data; gssize length; int code; } cases[] = {
    { "", 0, HAMMY_JSON_ERROR_SYNTAX },
    { "{\"a\": ", -1, HAMMY_JSON_ERROR_SYNTAX },
    { "[1, 2]", -1, HAMMY_JSON_ERROR_INVALID },
    { "42", -1, HAMMY_JSON_ERROR_INVALID },
    { bad_utf8, sizeof bad_utf8 - 1, HAMMY_JSON_ERROR_ENCODING },
    { with_nul, sizeof with_nul - 1, HAMMY_JSON_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = hammy_json_parse_untrusted (cases[i].data,
                                                             cases[i].length < 0 ? strlen (cases[i].data) : (gsize) cases[i].length,
                                                             &limits, &error);

      g_assert_null (node);
      g_assert_error (error, HAMMY_JSON_ERROR, cases[i].code);
    }

  /* Nesting: nine levels refused, eight accepted; brackets inside strings do not count. */
  for (guint i = 0; i < 9; i++)
    g_string_append (deep, "{\"a\":");
  g_string_append (deep, "1");
  for (guint i = 0; i < 9; i++)
    g_string_append (deep, "}");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = hammy_json_parse_untrusted (deep->str, deep->len, &limits, &error);

    g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_DEEP);
    g_assert_null (node);
  }
  {
    const char *quoted = "{\"a\": \"[[[[[[[[[[[[[[[[\\\"{{{{{{{{{{{{\"}";
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = hammy_json_parse_untrusted (quoted, strlen (quoted), &limits, &error);

    g_assert_no_error (error);
    g_assert_nonnull (node);
  }
  {
    g_autoptr(GString) big = g_string_new ("{\"a\": \"");
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = NULL;
    g_autofree char *filler = g_strnfill (2000, 'x');

    g_string_append_len (big, filler, 2000);
    g_string_append (big, "\"}");
    node = hammy_json_parse_untrusted (big->str, big->len, &limits, &error);
    g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_LARGE);
  }
}

static void
test_guard_typed_reads (void)
{
  const HammyJsonLimits limits = { 4096, 8 };
  const char *text = "{\"format\": \"hammy-x\", \"version\": 3, \"n\": 5, \"big\": 1e999, \"s\": \"hello\","
                     " \"f\": 2.5, \"b\": true, \"o\": {}, \"l\": [1, 2, 3], \"neg\": -1}";
  g_autoptr(JsonNode) root = hammy_json_parse_untrusted (text, strlen (text), &limits, NULL);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(GError) error = NULL;
  const char *string = NULL;
  gint64 number = 0, version = 0;
  double real = 0;
  gboolean boolean = FALSE;
  JsonArray *array = NULL;
  const char * const known[] = { "format", "version", "n", NULL };

  g_assert_true (hammy_json_get_int (object, "n", TRUE, 1, 10, &number, &error));
  g_assert_cmpint (number, ==, 5);
  g_assert_false (hammy_json_get_int (object, "n", TRUE, 6, 10, &number, &error));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“n”"));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_int (object, "f", TRUE, 0, 10, &number, &error));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_int (object, "neg", TRUE, 0, 10, &number, &error));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_double (object, "big", TRUE, 0, 10, &real, &error));
  g_clear_error (&error);
  g_assert_true (hammy_json_get_double (object, "f", TRUE, 0, 10, &real, &error));
  g_assert_cmpfloat (real, ==, 2.5);
  g_assert_false (hammy_json_get_string (object, "s", TRUE, 3, &string, &error));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_string (object, "n", TRUE, 30, &string, &error));
  g_clear_error (&error);
  g_assert_true (hammy_json_get_string (object, "missing", FALSE, 30, &string, &error));
  g_assert_null (string);
  g_assert_false (hammy_json_get_string (object, "missing", TRUE, 30, &string, &error));
  g_assert_nonnull (strstr (error->message, "missing"));
  g_clear_error (&error);
  g_assert_true (hammy_json_get_boolean (object, "b", TRUE, &boolean, &error));
  g_assert_true (boolean);
  g_assert_false (hammy_json_get_array (object, "l", TRUE, 2, &array, &error));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_array (object, "o", TRUE, 2, &array, &error));
  g_clear_error (&error);

  g_assert_false (hammy_json_check_members (object, known, &error));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (hammy_json_check_header (object, "hammy-x", 2, &version, &error));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "3"));
  g_clear_error (&error);
  g_assert_false (hammy_json_check_header (object, "hammy-y", 5, &version, &error));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_WRONG_FORMAT);
  g_clear_error (&error);
  g_assert_true (hammy_json_check_header (object, "hammy-x", 3, &version, &error));
  g_assert_cmpint (version, ==, 3);
}

/* One way for every reader to refuse a file, and to quote a stranger's text in the sentence. */
static void
test_guard_invalid_and_excerpt (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *excerpt = NULL;
  g_autofree char *short_excerpt = NULL;

  g_assert_false (hammy_json_set_invalid (&error, "The field “%s” is %d short.", "n", 3));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The field “n” is 3 short.");
  g_clear_error (&error);
  /* A reader that does not want the reason still gets FALSE. */
  g_assert_false (hammy_json_set_invalid (NULL, "Not wanted."));

  /* Cut by characters, not bytes: what is quoted stays valid UTF-8. */
  for (guint i = 0; i < HAMMY_JSON_EXCERPT_LENGTH + 10; i++)
    g_string_append (long_text, "é");
  excerpt = hammy_json_dup_excerpt (long_text->str);
  g_assert_true (g_utf8_validate (excerpt, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (excerpt, -1), ==, HAMMY_JSON_EXCERPT_LENGTH);
  g_assert_true (g_str_has_prefix (long_text->str, excerpt));

  short_excerpt = hammy_json_dup_excerpt ("plank");
  g_assert_cmpstr (short_excerpt, ==, "plank");
}

/* Every date read must be written back as text that reads back the same: the fuzzer found
 * a year of three digits that was read but written as "226-…". */
static void
test_guard_times_round_trip (void)
{
  const struct { const char *text; const char *written; } cases[] = {
    { "2026-03-02T17:30:00Z", "2026-03-02T17:30:00Z" },
    { "2026-03-02T18:30:00+01:00", "2026-03-02T17:30:00Z" },
    { "2026-03-02T17:30:00.75Z", "2026-03-02T17:30:00.750000Z" },
    { "2026-03-02T17:30:00.000001+00:00", "2026-03-02T17:30:00.000001Z" },
    { "1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z" },
    { "9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z" },
    { "0226-03-02T17:30:00Z", NULL },
    { "1969-12-31T23:59:59Z", NULL },
    { "1970-01-01T00:30:00+01:00", NULL },    /* 1969 in UTC */
    { "2026-13-02T17:30:00Z", NULL },
    { "yesterday", NULL },
    { "2026-03-02T17:30:00Z and then some more text to make it long", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) time = hammy_json_parse_time (cases[i].text);
      g_autofree char *written = NULL;
      g_autoptr(GDateTime) again = NULL;

      if (cases[i].written == NULL)
        {
          g_assert_null (time);
          continue;
        }

      g_assert_nonnull (time);
      written = hammy_json_format_time (time);
      g_assert_cmpstr (written, ==, cases[i].written);
      again = hammy_json_parse_time (written);
      g_assert_nonnull (again);
      g_assert_true (g_date_time_equal (again, time));
    }
}

static void
test_guard_get_time (void)
{
  const HammyJsonLimits limits = { 4096, 8 };
  const char *text = "{\"when\": \"2026-03-02T17:30:00Z\", \"old\": \"0226-03-02T17:30:00Z\", \"n\": 4}";
  g_autoptr(JsonNode) root = hammy_json_parse_untrusted (text, strlen (text), &limits, NULL);
  JsonObject *object = json_node_get_object (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  GDateTime *untouched = NULL;

  g_assert_true (hammy_json_get_time (object, "when", TRUE, &when, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_year (when), ==, 2026);
  g_assert_true (hammy_json_get_time (object, "missing", FALSE, &untouched, &error));
  g_assert_null (untouched);
  g_assert_false (hammy_json_get_time (object, "old", TRUE, &untouched, &error));
  g_assert_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“old”"));
  g_clear_error (&error);
  g_assert_false (hammy_json_get_time (object, "n", TRUE, &untouched, &error));
  g_assert_null (untouched);
  g_clear_error (&error);
}

/* ---- the store ----------------------------------------------------------------------- */

/* A made-up format: version 1 had "name", version 2 calls it "title" and adds "count". */
static gboolean
migrate_test (JsonObject  *object,
              gint64       from_version,
              GError     **error)
{
  g_assert_cmpint (from_version, ==, 1);

  if (!json_object_has_member (object, "name"))
    {
      g_set_error_literal (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID, "no name");
      return FALSE;
    }
  json_object_set_string_member (object, "title", json_object_get_string_member (object, "name"));
  json_object_remove_member (object, "name");
  json_object_set_int_member (object, "count", 0);
  return TRUE;
}

static const HammyStoreFormat test_format_v1 = { "hammy-test", 1, 4096, 8, NULL };
static const HammyStoreFormat test_format_v2 = { "hammy-test", 2, 4096, 8, migrate_test };

static gpointer
load_title (JsonObject  *object,
            gpointer     user_data,
            GError     **error)
{
  const char *title = NULL;
  gint64 count = -1;

  if (!hammy_json_get_string (object, "title", TRUE, 100, &title, error) ||
      !hammy_json_get_int (object, "count", TRUE, 0, 10, &count, error))
    return NULL;

  return g_strdup (title);
}

static gpointer
load_name (JsonObject  *object,
           gpointer     user_data,
           GError     **error)
{
  const char *name = NULL;

  if (!hammy_json_get_string (object, "name", TRUE, 100, &name, error))
    return NULL;

  return g_strdup (name);
}

static void
test_store_writes_in_order (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *path = hammy_store_dup_path (store, "a/b/thing.json");
  GAsyncResult *results[3] = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GStatBuf info;

  /* A hundred writes to one file, flushed: the last one asked for is the one on disk. */
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"hammy-test\", \"version\": 1, \"name\": \"n%u\"}", i);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      hammy_store_write_async (store, "a/b/thing.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, NULL, NULL);
    }
  hammy_store_flush (store);
  g_assert_cmpuint (hammy_store_get_n_pending (store), ==, 0);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"n99\""));

  /* Private: the files are the person's own. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  /* Never replace: a taken name gets a number. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);

    hammy_store_write_async (store, "a/b/thing.json", bytes, HAMMY_STORE_WRITE_NEW, NULL, hammy_test_store_result, &results[0]);
    hammy_store_write_async (store, "a/b/thing.json", bytes, HAMMY_STORE_WRITE_NEW, NULL, hammy_test_store_result, &results[1]);
    first = hammy_store_write_finish (store, hammy_test_wait_result (&results[0]), &error);
    g_assert_no_error (error);
    second = hammy_store_write_finish (store, hammy_test_wait_result (&results[1]), &error);
    g_assert_no_error (error);
  }
  g_assert_true (g_str_has_suffix (first, "thing-1.json"));
  g_assert_true (g_str_has_suffix (second, "thing-2.json"));
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_nonnull (strstr (contents, "\"n99\""));

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    g_clear_object (&results[i]);
}

static void
test_store_keeps_broken_files_aside (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *path = hammy_store_dup_path (store, "broken.json");
  g_autofree char *directory = g_path_get_dirname (path);
  g_autoptr(HammyStoreProblem) problem = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *name = NULL;
  const char *broken = "{\"format\": \"hammy-test\", \"version\": 1, \"na";
  gsize length = 0;

  hammy_test_write_file (path, broken, -1);
  name = hammy_store_load (store, "broken.json", &test_format_v1, load_name, NULL, &problem);
  g_assert_null (name);
  g_assert_nonnull (problem);

  /* Moved aside with a time stamp, byte for byte, and the sentence says which and where. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (problem->kept_path);
  g_assert_true (g_str_has_prefix (problem->kept_path, path));
  g_assert_nonnull (strstr (problem->kept_path, ".damaged-"));
  kept = hammy_test_read_file (problem->kept_path, &length);
  g_assert_cmpstr (kept, ==, broken);
  g_assert_nonnull (strstr (problem->message, "broken.json"));
  g_assert_nonnull (strstr (problem->message, problem->kept_path));

  /* The next save starts a fresh file and leaves the copy alone. */
  {
    const char *fresh = "{\"format\": \"hammy-test\", \"version\": 1, \"name\": \"new\"}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (fresh, strlen (fresh));
    g_autoptr(HammyStoreProblem) again = NULL;
    g_autofree char *kept_after = NULL;
    g_autofree char *kept_path = g_strdup (problem->kept_path);

    hammy_store_write_async (store, "broken.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, NULL, NULL);
    hammy_store_flush (store);
    g_clear_pointer (&name, g_free);
    name = hammy_store_load (store, "broken.json", &test_format_v1, load_name, NULL, &again);
    g_assert_null (again);
    g_assert_cmpstr (name, ==, "new");
    kept_after = hammy_test_read_file (kept_path, NULL);
    g_assert_cmpstr (kept_after, ==, broken);
  }

  /* Kept-aside copies are never listed as data. */
  {
    g_autoptr(GPtrArray) listed = hammy_store_list (store, ".", ".json");

    g_assert_cmpuint (listed->len, ==, 1);
  }
  g_assert_nonnull (directory);
}

static void
test_store_refuses_newer_files (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *path = hammy_store_dup_path (store, "newer.json");
  g_autoptr(HammyStoreProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  const char *newer = "{\"format\": \"hammy-test\", \"version\": 7, \"shiny\": true}";
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  g_autofree char *written = NULL;

  hammy_test_write_file (path, newer, -1);
  name = hammy_store_load (store, "newer.json", &test_format_v1, load_name, NULL, &problem);
  g_assert_null (name);
  g_assert_nonnull (problem);
  g_assert_null (problem->kept_path);
  g_assert_nonnull (strstr (problem->message, "newer"));

  /* Left where it is, and protected from being written over. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);

    hammy_store_write_async (store, "newer.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, hammy_test_store_result, &result);
    written = hammy_store_write_finish (store, hammy_test_wait_result (&result), &error);
  }
  g_assert_null (written);
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_PROTECTED);
  after = hammy_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, newer);
  g_clear_object (&result);
}

static void
test_store_migrates_version_1_to_2 (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *path = hammy_store_dup_path (store, "old.json");
  g_autofree char *original_path = g_strconcat (path, ".version-1", NULL);
  g_autoptr(HammyStoreProblem) problem = NULL;
  const char *old = "{\"format\": \"hammy-test\", \"version\": 1, \"name\": \"Heel dig\"}";
  g_autofree char *title = NULL;
  g_autofree char *original = NULL;
  g_autofree char *unchanged = NULL;

  hammy_test_write_file (path, old, -1);

  /* Version 1 reads as itself with the version-1 reader, */
  title = hammy_store_load (store, "old.json", &test_format_v1, load_name, NULL, &problem);
  g_assert_null (problem);
  g_assert_cmpstr (title, ==, "Heel dig");
  g_clear_pointer (&title, g_free);

  /* and as version 2 through the migration, with the original bytes kept beside it. */
  title = hammy_store_load (store, "old.json", &test_format_v2, load_title, NULL, &problem);
  g_assert_null (problem);
  g_assert_cmpstr (title, ==, "Heel dig");
  original = hammy_test_read_file (original_path, NULL);
  g_assert_cmpstr (original, ==, old);
  unchanged = hammy_test_read_file (path, NULL);
  g_assert_cmpstr (unchanged, ==, old);

  /* A version-1 file the migration cannot carry is kept aside like any broken file. */
  hammy_test_write_file (path, "{\"format\": \"hammy-test\", \"version\": 1}", -1);
  g_clear_pointer (&title, g_free);
  title = hammy_store_load (store, "old.json", &test_format_v2, load_title, NULL, &problem);
  g_assert_null (title);
  g_assert_nonnull (problem);
  g_assert_nonnull (problem->kept_path);

  /* A version-2 file read by a version-1 build is refused as newer. */
  g_clear_pointer (&problem, hammy_store_problem_free);
  hammy_test_write_file (path, "{\"format\": \"hammy-test\", \"version\": 2, \"title\": \"x\", \"count\": 1}", -1);
  title = hammy_store_load (store, "old.json", &test_format_v1, load_name, NULL, &problem);
  g_assert_null (title);
  g_assert_nonnull (strstr (problem->message, "newer"));
}

static void
test_store_lock_is_exclusive (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) first = hammy_store_new (root);
  g_autoptr(HammyStore) second = hammy_store_new (root);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  GAsyncResult *result = NULL;

  g_assert_true (hammy_store_lock (first, &error));
  g_assert_no_error (error);
  g_assert_false (hammy_store_lock (second, &error));
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_BUSY);
  g_clear_error (&error);

  /* The second one's writes are refused, not interleaved. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);

    hammy_store_write_async (second, "x.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, hammy_test_store_result, &result);
    written = hammy_store_write_finish (second, hammy_test_wait_result (&result), &error);
  }
  g_assert_null (written);
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_BUSY);
  g_clear_object (&result);

  /* Released when the first goes away. */
  g_clear_object (&first);
  g_clear_error (&error);
  g_assert_true (hammy_store_lock (second, &error));
}

/* ---- the log ------------------------------------------------------------------------- */

static GDateTime *
local_time (int year, int month, int day, int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static void
add_set (HammyLog   *log,
         const char *session,
         const char *exercise,
         guint       number,
         int         pain)
{
  HammyLogSet set = { (char *) exercise, HAMMY_SIDE_LEFT, number, 10, 0, 12.5, pain, 7, NULL, 0 };
  const HammyLogSession *found = hammy_log_lookup_session (log, session);

  set.finished = found->started + 60 * number;
  set.note = number == 2 ? (char *) "felt “tight”, ok" : NULL;
  hammy_log_add_set (log, session, &set, NULL, NULL);
}

static void
test_log_round_trip_by_month (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "log");
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) october = local_time (2026, 10, 30, 8);
  g_autoptr(GDateTime) november = local_time (2026, 11, 2, 8);
  g_autoptr(GDateTime) ended = local_time (2026, 11, 2, 9);
  g_autofree char *october_path = hammy_store_dup_path (store, "log/2026-10.json");
  g_autofree char *november_path = hammy_store_dup_path (store, "log/2026-11.json");
  g_autofree char *first_id = NULL;
  const char *second_id;
  const HammyLogSession *session;
  const HammyLogSet *set;
  HammyLogCheckin checkin = { (char *) "2026-11-03", HAMMY_COMPARED_WORSE, NULL, -1, FALSE };
  GStatBuf before, after;

  first_id = g_strdup (hammy_log_begin_session (log, october, "build", 6));
  add_set (log, first_id, "single-leg-bridge", 1, 2);
  add_set (log, first_id, "single-leg-bridge", 2, 3);
  second_id = hammy_log_begin_session (log, november, "build", 6);
  add_set (log, second_id, "askling-diver", 1, 4);
  hammy_log_end_session (log, second_id, ended, HAMMY_SESSION_PARTIAL);
  hammy_log_add_checkin (log, &checkin);
  hammy_store_flush (store);

  g_assert_true (g_file_test (october_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (november_path, G_FILE_TEST_EXISTS));

  /* Saving a set in November rewrites November only. */
  g_assert_cmpint (g_stat (october_path, &before), ==, 0);
  hammy_test_wait_file_clock_past (october_path);
  add_set (log, second_id, "askling-diver", 2, 1);
  hammy_store_flush (store);
  g_assert_cmpint (g_stat (october_path, &after), ==, 0);
  g_assert_cmpint (before.st_ino, ==, after.st_ino);
  g_assert_cmpint (before.st_mtim.tv_nsec, ==, after.st_mtim.tv_nsec);

  again = hammy_log_load (store, "log", &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (hammy_log_get_n_sessions (again), ==, 2);
  g_assert_cmpuint (hammy_log_get_n_sets (again), ==, 4);
  g_assert_cmpuint (hammy_log_get_n_checkins (again), ==, 1);
  g_assert_cmpint (hammy_log_get_checkin (again, 0)->leg, ==, HAMMY_COMPARED_WORSE);

  session = hammy_log_get_session (again, 0);
  g_assert_cmpstr (session->id, ==, first_id);
  g_assert_cmpint (session->status, ==, HAMMY_SESSION_IN_PROGRESS);
  g_assert_cmpuint (session->sets->len, ==, 2);
  set = &g_array_index (session->sets, HammyLogSet, 1);
  g_assert_cmpstr (set->exercise, ==, "single-leg-bridge");
  g_assert_cmpint (set->side, ==, HAMMY_SIDE_LEFT);
  g_assert_cmpuint (set->reps, ==, 10);
  g_assert_cmpfloat (set->load_kg, ==, 12.5);
  g_assert_cmpint (set->pain, ==, 3);
  g_assert_cmpint (set->effort, ==, 7);
  g_assert_cmpstr (set->note, ==, "felt “tight”, ok");
  g_assert_cmpint (set->finished, ==, g_date_time_to_unix (october) + 120);

  session = hammy_log_get_session (again, 1);
  g_assert_cmpint (session->status, ==, HAMMY_SESSION_PARTIAL);
  g_assert_cmpint (session->ended, ==, g_date_time_to_unix (ended));
}

static void
test_log_broken_month_does_not_stop_the_rest (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "log");
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) march = local_time (2026, 3, 10, 8);
  g_autofree char *broken_path = hammy_store_dup_path (store, "log/2026-04.json");
  g_autofree char *misnamed_path = hammy_store_dup_path (store, "log/2026-05.json");
  const char *session;
  HammyStoreProblem *problem;

  session = hammy_log_begin_session (log, march, "calm", 3);
  add_set (log, session, "heel-dig-hold", 1, 1);
  hammy_store_flush (store);
  hammy_test_write_file (broken_path, "{\"format\": \"hammy-log\", \"version\": 1, \"month\": \"2026-04\", \"sessions\": [{\"id\": 5}]}", -1);
  hammy_test_write_file (misnamed_path, "{\"format\": \"hammy-log\", \"version\": 1, \"month\": \"2026-03\", \"sessions\": []}", -1);

  again = hammy_log_load (store, "log", &problems);
  g_assert_cmpuint (hammy_log_get_n_sessions (again), ==, 1);
  g_assert_cmpuint (problems->len, ==, 2);
  problem = g_ptr_array_index (problems, 0);
  g_assert_nonnull (strstr (problem->message, "2026-04.json"));
  g_assert_nonnull (strstr (problem->message, "“id”"));
  g_assert_nonnull (problem->kept_path);
  problem = g_ptr_array_index (problems, 1);
  g_assert_nonnull (strstr (problem->message, "2026-05.json"));
}

/* ---- plans --------------------------------------------------------------------------- */

static void
test_plan_for_each_phase (void)
{
  g_autoptr(HammyAssessment) urgent = hammy_test_assess (HAMMY_TEST_ANSWERS_CLOT);
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) none = hammy_plan_new_for_assessment (library, urgent);
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_assessment (library, assessment);
  HammyTriagePhase phase = hammy_assessment_get_phase (assessment);

  g_assert_null (none);
  g_assert_nonnull (plan);
  g_assert_true (hammy_triage_phase_is_training (phase));
  g_assert_cmpint (hammy_plan_get_phase (plan), ==, phase);
  g_assert_false (hammy_plan_get_edited (plan));
  g_assert_cmpuint (hammy_plan_get_n_items (plan), >, 2);

  /* Every item is an exercise of the library at the low end of its dose and its easiest load
   * (docs/programme.md, "Steps"); the walk before strength work is five minutes. */
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (library, item->exercise);
      const HammyDosage *dosage = hammy_exercise_get_dosage (exercise);

      g_assert_nonnull (exercise);
      g_assert_cmpuint (item->sets, ==, dosage->sets);
      g_assert_cmpuint (item->reps, ==, dosage->reps);
      if (g_str_equal (item->exercise, "easy-walk") && item->section == HAMMY_PLAN_SECTION_WARMUP)
        g_assert_cmpuint (item->hold_seconds, ==, 300);
      else
        g_assert_cmpuint (item->hold_seconds, ==, dosage->hold_seconds);
      g_assert_cmpstr (item->load, ==, hammy_plan_get_start_load (dosage->load));
      g_assert_cmpstr (item->frequency, !=, NULL);
      g_assert_cmpstr (item->group, ==, hammy_exercise_get_schedule (exercise)->group);
    }
}

static void
test_plan_file_round_trip_and_refusals (void)
{
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_assessment (library, assessment);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GBytes) bytes = hammy_plan_to_file_bytes (plan, now);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlan) imported = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  struct { const char *find; const char *replace; const char *expect; } refusals[] = {
    { "\"glute-bridge\"", "\"../../etc/passwd\"", "does not have" },
    { "\"sets\" : 3", "\"sets\" : 2000", "“sets”" },
    { "\"sets\" : 3", "\"sets\" : \"3\"", "“sets”" },
    { "\"phase\" : \"", "\"clip\" : \"file:///etc/passwd\", \"phase\" : \"", "does not know, “clip”" },
    { "\"hammy-plan-file\"", "\"hammy-backup\"", "hammy-backup" },
    { "\"version\" : 3", "\"version\" : 9", "newer" },
    { "\"reps\" : 12", "\"reps\" : 12, \"hold_seconds\" : 30", "either" },
    { "\"load\" : \"bodyweight\"", "\"load\" : \"elephant\"", "load" },
    /* How often: a word Hammy knows, within the schedule's limits, in the exercise's own group. */
    { "\"frequency\" : \"every-third-day\"", "\"frequency\" : \"hourly\"", "how often" },
    { "\"frequency\" : \"every-third-day\"", "\"frequency\" : \"daily\"", "day off in between" },
    { "\"group\" : \"heavy-lengthening\"", "\"group\" : \"walking\"", "group" },
    { "\"waits\" : \"comfortable-walking\"", "\"waits\" : \"moonrise\"", "waits for" },
  };

  imported = hammy_plan_new_from_file_bytes (data, length, library, &error);
  g_assert_no_error (error);
  g_assert_true (hammy_plan_get_edited (imported));
  g_assert_true (hammy_plan_get_imported (imported));
  g_assert_cmpuint (hammy_plan_get_n_items (imported), ==, hammy_plan_get_n_items (plan));
  g_assert_cmpstr (hammy_plan_get_item (imported, 0)->exercise, ==, hammy_plan_get_item (plan, 0)->exercise);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autoptr(GString) changed = g_string_new_len (data, length);
      g_autoptr(HammyPlan) refused = NULL;

      g_assert_cmpuint (g_string_replace (changed, refusals[i].find, refusals[i].replace, 1), ==, 1);
      refused = hammy_plan_new_from_file_bytes (changed->str, changed->len, library, &error);
      g_assert_null (refused);
      g_assert_nonnull (error);
      if (strstr (error->message, refusals[i].expect) == NULL)
        g_error ("Case %u: “%s” does not say “%s”", i, error->message, refusals[i].expect);
      g_clear_error (&error);
    }
}

/* ---- the person's data --------------------------------------------------------------- */

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

static HammyData *
load_data (const char *root,
           GPtrArray  *problems)
{
  HammyData *data = hammy_data_new (root, library);
  gboolean done = FALSE;

  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), problems);
  hammy_data_load_async (data, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return data;
}

static void
test_data_plan_follows_checks_until_edited (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, problems);
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyAssessment) urgent = hammy_test_assess (HAMMY_TEST_ANSWERS_CLOT);
  g_autoptr(HammyData) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(HammyPlan) imported = NULL;
  HammyPlan *plan;
  gsize length;
  const char *bytes;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_null (hammy_data_get_plan (data));

  hammy_data_add_assessment (data, assessment);
  plan = hammy_data_get_plan (data);
  g_assert_nonnull (plan);
  g_assert_cmpint (hammy_plan_get_phase (plan), ==, hammy_assessment_get_phase (assessment));

  g_assert_null (hammy_data_get_blocking_assessment (data));

  /* An urgent result gives no circuit and leaves the plan as it is. */
  hammy_data_add_assessment (data, urgent);
  g_assert_true (hammy_data_get_plan (data) == plan);
  g_assert_true (hammy_data_get_blocking_assessment (data) == urgent);

  /* An imported plan counts as edited: the next check does not replace it. */
  exported = hammy_data_export_plan (data);
  bytes = g_bytes_get_data (exported, &length);
  imported = hammy_plan_new_from_file_bytes (bytes, length, library, &error);
  g_assert_no_error (error);
  hammy_data_set_plan (data, imported);
  {
    g_autoptr(HammyAssessment) later = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);

    hammy_data_add_assessment (data, later);
  }
  g_assert_true (hammy_data_get_plan (data) == imported);
  /* A later check that allows training lifts it. */
  g_assert_null (hammy_data_get_blocking_assessment (data));
  hammy_data_flush (data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));

  /* Everything is read back; the replaced plan is in the plan history. */
  again = load_data (root, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (again)), ==, 3);
  g_assert_true (hammy_plan_get_imported (hammy_data_get_plan (again)));
  {
    g_autofree char *history = g_build_filename (root, "profiles", "default", "plan-history", NULL);
    g_autoptr(GPtrArray) names = names_in (history);

    g_assert_cmpuint (names->len, ==, 1);
  }
}

static void
test_data_reports_broken_files_and_goes_on (void)
{
  g_autofree char *root = make_root ();
  g_autofree char *plan_path = g_build_filename (root, "profiles", "default", "plan.json", NULL);
  g_autofree char *old_checks = g_build_filename (root, "assessments", NULL);
  g_autofree char *profile = g_build_filename (root, "profiles", "default", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = NULL;
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(JsonNode) node = hammy_assessment_to_json (assessment);
  g_autofree char *text = json_to_string (node, TRUE);
  g_autofree char *old_check = g_build_filename (old_checks, "2026-01-01T10-00-00Z.json", NULL);
  g_autofree char *kept = NULL;

  /* A broken plan and a check where Hammy 0.3 kept them. */
  hammy_test_write_file (plan_path, "\xff\xfe not json", -1);
  hammy_test_write_file (old_check, text, -1);

  data = load_data (root, problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "plan.json"));
  g_assert_null (hammy_data_get_plan (data));
  kept = find_name_with_prefix (profile, "plan.json.damaged-");
  g_assert_nonnull (kept);

  /* The old check moved into the profile and was read. */
  g_assert_false (g_file_test (old_checks, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 1);
}

static void
test_backup_round_trip_merges (void)
{
  g_autofree char *root = make_root ();
  g_autofree char *other_root = g_build_filename (g_get_user_data_dir (), "other", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, problems);
  g_autoptr(HammyAssessment) assessment = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(GDateTime) day = local_time (2026, 6, 1, 7);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HammyBackup) backup = NULL;
  g_autoptr(HammyData) other = NULL;
  g_autoptr(GError) error = NULL;
  HammyLog *log;
  const char *session;
  gsize length;
  const char *text;

  hammy_data_add_assessment (data, assessment);
  log = hammy_data_get_log (data);
  session = hammy_log_begin_session (log, day, "build", 4);
  add_set (log, session, "single-leg-bridge", 1, 2);
  add_set (log, session, "single-leg-bridge", 2, 2);
  hammy_data_flush (data);

  bytes = hammy_data_create_backup (data, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &length);
  backup = hammy_backup_new_from_bytes (text, length, library, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_backup_get_assessments (backup)), ==, 1);
  g_assert_cmpuint (hammy_backup_get_n_sessions (backup), ==, 1);
  g_assert_cmpuint (hammy_backup_get_n_sets (backup), ==, 2);
  g_assert_nonnull (hammy_backup_get_plan (backup));

  /* Restoring into a profile with its own history adds, and keeps a copy of what was there. */
  other = load_data (other_root, problems);
  {
    g_autoptr(GDateTime) own_day = local_time (2026, 6, 2, 7);
    const char *own = hammy_log_begin_session (hammy_data_get_log (other), own_day, "calm", 2);

    add_set (hammy_data_get_log (other), own, "heel-dig-hold", 1, 1);
  }
  g_assert_true (hammy_test_restore_backup (other, backup, NULL));
  g_assert_true (hammy_test_restore_backup (other, backup, NULL));   /* twice: nothing doubles */
  hammy_data_flush (other);
  g_assert_cmpuint (hammy_log_get_n_sessions (hammy_data_get_log (other)), ==, 2);
  g_assert_cmpuint (hammy_log_get_n_sets (hammy_data_get_log (other)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (other)), ==, 1);
  {
    g_autofree char *backups = g_build_filename (other_root, "profiles", "default", "backups", NULL);
    g_autoptr(GPtrArray) names = names_in (backups);

    g_assert_cmpuint (names->len, ==, 2);
  }

  /* A damaged backup is refused whole, with a reason. */
  {
    g_autoptr(GString) changed = g_string_new_len (text, length);
    g_autoptr(HammyBackup) refused = NULL;

    g_string_replace (changed, "\"number\":2", "\"number\":-2", 1);
    refused = hammy_backup_new_from_bytes (changed->str, changed->len, library, &error);
    g_assert_null (refused);
    g_assert_nonnull (strstr (error->message, "“number”"));
  }
  g_assert_cmpuint (problems->len, ==, 0);
}

static HammyBackup *
backup_of (HammyData *data)
{
  return hammy_test_backup_of (data);
}

/* The leg a person chose as sore goes into the backup and comes back; a later choice is kept. */
static void
test_backup_carries_sore_side (void)
{
  g_autofree char *root = make_root ();
  g_autofree char *empty_root = g_build_filename (g_get_user_data_dir (), "empty", NULL);
  g_autofree char *later_root = g_build_filename (g_get_user_data_dir (), "later", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, problems);
  g_autoptr(HammyData) empty = load_data (empty_root, problems);
  g_autoptr(HammyData) later = NULL;
  g_autoptr(HammyBackup) backup = NULL;
  g_autoptr(HammyBackup) none = NULL;
  g_autoptr(GError) error = NULL;
  HammySoreSideSource source = HAMMY_SORE_SIDE_UNKNOWN;

  /* Nothing chosen: no sore leg in the backup. */
  none = backup_of (data);
  g_assert_null (hammy_backup_get_sore_side (none));

  hammy_data_set_sore_side (data, HAMMY_SIDE_LEFT);
  backup = backup_of (data);
  g_assert_nonnull (hammy_backup_get_sore_side (backup));
  g_assert_cmpint (hammy_backup_get_sore_side (backup)->side, ==, HAMMY_SIDE_LEFT);

  /* Into a profile without a choice: it is adopted, and written to the profile. */
  g_assert_true (hammy_test_restore_backup (empty, backup, NULL));
  hammy_data_flush (empty);
  g_assert_cmpint (hammy_data_get_sore_side (empty, &source), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);
  {
    g_autofree char *path = g_build_filename (empty_root, "profiles", "default", "sore-side.json", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(JsonNode) node = NULL;
    g_autoptr(HammySoreSide) written = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    node = json_from_string (contents, &error);
    g_assert_no_error (error);
    written = hammy_sore_side_new_from_json (json_node_get_object (node), &error);
    g_assert_no_error (error);
    g_assert_cmpint (written->side, ==, HAMMY_SIDE_LEFT);
    g_assert_true (g_date_time_equal (written->chosen, hammy_backup_get_sore_side (backup)->chosen));
  }

  /* Into a profile whose choice was made after the backup: that later choice stays. */
  hammy_test_wait_clock_past (hammy_backup_get_sore_side (backup)->chosen);
  later = load_data (later_root, problems);
  hammy_data_set_sore_side (later, HAMMY_SIDE_RIGHT);
  g_assert_true (hammy_test_restore_backup (later, backup, NULL));
  g_assert_cmpint (hammy_data_get_sore_side (later, &source), ==, HAMMY_SIDE_RIGHT);
  hammy_data_flush (later);

  /* A side other than left or right is refused whole, with a reason. */
  {
    g_autoptr(GBytes) bytes = hammy_data_create_backup (empty, NULL);
    gsize length;
    const char *text = g_bytes_get_data (bytes, &length);
    g_autoptr(GString) changed = g_string_new_len (text, length);
    g_autoptr(HammyBackup) refused = NULL;

    g_assert_cmpuint (g_string_replace (changed, "\"left\"", "\"middle\"", 0), ==, 1);
    refused = hammy_backup_new_from_bytes (changed->str, changed->len, library, &error);
    g_assert_null (refused);
    g_assert_nonnull (strstr (error->message, "sore leg"));
    g_clear_error (&error);
  }

  /* A version 1 backup, from before the sore leg was carried, still reads. */
  {
    g_autoptr(GBytes) bytes = hammy_backup_create_bytes (NULL, NULL, NULL, NULL, hammy_backup_get_created (none), NULL);
    gsize length;
    const char *text = g_bytes_get_data (bytes, &length);
    g_autoptr(GString) changed = g_string_new_len (text, length);
    g_autoptr(HammyBackup) old = NULL;

    g_assert_null (strstr (changed->str, "sore_side"));
    g_assert_cmpuint (g_string_replace (changed, "\"version\":3", "\"version\":1", 1), ==, 1);
    old = hammy_backup_new_from_bytes (changed->str, changed->len, library, &error);
    g_assert_no_error (error);
    g_assert_null (hammy_backup_get_sore_side (old));
  }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* ---- issue 20: reads, steps, months --------------------------------------------------- */

static guint64
peak_kib (gboolean reset)
{
  g_autofree char *status = NULL;
  const char *line;

  if (reset)
    g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

static gpointer
load_nothing (JsonObject  *object,
              gpointer     user_data,
              GError     **error)
{
  return json_object_ref (object);
}

/* A file that says it is empty and goes on for gigabytes, a pipe, a device: each refused
 * quickly, with the memory of one file of its kind at most; a link is moved aside as a link. */
static void
test_store_reads_bounded_by_bytes (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *plan = hammy_store_dup_path (store, "plan.json");
  g_autofree char *pipe = hammy_store_dup_path (store, "sore-side.json");
  g_autofree char *outside = g_build_filename (root, "from-a-clinician.hammyplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (outside);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  HammyStoreProblem *problem = NULL;
  gsize length = 0;
  guint64 before, after;
  gint64 start;
  GStatBuf info;

  before = peak_kib (TRUE);
  start = g_get_monotonic_time ();
  g_assert_false (hammy_store_read_file ("/proc/self/pagemap", 1024 * 1024, &contents, &length, &error));
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* plan.json as a link to it: kept aside by moving the link. */
  g_assert_cmpint (symlink ("/proc/self/pagemap", plan), ==, 0);
  g_assert_null (hammy_store_load (store, "plan.json", &hammy_plan_format, load_nothing, NULL, &problem));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, "so it is not a plan."));
  g_assert_nonnull (strstr (problem->message, "the link was moved to"));
  g_assert_nonnull (problem->kept_path);
  g_assert_cmpint (g_lstat (problem->kept_path, &info), ==, 0);
  g_assert_true (S_ISLNK (info.st_mode));
  {
    g_autofree char *target = g_file_read_link (problem->kept_path, NULL);

    g_assert_cmpstr (target, ==, "/proc/self/pagemap");
  }
  g_assert_cmpint (g_lstat (plan, &info), !=, 0);
  g_clear_pointer (&problem, hammy_store_problem_free);

  /* The same as a plan file from outside. */
  g_assert_cmpint (symlink ("/proc/self/pagemap", outside), ==, 0);
  g_assert_null (hammy_store_read_gfile (file, HAMMY_PLAN_FILE_MAX_BYTES, NULL, NULL, &error));
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE);
  g_clear_error (&error);
  after = peak_kib (FALSE);
  g_test_message ("pagemap refused in %.3f s, peak %" G_GUINT64_FORMAT " KiB above the start",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, after - MIN (after, before));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  if (before > 0 && after > 0)
    g_assert_cmpuint (after - MIN (after, before), <, 64 * 1024);

  /* A pipe with no one writing: refused, not waited on. */
  g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
  g_assert_null (hammy_store_load (store, "sore-side.json", &hammy_sore_side_format, load_nothing, NULL, &problem));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, "not a regular file"));
  g_clear_pointer (&problem, hammy_store_problem_free);

  /* A device from outside. */
  g_unlink (outside);
  g_assert_cmpint (symlink ("/dev/zero", outside), ==, 0);
  g_assert_null (hammy_store_read_gfile (file, HAMMY_PLAN_FILE_MAX_BYTES, NULL, NULL, &error));
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NOT_A_FILE);
}

static int
fail_second (const char *operation,
             const char *path,
             gpointer    user_data)
{
  return g_str_equal (operation, "write") && g_str_has_suffix (path, "b.json") ? ENOSPC : 0;
}

static GPtrArray *
write_all (HammyStore  *store,
           GError     **error,
           ...)
{
  g_autoptr(GPtrArray) writes = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
  g_autoptr(GAsyncResult) result = NULL;
  va_list args;

  va_start (args, error);
  for (const char *path = va_arg (args, const char *); path != NULL; path = va_arg (args, const char *))
    {
      const char *text = va_arg (args, const char *);
      HammyStoreWriteFlags flags = va_arg (args, int);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      g_ptr_array_add (writes, hammy_store_write_new (path, bytes, flags));
    }
  va_end (args);

  hammy_store_write_all_async (store, writes, NULL, NULL, NULL, hammy_test_store_result, &result);
  return hammy_store_write_all_finish (store, hammy_test_wait_result (&result), error);
}

/* Several files as one step: a failure in any leaves every one as it was, and no temporary
 * file behind. */
static void
test_store_writes_steps_whole (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autofree char *directory = hammy_store_dup_path (store, "step");
  g_autofree char *a = g_build_filename (directory, "a.json", NULL);
  g_autofree char *b = g_build_filename (directory, "b.json", NULL);
  g_autoptr(GPtrArray) written = NULL;
  g_autoptr(GError) error = NULL;

  hammy_store_set_fault (fail_second, NULL);
  written = write_all (store, &error, "step/a.json", "{\"a\": 1}", HAMMY_STORE_WRITE_REPLACE,
                       "step/b.json", "{\"b\": 1}", HAMMY_STORE_WRITE_REPLACE, NULL);
  hammy_store_set_fault (NULL, NULL);
  g_assert_null (written);
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_NO_SPACE);
  g_assert_true (g_str_has_prefix (error->message, "There is no space left on the disk, so “b.json” was not saved."));
  g_clear_error (&error);
  g_assert_false (g_file_test (a, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (b, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GPtrArray) names = names_in (directory);

    g_assert_cmpuint (names->len, ==, 0);
  }

  written = write_all (store, &error, "step/a.json", "{\"a\": 1}", HAMMY_STORE_WRITE_REPLACE,
                       "step/b.json", "{\"b\": 1}", HAMMY_STORE_WRITE_REPLACE, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 2);
  g_clear_pointer (&written, g_ptr_array_unref);

  /* ONCE: the same bytes are not kept twice; other bytes get a name of their own. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *kept = g_build_filename (directory, "kept.json", NULL);

      written = write_all (store, &error, "step/kept.json", "{\"k\": 1}", HAMMY_STORE_WRITE_NEW | HAMMY_STORE_WRITE_ONCE, NULL);
      g_assert_no_error (error);
      g_assert_cmpstr (g_ptr_array_index (written, 0), ==, kept);
      g_clear_pointer (&written, g_ptr_array_unref);
    }
  written = write_all (store, &error, "step/kept.json", "{\"k\": 2}", HAMMY_STORE_WRITE_NEW | HAMMY_STORE_WRITE_ONCE, NULL);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (written, 0), "kept-1.json"));
  {
    g_autoptr(GPtrArray) names = names_in (directory);

    g_assert_cmpuint (names->len, ==, 4);
  }
}

/* A session begun in one time zone and taken up in another across the month's end keeps its
 * month file: every set is there after a restart, with no critical and nothing set aside,
 * whether or not the other month's file exists. */
static void
test_log_session_keeps_its_month_across_time_zones (void)
{
  for (guint existing = 0; existing < 2; existing++)
    {
      g_autofree char *name = g_strdup_printf ("zones-%u", existing);
      g_autofree char *root = g_build_filename (g_get_user_data_dir (), name, NULL);
      g_autoptr(HammyStore) store = hammy_store_new (root);
      g_autoptr(HammyLog) log = hammy_log_new (store, "log");
      g_autoptr(HammyLog) again = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 31, 22, 30, 0);
      g_autoptr(GDateTime) ended = g_date_time_new_utc (2026, 3, 31, 23, 10, 0);
      g_autofree char *april = hammy_store_dup_path (store, "log/2026-04.json");
      g_autofree char *contents = NULL;
      g_autofree char *id = NULL;
      const HammyLogSession *session;

      /* At two hours east of UTC the session starts on the 1st of April. */
      g_setenv ("TZ", "UTC-2", TRUE);
      if (existing)
        {
          g_autoptr(GDateTime) march = g_date_time_new_local (2026, 3, 15, 8, 0, 0);
          const char *earlier = hammy_log_begin_session (log, march, "build", 1);

          add_set (log, earlier, "plank", 1, 1);
        }
      id = g_strdup (hammy_log_begin_session (log, start, "build", 3));
      add_set (log, id, "single-leg-bridge", 1, 2);

      /* Flown five hours west of UTC, where the start was still the 31st of March: each set is
       * on disk once it is saved, not only when the session ends. */
      g_setenv ("TZ", "UTC+5", TRUE);
      add_set (log, id, "single-leg-bridge", 2, 2);
      add_set (log, id, "single-leg-bridge", 3, 2);
      hammy_store_flush (store);
      {
        g_autoptr(HammyLog) meanwhile = hammy_log_load (store, "log", &problems);

        g_assert_cmpuint (problems->len, ==, 0);
        g_assert_cmpuint (hammy_log_lookup_session (meanwhile, id)->sets->len, ==, 3);
        g_clear_pointer (&problems, g_ptr_array_unref);
      }
      hammy_log_end_session (log, id, ended, HAMMY_SESSION_DONE);
      hammy_store_flush (store);

      again = hammy_log_load (store, "log", &problems);
      g_assert_cmpuint (problems->len, ==, 0);
      session = hammy_log_lookup_session (again, id);
      g_assert_nonnull (session);
      g_assert_cmpuint (session->sets->len, ==, 3);
      g_assert_cmpint (session->status, ==, HAMMY_SESSION_DONE);
      g_assert_true (g_file_get_contents (april, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "\"number\" : 3"));
    }
  g_unsetenv ("TZ");
}

/* A clock before 2000 and before 1970: what is logged reads back, and no month is set aside. */
static void
test_log_clock_before_2000 (void)
{
  g_autofree char *root = make_root ();
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "log");
  g_autoptr(HammyLog) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) y1999 = local_time (1999, 12, 31, 10);
  g_autoptr(GDateTime) y1985 = local_time (1985, 6, 1, 10);
  g_autoptr(GDateTime) y1969 = g_date_time_new_utc (1969, 7, 20, 20, 17, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (y1969);
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (clock);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  HammyLogCheckin checkin = { (char *) "1999-12-31", HAMMY_COMPARED_SAME, NULL, -1, FALSE };

  /* The clock never says it is before 1970, in any time zone. */
  g_assert_cmpint (g_date_time_to_unix (now), ==, HAMMY_CLOCK_EARLIEST);
  g_assert_cmpint (g_date_time_get_year (now), ==, 1970);

  first = g_strdup (hammy_log_begin_session (log, y1999, "build", 1));
  add_set (log, first, "plank", 1, 0);
  second = g_strdup (hammy_log_begin_session (log, y1985, "build", 1));
  add_set (log, second, "plank", 1, 0);
  third = g_strdup (hammy_log_begin_session (log, y1969, "build", 1));
  add_set (log, third, "plank", 1, 0);
  hammy_log_add_checkin (log, &checkin);
  hammy_store_flush (store);

  again = hammy_log_load (store, "log", &problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (hammy_log_get_n_sessions (again), ==, 3);
  g_assert_cmpuint (hammy_log_get_n_sets (again), ==, 3);
  g_assert_cmpuint (hammy_log_get_n_checkins (again), ==, 1);
  g_assert_cmpint (hammy_log_lookup_session (again, third)->started, ==, HAMMY_CLOCK_EARLIEST);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/store/guard/refuses-before-parsing", test_guard_refuses_before_parsing);
  g_test_add_func ("/store/guard/typed-reads", test_guard_typed_reads);
  g_test_add_func ("/store/guard/invalid-and-excerpt", test_guard_invalid_and_excerpt);
  g_test_add_func ("/store/guard/times-round-trip", test_guard_times_round_trip);
  g_test_add_func ("/store/guard/get-time", test_guard_get_time);
  g_test_add_func ("/store/writes-in-order", test_store_writes_in_order);
  g_test_add_func ("/store/keeps-broken-files-aside", test_store_keeps_broken_files_aside);
  g_test_add_func ("/store/refuses-newer-files", test_store_refuses_newer_files);
  g_test_add_func ("/store/migrates-version-1-to-2", test_store_migrates_version_1_to_2);
  g_test_add_func ("/store/lock-is-exclusive", test_store_lock_is_exclusive);
  g_test_add_func ("/store/log/round-trip-by-month", test_log_round_trip_by_month);
  g_test_add_func ("/store/log/broken-month-does-not-stop-the-rest", test_log_broken_month_does_not_stop_the_rest);
  g_test_add_func ("/store/plan/for-each-phase", test_plan_for_each_phase);
  g_test_add_func ("/store/plan/file-round-trip-and-refusals", test_plan_file_round_trip_and_refusals);
  g_test_add_func ("/store/data/plan-follows-checks-until-edited", test_data_plan_follows_checks_until_edited);
  g_test_add_func ("/store/data/reports-broken-files-and-goes-on", test_data_reports_broken_files_and_goes_on);
  g_test_add_func ("/store/backup/round-trip-merges", test_backup_round_trip_merges);
  g_test_add_func ("/store/backup/carries-sore-side", test_backup_carries_sore_side);
  g_test_add_func ("/store/reads-bounded-by-bytes", test_store_reads_bounded_by_bytes);
  g_test_add_func ("/store/writes-steps-whole", test_store_writes_steps_whole);
  g_test_add_func ("/store/log/session-keeps-its-month-across-time-zones", test_log_session_keeps_its_month_across_time_zones);
  g_test_add_func ("/store/log/clock-before-2000", test_log_clock_before_2000);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
