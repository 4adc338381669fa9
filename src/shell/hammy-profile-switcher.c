/* hammy-profile-switcher.c: the profile menu in the header bar. The button says whose data is
 * shown; its popover lists the profiles, the one in use checked, and adds, renames and
 * deletes. Deleting asks first, then offers Undo in a toast. The button and the rows carry
 * the "private" style class, so presentation mode can hide the names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-profile-switcher"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-presentation.h"
#include "hammy-profile-switcher.h"
#include "hammy-toasts.h"

struct _HammyProfileSwitcher
{
  AdwBin        parent_instance;

  HammyContext *context;  /* the page bin's */
  HammyData    *data;           /* the context's */
  HammyProfile *shown;          /* the profile named on the button */
  gulong        shown_handler;
  AdwToast     *undo_toast;     /* the Undo after the last deletion; held, so that it outlives
                                 * its own button's click */
  gint64        undo_toast_added;
  guint         undo_dismiss_source;

  /* template children */
  GtkLabel     *name_label;
  GtkPopover   *popover;
  GtkSearchEntry *search_entry;
  GtkListBox   *list;

  GtkStringFilter *filter;      /* the search's */
};

G_DEFINE_FINAL_TYPE (HammyProfileSwitcher, hammy_profile_switcher, HAMMY_TYPE_PAGE_BIN)

/* A row of the list in the popover: the profile it names, and the check it shows when that
 * profile is in use. */
#define HAMMY_TYPE_PROFILE_ROW (hammy_profile_row_get_type ())
G_DECLARE_FINAL_TYPE (HammyProfileRow, hammy_profile_row, HAMMY, PROFILE_ROW, GtkListBoxRow)

struct _HammyProfileRow
{
  GtkListBoxRow  parent_instance;

  HammyProfile  *profile;
  GtkWidget     *check;
};

G_DEFINE_FINAL_TYPE (HammyProfileRow, hammy_profile_row, GTK_TYPE_LIST_BOX_ROW)

static void
hammy_profile_row_dispose (GObject *object)
{
  HammyProfileRow *self = HAMMY_PROFILE_ROW (object);

  g_clear_object (&self->profile);

  G_OBJECT_CLASS (hammy_profile_row_parent_class)->dispose (object);
}

static void
hammy_profile_row_class_init (HammyProfileRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hammy_profile_row_dispose;
}

static void
hammy_profile_row_init (HammyProfileRow *self)
{
}

/* Longer than libadwaita's toast animations. */
#define UNDO_TOAST_SETTLED_MS 600

static HammyProfile *
current_profile (HammyProfileSwitcher *self)
{
  return self->data != NULL ? hammy_data_get_current_profile (self->data) : NULL;
}

static void
show_message (HammyProfileSwitcher *self,
              const char           *message)
{
  g_autoptr(AdwToast) toast = hammy_toast_new_message (message);

  hammy_page_bin_add_toast (HAMMY_PAGE_BIN (self), toast);
}

static GtkWindow *
get_window (HammyProfileSwitcher *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- the button and the list ---------------------------------------------------------- */

static void
update_actions (HammyProfileSwitcher *self)
{
  HammyProfile *current = current_profile (self);
  gboolean ready = current != NULL;
  gboolean writable = ready && !hammy_data_is_read_only (self->data);
  guint n = self->data != NULL ? g_list_model_get_n_items (hammy_data_get_profiles (self->data)) : 0;

  gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.switch", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.new", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.rename", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.delete", writable && n > 1);
}

static void
update_rows (HammyProfileSwitcher *self)
{
  HammyProfile *current = current_profile (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean in_use;

      if (!HAMMY_IS_PROFILE_ROW (row))
        continue;
      in_use = HAMMY_PROFILE_ROW (row)->profile == current;
      /* Kept in place when hidden, so names line up whichever is checked. */
      gtk_widget_set_opacity (HAMMY_PROFILE_ROW (row)->check, in_use ? 1.0 : 0.0);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, in_use, -1);
    }
}

