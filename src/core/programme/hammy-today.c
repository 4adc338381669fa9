/* hammy-today.c: today's state of the programme as one object (docs/programme.md, "Today").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-dates.h"
#include "hammy-days.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-session.h"
#include "hammy-today.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

struct _HammyToday
{
  GObject             parent_instance;

  HammyTodayState     state;
  GDate               date;
  HammyPlan          *plan;           /* or NULL */
  HammyLibrary       *library;
  GArray             *items;          /* of HammyTodayItem, as a session does them */
  HammyTodayDone      done;
  GStrv               next_due;
  GStrv               new_today;
  GArray             *week;           /* of HammyTodayDay */
  GPtrArray          *proposals;      /* of HammyProposal */
  char               *hold;
  HammyPhaseCheck    *phase_check;
  char               *stop_sign;
  char               *stop_date;
  char               *stop_text;
  char               *refer_text;
  HammyRunningAdvice *running;
  gboolean            checkin_due;
  gboolean            asks_run_pain;
  char               *not_improving;
  char               *migration;
  GStrv               reasons;
  GStrv               keep;           /* in keep: what keeps the leg well */
  GStrv               routine;        /* the routine before runs, by exercise id */
};

G_DEFINE_FINAL_TYPE (HammyToday, hammy_today, G_TYPE_OBJECT)

/* ---- helpers ------------------------------------------------------------------------- */

static void
item_clear (HammyTodayItem *item)
{
  g_free (item->dose);
}

static void
day_clear (HammyTodayDay *day)
{
  g_strfreev (day->exercises);
  g_free (day->summary);
}

