/* hammy-history.c: the log read back over days, weeks and sides, and said in plain words for
 * the History page and for screen readers. Every function is given 'today': there is no clock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hammy-dates.h"
#include "hammy-days.h"
#include "hammy-exercise.h"
#include "hammy-history.h"
#include "hammy-sentences.h"

/* ---- days ---------------------------------------------------------------------------- */

/* The day a moment falls on where the person is, as the log's month files count it. */
static gboolean
local_date (gint64  seconds,
            GDate  *out)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  g_date_clear (out, 1);
  if (local == NULL)
    return FALSE;

  g_date_set_dmy (out, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return TRUE;
}

static gboolean
checkin_date (const HammyLogCheckin *checkin,
              GDate                 *out)
{
  int y, m, d;

  g_date_clear (out, 1);
  if (checkin->date == NULL || sscanf (checkin->date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

/* The day a session counts on, and the morning a check-in is for, as the History page and the
 * visit summary both count them. FALSE when the log holds no usable day. */
gboolean
hammy_history_get_session_date (const HammyLogSession *session,
                                GDate                 *out)
{
  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return local_date (session->started, out);
}

gboolean
hammy_history_get_checkin_date (const HammyLogCheckin *checkin,
                                GDate                 *out)
{
  g_return_val_if_fail (checkin != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return checkin_date (checkin, out);
}

static gboolean
in_window (const GDate *date,
           const GDate *first,
           const GDate *last)
{
  return g_date_valid (date) && g_date_compare (date, first) >= 0 && g_date_compare (date, last) <= 0;
}

/* The window of @n_days that ends with @today. */
static void
window_for (const GDate *today,
            guint        n_days,
            GDate       *first,
            GDate       *last)
{
  *last = *today;
  *first = *today;
  g_date_subtract_days (first, MAX (n_days, 1) - 1);
}

/* What a session counts as on the calendar. One left open (Hammy was closed half-way) shows
 * what was done; one opened and never used is no session at all. */
static HammyDayStatus
session_status (const HammyLogSession *session)
{
  switch (session->status)
    {
    case HAMMY_SESSION_DONE:
      return HAMMY_DAY_DONE;
    case HAMMY_SESSION_PARTIAL:
      return HAMMY_DAY_PARTIAL;
    case HAMMY_SESSION_SKIPPED:
      return HAMMY_DAY_SKIPPED;
    case HAMMY_SESSION_IN_PROGRESS:
    default:
      return session->sets->len > 0 ? HAMMY_DAY_PARTIAL : HAMMY_DAY_EMPTY;
    }
}

/* ---- what was due --------------------------------------------------------------------- */

static gboolean
trained_on (HammyLog    *log,
            const GDate *day)
{
  g_autoptr(GPtrArray) sessions = hammy_log_dup_sessions_of_day (log, day);

  for (guint i = 0; i < sessions->len; i++)
    if (((const HammyLogSession *) g_ptr_array_index (sessions, i))->sets->len > 0)
      return TRUE;

  return FALSE;
}

/* The due and done of one day record. */
static void
count_due (HammyLog          *log,
           const HammyLogDue *due,
           const GDate       *day,
           guint             *n_due,
           guint             *n_done)
{
  g_autoptr(GPtrArray) sessions = hammy_log_dup_sessions_of_day (log, day);

  *n_due = 0;
  *n_done = 0;
  for (guint i = 0; due->exercises[i] != NULL; i++)
    {
      *n_due += due->occurrences[i];
      *n_done += MIN (hammy_log_count_occurrences (sessions, due->exercises[i]), due->occurrences[i]);
    }
}

/* Against the log's records of what was due, from @first to @last, both included: only those
 * days are read. A day without a record (before Hammy kept them) does not count. */
void
hammy_history_get_adherence (HammyLog       *log,
                             const GDate    *first,
                             const GDate    *last,
                             HammyAdherence *out)
{
  char from[HAMMY_DAY_LENGTH + 1], until[HAMMY_DAY_LENGTH + 1];

  g_return_if_fail (HAMMY_IS_LOG (log));
  g_return_if_fail (first != NULL && last != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  if (!g_date_valid (first) || !g_date_valid (last) || g_date_compare (first, last) > 0)
    return;

  hammy_day_format_into (first, from);
  hammy_day_format_into (last, until);
  for (guint i = hammy_log_find_due (log, from); i < hammy_log_get_n_dues (log); i++)
    {
      const HammyLogDue *due = hammy_log_get_due (log, i);
      guint n_due, n_done;
      GDate day;

      if (strcmp (due->date, until) > 0)
        break;
      if (!hammy_day_parse (due->date, &day) || due->exercises[0] == NULL)
        continue;
      count_due (log, due, &day, &n_due, &n_done);
      out->days_due++;
      out->days_trained += trained_on (log, &day);
      out->due += n_due;
      out->done += n_done;
    }
}

static guint
percent (guint part,
         guint whole)
{
  return whole > 0 ? (guint) round (100.0 * part / whole) : 0;
}

/* One or two sentences, or an empty string when nothing was due. */
char *
hammy_history_describe_adherence (const HammyAdherence *adherence)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (adherence != NULL, NULL);

  if (adherence->due == 0)
    return g_string_free (g_steal_pointer (&text), FALSE);

  /* TRANSLATORS: exercises done, of exercises due, and the share of them */
  hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                    "Of the exercises due, you did %u of %u (%u%%).",
                                                    "Of the exercises due, you did %u of %u (%u%%).",
                                                    adherence->due),
                                 adherence->done, adherence->due, percent (adherence->done, adherence->due));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint
compare_exercise_adherence (gconstpointer a,
                            gconstpointer b)
{
  const HammyExerciseAdherence *x = a, *y = b;

  if (x->due != y->due)
    return x->due > y->due ? -1 : 1;
  return g_strcmp0 (x->exercise, y->exercise);
}

static void
exercise_adherence_clear (HammyExerciseAdherence *adherence)
{
  g_free (adherence->exercise);
}

/* Each exercise against what was due of it, from @first to @last, both included (of
 * HammyExerciseAdherence, the most often due first): where History and the visit summary show
 * which exercises get done and which get left. Only the days with a record count. */
GArray *
hammy_history_get_exercise_adherence (HammyLog    *log,
                                      const GDate *first,
                                      const GDate *last)
{
  GArray *all = g_array_new (FALSE, TRUE, sizeof (HammyExerciseAdherence));
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  char from[HAMMY_DAY_LENGTH + 1], until[HAMMY_DAY_LENGTH + 1];

  g_array_set_clear_func (all, (GDestroyNotify) exercise_adherence_clear);
  g_return_val_if_fail (HAMMY_IS_LOG (log), all);
  g_return_val_if_fail (first != NULL && last != NULL, all);

  if (!g_date_valid (first) || !g_date_valid (last) || g_date_compare (first, last) > 0)
    return all;

  hammy_day_format_into (first, from);
  hammy_day_format_into (last, until);
  for (guint i = hammy_log_find_due (log, from); i < hammy_log_get_n_dues (log); i++)
    {
      const HammyLogDue *due = hammy_log_get_due (log, i);
      g_autoptr(GPtrArray) sessions = NULL;
      GDate day;

      if (strcmp (due->date, until) > 0)
        break;
      if (!hammy_day_parse (due->date, &day) || due->exercises[0] == NULL)
        continue;
      sessions = hammy_log_dup_sessions_of_day (log, &day);
      for (guint e = 0; due->exercises[e] != NULL; e++)
        {
          gpointer found;
          HammyExerciseAdherence *entry;

          if (!g_hash_table_lookup_extended (index, due->exercises[e], NULL, &found))
            {
              HammyExerciseAdherence fresh = { g_strdup (due->exercises[e]), 0, 0 };

              g_array_append_val (all, fresh);
              found = GUINT_TO_POINTER (all->len);
              g_hash_table_insert (index, g_array_index (all, HammyExerciseAdherence, all->len - 1).exercise, found);
            }
          entry = &g_array_index (all, HammyExerciseAdherence, GPOINTER_TO_UINT (found) - 1);
          entry->due += due->occurrences[e];
          entry->done += MIN (hammy_log_count_occurrences (sessions, due->exercises[e]), due->occurrences[e]);
        }
    }

  g_hash_table_remove_all (index);
  g_array_sort (all, compare_exercise_adherence);
  return all;
}

/* “Askling Extender: 20 of 28 times (71%).” */
char *
hammy_history_describe_exercise_adherence (const HammyExerciseAdherence *adherence,
                                           HammyLibrary                 *library)
{
  HammyExercise *exercise;
  const char *name;

  g_return_val_if_fail (adherence != NULL, NULL);

  exercise = library != NULL ? hammy_library_lookup_exercise (library, adherence->exercise) : NULL;
  if (exercise != NULL)
    name = hammy_exercise_get_name (exercise);
  else if (g_strcmp0 (adherence->exercise, HAMMY_HISTORY_RUN) == 0)
    name = _("Runs of the running ladder");
  else
    name = adherence->exercise;

  /* TRANSLATORS: an exercise, then times done of times due, and the share of them */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u of %u time (%u%%).", "%s: %u of %u times (%u%%).",
                                       adherence->due),
                          name, adherence->done, adherence->due, percent (adherence->done, adherence->due));
}

/* ---- the month ----------------------------------------------------------------------- */

/* A day shows the most done of its sessions: a skipped morning and a full evening is a day
 * the work got done. */
void
hammy_history_get_month (HammyLog          *log,
                         GDateYear          year,
                         GDateMonth         month,
                         HammyHistoryMonth *out)
{
  g_return_if_fail (HAMMY_IS_LOG (log));
  g_return_if_fail (out != NULL);
  g_return_if_fail (g_date_valid_dmy (1, month, year));

  memset (out, 0, sizeof *out);
  out->year = year;
  out->month = month;
  out->n_days = g_date_get_days_in_month (month, year);
  for (guint i = 0; i < out->n_days; i++)
    {
      g_date_clear (&out->days[i].date, 1);
      g_date_set_dmy (&out->days[i].date, i + 1, month, year);
      out->days[i].max_pain = -1;
    }

  {
    g_autoptr(GDateTime) start = hammy_day_at (&out->days[0].date, 0, 0);
    char from[HAMMY_DAY_LENGTH + 1];

    /* What was due each day, as the schedule wrote it down. */
    hammy_day_format_into (&out->days[0].date, from);
    for (guint i = hammy_log_find_due (log, from); i < hammy_log_get_n_dues (log); i++)
      {
        const HammyLogDue *due = hammy_log_get_due (log, i);
        GDate date;

        if (!hammy_day_parse (due->date, &date) || g_date_get_year (&date) != year || g_date_get_month (&date) != month)
          break;
        count_due (log, due, &date, &out->days[g_date_get_day (&date) - 1].due,
                   &out->days[g_date_get_day (&date) - 1].due_done);
        out->days[g_date_get_day (&date) - 1].rest = due->exercises[0] == NULL;
      }

    /* Only the month's sessions are read. */
    for (guint i = hammy_log_find_session (log, g_date_time_to_unix (start)); i < hammy_log_get_n_sessions (log); i++)
      {
        const HammyLogSession *session = hammy_log_get_session (log, i);
        HammyDayStatus status = session_status (session);
        HammyHistoryDay *day;
        GDate date;

        if (!local_date (session->started, &date) || g_date_get_year (&date) != year || g_date_get_month (&date) != month)
          {
            if (g_date_valid (&date) && g_date_compare (&date, &out->days[out->n_days - 1].date) > 0)
              break;
            continue;
          }
        if (status == HAMMY_DAY_EMPTY)
          continue;

        day = &out->days[g_date_get_day (&date) - 1];
        day->status = MAX (day->status, status);
        day->n_sessions++;
        day->n_sets += session->sets->len;
        for (guint j = 0; j < session->sets->len; j++)
          day->max_pain = MAX (day->max_pain, g_array_index (session->sets, HammyLogSet, j).pain);
      }
  }

  for (guint i = 0; i < out->n_days; i++)
    {
      /* The whole session is everything that was due, where the day's record says what. */
      if (out->days[i].status == HAMMY_DAY_DONE && out->days[i].due_done < out->days[i].due)
        out->days[i].status = HAMMY_DAY_PARTIAL;
      if (out->days[i].status == HAMMY_DAY_DONE)
        out->n_done++;
      else if (out->days[i].status == HAMMY_DAY_PARTIAL)
        out->n_partial++;
      else if (out->days[i].status == HAMMY_DAY_SKIPPED)
        out->n_skipped++;
      if (out->days[i].rest && out->days[i].status == HAMMY_DAY_EMPTY)
        out->n_rest++;
    }
}

/* How a day went as of @today: a day gone by with something due and nothing done was skipped,
 * as much as one with a session ended unused; a day with nothing due stays empty, and is a rest
 * day when @day says so, never a skipped one. */
HammyDayStatus
hammy_history_day_get_status (const HammyHistoryDay *day,
                              const GDate           *today)
{
  g_return_val_if_fail (day != NULL, HAMMY_DAY_EMPTY);
  g_return_val_if_fail (today != NULL && g_date_valid (today), day->status);

  if (day->status == HAMMY_DAY_EMPTY && day->due > 0 && g_date_compare (&day->date, today) < 0)
    return HAMMY_DAY_SKIPPED;
  return day->status;
}

/* A rest day: nothing was due, and nothing was done. */
gboolean
hammy_history_day_is_rest (const HammyHistoryDay *day)
{
  g_return_val_if_fail (day != NULL, FALSE);
  return day->rest && day->status == HAMMY_DAY_EMPTY;
}

char *
hammy_history_describe_month (const HammyHistoryMonth *month,
                              const GDate             *today)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;
  gboolean current;
  guint missed = 0;
  GDate first;

  g_return_val_if_fail (month != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month->month, month->year);
  name = hammy_dates_format (&first, HAMMY_DATE_STYLE_MONTH);
  current = g_date_get_year (today) == month->year && g_date_get_month (today) == month->month;

  for (guint i = 0; i < month->n_days; i++)
    if (month->days[i].status == HAMMY_DAY_EMPTY && hammy_history_day_get_status (&month->days[i], today) == HAMMY_DAY_SKIPPED)
      missed++;

  if (month->n_done + month->n_partial + month->n_skipped + missed == 0)
    {
      if (current)
        hammy_sentences_append_printf (text, _("Nothing is logged for %s yet."), name);
      else
        hammy_sentences_append_printf (text, _("Nothing is logged for %s."), name);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (current)
    /* TRANSLATORS: %s is a month such as “March 2026”, %u a number of days */
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "So far in %s, you did the whole session on %u day.",
                                                      "So far in %s, you did the whole session on %u days.",
                                                      month->n_done),
                                   name, month->n_done);
  else
    /* TRANSLATORS: %s is a month such as “March 2026”, %u a number of days */
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "In %s, you did the whole session on %u day.",
                                                      "In %s, you did the whole session on %u days.",
                                                      month->n_done),
                                   name, month->n_done);

  if (month->n_partial > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "You did part of it on %u day.",
                                                      "You did part of it on %u days.",
                                                      month->n_partial),
                                   month->n_partial);
  if (month->n_skipped + missed > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "You skipped it on %u day.",
                                                      "You skipped it on %u days.",
                                                      month->n_skipped + missed),
                                   month->n_skipped + missed);
  if (month->n_rest > 0)
    /* TRANSLATORS: days on which the plan had nothing due */
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u day was a rest day, with nothing due.",
                                                      "%u days were rest days, with nothing due.",
                                                      month->n_rest),
                                   month->n_rest);

  /* Against what was due; today counts once something is done, the day is not over. */
  {
    HammyAdherence adherence = { 0 };
    g_autofree char *sentence = NULL;

    for (guint i = 0; i < month->n_days; i++)
      {
        const HammyHistoryDay *day = &month->days[i];
        int compared = g_date_compare (&day->date, today);

        if (day->due == 0 || compared > 0 || (compared == 0 && day->status == HAMMY_DAY_EMPTY))
          continue;
        adherence.due += day->due;
        adherence.done += day->due_done;
      }
    sentence = hammy_history_describe_adherence (&adherence);
    if (*sentence != '\0')
      hammy_sentences_append (text, sentence);
  }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
