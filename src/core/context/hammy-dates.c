/* hammy-dates.c: a date or a time in words. Each style's format is translated once, here, so
 * a language gets its dates right in one place rather than in every page that shows one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-dates.h"

/* The formats as g_date_time_format() takes them. "%-d" is the day without padding; "%e" is
 * never used, since it pads a day before the 10th with a space (“on  7 December”). */
static const char *
get_format (HammyDateStyle style)
{
  switch (style)
    {
    case HAMMY_DATE_STYLE_DAY:
      /* Translators: a day, as in “7 December 2026”, as g_date_time_format() takes it (see the
       * strftime manual). “%-d” is the day without padding: please do not use “%e”. */
      return _("%-d %B %Y");
    case HAMMY_DATE_STYLE_DAY_IN_YEAR:
      /* Translators: a day where the year goes without saying, as in “7 December”; see the
       * strftime manual. */
      return _("%-d %B");
    case HAMMY_DATE_STYLE_WEEKDAY:
      /* Translators: a day in full, as in “Monday 7 December 2026”; see the strftime manual. */
      return _("%A %-d %B %Y");
    case HAMMY_DATE_STYLE_SHORT_WEEKDAY:
      /* Translators: a day in a list, short, as in “Mon 7 Dec”; see the strftime manual. */
      return _("%a %-d %b");
    case HAMMY_DATE_STYLE_SHORT:
      /* Translators: a short day with its year under a chart, as in “7 Dec 2026”; see the
       * strftime manual. */
      return _("%-d %b %Y");
    case HAMMY_DATE_STYLE_SHORT_IN_YEAR:
      /* Translators: a short day under a chart, as in “7 Dec”; see the strftime manual. */
      return _("%-d %b");
    case HAMMY_DATE_STYLE_MONTH:
      /* Translators: a month and its year, as in “December 2026”, as a title of its own; see the
       * strftime manual. “%OB” is the month's name standing alone, where a language has one. */
      return _("%B %Y");
    case HAMMY_DATE_STYLE_WEEKDAY_NAME:
      /* Translators: a day of the coming week by its name, as in “Monday”; see the strftime
       * manual. */
      return _("%A");
    case HAMMY_DATE_STYLE_DAY_AND_TIME:
      /* Translators: a day and the time of day, as in “7 December 2026, 14:05”; see the strftime
       * manual. */
      return _("%-d %B %Y, %H:%M");
    case HAMMY_DATE_STYLE_DAY_AT_TIME:
      /* Translators: a day and the time of day within a sentence, as in “A check from 7 December
       * 2026 at 14:05, as it was then.”; see the strftime manual. */
      return _("%-d %B %Y at %H:%M");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
has_time_of_day (HammyDateStyle style)
{
  return style == HAMMY_DATE_STYLE_DAY_AND_TIME || style == HAMMY_DATE_STYLE_DAY_AT_TIME;
}

/* A GDate has no time of day, so a style with one is refused. */
char *
hammy_dates_format (const GDate    *date,
                    HammyDateStyle  style)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (style <= HAMMY_DATE_STYLE_DAY_AT_TIME, NULL);
  g_return_val_if_fail (!has_time_of_day (style), NULL);

  /* Only the day counts: UTC keeps it the same day whatever the zone. */
  time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 0, 0, 0);
  return g_date_time_format (time, get_format (style));
}

char *
hammy_dates_format_date_time (GDateTime      *time,
                              HammyDateStyle  style)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (style <= HAMMY_DATE_STYLE_DAY_AT_TIME, NULL);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, get_format (style));
}
