/* clip-bench.c: times play to first frame, and measures the CPU used by ten seconds of
 * looping, for the clip player against a plain playbin into a fakesink on the same clip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "hammy-clip-paintable.h"
#include "hammy-clip-player-private.h"
#include "hammy-test-wait.h"

#define FIRST_FRAME_BUDGET_MS 150.0
#define CPU_BUDGET 2.0
#define RUNS 11
#define CPU_SECONDS 10

/* The plain pipeline: what GStreamer costs with nothing of ours on top. */
typedef struct
{
  GstElement *pipeline;
  GMutex      lock;
  gint64      first_frame; /* under lock: set from the streaming thread */
  guint       frames;      /* under lock */
  gboolean    prerolled;
} Plain;

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
         + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_double);
  return g_array_index (samples, double, samples->len / 2);
}

static void
on_plain_handoff_cb (GstElement *sink,
                     GstBuffer  *buffer,
                     GstPad     *pad,
                     Plain      *plain)
{
  /* Only the first one counts; this runs on the streaming thread. */
  g_mutex_lock (&plain->lock);
  if (plain->first_frame == 0)
    plain->first_frame = g_get_monotonic_time ();
  plain->frames++;
  g_mutex_unlock (&plain->lock);
}

static void
plain_loop_cb (GstElement *pipeline,
               gpointer    data)
{
  gst_element_seek (pipeline, 1.0, GST_FORMAT_TIME, GST_SEEK_FLAG_SEGMENT,
                    GST_SEEK_TYPE_SET, 0, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
}

static GstBusSyncReply
plain_sync_cb (GstBus     *bus,
               GstMessage *message,
               gpointer    data)
{
  Plain *plain = data;

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_SEGMENT_DONE)
    gst_element_call_async (plain->pipeline, plain_loop_cb, NULL, NULL);

  return GST_BUS_PASS;
}

static void
on_plain_message_cb (GstBus     *bus,
                     GstMessage *message,
                     Plain      *plain)
{
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gst_message_parse_error (message, &error, NULL);
      g_error ("plain pipeline: %s", error->message);
    }

  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ASYNC_DONE && !plain->prerolled)
    {
      plain->prerolled = TRUE;
      gst_element_seek (plain->pipeline, 1.0, GST_FORMAT_TIME,
                        GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_SEGMENT,
                        GST_SEEK_TYPE_SET, 0, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
    }
}

static Plain *
plain_new (const char *uri)
{
  Plain *plain = g_new0 (Plain, 1);
  GstElement *sink = gst_element_factory_make ("fakesink", NULL);
  g_autoptr(GstBus) bus = NULL;

  g_mutex_init (&plain->lock);
  g_object_set (sink, "sync", TRUE, "signal-handoffs", TRUE, NULL);
  g_signal_connect (sink, "handoff", G_CALLBACK (on_plain_handoff_cb), plain);
  g_signal_connect (sink, "preroll-handoff", G_CALLBACK (on_plain_handoff_cb), plain);

  plain->pipeline = gst_object_ref_sink (gst_element_factory_make ("playbin", NULL));
  g_object_set (plain->pipeline, "uri", uri, "flags", 1, "video-sink", sink, NULL);

  bus = gst_element_get_bus (plain->pipeline);
  gst_bus_set_sync_handler (bus, plain_sync_cb, plain, NULL);
  gst_bus_add_signal_watch (bus);
  g_signal_connect (bus, "message", G_CALLBACK (on_plain_message_cb), plain);

  return plain;
}

static void
plain_free (Plain *plain)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (plain->pipeline);

  gst_element_set_state (plain->pipeline, GST_STATE_NULL);
  g_signal_handlers_disconnect_by_data (bus, plain);
  gst_bus_remove_signal_watch (bus);
  gst_bus_set_sync_handler (bus, NULL, NULL, NULL);
  gst_object_unref (plain->pipeline);
  g_mutex_clear (&plain->lock);
  g_free (plain);
}

