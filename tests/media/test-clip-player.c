/* test-clip-player.c: the clip player with real clips: first frame, seamless loop, slow motion,
 * frame steps, scrubbing, mirroring and errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "hammy-clip-locate.h"
#include "hammy-clip-paintable.h"
#include "hammy-clip-player-private.h"
#include "hammy-test-wait.h"

#define FRAME (40 * GST_MSECOND)
#define CLIP_DURATION GST_SECOND
/* WebM stores milliseconds, so a frame's time is off by up to one. */
#define TOLERANCE (2 * GST_MSECOND)

static GFile *
test_clip (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_CLIPS_DIR, name, NULL);

  return g_file_new_for_path (path);
}

static gboolean
has_frame (gpointer data)
{
  HammyClipPlayer *player = data;

  return hammy_clip_paintable_get_frame (HAMMY_CLIP_PAINTABLE (hammy_clip_player_get_paintable (player))) != NULL;
}

static gboolean
is_ready (gpointer data)
{
  return hammy_clip_player_get_state (data) == HAMMY_CLIP_PLAYER_STATE_READY;
}

static gboolean
is_failed (gpointer data)
{
  return hammy_clip_player_get_state (data) == HAMMY_CLIP_PLAYER_STATE_ERROR;
}

static gboolean
is_ready_and_settled (gpointer data)
{
  HammyClipPlayer *player = data;
  GstElement *pipeline = hammy_clip_player_get_pipeline (player);
  GstState state;

  return is_ready (data) && has_frame (data)
         && gst_element_get_state (pipeline, &state, NULL, 0) == GST_STATE_CHANGE_SUCCESS;
}

static HammyClipPlayer *
player_new_ready (const char *name,
                  gboolean    playing)
{
  HammyClipPlayer *player = hammy_clip_player_new ();
  g_autoptr(GFile) file = test_clip (name);

  hammy_clip_player_set_playing (player, playing);
  hammy_clip_player_set_file (player, file);
  g_assert_true (hammy_test_wait_for (is_ready_and_settled, player, 5000));

  return player;
}

typedef struct
{
  HammyClipPlayer *player;
  gint64           target;
} PositionWait;

static gboolean
is_at (gpointer data)
{
  PositionWait *wait = data;
  gint64 position = hammy_clip_player_get_position (wait->player);

  return ABS (position - wait->target) <= TOLERANCE
         && gst_element_get_state (hammy_clip_player_get_pipeline (wait->player), NULL, NULL, 0)
            == GST_STATE_CHANGE_SUCCESS;
}

static void
assert_reaches (HammyClipPlayer *player,
                gint64           target)
{
  PositionWait wait = { player, target };

  if (!hammy_test_wait_for (is_at, &wait, 3000))
    g_error ("position %" G_GINT64_FORMAT " ms, expected %" G_GINT64_FORMAT " ms",
             hammy_clip_player_get_position (player) / GST_MSECOND, target / GST_MSECOND);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (gpointer    instance,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_first_frame (void)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  g_autoptr(GFile) file = test_clip ("loop.webm");
  GdkPaintable *paintable = hammy_clip_player_get_paintable (player);
  guint invalidations = 0, sizes = 0;
  gint64 start;

  g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (count_cb), &invalidations);
  g_signal_connect (paintable, "invalidate-size", G_CALLBACK (count_cb), &sizes);
  g_assert_cmpint (hammy_clip_player_get_state (player), ==, HAMMY_CLIP_PLAYER_STATE_EMPTY);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 0);

  start = g_get_monotonic_time ();
  hammy_clip_player_set_file (player, file);
  g_assert_cmpint (hammy_clip_player_get_state (player), ==, HAMMY_CLIP_PLAYER_STATE_LOADING);
  g_assert_true (hammy_test_wait_for (has_frame, player, 3000));
  g_test_message ("first frame after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);

  g_assert_cmpuint (invalidations, >=, 1);
  g_assert_cmpuint (sizes, ==, 1);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 160);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 120);

  g_assert_true (hammy_test_wait_for (is_ready, player, 3000));
  g_assert_cmpint (hammy_clip_player_get_duration (player), ==, CLIP_DURATION);
  g_assert_cmpint (hammy_clip_player_get_frame_duration (player), ==, FRAME);
  g_assert_false (hammy_clip_player_get_playing (player));

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_poster (void)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  g_autoptr(GFile) file = test_clip ("loop.webm");
  g_autoptr(GFile) poster = test_clip ("loop.png");
  HammyClipPaintable *paintable = HAMMY_CLIP_PAINTABLE (hammy_clip_player_get_paintable (player));
  g_autoptr(GdkPaintable) image = NULL;

  hammy_clip_player_set_poster (player, poster);
  g_assert_nonnull (hammy_clip_paintable_get_poster (paintable));
  image = gdk_paintable_get_current_image (GDK_PAINTABLE (paintable));
  g_assert_true (image == GDK_PAINTABLE (hammy_clip_paintable_get_poster (paintable)));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (paintable)), ==, 160);
  g_clear_object (&image);

  hammy_clip_player_set_file (player, file);
  g_assert_true (hammy_test_wait_for (has_frame, player, 3000));
  image = gdk_paintable_get_current_image (GDK_PAINTABLE (paintable));
  g_assert_true (image == GDK_PAINTABLE (hammy_clip_paintable_get_frame (paintable)));

  g_assert_finalize_object (g_steal_pointer (&player));
}

