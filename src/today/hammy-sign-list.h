/* hammy-sign-list.h: the warning signs as choices, one row each as the log keeps them, for the
 * morning check-in and the guided session: which sign, if any.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The choice of no sign at all, beside the signs' own ids. */
#define HAMMY_SIGN_LIST_NONE "none"

#define HAMMY_TYPE_SIGN_LIST (hammy_sign_list_get_type ())

G_DECLARE_FINAL_TYPE (HammySignList, hammy_sign_list, HAMMY, SIGN_LIST, AdwBin)

GtkWidget  *hammy_sign_list_new      (const char    *title,
                                      const char    *description,
                                      gboolean       with_none,
                                      gboolean       with_reinjury);
const char *hammy_sign_list_get_sign (HammySignList *self);
void        hammy_sign_list_set_sign (HammySignList *self,
                                      const char    *sign);

G_END_DECLS
