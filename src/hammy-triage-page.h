/* hammy-triage-page.h: the Triage page: from “my hamstring hurts” to a safe, explained phase.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_TRIAGE_PAGE (hammy_triage_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyTriagePage, hammy_triage_page, HAMMY, TRIAGE_PAGE, AdwBin)

G_END_DECLS
