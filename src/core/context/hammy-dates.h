/* hammy-dates.h: a date or a time in words, the one way every page, chart and document writes
 * one, in the person's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the words look like in English; each language has its own order and marks. None pads
 * a day with a space: a day before the 10th is “7”, never “ 7”. */
typedef enum
{
  HAMMY_DATE_STYLE_DAY,            /* “7 December 2026” */
  HAMMY_DATE_STYLE_DAY_IN_YEAR,    /* “7 December”, where the year goes without saying */
  HAMMY_DATE_STYLE_WEEKDAY,        /* “Monday 7 December 2026” */
  HAMMY_DATE_STYLE_SHORT_WEEKDAY,  /* “Mon 7 Dec”, a day in a list */
  HAMMY_DATE_STYLE_SHORT,          /* “7 Dec 2026”, under a chart */
  HAMMY_DATE_STYLE_SHORT_IN_YEAR,  /* “7 Dec” */
  HAMMY_DATE_STYLE_MONTH,          /* “December 2026” */
  HAMMY_DATE_STYLE_WEEKDAY_NAME,   /* “Monday”, a day of the week ahead */
  /* With the time of day: for hammy_dates_format_date_time() only. */
  HAMMY_DATE_STYLE_DAY_AND_TIME,   /* “7 December 2026, 14:05” */
  HAMMY_DATE_STYLE_DAY_AT_TIME,    /* “7 December 2026 at 14:05”, within a sentence */
} HammyDateStyle;

char *hammy_dates_format           (const GDate    *date,
                                    HammyDateStyle  style);
/* @time as it was where the person is now: in local time. */
char *hammy_dates_format_date_time (GDateTime      *time,
                                    HammyDateStyle  style);

G_END_DECLS
