/* minimal-window.c: the baseline for tests/bench/startup: the smallest libadwaita window with a
 * header bar, same default size as Hammy's, reporting its first frame the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "hammy-first-frame.h"

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  hammy_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.hammyapp.MinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
