/* test-plan-editor.c: the morning check-in offered once, a proposal accepted from Today, the
 * plan edited through the editor's real widgets and checked in plan.json on disk, and a
 * warning sign that stops the plan until a new check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hammy-checkin-dialog.h"
#include "hammy-paths.h"
#include "hammy-plan-editor.h"
#include "hammy-plan-item-row.h"
#include "hammy-test-utils.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"

/* A build plan as Hammy 0.3 saved it: format version 1, one list. */
static const char old_plan[] =
  "{\"format\": \"hammy-plan\", \"version\": 1, \"created\": \"2026-03-01T09:00:00Z\", \"phase\": \"build\","
  " \"edited\": false, \"imported\": false, \"items\": ["
  "{\"exercise\": \"single-leg-bridge\", \"sets\": 2, \"reps\": 12, \"per_side\": true, \"load\": \"medium\"},"
  "{\"exercise\": \"askling-extender\", \"sets\": 3, \"reps\": 12, \"per_side\": true, \"load\": \"bodyweight\"},"
  "{\"exercise\": \"askling-diver\", \"sets\": 3, \"reps\": 6, \"per_side\": true, \"load\": \"bodyweight\"},"
  "{\"exercise\": \"askling-glider\", \"sets\": 3, \"reps\": 4, \"per_side\": true, \"load\": \"bodyweight\"},"
  "{\"exercise\": \"plank\", \"sets\": 3, \"hold_seconds\": 20, \"per_side\": false, \"load\": \"bodyweight\"},"
  "{\"exercise\": \"ball-hamstring-curl\", \"sets\": 3, \"reps\": 8, \"per_side\": false, \"load\": \"bodyweight\"}]}";

static HammyApplication *app;

typedef struct
{
  HammyWindow *window;
  GtkWidget   *today;
  HammyData   *data;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hammy_test_reset_settings (hammy_application_get_settings (app));
  f->window = hammy_test_present_window (app, 1000, 800);
  f->today = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TODAY_PAGE);
  f->data = hammy_window_get_data (f->window);
  g_assert_true (hammy_test_wait_data_loaded (f->data));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "today"));
  g_assert_true (hammy_test_wait_mapped (f->today));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_data_flush (f->data);
  hammy_test_close_window (f->window);
}

static char *
profile_path (const char *name)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();

  return g_build_filename (root, "profiles", "default", name, NULL);
}

static JsonObject *
read_plan_json (void)
{
  g_autofree char *path = profile_path ("plan.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
item_on_disk (JsonObject *plan,
              const char *exercise)
{
  JsonArray *items = json_object_get_array_member (plan, "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "exercise"), exercise))
        return item;
    }

  return NULL;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  GtkWindow *window = hammy_test_wait_toplevel (type);

  g_assert_nonnull (window);
  return window;
}

static GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = hammy_test_find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("No widget named “%s”", name);
  return widget;
}

/* A click, as the button's own handler takes it: activating a GtkButton waits 250 ms first. */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

/* What a response button does: the response, then the dialog goes. */
static void
respond (gpointer    dialog,
         const char *response)
{
  GType type = G_OBJECT_TYPE (dialog);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hammy_test_wait_no_toplevel (type));
}

/* Three build sessions on the three days before today, each morning after the same as usual
 * but for this morning's, which the check-in asks for. */
static void
place_history (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *plan = profile_path ("plan.json");
  g_autofree char *directory = g_path_get_dirname (plan);
  g_autoptr(HammyStore) store = hammy_store_new (root);
  g_autoptr(HammyLog) log = hammy_log_new (store, "profiles/default/log");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0, 0);

  g_mkdir_with_parents (directory, 0700);
  g_assert_true (g_file_set_contents (plan, old_plan, -1, NULL));

  for (int back = 3; back >= 1; back--)
    {
      g_autoptr(GDateTime) started = g_date_time_add_hours (midnight, -24 * back + 8);
      g_autoptr(GDateTime) next_morning = g_date_time_add_hours (started, 16);
      g_autofree char *date = g_date_time_format (next_morning, "%Y-%m-%d");
      g_autofree char *session = g_strdup (hammy_log_begin_session (log, started, "build", 2));
      HammyLogSet bridge = { (char *) "single-leg-bridge", HAMMY_SIDE_BOTH, 1, 12, 0, 0, 0, 0, NULL, 0 };
      HammyLogSet extender = { (char *) "askling-extender", HAMMY_SIDE_BOTH, 1, 12, 0, 0, 3, 0, NULL, 0 };
      HammyLogCheckin checkin = { date, HAMMY_COMPARED_SAME, NULL, -1, FALSE };

      hammy_log_add_set (log, session, &bridge, NULL, NULL);
      hammy_log_add_set (log, session, &extender, NULL, NULL);
      hammy_log_end_session (log, session, started, HAMMY_SESSION_DONE);
      if (back > 1)
        hammy_log_add_checkin (log, &checkin);
    }
  hammy_store_flush (store);
}

