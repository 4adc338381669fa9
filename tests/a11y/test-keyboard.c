/* test-keyboard.c: Hammy driven with the keyboard alone, every key a real one through the X
 * server to whatever has the focus: a whole guided session, ending one before its first set, a
 * whole triage, and a self-check whose clip lets the focus go on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-clip-view.h"
#include "hammy-pain-button.h"
#include "hammy-pain-picker.h"
#include "hammy-safety.h"
#include "hammy-session-view.h"
#include "hammy-test-keys.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-window.h"

/* More sets than any plan's session holds: a session that never ends fails, not hangs. */
#define MAX_KEYS 400
/* A person finds any control with fewer Tabs than this. */
#define MAX_TABS 60

static HammyApplication *app;

typedef struct
{
  HammyWindow      *window;
  HammyTodayPage   *today;
  HammySessionView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  /* Each test on a day of its own: a session done by one is not the next one's. */
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 21 + GPOINTER_TO_INT (data), 7, 30, 0);

  hammy_fake_clock_set_wall_time (hammy_context_get_clock (hammy_application_get_context (app)), start);
  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
  f->window = hammy_test_present_window (app, 1000, 760);
  f->today = HAMMY_TODAY_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE));
  f->view = hammy_today_page_get_session_view (f->today);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
}

static GtkWindow *
window (Fixture *f)
{
  return GTK_WINDOW (f->window);
}

static void
key (Fixture *f,
     guint    keyval)
{
  hammy_test_keys_type (window (f), keyval, 0);
}

static HammySession *
session (Fixture *f)
{
  return hammy_session_view_get_session (f->view);
}

/* Where the focus is, for a message that says where it went wrong. */
static const char *
focus_name (Fixture *f)
{
  GtkWidget *focus = hammy_test_keys_focus (window (f));

  return focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing";
}

static void
assert_focus_in (Fixture    *f,
                 GtkWidget  *ancestor,
                 const char *where)
{
  GtkWidget *focus = hammy_test_keys_focus (window (f));

  if (focus == NULL || (focus != ancestor && !gtk_widget_is_ancestor (focus, ancestor)))
    g_error ("%s: the focus is on %s, not in %s", where, focus_name (f), G_OBJECT_TYPE_NAME (ancestor));
}

static void
assert_focus_is (Fixture    *f,
                 GtkWidget  *expected,
                 const char *where)
{
  GtkWidget *focus = hammy_test_keys_focus (window (f));

  if (focus != expected)
    g_error ("%s: the focus is on %s “%s”, not on %s", where, focus_name (f),
             focus != NULL && GTK_IS_BUTTON (focus) ? gtk_button_get_label (GTK_BUTTON (focus)) : "",
             G_OBJECT_TYPE_NAME (expected));
}

static void
start_calm_plan (Fixture *f)
{
  hammy_test_start_plan (f->window, HAMMY_TEST_ANSWERS_CALM);
}

/* From Today, Tab to Start Today's Session and press Enter: the session's Start has the focus. */
static void
open_session_by_keys (Fixture *f)
{
  GtkWidget *start = hammy_test_find_action_button (GTK_WIDGET (f->today), "today.start-session");

  g_assert_nonnull (start);
  g_assert_true (hammy_test_keys_tab_to (window (f), start, MAX_TABS));
  key (f, GDK_KEY_Return);
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (f->today), "session") == 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_READY);
  /* As long as a person takes to look. */
  hammy_test_run_for (100);
  assert_focus_is (f, hammy_test_find_action_button (GTK_WIDGET (f->view), "session.advance"), "a new session");
}

/* The rating by keys: a digit, and when the set asks for it the effort, then Enter. */
static void
rate_by_keys (Fixture *f,
              guint    pain_key)
{
  GtkWidget *picker = hammy_test_find_widget (GTK_WIDGET (f->view), HAMMY_TYPE_PAIN_PICKER);

  assert_focus_in (f, picker, "a new rating");
  key (f, pain_key);
  if (hammy_session_needs_effort (session (f)))
    {
      GtkWidget *effort = hammy_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SPIN_BUTTON);

      /* Nothing is chosen for the person: Enter alone does not save. */
      key (f, GDK_KEY_Return);
      g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_RATE);
      g_assert_true (hammy_test_keys_tab_to (window (f), effort, MAX_TABS));
      key (f, GDK_KEY_6);
      /* Back to the scale, where Enter saves. */
      hammy_test_keys_type (window (f), GDK_KEY_Tab, GDK_SHIFT_MASK);
      g_assert_true (hammy_test_keys_tab_to (window (f), picker, MAX_TABS));
    }
  key (f, GDK_KEY_Return);
}

