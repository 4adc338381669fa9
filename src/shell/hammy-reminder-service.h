/* hammy-reminder-service.h: the reminders as notifications, also with Hammy's window closed:
 * the settings applied to HammyReminders, each due reminder sent when it applies today, the
 * application held while any is on, and the entry that starts Hammy in the background at login.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-context.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_REMINDER_SERVICE (hammy_reminder_service_get_type ())

G_DECLARE_FINAL_TYPE (HammyReminderService, hammy_reminder_service, HAMMY, REMINDER_SERVICE, GObject)

HammyReminderService *hammy_reminder_service_new            (GApplication         *application,
                                                             HammyContext         *context);
void                  hammy_reminder_service_check          (HammyReminderService *self);

gboolean              hammy_reminder_service_is_wanted      (GSettings            *settings);
char                 *hammy_reminder_service_dup_autostart_path (void);
void                  hammy_reminder_service_set_autostart  (gboolean              on);

G_END_DECLS
