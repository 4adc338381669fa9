/* hammy-clip-player.c: plays one exercise clip in a loop into a GdkPaintable: slow motion,
 * frame stepping, scrubbing, mirroring, and errors as sentences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-clip-player"

#include "config.h"

#include <float.h>
#include <glib/gi18n.h>

#include "hammy-clip-paintable.h"
#include "hammy-clip-player-private.h"
#include "hammy-clip-sink.h"

/* playbin's GstPlayFlags: video only, with its converter in front of our sink. */
#define PLAY_FLAG_VIDEO (1 << 0)
#define FALLBACK_FRAME_DURATION (GST_SECOND / 30)
/* The widest and highest frame played: 4K, which phones record, fits; a 16000 × 16000 video
 * would take gigabytes to decode and is refused before any decoder is made. */
#define MAX_FRAME_SIDE 4096
/* A local clip prerolls in milliseconds; one that has not after this never will. */
#define DEFAULT_LOAD_TIMEOUT_MS 8000

/* What the streaming and loop threads share with the main thread. It is not the player:
 * the last reference to an object holding textures must be dropped on the main thread. */
typedef struct
{
  gatomicrefcount  ref_count;
  GstElement      *pipeline;   /* not a reference: it owns the bus that owns us */
  GMutex           lock;
  /* under lock */
  double           rate;
  guint            generation; /* bumped by each flushing seek, so older loop requests lapse */
  int              too_large_width;  /* a video refused for its frame size, 0 if none */
  int              too_large_height;
} LoopState;

typedef struct
{
  LoopState *loop;
  guint      generation;
} LoopRequest;

struct _HammyClipPlayer
{
  GObject               parent_instance;

  GstElement           *pipeline;
  GstBus               *bus;
  HammyClipSink        *sink;
  HammyClipPaintable   *paintable;
  LoopState            *loop;

  GFile                *file;
  GFile                *poster;
  HammyClipPlayerState  state;
  char                 *error_message;
  gboolean              playing;
  double                rate;
  gint64                position;
  gint64                duration;
  gint64                frame_duration;

  guint                 load_timeout_ms;
  guint                 load_timeout_id;

  gboolean              decoder_missing;
  gboolean              own;        /* the person's own video: never "reinstall Hammy" */
  gboolean              prerolled;
  gboolean              seek_in_flight;
  gint64                pending_seek;
};

G_DEFINE_ENUM_TYPE (HammyClipPlayerState, hammy_clip_player_state,
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_PLAYER_STATE_EMPTY, "empty"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_PLAYER_STATE_LOADING, "loading"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_PLAYER_STATE_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_PLAYER_STATE_ERROR, "error"))

