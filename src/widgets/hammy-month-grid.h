/* hammy-month-grid.h: a month of days as a calendar grid, each day marked done, partly done or
 * skipped, with a selected day moved by the keyboard or a click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-history.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_MONTH_GRID (hammy_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (HammyMonthGrid, hammy_month_grid, HAMMY, MONTH_GRID, GtkWidget)

GtkWidget               *hammy_month_grid_new              (void);
void                     hammy_month_grid_set_month        (HammyMonthGrid          *self,
                                                            const HammyHistoryMonth *month,
                                                            const GDate             *today);
const HammyHistoryMonth *hammy_month_grid_get_month        (HammyMonthGrid          *self);
guint                    hammy_month_grid_get_selected_day (HammyMonthGrid          *self);
void                     hammy_month_grid_set_selected_day (HammyMonthGrid          *self,
                                                            guint                    day);

G_END_DECLS
