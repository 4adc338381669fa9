/* hammy-days.h: a day on its own, as the files write it (YYYY-MM-DD) and as the person's
 * calendar counts it: in local time, whatever the offset a time was stamped in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days as strings are exactly this long. */
#define HAMMY_DAY_LENGTH 10

gboolean  hammy_day_parse        (const char  *text,
                                  GDate       *day);
char     *hammy_day_format       (const GDate *day);
void      hammy_day_format_into  (const GDate *day,
                                  char         text[HAMMY_DAY_LENGTH + 1]);
void      hammy_day_of_time      (GDateTime   *time,
                                  GDate       *day);
void      hammy_day_of_unix      (gint64       seconds,
                                  GDate       *day);
GDateTime *hammy_day_at          (const GDate *day,
                                  int          hour,
                                  int          minute);
int       hammy_days_between     (const GDate *first,
                                  const GDate *second);

G_END_DECLS
