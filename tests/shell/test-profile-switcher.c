/* test-profile-switcher.c: profiles through the real widgets: two people's files on disk, and
 * switching shows only that person's plan on Today and sessions on History; a new profile
 * added, renamed, deleted and brought back with Undo from the header bar's menu.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hammy-history-page.h"
#include "hammy-month-grid.h"
#include "hammy-paths.h"
#include "hammy-presentation.h"
#include "hammy-profile-switcher.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"

#define BEN "b0b0b0b0b0b0"

static HammyApplication *app;
static GDate today;   /* Wednesday 18 March 2026 */

typedef struct
{
  HammyWindow *window;
  HammyData   *data;
  GtkWidget   *switcher;
  GtkWidget   *today;
  GtkWidget   *history;
} Fixture;

/* ---- two people's files, on disk before Hammy reads anything ---------------------------- */

static void
write_file (const char *path,
            const char *contents)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (directory, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A plan whose private note says whose it is. */
static void
place_plan (const char *root,
            const char *id,
            const char *note)
{
  g_autofree char *source = g_build_filename (CORPUS_DIR, "plan-json-good.json", NULL);
  g_autofree char *path = g_build_filename (root, "profiles", id, "plan.json", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *plan = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  parts = g_strsplit (text, "Knee tape helps on the bridges.", 2);
  plan = g_strjoin (note, parts[0], parts[1], NULL);
  write_file (path, plan);
}

/* One done session on @day of @month, and the next morning's check-in, so none is asked. */
static void
place_session (HammyStore *store,
               const char *id,
               int         month,
               int         day)
{
  g_autofree char *log_dir = g_build_filename ("profiles", id, "log", NULL);
  g_autoptr(HammyLog) log = hammy_log_new (store, log_dir);
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, month, day, 18, 0, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);
  g_autofree char *morning = g_strdup_printf ("2026-%02d-%02d", month, day + 1);
  HammyLogCheckin checkin = { morning, HAMMY_COMPARED_SAME, NULL, -1, FALSE };
  const char *session = hammy_log_begin_session (log, started, "build", 6);

  hammy_log_end_session (log, session, ended, HAMMY_SESSION_DONE);
  hammy_log_add_checkin (log, &checkin);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
place_people (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *list = g_build_filename (root, "profiles.json", NULL);
  HammyStore *store = hammy_store_new (root);
  gpointer watch = store;

  write_file (list, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
                    "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"},"
                    "{\"id\": \"" BEN "\", \"name\": \"Ben\", \"created\": \"2026-02-01T10:00:00Z\"}]}");
  place_plan (root, "default", "Ann's plan.");
  place_plan (root, BEN, "Ben's plan.");
  place_session (store, "default", 3, 10);
  place_session (store, BEN, 2, 10);

  /* On disk, and the store gone, so the app's own store can take the folder. */
  hammy_store_flush (store);
  g_object_add_weak_pointer (G_OBJECT (store), &watch);
  g_object_unref (store);
  g_assert_true (hammy_test_wait_for (is_gone, &watch, 5000));
}

/* ---- the fixture ----------------------------------------------------------------------- */

/* Read, and the pages have shown what was read. */
static void
wait_loaded (Fixture *f)
{
  g_assert_true (hammy_test_wait_data_loaded (f->data));
  g_assert_true (hammy_test_wait_queued ());
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 900, 800);
  f->data = hammy_window_get_data (f->window);
  wait_loaded (f);

  f->switcher = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_PROFILE_SWITCHER);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  /* History is made when first shown; Today is shown again for the tests that follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history"));
  f->history = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_nonnull (f->switcher);
  g_assert_nonnull (f->today);
  g_assert_nonnull (f->history);
  hammy_test_set_today (app, &today);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (f->data);
  hammy_test_close_window (f->window);
}

/* ---- finding things -------------------------------------------------------------------- */

static GtkWidget *
button (Fixture *f)
{
  return hammy_profile_switcher_get_button (HAMMY_PROFILE_SWITCHER (f->switcher));
}

static const char *
button_name (Fixture *f)
{
  GtkWidget *label = hammy_test_find_widget (button (f), GTK_TYPE_LABEL);

  return gtk_label_get_label (GTK_LABEL (label));
}

static GtkWidget *
open_popover (Fixture *f)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button (f))));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button (f)));
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, popover, 5000));
  return popover;
}

/* The rows of the popover's list, in order. */
static GPtrArray *
profile_rows (Fixture *f)
{
  GtkWidget *list = hammy_test_find_named (button (f), "profile-list");
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_ptr_array_add (rows, row);

  return rows;
}

static const char *
row_name (GtkWidget *row)
{
  return gtk_label_get_label (GTK_LABEL (hammy_test_find_widget (row, GTK_TYPE_LABEL)));
}

