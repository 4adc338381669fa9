/* test-visit-summary-window.c: the visit summary through the real widgets: opened from the main
 * menu on a data folder with a log, the right numbers on screen, the first day chosen, notes
 * marked private, and the PDF read back with pdftotext: one page holding what the screen says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-paths.h"
#include "hammy-test-utils.h"
#include "hammy-visit-summary-print.h"
#include "hammy-visit-summary-window.h"

static HammyApplication *app;
static GDate today;      /* Monday 16 March 2026 */
static char *folder;     /* where the PDFs go */

typedef struct
{
  HammyWindow             *window;
  HammyVisitSummaryWindow *summary_window;
} Fixture;

/* ---- the log, on disk before Hammy reads anything -------------------------------------- */

static const char *
add_session (HammyLog           *log,
             int                 day,
             guint               planned_sets,
             HammySessionStatus  status)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, day, 18, 0, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);
  const char *id = hammy_log_begin_session (log, started, "build", planned_sets);

  hammy_log_end_session (log, id, ended, status);
  return id;
}

static void
add_set (HammyLog   *log,
         const char *session,
         const char *exercise,
         HammySide   side,
         guint       reps,
         guint       hold_seconds,
         int         pain,
         const char *note)
{
  HammyLogSet set = { (char *) exercise, side, 1, reps, hold_seconds, 0, pain, 0, (char *) note, 0 };

  set.finished = hammy_log_lookup_session (log, session)->started + 300;
  hammy_log_add_set (log, session, &set, NULL, NULL);
}

static void
add_checkin (HammyLog      *log,
             const char    *date,
             HammyCompared  pain,
             HammyCompared  stiffness,
             gboolean       red_flag)
{
  /* The leg is the worse of the two, as a check-in of version 1 is read. */
  HammyLogCheckin checkin = { (char *) date, MAX (pain, stiffness), red_flag ? (char *) HAMMY_LOG_WARNING_UNNAMED : NULL, -1,
                              FALSE };

  hammy_log_add_checkin (log, &checkin);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Two weeks of a person whose pain went up: five sessions done, one in part, one skipped, a
 * stop, a note, and a warning sign one morning. */
static void
place_log (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  HammyStore *store = hammy_store_new (root);
  HammyLog *log = hammy_log_new (store, "profiles/default/log");
  gpointer watch = store;
  const char *id;

  /* Before the period: in “Everything” only. */
  id = add_session (log, 1, 4, HAMMY_SESSION_DONE);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);

  id = add_session (log, 3, 4, HAMMY_SESSION_DONE);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 1, NULL);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 1, NULL);
  id = add_session (log, 5, 4, HAMMY_SESSION_DONE);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 2, NULL);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 2, NULL);
  add_session (log, 7, 4, HAMMY_SESSION_SKIPPED);
  id = add_session (log, 9, 4, HAMMY_SESSION_DONE);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 35, 4, NULL);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 4, "Tight behind the knee & low back.");
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 3, NULL);
  id = add_session (log, 11, 4, HAMMY_SESSION_PARTIAL);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 7, NULL);
  id = add_session (log, 13, 4, HAMMY_SESSION_DONE);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 5, NULL);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 4, NULL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 4, NULL);

  add_checkin (log, "2026-03-04", HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);
  add_checkin (log, "2026-03-06", HAMMY_COMPARED_BETTER, HAMMY_COMPARED_SAME, FALSE);
  add_checkin (log, "2026-03-10", HAMMY_COMPARED_SAME, HAMMY_COMPARED_WORSE, FALSE);
  add_checkin (log, "2026-03-12", HAMMY_COMPARED_WORSE, HAMMY_COMPARED_WORSE, TRUE);
  add_checkin (log, "2026-03-14", HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);

  /* What the schedule put on each day: the holds and the bridges, every day. */
  for (int day = 1; day <= 16; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-03-%02d", day);
      const char *exercises[] = { "heel-dig-hold", "glute-bridge", NULL };
      guint occurrences[] = { 1, 1 };
      HammyLogDue due = { date, (char **) exercises, occurrences };

      hammy_log_set_due (log, &due);
    }

  /* On disk, and the store gone, so the app's own store can take the folder. */
  hammy_store_flush (store);
  g_object_add_weak_pointer (G_OBJECT (store), &watch);
  g_object_unref (log);
  g_object_unref (store);
  g_assert_true (hammy_test_wait_for (is_gone, &watch, 5000));
}