hammy_history_describe_day (const HammyHistoryDay *day,
                            const GDate           *today)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;
  int compared;

  g_return_val_if_fail (day != NULL && g_date_valid (&day->date), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  name = hammy_dates_format (&day->date, HAMMY_DATE_STYLE_WEEKDAY);

  compared = g_date_compare (&day->date, today);
  if (compared == 0)
    /* TRANSLATORS: %s is a day in full, as in “Tuesday 3 March 2026” */
    hammy_sentences_append_printf (text, _("Today, %s."), name);
  else
    /* TRANSLATORS: %s is a day in full, as in “Tuesday 3 March 2026”, as a sentence of its own */
    hammy_sentences_append_printf (text, _("%s."), name);

  switch (hammy_history_day_get_status (day, today))
    {
    case HAMMY_DAY_DONE:
      hammy_sentences_append (text, _("Whole session done."));
      break;
    case HAMMY_DAY_PARTIAL:
      hammy_sentences_append (text, _("Part of the session done."));
      break;
    case HAMMY_DAY_SKIPPED:
      hammy_sentences_append (text, _("Session skipped."));
      break;
    case HAMMY_DAY_EMPTY:
    default:
      if (hammy_history_day_is_rest (day))
        hammy_sentences_append (text, _("A rest day: nothing was due."));
      else if (compared > 0)
        hammy_sentences_append (text, _("Still to come."));
      else if (compared == 0)
        hammy_sentences_append (text, _("Nothing logged yet."));
      else
        hammy_sentences_append (text, _("Nothing logged."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (day->due > 0)
    /* TRANSLATORS: exercises done of those due that day, each time counted once */
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u of the %u exercise due done.",
                                                      "%u of the %u exercises due done.",
                                                      day->due),
                                   day->due_done, day->due);
  if (day->n_sessions > 1)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u session.", "%u sessions.", day->n_sessions),
                                   day->n_sessions);
  if (day->n_sets > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u set.", "%u sets.", day->n_sets), day->n_sets);
  if (day->max_pain >= 0)
    hammy_sentences_append_printf (text, _("Highest pain %d out of 10."), day->max_pain);
  else if (day->n_sets > 0)
    hammy_sentences_append (text, _("No pain rating."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The first day anything was logged, so the calendar knows how far back to go. */
gboolean
hammy_history_get_first_date (HammyLog *log,
                              GDate    *out)
{
  g_return_val_if_fail (HAMMY_IS_LOG (log), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  g_date_clear (out, 1);
  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      GDate date;

      if (local_date (hammy_log_get_session (log, i)->started, &date) &&
          (!g_date_valid (out) || g_date_compare (&date, out) < 0))
        *out = date;
    }
  for (guint i = 0; i < hammy_log_get_n_checkins (log); i++)
    {
      GDate date;

      if (checkin_date (hammy_log_get_checkin (log, i), &date) &&
          (!g_date_valid (out) || g_date_compare (&date, out) < 0))
        *out = date;
    }

  return g_date_valid (out);
}

/* ---- pain ---------------------------------------------------------------------------- */

HammyPainTrend *
hammy_pain_trend_new (HammyLog    *log,
                      const GDate *today,
                      guint        n_days)
{
  HammyPainTrend *trend;

  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  trend = g_new0 (HammyPainTrend, 1);
  window_for (today, n_days, &trend->first, &trend->last);
  trend->sessions = g_array_new (FALSE, TRUE, sizeof (HammyPainPoint));
  trend->mornings = g_array_new (FALSE, TRUE, sizeof (HammyMorningPoint));

  /* The log keeps sessions oldest first, so the points come out in order. */
  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      HammyPainPoint point = { .max_pain = -1, .mean_pain = -1, .started = session->started };
      int sum = 0;

      if (session->sets->len == 0 || !local_date (session->started, &point.date) ||
          !in_window (&point.date, &trend->first, &trend->last))
        continue;

      for (guint j = 0; j < session->sets->len; j++)
        {
          int pain = g_array_index (session->sets, HammyLogSet, j).pain;

          if (pain < 0)
            continue;
          point.max_pain = MAX (point.max_pain, pain);
          sum += pain;
          point.n_rated++;
        }
      if (point.n_rated > 0)
        point.mean_pain = (double) sum / point.n_rated;

      g_array_append_val (trend->sessions, point);
    }

  for (guint i = 0; i < hammy_log_get_n_checkins (log); i++)
    {
      const HammyLogCheckin *checkin = hammy_log_get_checkin (log, i);
      HammyMorningPoint point = { .leg = checkin->leg, .red_flag = checkin->warning != NULL,
                                  .warning = checkin->warning };

      if (!checkin_date (checkin, &point.date) || !in_window (&point.date, &trend->first, &trend->last))
        continue;

      point.value = checkin->leg;
      if (checkin->warning != NULL)
        point.value = HAMMY_COMPARED_WORSE;
      g_array_append_val (trend->mornings, point);
    }

  return trend;
}

void
hammy_pain_trend_free (HammyPainTrend *trend)
{
  if (trend == NULL)
    return;

  g_array_unref (trend->sessions);
  g_array_unref (trend->mornings);
  g_free (trend);
}

/* The highest pain of the first half of the rated sessions against the last half, each as a
 * mean: one bad day is not a trend. FALSE with fewer than HAMMY_PAIN_TREND_MIN_SESSIONS. */
gboolean
hammy_pain_trend_get_change (const HammyPainTrend *trend,
                             double               *early,
                             double               *late)
{
  guint n_rated = 0, seen = 0, half;
  double first = 0, second = 0;

  g_return_val_if_fail (trend != NULL, FALSE);

  for (guint i = 0; i < trend->sessions->len; i++)
    if (g_array_index (trend->sessions, HammyPainPoint, i).max_pain >= 0)
      n_rated++;
  if (n_rated < HAMMY_PAIN_TREND_MIN_SESSIONS)
    return FALSE;

  half = n_rated / 2;
  for (guint i = 0; i < trend->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (trend->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        continue;
      if (seen < half)
        first += point->max_pain;
      else if (seen >= n_rated - half)
        second += point->max_pain;
      seen++;
    }

  if (early != NULL)
    *early = first / half;
  if (late != NULL)
    *late = second / half;
  return TRUE;
}

static void
describe_band (GString *text,
               int      pain)
{
  if (pain <= 3)
    hammy_sentences_append (text, _("That is in the fine range, 0 to 3."));
  else if (pain <= 5)
    hammy_sentences_append (text, _("That is in the range of 4 to 5, which is acceptable if it settles by the next morning."));
  else
    hammy_sentences_append (text, _("That is above 5, where the advice is to stop that exercise."));
}

char *
hammy_pain_trend_describe (const HammyPainTrend *trend)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_days, n_rated = 0, n_unrated = 0, n_high = 0, n_worse = 0, n_flags = 0;
  int highest = -1, latest = -1;
  double early, late;

  g_return_val_if_fail (trend != NULL, NULL);

  n_days = g_date_days_between (&trend->first, &trend->last) + 1;
  for (guint i = 0; i < trend->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (trend->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        {
          n_unrated++;
          continue;
        }
      n_rated++;
      highest = MAX (highest, point->max_pain);
      latest = point->max_pain;
      if (point->max_pain > 5)
        n_high++;
    }
  for (guint i = 0; i < trend->mornings->len; i++)
    {
      const HammyMorningPoint *point = &g_array_index (trend->mornings, HammyMorningPoint, i);

      if (point->value == HAMMY_COMPARED_WORSE)
        n_worse++;
      if (point->red_flag)
        n_flags++;
    }

  if (n_rated == 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "No pain was rated during a session in the last %u day.",
                                                      "No pain was rated during a session in the last %u days.",
                                                      n_days),
                                   n_days);
  else
    {
      /* TRANSLATORS: the first number is days, the second sessions */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "In the last %u days, you rated your pain in %u session.",
                                                        "In the last %u days, you rated your pain in %u sessions.",
                                                        n_rated),
                                     n_days, n_rated);
      hammy_sentences_append_printf (text, _("The highest pain was %d out of 10, and the latest %d out of 10."), highest, latest);
      describe_band (text, latest);
      if (n_high > 0)
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "%u session went above 5.",
                                                          "%u sessions went above 5.",
                                                          n_high),
                                       n_high);

      if (hammy_pain_trend_get_change (trend, &early, &late))
        {
          if (late < early && hammy_pain_change_is_meaningful (early, late))
            hammy_sentences_append (text, _("Pain has come down over this time."));
          else if (late > early && hammy_pain_change_is_meaningful (early, late))
            hammy_sentences_append (text, _("Pain has gone up over this time."));
          else
            hammy_sentences_append (text, _("Pain has stayed about the same over this time."));
        }
    }

  if (n_unrated > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u session has no pain rating.",
                                                      "%u sessions have no pain rating.",
                                                      n_unrated),
                                   n_unrated);

  if (trend->mornings->len == 0)
    hammy_sentences_append (text, _("There are no morning check-ins in this time."));
  else
    {
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "You checked in on %u morning.",
                                                        "You checked in on %u mornings.",
                                                        trend->mornings->len),
                                     trend->mornings->len);
      if (n_worse == 0)
        hammy_sentences_append (text, _("None felt worse than usual."));
      else
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "%u of them felt worse than usual.",
                                                          "%u of them felt worse than usual.",
                                                          n_worse),
                                       n_worse);
      if (n_flags > 0)
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "On %u morning you noted a warning sign, which is one for a clinician.",
                                                          "On %u mornings you noted a warning sign, which is one for a clinician.",
                                                          n_flags),
                                       n_flags);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- weekly volume ------------------------------------------------------------------- */