static gboolean
row_is_checked (GtkWidget *row)
{
  return gtk_widget_get_opacity (hammy_test_find_widget (row, GTK_TYPE_IMAGE)) > 0.5;
}

static GtkWidget *
row_named (Fixture    *f,
           const char *name)
{
  g_autoptr(GPtrArray) rows = profile_rows (f);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (row_name (g_ptr_array_index (rows, i)), name))
      return g_ptr_array_index (rows, i);

  return NULL;
}

static gboolean
match_visible_text (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

/* TRUE when @text is on screen in @page. */
static gboolean
shows (GtkWidget  *page,
       const char *text)
{
  return hammy_test_find (page, match_visible_text, text) != NULL;
}

static void
show_page (Fixture    *f,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", name));
  g_assert_true (hammy_test_wait_mapped (g_str_equal (name, "today") ? f->today : f->history));
}

static const HammyHistoryMonth *
history_month (Fixture *f)
{
  GtkWidget *grid = hammy_test_find_widget (f->history, HAMMY_TYPE_MONTH_GRID);

  return hammy_month_grid_get_month (HAMMY_MONTH_GRID (grid));
}

static AdwMessageDialog *
wait_dialog (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  return dialog;
}

/* Answers as the person would, and the dialog closes as a click on the button closes it. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
match_undo (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
undo_toast_gone (gpointer data)
{
  return hammy_test_find (data, match_undo, "_Undo") == NULL;
}

/* ---- the tests ------------------------------------------------------------------------- */

static void
test_switching_shows_only_that_profile (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *ben;

  /* Ann's data, and her name on a button presentation mode can hide. */
  g_assert_cmpstr (button_name (f), ==, "Ann");
  g_assert_cmpstr (gtk_widget_get_name (button (f)), ==, "profile-button");
  g_assert_true (gtk_widget_has_css_class (button (f), "private"));
  g_assert_true (gtk_widget_get_sensitive (button (f)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button (f)), "Ann"));

  show_page (f, "today");
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
  g_assert_true (shows (f->today, "Ann's plan."));
  g_assert_false (shows (f->today, "Ben's plan."));
  show_page (f, "history");
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (f->history)), ==, "history");
  g_assert_cmpuint (history_month (f)->month, ==, 3);
  g_assert_cmpint (history_month (f)->days[9].status, ==, HAMMY_DAY_DONE);

  /* The list: both, Ann checked, each row private and reachable from the keyboard. */
  open_popover (f);
  rows = profile_rows (f);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_name (g_ptr_array_index (rows, 0)), ==, "Ann");
  g_assert_cmpstr (row_name (g_ptr_array_index (rows, 1)), ==, "Ben");
  g_assert_true (row_is_checked (g_ptr_array_index (rows, 0)));
  g_assert_false (row_is_checked (g_ptr_array_index (rows, 1)));
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (gtk_widget_get_name (row), ==, "profile-row");
      g_assert_true (gtk_widget_has_css_class (row, "private"));
      g_assert_true (gtk_widget_get_focusable (row));
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    }
  /* The one in use has the focus when the list opens. */
  g_assert_true (gtk_widget_has_focus (g_ptr_array_index (rows, 0)));

  /* Ben: the pages say they are reading, then show Ben's and nothing of Ann's. */
  ben = g_ptr_array_index (rows, 1);
  g_assert_true (gtk_widget_activate (ben));
  g_assert_false (hammy_data_is_loaded (f->data));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "loading");
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (f->history)), ==, "loading");
  wait_loaded (f);

  g_assert_cmpstr (button_name (f), ==, "Ben");
  g_assert_true (row_is_checked (ben));
  g_assert_false (row_is_checked (g_ptr_array_index (rows, 0)));
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (f->history)), ==, "history");
  g_assert_cmpuint (history_month (f)->month, ==, 3);
  g_assert_cmpuint (history_month (f)->n_done, ==, 0);
  g_assert_true (gtk_widget_activate_action (f->history, "history.previous-month", NULL));
  g_assert_cmpuint (history_month (f)->month, ==, 2);
  g_assert_cmpint (history_month (f)->days[9].status, ==, HAMMY_DAY_DONE);
  show_page (f, "today");
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
  g_assert_true (shows (f->today, "Ben's plan."));
  g_assert_false (shows (f->today, "Ann's plan."));

  /* And back, through the switcher's action, as the keyboard would. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", "default"));
  wait_loaded (f);
  g_assert_cmpstr (button_name (f), ==, "Ann");
  g_assert_true (shows (f->today, "Ann's plan."));
  g_assert_false (shows (f->today, "Ben's plan."));
  show_page (f, "history");
  g_assert_cmpuint (history_month (f)->month, ==, 3);
  g_assert_cmpint (history_month (f)->days[9].status, ==, HAMMY_DAY_DONE);
}

static void
test_add_rename_delete_and_undo (Fixture       *f,
                                 gconstpointer  data)
{
  GListModel *profiles = hammy_data_get_profiles (f->data);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkWidget *error_label;
  GtkWidget *undo;
  g_autofree char *cy_id = NULL;

  show_page (f, "today");

  /* New: a name already taken is refused with a sentence; a new one is added and shown. */
  open_popover (f);
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.new", NULL));
  dialog = wait_dialog ();
  entry = hammy_test_find_named (GTK_WIDGET (dialog), "profile-name-entry");
  error_label = hammy_test_find_named (GTK_WIDGET (dialog), "profile-name-error");
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry) ||
                 gtk_widget_get_focus_child (entry) != NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (entry), " ann ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "Ann"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Cy");
  g_assert_false (gtk_widget_get_visible (error_label));
  answer (dialog, "save");

  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 3);
  wait_loaded (f);
  g_assert_cmpstr (button_name (f), ==, "Cy");
  cy_id = g_strdup (hammy_profile_get_id (hammy_data_get_current_profile (f->data)));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "empty");
  g_assert_false (shows (f->today, "Ann's plan."));
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (f->history)), ==, "empty");

  /* Rename: the dialog starts from the name, and the button and the row follow. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.rename", NULL));
  dialog = wait_dialog ();
  entry = hammy_test_find_named (GTK_WIDGET (dialog), "profile-name-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Cy");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Cyrus");
  answer (dialog, "save");
  g_assert_cmpstr (button_name (f), ==, "Cyrus");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button (f)), "Cyrus"));
  g_assert_nonnull (row_named (f, "Cyrus"));
  g_assert_null (row_named (f, "Cy"));

  /* Delete asks first; Cancel changes nothing. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.delete", NULL));
  dialog = wait_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Cyrus"));
  answer (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 3);

  /* Delete: gone from the list, the next one shown, and an Undo in a toast. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.delete", NULL));
  dialog = wait_dialog ();
  answer (dialog, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
  g_assert_null (row_named (f, "Cyrus"));
  wait_loaded (f);
  g_assert_cmpstr (button_name (f), !=, "Cyrus");
  undo = hammy_test_find (GTK_WIDGET (f->window), match_undo, "_Undo");
  g_assert_nonnull (undo);

  /* Undo: back in the list and in use. The toast goes, as it would before a person could
   * delete again (libadwaita 1.2 brings a toast back if another comes while it slides out). */
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (hammy_test_wait_for (undo_toast_gone, f->window, 3000));
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 3);
  wait_loaded (f);
  g_assert_cmpstr (button_name (f), ==, "Cyrus");
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (f->data)), ==, cy_id);
  g_assert_true (row_is_checked (row_named (f, "Cyrus")));

  /* Deleted for good this time. Presenting starts while the toast still names Cyrus: a
   * toast cannot be hidden, so it goes. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.delete", NULL));
  answer (wait_dialog (), "delete");
  wait_loaded (f);
  g_assert_true (shows (GTK_WIDGET (f->window), "“Cyrus” was deleted"));
  hammy_context_set_presenting (hammy_application_get_context (app), TRUE);
  g_assert_true (hammy_test_wait_for (undo_toast_gone, f->window, 3000));
  g_assert_false (shows (GTK_WIDGET (f->window), "Cyrus"));

  hammy_context_set_presenting (hammy_application_get_context (app), FALSE);

  /* Back to Ann for the next test. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", "default"));
  wait_loaded (f);
  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 2);
}

/* A session on screen belongs to the person it was started for: it closes on a switch. */
static void
test_switch_closes_a_session (Fixture       *f,
                              gconstpointer  data)
{
  show_page (f, "today");
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "session");

  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", BEN));
  wait_loaded (f);
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
  g_assert_true (shows (f->today, "Ben's plan."));

  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", "default"));
  wait_loaded (f);
}

