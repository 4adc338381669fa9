/* store.c: ten years of daily sessions (3,650 sessions, about 70,000 sets).
 *
 *   1. Loading the log against json-glib parsing the same bytes into no model (budget 2×).
 *   2. Saving one set with one year of history against ten years (budget: the same within
 *      noise; a set rewrites its own month only).
 *   3. With Hammy's path: launch to first frame with ten years of history against an empty
 *      data folder (the history must not delay the first frame).
 *
 *   store [HAMMY]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>
#include <stdio.h>

#include "bench-utils.h"
#include "hammy-log.h"

#define LOAD_BUDGET 2.0
#define SAVE_BUDGET 1.5   /* "the same within noise": fsync times vary by more than 20% */
#define FRAME_BUDGET 1.15

static const char * const exercises[] = {
  "single-leg-bridge", "askling-extender", "askling-diver", "askling-glider",
  "side-lying-leg-raise", "plank", "ball-hamstring-curl",
};

/* Month files written as text, as a person's Hammy would have written them over the years. */
static guint
write_history (const char *root,
               guint       years)
{
  g_autofree char *log_dir = g_build_filename (root, "profiles", "default", "log", NULL);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2016, 1, 1, 7, 30, 0);
  g_autoptr(GString) text = NULL;
  g_autofree char *month = NULL;
  guint days = years * 365, n_sets = 0;

  g_mkdir_with_parents (log_dir, 0700);

  for (guint day = 0; day <= days; day++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, day);
      g_autoptr(GDateTime) local = g_date_time_to_local (start);
      g_autofree char *key = g_date_time_format (local, "%Y-%m");
      g_autofree char *stamp = g_date_time_format_iso8601 (start);

      if (month != NULL && (day == days || !g_str_equal (key, month)))
        {
          g_autofree char *name = g_strdup_printf ("%s.json", month);
          g_autofree char *path = g_build_filename (log_dir, name, NULL);

          g_string_append (text, "\n ],\n \"checkins\": []\n}\n");
          g_file_set_contents (path, text->str, text->len, NULL);
          g_clear_pointer (&month, g_free);
        }
      if (day == days)
        break;

      if (month == NULL)
        {
          month = g_strdup (key);
          if (text != NULL)
            g_string_free (text, TRUE);
          text = g_string_new (NULL);
          g_string_append_printf (text, "{\n \"format\": \"hammy-log\",\n \"version\": 1,\n \"month\": \"%s\",\n \"sessions\": [", key);
        }
      else
        g_string_append_c (text, ',');

      g_string_append_printf (text, "\n  {\n   \"id\": \"%s\",\n   \"started\": \"%s\",\n   \"phase\": \"build\",\n"
                                    "   \"planned_sets\": 20,\n   \"status\": \"done\",\n   \"sets\": [",
                              stamp, stamp);
      for (guint s = 0; s < 19 + day % 2; s++, n_sets++)
        g_string_append_printf (text, "%s\n    {\"exercise\": \"%s\", \"side\": \"%s\", \"number\": %u, \"reps\": 12,"
                                      " \"load_kg\": 8.5, \"pain\": %u, \"effort\": 7, \"at\": %u}",
                                s == 0 ? "" : ",", exercises[s % G_N_ELEMENTS (exercises)],
                                s % 2 ? "left" : "right", s / 2 + 1, (day + s) % 5, 60 * (s + 1));
      g_string_append (text, "\n   ]\n  }");
    }

  return n_sets;
}

/* json-glib parsing every month file into its own tree and nothing more. */
static gint64
time_parse_only (const char *root)
{
  g_autofree char *log_dir = g_build_filename (root, "profiles", "default", "log", NULL);
  g_autoptr(GDir) dir = g_dir_open (log_dir, 0, NULL);
  gint64 start = g_get_monotonic_time ();
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (log_dir, name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json") || !g_file_get_contents (path, &contents, &length, NULL) ||
          !json_parser_load_from_data (parser, contents, length, NULL))
        g_error ("%s did not parse", path);
    }

  return g_get_monotonic_time () - start;
}

static gint64
time_load (const char *root,
           guint       expected_sets)
{
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  log = hammy_log_load (store, "profiles/default/log", &problems);
  elapsed = g_get_monotonic_time () - start;

  if (problems->len > 0 || hammy_log_get_n_sets (log) != expected_sets)
    g_error ("The history did not load whole: %u sets, %u problems", hammy_log_get_n_sets (log), problems->len);

  return elapsed;
}

typedef struct
{
  HammyLog *log;
  gboolean  saved;
} Saving;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Saving *saving = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_log_save_finish (saving->log, result, &error))
    g_error ("A set was not saved: %s", error->message);
  saving->saved = TRUE;
}