static gint64
plain_get_first_frame (Plain *plain)
{
  gint64 first_frame;

  g_mutex_lock (&plain->lock);
  first_frame = plain->first_frame;
  g_mutex_unlock (&plain->lock);

  return first_frame;
}

static gboolean
plain_has_frame (gpointer data)
{
  return plain_get_first_frame (data) != 0;
}

static double
plain_first_frame_ms (const char *uri)
{
  Plain *plain = plain_new (uri);
  gint64 start = g_get_monotonic_time ();
  double ms;

  gst_element_set_state (plain->pipeline, GST_STATE_PLAYING);
  if (!hammy_test_wait_for (plain_has_frame, plain, 5000))
    g_error ("the plain pipeline showed no frame");
  ms = (plain_get_first_frame (plain) - start) / 1000.0;

  plain_free (plain);
  return ms;
}

static gboolean
player_has_frame (gpointer data)
{
  GdkPaintable *paintable = hammy_clip_player_get_paintable (data);

  return hammy_clip_paintable_get_frame (HAMMY_CLIP_PAINTABLE (paintable)) != NULL;
}

/* To the texture on the main thread, ready for GTK to draw. */
static double
player_first_frame_ms (GFile *file)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  gint64 start = g_get_monotonic_time ();

  hammy_clip_player_play (player);
  hammy_clip_player_set_file (player, file);
  if (!hammy_test_wait_for (player_has_frame, player, 5000))
    g_error ("the clip player showed no frame");

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
count_cb (GdkPaintable *paintable,
          guint        *count)
{
  (*count)++;
}

/* Both sides count the frames they were handed, to show that both really looped at 1×. */
static double
player_cpu (GFile    *file,
            gboolean  shown,
            guint    *frames)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  GtkWindow *window = NULL;
  double before;
  gulong handler;

  if (shown)
    {
      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (window, 640, 360);
      gtk_window_set_child (window, gtk_picture_new_for_paintable (hammy_clip_player_get_paintable (player)));
      gtk_window_present (window);
    }

  hammy_clip_player_play (player);
  hammy_clip_player_set_file (player, file);
  if (!hammy_test_wait_for (player_has_frame, player, 5000))
    g_error ("the clip player showed no frame");

  *frames = 0;
  handler = g_signal_connect (hammy_clip_player_get_paintable (player), "invalidate-contents",
                              G_CALLBACK (count_cb), frames);
  before = cpu_seconds ();
  hammy_test_run_for (CPU_SECONDS * 1000);
  before = cpu_seconds () - before;
  g_signal_handler_disconnect (hammy_clip_player_get_paintable (player), handler);

  if (window != NULL)
    gtk_window_destroy (window);

  return before;
}

typedef struct
{
  GtkPicture *picture;
  GBytes     *pixels;
} Reference;

static gboolean
on_reference_tick_cb (gpointer data)
{
  Reference *reference = data;
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (640, 360, GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
                                                          reference->pixels, 640 * 4);

  gtk_picture_set_paintable (reference->picture, GDK_PAINTABLE (texture));
  return G_SOURCE_CONTINUE;
}

/* What GTK alone costs to show a new 640×360 texture 30 times a second, with no video:
 * the floor under the shown figure. */
static double
gtk_reference_cpu (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autofree guint8 *data = g_malloc (640 * 360 * 4);
  Reference reference;
  double used;
  guint tick;

  memset (data, 0x80, 640 * 360 * 4);
  reference.picture = GTK_PICTURE (gtk_picture_new ());
  reference.pixels = g_bytes_new_static (data, 640 * 360 * 4);
  gtk_window_set_default_size (window, 640, 360);
  gtk_window_set_child (window, GTK_WIDGET (reference.picture));
  gtk_window_present (window);
  tick = g_timeout_add (1000 / 30, on_reference_tick_cb, &reference);
  if (!hammy_test_wait_frame (window))
    g_error ("the reference window was never drawn");

  used = cpu_seconds ();
  hammy_test_run_for (CPU_SECONDS * 1000);
  used = cpu_seconds () - used;

  g_source_remove (tick);
  gtk_window_destroy (window);
  g_bytes_unref (reference.pixels);

  return used;
}

