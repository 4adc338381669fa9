/* hammy-phase-check.h: a phase check, offered when it is earned: the questions and self-checks
 * that decide it, answered again that day, and the gate's verdict (docs/programme.md, "Phase
 * checks").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-phase-gates.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PHASE_CHECK (hammy_phase_check_get_type ())

G_DECLARE_FINAL_TYPE (HammyPhaseCheck, hammy_phase_check, HAMMY, PHASE_CHECK, GObject)

HammyPhaseCheck    *hammy_phase_check_new           (HammyPhaseGate        gate,
                                                     JsonObject           *known_today,
                                                     gboolean              onset_known,
                                                     guint                 counted);
HammyPhaseCheck    *hammy_phase_check_new_for_waits (HammyPhaseGate        gate,
                                                     const char * const   *questions,
                                                     JsonObject           *known_today,
                                                     guint                 counted);
gboolean            hammy_phase_check_is_for_waits  (HammyPhaseCheck      *self);
HammyPhaseGate      hammy_phase_check_get_gate      (HammyPhaseCheck      *self);
HammyTriagePhase    hammy_phase_check_get_phase     (HammyPhaseCheck      *self);
const char * const *hammy_phase_check_get_questions (HammyPhaseCheck      *self);
JsonObject         *hammy_phase_check_get_known     (HammyPhaseCheck      *self);
guint               hammy_phase_check_get_counted   (HammyPhaseCheck      *self);
const char         *hammy_phase_check_get_why       (HammyPhaseCheck      *self);
const char         *hammy_phase_check_get_key       (HammyPhaseCheck      *self);
JsonObject         *hammy_phase_check_dup_answers   (HammyPhaseCheck      *self,
                                                     JsonObject           *answers,
                                                     JsonObject           *onset);
gboolean            hammy_phase_check_judge         (HammyPhaseCheck      *self,
                                                     JsonObject           *answers,
                                                     const HammyGateFacts *facts,
                                                     GPtrArray            *failures);
char               *hammy_phase_check_dup_result_title (HammyPhaseCheck   *self,
                                                     gboolean              passed);
char               *hammy_phase_check_dup_outcome   (HammyPhaseCheck      *self,
                                                     gboolean              passed,
                                                     const char * const   *before,
                                                     HammyPlan            *after,
                                                     GPtrArray            *failures,
                                                     GPtrArray            *points);

G_END_DECLS
