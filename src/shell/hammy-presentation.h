/* hammy-presentation.h: presentation mode on screen, for a clinician sharing it: the style classes
 * that keep private widgets hidden in every window while the context says the screen is shared.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

/* Mark a widget with one of these style classes and it is hidden in any window while presenting,
 * including widgets made after presenting began: PRIVATE always, DETAIL until the patient asks
 * to see the history details. Code that shows and hides such a widget itself uses
 * hammy_presentation_set_widget_visible(). */
#define HAMMY_PRESENTATION_PRIVATE "private"
#define HAMMY_PRESENTATION_DETAIL  "private-detail"

/* On every window while presenting: style.css makes text and controls bigger under it. */
#define HAMMY_PRESENTATION_WINDOW  "presenting"

#define HAMMY_TYPE_PRESENTATION (hammy_presentation_get_type ())

G_DECLARE_FINAL_TYPE (HammyPresentation, hammy_presentation, HAMMY, PRESENTATION, GObject)

HammyPresentation *hammy_presentation_new                (HammyContext      *context);

void               hammy_presentation_set_widget_visible  (GtkWidget         *widget,
                                                           gboolean           visible);

G_END_DECLS
