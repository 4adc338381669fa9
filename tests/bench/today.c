/* today.c: working out today's state (HammyToday) with ten years of history against one year.
 *
 * Each history is a session a day with its sets, a morning check-in a day and a record of what
 * was due, written as month files the way Hammy writes them, ending the day before a plan made
 * this morning. HammyToday reads only the recent weeks of the log (docs/programme.md, "Today"),
 * so the two should cost the same: the budget is 1.1× for ten years against one, the medians of
 * rounds taken in turns so that the machine's noise falls on both alike.
 *
 *   today [ROUNDS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-utils.h"
#include "hammy-clock.h"
#include "hammy-core-test-utils.h"
#include "hammy-today.h"

#define BUDGET 1.1
#define DEFAULT_ROUNDS 200

static const char * const exercises[] = {
  "glute-bridge", "askling-extender", "askling-diver", "askling-glider",
  "side-lying-leg-raise", "plank", "ball-hamstring-curl",
};

/* A strain, six days old, walking comfortable: the build plan, the Askling trio in it. */
static const char answers_json[] =
  "{\"rf_saddle_bladder\": false, \"rf_weakness\": false, \"rf_calf\": false, \"rf_unwell\": false,"
  " \"side\": \"left\", \"onset\": \"sudden\", \"days_since_onset\": 6, \"pop\": false, \"bruising\": \"none\","
  " \"location\": \"middle\", \"pain_rest\": 0, \"pain_walking\": 1, \"gait_altered\": false,"
  " \"test_single_leg_bridge\": \"painful\", \"bridge_hold_pain\": 1, \"running\": \"not_tried\"}";

static void
write_month (const char *log_dir,
             const char *month,
             GString    *sessions,
             GString    *checkins,
             GString    *dues)
{
  g_autofree char *name = g_strdup_printf ("%s.json", month);
  g_autofree char *path = g_build_filename (log_dir, name, NULL);
  g_autofree char *text = g_strdup_printf ("{\n \"format\": \"hammy-log\",\n \"version\": 2,\n \"month\": \"%s\",\n"
                                           " \"sessions\": [%s\n ],\n \"checkins\": [%s\n ],\n \"due\": [%s\n ]\n}\n",
                                           month, sessions->str, checkins->str, dues->str);

  if (!g_file_set_contents (path, text, -1, NULL))
    g_error ("%s could not be written", path);
}

/* @years of history up to the day before @today, in UTC days. */
static void
write_history (const char *root,
               GDateTime  *today,
               guint       years)
{
  g_autofree char *log_dir = g_build_filename (root, "profiles", "default", "log", NULL);
  g_autoptr(GString) sessions = g_string_new (NULL);
  g_autoptr(GString) checkins = g_string_new (NULL);
  g_autoptr(GString) dues = g_string_new (NULL);
  g_autofree char *month = NULL;
  guint days = years * 365;

  g_mkdir_with_parents (log_dir, 0700);
  for (guint back = days; back > 0; back--)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (today, -(int) back);
      g_autoptr(GDateTime) session = g_date_time_add_hours (start, 10);
      g_autoptr(GDateTime) next = g_date_time_add_days (start, 1);
      g_autofree char *key = g_date_time_format (start, "%Y-%m");
      g_autofree char *stamp = g_date_time_format_iso8601 (session);
      g_autofree char *date = g_date_time_format (start, "%Y-%m-%d");
      g_autofree char *morning = g_date_time_format (next, "%Y-%m-%d");
      g_autofree char *morning_month = g_date_time_format (next, "%Y-%m");

      if (month != NULL && !g_str_equal (key, month))
        {
          write_month (log_dir, month, sessions, checkins, dues);
          g_string_truncate (sessions, 0);
          g_string_truncate (checkins, 0);
          g_string_truncate (dues, 0);
        }
      g_free (month);
      month = g_strdup (key);

      g_string_append_printf (sessions, "%s\n  {\"id\": \"%s\", \"started\": \"%s\", \"ended\": \"%s\", \"phase\": \"build\","
                                        " \"planned_sets\": %u, \"status\": \"done\", \"sets\": [",
                              sessions->len > 0 ? "," : "", stamp, stamp, stamp, (guint) G_N_ELEMENTS (exercises) * 3);
      for (guint s = 0; s < G_N_ELEMENTS (exercises) * 3; s++)
        g_string_append_printf (sessions, "%s{\"exercise\": \"%s\", \"side\": \"left\", \"number\": %u, \"reps\": 10,"
                                          " \"pain\": %u, \"effort\": 6, \"at\": %u, \"load\": \"bodyweight\"}",
                                s == 0 ? "" : ", ", exercises[s / 3], s % 3 + 1, (back + s) % 3, 60 * (s + 1));
      g_string_append (sessions, "]}");

      g_string_append_printf (dues, "%s\n  {\"date\": \"%s\", \"items\": {", dues->len > 0 ? "," : "", date);
      for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
        g_string_append_printf (dues, "%s\"%s\": %u", e == 0 ? "" : ", ", exercises[e], e == 1 ? 2 : 1);
      g_string_append (dues, "}}");

      /* The morning after, in its own month when the day is the month's last. */
      if (g_str_equal (morning_month, key))
        g_string_append_printf (checkins, "%s\n  {\"date\": \"%s\", \"leg\": \"same\"}",
                                checkins->len > 0 ? "," : "", morning);
    }
  if (month != NULL)
    write_month (log_dir, month, sessions, checkins, dues);
}