typedef struct
{
  HammyClipPlayer *player;
  gint64           last_position;
  gint64           last_frame_time;
  gint64           longest_gap;
  guint            wraps;
  guint            eos;
  gint64           advanced;
} Watch;

static void
on_position_cb (HammyClipPlayer *player,
                GParamSpec      *pspec,
                Watch           *watch)
{
  gint64 position = hammy_clip_player_get_position (player);
  gint64 now = g_get_monotonic_time ();

  if (watch->last_frame_time > 0)
    watch->longest_gap = MAX (watch->longest_gap, now - watch->last_frame_time);
  watch->last_frame_time = now;

  if (position < watch->last_position)
    {
      watch->wraps++;
      watch->advanced += position + CLIP_DURATION - watch->last_position;
    }
  else
    {
      watch->advanced += position - watch->last_position;
    }
  watch->last_position = position;
}

static void
on_bus_message_cb (GstBus     *bus,
                   GstMessage *message,
                   Watch      *watch)
{
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS)
    watch->eos++;
}

static void
test_loop (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", TRUE);
  GstElement *pipeline = hammy_clip_player_get_pipeline (player);
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  Watch watch = { player, hammy_clip_player_get_position (player), 0, 0, 0, 0, 0 };
  GstState state;

  g_signal_connect (player, "notify::position", G_CALLBACK (on_position_cb), &watch);
  g_signal_connect (bus, "message", G_CALLBACK (on_bus_message_cb), &watch);

  /* Three times round a one-second clip. */
  hammy_test_wait_until (watch.wraps >= 3, 10000);

  g_test_message ("%u wraps, longest gap between frames %" G_GINT64_FORMAT " ms",
                  watch.wraps, watch.longest_gap / 1000);
  g_assert_cmpuint (watch.wraps, >=, 2);
  g_assert_cmpuint (watch.eos, ==, 0);
  /* A frame is 40 ms; a gap at the wrap would show as several missing. */
  g_assert_cmpint (watch.longest_gap, <, 150 * 1000);
  g_assert_true (hammy_clip_player_get_playing (player));
  g_assert_cmpint (gst_element_get_state (pipeline, &state, NULL, 0), ==, GST_STATE_CHANGE_SUCCESS);
  g_assert_cmpint (state, ==, GST_STATE_PLAYING);
  g_assert_cmpint (hammy_clip_player_get_state (player), ==, HAMMY_CLIP_PLAYER_STATE_READY);

  g_signal_handlers_disconnect_by_data (bus, &watch);
  g_signal_handlers_disconnect_by_data (player, &watch);
  g_assert_finalize_object (g_steal_pointer (&player));
}

/* Media time advanced over wall time, across wraps. */
/* Until the clip shows a frame it did not show before: playing, at its current speed. */
static gboolean
wait_for_new_frame (HammyClipPlayer *player)
{
  gint64 position = hammy_clip_player_get_position (player);

  return hammy_test_wait_until (hammy_clip_player_get_position (player) != position, HAMMY_TEST_WAIT_MS);
}

static double
measure_speed (HammyClipPlayer *player,
               guint            ms)
{
  Watch watch = { player, hammy_clip_player_get_position (player), 0, 0, 0, 0, 0 };
  gint64 start = g_get_monotonic_time ();
  gulong handler = g_signal_connect (player, "notify::position", G_CALLBACK (on_position_cb), &watch);

  /* A speed is measured over a span of time: nothing to wait for but the time. */
  hammy_test_run_for (ms);
  g_signal_handler_disconnect (player, handler);

  return (watch.advanced / 1000.0) / (g_get_monotonic_time () - start);
}

