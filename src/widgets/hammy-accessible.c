/* hammy-accessible.c: small helpers for a screen reader and the keyboard: the body of a dialog,
 * read with the button that has the focus; Tab through a flow box without being held in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

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

/* GTK 4.8's flow box keeps the focus when Tab reaches a cell with nothing to focus in it: the
 * focus is then trapped inside the box. For a flow box whose cells do not take the focus
 * themselves, this moves Tab and Shift+Tab through the cells' contents in order and lets the
 * focus leave after the last; call it from the focus vfunc of the widget that holds the box.
 * Returns what a focus vfunc returns; the arrow keys are left to the box. */
gboolean
hammy_accessible_focus_flow_box (GtkFlowBox       *flow_box,
                                 GtkDirectionType  direction)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (flow_box));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  int current = -1;

  g_return_val_if_fail (GTK_IS_FLOW_BOX (flow_box), FALSE);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return gtk_widget_child_focus (GTK_WIDGET (flow_box), direction);

  for (GtkWidget *cell = gtk_widget_get_first_child (GTK_WIDGET (flow_box));
       cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *content = GTK_IS_FLOW_BOX_CHILD (cell) ? gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (cell)) : NULL;

      if (content == NULL || !gtk_widget_get_visible (cell))
        continue;
      if (focus != NULL && (focus == content || gtk_widget_is_ancestor (focus, content)))
        current = cells->len;
      g_ptr_array_add (cells, content);
    }

  if (current < 0)
    current = forward ? -1 : (int) cells->len;
  else if (gtk_widget_child_focus (g_ptr_array_index (cells, current), direction))
    return TRUE;

  for (int i = forward ? current + 1 : current - 1; i >= 0 && i < (int) cells->len; i += forward ? 1 : -1)
    if (gtk_widget_child_focus (g_ptr_array_index (cells, i), direction))
      return TRUE;

  return FALSE;
}

/* The icons GTK's and libadwaita's own windows put on buttons without a word (the shortcuts
 * window's search, the About window's back), and what a screen reader should call them. */
static const struct
{
  const char *icon;
  const char *name;
} icon_names[] = {
  { "edit-find-symbolic", N_("Search") },
  { "go-previous-symbolic", N_("Back") },
  { "window-close-symbolic", N_("Close") },
};

static const char *
get_button_icon (GtkButton *button)
{
  GtkWidget *child = gtk_button_get_child (button);

  if (gtk_button_get_icon_name (button) != NULL)
    return gtk_button_get_icon_name (button);
  if (GTK_IS_IMAGE (child) && gtk_image_get_storage_type (GTK_IMAGE (child)) == GTK_IMAGE_ICON_NAME)
    return gtk_image_get_icon_name (GTK_IMAGE (child));

  return NULL;
}

/* What GTK 4.8 and libadwaita 1.2 leave nameless, named as it comes on screen: an expander row
 * (read as a list item with no name) by its title; a stack's pages by their titles; an icon in a
 * button is left out; a button around a label, by the label; a
 * button shown with an icon alone and no
 * tooltip, which is one GTK or libadwaita made (ours all have a name), by what its icon means,
 * where GTK would give its child's type name, "GtkImage". */
static gboolean
on_widget_map_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  GObject *object = g_value_get_object (&values[0]);
  const char *icon;

  /* An icon inside a button is the button's picture, not a thing of its own: a screen reader
   * would say its type name, "GtkImage Full Screen push button". */
  if (GTK_IS_IMAGE (object) && gtk_widget_get_ancestor (GTK_WIDGET (object), GTK_TYPE_BUTTON) != NULL)
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      return TRUE;
    }

  /* A stack's pages have no name of their own but their type's, "GtkStackPage panel", said
   * each time the focus goes into one: they get their title, or nothing to say. */
  if (GTK_IS_STACK (object))
    {
      GtkSelectionModel *pages = gtk_stack_get_pages (GTK_STACK (object));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          GtkStackPage *page = g_list_model_get_item (G_LIST_MODEL (pages), i);
          const char *title = gtk_stack_page_get_title (page);

          gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                          -1);
          g_object_unref (page);
        }
      g_object_unref (pages);
      return TRUE;
    }

  /* A switch or a slider in a row is named by the row: GTK 4.8 takes no name from a row it is
   * labelled by, and says "GtkSwitch check box", "GtkScale slider". */
  if ((GTK_IS_SWITCH (object) || GTK_IS_SCALE (object)) &&
      gtk_widget_get_ancestor (GTK_WIDGET (object), ADW_TYPE_ACTION_ROW) != NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (object), ADW_TYPE_ACTION_ROW);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      g_autofree char *name = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row))
                                ? hammy_accessible_dup_without_mnemonic (title) : g_strdup (title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      return TRUE;
    }

  if (ADW_IS_EXPANDER_ROW (object))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (object)),
                                      -1);
      return TRUE;
    }

  /* A button around a label of its own (the About window's version) is named "GtkButton". */
  if (GTK_IS_BUTTON (object) && gtk_button_get_label (GTK_BUTTON (object)) == NULL &&
      GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (object))))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (object)))),
                                      -1);
      return TRUE;
    }

  if (!GTK_IS_BUTTON (object) || gtk_button_get_label (GTK_BUTTON (object)) != NULL ||
      gtk_widget_get_tooltip_text (GTK_WIDGET (object)) != NULL ||
      (icon = get_button_icon (GTK_BUTTON (object))) == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (icon_names); i++)
    if (g_str_equal (icon, icon_names[i].icon))
      gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(icon_names[i].name),
                                      -1);

  return TRUE;
}

/* Names what GTK 4.8 and libadwaita 1.2 leave nameless in their own widgets, wherever they are
 * used. Call once at startup. */
void
hammy_accessible_init (void)
{
  static gsize done = 0;
  gpointer widget_class;

  if (!g_once_init_enter (&done))
    return;

  /* A signal is found only once its class exists. */
  widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_widget_map_hook, NULL, NULL);
  g_type_class_unref (widget_class);
  g_once_init_leave (&done, 1);
}

/* A label as it is read, without its mnemonic: "Set _Done" is "Set Done", "__" an underscore. */
char *
hammy_accessible_dup_without_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

  for (const char *c = label; *c != '\0'; c++)
    {
      if (*c == '_' && c[1] != '_')
        continue;
      if (*c == '_')
        c++;
      g_string_append_c (text, *c);
    }

  return g_string_free (text, FALSE);
}