/* ---- the morning check-in ------------------------------------------------------------ */

static void
test_checkin_offered_once (Fixture       *f,
                           gconstpointer  data)
{
  HammyCheckinDialog *dialog = HAMMY_CHECKIN_DIALOG (wait_for_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
  HammyLog *log = hammy_data_get_log (f->data);
  const HammyLogCheckin *checkin;
  guint before = hammy_log_get_n_checkins (log);

  /* The plan from Hammy 0.3 was read through the migration. */
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");

  /* The same as usual, no warning sign: clicked as a person would. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-same")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "sign-none")), TRUE);
  if (hammy_checkin_dialog_asks_run (dialog))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "checkin-no-run")), TRUE);
  respond (dialog, "save");
  g_assert_true (hammy_test_wait_until (hammy_log_get_n_checkins (log) == before + 1, HAMMY_TEST_WAIT_MS));

  g_assert_cmpuint (hammy_log_get_n_checkins (log), ==, before + 1);
  checkin = hammy_log_get_checkin (log, hammy_log_get_n_checkins (log) - 1);
  g_assert_cmpint (checkin->leg, ==, HAMMY_COMPARED_SAME);
  g_assert_null (checkin->warning);
  g_assert_false (checkin->reinjury);

  /* Once a day: Today updating again (as on every change) does not ask again. */
  g_signal_emit_by_name (f->data, "changed");
  /* Today offers the check-in from an idle: that has run, and asked nothing. */
  g_assert_true (hammy_test_wait_queued ());
  g_assert_null (hammy_test_find_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
}

/* ---- a proposal ---------------------------------------------------------------------- */

static void
test_proposal_accepted (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *why = named (f->today, "today-proposal");
  g_autoptr(JsonObject) on_disk = NULL;

  /* Three full, comfortable sessions and no worse morning: the harder bridge, and why. */
  g_assert_true (gtk_widget_get_mapped (why));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (why)), "harder"));
  g_assert_true (gtk_widget_get_mapped (named (f->today, "today-accept")));

  click (named (f->today, "today-accept"));
  hammy_data_flush (f->data);

  on_disk = read_plan_json ();
  g_assert_cmpint (json_object_get_int_member (on_disk, "version"), ==, 3);
  g_assert_nonnull (item_on_disk (on_disk, "single-leg-bridge-step"));
  g_assert_null (item_on_disk (on_disk, "single-leg-bridge"));
  /* The exercise's own count starts again from today (docs/programme.md, "Steps"). */
  g_assert_true (json_object_has_member (item_on_disk (on_disk, "single-leg-bridge-step"), "changed"));

  /* Taken: the count starts again, and the page says why the plan holds. */
  g_assert_true (hammy_test_wait_until (hammy_test_find_named (f->today, "today-hold") != NULL, HAMMY_TEST_WAIT_MS));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (f->today, "today-hold"))), "Keep going"));
  g_assert_null (hammy_test_find_named (f->today, "today-accept"));
}

/* ---- the editor ---------------------------------------------------------------------- */

static void
select_variant (GtkWidget  *combo,
                const char *id)
{
  const char * const *variants = hammy_plan_item_row_get_variants (hammy_plan_item_row_find (combo));

  for (guint i = 0; variants[i] != NULL; i++)
    if (g_str_equal (variants[i], id))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (combo), i);
        return;
      }

  g_error ("“%s” is not offered", id);
}

