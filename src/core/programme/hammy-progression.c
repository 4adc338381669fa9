/* hammy-progression.c: the progression rules as a table, tried in order, from the log and the
 * morning check-ins (docs/content.md, "Pain and effort").
 *
 * | rule                 | when (over the sessions that count, newest last)         | proposal   |
 * |----------------------|----------------------------------------------------------|------------|
 * | warning-sign         | the plan was stopped, or a check-in since the first      | stop       |
 * |                      | counted session reports a warning sign                   |            |
 * | run-pain-above-5     | return phase: a ladder run hurt above 5                  | step back a ladder step (hold at the first) |
 * | pain-above-5         | a set hurt above 5                                       | step back that exercise: lighter load, else its easier variant, else one set fewer |
 * | worse-morning        | a morning after a session was worse than usual           | step back: a ladder step, else one set fewer of each circuit exercise |
 * | too-few-sessions     | fewer than 3 sessions (2 runs in the return phase)       | hold       |
 * | partial-volume       | one of them was not finished in full                     | hold       |
 * | morning-unknown      | no check-in yet for the morning after one of them        | hold       |
 * | run-not-pain-free    | return phase: a ladder run hurt at all                   | hold       |
 * | next-ladder-step     | return phase, below the top of the ladder                | progress to the next step |
 * | top-of-ladder        | return phase, at the top                                 | hold       |
 * | harder-variant       | a circuit exercise has a harder variant for this phase   | progress to it |
 * |                      | that is not in the plan yet                              |            |
 * | more-load            | a weighted circuit exercise is below the phase's top load| progress one load step |
 * | bridge-not-pain-free | build phase: the single-leg bridges were not pain-free   | hold (the load phase needs them pain-free) |
 * | next-phase           | calm → build → load → return                             | progress to the next phase |
 * | keep-going           | nothing left to change                                   | hold       |
 *
 * Sessions count when they were done or partly done in the plan's phase, since the plan last
 * took a proposal, and not after @today; the last 3 (the last 2 with a ladder run in the return
 * phase) are judged. Pain 4–5 is acceptable when the morning after is no worse, so it does not
 * hold progress back by itself. A proposal declined today is not offered again today: the plan
 * keeps the keys declined on the current day only (hammy_plan_decline).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-plan-private.h"
#include "hammy-progression.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

struct _HammyProposal
{
  GObject              parent_instance;

  HammyProposalKind    kind;
  HammyProposalChange  change;
  const char          *rule;        /* static */
  GStrv                exercises;
  char                *variant;
  char                *load;
  HammyTriagePhase     phase;
  guint                ladder_step;
  char                *why;
  char                *key;
};

G_DEFINE_FINAL_TYPE (HammyProposal, hammy_proposal, G_TYPE_OBJECT)

typedef struct
{
  HammyPlan    *plan;
  HammyLog     *log;
  HammyLibrary *library;
  GDateTime    *today;
  char         *today_day;   /* YYYY-MM-DD, local */
  gboolean      running;     /* the return phase, judged by its ladder runs */
  GPtrArray    *window;      /* of const HammyLogSession *, the sessions judged, oldest first */
  GPtrArray    *mornings;    /* of const HammyLogCheckin *, after the first judged session */
} Context;

typedef HammyProposal *(*RuleFunc) (Context *c, const char *rule);

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

/* @exercises: NULL-terminated, or NULL for the plan as a whole. Takes @why. */
static HammyProposal *
proposal_new (const char          *rule,
              HammyProposalKind    kind,
              HammyProposalChange  change,
              const char * const  *exercises,
              char                *why)
{
  HammyProposal *self = g_object_new (HAMMY_TYPE_PROPOSAL, NULL);

  self->rule = rule;
  self->kind = kind;
  self->change = change;
  self->exercises = exercises != NULL ? g_strdupv ((char **) exercises) : g_new0 (char *, 1);
  self->why = why;

  return self;
}

static HammyProposal *
hold (const char *rule,
      char       *why)
{
  return proposal_new (rule, HAMMY_PROPOSAL_HOLD, HAMMY_PROPOSAL_CHANGE_NONE, NULL, why);
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
    case HAMMY_PROPOSAL_CHANGE_NONE:
    case HAMMY_PROPOSAL_CHANGE_FEWER_SETS:
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

/* Whether it changes the plan, and so waits for the person to accept or decline it. */
gboolean
hammy_proposal_needs_answer (HammyProposal *self)
{
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (self), FALSE);
  return (self->kind == HAMMY_PROPOSAL_PROGRESS || self->kind == HAMMY_PROPOSAL_STEP_BACK) &&
         self->change != HAMMY_PROPOSAL_CHANGE_NONE;
}

