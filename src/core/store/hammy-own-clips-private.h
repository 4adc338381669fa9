/* hammy-own-clips-private.h: what HammyData's loading, the tests and the fuzzer need beyond
 * the public API of the person's own videos.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-clock.h"
#include "hammy-own-clips.h"

G_BEGIN_DECLS

/* Reads clips.json in @profile_dir on any thread; NULL when there is none or it is refused. */
GHashTable *hammy_own_clips_read            (HammyStore         *store,
                                             const char         *profile_dir,
                                             HammyStoreProblem **problem);
/* Takes what hammy_own_clips_read() gave, on the main thread; choices made meanwhile win. */
void        hammy_own_clips_take_loaded     (HammyOwnClips      *self,
                                             GHashTable         *entries);

void        hammy_own_clips_set_clock       (HammyOwnClips      *self,
                                             HammyClock         *clock);
void        hammy_own_clips_set_profile_dir (HammyOwnClips      *self,
                                             const char         *profile_dir);

/* clips.json once its header is checked: exercise id → entry, or NULL and why. */
GHashTable *hammy_own_clips_parse           (JsonObject         *object,
                                             GError            **error);
JsonNode   *hammy_own_clips_entries_to_json (GHashTable         *entries);

gboolean    hammy_own_clips_is_file_name    (const char         *name);
void        hammy_own_clips_set_max_bytes   (HammyOwnClips      *self,
                                             guint64             max_bytes);

G_END_DECLS