static void
update_button (HammyProfileSwitcher *self)
{
  GtkWidget *button = adw_bin_get_child (ADW_BIN (self));
  g_autofree char *tooltip = NULL;

  if (self->shown != NULL)
    /* Translators: the tooltip of the profile menu, with the name of the profile in use */
    tooltip = g_strdup_printf (_("Profile: %s"), hammy_profile_get_name (self->shown));

  gtk_label_set_label (self->name_label, self->shown != NULL ? hammy_profile_get_name (self->shown) : "");
  gtk_widget_set_tooltip_text (button, tooltip != NULL ? tooltip : _("Profiles"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip != NULL ? tooltip : _("Profiles"), -1);
}

static void
forget_shown (HammyProfileSwitcher *self)
{
  if (self->shown != NULL)
    g_clear_signal_handler (&self->shown_handler, self->shown);
  g_clear_object (&self->shown);
}

static void
on_current_profile_changed_cb (HammyProfileSwitcher *self)
{
  forget_shown (self);
  self->shown = current_profile (self) != NULL ? g_object_ref (current_profile (self)) : NULL;
  /* A rename shows on the button at once. */
  if (self->shown != NULL)
    self->shown_handler = g_signal_connect_swapped (self->shown, "notify::name", G_CALLBACK (update_button), self);

  update_button (self);
  update_rows (self);
  update_actions (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HammyProfileSwitcher *self = user_data;
  HammyProfile *profile = item;
  HammyProfileRow *row = g_object_new (HAMMY_TYPE_PROFILE_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (profile, "name", label, "label", G_BINDING_SYNC_CREATE);
  /* Two long names that start alike are told apart by the whole name. */
  g_object_bind_property (profile, "name", row, "tooltip-text", G_BINDING_SYNC_CREATE);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_widget_set_name (GTK_WIDGET (row), "profile-row");
  gtk_widget_add_css_class (GTK_WIDGET (row), "private");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  row->profile = g_object_ref (profile);
  row->check = check;

  gtk_widget_set_opacity (check, profile == current_profile (self) ? 1.0 : 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED,
                               profile == current_profile (self), -1);

  return GTK_WIDGET (row);
}

/* A search once the list is longer than a glance takes in. */
#define SEARCH_FROM 8

static void
update_search (HammyProfileSwitcher *self)
{
  guint n = g_list_model_get_n_items (hammy_data_get_profiles (self->data));

  hammy_presentation_set_widget_visible (GTK_WIDGET (self->search_entry), n >= SEARCH_FROM);
  if (n < SEARCH_FROM)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_profiles_changed_cb (HammyProfileSwitcher *self)
{
  update_actions (self);
  update_search (self);
}

static void
on_search_changed_cb (HammyProfileSwitcher *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter in the search: the first profile found. */
static void
on_search_activate_cb (HammyProfileSwitcher *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->list, 0);

  if (first != NULL)
    gtk_widget_activate (GTK_WIDGET (first));
}

/* The one in use has the focus when the list opens, so arrows go from there. */
static void
on_popover_show_cb (HammyProfileSwitcher *self)
{
  HammyProfile *current = current_profile (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (HAMMY_IS_PROFILE_ROW (row) && HAMMY_PROFILE_ROW (row)->profile == current && current != NULL)
      {
        gtk_widget_grab_focus (row);
        return;
      }
}

/* ---- switching ------------------------------------------------------------------------ */

static void
on_switched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HammyProfileSwitcher) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_data_switch_profile_finish (HAMMY_DATA (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_message (self, error->message);
}

static void
switch_to (HammyProfileSwitcher *self,
           HammyProfile         *profile)
{
  hammy_data_switch_profile_async (self->data, profile, NULL, on_switched_cb, g_object_ref (self));
}

static void
on_list_row_activated_cb (HammyProfileSwitcher *self,
                          GtkListBoxRow        *row)
{
  HammyProfile *profile = HAMMY_IS_PROFILE_ROW (row) ? HAMMY_PROFILE_ROW (row)->profile : NULL;

  gtk_popover_popdown (self->popover);
  if (profile != NULL)
    switch_to (self, profile);
}

static void
switch_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (widget);
  GListModel *profiles = hammy_data_get_profiles (self->data);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);

      if (g_str_equal (hammy_profile_get_id (profile), id))
        {
          switch_to (self, profile);
          return;
        }
    }
}

/* ---- naming --------------------------------------------------------------------------- */

/* A dialog asking for a name, and what it is for; it goes with the dialog's handlers. */
typedef struct
{
  HammyProfileSwitcher *self;
  HammyProfile         *renamed;   /* NULL for a new profile */
  AdwMessageDialog     *dialog;
  GtkEditable          *entry;
  GtkLabel             *error_label;
} NameDialog;

static void
name_dialog_free (gpointer  data,
                  GClosure *closure)
{
  NameDialog *state = data;

  g_clear_object (&state->self);
  g_clear_object (&state->renamed);
  g_free (state);
}

static void
on_name_changed_cb (NameDialog *state)
{
  AdwMessageDialog *dialog = state->dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean empty;

  name = hammy_profiles_check_name (hammy_data_get_profiles (state->self->data), state->renamed,
                                    gtk_editable_get_text (state->entry), &error);
  /* An empty entry needs no sentence: the disabled button says enough. */
  empty = g_error_matches (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_EMPTY);
  adw_message_dialog_set_response_enabled (dialog, "save", name != NULL);
  gtk_label_set_label (state->error_label, error != NULL && !empty ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (state->error_label), error != NULL && !empty);
}

static void
on_name_dialog_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            NameDialog       *state)
{
  HammyProfileSwitcher *self = state->self;
  const char *name = gtk_editable_get_text (state->entry);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save"))
    return;

  if (state->renamed != NULL)
    {
      if (!hammy_data_rename_profile (self->data, state->renamed, name, &error))
        show_message (self, error->message);
      return;
    }

  {
    HammyProfile *profile = hammy_data_add_profile (self->data, name, &error);

    /* A new profile is for someone about to use it: it is shown at once. */
    if (profile == NULL)
      show_message (self, error->message);
    else
      switch_to (self, profile);
  }
}

static void
present_name_dialog (HammyProfileSwitcher *self,
                     HammyProfile         *renamed)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error_label = gtk_label_new (NULL);
  NameDialog *state = g_new0 (NameDialog, 1);

  if (renamed != NULL)
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), _("Rename Profile"), NULL));
  else
    dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), _("New Profile"),
                                                         _("A profile keeps one person's checks, plan and log apart from everyone else's. A first name is enough.")));

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  /* Longer than the limit is said in a sentence under the entry, never cut off silently; only a
   * paste far beyond it stops at the entry. */
  gtk_entry_set_max_length (GTK_ENTRY (entry), HAMMY_PROFILE_MAX_NAME * 4);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name"));
  gtk_widget_set_name (entry, "profile-name-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  if (renamed != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), hammy_profile_get_name (renamed));

  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_name (error_label, "profile-name-error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error_label, NULL, -1);

  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", renamed != NULL ? _("_Rename") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  state->self = g_object_ref (self);
  state->renamed = renamed != NULL ? g_object_ref (renamed) : NULL;
  state->dialog = dialog;
  state->entry = GTK_EDITABLE (entry);
  state->error_label = GTK_LABEL (error_label);

  /* The entry goes with the dialog, before the dialog's handlers and so before the state. */
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_name_changed_cb), state);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_name_dialog_response_cb), state,
                         name_dialog_free, 0);
  on_name_changed_cb (state);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (widget);

  gtk_popover_popdown (self->popover);
  present_name_dialog (self, NULL);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (widget);

  gtk_popover_popdown (self->popover);
  if (current_profile (self) != NULL)
    present_name_dialog (self, current_profile (self));
}

