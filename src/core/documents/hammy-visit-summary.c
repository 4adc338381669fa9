/* hammy-visit-summary.c: the visit summary, made once from the log, the plan and the latest check
 * for a period that ends today, so the window and the PDF only lay it out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hammy-dates.h"
#include "hammy-days.h"
#include "hammy-exercise.h"
#include "hammy-triage-text.h"
#include "hammy-sentences.h"
#include "hammy-visit-summary.h"

struct _HammyVisitSummary
{
  GObject              parent_instance;

  GDate                since;
  GDate                today;
  guint                n_days;
  char                *date_line;
  char                *period_line;
  char                *patient_line;   /* or NULL */
  char                *clinician_line; /* or NULL */

  HammyHandout        *plan;           /* or NULL */
  char                *plan_text;
  char                *check_line;     /* or NULL */
  char                *private_note;   /* or NULL */

  HammyVisitAdherence  adherence;
  char                *adherence_text;
  GStrv                exercise_lines; /* each exercise against what was due of it */
  char                *running_text;   /* Today's running sentence, or NULL */

  HammyPainTrend      *trend;
  HammyVisitPain       pain;
  char                *pain_reading;
  char                *pain_text;
  char                *mornings_text;

  HammySide            sore;
  int                  cap;            /* the most a set may hurt for the plan's picture */
  GPtrArray           *comparisons;    /* of HammySideComparison */
  char                *sides_text;
  GArray              *side_rows;      /* of HammyVisitSideRow */

  GArray              *flags;          /* of HammyVisitFlag */
  char                *flags_text;
  GArray              *checkins;       /* of HammyVisitCheckin, oldest first */
};

G_DEFINE_FINAL_TYPE (HammyVisitSummary, hammy_visit_summary, G_TYPE_OBJECT)

/* ---- helpers --------------------------------------------------------------------------- */

static void
flag_clear (HammyVisitFlag *flag)
{
  g_free (flag->text);
}

static void
checkin_clear (HammyVisitCheckin *checkin)
{
  g_free (checkin->day);
  g_free (checkin->text);
}

static void
side_row_clear (HammyVisitSideRow *row)
{
  g_free (row->sore);
  g_free (row->other);
}

static void
date_from_time (GDateTime *time,
                GDate     *out)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

static gboolean
in_period (HammyVisitSummary *self,
           const GDate       *date)
{
  return g_date_valid (date) && g_date_compare (date, &self->since) >= 0 && g_date_compare (date, &self->today) <= 0;
}

static guint
percent (guint part,
         guint whole)
{
  return whole > 0 ? (guint) round (100.0 * part / whole) : 0;
}

static const char *
exercise_name (HammyLibrary *library,
               const char   *id)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library, id);

  /* A run of the ladder, or an exercise gone from the library: its id still says something. */
  if (g_strcmp0 (id, HAMMY_PLAN_LADDER_RUN) == 0)
    return _("Run");
  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

/* As the History page counts it: a session left open with sets counts as done in part, and
 * one opened and never used does not count. */
static HammySessionStatus
session_status (const HammyLogSession *session)
{
  if (session->status == HAMMY_SESSION_IN_PROGRESS)
    return session->sets->len > 0 ? HAMMY_SESSION_PARTIAL : HAMMY_SESSION_IN_PROGRESS;
  return session->status;
}

/* ---- the period and the plan ----------------------------------------------------------- */

static void
make_period_line (HammyVisitSummary *self)
{
  g_autofree char *last = hammy_dates_format (&self->today, HAMMY_DATE_STYLE_DAY);
  g_autofree char *first = NULL;

  self->date_line = g_strdup (last);
  if (self->n_days == 1)
    {
      /* TRANSLATORS: the period of a visit summary that is one day, as in “3 March 2026 only” */
      self->period_line = g_strdup_printf (_("%s only"), last);
      return;
    }

  if (g_date_get_year (&self->since) == g_date_get_year (&self->today))
    first = hammy_dates_format (&self->since, HAMMY_DATE_STYLE_DAY_IN_YEAR);
  else
    first = hammy_dates_format (&self->since, HAMMY_DATE_STYLE_DAY);

  /* TRANSLATORS: the period of a visit summary, as in “3 March to 16 March 2026, 14 days” */
  self->period_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s to %s, %u day", "%s to %s, %u days",
                                                    self->n_days),
                                       first, last, self->n_days);
}

