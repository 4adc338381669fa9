/* test-vignettes.c: the vignette runner as review sets outside the project use it: a file
 * written by someone else, in their own layout, runs; what it cannot use is named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

typedef struct
{
  char *out;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
}

/* Runs the runner on @contents, written to a file of its own. */
static void
run_on (const char *contents,
        Run        *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hammy-vignettes-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  const char *argv[3] = { VIGNETTES_RUNNER, NULL, NULL };
  int wait_status = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "review set.json", NULL);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  argv[1] = path;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &err,
                               &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_test_message ("%s%s", run->out, err);

  g_unlink (path);
  g_rmdir (dir);
}

/* A clinician's own file: a byte-order mark, Windows line ends, tabs, its own order of keys,
 * only some expectations, and the answers of today's contract. */
static void
test_someone_elses_file (void)
{
  Run run = { 0, };

  run_on ("\xef\xbb\xbf[\r\n"
          "\t{\"expect\": {\"running\": \"stop\", \"flags_include\": [\"neural_caution\"]},\r\n"
          "\t \"answers\": {\"numbness\": true, \"onset\": \"gradual\", \"running\": \"pain_same\", \"running_pain\": 2},\r\n"
          "\t \"name\": \"Fall 7 — Taubheit hinten am Oberschenkel\"},\r\n"
          "\t{\"name\": \"case with a bridge hold\", \"answers\": {\"onset\": \"sudden\", \"days_since_onset\": 4,"
          " \"pain_rest\": 1, \"pain_walking\": 2, \"bridge_hold_pain\": 1, \"location\": \"middle\"},\r\n"
          "\t \"expect\": {\"phase_in\": [\"build\", \"calm\"], \"phase_not_in\": [\"load\"]}},\r\n"
          "\t{\"answers\": {}, \"name\": \"no expectations at all\"}\r\n"
          "]\r\n", &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "3 passed, 0 failed"));
  run_clear (&run);
}

/* A case that does not hold says which, what was expected and what came. */
static void
test_a_failing_case (void)
{
  Run run = { 0, };

  run_on ("[{\"name\": \"expects too much\", \"answers\": {\"onset\": \"sudden\", \"days_since_onset\": 2},"
          " \"expect\": {\"phase\": \"load\"}}]", &run);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "FAIL expects too much: phase: expected load; got phase calm"));
  g_assert_nonnull (strstr (run.out, "0 passed, 1 failed"));
  run_clear (&run);
}

/* An answer or an expectation the runner does not know is named in a sentence, never
 * skipped: a typo would otherwise pass unseen. */
static void
test_unknown_names (void)
{
  Run run = { 0, };

  run_on ("[{\"name\": \"typo\", \"answers\": {\"numbnes\": true}}]", &run);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "FAIL typo: “numbnes” is not a question Hammy asks."));
  run_clear (&run);

  run_on ("[{\"name\": \"typo\", \"answers\": {\"running\": \"sometimes\"}}]", &run);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "“running” cannot be “sometimes”"));
  run_clear (&run);

  run_on ("[{\"name\": \"typo\", \"answers\": {}, \"expect\": {\"flag_include\": [\"bone_stress\"]}}]", &run);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "FAIL typo: “flag_include” is not something a vignette can expect"));
  run_clear (&run);
}

/* A file that is not a list of cases is refused whole. */
static void
test_not_a_vignette_file (void)
{
  Run run = { 0, };

  run_on ("{\"name\": \"one case, not a list\", \"answers\": {}}", &run);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_on ("[{\"name\": \"cut short\"", &run);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vignettes/someone-elses-file", test_someone_elses_file);
  g_test_add_func ("/vignettes/a-failing-case", test_a_failing_case);
  g_test_add_func ("/vignettes/unknown-names", test_unknown_names);
  g_test_add_func ("/vignettes/not-a-vignette-file", test_not_a_vignette_file);

  return g_test_run ();
}
