/* hammy-phase.c: the phases a person can be in, from get help now to keep it strong, named once
 * for triage, the plan, the files and the tests (docs/triage.md, docs/programme.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-phase.h"

/* The ids of docs/triage.md; keep is the programme's (docs/programme.md). */
static const char * const phase_ids[HAMMY_TRIAGE_N_PHASES] = {
  "urgent", "refer", "calm", "build", "load", "return", "keep", "warmup",
};

const char *
hammy_triage_phase_to_id (HammyTriagePhase phase)
{
  g_return_val_if_fail (phase < HAMMY_TRIAGE_N_PHASES, NULL);

  return phase_ids[phase];
}

gboolean
hammy_triage_phase_from_id (const char       *id,
                            HammyTriagePhase *phase)
{
  for (guint i = 0; i < HAMMY_TRIAGE_N_PHASES; i++)
    {
      if (g_strcmp0 (id, phase_ids[i]) == 0)
        {
          *phase = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
hammy_triage_phase_is_training (HammyTriagePhase phase)
{
  return phase >= HAMMY_TRIAGE_PHASE_CALM && phase < HAMMY_TRIAGE_N_PHASES;
}
