/* test-context.c: the clock every page keeps time with, and the context they share: the day
 * changing at midnight, after a suspend and when the wall clock is set, and presentation state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hammy-clock.h"
#include "hammy-context.h"

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR (60 * MINUTE)

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
assert_today (HammyClock *clock,
              int         year,
              int         month,
              int         day)
{
  GDate today;

  hammy_clock_get_today (clock, &today);
  g_assert_cmpint (g_date_get_year (&today), ==, year);
  g_assert_cmpint (g_date_get_month (&today), ==, month);
  g_assert_cmpint (g_date_get_day (&today), ==, day);
}

static void
test_clock_day_changes_at_midnight (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 3, 31, 23, 30, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);
  guint changes = 0;

  g_signal_connect (clock, "day-changed", G_CALLBACK (count_cb), &changes);
  assert_today (clock, 2026, 3, 31);

  hammy_fake_clock_advance (clock, 29 * MINUTE);
  g_assert_cmpuint (changes, ==, 0);
  assert_today (clock, 2026, 3, 31);

  /* Across midnight and a month end: once. */
  hammy_fake_clock_advance (clock, 2 * MINUTE);
  g_assert_cmpuint (changes, ==, 1);
  assert_today (clock, 2026, 4, 1);

  hammy_fake_clock_advance (clock, 3 * HOUR);
  g_assert_cmpuint (changes, ==, 1);
}

static void
test_clock_day_changes_after_suspend (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 12, 7, 22, 0, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);
  gint64 monotonic = hammy_clock_get_monotonic_us (clock);
  guint changes = 0;

  g_signal_connect (clock, "day-changed", G_CALLBACK (count_cb), &changes);

  /* The laptop sleeps through the night: timers stand still, the date moves on. */
  hammy_fake_clock_suspend (clock, 10 * HOUR);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (hammy_clock_get_monotonic_us (clock), ==, monotonic);
  assert_today (clock, 2026, 12, 8);
}

static void
test_clock_wall_time_set (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 3, 18, 12, 0, 0);
  g_autoptr(GDateTime) same_day = g_date_time_new (utc, 2026, 3, 18, 7, 0, 0);
  g_autoptr(GDateTime) earlier = g_date_time_new (utc, 2026, 3, 2, 9, 15, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc_now = NULL;
  gint64 monotonic = hammy_clock_get_monotonic_us (clock);
  guint changes = 0;

  g_signal_connect (clock, "day-changed", G_CALLBACK (count_cb), &changes);

  hammy_fake_clock_set_wall_time (clock, same_day);
  g_assert_cmpuint (changes, ==, 0);

  /* Back in time is a new day too: what matters is that the date is not what it was. */
  hammy_fake_clock_set_wall_time (clock, earlier);
  g_assert_cmpuint (changes, ==, 1);
  assert_today (clock, 2026, 3, 2);
  g_assert_cmpint (hammy_clock_get_monotonic_us (clock), ==, monotonic);

  hammy_fake_clock_advance (clock, 5 * MINUTE);
  now = hammy_clock_dup_wall_time (clock);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 9);
  g_assert_cmpint (g_date_time_get_minute (now), ==, 20);
  utc_now = hammy_clock_dup_utc_time (clock);
  g_assert_true (g_date_time_equal (now, utc_now));
  g_assert_cmpint (g_date_time_get_utc_offset (utc_now), ==, 0);
}

typedef struct
{
  char       *root;
  HammyData  *data;
  GSettings  *settings;
  HammyClock *clock;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 3, 18, 23, 0, 0);

  f->root = g_dir_make_tmp ("hammy-context-XXXXXX", NULL);
  f->data = hammy_data_new (f->root, NULL);
  f->settings = g_settings_new ("io.github.hammyapp.Hammy");
  f->clock = hammy_fake_clock_new (start);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (f->data);
  g_clear_object (&f->settings);
  g_assert_finalize_object (f->clock);
  g_rmdir (f->root);
  g_free (f->root);
}

static void
test_context_holds_what_pages_share (Fixture       *f,
                                     gconstpointer  user_data)
{
  HammyContext *context = hammy_context_new (f->data, f->settings, f->clock);
  g_autoptr(GDateTime) now = NULL;
  GDate today;
  guint changes = 0;

  g_assert_true (hammy_context_get_data (context) == f->data);
  g_assert_true (hammy_context_get_settings (context) == f->settings);
  g_assert_true (hammy_context_get_clock (context) == f->clock);

  hammy_context_get_today (context, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 18);
  now = hammy_context_dup_now (context);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 23);

  /* Midnight reaches every page through the context. */
  g_signal_connect (context, "day-changed", G_CALLBACK (count_cb), &changes);
  hammy_fake_clock_advance (f->clock, 2 * HOUR);
  g_assert_cmpuint (changes, ==, 1);
  hammy_context_get_today (context, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 19);

  g_assert_finalize_object (context);
}

