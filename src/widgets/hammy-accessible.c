/* hammy-accessible.c: small helpers that give a screen reader what a sighted person sees at a
 * glance: the body of a dialog, read with the button that has the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-accessible.h"

static void
describe_buttons (GtkWidget  *widget,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                        -1);
      describe_buttons (child, text);
    }
}

/* A message dialog says its heading and the focused button, and its body only when asked: the
 * body becomes the description of the dialog and of each of its response buttons, so that it is
 * heard when the dialog opens. Call it after the responses are added. */
void
hammy_accessible_describe_dialog (AdwMessageDialog *dialog)
{
  const char *body;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  body = adw_message_dialog_get_body (dialog);
  if (body == NULL || body[0] == '\0')
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, body,
                                  -1);
  describe_buttons (GTK_WIDGET (dialog), body);
}
