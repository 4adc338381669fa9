/* hammy-test-keys.h: real key presses for keyboard-only tests: each goes through the X server
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
GtkWidget *hammy_test_keys_focus      (GtkWindow       *window);
gboolean   hammy_test_keys_tab_to     (GtkWindow       *window,
                                       GtkWidget       *target,
                                       guint            max_presses);

G_END_DECLS