/* ---- reading the log ----------------------------------------------------------------- */

char *
hammy_progression_dup_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d");
}

static char *
session_day (const HammyLogSession *session)
{
  g_autoptr(GDateTime) started = g_date_time_new_from_unix_local (session->started);

  return started != NULL ? g_date_time_format (started, "%Y-%m-%d") : g_strdup ("2000-01-01");
}

static gboolean
session_has_run (const HammyLogSession *session)
{
  for (guint i = 0; i < session->sets->len; i++)
    if (g_strcmp0 (g_array_index (session->sets, HammyLogSet, i).exercise, HAMMY_PLAN_LADDER_RUN) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
session_is_full (const HammyLogSession *session)
{
  return session->status == HAMMY_SESSION_DONE &&
         (session->planned_sets == 0 || session->sets->len >= session->planned_sets);
}

static void
context_init (Context   *c,
              HammyPlan *plan,
              HammyLog  *log,
              GDateTime *today)
{
  const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (plan));
  GDateTime *since = hammy_plan_get_since (plan);
  gint64 now = g_date_time_to_unix (today);
  g_autoptr(GPtrArray) counted = g_ptr_array_new ();
  g_autofree char *first_day = NULL;
  guint want;

  c->plan = plan;
  c->log = log;
  c->library = hammy_plan_get_library (plan);
  c->today = today;
  c->today_day = hammy_progression_dup_day (today);
  c->running = hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN;
  c->window = g_ptr_array_new ();
  c->mornings = g_ptr_array_new ();

  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);

      if ((session->status != HAMMY_SESSION_DONE && session->status != HAMMY_SESSION_PARTIAL) ||
          g_strcmp0 (session->phase, phase) != 0 || session->started > now ||
          (since != NULL && session->started < g_date_time_to_unix (since)) ||
          (c->running && !session_has_run (session)))
        continue;
      g_ptr_array_add (counted, (gpointer) session);
    }

  want = c->running ? HAMMY_PROGRESSION_RUNS : HAMMY_PROGRESSION_SESSIONS;
  for (guint i = counted->len > want ? counted->len - want : 0; i < counted->len; i++)
    g_ptr_array_add (c->window, g_ptr_array_index (counted, i));
  if (c->window->len == 0)
    return;

  first_day = session_day (g_ptr_array_index (c->window, 0));
  for (guint i = 0; i < hammy_log_get_n_checkins (log); i++)
    {
      const HammyLogCheckin *checkin = hammy_log_get_checkin (log, i);

      if (strcmp (checkin->date, first_day) > 0 && strcmp (checkin->date, c->today_day) <= 0)
        g_ptr_array_add (c->mornings, (gpointer) checkin);
    }
}

static void
context_clear (Context *c)
{
  g_free (c->today_day);
  g_ptr_array_unref (c->window);
  g_ptr_array_unref (c->mornings);
}

static const char *
exercise_name (Context    *c,
               const char *id)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (c->library, id);

  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

static int
load_index (const char *load)
{
  for (guint i = 0; i < hammy_vocabulary_get_n_ids (HAMMY_VOCABULARY_LOAD); i++)
    if (g_strcmp0 (hammy_vocabulary_get_id (HAMMY_VOCABULARY_LOAD, i), load) == 0)
      return i;
  return -1;
}

/* The heaviest load a phase asks for: moderate while building, heavy from the load phase. */
static int
top_load (HammyTriagePhase phase)
{
  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_BUILD:
      return load_index ("medium");
    case HAMMY_TRIAGE_PHASE_LOAD:
    case HAMMY_TRIAGE_PHASE_RETURN:
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return load_index ("heavy");
    case HAMMY_TRIAGE_PHASE_CALM:
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return load_index ("bodyweight");
    }
}

