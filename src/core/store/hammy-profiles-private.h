/* hammy-profiles-private.h: what HammyData, the tests and the fuzzers need beyond the public
 * API of profiles: making them, and reading and writing profiles.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-profiles.h"

G_BEGIN_DECLS

/* Where deleted profiles wait, under profiles/, until they are brought back. */
#define HAMMY_PROFILES_DELETED_DIR ".deleted"

HammyProfile *hammy_profile_new            (const char    *id,
                                            const char    *name,
                                            GDateTime     *created);
void          hammy_profile_set_name       (HammyProfile  *self,
                                            const char    *name);
char         *hammy_profile_dup_dir        (const char    *id);
JsonNode     *hammy_profile_to_json        (HammyProfile  *self);

GPtrArray    *hammy_profiles_parse         (JsonObject    *object,
                                            char         **current,
                                            GError       **error);
JsonNode     *hammy_profiles_to_json       (GListModel    *profiles,
                                            const char    *current);
/* HammyStoreLoad functions: profiles.json (freed with hammy_profiles_loaded_free) and a
 * profile's own profile.json (@user_data its id; a HammyProfile). */
gpointer      hammy_profiles_load_list     (JsonObject    *object,
                                            gpointer       user_data,
                                            GError       **error);
void          hammy_profiles_loaded_free   (gpointer       loaded);
gpointer      hammy_profiles_load_own_name (JsonObject    *object,
                                            gpointer       user_data,
                                            GError       **error);
GPtrArray    *hammy_profiles_read          (HammyStore    *store,
                                            GDateTime     *now,
                                            char         **current,
                                            GPtrArray     *problems);
char         *hammy_profiles_new_id        (HammyStore    *store,
                                            GListModel    *profiles,
                                            GPtrArray     *taken);

G_END_DECLS
