/* fuzz-assessment.c: libFuzzer on a saved check as the store reads one from the data folder:
 * the guard, the header, then the assessment; one it accepts must survive being saved again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-json-guard.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;
  const HammyJsonLimits limits = { hammy_assessment_format.max_bytes, hammy_assessment_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(HammyAssessment) assessment = NULL;

  if (!initialized)
    {
      /* A critical is a bug the input found, not noise. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  root = hammy_json_parse_untrusted ((const char *) data, size, &limits, NULL);
  if (root == NULL ||
      !hammy_json_check_header (json_node_get_object (root), hammy_assessment_format.name,
                                hammy_assessment_format.version, NULL, NULL))
    return 0;

  assessment = hammy_assessment_new_from_json (root, NULL);
  if (assessment != NULL)
    {
      g_autoptr(JsonNode) node = hammy_assessment_to_json (assessment);
      g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
      g_autoptr(JsonNode) reread = NULL;
      g_autoptr(HammyAssessment) again = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      const char *text = g_bytes_get_data (bytes, &length);

      /* Through bytes, as the file would be written and read on the next start. */
      reread = hammy_json_parse_untrusted (text, length, &limits, &error);
      if (reread == NULL)
        g_error ("An accepted assessment is written as a file it cannot read: %s", error->message);
      again = hammy_assessment_new_from_json (reread, &error);
      if (again == NULL)
        g_error ("An accepted assessment does not read back: %s", error->message);
      g_assert_cmpint (hammy_assessment_get_phase (again), ==, hammy_assessment_get_phase (assessment));
    }

  return 0;
}
