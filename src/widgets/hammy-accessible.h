/* hammy-accessible.h: small helpers for a screen reader and the keyboard: the body of a dialog,
 * read with the button that has the focus; Tab through a flow box without being held in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void     hammy_accessible_init                (void);
void     hammy_accessible_describe_dialog     (AdwMessageDialog *dialog);
char    *hammy_accessible_dup_without_mnemonic (const char       *label);
gboolean hammy_accessible_focus_flow_box      (GtkFlowBox       *flow_box,
                                               GtkDirectionType  direction);

G_END_DECLS
