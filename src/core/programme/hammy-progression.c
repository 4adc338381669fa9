/* hammy-progression.c: the 24-hour rule and what counts (docs/programme.md, "The 24-hour rule").
 *
 * | rule                 | when                                                      | what                    |
 * |----------------------|-----------------------------------------------------------|-------------------------|
 * | warning-sign         | a warning sign anywhere stopped the plan                   | stop, until a new check |
 * | above-cap            | a set went above the picture's cap                         | step back that exercise, at once: a lighter load, else its easier version, else a set fewer, else a rest day |
 * | run-above-cap        | a ladder run went above the cap, in the session or as the next morning told | step back a ladder step, at once |
 * | worse-morning        | a morning was worse than usual                             | step back, at once: a ladder step after a day with a run, else a set fewer (or a rest day) for what was done the day before |
 * | morning-missing      | no check-in after the last counted session                 | hold                    |
 * | run-held             | a ladder run hurt 2 or more                                | hold the step           |
 * | next-ladder-step     | the last 2 runs at the step at 0–1, no worse mornings      | offer the next step     |
 * | more-reps / longer-hold / more-load / harder-variant | an exercise's last 2 sessions since its last change counted, each with a no-worse morning | offer its next step: reps, then load, then its harder version |
 * | phase-check          | 3 counted sessions on 3 days in the phase, no worse mornings| offer the phase check   |
 * | keep-going           | nothing has earned a step                                  | hold                    |
 *
 * A session counts when it was done in full (every set it was started with) and no set went
 * above the cap; a session cut short counts for adherence only. Step-backs and phase changes
 * move the plan's "since": sessions before it no longer count. An exercise's own step moves only
 * its "changed" day. A proposal declined today is not offered again today.
 *
 * Reading the log, nothing looks further back than the phase, the last change and two weeks
 * allow, newest first, so the cost does not grow with the years behind it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-days.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-planner.h"
#include "hammy-progression.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

/* Set above the cap long ago, or a morning long ago, no longer steps the plan back. */
#define STEP_BACK_LOOK_DAYS 14

struct _HammyProposal
{
  GObject              parent_instance;

  HammyProposalKind    kind;
  HammyProposalChange  change;
  const char          *rule;        /* static */
  GStrv                exercises;
  char                *variant;
  char                *load;
  guint                amount;
  HammyTriagePhase     phase;
  guint                ladder_step;
  char                *why;
  char                *key;
};

G_DEFINE_FINAL_TYPE (HammyProposal, hammy_proposal, G_TYPE_OBJECT)

static const char * const rule_ids[] = {
  "warning-sign", "above-cap", "run-above-cap", "worse-morning", "morning-missing", "run-held", "next-ladder-step",
  "more-reps", "longer-hold", "more-load", "harder-variant", "phase-check", "keep-going", NULL
};

/* ---- the proposal -------------------------------------------------------------------- */

static void
hammy_proposal_finalize (GObject *object)
{
  HammyProposal *self = HAMMY_PROPOSAL (object);

  g_strfreev (self->exercises);
  g_free (self->variant);
  g_free (self->load);
  g_free (self->why);
  g_free (self->key);

  G_OBJECT_CLASS (hammy_proposal_parent_class)->finalize (object);
}

static void
hammy_proposal_class_init (HammyProposalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_proposal_finalize;
}

static void
hammy_proposal_init (HammyProposal *self)
{
}

/* The same change to the same plan gives the same key, whatever the sentence says. */
static void
make_key (HammyProposal *self)
{
  g_autofree char *exercises = g_strjoinv (",", self->exercises);
  g_autofree char *target = NULL;

  switch (self->change)
    {
    case HAMMY_PROPOSAL_CHANGE_VARIANT:
      target = g_strdup (self->variant);
      break;
    case HAMMY_PROPOSAL_CHANGE_LOAD:
      target = g_strdup (self->load);
      break;
    case HAMMY_PROPOSAL_CHANGE_PHASE:
      target = g_strdup (hammy_triage_phase_to_id (self->phase));
      break;
    case HAMMY_PROPOSAL_CHANGE_LADDER:
      target = g_strdup_printf ("%u", self->ladder_step);
      break;
    case HAMMY_PROPOSAL_CHANGE_REPS:
    case HAMMY_PROPOSAL_CHANGE_HOLD:
      target = g_strdup_printf ("%u", self->amount);
      break;
    case HAMMY_PROPOSAL_CHANGE_NONE:
    case HAMMY_PROPOSAL_CHANGE_FEWER_SETS:
    case HAMMY_PROPOSAL_CHANGE_REST_DAY:
    default:
      target = g_strdup ("");
      break;
    }

  /* Plan keys are bounded; a long list of exercises is summed up. */
  if (strlen (exercises) > 100)
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, exercises, -1);

      g_free (exercises);
      exercises = g_steal_pointer (&sum);
    }
  self->key = g_strdup_printf ("%s:%s:%s", self->rule, exercises, target);
}

/* @exercises: NULL-terminated, or NULL for the plan as a whole. Takes @why. */
static HammyProposal *
proposal_new (const char          *rule,
              HammyProposalKind    kind,
              HammyProposalChange  change,
              const char * const  *exercises,
              char                *why)
{
  HammyProposal *self = g_object_new (HAMMY_TYPE_PROPOSAL, NULL);

  g_assert (g_strv_contains (rule_ids, rule));
  self->rule = rule;
  self->kind = kind;
  self->change = change;
  self->exercises = exercises != NULL ? g_strdupv ((char **) exercises) : g_new0 (char *, 1);
  self->why = why;

  return self;
}

static HammyProposal *
hold_new (const char *rule,
          char       *why)
{
  HammyProposal *self = proposal_new (rule, HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE, NULL, why);

  make_key (self);
  return self;
}

HammyProposalKind
hammy_proposal_get_kind (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), HAMMY_PROPOSAL_HOLD);
  return self->kind;
}

HammyProposalChange
hammy_proposal_get_change (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), HAMMY_PROPOSAL_CHANGE_NONE);
  return self->change;
}

/* The id of the rule in the table that gave it. */
const char *
hammy_proposal_get_rule (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return self->rule;
}

/* The plan items it changes, by exercise id; empty when it is about the plan as a whole. */
const char * const *
hammy_proposal_get_exercises (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return (const char * const *) self->exercises;
}

const char *
hammy_proposal_get_variant (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return self->variant;
}

const char *
hammy_proposal_get_load (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return self->load;
}

/* The repetitions, or the seconds of a hold, it moves the item to. */
guint
hammy_proposal_get_amount (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), 0);
  return self->amount;
}

HammyTriagePhase
hammy_proposal_get_phase (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), HAMMY_TRIAGE_PHASE_REFER);
  return self->phase;
}

guint
hammy_proposal_get_ladder_step (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), 0);
  return self->ladder_step;
}

