/* hammy-pain-button.h: one number of the 0 to 10 pain scale as a toggle button, coloured by its
 * band of the traffic light, and read by a screen reader as a choice that is checked or not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_PAIN_BUTTON (hammy_pain_button_get_type ())

G_DECLARE_FINAL_TYPE (HammyPainButton, hammy_pain_button, HAMMY, PAIN_BUTTON, GtkToggleButton)

GtkWidget *hammy_pain_button_new      (int              pain);
int        hammy_pain_button_get_pain (HammyPainButton *self);

G_END_DECLS
