/* test-presentation.c: presentation mode through the real widgets: with a plan and a log full of
 * notes on disk, nothing private shows in any window while presenting, and it comes back after;
 * the keys drive the session, the library, triage and the clip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>
#include <string.h>

#include "hammy-clip-view.h"
#include "hammy-history-page.h"
#include "hammy-library-page.h"
#include "hammy-paths.h"
#include "hammy-plan-editor.h"
#include "hammy-planner.h"
#include "hammy-profile-switcher.h"
#include "hammy-visit-summary-window.h"
#include "hammy-presentation.h"
#include "hammy-session-view.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"

/* Words that appear nowhere else in Hammy, so finding one means a private note is on screen. */
#define PLAN_NOTE    "Wombat note for the clinician"
#define PRIVATE_NOTE "Quokka private note"
#define ITEM_NOTE    "Platypus item note"
#define SET_NOTE     "Echidna set note"
#define OTHER_PERSON "Zelda Quist"
/* A plan file from another patient: its name says whose it is and where it was kept. */
#define OTHER_FILE   "Ben Okafor - knee rehab.hammyplan"
#define FOLDER       "hammy-presentation-folder"

static const char * const private_texts[] = { PLAN_NOTE, PRIVATE_NOTE, ITEM_NOTE, SET_NOTE, OTHER_PERSON, "Okafor", FOLDER };

static HammyApplication *app;

typedef struct
{
  HammyWindow *window;
  HammyData   *data;
  GtkWidget   *today;
} Fixture;

/* ---- the person's files, put in place before Hammy reads anything ----------------------- */

static char *
profile_path (const char *name)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();

  return g_build_filename (root, "profiles", "default", name, NULL);
}

/* A build plan with every kind of note, and a session three weeks ago with a note on a set. */
static void
place_files (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *plan_path = profile_path ("plan.json");
  g_autofree char *directory = g_path_get_dirname (plan_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyLibrary) library = hammy_library_new_from_resource (RESOURCE_PATH "/content", &error);
  g_autoptr(HammyPlan) plan = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "profiles/default/log");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -21);
  g_autofree char *session = NULL;
  HammyLogSet set = { NULL, HAMMY_SIDE_BOTH, 1, 12, 0, 0, 2, 0, (char *) SET_NOTE, 0 };

  g_assert_no_error (error);
  plan = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_true (hammy_plan_set_private_note (plan, PRIVATE_NOTE, &error));
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    g_assert_true (hammy_plan_set_item_note (plan, i, ITEM_NOTE, &error));
  g_assert_no_error (error);

  /* The plan's own note only comes in with a plan file: written here as such a plan keeps it. */
  node = hammy_plan_to_json (plan);
  json_object_set_string_member (json_node_get_object (node), "note", PLAN_NOTE);
  json = json_to_string (node, TRUE);
  g_mkdir_with_parents (directory, 0700);
  g_assert_true (g_file_set_contents (plan_path, json, -1, NULL));

  set.exercise = (char *) hammy_plan_get_item (plan, 0)->exercise;
  session = g_strdup (hammy_log_begin_session (log, started, "build", 1));
  set.finished = g_date_time_to_unix (started) + 300;
  hammy_log_add_set (log, session, &set, NULL, NULL);
  hammy_log_end_session (log, session, started, HAMMY_SESSION_DONE);
  hammy_store_flush (store);
}

/* ---- looking at every window -------------------------------------------------------------- */

static gboolean
has_private_text (const char *text)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (private_texts); i++)
    if (strstr (text, private_texts[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* What a widget shows in words of its own: a label, a field, a row's title, a tooltip. */
static gboolean
shows_private_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && has_private_text (gtk_label_get_text (GTK_LABEL (widget))))
    return TRUE;
  if (GTK_IS_EDITABLE (widget) && has_private_text (gtk_editable_get_text (GTK_EDITABLE (widget))))
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (widget) && has_private_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))))
    return TRUE;
  if (ADW_IS_ACTION_ROW (widget) && has_private_text (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget))))
    return TRUE;
  if (ADW_IS_EXPANDER_ROW (widget) && has_private_text (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget))))
    return TRUE;
  if (ADW_IS_MESSAGE_DIALOG (widget) && has_private_text (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (widget))))
    return TRUE;

  return has_private_text (gtk_widget_get_tooltip_text (widget));
}