/* One sentence, translated, saying why. */
const char *
hammy_proposal_get_why (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return self->why;
}

const char *
hammy_proposal_get_key (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), NULL);
  return self->key;
}

/* Whether it changes the plan when the person says yes. */
gboolean
hammy_proposal_needs_answer (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), FALSE);
  return self->kind == HAMMY_PROPOSAL_PROGRESS && self->change != HAMMY_PROPOSAL_CHANGE_NONE;
}

/* The ids of the rules, in the order they are tried. */
const char * const *
hammy_progression_get_rules (void)
{
  return rule_ids;
}

/* ---- reading the log ----------------------------------------------------------------- */

char *
hammy_progression_dup_day (GDateTime *time)
{
  GDate day;

  g_return_val_if_fail (time != NULL, NULL);

  hammy_day_of_time (time, &day);
  return hammy_day_format (&day);
}

static void
session_day (const HammyLogSession *session,
             GDate                 *day)
{
  hammy_day_of_unix (session->started, day);
}

static HammyLibrary *
library_of (HammyPlan *plan)
{
  return hammy_plan_get_library (plan);
}

static const char *
exercise_name (HammyPlan  *plan,
               const char *id)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library_of (plan), id);

  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

static gboolean
set_above (const HammyLogSet *set,
           int                cap)
{
  return set->pain >= 0 && set->pain > cap;
}

/* Counts towards a step up: done in full, and no set above the cap. */
gboolean
hammy_progression_session_counts (HammyPlan             *plan,
                                  const HammyLogSession *session)
{
  int cap;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (session != NULL, FALSE);

  if (session->status != HAMMY_SESSION_DONE ||
      (session->planned_sets > 0 && session->sets->len < session->planned_sets) || session->warning != NULL)
    return FALSE;

  cap = hammy_plan_get_pain_cap (plan);
  for (guint i = 0; i < session->sets->len; i++)
    if (set_above (&g_array_index (session->sets, HammyLogSet, i), cap))
      return FALSE;

  return TRUE;
}

typedef enum
{
  MORNING_UNKNOWN,   /* no check-in after the day yet */
  MORNING_GOOD,      /* no worse than usual */
  MORNING_BAD,       /* worse, or a warning sign */
} Morning;

/* The first morning check-in after @day, up to @today. */
static Morning
morning_after (HammyLog    *log,
               const GDate *day,
               const GDate *today)
{
  const HammyLogCheckin *checkin;
  char after[HAMMY_DAY_LENGTH + 1], last[HAMMY_DAY_LENGTH + 1];
  GDate next = *day;
  guint index;

  g_date_add_days (&next, 1);
  hammy_day_format_into (&next, after);
  hammy_day_format_into (today, last);
  index = hammy_log_find_checkin (log, after);
  if (index >= hammy_log_get_n_checkins (log))
    return MORNING_UNKNOWN;

  checkin = hammy_log_get_checkin (log, index);
  if (strcmp (checkin->date, last) > 0)
    return MORNING_UNKNOWN;

  return checkin->leg == HAMMY_COMPARED_WORSE || checkin->warning != NULL || checkin->reinjury ? MORNING_BAD : MORNING_GOOD;
}

/* Where the sessions that count begin: the later of the phase's first day and the last
 * step back or phase change; and never before @earliest. */
static gint64
counting_from (HammyPlan   *plan,
               const GDate *earliest)
{
  g_autoptr(GDateTime) phase_start = NULL;
  gint64 from = G_MININT64;
  GDate phase_since;

  if (hammy_plan_get_phase_since (plan, &phase_since))
    {
      phase_start = hammy_day_at (&phase_since, 0, 0);
      from = g_date_time_to_unix (phase_start);
    }
  if (hammy_plan_get_since (plan) != NULL)
    from = MAX (from, g_date_time_to_unix (hammy_plan_get_since (plan)));
  if (earliest != NULL && g_date_valid (earliest))
    {
      g_autoptr(GDateTime) start = hammy_day_at (earliest, 0, 0);

      from = MAX (from, g_date_time_to_unix (start));
    }

  return from;
}

/* Sessions of the plan's phase from @from up to @now, newest first, through @visit until it
 * returns FALSE. Sessions in progress are skipped. */
typedef gboolean (*SessionVisit) (const HammyLogSession *session,
                                  const GDate           *day,
                                  gpointer               user_data);

static void
walk_sessions (HammyPlan    *plan,
               HammyLog     *log,
               gint64        from,
               GDateTime    *now,
               SessionVisit  visit,
               gpointer      user_data)
{
  const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (plan));
  gint64 until = g_date_time_to_unix (now);
  guint first = hammy_log_find_session (log, from);

  for (guint i = hammy_log_find_session (log, until + 1); i > first; i--)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i - 1);
      GDate day;

      if (session->status == HAMMY_SESSION_IN_PROGRESS || g_strcmp0 (session->phase, phase) != 0)
        continue;
      session_day (session, &day);
      if (!visit (session, &day, user_data))
        return;
    }
}

/* ---- counted days -------------------------------------------------------------------- */

typedef struct
{
  HammyPlan   *plan;
  HammyLog    *log;
  GDate        today;
  guint        want;              /* stop once this many are found; 0 to find them all */
  guint        days;              /* good days found */
  GDate        last_good;         /* the newest good day, or invalid */
  gboolean     newest_seen;       /* the newest counted session has been looked at */
  gboolean     morning_missing;   /* it has no check-in after it yet */
  gboolean     morning_bad;
  GDate        counted_day;       /* the day being counted, to count each day once */
} GoodDays;

static gboolean
visit_good_day (const HammyLogSession *session,
                const GDate           *day,
                gpointer               user_data)
{
  GoodDays *g = user_data;
  Morning morning;

  if (!hammy_progression_session_counts (g->plan, session))
    return TRUE;

  morning = morning_after (g->log, day, &g->today);
  if (!g->newest_seen)
    {
      g->newest_seen = TRUE;
      g->morning_missing = morning == MORNING_UNKNOWN;
      g->morning_bad = morning == MORNING_BAD;
    }
  if (morning != MORNING_GOOD || (g_date_valid (&g->counted_day) && g_date_compare (&g->counted_day, day) == 0))
    return TRUE;

  g->counted_day = *day;
  if (!g_date_valid (&g->last_good))
    g->last_good = *day;
  g->days++;

  return g->want == 0 || g->days < g->want;
}

static void
good_days_init (GoodDays  *g,
                HammyPlan *plan,
                HammyLog  *log,
                GDateTime *now)
{
  *g = (GoodDays) { plan, log };
  hammy_day_of_time (now, &g->today);
  g_date_clear (&g->last_good, 1);
  g_date_clear (&g->counted_day, 1);
}

