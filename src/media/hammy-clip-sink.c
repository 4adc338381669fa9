/* hammy-clip-sink.c: the video sink at the end of the clip pipeline; it hands the latest frame
 * to the main thread as a GdkTexture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-clip-sink"

#include "config.h"

#include "hammy-clip-sink.h"

/* The streaming thread only stores the newest buffer and schedules one idle on the main
 * context if none is pending; the texture is made there, wrapping the mapped buffer without a
 * copy. Only formats GdkMemoryTexture takes as they are, so nothing converts twice. */

struct _HammyClipSink
{
  GstVideoSink            parent_instance;

  GMainContext           *context;

  /* streaming thread only: the segment as it came, which GstBaseSink alters while stepping */
  GstSegment              segment;

  /* main context only */
  HammyClipSinkFrameFunc  frame_func;
  gpointer                frame_data;

  GMutex                  lock;
  /* under lock */
  GstVideoInfo            info;
  GstVideoInfo            pending_info;
  GstBuffer              *pending;
  GstClockTime            pending_stream_time;
  GstClockTime            pending_duration;
  gboolean                delivery_scheduled;
};

G_DEFINE_FINAL_TYPE (HammyClipSink, hammy_clip_sink, GST_TYPE_VIDEO_SINK)

/* Video without an alpha channel decodes with alpha at 255, where premultiplied and straight
 * are the same bytes; the premultiplied formats are the ones GTK uploads without converting. */
static GstStaticPadTemplate sink_template =
  GST_STATIC_PAD_TEMPLATE ("sink",
                           GST_PAD_SINK,
                           GST_PAD_ALWAYS,
                           GST_STATIC_CAPS (GST_VIDEO_CAPS_MAKE ("{ BGRA, RGBA }")));

static GdkMemoryFormat
memory_format_for_video_format (GstVideoFormat format)
{
  switch (format)
    {
    case GST_VIDEO_FORMAT_BGRA:
      return GDK_MEMORY_B8G8R8A8_PREMULTIPLIED;
    case GST_VIDEO_FORMAT_RGBA:
      return GDK_MEMORY_R8G8B8A8_PREMULTIPLIED;
    default:
      g_assert_not_reached ();
    }
}

static void
video_frame_free (gpointer data)
{
  GstVideoFrame *frame = data;

  gst_video_frame_unmap (frame);
  g_free (frame);
}

/* The texture keeps the mapped frame (and so the buffer) alive until GTK lets go of it. */
static GdkTexture *
texture_new_for_buffer (GstBuffer          *buffer,
                        const GstVideoInfo *info)
{
  GstVideoFrame *frame = g_new0 (GstVideoFrame, 1);
  g_autoptr(GBytes) bytes = NULL;
  int width, height, stride;
  gsize size;

  if (!gst_video_frame_map (frame, (GstVideoInfo *) info, buffer, GST_MAP_READ))
    {
      g_free (frame);
      return NULL;
    }

  width = GST_VIDEO_FRAME_WIDTH (frame);
  height = GST_VIDEO_FRAME_HEIGHT (frame);
  stride = GST_VIDEO_FRAME_PLANE_STRIDE (frame, 0);
  size = (gsize) stride * (height - 1) + (gsize) width * 4;
  bytes = g_bytes_new_with_free_func (GST_VIDEO_FRAME_PLANE_DATA (frame, 0), size,
                                      video_frame_free, frame);

  return gdk_memory_texture_new (width, height,
                                 memory_format_for_video_format (GST_VIDEO_FRAME_FORMAT (frame)),
                                 bytes, stride);
}

static gboolean
deliver_frame_cb (gpointer data)
{
  HammyClipSink *self = data;
  g_autoptr(GstBuffer) buffer = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GstVideoInfo info;
  GstClockTime stream_time, duration;

  g_mutex_lock (&self->lock);
  buffer = g_steal_pointer (&self->pending);
  info = self->pending_info;
  stream_time = self->pending_stream_time;
  duration = self->pending_duration;
  self->delivery_scheduled = FALSE;
  g_mutex_unlock (&self->lock);

  if (buffer == NULL || self->frame_func == NULL)
    return G_SOURCE_REMOVE;

  texture = texture_new_for_buffer (buffer, &info);
  if (texture == NULL)
    {
      g_warning ("A video frame could not be mapped");
      return G_SOURCE_REMOVE;
    }

  self->frame_func (texture, stream_time, duration, self->frame_data);

  return G_SOURCE_REMOVE;
}

static gboolean
hammy_clip_sink_set_info (GstVideoSink       *video_sink,
                          GstCaps            *caps,
                          const GstVideoInfo *info)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (video_sink);

  g_mutex_lock (&self->lock);
  self->info = *info;
  g_mutex_unlock (&self->lock);

  return TRUE;
}