/* ---- the fixture ----------------------------------------------------------------------- */

static gboolean
summary_window_is_open (gpointer data)
{
  return hammy_test_find_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW) != NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 960, 720);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));

  /* From the main menu, as a person opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.visit-summary", NULL));
  g_assert_true (hammy_test_wait_for (summary_window_is_open, NULL, 5000));
  f->summary_window = HAMMY_VISIT_SUMMARY_WINDOW (hammy_test_find_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (f->summary_window)) == GTK_WINDOW (f->window));
  hammy_test_set_today (app, &today);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, f->summary_window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->summary_window));
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW));
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
}

/* ---- helpers --------------------------------------------------------------------------- */

static void
set_since (Fixture *f,
           int      day)
{
  GDate since;

  g_date_clear (&since, 1);
  g_date_set_dmy (&since, day, G_DATE_MARCH, 2026);
  hammy_visit_summary_window_set_since (f->summary_window, &since);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  GtkWidget *label = hammy_test_find_named (GTK_WIDGET (f->summary_window), name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static guint
count_rows (Fixture    *f,
            const char *list_name)
{
  GtkWidget *list = hammy_test_find_named (GTK_WIDGET (f->summary_window), list_name);
  guint n = 0;

  g_assert_nonnull (list);
  if (!gtk_widget_get_visible (list))
    return 0;
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      n++;
  return n;
}

static AdwActionRow *
find_row (Fixture    *f,
          const char *list_name,
          const char *title)
{
  GtkWidget *list = hammy_test_find_named (GTK_WIDGET (f->summary_window), list_name);

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return ADW_ACTION_ROW (row);

  g_error ("No row “%s” in %s", title, list_name);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
match_label (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
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
    g_error ("The PDF does not say “%s”:\n%s", words, text);
}

/* ---- the tests ------------------------------------------------------------------------- */

static void
test_window_shows_the_numbers (Fixture       *f,
                               gconstpointer  data)
{
  HammyVisitSummary *summary;
  const HammyVisitAdherence *adherence;
  AdwActionRow *row;
  guint n_private = 0;

  set_since (f, 2);
  summary = hammy_visit_summary_window_get_summary (f->summary_window);
  g_assert_nonnull (summary);
  adherence = hammy_visit_summary_get_adherence (summary);

  /* 2 to 15 March were due (today has no session yet): sessions on 5 of those 14 days. */
  g_assert_cmpuint (adherence->n_due, ==, 14);
  g_assert_cmpuint (adherence->n_days_trained, ==, 5);
  g_assert_cmpuint (adherence->n_done, ==, 4);
  g_assert_cmpuint (adherence->n_partial, ==, 1);
  g_assert_cmpuint (adherence->n_skipped, ==, 1);
  g_assert_cmpuint (adherence->sets_done, ==, 17);
  g_assert_cmpuint (adherence->sets_planned, ==, 24);
  g_assert_cmpstr (label_text (f, "visit-adherence"), ==,
                   "There was a session on 5 of 14 days when one was due (36%). 9 of 28 exercises due were done (32%). "
                   "4 sessions were done in full. 1 was done in part. 1 was skipped. 17 of 24 planned sets were done (71%).");
  row = find_row (f, "visit-sessions", "Days with a session, of days one was due");
  g_assert_nonnull (hammy_test_find (GTK_WIDGET (row), match_label, "5 of 14 (36%)"));
  row = find_row (f, "visit-sessions", "Sets done, of sets planned");
  g_assert_nonnull (hammy_test_find (GTK_WIDGET (row), match_label, "17 of 24 (71%)"));
  row = find_row (f, "visit-sessions", "Sessions done in full");
  g_assert_nonnull (hammy_test_find (GTK_WIDGET (row), match_label, "4"));

  /* Pain during sessions went from 1 and 2 to 7 and 5: worse. */
  g_assert_cmpint (hammy_visit_summary_get_pain (summary)->trend, ==, HAMMY_VISIT_TREND_WORSE);
  g_assert_cmpstr (label_text (f, "visit-pain-reading"), ==, hammy_visit_summary_get_pain_reading (summary));
  g_assert_true (g_str_has_prefix (label_text (f, "visit-pain-reading"), "Worse: "));
  g_assert_cmpstr (label_text (f, "visit-pain-text"), ==, hammy_visit_summary_get_pain_text (summary));

  /* Heel digs both sides, glute bridges both legs at once: one row. */
  g_assert_cmpuint (count_rows (f, "visit-sides"), ==, 1);
  g_assert_cmpuint (count_rows (f, "visit-checkins"), ==, 5);
  row = find_row (f, "visit-checkins", "Thu 12 Mar");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "The leg felt worse than usual. A warning sign was noted.");

  /* A warning sign, a stop and a note; the note, the person's own words, is private. */
  g_assert_cmpuint (hammy_visit_summary_get_n_flags (summary), ==, 3);
  g_assert_cmpuint (count_rows (f, "visit-flags"), ==, 3);
  for (guint i = 0; i < hammy_visit_summary_get_n_flags (summary); i++)
    {
      const HammyVisitFlag *flag = hammy_visit_summary_get_flag (summary, i);

      row = find_row (f, "visit-flags", flag->text);
      g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (row), "private"), ==, flag->kind == HAMMY_VISIT_FLAG_NOTE);
      if (gtk_widget_has_css_class (GTK_WIDGET (row), "private"))
        n_private++;
    }
  g_assert_cmpuint (n_private, ==, 1);
  /* An ampersand in a note is shown as typed, not read as markup. */
  find_row (f, "visit-flags", "Mon 9 Mar, Glute Bridge: “Tight behind the knee & low back.”");

  /* No plan yet: the plan group says so. */
  g_assert_cmpuint (count_rows (f, "visit-plan"), ==, 0);
}

