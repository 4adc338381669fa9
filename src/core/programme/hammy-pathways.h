/* hammy-pathways.h: the picture shapes the plan: which exercises each phase holds for each
 * picture and flag, what some of them wait for, and what no section may hold
 * (docs/programme.md, "Pathways").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-plan.h"

G_BEGIN_DECLS

/* What an item may wait for before it is first due. */
#define HAMMY_WAIT_COMFORTABLE_WALKING "comfortable-walking"  /* the Askling trio after a strain */
#define HAMMY_WAIT_LADDER_70           "ladder-70"            /* the Nordic after a strain */
#define HAMMY_WAIT_HINGE_MILD          "hinge-mild"           /* deep hip bends at the sit bone */
#define HAMMY_WAIT_HEAVY_RDL           "heavy-rdl"            /* the single-leg RDL comes last */
#define HAMMY_WAIT_AFTER_RACE          "after-race"           /* no strength work two days after a race */

/* What the waits read: what the person said and what the log shows. */
typedef struct
{
  JsonObject *answers;              /* the latest check's answers with later ones over them */
  int         days_since_onset;     /* from the onset day and today; -1 when not known */
  gboolean    ladder_70_pain_free;  /* a run at the 70% step of the ladder or beyond was pain-free */
} HammyPathwayFacts;

gboolean          hammy_pathway_wait_is_known   (const char               *wait);
gboolean          hammy_pathway_item_waits      (HammyPlan                *plan,
                                                 const HammyPlanItem      *item,
                                                 const HammyPathwayFacts  *facts,
                                                 char                    **why);
GStrv             hammy_pathway_dup_wait_questions (HammyPlan             *plan,
                                                 const HammyPathwayFacts  *facts);
gboolean          hammy_pathway_allows          (HammyPlan                *plan,
                                                 HammyTriagePhase          phase,
                                                 const char               *exercise);
gboolean          hammy_pathway_small_range     (HammyPlan                *plan,
                                                 const HammyPlanItem      *item,
                                                 const HammyPathwayFacts  *facts);
HammyTriagePhase  hammy_pathway_entry_phase     (const char               *picture,
                                                 HammyTriagePhase          phase);
gboolean          hammy_pathway_has_plan        (HammyTriagePhase          phase);
GArray           *hammy_pathway_dup_items       (HammyPlan                *plan,
                                                 HammyTriagePhase          phase,
                                                 const GDate              *today);
const char       *hammy_pathway_get_runs        (HammyTriagePhase          phase);
GPtrArray        *hammy_pathway_dup_advice      (HammyPlan                *plan,
                                                 const HammyPathwayFacts  *facts);
GPtrArray        *hammy_pathway_dup_keep_guide  (HammyPlan                *plan,
                                                 const GDate              *day);

G_END_DECLS
