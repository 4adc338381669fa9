/* hammy-session-red-flag-screen.h: the guided session stopped for a warning sign: the sign the
 * person named and what to do about it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-session-screen.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_RED_FLAG_SCREEN (hammy_session_red_flag_screen_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionRedFlagScreen, hammy_session_red_flag_screen,
                      HAMMY, SESSION_RED_FLAG_SCREEN, HammySessionScreen)

G_END_DECLS