static void
test_first_day_is_chosen (Fixture       *f,
                          gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  GtkWidget *last = hammy_test_find_named (GTK_WIDGET (f->summary_window), "visit-since-last");
  GtkWidget *calendar = hammy_test_find_named (GTK_WIDGET (f->summary_window), "visit-calendar");
  g_autoptr(GDateTime) selected = NULL;
  const GDate *since;
  guint notified = 0;

  g_signal_connect_swapped (hammy_visit_summary_window_get_view (f->summary_window), "notify::summary", G_CALLBACK (count_cb), &notified);

  /* Never saved before: four weeks back, and no “last summary” to offer. */
  since = hammy_visit_summary_window_get_since (f->summary_window);
  g_assert_cmpuint (g_date_get_month (since), ==, G_DATE_FEBRUARY);
  g_assert_cmpuint (g_date_get_day (since), ==, 17);
  g_assert_nonnull (last);
  g_assert_false (gtk_widget_get_visible (last));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hammy_visit_summary_window_get_view (f->summary_window)), "visit.since", "s", "2w"));
  since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
  g_assert_cmpuint (g_date_get_day (since), ==, 3);
  g_assert_cmpuint (notified, ==, 1);
  selected = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_cmpint (g_date_time_get_day_of_month (selected), ==, 3);
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (hammy_visit_summary_window_get_summary (f->summary_window)), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hammy_visit_summary_window_get_view (f->summary_window)), "visit.since", "s", "all"));
  since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
  g_assert_cmpuint (g_date_get_day (since), ==, 1);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (hammy_visit_summary_window_get_summary (f->summary_window))->n_done, ==, 5);

  /* A day chosen on the calendar; one after today shows today alone. */
  {
    g_autoptr(GDateTime) tenth = g_date_time_new_local (2026, 3, 10, 12, 0, 0);
    g_autoptr(GDateTime) later = g_date_time_new_local (2026, 3, 20, 12, 0, 0);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), tenth);
    since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
    g_assert_cmpuint (g_date_get_day (since), ==, 10);
    g_assert_cmpuint (count_rows (f, "visit-checkins"), ==, 3);

    gtk_calendar_select_day (GTK_CALENDAR (calendar), later);
    since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
    g_assert_cmpuint (g_date_get_day (since), ==, 16);
    g_assert_cmpstr (hammy_visit_summary_get_period_line (hammy_visit_summary_window_get_summary (f->summary_window)),
                     ==, "16 March 2026 only");
  }

  /* Saved on the 9th: a later window offers to start there, and does by itself. */
  g_settings_set_value (settings, "last-visit-summaries", g_variant_new_parsed ("{'other': '2026-03-02', 'default': '2026-03-09'}"));
  gtk_window_destroy (GTK_WINDOW (f->summary_window));
  f->summary_window = hammy_visit_summary_window_new (GTK_WINDOW (f->window), hammy_window_get_context (f->window));
  hammy_test_set_today (app, &today);
  gtk_window_present (GTK_WINDOW (f->summary_window));
  last = hammy_test_find_named (GTK_WIDGET (f->summary_window), "visit-since-last");
  g_assert_true (gtk_widget_get_visible (last));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (last)), ==, "Since the _Last Summary, 9 March");
  since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
  g_assert_cmpuint (g_date_get_day (since), ==, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hammy_visit_summary_window_get_view (f->summary_window)), "visit.since", "s", "4w"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hammy_visit_summary_window_get_view (f->summary_window)), "visit.since", "s", "last"));
  since = hammy_visit_summary_get_since (hammy_visit_summary_window_get_summary (f->summary_window));
  g_assert_cmpuint (g_date_get_day (since), ==, 9);
}

