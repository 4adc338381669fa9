/* hammy-file-flows.c: plan files and backups going in and out of Hammy.
 *
 * A file from outside is read on a worker thread, never more than the largest file of its
 * kind whatever size it reports, checked by core without following anything in it, and shown
 * in a preview before it changes anything. Reading and restoring a large backup show their
 * progress, and can be cancelled, while the window stays free.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-file-flows"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-file-flows.h"
#include "hammy-file-names.h"
#include "hammy-triage-text.h"

/* A progress dialog shows only when the work takes longer than this: a small plan file opens
 * with no flicker. */
#define PROGRESS_DELAY_MS 300

typedef struct
{
  GtkWindow    *parent;    /* weak: a flow never keeps a closed window alive */
  HammyContext *context;
  HammyLibrary *library;   /* for the worker, which touches nothing of the context */
  GFile        *file;
  HammyReport   report;
  gboolean      backup;
  char         *name;      /* shown to the person */

  GCancellable *cancellable;
  gint          progress;  /* thousandths, set by the worker */
  AdwMessageDialog *progress_dialog;
  GtkProgressBar *progress_bar;
  guint         progress_source;
  GObject      *previewed; /* the HammyPlan or HammyBackup in the preview, once it is read */
  char       *(*describe) (gpointer flow);  /* the preview's body, for who sees the screen now */
} Flow;

static void
close_progress (Flow *flow)
{
  g_clear_handle_id (&flow->progress_source, g_source_remove);
  if (flow->progress_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (flow->progress_dialog, flow);
      gtk_window_destroy (GTK_WINDOW (flow->progress_dialog));
      g_clear_weak_pointer (&flow->progress_dialog);
    }
  flow->progress_bar = NULL;
}

static void
flow_clear (Flow *flow)
{
  close_progress (flow);
  g_clear_weak_pointer (&flow->parent);
  g_clear_object (&flow->context);
  g_clear_object (&flow->library);
  g_clear_object (&flow->file);
  g_clear_object (&flow->cancellable);
  g_clear_object (&flow->previewed);
  g_free (flow->name);
}

/* A flow lives as long as its dialogs and its work: counted. */
static void
flow_unref (Flow *flow)
{
  g_rc_box_release_full (flow, (GDestroyNotify) flow_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Flow, flow_unref)

static Flow *
flow_new (GtkWindow    *parent,
          HammyContext *context,
          GFile        *file,
          HammyReport   report)
{
  Flow *flow = g_rc_box_new0 (Flow);
  g_autofree char *basename = g_file_get_basename (file);
  HammyLibrary *library = hammy_data_get_library (hammy_context_get_data (context));

  g_set_weak_pointer (&flow->parent, parent);
  flow->context = g_object_ref (context);
  flow->library = library != NULL ? g_object_ref (library) : NULL;
  flow->file = g_object_ref (file);
  flow->report = report;
  flow->backup = basename != NULL && g_str_has_suffix (basename, ".hammybackup");
  flow->name = g_filename_display_basename (basename != NULL ? basename : "?");
  flow->cancellable = g_cancellable_new ();

  return flow;
}

static void
show_refusal (Flow       *flow,
              const char *reason)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  close_progress (flow);
  if (flow->parent == NULL)
    return;

  /* A file's name says where it was kept: not for a shared screen. */
  if (!hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES))
    body = g_strdup_printf (flow->backup
                            ? _("The backup was not restored, and nothing was changed. %s")
                            : _("The plan file was not opened, and nothing was changed. %s"),
                            reason);
  else
    body = g_strdup_printf (flow->backup
                            ? _("“%s” was not restored, and nothing was changed. %s")
                            : _("“%s” was not opened, and nothing was changed. %s"),
                            flow->name, reason);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (flow->parent,
                                                       flow->backup ? _("This Backup Cannot Be Used")
                                                                    : _("This Plan Cannot Be Used"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- progress -------------------------------------------------------------------------- */

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Flow             *flow)
{
  g_cancellable_cancel (flow->cancellable);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  Flow *flow = user_data;
  gint permille = g_atomic_int_get (&flow->progress);

  if (flow->progress_bar == NULL)
    return G_SOURCE_CONTINUE;
  if (permille > 0)
    gtk_progress_bar_set_fraction (flow->progress_bar, permille / 1000.0);
  else
    gtk_progress_bar_pulse (flow->progress_bar);

  return G_SOURCE_CONTINUE;
}

/* The dialog that shows how far the work is, with a Cancel. */
static void
show_progress (Flow       *flow,
               const char *heading)
{
  g_autofree char *body = NULL;

  if (flow->parent == NULL || flow->progress_dialog != NULL)
    return;

  body = hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES)
         ? g_strdup (flow->name)
         : g_strdup (flow->backup ? _("A backup") : _("A plan file"));
  g_set_weak_pointer (&flow->progress_dialog, ADW_MESSAGE_DIALOG (adw_message_dialog_new (flow->parent, heading, body)));
  adw_message_dialog_add_response (flow->progress_dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (flow->progress_dialog, "cancel");
  flow->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  adw_message_dialog_set_extra_child (flow->progress_dialog, GTK_WIDGET (flow->progress_bar));
  /* Closing it, or Cancel, stops the work; the flow closes it itself when the work is done. */
  gtk_window_set_hide_on_close (GTK_WINDOW (flow->progress_dialog), TRUE);
  g_signal_connect (flow->progress_dialog, "response", G_CALLBACK (on_progress_response_cb), flow);
  gtk_window_present (GTK_WINDOW (flow->progress_dialog));
}

static gboolean
on_progress_due_cb (gpointer user_data)
{
  Flow *flow = user_data;

  show_progress (flow, flow->backup ? _("Reading the Backup") : _("Reading the Plan File"));
  flow->progress_source = g_timeout_add (100, on_progress_tick_cb, flow);
  return G_SOURCE_REMOVE;
}

static void
on_restore_progress_cb (guint    done,
                        guint    total,
                        gpointer user_data)
{
  Flow *flow = user_data;

  if (total > 0)
    g_atomic_int_set (&flow->progress, (gint) (done * 1000 / total));
}

/* ---- the preview ---------------------------------------------------------------------- */

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Flow) flow = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  close_progress (flow);
  if (!hammy_data_restore_backup_finish (HAMMY_DATA (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        message = g_strdup (_("The restore was cancelled, and nothing was changed."));
      else
        {
          show_refusal (flow, error->message);
          return;
        }
    }
  /* A file's name says where it was kept: not for a shared screen, if presenting began while
   * the restore went on. */
  else if (!hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES))
    message = g_strdup (_("The backup was restored."));
  else
    message = g_strdup_printf (_("The backup “%s” was restored."), flow->name);

  if (flow->parent != NULL)
    flow->report (flow->parent, message);
}

