/* hammy-library-row.h: a row of the Library's lists: an exercise, a self-check or a card, and
 * the item it opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_LIBRARY_ROW (hammy_library_row_get_type ())

G_DECLARE_FINAL_TYPE (HammyLibraryRow, hammy_library_row, HAMMY, LIBRARY_ROW, AdwActionRow)

HammyLibraryRow *hammy_library_row_new           (const char      *item,
                                                  gboolean         self_check);
const char      *hammy_library_row_get_item      (HammyLibraryRow *self);
gboolean         hammy_library_row_is_self_check (HammyLibraryRow *self);

G_END_DECLS
