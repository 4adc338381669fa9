/* hammy-clip-controls.h: the clip player's bar of controls, which takes a second line when
 * the window is too narrow for one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_CLIP_CONTROLS (hammy_clip_controls_get_type ())

G_DECLARE_FINAL_TYPE (HammyClipControls, hammy_clip_controls, HAMMY, CLIP_CONTROLS, GtkWidget)

/* TRUE while the second child is on a line of its own. */
gboolean hammy_clip_controls_get_wrapped (HammyClipControls *self);

G_END_DECLS