/* A variant that can replace an item: an exercise of the library not already in the plan. */
static const char *
pick_variant (Context            *c,
              const char * const *candidates,
              const char         *phase)
{
  for (guint i = 0; candidates != NULL && candidates[i] != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (c->library, candidates[i]);

      if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE ||
          hammy_plan_find_item (c->plan, candidates[i]) >= 0)
        continue;
      if (phase != NULL && !g_strv_contains (hammy_exercise_get_phases (exercise), phase))
        continue;
      return candidates[i];
    }

  return NULL;
}

/* The newest set in the judged sessions with pain above the limit: a ladder run with @runs,
 * otherwise an exercise that is still in the plan. */
static const HammyLogSet *
find_painful_set (Context  *c,
                  gboolean  runs)
{
  for (guint i = c->window->len; i-- > 0;)
    {
      const HammyLogSession *session = g_ptr_array_index (c->window, i);

      for (guint j = session->sets->len; j-- > 0;)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);
          gboolean is_run = g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) == 0;

          if (set->pain <= HAMMY_PROGRESSION_PAIN_LIMIT || is_run != runs)
            continue;
          if (runs || hammy_plan_find_item (c->plan, set->exercise) >= 0)
            return set;
        }
    }

  return NULL;
}

/* @after_pain: a run hurt above the limit; otherwise a morning after a run was worse. */
static HammyProposal *
ladder_step_back (Context    *c,
                  const char *rule,
                  gboolean    after_pain)
{
  guint step = hammy_plan_get_ladder_step (c->plan);
  HammyProposal *proposal;
  char *why;

  if (step == 0)
    return hold (rule, g_strdup (after_pain ? _("Your pain went above 5 out of 10 on a run, so rest from running until walking is comfortable again, then repeat the first step of the ladder.")
                                            : _("A morning after a run felt worse than usual, so rest from running until your mornings settle, then repeat the first step of the ladder.")));

  if (after_pain)
    why = g_strdup_printf (/* Translators: %s is a step of the running ladder. */
                           _("Your pain went above 5 out of 10 on a run, so go back a step on the running ladder to “%s”."),
                           hammy_plan_ladder_step_get_title (step - 1));
  else
    why = g_strdup_printf (/* Translators: %s is a step of the running ladder. */
                           _("A morning after a run felt worse than usual, so go back a step on the running ladder to “%s”."),
                           hammy_plan_ladder_step_get_title (step - 1));
  proposal = proposal_new (rule, HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_LADDER, NULL, why);
  proposal->ladder_step = step - 1;
  return proposal;
}

/* ---- the rules ----------------------------------------------------------------------- */

static HammyProposal *
rule_warning_sign (Context    *c,
                   const char *rule)
{
  gboolean warned = hammy_plan_get_stopped (c->plan) != NULL;

  for (guint i = 0; i < c->mornings->len && !warned; i++)
    warned = ((const HammyLogCheckin *) g_ptr_array_index (c->mornings, i))->red_flag;
  if (!warned)
    return NULL;

  /* The full advice is the stopped plan's to give (hammy_progression_get_stop_advice). */
  return proposal_new (rule, HAMMY_PROPOSAL_STOP, HAMMY_PROPOSAL_CHANGE_NONE, NULL,
                       g_strdup (_("You noted a warning sign in a morning check-in, so the plan stops until a doctor or physiotherapist has seen you.")));
}

static HammyProposal *
rule_run_pain (Context    *c,
               const char *rule)
{
  if (!c->running || find_painful_set (c, TRUE) == NULL)
    return NULL;

  return ladder_step_back (c, rule, TRUE);
}

