/* hammy-window.c: the main window: the pages, the header bar and the window's state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-clip-view.h"
#include "hammy-demo.h"
#include "hammy-file-flows.h"
#include "hammy-first-frame.h"
#include "hammy-handout-print.h"
#include "hammy-history-page.h"
#include "hammy-library-page.h"
#include "hammy-page.h"
#include "hammy-profile-switcher.h"
#include "hammy-presentation.h"
#include "hammy-safety.h"
#include "hammy-safety-notice.h"
#include "hammy-toasts.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-visit-summary-window.h"
#include "hammy-window.h"

struct _HammyWindow
{
  AdwApplicationWindow  parent_instance;

  HammyContext         *context;
  GSettings            *settings;  /* the context's */
  HammyData            *data;      /* the context's */
  gboolean              presenting_told;  /* the toast that it is still on was shown */

  guint                 switcher_bar_source;
  GtkWidget            *safety_notice;  /* weak: set while the notice is open */
  GPtrArray            *waiting_files;  /* opened before the data was read */
  GPtrArray            *postponed_files;  /* opened while presenting, for when it ends */

  /* template children */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  AdwViewStack         *stack;
  AdwToastOverlay      *toast_overlay;
  HammyProfileSwitcher *profile_switcher;
  AdwBin               *library_slot;
  AdwViewStackPage     *summary_page;
  AdwBin               *summary_slot;
  AdwBin               *history_slot;
  AdwBin               *today_slot;
  HammyLibraryPage     *library_page;   /* NULL until first shown */
  HammyHistoryPage     *history_page;   /* NULL until first shown */
  HammyTodayPage       *today_page;     /* NULL until the first frame or first shown */
  HammyTriagePage      *triage_page;
};

G_DEFINE_FINAL_TYPE (HammyWindow, hammy_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_VISIBLE_PAGE,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hammy_window_save_state (HammyWindow *self)
{
  int width = 0;
  int height = 0;

  /* The default size tracks the unmaximised size, which is what a person expects back. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
hammy_window_restore_state (HammyWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
on_safety_notice_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              HammyWindow      *self)
{
  g_settings_set_uint (self->settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
}

static gboolean
hammy_window_show_safety_notice (gpointer user_data)
{
  HammyWindow *self = user_data;
  GtkWidget *dialog;

  /* The window maps again after being hidden; one notice at a time is enough. */
  if (self->safety_notice != NULL ||
      !hammy_safety_notice_is_needed (g_settings_get_uint (self->settings, "safety-notice-seen")))
    return G_SOURCE_REMOVE;

  dialog = GTK_WIDGET (hammy_safety_notice_new (GTK_WINDOW (self)));
  self->safety_notice = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->safety_notice);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_safety_notice_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return G_SOURCE_REMOVE;
}

static gboolean
hammy_window_update_switcher_bar (gpointer user_data)
{
  HammyWindow *self = user_data;

  gboolean reveal = adw_view_switcher_title_get_title_visible (self->switcher_title);

  self->switcher_bar_source = 0;
  /* A wide window never shows the bar: its buttons are made the first time it is revealed. */
  if (reveal && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, reveal);

  return G_SOURCE_REMOVE;
}

/* The title's switcher gives way while the window is being laid out; revealing the bar right
 * then loses its resize when animations are off (GTK 4.8), leaving a bar zero pixels tall.
 * Revealing it from an idle, after the layout, works with and without animations. */
static void
on_switcher_title_visible_changed_cb (HammyWindow *self)
{
  if (self->switcher_bar_source == 0)
    self->switcher_bar_source = g_idle_add (hammy_window_update_switcher_bar, self);
}

