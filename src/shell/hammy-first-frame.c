/* hammy-first-frame.c: reports when a window first paints, for the startup benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "hammy-first-frame.h"

/* Only when HAMMY_REPORT_FIRST_FRAME is set: print one line after the first frame is painted,
 * then quit, so tests/bench/startup can time launch to first paint from outside. */

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   GtkWindow     *window)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, window);

  fputs ("first-frame\n", stdout);
  fflush (stdout);

  if (application != NULL)
    g_application_quit (application);
}

static void
on_window_realize_cb (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (on_after_paint_cb), widget, 0);
}

void
hammy_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("HAMMY_REPORT_FIRST_FRAME") == NULL)
    return;

  g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), NULL);
}