/* From asking to save one set to its month being on disk. */
static gint64
time_save_one_set (HammyLog   *log,
                   const char *session,
                   guint       number)
{
  HammyLogSet set = { (char *) "single-leg-bridge", HAMMY_SIDE_LEFT, number, 12, 0, 8.5, 2, 7, NULL, 0 };
  Saving saving = { log, FALSE };
  gint64 start;

  set.finished = hammy_log_lookup_session (log, session)->started + 60 * number;
  start = g_get_monotonic_time ();
  hammy_log_add_set (log, session, &set, on_saved_cb, &saving);
  while (!saving.saved)
    g_main_context_iteration (NULL, TRUE);

  return g_get_monotonic_time () - start;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = g_dir_make_tmp ("hammy-bench-store-XXXXXX", NULL);
  g_autofree char *ten = g_build_filename (base, "ten-years", NULL);
  g_autofree char *one = g_build_filename (base, "one-year", NULL);
  g_autofree char *empty = g_build_filename (base, "empty", NULL);
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) save_one = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) save_ten = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HammyStore) one_store = NULL;
  g_autoptr(HammyStore) ten_store = NULL;
  g_autoptr(HammyLog) one_log = NULL;
  g_autoptr(HammyLog) ten_log = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  const char *one_session, *ten_session;
  guint ten_sets, one_sets;
  double load_ratio, save_ratio;
  int status = 0;

  setlocale (LC_ALL, "C.UTF-8");

  ten_sets = write_history (ten, 10);
  one_sets = write_history (one, 1);
  g_mkdir_with_parents (empty, 0700);
  printf ("store: ten years: %u sessions, %u sets; one year: %u sets\n", 3650, ten_sets, one_sets);

  /* 1. Loading against parsing, alternating, after one warm-up of each. */
  time_parse_only (ten);
  time_load (ten, ten_sets);
  for (guint i = 0; i < 9; i++)
    {
      gint64 p = time_parse_only (ten);
      gint64 l = time_load (ten, ten_sets);

      g_array_append_val (parse, p);
      g_array_append_val (load, l);
    }
  load_ratio = bench_median_ms (load) / bench_median_ms (parse);
  printf ("store: json-glib parse only   median %.1f ms\n", bench_median_ms (parse));
  printf ("store: Hammy log load         median %.1f ms\n", bench_median_ms (load));
  printf ("store: load ratio %.2f× (budget %.1f×): %s\n", load_ratio, LOAD_BUDGET,
          load_ratio <= LOAD_BUDGET ? "within budget" : "OVER BUDGET");
  if (load_ratio > LOAD_BUDGET)
    status = 1;

  /* 2. One set saved into today's month, with one year and with ten years behind it. */
  one_store = hammy_store_new (one);
  ten_store = hammy_store_new (ten);
  one_log = hammy_log_load (one_store, "profiles/default/log", NULL);
  ten_log = hammy_log_load (ten_store, "profiles/default/log", NULL);
  one_session = hammy_log_begin_session (one_log, today, "build", 40);
  ten_session = hammy_log_begin_session (ten_log, today, "build", 40);
  hammy_store_flush (one_store);
  hammy_store_flush (ten_store);
  for (guint i = 1; i <= 31; i++)
    {
      gint64 o = time_save_one_set (one_log, one_session, i);
      gint64 t = time_save_one_set (ten_log, ten_session, i);

      g_array_append_val (save_one, o);
      g_array_append_val (save_ten, t);
    }
  save_ratio = bench_median_ms (save_ten) / bench_median_ms (save_one);
  printf ("store: save one set, one year   median %.2f ms\n", bench_median_ms (save_one));
  printf ("store: save one set, ten years  median %.2f ms\n", bench_median_ms (save_ten));
  printf ("store: save ratio %.2f× (budget: the same within noise, %.1f×): %s\n", save_ratio, SAVE_BUDGET,
          save_ratio <= SAVE_BUDGET ? "within budget" : "OVER BUDGET");
  if (save_ratio > SAVE_BUDGET)
    status = 1;

  /* 3. The first frame does not wait for the history. */
  if (argc > 1)
    {
      g_autoptr(GArray) with_history = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) without = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *ten_env = g_strdup_printf ("XDG_DATA_HOME=%s", base);
      g_autofree char *empty_env = g_strdup_printf ("XDG_DATA_HOME=%s", empty);
      g_autoptr(GError) error = NULL;
      g_autofree char *link = g_build_filename (base, "hammy", NULL);
      const char *history_env[] = { ten_env, NULL };
      const char *empty_envp[] = { empty_env, NULL };
      double frame_ratio;

      /* $XDG_DATA_HOME/hammy is the data folder: point it at the ten years. */
      if (symlink (ten, link) != 0)
        g_error ("Could not link the history: %s", g_strerror (errno));

      bench_time_to_first_frame (argv[1], empty_envp, &error);
      bench_time_to_first_frame (argv[1], history_env, &error);
      for (guint i = 0; i < 9 && error == NULL; i++)
        {
          gint64 e = bench_time_to_first_frame (argv[1], empty_envp, &error);
          gint64 h = error == NULL ? bench_time_to_first_frame (argv[1], history_env, &error) : -1;

          g_array_append_val (without, e);
          g_array_append_val (with_history, h);
        }
      if (error != NULL)
        g_error ("store: %s", error->message);

      frame_ratio = bench_median_ms (with_history) / bench_median_ms (without);
      printf ("store: first frame, empty data folder  median %.1f ms\n", bench_median_ms (without));
      printf ("store: first frame, ten years          median %.1f ms\n", bench_median_ms (with_history));
      printf ("store: first-frame ratio %.2f× (budget %.2f×): %s\n", frame_ratio, FRAME_BUDGET,
              frame_ratio <= FRAME_BUDGET ? "within budget" : "OVER BUDGET");
      if (frame_ratio > FRAME_BUDGET)
        status = 1;
    }

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", base);

    if (system (command) != 0)
      g_printerr ("store: %s was left behind\n", base);
  }

  return status;
}
