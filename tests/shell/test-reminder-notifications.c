/* test-reminder-notifications.c: Hammy in the background, with no window, against a mock
 * notification service on a private session bus (python3-dbusmock, GLib's freedesktop backend):
 * the check-in reminder arrives on a check-in day, nothing comes for the session on a rest day,
 * a click on the reminder opens the check-in, a missed check-in is reminded of again the next
 * morning, and the session reminder comes on a training day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-checkin-dialog.h"
#include "hammy-paths.h"
#include "hammy-reminder-service.h"
#include "hammy-safety.h"
#include "hammy-test-programme.h"
#include "hammy-test-utils.h"

#define NOTIFICATIONS_NAME "org.freedesktop.Notifications"
#define NOTIFICATIONS_PATH "/org/freedesktop/Notifications"

static GDBusConnection *bus;

/* The summaries of every Notify call the mock received, one a line. */
static char *
dup_summaries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, NOTIFICATIONS_NAME, NOTIFICATIONS_PATH,
                                                           "org.freedesktop.DBus.Mock", "GetCalls", NULL,
                                                           G_VARIANT_TYPE ("(a(tsav))"), G_DBUS_CALL_FLAGS_NONE,
                                                           -1, NULL, &error);
  g_autoptr(GVariantIter) calls = NULL;
  g_autoptr(GVariantIter) args = NULL;
  GString *summaries = g_string_new (NULL);
  const char *method;
  guint64 when;

  g_assert_no_error (error);
  g_variant_get (reply, "(a(tsav))", &calls);
  while (g_variant_iter_next (calls, "(t&sav)", &when, &method, &args))
    {
      if (g_str_equal (method, "Notify"))
        {
          g_autoptr(GVariant) summary = NULL;

          for (guint i = 0; i <= 3; i++)
            {
              g_clear_pointer (&summary, g_variant_unref);
              g_variant_iter_next (args, "v", &summary);
            }
          g_string_append_printf (summaries, "%s\n", g_variant_get_string (summary, NULL));
        }
      g_clear_pointer (&args, g_variant_iter_free);
    }

  return g_string_free (summaries, FALSE);
}

static gboolean
summaries_are (const char *expected)
{
  g_autofree char *summaries = dup_summaries ();

  return g_str_equal (summaries, expected);
}

static GSubprocess *
start_mock (void)
{
  g_autoptr(GError) error = NULL;
  /* Debian's python3 with python3-dbusmock: another python3 may stand earlier on PATH. */
  GSubprocess *mock = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, "/usr/bin/python3", "-m", "dbusmock",
                                        "--template", "notification_daemon", NULL);
  gboolean owned = FALSE;

  g_assert_no_error (error);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 200 && !owned; i++)
    {
      g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                               "org.freedesktop.DBus", "NameHasOwner",
                                                               g_variant_new ("(s)", NOTIFICATIONS_NAME),
                                                               G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                                               -1, NULL, NULL);

      if (reply != NULL)
        g_variant_get (reply, "(b)", &owned);
      if (!owned)
        g_usleep (50 * 1000);
    }
  g_assert_true (owned);

  return mock;
}

static void
set_time (HammyClock  *clock,
          const GDate *first,
          int          days,
          int          hour,
          int          minute)
{
  GDate day = *first;

  g_date_add_days (&day, days);
  hammy_test_set_time (clock, &day, hour, minute);
}

