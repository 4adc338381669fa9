/* test-pain-chart.c: the pain chart on its own: nothing drawn without a trend, the guide's
 * bands, ticks, dates and the morning lane with one, a mark for a warning sign, and gone when
 * dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-pain-chart.h"
#include "hammy-test-utils.h"

/* Three band names, four ticks, the first and last day, the lane's caption. */
#define FIXED_TEXTS 10

static HammyPainTrend *
trend_new (guint n_days)
{
  HammyPainTrend *trend = g_new0 (HammyPainTrend, 1);

  g_date_clear (&trend->first, 1);
  g_date_clear (&trend->last, 1);
  g_date_set_dmy (&trend->first, 1, G_DATE_MARCH, 2026);
  trend->last = trend->first;
  g_date_add_days (&trend->last, n_days - 1);
  trend->sessions = g_array_new (FALSE, TRUE, sizeof (HammyPainPoint));
  trend->mornings = g_array_new (FALSE, TRUE, sizeof (HammyMorningPoint));

  for (guint i = 0; i < n_days; i += 2)
    {
      HammyPainPoint point = { .max_pain = (int) (i % 7), .mean_pain = i % 7, .n_rated = 3 };
      HammyMorningPoint morning = { .leg = HAMMY_COMPARED_SAME, .value = HAMMY_COMPARED_SAME };

      point.date = trend->first;
      g_date_add_days (&point.date, i);
      g_array_append_val (trend->sessions, point);
      morning.date = point.date;
      g_date_add_days (&morning.date, 1);
      g_array_append_val (trend->mornings, morning);
    }

  return trend;
}

static GtkWidget *
window_with (GtkWidget *chart)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 300);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (chart));

  return window;
}

static void
test_draws_the_trend (void)
{
  GtkWidget *chart = g_object_ref_sink (hammy_pain_chart_new ());
  GtkWidget *window = window_with (chart);
  g_autoptr(HammyPainTrend) trend = trend_new (14);
  int minimum, natural;

  /* A picture: a screen reader hears what the page says beside it. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_measure (chart, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, HAMMY_TEST_PHONE_WIDTH);
  g_assert_cmpint (natural, >=, minimum);

  /* Nothing to say, nothing drawn. */
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 0);

  hammy_pain_chart_set_trend (HAMMY_PAIN_CHART (chart), trend);
  g_assert_true (hammy_test_wait_frame (chart));
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS);

  /* A morning with a warning sign is marked with its own “!”. */
  g_array_index (trend->mornings, HammyMorningPoint, 2).red_flag = TRUE;
  g_array_index (trend->mornings, HammyMorningPoint, 2).value = HAMMY_COMPARED_WORSE;
  hammy_pain_chart_set_trend (HAMMY_PAIN_CHART (chart), trend);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS + 1);

  /* The chart keeps the trend's points, not the trend. */
  g_clear_pointer (&trend, hammy_pain_trend_free);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

/* A year's span names the years under it, and its marks stay inside the plot. */
static void
test_a_long_span (void)
{
  GtkWidget *chart = g_object_ref_sink (hammy_pain_chart_new ());
  GtkWidget *window = window_with (chart);
  g_autoptr(HammyPainTrend) trend = trend_new (400);

  hammy_pain_chart_set_trend (HAMMY_PAIN_CHART (chart), trend);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS);

  gtk_widget_set_direction (chart, GTK_TEXT_DIR_RTL);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/pain-chart/draws-the-trend", test_draws_the_trend);
  g_test_add_func ("/pain-chart/long-span", test_a_long_span);

  return g_test_run ();
}