/* Ben's backup opened while someone else's profile is in use: the preview says so first, with
 * both names, and the button says it goes ahead anyway. */
static void
test_restore_asks_for_another_person (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "hammy-ben.hammybackup", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *mine;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", BEN));
  wait_loaded (f);
  bytes = hammy_data_create_backup (f->data, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", "default"));
  wait_loaded (f);
  mine = hammy_profile_get_name (hammy_data_get_current_profile (f->data));

  hammy_window_open_file (f->window, file);
  dialog = hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Restore Another Person’s Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Ben"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), mine));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "restore"), ==, "_Restore Anyway");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  g_assert_true (hammy_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_unlink (path);
}

/* A clinic's worth of patients: sorted by name, each row's whole name in its tooltip, a search
 * once there are many, and a name too long said so rather than cut. */
static void
test_clinic_scale (Fixture       *f,
                   gconstpointer  data)
{
  const char *names[] = { "zoë Quist", "Alexandra Christina Montgomery-Wellington, Leeds",
                          "Alexandra Christina Montgomery-Wellington, York", "Bea", "Cal", "Dee", "Eve", "Fay" };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_name = g_string_new (NULL);
  GtkWidget *search;
  GtkWidget *dialog_entry;
  GtkWindow *dialog;
  GtkWidget *error_label;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_nonnull (hammy_data_add_profile (f->data, names[i], &error));
      g_assert_no_error (error);
    }
  open_popover (f);
  rows = profile_rows (f);
  g_assert_cmpuint (rows->len, >=, 10);
  /* In the order of their names, whatever the case of their letters. */
  for (guint i = 1; i < rows->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (row_name (g_ptr_array_index (rows, i - 1)), -1);
      g_autofree char *b = g_utf8_casefold (row_name (g_ptr_array_index (rows, i)), -1);

      g_assert_cmpint (g_utf8_collate (a, b), <=, 0);
    }
  g_assert_cmpstr (row_name (g_ptr_array_index (rows, rows->len - 1)), ==, "zoë Quist");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row_named (f, names[2])), ==, names[2]);

  /* Many profiles: a search, which narrows the list, and Enter switches to the first found. */
  search = hammy_test_find_named (button (f), "profile-search");
  g_assert_true (gtk_widget_get_visible (search));
  gtk_editable_set_text (GTK_EDITABLE (search), "york");
  g_assert_true (hammy_test_wait_until (({ g_autoptr(GPtrArray) found = profile_rows (f); found->len == 1; }), HAMMY_TEST_WAIT_MS));
  g_signal_emit_by_name (search, "activate");
  wait_loaded (f);
  g_assert_cmpstr (hammy_profile_get_name (hammy_data_get_current_profile (f->data)), ==, names[2]);
  gtk_editable_set_text (GTK_EDITABLE (search), "");

  /* A name over the limit: the whole of it stays, with a sentence, and Add waits. */
  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.new", NULL));
  dialog = hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  dialog_entry = hammy_test_find_named (GTK_WIDGET (dialog), "profile-name-entry");
  for (guint i = 0; i < HAMMY_PROFILE_MAX_NAME + 5; i++)
    g_string_append_c (long_name, 'a' + i % 26);
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry), long_name->str);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_entry)), ==, long_name->str);
  error_label = hammy_test_find_named (GTK_WIDGET (dialog), "profile-name-error");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_window_destroy (dialog);
  g_assert_true (hammy_test_wait_no_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_true (gtk_widget_activate_action (f->switcher, "profile.switch", "s", "default"));
  wait_loaded (f);
}

