/* hammy-file-flows.h: plan files and backups going in and out of Hammy: reading them with a
 * preview before anything changes, and writing them where the person chose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"

G_BEGIN_DECLS

/* Each flow reports to the person through @report (a toast) or a dialog on @parent. */
typedef void (*HammyReport) (GtkWindow  *parent,
                             const char *message);

void hammy_file_flows_open          (GtkWindow    *parent,
                                     HammyContext *context,
                                     GFile       *file,
                                     HammyReport  report);
void hammy_file_flows_export_plan   (GtkWindow    *parent,
                                     HammyContext *context,
                                     GFile       *file,
                                     HammyReport  report);
void hammy_file_flows_back_up       (GtkWindow    *parent,
                                     HammyContext *context,
                                     GFile       *file,
                                     HammyReport  report);

void hammy_file_flows_choose_open   (GtkWindow    *parent,
                                     HammyContext *context,
                                     gboolean     backup,
                                     HammyReport  report);
void hammy_file_flows_choose_save   (GtkWindow    *parent,
                                     HammyContext *context,
                                     gboolean     backup,
                                     HammyReport  report);

G_END_DECLS
