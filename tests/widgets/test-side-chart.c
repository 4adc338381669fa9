/* test-side-chart.c: the sore side against the other on its own: nothing without comparisons,
 * for each exercise its name, the two sides and their best set, the sore side named first
 * when it is known, and gone when dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-side-chart.h"
#include "hammy-test-utils.h"

/* For each exercise: its name, and each side's name and value. */
#define TEXTS_PER_EXERCISE 5

static HammySideComparison *
comparison_new (const char *exercise,
                guint       left_reps,
                guint       right_reps)
{
  HammySideComparison *comparison = g_new0 (HammySideComparison, 1);

  comparison->exercise = g_strdup (exercise);
  comparison->left = (HammySideStats) { .n_sets = left_reps > 0 ? 3 : 0, .best_reps = left_reps,
                                        .mean_reps = left_reps };
  comparison->right = (HammySideStats) { .n_sets = right_reps > 0 ? 3 : 0, .best_reps = right_reps,
                                         .mean_reps = right_reps };

  return comparison;
}

static void
test_draws_the_sides (void)
{
  GtkWidget *chart = g_object_ref_sink (hammy_side_chart_new ());
  GtkWidget *window = gtk_window_new ();
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_side_comparison_free);
  g_autoptr(GPtrArray) comparisons = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_side_comparison_free);
  int minimum, with_one, with_two;

  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_mapped (chart));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_measure (chart, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, HAMMY_TEST_PHONE_WIDTH);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 0);

  /* One exercise, the right side not logged yet: its row says so rather than show nothing. */
  g_ptr_array_add (comparisons, comparison_new ("single-leg-bridge", 12, 0));
  hammy_side_chart_set_comparisons (HAMMY_SIDE_CHART (chart), comparisons, HAMMY_SIDE_LEFT, library);
  g_assert_true (hammy_test_wait_frame (chart));
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, TEXTS_PER_EXERCISE);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 600, &with_one, NULL, NULL, NULL);

  /* A second exercise takes a row of its own, and the chart asks for the room. */
  g_ptr_array_add (comparisons, comparison_new ("askling-diver", 8, 10));
  hammy_side_chart_set_comparisons (HAMMY_SIDE_CHART (chart), comparisons, HAMMY_SIDE_BOTH, NULL);
  g_assert_true (hammy_test_wait_frame (chart));
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 2 * TEXTS_PER_EXERCISE);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 600, &with_two, NULL, NULL, NULL);
  g_assert_cmpint (with_two, >, with_one);

  hammy_side_chart_set_comparisons (HAMMY_SIDE_CHART (chart), none, HAMMY_SIDE_LEFT, library);
  g_assert_cmpuint (hammy_test_count_drawn_text (chart), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/side-chart/draws-the-sides", test_draws_the_sides);

  return g_test_run ();
}