/* Every visible widget under @widget that shows something private. Visible, not mapped: a
 * stack's other pages count too, so that nothing private waits one click away. */
static void
collect_private (GtkWidget *widget,
                 GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (shows_private_text (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_private (child, found);

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)) != NULL)
    collect_private (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget))), found);
}

/* In every open window: the main one and the dialogs over it. */
static guint
count_private_on_screen (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      collect_private (window, found);
    }

  for (guint i = 0; i < found->len; i++)
    g_test_message ("Private text in a %s named “%s”", G_OBJECT_TYPE_NAME (found->pdata[i]),
                    gtk_widget_get_name (found->pdata[i]));

  return found->len;
}

static gboolean
window_shows (GtkWidget  *root,
              const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_private (root, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *widget = found->pdata[i];

      if ((GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL) ||
          (GTK_IS_EDITABLE (widget) && strstr (gtk_editable_get_text (GTK_EDITABLE (widget)), text) != NULL))
        return TRUE;
    }

  return FALSE;
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* ---- helpers ------------------------------------------------------------------------------ */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 1280, 720);
  f->data = hammy_window_get_data (f->window);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  g_assert_true (hammy_test_wait_data_loaded (f->data));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_true (hammy_test_wait_mapped (f->today));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_context_set_presenting (hammy_application_get_context (app), FALSE);
  hammy_data_flush (f->data);
  hammy_test_close_window (f->window);
}

/* The state win.present toggles, as the header's button shows it. */
static gboolean
presenting (Fixture *f)
{
  gboolean presenting;

  g_object_get (f->window, "presenting", &presenting, NULL);
  g_assert_cmpint (presenting, ==, hammy_context_get_presenting (hammy_application_get_context (app)));
  return presenting;
}

/* F5, or the header's toggle: the same stateful action. */
static void
toggle_presenting (Fixture *f)
{
  gboolean before = presenting (f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  g_assert_true (hammy_test_wait_until (presenting (f) != before, HAMMY_TEST_WAIT_MS));
  g_assert_cmpint (presenting (f), !=, before);
}

static GtkWindow *
open_editor (Fixture *f)
{
  GtkWindow *editor;
  GtkWidget *row;

  g_assert_true (gtk_widget_activate_action (f->today, "today.edit-plan", NULL));
  editor = hammy_test_wait_toplevel (HAMMY_TYPE_PLAN_EDITOR);
  g_assert_nonnull (editor);

  /* Every item opened, so its note row is as visible as it can be. */
  for (row = hammy_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* The rows reveal their notes as they are drawn. */
  g_assert_true (hammy_test_wait_frame (editor));

  return editor;
}

static void
close_toplevel (GtkWindow *window)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_destroy (window);
  g_assert_true (hammy_test_wait_no_toplevel (type));
}

/* A key press as the window's own shortcuts take it; TRUE when one of them used it. */
static gboolean
press (Fixture *f,
       guint    keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !handled; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                    GTK_WIDGET (f->window), gtk_shortcut_get_arguments (shortcut));
        }
    }
  /* What the key started, a page turned or a clip paused, has been laid out and drawn. A
   * playing clip keeps the main loop too busy for an idle to say so. */
  g_assert_true (hammy_test_wait_frame (f->window));

  return handled;
}

/* ---- nothing private while presenting ------------------------------------------------------ */

