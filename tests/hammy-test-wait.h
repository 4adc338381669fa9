/* hammy-test-wait.h: waiting in widget tests, with GTK only: shared by the app's widget
 * tests and the media tests, which do not link the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean  hammy_test_wait_for          (gboolean (*condition) (gpointer data),
                                        gpointer   data,
                                        guint      timeout_ms);
void      hammy_test_wait_idle         (guint      ms);
gboolean  hammy_test_widget_is_mapped  (gpointer   widget);

G_END_DECLS