/* The main menu's items are made when it is first opened (a click or F10), not with the window. */
static void
on_primary_menu_button_create_popup_cb (GtkMenuButton *button,
                                        gpointer       user_data)
{
  HammyWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* Every page reports to the person with its "add-toast" signal; the window shows the toast. */
static void
on_page_add_toast_cb (HammyWindow *self,
                      AdwToast    *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* A page made after the window, into its slot in the stack, reporting as the others do. */
static gpointer
make_page (HammyWindow *self,
           GType        type,
           AdwBin      *slot)
{
  GtkWidget *page = g_object_new (type, "context", self->context, NULL);

  g_signal_connect_object (page, "add-toast", G_CALLBACK (on_page_add_toast_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (slot, page);

  return page;
}

/* History and the Library are made the first time they are shown: most days a person opens
 * Today and closes Hammy again, and neither page is needed before the first frame. */
static HammyLibraryPage *
ensure_library_page (HammyWindow *self)
{
  if (self->library_page == NULL)
    self->library_page = make_page (self, HAMMY_TYPE_LIBRARY_PAGE, self->library_slot);

  return self->library_page;
}

static void
ensure_history_page (HammyWindow *self)
{
  if (self->history_page == NULL)
    self->history_page = make_page (self, HAMMY_TYPE_HISTORY_PAGE, self->history_slot);
}

/* Today is not on screen at start either, but it is made right after the first frame rather
 * than when first shown: it offers the morning check-in as soon as the data is read. */
static HammyTodayPage *
ensure_today_page (HammyWindow *self)
{
  if (self->today_page == NULL)
    self->today_page = make_page (self, HAMMY_TYPE_TODAY_PAGE, self->today_slot);

  return self->today_page;
}

static void
ensure_visible_page (HammyWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, hammy_page_to_name (HAMMY_PAGE_LIBRARY)) == 0)
    ensure_library_page (self);
  else if (g_strcmp0 (name, hammy_page_to_name (HAMMY_PAGE_HISTORY)) == 0)
    ensure_history_page (self);
  else if (g_strcmp0 (name, hammy_page_to_name (HAMMY_PAGE_TODAY)) == 0)
    ensure_today_page (self);
}

/* The summary's page is for a call: once presenting has ended and the person has moved on to
 * another page, it goes, and the summary has its own window again. */
static void
drop_summary_page (HammyWindow *self)
{
  if (self->context == NULL || hammy_context_get_presenting (self->context) ||
      !adw_view_stack_page_get_visible (self->summary_page) ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "summary") == 0)
    return;

  adw_view_stack_page_set_visible (self->summary_page, FALSE);
  adw_bin_set_child (self->summary_slot, NULL);
}

static void
on_stack_visible_child_name_changed_cb (HammyWindow *self)
{
  /* While the window is being made there is no data yet; hammy_window_new catches up. */
  if (self->data != NULL)
    ensure_visible_page (self);
  drop_summary_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static void
hammy_window_show_page_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  HammyPage page;

  if (!hammy_page_from_name (name, &page))
    {
      g_warning ("No page called “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, hammy_page_to_name (page));
}

static void
hammy_window_search_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  /* The library is the one page with something to search: Ctrl+F goes there from anywhere. */
  adw_view_stack_set_visible_child_name (self->stack, hammy_page_to_name (HAMMY_PAGE_LIBRARY));
  hammy_library_page_start_search (ensure_library_page (self));
}

static void
hammy_window_show_exercise_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  /* From anywhere, for example a self-check in triage: the library shows how it is done. */
  adw_view_stack_set_visible_child_name (self->stack, hammy_page_to_name (HAMMY_PAGE_LIBRARY));
  gtk_widget_activate_action_variant (GTK_WIDGET (ensure_library_page (self)), "library.show-exercise", parameter);
}

/* The Undo of a deleted profile's toast, which lives in the window's overlay. */
static void
hammy_window_undo_delete_profile_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hammy_data_undo_delete_profile (self->data, g_variant_get_string (parameter, NULL), &error))
    hammy_window_show_message (self, error->message);
}

/* ---- the person's files ------------------------------------------------------------- */

static void
report_to_window (GtkWindow  *window,
                  const char *message)
{
  hammy_window_show_message (HAMMY_WINDOW (window), message);
}

static void
update_file_actions (HammyWindow *self)
{
  gboolean loaded = hammy_data_is_loaded (self->data);
  gboolean writable = loaded && !hammy_data_is_read_only (self->data);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-up", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.visit-summary", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-demo-profile", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-plan", loaded && hammy_data_get_plan (self->data) != NULL);
  /* A handout follows what Today shows: nothing to print while a check sends the person to a
   * clinician. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-handout",
                                 loaded && hammy_data_get_plan (self->data) != NULL &&
                                 hammy_data_get_blocking_assessment (self->data) == NULL);
}

static void
on_data_changed_cb (HammyWindow *self)
{
  update_file_actions (self);

  /* Files opened while the data was still being read wait until now. */
  if (hammy_data_is_loaded (self->data) && self->waiting_files->len > 0)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->waiting_files);

      self->waiting_files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < files->len; i++)
        hammy_window_open_file (self, g_ptr_array_index (files, i));
    }
}

