/* hammy-check-file.h: a check with the time it was saved, as its file holds it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hammy-triage.h"

G_BEGIN_DECLS

/* When a check was saved in this profile, which orders the checks: never later than the
 * check's own time when it came from elsewhere, and after every check before it when Hammy
 * made it (docs/data-formats.md). Its own time until one is set. */
GDateTime *hammy_check_file_get_saved  (HammyAssessment *assessment);
void       hammy_check_file_set_saved  (HammyAssessment *assessment,
                                        GDateTime       *saved);
/* A check as its file holds it: with when it was saved. */
JsonNode  *hammy_check_file_to_json    (HammyAssessment *assessment);
/* The "saved" member of a check's file, and the time it gets without one (@fallback). */
GDateTime *hammy_check_file_read_saved (JsonObject      *object,
                                        GDateTime       *created,
                                        GDateTime       *fallback);

G_END_DECLS
