/* hammy-handout-print.h: the handout of a plan on paper or in a PDF, laid out with cairo and
 * Pango through GTK's print support, so it works offline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-file-flows.h"
#include "hammy-handout.h"

G_BEGIN_DECLS

void     hammy_handout_print       (GtkWindow     *parent,
                                    HammyContext  *context,
                                    HammyReport    report);
gboolean hammy_handout_export_pdf  (HammyHandout  *handout,
                                    const char    *path,
                                    GError       **error);

G_END_DECLS