static void
test_edits_through_the_editor (Fixture       *f,
                               gconstpointer  data)
{
  HammyPlan *plan = hammy_data_get_plan (f->data);
  g_autoptr(JsonObject) on_disk = NULL;
  GtkWindow *editor;
  GtkWidget *entry;
  JsonObject *item;
  int plank;

  click (named (f->today, "today-edit-plan"));
  editor = wait_for_toplevel (HAMMY_TYPE_PLAN_EDITOR);

  /* Sets, repetitions, a hold and a load, each on its own control. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (editor, "sets:askling-extender")), 4);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (editor, "reps:askling-extender")), 10);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (named (editor, "hold:plank")), 40);
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "load:single-leg-bridge-step")), 3);

  /* The diver for its harder variant, the wall-supported RDL. */
  select_variant (named (editor, "variant:askling-diver"), "rdl-wall");
  /* The editor rebuilds its rows from an idle. */
  g_assert_true (hammy_test_wait_queued ());

  /* A note on an exercise and a private note, applied as the apply button does. */
  entry = named (editor, "note:plank");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Knees down if the back sags.");
  g_signal_emit_by_name (entry, "apply");
  entry = named (editor, "editor-private-note");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Physio on Thursday.");
  g_signal_emit_by_name (entry, "apply");

  /* An exercise from the library into the warm-up. */
  click (named (editor, "editor-add-warmup"));
  g_assert_true (hammy_test_wait_queued ());
  g_signal_emit_by_name (named (editor, "editor-add-list"), "row-activated", named (editor, "add:standing-quad-stretch"));
  g_assert_true (hammy_test_wait_queued ());

  /* Removed and undone: back where it was; removed for good. */
  plank = hammy_plan_find_item (plan, "plank");
  click (named (editor, "remove:plank"));
  g_assert_cmpint (hammy_plan_find_item (plan, "plank"), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.undo-remove", NULL));
  g_assert_cmpint (hammy_plan_find_item (plan, "plank"), ==, plank);
  g_assert_true (hammy_test_wait_queued ());
  click (named (editor, "remove:ball-hamstring-curl"));
  g_assert_true (hammy_test_wait_queued ());

  gtk_window_close (editor);
  g_assert_true (hammy_test_wait_no_toplevel (HAMMY_TYPE_PLAN_EDITOR));
  hammy_data_flush (f->data);

  /* Everything is in plan.json, and the plan counts as edited by hand. */
  on_disk = read_plan_json ();
  g_assert_true (json_object_get_boolean_member (on_disk, "edited"));
  g_assert_cmpstr (json_object_get_string_member (on_disk, "private_note"), ==, "Physio on Thursday.");
  item = item_on_disk (on_disk, "askling-extender");
  g_assert_cmpint (json_object_get_int_member (item, "sets"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (item, "reps"), ==, 10);
  item = item_on_disk (on_disk, "plank");
  g_assert_cmpint (json_object_get_int_member (item, "hold_seconds"), ==, 40);
  g_assert_cmpstr (json_object_get_string_member (item, "note"), ==, "Knees down if the back sags.");
  g_assert_cmpstr (json_object_get_string_member (item_on_disk (on_disk, "single-leg-bridge-step"), "load"), ==, "heavy");
  g_assert_null (item_on_disk (on_disk, "askling-diver"));
  g_assert_nonnull (item_on_disk (on_disk, "rdl-wall"));
  g_assert_null (item_on_disk (on_disk, "ball-hamstring-curl"));
  item = item_on_disk (on_disk, "standing-quad-stretch");
  g_assert_cmpstr (json_object_get_string_member (item, "section"), ==, "warmup");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (on_disk, "items"), 0),
                                                  "exercise"), ==, "standing-quad-stretch");

  /* Today shows the private note. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (f->today, "today-private-note"))), ==, "Physio on Thursday.");
}

/* ---- a warning sign ------------------------------------------------------------------ */

static void
test_warning_sign_stops_until_a_check (Fixture       *f,
                                       gconstpointer  data)
{
  GtkWidget *triage = hammy_test_find_widget (GTK_WIDGET (f->window), HAMMY_TYPE_TRIAGE_PAGE);
  HammyCheckinDialog *dialog;
  HammyPlan *plan = hammy_data_get_plan (f->data);
  g_autoptr(JsonObject) on_disk = NULL;

  click (named (f->today, "today-check-in"));
  dialog = HAMMY_CHECKIN_DIALOG (wait_for_toplevel (HAMMY_TYPE_CHECKIN_DIALOG));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (dialog, "checkin-leg-worse")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "sign-rf_weakness")), TRUE);
  if (hammy_checkin_dialog_asks_run (dialog))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (named (dialog, "checkin-no-run")), TRUE);
  respond (dialog, "save");
  g_assert_true (hammy_test_wait_until (g_strcmp0 (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), "stopped") == 0,
                                        HAMMY_TEST_WAIT_MS));

  /* Which sign, and what to do about it. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (f->today, "today-stop-text"))), "weakness"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (f->today, "today-stop-text"))), "Have it seen today"));
  hammy_data_flush (f->data);
  on_disk = read_plan_json ();
  g_assert_true (json_object_has_member (on_disk, "stopped"));

  /* A new check that allows training brings the edited plan back, as it was. */
  hammy_test_triage_answer (triage, HAMMY_TEST_ANSWERS_BUILD);
  g_assert_true (hammy_data_get_plan (f->data) == plan);
  g_assert_cmpstr (hammy_today_page_get_state (HAMMY_TODAY_PAGE (f->today)), ==, "plan");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  hammy_test_init (&argc, &argv);
  place_history ();
  app = hammy_test_application_new ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-editor/checkin-offered-once", test_checkin_offered_once);
  ADD ("/plan-editor/proposal-accepted", test_proposal_accepted);
  ADD ("/plan-editor/edits-through-the-editor", test_edits_through_the_editor);
  ADD ("/plan-editor/warning-sign-stops-until-a-check", test_warning_sign_stops_until_a_check);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return status;
}
