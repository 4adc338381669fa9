/* hammy-pathways.c: the picture shapes the plan (docs/programme.md, "Pathways").
 *
 * Each picture has a table of exercises for each phase, in the order a session does them. The
 * table names each exercise's easiest version for the phase; an item already in the plan that is
 * that exercise or a harder version of it stays as it is when the phase changes, and a new one
 * starts at the low end of its dose. Flags then take out what a section must never hold, and a
 * few items wait for something before they are first due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-answers.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"

typedef enum
{
  PATHWAY_GENERAL,     /* distal irritation, an unclear picture: tendon-style loading */
  PATHWAY_STRAIN,      /* an acute strain */
  PATHWAY_TENDON,      /* a proximal tendinopathy at the sit bone */
  PATHWAY_NERVE,       /* neural tension */
  PATHWAY_RACE,        /* soreness after a race */
  N_PATHWAYS
} Pathway;

typedef struct
{
  const char       *exercise;
  HammyPlanSection  section;
  const char       *frequency;      /* NULL: the exercise's own */
  guint             hold_seconds;   /* 0: the low end of its dose */
  const char       *waits;
} Entry;

#define WARM(id)        { id, HAMMY_PLAN_SECTION_WARMUP, "with-session", 0, NULL }
/* Five minutes of brisk walking warms the legs before strength work or a run. */
#define WARM_WALK       { "easy-walk", HAMMY_PLAN_SECTION_WARMUP, "with-session", 300, NULL }
#define RUN(id)         { id, HAMMY_PLAN_SECTION_WARMUP, "before-runs", 0, NULL }
#define RUN_WALK        { "easy-walk", HAMMY_PLAN_SECTION_WARMUP, "before-runs", 300, NULL }
#define DO(id)          { id, HAMMY_PLAN_SECTION_CIRCUIT, NULL, 0, NULL }
#define DO_AT(id, f)    { id, HAMMY_PLAN_SECTION_CIRCUIT, f, 0, NULL }
#define DO_AFTER(id, w) { id, HAMMY_PLAN_SECTION_CIRCUIT, NULL, 0, w }
#define END             { NULL }

/* The routine before a run (the warm-up for tight hamstrings), and strength that keeps it away. */
#define RUN_ROUTINE \
  RUN_WALK, RUN ("cat-cow"), RUN ("toe-touch-progression"), RUN ("supine-toe-touch"), RUN ("standing-quad-stretch")

/* Calm: gentle range within comfort first, then the holds, then walking. */
static const Entry general_calm[] = {
  DO ("straight-leg-lower"), DO ("wall-bridge-pulldown"), DO ("heel-dig-hold"), DO ("easy-walk"), END
};
/* Build: bridges from both feet up, the Askling trio side by side at their own frequencies, hips
 * and core sharing the work. */
static const Entry general_build[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("glute-bridge"), DO ("askling-extender"), DO ("askling-diver"), DO ("askling-glider"),
  DO ("side-lying-leg-raise"), DO ("plank"), DO ("ball-hamstring-curl"), END
};
/* Load: the wall RDL from light, the single-leg RDL last, the Nordic built up over weeks. */
static const Entry general_load[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("single-leg-bridge"), DO ("askling-diver"), DO ("askling-glider"), DO ("rdl-wall"),
  DO_AFTER ("single-leg-rdl", HAMMY_WAIT_HEAVY_RDL), DO ("nordic-curl"), DO ("plank"), END
};
static const Entry general_return[] = {
  RUN_ROUTINE,
  DO ("single-leg-bridge"), DO ("rdl-wall"), DO_AFTER ("single-leg-rdl", HAMMY_WAIT_HEAVY_RDL), DO ("nordic-curl"),
  DO ("askling-glider"), END
};
/* Keep: the Nordic once a week and the bridges, beside the running (docs/programme.md). */
static const Entry general_keep[] = {
  RUN_ROUTINE,
  DO_AT ("nordic-curl", "once-a-week"), DO_AT ("single-leg-bridge", "twice-a-week"), END
};

