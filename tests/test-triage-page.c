/* test-triage-page.c: widget tests for the Triage page, in-process under Xvfb: the
 * questionnaire answered through its real widgets for an urgent, a refer, a calm and a warm-up
 * outcome, safety first, relevance, and the saved history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-paths.h"
#include "hammy-test-utils.h"
#include "hammy-triage-page.h"
#include "hammy-triage-text.h"
#include "hammy-window.h"

static HammyApplication *app;

typedef struct
{
  HammyWindow *window;
  GtkWidget   *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 1000, 760);
  f->page = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  g_assert_nonnull (f->page);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_test_close_window (f->window);
}

static HammyAssessment *
result (Fixture *f)
{
  return hammy_triage_page_get_assessment (HAMMY_TRIAGE_PAGE (f->page));
}

static const char *
phase_shown (Fixture *f)
{
  GtkWidget *label = hammy_test_find_named (f->page, "triage-phase");

  return gtk_label_get_label (GTK_LABEL (label));
}

#define NO_RED_FLAGS "\"rf_saddle_bladder\": false, \"rf_weakness\": false, \"rf_calf\": false, \"rf_unwell\": false"

static void
test_safety_questions_come_first (Fixture       *f,
                                  gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (f->page, "triage.start", NULL));
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "safety");

  /* Next waits until every safety question has an answer. */
  g_assert_false (gtk_widget_activate_action (f->page, "triage.next", NULL) &&
                  g_strcmp0 (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), "safety") != 0);
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "safety");
}

static void
test_urgent (Fixture       *f,
             gconstpointer  data)
{
  /* One yes ends the questionnaire at once. */
  hammy_test_triage_answer (f->page, "{\"rf_saddle_bladder\": false, \"rf_weakness\": false,"
                                     " \"rf_calf\": true, \"rf_unwell\": false}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_URGENT);
  g_assert_true (hammy_assessment_has_flag (result (f), "clot_signs"));

  /* Alt+Left on the result leaves the result where it is. */
  gtk_widget_activate_action (f->page, "triage.back", NULL);
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "result");
  g_assert_cmpstr (phase_shown (f), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_URGENT));
}

static void
test_refer (Fixture       *f,
            gconstpointer  data)
{
  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"age\": 34, \"onset\": \"sudden\", \"days_since_onset\": 3,"
                                     " \"pop\": true, \"bruising\": \"large\", \"location\": \"high\", \"pain_walking\": 5}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_REFER);
  g_assert_true (hammy_assessment_has_flag (result (f), "possible_avulsion"));
  g_assert_cmpstr (phase_shown (f), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_REFER));
}

static void
test_calm (Fixture       *f,
           gconstpointer  data)
{
  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"onset\": \"sudden\", \"days_since_onset\": 2, \"pop\": false,"
                                     " \"location\": \"middle\", \"pain_rest\": 2, \"pain_walking\": 4,"
                                     " \"gait_altered\": false, \"running\": \"cannot\"}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_CALM);
  g_assert_cmpstr (hammy_assessment_get_picture (result (f)), ==, "acute_strain");
  g_assert_cmpstr (hammy_assessment_get_running (result (f)), ==, "stop");
}

static void
test_warmup (Fixture       *f,
             gconstpointer  data)
{
  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"onset\": \"gradual\", \"location\": \"diffuse\","
                                     " \"pain_rest\": 0, \"pain_walking\": 0, \"stretch_response\": \"brief_relief\","
                                     " \"running\": \"normal\", \"test_single_leg_bridge\": \"pain_free\"}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_WARMUP);
  g_assert_cmpstr (hammy_assessment_get_picture (result (f)), ==, "tightness");
  g_assert_cmpstr (hammy_assessment_get_running (result (f)), ==, "as_tolerated");
}

/* Questions that do not apply are not shown, and their answers do not count. */
static void
test_relevance (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *pop_row;

  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"onset\": \"sudden\", \"pop\": true, \"location\": \"high\"}");
  g_assert_true (hammy_assessment_has_flag (result (f), "possible_avulsion"));

  /* The same pop, but the onset changed to gradual: the pop question goes, and so does its answer. */
  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"onset\": \"sudden\", \"pop\": true, \"onset\": \"gradual\", \"location\": \"high\"}");
  pop_row = hammy_test_find_named (f->page, "question-pop");
  g_assert_false (gtk_widget_get_visible (pop_row));
  g_assert_false (json_object_has_member (hammy_assessment_get_answers (result (f)), "pop"));
  g_assert_false (hammy_assessment_has_flag (result (f), "possible_avulsion"));
}

typedef struct
{
  GtkWidget       *page;
  HammyAssessment *assessment;
  GtkListBoxRow   *row;
} Lookup;

/* The history row of this very check: other tests' saves may still be landing. */
static gboolean
history_has_assessment (gpointer data)
{
  Lookup *lookup = data;
  GtkWidget *list = hammy_test_find_named (lookup->page, "triage-history");
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    {
      HammyAssessment *saved = g_object_get_data (G_OBJECT (row), "hammy-assessment");

      if (g_date_time_equal (hammy_assessment_get_created (saved), hammy_assessment_get_created (lookup->assessment)) &&
          g_strcmp0 (hammy_assessment_get_picture (saved), hammy_assessment_get_picture (lookup->assessment)) == 0)
        {
          lookup->row = row;
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_saved_and_listed (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *data_dir = hammy_paths_dup_data_dir ();
  g_autofree char *directory = g_build_filename (data_dir, "profiles", "default", "assessments", NULL);
  g_autoptr(GDir) dir = NULL;
  GtkWidget *list;
  HammyTriagePhase phase;
  Lookup lookup = { f->page, NULL, NULL };

  hammy_test_triage_answer (f->page, "{" NO_RED_FLAGS ", \"onset\": \"gradual\", \"location\": \"low\","
                                     " \"pain_rest\": 1, \"pain_walking\": 2}");
  lookup.assessment = g_object_ref (result (f));
  phase = hammy_assessment_get_phase (lookup.assessment);
  g_assert_true (hammy_test_wait_for (history_has_assessment, &lookup, 5000));
  /* On disk once the writes asked for are done. */
  hammy_data_flush (hammy_window_get_data (f->window));
  dir = g_dir_open (directory, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_nonnull (g_dir_read_name (dir));

  /* Opening it from the history shows it as it was, and it can be re-run. */
  g_assert_true (gtk_widget_activate_action (f->page, "triage.home", NULL));
  list = hammy_test_find_named (f->page, "triage-history");
  g_signal_emit_by_name (list, "row-activated", lookup.row);
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "result");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, phase);
  g_object_unref (lookup.assessment);
  g_assert_true (gtk_widget_activate_action (f->page, "triage.rerun", NULL));
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, phase);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  app = hammy_test_application_new ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/triage-page/safety-questions-come-first", test_safety_questions_come_first);
  ADD ("/triage-page/urgent", test_urgent);
  ADD ("/triage-page/refer", test_refer);
  ADD ("/triage-page/calm", test_calm);
  ADD ("/triage-page/warmup", test_warmup);
  ADD ("/triage-page/relevance", test_relevance);
  ADD ("/triage-page/saved-and-listed", test_saved_and_listed);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
