/* hammy-reminders.c: when to remind a person of the morning check-in and the day's session,
 * read off the clock, and whether a reminder applies today and what it says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-reminders"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-reminders.h"

/* The clock is read at least this often while waiting: a timer does not count while the
 * computer sleeps, the clock does. */
#define LONGEST_WAIT_SECONDS 60

typedef struct
{
  gboolean on;
  guint    minute;   /* after local midnight */
  GDate    sent;     /* the day it was last due */
} Time;

struct _HammyReminders
{
  GObject     parent_instance;

  HammyClock *clock;
  Time        times[HAMMY_REMINDER_COUNT];
  GDateTime  *checked;   /* the last reading of the clock: times up to it are done */
  guint       wait_id;
};

G_DEFINE_ENUM_TYPE (HammyReminder, hammy_reminder,
                    G_DEFINE_ENUM_VALUE (HAMMY_REMINDER_CHECKIN, "checkin"),
                    G_DEFINE_ENUM_VALUE (HAMMY_REMINDER_SESSION, "session"))

G_DEFINE_FINAL_TYPE (HammyReminders, hammy_reminders, G_TYPE_OBJECT)

enum {
  SIGNAL_DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void arm (HammyReminders *self);

/* @reminder's time on the day of @now, in local time. */
static GDateTime *
time_on_day (HammyReminders *self,
             HammyReminder   reminder,
             GDateTime      *now)
{
  guint minute = self->times[reminder].minute;

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), minute / 60, minute % 60, 0);
}

static void
date_of (GDateTime *time,
         GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
}

static gboolean
on_wait_cb (gpointer data)
{
  HammyReminders *self = data;

  self->wait_id = 0;
  hammy_reminders_check (self);
  return G_SOURCE_REMOVE;
}

/* Until the next time, or a minute, whichever comes first. */
static void
arm (HammyReminders *self)
{
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) now = NULL;
  gint64 seconds;

  g_clear_handle_id (&self->wait_id, g_source_remove);

  next = hammy_reminders_dup_next (self, NULL);
  if (next == NULL)
    return;

  now = hammy_clock_dup_wall_time (self->clock);
  seconds = g_date_time_difference (next, now) / G_USEC_PER_SEC;
  self->wait_id = g_timeout_add_seconds ((guint) CLAMP (seconds, 1, LONGEST_WAIT_SECONDS), on_wait_cb, self);
  g_source_set_name_by_id (self->wait_id, "[hammy] reminders");
}

static void
on_day_changed_cb (HammyClock     *clock,
                   HammyReminders *self)
{
  hammy_reminders_check (self);
}

static void
hammy_reminders_dispose (GObject *object)
{
  HammyReminders *self = HAMMY_REMINDERS (object);

  g_clear_handle_id (&self->wait_id, g_source_remove);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->checked, g_date_time_unref);

  G_OBJECT_CLASS (hammy_reminders_parent_class)->dispose (object);
}

static void
hammy_reminders_class_init (HammyRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_reminders_dispose;

  /* A reminder's time is reached: the receiver asks HammyToday whether it applies. */
  signals[SIGNAL_DUE] =
    g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HAMMY_TYPE_REMINDER);
}

static void
hammy_reminders_init (HammyReminders *self)
{
  self->times[HAMMY_REMINDER_CHECKIN].minute = 8 * 60;
  self->times[HAMMY_REMINDER_SESSION].minute = 18 * 60;
  for (guint i = 0; i < HAMMY_REMINDER_COUNT; i++)
    g_date_clear (&self->times[i].sent, 1);
}

/**
 * hammy_reminders_new:
 *
 * All reminders start off. Times from now on count: a time earlier today is not sent.
 */
HammyReminders *
hammy_reminders_new (HammyClock *clock)
{
  HammyReminders *self;

  g_return_val_if_fail (HAMMY_IS_CLOCK (clock), NULL);

  self = g_object_new (HAMMY_TYPE_REMINDERS, NULL);
  self->clock = g_object_ref (clock);
  self->checked = hammy_clock_dup_wall_time (clock);
  hammy_clock_watch_days (clock);
  g_signal_connect (clock, "day-changed", G_CALLBACK (on_day_changed_cb), self);

  return self;
}

/* A time moved past now is not sent today; moved ahead of now, it is. */
void
hammy_reminders_set_time (HammyReminders *self,
                          HammyReminder   reminder,
                          gboolean        on,
                          guint           minute)
{
  g_return_if_fail (HAMMY_IS_REMINDERS (self));
  g_return_if_fail ((guint) reminder < HAMMY_REMINDER_COUNT);
  g_return_if_fail (minute < HAMMY_REMINDER_MINUTES_PER_DAY);

  self->times[reminder].on = !!on;
  self->times[reminder].minute = minute;
  arm (self);
}

/**
 * hammy_reminders_dup_next:
 * @reminder: (out) (optional): which one
 *
 * Returns: (nullable): the next time a reminder is due, after the last check; %NULL when all
 * are off.
 */
