/* test-handout-print.c: the printed handout through GTK's print support: a PDF made from a
 * real check, read back with pdftotext, notes left out unless asked for, and the action that
 * opens the print dialog only when there is a plan to print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "hammy-clip-view.h"
#include "hammy-handout-print.h"
#include "hammy-library-page.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-window.h"

static HammyApplication *app;
static char *folder;   /* where the PDFs go */

typedef struct
{
  HammyWindow *window;
  GtkWidget   *today;
  GtkWidget   *triage;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 1000, 760);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  f->triage = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
}

/* pdftotext's words with every run of spaces and line ends made one space, so a sentence that
 * wraps on paper still matches; and how many pages it had. */
static char *
pdf_text (const char *pdf,
          guint      *n_pages)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  const char *argv[] = { PDFTOTEXT, "-enc", "UTF-8", pdf, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* pdftotext ends each page with a form feed. */
  *n_pages = 0;
  for (const char *c = out; *c != '\0'; c++)
    if (*c == '\f')
      (*n_pages)++;

  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text,
            const char *needle)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *words = g_regex_replace_literal (spaces, needle, -1, 0, " ", 0, NULL);

  if (strstr (text, words) == NULL)
    g_error ("The handout does not say “%s”:\n%s", words, text);
}

static char *
export (HammyHandout *handout,
        const char   *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_handout_export_pdf (handout, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return g_steal_pointer (&path);
}

/* The menu's item, a GtkModelButton, which follows its action's state but does not name it. */
static gboolean
match_print_item (GtkWidget     *widget,
                  gconstpointer  data)
{
  g_autofree char *text = NULL;

  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    return FALSE;
  g_object_get (widget, "text", &text, NULL);
  return g_strcmp0 (text, "Print Handout…") == 0;
}

static gboolean
match_primary_menu (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0;
}

/* As a person sees it: the main menu's Print Handout can be chosen or not. The menu's items are
 * made when it first opens. */
static gboolean
print_is_enabled (Fixture *f)
{
  GtkWidget *item = hammy_test_find (GTK_WIDGET (f->window), match_print_item, NULL);

  if (item == NULL)
    {
      GtkWidget *menu = hammy_test_find (GTK_WIDGET (f->window), match_primary_menu, NULL);

      g_assert_nonnull (menu);
      gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
      item = hammy_test_find (GTK_WIDGET (f->window), match_print_item, NULL);
    }
  g_assert_nonnull (item);
  return gtk_widget_get_sensitive (item);
}

static void
test_handout_from_a_check (Fixture       *f,
                           gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 5, 12, 0, 0);
  g_autoptr(HammyHandout) handout = NULL;
  g_autoptr(HammyToday) today = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;
  HammyPlan *plan;

  /* Nothing to print before the first check. */
  g_assert_null (hammy_data_get_plan (person));
  g_assert_false (print_is_enabled (f));

  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_BUILD);
  plan = hammy_data_get_plan (person);
  g_assert_nonnull (plan);
  g_assert_cmpuint (hammy_plan_get_n_items (plan), >=, 5);

  today = hammy_today_new (person, day);
  handout = hammy_handout_new_for_today (today, hammy_data_get_library (person), day, HAMMY_HANDOUT_FLAGS_NONE);
  pdf = export (handout, "from-a-check.pdf");
  text = pdf_text (pdf, &n_pages);

  assert_has (text, hammy_handout_get_title (handout));
  assert_has (text, hammy_handout_get_date_line (handout));
  assert_has (text, hammy_handout_get_phase_title (handout));
  assert_has (text, hammy_handout_get_phase_meaning (handout));

  for (guint i = 0; i < hammy_handout_get_n_items (handout); i++)
    {
      const HammyHandoutItem *item = hammy_handout_get_item (handout, i);

      assert_has (text, item->name);
      assert_has (text, item->dosage);
      if (item->load != NULL)
        assert_has (text, item->load);
      for (guint c = 0; item->cues[c] != NULL; c++)
        assert_has (text, item->cues[c]);
    }

  for (const char * const *rule = hammy_handout_get_pain_rules (handout); *rule != NULL; rule++)
    assert_has (text, *rule);
  for (const char * const *rule = hammy_handout_get_stop_rules (handout); *rule != NULL; rule++)
    assert_has (text, *rule);
  for (guint i = 0; i < hammy_handout_get_n_red_flags (handout); i++)
    {
      assert_has (text, hammy_handout_get_red_flag (handout, i)->signs);
      assert_has (text, hammy_handout_get_red_flag (handout, i)->action);
    }
  assert_has (text, hammy_handout_get_notice (handout));
  /* Running, in Today's words. */
  g_assert_nonnull (hammy_handout_get_running (handout));
  g_assert_cmpstr (hammy_handout_get_running (handout), ==, hammy_today_get_running (today)->text);
  assert_has (text, "Running");
  assert_has (text, hammy_handout_get_running (handout));

  /* Seven exercises with their pictures, the rules and the red flags: a few pages, each
   * numbered. */
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, 5);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page, n_pages);

      assert_has (text, number);
    }
}

