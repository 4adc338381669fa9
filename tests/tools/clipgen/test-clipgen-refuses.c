/* test-clipgen-refuses.c: hammy-clipgen refuses each bad motion script with a clear sentence.
 * Usage: test-clipgen-refuses PATH-TO-hammy-clipgen  (TAP output)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct
{
  const char *file;
  const char *message;
} cases[] = {
  { "impossible-angle.json",
    "impossible-angle.json: keyframe 3 at 3.50 s puts the near knee at 150 degrees, outside its "
    "possible range of -5 to 140 degrees." },
  { "unknown-prop.json", "unknown-prop.json: prop 4 is an unknown prop \"trampoline\"" },
  { "not-looping.json", "not-looping.json: the last keyframe differs from the first in the near hip" },
  { "malformed.json", "malformed.json is not valid JSON" },
  { "missing-field.json", "missing-field.json: keyframe 2 at 0.50 s has no far \"ankle\" angle." },
  { "wrong-load.json", "calls the near hamstring eccentric, but the pose does not lengthen it" },
  { "through-floor.json", "through-floor.json: at frame 0 (0.00 s) the near hand goes 17.4 cm into the floor." },
  { "version-1.json", "version-1.json: version 1 scripts do not say what the figure rests on" },
  /* The working foot of a bridge on a step left hovering above it, its contact not declared. */
  { "floating-foot.json", "the near foot hovers up to 5 cm above the step without touching it" },
  { "floating.json", "floating.json: at frame 121 (5.04 s) no contact is declared, so nothing holds the figure up" },
  { "drifting-contact.json",
    "drifting-contact.json: at frame 39 (1.62 s) the shoulders have slid 1.0 cm along the mat from "
    "where they were put down" },
  { "knee-past-range.json",
    "knee-past-range.json: at frame 115 (4.79 s) keeping the near heel on the mat puts the near knee "
    "at 141 degrees, outside its possible range of -5 to 140 degrees." },
  { "arm-with-leg.json", "arm-with-leg.json: in a walk each arm swings forward as its own leg swings back, "
    "but the near arm swings with the near leg." },
  { "flickering-colour.json",
    "flickering-colour.json: at 3.50 s the near quadriceps shows \"Relaxed\" for only 0.12 s" },
};

int
main (int   argc,
      char *argv[])
{
  int failed = 0;

  if (argc != 2)
    {
      fprintf (stderr, "Give the path to hammy-clipgen.\n");
      return 2;
    }

  printf ("1..%d\n", (int) G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *script = g_build_filename (BAD_DIR, cases[i].file, NULL);
      const char *command[] = { argv[1], "--check", script, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr (GError) error = NULL;
      int status = 0;
      gboolean refused;

      if (!g_spawn_sync (NULL, (char **) command, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                         &status, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, cases[i].file, error->message);
          failed++;
          continue;
        }
      refused = !g_spawn_check_wait_status (status, NULL);
      if (refused && strstr (err, cases[i].message) != NULL)
        printf ("ok %u - %s is refused\n", i + 1, cases[i].file);
      else
        {
          g_strchomp (err);
          printf ("not ok %u - %s: %s with \"%s\"\n", i + 1, cases[i].file,
                  refused ? "refused" : "accepted", err);
          failed++;
        }
    }
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