/* A file that could not be read stays on screen until the person has read it. */
static void
on_data_problem_cb (HammyWindow *self,
                    const char  *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A file chooser or a print dialog shows the person's folders and printers to everyone on the
 * call: while presenting, @action waits until presenting ends, and then goes ahead with one
 * click on @label. */
static gboolean
may_choose_files (HammyWindow *self,
                  const char  *action,
                  const char  *label)
{
  return !hammy_toast_postpone (self->toast_overlay, self->context, action, label);
}

static void
hammy_window_import_plan_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  if (may_choose_files (self, action_name, _("_Import Plan…")))
    hammy_file_flows_choose_open (GTK_WINDOW (self), self->context, FALSE, report_to_window);
}

static void
hammy_window_restore_backup_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  if (may_choose_files (self, action_name, _("_Restore a Backup…")))
    hammy_file_flows_choose_open (GTK_WINDOW (self), self->context, TRUE, report_to_window);
}

static void
hammy_window_export_plan_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  if (may_choose_files (self, action_name, _("_Export Plan…")))
    hammy_file_flows_choose_save (GTK_WINDOW (self), self->context, FALSE, report_to_window);
}

static void
hammy_window_back_up_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  if (may_choose_files (self, action_name, _("_Back Up Everything…")))
    hammy_file_flows_choose_save (GTK_WINDOW (self), self->context, TRUE, report_to_window);
}

static void
hammy_window_print_handout_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);

  if (may_choose_files (self, action_name, _("_Print Handout…")))
    hammy_handout_print (GTK_WINDOW (self), self->context, report_to_window);
}

/* The files opened while presenting, once it has ended. */
static void
hammy_window_open_postponed_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  g_autoptr(GPtrArray) files = g_steal_pointer (&self->postponed_files);

  self->postponed_files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < files->len; i++)
    hammy_window_open_file (self, g_ptr_array_index (files, i));
}

/* ---- a demo patient ---------------------------------------------------------------------- */

typedef struct
{
  HammyWindow *window;  /* weak */
  char        *name;
} DemoJob;

static void
demo_job_free (DemoJob *job)
{
  g_clear_weak_pointer (&job->window);
  g_free (job->name);
  g_free (job);
}

static void
on_demo_profile_switched_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  DemoJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *message = NULL;

  if (job->window == NULL)
    {
      demo_job_free (job);
      return;
    }

  now = hammy_context_dup_now (job->window->context);
  if (!hammy_data_switch_profile_finish (HAMMY_DATA (source), result, &error) ||
      !hammy_demo_fill (HAMMY_DATA (source), job->name, now, &error))
    message = g_strdup_printf (_("The demo patient could not be made: %s"), error->message);
  else
    message = g_strdup_printf (_("“%s” is a made-up patient with six weeks of history, to try Hammy out with."),
                               job->name);
  hammy_window_show_message (job->window, message);
  demo_job_free (job);
}

/* A made-up patient in a profile of their own, switched to: the first free of “Demo Patient”,
 * “Demo Patient 2” and so on. */
static void
hammy_window_add_demo_profile_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  HammyProfile *profile = NULL;
  DemoJob *job;

  for (guint n = 1; profile == NULL && n < 100; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (_("Demo Patient"))
                                     /* TRANSLATORS: the second demo patient and on, as in “Demo Patient 2” */
                                     : g_strdup_printf (_("Demo Patient %u"), n);

      g_clear_error (&error);
      profile = hammy_data_add_profile (self->data, name, &error);
      if (profile == NULL && !g_error_matches (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_TAKEN))
        break;
    }
  if (profile == NULL)
    {
      hammy_window_show_message (self, error->message);
      return;
    }

  job = g_new0 (DemoJob, 1);
  g_set_weak_pointer (&job->window, self);
  job->name = g_strdup (hammy_profile_get_name (profile));
  hammy_data_switch_profile_async (self->data, profile, NULL, on_demo_profile_switched_cb, job);
}

