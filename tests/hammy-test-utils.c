/* hammy-test-utils.c: shared helpers for the widget tests: an application, waiting, finding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-safety.h"
#include "hammy-test-utils.h"
#include "hammy-triage-page.h"
#include "hammy-triage-text.h"

/* Like G_TEST_OPTION_ISOLATE_DIRS for the person's own folders, but the system data folders
 * stay, because GTK needs their MIME database and icon themes to draw anything. */
void
hammy_test_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("hammy-test-XXXXXX", &error);
  const char *folders[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (home, folders[i], NULL);

      g_mkdir (path, 0700);
      g_setenv (folders[i], path, TRUE);
    }

  g_test_init (argc, argv, NULL);
}

HammyApplication *
hammy_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  HammyApplication *app;

  app = hammy_application_new (APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);
  /* Registering runs startup: accels, actions and the style, as on a real launch. */
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  return app;
}

void
hammy_test_reset_settings (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);

  /* Most tests are not about the notice; the one that is resets it again. */
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
}

/* Depth first through the widget tree, and into menu buttons' popovers, which are not
 * children in it. */
GtkWidget *
hammy_test_find (GtkWidget      *root,
                 HammyTestMatch  match,
                 gconstpointer   data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hammy_test_find (child, match, data);

      if (found != NULL)
        return found;
    }

  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (root)) != NULL)
    return hammy_test_find (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))), match, data);

  return NULL;
}

static gboolean
match_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
hammy_test_find_widget (GtkWidget *root,
                        GType      type)
{
  return hammy_test_find (root, match_type, GSIZE_TO_POINTER (type));
}

static gboolean
match_name (GtkWidget     *widget,
            gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

GtkWidget *
hammy_test_find_named (GtkWidget  *root,
                       const char *name)
{
  return hammy_test_find (root, match_name, name);
}

GtkWindow *
hammy_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Answers the questionnaire through its widgets, as a person would: Start, set each answer
 * on its row, then Next until the result shows. */
void
hammy_test_triage_answer (GtkWidget  *triage_page,
                          const char *answers_json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *answers;

  g_assert_true (json_parser_load_from_data (parser, answers_json, -1, NULL));
  answers = json_node_get_object (json_parser_get_root (parser));

  g_assert_true (gtk_widget_activate_action (triage_page, "triage.start", NULL));

  members = json_object_get_members (answers);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      const HammyQuestion *question = hammy_triage_lookup_question (id);
      g_autofree char *name = g_strdup_printf ("question-%s", id);
      GtkWidget *row = hammy_test_find_named (triage_page, name);
      JsonNode *value = json_object_get_member (answers, id);

      g_assert_nonnull (question);
      g_assert_nonnull (row);

      if (ADW_IS_COMBO_ROW (row) && question->kind == HAMMY_QUESTION_NUMBER)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), json_node_get_int (value) + 1);
      else if (ADW_IS_COMBO_ROW (row))
        {
          guint c = 0;

          while (g_strcmp0 (question->choices[c].id, json_node_get_string (value)) != 0)
            g_assert_nonnull (question->choices[++c].id);
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), c + 1);
        }
      else if (ADW_IS_ENTRY_ROW (row))
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (value));

          gtk_editable_set_text (GTK_EDITABLE (row), text);
        }
      else
        {
          GtkWidget *no = hammy_test_find_widget (row, GTK_TYPE_TOGGLE_BUTTON);
          GtkWidget *yes = gtk_widget_get_next_sibling (no);

          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (json_node_get_boolean (value) ? yes : no), TRUE);
        }
    }

  for (guint step = 0; step < 12 && g_strcmp0 (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage_page)), "result") != 0; step++)
    g_assert_true (gtk_widget_activate_action (triage_page, "triage.next", NULL));

  g_assert_cmpstr (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage_page)), ==, "result");
}

/* A new window of @app, on screen and mapped; -1 keeps the size from the settings. */
/* The widgets too wide for a phone whose children are not: where to look when a page is. */
static void
print_too_wide (GtkWidget *widget)
{
  gboolean child_too_wide = FALSE;
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= HAMMY_TEST_PHONE_WIDTH)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL, NULL, NULL);
      if (child_minimum > HAMMY_TEST_PHONE_WIDTH)
        {
          child_too_wide = TRUE;
          print_too_wide (child);
        }
    }
  if (!child_too_wide)
    {
      g_printerr ("# too wide: %s “%s” needs %d; its children:", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget), minimum);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum = 0;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL, NULL, NULL);
          g_printerr (" %s %d", G_OBJECT_TYPE_NAME (child), child_minimum);
        }
      g_printerr ("\n");
    }
}

void
hammy_test_assert_fits_phone (GtkWidget *page)
{
  int minimum = 0;

  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > HAMMY_TEST_PHONE_WIDTH)
    print_too_wide (page);
  if (minimum > HAMMY_TEST_PHONE_WIDTH)
    g_error ("%s needs %d pixels, more than a phone's %d", G_OBJECT_TYPE_NAME (page), minimum,
             HAMMY_TEST_PHONE_WIDTH);
}

static gboolean
is_phone_sized (gpointer data)
{
  int width = gtk_widget_get_width (data);

  return width > 0 && width <= HAMMY_TEST_PHONE_WIDTH;
}

void
hammy_test_assert_shrinks_to_phone (GtkWindow *window,
                                    GtkWidget *page)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *layout = NULL;
  int width, height;

  /* A close button only, as GNOME has it and a phone shows it; without a desktop GTK adds
   * minimise and maximise, and those would not fit. */
  g_object_get (settings, "gtk-decoration-layout", &layout, NULL);
  g_object_set (settings, "gtk-decoration-layout", ":close", NULL);

  gtk_window_get_default_size (window, &width, &height);
  /* As a person drags the edge: a page that changes its layout when narrow (the session puts
   * the clip above the timer) needs more than one step to get there. */
  for (guint step = 0; step < 3 && !is_phone_sized (page); step++)
    {
      gtk_window_set_default_size (window, HAMMY_TEST_PHONE_WIDTH + 1, height);
      hammy_test_wait_idle (50);
      gtk_window_set_default_size (window, HAMMY_TEST_PHONE_WIDTH, height);
      hammy_test_wait_for (is_phone_sized, page, 1000);
    }
  if (!is_phone_sized (page))
    print_too_wide (GTK_WIDGET (window));
  if (!is_phone_sized (page))
    g_error ("%s stays %d pixels wide in a window made %d wide", G_OBJECT_TYPE_NAME (page),
             gtk_widget_get_width (page), HAMMY_TEST_PHONE_WIDTH);
  hammy_test_assert_fits_phone (page);
  gtk_window_set_default_size (window, width, height);
  g_object_set (settings, "gtk-decoration-layout", layout, NULL);
  hammy_test_wait_idle (50);
}

HammyWindow *
hammy_test_present_window (HammyApplication *app,
                           int               width,
                           int               height)
{
  HammyWindow *window = hammy_window_new (app);

  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hammy_test_wait_for (hammy_test_widget_is_mapped, window, 5000));

  return window;
}

static gboolean
pointer_is_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Destroys the window and checks nothing kept it alive. A task finishing on a worker thread
 * (a write, a file dialog's last reply) may hold it a little after the destroy, so this waits
 * for it to go, up to a few seconds, instead of a fixed moment. */
void
hammy_test_close_window (HammyWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  hammy_test_wait_for (pointer_is_cleared, &window, 5000);
  g_assert_null (window);
}