static const char *
exercise_name (HammyToday *self,
               const char *id)
{
  HammyExercise *exercise;

  if (g_strcmp0 (id, HAMMY_PLAN_LADDER_RUN) == 0)
    return _("Run");
  exercise = hammy_library_lookup_exercise (self->library, id);
  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

static const char *
due_exercise (HammyPlan      *plan,
              const HammyDue *due)
{
  return due->item == HAMMY_SCHEDULE_RUN_ITEM ? HAMMY_PLAN_LADDER_RUN : hammy_plan_get_item (plan, due->item)->exercise;
}

/* Today's sessions that did something, oldest first. */
static GPtrArray *
sessions_of_day (HammyLog    *log,
                 const GDate *day)
{
  GPtrArray *sessions = hammy_log_dup_sessions_of_day (log, day);

  for (guint i = sessions->len; i > 0; i--)
    {
      const HammyLogSession *session = g_ptr_array_index (sessions, i - 1);

      if (session->sets->len == 0 && session->warning == NULL)
        g_ptr_array_remove_index (sessions, i - 1);
    }

  return sessions;
}

/* ---- what the rules read ------------------------------------------------------------- */

static gboolean
sudden_onset (JsonObject *answers)
{
  const char *onset = json_object_get_string_member_with_default (answers, "onset", "");

  return g_str_equal (onset, "sudden") || g_str_equal (onset, "unsure");
}

/* A morning worse than usual after a day with a run (docs/programme.md, "Running advice"). */
static gboolean
worse_after_run (HammyLog    *log,
                 const GDate *today)
{
  char first[HAMMY_DAY_LENGTH + 1];
  const HammyLogCheckin *checkin = NULL;
  GDate week_ago = *today, morning, before;
  g_autoptr(GPtrArray) sessions = NULL;

  g_date_subtract_days (&week_ago, 2);
  hammy_day_format_into (&week_ago, first);
  for (guint i = hammy_log_find_checkin (log, first); i < hammy_log_get_n_checkins (log); i++)
    {
      GDate day;

      hammy_day_parse (hammy_log_get_checkin (log, i)->date, &day);
      if (g_date_compare (&day, today) > 0)
        break;
      checkin = hammy_log_get_checkin (log, i);
    }
  if (checkin == NULL || checkin->leg != HAMMY_COMPARED_WORSE)
    return FALSE;
  if (checkin->run_pain >= 0)
    return TRUE;

  hammy_day_parse (checkin->date, &morning);
  before = morning;
  g_date_subtract_days (&before, 1);
  sessions = sessions_of_day (log, &before);
  return hammy_log_count_occurrences (sessions, HAMMY_PLAN_LADDER_RUN) > 0;
}

static void
decide_running (HammyToday *self,
                HammyLog   *log,
                JsonObject *answers,
                int         days_since_onset)
{
  HammyRunningInput input = { 0 };

  input.answers = answers;
  input.phase = hammy_plan_get_phase (self->plan);
  input.picture = hammy_plan_get_picture (self->plan);
  input.flags = hammy_plan_get_flags (self->plan);
  input.days_since_onset = days_since_onset;
  input.worse_after_run = worse_after_run (log, &self->date);
  if (input.phase == HAMMY_TRIAGE_PHASE_RETURN)
    input.ladder_step = hammy_plan_ladder_step_get_title (hammy_plan_get_ladder_step (self->plan));
  /* A stopped plan runs no more than it trains. */
  if (self->state == HAMMY_TODAY_STOPPED)
    input.phase = HAMMY_TRIAGE_PHASE_REFER;

  self->running = hammy_running_decide (&input);
}

/* The first walking pain the check gave, and the latest a later phase check gave with its day. */
static void
walking_pain (HammyData  *data,
              HammyPlan  *plan,
              int        *first,
              int        *latest,
              GDate      *latest_day)
{
  HammyAssessment *assessment = hammy_data_get_latest_assessment (data);

  *first = -1;
  *latest = -1;
  g_date_clear (latest_day, 1);
  if (assessment != NULL)
    {
      *first = json_object_get_int_member_with_default (hammy_assessment_get_answers (assessment), "pain_walking", -1);
      *latest = *first;
      hammy_day_of_time (hammy_assessment_get_created (assessment), latest_day);
    }
  for (guint i = 0; i < hammy_plan_get_n_checks (plan); i++)
    {
      const HammyPlanCheck *check = hammy_plan_get_check (plan, i);

      if (check->answers == NULL || !json_object_has_member (check->answers, "pain_walking") ||
          (g_date_valid (latest_day) && g_date_compare (&check->date, latest_day) < 0))
        continue;
      *latest = json_object_get_int_member_with_default (check->answers, "pain_walking", -1);
      *latest_day = check->date;
    }
}

/* ---- the day's list ------------------------------------------------------------------ */

/* The dose as the plan editor and the handout say it too, with the load in words. */
static char *
dose_of (HammyToday          *self,
         const HammyPlanItem *item)
{
  HammyDosage dosage = { 0 };
  g_autofree char *dose = hammy_schedule_dup_dose_text (self->plan, item, &self->date);
  g_autofree char *load = NULL;

  dosage.load = item->load;
  load = hammy_dosage_format_load_words (&dosage);
  if (load == NULL)
    return g_steal_pointer (&dose);

  /* Translators: a dose, then the weight to use, such as “3 sets of 8 repetitions, twice a week · A medium weight” */
  return g_strdup_printf (_("%s · %s"), dose, load);
}

static void
add_item (HammyToday           *self,
          const HammyDue       *due,
          GPtrArray            *sessions,
          const HammyPathwayFacts *facts)
{
  HammyTodayItem item = { 0 };

  item.item = due->item;
  item.section = due->section;
  item.occurrences = due->occurrences;
  item.is_new = due->is_new;
  if (due->item == HAMMY_SCHEDULE_RUN_ITEM)
    {
      guint step = hammy_plan_get_ladder_step (self->plan);

      item.exercise = HAMMY_PLAN_LADDER_RUN;
      item.sets = 1;
      item.load = "bodyweight";
      /* Translators: a step of the running ladder, then what it is. */
      item.dose = g_strdup_printf (_("%s: %s"), hammy_plan_ladder_step_get_title (step),
                                   hammy_plan_ladder_step_get_description (step));
    }
  else
    {
      const HammyPlanItem *planned = hammy_plan_get_item (self->plan, due->item);
      HammyExercise *exercise = hammy_library_lookup_exercise (self->library, planned->exercise);

      item.exercise = planned->exercise;
      item.sets = planned->sets;
      item.reps = planned->reps;
      item.hold_seconds = planned->hold_seconds;
      item.load = planned->load;
      item.dose = dose_of (self, planned);
      item.small_range = hammy_pathway_small_range (self->plan, planned, facts);
      item.cautions_first = exercise != NULL && hammy_exercise_get_cautions_first (exercise);
    }
  item.name = exercise_name (self, item.exercise);
  item.done = MIN (hammy_log_count_occurrences (sessions, item.exercise), item.occurrences);
  g_array_append_val (self->items, item);
}

/* Full when every occurrence of everything due was started and every session of the day ended
 * done, none stopped and none above the cap; partial when anything was done. */
static void
judge_done (HammyToday *self,
            GPtrArray  *sessions)
{
  gboolean all = self->items->len > 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      const HammyTodayItem *item = &g_array_index (self->items, HammyTodayItem, i);

      all = all && item->done >= item->occurrences;
    }
  for (guint i = 0; i < sessions->len; i++)
    all = all && hammy_progression_session_counts (self->plan, g_ptr_array_index (sessions, i));

  if (sessions->len == 0)
    self->done = HAMMY_TODAY_DONE_NONE;
  else
    self->done = all ? HAMMY_TODAY_DONE_FULL : HAMMY_TODAY_DONE_PARTIAL;
}

