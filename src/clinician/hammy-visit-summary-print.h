/* hammy-visit-summary-print.h: the visit summary on one page, on paper or in a PDF, laid out with
 * cairo and Pango through GTK's print support, so it works offline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-visit-summary.h"

G_BEGIN_DECLS

GtkPrintOperation *hammy_visit_summary_print_operation_new (HammyVisitSummary  *summary);
gboolean           hammy_visit_summary_export_pdf          (HammyVisitSummary  *summary,
                                                            const char         *path,
                                                            GError            **error);

G_END_DECLS
