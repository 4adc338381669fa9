/* hammy-profile-switcher.h: the profile menu in the header bar: whose data is shown, and
 * adding, renaming, switching and deleting profiles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-page-bin.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_PROFILE_SWITCHER (hammy_profile_switcher_get_type ())

G_DECLARE_FINAL_TYPE (HammyProfileSwitcher, hammy_profile_switcher, HAMMY, PROFILE_SWITCHER, HammyPageBin)

GtkWidget *hammy_profile_switcher_get_button (HammyProfileSwitcher *self);

G_END_DECLS
