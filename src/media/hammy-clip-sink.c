/* hammy-clip-sink.c: the video sink at the end of the clip pipeline; it tells the main thread
 * where the clip is at every frame, and hands it a frame as a GdkTexture when one is wanted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-clip-sink"

#include "config.h"

#include "hammy-clip-sink.h"

/* The streaming thread stores the newest frame's time and schedules one idle on the main
 * context if none is pending, below the priority of redrawing and of GTK's printing (which
 * renders its pages in an idle at G_PRIORITY_DEFAULT_IDLE + 10), so a clip never holds up a
 * redraw, a print or another idle: on a busy machine, a playing clip once kept a handout
 * from being written until it was paused. The frame itself is converted to BGRA only when the picture has
 * been drawn since the last one was handed over (or when paused, for a seek or a step):
 * a frame nobody will see costs its decoding and nothing more. Converted frames go into a
 * pool of buffers that come back once GTK lets go of their texture. */

#define POOL_BUFFERS 3

/* Below GTK's print idle, G_PRIORITY_DEFAULT_IDLE + 10. */
#define FRAME_PRIORITY (G_PRIORITY_DEFAULT_IDLE + 20)

struct _HammyClipSink
{
  GstVideoSink            parent_instance;

  GMainContext           *context;

  /* streaming thread only */
  GstSegment              segment;
  GstVideoConverter      *converter;
  GstBufferPool          *pool;
  GstVideoInfo            out_info;

  /* main context only */
  HammyClipSinkFrameFunc  frame_func;
  gpointer                frame_data;

  GMutex                  lock;
  /* under lock */
  GstVideoInfo            info;
  gboolean                wanted;
  GstBuffer              *pending;          /* converted, or taken as it is */
  GstVideoInfo            pending_info;
  GstClockTime            pending_stream_time;
  GstClockTime            pending_duration;
  gboolean                delivery_scheduled;
  guint64                 frames;
  guint64                 converted;
};

G_DEFINE_FINAL_TYPE (HammyClipSink, hammy_clip_sink, GST_TYPE_VIDEO_SINK)

/* I420, what VP8 decodes to, comes first: converting it here, when a frame is wanted, spares
 * converting every frame upstream. Video without an alpha channel decodes with alpha at 255,
 * where premultiplied and straight are the same bytes; the premultiplied formats are the ones
 * GTK uploads without converting. */
static GstStaticPadTemplate sink_template =
  GST_STATIC_PAD_TEMPLATE ("sink",
                           GST_PAD_SINK,
                           GST_PAD_ALWAYS,
                           GST_STATIC_CAPS (GST_VIDEO_CAPS_MAKE ("{ I420, BGRA, RGBA }")));

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

/* The texture keeps the mapped frame (and so the buffer) alive until GTK lets go of it; a
 * pooled buffer then goes back to its pool. */
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

  if (self->frame_func == NULL)
    return G_SOURCE_REMOVE;

  if (buffer != NULL)
    {
      texture = texture_new_for_buffer (buffer, &info);
      if (texture == NULL)
        g_warning ("A video frame could not be mapped");
    }

  self->frame_func (texture, stream_time, duration, self->frame_data);

  return G_SOURCE_REMOVE;
}

static void
clear_conversion (HammyClipSink *self)
{
  g_clear_pointer (&self->converter, gst_video_converter_free);
  if (self->pool != NULL)
    gst_buffer_pool_set_active (self->pool, FALSE);
  gst_clear_object (&self->pool);
}

/* Streaming thread: the converter and the pool for frames that arrive as I420. */
static gboolean
prepare_conversion (HammyClipSink      *self,
                    const GstVideoInfo *in)
{
  g_autoptr(GstCaps) caps = NULL;
  GstStructure *config;

  clear_conversion (self);
  gst_video_info_set_format (&self->out_info, GST_VIDEO_FORMAT_BGRA, GST_VIDEO_INFO_WIDTH (in),
                             GST_VIDEO_INFO_HEIGHT (in));
  self->out_info.fps_n = in->fps_n;
  self->out_info.fps_d = in->fps_d;
  /* One thread: the clip is small, and the main thread is not kept waiting for it. */
  self->converter = gst_video_converter_new ((GstVideoInfo *) in, &self->out_info,
                                             gst_structure_new ("options",
                                                                GST_VIDEO_CONVERTER_OPT_THREADS,
                                                                G_TYPE_UINT, 1, NULL));
  if (self->converter == NULL)
    return FALSE;

  caps = gst_video_info_to_caps (&self->out_info);
  self->pool = gst_video_buffer_pool_new ();
  config = gst_buffer_pool_get_config (self->pool);
  gst_buffer_pool_config_set_params (config, caps, GST_VIDEO_INFO_SIZE (&self->out_info),
                                     POOL_BUFFERS, 0);
  if (!gst_buffer_pool_set_config (self->pool, config) ||
      !gst_buffer_pool_set_active (self->pool, TRUE))
    {
      clear_conversion (self);
      return FALSE;
    }
  return TRUE;
}

