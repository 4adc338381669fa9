/* hammy-paths.h: where Hammy keeps a person's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hammy_paths_dup_data_dir (void);

G_END_DECLS
