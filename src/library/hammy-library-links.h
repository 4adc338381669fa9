/* hammy-library-links.h: boxed lists of links between library items (easier and harder
 * variants, the cards an exercise relies on, the exercises a card is used by). Each row
 * activates library.show-exercise or library.show-card with the item's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-library.h"

G_BEGIN_DECLS

GtkWidget *hammy_library_links_new_for_ladder     (HammyLibrary       *library,
                                                   HammyExercise      *exercise);
GtkWidget *hammy_library_links_new_for_cards      (HammyLibrary       *library,
                                                   const char * const *card_ids);
GtkWidget *hammy_library_links_new_for_exercises  (GListModel         *exercises);
GtkWidget *hammy_library_link_row_new_for_exercise (HammyExercise     *exercise,
                                                    const char        *subtitle);
GtkWidget *hammy_library_link_row_new_for_card    (HammyCard          *card);

G_END_DECLS
