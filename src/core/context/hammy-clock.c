/* hammy-clock.c: the one place Hammy asks what time it is: a monotonic clock for timers, a
 * boot-time clock that keeps counting through suspend, the wall time and today's date, and a
 * "day-changed" signal at midnight and after a suspend; or a fake that moves only when told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include "hammy-clock.h"

/* Where a fake clock's readings begin: not zero, so that code taking zero for "unset" fails. */
#define FAKE_MONOTONIC_START (G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC)
#define FAKE_BOOTTIME_START  (G_GINT64_CONSTANT (5000) * G_USEC_PER_SEC)

struct _HammyClock
{
  GObject    parent_instance;

  gboolean   fake;
  gint64     monotonic_us;   /* fake only */
  gint64     boottime_us;    /* fake only */
  GDateTime *wall_start;     /* fake only: the wall time at FAKE_BOOTTIME_START */

  GDate      day;            /* the local date last seen, for "day-changed" */
  guint      day_source;     /* real only, while watching */
};

G_DEFINE_FINAL_TYPE (HammyClock, hammy_clock, G_TYPE_OBJECT)

enum {
  SIGNAL_DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The longest a real clock waits between looks at the date. Timers stand still while the
 * computer sleeps, so after a suspend the new day is noticed within this long of waking. */
#define DAY_CHECK_MAX_SECONDS 60

static void arm_day_check (HammyClock *self);

static void
check_day (HammyClock *self)
{
  GDate today;

  hammy_clock_get_today (self, &today);
  if (!g_date_valid (&self->day))
    {
      self->day = today;
      return;
    }
  if (g_date_compare (&today, &self->day) == 0)
    return;

  self->day = today;
  g_signal_emit (self, signals[SIGNAL_DAY_CHANGED], 0);
}

static gboolean
on_day_check_cb (gpointer user_data)
{
  HammyClock *self = user_data;

  self->day_source = 0;
  check_day (self);
  arm_day_check (self);

  return G_SOURCE_REMOVE;
}

/* Wakes a second after midnight, or sooner to notice a suspend; never more often than that. */
static void
arm_day_check (HammyClock *self)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (self);
  guint to_midnight = 24 * 3600 - (g_date_time_get_hour (now) * 3600 +
                                   g_date_time_get_minute (now) * 60 +
                                   g_date_time_get_second (now));

  self->day_source = g_timeout_add_seconds (MIN (to_midnight + 1, DAY_CHECK_MAX_SECONDS),
                                            on_day_check_cb, self);
}

static void
hammy_clock_finalize (GObject *object)
{
  HammyClock *self = HAMMY_CLOCK (object);

  g_clear_handle_id (&self->day_source, g_source_remove);
  g_clear_pointer (&self->wall_start, g_date_time_unref);

  G_OBJECT_CLASS (hammy_clock_parent_class)->finalize (object);
}

