/* hammy-session-red-flag-screen.c: the guided session stopped for a warning sign: the sign the
 * person named, what to do about it, and that the plan stays stopped until a new check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-progression.h"
#include "hammy-session-red-flag-screen.h"

struct _HammySessionRedFlagScreen
{
  HammySessionScreen  parent_instance;

  /* template children */
  AdwStatusPage      *red_flag_page;
  GtkLabel           *sign_label;
};

G_DEFINE_FINAL_TYPE (HammySessionRedFlagScreen, hammy_session_red_flag_screen, HAMMY_TYPE_SESSION_SCREEN)

static void
hammy_session_red_flag_screen_update (HammySessionScreen *screen,
                                      HammySession       *session)
{
  HammySessionRedFlagScreen *self = HAMMY_SESSION_RED_FLAG_SCREEN (screen);
  const char *sign = hammy_session_get_warning (session);
  g_autofree char *said = NULL;
  g_autofree char *what = NULL;

  if (hammy_session_get_state (session) != HAMMY_SESSION_STATE_RED_FLAG)
    return;

  /* Translators: the warning sign that stopped a session, such as “You noted numbness down the leg.” */
  said = g_strdup_printf (_("You noted %s."), hammy_progression_get_warning_name (sign));
  what = hammy_progression_dup_stop_text (sign);
  gtk_label_set_label (self->sign_label, said);
  adw_status_page_set_description (self->red_flag_page, what);
}

static void
hammy_session_red_flag_screen_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_SESSION_RED_FLAG_SCREEN);

  G_OBJECT_CLASS (hammy_session_red_flag_screen_parent_class)->dispose (object);
}

static void
hammy_session_red_flag_screen_class_init (HammySessionRedFlagScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_session_red_flag_screen_dispose;
  HAMMY_SESSION_SCREEN_CLASS (klass)->update = hammy_session_red_flag_screen_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-red-flag-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionRedFlagScreen, red_flag_page);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRedFlagScreen, sign_label);
}

static void
hammy_session_red_flag_screen_init (HammySessionRedFlagScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