/* A whole session with Enter, digits and Space: the focus is on each screen's main control as it
 * comes, never lost to the header bar, and every set reaches the log. */
static void
test_whole_session (Fixture       *f,
                    gconstpointer  data)
{
  HammySessionSummary summary;
  guint presses = 0;
  gboolean paused_once = FALSE;

  start_calm_plan (f);
  open_session_by_keys (f);

  while (hammy_session_get_state (session (f)) != HAMMY_SESSION_STATE_FINISHED)
    {
      HammySessionState state = hammy_session_get_state (session (f));

      g_assert_cmpuint (++presses, <, MAX_KEYS);
      assert_focus_in (f, GTK_WIDGET (f->view), "during the session");
      switch (state)
        {
        case HAMMY_SESSION_STATE_WORK:
          /* Space on the focused Set Done pauses rather than ending the set. */
          if (!paused_once)
            {
              key (f, GDK_KEY_space);
              g_assert_true (hammy_session_get_paused (session (f)));
              g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_WORK);
              key (f, GDK_KEY_space);
              g_assert_false (hammy_session_get_paused (session (f)));
              paused_once = TRUE;
            }
          key (f, GDK_KEY_Return);
          break;
        case HAMMY_SESSION_STATE_READY:
        case HAMMY_SESSION_STATE_GET_READY:
        case HAMMY_SESSION_STATE_REST:
          assert_focus_is (f, hammy_test_find_action_button (GTK_WIDGET (f->view), "session.advance"), "between sets");
          key (f, GDK_KEY_Return);
          break;
        case HAMMY_SESSION_STATE_RATE:
          rate_by_keys (f, GDK_KEY_1);
          break;
        case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
        case HAMMY_SESSION_STATE_RED_FLAG:
        case HAMMY_SESSION_STATE_FINISHED:
        default:
          g_error ("the session stopped in state %d", state);
        }
    }

  hammy_session_get_summary (session (f), &summary);
  g_assert_cmpuint (summary.sets_done, ==, summary.sets_planned);
  g_assert_cmpint (summary.pain_max, ==, 1);

  /* The summary's Back to Today has the focus. */
  assert_focus_in (f, GTK_WIDGET (f->view), "the summary");
  key (f, GDK_KEY_Return);
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (f->today), "session") != 0,
                                        HAMMY_TEST_WAIT_MS));
}

/* End Session before the first set leaves at once, logs nothing; once started, Enter on End
 * Session asks, and does nothing else. */
static void
test_end_before_first_set (Fixture       *f,
                           gconstpointer  data)
{
  HammyLog *log;
  GtkWidget *end;
  GtkWindow *dialog;
  guint n_logged;

  start_calm_plan (f);
  log = hammy_data_get_log (hammy_window_get_data (f->window));
  n_logged = hammy_log_get_n_sessions (log);
  open_session_by_keys (f);

  /* Before the first set, Skip and Back do nothing, so they are off. */
  g_assert_false (gtk_widget_get_sensitive (hammy_test_find_action_button (GTK_WIDGET (f->view), "session.skip")));
  g_assert_false (gtk_widget_get_sensitive (hammy_test_find_action_button (GTK_WIDGET (f->view), "session.back")));

  end = hammy_test_find_action_button (GTK_WIDGET (f->view), "session.end");
  hammy_test_keys_type (window (f), GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_true (hammy_test_keys_tab_to (window (f), end, MAX_TABS));
  key (f, GDK_KEY_Return);
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (f->today), "plan") == 0,
                                        HAMMY_TEST_WAIT_MS));
  g_assert_cmpuint (hammy_log_get_n_sessions (log), ==, n_logged);
  g_assert_null (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Started: Enter on End Session asks, and neither skips nor starts anything. */
  open_session_by_keys (f);
  key (f, GDK_KEY_Return);
  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_WORK);
  end = hammy_test_find_action_button (GTK_WIDGET (f->view), "session.end");
  g_assert_true (hammy_test_keys_tab_to (window (f), end, MAX_TABS));
  key (f, GDK_KEY_Return);
  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_WORK);
  dialog = hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* Escape keeps going. */
  hammy_test_keys_type (dialog, GDK_KEY_Escape, 0);
  g_assert_true (hammy_test_wait_until (hammy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, HAMMY_TEST_WAIT_MS));
  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_WORK);
  assert_focus_in (f, GTK_WIDGET (f->view), "after the dialog");
}

