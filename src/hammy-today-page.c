/* hammy-today-page.c: the Today page: the plan in use, made from the latest check or brought in
 * from a plan file, or what to do instead when the latest check sends the person to a clinician.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-today-page.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

struct _HammyTodayPage
{
  AdwBin      parent_instance;

  HammyData  *data;

  /* template children */
  AdwStatusPage *refer_page;
  GtkLabel   *phase_label;
  GtkLabel   *source_label;
  GtkLabel   *note_label;
  GtkListBox *circuit_list;
};

G_DEFINE_FINAL_TYPE (HammyTodayPage, hammy_today_page, ADW_TYPE_BIN)

/* The AdwBin's own child is never a template child: GTK 4.8 would unparent it twice. */
static GtkStack *
get_stack (HammyTodayPage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static char *
format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autofree char *day = g_date_time_format (local, _("%e %B %Y"));

  return g_strdup (g_strstrip (day));
}

static GtkWidget *
create_item_row (HammyLibrary        *library,
                 const HammyPlanItem *item)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library, item->exercise);
  HammyDosage dosage = { item->sets, item->reps, 0, item->hold_seconds, 0, item->per_side, item->load, 0, 0, NULL };
  g_autofree char *dose = hammy_dosage_format (&dosage);
  g_autofree char *subtitle = item->note != NULL ? g_strdup_printf ("%s — %s", dose, item->note) : g_strdup (dose);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hammy_exercise_get_name (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->exercise);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
show_plan (HammyTodayPage *self,
           HammyPlan      *plan)
{
  HammyLibrary *library = hammy_data_get_library (self->data);
  g_autofree char *source = NULL;
  g_autofree char *made = format_day (hammy_plan_get_created (plan));
  const char *note = hammy_plan_get_note (plan);
  GtkWidget *child;

  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (hammy_plan_get_phase (plan)));

  if (hammy_plan_get_imported (plan))
    source = g_strdup_printf (_("Brought in from a plan file on %s."), made);
  else if (hammy_plan_get_assessment (plan) != NULL)
    {
      g_autofree char *checked = format_day (hammy_plan_get_assessment (plan));

      source = g_strdup_printf (_("Made from your check on %s."), checked);
    }
  else
    source = g_strdup_printf (_("Made on %s."), made);
  gtk_label_set_label (self->source_label, source);

  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
  gtk_label_set_label (self->note_label, note != NULL ? note : "");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->circuit_list))) != NULL)
    gtk_list_box_remove (self->circuit_list, child);
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    gtk_list_box_append (self->circuit_list, create_item_row (library, hammy_plan_get_item (plan, i)));

  gtk_stack_set_visible_child_name (get_stack (self), "plan");
}

static void
update (HammyTodayPage *self)
{
  HammyAssessment *blocking;
  HammyPlan *plan;

  if (!hammy_data_is_loaded (self->data))
    {
      gtk_stack_set_visible_child_name (get_stack (self), "loading");
      return;
    }

  blocking = hammy_data_get_blocking_assessment (self->data);
  plan = hammy_data_get_plan (self->data);

  /* A check that sends the person to a clinician outranks any plan: no circuit, only what
   * to do, until a later check says otherwise. */
  if (blocking != NULL)
    {
      g_autofree char *description = g_strdup_printf (_("%s Until then, gentle walking within comfort is fine; the circuit waits."),
                                                      hammy_assessment_get_action (blocking));

      adw_status_page_set_title (self->refer_page, hammy_triage_phase_get_title (hammy_assessment_get_phase (blocking)));
      adw_status_page_set_description (self->refer_page, description);
      gtk_stack_set_visible_child_name (get_stack (self), "refer");
      return;
    }

  if (plan == NULL)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "empty");
      return;
    }

  show_plan (self, plan);
}

static void
hammy_today_page_dispose (GObject *object)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TODAY_PAGE);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_today_page_parent_class)->dispose (object);
}

static void
hammy_today_page_class_init (HammyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_page);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, circuit_list);
}

static void
hammy_today_page_init (HammyTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hammy_today_page_set_data (HammyTodayPage *self,
                           HammyData      *data)
{
  g_return_if_fail (HAMMY_IS_TODAY_PAGE (self));
  g_return_if_fail (HAMMY_IS_DATA (data));
  g_return_if_fail (self->data == NULL);

  self->data = g_object_ref (data);
  g_signal_connect_object (data, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/* "loading", "empty", "refer" or "plan". */
const char *
hammy_today_page_get_state (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (get_stack (self));
}