static void
test_private_hidden_everywhere (Fixture       *f,
                                gconstpointer  data)
{
  GtkWindow *editor;
  GtkWidget *history;
  GtkWidget *day;
  GtkWidget *sides;
  HammySessionView *view;

  /* Alone, the notes are there: on Today and in the editor. */
  g_assert_false (presenting (f));
  g_assert_true (window_shows (GTK_WIDGET (f->window), PLAN_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (f->window), PRIVATE_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (f->window), ITEM_NOTE));
  editor = open_editor (f);
  g_assert_true (window_shows (GTK_WIDGET (editor), PRIVATE_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (editor), ITEM_NOTE));

  /* Presenting, with the editor open: nothing private in any window. */
  toggle_presenting (f);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), HAMMY_PRESENTATION_WINDOW));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (editor), HAMMY_PRESENTATION_WINDOW));
  g_assert_true (g_settings_get_boolean (hammy_application_get_settings (app), "presentation-mode"));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);
  g_assert_true (gtk_widget_get_visible (hammy_test_find_named (GTK_WIDGET (editor), "editor-presenting")));

  /* An editor opened while presenting, its rows made after the toggle: the same. */
  close_toplevel (editor);
  editor = open_editor (f);
  g_assert_cmpuint (count_private_on_screen (), ==, 0);
  close_toplevel (editor);

  /* Today built again from the data, as after any save: still nothing. */
  g_signal_emit_by_name (f->data, "changed");
  g_assert_true (hammy_test_wait_queued ());
  g_assert_cmpuint (count_private_on_screen (), ==, 0);

  /* A guided session, its note for a set among the controls. */
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));
  view = hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today));
  g_assert_true (hammy_test_wait_mapped (view));
  g_assert_nonnull (hammy_session_view_get_session (view));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (hammy_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW))));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);

  /* History: the day's details and the sides wait until the patient asks for them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history"));
  history = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE);
  g_assert_true (hammy_test_wait_mapped (history));
  day = hammy_test_find_named (history, "history-day");
  sides = hammy_test_find_named (history, "history-sides");
  g_assert_false (gtk_widget_get_visible (day));
  g_assert_false (gtk_widget_get_visible (sides));
  g_assert_true (gtk_widget_is_visible (hammy_test_find_named (history, "history-details-bar")));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hammy_test_find_named (history, "history-show-details")), TRUE);
  g_assert_true (hammy_test_wait_visible (day));
  g_assert_true (gtk_widget_get_visible (day));
  g_assert_true (gtk_widget_get_visible (sides));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);

  /* Another person's name: the profile switcher, list and all, is not on the shared screen. */
  {
    g_autoptr(GError) error = NULL;
    GtkWidget *switcher = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_PROFILE_SWITCHER);
    GtkWidget *button = hammy_profile_switcher_get_button (HAMMY_PROFILE_SWITCHER (switcher));

    g_assert_nonnull (hammy_data_add_profile (f->data, OTHER_PERSON, &error));
    g_assert_no_error (error);
    g_assert_true (hammy_test_wait_until (!gtk_widget_is_visible (button), HAMMY_TEST_WAIT_MS));
    g_assert_cmpuint (count_private_on_screen (), ==, 0);
  }

  /* The visit summary opened while presenting: a page of the shared window, not a window of
   * its own that the call would not show; the set notes among its flags stay hidden. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.visit-summary", NULL));
  g_assert_cmpstr (hammy_window_get_visible_page (f->window), ==, "summary");
  g_assert_null (hammy_test_find_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW));
  {
    GtkWidget *summary = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_VISIT_SUMMARY_VIEW);

    g_assert_true (hammy_test_wait_mapped (summary));
    g_assert_cmpuint (count_private_on_screen (), ==, 0);
    toggle_presenting (f);
    g_assert_true (window_shows (summary, SET_NOTE));
    toggle_presenting (f);
    g_assert_cmpuint (count_private_on_screen (), ==, 0);
  }

  /* Off again: everything is back, and the next presentation hides the details again. */
  toggle_presenting (f);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), HAMMY_PRESENTATION_WINDOW));
  g_assert_false (gtk_widget_is_visible (hammy_test_find_named (history, "history-details-bar")));
  g_assert_true (gtk_widget_get_visible (day));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (hammy_test_find_widget (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW))));
  g_assert_true (window_shows (GTK_WIDGET (f->window), PLAN_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (f->window), PRIVATE_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (f->window), ITEM_NOTE));
  toggle_presenting (f);
  g_assert_false (gtk_widget_get_visible (day));
  toggle_presenting (f);

  editor = open_editor (f);
  g_assert_true (window_shows (GTK_WIDGET (editor), PRIVATE_NOTE));
  g_assert_true (window_shows (GTK_WIDGET (editor), ITEM_NOTE));
  close_toplevel (editor);
}