GArray *
hammy_history_get_weekly_volume (HammyLog    *log,
                                 const GDate *today,
                                 guint        n_weeks)
{
  GArray *weeks;
  GDate first, last;

  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  n_weeks = MAX (n_weeks, 1);
  weeks = g_array_new (FALSE, TRUE, sizeof (HammyWeekVolume));
  g_array_set_size (weeks, n_weeks);

  /* ISO weeks: Monday to Sunday, numbered by the year their Thursday falls in. */
  first = *today;
  g_date_subtract_days (&first, g_date_get_weekday (today) - G_DATE_MONDAY);
  g_date_subtract_days (&first, 7 * (n_weeks - 1));
  last = *today;

  for (guint i = 0; i < n_weeks; i++)
    {
      HammyWeekVolume *week = &g_array_index (weeks, HammyWeekVolume, i);
      GDate thursday;

      week->monday = first;
      g_date_add_days (&week->monday, 7 * i);
      thursday = week->monday;
      g_date_add_days (&thursday, 3);
      week->iso_year = g_date_get_year (&thursday);
      week->iso_week = g_date_get_iso8601_week_of_year (&week->monday);
    }

  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      HammyWeekVolume *week;
      GDate date;

      if (session->sets->len == 0 || !local_date (session->started, &date) || !in_window (&date, &first, &last))
        continue;

      week = &g_array_index (weeks, HammyWeekVolume, g_date_days_between (&first, &date) / 7);
      week->n_sessions++;
      week->n_sets += session->sets->len;
      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          week->reps += set->reps;
          week->hold_seconds += set->hold_seconds;
        }
    }

  return weeks;
}

