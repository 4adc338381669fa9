/* startup.c: times launch to first painted frame of Hammy against a minimal libadwaita window
 * built from the same tree, and compares their resident memory a few seconds after start.
 *
 *   startup HAMMY MINIMAL-WINDOW [RUNS [MEMORY-RUNS]]
 *
 * Two people start Hammy: one returning (a data folder with a plan and four weeks of history,
 * the safety notice already seen) and one starting it for the first time (an empty data folder,
 * the notice shown). Every run of Hammy is paired with a run of the minimal window under the
 * same environment, alternating, so both share whatever else the machine is doing; the figures
 * are medians and each ratio is of figures from the same run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-utils.h"
#include "hammy-core-test-utils.h"
#include "hammy-safety.h"

#define FRAME_BUDGET 1.15
#define MEMORY_BUDGET 1.25
#define MEMORY_SECONDS 5

typedef struct
{
  const char *name;
  GArray     *frames;     /* microseconds from launch to the first frame */
  GArray     *cpu;        /* microseconds of CPU time by then, as the program reports it */
  GArray     *resident;   /* kilobytes */
} Launches;

static void
launches_init (Launches   *launches,
               const char *name)
{
  launches->name = name;
  launches->frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  launches->cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  launches->resident = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
launches_clear (Launches *launches)
{
  g_array_unref (launches->frames);
  g_array_unref (launches->cpu);
  g_array_unref (launches->resident);
}

/* The unmeasured warm-up launches leave nothing behind. */
static void
launches_forget (Launches *launches)
{
  g_array_set_size (launches->frames, 0);
  g_array_set_size (launches->cpu, 0);
}

/* XDG_DATA_HOME, XDG_CONFIG_HOME and settings kept in a key file there, as a desktop keeps
 * them in dconf: the notice seen or not is a setting Hammy reads at start. */
static GStrv
environment_for (const char *home)
{
  GStrv environment = g_new0 (char *, 4);

  environment[0] = g_strdup_printf ("XDG_DATA_HOME=%s/data", home);
  environment[1] = g_strdup_printf ("XDG_CONFIG_HOME=%s/config", home);
  environment[2] = g_strdup ("GSETTINGS_BACKEND=keyfile");

  return environment;
}

static void
add_session (HammyLog  *log,
             GDateTime *started)
{
  static const char * const exercises[] = {
    "heel-dig-hold", "glute-bridge", "single-leg-bridge", "askling-extender",
  };
  const char *id = hammy_log_begin_session (log, started, "build", 16);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 25);

  for (guint s = 0; s < 16; s++)
    {
      HammyLogSet set = { (char *) exercises[s / 4], s % 2 ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT,
                          (s % 4) / 2 + 1, 10, 0, 0, 2, 6, NULL,
                          g_date_time_to_unix (started) + 60 * (s + 1) };

      hammy_log_add_set (log, id, &set, NULL, NULL);
    }
  hammy_log_end_session (log, id, ended, HAMMY_SESSION_DONE);
}

/* A person who did the check four weeks ago, got a plan, and trained most days since. */
static void
write_returning_person (const char *home)
{
  g_autofree char *root = g_build_filename (home, "data", "hammy", NULL);
  g_autofree char *keyfile = g_build_filename (home, "config", "glib-2.0", "settings", "keyfile", NULL);
  g_autofree char *settings = g_strdup_printf ("[io/github/hammyapp/Hammy]\nsafety-notice-seen=%u\n",
                                               HAMMY_SAFETY_NOTICE_VERSION);
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(HammyData) data = hammy_data_new (root, library);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) checked = g_date_time_add_days (now, -28);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(HammyAssessment) assessment = NULL;

  hammy_test_write_file (keyfile, settings, -1);

  hammy_data_load_async (data, NULL, NULL, NULL);
  if (!hammy_test_wait_data_loaded (data))
    g_error ("The returning person's data folder could not be made");

  if (!json_parser_load_from_data (parser, HAMMY_TEST_ANSWERS_BUILD, -1, NULL))
    g_error ("The canned answers do not parse");
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), checked);
  hammy_data_add_assessment (data, assessment);
  if (hammy_data_get_plan (data) == NULL)
    g_error ("The returning person has no plan");

  for (int day = 27; day >= 1; day--)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) started = g_date_time_new_local (g_date_time_get_year (morning),
                                                           g_date_time_get_month (morning),
                                                           g_date_time_get_day_of_month (morning),
                                                           7, 30, 0);

      if (day % 3 != 0)
        add_session (hammy_data_get_log (data), started);
    }

  hammy_data_flush (data);
}

/* A fresh, empty home for each first run: Hammy makes its data folder when it starts. */
static GStrv
new_first_run (const char *base)
{
  static guint n;
  g_autofree char *name = g_strdup_printf ("first-%u", n++);
  g_autofree char *home = g_build_filename (base, name, NULL);

  g_mkdir_with_parents (home, 0700);

  return environment_for (home);
}