/* A note removed while presenting does not come back as an empty line afterwards. */
static void
test_hidden_widget_keeps_its_own_wish (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *shown = gtk_label_new ("shown");
  GtkWidget *dropped = gtk_label_new ("dropped");
  GtkWidget *window = gtk_window_new ();

  gtk_widget_add_css_class (shown, HAMMY_PRESENTATION_PRIVATE);
  gtk_widget_add_css_class (dropped, HAMMY_PRESENTATION_PRIVATE);
  gtk_box_append (GTK_BOX (box), shown);
  gtk_box_append (GTK_BOX (box), dropped);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, window, 5000));

  toggle_presenting (f);
  g_assert_false (gtk_widget_get_visible (shown));
  hammy_presentation_set_widget_visible (dropped, FALSE);
  /* Shown by code that does not know: hidden again as it maps. */
  gtk_widget_set_visible (shown, TRUE);
  g_assert_true (hammy_test_wait_hidden (shown));
  g_assert_false (gtk_widget_get_mapped (shown));
  g_assert_false (gtk_widget_get_visible (shown));

  toggle_presenting (f);
  g_assert_true (gtk_widget_get_visible (shown));
  g_assert_false (gtk_widget_get_visible (dropped));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- the keyboard while presenting --------------------------------------------------------- */

static gboolean
clip_is_ready (gpointer data)
{
  return hammy_clip_player_get_state (hammy_clip_view_get_player (data)) == HAMMY_CLIP_PLAYER_STATE_READY;
}

static GtkWidget *
mapped_clip_view (GtkWidget *root)
{
  GtkWidget *clip = hammy_test_find_widget (root, HAMMY_TYPE_CLIP_VIEW);

  g_assert_nonnull (clip);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, clip, 5000));
  g_assert_true (hammy_test_wait_for (clip_is_ready, clip, 10000));
  return clip;
}

static void
test_keys_drive_the_session (Fixture       *f,
                             gconstpointer  data)
{
  HammySessionView *view = hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today));
  HammySession *session;
  HammyClipPlayer *player;
  gboolean playing;
  const char *first;

  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));
  session = hammy_session_view_get_session (view);
  g_assert_nonnull (session);
  hammy_session_start (session);
  g_assert_true (hammy_test_wait_frame (f->window));
  first = hammy_exercise_get_id (hammy_session_get_current_step (session)->exercise);

  /* Not presenting, Page Down is the scrolled window's as always. */
  g_assert_false (press (f, GDK_KEY_Page_Down));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);

  toggle_presenting (f);
  g_assert_true (press (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_current_step (session)->exercise), !=, first);
  g_assert_true (press (f, GDK_KEY_Page_Up));
  g_assert_cmpuint (hammy_session_get_step_index (session), ==, 0);

  /* The clip, wherever the focus is: play or pause, mirror, slower. */
  player = hammy_clip_view_get_player (HAMMY_CLIP_VIEW (mapped_clip_view (GTK_WIDGET (view))));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  playing = hammy_clip_player_get_playing (player);
  g_assert_true (press (f, GDK_KEY_k));
  g_assert_cmpint (hammy_clip_player_get_playing (player), !=, playing);
  g_assert_true (press (f, GDK_KEY_k));
  g_assert_cmpint (hammy_clip_player_get_playing (player), ==, playing);
  g_assert_false (hammy_clip_player_get_mirrored (player));
  g_assert_true (press (f, GDK_KEY_m));
  g_assert_true (hammy_clip_player_get_mirrored (player));
  g_assert_true (press (f, GDK_KEY_bracketleft));
  g_assert_cmpfloat (hammy_clip_player_get_rate (player), <, 1.0);
}

