/* test-window.c: widget tests for the main window, run in-process under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hammy-history-page.h"
#include "hammy-library-page.h"
#include "hammy-preferences-window.h"
#include "hammy-safety.h"
#include "hammy-test-utils.h"
#include "hammy-window.h"

static HammyApplication *app;

static HammyWindow *
present_window (int width,
                int height)
{
  return hammy_test_present_window (app, width, height);
}

static void
close_window (HammyWindow *window)
{
  hammy_test_close_window (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_window_has_four_pages (void)
{
  HammyWindow *window;
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;
  const char *expected[] = { "triage", "today", "history", "library" };

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = present_window (-1, -1);

  stack = ADW_VIEW_STACK (hammy_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  /* And the visit summary's, hidden but while presenting (test-presentation.c). */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (expected) + 1);

  /* History and the Library are not made before they are first shown. */
  g_assert_null (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_HISTORY_PAGE));
  g_assert_null (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_LIBRARY_PAGE));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      adw_view_stack_set_visible_child (stack, child);
      hammy_test_assert_fits_phone (child);
      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      /* Until later issues fill them, each page says honestly what will be there. */
      g_assert_nonnull (hammy_test_find_widget (child, ADW_TYPE_STATUS_PAGE));
    }
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_HISTORY_PAGE));
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_LIBRARY_PAGE));

  adw_view_stack_set_visible_child_name (stack, "triage");
  g_assert_cmpstr (hammy_window_get_visible_page (window), ==, "triage");
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));

  close_window (window);
}

static void
test_window_page_actions_switch_pages (void)
{
  HammyWindow *window;
  guint notified = 0;
  struct { const char *page; const char *accel; } cases[] = {
    { "library", "<Control>4" },
    { "history", "<Control>3" },
    { "today", "<Control>2" },
    { "triage", "<Control>1" },
  };

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = present_window (-1, -1);
  g_signal_connect (window, "notify::visible-page", G_CALLBACK (count_notify_cb), &notified);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.show-page::%s", cases[i].page);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), detailed);

      g_assert_cmpuint (g_strv_length (accels), ==, 1);
      g_assert_cmpstr (accels[0], ==, cases[i].accel);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", cases[i].page));
      g_assert_cmpstr (hammy_window_get_visible_page (window), ==, cases[i].page);
      g_assert_cmpuint (notified, ==, i + 1);
    }

  /* An unknown page is refused and the page stays where it was. */
  g_test_expect_message ("hammy-window", G_LOG_LEVEL_WARNING, "*No page called*");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "nowhere");
  g_test_assert_expected_messages ();
  g_assert_cmpstr (hammy_window_get_visible_page (window), ==, "triage");
  g_assert_cmpuint (notified, ==, G_N_ELEMENTS (cases));

  close_window (window);
}

static void
test_window_app_shortcuts (void)
{
  struct { const char *action; const char *accel; } cases[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.help", "F1" },
    { "win.show-help-overlay", "<Control>question" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), cases[i].action);

      g_assert_true (g_strv_contains ((const char * const *) accels, cases[i].accel));
    }

  for (guint i = 0; i < 3; i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), cases[i].action + strlen ("app.")));
}

static gboolean
switcher_bar_hidden (gpointer data)
{
  return !adw_view_switcher_bar_get_reveal (data);
}

static gboolean
switcher_bar_shown (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data) && gtk_widget_get_height (data) > 0;
}

static void
check_narrow_moves_switcher_to_bottom (void)
{
  HammyWindow *window;
  AdwViewSwitcherBar *bar;

  window = present_window (1000, 700);
  bar = ADW_VIEW_SWITCHER_BAR (hammy_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_true (hammy_test_wait_for (switcher_bar_hidden, bar, 2000));
  close_window (window);

  window = present_window (360, 640);
  bar = ADW_VIEW_SWITCHER_BAR (hammy_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  /* Revealed is not enough: the bar must take up room on screen. */
  g_assert_true (hammy_test_wait_for (switcher_bar_shown, bar, 2000));
  close_window (window);
}

static void
test_window_narrow_moves_switcher_to_bottom (void)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  check_narrow_moves_switcher_to_bottom ();
}

/* With animations off (Reduce Animation in Settings) the bar once stayed zero pixels tall. */
static void
test_window_narrow_without_animations (void)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  hammy_test_reset_settings (hammy_application_get_settings (app));
  g_object_set (gtk_settings, "gtk-enable-animations", FALSE, NULL);
  check_narrow_moves_switcher_to_bottom ();
  g_object_set (gtk_settings, "gtk-enable-animations", TRUE, NULL);
}

