/* hammy-plan-editor.h: the plan editor: variants, sets, reps, holds and load, exercises added
 * and removed, notes; every change saved as it is made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PLAN_EDITOR (hammy_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (HammyPlanEditor, hammy_plan_editor, HAMMY, PLAN_EDITOR, AdwWindow)

HammyPlanEditor *hammy_plan_editor_new (GtkWindow    *parent,
                                        HammyContext *context);

G_END_DECLS
