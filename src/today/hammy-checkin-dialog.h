/* hammy-checkin-dialog.h: the morning check-in: pain and stiffness compared with a usual
 * morning, and whether a warning sign has appeared.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-log.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CHECKIN_DIALOG (hammy_checkin_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HammyCheckinDialog, hammy_checkin_dialog, HAMMY, CHECKIN_DIALOG, AdwMessageDialog)

HammyCheckinDialog *hammy_checkin_dialog_new        (GtkWindow          *parent);
void                hammy_checkin_dialog_get_answer (HammyCheckinDialog *self,
                                                     HammyCompared      *pain,
                                                     HammyCompared      *stiffness,
                                                     gboolean           *red_flag);
void                hammy_checkin_dialog_set_answer (HammyCheckinDialog *self,
                                                     HammyCompared       pain,
                                                     HammyCompared       stiffness,
                                                     gboolean            red_flag);

G_END_DECLS
