/* hammy-answers.h: reading a set of triage answers (docs/triage.md): what was said, and what
 * was not. A missing answer never permits anything: every comparison asks for one that does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean hammy_answers_has       (JsonObject *answers,
                                  const char *id);
gboolean hammy_answers_is_true   (JsonObject *answers,
                                  const char *id);
gboolean hammy_answers_is        (JsonObject *answers,
                                  const char *id,
                                  const char *value);
gint64   hammy_answers_number    (JsonObject *answers,
                                  const char *id);
gboolean hammy_answers_at_most   (JsonObject *answers,
                                  const char *id,
                                  gint64      limit);
gboolean hammy_answers_at_least  (JsonObject *answers,
                                  const char *id,
                                  gint64      limit);
const char *hammy_answers_choice (JsonObject *answers,
                                  const char *id);

G_END_DECLS
