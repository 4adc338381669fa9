/* hammy-preferences-window.h: the preferences: style, sound cues, tones or voice, and reminders,
 * bound to GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_PREFERENCES_WINDOW (hammy_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HammyPreferencesWindow, hammy_preferences_window, HAMMY, PREFERENCES_WINDOW, AdwPreferencesWindow)

HammyPreferencesWindow *hammy_preferences_window_new         (GSettings              *settings);
void                    hammy_preferences_window_set_profile (HammyPreferencesWindow *self,
                                                              const char             *profile_id,
                                                              gboolean                first);

G_END_DECLS
