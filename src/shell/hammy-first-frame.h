/* hammy-first-frame.h: reports when a window first paints, for the startup benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hammy_first_frame_watch (GtkWindow *window);

G_END_DECLS