static void
on_preview_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Flow             *flow)
{
  g_autofree char *message = NULL;
  gboolean named;

  if (g_str_equal (response, "cancel"))
    return;

  /* A file's name says where it was kept: not for a shared screen, if presenting began while
   * the preview was open. */
  named = hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES);
  if (flow->backup)
    {
      g_atomic_int_set (&flow->progress, 0);
      show_progress (flow, _("Restoring the Backup"));
      flow->progress_source = g_timeout_add (100, on_progress_tick_cb, flow);
      hammy_data_restore_backup_async (hammy_context_get_data (flow->context), HAMMY_BACKUP (flow->previewed),
                                       on_restore_progress_cb, flow, flow->cancellable, on_restored_cb,
                                       g_rc_box_acquire (flow));
      return;
    }

  hammy_data_set_plan (hammy_context_get_data (flow->context), HAMMY_PLAN (flow->previewed));
  message = named ? g_strdup_printf (_("The plan from “%s” is now your plan."), flow->name)
                  : g_strdup (_("The plan you opened is now your plan."));
  if (flow->parent != NULL)
    flow->report (flow->parent, message);
}

/* Shows what a file holds and changes nothing until the person accepts @previewed (a plan or
 * a backup); takes @flow. */
/* Presenting began or ended with the preview open: what it says follows who sees it. */
static void
on_preview_presenting_changed_cb (HammyContext     *context,
                                  GParamSpec       *pspec,
                                  AdwMessageDialog *dialog)
{
  Flow *flow = g_object_get_data (G_OBJECT (dialog), "hammy-flow");
  g_autofree char *body = flow->describe (flow);

  adw_message_dialog_set_body (dialog, body);
}

static void
ask_before_use (Flow       *flow,
                const char *heading,
                char     *(*describe) (gpointer flow),
                const char *accept,
                const char *accept_label,
                gpointer    previewed)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  close_progress (flow);
  if (flow->parent == NULL)
    {
      flow_unref (flow);
      return;
    }

  flow->previewed = g_object_ref (previewed);
  flow->describe = describe;
  body = describe (flow);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (flow->parent, heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), accept, accept_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, accept, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, accept);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "hammy-flow", flow);
  g_signal_connect_object (flow->context, "notify::presenting", G_CALLBACK (on_preview_presenting_changed_cb),
                           dialog, 0);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_preview_response_cb),
                         flow, (GClosureNotify) (void (*) (void)) flow_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- a plan coming in ---------------------------------------------------------------- */

