/* hammy-phase.h: the phases a person can be in, from get help now to keep it strong, named once
 * for triage, the plan, the files and the tests (docs/triage.md, docs/programme.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* From the most cautious to the least: an answer that adds a symptom never moves an
 * assessment down this list. Keep comes after return and only a plan reaches it (a phase
 * check after the running ladder, docs/programme.md); triage never gives it. Warm-up stands
 * apart: tight, not injured. */
typedef enum
{
  HAMMY_TRIAGE_PHASE_URGENT,
  HAMMY_TRIAGE_PHASE_REFER,
  HAMMY_TRIAGE_PHASE_CALM,
  HAMMY_TRIAGE_PHASE_BUILD,
  HAMMY_TRIAGE_PHASE_LOAD,
  HAMMY_TRIAGE_PHASE_RETURN,
  HAMMY_TRIAGE_PHASE_KEEP,
  HAMMY_TRIAGE_PHASE_WARMUP,
  HAMMY_TRIAGE_N_PHASES
} HammyTriagePhase;

const char *hammy_triage_phase_to_id       (HammyTriagePhase  phase);
gboolean    hammy_triage_phase_from_id     (const char       *id,
                                            HammyTriagePhase *phase);
gboolean    hammy_triage_phase_is_training (HammyTriagePhase  phase);

G_END_DECLS