/* Streaming thread: the frame in a format GTK takes, converted into a pooled buffer when it
 * is I420. */
static GstBuffer *
frame_for_gtk (HammyClipSink      *self,
               GstBuffer          *buffer,
               const GstVideoInfo *info,
               GstVideoInfo       *out_info)
{
  GstBuffer *out = NULL;
  GstVideoFrame in_frame, out_frame;

  if (GST_VIDEO_INFO_FORMAT (info) != GST_VIDEO_FORMAT_I420)
    {
      *out_info = *info;
      return gst_buffer_ref (buffer);
    }

  if (self->converter == NULL && !prepare_conversion (self, info))
    return NULL;
  if (gst_buffer_pool_acquire_buffer (self->pool, &out, NULL) != GST_FLOW_OK)
    return NULL;
  if (!gst_video_frame_map (&in_frame, (GstVideoInfo *) info, buffer, GST_MAP_READ))
    {
      gst_buffer_unref (out);
      return NULL;
    }
  if (!gst_video_frame_map (&out_frame, &self->out_info, out, GST_MAP_WRITE))
    {
      gst_video_frame_unmap (&in_frame);
      gst_buffer_unref (out);
      return NULL;
    }
  gst_video_converter_frame (self->converter, &in_frame, &out_frame);
  gst_video_frame_unmap (&out_frame);
  gst_video_frame_unmap (&in_frame);

  *out_info = self->out_info;
  return out;
}

static gboolean
hammy_clip_sink_set_info (GstVideoSink       *video_sink,
                          GstCaps            *caps,
                          const GstVideoInfo *info)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (video_sink);

  /* Caps come in on the streaming thread, which owns the converter. */
  clear_conversion (self);
  g_mutex_lock (&self->lock);
  self->info = *info;
  g_mutex_unlock (&self->lock);

  return TRUE;
}

/* Runs on the streaming thread. A prerolled frame (paused, after a seek or a step) is always
 * handed over; a played one only when the last has been drawn. */
static GstFlowReturn
take_frame (HammyClipSink *self,
            GstBuffer     *buffer,
            gboolean       always)
{
  const GstSegment *segment = &self->segment;
  GstClockTime start = GST_BUFFER_PTS (buffer);
  GstClockTime duration = GST_BUFFER_DURATION (buffer);
  GstClockTime frame_duration = GST_CLOCK_TIME_NONE;
  GstClockTime stream_time = GST_CLOCK_TIME_NONE;
  GstVideoInfo info, out_info;
  GstBuffer *frame = NULL;
  gboolean wanted, schedule;

  g_mutex_lock (&self->lock);
  info = self->info;
  wanted = always || self->wanted;
  self->wanted = self->wanted && !wanted;
  self->frames++;
  g_mutex_unlock (&self->lock);

  if (GST_VIDEO_INFO_FPS_N (&info) > 0)
    frame_duration = gst_util_uint64_scale_int (GST_SECOND, GST_VIDEO_INFO_FPS_D (&info),
                                                GST_VIDEO_INFO_FPS_N (&info));

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

  if (wanted)
    frame = frame_for_gtk (self, buffer, &info, &out_info);

  g_mutex_lock (&self->lock);
  if (frame != NULL)
    {
      gst_buffer_replace (&self->pending, NULL);
      self->pending = frame;
      self->pending_info = out_info;
      self->converted++;
    }
  else if (wanted)
    {
      /* It could not be converted: the next one is wanted instead. */
      self->wanted = TRUE;
    }
  self->pending_stream_time = stream_time;
  self->pending_duration = GST_CLOCK_TIME_IS_VALID (frame_duration) ? frame_duration : duration;
  schedule = !self->delivery_scheduled;
  self->delivery_scheduled = TRUE;
  g_mutex_unlock (&self->lock);

  if (schedule)
    {
      /* Not g_main_context_invoke: it would run here if the context happened to be free. */
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, FRAME_PRIORITY);
      g_source_set_callback (source, deliver_frame_cb, g_object_ref (self), g_object_unref);
      g_source_set_static_name (source, "[hammy] clip frame");
      g_source_attach (source, self->context);
      g_source_unref (source);
    }

  return GST_FLOW_OK;
}

