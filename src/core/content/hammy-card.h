/* hammy-card.h: an explanation card: why an exercise works, in plain words, with references.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_CARD (hammy_card_get_type ())

G_DECLARE_FINAL_TYPE (HammyCard, hammy_card, HAMMY, CARD, GObject)

const char         *hammy_card_get_id           (HammyCard *self);
const char         *hammy_card_get_title        (HammyCard *self);
const char         *hammy_card_get_summary      (HammyCard *self);
const char * const *hammy_card_get_explanation  (HammyCard *self);
const char * const *hammy_card_get_for_you      (HammyCard *self);
const char         *hammy_card_get_figure       (HammyCard *self);
const char * const *hammy_card_get_references   (HammyCard *self);

G_END_DECLS