/* ---- deleting ------------------------------------------------------------------------- */

/* The profile a "Delete?" question is about; it goes with the dialog's handler. */
typedef struct
{
  HammyProfileSwitcher *self;
  HammyProfile         *profile;
} DeleteQuestion;

static void
delete_question_free (gpointer  data,
                      GClosure *closure)
{
  DeleteQuestion *question = data;

  g_clear_object (&question->self);
  g_clear_object (&question->profile);
  g_free (question);
}

static void
on_delete_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              DeleteQuestion   *question)
{
  HammyProfileSwitcher *self = question->self;
  HammyProfile *profile = question->profile;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!hammy_data_delete_profile (self->data, profile, &error))
    {
      show_message (self, error->message);
      return;
    }

  /* A toast title is markup; a name may hold an ampersand. (While presenting the switcher is
   * hidden, so a deletion starts only when it is off.) */
  title = g_strdup_printf (_("“%s” was deleted"), hammy_profile_get_name (profile));
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* The toast sits in the window's overlay, outside this widget: the window brings it back. */
  adw_toast_set_action_name (toast, "win.undo-delete-profile");
  adw_toast_set_action_target_value (toast, g_variant_new_string (hammy_profile_get_id (profile)));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_object (&self->undo_toast, toast);
  self->undo_toast_added = hammy_clock_get_monotonic_us (hammy_context_get_clock (self->context));
  hammy_page_bin_add_toast (HAMMY_PAGE_BIN (self), toast);
}

static gboolean
dismiss_undo_toast_cb (gpointer user_data)
{
  HammyProfileSwitcher *self = user_data;

  self->undo_dismiss_source = 0;
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

  return G_SOURCE_REMOVE;
}

/* A toast cannot be hidden by the presentation's CSS: one that names a person goes when
 * presenting starts. The folder stays in profiles/.deleted/, so nothing is lost. */
