/* test-round-trip.c: whatever a writer of the data folder produces, its reader takes and gives
 * back the same. Sessions, sets, check-ins and due records made from generated inputs (in and
 * out of range), on any clock the app accepts and in any time zone, written, read back and
 * compared; checks saved and read back; and several backups restored into one profile, read
 * back whole. Repeatable with --seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-data-private.h"
#include "hammy-json-guard.h"

#define ROUNDS 40

static HammyLibrary *library;

static const char * const zones[] = {
  "UTC0", "UTC-14", "UTC+12", "XXX-5:30", "XXX+3:30", "XXX-12:45", "UTC+5", "UTC-2",
  "CET-1CEST,M3.5.0,M10.5.0/3", "AEST-10AEDT,M10.1.0,M4.1.0/3", "EST5EDT,M3.2.0,M11.1.0",
};

/* ---- what is generated --------------------------------------------------------------- */

/* Any moment a clock might say, well outside what the files hold: the writers keep it within. */
static GDateTime *
any_time (void)
{
  gint64 seconds;

  switch (g_test_rand_int_range (0, 4))
    {
    case 0:
      seconds = g_test_rand_int_range (-2000000000, 946684800);   /* 1906 to 2000 */
      break;
    case 1:
      /* The last days of 9999, where a time zone could push a day into the year 10000. */
      seconds = G_GINT64_CONSTANT (253402300799) - g_test_rand_int_range (0, 400000);
      break;
    default:
      seconds = G_GINT64_CONSTANT (1600000000) + g_test_rand_int_range (0, 400000000);
      break;
    }

  /* In UTC: the last days of 9999 have no local time east of it. */
  return g_date_time_new_from_unix_utc (seconds);
}

static char *
any_id (void)
{
  static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789-_:+.";
  static const char * const known[] = { "single-leg-bridge", "askling-diver", "plank", "ladder-run", "gone-from-the-library" };
  guint length;
  GString *id;

  if (g_test_rand_bit ())
    return g_strdup (known[g_test_rand_int_range (0, G_N_ELEMENTS (known))]);

  length = g_test_rand_int_range (1, 65);
  id = g_string_new (NULL);
  for (guint i = 0; i < length; i++)
    g_string_append_c (id, chars[g_test_rand_int_range (0, sizeof chars - 1)]);
  return g_string_free (id, FALSE);
}

/* Text of any characters, sometimes longer than a note may be. */
static char *
any_text (void)
{
  guint length = g_test_rand_bit () ? g_test_rand_int_range (0, 40) : g_test_rand_int_range (1900, 2600);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      gunichar c;

      switch (g_test_rand_int_range (0, 6))
        {
        case 0:
          c = g_test_rand_int_range (0x20, 0x7f);
          break;
        case 1:
          c = g_test_rand_int_range (0xa0, 0x800);
          break;
        case 2:
          c = g_test_rand_int_range (0x1f300, 0x1f6ff);
          break;
        case 3:
          c = "\"\\\n\t/{}[]'"[g_test_rand_int_range (0, 10)];
          break;
        default:
          c = g_test_rand_int_range ('a', 'z' + 1);
          break;
        }
      g_string_append_unichar (text, c);
    }

  return g_string_free (text, FALSE);
}

static char *
any_day (void)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_test_rand_int_range (1970, 10000), g_test_rand_int_range (1, 13),
                          g_test_rand_int_range (1, 29));
}

