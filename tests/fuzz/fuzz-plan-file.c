/* fuzz-plan-file.c: libFuzzer on a .hammyplan from outside, read as Hammy reads one; a plan it
 * accepts must also survive being written out and read again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "hammy-core-test-utils.h"
#include "hammy-plan.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static HammyLibrary *library;
  g_autoptr(HammyPlan) plan = NULL;

  if (library == NULL)
    {
      /* A critical is a bug the input found, not noise. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      library = hammy_test_load_library ();
    }

  plan = hammy_plan_new_from_file_bytes ((const char *) data, size, library, NULL);
  if (plan != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GBytes) bytes = hammy_plan_to_file_bytes (plan, now);
      g_autoptr(GError) error = NULL;
      g_autoptr(HammyPlan) again = NULL;
      gsize length;
      const char *text = g_bytes_get_data (bytes, &length);

      again = hammy_plan_new_from_file_bytes (text, length, library, &error);
      if (again == NULL)
        g_error ("An accepted plan file does not read back: %s", error->message);
      g_assert_cmpuint (hammy_plan_get_n_items (again), ==, hammy_plan_get_n_items (plan));
    }

  return 0;
}