static HammyProposal *
rule_pain (Context    *c,
           const char *rule)
{
  const HammyLogSet *set = find_painful_set (c, FALSE);
  const HammyPlanItem *item;
  HammyExercise *exercise;
  const char *easier;
  const char *name;
  const char *exercises[2] = { NULL, NULL };
  HammyProposal *proposal;
  int load;

  if (set == NULL)
    return NULL;

  item = hammy_plan_get_item (c->plan, hammy_plan_find_item (c->plan, set->exercise));
  exercise = hammy_library_lookup_exercise (c->library, item->exercise);
  name = exercise_name (c, item->exercise);
  exercises[0] = item->exercise;
  load = load_index (item->load);

  /* A lighter weight first: it keeps the movement and eases what hurt. */
  if (load > 0)
    {
      const char *lighter = hammy_vocabulary_get_id (HAMMY_VOCABULARY_LOAD, load - 1);

      proposal = proposal_new (rule, HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_LOAD, exercises,
                               /* Translators: the first %s is an exercise, the second a load such as “Light”. */
                               g_strdup_printf (_("Your pain went above 5 out of 10 during %s, so take the load down to “%s” for now."),
                                                name, hammy_vocabulary_get_name (HAMMY_VOCABULARY_LOAD, lighter)));
      proposal->load = g_strdup (lighter);
      return proposal;
    }

  easier = exercise != NULL ? pick_variant (c, hammy_exercise_get_easier (exercise), NULL) : NULL;
  if (easier != NULL)
    {
      proposal = proposal_new (rule, HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_VARIANT, exercises,
                               /* Translators: both %s are exercises. */
                               g_strdup_printf (_("Your pain went above 5 out of 10 during %s, so swap it for the easier %s for now."),
                                                name, exercise_name (c, easier)));
      proposal->variant = g_strdup (easier);
      return proposal;
    }

  if (item->sets > 1)
    return proposal_new (rule, HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_FEWER_SETS, exercises,
                         /* Translators: %s is an exercise. */
                         g_strdup_printf (_("Your pain went above 5 out of 10 during %s, so do one set fewer of it for now."), name));

  return hold (rule,
               /* Translators: %s is an exercise. */
               g_strdup_printf (_("Your pain went above 5 out of 10 during %s: leave it out until it settles, and ask a clinician if it keeps happening."),
                                name));
}

static HammyProposal *
rule_worse_morning (Context    *c,
                    const char *rule)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
  gboolean worse = FALSE;

  for (guint i = 0; i < c->mornings->len && !worse; i++)
    {
      const HammyLogCheckin *checkin = g_ptr_array_index (c->mornings, i);

      worse = checkin->pain == HAMMY_COMPARED_WORSE || checkin->stiffness == HAMMY_COMPARED_WORSE;
    }
  if (!worse)
    return NULL;

  if (c->running)
    return ladder_step_back (c, rule, FALSE);

  for (guint i = 0; i < hammy_plan_get_n_items (c->plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (c->plan, i);

      if (item->section == HAMMY_PLAN_SECTION_CIRCUIT && item->sets > 1)
        g_ptr_array_add (exercises, item->exercise);
    }
  if (exercises->len == 0)
    return hold (rule, g_strdup (_("A morning after a session felt worse than usual, so keep the circuit as it is and go gently until your mornings settle.")));

  g_ptr_array_add (exercises, NULL);
  return proposal_new (rule, HAMMY_PROPOSAL_STEP_BACK, HAMMY_PROPOSAL_CHANGE_FEWER_SETS,
                       (const char * const *) exercises->pdata,
                       g_strdup (_("A morning after a session felt worse than usual, so do one set fewer of each circuit exercise for now.")));
}

static HammyProposal *
rule_too_few (Context    *c,
              const char *rule)
{
  guint want = c->running ? HAMMY_PROGRESSION_RUNS : HAMMY_PROGRESSION_SESSIONS;
  guint missing;

  if (c->window->len >= want)
    return NULL;

  missing = want - c->window->len;
  if (c->running)
    return hold (rule, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Keep going as you are: one more pain-free run at this step of the ladder before the next.",
                                                     "Keep going as you are: %u more pain-free runs at this step of the ladder before the next.",
                                                     missing),
                                        missing));

  return hold (rule, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Keep going as you are: one more full session with no worse morning before the next step.",
                                                   "Keep going as you are: %u more full sessions in a row with no worse morning before the next step.",
                                                   missing),
                                      missing));
}

static HammyProposal *
rule_partial (Context    *c,
              const char *rule)
{
  for (guint i = 0; i < c->window->len; i++)
    if (!session_is_full (g_ptr_array_index (c->window, i)))
      return hold (rule, g_strdup (_("Keep going as you are: the next step comes after sessions in a row where you finish every set.")));

  return NULL;
}

/* Each day with a session needs a check-in after it, before the next session's day. */
static HammyProposal *
rule_morning_unknown (Context    *c,
                      const char *rule)
{
  for (guint i = 0; i < c->window->len; i++)
    {
      g_autofree char *day = session_day (g_ptr_array_index (c->window, i));
      g_autofree char *until = i + 1 < c->window->len ? session_day (g_ptr_array_index (c->window, i + 1))
                                                      : g_strdup (c->today_day);
      gboolean known = strcmp (day, until) == 0;

      for (guint j = 0; j < c->mornings->len && !known; j++)
        {
          const char *date = ((const HammyLogCheckin *) g_ptr_array_index (c->mornings, j))->date;

          known = strcmp (date, day) > 0 && strcmp (date, until) <= 0;
        }
      if (!known)
        return hold (rule, g_strdup (_("Keep going as you are: tell Hammy how the morning after your session felt, and it can suggest the next step.")));
    }

  return NULL;
}

