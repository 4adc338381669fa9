/* test-command-line.c: Hammy from the command line, as a clinician would use it before clinic:
 * the real executable adds a demo patient, then writes her visit summary, her handout and her
 * log, without a window; a bad argument gets a sentence and a non-zero exit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#define PATIENT "Zoë Müller-Łukasiewicz"

static char *folder;

/* Runs hammy with @args in a data folder of the test's own; its exit status, and what it said. */
static int
run_hammy (const char * const *args,
           char              **out,
           char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *data = g_build_filename (folder, "data", NULL);
  int status = 0;

  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  g_ptr_array_add (argv, (char *) HAMMY_EXECUTABLE);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("hammy said: %s%s", *out, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* pdftotext's words, and how many pages it had: each page ends with a form feed. */
static char *
pdf_text (const char *pdf,
          guint      *n_pages)
{
  const char *argv[] = { PDFTOTEXT, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  *n_pages = 0;
  for (const char *c = out; *c != '\0'; c++)
    *n_pages += *c == '\f';
  return out;
}

static void
test_demo_patient_exports (void)
{
  const char *add[] = { "--add-demo-profile", PATIENT, NULL };
  const char *exports[] = { "--profile", PATIENT, "--export-visit-summary", "summary.pdf", "--since", "2000-01-01",
                            "--export-handout", "handout.pdf", "--export-log", "log.csv", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *summary_path = g_build_filename (folder, "summary.pdf", NULL);
  g_autofree char *handout_path = g_build_filename (folder, "handout.pdf", NULL);
  g_autofree char *log_path = g_build_filename (folder, "log.csv", NULL);
  g_autofree char *summary = NULL;
  g_autofree char *handout = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;
  guint n_pages = 0;
  gsize length = 0;

  g_assert_cmpint (run_hammy (add, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_hammy (exports, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");

  /* The summary is one page, and names her. */
  summary = pdf_text (summary_path, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_nonnull (strstr (summary, "For " PATIENT));
  g_assert_nonnull (strstr (summary, "Visit Summary"));

  handout = pdf_text (handout_path, &n_pages);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_nonnull (strstr (handout, "For " PATIENT));

  /* The log: UTF-8, a header a spreadsheet shows as columns, then six weeks of rows. */
  g_assert_true (g_file_get_contents (log_path, &csv, &length, NULL));
  g_assert_true (g_utf8_validate (csv, length, NULL));
  rows = g_strsplit (csv + 3, "\r\n", -1);
  g_assert_true (g_str_has_prefix (rows[0], "Date,Time,Entry,Exercise,Side,Set,Reps"));
  g_assert_cmpuint (g_strv_length (rows), >, 100);
  for (guint i = 1; rows[i] != NULL && *rows[i] != '\0'; i++)
    if (strchr (rows[i], '"') == NULL)
      {
        g_auto(GStrv) fields = g_strsplit (rows[i], ",", -1);

        g_assert_cmpuint (g_strv_length (fields), ==, 12);
      }
}

/* Each bad argument: a sentence on stderr and a non-zero exit, and nothing written. */
static void
test_bad_arguments (void)
{
  const char *no_profile[] = { "--profile", "Nobody at All", "--export-log", "nothing.csv", NULL };
  const char *bad_day[] = { "--export-visit-summary", "nothing.pdf", "--since", "last Tuesday", NULL };
  const char *since_alone[] = { "--since", "2026-01-01", NULL };
  const char *profile_alone[] = { "--profile", PATIENT, NULL };
  const char **cases[] = { no_profile, bad_day, since_alone, profile_alone };
  const char *said[] = { "No profile is called “Nobody at All”", "is not a day", "--since goes with", "--profile chooses" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_hammy (cases[i], &out, &err), !=, 0);
      g_assert_nonnull (strstr (err, said[i]));
    }
  {
    g_autofree char *nothing_csv = g_build_filename (folder, "nothing.csv", NULL);
    g_autofree char *nothing_pdf = g_build_filename (folder, "nothing.pdf", NULL);

    g_assert_false (g_file_test (nothing_csv, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (nothing_pdf, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  folder = g_dir_make_tmp ("hammy-command-line-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/command-line/demo-patient-exports", test_demo_patient_exports);
  g_test_add_func ("/command-line/bad-arguments", test_bad_arguments);

  status = g_test_run ();
  g_free (folder);
  return status;
}
