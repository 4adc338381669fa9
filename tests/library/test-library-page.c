/* test-library-page.c: widget tests for the Library page, in-process under Xvfb: search,
 * filters, list → detail → card → exercise and back, folding, and Ctrl+F.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-card-view.h"
#include "hammy-exercise-detail.h"
#include "hammy-library-page.h"
#include "hammy-library-row.h"
#include "hammy-vocabulary.h"
#include "hammy-test-utils.h"
#include "hammy-window.h"

static HammyApplication *app;

typedef struct
{
  HammyWindow      *window;
  HammyLibraryPage *page;
  HammyLibrary     *library;
  GtkListBox       *exercise_list;
  GtkListBox       *card_list;
  GtkEditable      *search;
  AdwLeaflet       *leaflet;
} Fixture;

static void
fixture_set_up (Fixture *f,
                int      width)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));

  f->window = hammy_test_present_window (app, width, 760);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "library"));
  f->page = HAMMY_LIBRARY_PAGE (hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_LIBRARY_PAGE));
  g_assert_true (hammy_test_wait_mapped (f->page));
  /* Its content read and its lists laid out. */
  g_assert_true (hammy_test_wait_until (hammy_library_page_get_library (f->page) != NULL, HAMMY_TEST_WAIT_MS));
  g_assert_true (hammy_test_wait_frame (f->page));

  f->library = hammy_library_page_get_library (f->page);
  f->exercise_list = GTK_LIST_BOX (hammy_test_find_named (GTK_WIDGET (f->page), "exercise-list"));
  f->card_list = GTK_LIST_BOX (hammy_test_find_named (GTK_WIDGET (f->page), "card-list"));
  f->search = GTK_EDITABLE (hammy_test_find_named (GTK_WIDGET (f->page), "library-search"));
  f->leaflet = ADW_LEAFLET (hammy_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_LEAFLET));
  g_assert_nonnull (f->library);
  g_assert_nonnull (f->exercise_list);
  g_assert_nonnull (f->card_list);
  g_assert_nonnull (f->search);
  g_assert_nonnull (f->leaflet);
}

static void
fixture_set_up_wide (Fixture       *f,
                     gconstpointer  data)
{
  fixture_set_up (f, 1100);
}

static void
fixture_set_up_narrow (Fixture       *f,
                       gconstpointer  data)
{
  fixture_set_up (f, 360);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_test_close_window (f->window);
}

static GPtrArray *
shown_rows (GtkListBox *list)
{
  GPtrArray *items = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HAMMY_IS_LIBRARY_ROW (child))
        g_ptr_array_add (items, (gpointer) hammy_library_row_get_item (HAMMY_LIBRARY_ROW (child)));
    }

  return items;
}

static GtkListBoxRow *
row_for_item (GtkListBox *list,
              const char *item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HAMMY_IS_LIBRARY_ROW (child) && g_strcmp0 (hammy_library_row_get_item (HAMMY_LIBRARY_ROW (child)), item) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

typedef struct
{
  GtkListBox *list;
  guint       count;
} RowCount;

static gboolean
has_row_count (gpointer data)
{
  RowCount *expected = data;
  g_autoptr(GPtrArray) rows = shown_rows (expected->list);

  return rows->len == expected->count;
}

static HammyExercise *
exercise_for_item (Fixture    *f,
                   const char *item)
{
  g_assert_true (g_str_has_prefix (item, "exercise:"));
  return hammy_library_lookup_exercise (f->library, item + strlen ("exercise:"));
}

static void
test_lists_everything (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) exercises = shown_rows (f->exercise_list);
  g_autoptr(GPtrArray) cards = shown_rows (f->card_list);
  gboolean seen_check = FALSE;

  g_assert_cmpuint (exercises->len, ==, g_list_model_get_n_items (hammy_library_get_exercises (f->library)));
  g_assert_cmpuint (cards->len, ==, 13);

  /* Self-checks come after the exercises, under a heading of their own. */
  for (guint i = 0; i < exercises->len; i++)
    {
      HammyExercise *exercise = exercise_for_item (f, g_ptr_array_index (exercises, i));
      gboolean check = hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_SELF_CHECK;
      GtkListBoxRow *row = row_for_item (f->exercise_list, g_ptr_array_index (exercises, i));

      g_assert_true (!seen_check || check);
      g_assert_true ((gtk_list_box_row_get_header (row) != NULL) == (check && !seen_check));
      seen_check |= check;
    }
  g_assert_true (seen_check);
}

