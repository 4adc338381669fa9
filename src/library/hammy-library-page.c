/* hammy-library-page.c: the Library page: every exercise and self-check, searchable and
 * filtered, with its detail beside it, and the explanation cards under Learn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-library-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hammy-card-view.h"
#include "hammy-exercise-detail.h"
#include "hammy-library-links.h"
#include "hammy-library-page.h"
#include "hammy-library-row.h"
#include "hammy-toasts.h"
#include "hammy-vocabulary.h"

#define CONTENT_PATH RESOURCE_PATH "/content"

struct _HammyLibraryPage
{
  AdwBin               parent_instance;

  HammyLibrary        *library;
  HammyContext        *context;  /* the page bin's */
  GtkCustomFilter     *exercise_filter;
  GHashTable          *on_hand;   /* equipment ids the person has ticked */
  GPtrArray           *history;   /* "exercise:<id>" or "card:<id>", newest last */

  /* template children (not the direct child: AdwBin unparents that itself) */
  AdwStatusPage       *error_page;
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *phase_dropdown;
  GtkDropDown         *goal_dropdown;
  GtkMenuButton       *equipment_button;
  GtkLabel            *equipment_label;
  GtkListBox          *equipment_list;
  GtkStack            *list_stack;
  GtkStack            *exercises_stack;
  GtkListBox          *exercise_list;
  GtkListBox          *card_list;
  GtkWidget           *back_button;
  GtkLabel            *detail_title;
  GtkStack            *detail_stack;

  /* made the first time they are needed, to keep startup quick */
  HammyExerciseDetail *exercise_detail;
  HammyCardView       *card_view;
  gboolean             equipment_filled;
};

G_DEFINE_FINAL_TYPE (HammyLibraryPage, hammy_library_page, HAMMY_TYPE_PAGE_BIN)

/* The item @row opens, or NULL for a row that opens none. */
static const char *
row_get_item (GtkListBoxRow *row)
{
  return HAMMY_IS_LIBRARY_ROW (row) ? hammy_library_row_get_item (HAMMY_LIBRARY_ROW (row)) : NULL;
}

static void hammy_library_page_show_item (HammyLibraryPage *self,
                                          const char       *item,
                                          gboolean          from_list);

/* Index 0 of a filter drop-down is “all”; the rest follow the vocabulary's order. */
static const char *
selected_term (GtkDropDown     *dropdown,
               HammyVocabulary  vocabulary)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return hammy_vocabulary_get_id (vocabulary, selected - 1);
}

static gboolean
filter_exercise (gpointer item,
                 gpointer user_data)
{
  HammyLibraryPage *self = user_data;
  HammyExercise *exercise = item;
  const char *phase = selected_term (self->phase_dropdown, HAMMY_VOCABULARY_PHASE);
  const char *goal = selected_term (self->goal_dropdown, HAMMY_VOCABULARY_GOAL);

  if (phase != NULL && !g_strv_contains (hammy_exercise_get_phases (exercise), phase))
    return FALSE;

  if (goal != NULL && g_strcmp0 (hammy_exercise_get_goal (exercise), goal) != 0)
    return FALSE;

  if (g_hash_table_size (self->on_hand) > 0 && !hammy_exercise_can_do_with (exercise, self->on_hand))
    return FALSE;

  return hammy_exercise_matches_search (exercise, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static GtkWidget *
create_exercise_row (gpointer item,
                     gpointer user_data)
{
  HammyExercise *exercise = item;
  g_autofree char *dose = hammy_exercise_dup_dosage_text (exercise);
  g_autofree char *phases = hammy_exercise_dup_phase_text (exercise);
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), dose, phases);
  g_autofree char *id = g_strdup_printf ("exercise:%s", hammy_exercise_get_id (exercise));
  HammyLibraryRow *row = hammy_library_row_new (id, hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_SELF_CHECK);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hammy_exercise_get_name (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return GTK_WIDGET (row);
}

static GtkWidget *
create_card_row (gpointer item,
                 gpointer user_data)
{
  HammyCard *card = item;
  g_autofree char *id = g_strdup_printf ("card:%s", hammy_card_get_id (card));
  HammyLibraryRow *row = hammy_library_row_new (id, FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hammy_card_get_title (card));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hammy_card_get_summary (card));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return GTK_WIDGET (row);
}

