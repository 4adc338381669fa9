/* test-checkin-dialog.c: the morning check-in on its own: its answers as set and as clicked,
 * a setter that changes nothing notifies nothing, every warning sign listed, and gone when
 * closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-checkin-dialog.h"
#include "hammy-safety.h"
#include "hammy-test-utils.h"

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static gboolean
match_title (GtkWidget     *widget,
             gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = hammy_test_find_named (root, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
assert_answer (HammyCheckinDialog *dialog,
               HammyCompared       pain,
               HammyCompared       stiffness,
               gboolean            red_flag)
{
  HammyCompared got_pain, got_stiffness;
  gboolean got_red_flag;

  hammy_checkin_dialog_get_answer (dialog, &got_pain, &got_stiffness, &got_red_flag);
  g_assert_cmpint (got_pain, ==, pain);
  g_assert_cmpint (got_stiffness, ==, stiffness);
  g_assert_cmpint (got_red_flag, ==, red_flag);
}

static void
test_answers (void)
{
  GtkWidget *parent = gtk_window_new ();
  HammyCheckinDialog *dialog = g_object_ref (hammy_checkin_dialog_new (GTK_WINDOW (parent)));
  GtkWidget *red_flag;
  guint notified = 0;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_mapped (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "later"));

  /* Nothing chosen yet is “the same”, with no warning sign. */
  assert_answer (dialog, HAMMY_COMPARED_SAME, HAMMY_COMPARED_SAME, FALSE);

  /* Each answer, set as a caller would. */
  hammy_checkin_dialog_set_answer (dialog, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE, FALSE);
  assert_answer (dialog, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE, FALSE);
  hammy_checkin_dialog_set_answer (dialog, HAMMY_COMPARED_WORSE, HAMMY_COMPARED_BETTER, TRUE);
  assert_answer (dialog, HAMMY_COMPARED_WORSE, HAMMY_COMPARED_BETTER, TRUE);

  /* The same answer again changes nothing, and so says nothing. */
  red_flag = named (dialog, "checkin-red-flag");
  g_signal_connect (red_flag, "notify::active", G_CALLBACK (count_notify_cb), &notified);
  g_signal_connect (named (dialog, "checkin-pain-worse"), "notify::active", G_CALLBACK (count_notify_cb), &notified);
  hammy_checkin_dialog_set_answer (dialog, HAMMY_COMPARED_WORSE, HAMMY_COMPARED_BETTER, TRUE);
  g_assert_cmpuint (notified, ==, 0);
  hammy_checkin_dialog_set_answer (dialog, HAMMY_COMPARED_WORSE, HAMMY_COMPARED_BETTER, FALSE);
  g_assert_cmpuint (notified, ==, 1);

  /* As clicked: one choice of three in each row. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-pain-same")), TRUE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-pain-worse"))));
  g_assert_cmpuint (notified, ==, 2);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-stiffness-worse")), TRUE);
  gtk_switch_set_active (GTK_SWITCH (red_flag), TRUE);
  assert_answer (dialog, HAMMY_COMPARED_SAME, HAMMY_COMPARED_WORSE, TRUE);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
}

/* The warning signs are the first-run notice's, every one, said as the notice says them. */
static void
test_lists_every_sign (void)
{
  HammyCheckinDialog *dialog = g_object_ref (hammy_checkin_dialog_new (NULL));
  HammyClinicianSign sign;
  guint n = 0;

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++, n++)
    {
      GtkWidget *row = hammy_test_find (GTK_WIDGET (dialog), match_title, sign.signs);

      g_assert_nonnull (row);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, sign.action);
    }
  g_assert_cmpuint (n, ==, hammy_safety_get_n_clinician_signs ());
  g_assert_cmpuint (n, >, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/checkin-dialog/answers", test_answers);
  g_test_add_func ("/checkin-dialog/lists-every-sign", test_lists_every_sign);

  return g_test_run ();
}