/* Days in the phase, since the last step back, with a counted session followed by a no-worse
 * morning, up to HAMMY_PROGRESSION_SESSIONS; @morning_missing: the newest counted session has
 * no check-in after it yet. */
guint
hammy_progression_count_good_days (HammyPlan *plan,
                                   HammyLog  *log,
                                   GDateTime *now,
                                   gboolean  *morning_missing)
{
  GoodDays g;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), 0);
  g_return_val_if_fail (HAMMY_IS_LOG (log), 0);
  g_return_val_if_fail (now != NULL, 0);

  good_days_init (&g, plan, log, now);
  g.want = HAMMY_PROGRESSION_SESSIONS;
  walk_sessions (plan, log, counting_from (plan, NULL), now, visit_good_day, &g);
  if (morning_missing != NULL)
    *morning_missing = g.morning_missing;

  return g.days;
}

/* ---- step-backs ---------------------------------------------------------------------- */

static void
today_of (GDateTime *now,
          GDate     *today)
{
  hammy_day_of_time (now, today);
}

/* A variant of the library that may take an item's place: in the plan's pathway, not in the
 * plan already, and for @phase when one is given. */
static const char *
pick_variant (HammyPlan          *plan,
              const char * const *candidates,
              const char         *phase)
{
  for (guint i = 0; candidates != NULL && candidates[i] != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (library_of (plan), candidates[i]);

      if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE ||
          hammy_plan_find_item (plan, candidates[i]) >= 0 ||
          !hammy_pathway_allows (plan, hammy_plan_get_phase (plan), candidates[i]))
        continue;
      if (phase != NULL && !g_strv_contains (hammy_exercise_get_phases (exercise), phase))
        continue;
      return candidates[i];
    }

  return NULL;
}

/* One step back for the item: a lighter load, else its easier version at its easiest, else a set
 * fewer, else a rest day tomorrow. Says what it did. */
static char *
step_back_item (HammyPlan   *plan,
                guint        index,
                const GDate *today,
                const char  *because)
{
  const HammyPlanItem *current = hammy_plan_get_item (plan, index);
  g_autoptr(HammyPlanItem) item = hammy_plan_item_copy (current);
  HammyExercise *exercise = hammy_library_lookup_exercise (library_of (plan), item->exercise);
  const char *name = exercise_name (plan, item->exercise);
  const char *easier = exercise != NULL ? pick_variant (plan, hammy_exercise_get_easier (exercise), NULL) : NULL;
  int load = hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, item->load);
  char *said;

  if (load > 0)
    {
      g_free (item->load);
      item->load = g_strdup (hammy_vocabulary_get_id (HAMMY_VOCABULARY_LOAD, load - 1));
      /* Translators: the first %s says why, the second is an exercise, the third a load such as “Light”. */
      said = g_strdup_printf (_("%s, so %s goes down to a “%s” load for now."), because, name,
                              hammy_vocabulary_get_name (HAMMY_VOCABULARY_LOAD, item->load));
    }
  else if (easier != NULL)
    {
      HammyPlanItem swapped = { 0 };

      hammy_plan_item_init_easiest (&swapped, library_of (plan), easier, item->section, today);
      swapped.added = item->added;
      swapped.note = g_strdup (item->note);
      hammy_plan_item_clear (item);
      *item = swapped;
      /* Translators: the first %s says why, then two exercises. */
      said = g_strdup_printf (_("%s, so %s makes way for the easier %s for now."), because, name,
                              exercise_name (plan, easier));
    }
  else if (item->sets > 1)
    {
      item->sets--;
      /* Translators: the first %s says why, the second is an exercise. */
      said = g_strdup_printf (_("%s, so you do one set fewer of %s for now."), because, name);
    }
  else
    {
      g_date_clear (&item->rest_until, 1);
      item->rest_until = *today;
      g_date_add_days (&item->rest_until, 2);
      /* Translators: the first %s says why, the second is an exercise. */
      said = g_strdup_printf (_("%s, so %s rests tomorrow."), because, name);
    }

  item->changed = *today;
  hammy_plan_replace_item (plan, index, item);
  return said;
}

static char *
step_back_ladder (HammyPlan  *plan,
                  const char *because)
{
  guint step = hammy_plan_get_ladder_step (plan);

  if (step == 0)
    /* Translators: %s says why. */
    return g_strdup_printf (_("%s, so rest from running until your mornings settle, then repeat the first step of the ladder."),
                            because);

  hammy_plan_move_ladder (plan, step - 1);
  /* Translators: the first %s says why, the second is a step of the running ladder. */
  return g_strdup_printf (_("%s, so go back a step on the running ladder to “%s”."), because,
                          hammy_plan_ladder_step_get_title (step - 1));
}

typedef struct
{
  HammyPlan  *plan;
  int         cap;
  GPtrArray  *exercises;   /* above the cap, each once */
  gboolean    run;
} AboveCap;

static gboolean
visit_above_cap (const HammyLogSession *session,
                 const GDate           *day,
                 gpointer               user_data)
{
  AboveCap *a = user_data;

  for (guint i = 0; i < session->sets->len; i++)
    {
      const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, i);

      if (!set_above (set, a->cap))
        continue;
      if (g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) == 0)
        a->run = TRUE;
      else if (!g_ptr_array_find_with_equal_func (a->exercises, set->exercise, g_str_equal, NULL))
        g_ptr_array_add (a->exercises, set->exercise);
    }

  return TRUE;
}

static void
say (GPtrArray *said,
     char      *text)
{
  if (said != NULL)
    g_ptr_array_add (said, text);
  else
    g_free (text);
}

/* Sets above the cap since the plan last changed: each exercise steps back once. */
static guint
step_back_above_cap (HammyPlan *plan,
                     HammyLog  *log,
                     GDateTime *now,
                     GPtrArray *said)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
  AboveCap a = { plan, hammy_plan_get_pain_cap (plan), exercises, FALSE };
  GDate today, earliest;
  guint n = 0;

  today_of (now, &today);
  earliest = today;
  g_date_subtract_days (&earliest, STEP_BACK_LOOK_DAYS);
  walk_sessions (plan, log, counting_from (plan, &earliest), now, visit_above_cap, &a);

  for (guint i = 0; i < exercises->len; i++)
    {
      const char *exercise = g_ptr_array_index (exercises, i);
      int index = hammy_plan_find_item (plan, exercise);
      g_autofree char *because = NULL;

      if (index < 0)
        continue;
      /* Translators: %s is an exercise; the sentence goes on with what changes. */
      because = g_strdup_printf (_("Your pain went above %d out of 10 during %s"), a.cap, exercise_name (plan, exercise));
      say (said, step_back_item (plan, index, &today, because));
      hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_STEP_BACK, "above-cap", exercise);
      n++;
    }
  if (a.run && hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN)
    {
      g_autofree char *because = g_strdup_printf (_("Your pain went above %d out of 10 on a run"), a.cap);

      say (said, step_back_ladder (plan, because));
      hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_STEP_BACK, "run-above-cap", HAMMY_PLAN_LADDER_RUN);
      n++;
    }

  return n;
}

