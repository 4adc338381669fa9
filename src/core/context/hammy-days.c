/* hammy-days.c: a day on its own, as the files write it (YYYY-MM-DD) and as the person's
 * calendar counts it: in local time, whatever the offset a time was stamped in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "hammy-days.h"

/* Exactly YYYY-MM-DD, a real day of a year Hammy can write back (1970–9999). */
gboolean
hammy_day_parse (const char *text,
                 GDate      *day)
{
  int y, m, d;

  if (text == NULL || strlen (text) != HAMMY_DAY_LENGTH || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < HAMMY_DAY_LENGTH; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1970 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  if (day != NULL)
    {
      g_date_clear (day, 1);
      g_date_set_dmy (day, d, m, y);
    }
  return TRUE;
}

void
hammy_day_format_into (const GDate *day,
                       char         text[HAMMY_DAY_LENGTH + 1])
{
  g_return_if_fail (day != NULL && g_date_valid (day));

  g_snprintf (text, HAMMY_DAY_LENGTH + 1, "%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day),
              g_date_get_day (day));
}

char *
hammy_day_format (const GDate *day)
{
  char text[HAMMY_DAY_LENGTH + 1];

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  hammy_day_format_into (day, text);
  return g_strdup (text);
}

/* The day @time falls on where the person is now. */
void
hammy_day_of_time (GDateTime *time,
                   GDate     *day)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (time != NULL && day != NULL);

  local = g_date_time_to_local (time);
  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

void
hammy_day_of_unix (gint64  seconds,
                   GDate  *day)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (seconds);

  g_return_if_fail (day != NULL);

  if (time == NULL)
    {
      g_date_clear (day, 1);
      g_date_set_dmy (day, 1, 1, 1970);
      return;
    }
  hammy_day_of_time (time, day);
}

/* @day at @hour:@minute in local time. */
GDateTime *
hammy_day_at (const GDate *day,
              int          hour,
              int          minute)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  return g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), hour, minute, 0);
}

/* @second minus @first in days: negative when @second comes first. */
int
hammy_days_between (const GDate *first,
                    const GDate *second)
{
  g_return_val_if_fail (first != NULL && g_date_valid (first), 0);
  g_return_val_if_fail (second != NULL && g_date_valid (second), 0);

  return (int) g_date_get_julian (second) - (int) g_date_get_julian (first);
}
