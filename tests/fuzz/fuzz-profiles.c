/* fuzz-profiles.c: libFuzzer on profiles.json as the store reads it from the data folder: the
 * guard, the header, then the list; every accepted id must be a safe folder name, and an
 * accepted list must survive being saved again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hammy-json-guard.h"
#include "hammy-profiles-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  const HammyJsonLimits limits = { hammy_profiles_format.max_bytes, hammy_profiles_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) reread = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *current = NULL;
  g_autofree char *current_again = NULL;
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
      !hammy_json_check_header (json_node_get_object (root), hammy_profiles_format.name,
                                hammy_profiles_format.version, NULL, NULL))
    return 0;

  profiles = hammy_profiles_parse (json_node_get_object (root), &current, NULL);
  if (profiles == NULL)
    return 0;

  g_assert_cmpuint (profiles->len, >, 0);
  g_assert_cmpuint (profiles->len, <=, HAMMY_PROFILES_MAX);
  store = g_list_store_new (HAMMY_TYPE_PROFILE);
  for (guint i = 0; i < profiles->len; i++)
    {
      HammyProfile *profile = g_ptr_array_index (profiles, i);
      g_autofree char *directory = NULL;

      /* No id that could lead out of profiles/ or hide in it. */
      g_assert_true (hammy_profile_id_is_valid (hammy_profile_get_id (profile)));
      directory = hammy_profile_dup_dir (hammy_profile_get_id (profile));
      g_assert_null (strstr (directory, ".."));
      g_assert_cmpuint (g_utf8_strlen (hammy_profile_get_name (profile), -1), <=, HAMMY_PROFILE_MAX_NAME);
      g_list_store_append (store, profile);
    }

  /* Through bytes, as the file would be written and read on the next start. */
  node = hammy_profiles_to_json (G_LIST_MODEL (store), current);
  bytes = hammy_json_to_bytes (node);
  text = g_bytes_get_data (bytes, &length);
  reread = hammy_json_parse_untrusted (text, length, &limits, &error);
  if (reread == NULL)
    g_error ("An accepted list is written as a file that cannot be read: %s", error->message);
  again = hammy_profiles_parse (json_node_get_object (reread), &current_again, &error);
  if (again == NULL)
    g_error ("An accepted list does not read back: %s", error->message);
  g_assert_cmpuint (again->len, ==, profiles->len);
  g_assert_cmpstr (current_again, ==, current);

  return 0;
}