/* The newest session before @day (within two days), or NULL. */
static const HammyLogSession *
session_before (HammyLog    *log,
                const GDate *day)
{
  g_autoptr(GDateTime) start = hammy_day_at (day, 0, 0);
  guint index = hammy_log_find_session (log, g_date_time_to_unix (start));

  for (guint i = index; i > 0; i--)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i - 1);
      GDate done;

      session_day (session, &done);
      if (hammy_days_between (&done, day) > 2)
        return NULL;
      if (session->sets->len > 0)
        return session;
    }

  return NULL;
}

static gboolean
session_has (const HammyLogSession *session,
             const char            *exercise)
{
  for (guint i = 0; i < session->sets->len; i++)
    if (g_strcmp0 (g_array_index (session->sets, HammyLogSet, i).exercise, exercise) == 0)
      return TRUE;
  return FALSE;
}

/* A morning worse than usual: after a day with a run, a step down the ladder; otherwise what
 * was done the day before steps back, one set fewer, or a rest day at one set. */
static guint
step_back_morning (HammyPlan       *plan,
                   HammyLog        *log,
                   const GDate     *today,
                   const GDate     *morning,
                   GPtrArray       *said)
{
  const HammyLogSession *before = session_before (log, morning);
  const char *because = _("Your leg felt worse than usual this morning");
  guint n = 0;

  if (before == NULL)
    {
      say (said, g_strdup (_("Your leg felt worse than usual this morning: go gently today, and tell Hammy how tomorrow morning feels.")));
      return 0;
    }

  if (session_has (before, HAMMY_PLAN_LADDER_RUN) && hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN)
    {
      say (said, step_back_ladder (plan, because));
      hammy_plan_add_change (plan, today, HAMMY_PLAN_CHANGE_STEP_BACK, "worse-morning", HAMMY_PLAN_LADDER_RUN);
      return 1;
    }

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      g_autoptr(HammyPlanItem) easier = NULL;

      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || !session_has (before, item->exercise) ||
          g_strcmp0 (item->group, "walking") == 0)
        continue;

      easier = hammy_plan_item_copy (item);
      if (easier->sets > 1)
        easier->sets--;
      else
        {
          easier->rest_until = *today;
          g_date_add_days (&easier->rest_until, 2);
        }
      easier->changed = *today;
      hammy_plan_replace_item (plan, i, easier);
      n++;
    }

  if (n > 0)
    {
      say (said, g_strdup (_("Your leg felt worse than usual this morning, so what you did yesterday steps back: one set fewer of each, or a rest day where one set is all there was.")));
      hammy_plan_add_change (plan, today, HAMMY_PLAN_CHANGE_STEP_BACK, "worse-morning", NULL);
    }

  return n > 0;
}

/* A run the morning after said hurt above the cap: the ladder goes back a step, as it does for
 * a run rated above the cap during the session. */
static guint
step_back_run_pain (HammyPlan       *plan,
                    HammyLog        *log,
                    const GDate     *today,
                    const GDate     *morning,
                    GPtrArray       *said)
{
  const HammyLogSession *before = session_before (log, morning);
  g_autofree char *because = NULL;

  if (hammy_plan_get_phase (plan) != HAMMY_TRIAGE_PHASE_RETURN || before == NULL ||
      !session_has (before, HAMMY_PLAN_LADDER_RUN))
    return 0;

  because = g_strdup_printf (_("Your pain went above %d out of 10 on a run"), hammy_plan_get_pain_cap (plan));
  say (said, step_back_ladder (plan, because));
  hammy_plan_add_change (plan, today, HAMMY_PLAN_CHANGE_STEP_BACK, "run-above-cap", HAMMY_PLAN_LADDER_RUN);
  return 1;
}

/* Step-backs at once, for what happened since the plan last looked: sets above the cap, and
 * morning check-ins worse than usual or with a run above the cap. A warning sign is the data's
 * to act on: it stops the plan. */
guint
hammy_progression_step_back (HammyPlan *plan,
                             HammyLog  *log,
                             GDateTime *now,
                             GPtrArray *said)
{
  const char *seen;
  char today_text[HAMMY_DAY_LENGTH + 1], first_text[HAMMY_DAY_LENGTH + 1];
  GDate today, first, started;
  guint n = 0;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), 0);
  g_return_val_if_fail (HAMMY_IS_LOG (log), 0);
  g_return_val_if_fail (now != NULL, 0);

  if (hammy_plan_get_stopped (plan) != NULL)
    return 0;

  today_of (now, &today);
  hammy_day_format_into (&today, today_text);

  n += step_back_above_cap (plan, log, now, said);

  /* Mornings the plan has not looked at, from its first day on, two weeks at the most. */
  first = today;
  g_date_subtract_days (&first, STEP_BACK_LOOK_DAYS);
  if (hammy_plan_get_started (plan, &started) && g_date_compare (&started, &first) > 0)
    first = started;
  seen = hammy_plan_get_checkin_seen (plan);
  if (seen != NULL && hammy_day_parse (seen, &started))
    {
      g_date_add_days (&started, 1);
      if (g_date_compare (&started, &first) > 0)
        first = started;
    }
  hammy_day_format_into (&first, first_text);

  for (guint i = hammy_log_find_checkin (log, first_text); i < hammy_log_get_n_checkins (log); i++)
    {
      const HammyLogCheckin *checkin = hammy_log_get_checkin (log, i);
      GDate morning;

      if (strcmp (checkin->date, today_text) > 0)
        break;
      hammy_plan_set_checkin_seen (plan, checkin->date);
      if (checkin->warning != NULL || checkin->reinjury)
        continue;
      hammy_day_parse (checkin->date, &morning);
      if (checkin->leg == HAMMY_COMPARED_WORSE)
        n += step_back_morning (plan, log, &today, &morning, said);
      else if (checkin->run_pain > hammy_plan_get_pain_cap (plan))
        n += step_back_run_pain (plan, log, &today, &morning, said);
    }

  if (n > 0)
    hammy_plan_set_since (plan, now);

  return n;
}

/* ---- step-ups ------------------------------------------------------------------------ */

/* The heaviest load a phase asks for: moderate while building, heavy from the load phase. */
static int
top_load (HammyTriagePhase phase)
{
  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_BUILD:
      return hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "medium");
    case HAMMY_TRIAGE_PHASE_LOAD:
    case HAMMY_TRIAGE_PHASE_RETURN:
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "heavy");
    case HAMMY_TRIAGE_PHASE_CALM:
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, "bodyweight");
    }
}

