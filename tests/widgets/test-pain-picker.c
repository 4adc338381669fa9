/* test-pain-picker.c: the pain picker on its own: each button named and checked for a screen
 * reader, the value notified once per change, the keys of a group of choices, one Tab stop,
 * and gone when dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-pain-picker.h"
#include "hammy-test-utils.h"

typedef struct
{
  GtkWidget       *window;
  HammyPainPicker *picker;
  guint            notified;
} Fixture;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Fixture    *f)
{
  f->notified++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

  /* The app's own look, sizes included, as the window gives it. */
  gtk_css_provider_load_from_resource (style, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  f->picker = HAMMY_PAIN_PICKER (g_object_ref_sink (hammy_pain_picker_new ()));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 200);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->picker));
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hammy_test_wait_mapped (f->picker));

  g_signal_connect (f->picker, "notify::value", G_CALLBACK (on_notify_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->picker);
}

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWidget *
button (Fixture *f,
        int      pain)
{
  g_autofree char *label = g_strdup_printf ("%d", pain);
  GtkWidget *found = hammy_test_find (GTK_WIDGET (f->picker), is_toggle, label);

  g_assert_nonnull (found);
  return found;
}

/* A group of eleven choices, each read as its number and its colour in words. */
static void
test_says_each_button (Fixture       *f,
                       gconstpointer  data)
{
  gtk_test_accessible_assert_role (f->picker, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
  for (int i = 0; i <= 10; i++)
    {
      GtkWidget *b = button (f, i);

      gtk_test_accessible_assert_role (b, GTK_ACCESSIBLE_ROLE_RADIO);
      gtk_test_accessible_assert_state (b, GTK_ACCESSIBLE_STATE_CHECKED, FALSE);
    }
  gtk_test_accessible_assert_property (button (f, 3), GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain 3 out of 10, fine");
  gtk_test_accessible_assert_property (button (f, 5), GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain 5 out of 10, acceptable");
  gtk_test_accessible_assert_property (button (f, 6), GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain 6 out of 10, too much");

  /* The traffic light's colours, as in the guided session. */
  g_assert_true (gtk_widget_has_css_class (button (f, 0), "pain-fine"));
  g_assert_true (gtk_widget_has_css_class (button (f, 4), "pain-acceptable"));
  g_assert_true (gtk_widget_has_css_class (button (f, 10), "pain-stop"));

  /* Eleven buttons still fit a phone. */
  hammy_test_assert_fits_phone (GTK_WIDGET (f->picker));
}

/* A click chooses; the chosen button alone is checked, and the value is notified once. */
static void
test_click_chooses (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (hammy_pain_picker_get_value (f->picker), ==, -1);

  g_signal_emit_by_name (button (f, 4), "clicked");
  g_assert_cmpint (hammy_pain_picker_get_value (f->picker), ==, 4);
  g_assert_cmpuint (f->notified, ==, 1);
  gtk_test_accessible_assert_state (button (f, 4), GTK_ACCESSIBLE_STATE_CHECKED, TRUE);

  g_signal_emit_by_name (button (f, 7), "clicked");
  g_assert_cmpint (hammy_pain_picker_get_value (f->picker), ==, 7);
  g_assert_cmpuint (f->notified, ==, 2);
  gtk_test_accessible_assert_state (button (f, 7), GTK_ACCESSIBLE_STATE_CHECKED, TRUE);
  gtk_test_accessible_assert_state (button (f, 4), GTK_ACCESSIBLE_STATE_CHECKED, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (f, 4))));

  /* The same value again is no change; none at all is. */
  hammy_pain_picker_set_value (f->picker, 7);
  g_assert_cmpuint (f->notified, ==, 2);
  hammy_pain_picker_set_value (f->picker, -1);
  g_assert_cmpuint (f->notified, ==, 3);
  for (int i = 0; i <= 10; i++)
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button (f, i))));
}

/* Arrows step, Home and End go to the ends, a digit chooses; one Tab stop, on the choice. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  struct { guint keyval; int value; } steps[] = {
    { GDK_KEY_Right, 0 }, { GDK_KEY_Right, 1 }, { GDK_KEY_Up, 2 }, { GDK_KEY_End, 10 }, { GDK_KEY_Right, 10 },
    { GDK_KEY_Home, 0 }, { GDK_KEY_Left, 0 }, { GDK_KEY_7, 7 }, { GDK_KEY_Down, 6 }, { GDK_KEY_KP_3, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (hammy_test_press_key (GTK_WIDGET (f->picker), steps[i].keyval));
      g_assert_cmpint (hammy_pain_picker_get_value (f->picker), ==, steps[i].value);
    }

  for (int i = 0; i <= 10; i++)
    g_assert_cmpint (gtk_widget_get_focusable (button (f, i)), ==, i == 3);

  /* Keys it has no use for are left to others. */
  g_assert_false (hammy_test_press_key (GTK_WIDGET (f->picker), GDK_KEY_a));
  g_assert_false (hammy_test_press_key (GTK_WIDGET (f->picker), GDK_KEY_Return));
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps what the picker tells a screen reader, for the test to read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add ("/pain-picker/says-each-button", Fixture, NULL, fixture_set_up, test_says_each_button, fixture_tear_down);
  g_test_add ("/pain-picker/click-chooses", Fixture, NULL, fixture_set_up, test_click_chooses, fixture_tear_down);
  g_test_add ("/pain-picker/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);

  return g_test_run ();
}
