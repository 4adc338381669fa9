/* hammy-triage-page.h: the Triage page: safety questions first, then the relevant questions
 * in small groups, then the result with its reasons, and a history of earlier checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-page-bin.h"
#include "hammy-triage.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_TRIAGE_PAGE (hammy_triage_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyTriagePage, hammy_triage_page, HAMMY, TRIAGE_PAGE, HammyPageBin)

HammyAssessment *hammy_triage_page_get_assessment (HammyTriagePage *self);
const char      *hammy_triage_page_get_step       (HammyTriagePage *self);

G_END_DECLS
