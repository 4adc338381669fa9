/* hammy-file-names.h: the names Hammy suggests for the files it saves for a person: whose they
 * are first, in characters every file system takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest a patient's name gets in a file name, in characters. */
#define HAMMY_FILE_NAME_MAX_PATIENT 60

char *hammy_file_name_for_patient (const char *patient,
                                   const char *document);

G_END_DECLS
