/* hammy-volume-chart.h: sets done in each week as bars, this week last and marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-history.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_VOLUME_CHART (hammy_volume_chart_get_type ())

G_DECLARE_FINAL_TYPE (HammyVolumeChart, hammy_volume_chart, HAMMY, VOLUME_CHART, GtkWidget)

GtkWidget *hammy_volume_chart_new       (void);
void       hammy_volume_chart_set_weeks (HammyVolumeChart *self,
                                         GArray           *weeks);

G_END_DECLS
