/* hammy-test-keys.c: real key presses for keyboard-only tests: each goes through the X server
 * (XTest) to whatever has the focus, as a person's keyboard would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <gdk/x11/gdkx.h>

#include "hammy-test-keys.h"
#include "hammy-test-wait.h"

/* Time enough for the X server to hand the key to GTK, and GTK to act on it and draw. */
#define SETTLE_MS 60

static Display *
get_xdisplay (GtkWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  g_assert_true (GDK_IS_X11_DISPLAY (display));
  return gdk_x11_display_get_xdisplay (display);
}

/* Without a window manager nobody gives a window the keyboard: the test does, as a click on
 * the window would. */
static void
give_keyboard (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *xdisplay = get_xdisplay (window);

  XSetInputFocus (xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XSync (xdisplay, False);
  hammy_test_run_for (10);
}

static void
press_keysym (Display *xdisplay,
              KeySym   keysym,
              gboolean down)
{
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (xdisplay, code, down, CurrentTime);
}

/* Presses and lets go of @keyval with @modifiers (Shift, Control) held, and waits for the app
 * to have dealt with it. */
void
hammy_test_keys_type (GtkWindow       *window,
                      guint            keyval,
                      GdkModifierType  modifiers)
{
  Display *xdisplay = get_xdisplay (window);

  g_return_if_fail (GTK_IS_WINDOW (window));

  give_keyboard (window);
  if (modifiers & GDK_SHIFT_MASK)
    press_keysym (xdisplay, XK_Shift_L, TRUE);
  if (modifiers & GDK_CONTROL_MASK)
    press_keysym (xdisplay, XK_Control_L, TRUE);
  press_keysym (xdisplay, keyval, TRUE);
  press_keysym (xdisplay, keyval, FALSE);
  if (modifiers & GDK_CONTROL_MASK)
    press_keysym (xdisplay, XK_Control_L, FALSE);
  if (modifiers & GDK_SHIFT_MASK)
    press_keysym (xdisplay, XK_Shift_L, FALSE);
  XSync (xdisplay, False);
  hammy_test_run_for (SETTLE_MS);
}

/* A click in the middle of @widget with the pointer, as a person's first tap would be: pressed
 * and let go where the widget was when the press began. */
void
hammy_test_keys_click (GtkWindow *window,
                       GtkWidget *widget)
{
  Display *xdisplay = get_xdisplay (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_rect_t bounds;
  double x, y;
  int root_x, root_y;
  Window child;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  /* Surface coordinates include the window's shadow. */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &x, &y);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface), DefaultRootWindow (xdisplay),
                         (int) (x + bounds.origin.x + bounds.size.width / 2),
                         (int) (y + bounds.origin.y + bounds.size.height / 2),
                         &root_x, &root_y, &child);
  give_keyboard (window);
  XTestFakeMotionEvent (xdisplay, -1, root_x, root_y, CurrentTime);
  XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
  XSync (xdisplay, False);
  hammy_test_run_for (SETTLE_MS);
  XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
  XSync (xdisplay, False);
  hammy_test_run_for (SETTLE_MS);
}

/* The widget with the keyboard focus in @window, or NULL. */
GtkWidget *
hammy_test_keys_focus (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Tab until @target (or a widget inside it) has the focus, as a person looking for it would;
 * FALSE when @max_presses were not enough. */
gboolean
hammy_test_keys_tab_to (GtkWindow *window,
                        GtkWidget *target,
                        guint      max_presses)
{
  for (guint i = 0; i <= max_presses; i++)
    {
      GtkWidget *focus = hammy_test_keys_focus (window);

      if (focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target)))
        return TRUE;
      if (g_getenv ("HAMMY_TEST_KEYS_DEBUG") != NULL)
        g_printerr ("Tab %u: %s %s\n", i, focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing",
                    focus != NULL && GTK_IS_BUTTON (focus) && gtk_button_get_label (GTK_BUTTON (focus)) != NULL
                      ? gtk_button_get_label (GTK_BUTTON (focus)) : "");
      if (i < max_presses)
        hammy_test_keys_type (window, GDK_KEY_Tab, 0);
    }

  return FALSE;
}
