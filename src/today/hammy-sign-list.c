/* hammy-sign-list.c: the warning signs as choices, one row each as the log keeps them (and, at
 * a check-in, none of them or a new sudden pain or pop), checked like radio buttons, the whole
 * sign read out as the choice's name. Nothing is chosen until the person chooses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-progression.h"
#include "hammy-sign-list.h"

struct _HammySignList
{
  AdwBin     parent_instance;

  GtkWidget *group;
  GPtrArray *checks;  /* of GtkCheckButton */
  GPtrArray *ids;     /* of const char *, static, in the same order */
  char      *title;
};

G_DEFINE_FINAL_TYPE (HammySignList, hammy_sign_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_check_toggled_cb (HammySignList  *self,
                     GtkCheckButton *check)
{
  if (gtk_check_button_get_active (check))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGN]);
}

static void
add_row (HammySignList *self,
         const char    *id,
         const char    *label,
         const char    *subtitle)
{
  g_autofree char *name = g_strdup_printf ("sign-%s", id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
    }
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->checks->len > 0 ? g_ptr_array_index (self->checks, 0) : NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_name (check, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->title,
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* The check takes the focus, not the row around it: one stop a choice. */
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);

  g_ptr_array_add (self->checks, check);
  g_ptr_array_add (self->ids, (gpointer) id);
}

static void
hammy_sign_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HammySignList *self = HAMMY_SIGN_LIST (object);

  switch (prop_id)
    {
    case PROP_SIGN:
      g_value_set_string (value, hammy_sign_list_get_sign (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_sign_list_finalize (GObject *object)
{
  HammySignList *self = HAMMY_SIGN_LIST (object);

  g_ptr_array_unref (self->checks);
  g_ptr_array_unref (self->ids);
  g_free (self->title);

  G_OBJECT_CLASS (hammy_sign_list_parent_class)->finalize (object);
}

static void
hammy_sign_list_class_init (HammySignListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_sign_list_finalize;
  object_class->get_property = hammy_sign_list_get_property;

  /* The sign chosen: a warning sign's id, HAMMY_SIGN_LIST_NONE, HAMMY_PLAN_STOP_REINJURY, or
   * NULL before a choice. */
  properties[PROP_SIGN] =
    g_param_spec_string ("sign", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_sign_list_init (HammySignList *self)
{
  self->checks = g_ptr_array_new ();
  self->ids = g_ptr_array_new ();
  self->group = adw_preferences_group_new ();
  adw_bin_set_child (ADW_BIN (self), self->group);
}

/* The signs under @title (and @description, may be NULL); @with_none offers “none of these”
 * first, @with_reinjury a new sudden pain or pop last. */
GtkWidget *
hammy_sign_list_new (const char *title,
                     const char *description,
                     gboolean    with_none,
                     gboolean    with_reinjury)
{
  HammySignList *self = g_object_new (HAMMY_TYPE_SIGN_LIST, NULL);
  const char * const *signs = hammy_progression_get_warning_signs ();

  self->title = g_strdup (title);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);

  if (with_none)
    add_row (self, HAMMY_SIGN_LIST_NONE, _("No, none of these"), NULL);
  for (guint i = 0; signs[i] != NULL; i++)
    {
      g_autofree char *label = hammy_progression_dup_warning_label (signs[i]);

      add_row (self, signs[i], label, NULL);
    }
  if (with_reinjury)
    {
      g_autofree char *label = hammy_progression_dup_warning_label (HAMMY_PROGRESSION_STOP_REINJURY);

      add_row (self, HAMMY_PROGRESSION_STOP_REINJURY, label,
               _("Since yesterday, at the back of the thigh: it may be a new injury."));
    }

  return GTK_WIDGET (self);
}

const char *
hammy_sign_list_get_sign (HammySignList *self)
{
  g_return_val_if_fail (HAMMY_IS_SIGN_LIST (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return g_ptr_array_index (self->ids, i);

  return NULL;
}

/* Chooses @sign, as a person would; NULL chooses none of the signs. */
void
hammy_sign_list_set_sign (HammySignList *self,
                          const char    *sign)
{
  g_return_if_fail (HAMMY_IS_SIGN_LIST (self));

  for (guint i = 0; i < self->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->ids, i), sign != NULL ? sign : HAMMY_SIGN_LIST_NONE) == 0)
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), TRUE);
}