char *
hammy_history_format_duration (guint seconds)
{
  if (seconds < 60)
    /* TRANSLATORS: a duration in seconds, as in “45 s” */
    return g_strdup_printf (_("%u s"), seconds);
  if (seconds % 60 == 0)
    /* TRANSLATORS: a duration in whole minutes, as in “6 min” */
    return g_strdup_printf (_("%u min"), seconds / 60);
  /* TRANSLATORS: a duration in minutes and seconds, as in “1 min 30 s” */
  return g_strdup_printf (_("%u min %u s"), seconds / 60, seconds % 60);
}

char *
hammy_history_format_load (double kg)
{
  /* Plates come in halves and quarters: one decimal is enough, none when it is whole. */
  if (fabs (kg - round (kg)) < 0.05)
    /* TRANSLATORS: a weight in kilograms, as in “10 kg” */
    return g_strdup_printf (_("%.0f kg"), kg);
  /* TRANSLATORS: a weight in kilograms with one decimal, as in “7.5 kg” */
  return g_strdup_printf (_("%.1f kg"), kg);
}

char *
hammy_history_describe_volume (GArray *weeks)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const HammyWeekVolume *busiest = NULL;
  guint n_sets = 0, reps = 0, hold = 0;
  const HammyWeekVolume *this_week;

  g_return_val_if_fail (weeks != NULL && weeks->len > 0, NULL);

  for (guint i = 0; i < weeks->len; i++)
    {
      const HammyWeekVolume *week = &g_array_index (weeks, HammyWeekVolume, i);

      n_sets += week->n_sets;
      reps += week->reps;
      hold += week->hold_seconds;
      if (week->n_sets > 0 && (busiest == NULL || week->n_sets > busiest->n_sets))
        busiest = week;
    }

  if (n_sets == 0)
    {
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "No sets were logged in the last %u week.",
                                                        "No sets were logged in the last %u weeks.",
                                                        weeks->len),
                                     weeks->len);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  this_week = &g_array_index (weeks, HammyWeekVolume, weeks->len - 1);
  hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                    "This week so far: %u set.",
                                                    "This week so far: %u sets.",
                                                    this_week->n_sets),
                                 this_week->n_sets);
  if (weeks->len >= 2)
    {
      const HammyWeekVolume *last_week = &g_array_index (weeks, HammyWeekVolume, weeks->len - 2);

      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "Last week: %u set.",
                                                        "Last week: %u sets.",
                                                        last_week->n_sets),
                                     last_week->n_sets);
    }
  if (weeks->len >= 3)
    {
      g_autofree char *monday = hammy_dates_format (&busiest->monday, HAMMY_DATE_STYLE_DAY_IN_YEAR);

      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "The most in one week was %u set, in the week of %s.",
                                                        "The most in one week was %u sets, in the week of %s.",
                                                        busiest->n_sets),
                                     busiest->n_sets, monday);
    }

  /* TRANSLATORS: the first number is weeks, the second sets */
  hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                    "In the last %u weeks, you did %u set in all.",
                                                    "In the last %u weeks, you did %u sets in all.",
                                                    n_sets),
                                 weeks->len, n_sets);
  if (reps > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "They added up to %u rep.",
                                                      "They added up to %u reps.",
                                                      reps),
                                   reps);
  if (hold > 0)
    {
      g_autofree char *duration = hammy_history_format_duration (hold);

      hammy_sentences_append_printf (text, _("Holds added up to %s."), duration);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- sides --------------------------------------------------------------------------- */

void
hammy_side_comparison_free (HammySideComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_free (comparison->exercise);
  g_free (comparison);
}

const HammySideStats *
hammy_side_comparison_get (const HammySideComparison *comparison,
                           HammySide                  side)
{
  g_return_val_if_fail (comparison != NULL, NULL);
  g_return_val_if_fail (side == HAMMY_SIDE_LEFT || side == HAMMY_SIDE_RIGHT, NULL);

  return side == HAMMY_SIDE_LEFT ? &comparison->left : &comparison->right;
}

typedef struct
{
  guint  n_reps, n_holds, n_loads;
  double sum_reps, sum_holds, sum_loads;
} SideSums;

static void
add_to_side (HammySideStats    *stats,
             SideSums          *sums,
             const HammyLogSet *set)
{
  stats->n_sets++;
  if (set->reps > 0)
    {
      stats->best_reps = MAX (stats->best_reps, set->reps);
      sums->sum_reps += set->reps;
      sums->n_reps++;
    }
  if (set->hold_seconds > 0)
    {
      stats->best_hold = MAX (stats->best_hold, set->hold_seconds);
      sums->sum_holds += set->hold_seconds;
      sums->n_holds++;
    }
  if (set->load_kg > 0)
    {
      stats->best_load_kg = MAX (stats->best_load_kg, set->load_kg);
      sums->sum_loads += set->load_kg;
      sums->n_loads++;
    }
}

static void
finish_side (HammySideStats *stats,
             const SideSums *sums)
{
  stats->mean_reps = sums->n_reps > 0 ? sums->sum_reps / sums->n_reps : 0;
  stats->mean_hold = sums->n_holds > 0 ? sums->sum_holds / sums->n_holds : 0;
  stats->mean_load_kg = sums->n_loads > 0 ? sums->sum_loads / sums->n_loads : 0;
}

/* Exercises done one side at a time in the window, in the order they were first done. Sets
 * for both legs at once say nothing about one side against the other and are left out. */
GPtrArray *
hammy_history_compare_sides (HammyLog    *log,
                             const GDate *today,
                             guint        n_days)
{
  g_autoptr(GPtrArray) comparisons = NULL;
  g_autoptr(GHashTable) by_exercise = NULL;
  g_autoptr(GArray) sums = NULL;
  GDate first, last;

  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  comparisons = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_side_comparison_free);
  by_exercise = g_hash_table_new (g_str_hash, g_str_equal);
  sums = g_array_new (FALSE, TRUE, 2 * sizeof (SideSums));
  window_for (today, n_days, &first, &last);

  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      GDate date;

      if (!local_date (session->started, &date) || !in_window (&date, &first, &last))
        continue;

      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);
          HammySideComparison *comparison;
          SideSums *pair;
          gpointer index;

          if (set->side == HAMMY_SIDE_BOTH)
            continue;

          if (!g_hash_table_lookup_extended (by_exercise, set->exercise, NULL, &index))
            {
              comparison = g_new0 (HammySideComparison, 1);
              comparison->exercise = g_strdup (set->exercise);
              index = GUINT_TO_POINTER (comparisons->len);
              g_ptr_array_add (comparisons, comparison);
              g_hash_table_insert (by_exercise, comparison->exercise, index);
              g_array_set_size (sums, comparisons->len);
            }
          comparison = g_ptr_array_index (comparisons, GPOINTER_TO_UINT (index));
          pair = (SideSums *) (sums->data + GPOINTER_TO_UINT (index) * 2 * sizeof (SideSums));
          if (set->side == HAMMY_SIDE_LEFT)
            add_to_side (&comparison->left, &pair[0], set);
          else
            add_to_side (&comparison->right, &pair[1], set);
        }
    }

  for (guint i = 0; i < comparisons->len; i++)
    {
      HammySideComparison *comparison = g_ptr_array_index (comparisons, i);
      SideSums *pair = (SideSums *) (sums->data + i * 2 * sizeof (SideSums));

      finish_side (&comparison->left, &pair[0]);
      finish_side (&comparison->right, &pair[1]);
    }

  return g_steal_pointer (&comparisons);
}