/* The item's next step, or NULL when it has none: more repetitions or a longer hold within the
 * library's range, then more load up to its working load and the phase's top, then its harder
 * version within the phase. One step, one exercise. */
static HammyProposal *
next_step (HammyPlan           *plan,
           const HammyPlanItem *item)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library_of (plan), item->exercise);
  const char *exercises[] = { item->exercise, NULL };
  const char *name = exercise_name (plan, item->exercise);
  const HammyDosage *dosage;
  const char *harder;
  HammyProposal *proposal;
  int load, top;

  if (exercise == NULL)
    return NULL;
  dosage = hammy_exercise_get_dosage (exercise);

  if (item->reps > 0 && dosage->reps_max > 0 && item->reps < dosage->reps_max)
    {
      guint reps = MIN (item->reps + 2, dosage->reps_max);

      proposal = proposal_new ("more-reps", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_REPS, exercises,
                               /* Translators: an exercise, then a number of repetitions. */
                               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Your last sessions of %s counted and your mornings were no worse: try %u repetition a set.",
                                                             "Your last sessions of %s counted and your mornings were no worse: try %u repetitions a set.",
                                                             reps),
                                                name, reps));
      proposal->amount = reps;
      return proposal;
    }

  if (item->hold_seconds > 0 && dosage->hold_seconds_max > 0 && item->hold_seconds < dosage->hold_seconds_max)
    {
      guint step = item->hold_seconds >= 120 ? 120 : 5;
      guint hold = MIN (item->hold_seconds + step, dosage->hold_seconds_max);
      g_autofree char *length = hold >= 120 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", hold / 60), hold / 60)
                                            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", hold), hold);

      proposal = proposal_new ("longer-hold", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_HOLD, exercises,
                               /* Translators: an exercise, then a length of time such as “25 seconds”. */
                               g_strdup_printf (_("Your last sessions of %s counted and your mornings were no worse: try %s."),
                                                name, length));
      proposal->amount = hold;
      return proposal;
    }

  load = hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, item->load);
  top = MIN (hammy_vocabulary_get_index (HAMMY_VOCABULARY_LOAD, dosage->load), top_load (hammy_plan_get_phase (plan)));
  if (g_strcmp0 (dosage->load, "bodyweight") != 0 && load >= 0 && load < top)
    {
      const char *heavier = hammy_vocabulary_get_id (HAMMY_VOCABULARY_LOAD, load + 1);

      proposal = proposal_new ("more-load", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LOAD, exercises,
                               /* Translators: an exercise, then a load such as “Heavy”. */
                               g_strdup_printf (_("Your last sessions of %s counted and your mornings were no worse: take it up to a “%s” load."),
                                                name, hammy_vocabulary_get_name (HAMMY_VOCABULARY_LOAD, heavier)));
      proposal->load = g_strdup (heavier);
      return proposal;
    }

  /* Only within the phase: a harder exercise from a later phase waits for that phase. */
  harder = pick_variant (plan, hammy_exercise_get_harder (exercise),
                         hammy_triage_phase_to_id (hammy_plan_get_phase (plan)));
  if (harder != NULL)
    {
      proposal = proposal_new ("harder-variant", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT, exercises,
                               /* Translators: the first %s is the exercise now, the second the harder one. */
                               g_strdup_printf (_("Your last sessions of %s counted and your mornings were no worse: try the harder %s in its place."),
                                                name, exercise_name (plan, harder)));
      proposal->variant = g_strdup (harder);
      return proposal;
    }

  return NULL;
}

typedef struct
{
  HammyPlan   *plan;
  HammyLog    *log;
  GDate        today;
  const char  *exercise;
  GDate        from;        /* the item's last change, or invalid */
  guint        found;
  gboolean     good;        /* every one found counted and had a no-worse morning */
} ItemSessions;

static gboolean
visit_item_session (const HammyLogSession *session,
                    const GDate           *day,
                    gpointer               user_data)
{
  ItemSessions *s = user_data;

  if (g_date_valid (&s->from) && g_date_compare (day, &s->from) < 0)
    return FALSE;
  if (!session_has (session, s->exercise))
    return TRUE;

  s->found++;
  s->good = s->good && hammy_progression_session_counts (s->plan, session) &&
            morning_after (s->log, day, &s->today) == MORNING_GOOD;

  return s->found < HAMMY_PROGRESSION_ITEM_SESSIONS;
}

/* The item's last two sessions since its last change counted, each with a no-worse morning. */
static gboolean
item_earned_step (HammyPlan           *plan,
                  HammyLog            *log,
                  GDateTime           *now,
                  const HammyPlanItem *item)
{
  ItemSessions s = { plan, log };

  today_of (now, &s.today);
  s.exercise = item->exercise;
  s.from = item->changed;
  s.good = TRUE;
  walk_sessions (plan, log, counting_from (plan, &item->changed), now, visit_item_session, &s);

  return s.found >= HAMMY_PROGRESSION_ITEM_SESSIONS && s.good;
}

/* The day the ladder last moved, or the phase's first day. */
static void
ladder_since (HammyPlan *plan,
              GDate     *since)
{
  g_date_clear (since, 1);
  hammy_plan_get_phase_since (plan, since);
  for (guint i = hammy_plan_get_n_changes (plan); i > 0; i--)
    {
      const HammyPlanChange *change = hammy_plan_get_change (plan, i - 1);

      if (g_strcmp0 (change->exercise, HAMMY_PLAN_LADDER_RUN) == 0)
        {
          if (!g_date_valid (since) || g_date_compare (&change->date, since) > 0)
            *since = change->date;
          return;
        }
    }
}

typedef struct
{
  HammyLog   *log;
  GDate       today;
  GDate       from;
  GDate       week_ago;
  guint       runs;          /* newest first, up to HAMMY_PROGRESSION_RUNS */
  gboolean    pain_free;     /* each of them at 0–1 with a no-worse morning */
  gboolean    held;          /* a run at 2 or more since the step began */
  gboolean    held_week;     /* a run at 2 or more in the last seven days */
  gboolean    free_at_all;   /* a run at 0 since the step began */
} Runs;

static gboolean
visit_run (const HammyLogSession *session,
           const GDate           *day,
           gpointer               user_data)
{
  Runs *r = user_data;

  if (g_date_compare (day, &r->week_ago) < 0 && (!g_date_valid (&r->from) || g_date_compare (day, &r->from) < 0))
    return FALSE;

  for (guint i = 0; i < session->sets->len; i++)
    {
      const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, i);

      if (g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) != 0 || set->pain < 0)
        continue;
      if (g_date_compare (day, &r->week_ago) >= 0 && set->pain >= HAMMY_PROGRESSION_RUN_HOLD_PAIN)
        r->held_week = TRUE;
      if (g_date_valid (&r->from) && g_date_compare (day, &r->from) < 0)
        continue;
      if (set->pain >= HAMMY_PROGRESSION_RUN_HOLD_PAIN)
        r->held = TRUE;
      if (set->pain == 0)
        r->free_at_all = TRUE;
      if (r->runs < HAMMY_PROGRESSION_RUNS)
        {
          r->runs++;
          r->pain_free = r->pain_free && set->pain < HAMMY_PROGRESSION_RUN_HOLD_PAIN &&
                         morning_after (r->log, day, &r->today) == MORNING_GOOD;
        }
    }

  return TRUE;
}

