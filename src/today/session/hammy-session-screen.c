/* hammy-session-screen.c: what each screen of the guided session is: a bin that is given the
 * session and shows it again whenever the session's state, step or pause changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-session-screen.h"

typedef struct
{
  HammySession *session;
} HammySessionScreenPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HammySessionScreen, hammy_session_screen, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (HammySessionScreen *self)
{
  HammySessionScreenPrivate *priv = hammy_session_screen_get_instance_private (self);

  if (priv->session != NULL && HAMMY_SESSION_SCREEN_GET_CLASS (self)->update != NULL)
    HAMMY_SESSION_SCREEN_GET_CLASS (self)->update (self, priv->session);
}

static void
on_session_notify_cb (HammySessionScreen *self)
{
  update (self);
}

static void
hammy_session_screen_dispose (GObject *object)
{
  HammySessionScreen *self = HAMMY_SESSION_SCREEN (object);
  HammySessionScreenPrivate *priv = hammy_session_screen_get_instance_private (self);

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (hammy_session_screen_parent_class)->dispose (object);
}

static void
hammy_session_screen_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HammySessionScreen *self = HAMMY_SESSION_SCREEN (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, hammy_session_screen_get_session (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_screen_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HammySessionScreen *self = HAMMY_SESSION_SCREEN (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      hammy_session_screen_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The screen's suggested button, shown and on, or NULL. */
static GtkWidget *
find_suggested (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "suggested-action") &&
          gtk_widget_is_sensitive (child))
        return child;
      if ((found = find_suggested (child)) != NULL)
        return found;
    }

  return NULL;
}

/* The suggested button, which is what the screen is for, or else its first control. */
static gboolean
hammy_session_screen_real_focus_main (HammySessionScreen *self)
{
  GtkWidget *suggested = find_suggested (GTK_WIDGET (self));

  if (suggested != NULL && gtk_widget_grab_focus (suggested))
    return TRUE;

  return gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
hammy_session_screen_class_init (HammySessionScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->focus_main = hammy_session_screen_real_focus_main;

  object_class->dispose = hammy_session_screen_dispose;
  object_class->get_property = hammy_session_screen_get_property;
  object_class->set_property = hammy_session_screen_set_property;

  /* The session shown, given by the session view to all its screens at once. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HAMMY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_session_screen_init (HammySessionScreen *self)
{
}

void
hammy_session_screen_set_session (HammySessionScreen *self,
                                  HammySession       *session)
{
  HammySessionScreenPrivate *priv;

  g_return_if_fail (HAMMY_IS_SESSION_SCREEN (self));
  g_return_if_fail (session == NULL || HAMMY_IS_SESSION (session));

  priv = hammy_session_screen_get_instance_private (self);
  if (priv->session == session)
    return;

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_set_object (&priv->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify_cb), self,
                             G_CONNECT_SWAPPED);

  if (HAMMY_SESSION_SCREEN_GET_CLASS (self)->session_set != NULL)
    HAMMY_SESSION_SCREEN_GET_CLASS (self)->session_set (self, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

HammySession *
hammy_session_screen_get_session (HammySessionScreen *self)
{
  HammySessionScreenPrivate *priv;

  g_return_val_if_fail (HAMMY_IS_SESSION_SCREEN (self), NULL);

  priv = hammy_session_screen_get_instance_private (self);
  return priv->session;
}

/* Puts the keyboard focus on the screen's main control, as it comes into view, so that the keys
 * the screen asks for work at once and the focus is never left on a control that went away.
 * Returns whether the focus moved. */
gboolean
hammy_session_screen_focus_main (HammySessionScreen *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION_SCREEN (self), FALSE);

  return HAMMY_SESSION_SCREEN_GET_CLASS (self)->focus_main (self);
}