G_DEFINE_FINAL_TYPE (HammyClipPlayer, hammy_clip_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_POSTER,
  PROP_PAINTABLE,
  PROP_STATE,
  PROP_ERROR_MESSAGE,
  PROP_PLAYING,
  PROP_POSITION,
  PROP_DURATION,
  PROP_FRAME_DURATION,
  PROP_RATE,
  PROP_MIRRORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LoopState *
loop_state_ref (LoopState *loop)
{
  g_atomic_ref_count_inc (&loop->ref_count);
  return loop;
}

static void
loop_state_unref (gpointer data)
{
  LoopState *loop = data;

  if (g_atomic_ref_count_dec (&loop->ref_count))
    {
      g_mutex_clear (&loop->lock);
      g_free (loop);
    }
}

static void
loop_request_free (gpointer data)
{
  LoopRequest *request = data;

  loop_state_unref (request->loop);
  g_free (request);
}

/* On a GStreamer pool thread, so the main thread being busy cannot open a gap. Not flushing:
 * what is already queued plays out while the demuxer starts over. */
static void
loop_cb (GstElement *pipeline,
         gpointer    data)
{
  LoopRequest *request = data;
  LoopState *loop = request->loop;
  double rate;

  g_mutex_lock (&loop->lock);
  if (request->generation != loop->generation)
    {
      g_mutex_unlock (&loop->lock);
      return;
    }
  rate = loop->rate;
  g_mutex_unlock (&loop->lock);

  gst_element_seek (pipeline, rate, GST_FORMAT_TIME, GST_SEEK_FLAG_SEGMENT,
                    GST_SEEK_TYPE_SET, 0,
                    GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
}

static GstBusSyncReply
bus_sync_handler (GstBus     *bus,
                  GstMessage *message,
                  gpointer    data)
{
  LoopState *loop = data;

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_SEGMENT_DONE
      && GST_MESSAGE_SRC (message) == GST_OBJECT (loop->pipeline))
    {
      LoopRequest *request = g_new0 (LoopRequest, 1);

      request->loop = loop_state_ref (loop);
      g_mutex_lock (&loop->lock);
      request->generation = loop->generation;
      g_mutex_unlock (&loop->lock);

      gst_element_call_async (loop->pipeline, loop_cb, request, loop_request_free);
    }

  return GST_BUS_PASS;
}

static void
set_state (HammyClipPlayer      *self,
           HammyClipPlayerState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_position (HammyClipPlayer *self,
              gint64           position)
{
  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
set_duration (HammyClipPlayer *self,
              gint64           duration)
{
  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

static void
set_error_message (HammyClipPlayer *self,
                   const char      *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

/* Messages of the run being replaced must not reach the next one. */
static void
stop_pipeline (HammyClipPlayer *self)
{
  g_clear_handle_id (&self->load_timeout_id, g_source_remove);
  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  gst_bus_set_flushing (self->bus, TRUE);
  gst_bus_set_flushing (self->bus, FALSE);

  self->prerolled = FALSE;
  self->seek_in_flight = FALSE;
  self->pending_seek = -1;
  self->decoder_missing = FALSE;
  g_mutex_lock (&self->loop->lock);
  self->loop->too_large_width = 0;
  self->loop->too_large_height = 0;
  g_mutex_unlock (&self->loop->lock);
}

static void
fail (HammyClipPlayer *self,
      const char      *sentence)
{
  if (self->state == HAMMY_CLIP_PLAYER_STATE_ERROR)
    return;

  stop_pipeline (self);
  set_error_message (self, sentence);
  set_state (self, HAMMY_CLIP_PLAYER_STATE_ERROR);
}

/* The sentence for @error: a frame too large to play says its size; otherwise as
 * hammy_clip_player_describe_error(). */
static char *
describe (HammyClipPlayer *self,
          const GError    *error)
{
  int width, height;

  g_mutex_lock (&self->loop->lock);
  width = self->loop->too_large_width;
  height = self->loop->too_large_height;
  g_mutex_unlock (&self->loop->lock);

  if (width > 0)
    /* Translators: the video's width and height in pixels, then the largest of either */
    return g_strdup_printf (_("This video is %d × %d pixels, larger than Hammy can play. A copy no more than %d pixels wide and high, such as one in 4K or HD, will play."),
                            width, height, MAX_FRAME_SIDE);

  return g_strdup (hammy_clip_player_describe_error (error, self->decoder_missing, self->own));
}

static void
fail_with (HammyClipPlayer *self,
           const GError    *error)
{
  g_autofree char *sentence = describe (self, error);

  fail (self, sentence);
}

/* Any thread: decodebin asks before it plugs a decoder for @caps. A frame larger than
 * MAX_FRAME_SIDE stops it there, with an error the bus carries to the main thread. */
static gboolean
on_autoplug_continue_cb (GstElement *decodebin,
                         GstPad     *pad,
                         GstCaps    *caps,
                         gpointer    data)
{
  LoopState *loop = data;
  GstStructure *structure;
  int width = 0, height = 0;

  if (caps == NULL || gst_caps_get_size (caps) == 0)
    return TRUE;
  structure = gst_caps_get_structure (caps, 0);
  if (!g_str_has_prefix (gst_structure_get_name (structure), "video/") ||
      !gst_structure_get_int (structure, "width", &width) ||
      !gst_structure_get_int (structure, "height", &height) ||
      (width <= MAX_FRAME_SIDE && height <= MAX_FRAME_SIDE))
    return TRUE;

  g_mutex_lock (&loop->lock);
  loop->too_large_width = width;
  loop->too_large_height = height;
  g_mutex_unlock (&loop->lock);

  gst_element_message_full (decodebin, GST_MESSAGE_ERROR, GST_STREAM_ERROR, GST_STREAM_ERROR_FORMAT,
                            g_strdup_printf ("Frames of %d x %d pixels are larger than %d on a side",
                                             width, height, MAX_FRAME_SIDE),
                            NULL, __FILE__, G_STRFUNC, __LINE__);
  return FALSE;
}

/* Any thread: playbin's decodebin is where a stream's frame size is first known. */
static void
on_element_setup_cb (GstElement *pipeline,
                     GstElement *element,
                     gpointer    data)
{
  GstElementFactory *factory = gst_element_get_factory (element);

  if (factory != NULL && g_str_equal (GST_OBJECT_NAME (factory), "decodebin"))
    g_signal_connect_data (element, "autoplug-continue", G_CALLBACK (on_autoplug_continue_cb),
                           loop_state_ref (data), (GClosureNotify) (void (*) (void)) loop_state_unref, 0);
}

static gboolean
seek_to (HammyClipPlayer *self,
         gint64           position,
         GstSeekFlags     flags)
{
  g_mutex_lock (&self->loop->lock);
  self->loop->generation++;
  self->loop->rate = self->rate;
  g_mutex_unlock (&self->loop->lock);

  /* SEGMENT, so that the end posts segment-done instead of EOS and the loop has no gap. */
  if (!gst_element_seek (self->pipeline, self->rate, GST_FORMAT_TIME,
                         GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_SEGMENT | flags,
                         GST_SEEK_TYPE_SET, position,
                         GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE))
    {
      g_debug ("Seeking to %" GST_TIME_FORMAT " failed", GST_TIME_ARGS (position));
      return FALSE;
    }

  self->seek_in_flight = TRUE;
  return TRUE;
}

static void
update_duration (HammyClipPlayer *self)
{
  gint64 duration;

  if (gst_element_query_duration (self->pipeline, GST_FORMAT_TIME, &duration))
    set_duration (self, duration);
}

/* decodebin can lose a demuxer's error while it starts up, leaving nothing to wait for. */
static gboolean
on_load_timeout_cb (gpointer data)
{
  HammyClipPlayer *self = data;
  g_autoptr(GError) error = g_error_new_literal (GST_STREAM_ERROR, GST_STREAM_ERROR_FAILED,
                                                 "The clip did not load in time");

  self->load_timeout_id = 0;
  g_debug ("%s", error->message);
  fail_with (self, error);

  return G_SOURCE_REMOVE;
}

static void
load (HammyClipPlayer *self)
{
  g_autofree char *uri = NULL;

  stop_pipeline (self);
  hammy_clip_paintable_set_frame (self->paintable, NULL);
  set_position (self, 0);
  set_duration (self, -1);
  set_error_message (self, NULL);

  if (self->file == NULL)
    {
      set_state (self, HAMMY_CLIP_PLAYER_STATE_EMPTY);
      return;
    }

  uri = g_file_get_uri (self->file);
  g_object_set (self->pipeline, "uri", uri, NULL);
  set_state (self, HAMMY_CLIP_PLAYER_STATE_LOADING);
  self->load_timeout_id = g_timeout_add (self->load_timeout_ms, on_load_timeout_cb, self);

  /* Failures arrive on the bus as errors, with the detail needed to describe them. */
  gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
}

static void
on_prerolled (HammyClipPlayer *self)
{
  int n_video = 0;
  gint64 start = MAX (self->pending_seek, 0);

  self->prerolled = TRUE;
  self->pending_seek = -1;
  g_clear_handle_id (&self->load_timeout_id, g_source_remove);

  g_object_get (self->pipeline, "n-video", &n_video, NULL);
  if (n_video == 0)
    {
      fail (self, _("This file has no video in it. Choose a video file instead."));
      return;
    }

  update_duration (self);
  set_state (self, HAMMY_CLIP_PLAYER_STATE_READY);

  /* Looping needs a segment seek to start from. The first frame is on screen already, so
   * this costs one more decode of it, not a delay. */
  seek_to (self, start, start > 0 ? GST_SEEK_FLAG_ACCURATE : 0);
  if (self->playing)
    gst_element_set_state (self->pipeline, GST_STATE_PLAYING);
}

static void
on_frame (GdkTexture   *texture,
          GstClockTime  stream_time,
          GstClockTime  frame_duration,
          gpointer      user_data)
{
  HammyClipPlayer *self = user_data;

  if (texture != NULL)
    hammy_clip_paintable_set_frame (self->paintable, texture);

  if (GST_CLOCK_TIME_IS_VALID (stream_time))
    set_position (self, stream_time);

  if (GST_CLOCK_TIME_IS_VALID (frame_duration) && frame_duration > 0
      && (gint64) frame_duration != self->frame_duration)
    {
      self->frame_duration = frame_duration;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAME_DURATION]);
    }
}

static void
on_bus_message_cb (GstBus          *bus,
                   GstMessage      *message,
                   HammyClipPlayer *self)
{
  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("%s (%s)", error->message, debug != NULL ? debug : "no detail");
        fail_with (self, error);
      }
      break;

    case GST_MESSAGE_ELEMENT:
      /* Named rather than tested with pbutils: the only thing wanted is the sentence. */
      if (gst_message_has_name (message, "missing-plugin"))
        self->decoder_missing = TRUE;
      break;

    case GST_MESSAGE_ASYNC_DONE:
      if (GST_MESSAGE_SRC (message) != GST_OBJECT (self->pipeline))
        break;

      if (!self->prerolled)
        {
          on_prerolled (self);
          break;
        }

      /* A scrub sends one seek at a time and only the newest of those asked for meanwhile. */
      self->seek_in_flight = FALSE;
      if (self->pending_seek >= 0)
        {
          gint64 position = self->pending_seek;

          self->pending_seek = -1;
          seek_to (self, position, GST_SEEK_FLAG_ACCURATE);
        }
      break;

    case GST_MESSAGE_DURATION_CHANGED:
      if (self->prerolled)
        update_duration (self);
      break;

    case GST_MESSAGE_EOS:
      /* Only a demuxer that ignores segment seeks gets here: start over the plain way. */
      if (self->state == HAMMY_CLIP_PLAYER_STATE_READY)
        seek_to (self, 0, 0);
      break;

    default:
      break;
    }
}

static void
on_paintable_drawn (gpointer user_data)
{
  HammyClipSink *sink = user_data;

  hammy_clip_sink_want_frame (sink);
}

static void
on_paintable_mirrored_cb (HammyClipPlayer *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

static void
hammy_clip_player_dispose (GObject *object)
{
  HammyClipPlayer *self = HAMMY_CLIP_PLAYER (object);

  g_clear_handle_id (&self->load_timeout_id, g_source_remove);

  if (self->pipeline != NULL)
    {
      hammy_clip_sink_set_frame_func (self->sink, NULL, NULL);
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_signal_handlers_disconnect_by_data (self->bus, self);
      gst_bus_remove_signal_watch (self->bus);
      gst_bus_set_sync_handler (self->bus, NULL, NULL, NULL);
    }

  gst_clear_object (&self->bus);
  gst_clear_object (&self->sink);
  gst_clear_object (&self->pipeline);
  g_clear_pointer (&self->loop, loop_state_unref);

  if (self->paintable != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->paintable, self);
      hammy_clip_paintable_set_drawn_func (self->paintable, NULL, NULL);
    }
  g_clear_object (&self->paintable);
  g_clear_object (&self->file);
  g_clear_object (&self->poster);

  G_OBJECT_CLASS (hammy_clip_player_parent_class)->dispose (object);
}

static void
hammy_clip_player_finalize (GObject *object)
{
  HammyClipPlayer *self = HAMMY_CLIP_PLAYER (object);

  g_free (self->error_message);

  G_OBJECT_CLASS (hammy_clip_player_parent_class)->finalize (object);
}

static void
hammy_clip_player_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HammyClipPlayer *self = HAMMY_CLIP_PLAYER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_POSTER:
      g_value_set_object (value, self->poster);
      break;
    case PROP_PAINTABLE:
      g_value_set_object (value, self->paintable);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;
    case PROP_FRAME_DURATION:
      g_value_set_int64 (value, hammy_clip_player_get_frame_duration (self));
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, hammy_clip_player_get_mirrored (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_clip_player_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HammyClipPlayer *self = HAMMY_CLIP_PLAYER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hammy_clip_player_set_file (self, g_value_get_object (value));
      break;
    case PROP_POSTER:
      hammy_clip_player_set_poster (self, g_value_get_object (value));
      break;
    case PROP_PLAYING:
      hammy_clip_player_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_RATE:
      hammy_clip_player_set_rate (self, g_value_get_double (value));
      break;
    case PROP_MIRRORED:
      hammy_clip_player_set_mirrored (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_clip_player_class_init (HammyClipPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_clip_player_dispose;
  object_class->finalize = hammy_clip_player_finalize;
  object_class->get_property = hammy_clip_player_get_property;
  object_class->set_property = hammy_clip_player_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_POSTER] =
    g_param_spec_object ("poster", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PAINTABLE] =
    g_param_spec_object ("paintable", NULL, NULL,
                         GDK_TYPE_PAINTABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       HAMMY_TYPE_CLIP_PLAYER_STATE,
                       HAMMY_CLIP_PLAYER_STATE_EMPTY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Nanoseconds into the clip of the frame on screen. */
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Nanoseconds, or -1 until known. */
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FRAME_DURATION] =
    g_param_spec_int64 ("frame-duration", NULL, NULL,
                        1, G_MAXINT64, FALLBACK_FRAME_DURATION,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL,
                         0.05, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gst_init (NULL, NULL);
}

static void
hammy_clip_player_init (HammyClipPlayer *self)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();

  self->rate = 1.0;
  self->load_timeout_ms = DEFAULT_LOAD_TIMEOUT_MS;
  self->duration = -1;
  self->pending_seek = -1;
  self->paintable = hammy_clip_paintable_new ();
  g_signal_connect_swapped (self->paintable, "notify::mirrored",
                            G_CALLBACK (on_paintable_mirrored_cb), self);

  self->sink = gst_object_ref_sink (hammy_clip_sink_new (context));
  hammy_clip_sink_set_frame_func (self->sink, on_frame, self);
  /* A drawn frame asks for the next; the paintable does not outlive the player's sink. */
  hammy_clip_paintable_set_drawn_func (self->paintable, on_paintable_drawn, self->sink);

  self->pipeline = gst_object_ref_sink (gst_element_factory_make ("playbin", NULL));
  g_assert (self->pipeline != NULL);
  g_object_set (self->pipeline,
                "flags", PLAY_FLAG_VIDEO,
                "video-sink", self->sink,
                NULL);

  self->loop = g_new0 (LoopState, 1);
  g_atomic_ref_count_init (&self->loop->ref_count);
  g_mutex_init (&self->loop->lock);
  self->loop->pipeline = self->pipeline;
  self->loop->rate = self->rate;

  self->bus = gst_element_get_bus (self->pipeline);
  gst_bus_set_sync_handler (self->bus, bus_sync_handler,
                            loop_state_ref (self->loop), loop_state_unref);
  g_signal_connect_data (self->pipeline, "element-setup", G_CALLBACK (on_element_setup_cb),
                         loop_state_ref (self->loop), (GClosureNotify) (void (*) (void)) loop_state_unref, 0);
  gst_bus_add_signal_watch (self->bus);
  g_signal_connect (self->bus, "message", G_CALLBACK (on_bus_message_cb), self);
}

/* The sentence a person reads when a clip cannot play: what happened and what to do. Hammy
 * itself is no cure for the person's @own video. */
const char *
hammy_clip_player_describe_error (const GError *error,
                                  gboolean      decoder_missing,
                                  gboolean      own)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (decoder_missing
      || g_error_matches (error, GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN)
      || g_error_matches (error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    return _("This clip needs a video decoder that is not installed. Installing the GStreamer plugins for its format will let it play.");

  if (error->domain == GST_RESOURCE_ERROR)
    return own ? _("Your video is missing or cannot be read. Choosing the video again will bring it back.")
               : _("The clip file is missing or cannot be read. Reinstalling Hammy will bring it back.");

  if (error->domain == GST_STREAM_ERROR)
    return own ? _("Your video is damaged or is not a video Hammy can play. Choosing another video will fix it.")
               : _("The clip file is damaged or is not a video. Reinstalling Hammy will fix it.");

  return _("The clip stopped because of a problem in the video system. Trying again may help.");
}

/* For the tests, which should not wait the whole default for a clip that never loads. */
void
hammy_clip_player_set_load_timeout (HammyClipPlayer *self,
                                    guint            timeout_ms)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));
  g_return_if_fail (timeout_ms > 0);

  self->load_timeout_ms = timeout_ms;
}

