/* hammy-library-page.h: the Library page: the exercises and the explanation cards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_LIBRARY_PAGE (hammy_library_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyLibraryPage, hammy_library_page, HAMMY, LIBRARY_PAGE, AdwBin)

G_END_DECLS
