/* hammy-core-test-utils.c: what the core tests, the fuzzers and the benchmarks share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-core-test-utils.h"

static GBytes *
read_content (const char *name)
{
  g_autofree char *path = g_build_filename (CONTENT_DIR, name, NULL);
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    g_error ("The content file %s could not be read", path);

  return g_bytes_new_take (contents, length);
}

/* The real content, from the source tree. */
HammyLibrary *
hammy_test_load_library (void)
{
  g_autoptr(GBytes) exercises = read_content ("exercises.json");
  g_autoptr(GBytes) cards = read_content ("cards.json");
  g_autoptr(GBytes) clips = read_content ("clips.json");
  g_autoptr(GError) error = NULL;
  HammyLibrary *library = hammy_library_new_from_bytes (exercises, cards, clips, &error);

  if (library == NULL)
    g_error ("The content could not be loaded: %s", error->message);

  return library;
}

void
hammy_test_store_result (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* Runs the main context until @slot is filled; returns it (owned by the slot). */
GAsyncResult *
hammy_test_wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

char *
hammy_test_read_file (const char *path,
                      gsize      *length)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, length, NULL))
    return NULL;

  return contents;
}

void
hammy_test_write_file (const char *path,
                       const char *contents,
                       gssize      length)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (directory, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Drops the last reference and waits for the object to go: a GTask's worker thread may still
 * hold a reference for a moment after its callback ran. */
void
hammy_test_unref_and_wait_finalized (gpointer object)
{
  gpointer watch = object;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (object, &watch);
  g_object_unref (object);
  while (watch != NULL && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  if (watch != NULL)
    g_error ("An object of type %s was not finalized", G_OBJECT_TYPE_NAME (watch));
}
