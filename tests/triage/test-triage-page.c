/* test-triage-page.c: widget tests for the Triage page, in-process under Xvfb: the
 * questionnaire answered through its real widgets for an urgent, a refer, a calm and a warm-up
 * outcome, safety first, relevance, and the saved history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-clip-locate.h"
#include "hammy-clip-view.h"
#include "hammy-paths.h"
#include "hammy-self-check-row.h"
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
  hammy_test_triage_answer (f->page, HAMMY_TEST_ANSWERS_CLOT);
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
  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"age\": 34, \"onset\": \"sudden\", \"days_since_onset\": 3,"
                                     " \"pop\": true, \"bruising\": \"large\", \"location\": \"high\", \"pain_walking\": 5}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_REFER);
  g_assert_true (hammy_assessment_has_flag (result (f), "possible_avulsion"));
  g_assert_cmpstr (phase_shown (f), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_REFER));
}

static void
test_calm (Fixture       *f,
           gconstpointer  data)
{
  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"days_since_onset\": 2, \"pop\": false,"
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
  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"gradual\", \"location\": \"diffuse\","
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

  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"pop\": true, \"location\": \"high\"}");
  g_assert_true (hammy_assessment_has_flag (result (f), "possible_avulsion"));

  /* The same pop, but the onset changed to gradual: the pop question goes, and so does its answer. */
  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"pop\": true, \"onset\": \"gradual\", \"location\": \"high\"}");
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

  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"gradual\", \"location\": \"low\","
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

/* No to every safety question, then on to the self-checks, as far as relevance allows. */
static void
go_to_self_checks (Fixture *f)
{
  const char *safety[] = { "rf_saddle_bladder", "rf_weakness", "rf_calf", "rf_unwell" };

  g_assert_true (gtk_widget_activate_action (f->page, "triage.start", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (safety); i++)
    {
      g_autofree char *name = g_strdup_printf ("question-%s", safety[i]);
      GtkWidget *no = hammy_test_find_widget (hammy_test_find_named (f->page, name), GTK_TYPE_TOGGLE_BUTTON);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (no), TRUE);
    }

  for (guint i = 0; i < 8 && g_strcmp0 (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), "checks") != 0; i++)
    g_assert_true (gtk_widget_activate_action (f->page, "triage.next", NULL));
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "checks");
}

/* The card a question sits in: its own for a self-check, the group's list otherwise. */
static GtkWidget *
question_card (Fixture    *f,
               const char *id)
{
  g_autofree char *name = g_strdup_printf ("question-%s", id);
  GtkWidget *row = hammy_test_find_named (f->page, name);

  g_assert_nonnull (row);
  return gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
}

static gboolean
match_action (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
self_check_has_exercise (gpointer data)
{
  return hammy_self_check_row_has_exercise (data);
}

static gboolean
player_is_ready (gpointer data)
{
  return hammy_clip_player_get_state (data) == HAMMY_CLIP_PLAYER_STATE_READY;
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static gboolean
focus_is_inside (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Each self-check question shows its own clip, with its key points and a way to the full
 * instructions; a question without a self-check shows none. */
static void
test_self_check_clips (Fixture       *f,
                       gconstpointer  data)
{
  guint n_checks = 0;

  go_to_self_checks (f);

  for (guint q = 0; q < hammy_triage_get_n_questions (); q++)
    {
      const HammyQuestion *question = hammy_triage_get_question (q);
      GtkWidget *card = question_card (f, question->id);
      GtkWidget *check_row = hammy_test_find_widget (card, HAMMY_TYPE_SELF_CHECK_ROW);
      GtkWidget *view = hammy_test_find_widget (card, HAMMY_TYPE_CLIP_VIEW);
      g_autofree char *clip = NULL;
      g_autoptr(GFile) expected = NULL;
      GtkWidget *button;
      GVariant *target;

      if (question->self_check == NULL)
        {
          g_assert_null (check_row);
          g_assert_null (view);
          continue;
        }

      n_checks++;
      g_assert_nonnull (check_row);
      g_assert_cmpstr (hammy_self_check_row_get_exercise_id (HAMMY_SELF_CHECK_ROW (check_row)), ==, question->self_check);
      /* The key points come from the library, once the data is read. */
      g_assert_true (hammy_test_wait_for (self_check_has_exercise, check_row, 5000));

      g_assert_nonnull (view);
      g_assert_true (hammy_clip_view_get_compact (HAMMY_CLIP_VIEW (view)));
      clip = hammy_clip_locate (question->self_check);
      g_assert_nonnull (clip);
      expected = g_file_new_for_path (clip);
      g_assert_true (g_file_equal (hammy_clip_view_get_file (HAMMY_CLIP_VIEW (view)), expected));

      /* A few clips on one page play only when asked. */
      g_assert_false (hammy_clip_view_get_autoplay (HAMMY_CLIP_VIEW (view)));

      button = hammy_test_find (check_row, match_action, "win.show-exercise");
      g_assert_nonnull (button);
      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, question->self_check);
      g_assert_nonnull (gtk_widget_get_tooltip_text (button));

      /* The card goes with its question when the question does not apply. */
      {
        g_autofree char *name = g_strdup_printf ("question-%s", question->id);
        GtkWidget *row = hammy_test_find_named (card, name);

        g_assert_true (gtk_widget_get_visible (card));
        gtk_widget_set_visible (row, FALSE);
        g_assert_false (gtk_widget_get_visible (card));
        gtk_widget_set_visible (row, TRUE);
        g_assert_true (gtk_widget_get_visible (card));
      }
    }

  g_assert_cmpuint (n_checks, >=, 4);
}

/* The answer has the focus; the clip is one Tab stop after it, and it pauses out of sight. */
static void
test_self_check_keyboard (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *card;
  GtkWidget *row;
  GtkWidget *view;
  HammyClipPlayer *player;
  gboolean reached = FALSE;

  go_to_self_checks (f);
  card = question_card (f, "test_shoe");
  row = hammy_test_find_named (card, "question-test_shoe");
  view = hammy_test_find_widget (card, HAMMY_TYPE_CLIP_VIEW);
  player = hammy_clip_view_get_player (HAMMY_CLIP_VIEW (view));

  g_assert_true (focus_is_inside (row));
  g_assert_false (focus_is_inside (view));

  for (guint i = 0; i < 6 && !reached; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
      reached = gtk_root_get_focus (GTK_ROOT (f->window)) == view;
      g_assert_true (reached || focus_is_inside (card));
    }
  g_assert_true (reached);

  /* Space on the clip plays it; leaving the group pauses it, coming back resumes it. */
  g_assert_true (hammy_test_wait_for (player_is_ready, player, 5000));
  g_assert_true (gtk_widget_activate_action (view, "player.play-pause", NULL));
  g_assert_true (hammy_clip_player_get_playing (player));

  /* Unmapped once the crossfade to the previous group is over. */
  g_assert_true (gtk_widget_activate_action (f->page, "triage.back", NULL));
  g_assert_true (hammy_test_wait_for (is_unmapped, view, 5000));
  g_assert_false (hammy_clip_player_get_playing (player));

  g_assert_true (gtk_widget_activate_action (f->page, "triage.next", NULL));
  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (f->page)), ==, "checks");
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, view, 2000));
  g_assert_true (hammy_clip_player_get_playing (player));
  hammy_clip_player_pause (player);
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
  ADD ("/triage-page/self-check-clips", test_self_check_clips);
  ADD ("/triage-page/self-check-keyboard", test_self_check_keyboard);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
