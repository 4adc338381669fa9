/* test-unreadable-start.c: Hammy started on a data folder whose plan.json is a link to
 * /proc/self/pagemap, which reports a size of 0 and goes on for gigabytes. The window paints,
 * says the file is not a plan, moves the link aside, and the whole process never holds more
 * than 300 MB (its peak resident memory, VmHWM, is measured and printed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hammy-test-utils.h"
#include "hammy-window.h"

#define MAX_PEAK_KIB (300 * 1024)

/* The peak resident memory of this process so far, in KiB (VmHWM in /proc/self/status). */
static guint64
peak_resident_kib (void)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmHWM:"))
      return g_ascii_strtoull (lines[i] + strlen ("VmHWM:"), NULL, 10);

  g_assert_not_reached ();
}

static gboolean
match_not_a_plan (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), "so it is not a plan") != NULL;
}

static void
test_pagemap_plan_starts_small (void)
{
  g_autofree char *profile = g_build_filename (g_get_user_data_dir (), "hammy", "profiles", "default", NULL);
  g_autofree char *plan = g_build_filename (profile, "plan.json", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(HammyApplication) app = NULL;
  GtkWidget *said = NULL;
  HammyWindow *window;
  const char *name;
  gboolean link_kept = FALSE;
  guint64 peak;
  GStatBuf info;

  g_assert_cmpint (g_mkdir_with_parents (profile, 0700), ==, 0);
  g_assert_cmpint (symlink ("/proc/self/pagemap", plan), ==, 0);

  app = hammy_test_application_new ();
  hammy_test_reset_settings (hammy_application_get_settings (app));
  window = hammy_test_present_window (app, -1, -1);
  g_assert_true (hammy_test_wait_frame (window));

  /* The toast stays until the person has read it. */
  g_assert_true (hammy_test_wait_until ((said = hammy_test_find (GTK_WIDGET (window), match_not_a_plan, NULL)) != NULL,
                                        10000));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (said)), "the link was moved to"));

  /* The link was moved, not what it leads to copied. */
  g_assert_cmpint (g_lstat (plan, &info), !=, 0);
  dir = g_dir_open (profile, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "plan.json.damaged-"))
      {
        g_autofree char *path = g_build_filename (profile, name, NULL);
        g_autofree char *target = g_file_read_link (path, NULL);

        g_assert_cmpstr (target, ==, "/proc/self/pagemap");
        link_kept = TRUE;
      }
  g_assert_true (link_kept);

  peak = peak_resident_kib ();
  g_test_message ("started on a plan.json linked to /proc/self/pagemap: peak resident memory %" G_GUINT64_FORMAT
                  " KiB (%.1f MB), limit %d MB", peak, peak / 1024.0, MAX_PEAK_KIB / 1024);
  g_assert_cmpuint (peak, <, MAX_PEAK_KIB);

  hammy_test_close_window (window);
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);

  g_test_add_func ("/unreadable-start/pagemap-plan", test_pagemap_plan_starts_small);

  return g_test_run ();
}
