/* hammy-store-private.h: what the tests need of the store beyond its public API: failures
 * made to order, so every reason Hammy gives can be seen without breaking a disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-store.h"

G_BEGIN_DECLS

/* Asked before each system call the store makes on the data folder, with the call's name
 * ("open", "write", "fsync", "rename", "link", "mkdir", "flock", "read") and the path: returns
 * an errno for the call to fail with, or 0 to let it run. */
typedef int (*HammyStoreFault) (const char *operation,
                                const char *path,
                                gpointer    user_data);

/* For the whole process; NULL ends it. */
void hammy_store_set_fault (HammyStoreFault fault,
                            gpointer        user_data);

G_END_DECLS