static void
hammy_clock_class_init (HammyClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_clock_finalize;

  /* The local date is not what it was: at midnight, after a suspend, or a fake clock moved on. */
  signals[SIGNAL_DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hammy_clock_init (HammyClock *self)
{
  g_date_clear (&self->day, 1);
}

/* The real clock, shared; never freed. */
HammyClock *
hammy_clock_get_default (void)
{
  static gsize initialized;
  static HammyClock *clock;

  if (g_once_init_enter (&initialized))
    {
      clock = g_object_new (HAMMY_TYPE_CLOCK, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return clock;
}

/* Stops while the computer sleeps: what timers run on. */
gint64
hammy_clock_get_monotonic_us (HammyClock *self)
{
  g_return_val_if_fail (HAMMY_IS_CLOCK (self), 0);

  if (self->fake)
    return self->monotonic_us;

  return g_get_monotonic_time ();
}

/* Keeps counting while the computer sleeps: how a session notices that it slept. Where the
 * system has no such clock this is the monotonic one, and a sleep goes unnoticed. */
gint64
hammy_clock_get_boottime_us (HammyClock *self)
{
  g_return_val_if_fail (HAMMY_IS_CLOCK (self), 0);

  if (self->fake)
    return self->boottime_us;

#ifdef CLOCK_BOOTTIME
  {
    struct timespec now;

    if (clock_gettime (CLOCK_BOOTTIME, &now) == 0)
      return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
  }
#endif

  return g_get_monotonic_time ();
}

/* The local time now, for what the log records; never before HAMMY_CLOCK_EARLIEST nor after
 * HAMMY_CLOCK_LATEST. */
GDateTime *
hammy_clock_dup_wall_time (HammyClock *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HAMMY_IS_CLOCK (self), NULL);

  if (self->fake)
    now = g_date_time_add (self->wall_start, self->boottime_us - FAKE_BOOTTIME_START);
  else
    now = g_date_time_new_now_local ();

  if (g_date_time_to_unix (now) < HAMMY_CLOCK_EARLIEST)
    return g_date_time_new_from_unix_local (HAMMY_CLOCK_EARLIEST);
  if (g_date_time_to_unix (now) > HAMMY_CLOCK_LATEST)
    return g_date_time_new_from_unix_local (HAMMY_CLOCK_LATEST);

  return g_steal_pointer (&now);
}

/* The same moment in UTC, for what files record. */
GDateTime *
hammy_clock_dup_utc_time (HammyClock *self)
{
  g_autoptr(GDateTime) local = hammy_clock_dup_wall_time (self);

  return g_date_time_to_utc (local);
}

/* Today's local date: what "today" means everywhere in Hammy. */
void
hammy_clock_get_today (HammyClock *self,
                       GDate      *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (HAMMY_IS_CLOCK (self));
  g_return_if_fail (today != NULL);

  now = hammy_clock_dup_wall_time (self);
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Starts the real clock's look at the date; a fake clock looks whenever it is moved. Calling
 * it again does nothing. */
void
hammy_clock_watch_days (HammyClock *self)
{
  g_return_if_fail (HAMMY_IS_CLOCK (self));

  if (!g_date_valid (&self->day))
    hammy_clock_get_today (self, &self->day);
  if (!self->fake && self->day_source == 0)
    arm_day_check (self);
}

HammyClock *
hammy_fake_clock_new (GDateTime *wall_start)
{
  HammyClock *self;

  g_return_val_if_fail (wall_start != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_CLOCK, NULL);
  self->fake = TRUE;
  self->monotonic_us = FAKE_MONOTONIC_START;
  self->boottime_us = FAKE_BOOTTIME_START;
  self->wall_start = g_date_time_ref (wall_start);
  hammy_clock_get_today (self, &self->day);

  return self;
}

/* Time passes with the computer awake. */
void
hammy_fake_clock_advance (HammyClock *self,
                          gint64      us)
{
  g_return_if_fail (HAMMY_IS_CLOCK (self));
  g_return_if_fail (self->fake);
  g_return_if_fail (us >= 0);

  self->monotonic_us += us;
  self->boottime_us += us;
  check_day (self);
}

/* The wall clock is set, as a person changing the time or a new time zone would: timers are
 * not moved, and a new date says so. */
void
hammy_fake_clock_set_wall_time (HammyClock *self,
                                GDateTime  *wall)
{
  g_return_if_fail (HAMMY_IS_CLOCK (self));
  g_return_if_fail (self->fake);
  g_return_if_fail (wall != NULL);

  g_clear_pointer (&self->wall_start, g_date_time_unref);
  self->wall_start = g_date_time_add (wall, FAKE_BOOTTIME_START - self->boottime_us);
  check_day (self);
}

/* Time passes with the computer asleep: the monotonic clock stands still. */
void
hammy_fake_clock_suspend (HammyClock *self,
                          gint64      us)
{
  g_return_if_fail (HAMMY_IS_CLOCK (self));
  g_return_if_fail (self->fake);
  g_return_if_fail (us >= 0);

  self->boottime_us += us;
  check_day (self);
}
