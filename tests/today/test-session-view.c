/* test-session-view.c: a short guided session through the real widgets, on a fake clock, and
 * what reached the log on disk: sets rated by keys, a set that hurt too much, a hold timed to
 * the second, a resume after the window went away, and the summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-clip-view.h"
#include "hammy-paths.h"
#include "hammy-safety.h"
#include "hammy-session-view.h"
#include "hammy-sign-list.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-window.h"

/* A calm-phase check: reps, then holds (docs/content.md, "The phases and their circuits"). */
static HammyApplication *app;

typedef struct
{
  HammyWindow      *window;
  HammyTodayPage   *today;
  HammySessionView *view;
  HammyClock       *clock;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 21, 7, 30, 0);

  /* The app keeps time with a fake clock; each test starts at the same moment of the day. */
  f->clock = g_object_ref (hammy_context_get_clock (hammy_application_get_context (app)));
  hammy_fake_clock_set_wall_time (f->clock, start);

  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
  f->window = hammy_test_present_window (app, 1000, 760);
  f->today = HAMMY_TODAY_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE));
  f->view = hammy_today_page_get_session_view (f->today);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
  g_clear_object (&f->clock);
}

static HammySession *
session (Fixture *f)
{
  return hammy_session_view_get_session (f->view);
}

static const char *
screen (Fixture *f)
{
  return hammy_session_view_get_screen (f->view);
}

/* A key press as the person makes it, delivered to the session view's own controllers. */
static void
press (Fixture *f,
       guint    keyval)
{
  GtkWidget *widget = GTK_WIDGET (f->view);
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  g_object_unref (controllers);
  g_assert_true (handled);
  /* What the key started has been laid out and drawn. A playing clip keeps the main loop too
   * busy for an idle to say so. */
  g_assert_true (hammy_test_wait_frame (f->view));
}

static gboolean
state_is (gpointer data)
{
  gpointer *pair = data;

  return (int) hammy_session_get_state (pair[0]) == GPOINTER_TO_INT (pair[1]);
}

/* Time passes on the fake clock; the view's own tick notices, as it would on a real one. */
static void
wait_seconds (Fixture           *f,
              guint              seconds,
              HammySessionState  expected)
{
  gpointer pair[2] = { session (f), GINT_TO_POINTER (expected) };

  hammy_fake_clock_advance (f->clock, (gint64) seconds * G_USEC_PER_SEC);
  g_assert_true (hammy_test_wait_for (state_is, pair, 5000));
}

static void
start_calm_plan (Fixture *f)
{
  hammy_test_start_plan (f->window, HAMMY_TEST_ANSWERS_CALM);
}

static const HammyLogSession *
last_logged_session (Fixture *f)
{
  HammyLog *log = hammy_data_get_log (hammy_window_get_data (f->window));

  g_assert_cmpuint (hammy_log_get_n_sessions (log), >, 0);
  return hammy_log_get_session (log, hammy_log_get_n_sessions (log) - 1);
}

/* The month file on disk, read back the way the next start would read it. */
static guint
sets_on_disk (Fixture    *f,
              const char *session_id)
{
  HammyData *data = hammy_window_get_data (f->window);
  g_autoptr(HammyLog) log = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *log_dir = NULL;
  const HammyLogSession *logged;

  hammy_data_flush (data);
  log_dir = g_build_filename ("profiles", "default", "log", NULL);
  log = hammy_log_load (hammy_data_get_store (data), log_dir, &problems);
  g_assert_true (problems == NULL || problems->len == 0);
  logged = hammy_log_lookup_session (log, session_id);
  g_assert_nonnull (logged);

  return logged->sets->len;
}

static void
rate (Fixture *f,
      guint    pain_key)
{
  g_assert_cmpstr (screen (f), ==, "rate");
  hammy_test_assert_shrinks_to_phone (GTK_WINDOW (f->window), GTK_WIDGET (hammy_today_page_get_session_view (f->today)));
  press (f, pain_key);
  press (f, GDK_KEY_Return);
}

