/* hammy-progression.h: from the log and the morning check-ins, the next step for the plan:
 * progress, hold or step back, each with one sentence of why, waiting for the person's yes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-log.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

/* How many sessions in a row, at full volume, in the fine or acceptable band and with no worse
 * morning, before a step up; in the return phase, how many pain-free runs at a ladder step. */
#define HAMMY_PROGRESSION_SESSIONS   3
#define HAMMY_PROGRESSION_RUNS       2
/* Pain above this during exercise (0–10) means step back; up to it is fine or acceptable. */
#define HAMMY_PROGRESSION_PAIN_LIMIT 5

typedef enum
{
  HAMMY_PROPOSAL_PROGRESS,
  HAMMY_PROPOSAL_HOLD,
  HAMMY_PROPOSAL_STEP_BACK,
  HAMMY_PROPOSAL_STOP,        /* a warning sign: the plan stops and a clinician comes first */
} HammyProposalKind;

typedef enum
{
  HAMMY_PROPOSAL_CHANGE_NONE,
  HAMMY_PROPOSAL_CHANGE_VARIANT,      /* the item's exercise → get_variant (harder or easier) */
  HAMMY_PROPOSAL_CHANGE_LOAD,         /* the item's load → get_load */
  HAMMY_PROPOSAL_CHANGE_FEWER_SETS,   /* each item → one set fewer */
  HAMMY_PROPOSAL_CHANGE_PHASE,        /* the plan → get_phase's circuit */
  HAMMY_PROPOSAL_CHANGE_LADDER,       /* the running ladder → get_ladder_step */
} HammyProposalChange;

#define HAMMY_TYPE_PROPOSAL (hammy_proposal_get_type ())

G_DECLARE_FINAL_TYPE (HammyProposal, hammy_proposal, HAMMY, PROPOSAL, GObject)

HammyProposalKind    hammy_proposal_get_kind          (HammyProposal *self);
HammyProposalChange  hammy_proposal_get_change        (HammyProposal *self);
const char          *hammy_proposal_get_rule          (HammyProposal *self);
const char * const  *hammy_proposal_get_exercises     (HammyProposal *self);
const char          *hammy_proposal_get_variant       (HammyProposal *self);
const char          *hammy_proposal_get_load          (HammyProposal *self);
HammyTriagePhase     hammy_proposal_get_phase         (HammyProposal *self);
guint                hammy_proposal_get_ladder_step   (HammyProposal *self);
const char          *hammy_proposal_get_why           (HammyProposal *self);
const char          *hammy_proposal_get_key           (HammyProposal *self);
gboolean             hammy_proposal_needs_answer      (HammyProposal *self);

const char * const  *hammy_progression_get_rules      (void);
HammyProposal       *hammy_progression_propose        (HammyPlan     *plan,
                                                       HammyLog      *log,
                                                       GDateTime     *today);
gboolean             hammy_progression_apply          (HammyProposal *proposal,
                                                       HammyPlan     *plan,
                                                       GDateTime     *today,
                                                       GError       **error);

gboolean             hammy_progression_checkin_is_due (HammyLog      *log,
                                                       GDateTime     *today);
char                *hammy_progression_dup_day        (GDateTime     *time);
const char          *hammy_progression_get_stop_advice (void);

G_END_DECLS