static void
read_runs (HammyPlan *plan,
           HammyLog  *log,
           GDateTime *now,
           Runs      *r)
{
  g_autoptr(GDateTime) from = NULL;
  GDate earliest;

  *r = (Runs) { log };
  today_of (now, &r->today);
  ladder_since (plan, &r->from);
  r->week_ago = r->today;
  g_date_subtract_days (&r->week_ago, 7);
  r->pain_free = TRUE;

  /* Runs held for pain count for a week whatever moved since; runs at the step count from it. */
  earliest = r->week_ago;
  if (g_date_valid (&r->from) && g_date_compare (&r->from, &earliest) < 0)
    earliest = r->from;
  from = hammy_day_at (&earliest, 0, 0);
  walk_sessions (plan, log, g_date_time_to_unix (from), now, visit_run, r);
}

void
hammy_progression_get_ladder_facts (HammyPlan *plan,
                                    HammyLog  *log,
                                    GDateTime *now,
                                    gboolean  *done,
                                    gboolean  *held_for_pain)
{
  Runs r;

  g_return_if_fail (HAMMY_IS_PLAN (plan) && HAMMY_IS_LOG (log) && now != NULL);

  read_runs (plan, log, now, &r);
  if (done != NULL)
    *done = hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN &&
            hammy_plan_get_ladder_step (plan) + 1 == hammy_plan_get_n_ladder_steps () &&
            r.runs >= HAMMY_PROGRESSION_RUNS && r.pain_free;
  if (held_for_pain != NULL)
    *held_for_pain = r.held_week;
}

/* Running at about 70% of top speed was pain-free: the ladder moved past that step, or a run at
 * it did not hurt (docs/programme.md, "Pathways"). */
gboolean
hammy_progression_ladder_70_pain_free (HammyPlan *plan,
                                       HammyLog  *log,
                                       GDateTime *now)
{
  Runs r;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan) && HAMMY_IS_LOG (log), FALSE);

  if (hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_KEEP)
    return TRUE;
  if (hammy_plan_get_phase (plan) != HAMMY_TRIAGE_PHASE_RETURN ||
      hammy_plan_get_ladder_step (plan) < HAMMY_PLAN_LADDER_STEP_70)
    return FALSE;
  if (hammy_plan_get_ladder_step (plan) > HAMMY_PLAN_LADDER_STEP_70)
    return TRUE;

  read_runs (plan, log, now, &r);
  return r.free_at_all;
}

static HammyProposal *
ladder_proposal (HammyPlan *plan,
                 HammyLog  *log,
                 GDateTime *now,
                 char     **hold)
{
  guint step = hammy_plan_get_ladder_step (plan);
  HammyProposal *proposal;
  Runs r;

  if (hammy_plan_get_phase (plan) != HAMMY_TRIAGE_PHASE_RETURN || step + 1 >= hammy_plan_get_n_ladder_steps ())
    return NULL;

  read_runs (plan, log, now, &r);
  if (r.held)
    {
      if (hold != NULL && *hold == NULL)
        *hold = g_strdup (_("Repeat this step of the running ladder until your runs hurt no more than a faint awareness, during the run and the morning after."));
      return NULL;
    }
  if (r.runs < HAMMY_PROGRESSION_RUNS || !r.pain_free)
    return NULL;

  proposal = proposal_new ("next-ladder-step", HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LADDER, NULL,
                           /* Translators: %s is a step of the running ladder. */
                           g_strdup_printf (_("Your last runs were pain-free with no worse mornings, so move up the running ladder to “%s”."),
                                            hammy_plan_ladder_step_get_title (step + 1)));
  proposal->ladder_step = step + 1;
  return proposal;
}

static void
add_unless_declined (GPtrArray     *proposals,
                     HammyProposal *proposal,
                     HammyPlan     *plan,
                     GDateTime     *now)
{
  make_key (proposal);
  if (hammy_plan_is_declined (plan, proposal->key, now))
    g_object_unref (proposal);
  else
    g_ptr_array_add (proposals, proposal);
}

static GPtrArray *
propose (HammyPlan   *plan,
         HammyLog    *log,
         GDateTime   *now,
         char       **hold,
         const char **hold_rule)
{
  GPtrArray *proposals = g_ptr_array_new_with_free_func (g_object_unref);
  HammyProposal *ladder;
  GoodDays g;

  *hold = NULL;
  *hold_rule = "keep-going";
  if (hammy_plan_get_stopped (plan) != NULL)
    return proposals;

  /* Nothing steps up without a no-worse morning after the last counted session. */
  good_days_init (&g, plan, log, now);
  g.want = 1;
  walk_sessions (plan, log, counting_from (plan, NULL), now, visit_good_day, &g);
  if (g.morning_missing || g.morning_bad)
    {
      *hold_rule = g.morning_missing ? "morning-missing" : "worse-morning";
      *hold = g_strdup (g.morning_missing
                        ? _("Keep going as you are: a morning check-in after your last session is missing, and the next step waits for it.")
                        : _("Keep going as you are: your last morning was worse than usual, so the next step waits for better mornings."));
      return proposals;
    }

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      HammyProposal *proposal;

      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || !item_earned_step (plan, log, now, item) ||
          (proposal = next_step (plan, item)) == NULL)
        continue;
      add_unless_declined (proposals, proposal, plan, now);
    }

  ladder = ladder_proposal (plan, log, now, hold);
  if (ladder != NULL)
    add_unless_declined (proposals, ladder, plan, now);
  else if (*hold != NULL)
    *hold_rule = "run-held";

  if (proposals->len == 0 && *hold == NULL)
    *hold = g_strdup (_("Keep going as you are: each exercise takes its next step after two full sessions of it, each with no worse morning after."));

  return proposals;
}

GPtrArray *
hammy_progression_propose_all (HammyPlan  *plan,
                               HammyLog   *log,
                               GDateTime  *now,
                               char      **hold)
{
  g_autofree char *why = NULL;
  const char *rule;
  GPtrArray *proposals;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  proposals = propose (plan, log, now, &why, &rule);
  if (hold != NULL)
    *hold = proposals->len == 0 ? g_steal_pointer (&why) : NULL;

  return proposals;
}