static GtkWidget *
new_section_header (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

/* Self-checks follow the exercises under a heading of their own. */
static gboolean
row_is_self_check (GtkListBoxRow *row)
{
  return HAMMY_IS_LIBRARY_ROW (row) && hammy_library_row_is_self_check (HAMMY_LIBRARY_ROW (row));
}

/* Self-checks follow the exercises under a heading of their own. */
static void
update_exercise_header (GtkListBoxRow *row,
                        GtkListBoxRow *before,
                        gpointer       user_data)
{
  gboolean first_check = row_is_self_check (row) && (before == NULL || !row_is_self_check (before));

  if (first_check && gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, new_section_header (_("Self-Checks")));
  else if (!first_check)
    gtk_list_box_row_set_header (row, NULL);
}

static void
select_row_for_item (GtkListBox *list,
                     const char *item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (row_get_item (GTK_LIST_BOX_ROW (child)), item) == 0)
        {
          gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }

  gtk_list_box_unselect_all (list);
}

static void
update_back_button (HammyLibraryPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded || self->history->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.back", folded || self->history->len > 1);
}

static void
on_detail_add_toast_cb (HammyLibraryPage *self,
                        AdwToast         *toast)
{
  hammy_page_bin_add_toast (HAMMY_PAGE_BIN (self), toast);
}

static void
present_item (HammyLibraryPage *self,
              const char       *item)
{
  if (g_str_has_prefix (item, "exercise:"))
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (self->library, item + strlen ("exercise:"));

      if (self->exercise_detail == NULL)
        {
          self->exercise_detail = g_object_new (HAMMY_TYPE_EXERCISE_DETAIL, NULL);
          hammy_exercise_detail_set_context (self->exercise_detail, self->context);
          g_signal_connect_object (self->exercise_detail, "add-toast",
                                   G_CALLBACK (on_detail_add_toast_cb), self, G_CONNECT_SWAPPED);
          gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->exercise_detail), "exercise");
        }
      hammy_exercise_detail_set_exercise (self->exercise_detail, self->library, exercise);
      gtk_label_set_label (self->detail_title, hammy_exercise_get_name (exercise));
      gtk_stack_set_visible_child_name (self->detail_stack, "exercise");
      gtk_stack_set_visible_child_name (self->list_stack, "exercises");
      gtk_list_box_unselect_all (self->card_list);
      select_row_for_item (self->exercise_list, item);
    }
  else
    {
      HammyCard *card = hammy_library_lookup_card (self->library, item + strlen ("card:"));

      if (self->card_view == NULL)
        {
          self->card_view = g_object_new (HAMMY_TYPE_CARD_VIEW, NULL);
          gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->card_view), "card");
        }
      hammy_card_view_set_card (self->card_view, self->library, card);
      gtk_label_set_label (self->detail_title, hammy_card_get_title (card));
      gtk_stack_set_visible_child_name (self->detail_stack, "card");
      gtk_stack_set_visible_child_name (self->list_stack, "learn");
      gtk_list_box_unselect_all (self->exercise_list);
      select_row_for_item (self->card_list, item);
    }

  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  update_back_button (self);
}

/* From the list, an item starts a fresh trail; from a link, it extends the trail, so Back
 * retraces list → exercise → card → exercise. */
static void
hammy_library_page_show_item (HammyLibraryPage *self,
                              const char       *item,
                              gboolean          from_list)
{
  if (from_list)
    g_ptr_array_set_size (self->history, 0);

  if (self->history->len == 0 ||
      !g_str_equal (g_ptr_array_index (self->history, self->history->len - 1), item))
    g_ptr_array_add (self->history, g_strdup (item));

  present_item (self, item);
}

static void
hammy_library_page_go_back (HammyLibraryPage *self)
{
  if (self->history->len > 1)
    {
      g_ptr_array_set_size (self->history, self->history->len - 1);
      present_item (self, g_ptr_array_index (self->history, self->history->len - 1));
      return;
    }

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  update_back_button (self);
}

static void
update_equipment_label (HammyLibraryPage *self)
{
  guint n = g_hash_table_size (self->on_hand);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("Equipment"));
  else
    /* Translators: the equipment filter's button when some things are ticked */
    label = g_strdup_printf (ngettext ("%u Thing", "%u Things", n), n);

  gtk_label_set_label (self->equipment_label, label);
}

static void
update_empty_state (HammyLibraryPage *self)
{
  gboolean any = gtk_list_box_get_row_at_index (self->exercise_list, 0) != NULL;

  gtk_stack_set_visible_child_name (self->exercises_stack, any ? "list" : "empty");
}

static void
refilter (HammyLibraryPage *self)
{
  if (self->exercise_filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->exercise_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

/* The equipment rows follow the vocabulary's order. */
static void
on_equipment_toggled_cb (GtkCheckButton   *button,
                         HammyLibraryPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  const char *id = hammy_vocabulary_get_id (HAMMY_VOCABULARY_EQUIPMENT,
                                            gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  if (gtk_check_button_get_active (button))
    g_hash_table_add (self->on_hand, (gpointer) id);
  else
    g_hash_table_remove (self->on_hand, id);

  update_equipment_label (self);
  refilter (self);
}

static void
on_filter_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_filter_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item)
{
  GtkStringObject *name = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (name));
}

static GtkListItemFactory *
filter_item_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_filter_item_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_filter_item_bind_cb), NULL);

  return factory;
}