static char *
describe_plan (HammyData *data,
               HammyPlan *plan)
{
  g_autoptr(GString) names = g_string_new (NULL);
  HammyLibrary *library = hammy_data_get_library (data);
  guint n = hammy_plan_get_n_items (plan);

  for (guint i = 0; i < n; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (library, hammy_plan_get_item (plan, i)->exercise);

      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, hammy_exercise_get_name (exercise));
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A plan for the “%s” phase with %u exercise: %s.",
                                       "A plan for the “%s” phase with %u exercises: %s.", n),
                          hammy_triage_phase_get_title (hammy_plan_get_phase (plan)), n, names->str);
}

/* What the preview says of a plan, for who sees the screen now. */
static char *
describe_plan_preview (gpointer user_data)
{
  Flow *flow = user_data;
  HammyPlan *plan = HAMMY_PLAN (flow->previewed);
  g_autofree char *description = describe_plan (hammy_context_get_data (flow->context), plan);
  char *body = NULL;
  const char *note = hammy_plan_get_note (plan);

  HammyData *data = hammy_context_get_data (flow->context);
  HammyProfile *profile = hammy_data_get_current_profile (data);

  /* With several people on this computer, the plan says whose it becomes. */
  if (profile != NULL && g_list_model_get_n_items (hammy_data_get_profiles (data)) > 1 &&
      hammy_context_may_show (flow->context, HAMMY_PRIVATE_OTHER_PROFILE))
    {
      g_autofree char *whose = hammy_data_get_plan (data) != NULL
        ? g_strdup_printf (_("It becomes the plan of “%s”, in place of their current plan, which is kept in their plan history."),
                           hammy_profile_get_name (profile))
        : g_strdup_printf (_("It becomes the plan of “%s”."), hammy_profile_get_name (profile));

      body = g_strdup_printf ("%s\n\n%s", description, whose);
    }
  else if (hammy_data_get_plan (data) != NULL)
    body = g_strdup_printf (_("%s\n\nIt will take the place of your current plan, which is kept in your plan history."),
                            description);
  else
    body = g_strdup (description);
  /* A plan dropped on the window while presenting: its note is a clinician's. */
  if (note != NULL && !hammy_context_may_show (flow->context, HAMMY_PRIVATE_CLINICIAN_NOTE))
    {
      g_autofree char *with_note = g_strdup_printf (_("%s\n\nA note comes with it, hidden while you present."), body);

      g_free (body);
      body = g_steal_pointer (&with_note);
    }
  else if (note != NULL)
    {
      g_autofree char *with_note = g_strdup_printf (_("%s\n\nA note comes with it: “%s”"), body, note);

      g_free (body);
      body = g_steal_pointer (&with_note);
    }

  return body;
}

static void
preview_plan (Flow      *flow,
              HammyPlan *plan)
{
  ask_before_use (flow, _("Use This Plan?"), describe_plan_preview, "replace", _("_Use Plan"), plan);
}

/* ---- a backup coming in -------------------------------------------------------------- */

static char *
describe_backup_preview (gpointer user_data)
{
  Flow *flow = user_data;
  HammyBackup *backup = HAMMY_BACKUP (flow->previewed);
  g_autofree char *when = hammy_dates_format_date_time (hammy_backup_get_created (backup), HAMMY_DATE_STYLE_DAY);
  guint n_checks = g_list_model_get_n_items (hammy_backup_get_assessments (backup));
  guint n_sessions = hammy_backup_get_n_sessions (backup);
  g_autofree char *checks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u saved check", "%u saved checks", n_checks), n_checks);
  g_autofree char *sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", n_sessions), n_sessions);
  g_autofree char *holds = NULL;

  if (hammy_backup_get_plan (backup) != NULL)
    holds = g_strdup_printf (_("It holds %s, %s and a plan for the “%s” phase."), checks, sessions,
                             hammy_triage_phase_get_title (hammy_plan_get_phase (hammy_backup_get_plan (backup))));
  else
    holds = g_strdup_printf (_("It holds %s and %s."), checks, sessions);

  g_autofree char *body = g_strdup_printf (_("This backup was made on %s. %s\n\nWhat you do not have yet is added and nothing you have is removed. A copy of everything as it is now is saved first."),
                                           when, holds);
  HammyProfile *profile = hammy_data_get_current_profile (hammy_context_get_data (flow->context));
  const char *current = profile != NULL ? hammy_profile_get_name (profile) : NULL;

  if (!hammy_backup_is_for_other_profile (backup, current))
    return g_steal_pointer (&body);

  /* Someone else's: said first, with both names unless the screen is shared. */
  if (!hammy_context_may_show (flow->context, HAMMY_PRIVATE_OTHER_PROFILE))
    return g_strdup_printf (_("This backup is of another profile than the one in use. Restoring it adds that "
                              "person’s checks and sessions to this profile.\n\n%s"), body);
  return g_strdup_printf (_("This backup is of “%s”, and the profile in use is “%s”. Restoring it adds that "
                            "person’s checks and sessions to “%s”.\n\n%s"),
                          hammy_backup_get_profile_name (backup), current, current, body);
}