static void
test_keys_drive_the_library_and_triage (Fixture       *f,
                                        gconstpointer  data)
{
  GtkWidget *library;
  GtkWidget *triage = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *back = NULL;
  const char *safety[] = { "rf_saddle_bladder", "rf_weakness", "rf_calf", "rf_unwell" };
  HammyClipPlayer *player;
  gboolean playing;

  toggle_presenting (f);

  /* The library: Page Down shows the first exercise, then the next, Page Up goes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "library"));
  library = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_LIBRARY_PAGE);
  g_assert_nonnull (library);
  g_assert_true (hammy_test_wait_mapped (library));
  g_assert_true (press (f, GDK_KEY_Page_Down));
  first = hammy_library_page_dup_shown_item (HAMMY_LIBRARY_PAGE (library));
  g_assert_nonnull (first);
  g_assert_true (press (f, GDK_KEY_Page_Down));
  second = hammy_library_page_dup_shown_item (HAMMY_LIBRARY_PAGE (library));
  g_assert_cmpstr (second, !=, first);
  g_assert_true (press (f, GDK_KEY_Page_Up));
  back = hammy_library_page_dup_shown_item (HAMMY_LIBRARY_PAGE (library));
  g_assert_cmpstr (back, ==, first);

  /* Its clip plays and pauses from the window, the focus in the list. */
  player = hammy_clip_view_get_player (HAMMY_CLIP_VIEW (mapped_clip_view (library)));
  gtk_root_set_focus (GTK_ROOT (f->window), NULL);
  playing = hammy_clip_player_get_playing (player);
  g_assert_true (press (f, GDK_KEY_k));
  g_assert_cmpint (hammy_clip_player_get_playing (player), !=, playing);

  /* Triage: Page Down is Next, Page Up is Back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "triage"));
  g_assert_true (gtk_widget_activate_action (triage, "triage.start", NULL));
  g_assert_true (hammy_test_wait_queued ());
  for (guint i = 0; i < G_N_ELEMENTS (safety); i++)
    {
      g_autofree char *name = g_strdup_printf ("question-%s", safety[i]);
      GtkWidget *no = hammy_test_find_widget (hammy_test_find_named (triage, name), GTK_TYPE_TOGGLE_BUTTON);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (no), TRUE);
    }
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage)), ==, "safety");
  g_assert_true (press (f, GDK_KEY_Page_Down));
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage)), !=, "safety");
  g_assert_true (press (f, GDK_KEY_Page_Up));
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage)), ==, "safety");
}

/* ---- choosers, print dialogs and toasts ---------------------------------------------------- */

static gboolean
chooser_or_print_dialog_open (void)
{
  return hammy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL ||
         hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG) != NULL;
}

static gboolean
match_button_label (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* The button of the toast that offers to carry on, once it has slid in. */
static GtkWidget *
wait_resume_button (GtkWidget  *window,
                    const char *label)
{
  GtkWidget *button = NULL;

  /* After the toast that said it waits, which stays its five seconds. */
  g_assert_true (hammy_test_wait_until (hammy_test_find (window, label_contains, "You stopped presenting") != NULL,
                                        3 * HAMMY_TEST_WAIT_MS));
  hammy_test_wait_until ((button = hammy_test_find (window, match_button_label, label)) != NULL, HAMMY_TEST_WAIT_MS);
  g_assert_nonnull (button);
  return button;
}

/* A toast on a shared screen is read to its end: its words are not cut off. */
static void
assert_toast_whole (GtkWidget  *window,
                    const char *text)
{
  GtkWidget *label = hammy_test_wait_label (window, text);

  g_assert_nonnull (label);
  g_assert_true (hammy_test_wait_mapped (label));
  g_assert_true (hammy_test_wait_frame (GTK_WINDOW (window)));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_cmpint (gtk_widget_get_width (label), <=, gtk_widget_get_width (window));
}

/* A dialog on a shared 1280×720 screen fits it whole, at the size text has while presenting. */
static void
assert_fits_shared_screen (GtkWindow *dialog)
{
  int minimum = 0, natural = 0, width = 0;

  g_assert_true (hammy_test_wait_mapped (dialog));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog), HAMMY_PRESENTATION_WINDOW));
  g_assert_true (hammy_test_wait_frame (dialog));
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, MIN (width, 1280), &minimum, &natural, NULL, NULL);
  g_test_message ("%s: %d wide, %d to %d high", G_OBJECT_TYPE_NAME (dialog), width, minimum, natural);
  g_assert_cmpint (width, <=, 1280);
  g_assert_cmpint (natural, <=, 720);
}

static gboolean
is_primary_menu_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0';
}

/* The size of the text of a label, in points. */
static double
label_points (GtkWidget *label)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (label));

  return (double) pango_font_description_get_size (font) / PANGO_SCALE;
}

