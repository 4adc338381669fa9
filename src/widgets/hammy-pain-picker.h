/* hammy-pain-picker.h: pain from 0 to 10 as the traffic light's buttons, one of which may be
 * chosen, from the keyboard as well, each named for a screen reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_PAIN_PICKER (hammy_pain_picker_get_type ())

G_DECLARE_FINAL_TYPE (HammyPainPicker, hammy_pain_picker, HAMMY, PAIN_PICKER, GtkWidget)

GtkWidget *hammy_pain_picker_new       (void);
int        hammy_pain_picker_get_value (HammyPainPicker *self);
void       hammy_pain_picker_set_value (HammyPainPicker *self,
                                        int              value);

G_END_DECLS
