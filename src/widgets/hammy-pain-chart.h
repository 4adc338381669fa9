/* hammy-pain-chart.h: pain during each session over a span of days, on the shaded bands of the
 * pain guide, with how each next morning felt in a lane beneath.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-history.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PAIN_CHART (hammy_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (HammyPainChart, hammy_pain_chart, HAMMY, PAIN_CHART, GtkWidget)

GtkWidget *hammy_pain_chart_new       (void);
void       hammy_pain_chart_set_trend (HammyPainChart       *self,
                                       const HammyPainTrend *trend);

G_END_DECLS
