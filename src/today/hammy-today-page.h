/* hammy-today-page.h: the Today page: one HammyToday shown, and the guided session over it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-page-bin.h"
#include "hammy-session-view.h"
#include "hammy-today.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_TODAY_PAGE (hammy_today_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyTodayPage, hammy_today_page, HAMMY, TODAY_PAGE, HammyPageBin)

const char       *hammy_today_page_get_state        (HammyTodayPage *self);
HammySessionView *hammy_today_page_get_session_view (HammyTodayPage *self);
HammyToday       *hammy_today_page_get_today        (HammyTodayPage *self);

G_END_DECLS
