/* hammy-session-summary-screen.h: the end of the guided session: how many sets were done, how
 * much they hurt, how long it took, each exercise's sets, and the running advice Today now gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-session-screen.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_SUMMARY_SCREEN (hammy_session_summary_screen_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionSummaryScreen, hammy_session_summary_screen,
                      HAMMY, SESSION_SUMMARY_SCREEN, HammySessionScreen)

void hammy_session_summary_screen_set_running (HammySessionSummaryScreen *self,
                                               const char                *running);

G_END_DECLS