typedef struct
{
  HammyClock *clock;
  HammyData  *data;
} Person;

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_data_load_finish (HAMMY_DATA (source), result, &error))
    g_error ("The history could not be read: %s", error->message);
  *done = TRUE;
}

static void
person_open (Person       *person,
             const char   *root,
             HammyLibrary *library,
             GDateTime    *now)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(HammyAssessment) assessment = NULL;
  gboolean done = FALSE;

  person->clock = hammy_fake_clock_new (now);
  person->data = hammy_data_new (root, library);
  hammy_data_set_clock (person->data, person->clock);
  hammy_data_load_async (person->data, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  if (!json_parser_load_from_data (parser, answers_json, -1, NULL))
    g_error ("The answers do not parse");
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), now);
  hammy_data_add_assessment (person->data, assessment);
  if (hammy_data_get_plan (person->data) == NULL)
    g_error ("No plan was made");
}

static void
person_close (Person *person)
{
  hammy_data_flush (person->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&person->data);
  g_clear_object (&person->clock);
}

static gint64
time_today (Person    *person,
            GDateTime *now)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(HammyToday) today = hammy_today_new (person->data, now);
  gint64 elapsed = g_get_monotonic_time () - start;

  if (hammy_today_get_state (today) != HAMMY_TODAY_TRAINING || hammy_today_get_n_items (today) == 0)
    g_error ("Today has nothing to train");
  /* The history was read: what it holds is not new to the person. */
  if (g_strv_contains (hammy_today_get_new_today (today), "glute-bridge"))
    g_error ("Today took the glute bridge for new after years of it");
  return elapsed;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = g_dir_make_tmp ("hammy-bench-today-XXXXXX", NULL);
  g_autofree char *ten_root = g_build_filename (base, "ten-years", NULL);
  g_autofree char *one_root = g_build_filename (base, "one-year", NULL);
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (2036, 3, 2, 0, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_add_hours (midnight, 8);
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ten = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HammyLibrary) library = NULL;
  Person one_person = { 0 }, ten_person = { 0 };
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : DEFAULT_ROUNDS;
  double one_ms, ten_ms, ratio;

  /* Days are UTC days here, as the history writes them. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  setlocale (LC_ALL, "C.UTF-8");
  if (rounds == 0)
    rounds = DEFAULT_ROUNDS;

  library = hammy_test_load_library ();

  write_history (ten_root, midnight, 10);
  write_history (one_root, midnight, 1);
  person_open (&ten_person, ten_root, library, now);
  person_open (&one_person, one_root, library, now);
  printf ("today: ten years: %u sessions; one year: %u sessions\n",
          hammy_log_get_n_sessions (hammy_data_get_log (ten_person.data)),
          hammy_log_get_n_sessions (hammy_data_get_log (one_person.data)));

  /* The first look writes today's record of what is due; the rounds measure what follows. */
  time_today (&ten_person, now);
  time_today (&one_person, now);
  for (guint i = 0; i < rounds; i++)
    {
      gint64 a = time_today (&one_person, now);
      gint64 b = time_today (&ten_person, now);

      g_array_append_val (one, a);
      g_array_append_val (ten, b);
    }

  one_ms = bench_median_ms (one);
  ten_ms = bench_median_ms (ten);
  ratio = ten_ms / one_ms;
  printf ("today: one year %.3f ms, ten years %.3f ms (medians of %u): %.2f× (budget %.1f×): %s\n",
          one_ms, ten_ms, rounds, ratio, BUDGET, ratio <= BUDGET ? "within budget" : "OVER BUDGET");

  person_close (&ten_person);
  person_close (&one_person);
  hammy_test_remove_tree (base);

  return ratio <= BUDGET ? 0 : 1;
}
