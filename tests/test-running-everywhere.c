/* test-running-everywhere.c: one running sentence on every surface. For many generated answer
 * sets, each a person of their own: the check taken through the triage page, then a few days
 * lived through core, and the words a person reads compared with HammyToday's one sentence:
 * the triage result (right after the check), Today, the guided session's summary, the printed
 * handout and the visit summary on screen and on paper (read back with pdftotext). Any surface
 * that says something else, or says nothing where the others speak, fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-days.h"
#include "hammy-handout-print.h"
#include "hammy-safety.h"
#include "hammy-session-view.h"
#include "hammy-test-programme.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-triage-text.h"
#include "hammy-visit-summary-window.h"

/* Enough people to reach each running rule a check gives, few enough to stay well under a
 * minute on a busy machine. */
#define N_PEOPLE 24

static HammyApplication *app;
static char *folder;   /* where the PDFs go */

typedef struct
{
  HammyWindow *window;
  HammyData   *data;
  GtkWidget   *today;
  GtkWidget   *triage;
} Fixture;

/* ---- helpers ------------------------------------------------------------------------- */

static void
new_person (Fixture *f,
            guint    n)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Runner %u", n);
  HammyProfile *profile = hammy_data_add_profile (f->data, name, &error);

  g_assert_no_error (error);
  hammy_data_switch_profile_async (f->data, profile, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_switch_profile_finish (f->data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (hammy_test_wait_data_loaded (f->data));
}

/* Red flags and the signs that refer are rare in life: kept rare here too, so that most people
 * get a plan and a running rule to compare. */
static gboolean
question_refers (const HammyQuestion *question)
{
  return g_str_has_prefix (question->id, "rf_") || g_str_equal (question->id, "numbness") ||
         g_str_equal (question->id, "bone_stress_signs");
}

/* Every question answered at random, as JSON for hammy_test_triage_answer (). */
static char *
generate (GRand *rand)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  /* One set in three leans reassuring, so the phases that let a person run come up too. */
  gboolean reassuring = g_rand_double (rand) < 0.35;

  json_builder_begin_object (builder);
  for (guint i = 0; i < hammy_triage_get_n_questions (); i++)
    {
      const HammyQuestion *question = hammy_triage_get_question (i);

      json_builder_set_member_name (builder, question->id);
      switch (question->kind)
        {
        case HAMMY_QUESTION_YES_NO:
          if (question_refers (question))
            json_builder_add_boolean_value (builder, g_rand_double (rand) < 0.03);
          else
            json_builder_add_boolean_value (builder, g_rand_boolean (rand));
          break;

        case HAMMY_QUESTION_PAIN:
          json_builder_add_int_value (builder, reassuring ? g_rand_int_range (rand, 0, 3) : g_rand_int_range (rand, 0, 9));
          break;

        case HAMMY_QUESTION_NUMBER:
          json_builder_add_int_value (builder, g_rand_int_range (rand, question->min, question->max + 1));
          break;

        case HAMMY_QUESTION_CHOICE:
        default:
          {
            guint n = 0;

            while (question->choices[n].id != NULL)
              n++;
            json_builder_add_string_value (builder, question->choices[reassuring ? 0 : g_rand_int_range (rand, 0, n)].id);
          }
          break;
        }
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* pdftotext's words with every run of spaces and line ends made one space, so a sentence that
 * wraps on paper still matches. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  const char *argv[] = { PDFTOTEXT, "-enc", "UTF-8", pdf, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

static void
assert_pdf_says (const char *pdf,
                 const char *surface,
                 const char *sentence,
                 const char *answers)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *words = g_regex_replace_literal (spaces, sentence, -1, 0, " ", 0, NULL);

  if (strstr (text, words) == NULL)
    g_error ("The %s does not say “%s” (answers %s):\n%s", surface, words, answers, text);
}

/* What Today says now: its own object, made afresh as the page makes it. */
static char *
dup_running (Fixture *f)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
  g_autoptr(HammyToday) today = hammy_today_new (f->data, now);
  const HammyRunningAdvice *running = hammy_today_get_running (today);

  return running != NULL ? g_strdup (running->text) : NULL;
}

/* The running sentence Today shows, from whichever of its states is on screen; NULL for none. */
static const char *
today_label (Fixture *f)
{
  const char *names[] = { "today-running", "today-running-stopped" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *label = hammy_test_find_named (f->today, names[i]);

      if (label != NULL && gtk_widget_get_mapped (label) && *gtk_label_get_text (GTK_LABEL (label)) != '\0')
        return gtk_label_get_text (GTK_LABEL (label));
    }

  return NULL;
}

static void
assert_same (const char *surface,
             const char *shown,
             const char *sentence,
             const char *answers)
{
  if (g_strcmp0 (shown, sentence) != 0)
    g_error ("The %s says “%s”, Today's running sentence is “%s” (answers %s)", surface,
             shown != NULL ? shown : "(nothing)", sentence != NULL ? sentence : "(none)", answers);
}

static gboolean
today_says (gpointer data)
{
  Fixture *f = data;
  g_autofree char *sentence = dup_running (f);

  return g_strcmp0 (today_label (f), sentence) == 0;
}

/* ---- the surfaces ------------------------------------------------------------------------ */

static void
check_handout (Fixture    *f,
               const char *sentence,
               const char *answers,
               guint       n)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
  g_autoptr(HammyToday) today = hammy_today_new (f->data, now);
  g_autoptr(HammyHandout) handout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("handout-%u.pdf", n);
  g_autofree char *path = g_build_filename (folder, name, NULL);

  /* The main menu prints a plan, and nothing while a check sends the person to a clinician. */
  if (hammy_data_get_plan (f->data) == NULL || hammy_data_get_blocking_assessment (f->data) != NULL)
    return;

  handout = hammy_handout_new_for_today (today, hammy_data_get_library (f->data), now, HAMMY_HANDOUT_FLAGS_NONE);
  assert_same ("handout", hammy_handout_get_running (handout), sentence, answers);
  g_assert_true (hammy_handout_export_pdf (handout, path, &error));
  g_assert_no_error (error);
  if (sentence != NULL)
    assert_pdf_says (path, "printed handout", sentence, answers);
  g_unlink (path);
}

