/* hammy-side-chart.h: for each exercise done one side at a time, the sore side's best set
 * against the other's as a pair of bars, with the average marked on each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-history.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SIDE_CHART (hammy_side_chart_get_type ())

G_DECLARE_FINAL_TYPE (HammySideChart, hammy_side_chart, HAMMY, SIDE_CHART, GtkWidget)

GtkWidget *hammy_side_chart_new             (void);
void       hammy_side_chart_set_comparisons (HammySideChart *self,
                                             GPtrArray      *comparisons,
                                             HammySide       sore,
                                             HammyLibrary   *library);

G_END_DECLS