/* On a phone, Start and Set Done are on screen without scrolling, and the first tap on Skip the
 * Rest is not lost to the page scrolling under it. */
static void
test_phone (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *primary;
  graphene_rect_t bounds;

  gtk_window_set_default_size (window (f), HAMMY_TEST_PHONE_WIDTH, 640);
  hammy_test_run_for (200);
  start_calm_plan (f);
  open_session_by_keys (f);
  primary = hammy_test_find_action_button (GTK_WIDGET (f->view), "session.advance");

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_compute_bounds (primary, GTK_WIDGET (f->window), &bounds));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (f->window)));
      if (hammy_session_get_state (session (f)) == HAMMY_SESSION_STATE_REST)
        break;
      /* Start, Set Done, then a rating by keys: a rest follows. */
      hammy_test_keys_click (window (f), primary);
      if (hammy_session_get_state (session (f)) == HAMMY_SESSION_STATE_RATE)
        rate_by_keys (f, GDK_KEY_1);
    }

  g_assert_cmpint (hammy_session_get_state (session (f)), ==, HAMMY_SESSION_STATE_REST);
  /* As soon as a person could: the screen has changed and the rest counts down. */
  hammy_test_run_for (500);
  hammy_test_keys_click (window (f), primary);
  g_assert_cmpint (hammy_session_get_state (session (f)), !=, HAMMY_SESSION_STATE_REST);
}

/* Whether any choice of the group of choices around @check is on. */
static gboolean
choice_made (GtkWidget *check)
{
  GtkWidget *group = gtk_widget_get_ancestor (check, ADW_TYPE_PREFERENCES_GROUP);

  for (GtkWidget *w = group; w != NULL; w = NULL)
    {
      g_autoptr(GPtrArray) checks = g_ptr_array_new ();
      GtkWidget *child = gtk_widget_get_first_child (group);
      GPtrArray *stack = g_ptr_array_new ();

      /* Depth first through the group, for its check buttons. */
      while (child != NULL || stack->len > 0)
        {
          if (child == NULL)
            {
              child = g_ptr_array_steal_index (stack, stack->len - 1);
              continue;
            }
          if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
            {
              g_ptr_array_free (stack, TRUE);
              return TRUE;
            }
          if (gtk_widget_get_next_sibling (child) != NULL)
            g_ptr_array_add (stack, gtk_widget_get_next_sibling (child));
          child = gtk_widget_get_first_child (child);
        }
      g_ptr_array_free (stack, TRUE);
    }

  return FALSE;
}

/* A Tab from inside a clip leaves it within a few presses: its controls are a handful of
 * stops, never a loop. Returns how many Tabs it took. */
static guint
tab_out_of_clip (Fixture   *f,
                 GtkWidget *clip)
{
  for (guint i = 1; i <= 20; i++)
    {
      GtkWidget *focus;

      key (f, GDK_KEY_Tab);
      focus = hammy_test_keys_focus (window (f));
      if (g_getenv ("HAMMY_TEST_KEYS_DEBUG") != NULL)
        g_printerr ("clip tab %u: %s %s\n", i, focus_name (f), focus != NULL && GTK_IS_WIDGET (focus) ? gtk_widget_get_name (focus) : "");
      if (focus == NULL || (focus != clip && !gtk_widget_is_ancestor (focus, clip)))
        return i;
    }

  g_error ("the focus is trapped in the clip: 20 Tabs did not leave it");
  return 0;
}

/* A whole check with the keyboard: Start, then every question answered where the focus lands
 * (No, the first choice, a number, a pain), Tab to the next, Enter on Next, until the result;
 * through each self-check's clip and out of it; then Done. */
