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

static gboolean
match_cue_style_row (GtkWidget     *widget,
                     gconstpointer  data)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), "_Tones or Voice");
}

/* Tones, voice or both, and the voice's volume, follow their settings; the sound switch mutes
 * them all; the row says what the voice does when it can speak. */
static void
test_tones_or_voice (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HammyPreferencesWindow *window = NULL;
  AdwComboRow *cue_style;
  GtkRange *volume;

  hammy_test_reset_settings (settings);
  window = g_object_ref (hammy_preferences_window_new (settings));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (window));

  cue_style = ADW_COMBO_ROW (hammy_test_find (GTK_WIDGET (window), match_cue_style_row, NULL));
  volume = GTK_RANGE (hammy_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SCALE));
  g_assert_nonnull (cue_style);
  g_assert_nonnull (volume);

  /* The voice by default, where there is one (the tests' build has eSpeak's English). */
  g_assert_cmpuint (adw_combo_row_get_selected (cue_style), ==, 1);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (volume), 0.8, 1e-9);
  g_assert_true (hammy_test_wait_until (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (cue_style)),
                                                          "A voice that talks you through"),
                                        HAMMY_TEST_WAIT_MS));

  adw_combo_row_set_selected (cue_style, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "cue-style"), ==, "both");
  g_settings_set_string (settings, "cue-style", "tones");
  g_assert_cmpuint (adw_combo_row_get_selected (cue_style), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (volume), ADW_TYPE_ACTION_ROW)));
  g_settings_set_string (settings, "cue-style", "voice");
  g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (volume), ADW_TYPE_ACTION_ROW)));

  gtk_range_set_value (volume, 0.5);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "voice-volume"), 0.5, 1e-9);
  g_settings_set_double (settings, "voice-volume", 0.25);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (volume), 0.25, 1e-9);

  g_settings_set_boolean (settings, "sound-cues", FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (cue_style)));
  g_settings_set_boolean (settings, "sound-cues", TRUE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (cue_style)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  hammy_test_reset_settings (settings);
}

/* A control of @data's type in the row titled as the test's data says. */
typedef struct
{
  GType       type;
  const char *title;
} InRow;

static gboolean
match_in_row (GtkWidget     *widget,
              gconstpointer  data)
{
  const InRow *in_row = data;
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, in_row->type) && row != NULL &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), in_row->title);
}

static gpointer
find_in_row (gpointer    window,
             GType       type,
             const char *title)
{
  InRow in_row = { type, title };
  GtkWidget *found = hammy_test_find (GTK_WIDGET (window), match_in_row, &in_row);

  g_assert_nonnull (found);
  return found;
}

/* The reminders: each a switch and a time shown as hh:mm and typed so; the switch for this
 * profile writes its own choice and is there only when a profile is known. */
static void
test_reminders (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GVariant) choices = NULL;
  HammyPreferencesWindow *window = NULL;
  GtkSpinButton *checkin_time;
  GtkSwitch *checkin, *session, *profile;
  gboolean on = FALSE;

  hammy_test_reset_settings (settings);
  window = g_object_ref (hammy_preferences_window_new (settings));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (window));

  checkin_time = find_in_row (window, GTK_TYPE_SPIN_BUTTON, "_Morning Check-in");
  checkin = find_in_row (window, GTK_TYPE_SWITCH, "_Morning Check-in");
  session = find_in_row (window, GTK_TYPE_SWITCH, "_Exercises");
  profile = find_in_row (window, GTK_TYPE_SWITCH, "For This _Profile");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (checkin_time)), ==, "08:00");
  g_assert_false (gtk_switch_get_active (checkin));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (checkin_time)));

  gtk_switch_set_active (checkin, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "reminder-checkin"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (checkin_time)));
  gtk_editable_set_text (GTK_EDITABLE (checkin_time), "7:45");
  gtk_spin_button_update (checkin_time);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-checkin-time"), ==, 7 * 60 + 45);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (checkin_time)), ==, "07:45");
  /* Not a time: refused, the time stays. */
  gtk_editable_set_text (GTK_EDITABLE (checkin_time), "25:99");
  gtk_spin_button_update (checkin_time);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-checkin-time"), ==, 7 * 60 + 45);
  g_settings_set_boolean (settings, "reminder-session", TRUE);
  g_assert_true (gtk_switch_get_active (session));

  /* No profile known: no switch for it. A second profile is off until turned on. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (profile), ADW_TYPE_ACTION_ROW)));
  hammy_preferences_window_set_profile (window, "second", FALSE);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (profile), ADW_TYPE_ACTION_ROW)));
  g_assert_false (gtk_switch_get_active (profile));
  gtk_switch_set_active (profile, TRUE);
  choices = g_settings_get_value (settings, "reminder-profiles");
  g_assert_true (g_variant_lookup (choices, "second", "b", &on));
  g_assert_true (on);
  /* The first profile is on unless turned off. */
  hammy_preferences_window_set_profile (window, "first", TRUE);
  g_assert_true (gtk_switch_get_active (profile));

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
  g_test_add_func ("/preferences-window/tones-or-voice", test_tones_or_voice);
  g_test_add_func ("/preferences-window/reminders", test_reminders);

  return g_test_run ();
}
