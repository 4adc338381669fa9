/* hammy-window.h: the main window: the three pages, the header bar and the window's state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_WINDOW (hammy_window_get_type ())

G_DECLARE_FINAL_TYPE (HammyWindow, hammy_window, HAMMY, WINDOW, AdwApplicationWindow)

HammyWindow *hammy_window_new               (GtkApplication   *application,
                                             HammyContext     *context);
const char  *hammy_window_get_visible_page  (HammyWindow      *self);
void         hammy_window_show_message      (HammyWindow      *self,
                                             const char       *message);
void         hammy_window_open_file         (HammyWindow      *self,
                                             GFile            *file);
HammyContext *hammy_window_get_context      (HammyWindow      *self);
HammyData   *hammy_window_get_data          (HammyWindow      *self);

G_END_DECLS