static void
fill_log (HammyLog *log)
{
  const char * const *warnings = hammy_log_get_warnings ();
  guint n_sessions = g_test_rand_int_range (0, 12);

  for (guint s = 0; s < n_sessions; s++)
    {
      g_autoptr(GDateTime) started = any_time ();
      g_autofree char *phase = g_test_rand_bit () ? any_id () : NULL;
      const char *id = hammy_log_begin_session (log, started, phase, g_test_rand_int_range (0, 3000));
      g_autofree char *session_id = g_strdup (id);
      const HammyLogSession *session = hammy_log_lookup_session (log, session_id);
      guint n_sets = g_test_rand_int_range (0, 30);

      if (g_test_rand_bit ())
        {
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

          for (guint i = 0, n = g_test_rand_int_range (0, 80); i < n; i++)
            g_ptr_array_add (items, any_id ());
          g_ptr_array_add (items, NULL);
          hammy_log_set_session_items (log, session_id, (const char * const *) items->pdata);
        }
      if (g_test_rand_int_range (0, 4) == 0)
        hammy_log_set_session_warning (log, session_id, warnings[g_test_rand_int_range (0, g_strv_length ((char **) warnings))]);

      for (guint k = 0; k < n_sets; k++)
        {
          g_autofree char *exercise = any_id ();
          g_autofree char *note = g_test_rand_bit () ? any_text () : NULL;
          g_autofree char *load_id = any_id ();
          g_autofree char *load = g_test_rand_bit () ? g_strndup (load_id, 16) : NULL;
          HammyLogSet set = { 0 };

          set.exercise = exercise;
          set.side = g_test_rand_int_range (0, 3);
          set.number = g_test_rand_int_range (0, 200);
          set.reps = g_test_rand_bit () ? g_test_rand_int_range (0, 2000) : 0;
          set.hold_seconds = set.reps == 0 ? g_test_rand_int_range (0, 9000) : 0;
          set.load_kg = g_test_rand_bit () ? g_test_rand_double_range (-5, 1500) : 0;
          set.pain = g_test_rand_int_range (-3, 14);
          set.effort = g_test_rand_int_range (-3, 14);
          set.note = note;
          set.load = load;
          set.finished = session->started + g_test_rand_int_range (-100, 900000);
          hammy_log_add_set (log, session_id, &set, NULL, NULL);
        }

      if (g_test_rand_bit ())
        {
          g_autoptr(GDateTime) ended = any_time ();

          hammy_log_end_session (log, session_id, ended, g_test_rand_int_range (0, 4));
        }
    }

  for (guint c = 0, n = g_test_rand_int_range (0, 6); c < n; c++)
    {
      g_autofree char *day = any_day ();
      HammyLogCheckin checkin = { day, g_test_rand_int_range (-3, 4), NULL, g_test_rand_int_range (-3, 14), g_test_rand_bit () };

      if (g_test_rand_int_range (0, 3) == 0)
        checkin.warning = (char *) warnings[g_test_rand_int_range (0, g_strv_length ((char **) warnings))];
      hammy_log_add_checkin (log, &checkin);
    }

  for (guint d = 0, n = g_test_rand_int_range (0, 4); d < n; d++)
    {
      g_autofree char *day = any_day ();
      g_autoptr(GPtrArray) exercises = g_ptr_array_new_with_free_func (g_free);
      g_autofree guint *occurrences = g_new0 (guint, 65);
      HammyLogDue due = { day, NULL, occurrences };
      guint n_items = g_test_rand_int_range (0, 10);

      for (guint i = 0; i < n_items; i++)
        {
          g_autofree char *id = any_id ();
          gboolean taken = FALSE;

          for (guint j = 0; j < exercises->len && !taken; j++)
            taken = g_str_equal (g_ptr_array_index (exercises, j), id);
          if (taken)
            continue;
          occurrences[exercises->len] = g_test_rand_int_range (1, 3);
          g_ptr_array_add (exercises, g_steal_pointer (&id));
        }
      g_ptr_array_add (exercises, NULL);
      due.exercises = (char **) exercises->pdata;
      hammy_log_set_due (log, &due);
    }
}

/* ---- comparing ----------------------------------------------------------------------- */

static char *
month_text (HammyLog   *log,
            const char *key)
{
  g_autoptr(JsonNode) node = hammy_log_month_to_json (log, key);

  return json_to_string (node, TRUE);
}

/* The two logs hold the same months, each the same to the byte once written. */
static void
assert_logs_equal (HammyLog *written,
                   HammyLog *read)
{
  g_auto(GStrv) keys = hammy_log_dup_months (written);
  g_auto(GStrv) read_keys = hammy_log_dup_months (read);

  g_assert_cmpuint (hammy_log_get_n_sessions (read), ==, hammy_log_get_n_sessions (written));
  g_assert_cmpuint (hammy_log_get_n_sets (read), ==, hammy_log_get_n_sets (written));
  g_assert_cmpuint (hammy_log_get_n_checkins (read), ==, hammy_log_get_n_checkins (written));
  g_assert_cmpuint (hammy_log_get_n_dues (read), ==, hammy_log_get_n_dues (written));
  g_assert_cmpstrv (read_keys, keys);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *a = month_text (written, keys[i]);
      g_autofree char *b = month_text (read, keys[i]);

      g_assert_cmpstr (b, ==, a);
    }
}

/* ---- the properties ------------------------------------------------------------------ */

/* Every month the log writes reads back, the same, in any time zone and on any clock. */
static void
test_log_reads_back_what_it_writes (void)
{
  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *name = g_strdup_printf ("log-%u", round);
      g_autofree char *root = g_build_filename (g_get_user_data_dir (), name, NULL);
      g_autoptr(HammyStore) store = hammy_store_new (root);
      g_autoptr(HammyLog) log = hammy_log_new (store, "log");
      g_autoptr(HammyLog) again = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      const char *zone = zones[g_test_rand_int_range (0, G_N_ELEMENTS (zones))];

      g_setenv ("TZ", zone, TRUE);
      fill_log (log);
      /* Read back in another time zone: the files do not depend on where they are read. */
      g_setenv ("TZ", zones[g_test_rand_int_range (0, G_N_ELEMENTS (zones))], TRUE);
      hammy_store_flush (store);

      again = hammy_log_load (store, "log", &problems);
      if (problems->len > 0)
        g_error ("Round %u, written in %s: %s", round, zone, ((HammyStoreProblem *) g_ptr_array_index (problems, 0))->message);
      assert_logs_equal (log, again);
    }
  g_unsetenv ("TZ");
}

static void
on_problem_cb (HammyData  *data,
               const char *message,
               gpointer    user_data)
{
  g_error ("%s", message);
}

static HammyData *
open_data (const char *root,
           HammyClock *clock)
{
  HammyData *data = hammy_data_new (root, library);

  hammy_data_set_clock (data, clock);
  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), NULL);
  g_assert_true (hammy_test_load_data (data));
  return data;
}

