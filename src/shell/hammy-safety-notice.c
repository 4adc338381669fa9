/* hammy-safety-notice.c: the first-run notice: guidance, not a diagnosis, and when to get help.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-safety.h"
#include "hammy-safety-notice.h"

struct _HammySafetyNotice
{
  AdwMessageDialog  parent_instance;

  /* template children */
  GtkListBox       *signs_list;
};

G_DEFINE_FINAL_TYPE (HammySafetyNotice, hammy_safety_notice, ADW_TYPE_MESSAGE_DIALOG)

static GtkWidget *
create_sign_row (const HammyClinicianSign *sign)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  /* The action first: it is what a worried person needs to read. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sign->action);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sign->signs);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_add_css_class (icon, sign->urgency <= HAMMY_CARE_TODAY ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sign->action,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
hammy_safety_notice_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_SAFETY_NOTICE);

  G_OBJECT_CLASS (hammy_safety_notice_parent_class)->dispose (object);
}

static void
hammy_safety_notice_class_init (HammySafetyNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_safety_notice_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/shell/hammy-safety-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySafetyNotice, signs_list);
}

static void
hammy_safety_notice_init (HammySafetyNotice *self)
{
  HammyClinicianSign sign;

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), hammy_safety_notice_get_title ());
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), hammy_safety_notice_get_intro ());

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    gtk_list_box_append (self->signs_list, create_sign_row (&sign));
}

HammySafetyNotice *
hammy_safety_notice_new (GtkWindow *parent)
{
  return g_object_new (HAMMY_TYPE_SAFETY_NOTICE, "transient-for", parent, NULL);
}
