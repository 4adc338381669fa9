/* clip-bench.c: times play to first frame, and measures the CPU used by looping, for the clip
 * player against a plain playbin into a fakesink on the same clip, hidden and shown; and the
 * memory of opening every demonstration clip one after another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "hammy-clip-paintable.h"
#include "hammy-clip-player-private.h"
#include "hammy-test-wait.h"

#define FIRST_FRAME_BUDGET_MS 150.0
#define CPU_BUDGET 1.3
#define RUNS 11
/* Several short runs, alternating, so that a busy moment on the machine falls on one run of
 * one side and the median leaves it out. */
#define CPU_RUNS 5
#define CPU_SECONDS 4
#define MEMORY_BUDGET_MB 10.0
#define MEMORY_PLAY_MS 600

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
count_position_cb (HammyClipPlayer *player,
                   GParamSpec      *pspec,
                   guint           *count)
{
  (*count)++;
}

/* Both sides count the frames that reached their sink, to show that both really looped at 1×;
 * the player also says how many of them became textures and position updates. */
static double
player_cpu (GFile    *file,
            gboolean  shown,
            guint    *frames,
            guint    *textures,
            guint    *positions)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  GtkWindow *window = NULL;
  guint64 frames_before, frames_after, textures_before, textures_after;
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

  *positions = 0;
  handler = g_signal_connect (player, "notify::position", G_CALLBACK (count_position_cb), positions);
  hammy_clip_player_get_frame_counts (player, &frames_before, &textures_before);
  before = cpu_seconds ();
  hammy_test_run_for (CPU_SECONDS * 1000);
  before = cpu_seconds () - before;
  hammy_clip_player_get_frame_counts (player, &frames_after, &textures_after);
  g_signal_handler_disconnect (player, handler);
  *frames = frames_after - frames_before;
  *textures = textures_after - textures_before;

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

/* Resident memory, from the kernel's own count of pages. */
static double
resident_mb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%ld %ld", &pages, &resident) != 2)
    return 0;
  return resident * (double) sysconf (_SC_PAGESIZE) / (1024 * 1024);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The demonstration clips in a folder, light stage only, by name. */
static GPtrArray *
list_clips (const char *folder)
{
  GPtrArray *clips = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".webm") && !g_str_has_suffix (name, "-dark.webm"))
      g_ptr_array_add (names, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (clips, g_file_new_for_path (names->pdata[i]));
  return clips;
}

/* One player in a window, as the exercise page has it, opening every clip in turn and
 * playing each a little: the memory after the first, after all of them, and after all of them
 * once more. Nothing per clip should stay behind. */
static gboolean
measure_memory (const char *folder,
                double     *after_first,
                double     *after_all,
                double     *after_again,
                guint      *n_clips)
{
  g_autoptr(GPtrArray) clips = list_clips (folder);
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *n_clips = clips->len;
  if (clips->len == 0)
    return FALSE;

  gtk_window_set_default_size (window, 640, 360);
  gtk_window_set_child (window, gtk_picture_new_for_paintable (hammy_clip_player_get_paintable (player)));
  gtk_window_present (window);
  hammy_clip_player_play (player);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < clips->len; i++)
      {
        hammy_clip_player_set_file (player, clips->pdata[i]);
        if (!hammy_test_wait_for (player_has_frame, player, 5000))
          g_error ("the clip player showed no frame of %s", g_file_peek_path (clips->pdata[i]));
        hammy_test_run_for (MEMORY_PLAY_MS);
        if (pass == 0 && i == 0)
          *after_first = resident_mb ();
        if (i + 1 == clips->len)
          *(pass == 0 ? after_all : after_again) = resident_mb ();
      }
  hammy_clip_player_set_file (player, NULL);
  gtk_window_destroy (window);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ours_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  double ours_ms, plain_ms, shown_cpu, gtk_cpu, ratio;
  double first_mb = 0, all_mb = 0, again_mb = 0;
  guint frames, textures, positions, plain_frames, shown_frames, shown_textures, shown_positions;
  guint n_clips = 0;
  gboolean within, memory;

  gtk_init ();
  gst_init (&argc, &argv);

  if (argc != 3)
    {
      g_printerr ("usage: %s CLIP CLIPS-FOLDER\n", argv[0]);
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

  for (guint i = 0; i < CPU_RUNS; i++)
    {
      double ours_s, plain_s;

      if (i % 2 == 0)
        {
          plain_s = plain_cpu (uri, &plain_frames);
          ours_s = player_cpu (file, FALSE, &frames, &textures, &positions);
        }
      else
        {
          ours_s = player_cpu (file, FALSE, &frames, &textures, &positions);
          plain_s = plain_cpu (uri, &plain_frames);
        }
      ratio = ours_s / plain_s;
      g_array_append_val (ours_cpus, ours_s);
      g_array_append_val (plain_cpus, plain_s);
      g_array_append_val (ratios, ratio);
      printf ("  run %u: clip player %.3f s, plain playbin %.3f s, ratio %.2f; frames %u and %u, "
              "textures %u, position updates %u\n",
              i + 1, ours_s, plain_s, ratio, frames, plain_frames, textures, positions);
    }
  ratio = median (ratios);
  printf ("CPU over %d s of looping at 1x, median of %u runs: clip player %.3f s, plain playbin %.3f s, ratio %.2f (budget %.1f)\n",
          CPU_SECONDS, CPU_RUNS, median (ours_cpus), median (plain_cpus), ratio, CPU_BUDGET);

  shown_cpu = player_cpu (file, TRUE, &shown_frames, &shown_textures, &shown_positions);
  gtk_cpu = gtk_reference_cpu ();
  printf ("  shown in a 640x360 window: clip player %.3f s (%u frames, %u textures); GTK alone showing a new texture 30 times a second %.3f s;\n"
          "  player + GTK over plain playbin + GTK: %.2f\n",
          shown_cpu, shown_frames, shown_textures, gtk_cpu, shown_cpu / (median (plain_cpus) + gtk_cpu));

  memory = measure_memory (argv[2], &first_mb, &all_mb, &again_mb, &n_clips);
  if (memory)
    printf ("memory, resident: %.1f MB after the first of %u clips, %.1f MB after all of them, %.1f MB after all of them once more: %+.1f MB (budget %.0f MB)\n",
            first_mb, n_clips, all_mb, again_mb, again_mb - first_mb, MEMORY_BUDGET_MB);
  else
    printf ("memory: no clips in %s\n", argv[2]);

  within = ours_ms <= FIRST_FRAME_BUDGET_MS && ratio <= CPU_BUDGET &&
           (!memory || again_mb - first_mb <= MEMORY_BUDGET_MB);
  printf ("%s\n", within ? "within budget" : "OVER BUDGET");

  return within ? EXIT_SUCCESS : EXIT_FAILURE;
}
