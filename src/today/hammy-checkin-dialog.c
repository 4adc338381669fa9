/* hammy-checkin-dialog.c: the morning check-in: the leg against a usual morning, which warning
 * sign if any (each its own choice, as the log keeps it: HammySignList), and after a day with a run, how much it
 * hurt on the pain scale the session uses. Nothing is chosen for the person; Save waits for every
 * answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-checkin-dialog.h"
#include "hammy-pain-picker.h"
#include "hammy-progression.h"
#include "hammy-sign-list.h"

struct _HammyCheckinDialog
{
  AdwMessageDialog  parent_instance;

  gboolean          asks_run;
  HammySignList    *signs;
  gboolean          updating;

  /* template children */
  GtkToggleButton  *leg_better;
  GtkToggleButton  *leg_same;
  GtkToggleButton  *leg_worse;
  GtkBox           *signs_box;
  AdwPreferencesGroup *run_group;
  HammyPainPicker  *run_pain;
  GtkCheckButton   *no_run;
};

G_DEFINE_FINAL_TYPE (HammyCheckinDialog, hammy_checkin_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* ---- helpers ------------------------------------------------------------------------- */

static gboolean
leg_answered (HammyCheckinDialog *self)
{
  return gtk_toggle_button_get_active (self->leg_better) || gtk_toggle_button_get_active (self->leg_same) ||
         gtk_toggle_button_get_active (self->leg_worse);
}

/* The id of the sign chosen (HAMMY_SIGN_LIST_NONE for none), or NULL before one is. */
static const char *
chosen_sign (HammyCheckinDialog *self)
{
  return hammy_sign_list_get_sign (self->signs);
}

static gboolean
run_answered (HammyCheckinDialog *self)
{
  return !self->asks_run || gtk_check_button_get_active (self->no_run) || hammy_pain_picker_get_value (self->run_pain) >= 0;
}

static void
update_save (HammyCheckinDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           leg_answered (self) && chosen_sign (self) != NULL && run_answered (self));
}

/* ---- callbacks ----------------------------------------------------------------------- */

static void
on_answer_changed_cb (HammyCheckinDialog *self)
{
  update_save (self);
}

/* A pain given says the person ran; “I did not run” takes it back. */
static void
on_run_pain_changed_cb (HammyCheckinDialog *self)
{
  if (!self->updating && hammy_pain_picker_get_value (self->run_pain) >= 0)
    {
      self->updating = TRUE;
      gtk_check_button_set_active (self->no_run, FALSE);
      self->updating = FALSE;
    }
  update_save (self);
}

static void
on_no_run_toggled_cb (HammyCheckinDialog *self)
{
  if (!self->updating && gtk_check_button_get_active (self->no_run))
    {
      self->updating = TRUE;
      hammy_pain_picker_set_value (self->run_pain, -1);
      self->updating = FALSE;
    }
  update_save (self);
}

/* ---- GObject --------------------------------------------------------------------------- */

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

  g_type_ensure (HAMMY_TYPE_PAIN_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-checkin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, leg_better);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, leg_same);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, leg_worse);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, signs_box);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, run_group);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, run_pain);
  gtk_widget_class_bind_template_child (widget_class, HammyCheckinDialog, no_run);
  gtk_widget_class_bind_template_callback (widget_class, on_answer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_run_pain_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_no_run_toggled_cb);
}

static void
hammy_checkin_dialog_init (HammyCheckinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->signs = HAMMY_SIGN_LIST (hammy_sign_list_new (_("Any Warning Sign?"),
                                                      _("These need a doctor or physiotherapist, not exercise. Choose the one you have, or none."),
                                                      TRUE, TRUE));
  g_signal_connect_object (self->signs, "notify::sign", G_CALLBACK (update_save), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->signs_box, GTK_WIDGET (self->signs));
  update_save (self);
}

/* ---- public API ---------------------------------------------------------------------- */

/* @asks_run: yesterday may have held a run (hammy_today_asks_run_pain()), so the check-in asks
 * how much it hurt. */
HammyCheckinDialog *
hammy_checkin_dialog_new (GtkWindow *parent,
                          gboolean   asks_run)
{
  HammyCheckinDialog *self = g_object_new (HAMMY_TYPE_CHECKIN_DIALOG, "transient-for", parent, NULL);

  self->asks_run = asks_run;
  gtk_widget_set_visible (GTK_WIDGET (self->run_group), asks_run);
  /* Two questions without a run to ask about, three with one. */
  if (!asks_run)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 _("Two short questions about your leg this morning. They decide whether your plan moves on, holds, or steps back."));
  update_save (self);

  return self;
}

/* The answers as the log keeps them, in @checkin (its date is the caller's); FALSE while one is
 * missing. The warning sign points to a static string. */
gboolean
hammy_checkin_dialog_get_checkin (HammyCheckinDialog *self,
                                  HammyLogCheckin    *checkin)
{
  const char *sign;

  g_return_val_if_fail (HAMMY_IS_CHECKIN_DIALOG (self), FALSE);
  g_return_val_if_fail (checkin != NULL, FALSE);

  sign = chosen_sign (self);
  checkin->leg = gtk_toggle_button_get_active (self->leg_better) ? HAMMY_COMPARED_BETTER
               : gtk_toggle_button_get_active (self->leg_worse) ? HAMMY_COMPARED_WORSE : HAMMY_COMPARED_SAME;
  checkin->reinjury = g_strcmp0 (sign, HAMMY_PROGRESSION_STOP_REINJURY) == 0;
  checkin->warning = sign != NULL && hammy_log_warning_is_known (sign) ? (char *) sign : NULL;
  checkin->run_pain = self->asks_run ? hammy_pain_picker_get_value (self->run_pain) : -1;

  return leg_answered (self) && sign != NULL && run_answered (self);
}

/* Answers as a person would give them: @sign is a warning sign, HAMMY_PROGRESSION_STOP_REINJURY
 * or NULL for none; @run_pain is 0–10, or -1 for no run. */
void
hammy_checkin_dialog_set_answer (HammyCheckinDialog *self,
                                 HammyCompared       leg,
                                 const char         *sign,
                                 int                 run_pain)
{
  g_return_if_fail (HAMMY_IS_CHECKIN_DIALOG (self));
  g_return_if_fail (run_pain >= -1 && run_pain <= 10);

  gtk_toggle_button_set_active (leg == HAMMY_COMPARED_BETTER ? self->leg_better
                                : leg == HAMMY_COMPARED_WORSE ? self->leg_worse : self->leg_same, TRUE);
  hammy_sign_list_set_sign (self->signs, sign);
  if (self->asks_run && run_pain >= 0)
    hammy_pain_picker_set_value (self->run_pain, run_pain);
  else if (self->asks_run)
    gtk_check_button_set_active (self->no_run, TRUE);
}

/* Whether it asks how a run hurt. */
gboolean
hammy_checkin_dialog_asks_run (HammyCheckinDialog *self)
{
  g_return_val_if_fail (HAMMY_IS_CHECKIN_DIALOG (self), FALSE);
  return self->asks_run;
}