static void
on_presenting_changed_cb (HammyProfileSwitcher *self)
{
  gint64 shown_ms;

  if (!hammy_context_get_presenting (self->context) || self->undo_toast == NULL || self->undo_dismiss_source != 0)
    return;

  /* libadwaita 1.2 aborts when a toast is dismissed while the toast it pushed aside is still
   * sliding out (about half a second), so a toast that has only just come waits that long. */
  shown_ms = (hammy_clock_get_monotonic_us (hammy_context_get_clock (self->context)) - self->undo_toast_added) / 1000;
  if (shown_ms >= UNDO_TOAST_SETTLED_MS)
    dismiss_undo_toast_cb (self);
  else
    self->undo_dismiss_source = g_timeout_add (UNDO_TOAST_SETTLED_MS - shown_ms, dismiss_undo_toast_cb, self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (widget);
  HammyProfile *profile = current_profile (self);
  g_autofree char *heading = NULL;
  DeleteQuestion *question;
  GtkWidget *dialog;

  gtk_popover_popdown (self->popover);
  if (profile == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), hammy_profile_get_name (profile));
  dialog = adw_message_dialog_new (get_window (self), heading,
                                   _("The checks, plan and log in this profile are removed from Hammy, and the next profile is shown. Right afterwards, Undo brings them back."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  question = g_new0 (DeleteQuestion, 1);
  question->self = g_object_ref (self);
  question->profile = g_object_ref (profile);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_dialog_response_cb), question,
                         delete_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the object ----------------------------------------------------------------------- */

/* Set once, by the window. */
static void
hammy_profile_switcher_context_set (HammyPageBin *page,
                                    HammyContext *context)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (page);
  GListModel *profiles;
  HammyData *data;

  self->context = context;
  data = hammy_context_get_data (context);
  self->data = g_object_ref (data);
  g_signal_connect_object (context, "notify::presenting",
                           G_CALLBACK (on_presenting_changed_cb), self, G_CONNECT_SWAPPED);
  profiles = hammy_data_get_profiles (data);
  /* Sorted by name, as a clinic's list of patients is, and narrowed by the search. */
  {
    GtkExpression *name = gtk_property_expression_new (HAMMY_TYPE_PROFILE, NULL, "name");
    GtkStringSorter *sorter = gtk_string_sorter_new (gtk_expression_ref (name));
    GtkSortListModel *sorted = gtk_sort_list_model_new (g_object_ref (profiles), GTK_SORTER (sorter));
    g_autoptr(GtkFilterListModel) found = NULL;

    self->filter = gtk_string_filter_new (name);
    gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
    found = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (g_object_ref (self->filter)));
    gtk_list_box_bind_model (self->list, G_LIST_MODEL (found), create_row, self, NULL);
  }
  update_search (self);
  g_signal_connect_object (profiles, "items-changed", G_CALLBACK (on_profiles_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (data, "notify::current-profile", G_CALLBACK (on_current_profile_changed_cb), self, G_CONNECT_SWAPPED);
  /* Read-only is known once the data is read. */
  g_signal_connect_object (data, "changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  on_current_profile_changed_cb (self);
}

static void
hammy_profile_switcher_dispose (GObject *object)
{
  HammyProfileSwitcher *self = HAMMY_PROFILE_SWITCHER (object);

  forget_shown (self);
  g_clear_object (&self->undo_toast);
  g_clear_handle_id (&self->undo_dismiss_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_PROFILE_SWITCHER);
  g_clear_object (&self->filter);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_profile_switcher_parent_class)->dispose (object);
}

static void
hammy_profile_switcher_class_init (HammyProfileSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_profile_switcher_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_profile_switcher_context_set;


  /* For the window's overlay: a sentence when a switch or a change could not be made, and
   * Undo after a deletion. */

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/shell/hammy-profile-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyProfileSwitcher, name_label);
  gtk_widget_class_bind_template_child (widget_class, HammyProfileSwitcher, popover);
  gtk_widget_class_bind_template_child (widget_class, HammyProfileSwitcher, list);
  gtk_widget_class_bind_template_child (widget_class, HammyProfileSwitcher, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "profile.switch", "s", switch_action);
  gtk_widget_class_install_action (widget_class, "profile.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "profile.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "profile.delete", NULL, delete_action);
}

static void
hammy_profile_switcher_init (HammyProfileSwitcher *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_button (self);
  update_actions (self);
}

/* The menu button, for tests and screenshots. */
GtkWidget *
hammy_profile_switcher_get_button (HammyProfileSwitcher *self)
{
  g_return_val_if_fail (HAMMY_IS_PROFILE_SWITCHER (self), NULL);

  return adw_bin_get_child (ADW_BIN (self));
}
