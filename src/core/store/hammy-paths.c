/* hammy-paths.c: where Hammy keeps a person's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-paths.h"

/* Computed, never created here: creating folders is the store's job, off the main thread. */
char *
hammy_paths_dup_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "hammy", NULL);
}