static HammyProposal *
rule_run_not_pain_free (Context    *c,
                        const char *rule)
{
  if (!c->running)
    return NULL;

  for (guint i = 0; i < c->window->len; i++)
    {
      const HammyLogSession *session = g_ptr_array_index (c->window, i);

      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          if (g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) == 0 && set->pain > 0)
            return hold (rule, g_strdup (_("Repeat this step of the running ladder until your runs are pain-free, during the run and the morning after.")));
        }
    }

  return NULL;
}

static HammyProposal *
rule_next_ladder_step (Context    *c,
                       const char *rule)
{
  guint step = hammy_plan_get_ladder_step (c->plan);
  HammyProposal *proposal;

  if (!c->running || step + 1 >= hammy_plan_get_n_ladder_steps ())
    return NULL;

  proposal = proposal_new (rule, HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LADDER, NULL,
                           /* Translators: %s is a step of the running ladder. */
                           g_strdup_printf (_("Your last runs were pain-free with no worse mornings, so move up the running ladder to “%s”."),
                                            hammy_plan_ladder_step_get_title (step + 1)));
  proposal->ladder_step = step + 1;
  return proposal;
}

static HammyProposal *
rule_top_of_ladder (Context    *c,
                    const char *rule)
{
  if (!c->running)
    return NULL;

  return hold (rule, g_strdup (_("You are at the top of the running ladder: run as you feel able, bring in hills and speed gradually, and keep the strength work going.")));
}