static void
preview_backup (Flow        *flow,
                HammyBackup *backup)
{
  HammyProfile *profile = hammy_data_get_current_profile (hammy_context_get_data (flow->context));
  gboolean other = hammy_backup_is_for_other_profile (backup, profile != NULL ? hammy_profile_get_name (profile) : NULL);

  ask_before_use (flow, other ? _("Restore Another Person’s Backup?") : _("Restore This Backup?"), describe_backup_preview,
                  "restore", other ? _("_Restore Anyway") : _("_Restore"), backup);
}

/* ---- reading ------------------------------------------------------------------------- */

/* Read and checked on a worker: a backup of 64 MB is parsed with the window free. */
static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Flow *flow = task_data;
  HammyLibrary *library = flow->library;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gpointer found;
  gsize length = 0;
  const char *data;

  bytes = hammy_store_read_gfile (flow->file, flow->backup ? HAMMY_BACKUP_MAX_BYTES : HAMMY_PLAN_FILE_MAX_BYTES,
                                  &flow->progress, cancellable, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE))
        g_task_return_new_error (task, error->domain, error->code, "%s",
                                 flow->backup ? _("It is larger than any backup Hammy writes.")
                                              : _("It is larger than any plan file Hammy writes, so it is not a plan."));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* Checking has no fraction of its own to show. */
  g_atomic_int_set (&flow->progress, 0);
  data = g_bytes_get_data (bytes, &length);
  found = flow->backup ? (gpointer) hammy_backup_new_from_bytes (data != NULL ? data : "", length, library, &error)
                       : (gpointer) hammy_plan_new_from_file_bytes (data != NULL ? data : "", length, library, &error);
  if (found == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (found);
      return;
    }

  g_task_return_pointer (task, found, g_object_unref);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Flow) flow = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) found = g_task_propagate_pointer (G_TASK (result), &error);

  close_progress (flow);
  if (found == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_refusal (flow, error->message);
      return;
    }

  if (flow->backup)
    preview_backup (g_steal_pointer (&flow), HAMMY_BACKUP (found));
  else
    preview_plan (g_steal_pointer (&flow), HAMMY_PLAN (found));
}

void
hammy_file_flows_open (GtkWindow    *parent,
                       HammyContext *context,
                       GFile        *file,
                       HammyReport   report)
{
  g_autoptr(GTask) task = NULL;
  Flow *flow;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HAMMY_IS_CONTEXT (context) && hammy_data_is_loaded (hammy_context_get_data (context)));
  g_return_if_fail (G_IS_FILE (file));

  flow = flow_new (parent, context, file, report);
  flow->progress_source = g_timeout_add (PROGRESS_DELAY_MS, on_progress_due_cb, flow);

  /* The flow is the task's data and its callback's: freed once, by the callback. */
  task = g_task_new (NULL, flow->cancellable, on_read_cb, flow);
  g_task_set_source_tag (task, hammy_file_flows_open);
  g_task_set_task_data (task, flow, NULL);
  g_task_run_in_thread (task, read_thread);
}

/* ---- writing ------------------------------------------------------------------------- */

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Flow) flow = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* The name, and a reason that names the folder, wait for a screen that is not shared. */
  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    message = !hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES)
              ? g_strdup (flow->backup ? _("The backup could not be saved. Stop presenting and try again to see why.")
                                       : _("The plan could not be saved. Stop presenting and try again to see why."))
              : g_strdup_printf (flow->backup ? _("The backup could not be saved as “%s”: %s")
                                              : _("The plan could not be saved as “%s”: %s"),
                                 flow->name, error->message);
  else if (!hammy_context_may_show (flow->context, HAMMY_PRIVATE_FILES))
    message = g_strdup (flow->backup ? _("Everything was backed up.") : _("Your plan was saved."));
  else
    message = g_strdup_printf (flow->backup ? _("Everything was backed up to “%s”.")
                                            : _("Your plan was saved as “%s”."),
                               flow->name);

  if (flow->parent != NULL)
    flow->report (flow->parent, message);
}

