/* hammy-cue-sounds.c: short, soft tones for the moments of a guided session, made here and
 * played with GStreamer; without a working audio device they fall silent, and stay so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-cue-sounds"

#include "config.h"

#include <math.h>
#include <gst/app/gstappsrc.h>

#include "hammy-cue-sounds.h"

#define SAMPLE_RATE 48000
/* Well below full scale: a cue is heard over a quiet room, it does not startle. */
#define PEAK_LEVEL (0.3 * G_MAXINT16)
#define ATTACK_MS 8
#define RELEASE_MS 30
#define MAX_CUE_MS 600

/* One struck note: a sine with a little of its octave, rising fast and dying away like a
 * soft bell rather than beeping flat. */
typedef struct
{
  double frequency;
  guint  start_ms;
  guint  length_ms;
  double gain;
} Note;

struct _HammyCueSounds
{
  GObject     parent_instance;

  /* NULL once Hammy knows nothing can be heard: then every cue is silent. */
  GstElement *pipeline;
  GstElement *source;
  GstElement *sink;
  guint       bus_watch_id;

  GBytes     *tones[HAMMY_CUE_SOUND_COUNT];
  gboolean    muted;
};

G_DEFINE_ENUM_TYPE (HammyCueSound, hammy_cue_sound,
                    G_DEFINE_ENUM_VALUE (HAMMY_CUE_SOUND_START, "start"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CUE_SOUND_HALFWAY, "halfway"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CUE_SOUND_END, "end"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CUE_SOUND_REST_OVER, "rest-over"))