static void
make_plan (HammyVisitSummary *self,
           HammyPlan         *plan,
           HammyToday        *today,
           HammyLibrary      *library,
           HammyAssessment   *latest)
{
  if (plan != NULL)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&self->today), g_date_get_month (&self->today),
                                                        g_date_get_day (&self->today), 12, 0, 0);

      /* The clinician is who the plan's notes are for; the private note is kept apart. */
      if (today != NULL && hammy_today_get_plan (today) == plan)
        self->plan = hammy_handout_new_for_today (today, library, day, HAMMY_HANDOUT_WITH_NOTES);
      else
        self->plan = hammy_handout_new (plan, library, day, HAMMY_HANDOUT_WITH_NOTES);
      /* TRANSLATORS: the phase of the plan, then where the plan came from, as in
       * “Phase: Build strength. Made from your check on 3 March 2026.” */
      self->plan_text = g_strdup_printf (_("Phase: %s. %s"), hammy_handout_get_phase_title (self->plan),
                                         hammy_handout_get_source_line (self->plan));
      self->private_note = g_strdup (hammy_plan_get_private_note (plan));
    }
  else
    self->plan_text = g_strdup (_("There is no plan yet: no check has been done and no plan file was brought in."));

  if (latest != NULL)
    {
      const char *picture = hammy_triage_picture_get_name (hammy_assessment_get_picture (latest));
      GDate day;
      g_autofree char *when = NULL;

      date_from_time (hammy_assessment_get_created (latest), &day);
      when = hammy_dates_format (&day, HAMMY_DATE_STYLE_DAY);
      if (!hammy_triage_phase_is_training (hammy_assessment_get_phase (latest)))
        /* TRANSLATORS: %s is a day, as in “3 March 2026” */
        self->check_line = g_strdup_printf (_("Latest check on %s: it found signs that need a clinician."), when);
      else if (picture != NULL)
        /* TRANSLATORS: a day, then the likely picture, as in “A hamstring strain” */
        self->check_line = g_strdup_printf (_("Latest check on %s. Likely picture: %s."), when, picture);
      else
        self->check_line = g_strdup_printf (_("Latest check on %s."), when);
    }
}

/* ---- sessions done --------------------------------------------------------------------- */

/* Against what the schedule put on each day (docs/programme.md, "Schedule"). Today counts once
 * it has a session: the day is not over. */
static void
make_adherence (HammyVisitSummary *self,
                HammyLog          *log)
{
  HammyVisitAdherence *adherence = &self->adherence;
  g_autoptr(GString) text = g_string_new (NULL);
  HammyAdherence due;
  gboolean logged_today = FALSE;
  GDate last;

  adherence->n_days = self->n_days;
  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      HammySessionStatus status = session_status (session);
      GDate date;

      if (status == HAMMY_SESSION_IN_PROGRESS || !hammy_history_get_session_date (session, &date) ||
          !in_period (self, &date))
        continue;

      if (status == HAMMY_SESSION_DONE)
        adherence->n_done++;
      else if (status == HAMMY_SESSION_PARTIAL)
        adherence->n_partial++;
      else
        adherence->n_skipped++;
      if (g_date_compare (&date, &self->today) == 0 && status != HAMMY_SESSION_SKIPPED)
        logged_today = TRUE;

      adherence->sets_done += session->sets->len;
      adherence->sets_planned += session->planned_sets;
    }

  last = self->today;
  if (!logged_today)
    g_date_subtract_days (&last, 1);
  hammy_history_get_adherence (log, &self->since, &last, &due);
  adherence->n_due = due.days_due;
  adherence->n_days_trained = due.days_trained;
  adherence->due = due.due;
  adherence->due_done = due.done;

  if (adherence->n_done + adherence->n_partial + adherence->n_skipped == 0)
    {
      if (adherence->n_due == 0)
        hammy_sentences_append (text, _("No sessions are logged in this time."));
      else
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "No sessions are logged in this time, with %u day when one was due.",
                                                          "No sessions are logged in this time, with %u days when one was due.",
                                                          adherence->n_due),
                                       adherence->n_due);
      self->adherence_text = g_string_free (g_steal_pointer (&text), FALSE);
      return;
    }

  if (adherence->n_due > 0)
    {
      /* TRANSLATORS: days with a session, of days a session was due, and the share of them */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "There was a session on %u of %u day when one was due (%u%%).",
                                                        "There was a session on %u of %u days when one was due (%u%%).",
                                                        adherence->n_due),
                                     adherence->n_days_trained, adherence->n_due,
                                     percent (adherence->n_days_trained, adherence->n_due));
      /* TRANSLATORS: exercises done, of exercises due, and the share of them */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "%u of %u exercise due was done (%u%%).",
                                                        "%u of %u exercises due were done (%u%%).",
                                                        adherence->due),
                                     adherence->due_done, adherence->due, percent (adherence->due_done, adherence->due));
    }
  hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                    "%u session was done in full.",
                                                    "%u sessions were done in full.",
                                                    adherence->n_done),
                                 adherence->n_done);
  if (adherence->n_partial > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u was done in part.",
                                                      "%u were done in part.",
                                                      adherence->n_partial),
                                   adherence->n_partial);
  if (adherence->n_skipped > 0)
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u was skipped.",
                                                      "%u were skipped.",
                                                      adherence->n_skipped),
                                   adherence->n_skipped);
  if (adherence->sets_planned > 0)
    /* TRANSLATORS: sets done, of sets planned, and the share of them */
    hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                      "%u of %u planned set was done (%u%%).",
                                                      "%u of %u planned sets were done (%u%%).",
                                                      adherence->sets_planned),
                                   adherence->sets_done, adherence->sets_planned,
                                   percent (adherence->sets_done, adherence->sets_planned));

  self->adherence_text = g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each exercise against what was due of it over the period, one line each. */
