/* hammy-coach-voice.c: coaching lines spoken offline by eSpeak through GStreamer, on a thread
 * of their own; without eSpeak, a voice for the language or an audio device it stays silent.
 *
 * The main thread only hands lines to a queue: making the pipeline, asking eSpeak for its
 * voices, opening the device and every state change happen on the voice's thread, so that no
 * frame of the clip and no tick of the timer waits for speech.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-coach-voice"

#include "config.h"

#include <gst/gst.h>

#include "hammy-coach-voice.h"
#include "hammy-cue-sounds.h"

/* How often the thread looks for a new line while one is being said. */
#define POLL_NS (20 * GST_MSECOND)

typedef enum
{
  COMMAND_SAY,
  COMMAND_STOP,
  COMMAND_QUIT,
} CommandKind;

typedef struct
{
  CommandKind  kind;
  char        *text;
  gboolean     timely;
} Command;

/* What the thread and the main thread share. */
typedef struct
{
  gatomicrefcount  ref_count;
  GAsyncQueue     *commands;
  GMainContext    *main_context;
  GWeakRef         owner;
  char            *language;
  char            *speech_factory;
  char            *sink_factory;
  GMutex           lock;
  double           volume;      /* under lock */
} Shared;

struct _HammyCoachVoice
{
  GObject                parent_instance;

  Shared                *shared;
  GThread               *thread;
  HammyCoachVoiceStatus  status;
  gboolean               muted;
  double                 volume;
};

G_DEFINE_ENUM_TYPE (HammyCoachVoiceStatus, hammy_coach_voice_status,
                    G_DEFINE_ENUM_VALUE (HAMMY_COACH_VOICE_CHECKING, "checking"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACH_VOICE_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACH_VOICE_NO_SPEECH, "no-speech"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACH_VOICE_NO_LANGUAGE, "no-language"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACH_VOICE_NO_OUTPUT, "no-output"))

G_DEFINE_FINAL_TYPE (HammyCoachVoice, hammy_coach_voice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_MUTED,
  PROP_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SAID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
command_free (Command *command)
{
  g_free (command->text);
  g_free (command);
}

static void
queue_command (Shared      *shared,
               CommandKind  kind,
               const char  *text,
               gboolean     timely)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->text = g_strdup (text);
  command->timely = timely;
  g_async_queue_push (shared->commands, command);
}

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);
  return shared;
}

static void
shared_unref (Shared *shared)
{
  if (!g_atomic_ref_count_dec (&shared->ref_count))
    return;

  g_async_queue_unref (shared->commands);
  g_main_context_unref (shared->main_context);
  g_weak_ref_clear (&shared->owner);
  g_mutex_clear (&shared->lock);
  g_free (shared->language);
  g_free (shared->speech_factory);
  g_free (shared->sink_factory);
  g_free (shared);
}

/* ---- on the main thread: what the voice's thread reports -------------------------------- */

typedef struct
{
  Shared                *shared;
  HammyCoachVoiceStatus  status;
  char                  *said;
} Report;

static gboolean
deliver_report_cb (gpointer data)
{
  Report *report = data;
  g_autoptr(HammyCoachVoice) self = g_weak_ref_get (&report->shared->owner);

  if (self != NULL)
    {
      if (report->said != NULL)
        g_signal_emit (self, signals[SIGNAL_SAID], 0, report->said);
      else if (self->status != report->status)
        {
          self->status = report->status;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
        }
    }

  shared_unref (report->shared);
  g_free (report->said);
  g_free (report);
  return G_SOURCE_REMOVE;
}

static void
report (Shared                *shared,
        HammyCoachVoiceStatus  status,
        const char            *said)
{
  Report *report = g_new0 (Report, 1);

  report->shared = shared_ref (shared);
  report->status = status;
  report->said = g_strdup (said);
  g_main_context_invoke (shared->main_context, deliver_report_cb, report);
}

/* ---- on the voice's thread -------------------------------------------------------------- */

typedef struct
{
  Shared     *shared;
  GstElement *pipeline;
  GstElement *speech;
  GstElement *volume;
  GstElement *sink;
  GQueue      waiting;   /* Commands to say after the current line */
  char       *saying;
} Speaker;

