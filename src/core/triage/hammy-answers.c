/* hammy-answers.c: reading a set of triage answers (docs/triage.md): what was said, and what
 * was not. A missing answer never permits anything: every comparison asks for one that does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-answers.h"

/* The answer @id, or NULL when it was not given (absent, or null). */
static JsonNode *
member (JsonObject *answers,
        const char *id)
{
  JsonNode *node = answers != NULL ? json_object_get_member (answers, id) : NULL;

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

gboolean
hammy_answers_has (JsonObject *answers,
                   const char *id)
{
  return member (answers, id) != NULL;
}

gboolean
hammy_answers_is_true (JsonObject *answers,
                       const char *id)
{
  JsonNode *node = member (answers, id);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

gboolean
hammy_answers_is (JsonObject *answers,
                  const char *id,
                  const char *value)
{
  return g_strcmp0 (hammy_answers_choice (answers, id), value) == 0;
}

/* The chosen value of a choice, or NULL. */
const char *
hammy_answers_choice (JsonObject *answers,
                      const char *id)
{
  JsonNode *node = member (answers, id);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* -1 when unanswered. */
gint64
hammy_answers_number (JsonObject *answers,
                      const char *id)
{
  JsonNode *node = member (answers, id);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;

  return json_node_get_int (node);
}

gboolean
hammy_answers_at_most (JsonObject *answers,
                       const char *id,
                       gint64      limit)
{
  gint64 value = hammy_answers_number (answers, id);

  return value >= 0 && value <= limit;
}

gboolean
hammy_answers_at_least (JsonObject *answers,
                        const char *id,
                        gint64      limit)
{
  gint64 value = hammy_answers_number (answers, id);

  return value >= 0 && value >= limit;
}
