/* hammy-presentation.h: presentation mode, for a clinician sharing the screen: one state for the
 * whole app, and the style classes that keep private widgets hidden in every window while it is on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-privacy.h"

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

HammyPresentation *hammy_presentation_get_default         (void);

gboolean           hammy_presentation_get_active          (HammyPresentation *self);
void               hammy_presentation_set_active          (HammyPresentation *self,
                                                           gboolean           active);
gboolean           hammy_presentation_get_details_shown   (HammyPresentation *self);
void               hammy_presentation_set_details_shown   (HammyPresentation *self,
                                                           gboolean           shown);
HammyAudience      hammy_presentation_get_audience        (HammyPresentation *self);
gboolean           hammy_presentation_may_show            (HammyPresentation *self,
                                                           HammyPrivateKind   kind);

void               hammy_presentation_set_widget_visible  (GtkWidget         *widget,
                                                           gboolean           visible);

G_END_DECLS
