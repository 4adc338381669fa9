/* test-today-states.c: the Today page in each state of the programme, reached by living days
 * through core on the app's fake clock, a fresh person each: a rest day with the week ahead and
 * the routine before a run, the morning check-in with the run's pain, the Extender's second
 * time, the step-ups and a whole phase check done by keyboard, a phase check that fails, a
 * warning sign that stops the plan on Today and in History, the keep phase, and the suggestion
 * to see a clinician.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-checkin-dialog.h"
#include "hammy-days.h"
#include "hammy-handout.h"
#include "hammy-history.h"
#include "hammy-history-page.h"
#include "hammy-month-grid.h"
#include "hammy-pain-picker.h"
#include "hammy-phase-check-dialog.h"
#include "hammy-plan-editor.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-safety.h"
#include "hammy-sign-list.h"
#include "hammy-test-programme.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"
#include "hammy-week-strip.h"

static HammyApplication *app;
static guint n_people;

typedef struct
{
  HammyWindow *window;
  GtkWidget   *today;
  HammyData   *data;
} Fixture;

/* A person of their own for each test: a new profile, switched to. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Person %u", ++n_people);
  HammyProfile *profile;

  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
  f->window = hammy_test_present_window (app, 1000, 800);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  f->data = hammy_window_get_data (f->window);
  g_assert_true (hammy_test_wait_data_loaded (f->data));

  profile = hammy_data_add_profile (f->data, name, &error);
  g_assert_no_error (error);
  hammy_data_switch_profile_async (f->data, profile, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_switch_profile_finish (f->data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (hammy_test_wait_data_loaded (f->data));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  hammy_data_flush (f->data);
  hammy_test_close_window (f->window);
}

static GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = hammy_test_find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("Nothing called %s", name);
  return widget;
}

static const char *
label_text (gpointer    root,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (named (root, name)));
}

static HammyToday *
today_of (Fixture *f)
{
  HammyToday *today = hammy_today_page_get_today (HAMMY_TODAY_PAGE (f->today));

  g_assert_nonnull (today);
  return today;
}

static void
reach (Fixture    *f,
       const char *scenario)
{
  g_assert_true (hammy_test_reach (f->data, scenario));
  g_assert_true (hammy_test_wait_queued ());
}

static gboolean
widget_shown (gpointer    root,
              const char *name)
{
  GtkWidget *widget = hammy_test_find_named (GTK_WIDGET (root), name);

  return widget != NULL && gtk_widget_is_visible (widget);
}

static gboolean
label_is (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* The sentences a box of Today's shows, one a line. */
static gboolean
box_says (gpointer    root,
          const char *name,
          const char *needle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (named (root, name)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
      return TRUE;

  return FALSE;
}

/* ---- the keyboard ---------------------------------------------------------------------- */

/* Tab, as the window takes it, until @target has the focus; FALSE when Tab never reaches it. */
static gboolean
tab_to (GtkWindow *window,
        GtkWidget *target)
{
  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus == target)
        return TRUE;
      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
    }

  return FALSE;
}

/* Space or Enter on the widget with the focus. An activated button shows itself pressed for a
 * moment before it clicks: callers wait for what the press does. */
static void
press (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_activate (focus));
}

/* ---- the tests ----------------------------------------------------------------------- */

/* The day after a first day of everything: a rest day that says so and when each exercise comes
 * next, the week ahead day by day, and the routine before a run on its own. */