static HammyProposal *
rule_harder_variant (Context    *c,
                     const char *rule)
{
  const char *phase = hammy_triage_phase_to_id (hammy_plan_get_phase (c->plan));

  for (guint i = 0; i < hammy_plan_get_n_items (c->plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (c->plan, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (c->library, item->exercise);
      const char *exercises[] = { item->exercise, NULL };
      const char *harder;
      HammyProposal *proposal;

      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || exercise == NULL)
        continue;
      /* Only within the phase: a harder exercise from a later phase waits for that phase. */
      harder = pick_variant (c, hammy_exercise_get_harder (exercise), phase);
      if (harder == NULL)
        continue;

      proposal = proposal_new (rule, HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_VARIANT, exercises,
                               /* Translators: the first %s is the harder exercise, the second the one it replaces. */
                               g_strdup_printf (_("Your last sessions were complete and comfortable with no worse mornings, so try the harder %s in place of %s."),
                                                exercise_name (c, harder), exercise_name (c, item->exercise)));
      proposal->variant = g_strdup (harder);
      return proposal;
    }

  return NULL;
}

static HammyProposal *
rule_more_load (Context    *c,
                const char *rule)
{
  int top = top_load (hammy_plan_get_phase (c->plan));

  for (guint i = 0; i < hammy_plan_get_n_items (c->plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (c->plan, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (c->library, item->exercise);
      const char *exercises[] = { item->exercise, NULL };
      int load = load_index (item->load);
      const char *heavier;
      HammyProposal *proposal;

      /* Only exercises that are done with a weight or a band take more load. */
      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || exercise == NULL || load < 0 || load >= top ||
          g_strcmp0 (hammy_exercise_get_dosage (exercise)->load, "bodyweight") == 0)
        continue;

      heavier = hammy_vocabulary_get_id (HAMMY_VOCABULARY_LOAD, load + 1);
      proposal = proposal_new (rule, HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_LOAD, exercises,
                               /* Translators: the first %s is an exercise, the second a load such as “Heavy”. */
                               g_strdup_printf (_("Your last sessions were complete and comfortable with no worse mornings, so take %s up to a “%s” load."),
                                                exercise_name (c, item->exercise),
                                                hammy_vocabulary_get_name (HAMMY_VOCABULARY_LOAD, heavier)));
      proposal->load = g_strdup (heavier);
      return proposal;
    }

  return NULL;
}

/* Heavy work only when the single-leg bridge is pain-free (docs/content.md, the load phase). */
static HammyProposal *
rule_bridge_gate (Context    *c,
                  const char *rule)
{
  gboolean seen = FALSE, pain_free = TRUE;

  if (hammy_plan_get_phase (c->plan) != HAMMY_TRIAGE_PHASE_BUILD)
    return NULL;

  for (guint i = 0; i < c->window->len; i++)
    {
      const HammyLogSession *session = g_ptr_array_index (c->window, i);

      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          if (!g_str_has_prefix (set->exercise, "single-leg-bridge"))
            continue;
          seen = TRUE;
          pain_free = pain_free && set->pain <= 0;
        }
    }
  if (seen && pain_free)
    return NULL;

  return hold (rule, g_strdup (_("Keep going as you are: heavier work waits until your single-leg bridges are pain-free.")));
}

static HammyProposal *
rule_next_phase (Context    *c,
                 const char *rule)
{
  HammyTriagePhase phase = hammy_plan_get_phase (c->plan);
  HammyTriagePhase next;
  HammyProposal *proposal;
  char *why;

  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_CALM:
      next = HAMMY_TRIAGE_PHASE_BUILD;
      break;
    case HAMMY_TRIAGE_PHASE_BUILD:
      next = HAMMY_TRIAGE_PHASE_LOAD;
      break;
    case HAMMY_TRIAGE_PHASE_LOAD:
      next = HAMMY_TRIAGE_PHASE_RETURN;
      break;
    case HAMMY_TRIAGE_PHASE_RETURN:
    case HAMMY_TRIAGE_PHASE_WARMUP:
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return NULL;
    }

  /* The return criteria are the person's to judge: Hammy cannot see them in the log. */
  if (next == HAMMY_TRIAGE_PHASE_RETURN)
    why = g_strdup_printf (_("Your last sessions were complete and comfortable with no worse mornings: if your sore leg moves as well and feels as strong as the other, move on to %s."),
                           hammy_triage_phase_get_title (next));
  else
    /* Translators: %s is a phase, such as “Build”. */
    why = g_strdup_printf (_("Your last sessions were complete and comfortable with no worse mornings, so you are ready to move on to %s."),
                           hammy_triage_phase_get_title (next));

  proposal = proposal_new (rule, HAMMY_PROPOSAL_PROGRESS, HAMMY_PROPOSAL_CHANGE_PHASE, NULL, why);
  proposal->phase = next;
  return proposal;
}

static HammyProposal *
rule_keep_going (Context    *c,
                 const char *rule)
{
  return hold (rule, g_strdup (_("Keep going as you are: your plan has no harder step left, and keeping it up is what keeps the hamstring strong.")));
}

static const struct
{
  const char *id;
  RuleFunc    apply;
} rules[] = {
  { "warning-sign", rule_warning_sign },
  { "run-pain-above-5", rule_run_pain },
  { "pain-above-5", rule_pain },
  { "worse-morning", rule_worse_morning },
  { "too-few-sessions", rule_too_few },
  { "partial-volume", rule_partial },
  { "morning-unknown", rule_morning_unknown },
  { "run-not-pain-free", rule_run_not_pain_free },
  { "next-ladder-step", rule_next_ladder_step },
  { "top-of-ladder", rule_top_of_ladder },
  { "harder-variant", rule_harder_variant },
  { "more-load", rule_more_load },
  { "bridge-not-pain-free", rule_bridge_gate },
  { "next-phase", rule_next_phase },
  { "keep-going", rule_keep_going },
};

