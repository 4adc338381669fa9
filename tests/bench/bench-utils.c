/* bench-utils.c: what the benchmarks share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "bench-utils.h"

static GSubprocessLauncher *
new_launcher (GSubprocessFlags     flags,
              const char * const  *environment)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);

  for (guint i = 0; environment != NULL && environment[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (environment[i], "=", 2);

      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }

  return launcher;
}

/* Microseconds from launching @program to its "first-frame" line; @environment holds
 * NAME=VALUE pairs set for it. @cpu_us, if not NULL, gets the CPU time the program reports on
 * that line. */
gint64
bench_time_to_first_frame_full (const char          *program,
                                const char * const  *environment,
                                gint64              *cpu_us,
                                GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (G_SUBPROCESS_FLAGS_STDOUT_PIPE, environment);
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
      if (g_str_has_prefix (line, "first-frame"))
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

  if (cpu_us != NULL)
    *cpu_us = g_ascii_strtoll (line + strlen ("first-frame"), NULL, 10);

  return end - start;
}

gint64
bench_time_to_first_frame (const char          *program,
                           const char * const  *environment,
                           GError             **error)
{
  return bench_time_to_first_frame_full (program, environment, NULL, error);
}

/* The resident memory of @program, in kilobytes (VmRSS in /proc/PID/status), @seconds after
 * it was launched; then the program is stopped. */
gint64
bench_resident_kb_after (const char          *program,
                         const char * const  *environment,
                         guint                seconds,
                         GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, environment);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *status_path = NULL;
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 resident = -1;

  /* It must keep running: the first-frame reporter would quit it. */
  g_subprocess_launcher_unsetenv (launcher, "HAMMY_REPORT_FIRST_FRAME");
  process = g_subprocess_launcher_spawn (launcher, error, program, NULL);
  if (process == NULL)
    return -1;

  g_usleep (seconds * G_USEC_PER_SEC);

  status_path = g_strdup_printf ("/proc/%s/status", g_subprocess_get_identifier (process));
  if (g_subprocess_get_identifier (process) == NULL || !g_file_get_contents (status_path, &status, NULL, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s ended before it was measured", program);
      g_subprocess_force_exit (process);
      return -1;
    }

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmRSS:"))
      resident = g_ascii_strtoll (lines[i] + strlen ("VmRSS:"), NULL, 10);

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, NULL);

  if (resident <= 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "No VmRSS in %s", status_path);

  return resident > 0 ? resident : -1;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The middle sample; the mean of the two middle ones for an even count. */
double
bench_median (GArray *samples)
{
  guint n = samples->len;

  g_return_val_if_fail (n > 0, 0);

  g_array_sort (samples, compare_gint64);
  if (n % 2 == 1)
    return g_array_index (samples, gint64, n / 2);

  return (g_array_index (samples, gint64, n / 2 - 1) + g_array_index (samples, gint64, n / 2)) / 2.0;
}

double
bench_median_ms (GArray *samples)
{
  return bench_median (samples) / 1000.0;
}
