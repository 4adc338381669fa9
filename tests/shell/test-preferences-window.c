/* test-preferences-window.c: the preferences on their own: each control shows its setting and
 * writes it back, a change notifies the control once and no change not at all, and the window
 * is gone when closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-preferences-window.h"
#include "hammy-test-utils.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static gboolean
match_combo_row (GtkWidget     *widget,
                 gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget);
}

static void
test_controls_follow_the_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HammyPreferencesWindow *window = NULL;
  AdwComboRow *style;
  GtkSwitch *sound;
  guint style_notified = 0, sound_notified = 0;

  hammy_test_reset_settings (settings);
  g_settings_set_string (settings, "style-variant", "dark");
  window = g_object_ref (hammy_preferences_window_new (settings));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (window));

  /* What is set shows as the window opens. */
  style = ADW_COMBO_ROW (hammy_test_find (GTK_WIDGET (window), match_combo_row, NULL));
  sound = GTK_SWITCH (hammy_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SWITCH));
  g_assert_nonnull (style);
  g_assert_nonnull (sound);
  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 2);
  g_assert_cmpint (gtk_switch_get_active (sound), ==, g_settings_get_boolean (settings, "sound-cues"));

  /* A setting changed elsewhere moves its control, once; set to what it is, not at all. */
  g_signal_connect (style, "notify::selected", G_CALLBACK (count_notify_cb), &style_notified);
  g_signal_connect (sound, "notify::active", G_CALLBACK (count_notify_cb), &sound_notified);
  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (style), ==, 1);
  g_assert_cmpuint (style_notified, ==, 1);
  g_settings_set_string (settings, "style-variant", "light");
  g_assert_cmpuint (style_notified, ==, 1);
  g_settings_set_boolean (settings, "sound-cues", !gtk_switch_get_active (sound));
  g_assert_cmpuint (sound_notified, ==, 1);
  g_assert_cmpint (gtk_switch_get_active (sound), ==, g_settings_get_boolean (settings, "sound-cues"));

  /* And the other way: the controls write the settings. */
  adw_combo_row_set_selected (style, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "style-variant"), ==, "system");
  g_assert_cmpuint (style_notified, ==, 2);
  gtk_switch_set_active (sound, !gtk_switch_get_active (sound));
  g_assert_cmpint (gtk_switch_get_active (sound), ==, g_settings_get_boolean (settings, "sound-cues"));
  g_assert_cmpuint (sound_notified, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  hammy_test_reset_settings (settings);
}

/* The clinician's line is typed once and kept in the settings, for every handout and summary. */
static void
test_clinician_line (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HammyPreferencesWindow *window = NULL;
  GtkWidget *row;
  g_autofree char *kept = NULL;

  hammy_test_reset_settings (settings);
  window = g_object_ref (hammy_preferences_window_new (settings));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (window));

  row = hammy_test_find_named (GTK_WIDGET (window), "preferences-clinician");
  g_assert_nonnull (row);
  g_assert_true (hammy_test_wait_mapped (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (row), "Sam Lee, Riverside Sports Clinic, 01234 567890");
  kept = g_settings_get_string (settings, "clinician-line");
  g_assert_cmpstr (kept, ==, "Sam Lee, Riverside Sports Clinic, 01234 567890");

  /* Notes on handouts, off until asked for. */
  row = hammy_test_find_named (GTK_WIDGET (window), "preferences-handout-notes");
  g_assert_nonnull (row);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (row)));
  gtk_switch_set_active (GTK_SWITCH (row), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "handout-notes"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  hammy_test_reset_settings (settings);
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/preferences-window/controls-follow-the-settings", test_controls_follow_the_settings);
  g_test_add_func ("/preferences-window/clinician-line", test_clinician_line);

  return g_test_run ();
}
