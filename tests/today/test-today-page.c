/* test-today-page.c: the Today page and the person's files through the real widgets: damaged
 * files at startup, the plan a check makes, a plan file out and back in with its preview, and
 * a hostile plan file refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hammy-file-flows.h"
#include "hammy-paths.h"
#include "hammy-safety.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-window.h"

static HammyApplication *app;
static GPtrArray *problems;   /* every sentence the data gave the window */

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
  GSettings *settings = hammy_application_get_settings (app);

  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
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

static const char *
state (Fixture *f)
{
  return hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today));
}

/* ---- files put in place before the app reads anything ---------------------------------- */

static const char broken_plan[] = "\x7f" "ELF\x02\x01\x01 not a plan at all";
static const char truncated_month[] = "{\"format\": \"hammy-log\", \"version\": 1, \"month\": \"2026-04\", \"sessions\": [{\"id\": \"x";
static const char newer_check[] = "{\"format\": \"hammy-assessment\", \"version\": 99, \"created\": \"2030-01-01T00:00:00Z\"}";

static char *
profile_path (const char *first,
              ...)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, root);
  g_ptr_array_add (parts, (gpointer) "profiles");
  g_ptr_array_add (parts, (gpointer) "default");
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static void
put (const char *path,
     const char *contents,
     gsize       length)
{
  g_autofree char *directory = g_path_get_dirname (path);

  g_mkdir_with_parents (directory, 0700);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
place_damaged_files (void)
{
  g_autofree char *plan = profile_path ("plan.json", NULL);
  g_autofree char *month = profile_path ("log", "2026-04.json", NULL);
  g_autofree char *huge = profile_path ("log", "2026-05.json", NULL);
  g_autofree char *check = profile_path ("assessments", "2030-01-01T00-00-00Z.json", NULL);
  int fd;

  put (plan, broken_plan, sizeof broken_plan - 1);
  put (month, truncated_month, sizeof truncated_month - 1);
  put (check, newer_check, sizeof newer_check - 1);

  /* 50 MB, sparse: refused by its size before a byte of it is read. */
  fd = g_open (huge, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024), ==, 0);
  close (fd);
}

static char *
kept_copy_of (const char *path)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (name, ".damaged-", NULL);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (entry, prefix))
      return g_build_filename (directory, entry, NULL);

  return NULL;
}

static void
assert_said (const char *needle)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), needle) != NULL)
      return;

  g_error ("No sentence named “%s”", needle);
}

static gboolean
match_label_containing (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
toast_is_showing (gpointer data)
{
  Fixture *f = data;

  return hammy_test_find (GTK_WIDGET (f->window), match_label_containing, "Hammy could not read") != NULL;
}

static void
test_damaged_files_are_told_and_kept (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *plan = profile_path ("plan.json", NULL);
  g_autofree char *month = profile_path ("log", "2026-04.json", NULL);
  g_autofree char *huge = profile_path ("log", "2026-05.json", NULL);
  g_autofree char *check = profile_path ("assessments", "2030-01-01T00-00-00Z.json", NULL);
  g_autofree char *kept_plan = kept_copy_of (plan);
  g_autofree char *kept_month = kept_copy_of (month);
  g_autofree char *kept_huge = kept_copy_of (huge);
  g_autofree char *bytes = NULL;
  gsize length = 0;
  GStatBuf info;

  /* One sentence a file, each naming it, and the first on screen until dismissed. */
  g_assert_cmpuint (problems->len, ==, 4);
  assert_said ("plan.json");
  assert_said ("2026-04.json");
  assert_said ("2026-05.json");
  assert_said ("newer");
  g_assert_true (hammy_test_wait_for (toast_is_showing, f, 5000));

  /* Kept aside byte for byte; the newer file left exactly where it was. */
  g_assert_nonnull (kept_plan);
  g_assert_true (g_file_get_contents (kept_plan, &bytes, &length, NULL));
  g_assert_cmpmem (bytes, length, broken_plan, sizeof broken_plan - 1);
  g_clear_pointer (&bytes, g_free);
  g_assert_nonnull (kept_month);
  g_assert_true (g_file_get_contents (kept_month, &bytes, &length, NULL));
  g_assert_cmpmem (bytes, length, truncated_month, sizeof truncated_month - 1);
  g_clear_pointer (&bytes, g_free);
  g_assert_nonnull (kept_huge);
  g_assert_cmpint (g_stat (kept_huge, &info), ==, 0);
  g_assert_cmpint (info.st_size, ==, 50 * 1024 * 1024);
  g_assert_true (g_file_get_contents (check, &bytes, &length, NULL));
  g_assert_cmpmem (bytes, length, newer_check, sizeof newer_check - 1);

  /* And everything else goes on: no plan yet, so Today offers a check. */
  g_assert_cmpstr (state (f), ==, "empty");
}

/* ---- a plan ---------------------------------------------------------------------------- */

static guint
n_rows (Fixture    *f,
        const char *name)
{
  GtkWidget *list = hammy_test_find_named (f->today, name);
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;
  return n;
}

static gboolean
is_new_mark (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "new-mark");
}