static void
fill_filters (HammyLibraryPage *self)
{
  const struct {
    GtkDropDown     *dropdown;
    HammyVocabulary  vocabulary;
    const char      *all;
  } filters[] = {
    { self->phase_dropdown, HAMMY_VOCABULARY_PHASE, _("All Phases") },
    { self->goal_dropdown, HAMMY_VOCABULARY_GOAL, _("All Goals") },
  };

  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      guint n = hammy_vocabulary_get_n_ids (filters[f].vocabulary);

      gtk_string_list_append (names, filters[f].all);
      for (guint i = 0; i < n; i++)
        gtk_string_list_append (names, hammy_vocabulary_get_name (filters[f].vocabulary,
                                                                  hammy_vocabulary_get_id (filters[f].vocabulary, i)));
      g_autoptr(GtkListItemFactory) shown = filter_item_factory (TRUE);
      g_autoptr(GtkListItemFactory) listed = filter_item_factory (FALSE);

      /* On a phone the three filters share a narrow line: the chosen one may be shortened
       * there, and the list that opens always has the whole names. */
      gtk_drop_down_set_factory (filters[f].dropdown, shown);
      gtk_drop_down_set_list_factory (filters[f].dropdown, listed);
      gtk_drop_down_set_model (filters[f].dropdown, G_LIST_MODEL (names));
    }
}

static void
fill_equipment (HammyLibraryPage *self)
{
  if (self->equipment_filled)
    return;
  self->equipment_filled = TRUE;

  for (guint i = 0; i < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_EQUIPMENT); i++)
    {
      const char *id = hammy_vocabulary_get_id (HAMMY_VOCABULARY_EQUIPMENT, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     hammy_vocabulary_get_name (HAMMY_VOCABULARY_EQUIPMENT, id));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_equipment_toggled_cb), self, 0);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->equipment_list, row);
    }
}

static void
ensure_library (HammyLibraryPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GPtrArray *problems;

  if (self->library != NULL)
    return;

  fill_equipment (self);

  /* The content is parsed when the page is first shown, not at startup. */
  self->library = hammy_library_new_from_resource (CONTENT_PATH, &error);
  if (self->library == NULL)
    {
      g_autofree char *description =
        g_strdup_printf (_("Hammy's exercise content could not be read (%s). Reinstalling Hammy should fix it."),
                         error->message);

      adw_status_page_set_description (self->error_page, description);
      gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))), "error");
      return;
    }

  problems = hammy_library_get_problems (self->library);
  if (problems->len > 0)
    g_warning ("The library content breaks %u rules, starting with: %s",
               problems->len, (const char *) g_ptr_array_index (problems, 0));

  self->exercise_filter = gtk_custom_filter_new (filter_exercise, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (hammy_library_get_exercises (self->library)),
                                        GTK_FILTER (g_object_ref (self->exercise_filter)));
  gtk_list_box_bind_model (self->exercise_list, G_LIST_MODEL (filtered),
                           create_exercise_row, self, NULL);
  gtk_list_box_set_header_func (self->exercise_list, update_exercise_header, self, NULL);
  gtk_list_box_bind_model (self->card_list, hammy_library_get_cards (self->library),
                           create_card_row, self, NULL);
  update_empty_state (self);
}

static void
on_search_entry_search_changed_cb (HammyLibraryPage *self)
{
  refilter (self);
}

static void
on_search_entry_stop_search_cb (HammyLibraryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_dropdown_selected_cb (HammyLibraryPage *self)
{
  refilter (self);
}

static void
on_list_row_activated_cb (HammyLibraryPage *self,
                          GtkListBoxRow    *row)
{
  const char *item = row_get_item (row);

  if (item != NULL)
    hammy_library_page_show_item (self, item, TRUE);
}

static void
on_leaflet_folded_changed_cb (HammyLibraryPage *self)
{
  update_back_button (self);
}

static void
on_clear_filters_clicked_cb (HammyLibraryPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->phase_dropdown, 0);
  gtk_drop_down_set_selected (self->goal_dropdown, 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->equipment_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
    }

  refilter (self);
}

static void
show_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HammyLibraryPage *self = HAMMY_LIBRARY_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *item = g_strdup_printf ("exercise:%s", id);

  ensure_library (self);
  if (self->library == NULL || hammy_library_lookup_exercise (self->library, id) == NULL)
    return;

  hammy_library_page_show_item (self, item, FALSE);
}

