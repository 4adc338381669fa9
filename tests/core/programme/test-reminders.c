/* test-reminders.c: the reminders' schedule on a fake clock across days: each time once a
 * day, the session never on a rest day, the check-in only when due and still due after it was
 * missed, midnight, a suspend over a reminder's time, and what a reminder says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <time.h>

#include "hammy-core-test-utils.h"
#include "hammy-reminders.h"
#include "hammy-today.h"

#define MINUTE_US ((gint64) 60 * G_USEC_PER_SEC)
#define HOUR_US (60 * MINUTE_US)

static HammyLibrary *library;

typedef struct
{
  HammyClock     *clock;
  HammyData      *data;
  HammyReminders *reminders;
  GString        *sent;   /* "day hh:mm kind" for each reminder that applied, one a line */
  GString        *due;    /* the same for every time reached, applying or not */
} Fixture;

static void
on_due_cb (HammyReminders *reminders,
           HammyReminder   reminder,
           Fixture        *f)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (HAMMY_TYPE_REMINDER);
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
  g_autoptr(HammyToday) today = hammy_today_new (f->data, now);
  g_autofree char *when = g_date_time_format (now, "%d %H:%M");
  const char *nick = g_enum_get_value (klass, reminder)->value_nick;

  g_string_append_printf (f->due, "%s %s\n", when, nick);
  if (hammy_reminder_applies (reminder, today))
    g_string_append_printf (f->sent, "%s %s\n", when, nick);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  /* Monday 2 March 2026, before the morning check-in's time. */
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 7, 0, 0);
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  f->clock = hammy_fake_clock_new (start);
  f->data = hammy_data_new (root, library);
  hammy_data_set_clock (f->data, f->clock);
  g_assert_true (hammy_test_load_data (f->data));
  f->reminders = hammy_reminders_new (f->clock);
  f->sent = g_string_new (NULL);
  f->due = g_string_new (NULL);
  g_signal_connect (f->reminders, "due", G_CALLBACK (on_due_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_object (&f->reminders);
  hammy_data_flush (f->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->data));
  g_clear_object (&f->clock);
  g_string_free (f->sent, TRUE);
  g_string_free (f->due, TRUE);
}

/* Time passes as the app lets it: the clock is read every minute. */
static void
live (Fixture *f,
      gint64   us)
{
  for (gint64 done = 0; done < us; done += MINUTE_US)
    {
      hammy_fake_clock_advance (f->clock, MINUTE_US);
      hammy_reminders_check (f->reminders);
    }
}

static void
assert_sent (Fixture    *f,
             const char *sent,
             const char *due)
{
  g_assert_cmpstr (f->sent->str, ==, sent);
  g_assert_cmpstr (f->due->str, ==, due);
  g_string_truncate (f->sent, 0);
  g_string_truncate (f->due, 0);
}

static void
check (Fixture    *f,
       const char *answers)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
  g_autoptr(HammyAssessment) assessment = NULL;

  g_assert_true (json_parser_load_from_data (parser, answers, -1, NULL));
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), now);
  hammy_data_add_assessment (f->data, assessment);
}

/* Everything due now, done in full. */
static void
train (Fixture *f)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
  g_autoptr(HammyToday) state = hammy_today_new (f->data, now);
  HammyLog *log = hammy_data_get_log (f->data);
  g_autofree guint *items = NULL;
  const char *id;
  guint n = 0;

  items = hammy_today_dup_session_items (state, HAMMY_TODAY_SESSION_MAIN, &n, NULL);
  g_assert_cmpuint (n, >, 0);
  id = hammy_log_begin_session (log, now, hammy_triage_phase_to_id (hammy_today_get_phase (state)), n);
  for (guint i = 0; i < n; i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (hammy_today_get_plan (state), items[i]);
      HammyLogSet set = { item->exercise, HAMMY_SIDE_BOTH, 1, item->reps, item->hold_seconds, 0, 0, 5, NULL,
                          g_date_time_to_unix (now) + 60, item->load };

      hammy_log_add_set (log, id, &set, NULL, NULL);
    }
  hammy_log_end_session (log, id, now, HAMMY_SESSION_DONE);
}

static void
give_checkin (Fixture    *f,
              const char *date)
{
  HammyLogCheckin checkin = { 0 };

  checkin.date = (char *) date;
  checkin.leg = HAMMY_COMPARED_SAME;
  checkin.run_pain = -1;
  hammy_data_add_checkin (f->data, &checkin);
}