static void
test_rest_day_and_week (Fixture       *f,
                        gconstpointer  data)
{
  HammyWeekStrip *strip;
  HammyToday *today;
  GtkWidget *day;
  g_autofree char *accessible = NULL;

  reach (f, "rest-day");
  today = today_of (f);
  g_assert_true (hammy_today_is_rest_day (today));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
  g_assert_true (widget_shown (f->today, "today-rest"));
  g_assert_false (widget_shown (f->today, "today-due"));
  g_assert_false (widget_shown (f->today, "today-start"));
  g_assert_true (box_says (f->today, "today-next-due", "next on"));

  /* The week: seven days, today a rest day; each named in full for a screen reader. */
  strip = HAMMY_WEEK_STRIP (named (f->today, "today-week"));
  g_assert_nonnull (strstr (hammy_week_strip_get_detail (strip), "rest day"));
  day = named (strip, "week-day-0");
  g_object_get (day, "tooltip-text", &accessible, NULL);
  g_assert_nonnull (strstr (accessible, "Today"));
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("week-day-%u", i);

      g_assert_true (gtk_widget_get_focusable (named (strip, name)));
    }
  g_assert_null (hammy_test_find_named (GTK_WIDGET (strip), "week-day-7"));

  /* By keyboard: Tab to the third day and press it; the words under the strip say that day. */
  day = named (strip, "week-day-2");
  g_assert_true (tab_to (GTK_WINDOW (f->window), day));
  press (GTK_WINDOW (f->window));
  g_assert_true (hammy_test_wait_until (hammy_week_strip_get_selected (strip) == 2, HAMMY_TEST_WAIT_MS));
  if (hammy_today_get_week_day (today, 2)->rest)
    g_assert_nonnull (strstr (hammy_week_strip_get_detail (strip), "rest day"));
  else
    g_assert_nonnull (strstr (hammy_week_strip_get_detail (strip), hammy_today_get_week_day (today, 2)->summary));

  hammy_test_assert_shrinks_to_phone (GTK_WINDOW (f->window), f->today);

  /* Before a run, the routine alone: only what goes before a run. */
  g_assert_true (widget_shown (f->today, "today-start-pre-run"));
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-pre-run", NULL));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "session");
  {
    HammySession *session = hammy_session_view_get_session (hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today)));
    HammyPlan *plan = hammy_data_get_plan (f->data);

    g_assert_cmpuint (hammy_session_get_n_steps (session), >, 0);
    for (guint i = 0; i < hammy_session_get_n_steps (session); i++)
      {
        const HammySessionStep *step = hammy_session_get_step (session, i);

        g_assert_cmpstr (hammy_plan_get_item (plan, step->item)->frequency, ==, "before-runs");
      }
  }
}

/* The morning after a session: the check-in is offered by itself, and after a day that may have
 * held a run it asks how the run hurt. */
static void
test_checkin_with_run_pain (Fixture       *f,
                            gconstpointer  data)
{
  HammyLog *log;
  HammyCheckinDialog *dialog;
  const HammyLogCheckin *checkin;
  guint before;

  reach (f, "checkin");
  log = hammy_data_get_log (f->data);
  before = hammy_log_get_n_checkins (log);
  g_assert_true (hammy_today_checkin_is_due (today_of (f)));
  g_assert_true (widget_shown (f->today, "today-checkin"));

  dialog = HAMMY_CHECKIN_DIALOG (hammy_test_wait_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (hammy_checkin_dialog_asks_run (dialog));
  g_assert_true (hammy_test_wait_mapped (named (dialog, "checkin-run-pain")));
  hammy_test_assert_fits_phone (GTK_WIDGET (dialog));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-same")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "sign-none")), TRUE);
  hammy_pain_picker_set_value (HAMMY_PAIN_PICKER (named (dialog, "checkin-run-pain")), 2);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (hammy_test_wait_until (hammy_log_get_n_checkins (log) == before + 1, HAMMY_TEST_WAIT_MS));
  checkin = hammy_log_get_checkin (log, hammy_log_get_n_checkins (log) - 1);
  g_assert_cmpint (checkin->leg, ==, HAMMY_COMPARED_SAME);
  g_assert_cmpint (checkin->run_pain, ==, 2);
  g_assert_true (hammy_test_wait_until (!widget_shown (f->today, "today-checkin"), HAMMY_TEST_WAIT_MS));
}

/* The Extender is due twice a day: after the first session, its second time is a short session
 * of its own. */
static void
test_second_time_today (Fixture       *f,
                        gconstpointer  data)
{
  HammySession *session;

  reach (f, "twice");
  g_assert_true (widget_shown (f->today, "today-start-again"));
  g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (named (f->today, "today-start-again"))), "Extender"));
  /* The row says one of its two times today is done. */
  g_assert_nonnull (hammy_test_find (named (f->today, "due-askling-extender"), label_is, "1 of 2 today"));

  g_assert_true (gtk_widget_activate_action (f->today, "today.start-again", NULL));
  session = hammy_session_view_get_session (hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today)));
  g_assert_nonnull (session);
  for (guint i = 0; i < hammy_session_get_n_steps (session); i++)
    g_assert_cmpstr (hammy_exercise_get_id (hammy_session_get_step (session, i)->exercise), ==, "askling-extender");
}

