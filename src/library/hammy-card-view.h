/* hammy-card-view.h: an explanation card, readable on its own: the idea, what it means for
 * you, the exercises that use it and the studies behind it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-library.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CARD_VIEW (hammy_card_view_get_type ())

G_DECLARE_FINAL_TYPE (HammyCardView, hammy_card_view, HAMMY, CARD_VIEW, AdwBin)

void       hammy_card_view_set_card  (HammyCardView *self,
                                      HammyLibrary  *library,
                                      HammyCard     *card);
HammyCard *hammy_card_view_get_card  (HammyCardView *self);

G_END_DECLS