static void
test_notes_only_when_asked (Fixture       *f,
                            gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  HammyLibrary *library = hammy_data_get_library (person);
  g_autoptr(GDateTime) day = g_date_time_new_now_local ();
  g_autoptr(JsonNode) node = json_from_string ("{\"created\": \"2026-03-02T09:00:00Z\", \"phase\": \"calm\", \"imported\": true,"
                                               " \"note\": \"Private: query avulsion, rescan.\", \"items\": ["
                                               "{\"section\": \"circuit\", \"exercise\": \"heel-dig-hold\", \"sets\": 5, \"hold_seconds\": 30,"
                                               " \"per_side\": true, \"load\": \"bodyweight\", \"note\": \"Guarding noted on the left.\"}]}",
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlan) plan = hammy_plan_new_from_json (json_node_get_object (node), library, &error);
  g_autoptr(HammyHandout) plain = NULL;
  g_autoptr(HammyHandout) noted = NULL;
  g_autofree char *plain_pdf = NULL;
  g_autofree char *noted_pdf = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *noted_text = NULL;
  guint n_pages = 0;

  g_assert_no_error (error);
  plain = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_FLAGS_NONE);
  noted = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_WITH_NOTES);
  plain_pdf = export (plain, "plain.pdf");
  noted_pdf = export (noted, "noted.pdf");
  plain_text = pdf_text (plain_pdf, &n_pages);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, <=, 2);
  noted_text = pdf_text (noted_pdf, &n_pages);

  assert_has (plain_text, "5 holds of 30 seconds on each side");
  g_assert_null (strstr (plain_text, "Private"));
  g_assert_null (strstr (plain_text, "Guarding noted"));
  assert_has (noted_text, "Private: query avulsion, rescan.");
  assert_has (noted_text, "Guarding noted on the left.");
}

static void
test_export_to_a_missing_folder (Fixture       *f,
                                 gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autoptr(GDateTime) day = g_date_time_new_now_local ();
  g_autoptr(HammyHandout) handout = NULL;
  g_autofree char *path = g_build_filename (folder, "no-such-folder", "handout.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (hammy_data_get_plan (person));
  handout = hammy_handout_new (hammy_data_get_plan (person), hammy_data_get_library (person), day, HAMMY_HANDOUT_FLAGS_NONE);
  g_assert_false (hammy_handout_export_pdf (handout, path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static gboolean
print_dialog_is_open (gpointer data)
{
  return hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG) != NULL;
}

static gboolean
print_dialog_is_closed (gpointer data)
{
  return !print_dialog_is_open (data);
}

static void
test_print_action_follows_the_plan (Fixture       *f,
                                    gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.print-handout");
  GtkWindow *dialog;

  g_assert_cmpstr (accels[0], ==, "<Control>p");

  /* A plan from the earlier check: the button and Ctrl+P open the print dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_true (hammy_test_wait_until (print_is_enabled (f), HAMMY_TEST_WAIT_MS));
  g_assert_true (print_is_enabled (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-handout", NULL));
  g_assert_true (hammy_test_wait_for (print_dialog_is_open, NULL, 5000));
  dialog = hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (hammy_test_wait_for (print_dialog_is_closed, NULL, 5000));

  /* A check that sends the person to a clinician: nothing to print until a later check. */
  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_CLOT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), "refer") == 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "refer");
  g_assert_false (print_is_enabled (f));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-handout", NULL);
  /* Nothing opens: a dialog would have been on its way once the action's work has run. */
  g_assert_true (hammy_test_wait_queued ());
  g_assert_false (print_dialog_is_open (NULL));

  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_BUILD);
  g_assert_true (hammy_test_wait_until (print_is_enabled (f), HAMMY_TEST_WAIT_MS));
  g_assert_true (print_is_enabled (f));
}

