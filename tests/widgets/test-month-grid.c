/* test-month-grid.c: the month grid on its own: what it says to a screen reader, the selected
 * day notified once per change and never for none, the arrow keys moving it, a step past the
 * month asking for the next, and gone when dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-month-grid.h"
#include "hammy-test-utils.h"

typedef struct
{
  GtkWidget      *window;
  HammyMonthGrid *grid;
  GDate           today;
  guint           notified;
  guint           show_day;   /* the Julian day asked for, 0 for none */
} Fixture;

static void
month_init (HammyHistoryMonth *month,
            GDateMonth         number,
            GDateYear          year)
{
  memset (month, 0, sizeof *month);
  month->year = year;
  month->month = number;
  month->n_days = g_date_get_days_in_month (number, year);
  for (guint i = 0; i < month->n_days; i++)
    {
      g_date_clear (&month->days[i].date, 1);
      g_date_set_dmy (&month->days[i].date, i + 1, number, year);
      month->days[i].max_pain = -1;
    }
  /* A done day and a partial one, so the month has something to say. */
  month->days[2].status = HAMMY_DAY_DONE;
  month->days[2].n_sessions = 1;
  month->days[2].n_sets = 6;
  month->days[2].max_pain = 3;
  month->days[4].status = HAMMY_DAY_PARTIAL;
  month->days[4].n_sessions = 1;
  month->days[4].n_sets = 2;
  month->n_done = 1;
  month->n_partial = 1;
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              Fixture    *f)
{
  f->notified++;
}

static void
on_show_day_cb (HammyMonthGrid *grid,
                guint           julian,
                Fixture        *f)
{
  f->show_day = julian;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  HammyHistoryMonth march;

  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 18, G_DATE_MARCH, 2026);
  month_init (&march, G_DATE_MARCH, 2026);

  f->grid = HAMMY_MONTH_GRID (g_object_ref_sink (hammy_month_grid_new ()));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 500, 500);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->grid));
  hammy_month_grid_set_month (f->grid, &march, &f->today);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hammy_test_wait_mapped (f->grid));

  g_signal_connect (f->grid, "notify::selected-day", G_CALLBACK (on_notify_cb), f);
  g_signal_connect (f->grid, "show-day", G_CALLBACK (on_show_day_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->grid);
}

/* The selected day as its name, the month as its description. */
static void
assert_says (Fixture *f)
{
  const HammyHistoryMonth *month = hammy_month_grid_get_month (f->grid);
  g_autofree char *day = hammy_history_describe_day (&month->days[hammy_month_grid_get_selected_day (f->grid) - 1],
                                                     &f->today);
  g_autofree char *summary = hammy_history_describe_month (month, &f->today);

  gtk_test_accessible_assert_property (f->grid, GTK_ACCESSIBLE_PROPERTY_LABEL, day);
  gtk_test_accessible_assert_property (f->grid, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
}

static void
test_says_the_month (Fixture       *f,
                     gconstpointer  data)
{
  gtk_test_accessible_assert_role (f->grid, GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->grid)));
  g_assert_cmpuint (hammy_month_grid_get_month (f->grid)->month, ==, G_DATE_MARCH);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, 1);
  assert_says (f);

  /* The selection is said as it moves. */
  hammy_month_grid_set_selected_day (f->grid, 3);
  assert_says (f);
  /* Day numbers, weekday names and the legend are drawn. */
  g_assert_true (hammy_test_wait_frame (f->grid));
  g_assert_cmpuint (hammy_test_count_drawn_text (GTK_WIDGET (f->grid)), >=, 31 + 7);
}

