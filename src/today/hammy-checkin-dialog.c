/* hammy-checkin-dialog.c: the morning check-in: how the morning compares with usual, and the
 * warning signs that stop the plan, listed as the safety notice lists them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-checkin-dialog.h"
#include "hammy-safety.h"

struct _HammyCheckinDialog
{
  AdwMessageDialog  parent_instance;

  /* template children */
  GtkToggleButton  *pain_better;
  GtkToggleButton  *pain_same;
  GtkToggleButton  *pain_worse;
  GtkToggleButton  *stiffness_better;
  GtkToggleButton  *stiffness_same;
  GtkToggleButton  *stiffness_worse;
  AdwExpanderRow   *signs_row;
  GtkSwitch        *red_flag_switch;
};

G_DEFINE_FINAL_TYPE (HammyCheckinDialog, hammy_checkin_dialog, ADW_TYPE_MESSAGE_DIALOG)

static HammyCompared
compared (GtkToggleButton *better,
          GtkToggleButton *worse)
{
  if (gtk_toggle_button_get_active (better))
    return HAMMY_COMPARED_BETTER;
  if (gtk_toggle_button_get_active (worse))
    return HAMMY_COMPARED_WORSE;
  return HAMMY_COMPARED_SAME;
}

static void
set_compared (HammyCompared    value,
              GtkToggleButton *better,
              GtkToggleButton *same,
              GtkToggleButton *worse)
{
  gtk_toggle_button_set_active (value == HAMMY_COMPARED_BETTER ? better : value == HAMMY_COMPARED_WORSE ? worse : same, TRUE);
}

static GtkWidget *
create_sign_row (const HammyClinicianSign *sign)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sign->signs);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sign->action);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  return row;
}

static void
hammy_checkin_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_CHECKIN_DIALOG);

  G_OBJECT_CLASS (hammy_checkin_dialog_parent_class)->dispose (object);
}

static void
hammy_checkin_dialog_class_init (HammyCheckinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_checkin_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-checkin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, pain_better);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, pain_same);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, pain_worse);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, stiffness_better);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, stiffness_same);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, stiffness_worse);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, signs_row);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, red_flag_switch);
}

static void
hammy_checkin_dialog_init (HammyCheckinDialog *self)
{
  HammyClinicianSign sign;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The same signs as the first-run notice, so a person meets one list everywhere. */
  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    adw_expander_row_add_row (self->signs_row, create_sign_row (&sign));
}

HammyCheckinDialog *
hammy_checkin_dialog_new (GtkWindow *parent)
{
  return g_object_new (HAMMY_TYPE_CHECKIN_DIALOG, "transient-for", parent, NULL);
}

void
hammy_checkin_dialog_get_answer (HammyCheckinDialog *self,
                                 HammyCompared      *pain,
                                 HammyCompared      *stiffness,
                                 gboolean           *red_flag)
{
  g_return_if_fail (HAMMY_IS_CHECKIN_DIALOG (self));

  *pain = compared (self->pain_better, self->pain_worse);
  *stiffness = compared (self->stiffness_better, self->stiffness_worse);
  *red_flag = gtk_switch_get_active (self->red_flag_switch);
}

void
hammy_checkin_dialog_set_answer (HammyCheckinDialog *self,
                                 HammyCompared       pain,
                                 HammyCompared       stiffness,
                                 gboolean            red_flag)
{
  g_return_if_fail (HAMMY_IS_CHECKIN_DIALOG (self));

  set_compared (pain, self->pain_better, self->pain_same, self->pain_worse);
  set_compared (stiffness, self->stiffness_better, self->stiffness_same, self->stiffness_worse);
  gtk_switch_set_active (self->red_flag_switch, red_flag);
}
