/* test-session-stopped-screen.c: the screen for a set that hurt too much, on its own: the
 * easier version offered and taken where there is one, and only moving on where there is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-core-test-utils.h"
#include "hammy-session-stopped-screen.h"
#include "hammy-test-session.h"
#include "hammy-test-utils.h"

/* The glute bridge has an easier version; the ball hamstring curl has none. */
#define WITH_EASIER "[{\"section\": \"circuit\", \"exercise\": \"glute-bridge\", \"sets\": 3, \"reps\": 10," \
                    " \"per_side\": false, \"load\": \"bodyweight\"}]"
#define WITHOUT_EASIER "[{\"section\": \"circuit\", \"exercise\": \"ball-hamstring-curl\", \"sets\": 3, \"reps\": 8," \
                       " \"per_side\": false, \"load\": \"bodyweight\"}]"

static HammyLibrary *library;

typedef struct
{
  GtkWindow                 *window;
  HammyTestSession          *fake;
  HammySessionStoppedScreen *screen;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HammySession *session;

  f->fake = hammy_test_session_new (library, data);
  f->screen = g_object_ref_sink (g_object_new (HAMMY_TYPE_SESSION_STOPPED_SCREEN, NULL));
  hammy_session_screen_set_session (HAMMY_SESSION_SCREEN (f->screen), f->fake->session);
  f->window = hammy_test_present_widget (GTK_WIDGET (f->screen), 800, 600);

  /* The first set hurts too much. */
  session = f->fake->session;
  g_assert_true (hammy_session_start (session));
  g_assert_true (hammy_session_advance (session));
  g_assert_true (hammy_session_rate_set (session, 7, 0, NULL));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->screen);
  hammy_test_session_free (f->fake);
}

static GtkWidget *
button_for (Fixture    *f,
            const char *action)
{
  GtkWidget *button = hammy_test_find_action_button (GTK_WIDGET (f->screen), action);

  g_assert_nonnull (button);
  return button;
}

/* Whether the status page's text names @exercise, the one that stopped. */
static gboolean
description_names (Fixture    *f,
                   const char *exercise)
{
  GtkWidget *page = hammy_test_find_widget (GTK_WIDGET (f->screen), ADW_TYPE_STATUS_PAGE);
  const char *name = hammy_exercise_get_name (hammy_library_lookup_exercise (library, exercise));

  return strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), name) != NULL;
}

static void
test_easier_version (Fixture       *f,
                     gconstpointer  data)
{
  HammyExercise *easier = hammy_library_lookup_exercise (library, "wall-bridge-pulldown");
  g_autofree char *label = g_strdup_printf ("Try %s Instead", hammy_exercise_get_name (easier));
  GtkWidget *button = button_for (f, "session.use-easier");

  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  g_assert_true (description_names (f, "glute-bridge"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.use-easier", NULL));
  g_assert_cmpint (hammy_session_get_state (f->fake->session), !=, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  g_assert_true (hammy_session_get_current_step (f->fake->session)->exercise == easier);
}

static void
test_no_easier_version (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *button = button_for (f, "session.use-easier");

  g_assert_false (gtk_widget_get_visible (button));
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_true (description_names (f, "ball-hamstring-curl"));

  /* Moving on is the session view's action, found by the button in the view around it. */
  g_assert_nonnull (button_for (f, "session.skip"));
  gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.use-easier", NULL);
  g_assert_cmpint (hammy_session_get_state (f->fake->session), ==, HAMMY_SESSION_STATE_EXERCISE_STOPPED);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  adw_init ();
  library = hammy_test_load_library ();

  g_test_add ("/session-stopped-screen/easier-version", Fixture, WITH_EASIER,
              fixture_set_up, test_easier_version, fixture_tear_down);
  g_test_add ("/session-stopped-screen/no-easier-version", Fixture, WITHOUT_EASIER,
              fixture_set_up, test_no_easier_version, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