static gboolean
speech_has_language (GstElement *speech,
                     const char *language)
{
  GValueArray *voices = NULL;
  gboolean found = FALSE;

  /* The element lists its voices as a GValueArray, which GLib deprecated. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_object_get (speech, "voices", &voices, NULL);
  for (guint i = 0; voices != NULL && i < voices->n_values && !found; i++)
    {
      GValueArray *voice = g_value_get_boxed (g_value_array_get_nth (voices, i));

      /* Each voice is its name, its language and its variant. */
      if (voice != NULL && voice->n_values >= 2)
        found = g_strcmp0 (g_value_get_string (g_value_array_get_nth (voice, 1)), language) == 0;
    }
  g_clear_pointer (&voices, g_value_array_free);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return found;
}

static HammyCoachVoiceStatus
speaker_build (Speaker *speaker)
{
  Shared *shared = speaker->shared;
  GstElement *convert, *resample;

  speaker->speech = gst_element_factory_make (shared->speech_factory, NULL);
  if (speaker->speech == NULL)
    return HAMMY_COACH_VOICE_NO_SPEECH;
  if (!speech_has_language (speaker->speech, shared->language))
    {
      gst_object_unref (gst_object_ref_sink (speaker->speech));
      speaker->speech = NULL;
      return HAMMY_COACH_VOICE_NO_LANGUAGE;
    }
  g_object_set (speaker->speech, "voice", shared->language, NULL);

  convert = gst_element_factory_make ("audioconvert", NULL);
  resample = gst_element_factory_make ("audioresample", NULL);
  speaker->volume = gst_element_factory_make ("volume", NULL);
  speaker->sink = gst_element_factory_make (shared->sink_factory, NULL);
  speaker->pipeline = gst_object_ref_sink (gst_pipeline_new ("hammy-coach-voice"));
  gst_bin_add (GST_BIN (speaker->pipeline), speaker->speech);
  if (convert == NULL || resample == NULL || speaker->volume == NULL || speaker->sink == NULL)
    return HAMMY_COACH_VOICE_NO_OUTPUT;

  gst_bin_add_many (GST_BIN (speaker->pipeline), convert, resample, speaker->volume, speaker->sink, NULL);
  if (!gst_element_link_many (speaker->speech, convert, resample, speaker->volume, speaker->sink, NULL))
    return HAMMY_COACH_VOICE_NO_OUTPUT;

  /* Known now rather than at the first line, so the preferences can say so up front. */
  if (gst_element_set_state (speaker->pipeline, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE ||
      hammy_cue_sounds_sink_is_placeholder (speaker->sink))
    return HAMMY_COACH_VOICE_NO_OUTPUT;
  gst_element_set_state (speaker->pipeline, GST_STATE_NULL);

  return HAMMY_COACH_VOICE_READY;
}

static gboolean
speaker_start (Speaker *speaker,
               Command *command)
{
  double volume;

  g_mutex_lock (&speaker->shared->lock);
  volume = speaker->shared->volume;
  g_mutex_unlock (&speaker->shared->lock);

  gst_element_set_state (speaker->pipeline, GST_STATE_NULL);
  g_object_set (speaker->speech, "text", command->text, NULL);
  g_object_set (speaker->volume, "volume", volume, NULL);
  g_free (speaker->saying);
  speaker->saying = g_strdup (command->text);

  return gst_element_set_state (speaker->pipeline, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE;
}

static void
speaker_stop (Speaker *speaker)
{
  gst_element_set_state (speaker->pipeline, GST_STATE_NULL);
  g_clear_pointer (&speaker->saying, g_free);
  g_queue_clear_full (&speaker->waiting, (GDestroyNotify) command_free);
}

/* Returns FALSE to end the thread. */
static gboolean
speaker_take (Speaker *speaker,
              Command *command)
{
  switch (command->kind)
    {
    case COMMAND_QUIT:
      command_free (command);
      return FALSE;

    case COMMAND_STOP:
      speaker_stop (speaker);
      command_free (command);
      return TRUE;

    case COMMAND_SAY:
    default:
      if (speaker->saying == NULL)
        {
          if (!speaker_start (speaker, command))
            {
              report (speaker->shared, HAMMY_COACH_VOICE_NO_OUTPUT, NULL);
              command_free (command);
              return FALSE;
            }
          command_free (command);
        }
      else if (command->timely)
        /* A count said late would be wrong: it is dropped. */
        command_free (command);
      else
        g_queue_push_tail (&speaker->waiting, command);
      return TRUE;
    }
}

static gpointer
speaker_thread (gpointer data)
{
  Speaker speaker = { .shared = data };
  HammyCoachVoiceStatus status;
  g_autoptr(GstBus) bus = NULL;
  gboolean running = TRUE;

  status = speaker_build (&speaker);
  report (speaker.shared, status, NULL);
  if (status == HAMMY_COACH_VOICE_READY)
    bus = gst_element_get_bus (speaker.pipeline);
  else
    g_debug ("The coaching voice is off (%d)", status);

  while (running)
    {
      Command *command;

      if (bus == NULL || speaker.saying == NULL)
        {
          /* Idle: wait for a line. A voice that cannot speak still empties its queue. */
          command = g_async_queue_pop (speaker.shared->commands);
          if (bus == NULL)
            {
              running = command->kind != COMMAND_QUIT;
              command_free (command);
            }
          else
            running = speaker_take (&speaker, command);
          continue;
        }

      /* Saying a line: until it ends, take the lines that come meanwhile. */
      while (running && (command = g_async_queue_try_pop (speaker.shared->commands)) != NULL)
        running = speaker_take (&speaker, command);
      if (!running || speaker.saying == NULL)
        continue;

      g_autoptr(GstMessage) message = gst_bus_timed_pop_filtered (bus, POLL_NS, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
      if (message == NULL)
        continue;

      if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
        {
          g_autoptr(GError) error = NULL;

          gst_message_parse_error (message, &error, NULL);
          g_debug ("The coaching voice is off: %s", error->message);
          report (speaker.shared, HAMMY_COACH_VOICE_NO_OUTPUT, NULL);
          speaker_stop (&speaker);
          /* For good, as the tones: a device that failed once would fail at every line. */
          gst_clear_object (&bus);
          continue;
        }

      /* Nothing holds the device between lines. */
      gst_element_set_state (speaker.pipeline, GST_STATE_NULL);
      report (speaker.shared, HAMMY_COACH_VOICE_READY, speaker.saying);
      g_clear_pointer (&speaker.saying, g_free);
      command = g_queue_pop_head (&speaker.waiting);
      if (command != NULL)
        running = speaker_take (&speaker, command);
    }

  if (speaker.pipeline != NULL)
    gst_element_set_state (speaker.pipeline, GST_STATE_NULL);
  else if (speaker.speech != NULL)
    gst_object_unref (gst_object_ref_sink (speaker.speech));
  g_clear_pointer (&speaker.saying, g_free);
  g_queue_clear_full (&speaker.waiting, (GDestroyNotify) command_free);
  gst_clear_object (&bus);
  gst_clear_object (&speaker.pipeline);
  shared_unref (speaker.shared);

  return NULL;
}

/* ---- the object ------------------------------------------------------------------------- */

static void
hammy_coach_voice_dispose (GObject *object)
{
  HammyCoachVoice *self = HAMMY_COACH_VOICE (object);

  if (self->thread != NULL)
    {
      /* The thread ends at once: it stops what it says and owns the rest. */
      queue_command (self->shared, COMMAND_STOP, NULL, FALSE);
      queue_command (self->shared, COMMAND_QUIT, NULL, FALSE);
      g_thread_unref (g_steal_pointer (&self->thread));
    }

  G_OBJECT_CLASS (hammy_coach_voice_parent_class)->dispose (object);
}

static void
hammy_coach_voice_finalize (GObject *object)
{
  HammyCoachVoice *self = HAMMY_COACH_VOICE (object);

  g_clear_pointer (&self->shared, shared_unref);

  G_OBJECT_CLASS (hammy_coach_voice_parent_class)->finalize (object);
}

static void
hammy_coach_voice_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HammyCoachVoice *self = HAMMY_COACH_VOICE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_VOLUME:
      g_value_set_double (value, self->volume);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_coach_voice_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HammyCoachVoice *self = HAMMY_COACH_VOICE (object);

  switch (prop_id)
    {
    case PROP_MUTED:
      hammy_coach_voice_set_muted (self, g_value_get_boolean (value));
      break;
    case PROP_VOLUME:
      hammy_coach_voice_set_volume (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_coach_voice_class_init (HammyCoachVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_coach_voice_dispose;
  object_class->finalize = hammy_coach_voice_finalize;
  object_class->get_property = hammy_coach_voice_get_property;
  object_class->set_property = hammy_coach_voice_set_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       HAMMY_TYPE_COACH_VOICE_STATUS, HAMMY_COACH_VOICE_CHECKING,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Bound by the app to the inverse of "sound-cues", as the tones are. */
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0.0, 1.0, 0.8,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A line was said to its end (tests wait for it). */
  signals[SIGNAL_SAID] =
    g_signal_new ("said", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hammy_coach_voice_init (HammyCoachVoice *self)
{
  self->status = HAMMY_COACH_VOICE_CHECKING;
  self->volume = 0.8;
}

/**
 * hammy_coach_voice_new:
 * @language: the eSpeak language to speak, e.g. "de"
 *
 * Speaks on the system's audio output, or on the element factory named by the
 * `HAMMY_AUDIO_SINK` environment variable (tests use `fakesink`).
 */
HammyCoachVoice *
hammy_coach_voice_new (const char *language)
{
  const char *sink = g_getenv ("HAMMY_AUDIO_SINK");

  return hammy_coach_voice_new_full (language, "espeak", sink != NULL && *sink != '\0' ? sink : "autoaudiosink");
}

/**
 * hammy_coach_voice_new_full:
 * @speech_factory: the element that speaks: "espeak", or another name in tests
 * @sink_factory: the element that plays
 *
 * Returns at once; "status" says, soon after, whether anything will be heard.
 */
HammyCoachVoice *
hammy_coach_voice_new_full (const char *language,
                            const char *speech_factory,
                            const char *sink_factory)
{
  HammyCoachVoice *self;
  Shared *shared;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (speech_factory != NULL && sink_factory != NULL, NULL);

  gst_init (NULL, NULL);

  self = g_object_new (HAMMY_TYPE_COACH_VOICE, NULL);
  shared = g_new0 (Shared, 1);
  g_atomic_ref_count_init (&shared->ref_count);
  shared->commands = g_async_queue_new_full ((GDestroyNotify) command_free);
  shared->main_context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&shared->owner, self);
  g_mutex_init (&shared->lock);
  shared->language = g_strdup (language);
  shared->speech_factory = g_strdup (speech_factory);
  shared->sink_factory = g_strdup (sink_factory);
  shared->volume = self->volume;
  self->shared = shared;

  self->thread = g_thread_new ("hammy-voice", speaker_thread, shared_ref (shared));

  return self;
}

HammyCoachVoiceStatus
hammy_coach_voice_get_status (HammyCoachVoice *self)
{
  g_return_val_if_fail (HAMMY_IS_COACH_VOICE (self), HAMMY_COACH_VOICE_NO_SPEECH);
  return self->status;
}

/**
 * hammy_coach_voice_say:
 * @timely: say it now or not at all: dropped when another line is still being said
 *
 * Other lines wait for the one being said to end. Nothing is said while muted.
 */
void
hammy_coach_voice_say (HammyCoachVoice *self,
                       const char      *text,
                       gboolean         timely)
{
  g_return_if_fail (HAMMY_IS_COACH_VOICE (self));
  g_return_if_fail (text != NULL);

  if (self->muted)
    return;

  queue_command (self->shared, COMMAND_SAY, text, timely);
}

/* Cuts the line short and forgets those waiting, e.g. when the session is left. */
void
hammy_coach_voice_stop (HammyCoachVoice *self)
{
  g_return_if_fail (HAMMY_IS_COACH_VOICE (self));

  queue_command (self->shared, COMMAND_STOP, NULL, FALSE);
}

/* Muting cuts the line being said too. */
void
hammy_coach_voice_set_muted (HammyCoachVoice *self,
                             gboolean         muted)
{
  g_return_if_fail (HAMMY_IS_COACH_VOICE (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (muted)
    hammy_coach_voice_stop (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

gboolean
hammy_coach_voice_get_muted (HammyCoachVoice *self)
{
  g_return_val_if_fail (HAMMY_IS_COACH_VOICE (self), FALSE);
  return self->muted;
}

/* From the next line on. */
void
hammy_coach_voice_set_volume (HammyCoachVoice *self,
                              double           volume)
{
  g_return_if_fail (HAMMY_IS_COACH_VOICE (self));

  volume = CLAMP (volume, 0.0, 1.0);
  if (self->volume == volume)
    return;

  self->volume = volume;
  g_mutex_lock (&self->shared->lock);
  self->shared->volume = volume;
  g_mutex_unlock (&self->shared->lock);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

double
hammy_coach_voice_get_volume (HammyCoachVoice *self)
{
  g_return_val_if_fail (HAMMY_IS_COACH_VOICE (self), 0.0);
  return self->volume;
}
