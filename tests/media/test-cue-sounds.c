/* test-cue-sounds.c: the session's cue sounds into an appsink: four tones told apart by pitch
 * and direction, soft and short; muted is silent; a missing or failing output falls silent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gst/app/gstappsink.h>

#include "hammy-cue-sounds.h"
#include "hammy-test-wait.h"

#define MAX_CUE_SECONDS 0.6
/* Amplitude below which a sample counts as silence when finding where a tone is. */
#define SILENCE (G_MAXINT16 / 100)

/* What the appsink received, from its streaming thread. */
typedef struct
{
  GMutex      lock;
  GByteArray *pcm;
  int         rate;
  guint       n_buffers;
  gboolean    eos;
  GstElement *sink;       /* the capture's appsink, owned by the pipeline */
} Capture;

/* The pitch at the start and at the end of a tone, from its zero crossings. */
typedef struct
{
  double first;
  double last;
  double seconds;
} Signature;

static GstFlowReturn
on_new_sample_cb (GstAppSink *sink,
                  gpointer    data)
{
  Capture *capture = data;
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstStructure *structure = gst_caps_get_structure (gst_sample_get_caps (sample), 0);
  GstMapInfo map;

  g_assert_true (gst_buffer_map (buffer, &map, GST_MAP_READ));
  g_mutex_lock (&capture->lock);
  g_assert_true (gst_structure_get_int (structure, "rate", &capture->rate));
  g_byte_array_append (capture->pcm, map.data, map.size);
  capture->n_buffers++;
  g_mutex_unlock (&capture->lock);
  gst_buffer_unmap (buffer, &map);

  return GST_FLOW_OK;
}

static void
on_eos_cb (GstAppSink *sink,
           gpointer    data)
{
  Capture *capture = data;

  g_mutex_lock (&capture->lock);
  capture->eos = TRUE;
  g_mutex_unlock (&capture->lock);
}

static gboolean
capture_ended (gpointer data)
{
  Capture *capture = data;
  gboolean eos;

  g_mutex_lock (&capture->lock);
  eos = capture->eos;
  g_mutex_unlock (&capture->lock);

  return eos;
}

static void
capture_reset (Capture *capture)
{
  g_mutex_lock (&capture->lock);
  g_byte_array_set_size (capture->pcm, 0);
  capture->n_buffers = 0;
  capture->eos = FALSE;
  g_mutex_unlock (&capture->lock);
}

/* An appsink that takes mono S16 and plays in real time, as a device would. */
static GstElement *
capture_sink_new (Capture *capture)
{
  GstAppSinkCallbacks callbacks = { .eos = on_eos_cb, .new_sample = on_new_sample_cb };
  g_autoptr(GstCaps) caps = gst_caps_from_string ("audio/x-raw,format=S16LE,channels=1,layout=interleaved");
  GstElement *sink = gst_element_factory_make ("appsink", NULL);

  g_assert_nonnull (sink);
  gst_app_sink_set_caps (GST_APP_SINK (sink), caps);
  gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, capture, NULL);
  capture->sink = sink;

  g_mutex_init (&capture->lock);
  capture->pcm = g_byte_array_new ();

  return sink;
}

static void
capture_clear (Capture *capture)
{
  g_byte_array_unref (capture->pcm);
  g_mutex_clear (&capture->lock);
}

static double
zero_crossing_frequency (const gint16 *samples,
                         gsize         from,
                         gsize         to,
                         int           rate)
{
  int last_sign = 0;
  guint crossings = 0;
  gsize first_crossing = 0;
  gsize last_crossing = 0;

  for (gsize i = from; i < to; i++)
    {
      gint16 sample = GINT16_FROM_LE (samples[i]);
      int sign = sample > 0 ? 1 : sample < 0 ? -1 : 0;

      if (sign == 0)
        continue;

      if (last_sign != 0 && sign != last_sign)
        {
          if (crossings == 0)
            first_crossing = i;
          last_crossing = i;
          crossings++;
        }
      last_sign = sign;
    }

  g_assert_cmpuint (crossings, >, 10);

  /* Between the first and last crossing, so silence at either end does not count. */
  return (crossings - 1) / 2.0 / ((double) (last_crossing - first_crossing) / rate);
}

