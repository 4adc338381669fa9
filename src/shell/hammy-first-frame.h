/* hammy-first-frame.h: runs work once a window has painted its first frame, so that what need
 * not be on it never delays it; and reports that frame for the startup benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*HammyFirstFrameFunc) (GtkWindow *window,
                                     gpointer   user_data);

void hammy_first_frame_connect (GtkWindow           *window,
                                HammyFirstFrameFunc  func,
                                gpointer             user_data);
void hammy_first_frame_watch   (GtkWindow           *window);

G_END_DECLS
