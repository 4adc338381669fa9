/* hammy-visit-summary-window.h: the visit summary in a window of its own, over the main one,
 * for a clinician alone at the computer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-visit-summary-view.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_VISIT_SUMMARY_WINDOW (hammy_visit_summary_window_get_type ())

G_DECLARE_FINAL_TYPE (HammyVisitSummaryWindow, hammy_visit_summary_window, HAMMY, VISIT_SUMMARY_WINDOW, AdwWindow)

HammyVisitSummaryWindow *hammy_visit_summary_window_new         (GtkWindow               *parent,
                                                                 HammyContext            *context);
HammyVisitSummaryView   *hammy_visit_summary_window_get_view    (HammyVisitSummaryWindow *self);
HammyVisitSummary       *hammy_visit_summary_window_get_summary (HammyVisitSummaryWindow *self);
const GDate             *hammy_visit_summary_window_get_since   (HammyVisitSummaryWindow *self);
void                     hammy_visit_summary_window_set_since   (HammyVisitSummaryWindow *self,
                                                                 const GDate             *since);
void                     hammy_visit_summary_window_save_pdf    (HammyVisitSummaryWindow *self,
                                                                 GFile                   *file);

G_END_DECLS
