/* hammy-safety-notice.h: the first-run notice: guidance, not a diagnosis, and when to get help.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_SAFETY_NOTICE (hammy_safety_notice_get_type ())

G_DECLARE_FINAL_TYPE (HammySafetyNotice, hammy_safety_notice, HAMMY, SAFETY_NOTICE, AdwMessageDialog)

HammySafetyNotice *hammy_safety_notice_new (GtkWindow *parent);

G_END_DECLS
