/* fuzz-backup.c: libFuzzer on a .hammybackup from outside, read as Hammy reads one for a
 * preview; what it accepts is walked as the preview and a restore would walk it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "hammy-backup.h"
#include "hammy-core-test-utils.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HammyLibrary *library;
  g_autoptr(HammyBackup) backup = NULL;

  if (library == NULL)
    {
      /* A critical is a bug the input found, not noise. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      library = hammy_test_load_library ();
    }

  backup = hammy_backup_new_from_bytes ((const char *) data, size, library, NULL);
  if (backup != NULL)
    {
      GListModel *assessments = hammy_backup_get_assessments (backup);

      g_assert_nonnull (hammy_backup_get_created (backup));
      for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
        {
          g_autoptr(HammyAssessment) assessment = g_list_model_get_item (assessments, i);
          g_autoptr(JsonNode) node = hammy_assessment_to_json (assessment);

          g_assert_nonnull (node);
        }
      for (guint i = 0; i < hammy_backup_get_n_months (backup); i++)
        g_assert_nonnull (hammy_backup_get_month (backup, i));
      if (hammy_backup_get_plan (backup) != NULL)
        {
          g_autoptr(JsonNode) node = hammy_plan_to_json (hammy_backup_get_plan (backup));

          g_assert_nonnull (node);
        }
    }

  return 0;
}