static void
make_exercise_lines (HammyVisitSummary *self,
                     HammyLog          *log,
                     HammyLibrary      *library)
{
  g_autoptr(GArray) each = hammy_history_get_exercise_adherence (log, &self->since, &self->today);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  for (guint i = 0; i < each->len; i++)
    {
      g_autofree char *line = hammy_history_describe_exercise_adherence (&g_array_index (each, HammyExerciseAdherence, i),
                                                                         library);

      g_strv_builder_add (lines, line);
    }
  self->exercise_lines = g_strv_builder_end (lines);
}

/* ---- pain ------------------------------------------------------------------------------ */

static char *
format_mean (double pain)
{
  /* TRANSLATORS: a mean pain out of 10 with one decimal, as in “3.5” */
  return g_strdup_printf (_("%.1f"), pain);
}

static void
make_pain_reading (HammyVisitSummary *self)
{
  HammyVisitPain *pain = &self->pain;
  g_autofree char *early = format_mean (pain->early);
  g_autofree char *late = format_mean (pain->late);

  switch (pain->trend)
    {
    case HAMMY_VISIT_TREND_BETTER:
      /* TRANSLATORS: two mean pains out of 10, as in “from 5.0 to 2.5” */
      self->pain_reading = g_strdup_printf (_("Better: pain during sessions came down from %s to %s out of 10, "
                                              "a change of 2 points or 30%% or more."), early, late);
      break;
    case HAMMY_VISIT_TREND_WORSE:
      self->pain_reading = g_strdup_printf (_("Worse: pain during sessions went up from %s to %s out of 10, "
                                              "a change of 2 points or 30%% or more."), early, late);
      break;
    case HAMMY_VISIT_TREND_SAME:
      self->pain_reading = g_strdup_printf (_("About the same: pain during sessions went from %s to %s out of 10, "
                                              "less than the 2 points or 30%% a person can feel."), early, late);
      break;
    case HAMMY_VISIT_TREND_UNKNOWN:
    default:
      if (pain->n_sessions == 0)
        self->pain_reading = g_strdup (_("No session with sets in this time, so there is no pain to read."));
      else if (pain->n_rated == 0)
        self->pain_reading = g_strdup (_("No pain was rated during the sessions in this time."));
      else
        self->pain_reading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Only %u session had a pain rating: too few to read a trend.",
                                                           "Only %u sessions had a pain rating: too few to read a trend.",
                                                           pain->n_rated),
                                              pain->n_rated);
      break;
    }
}

/* How hard the sets felt: the mean of the efforts given, 1 to 10, over the period. */
static void
count_effort (HammyVisitSummary *self,
              HammyLog          *log)
{
  HammyVisitPain *pain = &self->pain;
  double sum = 0;

  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      GDate date;

      if (!hammy_history_get_session_date (session, &date) || !in_period (self, &date))
        continue;
      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          if (set->effort > 0)
            {
              sum += set->effort;
              pain->n_effort++;
            }
        }
    }
  pain->effort = pain->n_effort > 0 ? sum / pain->n_effort : 0;
}

