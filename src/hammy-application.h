/* hammy-application.h: the application: app-wide actions, shortcuts and the style preference.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_APPLICATION (hammy_application_get_type ())

G_DECLARE_FINAL_TYPE (HammyApplication, hammy_application, HAMMY, APPLICATION, AdwApplication)

HammyApplication *hammy_application_new           (const char        *application_id,
                                                   GApplicationFlags  flags);
HammyContext     *hammy_application_get_context   (HammyApplication  *self);
GSettings        *hammy_application_get_settings  (HammyApplication  *self);
HammyData        *hammy_application_get_data      (HammyApplication  *self);

G_END_DECLS
