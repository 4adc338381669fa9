/* hammy-toasts.h: a sentence for the person as a toast, which every page sends up to the window
 * with its "add-toast" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

AdwToast *hammy_toast_new_message (const char *message);
guint     hammy_toast_signal_new  (GType       type);
gboolean  hammy_toast_postpone    (AdwToastOverlay *overlay,
                                   HammyContext    *context,
                                   const char      *action,
                                   const char      *label);

G_END_DECLS