/* A strain: the trio once walking is comfortable, the Nordic once running at 70% is pain-free. */
static const Entry strain_build[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("glute-bridge"), DO_AFTER ("askling-extender", HAMMY_WAIT_COMFORTABLE_WALKING),
  DO_AFTER ("askling-diver", HAMMY_WAIT_COMFORTABLE_WALKING), DO_AFTER ("askling-glider", HAMMY_WAIT_COMFORTABLE_WALKING),
  DO ("side-lying-leg-raise"), DO ("plank"), DO ("ball-hamstring-curl"), END
};
static const Entry strain_load[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("single-leg-bridge"), DO ("askling-extender"), DO ("askling-diver"), DO ("askling-glider"), DO ("rdl-wall"),
  DO_AFTER ("single-leg-rdl", HAMMY_WAIT_HEAVY_RDL), DO ("plank"), END
};
static const Entry strain_return[] = {
  RUN_ROUTINE,
  DO ("single-leg-bridge"), DO ("rdl-wall"), DO_AFTER ("single-leg-rdl", HAMMY_WAIT_HEAVY_RDL),
  DO_AFTER ("nordic-curl", HAMMY_WAIT_LADDER_70), DO ("askling-glider"), END
};

/* The sit bone: holds in little hip flexion, then strength in small hip flexion, then more
 * (docs/programme.md); the late-only exercises wait for the hinge self-check as well. */
static const Entry tendon_calm[] = {
  DO ("wall-bridge-pulldown"), DO ("heel-dig-hold"), DO ("easy-walk"), END
};
static const Entry tendon_build[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("glute-bridge"), DO ("ball-hamstring-curl"), DO ("rdl-wall"), DO ("side-lying-leg-raise"), DO ("plank"), END
};
static const Entry tendon_load[] = {
  WARM_WALK, WARM ("cat-cow"),
  DO ("single-leg-bridge"), DO ("ball-hamstring-curl"), DO ("rdl-wall"), DO ("askling-extender"),
  DO ("askling-diver"), DO ("askling-glider"), DO_AFTER ("single-leg-rdl", HAMMY_WAIT_HEAVY_RDL), DO ("nordic-curl"),
  END
};

/* After a race: easy walking for two days, the holds after that. */
static const Entry race_calm[] = {
  DO_AFTER ("straight-leg-lower", HAMMY_WAIT_AFTER_RACE), DO_AFTER ("wall-bridge-pulldown", HAMMY_WAIT_AFTER_RACE),
  DO_AFTER ("heel-dig-hold", HAMMY_WAIT_AFTER_RACE), DO ("easy-walk"), END
};

/* Tight, not injured: the routine before runs and a short strength routine to keep
 * (docs/programme.md, "Pathways"). */
static const Entry warmup_plan[] = {
  RUN ("toe-touch-progression"), RUN ("cat-cow"), RUN ("supine-toe-touch"), RUN ("nerve-floss-slider"),
  RUN ("standing-quad-stretch"),
  DO_AT ("single-leg-bridge", "twice-a-week"), DO ("nordic-curl"), DO_AT ("plank", "twice-a-week"), END
};

static const Entry * const tables[N_PATHWAYS][HAMMY_TRIAGE_N_PHASES] = {
  [PATHWAY_GENERAL] = {
    [HAMMY_TRIAGE_PHASE_CALM] = general_calm, [HAMMY_TRIAGE_PHASE_BUILD] = general_build,
    [HAMMY_TRIAGE_PHASE_LOAD] = general_load, [HAMMY_TRIAGE_PHASE_RETURN] = general_return,
    [HAMMY_TRIAGE_PHASE_KEEP] = general_keep, [HAMMY_TRIAGE_PHASE_WARMUP] = warmup_plan },
  [PATHWAY_STRAIN] = {
    [HAMMY_TRIAGE_PHASE_CALM] = general_calm, [HAMMY_TRIAGE_PHASE_BUILD] = strain_build,
    [HAMMY_TRIAGE_PHASE_LOAD] = strain_load, [HAMMY_TRIAGE_PHASE_RETURN] = strain_return,
    [HAMMY_TRIAGE_PHASE_KEEP] = general_keep, [HAMMY_TRIAGE_PHASE_WARMUP] = warmup_plan },
  [PATHWAY_TENDON] = {
    [HAMMY_TRIAGE_PHASE_CALM] = tendon_calm, [HAMMY_TRIAGE_PHASE_BUILD] = tendon_build,
    [HAMMY_TRIAGE_PHASE_LOAD] = tendon_load, [HAMMY_TRIAGE_PHASE_RETURN] = general_return,
    [HAMMY_TRIAGE_PHASE_KEEP] = general_keep, [HAMMY_TRIAGE_PHASE_WARMUP] = warmup_plan },
  [PATHWAY_NERVE] = {
    [HAMMY_TRIAGE_PHASE_CALM] = general_calm, [HAMMY_TRIAGE_PHASE_BUILD] = general_build,
    [HAMMY_TRIAGE_PHASE_LOAD] = general_load, [HAMMY_TRIAGE_PHASE_RETURN] = general_return,
    [HAMMY_TRIAGE_PHASE_KEEP] = general_keep, [HAMMY_TRIAGE_PHASE_WARMUP] = warmup_plan },
  [PATHWAY_RACE] = {
    [HAMMY_TRIAGE_PHASE_CALM] = race_calm, [HAMMY_TRIAGE_PHASE_BUILD] = general_build,
    [HAMMY_TRIAGE_PHASE_LOAD] = general_load, [HAMMY_TRIAGE_PHASE_RETURN] = general_return,
    [HAMMY_TRIAGE_PHASE_KEEP] = general_keep, [HAMMY_TRIAGE_PHASE_WARMUP] = warmup_plan },
};

