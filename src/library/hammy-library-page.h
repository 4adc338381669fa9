/* hammy-library-page.h: the Library page: every exercise and self-check, searchable and
 * filtered, with its detail beside it, and the explanation cards under Learn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-page-bin.h"
#include "hammy-library.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_LIBRARY_PAGE (hammy_library_page_get_type ())

G_DECLARE_FINAL_TYPE (HammyLibraryPage, hammy_library_page, HAMMY, LIBRARY_PAGE, HammyPageBin)

HammyLibrary *hammy_library_page_get_library      (HammyLibraryPage *self);
HammyContext *hammy_library_page_get_context      (HammyLibraryPage *self);
void          hammy_library_page_start_search     (HammyLibraryPage *self);
char         *hammy_library_page_dup_shown_item   (HammyLibraryPage *self);

G_END_DECLS
