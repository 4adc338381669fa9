/* hammy-history-page.h: the History page: a calendar of sessions, pain over time, sets each week
 * and the sore side against the other, each chart also said in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-page-bin.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_HISTORY_PAGE (hammy_history_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyHistoryPage, hammy_history_page, HAMMY, HISTORY_PAGE, HammyPageBin)

const char *hammy_history_page_get_state  (HammyHistoryPage *self);

G_END_DECLS