static void
test_short_session (Fixture       *f,
                    gconstpointer  data)
{
  const HammySessionStep *step;
  g_autofree char *id = NULL;
  guint n_sets = 0;

  start_calm_plan (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->today), "today.start-session", NULL));
  g_assert_cmpstr (hammy_today_page_get_state (f->today), ==, "session");
  g_assert_cmpstr (screen (f), ==, "work");
  g_assert_nonnull (hammy_test_find_widget (GTK_WIDGET (f->view), HAMMY_TYPE_CLIP_VIEW));

  /* Enter starts; the first exercise is done in reps: Enter again when the set is done. */
  press (f, GDK_KEY_Return);
  id = g_strdup (hammy_session_get_log_id (session (f)));
  g_assert_nonnull (id);
  step = hammy_session_get_current_step (session (f));
  g_assert_cmpuint (step->reps, >, 0);
  press (f, GDK_KEY_Return);
  rate (f, GDK_KEY_2);
  n_sets++;
  g_assert_cmpuint (sets_on_disk (f, id), ==, n_sets);

  /* A rest before the next set; Enter skips it, and the next set hurts too much. */
  if (hammy_session_get_state (session (f)) == HAMMY_SESSION_STATE_REST)
    press (f, GDK_KEY_Return);
  press (f, GDK_KEY_Return);
  rate (f, GDK_KEY_7);
  n_sets++;
  g_assert_cmpuint (sets_on_disk (f, id), ==, n_sets);
  g_assert_cmpstr (screen (f), ==, "stopped");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "session.skip", NULL));
  g_assert_true (hammy_test_wait_frame (f->view));

  /* The next exercise is a hold: a get-ready count, the hold to the second, then the rating. */
  if (hammy_session_get_state (session (f)) == HAMMY_SESSION_STATE_REST)
    press (f, GDK_KEY_Return);
  step = hammy_session_get_current_step (session (f));
  g_assert_cmpuint (step->hold_seconds, >, 0);
  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_GET_READY);
  wait_seconds (f, HAMMY_SESSION_GET_READY_SECONDS, HAMMY_SESSION_STATE_WORK);
  g_assert_cmpint (hammy_session_get_remaining_ms (session (f)), ==, (gint64) step->hold_seconds * 1000);
  /* The clip, its controls and the big timer still fit a phone. */
  hammy_test_assert_shrinks_to_phone (GTK_WINDOW (f->window), GTK_WIDGET (hammy_today_page_get_session_view (f->today)));

  /* Space pauses: the clock runs on, the hold does not. */
  press (f, GDK_KEY_space);
  g_assert_true (hammy_session_get_paused (session (f)));
  hammy_fake_clock_advance (f->clock, 60 * G_USEC_PER_SEC);
  /* The view's tick, a 100 ms timer, gets its chance to count down a hold it must not. */
  hammy_test_run_for (150);
  g_assert_cmpint (hammy_session_get_remaining_ms (session (f)), ==, (gint64) step->hold_seconds * 1000);
  press (f, GDK_KEY_space);
  g_assert_false (hammy_session_get_paused (session (f)));

  wait_seconds (f, step->hold_seconds, HAMMY_SESSION_STATE_RATE);
  rate (f, GDK_KEY_1);
  n_sets++;
  g_assert_cmpuint (sets_on_disk (f, id), ==, n_sets);

  /* Ending early is asked about once, then the summary says what was done. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "session.end", NULL));
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (dialog);
    /* A click on a response closes the dialog; answering it from code does not. */
    adw_message_dialog_response (dialog, "end");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (hammy_test_wait_until (g_strcmp0 (screen (f), "summary") == 0, HAMMY_TEST_WAIT_MS));
  }
  g_assert_cmpstr (screen (f), ==, "summary");
  g_assert_cmpint (last_logged_session (f)->status, ==, HAMMY_SESSION_PARTIAL);
  g_assert_cmpuint (sets_on_disk (f, id), ==, n_sets);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "session.close", NULL));
  g_assert_cmpstr (hammy_today_page_get_state (f->today), ==, "plan");
}

/* A session left in the middle (the window closed, the app crashed) is offered again. */
static void
test_resume_after_the_window_went_away (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *id = NULL;
  HammyTodayPage *today;

  /* The day after: today's session holds only what was not done yet today, and the test
   * before may have done the first exercise already (docs/programme.md, "Schedule"). */
  hammy_fake_clock_advance (f->clock, G_TIME_SPAN_DAY);
  start_calm_plan (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->today), "today.start-session", NULL));
  press (f, GDK_KEY_Return);
  press (f, GDK_KEY_Return);
  rate (f, GDK_KEY_3);
  id = g_strdup (hammy_session_get_log_id (session (f)));
  g_assert_cmpuint (sets_on_disk (f, id), ==, 1);

  hammy_test_close_window (f->window);
  f->window = hammy_test_present_window (app, 1000, 760);
  today = HAMMY_TODAY_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE));
  f->today = today;
  f->view = hammy_today_page_get_session_view (today);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_cmpstr (hammy_today_page_get_state (today), ==, "plan");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.resume-session", NULL));
  g_assert_cmpstr (hammy_session_get_log_id (session (f)), ==, id);
  /* The set already in the log is not asked for again. */
  g_assert_cmpuint (hammy_session_get_step_index (session (f)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "session.red-flag", NULL));
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (dialog);
    /* The person says which sign: stopping waits for it. */
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "stop"));
    hammy_sign_list_set_sign (HAMMY_SIGN_LIST (hammy_test_find_widget (GTK_WIDGET (dialog), HAMMY_TYPE_SIGN_LIST)),
                              "rf_weakness");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "stop"));
    /* A click on a response closes the dialog; answering it from code does not. */
    adw_message_dialog_response (dialog, "stop");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (hammy_test_wait_until (g_strcmp0 (screen (f), "red-flag") == 0, HAMMY_TEST_WAIT_MS));
  }
  g_assert_cmpstr (screen (f), ==, "red-flag");
  g_assert_cmpint (last_logged_session (f)->status, ==, HAMMY_SESSION_PARTIAL);
  /* Saved with its sign; the screen says which, and what to do. */
  g_assert_cmpstr (last_logged_session (f)->warning, ==, "rf_weakness");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (hammy_test_find_named (GTK_WIDGET (f->view), "red-flag-sign"))),
                            "weakness"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "session.close", NULL));
}

/* Keeping the screen lit goes through the desktop portal, which the test's bus does not have;
 * GTK says so with a warning that is about the test machine, not about Hammy. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  if (g_strcmp0 (domain, "Gtk") == 0 && message != NULL && strstr (message, "Inhibit") != NULL)
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  g_log_set_writer_func (write_log, NULL, NULL);
  {
    g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 21, 7, 30, 0);
    g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);

    app = hammy_test_application_new_with_clock (clock);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/session-view/short-session", test_short_session);
  ADD ("/session-view/resume-after-the-window-went-away", test_resume_after_the_window_went_away);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