/* Why an item is not due today, and when it next is. */
static char *
describe_next (HammyToday          *self,
               const HammyPlanItem *item,
               HammyHeld            held,
               const GDate         *next)
{
  g_autofree char *day = next != NULL ? hammy_dates_format (next, HAMMY_DATE_STYLE_WEEKDAY_NAME) : NULL;
  const char *name = exercise_name (self, item->exercise);
  HammyFrequency frequency = hammy_schedule_get_frequency (self->plan, item, &self->date);

  if (day == NULL)
    return NULL;

  switch (held)
    {
    case HAMMY_HELD_HEAVY_YESTERDAY:
      /* Translators: an exercise, then a day of the week. */
      return g_strdup_printf (_("%s waits a day: heavy lengthening work needs a day off in between. Next on %s."), name, day);
    case HAMMY_HELD_HEAVY_WEEK:
      return g_strdup_printf (_("%s waits: heavy lengthening work is done on three days a week at most. Next on %s."), name, day);
    case HAMMY_HELD_HEAVY_SESSION:
      return g_strdup_printf (_("%s waits: two heavy lengthening exercises in one session are enough. Next on %s."), name, day);
    case HAMMY_HELD_NEW_LIMIT:
      return g_strdup_printf (_("%s is new to you, and new exercises come a few at a time. Next on %s."), name, day);
    case HAMMY_HELD_REST:
      return g_strdup_printf (_("%s rests after a step back. Next on %s."), name, day);
    case HAMMY_HELD_NO_RUN:
      return g_strdup_printf (_("%s goes before a run. Next on %s, the next day the plan offers a run."), name, day);
    case HAMMY_HELD_NO_STRENGTH:
      return g_strdup_printf (_("%s warms you up for strength work. Next on %s."), name, day);
    case HAMMY_HELD_FREQUENCY:
    case HAMMY_HELD_NONE:
    case HAMMY_HELD_WAITING:
    default:
      break;
    }

  switch (frequency)
    {
    case HAMMY_FREQUENCY_EVERY_OTHER_DAY:
      return g_strdup_printf (_("%s is every other day: next on %s."), name, day);
    case HAMMY_FREQUENCY_EVERY_THIRD_DAY:
      return g_strdup_printf (_("%s is every third day: next on %s."), name, day);
    case HAMMY_FREQUENCY_THREE_A_WEEK:
      return g_strdup_printf (_("%s is three times a week: next on %s."), name, day);
    case HAMMY_FREQUENCY_TWICE_A_WEEK:
      return g_strdup_printf (_("%s is twice a week: next on %s."), name, day);
    case HAMMY_FREQUENCY_ONCE_A_WEEK:
      return g_strdup_printf (_("%s is once a week: next on %s."), name, day);
    case HAMMY_FREQUENCY_TWICE_A_DAY:
    case HAMMY_FREQUENCY_DAILY:
    case HAMMY_FREQUENCY_WITH_SESSION:
    case HAMMY_FREQUENCY_BEFORE_RUNS:
    case HAMMY_N_FREQUENCIES:
    default:
      return g_strdup_printf (_("%s is next on %s."), name, day);
    }
}

