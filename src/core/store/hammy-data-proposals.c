/* hammy-data-proposals.c: HammyData's next step for the profile in use: when to offer the
 * morning check-in, and progression's proposals for the plan, taken or declined.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-data-private.h"

/* TRUE once a day, the first time it is asked on a day the check-in is due and a plan is in
 * use: the check-in is offered then, and not again that day however often Today updates. */
gboolean
hammy_data_checkin_prompt_due (HammyData *self,
                               GDateTime *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  day = hammy_progression_dup_day (today);
  if (!self->loaded || self->read_only || self->plan == NULL || hammy_plan_get_stopped (self->plan) != NULL ||
      hammy_data_get_blocking_assessment (self) != NULL ||
      g_strcmp0 (g_hash_table_lookup (self->prompted_on, self->profile_dir), day) == 0 ||
      !hammy_progression_checkin_is_due (hammy_data_get_log (self), today))
    return FALSE;

  /* Per profile: a clinician going back and forth is not asked again for the same person. */
  g_hash_table_insert (self->prompted_on, g_strdup (self->profile_dir), g_steal_pointer (&day));
  return TRUE;
}

/* What progression proposes for the plan in use, or NULL: no plan, a check that sends the
 * person to a clinician, or a proposal declined today. */
HammyProposal *
hammy_data_dup_proposal (HammyData *self,
                         GDateTime *today)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!self->loaded || self->plan == NULL || hammy_data_get_blocking_assessment (self) != NULL)
    return NULL;

  return hammy_progression_propose (self->plan, hammy_data_get_log (self), today);
}

/* Makes the change; the plan is saved. A new phase replaces the circuit, so the plan as it was
 * goes into the plan history first. */
gboolean
hammy_data_accept_proposal (HammyData      *self,
                            HammyProposal  *proposal,
                            GDateTime      *today,
                            GError        **error)
{
  g_return_val_if_fail (HAMMY_IS_DATA (self), FALSE);
  g_return_val_if_fail (HAMMY_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (hammy_proposal_get_change (proposal) == HAMMY_PROPOSAL_CHANGE_PHASE)
    hammy_data_keep_plan_in_history (self);

  return hammy_progression_apply (proposal, self->plan, today, error);
}

void
hammy_data_decline_proposal (HammyData     *self,
                             HammyProposal *proposal,
                             GDateTime     *today)
{
  g_return_if_fail (HAMMY_IS_DATA (self));
  g_return_if_fail (HAMMY_IS_PROPOSAL (proposal));
  g_return_if_fail (self->plan != NULL);

  hammy_plan_decline (self->plan, hammy_proposal_get_key (proposal), today);
}
