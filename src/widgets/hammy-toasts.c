/* hammy-toasts.c: a sentence for the person as a toast, which every page sends up to the window
 * with its "add-toast" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-toasts.h"

/* A toast's title is markup; a sentence may carry a file name with an ampersand in it. */
AdwToast *
hammy_toast_new_message (const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  escaped = g_markup_escape_text (message, -1);
  return adw_toast_new (escaped);
}

/* "add-toast" (AdwToast *toast): the one way a page or a widget in it reports to the person.
 * The window shows the toast; a widget inside a page has its page pass it on. */
guint
hammy_toast_signal_new (GType type)
{
  return g_signal_new ("add-toast", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                       G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}
