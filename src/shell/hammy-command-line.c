/* hammy-command-line.c: what Hammy does from the command line without opening a window, such
 * as printing a day's handouts before clinic: a profile chosen by name, the handout, the visit
 * summary and the log written to files, and a demo patient added. A bad argument is refused
 * with a sentence and a non-zero exit, before anything is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "hammy-command-line.h"
#include "hammy-days.h"
#include "hammy-demo.h"
#include "hammy-handout-print.h"
#include "hammy-log-csv.h"
#include "hammy-today.h"
#include "hammy-visit-summary-print.h"

/* Without a chosen first day, the visit summary covers this many days, as on screen. */
#define SUMMARY_DAYS 28

typedef struct
{
  HammyData    *data;
  HammyContext *context;
  gboolean      done;
  gboolean      ok;
  GError       *error;
} Run;

/* ---- waiting for the data ------------------------------------------------------------- */

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;

  run->ok = hammy_data_load_finish (HAMMY_DATA (source), result, &run->error);
  run->done = TRUE;
}

static void
on_switched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;

  run->ok = hammy_data_switch_profile_finish (HAMMY_DATA (source), result, &run->error);
  run->done = TRUE;
}

static gboolean
wait_done (Run     *run,
           GError **error)
{
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  run->done = FALSE;
  if (!run->ok)
    {
      g_propagate_error (error, g_steal_pointer (&run->error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
switch_to (Run           *run,
           HammyProfile  *profile,
           GError       **error)
{
  if (hammy_data_get_current_profile (run->data) == profile)
    return TRUE;

  hammy_data_switch_profile_async (run->data, profile, NULL, on_switched_cb, run);
  return wait_done (run, error);
}

/* The profile called @name: exactly, or else the one whose name differs only in case. */
static HammyProfile *
find_profile (HammyData  *data,
              const char *name)
{
  GListModel *profiles = hammy_data_get_profiles (data);
  g_autofree char *folded = g_utf8_casefold (name, -1);
  HammyProfile *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);
      g_autofree char *other = g_utf8_casefold (hammy_profile_get_name (profile), -1);

      if (g_str_equal (hammy_profile_get_name (profile), name))
        return profile;
      if (found == NULL && g_str_equal (folded, other))
        found = profile;
    }

  return found;
}

static char *
dup_profile_names (HammyData *data)
{
  GListModel *profiles = hammy_data_get_profiles (data);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);

      g_strv_builder_add (builder, hammy_profile_get_name (profile));
    }
  names = g_strv_builder_end (builder);
  /* TRANSLATORS: what goes between profile names in a list */
  return g_strjoinv (_(", "), names);
}

/* ---- the jobs ------------------------------------------------------------------------- */

static gboolean
add_demo (Run         *run,
          const char  *name,
          GError     **error)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (run->context);
  HammyProfile *profile = hammy_data_add_profile (run->data, name, error);

  if (profile == NULL || !switch_to (run, profile, error))
    return FALSE;

  return hammy_demo_fill (run->data, hammy_profile_get_name (profile), now, error);
}

static gboolean
export_handout (Run         *run,
                const char  *path,
                GError     **error)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (run->context);
  g_autoptr(HammyToday) today = NULL;
  g_autoptr(HammyHandout) handout = NULL;
  g_autofree char *clinician = g_settings_get_string (hammy_context_get_settings (run->context), "clinician-line");

  /* As the window's Print Handout: nothing while a check sends the person to a clinician. */
  today = hammy_today_new (run->data, now);
  if (hammy_today_get_plan (today) == NULL || hammy_data_get_blocking_assessment (run->data) != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           hammy_today_get_plan (today) == NULL
                           ? _("This profile has no plan yet, so there is no handout to write.")
                           : _("The latest check sends this person to a clinician first, so there is no handout to write."));
      return FALSE;
    }

  /* The plan's notes as the clinician asked in Preferences: no window is shared here. */
  handout = hammy_handout_new_for_today (today, hammy_data_get_library (run->data), now,
                                         g_settings_get_boolean (hammy_context_get_settings (run->context), "handout-notes")
                                         ? HAMMY_HANDOUT_WITH_NOTES : HAMMY_HANDOUT_FLAGS_NONE);
  hammy_handout_set_patient (handout, hammy_profile_get_name (hammy_data_get_current_profile (run->data)));
  hammy_handout_set_clinician (handout, clinician);
  return hammy_handout_export_pdf (handout, path, error);
}

static gboolean
export_visit_summary (Run          *run,
                      const char   *path,
                      const GDate  *since,
                      GError      **error)
{
  g_autoptr(HammyVisitSummary) summary = NULL;
  g_autoptr(GDateTime) now = hammy_context_dup_now (run->context);
  g_autofree char *clinician = g_settings_get_string (hammy_context_get_settings (run->context), "clinician-line");
  GDate today, first;

  hammy_context_get_today (run->context, &today);
  if (since != NULL)
    first = *since;
  else
    {
      first = today;
      g_date_subtract_days (&first, SUMMARY_DAYS - 1);
    }

  /* A first day after today is today. */
  if (g_date_compare (&first, &today) > 0)
    first = today;
  summary = hammy_visit_summary_new_for_data (run->data, &first, now);
  hammy_visit_summary_set_clinician (summary, clinician);
  return hammy_visit_summary_export_pdf (summary, path, error);
}