static const char *
exercise_name (HammyLibrary *library,
               const char   *id)
{
  HammyExercise *exercise = library != NULL ? hammy_library_lookup_exercise (library, id) : NULL;

  /* An exercise from an older plan may be gone from the library: its id still says something. */
  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

/* One exercise, one sentence or two: the measure that exercise is about, then the load. */
static void
describe_pair (GString                   *text,
               const HammySideComparison *comparison,
               HammySide                  sore,
               const char                *name)
{
  gboolean known = sore == HAMMY_SIDE_LEFT || sore == HAMMY_SIDE_RIGHT;
  HammySide first_side = known ? sore : HAMMY_SIDE_LEFT;
  HammySide second_side = first_side == HAMMY_SIDE_LEFT ? HAMMY_SIDE_RIGHT : HAMMY_SIDE_LEFT;
  const HammySideStats *a = hammy_side_comparison_get (comparison, first_side);
  const HammySideStats *b = hammy_side_comparison_get (comparison, second_side);
  gboolean holds = a->best_hold > 0 || b->best_hold > 0;
  double first, second;

  if (b->n_sets == 0)
    {
      if (known)
        hammy_sentences_append_printf (text, _("%s: only the sore side was logged."), name);
      else
        hammy_sentences_append_printf (text, _("%s: only the left side was logged."), name);
      return;
    }
  if (a->n_sets == 0)
    {
      if (known)
        hammy_sentences_append_printf (text, _("%s: only the other side was logged."), name);
      else
        hammy_sentences_append_printf (text, _("%s: only the right side was logged."), name);
      return;
    }

  if (holds)
    {
      g_autofree char *hold_a = hammy_history_format_duration (a->best_hold);
      g_autofree char *hold_b = hammy_history_format_duration (b->best_hold);

      if (known)
        /* TRANSLATORS: %s are an exercise, then two durations such as “30 s” */
        hammy_sentences_append_printf (text, _("%s: longest hold %s on the sore side and %s on the other."), name, hold_a, hold_b);
      else
        hammy_sentences_append_printf (text, _("%s: longest hold %s on the left and %s on the right."), name, hold_a, hold_b);
      first = a->best_hold;
      second = b->best_hold;
    }
  else
    {
      if (known)
        /* TRANSLATORS: %s is an exercise, the numbers are reps in the best set */
        hammy_sentences_append_printf (text, _("%s: most reps in a set, %u on the sore side and %u on the other."), name,
                                       a->best_reps, b->best_reps);
      else
        hammy_sentences_append_printf (text, _("%s: most reps in a set, %u on the left and %u on the right."), name,
                                       a->best_reps, b->best_reps);
      first = a->best_reps;
      second = b->best_reps;
    }

  /* As a share of the other side, the way clinicians compare legs. */
  if (known && first > 0 && second > 0)
    hammy_sentences_append_printf (text, _("The sore side reached %d%% of the other."), (int) round (100 * first / second));

  if (a->best_load_kg > 0 || b->best_load_kg > 0)
    {
      g_autofree char *load_a = hammy_history_format_load (a->best_load_kg);
      g_autofree char *load_b = hammy_history_format_load (b->best_load_kg);

      if (known)
        hammy_sentences_append_printf (text, _("Heaviest load %s on the sore side and %s on the other."), load_a, load_b);
      else
        hammy_sentences_append_printf (text, _("Heaviest load %s on the left and %s on the right."), load_a, load_b);
    }
}

char *
hammy_history_describe_sides (GPtrArray    *comparisons,
                              HammySide     sore,
                              HammyLibrary *library,
                              guint         n_days)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (comparisons != NULL, NULL);
  g_return_val_if_fail (library == NULL || HAMMY_IS_LIBRARY (library), NULL);

  if (sore == HAMMY_SIDE_LEFT)
    hammy_sentences_append (text, _("Your sore side is the left."));
  else if (sore == HAMMY_SIDE_RIGHT)
    hammy_sentences_append (text, _("Your sore side is the right."));
  else
    hammy_sentences_append (text, _("Choose which side is sore to compare it with the other. Until then, left is shown against right."));

  if (comparisons->len == 0)
    {
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "No exercise was logged one side at a time in the last %u day.",
                                                        "No exercise was logged one side at a time in the last %u days.",
                                                        n_days),
                                     n_days);
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                    "Best sets in the last %u day:",
                                                    "Best sets in the last %u days:",
                                                    n_days),
                                 n_days);
  for (guint i = 0; i < comparisons->len; i++)
    {
      const HammySideComparison *comparison = g_ptr_array_index (comparisons, i);

      /* A line each, so the summary reads in parts. */
      g_string_append_c (text, '\n');
      describe_pair (text, comparison, sore, exercise_name (library, comparison->exercise));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- which side is sore -------------------------------------------------------------- */

/* The leg a check was about, from its answers: BOTH when it names both or none. */
HammySide
hammy_history_get_check_side (HammyAssessment *assessment)
{
  JsonObject *answers;
  JsonNode *node;
  const char *side;

  if (assessment == NULL)
    return HAMMY_SIDE_BOTH;

  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), HAMMY_SIDE_BOTH);

  answers = hammy_assessment_get_answers (assessment);
  node = answers != NULL ? json_object_get_member (answers, "side") : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return HAMMY_SIDE_BOTH;

  side = json_node_get_string (node);
  if (g_strcmp0 (side, "left") == 0)
    return HAMMY_SIDE_LEFT;
  if (g_strcmp0 (side, "right") == 0)
    return HAMMY_SIDE_RIGHT;
  return HAMMY_SIDE_BOTH;
}