static void
make_pain (HammyVisitSummary *self)
{
  HammyVisitPain *pain = &self->pain;
  g_autoptr(GString) text = g_string_new (NULL);

  pain->highest = -1;
  pain->latest = -1;
  pain->n_sessions = self->trend->sessions->len;
  for (guint i = 0; i < self->trend->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (self->trend->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        continue;
      pain->n_rated++;
      pain->highest = MAX (pain->highest, point->max_pain);
      pain->latest = point->max_pain;
      if (point->max_pain > self->cap)
        pain->n_above++;
    }

  if (!hammy_pain_trend_get_change (self->trend, &pain->early, &pain->late))
    pain->trend = HAMMY_VISIT_TREND_UNKNOWN;
  else if (pain->late < pain->early && hammy_pain_change_is_meaningful (pain->early, pain->late))
    pain->trend = HAMMY_VISIT_TREND_BETTER;
  else if (pain->late > pain->early && hammy_pain_change_is_meaningful (pain->early, pain->late))
    pain->trend = HAMMY_VISIT_TREND_WORSE;
  else
    pain->trend = HAMMY_VISIT_TREND_SAME;
  make_pain_reading (self);

  if (pain->n_rated > 0)
    {
      hammy_sentences_append_printf (text, _("Highest pain %d out of 10, and %d in the latest session."), pain->highest, pain->latest);
      if (pain->n_above > 0)
        /* TRANSLATORS: sessions, then the most a set may hurt for this picture, out of 10 */
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "%u session went above %d, where that exercise stops for the day.",
                                                          "%u sessions went above %d, where that exercise stops for the day.",
                                                          pain->n_above),
                                       pain->n_above, self->cap);
      else
        /* TRANSLATORS: %d is the most a set may hurt for this picture, out of 10 */
        hammy_sentences_append_printf (text, _("No session went above %d."), self->cap);
      if (pain->trend != HAMMY_VISIT_TREND_UNKNOWN)
        hammy_sentences_append (text, _("Each session counts by its highest pain, and the first half of the sessions is set against the second."));
    }
  if (pain->n_effort > 0)
    {
      g_autofree char *effort = format_mean (pain->effort);

      /* TRANSLATORS: a mean effort out of 10, as in “6.5”, and a number of sets */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "Effort averaged %s out of 10, over %u set with an effort given.",
                                                        "Effort averaged %s out of 10, over %u sets with an effort given.",
                                                        pain->n_effort),
                                     effort, pain->n_effort);
    }
  self->pain_text = g_string_free (g_steal_pointer (&text), FALSE);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->trend->mornings->len; i++)
    {
      const HammyMorningPoint *point = &g_array_index (self->trend->mornings, HammyMorningPoint, i);

      pain->n_mornings++;
      if (point->value == HAMMY_COMPARED_WORSE)
        pain->n_worse++;
      else if (point->value == HAMMY_COMPARED_BETTER)
        pain->n_better++;
      else
        pain->n_same++;
      if (point->red_flag)
        pain->n_warnings++;
    }

  if (pain->n_mornings == 0)
    hammy_sentences_append (text, _("There are no morning check-ins in this time."));
  else
    {
      /* TRANSLATORS: check-ins, then how many of them felt worse than usual, the same and better */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                        "%u morning check-in: %u worse than usual, %u the same and %u better.",
                                                        "%u morning check-ins: %u worse than usual, %u the same and %u better.",
                                                        pain->n_mornings),
                                     pain->n_mornings, pain->n_worse, pain->n_same, pain->n_better);
      if (pain->n_warnings > 0)
        hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                          "A warning sign was noted on %u morning.",
                                                          "A warning sign was noted on %u mornings.",
                                                          pain->n_warnings),
                                       pain->n_warnings);
    }
  self->mornings_text = g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- the sore side against the other --------------------------------------------------- */

static char *
format_best (const HammySideStats *stats,
             gboolean              holds)
{
  g_autofree char *measure = NULL;

  if (stats->n_sets == 0)
    return g_strdup (_("not logged"));

  if (holds)
    measure = hammy_history_format_duration (stats->best_hold);
  else
    measure = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", stats->best_reps), stats->best_reps);

  if (stats->best_load_kg > 0)
    {
      g_autofree char *load = hammy_history_format_load (stats->best_load_kg);

      /* TRANSLATORS: reps or a hold, then a weight, as in “8 reps with 7.5 kg” */
      return g_strdup_printf (_("%s with %s"), measure, load);
    }

  return g_steal_pointer (&measure);
}

static void
make_sides (HammyVisitSummary *self,
            HammyLog          *log,
            HammyLibrary      *library)
{
  gboolean known = self->sore == HAMMY_SIDE_LEFT || self->sore == HAMMY_SIDE_RIGHT;
  HammySide first = known ? self->sore : HAMMY_SIDE_LEFT;
  HammySide second = first == HAMMY_SIDE_LEFT ? HAMMY_SIDE_RIGHT : HAMMY_SIDE_LEFT;

  self->comparisons = hammy_history_compare_sides (log, &self->today, self->n_days);
  self->sides_text = hammy_history_describe_sides (self->comparisons, self->sore, library, self->n_days);

  for (guint i = 0; i < self->comparisons->len; i++)
    {
      const HammySideComparison *comparison = g_ptr_array_index (self->comparisons, i);
      const HammySideStats *a = hammy_side_comparison_get (comparison, first);
      const HammySideStats *b = hammy_side_comparison_get (comparison, second);
      gboolean holds = a->best_hold > 0 || b->best_hold > 0;
      double mine = holds ? a->best_hold : a->best_reps;
      double theirs = holds ? b->best_hold : b->best_reps;
      HammyVisitSideRow row = {
        .exercise = comparison->exercise,
        .name = exercise_name (library, comparison->exercise),
        .sore = format_best (a, holds),
        .other = format_best (b, holds),
        .percent = mine > 0 && theirs > 0 ? (int) round (100 * mine / theirs) : -1,
      };

      g_array_append_val (self->side_rows, row);
    }
}

/* ---- what needs a look ----------------------------------------------------------------- */

static void
add_flag (HammyVisitSummary  *self,
          HammyVisitFlagKind  kind,
          const GDate        *date,
          char               *text)
{
  HammyVisitFlag flag = { .kind = kind, .date = *date, .text = text };

  g_array_append_val (self->flags, flag);
}