/* Deep hip bends and stretch under load: at the sit bone, only from the load phase, and only
 * while the hinge self-check is no more than mild. */
static const char * const tendon_late_only[] = {
  "askling-extender", "straight-leg-lower", "askling-diver", "askling-glider", "single-leg-rdl", NULL
};
/* Toe-touch drills: out of every section for a stretch that aggravates, a sensitive nerve and
 * the sit bone. */
static const char * const toe_touches[] = { "toe-touch-progression", "supine-toe-touch", NULL };
/* Positions that tension the nerve while neural caution stands; the Diver and the Glider reach
 * further into the same position than the Extender, and the quad stretch is a stretch
 * (docs/programme.md, "Where the contract is silent"). */
static const char * const nerve_tensioning[] = {
  "straight-leg-lower", "askling-extender", "askling-diver", "askling-glider", "standing-quad-stretch", NULL
};

/* ---- which pathway ------------------------------------------------------------------- */

static gboolean
is_picture (HammyPlan  *plan,
            const char *picture)
{
  return g_strcmp0 (hammy_plan_get_picture (plan), picture) == 0;
}

static gboolean
is_nerve (HammyPlan *plan)
{
  return is_picture (plan, "neural_tension") || hammy_plan_has_flag (plan, "neural_caution");
}

static Pathway
pathway_of (HammyPlan *plan)
{
  if (is_picture (plan, "acute_strain"))
    return PATHWAY_STRAIN;
  if (is_picture (plan, "proximal_tendinopathy"))
    return PATHWAY_TENDON;
  if (is_picture (plan, "neural_tension"))
    return PATHWAY_NERVE;
  if (is_picture (plan, "post_race_soreness"))
    return PATHWAY_RACE;
  return PATHWAY_GENERAL;
}

/* What triage's phase becomes as the plan's first: the sit bone starts at calm or build, never
 * higher at the first check. */
HammyTriagePhase
hammy_pathway_entry_phase (const char       *picture,
                           HammyTriagePhase  phase)
{
  if (g_strcmp0 (picture, "proximal_tendinopathy") == 0 && phase > HAMMY_TRIAGE_PHASE_BUILD &&
      phase <= HAMMY_TRIAGE_PHASE_KEEP)
    return HAMMY_TRIAGE_PHASE_BUILD;

  return phase;
}

gboolean
hammy_pathway_has_plan (HammyTriagePhase phase)
{
  return phase >= HAMMY_TRIAGE_PHASE_CALM && phase < HAMMY_TRIAGE_N_PHASES;
}

/* How often a phase offers a run: the ladder every other day, a run a morning after pain can
 * speak; three days a week once back, or when tight but not injured. */
const char *
hammy_pathway_get_runs (HammyTriagePhase phase)
{
  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_RETURN:
      return hammy_frequency_to_id (HAMMY_FREQUENCY_EVERY_OTHER_DAY);
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return hammy_frequency_to_id (HAMMY_FREQUENCY_THREE_A_WEEK);
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_CALM:
    case HAMMY_TRIAGE_PHASE_BUILD:
    case HAMMY_TRIAGE_PHASE_LOAD:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return NULL;
    }
}

