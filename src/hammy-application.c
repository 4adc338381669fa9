/* hammy-application.c: the application: app-wide actions, shortcuts and the style preference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-accessible.h"
#include "hammy-application.h"
#include "hammy-command-line.h"
#include "hammy-first-frame.h"
#include "hammy-paths.h"
#include "hammy-preferences-window.h"
#include "hammy-presentation.h"
#include "hammy-references.h"
#include "hammy-reminder-service.h"
#include "hammy-safety.h"
#include "hammy-today-page.h"
#include "hammy-window.h"

struct _HammyApplication
{
  AdwApplication     parent_instance;

  GSettings         *settings;
  HammyData         *data;
  HammyClock        *clock;         /* NULL for the real one; tests give a fake */
  HammyContext      *context;       /* what every window and page shares */
  HammyPresentation *presentation;  /* keeps private widgets hidden while presenting */
  HammyReminderService *reminders;  /* once reminders are on, after the first frame or at once in the background */
  guint              checkin_tries; /* how often a reminder's click has looked for Today yet */
};

G_DEFINE_FINAL_TYPE (HammyApplication, hammy_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *action;
  const char *accels[3];
} HammyAccel;

static const HammyAccel app_accels[] = {
  { "app.quit",              { "<Control>q", NULL } },
  { "app.preferences",       { "<Control>comma", NULL } },
  { "app.help",              { "F1", NULL } },
  { "window.close",          { "<Control>w", NULL } },
  { "win.show-page::triage", { "<Control>1", NULL } },
  { "win.show-page::today",  { "<Control>2", NULL } },
  { "win.show-page::history", { "<Control>3", NULL } },
  { "win.show-page::library", { "<Control>4", NULL } },
  { "win.search",            { "<Control>f", NULL } },
  { "win.print-handout",     { "<Control>p", NULL } },
  { "win.present",           { "F5", NULL } },
  /* What GTK gives gtk/help-overlay.ui; Hammy builds its shortcuts window when first asked. */
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

static void
apply_style_variant (HammyApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (variant, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (variant, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

/* Inside a Flatpak the app sees only its own files and the Documents folder (the manifest in
 * build-aux/ says why): whatever the command line writes has to go there. */
static gboolean
running_in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
add_command_line_options (HammyApplication *self)
{
  static const GOptionEntry entries[] = {
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Show the version of Hammy and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  if (running_in_flatpak ())
    g_application_set_option_context_description (G_APPLICATION (self),
      _("Hammy runs as a Flatpak here, so it can write only inside your Documents folder. "
        "Give every file you export from the command line a path there, such as "
        "~/Documents/handout.pdf."));
}

static void
on_settings_style_variant_changed_cb (GSettings        *settings,
                                      const char       *key,
                                      HammyApplication *self)
{
  apply_style_variant (self);
}

static void
on_show_uri_finished_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hammy_window_show_message (HAMMY_WINDOW (source),
                               _("The user guide could not be opened. Install the Help app (Yelp) to read it."));
}

static void
hammy_application_quit_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  HammyApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window first lets it save its state, as a click on its close button would. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
hammy_application_preferences_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  HammyApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  HammyPreferencesWindow *preferences = hammy_preferences_window_new (self->settings);
  HammyProfile *profile = hammy_data_is_loaded (self->data) ? hammy_data_get_current_profile (self->data) : NULL;

  if (profile != NULL)
    {
      g_autoptr(GObject) first = g_list_model_get_item (hammy_data_get_profiles (self->data), 0);

      hammy_preferences_window_set_profile (preferences, hammy_profile_get_id (profile),
                                            first == (GObject *) profile);
    }

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
hammy_application_help_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  HammyApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_show_uri_full (window, "help:hammy", GDK_CURRENT_TIME, NULL,
                     on_show_uri_finished_cb, NULL);
}

static void
hammy_application_about_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  HammyApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *notice = hammy_safety_notice_dup_body ();
  g_autofree char *references = hammy_references_format_all ();
  const char *developers[] = { _("The Hammy developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Hammy"),
                        "developer-name", _("The Hammy developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Calm, strengthen and return to running with a sore or tight hamstring.\n\n"
                                      "Hammy is guidance, not a diagnosis: it cannot examine you. "
                                      "The signs that mean you should see a clinician are under Legal, "
                                      "and in the user guide."),
                        "website", "https://github.com/hammyapp/hammy",
                        "issue-url", "https://github.com/hammyapp/hammy/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Hammy developers",
                        "developers", developers,
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  /* Sections use GTK_LICENSE_CUSTOM so the text is shown as written, with no licence link. */
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      hammy_safety_notice_get_title (),
                                      NULL, GTK_LICENSE_CUSTOM, notice);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("References"),
                                      NULL, GTK_LICENSE_CUSTOM, references);

  gtk_window_present (GTK_WINDOW (about));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *ensure_window (HammyApplication *self);

/* From a reminder: Today, in a window of its own if none is open. */
static void
hammy_application_show_today_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  HammyApplication *self = user_data;
  GtkWindow *window = ensure_window (self);

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today");
}

/* Asks Today for the check-in, and takes today's offer of it, so that Today does not offer it
 * a second time. Without the data yet, Today offers it on its own once it has read it, as on
 * the first opening of any morning it is due. */
static gboolean
ask_today_for_checkin (HammyApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *today = window != NULL ? find_descendant (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE) : NULL;
  g_autoptr(GDateTime) now = NULL;

  if (today == NULL || !hammy_data_is_loaded (self->data))
    return FALSE;

  now = hammy_context_dup_now (self->context);
  hammy_data_checkin_prompt_due (self->data, now);
  gtk_widget_activate_action (today, "today.check-in", NULL);
  return TRUE;
}

/* A new window makes Today soon after its first frame; until then, this looks again. */
#define CHECKIN_WAIT_MS 100
#define CHECKIN_WAIT_TIMES 100

static gboolean
ask_today_for_checkin_cb (gpointer user_data)
{
  HammyApplication *self = user_data;

  if (ask_today_for_checkin (self) || gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL ||
      ++self->checkin_tries >= CHECKIN_WAIT_TIMES)
    {
      self->checkin_tries = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* From the check-in reminder: the check-in itself, over Today. */
static void
hammy_application_show_checkin_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  HammyApplication *self = user_data;
  gboolean existed = gtk_application_get_active_window (GTK_APPLICATION (self)) != NULL;
  GtkWindow *window = ensure_window (self);

  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today");
  if (!existed || !ask_today_for_checkin (self))
    g_timeout_add_full (G_PRIORITY_LOW, CHECKIN_WAIT_MS, ask_today_for_checkin_cb, g_object_ref (self), g_object_unref);
}

static const GActionEntry app_entries[] = {
  { "show-today", hammy_application_show_today_action },
  { "show-checkin", hammy_application_show_checkin_action },
  { "quit", hammy_application_quit_action },
  { "preferences", hammy_application_preferences_action },
  { "help", hammy_application_help_action },
  { "about", hammy_application_about_action },
};

static int
hammy_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hammy %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* The handout, the summary, the log or a demo patient: done here, without a window, and
   * Hammy quits. */
  return hammy_command_line_run (hammy_application_get_context (HAMMY_APPLICATION (application)), options);
}

static void
start_reminders (HammyApplication *self)
{
  if (self->reminders == NULL && hammy_reminder_service_is_wanted (self->settings))
    self->reminders = hammy_reminder_service_new (G_APPLICATION (self), self->context);
}

static void
start_reminders_after_frame (GtkWindow *window,
                             gpointer   user_data)
{
  start_reminders (HAMMY_APPLICATION (gtk_window_get_application (window)));
}

/* Turned on: sent from now on, and Hammy starts in the background at login. Turned off: the
 * service stops holding the app, and the login entry goes. */
static void
on_settings_reminders_changed_cb (HammyApplication *self)
{
  gboolean wanted = hammy_reminder_service_is_wanted (self->settings);

  hammy_reminder_service_set_autostart (wanted);
  start_reminders (self);
}

static void
hammy_application_startup (GApplication *application)
{
  HammyApplication *self = HAMMY_APPLICATION (application);

  G_APPLICATION_CLASS (hammy_application_parent_class)->startup (application);
  hammy_accessible_init ();

  g_set_application_name (_("Hammy"));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);

  /* Kept across restarts: a restart during a call must not show what presenting hid. */
  g_settings_bind (self->settings, "presentation-mode", self->context, "presenting",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->settings, "changed::style-variant",
                           G_CALLBACK (on_settings_style_variant_changed_cb),
                           self, 0);
  apply_style_variant (self);

  g_signal_connect_object (self->settings, "changed::reminder-checkin",
                           G_CALLBACK (on_settings_reminders_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-session",
                           G_CALLBACK (on_settings_reminders_changed_cb), self, G_CONNECT_SWAPPED);
  /* Started at login or by a click on a reminder, without a window: the reminders at once. */
  if (g_application_get_flags (application) & G_APPLICATION_IS_SERVICE)
    start_reminders (self);
}

/* The window's icon is for the window list, not for the first frame: drawn from SVG, it would
 * load librsvg, gdk-pixbuf's SVG loader and the MIME database before the window could paint.
 * The first window gets it as soon as it has painted, and every window after it from the start. */
static void
set_window_icon (GtkWindow *window,
                 gpointer   user_data)
{
  gtk_window_set_default_icon_name (APPLICATION_ID);
  gtk_window_set_icon_name (window, APPLICATION_ID);
}

static GtkWindow *
ensure_window (HammyApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (hammy_window_new (GTK_APPLICATION (self), self->context));
      hammy_first_frame_watch (window);
      /* Nothing of the reminders on the first frame's path. */
      if (self->reminders == NULL && hammy_reminder_service_is_wanted (self->settings))
        hammy_first_frame_connect (window, start_reminders_after_frame, NULL);
      if (gtk_window_get_default_icon_name () == NULL)
        hammy_first_frame_connect (window, set_window_icon, NULL);
    }

  return window;
}

