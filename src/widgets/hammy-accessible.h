/* hammy-accessible.h: small helpers that give a screen reader what a sighted person sees at a
 * glance: the body of a dialog, read with the button that has the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void hammy_accessible_describe_dialog (AdwMessageDialog *dialog);

G_END_DECLS