G_DEFINE_FINAL_TYPE (HammyCueSounds, hammy_cue_sounds, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MUTED,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Told apart by direction and rhythm as much as by pitch, so each cue is recognised
 * without looking: going up to start, down to finish, one light note at halfway, two
 * equal ones to call you back after a rest. */
static const Note start_notes[] = {
  { 523.25, 0, 150, 1.0 },   /* C5 */
  { 783.99, 150, 320, 1.0 }, /* G5 */
  { 0 },
};

static const Note halfway_notes[] = {
  { 659.26, 0, 220, 0.8 },   /* E5 */
  { 0 },
};

static const Note end_notes[] = {
  { 783.99, 0, 150, 1.0 },   /* G5 */
  { 523.25, 150, 420, 1.0 }, /* C5 */
  { 0 },
};

static const Note rest_over_notes[] = {
  { 880.00, 0, 140, 0.85 },  /* A5 */
  { 880.00, 220, 140, 0.85 },
  { 0 },
};

static const Note * const cue_notes[HAMMY_CUE_SOUND_COUNT] = {
  [HAMMY_CUE_SOUND_START] = start_notes,
  [HAMMY_CUE_SOUND_HALFWAY] = halfway_notes,
  [HAMMY_CUE_SOUND_END] = end_notes,
  [HAMMY_CUE_SOUND_REST_OVER] = rest_over_notes,
};

static double
note_envelope (const Note *note,
               double      t)
{
  double length = note->length_ms / 1000.0;
  double attack = ATTACK_MS / 1000.0;
  double release = RELEASE_MS / 1000.0;
  double level;

  if (t < 0 || t >= length)
    return 0;

  /* Raised-cosine edges: a straight ramp would click. */
  if (t < attack)
    level = 0.5 - 0.5 * cos (G_PI * t / attack);
  else
    level = exp (-(t - attack) * 3.0 / length);

  if (t > length - release)
    level *= 0.5 + 0.5 * cos (G_PI * (t - (length - release)) / release);

  return level;
}

/* PCM for one cue, made once: mono S16LE at SAMPLE_RATE. */
static GBytes *
render_cue (const Note *notes)
{
  guint length_ms = 0;
  gsize n_samples;
  gint16 *samples;

  for (const Note *note = notes; note->frequency > 0; note++)
    length_ms = MAX (length_ms, note->start_ms + note->length_ms);
  g_assert (length_ms <= MAX_CUE_MS);

  n_samples = (gsize) SAMPLE_RATE * length_ms / 1000;
  samples = g_new0 (gint16, n_samples);

  for (gsize i = 0; i < n_samples; i++)
    {
      double value = 0;

      for (const Note *note = notes; note->frequency > 0; note++)
        {
          double t = (double) i / SAMPLE_RATE - note->start_ms / 1000.0;
          double envelope = note_envelope (note, t);
          double phase = 2 * G_PI * note->frequency * t;

          if (envelope <= 0)
            continue;

          /* The octave fades faster than the fundamental, as on a struck bar; it stays
           * weak enough never to add a zero crossing of its own. */
          value += note->gain * envelope
                   * (sin (phase) + 0.2 * exp (-t * 12.0) * sin (2 * phase)) / 1.2;
        }

      samples[i] = GINT16_TO_LE ((gint16) lround (CLAMP (value, -1.0, 1.0) * PEAK_LEVEL));
    }

  return g_bytes_new_take (samples, n_samples * sizeof (gint16));
}

/* autoaudiosink that finds no device plays into a fakesink, its only child: nothing is heard.
 * The coaching voice asks the same of its own output. */
gboolean
hammy_cue_sounds_sink_is_placeholder (GstElement *sink)
{
  g_autoptr(GObject) child = NULL;
  GstElementFactory *factory;

  if (!GST_IS_BIN (sink) || gst_child_proxy_get_children_count (GST_CHILD_PROXY (sink)) != 1)
    return FALSE;

  child = gst_child_proxy_get_child_by_index (GST_CHILD_PROXY (sink), 0);
  if (!GST_IS_ELEMENT (child))
    return FALSE;

  factory = gst_element_get_factory (GST_ELEMENT (child));
  return factory != NULL && g_str_equal (GST_OBJECT_NAME (factory), "fakesink");
}

/* For good: a device that failed once would fail again at every cue of the session, and
 * the session shows each cue on screen anyway. */
static void
fall_silent (HammyCueSounds *self,
             const char     *reason)
{
  if (self->pipeline == NULL)
    return;

  g_debug ("Cue sounds are off: %s", reason);

  g_clear_handle_id (&self->bus_watch_id, g_source_remove);
  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  self->source = NULL;
  self->sink = NULL;
  gst_clear_object (&self->pipeline);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

/* Opens the device, or finds out that there is none. */
static gboolean
prepare_sink (HammyCueSounds *self)
{
  if (gst_element_set_state (self->pipeline, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE)
    {
      fall_silent (self, "the audio output could not be opened");
      return FALSE;
    }

  if (hammy_cue_sounds_sink_is_placeholder (self->sink))
    {
      fall_silent (self, "there is no audio device");
      return FALSE;
    }

  return TRUE;
}

static gboolean
on_bus_message_cb (GstBus     *bus,
                   GstMessage *message,
                   gpointer    data)
{
  HammyCueSounds *self = data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      /* Nothing holds the device between cues. */
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      break;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;

        gst_message_parse_error (message, &error, NULL);
        fall_silent (self, error->message);
        return G_SOURCE_REMOVE;
      }

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static GstElement *
make_element (const char *factory_name)
{
  GstElement *element = gst_element_factory_make (factory_name, NULL);

  return element != NULL ? gst_object_ref_sink (element) : NULL;
}

static void
build_pipeline (HammyCueSounds *self,
                GstElement     *sink)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) source = NULL;
  g_autoptr(GstElement) convert = NULL;
  g_autoptr(GstElement) resample = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;

  if (sink == NULL)
    {
      g_debug ("Cue sounds are off: no audio output could be made");
      return;
    }

  pipeline = gst_object_ref_sink (gst_pipeline_new ("hammy-cue-sounds"));
  source = make_element ("appsrc");
  convert = make_element ("audioconvert");
  resample = make_element ("audioresample");
  if (source == NULL || convert == NULL || resample == NULL)
    {
      g_debug ("Cue sounds are off: GStreamer's base plugins are missing");
      return;
    }

  caps = gst_caps_new_simple ("audio/x-raw",
                              "format", G_TYPE_STRING, "S16LE",
                              "layout", G_TYPE_STRING, "interleaved",
                              "rate", G_TYPE_INT, SAMPLE_RATE,
                              "channels", G_TYPE_INT, 1,
                              NULL);
  g_object_set (source,
                "caps", caps,
                "format", GST_FORMAT_TIME,
                NULL);

  gst_bin_add_many (GST_BIN (pipeline), source, convert, resample, sink, NULL);
  if (!gst_element_link_many (source, convert, resample, sink, NULL))
    {
      g_debug ("Cue sounds are off: the audio output takes no audio");
      return;
    }

  bus = gst_element_get_bus (pipeline);
  self->bus_watch_id = gst_bus_add_watch (bus, on_bus_message_cb, self);
  self->source = source;
  self->sink = sink;
  self->pipeline = g_steal_pointer (&pipeline);

  /* Known now rather than at the first cue, so a caller can say so up front. */
  if (prepare_sink (self))
    gst_element_set_state (self->pipeline, GST_STATE_NULL);
}

static void
hammy_cue_sounds_dispose (GObject *object)
{
  HammyCueSounds *self = HAMMY_CUE_SOUNDS (object);

  g_clear_handle_id (&self->bus_watch_id, g_source_remove);
  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);
  self->source = NULL;
  self->sink = NULL;
  gst_clear_object (&self->pipeline);

  G_OBJECT_CLASS (hammy_cue_sounds_parent_class)->dispose (object);
}

