/* hammy-week-strip.h: the week ahead on Today: a day a button, today first, rest days marked,
 * and the chosen day's exercises in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hammy-today.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_WEEK_STRIP (hammy_week_strip_get_type ())

G_DECLARE_FINAL_TYPE (HammyWeekStrip, hammy_week_strip, HAMMY, WEEK_STRIP, GtkWidget)

GtkWidget  *hammy_week_strip_new          (void);
void        hammy_week_strip_set_today    (HammyWeekStrip *self,
                                           HammyToday     *today);
guint       hammy_week_strip_get_selected (HammyWeekStrip *self);
void        hammy_week_strip_set_selected (HammyWeekStrip *self,
                                           guint           index);
const char *hammy_week_strip_get_detail   (HammyWeekStrip *self);

G_END_DECLS
