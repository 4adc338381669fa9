/* fuzz-log-month.c: libFuzzer on a month of the log, checked as a month file is, with no store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>

#include "hammy-log.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static gboolean initialized;

  if (!initialized)
    {
      /* A critical is a bug the input found, not noise. */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  hammy_log_check_month_bytes ((const char *) data, size, NULL);

  return 0;
}