static gboolean
due_holds (GArray *due,
           guint   item)
{
  for (guint i = 0; i < due->len; i++)
    if (g_array_index (due, HammyDue, i).item == item)
      return TRUE;
  return FALSE;
}

static void
make_week (HammyToday *self,
           GPtrArray  *days,
           const HammyHeld *held,
           const gboolean  *waiting)
{
  g_autoptr(GStrvBuilder) next_due = g_strv_builder_new ();
  GArray *today = g_ptr_array_index (days, 0);

  for (guint d = 0; d < days->len; d++)
    {
      GArray *due = g_ptr_array_index (days, d);
      g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
      g_autoptr(GString) summary = g_string_new (NULL);
      HammyTodayDay day = { 0 };

      day.date = self->date;
      g_date_add_days (&day.date, d);
      day.rest = due->len == 0;
      for (guint i = 0; i < due->len; i++)
        {
          const char *id = due_exercise (self->plan, &g_array_index (due, HammyDue, i));

          g_strv_builder_add (ids, id);
          if (summary->len > 0)
            /* Translators: the separator between exercises in a day of the week ahead. */
            g_string_append (summary, _(", "));
          g_string_append (summary, exercise_name (self, id));
        }
      day.exercises = g_strv_builder_end (ids);
      day.summary = day.rest ? g_strdup (_("Rest day")) : g_string_free (g_steal_pointer (&summary), FALSE);
      g_array_append_val (self->week, day);
    }

  /* What is not due today, and when it next is. */
  for (guint i = 0; i < hammy_plan_get_n_items (self->plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (self->plan, i);
      char *text = NULL;

      if (due_holds (today, i))
        continue;
      /* Why a waiting item waits is among the reasons already. */
      if (waiting[i])
        continue;
      for (guint d = 1; d < days->len && text == NULL; d++)
        if (due_holds (g_ptr_array_index (days, d), i))
          {
            GDate next = self->date;

            g_date_add_days (&next, d);
            text = describe_next (self, item, held[i], &next);
          }
      if (text != NULL)
        g_strv_builder_add (next_due, text);
      g_free (text);
    }
  self->next_due = g_strv_builder_end (next_due);
}

/* What was due on each day since the last one written down, and today: the measure of
 * adherence (docs/programme.md, "Schedule"). A day the app was not opened had the plan as it
 * is now: only the app changes it. */
static void
record_due (HammyToday              *self,
            HammyLog                *log,
            const HammyScheduleInput *input,
            const HammyDoneRecord   *record,
            GArray                  *today)
{
  char text[HAMMY_DAY_LENGTH + 1];
  GDate day = self->date, started;
  guint n_dues = hammy_log_get_n_dues (log);

  /* From the day after the last one written, within the schedule's look-back and the plan. */
  g_date_subtract_days (&day, HAMMY_SCHEDULE_LOOK_BACK_DAYS);
  if (hammy_plan_get_started (self->plan, &started) && g_date_compare (&started, &day) > 0)
    day = started;
  if (n_dues > 0)
    {
      GDate last;

      if (hammy_day_parse (hammy_log_get_due (log, n_dues - 1)->date, &last) && g_date_compare (&last, &day) >= 0)
        {
          day = last;
          if (g_date_compare (&last, &self->date) < 0)
            g_date_add_days (&day, 1);
        }
    }

  for (; g_date_compare (&day, &self->date) <= 0; g_date_add_days (&day, 1))
    {
      g_autoptr(GArray) due = g_date_compare (&day, &self->date) == 0 ? g_array_ref (today)
                                                                      : hammy_schedule_get_due (input, record, &day, NULL);
      g_autoptr(GStrvBuilder) exercises = g_strv_builder_new ();
      g_autofree guint *occurrences = g_new0 (guint, MAX (due->len, 1));
      g_auto(GStrv) ids = NULL;
      HammyLogDue entry = { 0 };

      for (guint i = 0; i < due->len; i++)
        {
          g_strv_builder_add (exercises, due_exercise (self->plan, &g_array_index (due, HammyDue, i)));
          occurrences[i] = g_array_index (due, HammyDue, i).occurrences;
        }
      ids = g_strv_builder_end (exercises);
      hammy_day_format_into (&day, text);
      entry.date = text;
      entry.exercises = ids;
      entry.occurrences = occurrences;
      hammy_log_set_due (log, &entry);
    }
}

static void
make_training (HammyToday *self,
               HammyData  *data,
               GDateTime  *now,
               JsonObject *answers,
               int         days_since_onset)
{
  HammyLog *log = hammy_data_get_log (data);
  guint n_items = hammy_plan_get_n_items (self->plan);
  g_autofree gboolean *waiting = g_new0 (gboolean, MAX (n_items, 1));
  g_autofree HammyHeld *held = g_new0 (HammyHeld, MAX (n_items, 1));
  g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) new_today = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) routine = g_strv_builder_new ();
  g_autoptr(HammyDoneRecord) record = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) advice = NULL;
  HammyScheduleInput input = { 0 };
  HammyPathwayFacts facts = { 0 };
  GDate first;
  GArray *due;

  facts.answers = answers;
  facts.days_since_onset = days_since_onset;
  facts.ladder_70_pain_free = hammy_progression_ladder_70_pain_free (self->plan, log, now);

  advice = hammy_pathway_dup_advice (self->plan, &facts);
  for (guint i = 0; i < advice->len; i++)
    g_strv_builder_add (reasons, g_ptr_array_index (advice, i));
  for (guint i = 0; i < n_items; i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (self->plan, i);
      g_autofree char *why = NULL;

      waiting[i] = hammy_pathway_item_waits (self->plan, item, &facts, &why);
      if (why != NULL && !g_ptr_array_find_with_equal_func (advice, why, g_str_equal, NULL))
        {
          g_ptr_array_add (advice, g_strdup (why));
          g_strv_builder_add (reasons, why);
        }
      if (g_strcmp0 (item->frequency, hammy_frequency_to_id (HAMMY_FREQUENCY_BEFORE_RUNS)) == 0)
        g_strv_builder_add (routine, item->exercise);
    }
  self->routine = g_strv_builder_end (routine);

  input.plan = self->plan;
  input.waiting = waiting;
  input.no_runs = self->running->advice == HAMMY_RUNNING_STOP;

  first = self->date;
  g_date_subtract_days (&first, HAMMY_SCHEDULE_LOOK_BACK_DAYS);
  record = hammy_done_record_new_from_log (log, self->plan, &first, &self->date);
  due = hammy_schedule_get_due (&input, record, &self->date, held);
  days = hammy_schedule_project (&input, record, &self->date, HAMMY_SCHEDULE_WEEK_DAYS);
  g_array_unref (g_ptr_array_index (days, 0));
  g_ptr_array_index (days, 0) = g_array_ref (due);

  sessions = sessions_of_day (log, &self->date);
  for (guint i = 0; i < due->len; i++)
    {
      add_item (self, &g_array_index (due, HammyDue, i), sessions, &facts);
      if (g_array_index (due, HammyDue, i).is_new)
        g_strv_builder_add (new_today, g_array_index (self->items, HammyTodayItem, self->items->len - 1).exercise);
    }
  self->new_today = g_strv_builder_end (new_today);
  judge_done (self, sessions);
  make_week (self, days, held, waiting);
  g_array_index (self->week, HammyTodayDay, 0).done = self->done;
  {
    g_autoptr(GPtrArray) keep = hammy_pathway_dup_keep_guide (self->plan, &self->date);

    g_ptr_array_add (keep, NULL);
    self->keep = g_strdupv ((char **) keep->pdata);
  }

  self->proposals = hammy_data_dup_proposals (data, now, &self->hold);
  if (self->hold != NULL)
    g_strv_builder_add (reasons, self->hold);
  self->phase_check = hammy_data_dup_phase_check (data, now);
  if (self->phase_check != NULL)
    g_strv_builder_add (reasons, hammy_phase_check_get_why (self->phase_check));
  self->reasons = g_strv_builder_end (reasons);

  if (!hammy_data_is_read_only (data))
    record_due (self, log, &input, record, due);
  g_array_unref (due);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