/* For the benchmark: how many frames the sink has seen, and how many became textures. */
void
hammy_clip_player_get_frame_counts (HammyClipPlayer *self,
                                    guint64         *frames,
                                    guint64         *converted)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  hammy_clip_sink_get_counts (self->sink, frames, converted);
}

GstElement *
hammy_clip_player_get_pipeline (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), NULL);

  return self->pipeline;
}

HammyClipPlayer *
hammy_clip_player_new (void)
{
  return g_object_new (HAMMY_TYPE_CLIP_PLAYER, NULL);
}

/* Loads at once and shows the first frame; plays if playing is set. NULL empties. */
void
hammy_clip_player_set_file (HammyClipPlayer *self,
                            GFile           *file)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* The file that follows is the person's own video: a failure asks them to choose it again,
 * never to reinstall Hammy. */
void
hammy_clip_player_set_own (HammyClipPlayer *self,
                           gboolean         own)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  self->own = !!own;
}

GFile *
hammy_clip_player_get_file (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), NULL);

  return self->file;
}

/* Shown until the first frame; a poster that cannot be read is no poster. */
void
hammy_clip_player_set_poster (HammyClipPlayer *self,
                              GFile           *poster)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));
  g_return_if_fail (poster == NULL || G_IS_FILE (poster));

  if (self->poster == poster)
    return;

  g_set_object (&self->poster, poster);

  if (poster != NULL)
    {
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_file (poster, &error);
      if (texture == NULL)
        g_debug ("No poster: %s", error->message);
    }

  hammy_clip_paintable_set_poster (self->paintable, texture);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTER]);
}

