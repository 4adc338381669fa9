/* hammy-clip-locate.h: where an exercise's demonstration clip, its poster, their dark-stage
 * twins and its key are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hammy_clip_locate             (const char *id);
char *hammy_clip_locate_poster      (const char *id);
char *hammy_clip_locate_dark        (const char *id);
char *hammy_clip_locate_dark_poster (const char *id);
char *hammy_clip_locate_key         (const char *id);

G_END_DECLS