/* Runs on the streaming thread, for played and prerolled (paused, stepped) frames alike. */
static GstFlowReturn
hammy_clip_sink_show_frame (GstVideoSink *video_sink,
                            GstBuffer    *buffer)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (video_sink);
  const GstSegment *segment = &self->segment;
  GstClockTime start = GST_BUFFER_PTS (buffer);
  GstClockTime duration = GST_BUFFER_DURATION (buffer);
  GstClockTime frame_duration = GST_CLOCK_TIME_NONE;
  GstClockTime stream_time = GST_CLOCK_TIME_NONE;
  gboolean schedule;

  g_mutex_lock (&self->lock);
  if (GST_VIDEO_INFO_FPS_N (&self->info) > 0)
    frame_duration = gst_util_uint64_scale_int (GST_SECOND,
                                                GST_VIDEO_INFO_FPS_D (&self->info),
                                                GST_VIDEO_INFO_FPS_N (&self->info));
  g_mutex_unlock (&self->lock);

  /* After an accurate seek the decoder cuts the first frame to the segment: its start moves
   * to the seek target and its end stays, so the frame's own start is its end less a frame. */
  if (GST_CLOCK_TIME_IS_VALID (start) && GST_CLOCK_TIME_IS_VALID (duration)
      && GST_CLOCK_TIME_IS_VALID (frame_duration)
      && duration + GST_MSECOND < frame_duration && start + duration >= frame_duration)
    start = start + duration - frame_duration;

  if (GST_CLOCK_TIME_IS_VALID (start) && segment->format == GST_FORMAT_TIME)
    {
      guint64 position;

      if (gst_segment_to_stream_time_full (segment, GST_FORMAT_TIME, start, &position) > 0)
        stream_time = position;
      else
        stream_time = 0;
    }

  g_mutex_lock (&self->lock);
  gst_buffer_replace (&self->pending, buffer);
  self->pending_info = self->info;
  self->pending_stream_time = stream_time;
  self->pending_duration = GST_CLOCK_TIME_IS_VALID (frame_duration) ? frame_duration : duration;
  schedule = !self->delivery_scheduled;
  self->delivery_scheduled = TRUE;
  g_mutex_unlock (&self->lock);

  if (schedule)
    {
      /* Not g_main_context_invoke: it would run here if the context happened to be free. */
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, deliver_frame_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[hammy] clip frame");
      g_source_attach (source, self->context);
      g_source_unref (source);
    }

  return GST_FLOW_OK;
}

static gboolean
hammy_clip_sink_event (GstBaseSink *base_sink,
                       GstEvent    *event)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (base_sink);

  if (GST_EVENT_TYPE (event) == GST_EVENT_SEGMENT)
    gst_event_copy_segment (event, &self->segment);
  else if (GST_EVENT_TYPE (event) == GST_EVENT_FLUSH_STOP)
    gst_segment_init (&self->segment, GST_FORMAT_UNDEFINED);

  return GST_BASE_SINK_CLASS (hammy_clip_sink_parent_class)->event (base_sink, event);
}

static gboolean
hammy_clip_sink_propose_allocation (GstBaseSink *base_sink,
                                    GstQuery    *query)
{
  /* Strided and padded frames are fine: the texture takes a stride. */
  gst_query_add_allocation_meta (query, GST_VIDEO_META_API_TYPE, NULL);

  return TRUE;
}

static gboolean
hammy_clip_sink_stop (GstBaseSink *base_sink)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (base_sink);

  g_mutex_lock (&self->lock);
  gst_clear_buffer (&self->pending);
  g_mutex_unlock (&self->lock);

  return TRUE;
}

static void
hammy_clip_sink_finalize (GObject *object)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (object);

  gst_clear_buffer (&self->pending);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (hammy_clip_sink_parent_class)->finalize (object);
}

static void
hammy_clip_sink_class_init (HammyClipSinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GstElementClass *element_class = GST_ELEMENT_CLASS (klass);
  GstBaseSinkClass *base_sink_class = GST_BASE_SINK_CLASS (klass);
  GstVideoSinkClass *video_sink_class = GST_VIDEO_SINK_CLASS (klass);

  object_class->finalize = hammy_clip_sink_finalize;

  gst_element_class_set_static_metadata (element_class,
                                         "Hammy clip sink", "Sink/Video",
                                         "Hands video frames to GTK as textures",
                                         "Hammy");
  gst_element_class_add_static_pad_template (element_class, &sink_template);

  base_sink_class->event = hammy_clip_sink_event;
  base_sink_class->propose_allocation = hammy_clip_sink_propose_allocation;
  base_sink_class->stop = hammy_clip_sink_stop;

  video_sink_class->set_info = hammy_clip_sink_set_info;
  video_sink_class->show_frame = hammy_clip_sink_show_frame;
}

static void
hammy_clip_sink_init (HammyClipSink *self)
{
  g_mutex_init (&self->lock);
  gst_segment_init (&self->segment, GST_FORMAT_UNDEFINED);
  gst_video_info_init (&self->info);
  gst_video_info_init (&self->pending_info);
  self->pending_stream_time = GST_CLOCK_TIME_NONE;
  self->pending_duration = GST_CLOCK_TIME_NONE;

  /* The paintable holds the frame on screen; a second reference would only delay its reuse. */
  gst_base_sink_set_last_sample_enabled (GST_BASE_SINK (self), FALSE);
}

HammyClipSink *
hammy_clip_sink_new (GMainContext *context)
{
  HammyClipSink *self = g_object_new (HAMMY_TYPE_CLIP_SINK, NULL);

  self->context = g_main_context_ref (context != NULL ? context : g_main_context_default ());

  return self;
}

/* Main context only, and only while the pipeline is stopped or the caller outlives it. */
void
hammy_clip_sink_set_frame_func (HammyClipSink          *self,
                                HammyClipSinkFrameFunc  func,
                                gpointer                user_data)
{
  g_return_if_fail (HAMMY_IS_CLIP_SINK (self));

  self->frame_func = func;
  self->frame_data = user_data;
}