static gboolean
export_log (Run         *run,
            const char  *path,
            GError     **error)
{
  g_autoptr(GBytes) csv = hammy_log_to_csv (hammy_data_get_log (run->data), hammy_data_get_library (run->data));

  return g_file_set_contents_full (path, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/* ---- the command line ----------------------------------------------------------------- */

static int
refuse (const char *sentence)
{
  g_printerr ("hammy: %s\n", sentence);
  return 2;
}

static int
fail (GError *error)
{
  g_printerr ("hammy: %s\n", error->message);
  return 1;
}

void
hammy_command_line_add_options (GApplication *application)
{
  const GOptionEntry entries[] = {
    { "profile", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Use the profile with this name for what follows"), N_("NAME") },
    { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the printed handout of the plan as a PDF"), N_("FILE.pdf") },
    { "export-visit-summary", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write the one-page visit summary as a PDF"), N_("FILE.pdf") },
    { "since", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("The first day of the visit summary (four weeks back without it)"), N_("YYYY-MM-DD") },
    { "export-log", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write every set and morning check-in as a spreadsheet (CSV)"), N_("FILE.csv") },
    { "add-demo-profile", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Add a made-up patient with six weeks of history, for trying Hammy out"), N_("NAME") },
    { NULL }
  };

  for (guint i = 0; entries[i].long_name != NULL; i++)
    g_application_add_main_option (application, entries[i].long_name, 0, 0, entries[i].arg,
                                   _(entries[i].description), _(entries[i].arg_description));
  g_application_set_option_context_summary (application,
                                            _("With one of the options below, Hammy does that without opening a window and then "
                                              "quits, for example to print a day’s handouts before clinic:\n\n"
                                              "  hammy --profile \"Zoë Müller\" --export-handout handout.pdf "
                                              "--export-visit-summary summary.pdf"));
}

/* What the options ask, without a window: -1 when they ask nothing of the kind, so that Hammy
 * starts as usual; otherwise the exit status. */
int
hammy_command_line_run (HammyContext *context,
                        GVariantDict *options)
{
  g_autofree char *profile_name = NULL;
  g_autofree char *handout_path = NULL;
  g_autofree char *summary_path = NULL;
  g_autofree char *since_text = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *demo_name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyProfile) was_current = NULL;
  Run run = { 0 };
  GDate since;
  int status = 0;

  g_variant_dict_lookup (options, "profile", "s", &profile_name);
  g_variant_dict_lookup (options, "export-handout", "^ay", &handout_path);
  g_variant_dict_lookup (options, "export-visit-summary", "^ay", &summary_path);
  g_variant_dict_lookup (options, "since", "s", &since_text);
  g_variant_dict_lookup (options, "export-log", "^ay", &log_path);
  g_variant_dict_lookup (options, "add-demo-profile", "s", &demo_name);

  if (profile_name == NULL && handout_path == NULL && summary_path == NULL && since_text == NULL &&
      log_path == NULL && demo_name == NULL)
    return -1;

  /* Every argument is checked before anything is read or written. */
  g_date_clear (&since, 1);
  if (since_text != NULL && summary_path == NULL)
    return refuse (_("--since goes with --export-visit-summary, which says where the summary goes."));
  if (since_text != NULL && !hammy_day_parse (since_text, &since))
    {
      g_autofree char *sentence = g_strdup_printf (_("“%s” is not a day. Give it as year-month-day, such as 2026-12-01."),
                                                   since_text);

      return refuse (sentence);
    }
  if (profile_name != NULL && handout_path == NULL && summary_path == NULL && log_path == NULL)
    return refuse (_("--profile chooses whose handout, summary or log is written: add --export-handout, "
                     "--export-visit-summary or --export-log."));

  /* PDFs are laid out with GTK's printing, which wants a display; no window is opened. */
  if ((handout_path != NULL || summary_path != NULL) && !gtk_init_check ())
    return refuse (_("Writing a PDF needs the desktop’s display, although no window opens. "
                     "Run it in your desktop session."));

  run.data = hammy_context_get_data (context);
  run.context = context;
  hammy_data_load_async (run.data, NULL, on_loaded_cb, &run);
  if (!wait_done (&run, &error))
    return fail (error);
  if (demo_name != NULL && hammy_data_is_read_only (run.data))
    return refuse (_("Hammy is open in a window, which is using your data. Close it, then add the demo patient."));
  was_current = g_object_ref (hammy_data_get_current_profile (run.data));

  if (demo_name != NULL)
    {
      if (!add_demo (&run, demo_name, &error))
        status = fail (error);
      else
        g_print (_("Added the demo patient “%s”.\n"), demo_name);
    }

  if (status == 0 && profile_name != NULL)
    {
      HammyProfile *profile = find_profile (run.data, profile_name);

      if (profile == NULL)
        {
          g_autofree char *names = dup_profile_names (run.data);
          g_autofree char *sentence = g_strdup_printf (_("No profile is called “%s”. The profiles are: %s."),
                                                       profile_name, names);

          status = refuse (sentence);
        }
      else if (!switch_to (&run, profile, &error))
        status = fail (error);
    }

  if (status == 0 && handout_path != NULL)
    {
      if (!export_handout (&run, handout_path, &error))
        status = fail (error);
      else
        g_print (_("Wrote the handout to %s.\n"), handout_path);
    }
  if (status == 0 && summary_path != NULL)
    {
      if (!export_visit_summary (&run, summary_path, g_date_valid (&since) ? &since : NULL, &error))
        status = fail (error);
      else
        g_print (_("Wrote the visit summary to %s.\n"), summary_path);
    }
  if (status == 0 && log_path != NULL)
    {
      if (!export_log (&run, log_path, &error))
        status = fail (error);
      else
        g_print (_("Wrote the log to %s.\n"), log_path);
    }

  /* The window opens next time on the profile it had. */
  g_clear_error (&error);
  if (hammy_data_get_current_profile (run.data) != was_current && !switch_to (&run, was_current, &error))
    g_printerr ("hammy: %s\n", error->message);
  hammy_data_flush (run.data);

  return status;
}
