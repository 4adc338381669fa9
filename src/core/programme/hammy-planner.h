/* hammy-planner.h: Hammy makes a plan for an assessment, shaped by its picture and flags, or for
 * a phase alone, and moves a plan to another phase (docs/programme.md, "Pathways").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-plan.h"

G_BEGIN_DECLS

HammyPlan *hammy_plan_new_for_assessment (HammyLibrary      *library,
                                          HammyAssessment   *assessment);
HammyPlan *hammy_plan_new_for_phase      (HammyLibrary      *library,
                                          HammyTriagePhase   phase);
/* The plan in @phase: the pathway's exercises for it, those already there kept as they are,
 * new ones at their easiest; notes are kept. Hammy made the circuit, so the plan no longer
 * counts as edited. */
gboolean   hammy_plan_change_phase       (HammyPlan         *self,
                                          HammyTriagePhase   phase,
                                          GError           **error);

G_END_DECLS
