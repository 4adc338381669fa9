/* test-exercise-detail.c: widget tests for an exercise's detail in the library, under Xvfb:
 * a person's own video attached, played, switched with ours, removed, and one that cannot
 * be played.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-clip-view.h"
#include "hammy-exercise-detail.h"
#include "hammy-library-page.h"
#include "hammy-paths.h"
#include "hammy-test-utils.h"
#include "hammy-window.h"

static HammyApplication *app;

typedef struct
{
  HammyWindow         *window;
  HammyLibraryPage    *page;
  HammyExerciseDetail *detail;
  HammyClipView       *view;
  HammyOwnClips       *own_clips;
  GPtrArray           *messages;
} Fixture;

static void
on_add_toast_cb (HammyLibraryPage *page,
                 AdwToast         *toast,
                 Fixture          *f)
{
  g_ptr_array_add (f->messages, g_strdup (adw_toast_get_title (toast)));
}

static void
show_exercise (Fixture    *f,
               const char *id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "library.show-exercise", "s", id));
  f->detail = HAMMY_EXERCISE_DETAIL (hammy_test_find_widget (GTK_WIDGET (f->page), HAMMY_TYPE_EXERCISE_DETAIL));
  g_assert_nonnull (f->detail);
  g_assert_cmpstr (hammy_exercise_get_id (hammy_exercise_detail_get_exercise (f->detail)), ==, id);
  f->view = HAMMY_CLIP_VIEW (hammy_test_find_widget (GTK_WIDGET (f->detail), HAMMY_TYPE_CLIP_VIEW));
  g_assert_nonnull (f->view);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, f->view, 5000));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->messages = g_ptr_array_new_with_free_func (g_free);
  f->window = hammy_test_present_window (app, 1100, 760);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));
  f->own_clips = hammy_data_get_own_clips (hammy_window_get_data (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "library"));
  f->page = HAMMY_LIBRARY_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_LIBRARY_PAGE));
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, f->page, 5000));
  g_signal_connect (f->page, "add-toast", G_CALLBACK (on_add_toast_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (f->page, f);
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
  g_ptr_array_unref (f->messages);
}

/* A copy of a test clip outside the data folder, under a name a person might give it. */
static GFile *
chosen_video (const char *clip,
              const char *name)
{
  g_autofree char *source = g_build_filename (TEST_CLIPS_DIR, clip, NULL);
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "Videos", NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static char *
hash_of (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* GTK 4.8 cannot say whether a widget's action is enabled; the button bound to it can. */
static gboolean
button_is_enabled (Fixture    *f,
                   const char *name)
{
  GtkWidget *button = hammy_test_find_named (GTK_WIDGET (f->detail), name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static gboolean
is_settled (gpointer data)
{
  Fixture *f = data;

  return !hammy_own_clips_is_busy (f->own_clips) &&
         button_is_enabled (f, "own-video-attach");
}

static void
attach_and_wait (Fixture *f,
                 GFile   *file)
{
  hammy_exercise_detail_attach_video (f->detail, file);
  g_assert_false (button_is_enabled (f, "own-video-attach"));
  g_assert_true (hammy_test_wait_for (is_settled, f, 10000));
}

typedef struct
{
  HammyClipPlayer      *player;
  HammyClipPlayerState  state;
} StateWait;

static gboolean
player_is_in_state (gpointer data)
{
  StateWait *wait = data;

  return hammy_clip_player_get_state (wait->player) == wait->state;
}

static void
wait_for_state (Fixture              *f,
                HammyClipPlayerState  state)
{
  StateWait wait = { hammy_clip_view_get_player (f->view), state };

  g_assert_true (hammy_test_wait_for (player_is_in_state, &wait, 10000));
}

static GtkStack *
own_video_stack (Fixture *f)
{
  GtkWidget *stack = hammy_test_find_named (GTK_WIDGET (f->detail), "own-video");

  g_assert_nonnull (stack);
  return GTK_STACK (stack);
}

static const char *
video_source (Fixture *f)
{
  g_autofree char *value = NULL;

  g_object_get (f->detail, "video-source", &value, NULL);
  return g_intern_string (value);
}

static gboolean
file_is_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_own_video (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) video = chosen_video ("loop.webm", "My bridge.webm");
  g_autofree char *hash = hash_of (video);
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *name = g_strconcat (hash, ".webm", NULL);
  g_autofree char *copy = g_build_filename (root, "clips", name, NULL);
  g_autoptr(GFile) ours = NULL;
  GtkLabel *name_label;
  GtkWidget *dialog;
  GtkWidget *remove_button;

  show_exercise (f, "single-leg-bridge");
  wait_for_state (f, HAMMY_CLIP_PLAYER_STATE_READY);
  ours = g_object_ref (hammy_clip_view_get_file (f->view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "none");
  g_assert_false (button_is_enabled (f, "own-video-remove"));
  g_assert_false (button_is_enabled (f, "own-video-yours"));

  /* Copied in under its hash, and played in place of ours. */
  attach_and_wait (f, video);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (hammy_own_clips_get_file_name (f->own_clips, "single-leg-bridge"), ==, name);
  g_assert_cmpuint (f->messages->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "attached");
  name_label = GTK_LABEL (hammy_test_find_named (GTK_WIDGET (f->detail), "own-video-name"));
  g_assert_cmpstr (gtk_label_get_label (name_label), ==, "My bridge.webm");
  g_assert_cmpstr (video_source (f), ==, "yours");
  g_assert_true (hammy_clip_view_get_own (f->view));
  g_assert_cmpstr (g_file_peek_path (hammy_clip_view_get_file (f->view)), ==, copy);
  wait_for_state (f, HAMMY_CLIP_PLAYER_STATE_READY);
  g_assert_null (hammy_clip_player_get_poster (hammy_clip_view_get_player (f->view)));

  /* The same player: speed and mirroring work on the person's video too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "player.rate", "d", 0.5));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "player.mirror", NULL));
  g_assert_cmpfloat (hammy_clip_player_get_rate (hammy_clip_view_get_player (f->view)), ==, 0.5);
  g_assert_true (hammy_clip_player_get_mirrored (hammy_clip_view_get_player (f->view)));

  /* Ours again, and back, through the toggles' action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "exercise.video-source", "s", "ours"));
  g_assert_cmpint (hammy_own_clips_get_source (f->own_clips, "single-leg-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  g_assert_false (hammy_clip_view_get_own (f->view));
  g_assert_true (g_file_equal (hammy_clip_view_get_file (f->view), ours));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "attached");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "exercise.video-source", "s", "yours"));
  g_assert_cmpstr (video_source (f), ==, "yours");
  g_assert_true (hammy_clip_view_get_own (f->view));

  /* Another exercise shows ours, and this one still its own on the way back. */
  show_exercise (f, "glute-bridge");
  g_assert_false (hammy_clip_view_get_own (f->view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "none");
  show_exercise (f, "single-leg-bridge");
  g_assert_true (hammy_clip_view_get_own (f->view));

  /* Removing asks first; Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "exercise.remove-video", NULL));
  dialog = GTK_WIDGET (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hammy_own_clips_has_video (f->own_clips, "single-leg-bridge"));

  remove_button = hammy_test_find_named (GTK_WIDGET (f->detail), "own-video-remove");
  g_assert_true (gtk_widget_grab_focus (remove_button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "exercise.remove-video", NULL));
  dialog = GTK_WIDGET (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (hammy_own_clips_has_video (f->own_clips, "single-leg-bridge"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "none");
  g_assert_false (hammy_clip_view_get_own (f->view));
  g_assert_true (g_file_equal (hammy_clip_view_get_file (f->view), ours));
  /* The keyboard goes on from the button that took the place of the one pressed. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) ==
                 hammy_test_find_named (GTK_WIDGET (f->detail), "own-video-attach"));

  /* The copy goes once clips.json no longer names it; the person's file stays. */
  g_assert_true (hammy_test_wait_for (file_is_gone, copy, 10000));
  g_assert_true (g_file_query_exists (video, NULL));
}

static void
test_video_that_cannot_play (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GFile) video = chosen_video ("corrupt.webm", "Not really a video.webm");
  AdwStatusPage *error_page;
  GtkStack *states;

  show_exercise (f, "marching-bridge");
  attach_and_wait (f, video);
  g_assert_true (hammy_clip_view_get_own (f->view));

  /* The player's sentence, in the view's error state... */
  wait_for_state (f, HAMMY_CLIP_PLAYER_STATE_ERROR);
  error_page = ADW_STATUS_PAGE (hammy_test_find_widget (GTK_WIDGET (f->view), ADW_TYPE_STATUS_PAGE));
  states = GTK_STACK (hammy_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_STACK));
  g_assert_true (gtk_stack_get_visible_child (states) == GTK_WIDGET (error_page));
  g_assert_cmpstr (adw_status_page_get_description (error_page), ==,
                   hammy_clip_player_get_error_message (hammy_clip_view_get_player (f->view)));

  /* ...with the way back to ours, and out, still at hand. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (own_video_stack (f))));
  g_assert_true (button_is_enabled (f, "own-video-yours"));
  g_assert_true (button_is_enabled (f, "own-video-remove"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "exercise.video-source", "s", "ours"));
  wait_for_state (f, HAMMY_CLIP_PLAYER_STATE_READY);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (states), ==, "clip");

  hammy_own_clips_remove (f->own_clips, "marching-bridge");
  g_assert_true (hammy_test_wait_for (is_settled, f, 10000));
}

static void
test_refused_video_is_told (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_user_cache_dir ());

  show_exercise (f, "glute-bridge");
  attach_and_wait (f, folder);

  g_assert_cmpuint (f->messages->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->messages, 0), "is not a video file"));
  g_assert_false (hammy_own_clips_has_video (f->own_clips, "glute-bridge"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (own_video_stack (f)), ==, "none");
}

/* Every control there is can be reached and read: a label for the screen reader each. */
static void
test_controls_are_labelled (Fixture       *f,
                            gconstpointer  data)
{
  const char *names[] = { "own-video-attach", "own-video-ours", "own-video-yours", "own-video-replace", "own-video-remove" };

  show_exercise (f, "glute-bridge");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = hammy_test_find_named (GTK_WIDGET (f->detail), names[i]);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_nonnull (gtk_widget_get_tooltip_text (button));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  app = hammy_test_application_new ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exercise-detail/own-video", test_own_video);
  ADD ("/exercise-detail/video-that-cannot-play", test_video_that_cannot_play);
  ADD ("/exercise-detail/refused-video-is-told", test_refused_video_is_told);
  ADD ("/exercise-detail/controls-are-labelled", test_controls_are_labelled);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