hammy_today_finalize (GObject *object)
{
  HammyToday *self = HAMMY_TODAY (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->library);
  g_array_unref (self->items);
  g_strfreev (self->next_due);
  g_strfreev (self->new_today);
  g_array_unref (self->week);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);
  g_free (self->hold);
  g_clear_object (&self->phase_check);
  g_free (self->stop_sign);
  g_free (self->stop_date);
  g_free (self->stop_text);
  g_free (self->refer_text);
  g_clear_pointer (&self->running, hammy_running_advice_free);
  g_free (self->not_improving);
  g_free (self->migration);
  g_strfreev (self->reasons);
  g_strfreev (self->keep);
  g_strfreev (self->routine);

  G_OBJECT_CLASS (hammy_today_parent_class)->finalize (object);
}

static void
hammy_today_class_init (HammyTodayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_today_finalize;
}

static void
hammy_today_init (HammyToday *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (HammyTodayItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->week = g_array_new (FALSE, TRUE, sizeof (HammyTodayDay));
  g_array_set_clear_func (self->week, (GDestroyNotify) day_clear);
}

/* ---- public API ---------------------------------------------------------------------- */

/* Today's state for @data at @now. */
HammyToday *
hammy_today_new (HammyData *data,
                 GDateTime *now)
{
  g_autoptr(HammyToday) self = NULL;
  g_autoptr(JsonObject) answers = NULL;
  HammyAssessment *blocking;
  GDate onset;
  int days_since_onset = -1;

  g_return_val_if_fail (HAMMY_IS_DATA (data), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_TODAY, NULL);
  hammy_day_of_time (now, &self->date);
  self->library = hammy_data_get_library (data) != NULL ? g_object_ref (hammy_data_get_library (data)) : NULL;

  if (!hammy_data_is_loaded (data))
    return g_steal_pointer (&self);

  blocking = hammy_data_get_blocking_assessment (data);
  if (blocking != NULL)
    {
      self->state = HAMMY_TODAY_REFER;
      self->refer_text = g_strdup (hammy_assessment_get_action (blocking));
      return g_steal_pointer (&self);
    }
  if (hammy_data_get_plan (data) == NULL)
    {
      self->state = HAMMY_TODAY_NO_PLAN;
      return g_steal_pointer (&self);
    }

  self->plan = g_object_ref (hammy_data_get_plan (data));
  if (hammy_plan_get_onset (self->plan, &onset))
    days_since_onset = MAX (hammy_days_between (&onset, &self->date), 0);
  answers = hammy_data_dup_answers (data, &self->date, FALSE);
  self->migration = g_strdup (hammy_plan_get_migration_text (self->plan, &self->date));

  if (hammy_plan_get_stopped (self->plan) != NULL)
    {
      self->state = HAMMY_TODAY_STOPPED;
      self->stop_sign = g_strdup (hammy_plan_get_stopped_sign (self->plan));
      self->stop_date = g_strdup (hammy_plan_get_stopped (self->plan));
      self->stop_text = hammy_progression_dup_stop_text (self->stop_sign);
      decide_running (self, hammy_data_get_log (data), answers, days_since_onset);
      return g_steal_pointer (&self);
    }

  self->state = HAMMY_TODAY_TRAINING;
  decide_running (self, hammy_data_get_log (data), answers, days_since_onset);
  self->checkin_due = hammy_progression_checkin_is_due (hammy_data_get_log (data), now);
  {
    GDate yesterday = self->date;
    g_autoptr(GPtrArray) sessions = NULL;

    g_date_subtract_days (&yesterday, 1);
    sessions = sessions_of_day (hammy_data_get_log (data), &yesterday);
    self->asks_run_pain = hammy_log_count_occurrences (sessions, HAMMY_PLAN_LADDER_RUN) > 0 ||
                          (hammy_schedule_offers_runs (self->plan) && hammy_plan_get_phase (self->plan) != HAMMY_TRIAGE_PHASE_RETURN) ||
                          self->running->advice != HAMMY_RUNNING_STOP ||
                          self->running->rule == HAMMY_RUNNING_RULE_GRADUAL_UNKNOWN;
  }
  make_training (self, data, now, answers, days_since_onset);

  {
    int first, latest;
    GDate latest_day;

    walking_pain (data, self->plan, &first, &latest, &latest_day);
    self->not_improving = hammy_progression_dup_not_improving (self->plan, now, sudden_onset (answers), first, latest,
                                                               &latest_day);
  }

  return g_steal_pointer (&self);
}

HammyTodayState
hammy_today_get_state (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), HAMMY_TODAY_LOADING);
  return self->state;
}