/* The newest word on it wins: a check after the person's choice may be about the other leg
 * now, and a choice after a check corrects it. A check that names both legs names no side,
 * so a choice made before it still stands. */
HammySide
hammy_history_resolve_sore_side (HammyAssessment     *latest,
                                 HammySide            chosen,
                                 GDateTime           *chosen_at,
                                 HammySoreSideSource *source)
{
  HammySide checked = hammy_history_get_check_side (latest);
  gboolean have_choice = (chosen == HAMMY_SIDE_LEFT || chosen == HAMMY_SIDE_RIGHT) && chosen_at != NULL;
  HammySoreSideSource unused;

  if (source == NULL)
    source = &unused;

  if (checked != HAMMY_SIDE_BOTH &&
      (!have_choice || g_date_time_compare (hammy_assessment_get_created (latest), chosen_at) > 0))
    {
      *source = HAMMY_SORE_SIDE_FROM_CHECK;
      return checked;
    }
  if (have_choice)
    {
      *source = HAMMY_SORE_SIDE_CHOSEN;
      return chosen;
    }

  *source = HAMMY_SORE_SIDE_UNKNOWN;
  return HAMMY_SIDE_BOTH;
}

/* Whether pain going from @early to @late (means out of 10) is a change a person feels: about
 * 2 points, or 30% of where it started as long as that is a whole point (docs/content.md). A
 * fall from 4.1 to 2.8 is one; from 1.0 to 0.6 is not. */
gboolean
hammy_pain_change_is_meaningful (double early,
                                 double late)
{
  double change = fabs (late - early);

  if (change >= HAMMY_PAIN_MEANINGFUL_CHANGE)
    return TRUE;

  return early > 0 && change >= HAMMY_PAIN_MEANINGFUL_FLOOR && change / early >= HAMMY_PAIN_MEANINGFUL_SHARE;
}