static void
test_context_real_clock_by_default (Fixture       *f,
                                    gconstpointer  user_data)
{
  HammyContext *context = hammy_context_new (f->data, f->settings, NULL);

  g_assert_true (hammy_context_get_clock (context) == hammy_clock_get_default ());
  g_assert_finalize_object (context);
}

static void
test_context_presenting (Fixture       *f,
                         gconstpointer  user_data)
{
  HammyContext *context = hammy_context_new (f->data, f->settings, f->clock);
  guint presenting = 0;
  guint details = 0;

  g_signal_connect (context, "notify::presenting", G_CALLBACK (count_notify_cb), &presenting);
  g_signal_connect (context, "notify::details-shown", G_CALLBACK (count_notify_cb), &details);

  g_assert_cmpint (hammy_context_get_audience (context), ==, HAMMY_AUDIENCE_SELF);
  g_assert_true (hammy_context_may_show (context, HAMMY_PRIVATE_CLINICIAN_NOTE));

  /* Details can only be shown while presenting. */
  hammy_context_set_details_shown (context, TRUE);
  g_assert_false (hammy_context_get_details_shown (context));
  g_assert_cmpuint (details, ==, 0);

  hammy_context_set_presenting (context, TRUE);
  hammy_context_set_presenting (context, TRUE);
  g_assert_cmpuint (presenting, ==, 1);
  g_assert_cmpint (hammy_context_get_audience (context), ==, HAMMY_AUDIENCE_SHARED);
  g_assert_false (hammy_context_may_show (context, HAMMY_PRIVATE_CLINICIAN_NOTE));
  g_assert_false (hammy_context_may_show (context, HAMMY_PRIVATE_HISTORY_DETAIL));

  hammy_context_set_details_shown (context, TRUE);
  g_assert_cmpuint (details, ==, 1);
  g_assert_cmpint (hammy_context_get_audience (context), ==, HAMMY_AUDIENCE_SHARED_DETAILS);
  g_assert_true (hammy_context_may_show (context, HAMMY_PRIVATE_HISTORY_DETAIL));

  /* Each presentation starts with the details hidden again. */
  hammy_context_set_presenting (context, FALSE);
  g_assert_cmpuint (presenting, ==, 2);
  g_assert_cmpuint (details, ==, 2);
  g_assert_false (hammy_context_get_details_shown (context));
  hammy_context_set_presenting (context, TRUE);
  g_assert_false (hammy_context_get_details_shown (context));
  g_assert_cmpuint (details, ==, 2);

  g_assert_finalize_object (context);
}

/* A chooser asked for while presenting waits for presenting to end, then goes ahead once. */
static void
test_context_postponed (Fixture       *f,
                        gconstpointer  user_data)
{
  HammyContext *context = hammy_context_new (f->data, f->settings, f->clock);

  /* Alone at the computer, nothing waits. */
  g_assert_false (hammy_context_postpone (context, "win.back-up"));
  g_assert_false (hammy_context_take_postponed (context, "win.back-up"));

  /* Presenting: the last one asked for waits, however often presenting is toggled on. */
  hammy_context_set_presenting (context, TRUE);
  g_assert_true (hammy_context_postpone (context, "win.back-up"));
  g_assert_true (hammy_context_postpone (context, "visit.save-pdf"));
  g_assert_false (hammy_context_take_postponed (context, "visit.save-pdf"));
  hammy_context_set_presenting (context, TRUE);
  g_assert_false (hammy_context_take_postponed (context, "visit.save-pdf"));

  /* Ended: only that one goes ahead, and only once. */
  hammy_context_set_presenting (context, FALSE);
  g_assert_false (hammy_context_take_postponed (context, "win.back-up"));
  g_assert_true (hammy_context_take_postponed (context, "visit.save-pdf"));
  g_assert_false (hammy_context_take_postponed (context, "visit.save-pdf"));

  g_assert_nonnull (strstr (hammy_privacy_get_postponement (), "F5"));
  g_assert_finalize_object (context);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/context/clock/day-changes-at-midnight", test_clock_day_changes_at_midnight);
  g_test_add_func ("/context/clock/day-changes-after-suspend", test_clock_day_changes_after_suspend);
  g_test_add_func ("/context/clock/wall-time-set", test_clock_wall_time_set);
  g_test_add ("/context/holds-what-pages-share", Fixture, NULL, fixture_set_up,
              test_context_holds_what_pages_share, fixture_tear_down);
  g_test_add ("/context/real-clock-by-default", Fixture, NULL, fixture_set_up,
              test_context_real_clock_by_default, fixture_tear_down);
  g_test_add ("/context/presenting", Fixture, NULL, fixture_set_up,
              test_context_presenting, fixture_tear_down);
  g_test_add ("/context/postponed", Fixture, NULL, fixture_set_up,
              test_context_postponed, fixture_tear_down);

  return g_test_run ();
}
