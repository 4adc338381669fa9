/* hammy-core-test-utils.h: what the core tests, the fuzzers and the benchmarks share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-library.h"

G_BEGIN_DECLS

HammyLibrary *hammy_test_load_library   (void);
GAsyncResult *hammy_test_wait_result    (GAsyncResult **slot);
void          hammy_test_store_result   (GObject       *source,
                                         GAsyncResult  *result,
                                         gpointer       user_data);
char         *hammy_test_read_file      (const char    *path,
                                         gsize         *length);
/* Writes @contents (@length bytes, or up to the NUL when -1), making the folders above. */
void          hammy_test_write_file     (const char    *path,
                                         const char    *contents,
                                         gssize         length);
void          hammy_test_unref_and_wait_finalized (gpointer  object);

G_END_DECLS
