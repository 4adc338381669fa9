/* test-volume-chart.c: the weekly sets chart on its own: nothing without weeks, the scale, a
 * number on each week's bar while there is room and none when there is not, and gone when
 * dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-test-utils.h"
#include "hammy-volume-chart.h"

/* The scale's top and zero, and “This week”. */
#define FIXED_TEXTS 3

/* @n_weeks from the first Monday of March 2026, every third week without a set. */
static GArray *
weeks_new (guint  n_weeks,
           guint *n_with_sets)
{
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (HammyWeekVolume));

  *n_with_sets = 0;
  for (guint i = 0; i < n_weeks; i++)
    {
      HammyWeekVolume week = { .n_sessions = i % 3 ? 2 : 0, .n_sets = i % 3 ? 4 + i % 5 : 0 };

      g_date_clear (&week.monday, 1);
      g_date_set_dmy (&week.monday, 2, G_DATE_MARCH, 2026);
      g_date_add_days (&week.monday, 7 * i);
      g_array_append_val (weeks, week);
      if (week.n_sets > 0)
        (*n_with_sets)++;
    }

  return weeks;
}

static GtkWidget *
window_with (GtkWidget *chart,
             int        width)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, 300);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (chart));

  return window;
}

static void
test_draws_the_weeks (void)
{
  GtkWidget *chart = g_object_ref_sink (hammy_volume_chart_new ());
  GtkWidget *window = window_with (chart, 600);
  g_autoptr(GArray) none = g_array_new (FALSE, TRUE, sizeof (HammyWeekVolume));
  g_autoptr(GArray) weeks = NULL;
  guint n_with_sets;
  int minimum;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_measure (chart, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, HAMMY_TEST_PHONE_WIDTH);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 0);

  /* Eight weeks: the first week's Monday, and a number on each bar. */
  weeks = weeks_new (8, &n_with_sets);
  hammy_volume_chart_set_weeks (HAMMY_VOLUME_CHART (chart), weeks);
  g_assert_true (hammy_test_wait_frame (chart));
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS + 1 + n_with_sets);

  /* This week alone: no first Monday to name. */
  g_clear_pointer (&weeks, g_array_unref);
  weeks = weeks_new (2, &n_with_sets);
  g_array_remove_index (weeks, 0);
  hammy_volume_chart_set_weeks (HAMMY_VOLUME_CHART (chart), weeks);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS + 1);

  /* No weeks again: nothing. */
  hammy_volume_chart_set_weeks (HAMMY_VOLUME_CHART (chart), none);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

/* A year of weeks on a phone: the bars get too narrow for their numbers, which go. */
static void
test_narrow_drops_the_numbers (void)
{
  GtkWidget *chart = g_object_ref_sink (hammy_volume_chart_new ());
  GtkWidget *window = window_with (chart, HAMMY_TEST_PHONE_WIDTH);
  g_autoptr(GArray) weeks = NULL;
  guint n_with_sets;

  weeks = weeks_new (52, &n_with_sets);
  hammy_volume_chart_set_weeks (HAMMY_VOLUME_CHART (chart), weeks);
  g_assert_true (hammy_test_wait_frame (chart));
  g_assert_cmpint (gtk_widget_get_width (chart), <=, HAMMY_TEST_PHONE_WIDTH);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, FIXED_TEXTS + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/volume-chart/draws-the-weeks", test_draws_the_weeks);
  g_test_add_func ("/volume-chart/narrow-drops-the-numbers", test_narrow_drops_the_numbers);

  return g_test_run ();
}
