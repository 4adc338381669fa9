/* hammy-page.c: the pages of the window, named once for actions, settings and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-page.h"

/* The names are also the AdwViewStack page names in hammy-window.ui. */
static const char * const page_names[HAMMY_N_PAGES] = {
  [HAMMY_PAGE_TRIAGE]  = "triage",
  [HAMMY_PAGE_TODAY]   = "today",
  [HAMMY_PAGE_HISTORY] = "history",
  [HAMMY_PAGE_LIBRARY] = "library",
};

const char *
hammy_page_to_name (HammyPage page)
{
  g_return_val_if_fail (page < HAMMY_N_PAGES, NULL);

  return page_names[page];
}

/* Names come from actions a person or a script can invoke, so unknown ones are refused
 * rather than mapped to a default page. */
gboolean
hammy_page_from_name (const char *name,
                      HammyPage  *page)
{
  g_return_val_if_fail (page != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < HAMMY_N_PAGES; i++)
    {
      if (g_str_equal (name, page_names[i]))
        {
          *page = (HammyPage) i;
          return TRUE;
        }
    }

  return FALSE;
}