static void
test_rate (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", TRUE);
  guint notified = 0;
  double normal, half;

  g_signal_connect (player, "notify::rate", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (wait_for_new_frame (player));
  normal = measure_speed (player, 1000);

  hammy_clip_player_set_rate (player, 0.5);
  hammy_clip_player_set_rate (player, 0.5);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpfloat (hammy_clip_player_get_rate (player), ==, 0.5);
  g_assert_true (wait_for_new_frame (player));
  half = measure_speed (player, 1200);

  g_test_message ("speed at 1x: %.2f, at 0.5x: %.2f", normal, half);
  g_assert_cmpfloat (normal, >, 0.8);
  g_assert_cmpfloat (normal, <, 1.2);
  g_assert_cmpfloat (half, >, 0.4);
  g_assert_cmpfloat (half, <, 0.6);
  g_assert_true (hammy_clip_player_get_playing (player));

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_step (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", FALSE);

  assert_reaches (player, 0);

  hammy_clip_player_step (player, TRUE);
  assert_reaches (player, FRAME);
  hammy_clip_player_step (player, TRUE);
  assert_reaches (player, 2 * FRAME);
  hammy_clip_player_step (player, FALSE);
  assert_reaches (player, FRAME);
  hammy_clip_player_step (player, FALSE);
  assert_reaches (player, 0);

  /* The clip is a loop: back from the first frame is the last. */
  hammy_clip_player_step (player, FALSE);
  assert_reaches (player, CLIP_DURATION - FRAME);
  hammy_clip_player_step (player, TRUE);
  assert_reaches (player, 0);

  /* Stepping while playing pauses first. */
  hammy_clip_player_play (player);
  g_assert_true (wait_for_new_frame (player));
  hammy_clip_player_step (player, TRUE);
  g_assert_false (hammy_clip_player_get_playing (player));

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_seek (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", FALSE);

  hammy_clip_player_seek (player, 500 * GST_MSECOND);
  assert_reaches (player, 480 * GST_MSECOND);

  /* A scrub: many requests while one is under way end on the last. */
  for (guint i = 0; i < 20; i++)
    hammy_clip_player_seek (player, (100 + 40 * i) * GST_MSECOND);
  assert_reaches (player, 840 * GST_MSECOND);

  /* Past the end is the last frame. */
  hammy_clip_player_seek (player, 5 * GST_SECOND);
  assert_reaches (player, CLIP_DURATION - FRAME);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static gboolean
frame_changed (gpointer data)
{
  gpointer *before = data;

  return hammy_clip_paintable_get_frame (before[0]) != before[1];
}

/* A playing clip whose picture is not drawn still moves on, frame by frame, but converts no
 * frame for it; once the picture draws, the next frame comes. */
static void
test_frames_on_demand (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", TRUE);
  HammyClipPaintable *paintable = HAMMY_CLIP_PAINTABLE (hammy_clip_player_get_paintable (player));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  guint64 frames_before, frames_after, textures_before, textures_after;
  gpointer before[2] = { paintable, hammy_clip_paintable_get_frame (paintable) };

  hammy_clip_player_get_frame_counts (player, &frames_before, &textures_before);
  g_assert_true (wait_for_new_frame (player));
  hammy_test_run_for (400);
  hammy_clip_player_get_frame_counts (player, &frames_after, &textures_after);
  g_assert_cmpuint (frames_after - frames_before, >=, 5);
  g_assert_cmpuint (textures_after - textures_before, <=, 1);

  gdk_paintable_snapshot (GDK_PAINTABLE (paintable), GDK_SNAPSHOT (snapshot), 160, 120);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  before[1] = hammy_clip_paintable_get_frame (paintable);
  g_assert_true (hammy_test_wait_for (frame_changed, before, 3000));
  hammy_clip_player_get_frame_counts (player, NULL, &textures_before);
  g_assert_cmpuint (textures_before, ==, textures_after + 1);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_mirror (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", FALSE);
  GdkPaintable *paintable = hammy_clip_player_get_paintable (player);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  guint notified = 0, invalidations = 0;
  float xx, yy, dx, dy;

  g_signal_connect (player, "notify::mirrored", G_CALLBACK (count_notify_cb), &notified);
  g_signal_connect (paintable, "invalidate-contents", G_CALLBACK (count_cb), &invalidations);

  hammy_clip_player_set_mirrored (player, TRUE);
  hammy_clip_player_set_mirrored (player, TRUE);
  g_assert_true (hammy_clip_player_get_mirrored (player));
  g_assert_true (hammy_clip_paintable_get_mirrored (HAMMY_CLIP_PAINTABLE (paintable)));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (invalidations, ==, 1);

  gdk_paintable_snapshot (paintable, snapshot, 160, 120);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_TRANSFORM_NODE);
  gsk_transform_to_affine (gsk_transform_node_get_transform (node), &xx, &yy, &dx, &dy);
  g_assert_cmpfloat (xx, ==, -1);
  g_assert_cmpfloat (yy, ==, 1);
  g_assert_cmpfloat (dx, ==, 160);
  g_clear_pointer (&node, gsk_render_node_unref);

  hammy_clip_player_set_mirrored (player, FALSE);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, 160, 120);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_cmpint (gsk_render_node_get_node_type (node), ==, GSK_TEXTURE_NODE);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
assert_fails (const char *name)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  g_autoptr(GFile) file = test_clip (name);
  guint notified = 0;

  g_signal_connect (player, "notify::error-message", G_CALLBACK (count_notify_cb), &notified);
  /* Sometimes decodebin loses the error and only the watchdog notices; do not wait 8 s. */
  hammy_clip_player_set_load_timeout (player, 1500);
  hammy_clip_player_play (player);
  hammy_clip_player_set_file (player, file);
  if (!hammy_test_wait_for (is_failed, player, 5000))
    g_error ("%s did not fail but reached state %d", name, hammy_clip_player_get_state (player));

  g_test_message ("%s: %s", name, hammy_clip_player_get_error_message (player));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_nonnull (hammy_clip_player_get_error_message (player));
  g_assert_true (g_str_has_suffix (hammy_clip_player_get_error_message (player), "."));
  g_assert_null (hammy_clip_paintable_get_frame (HAMMY_CLIP_PAINTABLE (hammy_clip_player_get_paintable (player))));

  /* Trying again fails the same way, and says so again. */
  hammy_clip_player_reload (player);
  g_assert_null (hammy_clip_player_get_error_message (player));
  g_assert_true (hammy_test_wait_for (is_failed, player, 5000));
  g_assert_nonnull (hammy_clip_player_get_error_message (player));
  g_assert_cmpuint (notified, ==, 3);

  /* And a good clip afterwards plays. */
  g_clear_object (&file);
  file = test_clip ("loop.webm");
  hammy_clip_player_set_file (player, file);
  g_assert_true (hammy_test_wait_for (is_ready_and_settled, player, 5000));
  g_assert_null (hammy_clip_player_get_error_message (player));

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_error_corrupt (void)
{
  assert_fails ("corrupt.webm");
}

static void
test_error_damaged (void)
{
  assert_fails ("damaged.webm");
}

static void
test_error_missing (void)
{
  assert_fails ("no-such-clip.webm");
}

static void
test_error_sentences (void)
{
  g_autoptr(GError) missing_plugin = g_error_new_literal (GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN, "x");
  g_autoptr(GError) no_codec = g_error_new_literal (GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND, "x");
  g_autoptr(GError) decode = g_error_new_literal (GST_STREAM_ERROR, GST_STREAM_ERROR_DECODE, "x");
  g_autoptr(GError) not_found = g_error_new_literal (GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND, "x");
  g_autoptr(GError) other = g_error_new_literal (GST_LIBRARY_ERROR, GST_LIBRARY_ERROR_FAILED, "x");
  const char *decoder = hammy_clip_player_describe_error (missing_plugin, FALSE, FALSE);
  const GError *errors[] = { missing_plugin, no_codec, decode, not_found, other };

  g_assert_cmpstr (hammy_clip_player_describe_error (no_codec, FALSE, FALSE), ==, decoder);
  /* A decoder reported missing explains a vaguer error that follows it. */
  g_assert_cmpstr (hammy_clip_player_describe_error (decode, TRUE, FALSE), ==, decoder);
  g_assert_cmpstr (hammy_clip_player_describe_error (decode, FALSE, FALSE), !=, decoder);
  g_assert_cmpstr (hammy_clip_player_describe_error (not_found, FALSE, FALSE), !=, decoder);
  g_assert_cmpstr (hammy_clip_player_describe_error (not_found, FALSE, FALSE), !=,
                   hammy_clip_player_describe_error (decode, FALSE, FALSE));
  g_assert_nonnull (hammy_clip_player_describe_error (other, FALSE, FALSE));

  /* Reinstalling Hammy brings back Hammy's clips, never the person's own video. */
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    for (guint missing = 0; missing < 2; missing++)
      {
        const char *own = hammy_clip_player_describe_error (errors[i], missing, TRUE);

        g_assert_null (strstr (own, "einstall"));
        g_assert_true (g_str_has_suffix (own, "."));
      }
  g_assert_nonnull (strstr (hammy_clip_player_describe_error (not_found, FALSE, FALSE), "Reinstalling Hammy"));
}

/* A video whose frames say 16000 × 16000 pixels: refused before any decoder is made, with a
 * sentence that gives its size, and no more memory than a small clip takes. */
static void
test_error_too_large (void)
{
  g_autoptr(HammyClipPlayer) player = hammy_clip_player_new ();
  g_autoptr(GFile) file = test_clip ("huge.webm");
  const char *message;

  hammy_clip_player_set_own (player, TRUE);
  hammy_clip_player_set_load_timeout (player, 1500);
  hammy_clip_player_play (player);
  hammy_clip_player_set_file (player, file);
  g_assert_true (hammy_test_wait_for (is_failed, player, 5000));

  message = hammy_clip_player_get_error_message (player);
  g_test_message ("huge.webm: %s", message);
  g_assert_nonnull (strstr (message, "16000 × 16000"));
  g_assert_null (strstr (message, "einstall"));
  g_assert_null (hammy_clip_paintable_get_frame (HAMMY_CLIP_PAINTABLE (hammy_clip_player_get_paintable (player))));

  /* A good clip afterwards plays, and its size says nothing of the last one. */
  g_clear_object (&file);
  file = test_clip ("loop.webm");
  hammy_clip_player_set_file (player, file);
  g_assert_true (hammy_test_wait_for (is_ready_and_settled, player, 5000));
  g_assert_null (hammy_clip_player_get_error_message (player));

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_empty (void)
{
  g_autoptr(HammyClipPlayer) player = player_new_ready ("loop.webm", TRUE);

  hammy_clip_player_set_file (player, NULL);
  g_assert_cmpint (hammy_clip_player_get_state (player), ==, HAMMY_CLIP_PLAYER_STATE_EMPTY);
  g_assert_false (has_frame (player));
  g_assert_cmpint (hammy_clip_player_get_duration (player), ==, -1);
  /* Wanting to play is kept for the next clip. */
  g_assert_true (hammy_clip_player_get_playing (player));

  /* Nothing to step, seek or play: no criticals either. */
  hammy_clip_player_step (player, TRUE);
  hammy_clip_player_seek (player, GST_SECOND);

  g_assert_finalize_object (g_steal_pointer (&player));
}

static void
test_locate (void)
{
  g_autofree char *clip = NULL;
  g_autofree char *poster = NULL;
  g_autofree char *missing = NULL;

  g_setenv ("HAMMY_CLIPS_DIR", TEST_CLIPS_DIR, TRUE);
  clip = hammy_clip_locate ("loop");
  poster = hammy_clip_locate_poster ("loop");
  missing = hammy_clip_locate ("no-such-exercise");
  g_assert_cmpstr (clip, ==, TEST_CLIPS_DIR G_DIR_SEPARATOR_S "loop.webm");
  g_assert_cmpstr (poster, ==, TEST_CLIPS_DIR G_DIR_SEPARATOR_S "loop.png");
  g_assert_null (missing);
  g_unsetenv ("HAMMY_CLIPS_DIR");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/media/player/first-frame", test_first_frame);
  g_test_add_func ("/media/player/poster", test_poster);
  g_test_add_func ("/media/player/loop", test_loop);
  g_test_add_func ("/media/player/rate", test_rate);
  g_test_add_func ("/media/player/step", test_step);
  g_test_add_func ("/media/player/seek", test_seek);
  g_test_add_func ("/media/player/frames-on-demand", test_frames_on_demand);
  g_test_add_func ("/media/player/mirror", test_mirror);
  g_test_add_func ("/media/player/error-corrupt", test_error_corrupt);
  g_test_add_func ("/media/player/error-damaged", test_error_damaged);
  g_test_add_func ("/media/player/error-missing", test_error_missing);
  g_test_add_func ("/media/player/error-sentences", test_error_sentences);
  g_test_add_func ("/media/player/error-too-large", test_error_too_large);
  g_test_add_func ("/media/player/empty", test_empty);
  g_test_add_func ("/media/locate", test_locate);

  return g_test_run ();
}