static gboolean
rows_all_match_backpack (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) rows = shown_rows (f->exercise_list);

  if (rows->len == 0 || rows->len == g_list_model_get_n_items (hammy_library_get_exercises (f->library)))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    if (!hammy_exercise_matches_search (exercise_for_item (f, g_ptr_array_index (rows, i)), "backpack"))
      return FALSE;

  return TRUE;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  RowCount one = { f->exercise_list, 1 };
  RowCount none = { f->exercise_list, 0 };
  RowCount all = { f->exercise_list, g_list_model_get_n_items (hammy_library_get_exercises (f->library)) };
  GtkStack *exercises_stack;
  g_autoptr(GPtrArray) rows = NULL;

  gtk_editable_set_text (f->search, "nordic");
  g_assert_true (hammy_test_wait_for (has_row_count, &one, 3000));
  rows = shown_rows (f->exercise_list);
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==, "exercise:nordic-curl");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Equipment, substitutes included: a backpack stands in for a dumbbell. */
  gtk_editable_set_text (f->search, "backpack");
  g_assert_true (hammy_test_wait_for (rows_all_match_backpack, f, 3000));
  rows = shown_rows (f->exercise_list);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (hammy_exercise_matches_search (exercise_for_item (f, g_ptr_array_index (rows, i)), "backpack"));
  g_assert_nonnull (row_for_item (f->exercise_list, "exercise:rdl-wall"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Nothing matches: the list says so and offers a way back. */
  gtk_editable_set_text (f->search, "trampoline");
  g_assert_true (hammy_test_wait_for (has_row_count, &none, 3000));
  exercises_stack = GTK_STACK (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (f->exercise_list)))));
  g_assert_true (GTK_IS_STACK (exercises_stack));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (exercises_stack), ==, "empty");

  gtk_editable_set_text (f->search, "");
  g_assert_true (hammy_test_wait_for (has_row_count, &all, 3000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (exercises_stack), ==, "list");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkDropDown *phase = GTK_DROP_DOWN (hammy_test_find_named (GTK_WIDGET (f->page), "phase-filter"));
  GtkDropDown *goal = GTK_DROP_DOWN (hammy_test_find_named (GTK_WIDGET (f->page), "goal-filter"));
  GtkWidget *equipment = hammy_test_find_named (GTK_WIDGET (f->page), "equipment-filter");
  GtkWidget *equipment_list = hammy_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (equipment))),
                                                      GTK_TYPE_LIST_BOX);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) on_hand = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_all = g_list_model_get_n_items (hammy_library_get_exercises (f->library));
  guint load_index = 0;
  guint check_index = 0;
  GtkWidget *first_equipment_row;

  for (guint i = 0; i < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_PHASE); i++)
    if (g_str_equal (hammy_vocabulary_get_id (HAMMY_VOCABULARY_PHASE, i), "load"))
      load_index = i + 1;
  for (guint i = 0; i < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_GOAL); i++)
    if (g_str_equal (hammy_vocabulary_get_id (HAMMY_VOCABULARY_GOAL, i), "check"))
      check_index = i + 1;

  /* Phase: only load-phase work. */
  gtk_drop_down_set_selected (phase, load_index);
  rows = shown_rows (f->exercise_list);
  g_assert_cmpuint (rows->len, >=, 3);
  g_assert_cmpuint (rows->len, <, n_all);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (g_strv_contains (hammy_exercise_get_phases (exercise_for_item (f, g_ptr_array_index (rows, i))), "load"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  gtk_drop_down_set_selected (phase, 0);

  /* Goal: the self-checks. */
  gtk_drop_down_set_selected (goal, check_index);
  rows = shown_rows (f->exercise_list);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpint (hammy_exercise_get_kind (exercise_for_item (f, g_ptr_array_index (rows, i))), ==,
                     HAMMY_EXERCISE_KIND_SELF_CHECK);
  g_clear_pointer (&rows, g_ptr_array_unref);
  gtk_drop_down_set_selected (goal, 0);

  /* Equipment on hand: tick the first thing (a mat); only what can be done with it stays. */
  first_equipment_row = gtk_widget_get_first_child (equipment_list);
  g_assert_true (ADW_IS_ACTION_ROW (first_equipment_row));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (first_equipment_row))), TRUE);
  g_hash_table_add (on_hand, (gpointer) hammy_vocabulary_get_id (HAMMY_VOCABULARY_EQUIPMENT, 0));
  rows = shown_rows (f->exercise_list);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <, n_all);
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (hammy_exercise_can_do_with (exercise_for_item (f, g_ptr_array_index (rows, i)), on_hand));
  g_assert_null (row_for_item (f->exercise_list, "exercise:rdl-wall"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (hammy_test_find_widget (equipment, GTK_TYPE_LABEL))), ==, "1 Thing");
  g_clear_pointer (&rows, g_ptr_array_unref);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (first_equipment_row))), FALSE);
  rows = shown_rows (f->exercise_list);
  g_assert_cmpuint (rows->len, ==, n_all);
}

typedef struct
{
  const char *action;
  const char *id;  /* NULL for any */
} Link;

static gboolean
match_link (GtkWidget     *widget,
            gconstpointer  data)
{
  const Link *link = data;
  GVariant *target;

  if (!GTK_IS_LIST_BOX_ROW (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), link->action) != 0)
    return FALSE;

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return link->id == NULL || g_str_equal (g_variant_get_string (target, NULL), link->id);
}

static GtkListBoxRow *
find_link_row (GtkWidget  *root,
               const char *action,
               const char *id)
{
  Link link = { action, id };

  return GTK_LIST_BOX_ROW (hammy_test_find (root, match_link, &link));
}