static void
hammy_application_activate (GApplication *application)
{
  gtk_window_present (ensure_window (HAMMY_APPLICATION (application)));
}

/* "Open With" from the file manager: a plan file or a backup, each with its preview. */
static void
hammy_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GtkWindow *window = ensure_window (HAMMY_APPLICATION (application));

  gtk_window_present (window);
  for (int i = 0; i < n_files; i++)
    hammy_window_open_file (HAMMY_WINDOW (window), files[i]);
}

/* Quitting waits until every save asked for is on disk. */
static void
hammy_application_shutdown (GApplication *application)
{
  HammyApplication *self = HAMMY_APPLICATION (application);

  hammy_data_flush (self->data);

  G_APPLICATION_CLASS (hammy_application_parent_class)->shutdown (application);
}

static void
hammy_application_dispose (GObject *object)
{
  HammyApplication *self = HAMMY_APPLICATION (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->presentation);
  g_clear_object (&self->context);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_application_parent_class)->dispose (object);
}

static void
hammy_application_constructed (GObject *object)
{
  HammyApplication *self = HAMMY_APPLICATION (object);
  g_autofree char *root = hammy_paths_dup_data_dir ();

  G_OBJECT_CLASS (hammy_application_parent_class)->constructed (object);

  /* Nothing is read yet: that waits for the first frame. */
  self->data = hammy_data_new (root, NULL);
  if (self->clock != NULL)
    hammy_data_set_clock (self->data, self->clock);
  self->context = hammy_context_new (self->data, self->settings, self->clock);
  self->presentation = hammy_presentation_new (self->context);
}