static void
test_whole_triage (Fixture       *f,
                   gconstpointer  data)
{
  HammyTriagePage *triage = HAMMY_TRIAGE_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE));
  GtkWidget *start = hammy_test_find_action_button (GTK_WIDGET (triage), "triage.start");
  GtkWidget *next = hammy_test_find_action_button (GTK_WIDGET (triage), "triage.next");
  guint clips = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "triage"));
  g_assert_true (hammy_test_keys_tab_to (window (f), start, MAX_TABS));
  key (f, GDK_KEY_Return);

  for (guint presses = 0; g_strcmp0 (hammy_triage_page_get_step (triage), "result") != 0; presses++)
    {
      GtkWidget *focus = hammy_test_keys_focus (window (f));
      GtkWidget *clip = focus != NULL ? gtk_widget_get_ancestor (focus, HAMMY_TYPE_CLIP_VIEW) : NULL;

      if (g_getenv ("HAMMY_TEST_KEYS_DEBUG") != NULL)
        g_printerr ("step %s: %s %s\n", hammy_triage_page_get_step (triage), focus_name (f),
                    focus != NULL && GTK_IS_BUTTON (focus) && gtk_button_get_label (GTK_BUTTON (focus)) ? gtk_button_get_label (GTK_BUTTON (focus)) : "");
      g_assert_cmpuint (presses, <, MAX_KEYS);
      g_assert_nonnull (focus);
      assert_focus_in (f, GTK_WIDGET (triage), "the questions");

      if (clip != NULL)
        {
          clips++;
          tab_out_of_clip (f, clip);
        }
      else if (focus == next)
        key (f, GDK_KEY_Return);
      else if (GTK_IS_TOGGLE_BUTTON (focus) && !HAMMY_IS_PAIN_BUTTON (focus) &&
               g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), "No") == 0 &&
               !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (focus)) &&
               !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_next_sibling (focus))))
        {
          /* A choice, said as one: a radio button with its checked state. */
          g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (focus)), ==, GTK_ACCESSIBLE_ROLE_RADIO);
          key (f, GDK_KEY_space);
        }
      else if (GTK_IS_CHECK_BUTTON (focus) && !choice_made (focus))
        key (f, GDK_KEY_space);
      else if (GTK_IS_TEXT (focus) && gtk_editable_get_text (GTK_EDITABLE (focus))[0] == '\0')
        {
          key (f, GDK_KEY_3);
          key (f, GDK_KEY_0);
        }
      else if (HAMMY_IS_PAIN_BUTTON (focus) &&
               hammy_pain_picker_get_value (HAMMY_PAIN_PICKER (gtk_widget_get_ancestor (focus, HAMMY_TYPE_PAIN_PICKER))) < 0)
        key (f, GDK_KEY_2);
      else
        key (f, GDK_KEY_Tab);
    }

  /* The self-checks were passed through, not around. */
  g_assert_cmpuint (clips, >, 0);
  /* The result: its next step has the focus, and Done is reached by Tab. The very first check
   * is not said to be saved "with your earlier checks". */
  hammy_test_run_for (100);
  g_assert_nonnull (hammy_test_wait_label (GTK_WIDGET (triage), "Saved. Your next check will be kept beside it."));
  assert_focus_in (f, GTK_WIDGET (triage), "the result");
  g_assert_true (hammy_test_keys_tab_to (window (f), hammy_test_find_action_button (GTK_WIDGET (triage), "triage.home"),
                                         MAX_TABS));
  key (f, GDK_KEY_Return);
  g_assert_cmpstr (hammy_triage_page_get_step (triage), ==, "start");
}

/* The Library with the keyboard: from the page switcher, Tab reaches the search, and from the
 * list an exercise opens with Enter. */
static void
test_library (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *library = hammy_test_find_widget (GTK_WIDGET (f->window), g_type_from_name ("HammyLibraryPage"));
  GtkWidget *search;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "library"));
  library = hammy_test_find_widget (GTK_WIDGET (f->window), g_type_from_name ("HammyLibraryPage"));
  g_assert_nonnull (library);
  search = hammy_test_find_widget (library, GTK_TYPE_SEARCH_ENTRY);
  hammy_test_run_for (100);
  /* From wherever the page left the focus, round the window to the search. */
  g_assert_true (hammy_test_keys_tab_to (window (f), search, MAX_TABS));
  /* Out to the header bar, and back in by Tab: the list's side is reached, not only the
   * detail's. */
  for (guint i = 0; i < MAX_TABS && gtk_widget_is_ancestor (hammy_test_keys_focus (window (f)), library); i++)
    hammy_test_keys_type (window (f), GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_false (gtk_widget_is_ancestor (hammy_test_keys_focus (window (f)), library));
  g_assert_true (hammy_test_keys_tab_to (window (f), search, MAX_TABS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  {
    g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 21, 7, 30, 0);
    g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);

    app = hammy_test_application_new_with_clock (clock);
  }

#define ADD(path, day, func) g_test_add (path, Fixture, GINT_TO_POINTER (day), fixture_set_up, func, fixture_tear_down)
  ADD ("/keyboard/whole-session", 0, test_whole_session);
  ADD ("/keyboard/end-before-first-set", 1, test_end_before_first_set);
  ADD ("/keyboard/phone", 2, test_phone);
  ADD ("/keyboard/whole-triage", 3, test_whole_triage);
  ADD ("/keyboard/library", 4, test_library);
#undef ADD

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
