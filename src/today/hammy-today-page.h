/* hammy-today-page.h: the Today page: today's circuit, the guided session and the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-clock.h"
#include "hammy-data.h"
#include "hammy-session-view.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_TODAY_PAGE (hammy_today_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyTodayPage, hammy_today_page, HAMMY, TODAY_PAGE, AdwBin)

void        hammy_today_page_set_data   (HammyTodayPage *self,
                                         HammyData      *data);
const char *hammy_today_page_get_state  (HammyTodayPage *self);
void        hammy_today_page_set_clock  (HammyTodayPage *self,
                                         HammyClock     *clock);
HammySessionView *hammy_today_page_get_session_view (HammyTodayPage *self);

G_END_DECLS
