/* hammy-self-check-row.c: a self-check shown beside its triage question: the clip, its key
 * points and a way to the full instructions in the library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-accessible.h"
#include "hammy-clip-view.h"
#include "hammy-self-check-row.h"

struct _HammySelfCheckRow
{
  AdwPreferencesRow  parent_instance;

  char              *exercise_id;
  char              *clip;           /* the clip to show, by id */
  gboolean           has_exercise;
  HammyClipView     *clip_view;      /* made on the first map */

  /* template children */
  AdwBin            *clip_slot;
  GtkLabel          *instructions_label;
  GtkWidget         *cues_heading;
  GtkBox            *cues_box;
  GtkButton         *library_button;
};

G_DEFINE_FINAL_TYPE (HammySelfCheckRow, hammy_self_check_row, ADW_TYPE_PREFERENCES_ROW)

static void
set_cues (HammySelfCheckRow  *self,
          const char * const *cues)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cues_box))) != NULL)
    gtk_box_remove (self->cues_box, child);

  for (guint i = 0; cues != NULL && cues[i] != NULL; i++)
    {
      /* Translators: a bullet before one of a self-check's key points */
      g_autofree char *text = g_strdup_printf (_("• %s"), cues[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
      gtk_box_append (self->cues_box, label);
    }

  gtk_widget_set_visible (self->cues_heading, cues != NULL && cues[0] != NULL);
}

static void
set_library_label (HammySelfCheckRow *self,
                   const char        *name)
{
  /* Translators: the tooltip of the button that opens a self-check, such as “Heel Press Check”, in the library */
  g_autofree char *tooltip = g_strdup_printf (_("Open the %s in the Library"), name);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->library_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->library_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
}

static void
hammy_self_check_row_map (GtkWidget *widget)
{
  HammySelfCheckRow *self = HAMMY_SELF_CHECK_ROW (widget);

  if (self->clip_view == NULL && self->clip != NULL)
    {
      self->clip_view = HAMMY_CLIP_VIEW (hammy_clip_view_new ());
      hammy_clip_view_set_compact (self->clip_view, TRUE);
      hammy_clip_view_set_autoplay (self->clip_view, FALSE);
      hammy_clip_view_set_clip_id (self->clip_view, self->clip);
      adw_bin_set_child (self->clip_slot, GTK_WIDGET (self->clip_view));
    }

  GTK_WIDGET_CLASS (hammy_self_check_row_parent_class)->map (widget);
}

static void
hammy_self_check_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_SELF_CHECK_ROW);

  G_OBJECT_CLASS (hammy_self_check_row_parent_class)->dispose (object);
}

static void
hammy_self_check_row_finalize (GObject *object)
{
  HammySelfCheckRow *self = HAMMY_SELF_CHECK_ROW (object);

  g_free (self->exercise_id);
  g_free (self->clip);

  G_OBJECT_CLASS (hammy_self_check_row_parent_class)->finalize (object);
}

/* Tab goes through the clip, its key points and Full Instructions, and on out of the row. */
static gboolean
hammy_self_check_row_focus (GtkWidget        *widget,
                            GtkDirectionType  direction)
{
  /* The row's child, the layout: not a template child, which the row's own dispose unparents. */
  GtkWidget *layout = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (widget));

  return GTK_IS_FLOW_BOX (layout) && hammy_accessible_focus_flow_box (GTK_FLOW_BOX (layout), direction);
}

static void
hammy_self_check_row_class_init (HammySelfCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_self_check_row_dispose;
  object_class->finalize = hammy_self_check_row_finalize;
  widget_class->map = hammy_self_check_row_map;
  widget_class->focus = hammy_self_check_row_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/triage/hammy-self-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySelfCheckRow, clip_slot);
  gtk_widget_class_bind_template_child (widget_class, HammySelfCheckRow, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, HammySelfCheckRow, cues_heading);
  gtk_widget_class_bind_template_child (widget_class, HammySelfCheckRow, cues_box);
  gtk_widget_class_bind_template_child (widget_class, HammySelfCheckRow, library_button);
}

static void
hammy_self_check_row_init (HammySelfCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @instructions: the check in a sentence, or %NULL. The row shows the clip named like the
 * self-check, as the content has it, until hammy_self_check_row_set_exercise() gives the rest. */
GtkWidget *
hammy_self_check_row_new (const char *exercise_id,
                          const char *instructions)
{
  HammySelfCheckRow *self;

  g_return_val_if_fail (exercise_id != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_SELF_CHECK_ROW, NULL);
  gtk_label_set_label (self->instructions_label, instructions);
  gtk_widget_set_visible (GTK_WIDGET (self->instructions_label), instructions != NULL);
  self->exercise_id = g_strdup (exercise_id);
  self->clip = g_strdup (exercise_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->library_button), "s", exercise_id);
  set_library_label (self, _("Self-Check"));
  set_cues (self, NULL);

  return GTK_WIDGET (self);
}

const char *
hammy_self_check_row_get_exercise_id (HammySelfCheckRow *self)
{
  g_return_val_if_fail (HAMMY_IS_SELF_CHECK_ROW (self), NULL);

  return self->exercise_id;
}

/* The exercise's own clip, name and key points, once the library has them. */
void
hammy_self_check_row_set_exercise (HammySelfCheckRow *self,
                                   HammyExercise     *exercise)
{
  const char *clip;

  g_return_if_fail (HAMMY_IS_SELF_CHECK_ROW (self));
  g_return_if_fail (HAMMY_IS_EXERCISE (exercise));
  g_return_if_fail (g_strcmp0 (hammy_exercise_get_id (exercise), self->exercise_id) == 0);

  self->has_exercise = TRUE;
  clip = hammy_exercise_get_clip (exercise);
  gtk_widget_set_visible (GTK_WIDGET (self->clip_slot), clip != NULL);
  /* Setting the clip again would start it over, perhaps while someone watches it. */
  if (clip != NULL && g_strcmp0 (clip, self->clip) != 0)
    {
      g_free (self->clip);
      self->clip = g_strdup (clip);
      if (self->clip_view != NULL)
        hammy_clip_view_set_clip_id (self->clip_view, clip);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), hammy_exercise_get_name (exercise));
  set_library_label (self, hammy_exercise_get_name (exercise));
  set_cues (self, hammy_exercise_get_cues (exercise));
}

gboolean
hammy_self_check_row_has_exercise (HammySelfCheckRow *self)
{
  g_return_val_if_fail (HAMMY_IS_SELF_CHECK_ROW (self), FALSE);

  return self->has_exercise;
}
