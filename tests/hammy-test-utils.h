/* hammy-test-utils.h: shared helpers for the widget tests: an application, waiting, finding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-application.h"
#include "hammy-test-wait.h"
#include "hammy-window.h"

G_BEGIN_DECLS

void              hammy_test_init               (int          *argc,
                                                 char       ***argv);
HammyApplication *hammy_test_application_new    (void);
void              hammy_test_reset_settings     (GSettings    *settings);
typedef gboolean (*HammyTestMatch) (GtkWidget     *widget,
                                    gconstpointer  data);

GtkWidget        *hammy_test_find               (GtkWidget      *root,
                                                 HammyTestMatch  match,
                                                 gconstpointer   data);
GtkWidget        *hammy_test_find_widget        (GtkWidget    *root,
                                                 GType         type);
GtkWidget        *hammy_test_find_named         (GtkWidget    *root,
                                                 const char   *name);
GtkWindow        *hammy_test_find_toplevel      (GType         type);
HammyWindow      *hammy_test_present_window     (HammyApplication *app,
                                                 int           width,
                                                 int           height);
void              hammy_test_close_window       (HammyWindow  *window);
void              hammy_test_triage_answer      (GtkWidget    *triage_page,
                                                 const char   *answers_json);

G_END_DECLS
