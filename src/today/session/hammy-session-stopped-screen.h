/* hammy-session-stopped-screen.h: the guided session when a set hurt too much: the exercise
 * stops for today, with its easier version offered where there is one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-session-screen.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_STOPPED_SCREEN (hammy_session_stopped_screen_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionStoppedScreen, hammy_session_stopped_screen,
                      HAMMY, SESSION_STOPPED_SCREEN, HammySessionScreen)

G_END_DECLS