static void
check_visit_summary (Fixture    *f,
                     const char *sentence,
                     const char *answers,
                     guint       n)
{
  HammyVisitSummaryWindow *window;
  GtkWidget *label;
  g_autofree char *name = g_strdup_printf ("visit-%u.pdf", n);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.visit-summary", NULL));
  window = HAMMY_VISIT_SUMMARY_WINDOW (hammy_test_wait_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW));
  g_assert_nonnull (window);
  g_assert_true (hammy_test_wait_mapped (window));

  assert_same ("visit summary", hammy_visit_summary_get_running_text (hammy_visit_summary_window_get_summary (window)),
               sentence, answers);
  label = hammy_test_find_named (GTK_WIDGET (window), "visit-running");
  g_assert_nonnull (label);
  assert_same ("visit summary window", gtk_widget_is_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL,
               sentence, answers);

  hammy_visit_summary_window_save_pdf (window, file);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (sentence != NULL)
    assert_pdf_says (path, "visit summary's PDF", sentence, answers);
  g_unlink (path);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_VISIT_SUMMARY_WINDOW));
}

/* Today's session done set by set; its summary ends with the sentence Today then gives. */
static void
check_session_summary (Fixture    *f,
                       const char *answers)
{
  HammySessionView *view;
  GtkWidget *label;
  g_autofree char *after = NULL;

  if (g_strcmp0 (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), "plan") != 0 ||
      !hammy_today_has_session (hammy_today_page_get_today (HAMMY_TODAY_PAGE (f->today)), HAMMY_TODAY_SESSION_MAIN))
    return;
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));

  view = hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today));
  g_assert_true (hammy_test_wait_until (hammy_session_view_get_session (view) != NULL, HAMMY_TEST_WAIT_MS));
  hammy_test_live_session (hammy_data_get_clock (f->data), hammy_session_view_get_session (view), 1, 0, FALSE, NULL);
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_session_view_get_screen (view), "summary") == 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_true (hammy_test_wait_queued ());

  after = dup_running (f);
  label = hammy_test_find_named (GTK_WIDGET (view), "summary-running");
  g_assert_nonnull (label);
  assert_same ("session summary", gtk_widget_is_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL,
               after, answers);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.close", NULL));
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), "session") != 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_true (hammy_test_wait_for (today_says, f, HAMMY_TEST_WAIT_MS));
}

