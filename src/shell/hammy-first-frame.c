/* hammy-first-frame.c: runs work once a window has painted its first frame, so that what need
 * not be on it never delays it; and reports that frame for the startup benchmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "hammy-first-frame.h"

/* One piece of work waiting for one window's first frame. */
typedef struct
{
  GtkWidget           *window;         /* weak */
  GdkFrameClock       *frame_clock;    /* weak; set once the window is realized */
  gulong               realize_handler;
  gulong               paint_handler;
  HammyFirstFrameFunc  func;
  gpointer             user_data;
} HammyFirstFrameWaiter;

static void on_window_finalized_cb (gpointer  data,
                                    GObject  *where_it_was);

static void
waiter_free (HammyFirstFrameWaiter *waiter)
{
  if (waiter->frame_clock != NULL)
    {
      g_clear_signal_handler (&waiter->paint_handler, waiter->frame_clock);
      g_clear_weak_pointer (&waiter->frame_clock);
    }
  if (waiter->window != NULL)
    {
      g_clear_signal_handler (&waiter->realize_handler, waiter->window);
      g_object_weak_unref (G_OBJECT (waiter->window), on_window_finalized_cb, waiter);
    }
  g_free (waiter);
}

/* A window that goes before it paints takes its waiting work with it. */
static void
on_window_finalized_cb (gpointer  data,
                        GObject  *where_it_was)
{
  HammyFirstFrameWaiter *waiter = data;

  waiter->window = NULL;
  waiter_free (waiter);
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock         *frame_clock,
                               HammyFirstFrameWaiter *waiter)
{
  g_autoptr(GtkWindow) window = GTK_WINDOW (g_object_ref (waiter->window));
  HammyFirstFrameFunc func = waiter->func;
  gpointer user_data = waiter->user_data;

  waiter_free (waiter);
  func (window, user_data);
}

static void
watch_frame_clock (HammyFirstFrameWaiter *waiter)
{
  waiter->frame_clock = gtk_widget_get_frame_clock (waiter->window);
  g_object_add_weak_pointer (G_OBJECT (waiter->frame_clock), (gpointer *) &waiter->frame_clock);
  waiter->paint_handler = g_signal_connect (waiter->frame_clock, "after-paint",
                                            G_CALLBACK (on_frame_clock_after_paint_cb), waiter);
}

static void
on_window_realize_cb (GtkWidget             *window,
                      HammyFirstFrameWaiter *waiter)
{
  g_clear_signal_handler (&waiter->realize_handler, window);
  watch_frame_clock (waiter);
}

/* Only when HAMMY_REPORT_FIRST_FRAME is set: one line after the first frame, then quit, so
 * tests/bench/startup can time launch to first paint from outside. The line also gives the
 * CPU time the process has used by then, all its threads together, in microseconds: a
 * figure that a busy machine disturbs less than the time on the clock. */
static void
report_first_frame (GtkWindow *window,
                    gpointer   user_data)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));
  struct rusage usage = { 0 };

  getrusage (RUSAGE_SELF, &usage);
  printf ("first-frame %" G_GINT64_FORMAT "\n",
          (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
          usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  fflush (stdout);

  if (application != NULL)
    g_application_quit (application);
}

/**
 * hammy_first_frame_connect:
 * @window: a window, usually not painted yet
 * @func: what to run
 * @user_data: for @func
 *
 * Runs @func once, right after the next frame @window paints: its first, when it is called
 * before the window is shown. Nothing runs if the window goes first.
 */
void
hammy_first_frame_connect (GtkWindow           *window,
                           HammyFirstFrameFunc  func,
                           gpointer             user_data)
{
  HammyFirstFrameWaiter *waiter;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (func != NULL);

  waiter = g_new0 (HammyFirstFrameWaiter, 1);
  waiter->window = GTK_WIDGET (window);
  waiter->func = func;
  waiter->user_data = user_data;
  g_object_weak_ref (G_OBJECT (window), on_window_finalized_cb, waiter);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    watch_frame_clock (waiter);
  else
    waiter->realize_handler = g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), waiter);
}

void
hammy_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("HAMMY_REPORT_FIRST_FRAME") == NULL)
    return;

  hammy_first_frame_connect (window, report_first_frame, NULL);
}