GFile *
hammy_clip_player_get_poster (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), NULL);

  return self->poster;
}

/* Starts the same file over, as "Try Again" does after an error. */
void
hammy_clip_player_reload (HammyClipPlayer *self)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  load (self);
}

GdkPaintable *
hammy_clip_player_get_paintable (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), NULL);

  return GDK_PAINTABLE (self->paintable);
}

HammyClipPlayerState
hammy_clip_player_get_state (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), HAMMY_CLIP_PLAYER_STATE_EMPTY);

  return self->state;
}

/* A translated sentence in the error state, NULL otherwise. */
const char *
hammy_clip_player_get_error_message (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), NULL);

  return self->error_message;
}

/* What is wanted: a clip still loading starts playing once it can. */
void
hammy_clip_player_set_playing (HammyClipPlayer *self,
                               gboolean         playing)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  playing = !!playing;
  if (self->playing == playing)
    return;

  self->playing = playing;
  if (self->state == HAMMY_CLIP_PLAYER_STATE_READY)
    gst_element_set_state (self->pipeline, playing ? GST_STATE_PLAYING : GST_STATE_PAUSED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

gboolean
hammy_clip_player_get_playing (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), FALSE);

  return self->playing;
}

void
hammy_clip_player_play (HammyClipPlayer *self)
{
  hammy_clip_player_set_playing (self, TRUE);
}

