/* hammy-library-links.c: boxed lists of links between library items (easier and harder
 * variants, the cards an exercise relies on, the exercises a card is used by). Each row
 * activates library.show-exercise or library.show-card with the item's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-library-links.h"

static GtkWidget *
new_link_row (const char *title,
              const char *subtitle,
              const char *action,
              const char *id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  return row;
}

GtkWidget *
hammy_library_link_row_new_for_exercise (HammyExercise *exercise,
                                         const char    *subtitle)
{
  g_autofree char *dose = NULL;

  g_return_val_if_fail (HAMMY_IS_EXERCISE (exercise), NULL);

  if (subtitle == NULL)
    subtitle = dose = hammy_exercise_dup_dosage_text (exercise);

  return new_link_row (hammy_exercise_get_name (exercise), subtitle,
                       "library.show-exercise", hammy_exercise_get_id (exercise));
}

GtkWidget *
hammy_library_link_row_new_for_card (HammyCard *card)
{
  g_return_val_if_fail (HAMMY_IS_CARD (card), NULL);

  return new_link_row (hammy_card_get_title (card), hammy_card_get_summary (card),
                       "library.show-card", hammy_card_get_id (card));
}

static GtkWidget *
new_link_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return list;
}

static void
append_ladder (GtkWidget          *list,
               HammyLibrary       *library,
               const char * const *ids,
               const char         *direction)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      HammyExercise *other = hammy_library_lookup_exercise (library, ids[i]);
      g_autofree char *dose = NULL;
      g_autofree char *subtitle = NULL;

      if (other == NULL)
        continue;

      dose = hammy_exercise_dup_dosage_text (other);
      /* Translators: “Easier · 2 × 10 each side” under an exercise's name */
      subtitle = g_strdup_printf (_("%s · %s"), direction, dose);
      gtk_list_box_append (GTK_LIST_BOX (list), hammy_library_link_row_new_for_exercise (other, subtitle));
    }
}

GtkWidget *
hammy_library_links_new_for_ladder (HammyLibrary  *library,
                                    HammyExercise *exercise)
{
  GtkWidget *list;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_EXERCISE (exercise), NULL);

  if (hammy_exercise_get_easier (exercise)[0] == NULL && hammy_exercise_get_harder (exercise)[0] == NULL)
    return NULL;

  list = new_link_list (_("Easier and harder variants"));
  append_ladder (list, library, hammy_exercise_get_easier (exercise), _("Easier"));
  append_ladder (list, library, hammy_exercise_get_harder (exercise), _("Harder"));

  return list;
}

GtkWidget *
hammy_library_links_new_for_cards (HammyLibrary       *library,
                                   const char * const *card_ids)
{
  GtkWidget *list;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  if (card_ids == NULL || card_ids[0] == NULL)
    return NULL;

  list = new_link_list (_("Explanation cards"));
  for (guint i = 0; card_ids[i] != NULL; i++)
    {
      HammyCard *card = hammy_library_lookup_card (library, card_ids[i]);

      if (card != NULL)
        gtk_list_box_append (GTK_LIST_BOX (list), hammy_library_link_row_new_for_card (card));
    }

  return list;
}

GtkWidget *
hammy_library_links_new_for_exercises (GListModel *exercises)
{
  GtkWidget *list;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (exercises), NULL);

  n = g_list_model_get_n_items (exercises);
  if (n == 0)
    return NULL;

  list = new_link_list (_("Exercises"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);

      gtk_list_box_append (GTK_LIST_BOX (list), hammy_library_link_row_new_for_exercise (exercise, NULL));
    }

  return list;
}