static void
test_window_state_saved_and_restored (void)
{
  GSettings *settings = hammy_application_get_settings (app);
  HammyWindow *window;
  int width, height;

  hammy_test_reset_settings (settings);

  window = present_window (812, 633);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_WINDOW));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 633);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = hammy_window_new (GTK_APPLICATION (app), hammy_application_get_context (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 812);
  g_assert_cmpint (height, ==, 633);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (window)));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Maximising needs a window manager, which Xvfb alone does not have; the key is written
   * from gtk_window_is_maximized() above and read back in hammy_window_restore_state(). */
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
safety_notice_shown (gpointer data)
{
  return hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
safety_notice_gone (gpointer data)
{
  return !safety_notice_shown (data);
}

static void
test_safety_notice_shown_once (void)
{
  GSettings *settings = hammy_application_get_settings (app);
  HammyWindow *window;
  GtkWindow *dialog;
  GtkWidget *button;
  GtkListBox *list;
  HammyClinicianSign sign;

  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", 0);

  window = present_window (-1, -1);
  g_assert_true (hammy_test_wait_for (safety_notice_shown, NULL, 3000));
  dialog = hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   hammy_safety_notice_get_title ());
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   hammy_safety_notice_get_intro ());

  /* Every sign from core is there, each row saying what to do and when. */
  list = GTK_LIST_BOX (hammy_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (list);
  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_true (ADW_IS_ACTION_ROW (row));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, sign.action);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, sign.signs);
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, hammy_safety_get_n_clinician_signs ()));

  /* As a person would: the button, which answers and closes the notice. */
  button = hammy_test_find (GTK_WIDGET (dialog), match_button_label, _("_I Understand"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  /* An activated button shows itself pressed for a moment before it clicks. */
  g_assert_true (hammy_test_wait_for (safety_notice_gone, NULL, 3000));
  g_assert_cmpuint (g_settings_get_uint (settings, "safety-notice-seen"), ==, HAMMY_SAFETY_NOTICE_VERSION);
  g_assert_false (safety_notice_shown (NULL));
  close_window (window);

  /* Remembered: the next window does not ask again. */
  window = present_window (-1, -1);
  /* The notice comes from a low-priority idle the window queues as it maps; that has run. */
  g_assert_true (hammy_test_wait_queued_at (G_PRIORITY_LOW));
  g_assert_false (safety_notice_shown (NULL));
  close_window (window);
}

static gboolean
preferences_shown (gpointer data)
{
  return hammy_test_find_toplevel (HAMMY_TYPE_PREFERENCES_WINDOW) != NULL;
}

static void
test_preferences_style_and_sound (void)
{
  GSettings *settings = hammy_application_get_settings (app);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  HammyWindow *window;
  GtkWindow *preferences;
  AdwComboRow *style_row;
  GtkSwitch *sound_switch;

  hammy_test_reset_settings (settings);
  window = present_window (-1, -1);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_true (hammy_test_wait_for (preferences_shown, NULL, 3000));
  preferences = hammy_test_find_toplevel (HAMMY_TYPE_PREFERENCES_WINDOW);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  style_row = ADW_COMBO_ROW (hammy_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  adw_combo_row_set_selected (style_row, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "style-variant"), ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);

  adw_combo_row_set_selected (style_row, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* A change made elsewhere (another window, dconf) shows in the row. */
  g_settings_set_string (settings, "style-variant", "system");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  sound_switch = GTK_SWITCH (hammy_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SWITCH));
  g_assert_true (gtk_switch_get_active (sound_switch));
  gtk_switch_set_active (sound_switch, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "sound-cues"));

  gtk_window_destroy (preferences);
  close_window (window);
}

