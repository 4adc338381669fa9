/* hammy-test-keys.h: real key presses (and clicks) for keyboard-only tests: each goes through the X server
 * to whatever has the focus, as a person's keyboard would, never to a widget picked by the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       hammy_test_keys_type       (GtkWindow       *window,
                                       guint            keyval,
                                       GdkModifierType  modifiers);
void       hammy_test_keys_click      (GtkWindow       *window,
                                       GtkWidget       *widget);
GtkWidget *hammy_test_keys_focus      (GtkWindow       *window);
gboolean   hammy_test_keys_tab_to     (GtkWindow       *window,
                                       GtkWidget       *target,
                                       guint            max_presses);

G_END_DECLS