GDateTime *
hammy_reminders_dup_next (HammyReminders *self,
                          HammyReminder  *reminder)
{
  GDateTime *best = NULL;
  HammyReminder best_reminder = HAMMY_REMINDER_CHECKIN;

  g_return_val_if_fail (HAMMY_IS_REMINDERS (self), NULL);

  for (guint i = 0; i < HAMMY_REMINDER_COUNT; i++)
    {
      GDateTime *time;
      GDate day;

      if (!self->times[i].on)
        continue;

      time = time_on_day (self, i, self->checked);
      date_of (time, &day);
      if (g_date_time_compare (time, self->checked) <= 0 ||
          (g_date_valid (&self->times[i].sent) && g_date_compare (&self->times[i].sent, &day) == 0))
        {
          GDateTime *tomorrow = g_date_time_add_days (self->checked, 1);

          g_date_time_unref (time);
          time = time_on_day (self, i, tomorrow);
          g_date_time_unref (tomorrow);
        }

      if (best == NULL || g_date_time_compare (time, best) < 0)
        {
          g_clear_pointer (&best, g_date_time_unref);
          best = time;
          best_reminder = i;
        }
      else
        g_date_time_unref (time);
    }

  if (reminder != NULL)
    *reminder = best_reminder;
  return best;
}

/**
 * hammy_reminders_check:
 *
 * Reads the clock and emits "due" for each time reached since the last check, today's only,
 * earlier first. The app calls it on a timer; tests call it after moving a fake clock.
 */
void
hammy_reminders_check (HammyReminders *self)
{
  g_autoptr(GDateTime) now = NULL;
  GArray *due;
  GDate today;

  g_return_if_fail (HAMMY_IS_REMINDERS (self));

  now = hammy_clock_dup_wall_time (self->clock);
  date_of (now, &today);
  due = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < HAMMY_REMINDER_COUNT; i++)
    {
      g_autoptr(GDateTime) time = NULL;

      if (!self->times[i].on)
        continue;
      if (g_date_valid (&self->times[i].sent) && g_date_compare (&self->times[i].sent, &today) == 0)
        continue;

      /* Reached since the last reading, or before it when that was yesterday (woken today). */
      time = time_on_day (self, i, now);
      if (g_date_time_compare (time, now) <= 0 && g_date_time_compare (time, self->checked) > 0)
        {
          self->times[i].sent = today;
          g_array_append_val (due, i);
        }
    }

  g_clear_pointer (&self->checked, g_date_time_unref);
  self->checked = g_date_time_ref (now);

  /* The earlier time first, when one reading passes both. */
  if (due->len == 2 && self->times[g_array_index (due, guint, 1)].minute < self->times[g_array_index (due, guint, 0)].minute)
    {
      guint first = g_array_index (due, guint, 1);

      g_array_index (due, guint, 1) = g_array_index (due, guint, 0);
      g_array_index (due, guint, 0) = first;
    }

  g_object_ref (self);
  for (guint i = 0; i < due->len; i++)
    g_signal_emit (self, signals[SIGNAL_DUE], 0, (HammyReminder) g_array_index (due, guint, i));
  g_array_unref (due);
  arm (self);
  g_object_unref (self);
}

/**
 * hammy_reminder_applies:
 * @today: the person's day, worked out at the reminder's time
 *
 * Returns: whether to send @reminder: a plan is in use and, for the session, something is
 * still to do today and it is not a rest day; for the check-in, the check-in is due.
 */
gboolean
hammy_reminder_applies (HammyReminder  reminder,
                        HammyToday    *today)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (today), FALSE);

  if (hammy_today_get_state (today) != HAMMY_TODAY_TRAINING)
    return FALSE;

  switch (reminder)
    {
    case HAMMY_REMINDER_CHECKIN:
      return hammy_today_checkin_is_due (today);
    case HAMMY_REMINDER_SESSION:
      return !hammy_today_is_rest_day (today) && hammy_today_get_done (today) != HAMMY_TODAY_DONE_FULL &&
             hammy_today_has_session (today, HAMMY_TODAY_SESSION_MAIN);
    default:
      return FALSE;
    }
}

/**
 * hammy_reminder_profile_is_on:
 * @profiles: the "reminder-profiles" setting: a{sb}, profile id to on or off
 * @first: whether the profile is the first one
 *
 * A profile's own choice, or else on for the first profile only: a clinic machine with many
 * patients does not remind about each of them unless asked.
 */
gboolean
hammy_reminder_profile_is_on (GVariant   *profiles,
                              const char *profile_id,
                              gboolean    first)
{
  gboolean on;

  g_return_val_if_fail (profiles != NULL && g_variant_is_of_type (profiles, G_VARIANT_TYPE ("a{sb}")), FALSE);
  g_return_val_if_fail (profile_id != NULL, FALSE);

  if (g_variant_lookup (profiles, profile_id, "b", &on))
    return on;
  return first;
}

/**
 * hammy_reminder_dup_text:
 * @name: (nullable): whose reminder it is, when there is more than one person and the screen
 *   is not being shared; %NULL says no name
 *
 * What the notification says.
 */
void
hammy_reminder_dup_text (HammyReminder   reminder,
                         const char     *name,
                         char          **title,
                         char          **body)
{
  g_return_if_fail (title != NULL && body != NULL);

  switch (reminder)
    {
    case HAMMY_REMINDER_CHECKIN:
      *title = name != NULL ? g_strdup_printf (_("Morning check-in for %s"), name)
                            : g_strdup (_("Time for your morning check-in"));
      *body = g_strdup (_("How did your hamstring take yesterday? Answering takes a minute, and your plan adjusts to it."));
      break;

    case HAMMY_REMINDER_SESSION:
    default:
      *title = name != NULL ? g_strdup_printf (_("Today’s exercises for %s"), name)
                            : g_strdup (_("Your exercises for today"));
      *body = g_strdup (_("Your plan has exercises due today. Open Hammy when you are ready to start."));
      break;
    }
}