static Signature
capture_signature (Capture *capture)
{
  const gint16 *samples = (const gint16 *) capture->pcm->data;
  gsize n_samples = capture->pcm->len / sizeof (gint16);
  gsize start = 0;
  gsize end = n_samples;
  gsize quarter;
  int peak = 0;

  g_assert_cmpuint (capture->n_buffers, >, 0);
  g_assert_cmpint (capture->rate, >, 0);

  for (gsize i = 0; i < n_samples; i++)
    peak = MAX (peak, ABS (GINT16_FROM_LE (samples[i])));
  /* Soft: well under full scale. */
  g_assert_cmpint (peak, >, G_MAXINT16 / 10);
  g_assert_cmpint (peak, <, G_MAXINT16 / 2);

  /* No click: it fades in and out. */
  g_assert_cmpint (ABS (GINT16_FROM_LE (samples[0])), <, SILENCE);
  g_assert_cmpint (ABS (GINT16_FROM_LE (samples[n_samples - 1])), <, SILENCE);

  while (start < n_samples && ABS (GINT16_FROM_LE (samples[start])) < SILENCE)
    start++;
  while (end > start && ABS (GINT16_FROM_LE (samples[end - 1])) < SILENCE)
    end--;
  quarter = (end - start) / 4;

  return (Signature) {
    .first = zero_crossing_frequency (samples, start, start + quarter, capture->rate),
    .last = zero_crossing_frequency (samples, end - quarter, end, capture->rate),
    .seconds = (double) n_samples / capture->rate,
  };
}

/* Holds every buffer at the capture's door until the pad is flushed, so that a cue cannot
 * reach its end while the test has not yet asked for what it tests. */
static GstPadProbeReturn
hold_buffer_cb (GstPad          *pad,
                GstPadProbeInfo *info,
                gpointer         data)
{
  return GST_PAD_PROBE_OK;
}

static Signature
play_and_capture (HammyCueSounds *sounds,
                  Capture        *capture,
                  HammyCueSound   cue)
{
  capture_reset (capture);
  hammy_cue_sounds_play (sounds, cue);
  g_assert_true (hammy_test_wait_for (capture_ended, capture, 3000));

  return capture_signature (capture);
}

static gboolean
differ (double a,
        double b)
{
  return ABS (a - b) > 0.08 * MAX (a, b);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    data)
{
  (*(guint *) data)++;
}

static void
test_cues_are_distinct (void)
{
  Capture capture = { 0 };
  g_autoptr(HammyCueSounds) sounds = hammy_cue_sounds_new_for_sink (capture_sink_new (&capture));
  Signature signatures[HAMMY_CUE_SOUND_COUNT];

  g_assert_true (hammy_cue_sounds_is_available (sounds));
  g_assert_false (hammy_cue_sounds_get_muted (sounds));

  for (guint cue = 0; cue < HAMMY_CUE_SOUND_COUNT; cue++)
    {
      signatures[cue] = play_and_capture (sounds, &capture, cue);
      g_test_message ("cue %u: %.0f Hz to %.0f Hz, %.3f s", cue,
                      signatures[cue].first, signatures[cue].last, signatures[cue].seconds);
      g_assert_cmpfloat (signatures[cue].seconds, <=, MAX_CUE_SECONDS + 0.01);
    }

  /* Up to start, down at the end, level at halfway and after a rest. */
  g_assert_cmpfloat (signatures[HAMMY_CUE_SOUND_START].first * 1.2, <, signatures[HAMMY_CUE_SOUND_START].last);
  g_assert_cmpfloat (signatures[HAMMY_CUE_SOUND_END].first, >, signatures[HAMMY_CUE_SOUND_END].last * 1.2);
  g_assert_false (differ (signatures[HAMMY_CUE_SOUND_HALFWAY].first, signatures[HAMMY_CUE_SOUND_HALFWAY].last));
  g_assert_false (differ (signatures[HAMMY_CUE_SOUND_REST_OVER].first, signatures[HAMMY_CUE_SOUND_REST_OVER].last));

  for (guint a = 0; a < HAMMY_CUE_SOUND_COUNT; a++)
    for (guint b = a + 1; b < HAMMY_CUE_SOUND_COUNT; b++)
      g_assert_true (differ (signatures[a].first, signatures[b].first)
                     || differ (signatures[a].last, signatures[b].last));

  /* Each cue can come again: the pipeline is reused. */
  g_assert_false (differ (play_and_capture (sounds, &capture, HAMMY_CUE_SOUND_START).last,
                          signatures[HAMMY_CUE_SOUND_START].last));

  g_clear_object (&sounds);
  capture_clear (&capture);
}