/* The main menu, a popover of its own, grows with the window's text while presenting. */
static void
test_menus_grow (Fixture       *f,
                 gconstpointer  data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (hammy_test_find (GTK_WIDGET (f->window), is_primary_menu_button, NULL));
  GtkWidget *label;
  double alone, shared;

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  g_assert_true (hammy_test_wait_mapped (gtk_menu_button_get_popover (button)));
  label = hammy_test_find (GTK_WIDGET (gtk_menu_button_get_popover (button)), is_label, NULL);
  g_assert_nonnull (label);
  alone = label_points (label);
  gtk_menu_button_popdown (button);

  toggle_presenting (f);
  gtk_menu_button_popup (button);
  g_assert_true (hammy_test_wait_mapped (gtk_menu_button_get_popover (button)));
  g_assert_true (hammy_test_wait_frame (f->window));
  label = hammy_test_find (GTK_WIDGET (gtk_menu_button_get_popover (button)), is_label, NULL);
  shared = label_points (label);
  g_test_message ("menu text: %.1f pt alone, %.1f pt presenting", alone, shared);
  g_assert_cmpfloat (shared, >=, alone * 1.4);
  gtk_menu_button_popdown (button);
}

/* The dialogs that can open during a call, each fitting the shared screen. */
static void
test_dialogs_fit_the_shared_screen (Fixture       *f,
                                    gconstpointer  data)
{
  HammySessionView *view = hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today));
  GtkWindow *dialog;

  toggle_presenting (f);
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));
  g_assert_true (hammy_test_wait_mapped (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.red-flag", NULL));
  dialog = hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  assert_fits_shared_screen (dialog);
  close_toplevel (dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.end", NULL));
}

/* A plan file from another patient, in a folder whose name is private too. */
static GFile *
write_other_file (Fixture *f)
{
  g_autofree char *folder = g_build_filename (g_get_tmp_dir (), FOLDER, NULL);
  g_autofree char *path = g_build_filename (folder, OTHER_FILE, NULL);
  g_autoptr(GBytes) bytes = hammy_data_export_plan (f->data);

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return g_file_new_for_path (path);
}

/* Files and printers stay closed while presenting: a chooser would show the person's folders,
 * a print dialog their printers and Print to File's folders. Each waits, says so, and goes
 * ahead with one click once presenting ends; nothing private shows in any window or toast. */
static void
test_files_wait_for_presenting_to_end (Fixture       *f,
                                       gconstpointer  data)
{
  const char *actions[] = { "win.import-plan", "win.restore-backup", "win.export-plan", "win.back-up",
                            "win.print-handout" };
  g_autoptr(GFile) other = write_other_file (f);
  GtkWidget *summary;
  GtkWidget *button;
  GtkWindow *dialog;

  toggle_presenting (f);

  /* A plan file opened from outside, as a drop or the file manager would: no preview, which
   * names it and the profile it would go into. */
  hammy_window_open_file (f->window, other);
  assert_toast_whole (GTK_WIDGET (f->window), "wait until you stop presenting");
  g_assert_null (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), actions[i], NULL));
      /* Refused: a dialog would have been on its way by the time the action's work has run. */
      g_assert_true (hammy_test_wait_queued ());
      g_assert_false (chooser_or_print_dialog_open ());
    }

  /* The visit summary's Save as PDF and Print, the last one asked for being what goes ahead. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.visit-summary", NULL));
  summary = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_VISIT_SUMMARY_VIEW);
  g_assert_true (hammy_test_wait_mapped (summary));
  g_assert_true (gtk_widget_activate_action (summary, "visit.save-pdf", NULL));
  g_assert_true (gtk_widget_activate_action (summary, "visit.print", NULL));
  g_assert_true (hammy_test_wait_queued ());
  g_assert_false (chooser_or_print_dialog_open ());
  g_assert_nonnull (hammy_test_wait_label (summary, "wait until you stop presenting"));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);

  /* Presenting ends: one click prints. The summary stays until the person moves on. */
  toggle_presenting (f);
  button = wait_resume_button (summary, "_Print…");
  gtk_widget_activate (button);
  dialog = hammy_test_wait_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  g_assert_nonnull (dialog);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (hammy_test_wait_no_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_null (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_VISIT_SUMMARY_VIEW));

  /* The file dropped while presenting opens with one click afterwards, and its preview names
   * it; taking it in while presenting again, the toast does not. */
  toggle_presenting (f);
  hammy_window_open_file (f->window, other);
  toggle_presenting (f);
  button = wait_resume_button (GTK_WIDGET (f->window), "_Open");
  gtk_widget_activate (button);
  dialog = hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  toggle_presenting (f);
  g_assert_cmpuint (count_private_on_screen (), ==, 0);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  /* After the toast that said opening waits, which stays its five seconds. */
  g_assert_true (hammy_test_wait_until (hammy_test_find (GTK_WIDGET (f->window), label_contains,
                                                         "The plan you opened is now your plan.") != NULL,
                                        3 * HAMMY_TEST_WAIT_MS));
  g_assert_cmpuint (count_private_on_screen (), ==, 0);
}

