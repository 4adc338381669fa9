/* test-clip-decodes.c: every generated clip decodes to frames and has a duration.
 * Usage: test-clip-decodes CLIP.webm…  (TAP output, one case per clip)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gst/gst.h>
#include <stdio.h>
#include <stdlib.h>

static void
on_sink_handoff_cb (GstElement *sink,
                    GstBuffer  *buffer,
                    GstPad     *pad,
                    gpointer    user_data)
{
  guint *n_frames = user_data;

  (*n_frames)++;
}

static void
on_decoder_pad_added_cb (GstElement *decoder,
                         GstPad     *pad,
                         gpointer    user_data)
{
  GstElement *sink = user_data;
  g_autoptr (GstPad) sink_pad = gst_element_get_static_pad (sink, "sink");
  g_autoptr (GstCaps) caps = gst_pad_query_caps (pad, NULL);

  if (!gst_pad_is_linked (sink_pad) &&
      g_str_has_prefix (gst_structure_get_name (gst_caps_get_structure (caps, 0)), "video/"))
    gst_pad_link (pad, sink_pad);
}

/* Plays the clip as fast as it decodes; returns a message, or NULL when it is fine. */
static char *
check_clip (const char *path,
            guint      *frames_out,
            gint64     *duration_out)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = gst_filename_to_uri (path, &error);
  g_autoptr (GstElement) pipeline = gst_pipeline_new (NULL);
  g_autoptr (GstBus) bus = NULL;
  g_autoptr (GstMessage) message = NULL;
  GstElement *decoder, *sink;
  guint n_frames = 0;
  gint64 duration = -1;

  if (uri == NULL)
    return g_strdup_printf ("%s has no URI: %s", path, error->message);

  decoder = gst_element_factory_make ("uridecodebin", NULL);
  sink = gst_element_factory_make ("fakesink", NULL);
  if (decoder == NULL || sink == NULL)
    return g_strdup ("uridecodebin or fakesink is missing");
  g_object_set (decoder, "uri", uri, NULL);
  g_object_set (sink, "sync", FALSE, "signal-handoffs", TRUE, NULL);
  g_signal_connect (sink, "handoff", G_CALLBACK (on_sink_handoff_cb), &n_frames);
  g_signal_connect (decoder, "pad-added", G_CALLBACK (on_decoder_pad_added_cb), sink);
  gst_bin_add_many (GST_BIN (pipeline), decoder, sink, NULL);

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    return g_strdup_printf ("%s would not start playing", path);

  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 20 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (message == NULL)
    {
      gst_element_set_state (pipeline, GST_STATE_NULL);
      return g_strdup_printf ("%s did not finish decoding within 20 s", path);
    }
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr (GError) gst_error = NULL;

      gst_message_parse_error (message, &gst_error, NULL);
      gst_element_set_state (pipeline, GST_STATE_NULL);
      return g_strdup_printf ("%s failed to decode: %s", path, gst_error->message);
    }

  gst_element_query_duration (pipeline, GST_FORMAT_TIME, &duration);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  if (n_frames == 0)
    return g_strdup_printf ("%s decoded no frames", path);
  if (duration <= 0)
    return g_strdup_printf ("%s has no duration", path);
  *frames_out = n_frames;
  *duration_out = duration;
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  int failed = 0;

  gst_init (&argc, &argv);
  if (argc < 2)
    {
      printf ("1..0 # SKIP no clips given\n");
      return EXIT_SUCCESS;
    }

  printf ("1..%d\n", argc - 1);
  for (int i = 1; i < argc; i++)
    {
      guint n_frames = 0;
      gint64 duration = 0;
      g_autofree char *problem = check_clip (argv[i], &n_frames, &duration);
      g_autofree char *name = g_path_get_basename (argv[i]);

      if (problem == NULL)
        printf ("ok %d - %s decodes: %u frames, %.2f s\n", i, name, n_frames,
                (double) duration / GST_SECOND);
      else
        {
          printf ("not ok %d - %s\n", i, problem);
          failed++;
        }
    }
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