HammyProposal *
hammy_progression_propose (HammyPlan *plan,
                           HammyLog  *log,
                           GDateTime *now)
{
  g_autoptr(GPtrArray) proposals = NULL;
  g_autofree char *hold = NULL;
  const char *rule;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (hammy_plan_get_stopped (plan) != NULL)
    {
      HammyProposal *stop = proposal_new ("warning-sign", HAMMY_PROPOSAL_STOP, HAMMY_PROPOSAL_CHANGE_NONE, NULL,
                                          hammy_progression_dup_stop_text (hammy_plan_get_stopped_sign (plan)));

      make_key (stop);
      return stop;
    }

  proposals = propose (plan, log, now, &hold, &rule);
  if (proposals->len > 0)
    return g_object_ref (g_ptr_array_index (proposals, 0));

  return hold_new (rule, g_steal_pointer (&hold));
}

static gboolean
gone (GError **error)
{
  g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID,
                       _("Your plan has changed since this was suggested. Nothing was changed."));
  return FALSE;
}

/* Makes the change in @plan. A phase change starts the count of sessions again; an exercise's
 * own step starts its own count again from today. */
gboolean
hammy_progression_apply (HammyProposal  *proposal,
                         HammyPlan      *plan,
                         GDateTime      *now,
                         GError        **error)
{
  g_autoptr(HammyPlanItem) item = NULL;
  const char * const *exercises;
  int index = -1;
  GDate today;

  g_return_val_if_fail (HAMMY_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!hammy_proposal_needs_answer (proposal))
    return TRUE;

  today_of (now, &today);
  exercises = hammy_proposal_get_exercises (proposal);
  if (exercises[0] != NULL)
    {
      if ((index = hammy_plan_find_item (plan, exercises[0])) < 0)
        return gone (error);
      item = hammy_plan_item_copy (hammy_plan_get_item (plan, index));
      item->changed = today;
    }

  switch (proposal->change)
    {
    case HAMMY_PROPOSAL_CHANGE_VARIANT:
      {
        HammyPlanItem swapped = { 0 };

        if (hammy_plan_find_item (plan, proposal->variant) >= 0)
          return gone (error);
        hammy_plan_item_init_easiest (&swapped, hammy_plan_get_library (plan), proposal->variant, item->section, &today);
        swapped.added = item->added;
        swapped.note = g_strdup (item->note);
        hammy_plan_item_clear (item);
        *item = swapped;
      }
      break;
    case HAMMY_PROPOSAL_CHANGE_LOAD:
      g_free (item->load);
      item->load = g_strdup (proposal->load);
      break;
    case HAMMY_PROPOSAL_CHANGE_REPS:
      if (item->reps == 0)
        return gone (error);
      item->reps = proposal->amount;
      break;
    case HAMMY_PROPOSAL_CHANGE_HOLD:
      if (item->hold_seconds == 0)
        return gone (error);
      item->hold_seconds = proposal->amount;
      break;
    case HAMMY_PROPOSAL_CHANGE_LADDER:
      if (hammy_plan_get_phase (plan) != HAMMY_TRIAGE_PHASE_RETURN)
        return gone (error);
      hammy_plan_move_ladder (plan, proposal->ladder_step);
      hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_STEP_UP, proposal->rule, HAMMY_PLAN_LADDER_RUN);
      return TRUE;
    case HAMMY_PROPOSAL_CHANGE_PHASE:
      if (hammy_plan_get_phase (plan) == proposal->phase)
        return gone (error);
      if (!hammy_plan_change_phase (plan, proposal->phase, error))
        return FALSE;
      hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_PHASE_UP, proposal->rule, NULL);
      hammy_plan_set_since (plan, now);
      return TRUE;
    case HAMMY_PROPOSAL_CHANGE_FEWER_SETS:
    case HAMMY_PROPOSAL_CHANGE_REST_DAY:
    case HAMMY_PROPOSAL_CHANGE_NONE:
    default:
      g_assert_not_reached ();
    }

  hammy_plan_replace_item (plan, index, item);
  hammy_plan_add_change (plan, &today, HAMMY_PLAN_CHANGE_STEP_UP, proposal->rule, exercises[0]);
  return TRUE;
}

/* ---- the phase check ----------------------------------------------------------------- */

/* Earned after HAMMY_PROGRESSION_SESSIONS good days in the phase; after one failed or declined,
 * again after each further good day. Never in keep or warm-up: there is no phase above them. */
gboolean
hammy_progression_phase_check_due (HammyPlan *plan,
                                   HammyLog  *log,
                                   GDateTime *now,
                                   guint     *counted)
{
  HammyTriagePhase phase;
  GDate phase_since;
  GoodDays g;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HAMMY_IS_LOG (log), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (counted != NULL)
    *counted = 0;
  phase = hammy_plan_get_phase (plan);
  if (hammy_plan_get_stopped (plan) != NULL || phase < HAMMY_TRIAGE_PHASE_CALM || phase >= HAMMY_TRIAGE_PHASE_KEEP)
    return FALSE;

  good_days_init (&g, plan, log, now);
  g.want = HAMMY_PROGRESSION_SESSIONS;
  walk_sessions (plan, log, counting_from (plan, NULL), now, visit_good_day, &g);
  if (counted != NULL)
    *counted = g.days;
  if (g.days < HAMMY_PROGRESSION_SESSIONS || g.morning_missing || g.morning_bad)
    return FALSE;

  /* The latest check in this phase, declined or failed: a good day since then earns another. */
  hammy_plan_get_phase_since (plan, &phase_since);
  for (guint i = hammy_plan_get_n_checks (plan); i > 0; i--)
    {
      const HammyPlanCheck *check = hammy_plan_get_check (plan, i - 1);

      if (g_date_valid (&phase_since) && g_date_compare (&check->date, &phase_since) < 0)
        break;
      if (check->phase != phase + 1)
        continue;
      return g_date_compare (&g.last_good, &check->date) >= 0 && g.days > 0 &&
             g_date_compare (&g.today, &check->date) > 0;
    }

  return TRUE;
}

/* ---- not improving ------------------------------------------------------------------- */