static void
assert_shown (Fixture    *f,
              const char *expected)
{
  g_autofree char *shown = hammy_library_page_dup_shown_item (f->page);

  g_assert_cmpstr (shown, ==, expected);
}

static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  GtkListBoxRow *row = row_for_item (f->exercise_list, "exercise:straight-leg-lower");
  GtkWidget *detail_stack;
  GtkListBoxRow *link;

  g_assert_null (hammy_library_page_dup_shown_item (f->page));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "library.back", NULL) &&
                  hammy_library_page_dup_shown_item (f->page) != NULL);

  /* List → exercise. */
  g_signal_emit_by_name (f->exercise_list, "row-activated", row);
  assert_shown (f, "exercise:straight-leg-lower");
  g_assert_true (gtk_list_box_get_selected_row (f->exercise_list) == row);
  detail_stack = GTK_WIDGET (hammy_test_find_widget (GTK_WIDGET (f->page), HAMMY_TYPE_EXERCISE_DETAIL));
  g_assert_true (gtk_widget_get_visible (detail_stack));

  /* Exercise → card, through the link a person would click. */
  link = find_link_row (GTK_WIDGET (f->page), "library.show-card", "reciprocal-inhibition");
  g_assert_nonnull (link);
  gtk_widget_activate (GTK_WIDGET (link));
  assert_shown (f, "card:reciprocal-inhibition");

  /* Card → an exercise that uses it. */
  link = find_link_row (GTK_WIDGET (hammy_test_find_widget (GTK_WIDGET (f->page), HAMMY_TYPE_CARD_VIEW)),
                        "library.show-exercise", "supine-toe-touch");
  g_assert_nonnull (link);
  gtk_widget_activate (GTK_WIDGET (link));
  assert_shown (f, "exercise:supine-toe-touch");

  /* And back the way we came. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "library.back", NULL));
  assert_shown (f, "card:reciprocal-inhibition");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "library.back", NULL));
  assert_shown (f, "exercise:straight-leg-lower");

  /* Along the ladder: the harder variant links back as the easier one. */
  link = find_link_row (GTK_WIDGET (f->page), "library.show-exercise", "askling-extender");
  g_assert_nonnull (link);
  gtk_widget_activate (GTK_WIDGET (link));
  assert_shown (f, "exercise:askling-extender");
  g_assert_nonnull (find_link_row (GTK_WIDGET (f->page), "library.show-exercise", "straight-leg-lower"));

  /* A fresh choice from the list starts a fresh trail. */
  g_signal_emit_by_name (f->card_list, "row-activated", row_for_item (f->card_list, "card:pain-guide"));
  assert_shown (f, "card:pain-guide");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "library.back", NULL);
  assert_shown (f, "card:pain-guide");
}

static gboolean
leaflet_shows_list (gpointer data)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (data), "list") == 0;
}

static gboolean
leaflet_shows_detail (gpointer data)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (data), "detail") == 0;
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static void
test_narrow_folds (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *back = NULL;

  /* The leaflet folds on its first allocation at this width, which may come a frame later. */
  g_assert_true (hammy_test_wait_for (leaflet_is_folded, f->leaflet, 3000));
  g_assert_true (leaflet_shows_list (f->leaflet));

  g_signal_emit_by_name (f->exercise_list, "row-activated",
                         row_for_item (f->exercise_list, "exercise:nerve-floss-slider"));
  g_assert_true (hammy_test_wait_for (leaflet_shows_detail, f->leaflet, 2000));

  back = hammy_test_find_named (GTK_WIDGET (f->page), "library-back");
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_get_visible (back));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "library.back", NULL));
  g_assert_true (hammy_test_wait_for (leaflet_shows_list, f->leaflet, 2000));
}

static gboolean
search_has_focus (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == GTK_WIDGET (f->search) || gtk_widget_is_ancestor (focus, GTK_WIDGET (f->search)));
}

static void
test_ctrl_f_searches (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *focus;
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search");

  g_assert_cmpstr (accels[0], ==, "<Control>f");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "triage");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_cmpstr (hammy_window_get_visible_page (f->window), ==, "library");
  g_assert_true (hammy_test_wait_until (search_has_focus (f), HAMMY_TEST_WAIT_MS));

  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (f->search) || gtk_widget_is_ancestor (focus, GTK_WIDGET (f->search)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  app = hammy_test_application_new ();

  g_test_add ("/library-page/lists-everything", Fixture, NULL, fixture_set_up_wide, test_lists_everything, fixture_tear_down);
  g_test_add ("/library-page/search", Fixture, NULL, fixture_set_up_wide, test_search, fixture_tear_down);
  g_test_add ("/library-page/filters", Fixture, NULL, fixture_set_up_wide, test_filters, fixture_tear_down);
  g_test_add ("/library-page/navigation", Fixture, NULL, fixture_set_up_wide, test_navigation, fixture_tear_down);
  g_test_add ("/library-page/narrow-folds", Fixture, NULL, fixture_set_up_narrow, test_narrow_folds, fixture_tear_down);
  g_test_add ("/library-page/ctrl-f-searches", Fixture, NULL, fixture_set_up_wide, test_ctrl_f_searches, fixture_tear_down);

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
