/* hammy-progression.h: the 24-hour rule and what counts (docs/programme.md, "The 24-hour rule"):
 * step-backs applied at once, step-ups offered one exercise at a time, the phase check offered
 * when it is earned, and the suggestion to see a clinician when nothing improves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-log.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

/* Counted sessions on different days, each followed by a no-worse morning, before a phase check. */
#define HAMMY_PROGRESSION_SESSIONS       3
/* An exercise's own last sessions that must count before its next step. */
#define HAMMY_PROGRESSION_ITEM_SESSIONS  2
/* Runs at a step of the ladder at 0–1 before the next step. */
#define HAMMY_PROGRESSION_RUNS           2
/* A run at this pain or more holds its step of the ladder. */
#define HAMMY_PROGRESSION_RUN_HOLD_PAIN  2
/* The highest pain that is acceptable for pictures without a lower cap; see hammy_plan_get_pain_cap(). */
#define HAMMY_PROGRESSION_PAIN_LIMIT     5
/* Not improving: this many step-backs within this many days, walking pain no better this many
 * days after a sudden onset, or this many days in one phase. */
#define HAMMY_PROGRESSION_STEP_BACKS     3
#define HAMMY_PROGRESSION_STEP_BACK_DAYS 14
#define HAMMY_PROGRESSION_WALKING_DAYS   10
#define HAMMY_PROGRESSION_PHASE_DAYS     42

/* The sign a re-injury stops a plan with: a new sudden pain or a pop needs a new check. */
#define HAMMY_PROGRESSION_STOP_REINJURY HAMMY_PLAN_STOP_REINJURY

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
  HAMMY_PROPOSAL_CHANGE_PHASE,        /* the plan → get_phase */
  HAMMY_PROPOSAL_CHANGE_LADDER,       /* the running ladder → get_ladder_step */
  HAMMY_PROPOSAL_CHANGE_REPS,         /* the item's repetitions → get_amount */
  HAMMY_PROPOSAL_CHANGE_HOLD,         /* the item's hold in seconds → get_amount */
  HAMMY_PROPOSAL_CHANGE_REST_DAY,     /* each item rests until the day after tomorrow */
} HammyProposalChange;

#define HAMMY_TYPE_PROPOSAL (hammy_proposal_get_type ())

G_DECLARE_FINAL_TYPE (HammyProposal, hammy_proposal, HAMMY, PROPOSAL, GObject)

HammyProposalKind    hammy_proposal_get_kind          (HammyProposal *self);
HammyProposalChange  hammy_proposal_get_change        (HammyProposal *self);
const char          *hammy_proposal_get_rule          (HammyProposal *self);
const char * const  *hammy_proposal_get_exercises     (HammyProposal *self);
const char          *hammy_proposal_get_variant       (HammyProposal *self);
const char          *hammy_proposal_get_load          (HammyProposal *self);
guint                hammy_proposal_get_amount        (HammyProposal *self);
HammyTriagePhase     hammy_proposal_get_phase         (HammyProposal *self);
guint                hammy_proposal_get_ladder_step   (HammyProposal *self);
const char          *hammy_proposal_get_why           (HammyProposal *self);
const char          *hammy_proposal_get_key           (HammyProposal *self);
gboolean             hammy_proposal_needs_answer      (HammyProposal *self);

const char * const  *hammy_progression_get_rules      (void);

/* What counts. */
gboolean             hammy_progression_session_counts (HammyPlan              *plan,
                                                       const HammyLogSession  *session);
guint                hammy_progression_count_good_days (HammyPlan             *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now,
                                                       gboolean               *morning_missing);

/* Step-backs, at once: a set above the cap and a worse morning since the plan last looked. Each
 * one applied is said in a sentence, added to @said (of char *, may be NULL). */
guint                hammy_progression_step_back      (HammyPlan              *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now,
                                                       GPtrArray              *said);
/* Step-ups waiting for a yes, one an exercise at most, none the person declined today; with
 * none, @hold (may be NULL) says in a sentence why the plan holds. */
GPtrArray           *hammy_progression_propose_all    (HammyPlan              *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now,
                                                       char                  **hold);
/* The first of them, or the hold, or the stop: one sentence for a page that shows one. */
HammyProposal       *hammy_progression_propose        (HammyPlan              *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now);
gboolean             hammy_progression_apply          (HammyProposal          *proposal,
                                                       HammyPlan              *plan,
                                                       GDateTime              *now,
                                                       GError                **error);
/* Whether a phase check is earned today; @counted gets the good sessions it counted. */
gboolean             hammy_progression_phase_check_due (HammyPlan             *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now,
                                                       guint                  *counted);
/* The ladder's record for the phase check into keep. */
void                 hammy_progression_get_ladder_facts (HammyPlan            *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now,
                                                       gboolean               *done,
                                                       gboolean               *held_for_pain);
gboolean             hammy_progression_ladder_70_pain_free (HammyPlan         *plan,
                                                       HammyLog               *log,
                                                       GDateTime              *now);
/* The suggestion to see a clinician, in a sentence, or NULL: the plan goes on either way. */
char                *hammy_progression_dup_not_improving (HammyPlan           *plan,
                                                       GDateTime              *now,
                                                       gboolean                sudden_onset,
                                                       int                     first_walking_pain,
                                                       int                     latest_walking_pain,
                                                       const GDate            *latest_walking_day);

gboolean             hammy_progression_checkin_is_due (HammyLog               *log,
                                                       GDateTime              *today);
char                *hammy_progression_dup_day        (GDateTime              *time);
const char          *hammy_progression_get_stop_advice (void);
char                *hammy_progression_dup_stop_text  (const char             *sign);
const char          *hammy_progression_get_warning_name (const char           *sign);
const char * const  *hammy_progression_get_warning_signs (void);
char                *hammy_progression_dup_warning_label (const char          *sign);

G_END_DECLS
