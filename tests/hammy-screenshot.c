/* hammy-screenshot.c: renders Hammy's window (and the first-run notice) to PNG for the README
 * and the AppStream metainfo. Run by build-aux/screenshots under Xvfb; not a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "hammy-test-utils.h"
#include "hammy-checkin-dialog.h"
#include "hammy-library-page.h"
#include "hammy-plan-editor.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-window.h"

static gboolean
dialog_shown (gpointer data)
{
  return hammy_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
data_loaded (gpointer data)
{
  return hammy_data_is_loaded (data);
}

static void
snapshot_widget (GtkSnapshot *snapshot,
                 GtkWidget   *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
}

/* What a compositor would show: the window, dimmed under a modal dialog centred on it. */
static gboolean
save_png (GtkWindow  *window,
          GtkWindow  *dialog,
          const char *path,
          GError    **error)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  snapshot_widget (snapshot, GTK_WIDGET (window));

  if (dialog != NULL)
    {
      int dialog_width = gtk_widget_get_width (GTK_WIDGET (dialog));
      int dialog_height = gtk_widget_get_height (GTK_WIDGET (dialog));

      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 0.35 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - dialog_width) / 2,
                                                              (height - dialog_height) / 2));
      snapshot_widget (snapshot, GTK_WIDGET (dialog));
      gtk_snapshot_restore (snapshot);
    }

  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(HammyApplication) app = NULL;
  g_autofree char *style = NULL;
  g_autofree char *page = NULL;
  g_autofree char *output = NULL;
  g_autofree char *localedir = NULL;
  g_autofree char *show = NULL;
  g_autofree char *triage = NULL;
  g_autofree char *then_page = NULL;
  int width = 960;
  int height = 720;
  double text_scale = 1.0;
  g_autofree char *dialog_name = NULL;
  GType dialog_type = G_TYPE_INVALID;
  GSettings *settings;
  HammyWindow *window;
  GtkWindow *dialog = NULL;
  const GOptionEntry entries[] = {
    { "style", 0, 0, G_OPTION_ARG_STRING, &style, "system, light or dark", "STYLE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "triage, today or library", "PAGE" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
    { "text-scale", 0, 0, G_OPTION_ARG_DOUBLE, &text_scale, "Text scale, as in Large Text", "FACTOR" },
    { "dialog", 0, 0, G_OPTION_ARG_STRING, &dialog_name, "notice, preferences, shortcuts, about, editor or checkin", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
    { "triage", 0, 0, G_OPTION_ARG_STRING, &triage, "Triage: “start”, or answers as JSON to show their result", "ANSWERS" },
    { "then-page", 0, 0, G_OPTION_ARG_STRING, &then_page, "Page to show after --triage, e.g. today", "PAGE" },
    { "show", 0, 0, G_OPTION_ARG_STRING, &show, "Library item to show: exercise:ID or card:ID", "ITEM" },
    { "localedir", 0, 0, G_OPTION_ARG_FILENAME, &localedir, "Where the .mo files are, e.g. _build/po", "DIR" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— render Hammy's window to a PNG");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--output is required");
      return 2;
    }

  /* The translations built in the tree, so a translated screenshot needs no install. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = hammy_test_application_new ();
  settings = hammy_application_get_settings (app);
  hammy_test_reset_settings (settings);
  if (style != NULL)
    g_settings_set_string (settings, "style-variant", style);
  if (g_strcmp0 (dialog_name, "notice") == 0)
    g_settings_set_uint (settings, "safety-notice-seen", 0);

  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                /* As GNOME sets it: a close button only. */
                "gtk-decoration-layout", ":close",
                "gtk-font-name", "Cantarell 11",
                "gtk-xft-dpi", (int) (96 * 1024 * text_scale),
                NULL);

  window = hammy_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  gtk_window_present (GTK_WINDOW (window));

  if (!hammy_test_wait_for (hammy_test_widget_is_mapped, window, 5000))
    {
      g_printerr ("The window did not appear\n");
      return 1;
    }

  /* The person's data is read after the first frame: wait for it, as a person would. */
  if (!hammy_test_wait_for (data_loaded, hammy_window_get_data (window), 5000))
    {
      g_printerr ("The data was not read\n");
      return 1;
    }

  if (triage != NULL)
    {
      GtkWidget *triage_page = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TRIAGE_PAGE);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "triage");
      if (g_str_equal (triage, "start"))
        gtk_widget_activate_action (triage_page, "triage.start", NULL);
      else if (g_str_has_prefix (triage, "step:"))
        {
          /* No to every safety question, then on to the named group of questions. */
          const char *safety[] = { "rf_saddle_bladder", "rf_weakness", "rf_calf", "rf_unwell" };

          gtk_widget_activate_action (triage_page, "triage.start", NULL);
          for (guint i = 0; i < G_N_ELEMENTS (safety); i++)
            {
              g_autofree char *name = g_strdup_printf ("question-%s", safety[i]);
              GtkWidget *no = hammy_test_find_widget (hammy_test_find_named (triage_page, name), GTK_TYPE_TOGGLE_BUTTON);

              gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (no), TRUE);
            }
          for (guint i = 0; i < 8 && g_strcmp0 (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage_page)), triage + 5) != 0; i++)
            gtk_widget_activate_action (triage_page, "triage.next", NULL);
        }
      else
        hammy_test_triage_answer (triage_page, triage);
    }

  if (then_page != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", then_page);
      hammy_test_wait_idle (100);
    }

  if (show != NULL)
    {
      GtkWidget *library_page = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_LIBRARY_PAGE);
      gboolean card = g_str_has_prefix (show, "card:");
      const char *id = strchr (show, ':') != NULL ? strchr (show, ':') + 1 : show;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "library");
      hammy_test_wait_idle (100);
      gtk_widget_activate_action (library_page, card ? "library.show-card" : "library.show-exercise", "s", id);
    }

  if (dialog_name != NULL)
    {
      if (g_str_equal (dialog_name, "notice"))
        dialog_type = ADW_TYPE_MESSAGE_DIALOG;
      else if (g_str_equal (dialog_name, "preferences"))
        dialog_type = ADW_TYPE_PREFERENCES_WINDOW;
      else if (g_str_equal (dialog_name, "about"))
        dialog_type = ADW_TYPE_ABOUT_WINDOW;
      else if (g_str_equal (dialog_name, "shortcuts"))
        dialog_type = GTK_TYPE_SHORTCUTS_WINDOW;
      else if (g_str_equal (dialog_name, "editor"))
        dialog_type = HAMMY_TYPE_PLAN_EDITOR;
      else if (g_str_equal (dialog_name, "checkin"))
        dialog_type = HAMMY_TYPE_CHECKIN_DIALOG;
      else
        {
          g_printerr ("No dialog called %s\n", dialog_name);
          return 2;
        }

      if (dialog_type == GTK_TYPE_SHORTCUTS_WINDOW)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
      else if (dialog_type == HAMMY_TYPE_PLAN_EDITOR || dialog_type == HAMMY_TYPE_CHECKIN_DIALOG)
        gtk_widget_activate_action (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE),
                                    dialog_type == HAMMY_TYPE_PLAN_EDITOR ? "today.edit-plan" : "today.check-in", NULL);
      else if (dialog_type != ADW_TYPE_MESSAGE_DIALOG)
        g_action_group_activate_action (G_ACTION_GROUP (app), dialog_name, NULL);

      if (!hammy_test_wait_for (dialog_shown, GSIZE_TO_POINTER (dialog_type), 5000))
        {
          g_printerr ("The %s dialog did not appear\n", dialog_name);
          return 1;
        }
      dialog = hammy_test_find_toplevel (dialog_type);
    }

  /* Let layout, fonts and the icon theme settle before the picture is taken. */
  hammy_test_wait_idle (500);

  if (!save_png (GTK_WINDOW (window), dialog, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s\n", output);
  return 0;
}
