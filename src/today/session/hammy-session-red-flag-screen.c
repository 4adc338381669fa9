/* hammy-session-red-flag-screen.c: the guided session stopped for a warning sign: which signs
 * need a clinician, and what to do about each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-safety.h"
#include "hammy-session-red-flag-screen.h"

struct _HammySessionRedFlagScreen
{
  AdwBin      parent_instance;

  /* template children */
  GtkListBox *red_flag_list;
};

G_DEFINE_FINAL_TYPE (HammySessionRedFlagScreen, hammy_session_red_flag_screen, ADW_TYPE_BIN)

/* The signs are the same for every session: the list is filled once. */
static void
fill_signs (HammySessionRedFlagScreen *self)
{
  for (guint i = 0; i < hammy_safety_get_n_clinician_signs (); i++)
    {
      HammyClinicianSign sign;
      GtkWidget *row;

      if (!hammy_safety_get_clinician_sign (i, &sign))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sign.signs);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sign.action);
      gtk_list_box_append (self->red_flag_list, row);
    }
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-red-flag-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionRedFlagScreen, red_flag_list);
}

static void
hammy_session_red_flag_screen_init (HammySessionRedFlagScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_signs (self);
}