const GDate *
hammy_today_get_date (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return &self->date;
}

/* The plan in use, or NULL before there is one or while a check sends the person elsewhere. */
HammyPlan *
hammy_today_get_plan (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->plan;
}

HammyTriagePhase
hammy_today_get_phase (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), HAMMY_TRIAGE_PHASE_REFER);
  return self->plan != NULL ? hammy_plan_get_phase (self->plan) : HAMMY_TRIAGE_PHASE_REFER;
}

guint
hammy_today_get_n_items (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), 0);
  return self->items->len;
}

/* What is due today, the warm-up first, then the run, then the circuit. */
const HammyTodayItem *
hammy_today_get_item (HammyToday *self,
                      guint       index)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, HammyTodayItem, index);
}

/* Nothing is due today: the plan says so, and when each exercise comes next. */
gboolean
hammy_today_is_rest_day (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), FALSE);
  return self->state == HAMMY_TODAY_TRAINING && self->items->len == 0;
}

HammyTodayDone
hammy_today_get_done (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), HAMMY_TODAY_DONE_NONE);
  return self->done;
}

/* The items a session started now holds (plan indices, to free), and whether the ladder's run
 * is among them. MAIN: what is due and not yet done today, one occurrence each (the second of the
 * Extender is a second session). PRE_RUN: the routine before a run, whatever today holds, while
 * running is allowed at all. */