static void
test_newer_cue_wins (void)
{
  Capture capture = { 0 };
  g_autoptr(HammyCueSounds) sounds = hammy_cue_sounds_new_for_sink (capture_sink_new (&capture));
  Signature end;
  Signature signature;

  end = play_and_capture (sounds, &capture, HAMMY_CUE_SOUND_END);

  capture_reset (&capture);
  hammy_cue_sounds_play (sounds, HAMMY_CUE_SOUND_START);
  hammy_cue_sounds_play (sounds, HAMMY_CUE_SOUND_END);
  g_assert_true (hammy_test_wait_for (capture_ended, &capture, 3000));
  signature = capture_signature (&capture);

  g_assert_false (differ (signature.last, end.last));
  g_assert_cmpfloat (signature.seconds, <=, MAX_CUE_SECONDS * 2);

  g_clear_object (&sounds);
  capture_clear (&capture);
}

static void
test_muted_is_silent (void)
{
  Capture capture = { 0 };
  g_autoptr(HammyCueSounds) sounds = hammy_cue_sounds_new_for_sink (capture_sink_new (&capture));
  guint notified = 0;

  g_signal_connect (sounds, "notify::muted", G_CALLBACK (count_notify_cb), &notified);
  hammy_cue_sounds_set_muted (sounds, TRUE);
  hammy_cue_sounds_set_muted (sounds, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (hammy_cue_sounds_get_muted (sounds));

  for (guint cue = 0; cue < HAMMY_CUE_SOUND_COUNT; cue++)
    hammy_cue_sounds_play (sounds, cue);
  /* Nothing may sound: the time a cue takes, and some, for one that did to show. */
  hammy_test_run_for (MAX_CUE_SECONDS * 1000 + 200);

  g_mutex_lock (&capture.lock);
  g_assert_cmpuint (capture.n_buffers, ==, 0);
  g_mutex_unlock (&capture.lock);
  g_assert_false (capture_ended (&capture));
  /* Muted is a choice, not a missing device. */
  g_assert_true (hammy_cue_sounds_is_available (sounds));

  /* Muting cuts a cue that is sounding. Its sound is held at the capture until the mute, so
   * a busy machine cannot let it play out first; a cue that was not cut would then have
   * played to its end within the time given. */
  g_object_set (sounds, "muted", FALSE, NULL);
  {
    g_autoptr(GstPad) pad = gst_element_get_static_pad (capture.sink, "sink");
    gulong hold = gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BLOCK | GST_PAD_PROBE_TYPE_BUFFER,
                                     hold_buffer_cb, NULL, NULL);

    hammy_cue_sounds_play (sounds, HAMMY_CUE_SOUND_END);
    hammy_cue_sounds_set_muted (sounds, TRUE);
    gst_pad_remove_probe (pad, hold);
  }
  hammy_test_run_for (MAX_CUE_SECONDS * 1000 + 200);
  g_assert_false (capture_ended (&capture));

  hammy_cue_sounds_set_muted (sounds, FALSE);
  g_assert_cmpuint (notified, ==, 4);
  play_and_capture (sounds, &capture, HAMMY_CUE_SOUND_HALFWAY);

  g_clear_object (&sounds);
  capture_clear (&capture);
}

