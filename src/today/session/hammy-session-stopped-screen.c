/* hammy-session-stopped-screen.c: the guided session when a set hurt too much: the exercise
 * stops for today, with its easier version offered where there is one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-session-stopped-screen.h"

struct _HammySessionStoppedScreen
{
  HammySessionScreen  parent_instance;

  /* template children */
  AdwStatusPage      *stopped_page;
  GtkButton          *easier_button;
};

G_DEFINE_FINAL_TYPE (HammySessionStoppedScreen, hammy_session_stopped_screen, HAMMY_TYPE_SESSION_SCREEN)

static void
use_easier_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HammySession *session = hammy_session_screen_get_session (HAMMY_SESSION_SCREEN (widget));

  if (session != NULL)
    hammy_session_use_easier (session);
}

static void
hammy_session_stopped_screen_update (HammySessionScreen *screen,
                                     HammySession       *session)
{
  HammySessionStoppedScreen *self = HAMMY_SESSION_STOPPED_SCREEN (screen);
  const HammySessionStep *step;
  HammyExercise *easier;
  g_autofree char *description = NULL;

  if (hammy_session_get_state (session) != HAMMY_SESSION_STATE_EXERCISE_STOPPED)
    return;

  step = hammy_session_get_current_step (session);
  easier = hammy_session_get_easier (session);
  if (easier != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Try %s Instead"), hammy_exercise_get_name (easier));

      gtk_button_set_label (self->easier_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->easier_button), easier != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.use-easier", easier != NULL);

  description = g_strdup_printf (_("Pain above 5 means %s stops for today; the sets you did are saved. "
                                   "If the pain has not settled by tomorrow morning, tell Hammy in the morning check-in."),
                                 step != NULL ? hammy_exercise_get_name (step->exercise) : _("this exercise"));
  adw_status_page_set_description (self->stopped_page, description);
}

static void
hammy_session_stopped_screen_dispose (GObject *object)
{
  /* The status page is the bin's own child: the bin lets go of it before the template does,
   * or the bin would be left holding a widget that is gone. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_SESSION_STOPPED_SCREEN);

  G_OBJECT_CLASS (hammy_session_stopped_screen_parent_class)->dispose (object);
}

static void
hammy_session_stopped_screen_class_init (HammySessionStoppedScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HammySessionScreenClass *screen_class = HAMMY_SESSION_SCREEN_CLASS (klass);

  object_class->dispose = hammy_session_stopped_screen_dispose;
  screen_class->update = hammy_session_stopped_screen_update;

  /* Swaps the stopped exercise for its easier version; it applies when there is one. */
  gtk_widget_class_install_action (widget_class, "session.use-easier", NULL, use_easier_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-stopped-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionStoppedScreen, stopped_page);
  gtk_widget_class_bind_template_child (widget_class, HammySessionStoppedScreen, easier_button);
}

static void
hammy_session_stopped_screen_init (HammySessionStoppedScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
