/* test-session-summary-screen.c: the end of a session on its own: done or ended early, with
 * the sets, the pain, the effort, the time and each exercise's sets in its rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-core-test-utils.h"
#include "hammy-session-summary-screen.h"
#include "hammy-test-session.h"
#include "hammy-test-utils.h"

/* One set without a load, then two with one, which ask for the effort. */
#define ITEMS "[{\"section\": \"circuit\", \"exercise\": \"ball-hamstring-curl\", \"sets\": 1, \"reps\": 8," \
              " \"per_side\": false, \"load\": \"bodyweight\"}," \
              " {\"section\": \"circuit\", \"exercise\": \"glute-bridge\", \"sets\": 2, \"reps\": 10," \
              " \"per_side\": false, \"load\": \"medium\"}]"

static HammyLibrary *library;

typedef struct
{
  HammyTestSession          *fake;
  HammySessionSummaryScreen *screen;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->fake = hammy_test_session_new (library, ITEMS);
  f->screen = g_object_ref_sink (g_object_new (HAMMY_TYPE_SESSION_SUMMARY_SCREEN, NULL));
  hammy_session_screen_set_session (HAMMY_SESSION_SCREEN (f->screen), f->fake->session);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->screen);
  hammy_test_session_free (f->fake);
}

static void
do_set (Fixture *f,
        int      pain,
        int      effort)
{
  HammySession *session = f->fake->session;

  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_READY)
    g_assert_true (hammy_session_start (session));
  if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_REST)
    g_assert_true (hammy_session_advance (session));
  hammy_fake_clock_advance (f->fake->clock, 50 * G_USEC_PER_SEC);
  g_assert_true (hammy_session_advance (session));
  g_assert_true (hammy_session_rate_set (session, pain, hammy_session_needs_effort (session) ? effort : 0, NULL));
}

static const char *
title (Fixture *f)
{
  return adw_status_page_get_title (ADW_STATUS_PAGE (hammy_test_find_widget (GTK_WIDGET (f->screen), ADW_TYPE_STATUS_PAGE)));
}

/* The rows as "Title: value", one a line. */
static char *
dup_rows (Fixture *f)
{
  GtkWidget *list = hammy_test_find_widget (GTK_WIDGET (f->screen), GTK_TYPE_LIST_BOX);
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (text, "%s: %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_done (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *rows = NULL;
  g_autofree char *expected = NULL;

  /* Nothing is summed up before the end. */
  do_set (f, 2, 0);
  g_assert_null (gtk_widget_get_first_child (hammy_test_find_widget (GTK_WIDGET (f->screen), GTK_TYPE_LIST_BOX)));

  do_set (f, 4, 7);
  do_set (f, 3, 8);
  g_assert_cmpint (hammy_session_get_state (f->fake->session), ==, HAMMY_SESSION_STATE_FINISHED);
  g_assert_cmpstr (title (f), ==, "Session Done");

  rows = dup_rows (f);
  expected = g_strdup_printf ("Sets: 3 of 3 done\n"
                              "Pain During: Highest 4, average 3.0\n"
                              "Effort: Highest 8 of 10\n"
                              "Time: 3 minutes\n"
                              "%s: 1 of 1 sets\n"
                              "%s: 2 of 2 sets\n",
                              hammy_exercise_get_name (hammy_library_lookup_exercise (library, "ball-hamstring-curl")),
                              hammy_exercise_get_name (hammy_library_lookup_exercise (library, "glute-bridge")));
  g_assert_cmpstr (rows, ==, expected);
}

static void
test_ended_early (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *rows = NULL;

  do_set (f, 1, 0);
  g_assert_true (hammy_session_finish_early (f->fake->session));
  g_assert_cmpstr (title (f), ==, "Session Ended");

  rows = dup_rows (f);
  g_assert_true (g_str_has_prefix (rows, "Sets: 1 of 3 done\nPain During: Highest 1, average 1.0\nTime: "));
  g_assert_null (strstr (rows, "Effort"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  adw_init ();
  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/session-summary-screen/done", test_done);
  ADD ("/session-summary-screen/ended-early", test_ended_early);
#undef ADD

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