guint *
hammy_today_dup_session_items (HammyToday        *self,
                               HammyTodaySession  kind,
                               guint             *n_items,
                               gboolean          *run)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean with_run = FALSE;

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);

  if (self->state == HAMMY_TODAY_TRAINING && (kind == HAMMY_TODAY_SESSION_MAIN || kind == HAMMY_TODAY_SESSION_AGAIN))
    for (guint i = 0; i < self->items->len; i++)
      {
        const HammyTodayItem *item = &g_array_index (self->items, HammyTodayItem, i);

        if (item->done >= item->occurrences || (kind == HAMMY_TODAY_SESSION_AGAIN && item->done == 0))
          continue;
        if (item->item == HAMMY_SCHEDULE_RUN_ITEM)
          with_run = TRUE;
        else
          g_array_append_val (items, item->item);
      }
  else if (self->state == HAMMY_TODAY_TRAINING && kind == HAMMY_TODAY_SESSION_PRE_RUN &&
           self->running->advice != HAMMY_RUNNING_STOP)
    /* Never a warm-up for a run the running advice rules out. */
    for (guint i = 0; i < hammy_plan_get_n_items (self->plan); i++)
      if (g_strv_contains ((const char * const *) self->routine, hammy_plan_get_item (self->plan, i)->exercise))
        g_array_append_val (items, i);

  if (n_items != NULL)
    *n_items = items->len;
  if (run != NULL)
    *run = with_run;
  return (guint *) g_array_free (g_steal_pointer (&items), FALSE);
}

gboolean
hammy_today_has_session (HammyToday        *self,
                         HammyTodaySession  kind)
{
  g_autofree guint *items = NULL;
  guint n = 0;
  gboolean run = FALSE;

  g_return_val_if_fail (HAMMY_IS_TODAY (self), FALSE);

  items = hammy_today_dup_session_items (self, kind, &n, &run);
  return n > 0 || run;
}

/* A guided session over what hammy_today_dup_session_items() gives, or NULL when that is nothing. */
HammySession *
hammy_today_new_session (HammyToday        *self,
                         HammyData         *data,
                         HammyTodaySession  kind)
{
  g_autofree guint *items = NULL;
  guint n = 0;
  gboolean run = FALSE;

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  g_return_val_if_fail (HAMMY_IS_DATA (data), NULL);

  items = hammy_today_dup_session_items (self, kind, &n, &run);
  if (n == 0 && !run)
    return NULL;

  return hammy_session_new_for_items (self->plan, self->library, hammy_data_get_log (data),
                                      hammy_data_get_clock (data), items, n, run);
}

/* For each exercise not due today: when it next is and why, in a sentence, such as “Askling
 * Glider is every third day: next on Thursday.” */
const char * const *
hammy_today_get_next_due (HammyToday *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->next_due != NULL ? (const char * const *) self->next_due : none;
}

