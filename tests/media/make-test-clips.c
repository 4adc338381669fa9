/* make-test-clips.c: renders the small clips the media tests and the benchmark play, so they
 * need neither clipgen's clips nor gst-launch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <gst/gst.h>
#include <stdlib.h>
#include <string.h>

static gboolean
run (const char *description,
     GError    **error)
{
  g_autoptr(GstElement) pipeline = gst_parse_launch (description, error);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  if (pipeline == NULL)
    return FALSE;

  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  if (message == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "timed out: %s", description);
      return FALSE;
    }
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      gst_message_parse_error (message, error, NULL);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_clip (const char *folder,
            const char *name,
            const char *source,
            GError    **error)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *description = g_strdup_printf ("%s ! vp8enc deadline=1 ! webmmux ! filesink location=\"%s\"",
                                                  source, path);

  return run (description, error);
}

/* Rewrites the first two-byte Matroska element @id holding @was to hold 16000. */
static gboolean
patch_size (char   *contents,
            gsize   length,
            guint8  id,
            guint   was)
{
  for (gsize i = 0; i + 4 <= length; i++)
    {
      guint8 *at = (guint8 *) contents + i;

      if (at[0] == id && at[1] == 0x82 && at[2] == (was >> 8) && at[3] == (was & 0xff))
        {
          at[2] = 16000 >> 8;
          at[3] = 16000 & 0xff;
          return TRUE;
        }
    }

  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *webm = NULL;
  g_autofree char *poster = NULL;
  g_autofree char *description = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  guint8 noise[8192];
  gsize length;

  gst_init (&argc, &argv);
  if (argc != 2)
    {
      g_printerr ("usage: %s OUTPUT_FOLDER\n", argv[0]);
      return EXIT_FAILURE;
    }

  /* One second at 25 frames a second: 40 ms frames, exact in WebM's millisecond timestamps. */
  if (!write_clip (argv[1], "loop.webm",
                   "videotestsrc num-buffers=25 pattern=ball"
                   " ! video/x-raw,format=I420,width=160,height=120,framerate=25/1", &error)
      /* What clipgen is likely to make: a few seconds at a size a detail page shows. */
      || !write_clip (argv[1], "bench.webm",
                      "videotestsrc num-buffers=90 pattern=ball"
                      " ! video/x-raw,format=I420,width=640,height=360,framerate=30/1", &error)
      /* The same clip on the dark stage, as clipgen makes one for the dark style. */
      || !write_clip (argv[1], "loop-dark.webm",
                      "videotestsrc num-buffers=25 pattern=ball background-color=0xff202020"
                      " ! video/x-raw,format=I420,width=160,height=120,framerate=25/1", &error))
    goto fail;

  /* What clipgen writes beside a clip: it shows the right leg working, its hamstring
   * lengthening and relaxed, the front of its thigh holding. */
  path = g_build_filename (argv[1], "loop.key", NULL);
  if (!g_file_set_contents (path,
                            "[Clip]\nVersion=1\nWorkingSide=right\nMuscles=hamstring;quadriceps;\n"
                            "[Muscle hamstring]\nStates=eccentric;relaxed;\n"
                            "[Muscle quadriceps]\nStates=isometric;\n",
                            -1, &error))
    goto fail;
  g_clear_pointer (&path, g_free);

  poster = g_build_filename (argv[1], "loop.png", NULL);
  description = g_strdup_printf ("videotestsrc num-buffers=1 pattern=solid-color foreground-color=0xff00ff00"
                                 " ! video/x-raw,width=160,height=120 ! videoconvert ! pngenc"
                                 " ! filesink location=\"%s\"", poster);
  if (!run (description, &error))
    goto fail;

  /* Not a video at all. */
  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    noise[i] = g_rand_int_range (rand, 0, 256);
  path = g_build_filename (argv[1], "corrupt.webm", NULL);
  if (!g_file_set_contents (path, (const char *) noise, sizeof noise, &error))
    goto fail;
  g_clear_pointer (&path, g_free);

  /* A WebM whose header is fine and whose frames are noise. */
  webm = g_build_filename (argv[1], "loop.webm", NULL);
  if (!g_file_get_contents (webm, &contents, &length, &error))
    goto fail;
  memcpy (noise, contents, MIN (length, 200));
  path = g_build_filename (argv[1], "damaged.webm", NULL);
  if (!g_file_set_contents (path, (const char *) noise, sizeof noise, &error))
    goto fail;
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&contents, g_free);

  /* A small clip whose header says its frames are 16000 × 16000 pixels: 320 and 256 are written
   * in two bytes (PixelWidth 0xB0, PixelHeight 0xBA), which 16000 fits. */
  if (!write_clip (argv[1], "huge.webm",
                   "videotestsrc num-buffers=5 ! video/x-raw,format=I420,width=320,height=256,framerate=25/1",
                   &error))
    goto fail;
  path = g_build_filename (argv[1], "huge.webm", NULL);
  if (!g_file_get_contents (path, &contents, &length, &error))
    goto fail;
  if (!patch_size (contents, length, 0xb0, 320) || !patch_size (contents, length, 0xba, 256))
    {
      g_printerr ("huge.webm: no frame size to change\n");
      return EXIT_FAILURE;
    }
  if (!g_file_set_contents (path, contents, length, &error))
    goto fail;

  return EXIT_SUCCESS;

fail:
  g_printerr ("%s\n", error->message);
  return EXIT_FAILURE;
}
