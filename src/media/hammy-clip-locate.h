/* hammy-clip-locate.h: where an exercise's demonstration clip and its poster are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hammy_clip_locate        (const char *id);
char *hammy_clip_locate_poster (const char *id);

G_END_DECLS
