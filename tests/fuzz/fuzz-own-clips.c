/* fuzz-own-clips.c: libFuzzer on clips.json as the store reads it from the data folder: the
 * guard, the header, then the entries; every accepted name must be a hash, and an accepted
 * file must survive being saved again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "hammy-json-guard.h"
#include "hammy-own-clips-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  const HammyJsonLimits limits = { hammy_own_clips_format.max_bytes, hammy_own_clips_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) reread = NULL;
  g_autoptr(GHashTable) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonObjectIter iter;
  JsonNode *entry;
  const char *text;
  gsize length;

  if (!initialized)
    {
      /* A critical is a bug the input found, not noise. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  root = hammy_json_parse_untrusted ((const char *) data, size, &limits, NULL);
  if (root == NULL ||
      !hammy_json_check_header (json_node_get_object (root), hammy_own_clips_format.name,
                                hammy_own_clips_format.version, NULL, NULL))
    return 0;

  entries = hammy_own_clips_parse (json_node_get_object (root), NULL);
  if (entries == NULL)
    return 0;

  /* Through bytes, as the file would be written and read on the next start. */
  node = hammy_own_clips_entries_to_json (entries);
  bytes = hammy_json_to_bytes (node);
  text = g_bytes_get_data (bytes, &length);
  reread = hammy_json_parse_untrusted (text, length, &limits, &error);
  if (reread == NULL)
    g_error ("Accepted videos are written as a file that cannot be read: %s", error->message);
  again = hammy_own_clips_parse (json_node_get_object (reread), &error);
  if (again == NULL)
    g_error ("Accepted videos do not read back: %s", error->message);
  g_assert_cmpuint (g_hash_table_size (again), ==, g_hash_table_size (entries));

  /* No name that could lead out of clips/ is ever accepted. */
  json_object_iter_init (&iter, json_object_get_object_member (json_node_get_object (reread), "videos"));
  while (json_object_iter_next (&iter, NULL, &entry))
    g_assert_true (hammy_own_clips_is_file_name (json_object_get_string_member (json_node_get_object (entry), "file")));

  return 0;
}