/* A phase check done from start to end with the keyboard alone: Tab and Space, digits for pain. */
static const struct
{
  const char *id;
  const char *choice;   /* a choice's id; for yes or no "yes"/"no"; for pain, the digit */
} good_answers[] = {
  { "pain_walking", "0" }, { "bridge_hold_pain", "0" }, { "gait_altered", "no" }, { "tingling", "no" },
  { "numbness", "no" }, { "test_single_leg_bridge", "pain_free" }, { "test_hinge", "none" },
  { "test_heel_press", "none" }, { "jog_pain", "0" },
};

static GtkWidget *
answer_widget (HammyPhaseCheckDialog *dialog,
               const HammyQuestion   *question)
{
  g_autofree char *name = g_strdup_printf ("question-%s", question->id);
  GtkWidget *input = named (dialog, name);
  const char *choice = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good_answers); i++)
    if (g_str_equal (good_answers[i].id, question->id))
      choice = good_answers[i].choice;
  if (choice == NULL)
    g_error ("No answer for %s", question->id);

  switch (question->kind)
    {
    case HAMMY_QUESTION_CHOICE:
      {
        g_autofree char *answer = g_strdup_printf ("answer-%s-%s", question->id, choice);

        return named (input, answer);
      }
    case HAMMY_QUESTION_YES_NO:
      {
        GtkWidget *no = hammy_test_find_widget (input, GTK_TYPE_TOGGLE_BUTTON);

        return g_str_equal (choice, "no") ? no : gtk_widget_get_next_sibling (no);
      }
    case HAMMY_QUESTION_PAIN:
    case HAMMY_QUESTION_NUMBER:
    default:
      break;
    }

  return input;
}