static void
hammy_cue_sounds_finalize (GObject *object)
{
  HammyCueSounds *self = HAMMY_CUE_SOUNDS (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->tones); i++)
    g_clear_pointer (&self->tones[i], g_bytes_unref);

  G_OBJECT_CLASS (hammy_cue_sounds_parent_class)->finalize (object);
}

static void
hammy_cue_sounds_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HammyCueSounds *self = HAMMY_CUE_SOUNDS (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, hammy_cue_sounds_is_available (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_cue_sounds_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HammyCueSounds *self = HAMMY_CUE_SOUNDS (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      hammy_cue_sounds_set_muted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_cue_sounds_class_init (HammyCueSoundsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_cue_sounds_dispose;
  object_class->finalize = hammy_cue_sounds_finalize;
  object_class->get_property = hammy_cue_sounds_get_property;
  object_class->set_property = hammy_cue_sounds_set_property;

  /* The app binds this to the inverse of the "sound-cues" setting, so the media layer
   * needs no schema (and its tests no settings). */
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gst_init (NULL, NULL);
}

static void
hammy_cue_sounds_init (HammyCueSounds *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->tones); i++)
    self->tones[i] = render_cue (cue_notes[i]);
}

/**
 * hammy_cue_sounds_new:
 *
 * Plays on the system's audio output, or on the element factory named by the
 * `HAMMY_AUDIO_SINK` environment variable (tests use `fakesink`).
 */
HammyCueSounds *
hammy_cue_sounds_new (void)
{
  const char *name = g_getenv ("HAMMY_AUDIO_SINK");

  if (name == NULL || *name == '\0')
    name = "autoaudiosink";

  gst_init (NULL, NULL);

  return hammy_cue_sounds_new_for_sink (gst_element_factory_make (name, NULL));
}

/**
 * hammy_cue_sounds_new_for_sink:
 * @sink: (transfer floating) (nullable): where the tones go; %NULL means nowhere
 *
 * Without a sink, or with one that cannot be opened, the object is silent from the start.
 */
HammyCueSounds *
hammy_cue_sounds_new_for_sink (GstElement *sink)
{
  HammyCueSounds *self;

  g_return_val_if_fail (sink == NULL || GST_IS_ELEMENT (sink), NULL);

  self = g_object_new (HAMMY_TYPE_CUE_SOUNDS, NULL);
  if (sink != NULL)
    gst_object_ref_sink (sink);
  build_pipeline (self, sink);
  gst_clear_object (&sink);

  return self;
}

/* A cue still sounding gives way to the newer one: the newer one is what is happening. */
void
hammy_cue_sounds_play (HammyCueSounds *self,
                       HammyCueSound   cue)
{
  GstBuffer *buffer;
  gsize n_samples;

  g_return_if_fail (HAMMY_IS_CUE_SOUNDS (self));
  g_return_if_fail ((guint) cue < HAMMY_CUE_SOUND_COUNT);

  if (self->muted || self->pipeline == NULL)
    return;

  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  if (!prepare_sink (self))
    return;

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      fall_silent (self, "the audio output could not start");
      return;
    }

  n_samples = g_bytes_get_size (self->tones[cue]) / sizeof (gint16);
  buffer = gst_buffer_new_wrapped_bytes (self->tones[cue]);
  GST_BUFFER_PTS (buffer) = 0;
  GST_BUFFER_DURATION (buffer) = gst_util_uint64_scale (n_samples, GST_SECOND, SAMPLE_RATE);
  gst_app_src_push_buffer (GST_APP_SRC (self->source), buffer);
  gst_app_src_end_of_stream (GST_APP_SRC (self->source));
}

/* Cuts a cue short, e.g. when the session is left. */
void
hammy_cue_sounds_stop (HammyCueSounds *self)
{
  g_return_if_fail (HAMMY_IS_CUE_SOUNDS (self));

  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);
}

/* FALSE once Hammy knows that nothing can be heard: no output could be made, or it failed.
 * It does not come back; the cues are then only shown. */
gboolean
hammy_cue_sounds_is_available (HammyCueSounds *self)
{
  g_return_val_if_fail (HAMMY_IS_CUE_SOUNDS (self), FALSE);

  return self->pipeline != NULL;
}

/* Muting cuts the cue that is sounding too. */
void
hammy_cue_sounds_set_muted (HammyCueSounds *self,
                            gboolean        muted)
{
  g_return_if_fail (HAMMY_IS_CUE_SOUNDS (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (muted)
    hammy_cue_sounds_stop (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

gboolean
hammy_cue_sounds_get_muted (HammyCueSounds *self)
{
  g_return_val_if_fail (HAMMY_IS_CUE_SOUNDS (self), FALSE);

  return self->muted;
}
