/* hammy-clock.h: the one place Hammy asks what time it is: a monotonic clock for timers, a
 * boot-time clock that keeps counting through suspend, the wall time and today's date, and a
 * "day-changed" signal at midnight and after a suspend; or a fake that moves only when told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The earliest moment Hammy gives, in seconds since 1970 in UTC: a clock set before it (a
 * computer whose battery ran out) reads as this. Its day is in 1970 wherever the person is,
 * so every time and every day Hammy writes can be read back (docs/data-formats.md). */
#define HAMMY_CLOCK_EARLIEST (24 * 60 * 60)
/* The latest, 9999-12-30T00:00:00Z: its day is in 9999 wherever the person is, so the files,
 * which hold four-digit years, can hold it too. */
#define HAMMY_CLOCK_LATEST (G_GINT64_CONSTANT (253402214400) - 24 * 60 * 60)

#define HAMMY_TYPE_CLOCK (hammy_clock_get_type ())

G_DECLARE_FINAL_TYPE (HammyClock, hammy_clock, HAMMY, CLOCK, GObject)

HammyClock *hammy_clock_get_default       (void);
gint64      hammy_clock_get_monotonic_us  (HammyClock *self);
gint64      hammy_clock_get_boottime_us   (HammyClock *self);
GDateTime  *hammy_clock_dup_wall_time     (HammyClock *self);
GDateTime  *hammy_clock_dup_utc_time      (HammyClock *self);
void        hammy_clock_get_today         (HammyClock *self,
                                           GDate      *today);
void        hammy_clock_watch_days        (HammyClock *self);

/* For tests: time moves only when told. */
HammyClock *hammy_fake_clock_new          (GDateTime  *wall_start);
void        hammy_fake_clock_advance      (HammyClock *self,
                                           gint64      us);
void        hammy_fake_clock_suspend      (HammyClock *self,
                                           gint64      us);
void        hammy_fake_clock_set_wall_time (HammyClock *self,
                                            GDateTime  *wall);

G_END_DECLS