static void
test_phase_check_by_keyboard (Fixture       *f,
                              gconstpointer  data)
{
  HammyPhaseCheckDialog *dialog;
  HammyPhaseCheck *check;
  GtkWindow *window;
  const char * const *questions;
  guint n_proposals;

  reach (f, "phase-check");
  check = hammy_today_get_phase_check (today_of (f));
  g_assert_nonnull (check);
  g_assert_false (hammy_phase_check_is_for_waits (check));
  g_assert_cmpint (hammy_phase_check_get_phase (check), ==, HAMMY_TRIAGE_PHASE_LOAD);
  g_assert_true (widget_shown (f->today, "today-phase-check"));
  g_assert_cmpstr (label_text (f->today, "today-phase-check"), ==, hammy_phase_check_get_why (check));

  /* The step-ups wait too, each with its own yes or no: one declined goes. */
  n_proposals = hammy_today_get_proposals (today_of (f))->len;
  g_assert_cmpuint (n_proposals, >, 0);
  g_assert_true (widget_shown (f->today, "today-accept"));
  g_assert_true (gtk_widget_activate_action (f->today, "today.decline-proposal", "s",
                                             hammy_proposal_get_key (g_ptr_array_index (hammy_today_get_proposals (today_of (f)), 0))));
  g_assert_true (hammy_test_wait_until (hammy_today_get_proposals (today_of (f))->len == n_proposals - 1, HAMMY_TEST_WAIT_MS));

  /* Tab to “Take the Check…” and press it. */
  g_assert_true (tab_to (GTK_WINDOW (f->window), named (f->today, "today-phase-check-button")));
  press (GTK_WINDOW (f->window));
  dialog = HAMMY_PHASE_CHECK_DIALOG (hammy_test_wait_toplevel (HAMMY_TYPE_PHASE_CHECK_DIALOG));
  window = GTK_WINDOW (dialog);
  g_assert_true (hammy_test_wait_mapped (dialog));
  g_assert_cmpstr (hammy_phase_check_dialog_get_step (dialog), ==, "intro");
  g_assert_true (tab_to (window, named (dialog, "phase-check-begin")));
  press (window);
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_phase_check_dialog_get_step (dialog), "questions") == 0,
                                        HAMMY_TEST_WAIT_MS));

  /* Each question: Tab to the answer, Space (or a digit for pain), Tab to Next, Space. */
  check = hammy_today_get_phase_check (today_of (f));
  questions = hammy_phase_check_get_questions (check);
  g_assert_nonnull (questions[0]);
  for (guint i = 0; questions[i] != NULL; i++)
    {
      const HammyQuestion *question = hammy_triage_lookup_question (questions[i]);
      GtkWidget *target = answer_widget (dialog, question);
      g_autofree char *step = g_strdup_printf ("Question %u of %u", i + 1, g_strv_length ((char **) questions));

      g_assert_cmpstr (label_text (dialog, "phase-check-step"), ==, step);
      g_assert_false (gtk_widget_is_sensitive (named (dialog, "phase-check-next")));
      if (question->kind == HAMMY_QUESTION_PAIN)
        {
          GtkWidget *picker = hammy_test_find_widget (target, HAMMY_TYPE_PAIN_PICKER);
          GtkWidget *button = gtk_widget_get_first_child (gtk_widget_get_first_child (picker));

          /* The picker's one Tab stop, then the digit. */
          while (button != NULL && !gtk_widget_get_focusable (gtk_widget_get_first_child (button)))
            button = gtk_widget_get_next_sibling (button);
          g_assert_true (tab_to (window, gtk_widget_get_first_child (button)));
          g_assert_true (hammy_test_press_key (picker, GDK_KEY_0));
        }
      else
        {
          g_assert_true (tab_to (window, target));
          press (window);
        }
      g_assert_true (hammy_test_wait_until (gtk_widget_is_sensitive (named (dialog, "phase-check-next")), HAMMY_TEST_WAIT_MS));
      if (!tab_to (window, named (dialog, "phase-check-next")))
        g_error ("Tab never reached Next after %s, stuck at %s", questions[i], G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
      press (window);
      g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_phase_check_dialog_get_step (dialog), "result") == 0 ||
                                            g_strcmp0 (label_text (dialog, "phase-check-step"), step) != 0,
                                            HAMMY_TEST_WAIT_MS));
    }

  /* The result, applied at once: the new phase and what changes. */
  g_assert_cmpstr (hammy_phase_check_dialog_get_step (dialog), ==, "result");
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (f->data)), ==, HAMMY_TRIAGE_PHASE_LOAD);
  g_assert_true (box_says (dialog, "phase-check-points", "New in your plan"));
  g_assert_true (tab_to (window, named (dialog, "phase-check-done")));
  hammy_test_assert_fits_phone (adw_window_get_content (ADW_WINDOW (dialog)));
  press (window);
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_PHASE_CHECK_DIALOG));

  /* Today follows: Load, and no check offered again today. */
  g_assert_true (hammy_test_wait_until (hammy_today_get_phase (today_of (f)) == HAMMY_TRIAGE_PHASE_LOAD, HAMMY_TEST_WAIT_MS));
  g_assert_false (widget_shown (f->today, "today-phase-check"));
}

