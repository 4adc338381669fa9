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
/* The narrowest a phone makes a window, 360 pixels: a page never needs more. (The header
 * bar is libadwaita's, and squeezes by itself.) */
#define HAMMY_TEST_PHONE_WIDTH 360
void              hammy_test_assert_fits_phone  (GtkWidget    *page);
/* Makes @window phone-sized, checks @page gets no more than that, and sizes it back. For
 * pages that change their layout when narrow, where measuring alone cannot tell. */
void              hammy_test_assert_shrinks_to_phone (GtkWindow *window,
                                                      GtkWidget *page);
void              hammy_test_triage_answer      (GtkWidget    *triage_page,
                                                 const char   *answers_json);

G_END_DECLS