/* Whether @exercise may be in the plan in @phase at all, whatever it waits for. */
gboolean
hammy_pathway_allows (HammyPlan        *plan,
                      HammyTriagePhase  phase,
                      const char       *exercise)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);

  if (exercise == NULL)
    return FALSE;
  if (g_strv_contains (toe_touches, exercise) &&
      (hammy_plan_has_flag (plan, "stretch_aggravates") || is_nerve (plan) || is_picture (plan, "proximal_tendinopathy")))
    return FALSE;
  if (is_nerve (plan) && g_strv_contains (nerve_tensioning, exercise))
    return FALSE;
  if (is_picture (plan, "proximal_tendinopathy") && g_strv_contains (tendon_late_only, exercise) &&
      phase < HAMMY_TRIAGE_PHASE_LOAD)
    return FALSE;
  /* After a strain the Nordic waits for the ladder: never before the return phase. */
  if (is_picture (plan, "acute_strain") && g_str_equal (exercise, "nordic-curl") && phase < HAMMY_TRIAGE_PHASE_RETURN)
    return FALSE;

  return TRUE;
}

gboolean
hammy_pathway_wait_is_known (const char *wait)
{
  static const char * const waits[] = {
    HAMMY_WAIT_COMFORTABLE_WALKING, HAMMY_WAIT_LADDER_70, HAMMY_WAIT_HINGE_MILD, HAMMY_WAIT_HEAVY_RDL,
    HAMMY_WAIT_AFTER_RACE, NULL
  };

  return wait != NULL && g_strv_contains (waits, wait);
}

/* ---- waiting ------------------------------------------------------------------------- */

static gboolean
walking_comfortable (const HammyPathwayFacts *facts)
{
  return facts->answers != NULL && hammy_answers_at_most (facts->answers, "pain_walking", 1) &&
         !hammy_answers_is_true (facts->answers, "gait_altered");
}

static gboolean
hinge_mild (const HammyPathwayFacts *facts)
{
  return facts->answers != NULL &&
         (hammy_answers_is (facts->answers, "test_hinge", "none") || hammy_answers_is (facts->answers, "test_hinge", "mild"));
}

static gboolean
wall_rdl_heavy (HammyPlan *plan)
{
  int index = hammy_plan_find_item (plan, "rdl-wall");

  return index >= 0 && g_strcmp0 (hammy_plan_get_item (plan, index)->load, "heavy") == 0;
}

/* Whether @item still waits before it is due, and why in one sentence (@why may be NULL). */
gboolean
hammy_pathway_item_waits (HammyPlan               *plan,
                          const HammyPlanItem     *item,
                          const HammyPathwayFacts *facts,
                          char                   **why)
{
  const char *text = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (item != NULL && facts != NULL, FALSE);

  if (is_picture (plan, "proximal_tendinopathy") && g_strv_contains (tendon_late_only, item->exercise) &&
      (hammy_plan_get_phase (plan) < HAMMY_TRIAGE_PHASE_LOAD || !hinge_mild (facts)))
    text = _("Deep hip bends wait until the hip-height hinge check hurts no more than mildly.");
  else if (g_strcmp0 (item->waits, HAMMY_WAIT_COMFORTABLE_WALKING) == 0 && !walking_comfortable (facts))
    text = _("The Askling exercises start once walking is comfortable, with no limp.");
  else if (g_strcmp0 (item->waits, HAMMY_WAIT_LADDER_70) == 0 && !facts->ladder_70_pain_free)
    /* xgettext:no-c-format */
    text = _("The Nordic curl starts once running at about 70% of your top speed is pain-free.");
  else if (g_strcmp0 (item->waits, HAMMY_WAIT_HINGE_MILD) == 0 && !hinge_mild (facts))
    text = _("Deep hip bends wait until the hip-height hinge check hurts no more than mildly.");
  else if (g_strcmp0 (item->waits, HAMMY_WAIT_HEAVY_RDL) == 0 && !wall_rdl_heavy (plan))
    text = _("The single-leg RDL comes last, once the wall RDL is done at a heavy load.");
  else if (g_strcmp0 (item->waits, HAMMY_WAIT_AFTER_RACE) == 0 &&
           (facts->days_since_onset < 0 || facts->days_since_onset < 2))
    text = _("Strength work starts on the third day after the race: walk or cycle easily until then.");

  if (why != NULL)
    *why = g_strdup (text);
  return text != NULL;
}

/* The answers that could let an exercise that waits start, asked again: walking and a limp for
 * the Askling trio, the hinge check for deep hip bends at the sit bone once the phase allows
 * them. Waits on the calendar, the ladder or the plan itself are not asked about. */
