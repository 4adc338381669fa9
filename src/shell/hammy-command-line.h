/* hammy-command-line.h: what Hammy does from the command line without opening a window: a
 * profile chosen by name, the handout, the visit summary and the log written to files, and a
 * demo patient added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-context.h"

G_BEGIN_DECLS

void hammy_command_line_add_options (GApplication     *application);
int  hammy_command_line_run         (HammyContext     *context,
                                     GVariantDict     *options);

G_END_DECLS
