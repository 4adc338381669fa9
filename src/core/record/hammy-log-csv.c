/* hammy-log-csv.c: the log as a spreadsheet file: one row for each set and each morning
 * check-in, in the order they happened, as comma-separated values in UTF-8 (RFC 4180). The
 * file starts with a byte-order mark, by which spreadsheets know it is UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-log-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-log-csv.h"

#define N_COLUMNS 12

/* A field as a spreadsheet reads it back: quoted when it holds a comma, a quote or a line
 * end, its quotes doubled. A field that a spreadsheet would take for a formula (starting with
 * =, +, - or @, and not a number) is quoted with a space in front, so that it stays text. */
static void
append_field (GString    *row,
              const char *field)
{
  gboolean quote, formula;

  g_string_append_c (row, ',');
  if (field == NULL || *field == '\0')
    return;

  formula = strchr ("=+-@", field[0]) != NULL && !g_ascii_isdigit (field[1]);
  quote = formula || strpbrk (field, ",\"\r\n") != NULL;
  if (!quote)
    {
      g_string_append (row, field);
      return;
    }

  g_string_append_c (row, '"');
  if (formula)
    g_string_append_c (row, ' ');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *c);
    }
  g_string_append_c (row, '"');
}

static void
append_number (GString *row,
               int      value,
               gboolean given)
{
  char text[16];

  g_snprintf (text, sizeof text, "%d", value);
  append_field (row, given ? text : NULL);
}

/* Every field went in after a comma: the row's first one needs none. */
static void
end_row (GString *csv,
         gsize    start)
{
  g_string_erase (csv, start, 1);
  g_string_append (csv, "\r\n");
}

static const char *
side_word (HammySide side)
{
  switch (side)
    {
    case HAMMY_SIDE_LEFT:
      return C_("side", "left");
    case HAMMY_SIDE_RIGHT:
      return C_("side", "right");
    case HAMMY_SIDE_BOTH:
    default:
      return C_("side", "both");
    }
}

static const char *
leg_word (HammyCompared leg)
{
  switch (leg)
    {
    case HAMMY_COMPARED_BETTER:
      return _("better than usual");
    case HAMMY_COMPARED_WORSE:
      return _("worse than usual");
    case HAMMY_COMPARED_SAME:
    default:
      return _("as usual");
    }
}

static void
append_set (GString           *csv,
            HammyLibrary      *library,
            const HammyLogSet *set)
{
  g_autoptr(GDateTime) finished = g_date_time_new_from_unix_local (set->finished);
  g_autofree char *day = g_date_time_format (finished, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (finished, "%H:%M");
  HammyExercise *exercise = hammy_library_lookup_exercise (library, set->exercise);
  char load[32] = "";
  gsize start = csv->len;

  if (set->load_kg > 0)
    g_ascii_formatd (load, sizeof load, "%.1f", set->load_kg);

  append_field (csv, day);
  append_field (csv, time);
  /* TRANSLATORS: the kind of a row in the exported log */
  append_field (csv, C_("log row", "set"));
  append_field (csv, exercise != NULL ? hammy_exercise_get_name (exercise) : set->exercise);
  append_field (csv, side_word (set->side));
  append_number (csv, set->number, TRUE);
  append_number (csv, set->reps, set->reps > 0);
  append_number (csv, set->hold_seconds, set->hold_seconds > 0);
  append_field (csv, load);
  append_number (csv, set->pain, set->pain >= 0);
  append_number (csv, set->effort, set->effort > 0);
  append_field (csv, NULL);
  end_row (csv, start);
}

static void
append_checkin (GString               *csv,
                const HammyLogCheckin *checkin)
{
  gsize start = csv->len;

  append_field (csv, checkin->date);
  append_field (csv, NULL);
  /* TRANSLATORS: the kind of a row in the exported log */
  append_field (csv, C_("log row", "morning check-in"));
  for (guint i = 0; i < 6; i++)
    append_field (csv, NULL);
  append_number (csv, checkin->run_pain, checkin->run_pain >= 0);
  append_field (csv, NULL);
  {
    g_autofree char *morning = checkin->warning != NULL
      ? g_strdup_printf (_("%s, with a warning sign (%s)"), leg_word (checkin->leg), checkin->warning)
      : g_strdup (leg_word (checkin->leg));

    append_field (csv, morning);
  }
  end_row (csv, start);
}

/* Every set and every check-in of @log, oldest first, with a header row. Notes typed on sets
 * are left out: the file may go to anyone. */
GBytes *
hammy_log_to_csv (HammyLog     *log,
                  HammyLibrary *library)
{
  const char *header[N_COLUMNS] = {
    /* TRANSLATORS: the columns of the exported log */
    _("Date"), _("Time"), _("Entry"), _("Exercise"), _("Side"), _("Set"), _("Reps"), _("Hold (seconds)"),
    _("Added weight (kg)"), _("Pain (0–10)"), _("Effort (1–10)"), _("Morning"),
  };
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  guint n_sessions, n_checkins, s = 0, c = 0;

  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  for (guint i = 0; i < N_COLUMNS; i++)
    append_field (csv, header[i]);
  end_row (csv, 3);

  /* Sessions and check-ins each come oldest first; the rows interleave them by day. */
  n_sessions = hammy_log_get_n_sessions (log);
  n_checkins = hammy_log_get_n_checkins (log);
  while (s < n_sessions || c < n_checkins)
    {
      const HammyLogSession *session = s < n_sessions ? hammy_log_get_session (log, s) : NULL;
      const HammyLogCheckin *checkin = c < n_checkins ? hammy_log_get_checkin (log, c) : NULL;
      g_autofree char *session_day = NULL;

      if (session != NULL)
        {
          g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (session->started);

          session_day = g_date_time_format (started, "%Y-%m-%d");
        }
      /* A morning check-in comes before the session of its day. */
      if (checkin != NULL && (session == NULL || g_strcmp0 (checkin->date, session_day) <= 0))
        {
          append_checkin (csv, checkin);
          c++;
          continue;
        }

      for (guint i = 0; i < session->sets->len; i++)
        append_set (csv, library, &g_array_index (session->sets, HammyLogSet, i));
      s++;
    }

  return g_string_free_to_bytes (csv);
}