static void
show_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HammyLibraryPage *self = HAMMY_LIBRARY_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *item = g_strdup_printf ("card:%s", id);

  ensure_library (self);
  if (self->library == NULL || hammy_library_lookup_card (self->library, id) == NULL)
    return;

  hammy_library_page_show_item (self, item, FALSE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hammy_library_page_go_back (HAMMY_LIBRARY_PAGE (widget));
}

/* Page Down and Page Up while presenting: through the list shown, in its order and filters. */
static void
step_item (HammyLibraryPage *self,
           int               step)
{
  gboolean cards = g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "learn") == 0;
  GtkListBox *list = cards ? self->card_list : self->exercise_list;
  g_autofree char *shown = hammy_library_page_dup_shown_item (self);
  int index = -1;
  int target;
  GtkListBoxRow *row;

  ensure_library (self);
  for (int i = 0; shown != NULL && (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_strcmp0 (row_get_item (row), shown) == 0)
      {
        index = i;
        break;
      }

  /* Nothing of this list shown yet: the first item, whichever way. */
  target = index < 0 ? 0 : index + step;
  row = target >= 0 ? gtk_list_box_get_row_at_index (list, target) : NULL;
  if (row == NULL)
    return;

  hammy_library_page_show_item (self, row_get_item (row), TRUE);
}

static void
next_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_item (HAMMY_LIBRARY_PAGE (widget), 1);
}

static void
previous_item_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  step_item (HAMMY_LIBRARY_PAGE (widget), -1);
}

static void
hammy_library_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hammy_library_page_parent_class)->map (widget);

  ensure_library (HAMMY_LIBRARY_PAGE (widget));
}

/* The person's data, for the videos they attach to exercises, and whether the screen is
 * shared. The Library works without one too, with our videos only. */
static void
hammy_library_page_context_set (HammyPageBin *page,
                                HammyContext *context)
{
  HammyLibraryPage *self = HAMMY_LIBRARY_PAGE (page);

  self->context = context;
  if (self->exercise_detail != NULL)
    hammy_exercise_detail_set_context (self->exercise_detail, context);
}

static void
hammy_library_page_dispose (GObject *object)
{
  HammyLibraryPage *self = HAMMY_LIBRARY_PAGE (object);

  /* The rows go before the library they show. */
  if (self->exercise_list != NULL)
    gtk_list_box_bind_model (self->exercise_list, NULL, NULL, NULL, NULL);
  if (self->card_list != NULL)
    gtk_list_box_bind_model (self->card_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->exercise_filter);
  g_clear_object (&self->library);
  g_clear_pointer (&self->on_hand, g_hash_table_unref);
  g_clear_pointer (&self->history, g_ptr_array_unref);

  G_OBJECT_CLASS (hammy_library_page_parent_class)->dispose (object);
}

static void
hammy_library_page_class_init (HammyLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_library_page_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_library_page_context_set;
  widget_class->map = hammy_library_page_map;



  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/library/hammy-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, phase_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, goal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, equipment_button);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, equipment_label);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, equipment_list);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, exercises_stack);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, exercise_list);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, card_list);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, HammyLibraryPage, detail_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_clicked_cb);

  gtk_widget_class_install_action (widget_class, "library.show-exercise", "s", show_exercise_action);
  gtk_widget_class_install_action (widget_class, "library.show-card", "s", show_card_action);
  gtk_widget_class_install_action (widget_class, "library.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "library.next-item", NULL, next_item_action);
  gtk_widget_class_install_action (widget_class, "library.previous-item", NULL, previous_item_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "library.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "library.back", NULL);
}

static void
hammy_library_page_init (HammyLibraryPage *self)
{
  self->on_hand = g_hash_table_new (g_str_hash, g_str_equal);
  self->history = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_filters (self);
  update_equipment_label (self);
  update_back_button (self);
}

HammyLibrary *
hammy_library_page_get_library (HammyLibraryPage *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY_PAGE (self), NULL);

  ensure_library (self);
  return self->library;
}

void
hammy_library_page_start_search (HammyLibraryPage *self)
{
  g_return_if_fail (HAMMY_IS_LIBRARY_PAGE (self));

  ensure_library (self);
  gtk_stack_set_visible_child_name (self->list_stack, "exercises");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* "exercise:<id>" or "card:<id>" for what the detail shows, or NULL: for tests and state. */
char *
hammy_library_page_dup_shown_item (HammyLibraryPage *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY_PAGE (self), NULL);

  if (self->history->len == 0)
    return NULL;

  return g_strdup (g_ptr_array_index (self->history, self->history->len - 1));
}