static gboolean
demo_is_ready (gpointer data)
{
  Fixture *f = data;
  HammyProfile *profile = hammy_data_get_current_profile (f->data);

  return profile != NULL && g_str_equal (hammy_profile_get_name (profile), "Demo Patient") &&
         hammy_log_get_n_sessions (hammy_data_get_log (f->data)) > 0;
}

/* Add a Demo Patient in the main menu: a profile of its own with six weeks in it, switched to,
 * and a second one named apart from the first. */
static void
test_demo_patient_from_the_menu (Fixture       *f,
                                 gconstpointer  data)
{
  HammyProfile *first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-demo-profile", NULL));
  g_assert_true (hammy_test_wait_for (demo_is_ready, f, 30000));
  g_assert_nonnull (hammy_data_get_plan (f->data));
  g_assert_cmpstr (button_name (f), ==, "Demo Patient");
  g_assert_nonnull (hammy_test_wait_label (GTK_WIDGET (f->window), "made-up patient"));
  first = hammy_data_get_current_profile (f->data);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-demo-profile", NULL));
  g_assert_true (hammy_test_wait_until (hammy_data_get_current_profile (f->data) != first, 30000));
  g_assert_cmpstr (hammy_profile_get_name (hammy_data_get_current_profile (f->data)), ==, "Demo Patient 2");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 18, G_DATE_MARCH, 2026);
  place_people ();
  app = hammy_test_application_new_on (&today);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/profile-switcher/switching-shows-only-that-profile", test_switching_shows_only_that_profile);
  ADD ("/profile-switcher/add-rename-delete-and-undo", test_add_rename_delete_and_undo);
  ADD ("/profile-switcher/switch-closes-a-session", test_switch_closes_a_session);
  ADD ("/profile-switcher/restore-asks-for-another-person", test_restore_asks_for_another_person);
  ADD ("/profile-switcher/clinic-scale", test_clinic_scale);
  /* Last: it leaves a demo patient's profile in use. */
  ADD ("/profile-switcher/demo-patient-from-the-menu", test_demo_patient_from_the_menu);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
