/* test-history-page.c: the History page through the real widgets: a log on disk shown as the
 * right month with the right summaries, months and days moved through, the sore side chosen
 * and kept, an empty folder's status page, and the dark style drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-history-page.h"
#include "hammy-month-grid.h"
#include "hammy-paths.h"
#include "hammy-test-utils.h"

static HammyApplication *app;
static GDate today;   /* Wednesday 18 March 2026 */

typedef struct
{
  HammyWindow *window;
  GtkWidget   *page;
  GtkWidget   *grid;
} Fixture;

/* ---- the log, on disk before Hammy reads anything -------------------------------------- */

static void
add_set (HammyLog   *log,
         const char *session,
         const char *exercise,
         HammySide   side,
         guint       reps,
         guint       hold_seconds,
         double      load_kg,
         int         pain)
{
  HammyLogSet set = { (char *) exercise, side, 1, reps, hold_seconds, load_kg, pain, 0, NULL, 0 };

  set.finished = hammy_log_lookup_session (log, session)->started + 300;
  hammy_log_add_set (log, session, &set, NULL, NULL);
}

static const char *
add_session (HammyLog           *log,
             int                 month,
             int                 day,
             HammySessionStatus  status)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, month, day, 18, 0, 0);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);
  const char *id = hammy_log_begin_session (log, started, "build", 6);

  hammy_log_end_session (log, id, ended, status);
  return id;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
place_log (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  HammyStore *store = hammy_store_new (root);
  HammyLog *log = hammy_log_new (store, "profiles/default/log");
  HammyLogCheckin same = { (char *) "2026-03-03", HAMMY_COMPARED_SAME, NULL, -1, FALSE };
  HammyLogCheckin worse = { (char *) "2026-03-10", HAMMY_COMPARED_WORSE, NULL, -1, FALSE };
  gpointer watch = store;
  const char *id;

  id = add_session (log, 2, 27, HAMMY_SESSION_DONE);
  add_set (log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 8, 0, 0, 3);
  add_set (log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 10, 0, 0, 0);
  id = add_session (log, 3, 2, HAMMY_SESSION_DONE);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 30, 0, 2);
  add_set (log, id, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, 0);
  id = add_session (log, 3, 4, HAMMY_SESSION_PARTIAL);
  add_set (log, id, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, -1);
  add_session (log, 3, 6, HAMMY_SESSION_SKIPPED);
  id = add_session (log, 3, 9, HAMMY_SESSION_DONE);
  add_set (log, id, "single-leg-bridge", HAMMY_SIDE_LEFT, 9, 0, 5, 4);
  add_set (log, id, "single-leg-bridge", HAMMY_SIDE_RIGHT, 10, 0, 5, 1);
  hammy_log_add_checkin (log, &same);
  hammy_log_add_checkin (log, &worse);

  /* On disk, and the store gone, so the app's own store can take the folder. */
  hammy_store_flush (store);
  g_object_add_weak_pointer (G_OBJECT (store), &watch);
  g_object_unref (log);
  g_object_unref (store);
  g_assert_true (hammy_test_wait_for (is_gone, &watch, 5000));
}

/* ---- the fixture ----------------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 900, 800);
  g_assert_true (hammy_test_wait_data_loaded (hammy_window_get_data (f->window)));
  /* The page is made the first time it is shown. */
  g_assert_null (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "history"));
  f->page = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_HISTORY_PAGE);
  g_assert_nonnull (f->page);
  f->grid = hammy_test_find_widget (f->page, HAMMY_TYPE_MONTH_GRID);
  g_assert_nonnull (f->grid);

  hammy_test_set_today (app, &today);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, f->page, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (hammy_window_get_data (f->window));
  hammy_test_close_window (f->window);
}

