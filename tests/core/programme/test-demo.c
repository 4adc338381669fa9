/* test-demo.c: the demo patient: six weeks of history made through the app's own writers, the
 * same for the same name, on the clock it is given, and only in an empty profile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-demo.h"
#include "hammy-history.h"
#include "hammy-log-csv.h"
#include "hammy-visit-summary.h"

static HammyLibrary *library;

static HammyData *
new_data (const char *folder)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), folder, NULL);
  HammyData *data = hammy_data_new (root, library);

  g_assert_true (hammy_test_load_data (data));
  return data;
}

static void
free_data (HammyData *data)
{
  hammy_data_flush (data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  hammy_test_unref_and_wait_finalized (data);
}

static GBytes *
fill (const char *folder,
      const char *name,
      GDateTime  *now)
{
  HammyData *data = new_data (folder);
  g_autoptr(GError) error = NULL;
  GBytes *csv;

  g_assert_true (hammy_demo_fill (data, name, now, &error));
  g_assert_no_error (error);
  csv = hammy_log_to_csv (hammy_data_get_log (data), library);
  free_data (data);
  return csv;
}

static void
test_six_weeks (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 7, 10, 0, 0);
  HammyData *data = new_data ("six-weeks");
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyVisitSummary) summary = NULL;
  HammyLog *log = hammy_data_get_log (data);
  GDate first, today, since;
  guint n_sessions, n_sets = 0, n_above = 0;

  g_assert_true (hammy_demo_fill (data, "Zoë Müller-Łukasiewicz", now, &error));
  g_assert_no_error (error);

  /* A check six weeks back, its plan, and sessions on most days since, none of them today. */
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 1);
  g_assert_nonnull (hammy_data_get_plan (data));
  n_sessions = hammy_log_get_n_sessions (log);
  g_assert_cmpuint (n_sessions, >=, 12);
  g_assert_true (hammy_history_get_first_date (log, &first));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 7, 12, 2026);
  g_assert_cmpint (g_date_days_between (&first, &today), <=, HAMMY_DEMO_DAYS);
  g_assert_cmpint (g_date_days_between (&first, &today), >=, HAMMY_DEMO_DAYS - 7);
  for (guint i = 0; i < n_sessions; i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (session->started);

      g_assert_cmpint (g_date_time_compare (started, now), <, 0);
      g_assert_cmpuint (session->sets->len, >, 0);
      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          n_sets++;
          n_above += set->pain > 4;
          g_assert_cmpint (set->effort, >=, 1);
          g_assert_nonnull (hammy_library_lookup_exercise (library, set->exercise));
        }
    }
  /* Plausible: pain within what lets a session go on, mornings after, and what was due. */
  g_assert_cmpuint (n_sets, >, 100);
  g_assert_cmpuint (n_above, ==, 0);
  g_assert_cmpuint (hammy_log_get_n_checkins (log), >=, 10);
  g_assert_cmpuint (hammy_log_get_n_dues (log), >=, HAMMY_DEMO_DAYS - 7);

  /* The visit summary reads it as it would a real patient's. */
  since = today;
  g_date_subtract_days (&since, 27);
  summary = hammy_visit_summary_new_for_data (data, &since, now);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_due, >, 0);
  g_assert_cmpuint (hammy_visit_summary_get_adherence (summary)->n_days_trained, >, 0);

  /* Only a new, empty profile is filled. */
  g_assert_false (hammy_demo_fill (data, "Zoë Müller-Łukasiewicz", now, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  free_data (data);
}

/* The same name on the same clock gives the same history; another name another. */
static void
test_same_name_same_history (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 7, 10, 0, 0);
  g_autoptr(GBytes) first = fill ("same-1", "Ada Okafor", now);
  g_autoptr(GBytes) again = fill ("same-2", "Ada Okafor", now);
  g_autoptr(GBytes) other = fill ("same-3", "Ben Quist", now);

  g_assert_true (g_bytes_equal (first, again));
  g_assert_false (g_bytes_equal (first, other));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  library = hammy_test_load_library ();

  g_test_add_func ("/demo/six-weeks", test_six_weeks);
  g_test_add_func ("/demo/same-name-same-history", test_same_name_same_history);

  return g_test_run ();
}