void
hammy_clip_player_pause (HammyClipPlayer *self)
{
  hammy_clip_player_set_playing (self, FALSE);
}

gint64
hammy_clip_player_get_position (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), 0);

  return self->position;
}

gint64
hammy_clip_player_get_duration (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), -1);

  return self->duration;
}

/* From the frame rate once a frame has arrived; a common rate until then. */
gint64
hammy_clip_player_get_frame_duration (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), FALLBACK_FRAME_DURATION);

  return self->frame_duration > 0 ? self->frame_duration : FALLBACK_FRAME_DURATION;
}

/* Accurate. While one seek is under way only the newest request waits for it, which is
 * what keeps a scrub from queueing up decodes it will never show. */
void
hammy_clip_player_seek (HammyClipPlayer *self,
                        gint64           position)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  position = MAX (position, 0);
  if (self->duration > 0)
    position = MIN (position, self->duration - 1);

  if (self->state == HAMMY_CLIP_PLAYER_STATE_LOADING
      || (self->state == HAMMY_CLIP_PLAYER_STATE_READY && self->seek_in_flight))
    self->pending_seek = position;
  else if (self->state == HAMMY_CLIP_PLAYER_STATE_READY)
    seek_to (self, position, GST_SEEK_FLAG_ACCURATE);
}