static const char *
label_text (Fixture    *f,
            const char *name)
{
  GtkWidget *label = hammy_test_find_named (f->page, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static const HammyHistoryMonth *
shown_month (Fixture *f)
{
  const HammyHistoryMonth *month = hammy_month_grid_get_month (HAMMY_MONTH_GRID (f->grid));

  g_assert_nonnull (month);
  return month;
}

static gboolean
match_action (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* As a person sees it: the button for the action can be pressed or not. */
static gboolean
action_enabled (Fixture    *f,
                const char *name)
{
  g_autofree char *detailed = g_strconcat ("history.", name, NULL);
  GtkWidget *button = hammy_test_find (f->page, match_action, detailed);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

/* ---- the tests ------------------------------------------------------------------------- */

static void
test_log_shows_the_month_and_summaries (Fixture       *f,
                                        gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  HammyLog *log = hammy_data_get_log (person);
  const HammyHistoryMonth *month;
  g_autoptr(HammyPainTrend) trend = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) sides = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *volume_text = NULL;
  g_autofree char *sides_text = NULL;

  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (f->page)), ==, "history");

  /* March 2026, today's month, with each day as the log has it. */
  month = shown_month (f);
  g_assert_cmpuint (month->year, ==, 2026);
  g_assert_cmpuint (month->month, ==, 3);
  g_assert_cmpint (month->days[1].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpint (month->days[3].status, ==, HAMMY_DAY_PARTIAL);
  g_assert_cmpint (month->days[5].status, ==, HAMMY_DAY_SKIPPED);
  g_assert_cmpint (month->days[8].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpint (month->days[17].status, ==, HAMMY_DAY_EMPTY);
  g_assert_cmpuint (month->n_done, ==, 2);
  g_assert_cmpuint (month->n_partial, ==, 1);
  g_assert_cmpuint (month->n_skipped, ==, 1);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 18);

  /* The words on the page are the ones core gives for the same log. */
  month_text = hammy_history_describe_month (month, &today);
  g_assert_cmpstr (label_text (f, "history-month-summary"), ==, month_text);
  day_text = hammy_history_describe_day (&month->days[17], &today);
  g_assert_cmpstr (label_text (f, "history-day"), ==, day_text);

  trend = hammy_pain_trend_new (log, &today, 28);
  g_assert_cmpuint (trend->sessions->len, ==, 4);
  pain_text = hammy_pain_trend_describe (trend);
  g_assert_cmpstr (label_text (f, "history-pain-summary"), ==, pain_text);

  weeks = hammy_history_get_weekly_volume (log, &today, 4);
  volume_text = hammy_history_describe_volume (weeks);
  g_assert_cmpstr (label_text (f, "history-volume-summary"), ==, volume_text);

  sides = hammy_history_compare_sides (log, &today, 28);
  g_assert_cmpuint (sides->len, ==, 2);
  sides_text = hammy_history_describe_sides (sides, HAMMY_SIDE_BOTH, hammy_data_get_library (person), 28);
  g_assert_cmpstr (label_text (f, "history-sides-summary"), ==, sides_text);

  /* A longer period: the words follow it. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (hammy_test_find_widget (f->page, ADW_TYPE_COMBO_ROW)), 1);
  {
    g_autoptr(HammyPainTrend) longer = hammy_pain_trend_new (log, &today, 91);
    g_autofree char *longer_text = hammy_pain_trend_describe (longer);

    g_assert_nonnull (strstr (longer_text, "91 days"));
    g_assert_cmpstr (label_text (f, "history-pain-summary"), ==, longer_text);
  }
}

static void
test_months_and_days_move (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *february = NULL;

  /* Nothing after this month, and nothing before the first logged one. */
  g_assert_false (action_enabled (f, "next-month"));
  g_assert_true (action_enabled (f, "previous-month"));

  g_assert_true (gtk_widget_activate_action (f->page, "history.previous-month", NULL));
  g_assert_cmpuint (shown_month (f)->month, ==, 2);
  g_assert_cmpint (shown_month (f)->days[26].status, ==, HAMMY_DAY_DONE);
  g_assert_cmpuint (shown_month (f)->n_done, ==, 1);
  g_assert_false (action_enabled (f, "previous-month"));
  g_assert_true (action_enabled (f, "next-month"));
  february = hammy_history_describe_month (shown_month (f), &today);
  g_assert_cmpstr (label_text (f, "history-month-summary"), ==, february);

  /* The keyboard: to the end of February, then on over the edge into March. */
  gtk_widget_grab_focus (f->grid);
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_End));
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 28);
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_Right));
  g_assert_cmpuint (shown_month (f)->month, ==, 3);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 1);
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_Down));
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 8);
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_Left));
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 7);
  {
    g_autofree char *day = hammy_history_describe_day (&shown_month (f)->days[6], &today);

    g_assert_cmpstr (label_text (f, "history-day"), ==, day);
  }

  /* Page Down past today's month goes nowhere. */
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_Page_Down));
  g_assert_cmpuint (shown_month (f)->month, ==, 3);
  g_assert_true (hammy_test_press_key (f->grid, GDK_KEY_Page_Up));
  g_assert_cmpuint (shown_month (f)->month, ==, 2);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 7);
}

/* A window left open overnight: at midnight the calendar moves on to the new day by itself. */
static void
test_new_day_moves_the_calendar_on (Fixture       *f,
                                    gconstpointer  data)
{
  GDate first_of_april;

  g_assert_cmpuint (shown_month (f)->month, ==, 3);
  g_assert_false (action_enabled (f, "next-month"));

  g_date_clear (&first_of_april, 1);
  g_date_set_dmy (&first_of_april, 1, G_DATE_APRIL, 2026);
  hammy_test_set_today (app, &first_of_april);
  g_assert_cmpuint (shown_month (f)->month, ==, 4);
  g_assert_cmpuint (hammy_month_grid_get_selected_day (HAMMY_MONTH_GRID (f->grid)), ==, 1);
  g_assert_true (action_enabled (f, "previous-month"));
  g_assert_false (action_enabled (f, "next-month"));

  hammy_test_set_today (app, &today);
  g_assert_cmpuint (shown_month (f)->month, ==, 3);
}