static gboolean
is_easier_variant (HammyLibrary *library,
                   const char   *exercise,
                   const char   *variant)
{
  HammyExercise *stopped = hammy_library_lookup_exercise (library, exercise);
  const char * const *easier = stopped != NULL ? hammy_exercise_get_easier (stopped) : NULL;

  return easier != NULL && variant != NULL && g_strv_contains (easier, variant);
}

static char *
describe_stop (HammyLibrary          *library,
               const HammyLogSession *session,
               guint                  index,
               const char            *day)
{
  const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, index);
  const char *name = exercise_name (library, set->exercise);
  const HammyLogSet *next = index + 1 < session->sets->len ? &g_array_index (session->sets, HammyLogSet, index + 1) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  /* TRANSLATORS: a day, a pain out of 10 and an exercise, as in “Tue 3 Mar: pain 7 out of 10 in
   * Nordic curl on the left side, so that exercise stopped for the day.” */
  if (set->side == HAMMY_SIDE_LEFT)
    hammy_sentences_append_printf (text, _("%s: pain %d out of 10 in %s on the left side, so that exercise stopped for the day."),
                                   day, set->pain, name);
  else if (set->side == HAMMY_SIDE_RIGHT)
    hammy_sentences_append_printf (text, _("%s: pain %d out of 10 in %s on the right side, so that exercise stopped for the day."),
                                   day, set->pain, name);
  else
    hammy_sentences_append_printf (text, _("%s: pain %d out of 10 in %s, so that exercise stopped for the day."), day, set->pain, name);

  if (next != NULL && is_easier_variant (library, set->exercise, next->exercise))
    /* TRANSLATORS: %s is an exercise */
    hammy_sentences_append_printf (text, _("The easier %s was done instead."), exercise_name (library, next->exercise));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
make_flags (HammyVisitSummary *self,
            HammyLog          *log,
            HammyPlan         *plan,
            HammyLibrary      *library,
            HammyAssessment   *latest)
{
  guint n_warnings = 0, n_stops = 0, n_notes = 0;

  if (latest != NULL && !hammy_triage_phase_is_training (hammy_assessment_get_phase (latest)))
    {
      const char *action = hammy_assessment_get_action (latest);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *when = NULL;
      GDate day;

      date_from_time (hammy_assessment_get_created (latest), &day);
      when = hammy_dates_format (&day, HAMMY_DATE_STYLE_SHORT_WEEKDAY);
      /* TRANSLATORS: %s is a day, as in “Tue 3 Mar” */
      hammy_sentences_append_printf (text, _("%s: the latest check found signs that need a clinician."), when);
      for (const char * const *flag = hammy_assessment_get_flags (latest); flag != NULL && *flag != NULL; flag++)
        {
          const char *sentence = hammy_triage_flag_get_sentence (*flag);

          if (sentence != NULL)
            hammy_sentences_append (text, sentence);
        }
      if (action != NULL)
        hammy_sentences_append (text, action);
      add_flag (self, HAMMY_VISIT_FLAG_CHECK, &day, g_string_free (g_steal_pointer (&text), FALSE));
    }

  for (guint i = 0; i < self->checkins->len; i++)
    {
      const HammyVisitCheckin *checkin = &g_array_index (self->checkins, HammyVisitCheckin, i);
      g_autoptr(GString) text = g_string_new (NULL);
      char day[11];

      if (!checkin->red_flag)
        continue;

      if (checkin->warning != NULL)
        /* TRANSLATORS: a day and a warning sign, as in “Tue 3 Mar: a warning sign, numbness down the
         * leg, was noted at the morning check-in.” */
        hammy_sentences_append_printf (text, _("%s: a warning sign, %s, was noted at the morning check-in."),
                                       checkin->day, checkin->warning);
      else
        /* TRANSLATORS: %s is a day, as in “Tue 3 Mar” */
        hammy_sentences_append_printf (text, _("%s: a warning sign was noted at the morning check-in."), checkin->day);
      g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (&checkin->date), g_date_get_month (&checkin->date),
                  g_date_get_day (&checkin->date));
      if (plan != NULL && g_strcmp0 (hammy_plan_get_stopped (plan), day) == 0)
        hammy_sentences_append (text, _("The plan stopped there, until a clinician has looked at the leg."));
      add_flag (self, HAMMY_VISIT_FLAG_WARNING_SIGN, &checkin->date, g_string_free (g_steal_pointer (&text), FALSE));
      n_warnings++;
    }

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
      {
        const HammyLogSession *session = hammy_log_get_session (log, i);
        g_autofree char *day = NULL;
        GDate date;

        if (!hammy_history_get_session_date (session, &date) || !in_period (self, &date))
          continue;

        day = hammy_dates_format (&date, HAMMY_DATE_STYLE_SHORT_WEEKDAY);
        for (guint j = 0; j < session->sets->len; j++)
          {
            const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

            if (pass == 0 && set->pain > self->cap)
              {
                add_flag (self, HAMMY_VISIT_FLAG_STOPPED, &date, describe_stop (library, session, j, day));
                n_stops++;
              }
            else if (pass == 1 && set->note != NULL && *set->note != '\0')
              {
                /* TRANSLATORS: a day, an exercise and what the person wrote on a set of it */
                add_flag (self, HAMMY_VISIT_FLAG_NOTE, &date,
                          g_strdup_printf (_("%s, %s: “%s”"), day, exercise_name (library, set->exercise), set->note));
                n_notes++;
              }
          }
      }

  /* Notes on sets are private on a shared screen: the count leaves them out, so that it never
   * hints at what is hidden. They are listed after what is counted. */
  if (self->flags->len == n_notes)
    /* TRANSLATORS: %d is the most a set may hurt for this picture, out of 10 */
    self->flags_text = g_strdup_printf (_("Nothing needs a look: no warning signs and no pain above %d."), self->cap);
  else
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint n_counted = self->flags->len - n_notes;

      /* TRANSLATORS: the number of things listed under “Needs a Look” */
      hammy_sentences_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u thing needs a look.", "%u things need a look.",
                                                        n_counted),
                                     n_counted);
      if (n_warnings == 0)
        hammy_sentences_append (text, _("No warning sign was noted at a morning check-in."));
      if (n_stops == 0)
        /* TRANSLATORS: %d is the most a set may hurt for this picture, out of 10 */
        hammy_sentences_append_printf (text, _("No set went above %d."), self->cap);
      self->flags_text = g_string_free (g_steal_pointer (&text), FALSE);
    }
}