GStrv
hammy_pathway_dup_wait_questions (HammyPlan               *plan,
                                  const HammyPathwayFacts *facts)
{
  g_autoptr(GStrvBuilder) questions = g_strv_builder_new ();
  gboolean walking = FALSE, hinge = FALSE;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);

      if (!hammy_pathway_item_waits (plan, item, facts, NULL))
        continue;
      if (g_strcmp0 (item->waits, HAMMY_WAIT_COMFORTABLE_WALKING) == 0)
        walking = TRUE;
      if (g_strcmp0 (item->waits, HAMMY_WAIT_HINGE_MILD) == 0 ||
          (is_picture (plan, "proximal_tendinopathy") && g_strv_contains (tendon_late_only, item->exercise) &&
           hammy_plan_get_phase (plan) >= HAMMY_TRIAGE_PHASE_LOAD))
        hinge = TRUE;
    }

  if (walking)
    {
      g_strv_builder_add (questions, "pain_walking");
      g_strv_builder_add (questions, "gait_altered");
    }
  if (hinge)
    g_strv_builder_add (questions, "test_hinge");

  return g_strv_builder_end (questions);
}

/* The wall RDL at the sit bone: through a small range until deep hip bends are allowed. */
gboolean
hammy_pathway_small_range (HammyPlan               *plan,
                           const HammyPlanItem     *item,
                           const HammyPathwayFacts *facts)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (item != NULL && facts != NULL, FALSE);

  return is_picture (plan, "proximal_tendinopathy") && g_strcmp0 (item->exercise, "rdl-wall") == 0 &&
         (hammy_plan_get_phase (plan) < HAMMY_TRIAGE_PHASE_LOAD || !hinge_mild (facts));
}

/* ---- filling a phase ----------------------------------------------------------------- */

/* The item of the plan that is @exercise or a harder version of it, or -1. */
static int
find_same_or_harder (HammyPlan  *plan,
                     const char *exercise,
                     guint       depth)
{
  HammyExercise *found;
  const char * const *harder;
  int index = hammy_plan_find_item (plan, exercise);

  if (index >= 0 || depth > 8)
    return index;

  found = hammy_library_lookup_exercise (hammy_plan_get_library (plan), exercise);
  harder = found != NULL ? hammy_exercise_get_harder (found) : NULL;
  for (guint i = 0; harder != NULL && harder[i] != NULL; i++)
    if ((index = find_same_or_harder (plan, harder[i], depth + 1)) >= 0)
      return index;

  return -1;
}

static gboolean
holds_exercise (GArray     *items,
                const char *exercise)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (g_array_index (items, HammyPlanItem, i).exercise, exercise) == 0)
      return TRUE;
  return FALSE;
}

static void
add_entry (HammyPlan        *plan,
           GArray           *items,
           const Entry      *entry,
           const GDate      *today)
{
  int index = find_same_or_harder (plan, entry->exercise, 0);
  const HammyPlanItem *kept = index >= 0 ? hammy_plan_get_item (plan, index) : NULL;
  HammyPlanItem item = { 0 };

  if (kept != NULL && kept->section == entry->section && !holds_exercise (items, kept->exercise))
    {
      HammyPlanItem *copy = hammy_plan_item_copy (kept);

      /* The copy's strings go to the new item; only the shell is freed. */
      item = *copy;
      g_free (copy);
    }
  else if (holds_exercise (items, entry->exercise) ||
           !hammy_plan_item_init_easiest (&item, hammy_plan_get_library (plan), entry->exercise, entry->section, today))
    return;
  else if (entry->hold_seconds > 0 && item.hold_seconds > 0)
    item.hold_seconds = entry->hold_seconds;

  if (entry->frequency != NULL)
    {
      g_free (item.frequency);
      item.frequency = g_strdup (entry->frequency);
    }
  g_free (item.waits);
  item.waits = g_strdup (entry->waits);
  g_array_append_val (items, item);
}