/* Not now: the check goes from Today and the plan stays where it is. */
static void
test_phase_check_not_now (Fixture       *f,
                          gconstpointer  data)
{
  reach (f, "phase-check");
  g_assert_true (widget_shown (f->today, "today-phase-check"));
  g_assert_true (gtk_widget_activate_action (f->today, "today.decline-phase-check", NULL));
  g_assert_true (hammy_test_wait_until (!widget_shown (f->today, "today-phase-check"), HAMMY_TEST_WAIT_MS));
  g_assert_null (hammy_today_get_phase_check (today_of (f)));
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (f->data)), ==, HAMMY_TRIAGE_PHASE_BUILD);
}

/* A check that fails says which parts did not pass, in core's words, and the plan stays. */
static void
test_phase_check_fails (Fixture       *f,
                        gconstpointer  data)
{
  HammyPhaseCheckDialog *dialog;
  HammyPhaseCheck *check;
  const char * const *questions;

  reach (f, "phase-check");
  g_assert_true (gtk_widget_activate_action (f->today, "today.phase-check", NULL));
  dialog = HAMMY_PHASE_CHECK_DIALOG (hammy_test_wait_toplevel (HAMMY_TYPE_PHASE_CHECK_DIALOG));
  check = hammy_today_get_phase_check (today_of (f));
  questions = hammy_phase_check_get_questions (check);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "phase-check.begin", NULL));
  for (guint i = 0; questions[i] != NULL; i++)
    {
      const HammyQuestion *question = hammy_triage_lookup_question (questions[i]);
      GtkWidget *target = answer_widget (dialog, question);

      /* Walking still hurts at 4: the one answer that fails. */
      if (g_str_equal (questions[i], "pain_walking"))
        hammy_pain_picker_set_value (HAMMY_PAIN_PICKER (hammy_test_find_widget (target, HAMMY_TYPE_PAIN_PICKER)), 4);
      else if (question->kind == HAMMY_QUESTION_PAIN)
        hammy_pain_picker_set_value (HAMMY_PAIN_PICKER (hammy_test_find_widget (target, HAMMY_TYPE_PAIN_PICKER)), 0);
      else if (GTK_IS_CHECK_BUTTON (target))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (target), TRUE);
      else
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (target), TRUE);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "phase-check.next", NULL));
    }

  g_assert_cmpstr (hammy_phase_check_dialog_get_step (dialog), ==, "result");
  g_assert_cmpint (hammy_plan_get_phase (hammy_data_get_plan (f->data)), ==, HAMMY_TRIAGE_PHASE_BUILD);
  g_assert_true (box_says (dialog, "phase-check-points", "alk"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_until (!widget_shown (f->today, "today-phase-check"), HAMMY_TEST_WAIT_MS));
}

/* A warning sign at the check-in stops the plan: Today says which, when, and what to do, and so
 * does History, until a new check. */
static void
test_stop_on_today_and_history (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *history;

  reach (f, "stop");
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "stopped");
  g_assert_nonnull (strstr (label_text (f->today, "today-stop-text"), "weakness in your leg or foot"));
  g_assert_nonnull (strstr (label_text (f->today, "today-stop-sign"), "2026"));
  g_assert_cmpstr (label_text (f->today, "today-stop-text"), ==, hammy_today_get_stop_text (today_of (f)));
  g_assert_cmpstr (label_text (f->today, "today-running-stopped"), ==, hammy_today_get_running (today_of (f))->text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history"));
  history = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE);
  g_assert_nonnull (history);
  g_assert_true (hammy_test_wait_mapped (history));
  g_assert_true (widget_shown (history, "history-stop"));
  g_assert_nonnull (strstr (label_text (history, "history-stop"), "weakness in your leg or foot"));
  g_assert_nonnull (strstr (label_text (history, "history-stop"), label_text (f->today, "today-stop-sign")));
}

/* History on a rest day: the day is a rest day, not a day skipped, and each exercise is listed
 * against what was due of it, in core's words. */
