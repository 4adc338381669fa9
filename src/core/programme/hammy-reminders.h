/* hammy-reminders.h: when to remind a person of the morning check-in and the day's session,
 * read off the clock, and whether a reminder applies today and what it says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-clock.h"
#include "hammy-today.h"

G_BEGIN_DECLS

/* Each reminder has a time of day the person chooses. At that time, HammyReminders emits "due";
 * whoever sends it asks HammyToday, at that moment, whether it applies: the session only on a
 * day something is still due, never on a rest day; the check-in only when it is due.
 *
 * A time is reached once a day. The clock is read again at least every minute and whenever
 * "day-changed" says midnight passed or the computer woke, so a suspend over a reminder's time
 * brings it as soon as the computer wakes the same day; yesterday's missed times are not sent. */

typedef enum
{
  HAMMY_REMINDER_CHECKIN,
  HAMMY_REMINDER_SESSION,
} HammyReminder;

#define HAMMY_REMINDER_COUNT (HAMMY_REMINDER_SESSION + 1)
#define HAMMY_REMINDER_MINUTES_PER_DAY (24 * 60)

#define HAMMY_TYPE_REMINDER (hammy_reminder_get_type ())
#define HAMMY_TYPE_REMINDERS (hammy_reminders_get_type ())

GType hammy_reminder_get_type (void);

G_DECLARE_FINAL_TYPE (HammyReminders, hammy_reminders, HAMMY, REMINDERS, GObject)

HammyReminders *hammy_reminders_new          (HammyClock     *clock);
void            hammy_reminders_set_time     (HammyReminders *self,
                                              HammyReminder   reminder,
                                              gboolean        on,
                                              guint           minute);
GDateTime      *hammy_reminders_dup_next     (HammyReminders *self,
                                              HammyReminder  *reminder);
void            hammy_reminders_check        (HammyReminders *self);

gboolean        hammy_reminder_applies       (HammyReminder   reminder,
                                              HammyToday     *today);
gboolean        hammy_reminder_profile_is_on (GVariant       *profiles,
                                              const char     *profile_id,
                                              gboolean        first);
void            hammy_reminder_dup_text      (HammyReminder   reminder,
                                              const char     *name,
                                              char          **title,
                                              char          **body);

G_END_DECLS