static GstFlowReturn
hammy_clip_sink_preroll (GstBaseSink *base_sink,
                         GstBuffer   *buffer)
{
  return take_frame (HAMMY_CLIP_SINK (base_sink), buffer, TRUE);
}

static GstFlowReturn
hammy_clip_sink_render (GstBaseSink *base_sink,
                        GstBuffer   *buffer)
{
  return take_frame (HAMMY_CLIP_SINK (base_sink), buffer, FALSE);
}

static gboolean
hammy_clip_sink_event (GstBaseSink *base_sink,
                       GstEvent    *event)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (base_sink);

  if (GST_EVENT_TYPE (event) == GST_EVENT_SEGMENT)
    {
      gst_event_copy_segment (event, &self->segment);
    }
  else if (GST_EVENT_TYPE (event) == GST_EVENT_FLUSH_START)
    {
      /* A seek flushes: a frame from before it, not yet handed over, would report a position
       * the seek has left behind, and the next frame would seem to jump back. */
      g_mutex_lock (&self->lock);
      gst_clear_buffer (&self->pending);
      self->pending_stream_time = GST_CLOCK_TIME_NONE;
      g_mutex_unlock (&self->lock);
    }
  else if (GST_EVENT_TYPE (event) == GST_EVENT_FLUSH_STOP)
    {
      gst_segment_init (&self->segment, GST_FORMAT_UNDEFINED);
    }

  return GST_BASE_SINK_CLASS (hammy_clip_sink_parent_class)->event (base_sink, event);
}

static gboolean
hammy_clip_sink_propose_allocation (GstBaseSink *base_sink,
                                    GstQuery    *query)
{
  /* Strided and padded frames are fine: the texture and the converter take a stride. */
  gst_query_add_allocation_meta (query, GST_VIDEO_META_API_TYPE, NULL);

  return TRUE;
}

static gboolean
hammy_clip_sink_stop (GstBaseSink *base_sink)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (base_sink);

  clear_conversion (self);
  g_mutex_lock (&self->lock);
  gst_clear_buffer (&self->pending);
  g_mutex_unlock (&self->lock);

  return TRUE;
}

static void
hammy_clip_sink_finalize (GObject *object)
{
  HammyClipSink *self = HAMMY_CLIP_SINK (object);

  clear_conversion (self);
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
  base_sink_class->preroll = hammy_clip_sink_preroll;
  base_sink_class->render = hammy_clip_sink_render;

  video_sink_class->set_info = hammy_clip_sink_set_info;
}

static void
hammy_clip_sink_init (HammyClipSink *self)
{
  g_mutex_init (&self->lock);
  gst_segment_init (&self->segment, GST_FORMAT_UNDEFINED);
  gst_video_info_init (&self->info);
  gst_video_info_init (&self->pending_info);
  gst_video_info_init (&self->out_info);
  self->pending_stream_time = GST_CLOCK_TIME_NONE;
  self->pending_duration = GST_CLOCK_TIME_NONE;
  /* The first played frame is wanted: nothing has been drawn yet. */
  self->wanted = TRUE;

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

/* The picture has drawn the last frame handed over: the next one is wanted. Any thread. */
void
hammy_clip_sink_want_frame (HammyClipSink *self)
{
  g_return_if_fail (HAMMY_IS_CLIP_SINK (self));

  g_mutex_lock (&self->lock);
  self->wanted = TRUE;
  g_mutex_unlock (&self->lock);
}

/* How many frames reached the sink, and how many of those were made into textures. */
void
hammy_clip_sink_get_counts (HammyClipSink *self,
                            guint64       *frames,
                            guint64       *converted)
{
  g_return_if_fail (HAMMY_IS_CLIP_SINK (self));

  g_mutex_lock (&self->lock);
  if (frames != NULL)
    *frames = self->frames;
  if (converted != NULL)
    *converted = self->converted;
  g_mutex_unlock (&self->lock);
}