static void
test_selected_day_notifies_once (Fixture       *f,
                                 gconstpointer  data)
{
  HammyHistoryMonth february;
  guint day = 0;

  hammy_month_grid_set_selected_day (f->grid, 30);
  g_assert_cmpuint (f->notified, ==, 1);
  hammy_month_grid_set_selected_day (f->grid, 30);
  g_assert_cmpuint (f->notified, ==, 1);
  g_object_set (f->grid, "selected-day", 30, NULL);
  g_assert_cmpuint (f->notified, ==, 1);
  g_object_get (f->grid, "selected-day", &day, NULL);
  g_assert_cmpuint (day, ==, 30);

  /* A day past the month's end is its last day. */
  hammy_month_grid_set_selected_day (f->grid, 31);
  g_assert_cmpuint (f->notified, ==, 2);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, 31);

  /* A shorter month moves the selection to its last day, once; the same month again does not. */
  month_init (&february, G_DATE_FEBRUARY, 2026);
  hammy_month_grid_set_month (f->grid, &february, &f->today);
  g_assert_cmpuint (f->notified, ==, 3);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, 28);
  hammy_month_grid_set_month (f->grid, &february, &f->today);
  hammy_month_grid_set_selected_day (f->grid, 31);
  g_assert_cmpuint (f->notified, ==, 3);
  assert_says (f);
}

static void
test_keys_move_the_selection (Fixture       *f,
                              gconstpointer  data)
{
  GDate april;
  struct { guint keyval; guint day; } steps[] = {
    { GDK_KEY_Right, 2 }, { GDK_KEY_Down, 9 }, { GDK_KEY_Left, 8 }, { GDK_KEY_Up, 1 },
    { GDK_KEY_End, 31 }, { GDK_KEY_Home, 1 }, { GDK_KEY_KP_Right, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (hammy_test_press_key (GTK_WIDGET (f->grid), steps[i].keyval));
      g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, steps[i].day);
      g_assert_cmpuint (f->notified, ==, i + 1);
      assert_says (f);
    }

  /* Right to left, the arrows follow the reading direction. */
  gtk_widget_set_direction (GTK_WIDGET (f->grid), GTK_TEXT_DIR_RTL);
  g_assert_true (hammy_test_press_key (GTK_WIDGET (f->grid), GDK_KEY_Left));
  g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, 3);
  gtk_widget_set_direction (GTK_WIDGET (f->grid), GTK_TEXT_DIR_LTR);

  /* Past the last day: the grid keeps its month and asks for the next one, at its first day. */
  f->notified = 0;
  g_assert_true (hammy_test_press_key (GTK_WIDGET (f->grid), GDK_KEY_End));
  g_assert_true (hammy_test_press_key (GTK_WIDGET (f->grid), GDK_KEY_Right));
  g_assert_cmpuint (hammy_month_grid_get_selected_day (f->grid), ==, 31);
  g_assert_cmpuint (f->notified, ==, 1);
  g_date_clear (&april, 1);
  g_date_set_dmy (&april, 1, G_DATE_APRIL, 2026);
  g_assert_cmpuint (f->show_day, ==, g_date_get_julian (&april));

  /* Page Down asks for the same day of the next month. */
  f->show_day = 0;
  g_assert_true (hammy_test_press_key (GTK_WIDGET (f->grid), GDK_KEY_Page_Down));
  g_date_set_dmy (&april, 30, G_DATE_APRIL, 2026);
  g_assert_cmpuint (f->show_day, ==, g_date_get_julian (&april));

  /* A key it has no use for is left to others. */
  g_assert_false (hammy_test_press_key (GTK_WIDGET (f->grid), GDK_KEY_a));
  g_assert_cmpuint (f->notified, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps what the grid tells a screen reader, for the test to read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add ("/month-grid/says-the-month", Fixture, NULL, fixture_set_up, test_says_the_month, fixture_tear_down);
  g_test_add ("/month-grid/selected-day-notifies-once", Fixture, NULL, fixture_set_up,
              test_selected_day_notifies_once, fixture_tear_down);
  g_test_add ("/month-grid/keys-move-the-selection", Fixture, NULL, fixture_set_up,
              test_keys_move_the_selection, fixture_tear_down);

  return g_test_run ();
}
