/* hammy-test-wait.c: waiting in widget tests, with GTK only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-test-wait.h"

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
hammy_test_wait_for (gboolean (*condition) (gpointer data),
                     gpointer   data,
                     guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (source);

  return condition (data);
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
hammy_test_wait_idle (guint ms)
{
  hammy_test_wait_for (never, NULL, ms);
}

gboolean
hammy_test_widget_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}
