/* test-file-flows.c: a backup restored from the window: previewed, then restored with a
 * progress dialog whose Cancel stops it and changes nothing; restored again, to the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-json-guard.h"
#include "hammy-store-private.h"
#include "hammy-test-utils.h"
#include "hammy-window.h"

#define N_CHECKS 300

static gint held;      /* the store's thread waits at the first check it writes */
static gint released;

/* On the store's thread: the first check it writes waits until the test lets it go, so that
 * Cancel is pressed while the restore is under way, however fast the disk. */
static int
hold_first_check (const char *operation,
                  const char *path,
                  gpointer    user_data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  if (!g_str_equal (operation, "write") || strstr (path, "/assessments/") == NULL ||
      !g_atomic_int_compare_and_exchange (&held, 0, 1))
    return 0;

  while (!g_atomic_int_get (&released) && g_get_monotonic_time () < end)
    g_usleep (1000);
  return 0;
}

/* A backup of N_CHECKS checks an hour apart, as a file. */
static GFile *
write_backup (void)
{
  g_autoptr(HammyAssessment) model = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(JsonNode) node = hammy_assessment_to_json (model);
  g_autofree char *one = json_to_string (node, FALSE);
  g_autofree char *created = hammy_json_format_time (hammy_assessment_get_created (model));
  g_autoptr(GString) text = g_string_new ("{\"format\": \"hammy-backup\", \"version\": 2, \"created\": \"2026-05-01T08:00:00Z\","
                                          " \"log\": [], \"assessments\": [");
  g_autoptr(GDateTime) first = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  g_autofree char *directory = g_dir_make_tmp ("hammy-backup-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "many.hammybackup", NULL);

  for (guint i = 0; i < N_CHECKS; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_hours (first, i);
      g_autofree char *stamp = hammy_json_format_time (at);
      g_autoptr(GString) check = g_string_new (one);

      g_string_replace (check, created, stamp, 1);
      g_string_append (text, i == 0 ? "" : ",");
      g_string_append (text, check->str);
    }
  g_string_append (text, "]}");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return g_file_new_for_path (path);
}

/* The visible message dialog with @heading, among every toplevel: one just answered may still
 * be on its way out. */
static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_is_up (const char *heading)
{
  return find_dialog (heading) != NULL;
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  if (!hammy_test_wait_until (dialog_is_up (heading), 10000))
    g_error ("No dialog “%s” appeared", heading);

  return find_dialog (heading);
}

/* As a click on the button does: the response, and the dialog gone. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
match_toast (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_restore_cancelled_then_done (void)
{
  g_autoptr(HammyApplication) app = hammy_test_application_new ();
  HammyData *data = hammy_application_get_data (app);
  g_autofree char *checks = g_build_filename (g_get_user_data_dir (), "hammy", "profiles", "default", "assessments", NULL);
  g_autoptr(GFile) file = write_backup ();
  AdwMessageDialog *dialog;
  GtkProgressBar *bar;
  HammyWindow *window;
  GtkWidget *toast = NULL;

  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = hammy_test_present_window (app, -1, -1);
  g_assert_true (hammy_test_wait_data_loaded (data));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 0);

  hammy_store_set_fault (hold_first_check, NULL);
  hammy_window_open_file (window, file);
  dialog = wait_for_dialog ("Restore This Backup?");
  answer (dialog, "restore");

  /* The progress dialog names the file and has a bar a screen reader can name, and Cancel. */
  dialog = wait_for_dialog ("Restoring the Backup");
  g_assert_true (hammy_test_wait_until (g_atomic_int_get (&held), 10000));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "many.hammybackup");
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  bar = GTK_PROGRESS_BAR (hammy_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR));
  g_assert_nonnull (bar);
  adw_message_dialog_response (dialog, "cancel");
  g_atomic_int_set (&released, 1);

  g_assert_true (hammy_test_wait_until ((toast = hammy_test_find (GTK_WIDGET (window), match_toast,
                                                                  "The restore was cancelled, and nothing was changed.")) != NULL,
                                        10000));
  g_assert_false (dialog_is_up ("Restoring the Backup"));
  hammy_data_flush (data);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 0);
  g_assert_cmpuint (count_files (checks), ==, 0);
  hammy_store_set_fault (NULL, NULL);

  /* Again, to the end. */
  hammy_window_open_file (window, file);
  dialog = wait_for_dialog ("Restore This Backup?");
  answer (dialog, "restore");
  g_assert_true (hammy_test_wait_until (g_list_model_get_n_items (hammy_data_get_assessments (data)) == N_CHECKS, 10000));
  g_assert_true (hammy_test_wait_until (hammy_test_find (GTK_WIDGET (window), match_toast,
                                                         "was restored.") != NULL,
                                        10000));
  hammy_data_flush (data);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, N_CHECKS);
  g_assert_cmpuint (count_files (checks), ==, N_CHECKS);

  hammy_test_close_window (window);
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);

  g_test_add_func ("/file-flows/restore-cancelled-then-done", test_restore_cancelled_then_done);

  return g_test_run ();
}