static gboolean
match_toggle (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static void
test_sore_side_is_chosen_and_kept (Fixture       *f,
                                   gconstpointer  data)
{
  HammyData *person = hammy_window_get_data (f->window);
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *path = g_build_filename (root, "profiles", "default", "sore-side.json", NULL);
  GtkWidget *right = hammy_test_find (f->page, match_toggle, "_Right");
  HammySoreSideSource source;

  g_assert_nonnull (right);
  g_assert_cmpint (hammy_data_get_sore_side (person, &source), ==, HAMMY_SIDE_BOTH);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_UNKNOWN);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (right), TRUE);
  g_assert_cmpint (hammy_data_get_sore_side (person, &source), ==, HAMMY_SIDE_RIGHT);
  g_assert_cmpint (source, ==, HAMMY_SORE_SIDE_CHOSEN);
  hammy_data_flush (person);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (g_str_has_prefix (label_text (f, "history-sides-summary"), "Your sore side is the right."));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (right)));
}

/* ---- on their own: an empty folder, and the dark style --------------------------------- */

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_data_load_finish (HAMMY_DATA (source), result, &error));
  g_assert_no_error (error);
}

static void
test_empty_folder_says_so (void)
{
  g_autofree char *root = g_dir_make_tmp ("hammy-empty-XXXXXX", NULL);
  g_autoptr(HammyData) data = hammy_data_new (root, hammy_data_get_library (hammy_application_get_data (app)));
  GtkWidget *window = gtk_window_new ();
  g_autoptr(HammyContext) context = hammy_context_new (data, hammy_application_get_settings (app),
                                                      hammy_context_get_clock (hammy_application_get_context (app)));
  GtkWidget *page = g_object_new (HAMMY_TYPE_HISTORY_PAGE, NULL);
  GtkWidget *status;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  hammy_page_bin_set_context (HAMMY_PAGE_BIN (page), context);
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (page)), ==, "loading");

  hammy_data_load_async (data, NULL, on_loaded_cb, NULL);
  g_assert_true (hammy_test_wait_data_loaded (data));
  g_assert_cmpstr (hammy_history_page_get_state (HAMMY_HISTORY_PAGE (page)), ==, "empty");
  status = hammy_test_find_widget (page, ADW_TYPE_STATUS_PAGE);
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, status, 5000));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No History Yet");

  /* Gone before the data it shows. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_until (window == NULL, HAMMY_TEST_WAIT_MS));
}

static double
mean_brightness (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  double sum = 0;

  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (pixels[4 * i] + pixels[4 * i + 1] + pixels[4 * i + 2]) / (3.0 * 255);

  return sum / ((gsize) width * height);
}

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
test_dark_style_draws (Fixture       *f,
                       gconstpointer  data)
{
  GSettings *settings = hammy_application_get_settings (app);
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  int minimum;

  g_settings_set_string (settings, "style-variant", "light");
  g_assert_true (hammy_test_wait_until (!adw_style_manager_get_dark (adw_style_manager_get_default ()),
                                        HAMMY_TEST_WAIT_MS));
  g_assert_true (hammy_test_wait_frame (f->window));
  light = render (GTK_WIDGET (f->window));

  g_settings_set_string (settings, "style-variant", "dark");
  g_assert_true (hammy_test_wait_until (adw_style_manager_get_dark (adw_style_manager_get_default ()),
                                        HAMMY_TEST_WAIT_MS));
  g_assert_true (hammy_test_wait_frame (f->window));
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  dark = render (GTK_WIDGET (f->window));

  /* The window with every chart drew, and it really is dark. */
  g_assert_cmpfloat (mean_brightness (dark), <, 0.4);
  g_assert_cmpfloat (mean_brightness (light), >, 0.6);

  /* Narrow, as on a phone: the page asks for no more than the window's narrowest. */
  gtk_widget_measure (f->page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 700);
  g_assert_true (hammy_test_wait_frame (f->window));
  g_clear_object (&dark);
  dark = render (GTK_WIDGET (f->window));
  g_assert_cmpfloat (mean_brightness (dark), <, 0.4);

  g_settings_reset (settings, "style-variant");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 18, G_DATE_MARCH, 2026);
  place_log ();
  app = hammy_test_application_new_on (&today);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/history-page/log-shows-the-month-and-summaries", test_log_shows_the_month_and_summaries);
  ADD ("/history-page/months-and-days-move", test_months_and_days_move);
  ADD ("/history-page/new-day-moves-the-calendar-on", test_new_day_moves_the_calendar_on);
  ADD ("/history-page/sore-side-is-chosen-and-kept", test_sore_side_is_chosen_and_kept);
  ADD ("/history-page/dark-style-draws", test_dark_style_draws);
#undef ADD
  g_test_add_func ("/history-page/empty-folder-says-so", test_empty_folder_says_so);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
