/* test-session-rating-screen.c: the screen after each set on its own: a pain chosen by a button
 * or by code enables Save once, saving writes the set with its note, and the next set starts
 * from a clean screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-core-test-utils.h"
#include "hammy-pain-button.h"
#include "hammy-pain.h"
#include "hammy-session-rating-screen.h"
#include "hammy-test-session.h"
#include "hammy-test-utils.h"

/* Two sets of a bodyweight exercise, then one with a load, which asks for the effort too. */
#define ITEMS "[{\"section\": \"circuit\", \"exercise\": \"ball-hamstring-curl\", \"sets\": 2, \"reps\": 8," \
              " \"per_side\": false, \"load\": \"bodyweight\"}," \
              " {\"section\": \"circuit\", \"exercise\": \"glute-bridge\", \"sets\": 1, \"reps\": 10," \
              " \"per_side\": false, \"load\": \"medium\"}]"

static HammyLibrary *library;

typedef struct
{
  GtkWindow                *window;
  HammyTestSession         *fake;
  HammySessionRatingScreen *screen;
  guint                     n_pain_notifies;
} Fixture;

static void
on_pain_notify_cb (Fixture *f)
{
  f->n_pain_notifies++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->fake = hammy_test_session_new (library, ITEMS);
  f->screen = g_object_ref_sink (g_object_new (HAMMY_TYPE_SESSION_RATING_SCREEN, NULL));
  g_signal_connect_swapped (f->screen, "notify::pain", G_CALLBACK (on_pain_notify_cb), f);
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
is_pain_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return HAMMY_IS_PAIN_BUTTON (widget) &&
         hammy_pain_button_get_pain (HAMMY_PAIN_BUTTON (widget)) == GPOINTER_TO_INT (data);
}

static GtkToggleButton *
pain_button (Fixture *f,
             int      pain)
{
  GtkWidget *button = hammy_test_find (GTK_WIDGET (f->screen), is_pain_button, GINT_TO_POINTER (pain));

  g_assert_nonnull (button);
  return GTK_TOGGLE_BUTTON (button);
}

/* The Save button follows the action: it can be pressed only when the set can be saved. */
static gboolean
can_save (Fixture *f)
{
  GtkWidget *button = hammy_test_find_action_button (GTK_WIDGET (f->screen), "session.save-set");

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

/* The session's next set, done: the screen is asked to rate it. */
static void
finish_a_set (Fixture *f)
{
  HammySession *session = f->fake->session;

  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_READY)
    g_assert_true (hammy_session_start (session));
  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_REST)
    g_assert_true (hammy_session_advance (session));
  g_assert_true (hammy_session_advance (session));
  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_RATE);
}

static void
test_buttons (Fixture       *f,
              gconstpointer  data)
{
  for (int pain = 0; pain <= HAMMY_PAIN_MAX; pain++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pain);
      GtkToggleButton *button = pain_button (f, pain);

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "pain-button"));
      g_assert_false (gtk_toggle_button_get_active (button));
    }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pain_button (f, 0)), "pain-fine"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pain_button (f, 4)), "pain-acceptable"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pain_button (f, 6)), "pain-stop"));
}

