/* test-triage-page.c: widget tests for the Triage page, in-process under Xvfb: the
 * questionnaire answered through its real widgets for an urgent, a refer, a calm and a warm-up
 * outcome, safety first, relevance, answers read whole, the pain buttons, the phase checks, the
 * running rule's sentence, and the saved history checked again with today's rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hammy-clip-locate.h"
#include "hammy-clip-view.h"
#include "hammy-pain-picker.h"
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
  HammyData       *data;
  HammyAssessment *assessment;
  GtkListBoxRow   *row;
} Lookup;

/* The history row of this very check: other tests' saves may still be landing. The list
 * shows the saved checks in the data's order. */
static gboolean
history_has_assessment (gpointer data)
{
  Lookup *lookup = data;
  GtkWidget *list = hammy_test_find_named (lookup->page, "triage-history");
  GListModel *history = hammy_data_get_assessments (lookup->data);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    {
      g_autoptr(HammyAssessment) saved = g_list_model_get_item (history, i);

      if (saved != NULL &&
          g_date_time_equal (hammy_assessment_get_created (saved), hammy_assessment_get_created (lookup->assessment)) &&
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
  Lookup lookup = { f->page, hammy_window_get_data (f->window), NULL, NULL };

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
  /* Checked again with the same rules: it says that nothing changes. */
  g_assert_nonnull (hammy_test_wait_label (f->page, "What Changed with Today’s Rules"));
  g_assert_nonnull (hammy_test_wait_label (f->page, "Nothing changes"));
}

/* A check saved by the first rules, checked again: what changed and why, in sentences. */
static void
test_check_again_with_todays_rules (Fixture       *f,
                                    gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autoptr(JsonNode) node = json_from_string (
    "{\"format\": \"hammy-assessment\", \"version\": 1, \"created\": \"2026-03-02T08:00:00Z\","
    " \"phase\": \"build\", \"picture\": \"acute_strain\", \"flags\": [], \"running\": \"easy_only\","
    " \"reasons\": [\"It started suddenly while running.\"],"
    " \"answers\": {\"onset\": \"sudden\", \"days_since_onset\": 4, \"pop\": false, \"bruising\": \"large\","
    " \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 3, \"running\": \"normal\"}}", NULL);
  g_autoptr(HammyAssessment) old = hammy_assessment_new_from_json (node, NULL);
  Lookup lookup = { f->page, person, old, NULL };
  GtkWidget *running;

  g_assert_nonnull (old);
  hammy_data_add_assessment (person, old);
  g_assert_true (hammy_test_wait_for (history_has_assessment, &lookup, 5000));
  g_signal_emit_by_name (hammy_test_find_named (f->page, "triage-history"), "row-activated", lookup.row);
  g_assert_cmpstr (phase_shown (f), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_BUILD));
  /* What it said then: its running advice in the general words of the time. */
  running = hammy_test_find_named (f->page, "triage-running");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (running)), ==, hammy_triage_running_get_advice ("easy_only"));

  g_assert_true (gtk_widget_activate_action (f->page, "triage.rerun", NULL));
  /* A large bruise now refers, with its reason, and running stops, in the rule's words. */
  g_assert_cmpstr (phase_shown (f), ==, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_REFER));
  g_assert_nonnull (hammy_test_wait_label (f->page, "The phase changes from Build to See a Clinician First."));
  g_assert_nonnull (hammy_test_wait_label (f->page, "Today's rules also note a possible bigger tear."));
  g_assert_nonnull (hammy_test_wait_label (f->page, "Running changes from Easy running only to No running for now."));
  g_assert_nonnull (hammy_test_wait_label (f->page, "before Hammy asked about numbness"));
  running = hammy_test_find_named (f->page, "triage-running");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (running)), ==, hammy_assessment_get_running_text (result (f)));
  /* Nothing new is saved: the saved check stays as it was. */
  g_assert_false (result (f) == old);
}