/* For the clinician: one page since a chosen day, on screen, as a PDF or on paper. */
static void
hammy_window_visit_summary_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  HammyVisitSummaryWindow *summary;

  /* A call that shares this window would not show another: the summary is a page here. */
  if (hammy_context_get_presenting (self->context))
    {
      if (adw_bin_get_child (self->summary_slot) == NULL)
        adw_bin_set_child (self->summary_slot, GTK_WIDGET (hammy_visit_summary_view_new (self->context)));
      adw_view_stack_page_set_visible (self->summary_page, TRUE);
      adw_view_stack_set_visible_child_name (self->stack, "summary");
      return;
    }

  summary = hammy_visit_summary_window_new (GTK_WINDOW (self), self->context);
  gtk_window_present (GTK_WINDOW (summary));
}

/* The keyboard shortcuts are built the first time they are asked for, not with the window:
 * GTK would build gtk/help-overlay.ui for every window before its first frame. */
static void
hammy_window_show_help_overlay_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  /* Set as the window's help overlay, the shortcuts show the keys the application has for
   * their actions, and go with the window. */
  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/shell/hammy-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }

  gtk_window_present (GTK_WINDOW (shortcuts));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            HammyWindow   *self)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    hammy_window_open_file (self, l->data);

  return files != NULL;
}

/* ---- presenting ------------------------------------------------------------------------ */

static void
on_presentation_active_changed_cb (HammyWindow *self)
{
  drop_summary_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

/* A restart during a call comes back presenting; the person is told, with a way out. */
static void
tell_still_presenting (HammyWindow *self)
{
  AdwToast *toast;

  if (self->presenting_told || !hammy_context_get_presenting (self->context))
    return;

  self->presenting_told = TRUE;
  toast = adw_toast_new (_("Presentation mode is still on, so notes and other private things stay hidden."));
  adw_toast_set_button_label (toast, _("_Stop Presenting"));
  adw_toast_set_action_name (toast, "win.present");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
find_mapped_clip_view (GtkWidget *widget)
{
  if (widget == NULL || !gtk_widget_get_mapped (widget))
    return NULL;
  if (HAMMY_IS_CLIP_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_clip_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The clip the keys drive: the one with the focus, else the first on the page shown. */
static GtkWidget *
get_shown_clip_view (HammyWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *clip = focus != NULL ? gtk_widget_get_ancestor (focus, HAMMY_TYPE_CLIP_VIEW) : NULL;

  return clip != NULL ? clip : find_mapped_clip_view (adw_view_stack_get_visible_child (self->stack));
}

/* Page Down and Page Up, as a presentation clicker sends them: the next or previous exercise of
 * the session or the library, or the next or previous questions in triage. */
static gboolean
step_through_page (HammyWindow *self,
                   gboolean     forward)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "today") == 0 && g_strcmp0 (hammy_today_page_get_state (ensure_today_page (self)), "session") == 0)
    return gtk_widget_activate_action (GTK_WIDGET (hammy_today_page_get_session_view (self->today_page)),
                                       forward ? "session.skip" : "session.back-exercise", NULL);
  if (g_strcmp0 (page, "library") == 0)
    return gtk_widget_activate_action (GTK_WIDGET (ensure_library_page (self)),
                                       forward ? "library.next-item" : "library.previous-item", NULL);
  if (g_strcmp0 (page, "triage") == 0)
    return gtk_widget_activate_action (GTK_WIDGET (self->triage_page), forward ? "triage.next" : "triage.back", NULL);

  return FALSE;
}

/* While presenting, the clip keys work wherever the focus is, except where the person types. */
static gboolean
on_presenting_key_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  HammyWindow *self = HAMMY_WINDOW (widget);
  const char *what = g_variant_get_string (args, NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *clip;

  if (!hammy_context_get_presenting (self->context))
    return FALSE;
  if (focus != NULL && (GTK_IS_EDITABLE (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) != NULL))
    return FALSE;

  if (g_str_equal (what, "next"))
    return step_through_page (self, TRUE);
  if (g_str_equal (what, "previous"))
    return step_through_page (self, FALSE);

  clip = get_shown_clip_view (self);
  return clip != NULL && gtk_widget_activate_action (clip, what, NULL);
}

/* In the capture phase, ahead of the scrolled windows that take Page Up and Page Down; Space
 * only when nothing else wants it, so a focused button or the session keep theirs. */
static void
add_presenting_keys (HammyWindow *self)
{
  static const struct {
    guint       keyval;
    const char *what;
    gboolean    capture;
  } keys[] = {
    { GDK_KEY_Page_Down, "next", TRUE },
    { GDK_KEY_Page_Up, "previous", TRUE },
    { GDK_KEY_k, "player.play-pause", TRUE },
    { GDK_KEY_comma, "player.step-back", TRUE },
    { GDK_KEY_period, "player.step-forward", TRUE },
    { GDK_KEY_bracketleft, "player.slower", TRUE },
    { GDK_KEY_bracketright, "player.faster", TRUE },
    { GDK_KEY_m, "player.mirror", TRUE },
    { GDK_KEY_space, "player.play-pause", FALSE },
  };
  GtkEventController *capture = gtk_shortcut_controller_new ();
  GtkEventController *bubble = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                gtk_callback_action_new (on_presenting_key_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].what));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys[i].capture ? capture : bubble), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), capture);
  gtk_widget_add_controller (GTK_WIDGET (self), bubble);
}