/* ---- the test ------------------------------------------------------------------------ */

static void
test_every_surface (void)
{
  GSettings *settings = hammy_application_get_settings (app);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(GHashTable) sentences = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Fixture fixture = { 0 }, *f = &fixture;

  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
  f->window = hammy_test_present_window (app, 1000, 800);
  f->data = hammy_window_get_data (f->window);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  f->triage = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  g_assert_true (hammy_test_wait_data_loaded (f->data));

  for (guint n = 0; n < N_PEOPLE; n++)
    {
      g_autofree char *answers = generate (rand);
      g_autofree char *sentence = NULL;
      HammyAssessment *assessment;
      GtkWidget *label;
      guint n_days = g_rand_int_range (rand, 0, 4);

      new_person (f, n);

      /* The check through the triage page: its result says the assessment's own sentence,
       * and right after a check that is Today's. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "triage"));
      hammy_test_triage_answer (f->triage, answers);
      g_assert_true (hammy_test_wait_queued ());
      assessment = hammy_data_get_latest_assessment (f->data);
      g_assert_nonnull (assessment);
      sentence = dup_running (f);
      label = hammy_test_find_named (f->triage, "triage-running");
      g_assert_nonnull (label);
      assert_same ("triage result", gtk_label_get_text (GTK_LABEL (label)), hammy_assessment_get_running_advice (assessment),
                   answers);
      if (hammy_data_get_plan (f->data) != NULL)
        assert_same ("assessment", hammy_assessment_get_running_advice (assessment), sentence, answers);

      /* A few days of the plan, each morning a little different. */
      for (guint d = 0; d < n_days && hammy_data_get_plan (f->data) != NULL; d++)
        {
          HammyTestDay how = HAMMY_TEST_DAY_INIT;
          g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
          GDate day;

          how.morning = (HammyCompared) g_rand_int_range (rand, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE + 1);
          how.session_pain = g_rand_int_range (rand, 0, 5);
          how.run_pain = g_rand_int_range (rand, 0, 5);
          how.accept = g_rand_boolean (rand);
          hammy_day_of_time (now, &day);
          g_date_add_days (&day, 1);
          hammy_test_live_day (f->data, &day, &how);
        }
      /* The morning of the next day, the sessions still to do. */
      if (n_days > 0 && hammy_data_get_plan (f->data) != NULL)
        {
          g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
          GDate day;

          hammy_day_of_time (now, &day);
          g_date_add_days (&day, 1);
          hammy_test_set_time (hammy_data_get_clock (f->data), &day, 9, 0);
        }
      g_assert_true (hammy_test_wait_queued ());
      g_clear_pointer (&sentence, g_free);
      sentence = dup_running (f);
      if (sentence != NULL)
        g_hash_table_add (sentences, g_strdup (sentence));

      /* Today. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
      /* Shown once the page has made its HammyToday; what it says then is what counts. */
      hammy_test_wait_for (today_says, f, HAMMY_TEST_WAIT_MS);
      assert_same ("Today page", today_label (f), sentence, answers);

      check_handout (f, sentence, answers, n);
      check_visit_summary (f, sentence, answers, n);
      check_session_summary (f, answers);
    }

  g_test_message ("%u different running sentences", g_hash_table_size (sentences));
  /* The people met more than one sentence: a test of one only would prove little. */
  g_assert_cmpuint (g_hash_table_size (sentences), >=, 3);

  hammy_data_flush (f->data);
  hammy_test_close_window (f->window);
}

int
main (int   argc,
      char *argv[])
{
  GDate start;
  int status;

  hammy_test_init (&argc, &argv);
  /* Monday 2 March 2026. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 2, G_DATE_MARCH, 2026);
  app = hammy_test_application_new_on (&start);
  folder = g_dir_make_tmp ("hammy-running-XXXXXX", NULL);
  g_assert_nonnull (folder);

  g_test_add_func ("/running/every-surface", test_every_surface);

  status = g_test_run ();

  g_rmdir (folder);
  g_free (folder);
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
