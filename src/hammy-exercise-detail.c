/* hammy-exercise-detail.c: one exercise or self-check, as the library shows it: the clip
 * area, the dose at a glance, how to do it, what to feel, and where to go next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-article.h"
#include "hammy-clip-view.h"
#include "hammy-exercise-detail.h"
#include "hammy-library-links.h"
#include "hammy-vocabulary.h"

struct _HammyExerciseDetail
{
  AdwBin             parent_instance;

  HammyExercise     *exercise;

  /* template children (not the direct child: AdwBin unparents that itself) */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  AdwActionRow      *dose_row;
  AdwActionRow      *phase_row;
  AdwActionRow      *goal_row;
  AdwActionRow      *equipment_row;
  AdwActionRow      *muscles_row;
  GtkBox            *first_cautions;
  GtkBox            *clip_area;
  GtkBox            *article;

  GtkWidget         *clip_view;     /* made with the first exercise shown */
};

G_DEFINE_FINAL_TYPE (HammyExerciseDetail, hammy_exercise_detail, ADW_TYPE_BIN)

/* “Foam Roller (or Pool Noodle, Rolled Towel)”, one item a line. */
static char *
format_equipment (HammyExercise *exercise)
{
  GPtrArray *equipment = hammy_exercise_get_equipment (exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  if (equipment->len == 0)
    return g_strdup (_("Nothing"));

  for (guint i = 0; i < equipment->len; i++)
    {
      HammyEquipmentNeed *need = g_ptr_array_index (equipment, i);
      const char *name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_EQUIPMENT, need->id);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, name != NULL ? name : need->id);

      if (need->substitutes != NULL && need->substitutes[0] != NULL)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          g_autofree char *joined = NULL;

          for (guint s = 0; need->substitutes[s] != NULL; s++)
            {
              const char *substitute = hammy_vocabulary_get_name (HAMMY_VOCABULARY_EQUIPMENT,
                                                                  need->substitutes[s]);
              if (substitute != NULL)
                g_ptr_array_add (names, (gpointer) substitute);
            }
          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **) names->pdata);
          /* Translators: a thing you need, then everyday things that do the same job */
          g_string_append_printf (text, _(" (or %s)"), joined);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_muscles (HammyExercise *exercise)
{
  const char * const *muscles = hammy_exercise_get_muscles (exercise);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; muscles[i] != NULL; i++)
    {
      const char *name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_MUSCLE, muscles[i]);

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static void
rebuild (HammyExerciseDetail *self,
         HammyLibrary        *library)
{
  HammyExercise *exercise = self->exercise;
  GtkBox *article = self->article;
  g_autofree char *dose = hammy_exercise_dup_dosage_text (exercise);
  g_autofree char *phases = hammy_exercise_dup_phase_text (exercise);
  g_autofree char *equipment = format_equipment (exercise);
  g_autofree char *muscles = format_muscles (exercise);
  gboolean self_check = hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_SELF_CHECK;
  const char * const *cautions = hammy_exercise_get_cautions (exercise);
  const char *setup = hammy_exercise_get_setup (exercise);
  const char *feel = hammy_exercise_get_feel (exercise);
  const char *interpretation = hammy_exercise_get_interpretation (exercise);
  GtkWidget *links;

  gtk_label_set_label (self->title_label, hammy_exercise_get_name (exercise));
  gtk_label_set_label (self->summary_label, hammy_exercise_get_summary (exercise));

  /* The clip plays while it is on screen; a clip that is missing says so in its place. */
  if (self->clip_view == NULL)
    {
      self->clip_view = hammy_clip_view_new ();
      gtk_box_append (self->clip_area, self->clip_view);
    }
  hammy_clip_view_set_clip_id (HAMMY_CLIP_VIEW (self->clip_view), hammy_exercise_get_clip (exercise));
  adw_action_row_set_subtitle (self->dose_row, dose);
  adw_action_row_set_subtitle (self->phase_row, phases);
  adw_action_row_set_subtitle (self->goal_row,
                               hammy_vocabulary_get_name (HAMMY_VOCABULARY_GOAL,
                                                          hammy_exercise_get_goal (exercise)));
  adw_action_row_set_subtitle (self->equipment_row, equipment);
  adw_action_row_set_subtitle (self->muscles_row, muscles);

  hammy_article_clear (article);

  /* Where a caution decides whether to start at all (nerve flossing), it comes before
   * anything else, the clip included. */
  hammy_article_clear (self->first_cautions);
  gtk_widget_set_visible (GTK_WIDGET (self->first_cautions), hammy_exercise_get_cautions_first (exercise));
  if (hammy_exercise_get_cautions_first (exercise))
    {
      GtkWidget *heading = hammy_article_add_section (self->first_cautions, _("Read This First"), cautions, FALSE);

      gtk_widget_set_margin_top (heading, 0);
      gtk_widget_add_css_class (heading, "warning");
    }

  if (setup != NULL)
    {
      hammy_article_add_heading (article, self_check ? _("How to Check") : _("Set-Up"));
      hammy_article_add_paragraph (article, setup);
    }
  hammy_article_add_section (article, _("Steps"), hammy_exercise_get_steps (exercise), TRUE);
  if (feel != NULL)
    {
      hammy_article_add_heading (article, _("What You Should Feel"));
      hammy_article_add_paragraph (article, feel);
    }
  hammy_article_add_section (article, _("Cues"), hammy_exercise_get_cues (exercise), FALSE);
  hammy_article_add_section (article, _("Common Mistakes"), hammy_exercise_get_mistakes (exercise), FALSE);
  if (!hammy_exercise_get_cautions_first (exercise))
    hammy_article_add_section (article, _("Cautions"), cautions, FALSE);
  if (self_check && interpretation != NULL)
    {
      hammy_article_add_heading (article, _("What It Tells You"));
      hammy_article_add_paragraph (article, interpretation);
    }

  links = hammy_library_links_new_for_ladder (library, exercise);
  if (links != NULL)
    {
      hammy_article_add_heading (article, _("Easier and Harder"));
      gtk_box_append (article, links);
    }

  links = hammy_library_links_new_for_cards (library, hammy_exercise_get_cards (exercise));
  if (links != NULL)
    {
      hammy_article_add_heading (article, _("Why It Works"));
      gtk_box_append (article, links);
    }

  hammy_article_add_references (article, hammy_exercise_get_references (exercise));

  /* A new exercise starts at its top, not where the last one was scrolled to. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)))), 0);
}

static void
hammy_exercise_detail_dispose (GObject *object)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_EXERCISE_DETAIL);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (hammy_exercise_detail_parent_class)->dispose (object);
}

static void
hammy_exercise_detail_class_init (HammyExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_exercise_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-exercise-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, dose_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, phase_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, goal_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, muscles_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, first_cautions);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, clip_area);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, article);
}

static void
hammy_exercise_detail_init (HammyExerciseDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hammy_exercise_detail_set_exercise (HammyExerciseDetail *self,
                                    HammyLibrary        *library,
                                    HammyExercise       *exercise)
{
  g_return_if_fail (HAMMY_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (HAMMY_IS_LIBRARY (library));
  g_return_if_fail (HAMMY_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  rebuild (self, library);
}

HammyExercise *
hammy_exercise_detail_get_exercise (HammyExerciseDetail *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE_DETAIL (self), NULL);

  return self->exercise;
}
