/* hammy-log-csv.h: the log as a spreadsheet file: one row for each set and each morning
 * check-in, as comma-separated values in UTF-8.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-library.h"
#include "hammy-log.h"

G_BEGIN_DECLS

GBytes *hammy_log_to_csv (HammyLog     *log,
                          HammyLibrary *library);

G_END_DECLS