/* The ids of today's exercises that are new to the person. */
const char * const *
hammy_today_get_new_today (HammyToday *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->new_today != NULL ? (const char * const *) self->new_today : none;
}

/* The week strip: today and the six days after, as they would go if everything due were done. */
guint
hammy_today_get_n_week_days (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), 0);
  return self->week->len;
}

const HammyTodayDay *
hammy_today_get_week_day (HammyToday *self,
                          guint       index)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  g_return_val_if_fail (index < self->week->len, NULL);
  return &g_array_index (self->week, HammyTodayDay, index);
}

/* The step-ups waiting for a yes, one an exercise (of HammyProposal); empty when none. */
GPtrArray *
hammy_today_get_proposals (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);

  if (self->proposals == NULL)
    self->proposals = g_ptr_array_new_with_free_func (g_object_unref);
  return self->proposals;
}

/* With no step-up waiting: why the plan holds, in a sentence; or NULL. */
const char *
hammy_today_get_hold (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->hold;
}

/* The phase check offered today, or NULL. */
HammyPhaseCheck *
hammy_today_get_phase_check (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->phase_check;
}

/* The warning sign that stopped the plan (hammy_log_warning_is_known, or
 * HAMMY_PLAN_STOP_REINJURY; NULL when an older Hammy did not keep it), and the day. */
const char *
hammy_today_get_stop_sign (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->stop_sign;
}

const char *
hammy_today_get_stop_date (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->stop_date;
}

/* When the plan stopped, in a sentence: “Your plan stopped on Tuesday 3 March 2026.”; NULL unless
 * the plan is stopped and the day is known. The stop text (hammy_today_get_stop_text ()) says
 * which sign and what to do; Today and History say both. */
char *
hammy_today_dup_stop_day_text (HammyToday *self)
{
  g_autofree char *when = NULL;
  GDate day;

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);

  if (self->state != HAMMY_TODAY_STOPPED || self->stop_date == NULL || !hammy_day_parse (self->stop_date, &day))
    return NULL;

  when = hammy_dates_format (&day, HAMMY_DATE_STYLE_WEEKDAY);
  /* Translators: the day a warning sign stopped the plan, such as “Tuesday 3 March 2026” */
  return g_strdup_printf (_("Your plan stopped on %s."), when);
}

/* What the stop means and what to do, in a sentence or two. */
const char *
hammy_today_get_stop_text (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->stop_text;
}

/* What the check that sends the person to a clinician says to do. */
const char *
hammy_today_get_refer_text (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->refer_text;
}

/* The one running rule's advice (docs/programme.md, "Running advice"), or NULL with no plan. */
const HammyRunningAdvice *
hammy_today_get_running (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->running;
}

guint
hammy_today_get_ladder_step (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), 0);
  return self->plan != NULL ? hammy_plan_get_ladder_step (self->plan) : 0;
}

/* The morning check-in is due: a session yesterday (or the last day with one) has no check-in
 * after it yet. */
gboolean
hammy_today_checkin_is_due (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), FALSE);
  return self->checkin_due;
}

/* The check-in asks how a run hurt, if there was one: yesterday held a ladder run, the person
 * runs on their own (the plan offers runs, or easy running is allowed), or the running advice
 * asked them to try a short jog and say how it went. */
gboolean
hammy_today_asks_run_pain (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), FALSE);
  return self->asks_run_pain;
}

/* The suggestion to see a clinician when nothing improves, in a sentence, or NULL. */
const char *
hammy_today_get_not_improving (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->not_improving;
}

/* On the first day after an update brought the plan up to date: what changed, or NULL. */
const char *
hammy_today_get_migration (HammyToday *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->migration;
}

/* In the keep phase, what keeps the leg well, in sentences: the strength work that stays with
 * its dose, the running built back slowly, speed and hills last, and when injuries come back.
 * Empty in any other phase. */
const char * const *
hammy_today_get_keep (HammyToday *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->keep != NULL ? (const char * const *) self->keep : none;
}

/* The plan's reasons in plain words: what the picture asks, what waits and why, why the plan
 * holds, why a phase check is offered. */
const char * const *
hammy_today_get_reasons (HammyToday *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (HAMMY_IS_TODAY (self), NULL);
  return self->reasons != NULL ? (const char * const *) self->reasons : none;
}