static void
test_history_rest_day_and_each_exercise (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GArray) each = NULL;
  g_autofree char *rest = NULL;
  GtkWidget *history, *list, *row;
  GDate today, first;
  guint n = 0;

  reach (f, "rest-day");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history"));
  history = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE);
  g_assert_true (hammy_test_wait_mapped (history));

  now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
  hammy_day_of_time (now, &today);
  hammy_month_grid_set_selected_day (HAMMY_MONTH_GRID (hammy_test_find_widget (history, HAMMY_TYPE_MONTH_GRID)),
                                     g_date_get_day (&today));
  g_assert_nonnull (strstr (label_text (history, "history-day"), "rest day"));
  g_assert_null (strstr (label_text (history, "history-day"), "kipped"));
  g_assert_false (widget_shown (history, "history-stop"));

  /* The four weeks the page shows by default, as core counts them. */
  first = today;
  g_date_subtract_days (&first, 27);
  each = hammy_history_get_exercise_adherence (hammy_data_get_log (f->data), &first, &today);
  g_assert_cmpuint (each->len, >, 0);
  list = named (history, "history-exercises");
  g_assert_true (widget_shown (history, "history-exercises"));
  for (row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row), n++)
    {
      g_autofree char *line = hammy_history_describe_exercise_adherence (&g_array_index (each, HammyExerciseAdherence, n),
                                                                         hammy_data_get_library (f->data));

      g_assert_cmpuint (n, <, each->len);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, line);
    }
  g_assert_cmpuint (n, ==, each->len);
  /* Yesterday's session did everything that was due. */
  rest = hammy_history_describe_exercise_adherence (&g_array_index (each, HammyExerciseAdherence, 0),
                                                    hammy_data_get_library (f->data));
  g_assert_nonnull (strstr (rest, "(100"));
}

/* In the guided session, the sign the person names stops the plan the same way. */
static void
test_stop_from_a_session (Fixture       *f,
                          gconstpointer  data)
{
  HammySessionView *view;
  AdwMessageDialog *dialog;

  reach (f, "first-day");
  g_assert_true (gtk_widget_activate_action (f->today, "today.start-session", NULL));
  view = hammy_today_page_get_session_view (HAMMY_TODAY_PAGE (f->today));
  hammy_session_start (hammy_session_view_get_session (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.red-flag", NULL));
  dialog = ADW_MESSAGE_DIALOG (hammy_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  hammy_sign_list_set_sign (HAMMY_SIGN_LIST (hammy_test_find_widget (GTK_WIDGET (dialog), HAMMY_TYPE_SIGN_LIST)), "numbness");
  adw_message_dialog_response (dialog, "stop");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_session_view_get_screen (view), "red-flag") == 0, HAMMY_TEST_WAIT_MS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "session.close", NULL));

  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), "stopped") == 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_nonnull (strstr (label_text (f->today, "today-stop-text"), "numbness down the leg"));
  g_assert_cmpstr (hammy_plan_get_stopped_sign (hammy_data_get_plan (f->data)), ==, "numbness");
}

/* Back to running: the strength that stays, the running built back slowly, speed and hills
 * last, and when injuries come back. */
static void
test_keep (Fixture       *f,
           gconstpointer  data)
{
  reach (f, "keep");
  g_assert_cmpint (hammy_today_get_phase (today_of (f)), ==, HAMMY_TRIAGE_PHASE_KEEP);
  g_assert_true (widget_shown (f->today, "today-keep"));
  g_assert_true (box_says (f->today, "today-keep", "Nordic Hamstring Curl: "));
  g_assert_true (box_says (f->today, "today-keep", "a tenth"));
  g_assert_true (box_says (f->today, "today-keep", "speed and hills"));
  g_assert_true (box_says (f->today, "today-keep", "first weeks"));
  g_assert_nonnull (strstr (label_text (f->today, "today-running"), "a tenth"));
  hammy_test_assert_shrinks_to_phone (GTK_WINDOW (f->window), f->today);
}