static gboolean
hammy_window_close_request (GtkWindow *window)
{
  hammy_window_save_state (HAMMY_WINDOW (window));

  return GTK_WINDOW_CLASS (hammy_window_parent_class)->close_request (window);
}

static void
on_data_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Only the app's own content failing to parse gets here; the person's files never do. */
  if (!hammy_data_load_finish (HAMMY_DATA (source), result, &error))
    g_critical ("Hammy's data could not be loaded: %s", error->message);
}

/* The person's files are read after the first frame, on a thread: ten years of logs never
 * make the window late. */
static gboolean
hammy_window_load_data (gpointer user_data)
{
  HammyWindow *self = user_data;

  if (!hammy_data_is_loaded (self->data) && !hammy_data_is_loading (self->data))
    hammy_data_load_async (self->data, NULL, on_data_loaded_cb, NULL);

  return G_SOURCE_REMOVE;
}

static gboolean
hammy_window_make_today_page (gpointer user_data)
{
  ensure_today_page (HAMMY_WINDOW (user_data));

  return G_SOURCE_REMOVE;
}

/* What the first frame need not wait for, in the order it is wanted: the files start loading
 * on their thread, the notice (on a first run) is shown, then Today is made while the person
 * reads it. */
static void
on_first_frame_cb (GtkWindow *window,
                   gpointer   user_data)
{
  g_idle_add_full (G_PRIORITY_LOW, hammy_window_load_data, g_object_ref (window), g_object_unref);
  g_idle_add_full (G_PRIORITY_LOW, hammy_window_show_safety_notice, g_object_ref (window), g_object_unref);
  g_idle_add_full (G_PRIORITY_LOW, hammy_window_make_today_page, g_object_ref (window), g_object_unref);
}

static void
hammy_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hammy_window_parent_class)->map (widget);

  hammy_first_frame_connect (GTK_WINDOW (widget), on_first_frame_cb, NULL);
  tell_still_presenting (HAMMY_WINDOW (widget));
}

