/* test-clip-key.c: the key clipgen writes beside a clip is read for its colour key and its
 * working side; a damaged or newer key is refused whole, never half-read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-clip-key.h"

static char *
write_key (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("hammy-clip-XXXXXX.key", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static HammyClipKey *
load (const char  *contents,
      GError     **error)
{
  g_autofree char *path = write_key (contents);
  HammyClipKey *key = hammy_clip_key_load (path, error);

  g_unlink (path);
  return key;
}

/* The lines come in the table's order of muscles, the working states first and relaxed last. */
static void
test_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyClipKey) key = load ("[Clip]\nVersion=1\nWorkingSide=left\n"
                                      "Muscles=quadriceps;hamstring;\n"
                                      "[Muscle hamstring]\nStates=relaxed;concentric;eccentric;\n"
                                      "[Muscle quadriceps]\nStates=isometric;\n", &error);
  g_autoptr(GArray) legend = NULL;
  const HammyClipLegendEntry expected[] = {
    { HAMMY_MUSCLE_HAMSTRING, HAMMY_MUSCLE_LENGTHENING },
    { HAMMY_MUSCLE_HAMSTRING, HAMMY_MUSCLE_SHORTENING },
    { HAMMY_MUSCLE_HAMSTRING, HAMMY_MUSCLE_RELAXED },
    { HAMMY_MUSCLE_QUADRICEPS, HAMMY_MUSCLE_HOLDING },
  };

  g_assert_no_error (error);
  g_assert_cmpint (hammy_clip_key_get_working_side (key), ==, HAMMY_CLIP_SIDE_LEFT);
  legend = hammy_clip_key_dup_legend (key);
  g_assert_cmpuint (legend->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < legend->len; i++)
    {
      HammyClipLegendEntry *entry = &g_array_index (legend, HammyClipLegendEntry, i);

      g_assert_cmpint (entry->muscle, ==, expected[i].muscle);
      g_assert_cmpint (entry->state, ==, expected[i].state);
    }
  g_assert_cmpstr (hammy_clip_legend_entry_describe (&expected[3]), ==,
                   "Thigh front (quadriceps): holding");
}

static void
test_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyClipKey) key = load ("[Clip]\nVersion=2\nWorkingSide=left\nMuscles=hamstring;\n",
                                      &error);

  g_assert_null (key);
  g_assert_error (error, HAMMY_CLIP_KEY_ERROR, HAMMY_CLIP_KEY_ERROR_NEWER);
}

static void
test_invalid (void)
{
  const char *keys[] = {
    "not a key file at all",
    "[Clip]\nWorkingSide=left\n",
    "[Clip]\nVersion=1\nWorkingSide=up\n",
    "[Clip]\nVersion=1\nWorkingSide=right\nMuscles=biceps;\n",
    "[Clip]\nVersion=1\nWorkingSide=right\nMuscles=hamstring;\n[Muscle hamstring]\nStates=tired;\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HammyClipKey) key = load (keys[i], &error);

      g_assert_null (key);
      g_assert_nonnull (error);
    }
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyClipKey) key = hammy_clip_key_load ("/nonexistent/clip.key", &error);

  g_assert_null (key);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clip-key/read", test_read);
  g_test_add_func ("/clip-key/newer", test_newer);
  g_test_add_func ("/clip-key/invalid", test_invalid);
  g_test_add_func ("/clip-key/missing", test_missing);

  return g_test_run ();
}