/* Three worse mornings in a fortnight: Today suggests seeing a clinician, and the plan goes on. */
static void
test_not_improving (Fixture       *f,
                    gconstpointer  data)
{
  HammyTestDay worse = HAMMY_TEST_DAY_INIT;
  GDate day;

  reach (f, "twice");
  worse.morning = HAMMY_COMPARED_WORSE;
  for (int d = 1; d <= 4; d++)
    {
      g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));

      hammy_day_of_time (now, &day);
      g_date_add_days (&day, 1);
      hammy_test_live_day (f->data, &day, &worse);
    }
  g_assert_true (hammy_test_wait_queued ());
  g_assert_nonnull (hammy_today_get_not_improving (today_of (f)));
  g_assert_true (widget_shown (f->today, "today-not-improving"));
  g_assert_cmpstr (label_text (f->today, "today-not-improving"), ==, hammy_today_get_not_improving (today_of (f)));
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
}

static void
choose_frequency (GtkWidget  *combo,
                  const char *id)
{
  for (guint v = 0; v < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_FREQUENCY); v++)
    if (g_str_equal (hammy_vocabulary_get_id (HAMMY_VOCABULARY_FREQUENCY, v), id))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), v);
        return;
      }

  g_error ("“%s” is not offered", id);
}

/* The sentence about what an update changed in the plan: on the first day after it only. */
static void
test_migration_once (Fixture       *f,
                     gconstpointer  data)
{
  HammyClock *clock = hammy_data_get_clock (f->data);
  g_autoptr(GDateTime) now = NULL;
  const char *text = "Your plan now gives each exercise days of its own.";
  GDate day;

  reach (f, "first-day");
  now = hammy_clock_dup_wall_time (clock);
  hammy_day_of_time (now, &day);
  hammy_plan_set_migration (hammy_data_get_plan (f->data), &day, text);
  g_assert_true (hammy_test_wait_until (widget_shown (f->today, "today-migration"), HAMMY_TEST_WAIT_MS));
  g_assert_cmpstr (label_text (f->today, "today-migration"), ==, text);

  /* The next morning it has been said. */
  g_date_add_days (&day, 1);
  hammy_test_set_time (clock, &day, 8, 0);
  g_assert_true (hammy_test_wait_until (!widget_shown (f->today, "today-migration"), HAMMY_TEST_WAIT_MS));
}

/* How often, per exercise in the plan editor, within core's limits: a change outside them is
 * refused with core's sentence and the row goes back; one inside them is said the same way by
 * the editor, Today and the handout. */
