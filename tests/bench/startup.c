/* startup.c: times launch to first painted frame of Hammy against a minimal libadwaita window
 * built from the same tree, alternating runs in one session, and prints medians and the ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>

#define BUDGET 1.25

static gint64
time_to_first_frame (const char *program,
                     GError    **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;
  gint64 start, end;

  g_subprocess_launcher_setenv (launcher, "HAMMY_REPORT_FIRST_FRAME", "1", TRUE);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawn (launcher, error, program, NULL);
  if (process == NULL)
    return -1;

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, error)) != NULL)
    {
      if (g_str_equal (line, "first-frame"))
        break;
      g_clear_pointer (&line, g_free);
    }
  end = g_get_monotonic_time ();

  if (line == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s never painted a frame", program);
      return -1;
    }

  if (!g_subprocess_wait_check (process, NULL, error))
    return -1;

  return end - start;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_gint64);
  return g_array_index (samples, gint64, samples->len / 2) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hammy = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) minimal = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *hammy_path, *minimal_path;
  guint runs = 15;
  double ratio;

  if (argc < 3)
    {
      g_printerr ("usage: %s HAMMY MINIMAL-WINDOW [RUNS]\n", argv[0]);
      return 2;
    }
  hammy_path = argv[1];
  minimal_path = argv[2];
  if (argc > 3)
    runs = MAX (1, atoi (argv[3]));

  /* One unmeasured launch of each warms the page cache and the font cache. */
  if (time_to_first_frame (minimal_path, &error) < 0 || time_to_first_frame (hammy_path, &error) < 0)
    {
      g_printerr ("startup: %s\n", error->message);
      return 1;
    }

  /* Alternating runs share whatever else the machine is doing. */
  for (guint i = 0; i < runs; i++)
    {
      gint64 m = time_to_first_frame (minimal_path, &error);
      gint64 h = m < 0 ? -1 : time_to_first_frame (hammy_path, &error);

      if (m < 0 || h < 0)
        {
          g_printerr ("startup: %s\n", error->message);
          return 1;
        }
      g_array_append_val (minimal, m);
      g_array_append_val (hammy, h);
    }

  ratio = median_ms (hammy) / median_ms (minimal);
  printf ("startup: %u runs each, launch to first painted frame under Xvfb\n", runs);
  printf ("startup: minimal libadwaita window  median %.1f ms\n", median_ms (minimal));
  printf ("startup: Hammy                      median %.1f ms\n", median_ms (hammy));
  printf ("startup: ratio %.2f× (budget %.2f×): %s\n", ratio, BUDGET,
          ratio <= BUDGET ? "within budget" : "OVER BUDGET");

  return ratio <= BUDGET ? 0 : 1;
}