static void
hammy_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HammyWindow *self = HAMMY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, hammy_window_get_visible_page (self));
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->context != NULL && hammy_context_get_presenting (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HammyWindow *self = HAMMY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      hammy_context_set_presenting (self->context, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_window_dispose (GObject *object)
{
  HammyWindow *self = HAMMY_WINDOW (object);

  g_clear_handle_id (&self->switcher_bar_source, g_source_remove);
  g_clear_weak_pointer (&self->safety_notice);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->data);
  g_clear_object (&self->context);
  g_clear_pointer (&self->waiting_files, g_ptr_array_unref);
  g_clear_pointer (&self->postponed_files, g_ptr_array_unref);

  G_OBJECT_CLASS (hammy_window_parent_class)->dispose (object);
}

static void
hammy_window_class_init (HammyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hammy_window_dispose;
  object_class->get_property = hammy_window_get_property;
  object_class->set_property = hammy_window_set_property;

  widget_class->map = hammy_window_map;
  window_class->close_request = hammy_window_close_request;

  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The app's presentation mode, seen from the window for its toggle (win.present). */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAMMY_TYPE_TRIAGE_PAGE);
  g_type_ensure (HAMMY_TYPE_TODAY_PAGE);
  g_type_ensure (HAMMY_TYPE_HISTORY_PAGE);
  g_type_ensure (HAMMY_TYPE_LIBRARY_PAGE);
  g_type_ensure (HAMMY_TYPE_PROFILE_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, profile_switcher);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, library_slot);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, summary_page);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, summary_slot);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, today_slot);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, history_slot);
  gtk_widget_class_bind_template_child (widget_class, HammyWindow, triage_page);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_title_visible_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_add_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_name_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   hammy_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, hammy_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, hammy_window_show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", hammy_window_show_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.import-plan", NULL, hammy_window_import_plan_action);
  gtk_widget_class_install_action (widget_class, "win.export-plan", NULL, hammy_window_export_plan_action);
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, hammy_window_back_up_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL, hammy_window_restore_backup_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, hammy_window_print_handout_action);
  gtk_widget_class_install_action (widget_class, "win.visit-summary", NULL, hammy_window_visit_summary_action);
  gtk_widget_class_install_action (widget_class, "win.open-postponed", NULL, hammy_window_open_postponed_action);
  gtk_widget_class_install_action (widget_class, "win.add-demo-profile", NULL, hammy_window_add_demo_profile_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-profile", "s",
                                   hammy_window_undo_delete_profile_action);
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
}

static void
hammy_window_init (HammyWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->waiting_files = g_ptr_array_new_with_free_func (g_object_unref);
  self->postponed_files = g_ptr_array_new_with_free_func (g_object_unref);
  add_presenting_keys (self);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, on_primary_menu_button_create_popup_cb,
                                         self, NULL);

  /* A plan file or a backup dropped anywhere on the window opens with a preview. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/* The window makes nothing of its own: the pages get the app's one context. */
HammyWindow *
hammy_window_new (GtkApplication *application,
                  HammyContext   *context)
{
  HammyWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  self = g_object_new (HAMMY_TYPE_WINDOW, "application", application, NULL);
  self->context = g_object_ref (context);
  self->settings = g_object_ref (hammy_context_get_settings (context));
  self->data = g_object_ref (hammy_context_get_data (context));
  /* Only a window that opens presenting, as after a restart, says it still is. */
  self->presenting_told = !hammy_context_get_presenting (context);
  g_signal_connect_object (context, "notify::presenting",
                           G_CALLBACK (on_presentation_active_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
  g_signal_connect_object (self->data, "changed", G_CALLBACK (on_data_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->data, "problem", G_CALLBACK (on_data_problem_cb), self, G_CONNECT_SWAPPED);
  g_object_set (self->triage_page, "context", context, NULL);
  g_object_set (self->profile_switcher, "context", context, NULL);
  ensure_visible_page (self);
  update_file_actions (self);
  hammy_window_restore_state (self);

  return self;
}

const char *
hammy_window_get_visible_page (HammyWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
hammy_window_show_message (HammyWindow *self,
                           const char  *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (HAMMY_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* A toast title is markup; a message may carry a file name with an ampersand. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* A plan file or a backup from outside: checked, previewed, and only then used. */
void
hammy_window_open_file (HammyWindow *self,
                        GFile       *file)
{
  g_return_if_fail (HAMMY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!hammy_data_is_loaded (self->data))
    {
      g_ptr_array_add (self->waiting_files, g_object_ref (file));
      return;
    }
  if (hammy_data_is_read_only (self->data))
    {
      g_autofree char *message = g_strdup_printf (_("Nothing can be opened here. %s"),
                                                  hammy_data_get_read_only_reason (self->data));

      hammy_window_show_message (self, message);
      return;
    }

  /* Its preview names it and the profile it goes into: not for a shared screen. */
  if (!may_choose_files (self, "win.open-postponed", _("_Open")))
    {
      g_ptr_array_add (self->postponed_files, g_object_ref (file));
      return;
    }

  hammy_file_flows_open (GTK_WINDOW (self), self->context, file, report_to_window);
}

HammyContext *
hammy_window_get_context (HammyWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_WINDOW (self), NULL);

  return self->context;
}

HammyData *
hammy_window_get_data (HammyWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_WINDOW (self), NULL);

  return self->data;
}