static char *
checks_text (HammyData *data)
{
  GListModel *checks = hammy_data_get_assessments (data);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(HammyAssessment) check = g_list_model_get_item (checks, i);
      g_autoptr(JsonNode) node = hammy_check_file_to_json (check);
      g_autofree char *one = json_to_string (node, FALSE);

      g_string_append (text, one);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* Several profiles, each with its own clock and log, backed up and restored into one: the
 * backups read back, the restored profile reads back as it was left, and restoring again adds
 * nothing. */
static void
test_restored_backups_read_back (void)
{
  static const char * const answers[] = { HAMMY_TEST_ANSWERS_BUILD, HAMMY_TEST_ANSWERS_CALM, HAMMY_TEST_ANSWERS_CLOT };

  for (guint round = 0; round < ROUNDS / 4; round++)
    {
      g_autofree char *name = g_strdup_printf ("into-%u", round);
      g_autofree char *root = g_build_filename (g_get_user_data_dir (), name, NULL);
      g_autoptr(GDateTime) start = any_time ();
      g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);
      HammyData *into = open_data (root, clock);
      g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_setenv ("TZ", zones[g_test_rand_int_range (0, G_N_ELEMENTS (zones))], TRUE);
      fill_log (hammy_data_get_log (into));

      for (guint b = 0, n = g_test_rand_int_range (2, 5); b < n; b++)
        {
          g_autofree char *from_name = g_strdup_printf ("from-%u-%u", round, b);
          g_autofree char *from_root = g_build_filename (g_get_user_data_dir (), from_name, NULL);
          g_autoptr(GDateTime) from_start = any_time ();
          g_autoptr(HammyClock) from_clock = hammy_fake_clock_new (from_start);
          HammyData *from = open_data (from_root, from_clock);

          fill_log (hammy_data_get_log (from));
          for (guint c = 0, m = g_test_rand_int_range (0, 4); c < m; c++)
            {
              g_autoptr(GDateTime) when = any_time ();
              g_autoptr(JsonParser) parser = json_parser_new ();
              g_autoptr(HammyAssessment) check = NULL;

              hammy_fake_clock_set_wall_time (from_clock, when);
              g_assert_true (json_parser_load_from_data (parser, answers[g_test_rand_int_range (0, G_N_ELEMENTS (answers))], -1, NULL));
              {
                g_autoptr(GDateTime) now = hammy_clock_dup_utc_time (from_clock);

                check = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), now);
              }
              hammy_data_add_assessment (from, check);
            }
          if (g_test_rand_bit ())
            hammy_data_set_sore_side (from, g_test_rand_bit () ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT);
          g_ptr_array_add (backups, hammy_test_backup_of (from));
          hammy_data_flush (from);
          hammy_test_unref_and_wait_finalized (from);
        }

      for (guint b = 0; b < backups->len; b++)
        {
          g_autoptr(GError) error = NULL;

          hammy_fake_clock_advance (clock, G_USEC_PER_SEC);
          if (!hammy_test_restore_backup (into, g_ptr_array_index (backups, b), &error))
            {
              /* Only ever refused for the limits of a month or of a backup, and then whole. */
              g_assert_true (g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_REFUSED) ||
                             g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE));
            }
        }
      before = checks_text (into);
      {
        g_autoptr(HammyBackup) whole = hammy_test_backup_of (into);
        g_autoptr(GError) error = NULL;
        guint n_checks = g_list_model_get_n_items (hammy_data_get_assessments (into));
        guint n_sessions = hammy_log_get_n_sessions (hammy_data_get_log (into));

        /* Its own backup adds nothing. */
        g_assert_true (hammy_test_restore_backup (into, whole, &error));
        g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (into)), ==, n_checks);
        g_assert_cmpuint (hammy_log_get_n_sessions (hammy_data_get_log (into)), ==, n_sessions);
      }
      hammy_data_flush (into);

      {
        g_autoptr(HammyStore) store = hammy_store_new (root);
        g_autoptr(GPtrArray) problems = NULL;
        g_autoptr(HammyLog) log = NULL;
        HammyLog *written = hammy_data_get_log (into);
        HammyData *again;

        g_setenv ("TZ", zones[g_test_rand_int_range (0, G_N_ELEMENTS (zones))], TRUE);
        /* The log as the reader reads it from the folder, and the checks as HammyData does. */
        g_object_ref (written);
        hammy_test_unref_and_wait_finalized (into);
        log = hammy_log_load (store, "profiles/default/log", &problems);
        g_assert_cmpuint (problems->len, ==, 0);
        assert_logs_equal (written, log);
        g_object_unref (written);
        g_clear_object (&store);

        again = open_data (root, clock);
        after = checks_text (again);
        g_assert_cmpstr (after, ==, before);
        hammy_test_unref_and_wait_finalized (again);
      }
    }
  g_unsetenv ("TZ");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/round-trip/log", test_log_reads_back_what_it_writes);
  g_test_add_func ("/round-trip/restored-backups", test_restored_backups_read_back);

  return g_test_run ();
}