static double
plain_cpu (const char *uri,
           guint      *frames)
{
  Plain *plain = plain_new (uri);
  double before;
  guint frames_before;

  gst_element_set_state (plain->pipeline, GST_STATE_PLAYING);
  if (!hammy_test_wait_for (plain_has_frame, plain, 5000))
    g_error ("the plain pipeline showed no frame");

  g_mutex_lock (&plain->lock);
  frames_before = plain->frames;
  g_mutex_unlock (&plain->lock);
  before = cpu_seconds ();
  hammy_test_run_for (CPU_SECONDS * 1000);
  before = cpu_seconds () - before;
  g_mutex_lock (&plain->lock);
  *frames = plain->frames - frames_before;
  g_mutex_unlock (&plain->lock);

  plain_free (plain);
  return before;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  double ours_ms, plain_ms, ours_cpu, shown_cpu, plain_cpu_s, gtk_cpu;
  guint ours_frames, shown_frames, plain_frames;
  gboolean within;

  gtk_init ();
  gst_init (&argc, &argv);

  if (argc != 2)
    {
      g_printerr ("usage: %s CLIP\n", argv[0]);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  uri = g_file_get_uri (file);

  /* Once each unmeasured: plugin loading is not what is being compared. */
  player_first_frame_ms (file);
  plain_first_frame_ms (uri);

  for (guint i = 0; i < RUNS; i++)
    {
      double ms;

      /* Alternate which goes first, so neither always finds the caches warmer. */
      if (i % 2 == 0)
        {
          ms = player_first_frame_ms (file);
          g_array_append_val (ours, ms);
          ms = plain_first_frame_ms (uri);
          g_array_append_val (plain, ms);
        }
      else
        {
          ms = plain_first_frame_ms (uri);
          g_array_append_val (plain, ms);
          ms = player_first_frame_ms (file);
          g_array_append_val (ours, ms);
        }
    }

  ours_ms = median (ours);
  plain_ms = median (plain);
  printf ("first frame, median of %u: clip player %.1f ms, plain playbin %.1f ms, ratio %.2f (budget %.0f ms)\n",
          RUNS, ours_ms, plain_ms, ours_ms / plain_ms, FIRST_FRAME_BUDGET_MS);

  plain_cpu_s = plain_cpu (uri, &plain_frames);
  ours_cpu = player_cpu (file, FALSE, &ours_frames);
  shown_cpu = player_cpu (file, TRUE, &shown_frames);
  gtk_cpu = gtk_reference_cpu ();
  printf ("CPU over %d s of looping at 1x: clip player %.2f s, plain playbin %.2f s, ratio %.2f (budget %.1f)\n",
          CPU_SECONDS, ours_cpu, plain_cpu_s, ours_cpu / plain_cpu_s, CPU_BUDGET);
  printf ("  frames handed over: clip player %u (%u shown), plain playbin %u\n",
          ours_frames, shown_frames, plain_frames);
  printf ("  shown in a 640x360 window: clip player %.2f s; GTK alone showing a new texture 30 times a second %.2f s;\n"
          "  player + GTK over plain playbin + GTK: %.2f\n",
          shown_cpu, gtk_cpu, shown_cpu / (plain_cpu_s + gtk_cpu));

  within = ours_ms <= FIRST_FRAME_BUDGET_MS && ours_cpu / plain_cpu_s <= CPU_BUDGET;
  printf ("%s\n", within ? "within budget" : "OVER BUDGET");

  return within ? EXIT_SUCCESS : EXIT_FAILURE;
}