static void
write_bytes (Flow   *flow,
             GBytes *bytes)
{
  g_file_replace_contents_bytes_async (flow->file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, on_written_cb, flow);
}

void
hammy_file_flows_export_plan (GtkWindow    *parent,
                              HammyContext *context,
                              GFile        *file,
                              HammyReport   report)
{
  g_autoptr(GBytes) bytes = NULL;
  Flow *flow;

  g_return_if_fail (HAMMY_IS_CONTEXT (context) && hammy_data_get_plan (hammy_context_get_data (context)) != NULL);

  flow = flow_new (parent, context, file, report);
  flow->backup = FALSE;
  bytes = hammy_data_export_plan (hammy_context_get_data (context));
  write_bytes (flow, bytes);
}

void
hammy_file_flows_back_up (GtkWindow    *parent,
                          HammyContext *context,
                          GFile        *file,
                          HammyReport   report)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Flow *flow;

  g_return_if_fail (HAMMY_IS_CONTEXT (context) && hammy_data_is_loaded (hammy_context_get_data (context)));

  flow = flow_new (parent, context, file, report);
  flow->backup = TRUE;
  bytes = hammy_data_create_backup (hammy_context_get_data (context), &error);
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was backed up. %s"), error->message);

      if (flow->parent != NULL)
        flow->report (flow->parent, message);
      flow_unref (flow);
      return;
    }
  write_bytes (flow, bytes);
}

/* ---- choosing files ------------------------------------------------------------------ */

typedef struct
{
  GtkWindow    *parent;
  HammyContext *context;
  HammyReport   report;
  gboolean      backup;
  gboolean      save;
} Choice;

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Choice          *choice)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (!choice->save)
        hammy_file_flows_open (choice->parent, choice->context, file, choice->report);
      else if (choice->backup)
        hammy_file_flows_back_up (choice->parent, choice->context, file, choice->report);
      else
        hammy_file_flows_export_plan (choice->parent, choice->context, file, choice->report);
    }

  g_object_unref (choice->parent);
  g_object_unref (choice->context);
  g_free (choice);
  g_object_unref (chooser);
}

static GtkFileFilter *
make_filter (gboolean backup)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, backup ? _("Hammy Backups") : _("Hammy Plans"));
  gtk_file_filter_add_mime_type (filter, backup ? "application/x-hammy-backup" : "application/x-hammy-plan");
  gtk_file_filter_add_suffix (filter, backup ? "hammybackup" : "hammyplan");

  return filter;
}

static void
choose (GtkWindow    *parent,
        HammyContext *context,
        gboolean      backup,
        gboolean      save,
        HammyReport   report)
{
  g_autoptr(GtkFileFilter) filter = make_filter (backup);
  GtkFileChooserNative *chooser;
  Choice *choice = g_new0 (Choice, 1);
  const char *title;

  if (save)
    title = backup ? _("Back Up Everything") : _("Export Plan");
  else
    title = backup ? _("Restore a Backup") : _("Import a Plan");

  chooser = gtk_file_chooser_native_new (title, parent,
                                         save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         save ? _("_Save") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (save)
    {
      g_autoptr(GDateTime) now = hammy_context_dup_now (context);
      g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
      /* Translators: a file name; keep the date placeholder and the extension */
      g_autofree char *document = g_strdup_printf (backup ? _("Hammy backup %s.hammybackup") : _("Hammy plan %s.hammyplan"), day);
      HammyProfile *profile = hammy_data_get_current_profile (hammy_context_get_data (context));
      /* Whose it is first: each patient's files have names of their own. */
      g_autofree char *name = hammy_file_name_for_patient (profile != NULL ? hammy_profile_get_name (profile) : NULL,
                                                           document);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  choice->parent = g_object_ref (parent);
  choice->context = g_object_ref (context);
  choice->report = report;
  choice->backup = backup;
  choice->save = save;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
hammy_file_flows_choose_open (GtkWindow    *parent,
                              HammyContext *context,
                              gboolean      backup,
                              HammyReport   report)
{
  choose (parent, context, backup, FALSE, report);
}

void
hammy_file_flows_choose_save (GtkWindow    *parent,
                              HammyContext *context,
                              gboolean      backup,
                              HammyReport   report)
{
  choose (parent, context, backup, TRUE, report);
}