/* ---- check-ins ------------------------------------------------------------------------- */

static const char *
describe_leg (HammyCompared compared)
{
  switch (compared)
    {
    case HAMMY_COMPARED_BETTER:
      return _("The leg felt better than usual.");
    case HAMMY_COMPARED_WORSE:
      return _("The leg felt worse than usual.");
    case HAMMY_COMPARED_SAME:
    default:
      return _("The leg felt as usual.");
    }
}

static int
compare_checkins (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (&((const HammyVisitCheckin *) a)->date, &((const HammyVisitCheckin *) b)->date);
}

static void
make_checkins (HammyVisitSummary *self,
               HammyLog          *log)
{
  for (guint i = 0; i < hammy_log_get_n_checkins (log); i++)
    {
      const HammyLogCheckin *logged = hammy_log_get_checkin (log, i);
      HammyVisitCheckin checkin = { .leg = logged->leg, .red_flag = logged->warning != NULL };
      g_autoptr(GString) text = g_string_new (NULL);

      if (!hammy_history_get_checkin_date (logged, &checkin.date) || !in_period (self, &checkin.date))
        continue;

      hammy_sentences_append (text, describe_leg (logged->leg));
      if (logged->run_pain >= 0)
        /* TRANSLATORS: how much the run the day before hurt, out of 10 */
        hammy_sentences_append_printf (text, _("The run the day before hurt %d out of 10."), logged->run_pain);
      if (g_strcmp0 (logged->warning, HAMMY_LOG_WARNING_UNNAMED) == 0)
        hammy_sentences_append (text, _("A warning sign was noted."));
      else if (logged->warning != NULL)
        {
          checkin.warning = hammy_progression_get_warning_name (logged->warning);
          /* TRANSLATORS: %s names a warning sign, as in “numbness down the leg” */
          hammy_sentences_append_printf (text, _("A warning sign was noted: %s."), checkin.warning);
        }
      if (logged->reinjury)
        hammy_sentences_append (text, _("A new sudden pain or a pop was noted."));
      checkin.day = hammy_dates_format (&checkin.date, HAMMY_DATE_STYLE_SHORT_WEEKDAY);
      checkin.text = g_string_free (g_steal_pointer (&text), FALSE);
      g_array_append_val (self->checkins, checkin);
    }

  g_array_sort (self->checkins, compare_checkins);
}

/* ---- GObject --------------------------------------------------------------------------- */

static void
hammy_visit_summary_finalize (GObject *object)
{
  HammyVisitSummary *self = HAMMY_VISIT_SUMMARY (object);

  g_free (self->date_line);
  g_free (self->period_line);
  g_free (self->patient_line);
  g_free (self->clinician_line);
  g_clear_object (&self->plan);
  g_free (self->plan_text);
  g_free (self->check_line);
  g_free (self->private_note);
  g_free (self->adherence_text);
  g_strfreev (self->exercise_lines);
  g_free (self->running_text);
  g_clear_pointer (&self->trend, hammy_pain_trend_free);
  g_free (self->pain_reading);
  g_free (self->pain_text);
  g_free (self->mornings_text);
  g_clear_pointer (&self->comparisons, g_ptr_array_unref);
  g_free (self->sides_text);
  g_array_unref (self->side_rows);
  g_array_unref (self->flags);
  g_free (self->flags_text);
  g_array_unref (self->checkins);

  G_OBJECT_CLASS (hammy_visit_summary_parent_class)->finalize (object);
}

static void
hammy_visit_summary_class_init (HammyVisitSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_visit_summary_finalize;
}

