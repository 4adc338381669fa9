/* clipgen-encode.c: renders every frame of a clip and encodes the loop as VP8 in WebM.
 * appsrc ! videoconvert ! vp8enc ! webmmux ! filesink, fed frame by frame from cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include "clipgen-encode.h"
#include "clipgen-render.h"

static GstElement *
make_element (const char *factory,
              GError    **error)
{
  GstElement *element = gst_element_factory_make (factory, NULL);

  if (element == NULL)
    g_set_error (error, CLIP_MOTION_ERROR, 0,
                 "The GStreamer element \"%s\" is missing; install gstreamer1.0-plugins-base "
                 "and gstreamer1.0-plugins-good.", factory);
  return element;
}

/* Waits for the end of the stream, or the first error, on the pipeline's bus. */
static gboolean
finish (GstElement *pipeline,
        const char *path,
        GError    **error)
{
  g_autoptr (GstBus) bus = gst_element_get_bus (pipeline);
  g_autoptr (GstMessage) message =
    gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr (GError) gst_error = NULL;
      g_autofree char *debug = NULL;

      gst_message_parse_error (message, &gst_error, &debug);
      g_set_error (error, CLIP_MOTION_ERROR, 0, "Encoding %s failed: %s.", path,
                   gst_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
clip_encode_webm (const ClipMotion *motion,
                  ClipStage         stage,
                  const char       *path,
                  int               width,
                  int               height,
                  GError          **error)
{
  g_autoptr (GstElement) pipeline = gst_pipeline_new (motion->id);
  g_autoptr (GstCaps) caps = NULL;
  GstElement *source, *convert, *encoder, *muxer, *sink;
  cairo_surface_t *surface;
  int n_frames = clip_motion_n_frames (motion);
  gboolean ok = TRUE;

  if ((source = make_element ("appsrc", error)) == NULL ||
      (convert = make_element ("videoconvert", error)) == NULL ||
      (encoder = make_element ("vp8enc", error)) == NULL ||
      (muxer = make_element ("webmmux", error)) == NULL ||
      (sink = make_element ("filesink", error)) == NULL)
    return FALSE;

  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING, "BGRx",
                              "width", G_TYPE_INT, width,
                              "height", G_TYPE_INT, height,
                              "framerate", GST_TYPE_FRACTION, motion->fps, 1,
                              "pixel-aspect-ratio", GST_TYPE_FRACTION, 1, 1,
                              NULL);
  g_object_set (source,
                "caps", caps,
                "format", GST_FORMAT_TIME,
                "is-live", FALSE,
                "block", TRUE,
                "max-bytes", (guint64) width * height * 4 * 8,
                NULL);
  /* Realtime deadline and a high cpu-used keep all clips under a minute on two cores;
   * a constant-quality target keeps the figure's edges clean at a few hundred kB. */
  g_object_set (encoder,
                "deadline", (gint64) 1,
                "cpu-used", 8,
                "threads", 1,
                "end-usage", 2,
                "cq-level", 12,
                "target-bitrate", 900000,
                "keyframe-max-dist", n_frames,
                NULL);
  g_object_set (sink, "location", path, NULL);

  gst_bin_add_many (GST_BIN (pipeline), source, convert, encoder, muxer, sink, NULL);
  if (!gst_element_link_many (source, convert, encoder, muxer, sink, NULL))
    {
      g_set_error (error, CLIP_MOTION_ERROR, 0, "The encoding pipeline for %s could not be linked.",
                   path);
      return FALSE;
    }
  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_set_error (error, CLIP_MOTION_ERROR, 0, "The encoding pipeline for %s would not start.",
                   path);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_assert (cairo_image_surface_get_stride (surface) == width * 4);

  for (int f = 0; f < n_frames && ok; f++)
    {
      cairo_t *cr = cairo_create (surface);
      GstBuffer *buffer;

      clip_render_frame (motion, (double) f / motion->fps, stage, FALSE, cr, width, height);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      buffer = gst_buffer_new_memdup (cairo_image_surface_get_data (surface),
                                      (gsize) width * height * 4);
      GST_BUFFER_PTS (buffer) = gst_util_uint64_scale_int (f, GST_SECOND, motion->fps);
      GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale_int (1, GST_SECOND, motion->fps);
      ok = gst_app_src_push_buffer (GST_APP_SRC (source), buffer) == GST_FLOW_OK;
    }
  cairo_surface_destroy (surface);

  gst_app_src_end_of_stream (GST_APP_SRC (source));
  ok = finish (pipeline, path, error) && ok;
  gst_element_set_state (pipeline, GST_STATE_NULL);

  if (!ok && error != NULL && *error == NULL)
    g_set_error (error, CLIP_MOTION_ERROR, 0, "Encoding %s stopped early.", path);
  return ok;
}