static gboolean
lists_shortcut (GtkWidget     *widget,
                gconstpointer  data)
{
  g_autofree char *accelerator = NULL;
  g_autofree char *action = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;

  g_object_get (widget, "accelerator", &accelerator, "action-name", &action, NULL);
  return g_strcmp0 (accelerator, data) == 0 || g_strcmp0 (action, data) == 0;
}

static gboolean
shortcuts_shown (gpointer data)
{
  return hammy_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

/* The shortcuts window has every key of presenting, in a section of its own. */
static void
test_keys_listed (Fixture       *f,
                  gconstpointer  data)
{
  const char *listed[] = { "win.present", "Page_Down", "Page_Up", "k space", "bracketleft bracketright",
                           "comma period", "m" };
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL));
  g_assert_true (hammy_test_wait_for (shortcuts_shown, NULL, 3000));
  shortcuts = hammy_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_object_set (shortcuts, "section-name", "presenting", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
    g_assert_nonnull (hammy_test_find (GTK_WIDGET (shortcuts), lists_shortcut, listed[i]));
  gtk_window_close (shortcuts);
  g_assert_true (hammy_test_wait_no_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
}

/* F5 is the shortcut, and a window that opens presenting says so. */
static void
test_shortcut_and_restart (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.present");
  GSettings *settings = hammy_application_get_settings (app);
  HammyWindow *again;

  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "F5");

  /* As after a restart during a call: the setting is on before the window opens. */
  g_settings_set_boolean (settings, "presentation-mode", TRUE);
  g_assert_true (hammy_context_get_presenting (hammy_application_get_context (app)));
  again = hammy_test_present_window (app, 1280, 720);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (again), HAMMY_PRESENTATION_WINDOW));
  g_assert_nonnull (hammy_test_wait_label (GTK_WIDGET (again), "Presentation mode is still on"));
  g_assert_nonnull (hammy_test_find (GTK_WIDGET (again), label_contains, "Presentation mode is still on"));
  /* A toast still sliding in holds its window until the slide ends (libadwaita 1.2): closing
   * waits for the window to go, as long as that takes. */
  hammy_test_close_window (again);

  g_settings_set_boolean (settings, "presentation-mode", FALSE);
  g_assert_false (presenting (f));
}

/* Keeping the screen lit during a session goes through the desktop portal, which the test's
 * bus does not have; GTK says so with a warning about the test machine, not about Hammy. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  if (g_strcmp0 (domain, "Gtk") == 0 && message != NULL && strstr (message, "Inhibit") != NULL)
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The print dialog offers “Print to File” only: no printer servers are asked. */
  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  hammy_test_init (&argc, &argv);
  g_log_set_writer_func (write_log, NULL, NULL);
  place_files ();
  app = hammy_test_application_new ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/presentation/private-hidden-everywhere", test_private_hidden_everywhere);
  ADD ("/presentation/hidden-widget-keeps-its-own-wish", test_hidden_widget_keeps_its_own_wish);
  ADD ("/presentation/keys-drive-the-session", test_keys_drive_the_session);
  ADD ("/presentation/keys-drive-the-library-and-triage", test_keys_drive_the_library_and_triage);
  ADD ("/presentation/files-wait-for-presenting-to-end", test_files_wait_for_presenting_to_end);
  ADD ("/presentation/dialogs-fit-the-shared-screen", test_dialogs_fit_the_shared_screen);
  ADD ("/presentation/menus-grow", test_menus_grow);
  ADD ("/presentation/keys-listed", test_keys_listed);
  ADD ("/presentation/shortcut-and-restart", test_shortcut_and_restart);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