static void
assert_silent (HammyCueSounds *sounds)
{
  g_assert_false (hammy_cue_sounds_is_available (sounds));

  for (guint cue = 0; cue < HAMMY_CUE_SOUND_COUNT; cue++)
    hammy_cue_sounds_play (sounds, cue);
  hammy_cue_sounds_stop (sounds);
  hammy_cue_sounds_set_muted (sounds, TRUE);
  hammy_cue_sounds_set_muted (sounds, FALSE);
  g_assert_false (hammy_cue_sounds_is_available (sounds));
}

static void
test_no_sink (void)
{
  g_autoptr(HammyCueSounds) nameless = NULL;
  g_autoptr(HammyCueSounds) none = NULL;
  g_autoptr(HammyCueSounds) named = NULL;

  g_setenv ("HAMMY_AUDIO_SINK", "hammy-no-such-sink", TRUE);
  nameless = hammy_cue_sounds_new ();
  assert_silent (nameless);

  none = hammy_cue_sounds_new_for_sink (NULL);
  assert_silent (none);

  g_setenv ("HAMMY_AUDIO_SINK", "fakesink", TRUE);
  named = hammy_cue_sounds_new ();
  g_assert_true (hammy_cue_sounds_is_available (named));
  g_unsetenv ("HAMMY_AUDIO_SINK");
}

/* What autoaudiosink becomes on a machine with no sound card: a bin around a fakesink. */
static void
test_placeholder_sink (void)
{
  GstElement *placeholder = gst_parse_bin_from_description ("fakesink", TRUE, NULL);
  g_autoptr(HammyCueSounds) sounds = NULL;

  g_assert_nonnull (placeholder);
  sounds = hammy_cue_sounds_new_for_sink (placeholder);
  assert_silent (sounds);
}

static void
assert_falls_silent_at_first_cue (GstElement *sink)
{
  g_autoptr(HammyCueSounds) sounds = hammy_cue_sounds_new_for_sink (sink);
  guint notified = 0;

  g_assert_true (hammy_cue_sounds_is_available (sounds));
  g_signal_connect (sounds, "notify::available", G_CALLBACK (count_notify_cb), &notified);

  hammy_cue_sounds_play (sounds, HAMMY_CUE_SOUND_START);
  g_assert_true (hammy_test_wait_until (notified > 0, HAMMY_TEST_WAIT_MS));

  g_assert_cmpuint (notified, ==, 1);
  assert_silent (sounds);
  g_assert_cmpuint (notified, ==, 1);
}

/* An output that opens but cannot start, as a device taken by another program. */
static void
test_sink_fails_to_start (void)
{
  GstElement *sink = gst_element_factory_make ("fakesink", NULL);

  gst_util_set_object_arg (G_OBJECT (sink), "state-error", "ready-to-paused");
  assert_falls_silent_at_first_cue (sink);
}

/* An output that fails while a cue plays, as a device unplugged would: an error on the bus. */
static void
test_sink_fails_while_playing (void)
{
  g_autoptr(GError) error = NULL;
  GstElement *sink = gst_parse_bin_from_description ("identity error-after=1 ! fakesink", TRUE, &error);

  g_assert_no_error (error);
  assert_falls_silent_at_first_cue (sink);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  g_test_add_func ("/cue-sounds/distinct", test_cues_are_distinct);
  g_test_add_func ("/cue-sounds/newer-cue-wins", test_newer_cue_wins);
  g_test_add_func ("/cue-sounds/muted", test_muted_is_silent);
  g_test_add_func ("/cue-sounds/no-sink", test_no_sink);
  g_test_add_func ("/cue-sounds/placeholder-sink", test_placeholder_sink);
  g_test_add_func ("/cue-sounds/sink-fails-to-start", test_sink_fails_to_start);
  g_test_add_func ("/cue-sounds/sink-fails-while-playing", test_sink_fails_while_playing);

  return g_test_run ();
}
