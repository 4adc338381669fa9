/* hammy-clock.c: the time a guided session runs on: a monotonic clock for timers, a boot-time
 * clock that keeps counting through suspend, and the wall time for log stamps; or a fake.
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
};

G_DEFINE_FINAL_TYPE (HammyClock, hammy_clock, G_TYPE_OBJECT)

static void
hammy_clock_finalize (GObject *object)
{
  HammyClock *self = HAMMY_CLOCK (object);

  g_clear_pointer (&self->wall_start, g_date_time_unref);

  G_OBJECT_CLASS (hammy_clock_parent_class)->finalize (object);
}

static void
hammy_clock_class_init (HammyClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_clock_finalize;
}

static void
hammy_clock_init (HammyClock *self)
{
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

/* The local time now, for what the log records. */
GDateTime *
hammy_clock_dup_wall_time (HammyClock *self)
{
  g_return_val_if_fail (HAMMY_IS_CLOCK (self), NULL);

  if (self->fake)
    return g_date_time_add (self->wall_start, self->boottime_us - FAKE_BOOTTIME_START);

  return g_date_time_new_now_local ();
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
}