static void
hammy_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HammyApplication *self = HAMMY_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, hammy_context_get_clock (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HammyApplication *self = HAMMY_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_application_class_init (HammyApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = hammy_application_constructed;
  object_class->dispose = hammy_application_dispose;
  object_class->get_property = hammy_application_get_property;
  object_class->set_property = hammy_application_set_property;

  /* What the whole app keeps time with: the real clock unless a test gives a fake one. */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, HAMMY_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  app_class->startup = hammy_application_startup;
  app_class->activate = hammy_application_activate;
  app_class->open = hammy_application_open;
  app_class->handle_local_options = hammy_application_handle_local_options;
  app_class->shutdown = hammy_application_shutdown;
}

static void
hammy_application_init (HammyApplication *self)
{
  /* The schema id is the same for the stable and the development build: one set of preferences. */
  self->settings = g_settings_new ("io.github.hammyapp.Hammy");
  add_command_line_options (self);
  hammy_command_line_add_options (G_APPLICATION (self));
}


HammyApplication *
hammy_application_new (const char        *application_id,
                       GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (HAMMY_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

HammyContext *
hammy_application_get_context (HammyApplication *self)
{
  g_return_val_if_fail (HAMMY_IS_APPLICATION (self), NULL);

  return self->context;
}

HammyData *
hammy_application_get_data (HammyApplication *self)
{
  g_return_val_if_fail (HAMMY_IS_APPLICATION (self), NULL);

  return self->data;
}

GSettings *
hammy_application_get_settings (HammyApplication *self)
{
  g_return_val_if_fail (HAMMY_IS_APPLICATION (self), NULL);

  return self->settings;
}