/* The result's running advice is the one running rule's sentence, as Today shows it. */
static void
test_running_advice_is_the_rules (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *running;

  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"gradual\", \"location\": \"low\","
                                     " \"pain_rest\": 0, \"pain_walking\": 1, \"test_single_leg_bridge\": \"pain_free\","
                                     " \"test_hinge\": \"none\", \"test_heel_press\": \"none\","
                                     " \"running\": \"pain_same\", \"running_pain\": 2}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_LOAD);
  g_assert_cmpstr (hammy_assessment_get_running (result (f)), ==, "easy_only");
  running = hammy_test_find_named (f->page, "triage-running");
  g_assert_nonnull (hammy_assessment_get_running_text (result (f)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (running)), ==, hammy_assessment_get_running_text (result (f)));
}

/* A bridge hold is asked only when it could start the person higher, and decides it. */
static void
test_phase_checks_asked_when_they_matter (Fixture       *f,
                                          gconstpointer  data)
{
  GtkWidget *bridge_hold;

  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"days_since_onset\": 4,"
                                     " \"pop\": false, \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 2}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_CALM);
  bridge_hold = hammy_test_find_named (f->page, "question-bridge_hold_pain");
  g_assert_true (gtk_widget_get_visible (bridge_hold));

  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"days_since_onset\": 4,"
                                     " \"pop\": false, \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 2,"
                                     " \"bridge_hold_pain\": 1}");
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_BUILD);

  /* Two days after a strain it cannot matter, so it is not asked, nor kept. */
  hammy_test_triage_answer (f->page, "{" HAMMY_TEST_NO_RED_FLAGS ", \"onset\": \"sudden\", \"days_since_onset\": 2,"
                                     " \"pop\": false, \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 2,"
                                     " \"bridge_hold_pain\": 1}");
  g_assert_false (gtk_widget_get_visible (bridge_hold));
  g_assert_false (json_object_has_member (hammy_assessment_get_answers (result (f)), "bridge_hold_pain"));
  g_assert_cmpint (hammy_assessment_get_phase (result (f)), ==, HAMMY_TRIAGE_PHASE_CALM);
}

static gboolean
is_cut_label (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         (gtk_label_get_ellipsize (GTK_LABEL (widget)) != PANGO_ELLIPSIZE_NONE ||
          (!gtk_label_get_wrap (GTK_LABEL (widget)) && gtk_label_get_lines (GTK_LABEL (widget)) < 0 &&
           strlen (gtk_label_get_text (GTK_LABEL (widget))) > 20));
}

/* Every group of questions at a phone's width: every answer shown in full, wrapped rather
 * than cut, and the pain questions as the traffic light's buttons. */
static void
test_answers_read_whole (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *questions;

  hammy_test_close_window (f->window);
  f->window = hammy_test_present_window (app, 360, 720);
  f->page = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  g_assert_true (gtk_widget_activate_action (f->page, "triage.start", NULL));
  questions = hammy_test_find_named (f->page, "triage-flow");

  for (guint i = 0; i < hammy_triage_get_n_questions (); i++)
    {
      const HammyQuestion *question = hammy_triage_get_question (i);
      g_autofree char *name = g_strdup_printf ("question-%s", question->id);
      GtkWidget *widget = hammy_test_find_named (questions, name);
      GtkWidget *cut;

      g_assert_nonnull (widget);
      if (question->kind == HAMMY_QUESTION_PAIN)
        g_assert_nonnull (hammy_test_find_widget (widget, HAMMY_TYPE_PAIN_PICKER));
      for (guint c = 0; question->kind == HAMMY_QUESTION_CHOICE && question->choices[c].id != NULL; c++)
        {
          g_autofree char *answer = g_strdup_printf ("answer-%s-%s", question->id, question->choices[c].id);
          GtkWidget *check = hammy_test_find_named (widget, answer);
          GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);

          g_assert_nonnull (check);
          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, _(question->choices[c].label));
          g_assert_cmpint (adw_action_row_get_title_lines (ADW_ACTION_ROW (row)), ==, 0);
        }

      cut = hammy_test_find (widget, is_cut_label, NULL);
      if (cut != NULL)
        g_error ("“%s” may be cut short in %s", gtk_label_get_text (GTK_LABEL (cut)), name);
    }

  /* Each group of questions, shown in turn, fits the phone. */
  for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
    {
      GtkStack *groups = GTK_STACK (gtk_widget_get_ancestor (hammy_test_find_named (questions, "question-rf_calf"),
                                                             GTK_TYPE_STACK));

      gtk_stack_set_visible_child_name (groups, hammy_triage_get_group (g)->id);
      hammy_test_assert_fits_phone (f->page);
    }
}