/* The items of @plan in @phase, for its picture and flags, as hammy_plan_take_items() takes them. */
GArray *
hammy_pathway_dup_items (HammyPlan        *plan,
                         HammyTriagePhase  phase,
                         const GDate      *today)
{
  const Entry *table;
  GArray *items;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (hammy_pathway_has_plan (phase), NULL);

  items = g_array_new (FALSE, TRUE, sizeof (HammyPlanItem));
  table = tables[pathway_of (plan)][phase];

  /* A sensitive nerve glides first in calm and build, with its cautions shown first. */
  if (is_nerve (plan) && (phase == HAMMY_TRIAGE_PHASE_CALM || phase == HAMMY_TRIAGE_PHASE_BUILD))
    {
      static const Entry slider = DO_AT ("nerve-floss-slider", "daily");

      add_entry (plan, items, &slider, today);
    }

  for (guint i = 0; table != NULL && table[i].exercise != NULL; i++)
    if (hammy_pathway_allows (plan, phase, table[i].exercise))
      add_entry (plan, items, &table[i], today);

  /* The warm-up first, as a session does it. */
  for (guint i = 1; i < items->len; i++)
    for (guint j = i; j > 0 && g_array_index (items, HammyPlanItem, j - 1).section > g_array_index (items, HammyPlanItem, j).section; j--)
      {
        HammyPlanItem swap = g_array_index (items, HammyPlanItem, j);

        g_array_index (items, HammyPlanItem, j) = g_array_index (items, HammyPlanItem, j - 1);
        g_array_index (items, HammyPlanItem, j - 1) = swap;
      }

  return items;
}

/* What the person is told beside the plan, for its picture and flags: plain sentences. */
GPtrArray *
hammy_pathway_dup_advice (HammyPlan               *plan,
                          const HammyPathwayFacts *facts)
{
  GPtrArray *advice = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), advice);
  g_return_val_if_fail (facts != NULL, advice);

  if (is_picture (plan, "proximal_tendinopathy") || hammy_plan_has_flag (plan, "sitting_aggravates"))
    g_ptr_array_add (advice, g_strdup (_("Sitting presses on the sore tendon: sit on a cushion with a gap under the sore sit bone, and get up every half hour or so.")));
  if (is_picture (plan, "proximal_tendinopathy") || hammy_plan_has_flag (plan, "stretch_aggravates") ||
      is_picture (plan, "acute_strain") || is_nerve (plan))
    g_ptr_array_add (advice, g_strdup (_("Leave stretching the hamstring out for now: it presses on what is sore.")));
  if (is_nerve (plan))
    g_ptr_array_add (advice, g_strdup (_("Go gently: stop an exercise at once if tingling spreads down the leg, and see a clinician if numbness or weakness appears.")));
  if (is_picture (plan, "post_race_soreness") && facts->days_since_onset >= 0 && facts->days_since_onset < 2)
    g_ptr_array_add (advice, g_strdup (_("For the first two days after the race, easy walking or easy cycling is all the exercise you need.")));

  return advice;
}

/* In keep, what keeps the leg well, in plain sentences for Today: the strength work that stays
 * and how often (its dose in words, as of @day), the running built back by about a tenth a week,
 * speed and hills last, and that most injuries that come back do so in the first weeks. Empty in
 * any other phase. */
GPtrArray *
hammy_pathway_dup_keep_guide (HammyPlan   *plan,
                              const GDate *day)
{
  GPtrArray *guide = g_ptr_array_new_with_free_func (g_free);
  HammyLibrary *library;

  g_return_val_if_fail (HAMMY_IS_PLAN (plan), guide);
  g_return_val_if_fail (day != NULL, guide);

  if (hammy_plan_get_phase (plan) != HAMMY_TRIAGE_PHASE_KEEP)
    return guide;

  library = hammy_plan_get_library (plan);
  g_ptr_array_add (guide, g_strdup (_("Keep up the strength work that got you here, a little each week:")));
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      HammyExercise *exercise = hammy_library_lookup_exercise (library, item->exercise);
      g_autofree char *dose = NULL;

      if (item->section != HAMMY_PLAN_SECTION_CIRCUIT || exercise == NULL)
        continue;
      dose = hammy_schedule_dup_dose_text (plan, item, day);
      /* Translators: strength work kept up in the keep phase: an exercise, then its dose and how often */
      g_ptr_array_add (guide, g_strdup_printf (_("%s: %s."), hammy_exercise_get_name (exercise), dose));
    }
  g_ptr_array_add (guide, g_strdup (_("Build your running back by no more than about a tenth each week.")));
  g_ptr_array_add (guide, g_strdup (_("Add speed and hills last, once your usual runs feel easy the next morning.")));
  g_ptr_array_add (guide, g_strdup (_("Most hamstring injuries that come back do so in the first weeks after a return to running. "
                                      "The strength work above is what keeps yours away.")));

  return guide;
}