static gboolean
match_notes_check (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), "_Include the notes in the plan") == 0;
}

static gboolean
printer_is_chosen (gpointer dialog)
{
  return gtk_print_unix_dialog_get_selected_printer (dialog) != NULL;
}

static gboolean
file_is_written (gpointer path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* The file printer writes as it goes; a PDF is whole once it ends with its trailer. */
  return g_file_get_contents (path, &contents, &length, NULL) &&
         length > 6 && memcmp (contents + length - 6, "%%EOF\n", 6) == 0;
}

/* Print to File as a PDF at @path, through the open dialog, until the file is whole. */
static void
print_to_file (GtkPrintUnixDialog *dialog,
               const char         *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_unix_dialog_set_settings (dialog, settings);
  g_assert_true (hammy_test_wait_for (printer_is_chosen, dialog, 5000));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_assert_true (hammy_test_wait_for (print_dialog_is_closed, NULL, 5000));
  g_assert_true (hammy_test_wait_for (file_is_written, (gpointer) path, 10000));
}

/* A plan from a plan file, with a note of the clinician's. */
#define NOTED_PLAN "{\"created\": \"2026-03-02T09:00:00Z\", \"phase\": \"build\", \"imported\": true," \
                   " \"note\": \"Twice a week is plenty.\", \"items\": [" \
                   "{\"section\": \"circuit\", \"exercise\": \"plank\", \"sets\": 3, \"hold_seconds\": 20," \
                   " \"per_side\": false, \"load\": \"bodyweight\"}]}"

/* Through the real dialog, as a physiotherapist on a call would: Print to File with the notes
 * asked for in the Handout tab. */
static void
test_print_dialog_to_file_with_notes (Fixture       *f,
                                      gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  HammyLibrary *library = hammy_data_get_library (person);
  g_autofree char *path = g_build_filename (folder, "from-the-dialog.pdf", NULL);
  g_autoptr(JsonNode) node = json_from_string (NOTED_PLAN, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlan) plan = hammy_plan_new_from_json (json_node_get_object (node), library, &error);
  g_autofree char *text = NULL;
  GtkPrintUnixDialog *dialog;
  GtkWidget *notes;
  guint n_pages = 0;

  g_assert_no_error (error);
  hammy_data_set_plan (person, plan);
  /* The window has taken the new plan in. */
  g_assert_true (hammy_test_wait_queued ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-handout", NULL));
  g_assert_true (hammy_test_wait_for (print_dialog_is_open, NULL, 5000));
  dialog = GTK_PRINT_UNIX_DIALOG (hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));

  notes = hammy_test_find (GTK_WIDGET (dialog), match_notes_check, NULL);
  g_assert_nonnull (notes);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (notes)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (notes), TRUE);

  print_to_file (dialog, path);

  text = pdf_text (path, &n_pages);
  assert_has (text, "Plank");
  assert_has (text, "3 holds of 20 seconds");
  assert_has (text, "Twice a week is plenty.");
  g_assert_cmpuint (n_pages, >=, 1);
}

/* With notes on handouts asked for in Preferences, the dialog's check starts ticked. */
static void
test_notes_by_default (Fixture       *f,
                       gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  GSettings *settings = hammy_application_get_settings (app);
  g_autoptr(JsonNode) node = json_from_string (NOTED_PLAN, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlan) plan = hammy_plan_new_from_json (json_node_get_object (node), hammy_data_get_library (person), &error);
  GtkWindow *dialog;
  GtkWidget *notes;

  g_assert_no_error (error);
  hammy_data_set_plan (person, plan);
  g_assert_true (hammy_test_wait_queued ());
  g_settings_set_boolean (settings, "handout-notes", TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-handout", NULL));
  g_assert_true (hammy_test_wait_for (print_dialog_is_open, NULL, 5000));
  dialog = hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);
  notes = hammy_test_find (GTK_WIDGET (dialog), match_notes_check, NULL);
  g_assert_nonnull (notes);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (notes)));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (hammy_test_wait_for (print_dialog_is_closed, NULL, 5000));
  g_settings_reset (settings, "handout-notes");
}

