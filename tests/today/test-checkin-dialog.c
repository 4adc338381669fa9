/* test-checkin-dialog.c: the morning check-in on its own: nothing chosen for the person and Save
 * waiting for every answer, each warning sign a choice of its own as the log keeps it, a new
 * sudden pain or pop as a new injury, and the run's pain asked only after a day with a run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-checkin-dialog.h"
#include "hammy-pain-picker.h"
#include "hammy-progression.h"
#include "hammy-test-utils.h"

static GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = hammy_test_find_named (root, name);

  if (widget == NULL)
    g_error ("Nothing called %s", name);
  return widget;
}

static gboolean
save_enabled (HammyCheckinDialog *dialog)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save");
}

static void
choose_sign (HammyCheckinDialog *dialog,
             const char         *id)
{
  g_autofree char *name = g_strdup_printf ("sign-%s", id);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, name)), TRUE);
}

static void
test_nothing_chosen_for_you (void)
{
  GtkWidget *parent = gtk_window_new ();
  HammyCheckinDialog *dialog = g_object_ref (hammy_checkin_dialog_new (GTK_WINDOW (parent), FALSE));
  HammyLogCheckin checkin = { 0 };
  const char *legs[] = { "checkin-leg-better", "checkin-leg-same", "checkin-leg-worse" };

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_mapped (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "later"));

  /* No answer is chosen for the person, and Save waits for them. */
  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (named (dialog, legs[i]))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (named (dialog, "sign-none"))));
  g_assert_false (save_enabled (dialog));
  g_assert_false (hammy_checkin_dialog_get_checkin (dialog, &checkin));

  /* The leg alone is not enough: the warning signs want an answer too, “none” included. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-worse")), TRUE);
  g_assert_false (save_enabled (dialog));
  choose_sign (dialog, "none");
  g_assert_true (save_enabled (dialog));
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_cmpint (checkin.leg, ==, HAMMY_COMPARED_WORSE);
  g_assert_null (checkin.warning);
  g_assert_false (checkin.reinjury);
  g_assert_cmpint (checkin.run_pain, ==, -1);
  /* Without a run to ask about, the run's question is not there, and the dialog says two. */
  g_assert_false (hammy_test_widget_is_mapped (named (dialog, "checkin-run-pain")));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Two short questions"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
}

/* Each warning sign is a choice of its own, kept as the log names it; a new sudden pain or pop
 * is a new injury, not a sign. */
static void
test_each_sign_its_own_choice (void)
{
  HammyCheckinDialog *dialog = g_object_ref (hammy_checkin_dialog_new (NULL, FALSE));
  const char * const *signs = hammy_progression_get_warning_signs ();
  HammyLogCheckin checkin = { 0 };

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-same")), TRUE);
  g_assert_cmpuint (g_strv_length ((char **) signs), >=, 6);
  for (guint i = 0; signs[i] != NULL; i++)
    {
      choose_sign (dialog, signs[i]);
      g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
      g_assert_cmpstr (checkin.warning, ==, signs[i]);
      g_assert_false (checkin.reinjury);
    }

  choose_sign (dialog, HAMMY_PROGRESSION_STOP_REINJURY);
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_null (checkin.warning);
  g_assert_true (checkin.reinjury);

  /* Only one at a time: choosing none takes the last one back. */
  choose_sign (dialog, "none");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (named (dialog, "sign-reinjury"))));

  /* As a caller sets them. */
  hammy_checkin_dialog_set_answer (dialog, HAMMY_COMPARED_BETTER, "numbness", -1);
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_cmpint (checkin.leg, ==, HAMMY_COMPARED_BETTER);
  g_assert_cmpstr (checkin.warning, ==, "numbness");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* After a day with a run: how much it hurt, on the session's pain buttons, or that there was no
 * run; Save waits for one of them. */
static void
test_run_pain_after_a_run (void)
{
  GtkWidget *parent = gtk_window_new ();
  HammyCheckinDialog *dialog = g_object_ref (hammy_checkin_dialog_new (GTK_WINDOW (parent), TRUE));
  HammyPainPicker *pain = HAMMY_PAIN_PICKER (named (dialog, "checkin-run-pain"));
  GtkCheckButton *no_run = GTK_CHECK_BUTTON (named (dialog, "checkin-no-run"));
  HammyLogCheckin checkin = { 0 };

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_mapped (pain));
  g_assert_true (hammy_checkin_dialog_asks_run (dialog));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Three short questions"));
  g_assert_cmpint (hammy_pain_picker_get_value (pain), ==, -1);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-same")), TRUE);
  choose_sign (dialog, "none");
  g_assert_false (save_enabled (dialog));

  hammy_pain_picker_set_value (pain, 3);
  g_assert_true (save_enabled (dialog));
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_cmpint (checkin.run_pain, ==, 3);

  /* No run after all: the pain given is taken back; a pain given again says there was one. */
  gtk_check_button_set_active (no_run, TRUE);
  g_assert_cmpint (hammy_pain_picker_get_value (pain), ==, -1);
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_cmpint (checkin.run_pain, ==, -1);
  hammy_pain_picker_set_value (pain, 0);
  g_assert_false (gtk_check_button_get_active (no_run));
  g_assert_true (hammy_checkin_dialog_get_checkin (dialog, &checkin));
  g_assert_cmpint (checkin.run_pain, ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
}

int
main (int   argc,
      char *argv[])
{
  hammy_test_init (&argc, &argv);
  adw_init ();

  g_test_add_func ("/checkin-dialog/nothing-chosen-for-you", test_nothing_chosen_for_you);
  g_test_add_func ("/checkin-dialog/each-sign-its-own-choice", test_each_sign_its_own_choice);
  g_test_add_func ("/checkin-dialog/run-pain-after-a-run", test_run_pain_after_a_run);

  return g_test_run ();
}
