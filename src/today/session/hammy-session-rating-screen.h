/* hammy-session-rating-screen.h: the guided session after each set: how much it hurt, how hard
 * it was and a note, saved together as the set's rating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-session-screen.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_RATING_SCREEN (hammy_session_rating_screen_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionRatingScreen, hammy_session_rating_screen,
                      HAMMY, SESSION_RATING_SCREEN, HammySessionScreen)

void hammy_session_rating_screen_set_pain (HammySessionRatingScreen *self,
                                           int                       pain);
int  hammy_session_rating_screen_get_pain (HammySessionRatingScreen *self);

G_END_DECLS
