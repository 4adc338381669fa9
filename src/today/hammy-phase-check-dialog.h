/* hammy-phase-check-dialog.h: a phase check as a short guided re-test: why, one question or
 * self-check at a time, then the result, applied at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-phase-check.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PHASE_CHECK_DIALOG (hammy_phase_check_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HammyPhaseCheckDialog, hammy_phase_check_dialog, HAMMY, PHASE_CHECK_DIALOG, AdwWindow)

GtkWidget  *hammy_phase_check_dialog_new      (GtkWindow             *parent,
                                               HammyContext          *context,
                                               HammyPhaseCheck       *check);
const char *hammy_phase_check_dialog_get_step (HammyPhaseCheckDialog *self);

G_END_DECLS