/* The ids of the rules, in the order they are tried. */
const char * const *
hammy_progression_get_rules (void)
{
  static const char *ids[G_N_ELEMENTS (rules) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
      ids[i] = rules[i].id;

  return ids;
}

/* The first rule that applies gives the proposal; NULL when the person declined it today. */
HammyProposal *
hammy_progression_propose (HammyPlan *plan,
                           HammyLog  *log,
                           GDateTime *today)
{
  HammyProposal *proposal = NULL;
  Context c;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HAMMY_IS_LOG (log), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  context_init (&c, plan, log, today);
  for (guint i = 0; i < G_N_ELEMENTS (rules) && proposal == NULL; i++)
    proposal = rules[i].apply (&c, rules[i].id);
  context_clear (&c);

  g_assert (proposal != NULL);
  make_key (proposal);
  if (hammy_proposal_needs_answer (proposal) && hammy_plan_is_declined (plan, proposal->key, today))
    g_clear_object (&proposal);

  return proposal;
}

static gboolean
gone (GError **error)
{
  g_set_error_literal (error, HAMMY_PLAN_ERROR, HAMMY_PLAN_ERROR_INVALID,
                       _("Your plan has changed since this was suggested. Nothing was changed."));
  return FALSE;
}

/* Makes the change in @plan; sessions from @today on count toward the next proposal. */
gboolean
hammy_progression_apply (HammyProposal  *proposal,
                         HammyPlan      *plan,
                         GDateTime      *today,
                         GError        **error)
{
  const char * const *exercises;
  int index = -1;

  g_return_val_if_fail (HAMMY_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (!hammy_proposal_needs_answer (proposal))
    return TRUE;

  exercises = hammy_proposal_get_exercises (proposal);
  for (guint i = 0; exercises[i] != NULL; i++)
    if ((index = hammy_plan_find_item (plan, exercises[i])) < 0)
      return gone (error);

  switch (proposal->change)
    {
    case HAMMY_PROPOSAL_CHANGE_VARIANT:
      if (!hammy_plan_swap_variant (plan, index, proposal->variant, error))
        return FALSE;
      break;
    case HAMMY_PROPOSAL_CHANGE_LOAD:
      if (!hammy_plan_set_item_load (plan, index, proposal->load, error))
        return FALSE;
      break;
    case HAMMY_PROPOSAL_CHANGE_FEWER_SETS:
      for (guint i = 0; exercises[i] != NULL; i++)
        {
          guint at = hammy_plan_find_item (plan, exercises[i]);
          guint sets = hammy_plan_get_item (plan, at)->sets;

          if (sets > 1 && !hammy_plan_set_item_sets (plan, at, sets - 1, error))
            return FALSE;
        }
      break;
    case HAMMY_PROPOSAL_CHANGE_PHASE:
      if (hammy_plan_get_phase (plan) == proposal->phase)
        return gone (error);
      if (!hammy_plan_change_phase (plan, proposal->phase, error))
        return FALSE;
      break;
    case HAMMY_PROPOSAL_CHANGE_LADDER:
      if (!hammy_plan_set_ladder_step (plan, proposal->ladder_step, error))
        return FALSE;
      break;
    case HAMMY_PROPOSAL_CHANGE_NONE:
    default:
      g_assert_not_reached ();
    }

  hammy_plan_set_since (plan, today);
  return TRUE;
}

/* Due on the first opening of a day after a day with a session, until a check-in for a day
 * after that session is given. A day without Hammy in between does not lose the check-in: the
 * next day it is opened asks about the latest session. */
gboolean
hammy_progression_checkin_is_due (HammyLog  *log,
                                  GDateTime *today)
{
  g_autofree char *today_day = NULL;
  g_autofree char *last_day = NULL;

  g_return_val_if_fail (HAMMY_IS_LOG (log), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  today_day = hammy_progression_dup_day (today);
  for (guint i = 0; i < hammy_log_get_n_sessions (log); i++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, i);
      g_autofree char *day = NULL;

      if (session->status != HAMMY_SESSION_DONE && session->status != HAMMY_SESSION_PARTIAL &&
          session->sets->len == 0)
        continue;
      day = session_day (session);
      if (strcmp (day, today_day) < 0 && (last_day == NULL || strcmp (day, last_day) > 0))
        {
          g_free (last_day);
          last_day = g_steal_pointer (&day);
        }
    }
  if (last_day == NULL)
    return FALSE;

  for (guint i = 0; i < hammy_log_get_n_checkins (log); i++)
    {
      const char *date = hammy_log_get_checkin (log, i)->date;

      if (strcmp (date, last_day) > 0 && strcmp (date, today_day) <= 0)
        return FALSE;
    }

  return TRUE;
}

/* What a stopped plan says, in the words triage uses for its urgent and refer results. */
const char *
hammy_progression_get_stop_advice (void)
{
  return _("You noted a warning sign in your morning check-in, so the plan stops here. Get emergency care now for numbness "
           "in the saddle area, bladder or bowel changes, or sudden breathlessness or chest pain; otherwise see a doctor or "
           "physiotherapist before you train again. When you have been seen, start a new check.");
}
