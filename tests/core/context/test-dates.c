/* test-dates.c: dates in words: every style in English, a day before the 10th written without
 * a padding space, and a time of day in local time; days as the files write them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-dates.h"
#include "hammy-days.h"

static const HammyDateStyle day_styles[] = {
  HAMMY_DATE_STYLE_DAY,
  HAMMY_DATE_STYLE_DAY_IN_YEAR,
  HAMMY_DATE_STYLE_WEEKDAY,
  HAMMY_DATE_STYLE_SHORT_WEEKDAY,
  HAMMY_DATE_STYLE_SHORT,
  HAMMY_DATE_STYLE_SHORT_IN_YEAR,
  HAMMY_DATE_STYLE_MONTH,
  HAMMY_DATE_STYLE_WEEKDAY_NAME,
};

static void
assert_tidy (const char *text)
{
  g_assert_nonnull (text);
  g_assert_null (strstr (text, "  "));
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
}

/* 7 December 2026 is a Monday, and a day before the 10th, where "%e" would pad. */
static void
test_dates_styles (void)
{
  const struct { HammyDateStyle style; const char *expected; } cases[] = {
    { HAMMY_DATE_STYLE_DAY, "7 December 2026" },
    { HAMMY_DATE_STYLE_DAY_IN_YEAR, "7 December" },
    { HAMMY_DATE_STYLE_WEEKDAY, "Monday 7 December 2026" },
    { HAMMY_DATE_STYLE_SHORT_WEEKDAY, "Mon 7 Dec" },
    { HAMMY_DATE_STYLE_SHORT, "7 Dec 2026" },
    { HAMMY_DATE_STYLE_SHORT_IN_YEAR, "7 Dec" },
    { HAMMY_DATE_STYLE_MONTH, "December 2026" },
    { HAMMY_DATE_STYLE_WEEKDAY_NAME, "Monday" },
  };
  GDate date;

  g_assert_cmpint (G_N_ELEMENTS (cases), ==, G_N_ELEMENTS (day_styles));

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hammy_dates_format (&date, cases[i].style);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* No style pads: not on any day of a month, in either function. */
static void
test_dates_never_pad (void)
{
  for (int day = 1; day <= 31; day++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (2026, 12, day, 9, 5, 0);
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, G_DATE_DECEMBER, 2026);
      for (guint i = 0; i < G_N_ELEMENTS (day_styles); i++)
        {
          g_autofree char *from_date = hammy_dates_format (&date, day_styles[i]);
          g_autofree char *from_time = hammy_dates_format_date_time (time, day_styles[i]);

          assert_tidy (from_date);
          /* The same day, whichever way it comes. */
          g_assert_cmpstr (from_time, ==, from_date);
        }

      {
        g_autofree char *and_time = hammy_dates_format_date_time (time, HAMMY_DATE_STYLE_DAY_AND_TIME);
        g_autofree char *at_time = hammy_dates_format_date_time (time, HAMMY_DATE_STYLE_DAY_AT_TIME);

        assert_tidy (and_time);
        assert_tidy (at_time);
      }
    }
}

static void
test_dates_time_of_day (void)
{
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 12, 7, 14, 5, 30);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (local);
  g_autofree char *and_time = hammy_dates_format_date_time (local, HAMMY_DATE_STYLE_DAY_AND_TIME);
  g_autofree char *at_time = hammy_dates_format_date_time (local, HAMMY_DATE_STYLE_DAY_AT_TIME);
  g_autofree char *from_utc = hammy_dates_format_date_time (utc, HAMMY_DATE_STYLE_DAY_AT_TIME);

  g_assert_cmpstr (and_time, ==, "7 December 2026, 14:05");
  g_assert_cmpstr (at_time, ==, "7 December 2026 at 14:05");
  /* A time saved in UTC is told as it was where the person is. */
  g_assert_cmpstr (from_utc, ==, at_time);
}

/* A GDate has no time of day to give. */
static void
test_dates_refuse_time_for_a_day (void)
{
  if (g_test_subprocess ())
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
      g_assert_null (hammy_dates_format (&date, HAMMY_DATE_STYLE_DAY_AND_TIME));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*has_time_of_day*");
}

/* Days as the files write them: exactly YYYY-MM-DD of a real day, and back. */
static void
test_days_parse_and_format (void)
{
  const char *refused[] = { NULL, "", "2026-2-28", "2026-02-29", "2026-13-01", "1969-12-31", "2026-02-2x",
                            "2026/02/28", "2026-02-280", " 2026-02-28" };
  char text[HAMMY_DAY_LENGTH + 1];
  g_autofree char *formatted = NULL;
  GDate day, later;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_false (hammy_day_parse (refused[i], &day));
  g_assert_true (hammy_day_parse ("2028-02-29", &day));
  g_assert_cmpint (g_date_get_day (&day), ==, 29);
  formatted = hammy_day_format (&day);
  g_assert_cmpstr (formatted, ==, "2028-02-29");

  g_assert_true (hammy_day_parse ("2028-03-01", &later));
  g_assert_cmpint (hammy_days_between (&day, &later), ==, 1);
  g_assert_cmpint (hammy_days_between (&later, &day), ==, -1);
  g_date_set_dmy (&later, 3, 1, 2029);
  hammy_day_format_into (&later, text);
  g_assert_cmpstr (text, ==, "2029-01-03");
}

/* A time is on the day it is where the person is; the day's hours are local ones. */
static void
test_days_in_local_time (void)
{
  g_autoptr(GTimeZone) east = g_time_zone_new_identifier ("+09:00");
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 3, 2, 20, 30, 0);
  g_autoptr(GDateTime) elsewhere = g_date_time_to_timezone (local, east);
  g_autoptr(GDateTime) at = NULL;
  GDate day;

  hammy_day_of_time (elsewhere, &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 2);
  g_assert_cmpint (g_date_get_month (&day), ==, 3);
  hammy_day_of_unix (g_date_time_to_unix (local), &day);
  g_assert_cmpint (g_date_get_day (&day), ==, 2);

  at = hammy_day_at (&day, 18, 5);
  g_assert_cmpint (g_date_time_get_hour (at), ==, 18);
  g_assert_cmpint (g_date_time_get_minute (at), ==, 5);
  g_assert_cmpint (g_date_time_get_day_of_month (at), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  /* English names, whatever the machine's language. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dates/styles", test_dates_styles);
  g_test_add_func ("/dates/never-pad", test_dates_never_pad);
  g_test_add_func ("/dates/time-of-day", test_dates_time_of_day);
  g_test_add_func ("/dates/refuse-time-for-a-day", test_dates_refuse_time_for_a_day);
  g_test_add_func ("/days/parse-and-format", test_days_parse_and_format);
  g_test_add_func ("/days/local-time", test_days_in_local_time);

  return g_test_run ();
}