static void
test_choosing_a_pain (Fixture       *f,
                      gconstpointer  data)
{
  finish_a_set (f);
  g_assert_cmpint (hammy_session_rating_screen_get_pain (f->screen), ==, -1);
  g_assert_false (can_save (f));

  /* By code, as the number keys do: one notification, the button down, Save enabled. */
  hammy_session_rating_screen_set_pain (f->screen, 4);
  g_assert_cmpuint (f->n_pain_notifies, ==, 1);
  g_assert_cmpint (hammy_session_rating_screen_get_pain (f->screen), ==, 4);
  g_assert_true (gtk_toggle_button_get_active (pain_button (f, 4)));
  g_assert_true (can_save (f));
  hammy_session_rating_screen_set_pain (f->screen, 4);
  g_assert_cmpuint (f->n_pain_notifies, ==, 1);

  /* By a click: the other button comes up, with one notification, not two. */
  g_signal_emit_by_name (pain_button (f, 7), "clicked");
  g_assert_cmpuint (f->n_pain_notifies, ==, 2);
  g_assert_cmpint (hammy_session_rating_screen_get_pain (f->screen), ==, 7);
  g_assert_false (gtk_toggle_button_get_active (pain_button (f, 4)));
  g_assert_true (gtk_toggle_button_get_active (pain_button (f, 7)));
  /* A chosen number stays chosen when clicked again. */
  g_signal_emit_by_name (pain_button (f, 7), "clicked");
  g_assert_cmpuint (f->n_pain_notifies, ==, 2);
  g_assert_true (gtk_toggle_button_get_active (pain_button (f, 7)));

  /* Past the scale is the end of the scale; -1 takes the choice back. */
  hammy_session_rating_screen_set_pain (f->screen, 99);
  g_assert_cmpint (hammy_session_rating_screen_get_pain (f->screen), ==, HAMMY_PAIN_MAX);
  g_assert_cmpuint (f->n_pain_notifies, ==, 3);
  g_object_set (f->screen, "pain", -1, NULL);
  g_assert_cmpuint (f->n_pain_notifies, ==, 4);
  for (int pain = 0; pain <= HAMMY_PAIN_MAX; pain++)
    g_assert_false (gtk_toggle_button_get_active (pain_button (f, pain)));
  g_assert_false (can_save (f));

  /* Without a pain, Save does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.save-set", NULL);
  g_assert_cmpint (hammy_session_get_state (f->fake->session), ==, HAMMY_SESSION_STATE_RATE);
}

static void
test_saving (Fixture       *f,
             gconstpointer  data)
{
  HammySession *session = f->fake->session;
  GtkWidget *note = hammy_test_find_widget (GTK_WIDGET (f->screen), ADW_TYPE_ENTRY_ROW);
  GtkWidget *effort = hammy_test_find_widget (GTK_WIDGET (f->screen), GTK_TYPE_SPIN_BUTTON);
  const HammyLogSession *logged;
  const HammyLogSet *set;

  finish_a_set (f);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (effort, ADW_TYPE_ACTION_ROW)));
  hammy_session_rating_screen_set_pain (f->screen, 3);
  gtk_editable_set_text (GTK_EDITABLE (note), "A little tight.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.save-set", NULL));

  g_assert_cmpint (hammy_session_get_state (session), ==, HAMMY_SESSION_STATE_REST);
  logged = hammy_log_lookup_session (f->fake->log, hammy_session_get_log_id (session));
  g_assert_cmpuint (logged->sets->len, ==, 1);
  set = &g_array_index (logged->sets, HammyLogSet, 0);
  g_assert_cmpint (set->pain, ==, 3);
  g_assert_cmpstr (set->note, ==, "A little tight.");

  /* The next set starts clean: no pain chosen, no note. */
  finish_a_set (f);
  g_assert_cmpint (hammy_session_rating_screen_get_pain (f->screen), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, "");
  g_assert_false (can_save (f));

  /* Enter in the note saves too, as Save does. */
  hammy_session_rating_screen_set_pain (f->screen, 2);
  g_signal_emit_by_name (note, "entry-activated");
  g_assert_cmpuint (logged->sets->len, ==, 2);

  /* A set with a load asks how hard it was: nothing is chosen for the person, and the set
   * waits for both answers. */
  finish_a_set (f);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (effort, ADW_TYPE_ACTION_ROW)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (effort)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (effort)), ==, "");
  hammy_session_rating_screen_set_pain (f->screen, 1);
  g_assert_false (can_save (f));
  gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.save-set", NULL);
  g_assert_cmpuint (logged->sets->len, ==, 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (effort), 8);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (effort)), ==, "8");
  g_assert_true (can_save (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->screen), "session.save-set", NULL));
  g_assert_cmpuint (logged->sets->len, ==, 3);
  set = &g_array_index (logged->sets, HammyLogSet, 2);
  g_assert_cmpint (set->effort, ==, 8);
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
  ADD ("/session-rating-screen/buttons", test_buttons);
  ADD ("/session-rating-screen/choosing-a-pain", test_choosing_a_pain);
  ADD ("/session-rating-screen/saving", test_saving);
#undef ADD

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