static void
hammy_visit_summary_init (HammyVisitSummary *self)
{
  self->side_rows = g_array_new (FALSE, TRUE, sizeof (HammyVisitSideRow));
  g_array_set_clear_func (self->side_rows, (GDestroyNotify) side_row_clear);
  self->flags = g_array_new (FALSE, TRUE, sizeof (HammyVisitFlag));
  g_array_set_clear_func (self->flags, (GDestroyNotify) flag_clear);
  self->checkins = g_array_new (FALSE, TRUE, sizeof (HammyVisitCheckin));
  g_array_set_clear_func (self->checkins, (GDestroyNotify) checkin_clear);
}

/* ---- public API ------------------------------------------------------------------------ */

static HammyVisitSummary *
visit_summary_new (HammyLog        *log,
                   HammyPlan       *plan,
                   HammyToday      *state,
                   HammyLibrary    *library,
                   HammyAssessment *latest,
                   HammySide        sore,
                   const GDate     *since,
                   const GDate     *today)
{
  HammyVisitSummary *self;

  self = g_object_new (HAMMY_TYPE_VISIT_SUMMARY, NULL);
  self->since = *since;
  self->today = *today;
  self->n_days = g_date_days_between (since, today) + 1;
  self->sore = sore;
  /* The picture's cap (docs/programme.md, "Words"); without a plan, the one most pictures have. */
  self->cap = plan != NULL ? hammy_plan_get_pain_cap (plan) : HAMMY_PROGRESSION_PAIN_LIMIT;

  make_period_line (self);
  make_plan (self, plan, state, library, latest);
  make_adherence (self, log);
  make_exercise_lines (self, log, library);
  if (state != NULL && hammy_today_get_running (state) != NULL)
    self->running_text = g_strdup (hammy_today_get_running (state)->text);
  self->trend = hammy_pain_trend_new (log, today, self->n_days);
  count_effort (self, log);
  make_pain (self);
  make_sides (self, log, library);
  make_checkins (self, log);
  make_flags (self, log, plan, library, latest);

  return self;
}

/* The summary of @since to @today, both included. @plan and @latest (the newest check) may be
 * NULL; @sore is the sore side, or HAMMY_SIDE_BOTH when not known. What was due on each day is
 * the log's record of it (hammy_history_get_adherence()). Without the person's data there is no
 * running advice: hammy_visit_summary_new_for_data() gives Today's. */
HammyVisitSummary *
hammy_visit_summary_new (HammyLog        *log,
                         HammyPlan       *plan,
                         HammyLibrary    *library,
                         HammyAssessment *latest,
                         HammySide        sore,
                         const GDate     *since,
                         const GDate     *today)
{
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (plan == NULL || HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (latest == NULL || HAMMY_IS_ASSESSMENT (latest), NULL);
  g_return_val_if_fail (since != NULL && g_date_valid (since), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (g_date_compare (since, today) <= 0, NULL);

  return visit_summary_new (log, plan, NULL, library, latest, sore, since, today);
}

/* The summary of the person's data from @since to the day of @now, with the running advice Today
 * gives at @now, in its words. */
HammyVisitSummary *
hammy_visit_summary_new_for_data (HammyData   *data,
                                  const GDate *since,
                                  GDateTime   *now)
{
  GListModel *assessments;
  g_autoptr(HammyAssessment) latest = NULL;
  g_autoptr(HammyToday) state = NULL;
  HammyVisitSummary *summary;
  HammyProfile *profile;
  GDate today;

  g_return_val_if_fail (HAMMY_IS_DATA (data), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (since != NULL && g_date_valid (since), NULL);

  hammy_day_of_time (now, &today);
  g_return_val_if_fail (g_date_compare (since, &today) <= 0, NULL);

  /* Newest first. */
  assessments = hammy_data_get_assessments (data);
  if (g_list_model_get_n_items (assessments) > 0)
    latest = g_list_model_get_item (assessments, 0);
  state = hammy_today_new (data, now);

  summary = visit_summary_new (hammy_data_get_log (data), hammy_data_get_plan (data), state, hammy_data_get_library (data),
                               latest, hammy_data_get_sore_side (data, NULL), since, &today);
  profile = hammy_data_get_current_profile (data);
  if (profile != NULL)
    hammy_visit_summary_set_patient (summary, hammy_profile_get_name (profile));

  return summary;
}

const GDate *
hammy_visit_summary_get_since (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return &self->since;
}

const GDate *
hammy_visit_summary_get_today (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return &self->today;
}

const char *
hammy_visit_summary_get_title (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return _("Visit Summary");
}

/* Whose summary it is, on the page: the name of the profile it is made from. */
void
hammy_visit_summary_set_patient (HammyVisitSummary *self,
                                 const char        *name)
{
  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY (self));

  g_clear_pointer (&self->patient_line, g_free);
  if (name != NULL && *name != '\0')
    /* TRANSLATORS: whose handout or visit summary it is, as in “For Zoë Müller” */
    self->patient_line = g_strdup_printf (_("For %s"), name);
  if (self->plan != NULL)
    hammy_handout_set_patient (self->plan, name);
}

/* Who the summary is from: the clinician's name, clinic and contact from the preferences. */
void
hammy_visit_summary_set_clinician (HammyVisitSummary *self,
                                   const char        *text)
{
  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY (self));

  g_clear_pointer (&self->clinician_line, g_free);
  self->clinician_line = hammy_clinician_line_clean (text);
  if (self->plan != NULL)
    hammy_handout_set_clinician (self->plan, text);
}

/* The clinician's line, or NULL when none was set. */
const char *
hammy_visit_summary_get_clinician_line (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->clinician_line;
}

/* “For” the patient's name, or NULL when the summary names no one. */
const char *
hammy_visit_summary_get_patient_line (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->patient_line;
}

/* Today, the day the summary was made. */
const char *
hammy_visit_summary_get_date_line (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->date_line;
}

const char *
hammy_visit_summary_get_period_line (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->period_line;
}

/* The plan in use, as its handout (with the plan's notes) gives it; NULL with no plan. */
HammyHandout *
hammy_visit_summary_get_plan (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->plan;
}

const char *
hammy_visit_summary_get_plan_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->plan_text;
}

