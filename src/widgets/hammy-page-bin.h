/* hammy-page-bin.h: what every page of the window is: a bin that gets the app's one context
 * from the window, and reports to the person with its "add-toast" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PAGE_BIN (hammy_page_bin_get_type ())

G_DECLARE_DERIVABLE_TYPE (HammyPageBin, hammy_page_bin, HAMMY, PAGE_BIN, AdwBin)

struct _HammyPageBinClass
{
  AdwBinClass parent_class;

  /* The context has just been given: the page connects to it and shows what it has. */
  void (*context_set) (HammyPageBin *self,
                       HammyContext *context);

  gpointer padding[4];
};

HammyContext *hammy_page_bin_get_context   (HammyPageBin *self);
void          hammy_page_bin_set_context   (HammyPageBin *self,
                                            HammyContext *context);
void          hammy_page_bin_add_toast     (HammyPageBin *self,
                                            AdwToast     *toast);
void          hammy_page_bin_show_message  (HammyPageBin *self,
                                            const char   *message);

G_END_DECLS
