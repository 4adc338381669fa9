/* hammy-reminder-service.c: the reminders as notifications, also with Hammy's window closed:
 * the settings applied to HammyReminders, each due reminder sent when it applies today, the
 * application held while any is on, and the entry that starts Hammy in the background at login.
 *
 * Outside a sandbox, an XDG autostart entry starts `hammy --gapplication-service` at login: a
 * background instance with no window. Inside Flatpak the background portal does the same
 * (set_autostart's one branch); everything else is the same in both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-reminder-service"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hammy-reminder-service.h"
#include "hammy-reminders.h"
#include "hammy-today.h"

struct _HammyReminderService
{
  GObject         parent_instance;

  GApplication   *application;   /* not owned: it owns the service */
  HammyContext   *context;
  HammyReminders *reminders;
  gboolean        held;
  guint           waiting;       /* reminders due while the data was being read, as bits */
};

G_DEFINE_FINAL_TYPE (HammyReminderService, hammy_reminder_service, G_TYPE_OBJECT)

static const char * const notification_ids[HAMMY_REMINDER_COUNT] = {
  [HAMMY_REMINDER_CHECKIN] = "reminder-checkin",
  [HAMMY_REMINDER_SESSION] = "reminder-session",
};

/* A click opens the check-in itself, or Today. */
static const char * const notification_actions[HAMMY_REMINDER_COUNT] = {
  [HAMMY_REMINDER_CHECKIN] = "app.show-checkin",
  [HAMMY_REMINDER_SESSION] = "app.show-today",
};

static GSettings *
get_settings (HammyReminderService *self)
{
  return hammy_context_get_settings (self->context);
}

static gboolean
profile_is_on (HammyReminderService *self)
{
  HammyData *data = hammy_context_get_data (self->context);
  HammyProfile *profile = hammy_data_get_current_profile (data);
  GListModel *profiles = hammy_data_get_profiles (data);
  g_autoptr(GObject) first = g_list_model_get_n_items (profiles) > 0 ? g_list_model_get_item (profiles, 0) : NULL;
  g_autoptr(GVariant) choices = g_settings_get_value (get_settings (self), "reminder-profiles");

  if (profile == NULL)
    return FALSE;

  return hammy_reminder_profile_is_on (choices, hammy_profile_get_id (profile), first == (GObject *) profile);
}

/* The person's name only where it helps and no one else can see it: more than one profile,
 * and not while presenting. */
static const char *
name_to_show (HammyReminderService *self)
{
  HammyData *data = hammy_context_get_data (self->context);
  HammyProfile *profile = hammy_data_get_current_profile (data);

  if (profile == NULL || hammy_context_get_presenting (self->context) ||
      g_list_model_get_n_items (hammy_data_get_profiles (data)) < 2)
    return NULL;

  return hammy_profile_get_name (profile);
}

static void
send (HammyReminderService *self,
      HammyReminder         reminder)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(HammyToday) today = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (!profile_is_on (self))
    return;

  today = hammy_today_new (hammy_context_get_data (self->context), now);
  if (!hammy_reminder_applies (reminder, today))
    {
      g_debug ("Reminder %s: nothing to remind of today", notification_ids[reminder]);
      g_application_withdraw_notification (self->application, notification_ids[reminder]);
      return;
    }

  hammy_reminder_dup_text (reminder, name_to_show (self), &title, &body);
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, notification_actions[reminder]);
  g_application_send_notification (self->application, notification_ids[reminder], notification);
}

static void
on_data_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HammyReminderService) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_data_load_finish (HAMMY_DATA (source), result, &error))
    g_debug ("No reminders: the data could not be read: %s", error->message);

  for (guint i = 0; i < HAMMY_REMINDER_COUNT; i++)
    if (self->waiting & (1u << i) && hammy_data_is_loaded (HAMMY_DATA (source)))
      send (self, i);
  self->waiting = 0;
}

/* The background instance reads the data only when a reminder needs it. */
static void
on_due_cb (HammyReminders       *reminders,
           HammyReminder         reminder,
           HammyReminderService *self)
{
  HammyData *data = hammy_context_get_data (self->context);

  if (hammy_data_is_loaded (data))
    {
      send (self, reminder);
      return;
    }

  self->waiting |= 1u << reminder;
  if (!hammy_data_is_loading (data))
    hammy_data_load_async (data, NULL, on_data_loaded_cb, g_object_ref (self));
}