/* The day the summary of the profile in use was last saved, or NULL. */
static char *
last_summary (GSettings *settings)
{
  g_autoptr(GVariant) days = g_settings_get_value (settings, "last-visit-summaries");
  char *day = NULL;

  if (!g_variant_lookup (days, HAMMY_PROFILE_FIRST_ID, "s", &day))
    return NULL;
  return day;
}

static void
test_pdf_holds_the_summary (Fixture       *f,
                            gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  g_autofree char *path = g_build_filename (folder, "visit.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  HammyVisitSummary *summary;
  guint n_pages = 0;

  set_since (f, 2);
  summary = hammy_visit_summary_window_get_summary (f->summary_window);

  /* What Save as PDF does once the file is chosen. */
  hammy_visit_summary_window_save_pdf (f->summary_window, file);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  saved = last_summary (settings);
  g_assert_cmpstr (saved, ==, "2026-03-16");

  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  assert_has (text, hammy_visit_summary_get_title (summary));
  assert_has (text, hammy_visit_summary_get_period_line (summary));
  assert_has (text, hammy_visit_summary_get_adherence_text (summary));
  assert_has (text, hammy_visit_summary_get_pain_reading (summary));
  assert_has (text, hammy_visit_summary_get_mornings_text (summary));
  assert_has (text, hammy_visit_summary_get_sides_intro (summary));
  for (guint i = 0; i < hammy_visit_summary_get_n_flags (summary); i++)
    assert_has (text, hammy_visit_summary_get_flag (summary, i)->text);
  for (guint i = 0; i < hammy_visit_summary_get_n_checkins (summary); i++)
    {
      assert_has (text, hammy_visit_summary_get_checkin (summary, i)->day);
      assert_has (text, hammy_visit_summary_get_checkin (summary, i)->text);
    }
  assert_has (text, hammy_visit_summary_get_notice (summary));
}

static void
test_pdf_with_a_plan (Fixture       *f,
                      gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autoptr(JsonNode) node = json_from_string ("{\"created\": \"2026-03-02T09:00:00Z\", \"phase\": \"calm\", \"imported\": true,"
                                               " \"note\": \"Twice a day if it settles.\","
                                               " \"private_note\": \"Query a scan at the next visit.\", \"items\": ["
                                               "{\"section\": \"circuit\", \"exercise\": \"heel-dig-hold\", \"sets\": 5, \"hold_seconds\": 30,"
                                               " \"per_side\": true, \"load\": \"bodyweight\"},"
                                               "{\"section\": \"circuit\", \"exercise\": \"glute-bridge\", \"sets\": 2, \"reps\": 12,"
                                               " \"per_side\": false, \"load\": \"bodyweight\"}]}",
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlan) plan = hammy_plan_new_from_json (json_node_get_object (node), hammy_data_get_library (person), &error);
  g_autofree char *path = g_build_filename (folder, "with-a-plan.pdf", NULL);
  g_autofree char *text = NULL;
  HammyVisitSummary *summary;
  HammyHandout *handout;
  AdwActionRow *row;
  guint n_pages = 0;

  g_assert_no_error (error);
  hammy_data_set_plan (person, plan);
  hammy_data_set_sore_side (person, HAMMY_SIDE_LEFT);
  /* The window has taken the changes in. */
  g_assert_true (hammy_test_wait_queued ());
  set_since (f, 2);

  /* The data changed under the window: it shows the plan and the sore side now. */
  summary = hammy_visit_summary_window_get_summary (f->summary_window);
  handout = hammy_visit_summary_get_plan (summary);
  g_assert_nonnull (handout);
  g_assert_cmpuint (count_rows (f, "visit-plan"), ==, 4);
  row = find_row (f, "visit-plan", "Private note, only on this computer");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "private"));
  g_assert_cmpint (hammy_visit_summary_get_sore_side (summary), ==, HAMMY_SIDE_LEFT);
  g_assert_cmpuint (count_rows (f, "visit-sides"), ==, 1);
  row = find_row (f, "visit-sides", hammy_visit_summary_get_side_row (summary, 0)->name);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Sore side 35 s, other side 45 s");
  g_assert_nonnull (hammy_test_find (GTK_WIDGET (row), match_label, "78%"));

  g_assert_true (hammy_visit_summary_export_pdf (summary, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  assert_has (text, hammy_handout_get_phase_title (handout));
  assert_has (text, "Twice a day if it settles.");
  for (guint i = 0; i < hammy_handout_get_n_items (handout); i++)
    {
      assert_has (text, hammy_handout_get_item (handout, i)->name);
      assert_has (text, hammy_handout_get_item (handout, i)->dosage);
    }
  assert_has (text, "The sore side is the left.");
  assert_has (text, "78%");
  /* The private note stays on this computer. */
  g_assert_null (strstr (text, "Query a scan"));
}

/* Months of logging still make one page: the earliest check-ins give way, and the page says so. */
static void
test_long_log_stays_one_page (void)
{
  g_autofree char *root = g_build_filename (folder, "long", NULL);
  g_autofree char *path = g_build_filename (folder, "long.pdf", NULL);
  g_autoptr(HammyVisitSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HammyLibrary *library = hammy_data_get_library (hammy_application_get_data (app));
  HammyStore *store;
  HammyLog *log;
  gpointer watch;
  guint n_pages = 0;
  GDate first, last;

  g_mkdir_with_parents (root, 0700);
  store = hammy_store_new (root);
  log = hammy_log_new (store, "log");
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2026);
  last = first;
  for (guint i = 0; i < 90; i++)
    {
      g_autoptr(GDateTime) started = g_date_time_new_local (g_date_get_year (&last), g_date_get_month (&last),
                                                            g_date_get_day (&last), 18, 0, 0);
      const char *id = hammy_log_begin_session (log, started, "build", 2);
      char day[16];

      add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, i % 11 == 0 ? 6 : 2,
               i % 7 == 0 ? "A long note about how the leg felt today, written as a person would." : NULL);
      add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, NULL);
      g_date_add_days (&last, 1);
      g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (&last), g_date_get_month (&last), g_date_get_day (&last));
      add_checkin (log, day, HAMMY_COMPARED_SAME, i % 5 == 0 ? HAMMY_COMPARED_WORSE : HAMMY_COMPARED_SAME, i % 30 == 29);
    }

  summary = hammy_visit_summary_new (log, NULL, library, NULL, HAMMY_SIDE_LEFT, &first, &last);
  g_assert_cmpuint (hammy_visit_summary_get_n_checkins (summary), ==, 90);
  g_assert_true (hammy_visit_summary_export_pdf (summary, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  assert_has (text, hammy_visit_summary_get_adherence_text (summary));
  assert_has (text, hammy_visit_summary_get_pain_reading (summary));
  assert_has (text, "earlier check-ins are counted under Pain but not listed here.");
  /* The latest check-in and the most pressing flag are on the page. */
  assert_has (text, hammy_visit_summary_get_checkin (summary, 89)->text);
  assert_has (text, hammy_visit_summary_get_flag (summary, 0)->text);

  hammy_store_flush (store);
  watch = store;
  g_object_add_weak_pointer (G_OBJECT (store), &watch);
  g_clear_object (&summary);
  g_object_unref (log);
  g_object_unref (store);
  g_assert_true (hammy_test_wait_for (is_gone, &watch, 5000));
}

static void
test_export_to_a_missing_folder (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (folder, "no-such-folder", "visit.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSettings *settings = hammy_application_get_settings (app);
  g_autofree char *saved = NULL;

  /* The toast says so, and the day is not kept as a summary made. */
  hammy_visit_summary_window_save_pdf (f->summary_window, file);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  saved = last_summary (settings);
  g_assert_null (saved);
}

/* Save as PDF suggests a name that says whose summary it is. */
static void
test_file_name_names_the_patient (Fixture       *f,
                                  gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  const char *patient = hammy_profile_get_name (hammy_data_get_current_profile (person));
  GtkWindow *chooser;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hammy_visit_summary_window_get_view (f->summary_window)),
                                             "visit.save-pdf", NULL));
  chooser = hammy_test_wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  expected = g_strdup_printf ("%s - Visit summary 2026-03-16.pdf", patient);
  g_assert_cmpstr (name, ==, expected);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (hammy_test_wait_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  hammy_test_init (&argc, &argv);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  folder = g_dir_make_tmp ("hammy-visit-XXXXXX", &error);
  g_assert_no_error (error);
  place_log ();
  app = hammy_test_application_new_on (&today);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/visit-summary-window/shows-the-numbers", test_window_shows_the_numbers);
  ADD ("/visit-summary-window/first-day-is-chosen", test_first_day_is_chosen);
  ADD ("/visit-summary-window/pdf-holds-the-summary", test_pdf_holds_the_summary);
  ADD ("/visit-summary-window/export-to-a-missing-folder", test_export_to_a_missing_folder);
  ADD ("/visit-summary-window/pdf-with-a-plan", test_pdf_with_a_plan);
  ADD ("/visit-summary-window/file-name-names-the-patient", test_file_name_names_the_patient);
#undef ADD
  g_test_add_func ("/visit-summary-window/long-log-stays-one-page", test_long_log_stays_one_page);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  g_free (folder);

  return status;
}
