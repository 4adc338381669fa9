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

/* ---- waiting for presenting to end ------------------------------------------------------- */

#define POSTPONED_KEY "hammy-postponed"
#define WATCHING_KEY  "hammy-postponed-watching"
#define TOAST_KEY     "hammy-postponed-toast"

typedef struct
{
  char *action;
  char *label;
} Postponed;

static void
postponed_free (gpointer data)
{
  Postponed *postponed = data;

  g_free (postponed->action);
  g_free (postponed->label);
  g_free (postponed);
}

static void
on_postponed_toast_dismissed_cb (AdwToast        *toast,
                                 AdwToastOverlay *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), TOAST_KEY) == toast)
    g_object_set_data (G_OBJECT (overlay), TOAST_KEY, NULL);
}

/* The toast about waiting, unless one still says it here: asking again adds no second one.
 * (Dismissing a toast still sliding in crashes libadwaita 1.2, so none is taken back.) */
static void
add_waiting_toast (AdwToastOverlay *overlay)
{
  AdwToast *toast;

  if (g_object_get_data (G_OBJECT (overlay), TOAST_KEY) != NULL)
    return;

  toast = hammy_toast_new_message (hammy_privacy_get_postponement ());
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_postponed_toast_dismissed_cb), overlay, 0);
  g_object_set_data (G_OBJECT (overlay), TOAST_KEY, toast);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* Presenting ended: what waited here may go ahead, with one click on the toast's button. */
static void
on_context_presenting_changed_cb (HammyContext    *context,
                                  GParamSpec      *pspec,
                                  AdwToastOverlay *overlay)
{
  Postponed *postponed = g_object_get_data (G_OBJECT (overlay), POSTPONED_KEY);
  AdwToast *toast;

  if (postponed == NULL || hammy_context_get_presenting (context))
    return;

  if (hammy_context_take_postponed (context, postponed->action))
    {
      toast = hammy_toast_new_message (hammy_privacy_get_resumption ());
      adw_toast_set_button_label (toast, postponed->label);
      adw_toast_set_action_name (toast, postponed->action);
      /* After the toast that said it waits, not over it: libadwaita 1.2 cannot show a toast
       * again that a high-priority one pushed back while it was still going. */
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (overlay, toast);
    }
  /* Something asked for later, here or elsewhere, took its place. */
  g_object_set_data (G_OBJECT (overlay), POSTPONED_KEY, NULL);
}

/* A file chooser or a print dialog shows folders, file names and printers to everyone on a
 * call. While presenting, @action (which opens one) waits instead: a toast on @overlay says so,
 * and once presenting ends another toast offers to carry on, its button labelled @label and
 * activating @action again. TRUE when it waits; FALSE when the caller goes ahead now. */
gboolean
hammy_toast_postpone (AdwToastOverlay *overlay,
                      HammyContext    *context,
                      const char      *action,
                      const char      *label)
{
  Postponed *postponed;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (overlay), FALSE);
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (action != NULL && label != NULL, FALSE);

  if (!hammy_context_postpone (context, action))
    return FALSE;

  postponed = g_new0 (Postponed, 1);
  postponed->action = g_strdup (action);
  postponed->label = g_strdup (label);
  g_object_set_data_full (G_OBJECT (overlay), POSTPONED_KEY, postponed, postponed_free);
  if (g_object_get_data (G_OBJECT (overlay), WATCHING_KEY) == NULL)
    {
      g_signal_connect_object (context, "notify::presenting", G_CALLBACK (on_context_presenting_changed_cb),
                               overlay, 0);
      g_object_set_data (G_OBJECT (overlay), WATCHING_KEY, GINT_TO_POINTER (TRUE));
    }
  add_waiting_toast (overlay);

  return TRUE;
}