/* One frame either way, pausing first. Back from the first frame wraps to the last, as the
 * clip is a loop. */
void
hammy_clip_player_step (HammyClipPlayer *self,
                        gboolean         forward)
{
  gint64 frame, target;

  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  if (self->state != HAMMY_CLIP_PLAYER_STATE_READY)
    return;

  hammy_clip_player_pause (self);

  if (forward)
    {
      gst_element_send_event (self->pipeline,
                              gst_event_new_step (GST_FORMAT_BUFFERS, 1, 1.0, TRUE, FALSE));
      return;
    }

  /* Half a frame back lands inside the previous frame whatever the timestamps' rounding. */
  frame = hammy_clip_player_get_frame_duration (self);
  target = self->position - frame / 2;
  if (target < 0)
    target = self->duration > 0 ? self->duration - frame / 2 : 0;

  hammy_clip_player_seek (self, target);
}

void
hammy_clip_player_set_rate (HammyClipPlayer *self,
                            double           rate)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));
  g_return_if_fail (rate > 0);

  if (G_APPROX_VALUE (self->rate, rate, DBL_EPSILON))
    return;

  self->rate = rate;
  if (self->state == HAMMY_CLIP_PLAYER_STATE_READY)
    hammy_clip_player_seek (self, self->position);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

double
hammy_clip_player_get_rate (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), 1.0);

  return self->rate;
}

void
hammy_clip_player_set_mirrored (HammyClipPlayer *self,
                                gboolean         mirrored)
{
  g_return_if_fail (HAMMY_IS_CLIP_PLAYER (self));

  /* The paintable notifies, and the player passes that on. */
  hammy_clip_paintable_set_mirrored (self->paintable, mirrored);
}

gboolean
hammy_clip_player_get_mirrored (HammyClipPlayer *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PLAYER (self), FALSE);

  return hammy_clip_paintable_get_mirrored (self->paintable);
}
