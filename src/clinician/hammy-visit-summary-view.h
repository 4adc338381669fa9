/* hammy-visit-summary-view.h: the visit summary on screen, from a chosen day to today, with
 * Save as PDF and Print; in its own window, or in the main window while presenting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-visit-summary.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_VISIT_SUMMARY_VIEW (hammy_visit_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (HammyVisitSummaryView, hammy_visit_summary_view, HAMMY, VISIT_SUMMARY_VIEW, AdwBin)

HammyVisitSummaryView *hammy_visit_summary_view_new         (HammyContext            *context);
HammyVisitSummary       *hammy_visit_summary_view_get_summary (HammyVisitSummaryView *self);
const GDate             *hammy_visit_summary_view_get_since   (HammyVisitSummaryView *self);
void                     hammy_visit_summary_view_set_since   (HammyVisitSummaryView *self,
                                                                 const GDate             *since);
void                     hammy_visit_summary_view_save_pdf    (HammyVisitSummaryView *self,
                                                                 GFile                   *file);

G_END_DECLS