/* One launch to the first frame, or with @memory, one for the memory after start. */
static gboolean
launch (const char *program,
        GStrv       environment,
        Launches   *launches,
        gboolean    memory)
{
  g_autoptr(GError) error = NULL;
  gint64 sample, cpu = 0;

  if (!memory)
    sample = bench_time_to_first_frame_full (program, (const char * const *) environment, &cpu, &error);
  else
    sample = bench_resident_kb_after (program, (const char * const *) environment, MEMORY_SECONDS, &error);

  if (sample < 0)
    {
      g_printerr ("startup: %s\n", error->message);
      return FALSE;
    }
  g_array_append_val (memory ? launches->resident : launches->frames, sample);
  if (!memory)
    g_array_append_val (launches->cpu, cpu);

  return TRUE;
}

static gboolean
report (const char *what,
        double      hammy,
        double      minimal,
        const char *unit,
        double      budget)
{
  double ratio = hammy / minimal;

  g_autofree char *label = g_strdup_printf ("Hammy, %s", what);

  if (budget <= 0)
    {
      printf ("startup: %-34s median %6.1f %s  ratio %.2f×\n", label, hammy, unit, ratio);
      return TRUE;
    }

  printf ("startup: %-34s median %6.1f %s  ratio %.2f× (budget %.2f×): %s\n",
          label, hammy, unit, ratio, budget, ratio <= budget ? "within budget" : "OVER BUDGET");

  return ratio <= budget;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = g_dir_make_tmp ("hammy-bench-startup-XXXXXX", NULL);
  g_autofree char *returning_home = g_build_filename (base, "returning", NULL);
  g_auto(GStrv) returning_env = environment_for (returning_home);
  Launches minimal, returning, first;
  const char *hammy_path, *minimal_path;
  guint runs = 15, memory_runs = 3;
  gboolean ok = TRUE, within = TRUE;

  if (argc < 3)
    {
      g_printerr ("usage: %s HAMMY MINIMAL-WINDOW [RUNS [MEMORY-RUNS]]\n", argv[0]);
      return 2;
    }
  hammy_path = argv[1];
  minimal_path = argv[2];
  if (argc > 3)
    runs = MAX (1, atoi (argv[3]));
  if (argc > 4)
    memory_runs = MAX (1, atoi (argv[4]));

  write_returning_person (returning_home);
  launches_init (&minimal, "minimal libadwaita window");
  launches_init (&returning, "returning person");
  launches_init (&first, "first run, with the notice");

  /* One unmeasured launch of each warms the page cache and the font cache. */
  {
    g_auto(GStrv) first_env = new_first_run (base);

    ok = launch (minimal_path, returning_env, &minimal, FALSE) &&
         launch (hammy_path, returning_env, &returning, FALSE) &&
         launch (hammy_path, first_env, &first, FALSE);
    launches_forget (&minimal);
    launches_forget (&returning);
    launches_forget (&first);
  }

  /* Each launch of Hammy follows one of the minimal window under the same environment. */
  for (guint i = 0; i < runs && ok; i++)
    {
      g_auto(GStrv) first_env = new_first_run (base);

      ok = launch (minimal_path, returning_env, &minimal, FALSE) &&
           launch (hammy_path, returning_env, &returning, FALSE) &&
           launch (minimal_path, first_env, &minimal, FALSE) &&
           launch (hammy_path, first_env, &first, FALSE);
    }

  for (guint i = 0; i < memory_runs && ok; i++)
    {
      g_auto(GStrv) first_env = new_first_run (base);

      ok = launch (minimal_path, returning_env, &minimal, TRUE) &&
           launch (hammy_path, returning_env, &returning, TRUE) &&
           launch (hammy_path, first_env, &first, TRUE);
    }

  if (ok)
    {
      double minimal_ms = bench_median_ms (minimal.frames);
      double minimal_cpu_ms = bench_median_ms (minimal.cpu);
      double minimal_mb = bench_median (minimal.resident) / 1024;

      printf ("startup: %u runs of each Hammy start, %u of the minimal window, alternating,\n"
              "startup: launch to first painted frame under Xvfb\n", runs, 2 * runs);
      printf ("startup: %-34s median %6.1f ms\n", minimal.name, minimal_ms);
      within &= report (returning.name, bench_median_ms (returning.frames), minimal_ms, "ms", FRAME_BUDGET);
      within &= report (first.name, bench_median_ms (first.frames), minimal_ms, "ms", FRAME_BUDGET);

      /* The same launches' CPU time, all threads, up to the first frame: no budget, but a
       * busy machine moves it much less than the time on the clock. */
      printf ("startup: the same launches, CPU time used by the first frame\n");
      printf ("startup: %-34s median %6.1f ms\n", minimal.name, minimal_cpu_ms);
      report (returning.name, bench_median_ms (returning.cpu), minimal_cpu_ms, "ms", 0);
      report (first.name, bench_median_ms (first.cpu), minimal_cpu_ms, "ms", 0);

      printf ("startup: %u runs each, resident memory (VmRSS) %d s after launch\n", memory_runs, MEMORY_SECONDS);
      printf ("startup: %-34s median %6.1f MB\n", minimal.name, minimal_mb);
      within &= report (returning.name, bench_median (returning.resident) / 1024, minimal_mb, "MB", MEMORY_BUDGET);
      within &= report (first.name, bench_median (first.resident) / 1024, minimal_mb, "MB", MEMORY_BUDGET);
    }

  launches_clear (&minimal);
  launches_clear (&returning);
  launches_clear (&first);
  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", base);

    if (system (command) != 0)
      g_printerr ("startup: %s was left behind\n", base);
  }

  if (!ok)
    return 1;
  return within ? 0 : 1;
}
