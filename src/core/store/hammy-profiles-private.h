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
GPtrArray    *hammy_profiles_read          (HammyStore    *store,
                                            GDateTime     *now,
                                            char         **current,
                                            GPtrArray     *problems);
char         *hammy_profiles_new_id        (HammyStore    *store,
                                            GListModel    *profiles,
                                            GPtrArray     *taken);

G_END_DECLS