char *
hammy_progression_dup_not_improving (HammyPlan   *plan,
                                     GDateTime   *now,
                                     gboolean     sudden_onset,
                                     int          first_walking_pain,
                                     int          latest_walking_pain,
                                     const GDate *latest_walking_day)
{
  HammyTriagePhase phase;
  GDate today, onset, since;
  guint step_backs = 0;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  today_of (now, &today);
  for (guint i = hammy_plan_get_n_changes (plan); i > 0; i--)
    {
      const HammyPlanChange *change = hammy_plan_get_change (plan, i - 1);

      if (hammy_days_between (&change->date, &today) >= HAMMY_PROGRESSION_STEP_BACK_DAYS)
        break;
      step_backs += change->kind == HAMMY_PLAN_CHANGE_STEP_BACK;
    }
  if (step_backs >= HAMMY_PROGRESSION_STEP_BACKS)
    return g_strdup (_("Your plan has stepped back three times in two weeks. The plan goes on, but a physiotherapist or sports doctor could look at what is holding the leg back."));

  if (sudden_onset && hammy_plan_get_onset (plan, &onset) && latest_walking_day != NULL &&
      g_date_valid (latest_walking_day) && hammy_days_between (&onset, latest_walking_day) >= HAMMY_PROGRESSION_WALKING_DAYS &&
      latest_walking_pain > 1 && latest_walking_pain >= first_walking_pain)
    return g_strdup (_("Walking hurts no less than it did ten days after the injury. The plan goes on, but please have the leg looked at by a physiotherapist or sports doctor."));

  phase = hammy_plan_get_phase (plan);
  if (phase >= HAMMY_TRIAGE_PHASE_CALM && phase <= HAMMY_TRIAGE_PHASE_RETURN && hammy_plan_get_phase_since (plan, &since) &&
      hammy_days_between (&since, &today) >= HAMMY_PROGRESSION_PHASE_DAYS)
    return g_strdup (_("You have been in this phase for six weeks. The plan goes on, but a physiotherapist or sports doctor could help you find what would move it forward."));

  return NULL;
}

/* ---- the morning check-in ------------------------------------------------------------ */

/* Due on the first opening of a day after a day with a session, until a check-in for a day
 * after that session is given. A day without Hammy in between does not lose the check-in: the
 * next day it is opened asks about the latest session. Only the latest session is read. */
gboolean
hammy_progression_checkin_is_due (HammyLog  *log,
                                  GDateTime *today)
{
  g_autoptr(GDateTime) midnight = NULL;
  char today_text[HAMMY_DAY_LENGTH + 1], after[HAMMY_DAY_LENGTH + 1];
  GDate day, last;
  guint index;

  g_return_val_if_fail (HAMMY_IS_LOG (log), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  hammy_day_of_time (today, &day);
  hammy_day_format_into (&day, today_text);
  midnight = hammy_day_at (&day, 0, 0);

  for (index = hammy_log_find_session (log, g_date_time_to_unix (midnight)); index > 0; index--)
    {
      const HammyLogSession *session = hammy_log_get_session (log, index - 1);

      if (session->status == HAMMY_SESSION_DONE || session->status == HAMMY_SESSION_PARTIAL ||
          session->sets->len > 0)
        break;
    }
  if (index == 0)
    return FALSE;

  session_day (hammy_log_get_session (log, index - 1), &last);
  g_date_add_days (&last, 1);
  hammy_day_format_into (&last, after);
  index = hammy_log_find_checkin (log, after);

  return index >= hammy_log_get_n_checkins (log) || strcmp (hammy_log_get_checkin (log, index)->date, today_text) > 0;
}

/* What a stopped plan says, in the words triage uses for its urgent and refer results. */
const char *
hammy_progression_get_stop_advice (void)
{
  return _("You noted a warning sign, so the plan stops here. Get emergency care now for numbness "
           "in the saddle area, bladder or bowel changes, or sudden breathlessness or chest pain; otherwise see a doctor or "
           "physiotherapist before you train again. When you have been seen, start a new check.");
}

/* The stop in one or two sentences, naming the sign. */
char *
hammy_progression_dup_stop_text (const char *sign)
{
  if (g_strcmp0 (sign, HAMMY_PROGRESSION_STOP_REINJURY) == 0)
    return g_strdup (_("You noted a new sudden pain or a pop, which may be a new injury, so the plan stops here. Start a new check: it begins again from the day this happened."));
  if (g_strcmp0 (sign, "rf_saddle_bladder") == 0)
    return g_strdup (_("You noted numbness in the saddle area or new bladder or bowel trouble. Get emergency care now; the plan stops until a new check after you have been seen."));
  if (g_strcmp0 (sign, "rf_weakness") == 0)
    return g_strdup (_("You noted weakness in your leg or foot that is getting worse. Have it seen today; the plan stops until a new check after you have been seen."));
  if (g_strcmp0 (sign, "rf_calf") == 0)
    return g_strdup (_("You noted a swollen, warm or tender calf or back of the knee, or breathlessness. See a doctor today, or get emergency care now if you are breathless; the plan stops until a new check."));
  if (g_strcmp0 (sign, "rf_unwell") == 0)
    return g_strdup (_("You noted fever, feeling unwell or night pain that nothing eases. See a doctor soon; the plan stops until a new check after you have been seen."));
  if (g_strcmp0 (sign, "numbness") == 0)
    return g_strdup (_("You noted numbness down the leg, which needs a clinician to look first. The plan stops until a new check after you have been seen."));
  if (g_strcmp0 (sign, "bone_stress_signs") == 0)
    return g_strdup (_("You noted signs that can mean a bone stress injury: no running and no hopping. See a clinician; the plan stops until a new check after you have been seen."));

  return g_strdup (hammy_progression_get_stop_advice ());
}

/* The warning sign in a few words, as a list or a sentence names it: “numbness down the leg”. */
const char *
hammy_progression_get_warning_name (const char *sign)
{
  static const struct
  {
    const char *sign;
    const char *name;
  } names[] = {
    { "rf_saddle_bladder", N_("numbness in the saddle area, or bladder or bowel trouble") },
    { "rf_weakness", N_("weakness in the leg or foot that is getting worse") },
    { "rf_calf", N_("a swollen, warm or tender calf, or breathlessness") },
    { "rf_unwell", N_("fever, feeling unwell, or night pain that nothing eases") },
    { "numbness", N_("numbness down the leg") },
    { "bone_stress_signs", N_("signs of a bone stress injury") },
    { HAMMY_PLAN_STOP_REINJURY, N_("a new sudden pain or a pop") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].sign, sign) == 0)
      return _(names[i].name);

  return _("a warning sign");
}

/* The warning signs a person names at a check-in or in a session, in the order a list shows
 * them: every sign the log knows, less the one an older Hammy kept without its name. */
const char * const *
hammy_progression_get_warning_signs (void)
{
  static const char *signs[8];

  if (signs[0] == NULL)
    {
      const char * const *all = hammy_log_get_warnings ();
      guint n = 0;

      for (guint i = 0; all[i] != NULL && n + 1 < G_N_ELEMENTS (signs); i++)
        if (g_strcmp0 (all[i], HAMMY_LOG_WARNING_UNNAMED) != 0)
          signs[n++] = all[i];
      signs[n] = NULL;
    }

  return signs;
}

/* A sign as a choice in a list: hammy_progression_get_warning_name() as the start of a sentence,
 * “Numbness down the leg”. */
char *
hammy_progression_dup_warning_label (const char *sign)
{
  const char *name = hammy_progression_get_warning_name (sign);
  gunichar first = g_utf8_get_char (name);
  char start[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), start);
  return g_strconcat (start, g_utf8_next_char (name), NULL);
}
