/* test-safety-notice.c: the first-run safety notice on its own: its words, each sign with what
 * to do first, one answer that also closes it, and gone when closed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-safety.h"
#include "hammy-safety-notice.h"
#include "hammy-test-utils.h"

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                GPtrArray        *responses)
{
  g_ptr_array_add (responses, g_strdup (response));
}

static void
test_says_every_sign (void)
{
  GtkWidget *parent = gtk_window_new ();
  HammySafetyNotice *notice = g_object_ref (hammy_safety_notice_new (GTK_WINDOW (parent)));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (notice);
  g_autoptr(GPtrArray) responses = g_ptr_array_new_with_free_func (g_free);
  GtkListBox *list;
  HammyClinicianSign sign;
  guint n = 0;

  gtk_window_present (GTK_WINDOW (notice));
  g_assert_true (hammy_test_wait_mapped (notice));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (notice)) == GTK_WINDOW (parent));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, hammy_safety_notice_get_title ());
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, hammy_safety_notice_get_intro ());

  /* What to do first, then the signs, in the order core gives them, and nothing else. */
  list = GTK_LIST_BOX (hammy_test_find_widget (GTK_WIDGET (notice), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (list);
  for (; hammy_safety_get_clinician_sign (n, &sign); n++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, n);

      g_assert_true (ADW_IS_ACTION_ROW (row));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, sign.action);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, sign.signs);
      g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
    }
  g_assert_cmpuint (n, ==, hammy_safety_get_n_clinician_signs ());
  g_assert_null (gtk_list_box_get_row_at_index (list, n));

  /* One answer, which Escape gives too: the notice cannot be left unanswered. */
  g_assert_true (adw_message_dialog_has_response (dialog, "understood"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "understood");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "understood");
  g_signal_connect (notice, "response", G_CALLBACK (on_response_cb), responses);
  gtk_window_close (GTK_WINDOW (notice));
  g_assert_true (hammy_test_wait_until (responses->len > 0, HAMMY_TEST_WAIT_MS));
  g_assert_cmpuint (responses->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (responses, 0), ==, "understood");

  gtk_window_destroy (GTK_WINDOW (notice));
  g_assert_finalize_object (notice);
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/safety-notice/says-every-sign", test_says_every_sign);

  return g_test_run ();
}