static void
count_frame_cb (GObject    *player,
                GParamSpec *pspec,
                guint      *n_frames)
{
  (*n_frames)++;
}

static gboolean
note_print_turn_cb (gpointer data)
{
  guint *frames_before = data;

  frames_before[1] = TRUE;
  return G_SOURCE_REMOVE;
}

/* A frame waiting to be handed over while the main loop is busy, and an idle at the priority
 * GTK renders printed pages at: the page goes first. A frame first, at every turn of a busy
 * loop, is what kept printing from ever running while a clip played. */
static void
assert_printing_goes_before_frames (HammyClipPlayer *player)
{
  guint n_frames = 0;
  guint seen[2] = { 0, FALSE };  /* frames handed over before the print's turn; whether it came */
  gulong handler = g_signal_connect (player, "notify::position", G_CALLBACK (count_frame_cb), &n_frames);

  /* Busy for a few frames' time: the streaming thread has scheduled the next one by then. */
  g_usleep (200 * G_TIME_SPAN_MILLISECOND);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, note_print_turn_cb, seen, NULL);
  while (!seen[1])
    {
      seen[0] = n_frames;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (seen[0], ==, 0);
  g_signal_handler_disconnect (player, handler);
}

static gboolean
clip_has_played (gpointer player)
{
  return hammy_clip_player_get_playing (player) && hammy_clip_player_get_position (player) > 0;
}

/* A clip playing in the Library while the handout prints to a file: the frames it hands over
 * never hold the printing up, and the PDF is written while the clip still plays. */
static void
test_print_with_a_clip_playing (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (folder, "while-a-clip-plays.pdf", NULL);
  GtkWidget *library;
  GtkWidget *clip;
  HammyClipPlayer *player;
  GtkPrintUnixDialog *dialog;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_BUILD);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "library"));
  library = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_LIBRARY_PAGE);
  g_assert_true (gtk_widget_activate_action (library, "library.show-exercise", "s", "single-leg-bridge"));
  clip = hammy_test_find_widget (library, HAMMY_TYPE_CLIP_VIEW);
  g_assert_nonnull (clip);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, clip, 5000));
  player = hammy_clip_view_get_player (HAMMY_CLIP_VIEW (clip));
  hammy_clip_player_play (player);
  g_assert_true (hammy_test_wait_for (clip_has_played, player, 10000));
  assert_printing_goes_before_frames (player);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print-handout", NULL));
  g_assert_true (hammy_test_wait_for (print_dialog_is_open, NULL, 5000));
  dialog = GTK_PRINT_UNIX_DIALOG (hammy_test_find_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));
  print_to_file (dialog, path);
  g_assert_true (hammy_clip_player_get_playing (player));

  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, >=, 1);
  hammy_clip_player_pause (player);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The print dialog offers “Print to File” only: no printer servers are asked. */
  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  hammy_test_init (&argc, &argv);
  folder = g_dir_make_tmp ("hammy-handout-XXXXXX", &error);
  g_assert_no_error (error);
  app = hammy_test_application_new ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/handout-print/from-a-check", test_handout_from_a_check);
  ADD ("/handout-print/notes-only-when-asked", test_notes_only_when_asked);
  ADD ("/handout-print/export-to-a-missing-folder", test_export_to_a_missing_folder);
  ADD ("/handout-print/action-follows-the-plan", test_print_action_follows_the_plan);
  ADD ("/handout-print/print-dialog-to-file-with-notes", test_print_dialog_to_file_with_notes);
  ADD ("/handout-print/print-with-a-clip-playing", test_print_with_a_clip_playing);
  ADD ("/handout-print/notes-by-default", test_notes_by_default);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_free (folder);

  return status;
}
