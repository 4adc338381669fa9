/* startup.c: times launch to first painted frame of Hammy against a minimal libadwaita window
 * built from the same tree, alternating runs in one session, and prints medians and the ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-utils.h"

#define BUDGET 1.25

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
  if (bench_time_to_first_frame (minimal_path, NULL, &error) < 0 || bench_time_to_first_frame (hammy_path, NULL, &error) < 0)
    {
      g_printerr ("startup: %s\n", error->message);
      return 1;
    }

  /* Alternating runs share whatever else the machine is doing. */
  for (guint i = 0; i < runs; i++)
    {
      gint64 m = bench_time_to_first_frame (minimal_path, NULL, &error);
      gint64 h = m < 0 ? -1 : bench_time_to_first_frame (hammy_path, NULL, &error);

      if (m < 0 || h < 0)
        {
          g_printerr ("startup: %s\n", error->message);
          return 1;
        }
      g_array_append_val (minimal, m);
      g_array_append_val (hammy, h);
    }

  ratio = bench_median_ms (hammy) / bench_median_ms (minimal);
  printf ("startup: %u runs each, launch to first painted frame under Xvfb\n", runs);
  printf ("startup: minimal libadwaita window  median %.1f ms\n", bench_median_ms (minimal));
  printf ("startup: Hammy                      median %.1f ms\n", bench_median_ms (hammy));
  printf ("startup: ratio %.2f× (budget %.2f×): %s\n", ratio, BUDGET,
          ratio <= BUDGET ? "within budget" : "OVER BUDGET");

  return ratio <= BUDGET ? 0 : 1;
}