static void
test_check_makes_a_plan (Fixture       *f,
                         gconstpointer  data)
{
  HammyToday *today;
  HammyPlan *plan;
  guint n_new = 0;

  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_BUILD);
  plan = hammy_data_get_plan (hammy_window_get_data (f->window));
  g_assert_nonnull (plan);
  g_assert_cmpstr (state (f), ==, "plan");

  /* What is due today and nothing else, a row each, its dose in the words of the handout; on
   * the plan's first day they are new to the person, and marked so. */
  today = hammy_today_page_get_today (HAMMY_TODAY_PAGE (f->today));
  g_assert_nonnull (today);
  g_assert_cmpuint (hammy_today_get_n_items (today), >, 0);
  g_assert_cmpuint (hammy_today_get_n_items (today), <=, hammy_plan_get_n_items (plan));
  g_assert_cmpuint (n_rows (f, "today-due"), ==, hammy_today_get_n_items (today));
  for (guint i = 0; i < hammy_today_get_n_items (today); i++)
    {
      const HammyTodayItem *item = hammy_today_get_item (today, i);
      g_autofree char *name = g_strdup_printf ("due-%s", item->exercise);
      GtkWidget *row = hammy_test_find_named (f->today, name);

      g_assert_nonnull (row);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), item->dose));
      g_assert_cmpint (hammy_test_find (row, is_new_mark, NULL) != NULL, ==, item->is_new);
      n_new += item->is_new;
    }
  g_assert_cmpuint (n_new, >, 0);
  /* The running advice Today shows is the one rule's, the same as the check's right after it. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (hammy_test_find_named (f->today, "today-running"))), ==,
                   hammy_today_get_running (today)->text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  hammy_test_assert_fits_phone (GTK_WIDGET (f->today));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->today)));
}

static void
report (GtkWindow  *window,
        const char *message)
{
  g_ptr_array_add (problems, g_strdup (message));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static gboolean
file_contains (const char *path,
               const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

static gboolean
dialog_is_up (const char *heading)
{
  GtkWindow *dialog = hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && g_str_equal (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), heading);
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  if (!hammy_test_wait_until (dialog_is_up (heading), HAMMY_TEST_WAIT_MS))
    g_error ("No dialog “%s” appeared", heading);

  return ADW_MESSAGE_DIALOG (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_plan_file_out_and_in (Fixture       *f,
                           gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autofree char *directory = g_dir_make_tmp ("hammy-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "plan.hammyplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) changed = NULL;
  g_autofree char *contents = NULL;
  HammyPlan *before = hammy_data_get_plan (person);
  AdwMessageDialog *dialog;

  g_assert_nonnull (before);
  hammy_file_flows_export_plan (GTK_WINDOW (f->window), hammy_window_get_context (f->window), file, report);
  g_assert_true (hammy_test_wait_for (file_exists, file, 5000));
  g_assert_true (hammy_test_wait_until (file_contains (path, "\"edited\" : false"), HAMMY_TEST_WAIT_MS));

  /* The clinician adds a note before sending it back. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  changed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (changed, "\"edited\" : false", "\"note\" : \"Slow on the way down.\", \"edited\" : false", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, changed->str, changed->len, NULL));

  hammy_window_open_file (f->window, file);
  dialog = wait_for_dialog ("Use This Plan?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Slow on the way down."));
  /* Nothing changes before the answer. */
  g_assert_true (hammy_data_get_plan (person) == before);
  adw_message_dialog_response (dialog, "replace");

  g_assert_true (hammy_data_get_plan (person) != before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_nonnull (hammy_test_wait_label (f->today, "Brought in from a plan file"));
  g_assert_true (hammy_plan_get_imported (hammy_data_get_plan (person)));
  g_assert_nonnull (hammy_test_find (f->today, match_label_containing, "Slow on the way down."));
  g_assert_nonnull (hammy_test_find (f->today, match_label_containing, "Brought in from a plan file"));
}

static void
test_hostile_plan_is_refused (Fixture       *f,
                              gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autofree char *directory = g_dir_make_tmp ("hammy-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, "stranger.hammyplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HammyPlan *before = hammy_data_get_plan (person);
  AdwMessageDialog *dialog;
  const char *hostile = "{\"format\": \"hammy-plan-file\", \"version\": 1, \"plan\": {\"created\": \"2026-11-01T10:00:00Z\","
                        " \"phase\": \"build\", \"items\": [{\"exercise\": \"../../../etc/passwd\", \"sets\": 1, \"reps\": 1,"
                        " \"per_side\": false, \"load\": \"bodyweight\"}]}}";

  g_assert_true (g_file_set_contents (path, hostile, -1, NULL));
  hammy_window_open_file (f->window, file);
  dialog = wait_for_dialog ("This Plan Cannot Be Used");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "stranger.hammyplan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "does not have"));
  adw_message_dialog_response (dialog, "close");
  g_assert_true (hammy_data_get_plan (person) == before);
}

static void
test_urgent_check_shows_what_to_do (Fixture       *f,
                                    gconstpointer  data)
{
  hammy_test_triage_answer (f->triage, HAMMY_TEST_ANSWERS_CLOT);
  g_assert_cmpstr (state (f), ==, "refer");
  /* The plan is kept for when a later check allows it. */
  g_assert_nonnull (hammy_data_get_plan (hammy_window_get_data (f->window)));
}

static void
on_problem_cb (HammyData  *data,
               const char *message)
{
  g_ptr_array_add (problems, g_strdup (message));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  place_damaged_files ();
  problems = g_ptr_array_new_with_free_func (g_free);
  app = hammy_test_application_new ();
  g_signal_connect (hammy_application_get_data (app), "problem", G_CALLBACK (on_problem_cb), NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/today-page/damaged-files-are-told-and-kept", test_damaged_files_are_told_and_kept);
  ADD ("/today-page/check-makes-a-plan", test_check_makes_a_plan);
  ADD ("/today-page/plan-file-out-and-in", test_plan_file_out_and_in);
  ADD ("/today-page/hostile-plan-is-refused", test_hostile_plan_is_refused);
  ADD ("/today-page/urgent-check-shows-what-to-do", test_urgent_check_shows_what_to_do);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_ptr_array_unref (problems);

  return status;
}
