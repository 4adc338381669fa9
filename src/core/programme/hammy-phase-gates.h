/* hammy-phase-gates.h: the checks that let a plan move up a phase, and that cap where triage
 * may start a person (docs/programme.md, "Phase checks"). Each step includes the ones below it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-phase.h"

G_BEGIN_DECLS

typedef enum
{
  HAMMY_PHASE_GATE_BUILD,   /* calm → build */
  HAMMY_PHASE_GATE_LOAD,    /* build → load */
  HAMMY_PHASE_GATE_RETURN,  /* load → return */
  HAMMY_PHASE_GATE_KEEP,    /* return → keep */
  HAMMY_N_PHASE_GATES
} HammyPhaseGate;

/* What the answers cannot say: the calendar and the plan's own record. */
typedef struct
{
  int      days_since_onset;     /* from the onset date and today; -1: take the answers' */
  gboolean ladder_done;          /* the return ladder's last step was reached */
  gboolean ladder_held_for_pain; /* a ladder step was held for pain in the last 7 days */
} HammyGateFacts;

#define HAMMY_GATE_FACTS_INIT { -1, FALSE, FALSE }

/* One check that did not pass: the answer it needs, and why, in plain words. */
typedef struct
{
  char     *answer;   /* the answer id the check reads, or NULL for the plan's own record */
  gboolean  missing;  /* not answered: a phase check asks it */
  char     *text;     /* translated */
} HammyGateFailure;

void             hammy_gate_failure_free     (HammyGateFailure     *failure);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyGateFailure, hammy_gate_failure_free)

HammyTriagePhase hammy_phase_gate_get_phase  (HammyPhaseGate        gate);
gboolean         hammy_phase_gate_get_for_phase (HammyTriagePhase   phase,
                                              HammyPhaseGate       *gate);
gboolean         hammy_phase_gate_passes     (HammyPhaseGate        gate,
                                              JsonObject           *answers,
                                              const HammyGateFacts *facts,
                                              GPtrArray            *failures);
HammyTriagePhase hammy_phase_gates_highest   (JsonObject           *answers,
                                              const HammyGateFacts *facts);
const char * const *hammy_phase_gate_get_answers (HammyPhaseGate    gate);

G_END_DECLS