static void
test_frequency_in_the_editor (Fixture       *f,
                              gconstpointer  data)
{
  HammyPlan *plan;
  GtkWindow *editor;
  const HammyPlanItem *item;
  const char *refused_item = NULL, *refused_to = NULL, *taken_item = NULL, *taken_to = NULL;
  g_autoptr(GError) reason = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HammyToday) today = NULL;
  g_autoptr(HammyHandout) handout = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dose = NULL;
  GDate day;
  int index;

  reach (f, "first-day");
  plan = hammy_data_get_plan (f->data);

  /* From core: one change it refuses, and one it takes that differs from the plan's. */
  for (guint i = 0; i < hammy_plan_get_n_items (plan) && (refused_item == NULL || taken_item == NULL); i++)
    {
      item = hammy_plan_get_item (plan, i);
      for (guint v = 0; v < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_FREQUENCY); v++)
        {
          const char *id = hammy_vocabulary_get_id (HAMMY_VOCABULARY_FREQUENCY, v);
          g_autoptr(GError) error = NULL;
          HammyFrequency frequency;

          g_assert_true (hammy_frequency_from_id (id, &frequency));
          if (!hammy_schedule_check_frequency (item->group, item->section, id, &error))
            {
              if (refused_item == NULL)
                {
                  refused_item = item->exercise;
                  refused_to = id;
                  reason = g_steal_pointer (&error);
                }
            }
          else if (taken_item == NULL && refused_item != NULL && g_strcmp0 (refused_item, item->exercise) != 0 &&
                   hammy_frequency_is_calendar (frequency) && g_strcmp0 (id, item->frequency) != 0)
            {
              taken_item = item->exercise;
              taken_to = id;
            }
        }
    }
  g_assert_nonnull (refused_item);
  g_assert_nonnull (taken_item);

  g_assert_true (gtk_widget_activate_action (f->today, "today.edit-plan", NULL));
  editor = GTK_WINDOW (hammy_test_wait_toplevel (HAMMY_TYPE_PLAN_EDITOR));
  g_assert_nonnull (editor);

  /* Refused: core's sentence, and the row shows the plan's frequency again. */
  index = hammy_plan_find_item (plan, refused_item);
  g_free (name);
  name = g_strdup_printf ("frequency:%s", refused_item);
  choose_frequency (named (editor, name), refused_to);
  g_assert_cmpstr (hammy_plan_get_item (plan, index)->frequency, !=, refused_to);
  g_assert_nonnull (hammy_test_wait_label (GTK_WIDGET (editor), reason->message));
  g_assert_true (hammy_test_wait_queued ());
  g_assert_cmpstr (hammy_vocabulary_get_id (HAMMY_VOCABULARY_FREQUENCY,
                                            adw_combo_row_get_selected (ADW_COMBO_ROW (named (editor, name)))),
                   ==, hammy_plan_get_item (plan, index)->frequency);

  /* Taken: in the plan, and said the same by the editor's row, Today and the handout. */
  index = hammy_plan_find_item (plan, taken_item);
  g_free (name);
  name = g_strdup_printf ("frequency:%s", taken_item);
  choose_frequency (named (editor, name), taken_to);
  g_assert_cmpstr (hammy_plan_get_item (plan, index)->frequency, ==, taken_to);
  g_assert_true (hammy_test_wait_queued ());

  now = hammy_clock_dup_wall_time (hammy_data_get_clock (f->data));
  hammy_day_of_time (now, &day);
  dose = hammy_schedule_dup_dose_text (plan, hammy_plan_get_item (plan, index), &day);
  g_free (name);
  name = g_strdup_printf ("item:%s", taken_item);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (named (editor, name))), ==, dose);

  today = hammy_today_new (f->data, now);
  handout = hammy_handout_new_for_today (today, hammy_data_get_library (f->data), now, HAMMY_HANDOUT_FLAGS_NONE);
  for (guint i = 0; i < hammy_handout_get_n_items (handout); i++)
    if (g_str_equal (hammy_handout_get_item (handout, i)->exercise, taken_item))
      g_assert_cmpstr (hammy_handout_get_item (handout, i)->dosage, ==, dose);

  gtk_window_close (editor);
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_PLAN_EDITOR));
  g_free (name);
  name = g_strdup_printf ("due-%s", taken_item);
  if (hammy_test_find_named (f->today, name) != NULL && widget_shown (f->today, name))
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (named (f->today, name))), dose));
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/today-states/rest-day-and-week", test_rest_day_and_week);
  ADD ("/today-states/checkin-with-run-pain", test_checkin_with_run_pain);
  ADD ("/today-states/second-time-today", test_second_time_today);
  ADD ("/today-states/phase-check-by-keyboard", test_phase_check_by_keyboard);
  ADD ("/today-states/phase-check-fails", test_phase_check_fails);
  ADD ("/today-states/phase-check-not-now", test_phase_check_not_now);
  ADD ("/today-states/stop-on-today-and-history", test_stop_on_today_and_history);
  ADD ("/today-states/stop-from-a-session", test_stop_from_a_session);
  ADD ("/today-states/history-rest-day-and-each-exercise", test_history_rest_day_and_each_exercise);
  ADD ("/today-states/keep", test_keep);
  ADD ("/today-states/not-improving", test_not_improving);
  ADD ("/today-states/frequency-in-the-editor", test_frequency_in_the_editor);
  ADD ("/today-states/migration-once", test_migration_once);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
