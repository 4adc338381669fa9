/* hammy-plan-private.h: what the person's data and the progression engine change in a plan
 * that is not an edit by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-plan.h"

G_BEGIN_DECLS

/* Sessions before @since do not count toward the next proposal. */
void      hammy_plan_set_since     (HammyPlan        *self,
                                    GDateTime        *since);
/* A warning sign in a morning check-in on @date (YYYY-MM-DD) stops the plan. */
void      hammy_plan_stop          (HammyPlan        *self,
                                    const char       *date);
void      hammy_plan_resume        (HammyPlan        *self);
/* The next phase's circuit in place of this one; notes are kept. Hammy made the circuit, so
 * the plan no longer counts as edited. */
gboolean  hammy_plan_change_phase  (HammyPlan        *self,
                                    HammyTriagePhase  phase,
                                    GError          **error);

G_END_DECLS