/* A choice or a pain can be taken back: the answer goes, and with it what it raised. */
static void
test_clear_an_answer (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *group;
  GtkWidget *large;

  g_assert_true (gtk_widget_activate_action (f->page, "triage.start", NULL));
  group = hammy_test_find_named (f->page, "question-bruising");
  large = hammy_test_find_named (group, "answer-bruising-large");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (large), TRUE);
  g_assert_true (gtk_widget_activate_action (f->page, "triage.clear", "s", "bruising"));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (large)));

  hammy_pain_picker_set_value (HAMMY_PAIN_PICKER (hammy_test_find_widget (hammy_test_find_named (f->page, "question-pain_walking"),
                                                                          HAMMY_TYPE_PAIN_PICKER)), 4);
  g_assert_true (gtk_widget_activate_action (f->page, "triage.clear", "s", "pain_walking"));
  g_assert_cmpint (hammy_pain_picker_get_value (HAMMY_PAIN_PICKER (hammy_test_find_widget (hammy_test_find_named (f->page, "question-pain_walking"),
                                                                                           HAMMY_TYPE_PAIN_PICKER))), ==, -1);
}

/* What a screen reader hears: the age's entry and the pain buttons named by their question. */
static void
test_named_for_a_screen_reader (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *age;
  GtkWidget *pain;

  g_assert_true (gtk_widget_activate_action (f->page, "triage.start", NULL));
  age = hammy_test_find_widget (hammy_test_find_named (f->page, "question-age"), GTK_TYPE_ENTRY);
  gtk_test_accessible_assert_property (age, GTK_ACCESSIBLE_PROPERTY_LABEL, "Your age");
  pain = hammy_test_find_widget (hammy_test_find_named (f->page, "question-pain_walking"), HAMMY_TYPE_PAIN_PICKER);
  gtk_test_accessible_assert_property (pain, GTK_ACCESSIBLE_PROPERTY_LABEL, "How much does it hurt when you walk?");
  gtk_test_accessible_assert_role (pain, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
  gtk_test_accessible_assert_property (hammy_test_find_named (f->page, "answer-onset-gradual"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Slowly, over days or weeks");
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

/* The card a question sits in: its own for a question answered in rows of their own or as
 * pain, the list it shares otherwise. */
static GtkWidget *
question_card (Fixture    *f,
               const char *id)
{
  g_autofree char *name = g_strdup_printf ("question-%s", id);
  GtkWidget *question = hammy_test_find_named (f->page, name);

  g_assert_nonnull (question);
  return GTK_IS_LIST_BOX_ROW (question) ? gtk_widget_get_ancestor (question, ADW_TYPE_PREFERENCES_GROUP) : question;
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

  /* The test backend keeps what the page tells a screen reader, for the test to read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
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
  ADD ("/triage-page/check-again-with-todays-rules", test_check_again_with_todays_rules);
  ADD ("/triage-page/running-advice-is-the-rules", test_running_advice_is_the_rules);
  ADD ("/triage-page/phase-checks-asked-when-they-matter", test_phase_checks_asked_when_they_matter);
  ADD ("/triage-page/answers-read-whole", test_answers_read_whole);
  ADD ("/triage-page/clear-an-answer", test_clear_an_answer);
  ADD ("/triage-page/named-for-a-screen-reader", test_named_for_a_screen_reader);
  ADD ("/triage-page/self-check-clips", test_self_check_clips);
  ADD ("/triage-page/self-check-keyboard", test_self_check_keyboard);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
