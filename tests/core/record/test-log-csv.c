/* test-log-csv.c: the log as a spreadsheet file: a header, a row for each set and check-in in
 * the order they happened, fields quoted as RFC 4180 has it, UTF-8 with its byte-order mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-log-csv.h"

static void
test_rows (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "log");
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 3, 10, 18, 0, 0);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) rows = NULL;
  g_autofree char *bridge = NULL;
  HammyLogSet set = { (char *) "single-leg-bridge", HAMMY_SIDE_LEFT, 2, 10, 0, 12.5, 3, 6, (char *) "A private note", 0, NULL };
  HammyLogSet hold = { (char *) "plank", HAMMY_SIDE_BOTH, 1, 0, 30, 0, -1, 0, NULL, 0, NULL };
  HammyLogCheckin morning = { (char *) "2026-03-10", HAMMY_COMPARED_BETTER, NULL, -1, FALSE };
  HammyLogCheckin warning = { (char *) "2026-03-11", HAMMY_COMPARED_WORSE, (char *) "rf_calf", 4, FALSE };
  const char *session;
  const char *text;
  gsize length;

  session = hammy_log_begin_session (log, started, "build", 2);
  set.finished = g_date_time_to_unix (started) + 120;
  hold.finished = g_date_time_to_unix (started) + 240;
  hammy_log_add_set (log, session, &set, NULL, NULL);
  hammy_log_add_set (log, session, &hold, NULL, NULL);
  hammy_log_end_session (log, session, started, HAMMY_SESSION_DONE);
  hammy_log_add_checkin (log, &morning);
  hammy_log_add_checkin (log, &warning);

  bytes = hammy_log_to_csv (log, library);
  text = g_bytes_get_data (bytes, &length);
  /* UTF-8, said so at the start for spreadsheets; lines end as RFC 4180 has them. */
  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  rows = g_strsplit (text + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 6);
  g_assert_cmpstr (rows[0], ==, "Date,Time,Entry,Exercise,Side,Set,Reps,Hold (seconds),Added weight (kg),"
                                "Pain (0–10),Effort (1–10),Morning");
  /* The morning check-in comes before the session of its day; notes stay out of the file. */
  g_assert_cmpstr (rows[1], ==, "2026-03-10,,morning check-in,,,,,,,,,better than usual");
  bridge = g_strdup_printf ("2026-03-10,18:02,set,%s,left,2,10,,12.5,3,6,",
                            hammy_exercise_get_name (hammy_library_lookup_exercise (library, "single-leg-bridge")));
  g_assert_cmpstr (rows[2], ==, bridge);
  g_assert_nonnull (strstr (rows[3], ",set,Plank,both,1,,30,,,,"));
  /* A field with a comma in it is quoted, so that it stays one field. */
  g_assert_cmpstr (rows[4], ==, "2026-03-11,,morning check-in,,,,,,,4,,\"worse than usual, with a warning sign (rf_calf)\"");
  g_assert_cmpstr (rows[5], ==, "");
  g_assert_null (strstr (text, "private"));

  hammy_store_flush (store);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/log-csv/rows", test_rows);

  return g_test_run ();
}