/* The latest check in one sentence, or NULL when there was none. */
const char *
hammy_visit_summary_get_check_line (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->check_line;
}

/* The plan's private note, for the screen only: it never goes into the PDF. */
const char *
hammy_visit_summary_get_private_note (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->private_note;
}

const HammyVisitAdherence *
hammy_visit_summary_get_adherence (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return &self->adherence;
}

const char *
hammy_visit_summary_get_adherence_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->adherence_text;
}

/* Each exercise against what was due of it, a line each, the most often due first. */
const char * const *
hammy_visit_summary_get_exercise_lines (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return (const char * const *) self->exercise_lines;
}

/* The running advice Today gives, in its words; NULL without the person's data. */
const char *
hammy_visit_summary_get_running_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->running_text;
}

const HammyVisitPain *
hammy_visit_summary_get_pain (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return &self->pain;
}

/* The sessions and mornings of the period, for a chart. */
const HammyPainTrend *
hammy_visit_summary_get_pain_trend (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->trend;
}

/* One sentence: better, the same or worse, or why that cannot be said. */
const char *
hammy_visit_summary_get_pain_reading (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->pain_reading;
}

/* The numbers behind the reading; empty when no pain was rated. */
const char *
hammy_visit_summary_get_pain_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->pain_text;
}

const char *
hammy_visit_summary_get_mornings_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->mornings_text;
}

HammySide
hammy_visit_summary_get_sore_side (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), HAMMY_SIDE_BOTH);
  return self->sore;
}

GPtrArray *
hammy_visit_summary_get_side_comparisons (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->comparisons;
}

/* The sore side against the other in full, an exercise a line, as the History page says it. */
const char *
hammy_visit_summary_get_sides_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->sides_text;
}

/* One sentence above the rows or the table of hammy_visit_summary_get_side_row(). */
const char *
hammy_visit_summary_get_sides_intro (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);

  if (self->side_rows->len == 0)
    return _("No exercise was logged one side at a time in this period.");
  if (self->sore == HAMMY_SIDE_LEFT)
    return _("The sore side is the left. Best sets in the period:");
  if (self->sore == HAMMY_SIDE_RIGHT)
    return _("The sore side is the right. Best sets in the period:");
  return _("No sore side was chosen, so left is set against right. Best sets in the period:");
}

guint
hammy_visit_summary_get_n_side_rows (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), 0);
  return self->side_rows->len;
}

const HammyVisitSideRow *
hammy_visit_summary_get_side_row (HammyVisitSummary *self,
                                  guint              index)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  g_return_val_if_fail (index < self->side_rows->len, NULL);
  return &g_array_index (self->side_rows, HammyVisitSideRow, index);
}

guint
hammy_visit_summary_get_n_flags (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), 0);
  return self->flags->len;
}

/* By kind, the most pressing first, then by day. */
const HammyVisitFlag *
hammy_visit_summary_get_flag (HammyVisitSummary *self,
                              guint              index)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  g_return_val_if_fail (index < self->flags->len, NULL);
  return &g_array_index (self->flags, HammyVisitFlag, index);
}

const char *
hammy_visit_summary_get_flags_text (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return self->flags_text;
}

guint
hammy_visit_summary_get_n_checkins (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), 0);
  return self->checkins->len;
}

/* Oldest first. */
const HammyVisitCheckin *
hammy_visit_summary_get_checkin (HammyVisitSummary *self,
                                 guint              index)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  g_return_val_if_fail (index < self->checkins->len, NULL);
  return &g_array_index (self->checkins, HammyVisitCheckin, index);
}

const char *
hammy_visit_summary_get_notice (HammyVisitSummary *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (self), NULL);
  return _("Made by Hammy from what the person logged. Hammy gives guidance, not a diagnosis.");
}
