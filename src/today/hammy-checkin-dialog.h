/* hammy-checkin-dialog.h: the morning check-in: the leg against a usual morning, which warning
 * sign if any, and after a day with a run, how much it hurt.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-log.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CHECKIN_DIALOG (hammy_checkin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HammyCheckinDialog, hammy_checkin_dialog, HAMMY, CHECKIN_DIALOG, AdwMessageDialog)

HammyCheckinDialog *hammy_checkin_dialog_new         (GtkWindow          *parent,
                                                      gboolean            asks_run);
gboolean            hammy_checkin_dialog_get_checkin (HammyCheckinDialog *self,
                                                      HammyLogCheckin    *checkin);
void                hammy_checkin_dialog_set_answer  (HammyCheckinDialog *self,
                                                      HammyCompared       leg,
                                                      const char         *sign,
                                                      int                 run_pain);
gboolean            hammy_checkin_dialog_asks_run    (HammyCheckinDialog *self);

G_END_DECLS
