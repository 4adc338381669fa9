/* hammy-page.h: the pages of the window, named once for actions, settings and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HAMMY_PAGE_TRIAGE,
  HAMMY_PAGE_TODAY,
  HAMMY_PAGE_HISTORY,
  HAMMY_PAGE_LIBRARY,
  HAMMY_N_PAGES
} HammyPage;

const char *hammy_page_to_name    (HammyPage   page);
gboolean    hammy_page_from_name  (const char *name,
                                   HammyPage  *page);

G_END_DECLS