static void
apply_settings (HammyReminderService *self)
{
  GSettings *settings = get_settings (self);
  gboolean wanted = hammy_reminder_service_is_wanted (settings);

  hammy_reminders_set_time (self->reminders, HAMMY_REMINDER_CHECKIN,
                            g_settings_get_boolean (settings, "reminder-checkin"),
                            g_settings_get_uint (settings, "reminder-checkin-time"));
  hammy_reminders_set_time (self->reminders, HAMMY_REMINDER_SESSION,
                            g_settings_get_boolean (settings, "reminder-session"),
                            g_settings_get_uint (settings, "reminder-session-time"));

  /* While a reminder is on, closing the window leaves Hammy running to send it. */
  if (wanted && !self->held)
    g_application_hold (self->application);
  else if (!wanted && self->held)
    g_application_release (self->application);
  self->held = wanted;
}

static void
on_settings_changed_cb (GSettings            *settings,
                        const char           *key,
                        HammyReminderService *self)
{
  if (g_str_has_prefix (key, "reminder-"))
    apply_settings (self);
}

static void
hammy_reminder_service_dispose (GObject *object)
{
  HammyReminderService *self = HAMMY_REMINDER_SERVICE (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (get_settings (self), self);
  if (self->held)
    g_application_release (self->application);
  self->held = FALSE;
  g_clear_object (&self->reminders);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hammy_reminder_service_parent_class)->dispose (object);
}

static void
hammy_reminder_service_class_init (HammyReminderServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_reminder_service_dispose;
}

static void
hammy_reminder_service_init (HammyReminderService *self)
{
}

HammyReminderService *
hammy_reminder_service_new (GApplication *application,
                            HammyContext *context)
{
  HammyReminderService *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  self = g_object_new (HAMMY_TYPE_REMINDER_SERVICE, NULL);
  self->application = application;
  self->context = g_object_ref (context);
  self->reminders = hammy_reminders_new (hammy_context_get_clock (context));
  g_signal_connect (self->reminders, "due", G_CALLBACK (on_due_cb), self);
  g_signal_connect (get_settings (self), "changed", G_CALLBACK (on_settings_changed_cb), self);
  apply_settings (self);

  return self;
}

/* Reads the clock now, rather than at the next minute: for tests on a fake clock. */
void
hammy_reminder_service_check (HammyReminderService *self)
{
  g_return_if_fail (HAMMY_IS_REMINDER_SERVICE (self));

  hammy_reminders_check (self->reminders);
}

gboolean
hammy_reminder_service_is_wanted (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  return g_settings_get_boolean (settings, "reminder-checkin") || g_settings_get_boolean (settings, "reminder-session");
}

char *
hammy_reminder_service_dup_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop", NULL);
}

/* The background portal: Flatpak's way to be started at login. */
static void
request_background (gboolean on)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  const char * const commandline[] = { "hammy", "--gapplication-service", NULL };
  GVariantBuilder options;

  if (bus == NULL)
    return;

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (on));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Hammy sends your reminders while its window is closed.")));
  g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.portal.Background", "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options), NULL, G_DBUS_CALL_FLAGS_NONE, -1,
                          NULL, NULL, NULL);
}

/**
 * hammy_reminder_service_set_autostart:
 *
 * Starts Hammy in the background at login while @on, with this very executable; turning
 * reminders off removes the entry again.
 */
void
hammy_reminder_service_set_autostart (gboolean on)
{
  g_autofree char *path = hammy_reminder_service_dup_autostart_path ();
  g_autoptr(GError) error = NULL;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      request_background (on);
      return;
    }

  if (!on)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("The login entry for reminders could not be removed: %s", g_strerror (errno));
      return;
    }

  {
    g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
    g_autofree char *quoted = g_shell_quote (exe != NULL ? exe : "hammy");
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\n"
                                              "Type=Application\n"
                                              "Name=Hammy\n"
                                              "Comment=Hammy's reminders, sent while its window is closed\n"
                                              "Exec=%s --gapplication-service\n"
                                              "NoDisplay=true\n"
                                              "X-GNOME-Autostart-enabled=true\n",
                                              quoted);

    if (g_mkdir_with_parents (dir, 0700) != 0 ||
        !g_file_set_contents (path, entry, -1, &error))
      g_warning ("The login entry for reminders could not be written: %s",
                 error != NULL ? error->message : g_strerror (errno));
  }
}