/* Tight, not injured: Monday holds everything, Tuesday is a rest day (test-today.c). */
static void
test_days (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(GDateTime) next = NULL;
  HammyReminder which;

  check (f, HAMMY_TEST_ANSWERS_TIGHT);

  /* All off: nothing ahead, nothing sent. */
  g_assert_null (hammy_reminders_dup_next (f->reminders, NULL));
  live (f, HOUR_US);
  assert_sent (f, "", "");

  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_CHECKIN, TRUE, 8 * 60 + 30);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_SESSION, TRUE, 18 * 60);
  next = hammy_reminders_dup_next (f->reminders, &which);
  g_assert_cmpint (which, ==, HAMMY_REMINDER_CHECKIN);
  g_assert_cmpint (g_date_time_get_hour (next), ==, 8);
  g_assert_cmpint (g_date_time_get_minute (next), ==, 30);

  /* Monday: no session yet, so no check-in is due; the session is. */
  live (f, 12 * HOUR_US);
  assert_sent (f, "02 18:00 session\n", "02 08:30 checkin\n02 18:00 session\n");
  g_clear_pointer (&next, g_date_time_unref);
  next = hammy_reminders_dup_next (f->reminders, &which);
  g_assert_cmpint (which, ==, HAMMY_REMINDER_CHECKIN);
  g_assert_cmpint (g_date_time_get_day_of_month (next), ==, 3);
  train (f);

  /* Tuesday, a rest day: the check-in about Monday, and no session reminder. */
  live (f, 24 * HOUR_US);
  assert_sent (f, "03 08:30 checkin\n", "03 08:30 checkin\n03 18:00 session\n");

  /* The check-in was missed on Tuesday: still due on Wednesday. Once given, no more. */
  live (f, 14 * HOUR_US);
  assert_sent (f, "04 08:30 checkin\n", "04 08:30 checkin\n");
  give_checkin (f, "2026-03-04");
  {
    g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (f->clock);
    g_autoptr(HammyToday) wednesday = hammy_today_new (f->data, now);

    g_assert_false (hammy_reminder_applies (HAMMY_REMINDER_CHECKIN, wednesday));
  }
  /* Wednesday holds exercises again: the session's reminder. */
  live (f, 10 * HOUR_US);
  assert_sent (f, "04 18:00 session\n", "04 18:00 session\n");

  /* Turned off: not sent. */
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_CHECKIN, FALSE, 8 * 60 + 30);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_SESSION, FALSE, 18 * 60);
  live (f, 24 * HOUR_US);
  assert_sent (f, "", "");
}

/* Asleep over a time: sent on waking the same day, through the clock's "day-changed" when
 * the night passed, and never for a day already gone. A time moved to later today comes today. */
static void
test_suspend_and_midnight (Fixture       *f,
                           gconstpointer  user_data)
{
  check (f, HAMMY_TEST_ANSWERS_TIGHT);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_CHECKIN, TRUE, 7 * 60 + 30);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_SESSION, TRUE, 18 * 60);

  /* Monday 07:00, asleep until 09:00: woken, the next reading sends the 07:30 one. */
  hammy_fake_clock_suspend (f->clock, 2 * HOUR_US);
  live (f, MINUTE_US);
  assert_sent (f, "", "02 09:01 checkin\n");

  /* Asleep from 17:00 over the session's time and the night until Tuesday 09:00: the clock's
   * "day-changed" brings Tuesday's check-in at once; Monday's session is gone. */
  live (f, 8 * HOUR_US - MINUTE_US);
  train (f);
  hammy_fake_clock_suspend (f->clock, 16 * HOUR_US);
  assert_sent (f, "03 09:00 checkin\n", "03 09:00 checkin\n");

  /* A time moved to later today is still sent today; one moved before now waits for tomorrow. */
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_SESSION, TRUE, 10 * 60);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_CHECKIN, TRUE, 8 * 60);
  live (f, 2 * HOUR_US);
  assert_sent (f, "", "03 10:00 session\n");

  /* At midnight, with the computer awake, a time at midnight comes at midnight. */
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_SESSION, TRUE, 0);
  hammy_reminders_set_time (f->reminders, HAMMY_REMINDER_CHECKIN, FALSE, 8 * 60);
  live (f, 13 * HOUR_US);
  g_assert_cmpstr (f->due->str, ==, "04 00:00 session\n");
}

/* What a reminder says: no name unless given one. */
static void
test_text (void)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *named = NULL;
  g_autofree char *named_body = NULL;

  hammy_reminder_dup_text (HAMMY_REMINDER_CHECKIN, NULL, &title, &body);
  g_assert_cmpstr (title, ==, "Time for your morning check-in");
  g_assert_nonnull (strstr (body, "minute"));
  hammy_reminder_dup_text (HAMMY_REMINDER_CHECKIN, "Ana", &named, &named_body);
  g_assert_cmpstr (named, ==, "Morning check-in for Ana");
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&body, g_free);
  hammy_reminder_dup_text (HAMMY_REMINDER_SESSION, NULL, &title, &body);
  g_assert_cmpstr (title, ==, "Your exercises for today");
  g_assert_null (strstr (body, "Ana"));
}

/* Each profile's own choice; without one, the first profile only. */
static void
test_profiles (void)
{
  g_autoptr(GVariant) none = g_variant_ref_sink (g_variant_new_parsed ("@a{sb} {}"));
  g_autoptr(GVariant) chosen = g_variant_ref_sink (g_variant_new_parsed ("{'first': false, 'other': true}"));

  g_assert_true (hammy_reminder_profile_is_on (none, "first", TRUE));
  g_assert_false (hammy_reminder_profile_is_on (none, "other", FALSE));
  g_assert_false (hammy_reminder_profile_is_on (chosen, "first", TRUE));
  g_assert_true (hammy_reminder_profile_is_on (chosen, "other", FALSE));
  g_assert_false (hammy_reminder_profile_is_on (chosen, "third", FALSE));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The fake clock's days are UTC days, as test-today.c's are. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/reminders/days", test_days);
  ADD ("/reminders/suspend-and-midnight", test_suspend_and_midnight);
#undef ADD
  g_test_add_func ("/reminders/text", test_text);
  g_test_add_func ("/reminders/profiles", test_profiles);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