static void
test_background (void)
{
  g_autoptr(GSubprocess) mock = start_mock ();
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, 2, 8, 0, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (start);
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *autostart = hammy_reminder_service_dup_autostart_path ();
  g_autoptr(HammyApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 2, 3, 2026);

  /* Monday: a check and a whole session in the evening; Tuesday is a rest day and the
   * morning the check-in about Monday is due (tests/fixtures: the "checkin" scenario). */
  {
    g_autoptr(HammyData) seed = hammy_data_new (root, library);
    g_autoptr(JsonNode) answers = json_from_string (HAMMY_TEST_ANSWERS_TIGHT, &error);
    g_autoptr(GDateTime) now = NULL;
    g_autoptr(HammyAssessment) assessment = NULL;

    g_assert_no_error (error);
    hammy_data_set_clock (seed, clock);
    g_assert_true (hammy_test_load_data (seed));
    now = hammy_clock_dup_wall_time (clock);
    assessment = hammy_test_check (seed, now, json_node_get_object (answers));
    set_time (clock, &first, 0, 18, 0);
    g_assert_true (hammy_test_train (seed, HAMMY_TODAY_SESSION_MAIN, 1, 0));
    hammy_data_flush (seed);
    /* Gone, with its hold on the data folder: the app's data is not read-only. */
    hammy_test_unref_and_wait_finalized (g_steal_pointer (&seed));
  }

  /* The reminders chosen: the check-in at 08:30, the session at 08:45. Turning one on writes
   * the login entry that starts Hammy in the background. */
  hammy_test_reset_settings (settings);
  g_settings_set_uint (settings, "safety-notice-seen", HAMMY_SAFETY_NOTICE_VERSION);
  g_settings_set_uint (settings, "reminder-checkin-time", 8 * 60 + 30);
  g_settings_set_uint (settings, "reminder-session-time", 8 * 60 + 45);
  g_settings_set_boolean (settings, "reminder-checkin", TRUE);
  g_settings_set_boolean (settings, "reminder-session", TRUE);

  /* Monday night, Hammy started as the login entry starts it: no window. */
  set_time (clock, &first, 0, 23, 0);
  app = g_object_new (HAMMY_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID ".Test",
                      "flags", G_APPLICATION_IS_SERVICE,
                      "resource-base-path", RESOURCE_PATH,
                      "clock", clock,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  /* Turned on before Hammy ran: this instance writes the entry as the setting changes. */
  g_settings_set_boolean (settings, "reminder-session", FALSE);
  g_settings_set_boolean (settings, "reminder-session", TRUE);
  g_assert_true (g_file_test (autostart, G_FILE_TEST_EXISTS));
  {
    g_autofree char *entry = NULL;

    g_assert_true (g_file_get_contents (autostart, &entry, NULL, NULL));
    g_assert_nonnull (strstr (entry, "--gapplication-service"));
  }

  /* Tuesday 09:00: the check-in reminder arrives; the session's does not, on a rest day. */
  set_time (clock, &first, 1, 9, 0);
  g_assert_true (hammy_test_wait_until (summaries_are ("Time for your morning check-in\n"), HAMMY_TEST_WAIT_MS));
  hammy_test_run_for (300);
  g_assert_true (summaries_are ("Time for your morning check-in\n"));
  g_assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_false (hammy_data_is_read_only (hammy_application_get_data (app)));

  /* A click on it: the window opens on the check-in itself. */
  g_dbus_connection_call_sync (bus, NOTIFICATIONS_NAME, NOTIFICATIONS_PATH, "org.freedesktop.DBus.Mock", "EmitSignal",
                               g_variant_new_parsed ("('org.freedesktop.Notifications', 'ActionInvoked', 'us', [<uint32 1>, <'default'>])"),
                               NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hammy_test_wait_until (gtk_application_get_active_window (GTK_APPLICATION (app)) != NULL, HAMMY_TEST_WAIT_MS));
  g_assert_nonnull (hammy_test_wait_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
  g_assert_nonnull (gtk_application_get_active_window (GTK_APPLICATION (app)));
  gtk_window_destroy (hammy_test_find_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
  gtk_window_destroy (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* Wednesday: the check-in about Monday was missed, so it is due again; and exercises are. */
  set_time (clock, &first, 2, 9, 0);
#define WEDNESDAY "Time for your morning check-in\nTime for your morning check-in\nYour exercises for today\n"
  g_assert_true (hammy_test_wait_until (summaries_are (WEDNESDAY), HAMMY_TEST_WAIT_MS));
  hammy_test_run_for (300);
  g_assert_true (summaries_are (WEDNESDAY));
#undef WEDNESDAY

  /* All reminders off: the login entry goes. */
  g_settings_set_boolean (settings, "reminder-checkin", FALSE);
  g_settings_set_boolean (settings, "reminder-session", FALSE);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));

  hammy_data_flush (hammy_application_get_data (app));
  hammy_test_reset_settings (settings);
  g_subprocess_force_exit (mock);
  g_clear_object (&bus);
}

int
main (int   argc,
      char *argv[])
{
  /* GLib's freedesktop backend talks to org.freedesktop.Notifications, which the mock is. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/reminder-notifications/background", test_background);

  return g_test_run ();
}
