/* hammy-session-work-screen.h: the guided session's set being done: the exercise and its clip,
 * which set it is, the timer, the buttons that drive it, what comes next and the cues.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-session-screen.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_WORK_SCREEN (hammy_session_work_screen_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionWorkScreen, hammy_session_work_screen,
                      HAMMY, SESSION_WORK_SCREEN, HammySessionScreen)

void          hammy_session_work_screen_set_context      (HammySessionWorkScreen *self,
                                                          HammyContext           *context);
void          hammy_session_work_screen_set_side_by_side (HammySessionWorkScreen *self,
                                                          gboolean                side_by_side);
gboolean      hammy_session_work_screen_get_side_by_side (HammySessionWorkScreen *self);
void          hammy_session_work_screen_update_countdown (HammySessionWorkScreen *self);

G_END_DECLS
