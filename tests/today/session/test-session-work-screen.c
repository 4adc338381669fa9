/* test-session-work-screen.c: the screen of the set being done, on its own: what the big button
 * says in each state, the countdown on a fake clock, the cue seen as a flash, and the clip
 * beside or above the timer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-clip-view.h"
#include "hammy-core-test-utils.h"
#include "hammy-session-work-screen.h"
#include "hammy-test-session.h"
#include "hammy-test-utils.h"

/* Reps first, then a 20-second hold. */
#define ITEMS "[{\"section\": \"circuit\", \"exercise\": \"ball-hamstring-curl\", \"sets\": 1, \"reps\": 8," \
              " \"per_side\": false, \"load\": \"bodyweight\"}," \
              " {\"section\": \"circuit\", \"exercise\": \"plank\", \"sets\": 1, \"hold_seconds\": 20," \
              " \"per_side\": false, \"load\": \"bodyweight\"}]"

static HammyLibrary *library;

typedef struct
{
  GtkWindow              *window;
  HammyTestSession       *fake;
  HammySessionWorkScreen *screen;
  guint                   n_side_by_side_notifies;
} Fixture;

static void
on_side_by_side_notify_cb (Fixture *f)
{
  f->n_side_by_side_notifies++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->fake = hammy_test_session_new (library, ITEMS);
  f->screen = g_object_ref_sink (g_object_new (HAMMY_TYPE_SESSION_WORK_SCREEN, NULL));
  g_signal_connect_swapped (f->screen, "notify::side-by-side",
                            G_CALLBACK (on_side_by_side_notify_cb), f);
  hammy_session_screen_set_session (HAMMY_SESSION_SCREEN (f->screen), f->fake->session);
  f->window = hammy_test_present_widget (GTK_WIDGET (f->screen), 800, 600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->screen);
  hammy_test_session_free (f->fake);
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static GtkWidget *
find_by_class (Fixture    *f,
               const char *css_class)
{
  GtkWidget *widget = hammy_test_find (GTK_WIDGET (f->screen), has_css_class, css_class);

  g_assert_nonnull (widget);
  return widget;
}

static GtkButton *
button_for (Fixture    *f,
            const char *action)
{
  GtkWidget *button = hammy_test_find_action_button (GTK_WIDGET (f->screen), action);

  g_assert_nonnull (button);
  return GTK_BUTTON (button);
}

static const char *
timer_text (Fixture *f)
{
  return gtk_label_get_text (GTK_LABEL (find_by_class (f, "session-big-number")));
}

static gboolean
clip_settled (gpointer data)
{
  HammyClipPlayerState state = hammy_clip_player_get_state (hammy_clip_view_get_player (data));

  return state == HAMMY_CLIP_PLAYER_STATE_READY || state == HAMMY_CLIP_PLAYER_STATE_ERROR;
}

static gboolean
cue_is_over (gpointer data)
{
  return !gtk_widget_has_css_class (data, "cue");
}

/* The clip shows the exercise; the test waits until it has its file before letting go of it. */
static void
wait_for_clip (Fixture *f)
{
  GtkWidget *clip = hammy_test_find_widget (GTK_WIDGET (f->screen), HAMMY_TYPE_CLIP_VIEW);

  g_assert_nonnull (clip);
  g_assert_true (hammy_test_wait_for (clip_settled, clip, 10000));
}

static void
test_follows_the_session (Fixture       *f,
                          gconstpointer  data)
{
  HammySession *session = f->fake->session;
  GtkButton *primary = button_for (f, "session.advance");
  GtkButton *pause = button_for (f, "session.pause");

  /* Before the start: the reps to do, and nothing to pause yet. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (primary))), ==, "_Start");
  g_assert_cmpstr (timer_text (f), ==, "8");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pause)));

  g_assert_true (hammy_session_start (session));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (primary))), ==, "Set _Done");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pause)));
  g_assert_true (hammy_session_pause (session));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (pause)), ==, "Go On (Space)");
  g_assert_true (hammy_session_resume (session));

  /* Rated, then skipped to the hold: its get-ready count runs on the clock, and the screen shows
   * it when asked, as the view asks on each tick. */
  g_assert_true (hammy_session_advance (session));
  g_assert_true (hammy_session_rate_set (session, 2, 0, NULL));
  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_REST)
    g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_GET_READY);
  g_assert_cmpstr (timer_text (f), ==, "0:05");
  hammy_fake_clock_advance (f->fake->clock, 2 * G_USEC_PER_SEC);
  g_assert_cmpstr (timer_text (f), ==, "0:05");
  hammy_session_work_screen_update_countdown (f->screen);
  g_assert_cmpstr (timer_text (f), ==, "0:03");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (primary))), ==, "Start the Hold _Now");

  wait_for_clip (f);
}

static void
test_cue_flashes (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *timer = find_by_class (f, "session-timer");

  g_assert_false (gtk_widget_has_css_class (timer, "cue"));
  g_signal_emit_by_name (f->fake->session, "cue", HAMMY_SESSION_CUE_START);
  g_assert_true (gtk_widget_has_css_class (timer, "cue"));
  g_assert_true (hammy_test_wait_for (cue_is_over, timer, 5000));
  wait_for_clip (f);
}

static void
test_side_by_side (Fixture       *f,
                   gconstpointer  data)
{
  /* The first box is the one that holds the clip and the controls. */
  GtkOrientable *columns = GTK_ORIENTABLE (hammy_test_find_widget (GTK_WIDGET (f->screen), GTK_TYPE_BOX));

  g_assert_false (hammy_session_work_screen_get_side_by_side (f->screen));
  g_assert_cmpint (gtk_orientable_get_orientation (columns), ==, GTK_ORIENTATION_VERTICAL);

  hammy_session_work_screen_set_side_by_side (f->screen, TRUE);
  g_assert_cmpuint (f->n_side_by_side_notifies, ==, 1);
  g_assert_cmpint (gtk_orientable_get_orientation (columns), ==, GTK_ORIENTATION_HORIZONTAL);
  g_object_set (f->screen, "side-by-side", TRUE, NULL);
  g_assert_cmpuint (f->n_side_by_side_notifies, ==, 1);

  hammy_session_work_screen_set_side_by_side (f->screen, FALSE);
  g_assert_cmpuint (f->n_side_by_side_notifies, ==, 2);
  g_assert_cmpint (gtk_orientable_get_orientation (columns), ==, GTK_ORIENTATION_VERTICAL);
  wait_for_clip (f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  adw_init ();
  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/session-work-screen/follows-the-session", test_follows_the_session);
  ADD ("/session-work-screen/cue-flashes", test_cue_flashes);
  ADD ("/session-work-screen/side-by-side", test_side_by_side);
#undef ADD

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