static gboolean
about_shown (gpointer data)
{
  return hammy_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static void
test_about_has_notice_and_references (void)
{
  HammyWindow *window;
  GtkWindow *about;

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = present_window (-1, -1);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (hammy_test_wait_for (about_shown, NULL, 3000));
  about = hammy_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Hammy");
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)));
  /* The note is where a reader of Details sees it, not only under Legal. */
  g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)), "not a diagnosis"));

  gtk_window_destroy (about);
  close_window (window);
}

static gboolean
shortcuts_shown (gpointer data)
{
  return hammy_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

static const char * const player_keys[] = {
  "space", "comma", "period", "bracketleft", "bracketright", "m", "f", "Escape",
};

static gboolean
shows_accelerator (GtkWidget     *widget,
                   gconstpointer  data)
{
  g_autofree char *accelerator = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;

  g_object_get (widget, "accelerator", &accelerator, NULL);
  return g_strcmp0 (accelerator, data) == 0;
}

static void
test_shortcuts_window_opens (void)
{
  HammyWindow *window;
  GtkWindow *shortcuts;

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = present_window (-1, -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (hammy_test_wait_for (shortcuts_shown, NULL, 3000));
  shortcuts = hammy_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT));

  /* Rows named by their action show the key the application gives that action. The
   * shortcuts window is made when first asked for, and still knows its window for this. */
  g_object_set (shortcuts, "section-name", "shortcuts", NULL);
  for (guint i = 0; i < 3; i++)
    {
      const char *accels[] = { "<Control>comma", "<Control>1", "<Control>question" };

      g_assert_nonnull (hammy_test_find (GTK_WIDGET (shortcuts), shows_accelerator, accels[i]));
    }

  /* Asked for again, the same window comes back. */
  gtk_window_close (shortcuts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (hammy_test_wait_for (shortcuts_shown, NULL, 3000));
  g_assert_true (hammy_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);

  /* The clip player's keys, as hammy-clip-view.c binds them, have a section of their own. */
  g_object_set (shortcuts, "section-name", "player", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (player_keys); i++)
    g_assert_nonnull (hammy_test_find (GTK_WIDGET (shortcuts), shows_accelerator, player_keys[i]));

  gtk_window_close (shortcuts);
  close_window (window);
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

/* The main menu is built when it is first opened; opened, it has every item, each bound to
 * its action, and it is built only once. */
static void
test_primary_menu_opens (void)
{
  HammyWindow *window;
  GtkMenuButton *button;
  GMenuModel *menu;
  GtkPopover *popover;
  guint n_items = 0;

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = present_window (-1, -1);
  button = GTK_MENU_BUTTON (hammy_test_find (GTK_WIDGET (window), is_primary_menu_button, NULL));
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_menu_model (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (hammy_test_wait_mapped (popover));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    n_items += g_menu_model_get_n_items (g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION));
  g_assert_cmpuint (n_items, ==, 11);
  g_assert_nonnull (hammy_test_wait_label (GTK_WIDGET (popover), "Preferences"));

  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_menu_model (button) == menu);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);

  app = hammy_test_application_new ();

  g_test_add_func ("/window/four-pages", test_window_has_four_pages);
  g_test_add_func ("/window/page-actions-switch-pages", test_window_page_actions_switch_pages);
  g_test_add_func ("/window/app-shortcuts", test_window_app_shortcuts);
  g_test_add_func ("/window/narrow-moves-switcher-to-bottom", test_window_narrow_moves_switcher_to_bottom);
  g_test_add_func ("/window/narrow-without-animations", test_window_narrow_without_animations);
  g_test_add_func ("/window/state-saved-and-restored", test_window_state_saved_and_restored);
  g_test_add_func ("/window/safety-notice-shown-once", test_safety_notice_shown_once);
  g_test_add_func ("/window/preferences-style-and-sound", test_preferences_style_and_sound);
  g_test_add_func ("/window/about-has-notice-and-references", test_about_has_notice_and_references);
  g_test_add_func ("/window/shortcuts-window-opens", test_shortcuts_window_opens);
  g_test_add_func ("/window/primary-menu-opens", test_primary_menu_opens);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
