/* test-crash.c: a child process saves sets, replaces its plan and adds and deletes profiles
 * as fast as it can, and is killed at a random moment, over and over, on one growing data
 * folder. After every kill the folder is opened as Hammy opens it: every file must read, and
 * everything the child reported saved must be there: each set, the latest plan with every plan
 * it replaced in plan-history, and each profile added or deleted.
 *
 *   test-crash [--iterations N]     the test (HAMMY_CRASH_ITERATIONS also sets N)
 *   test-crash --child DIR RUN      the child: run RUN, saving until it is killed
 *
 * The soak in tests/bench runs it with a thousand kills and more, and prints the counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hammy-core-test-utils.h"
#include "hammy-data-private.h"
#include "hammy-planner.h"
#include "hammy-profiles-private.h"

/* How many profiles the child keeps besides the first: it adds below, deletes above. */
#define CHILD_PROFILES 4

/* ---- the child ----------------------------------------------------------------------- */

typedef struct
{
  HammyData  *data;
  char       *session;
  guint       number;
  gboolean    waiting;
  guint       run;
  guint       step;
  GPtrArray  *problems;
} Child;

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  printf ("\n");
  fflush (stdout);
}

static void
on_child_problem_cb (HammyData  *data,
                     const char *message,
                     Child      *child)
{
  g_printerr ("child: %s\n", message);
  exit (4);
}

static void
on_set_saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Child *child = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_log_save_finish (HAMMY_LOG (source), result, &error))
    {
      g_printerr ("child: %s\n", error->message);
      exit (4);
    }

  /* Only now, with the month renamed into place, is the set reported as saved. */
  say ("set %s %u", child->session, child->number);
  child->waiting = FALSE;
}

static void
child_add_set (Child *child)
{
  HammyLog *log = hammy_data_get_log (child->data);
  const HammyLogSession *session = hammy_log_lookup_session (log, child->session);
  HammyLogSet set = { (char *) "single-leg-bridge", HAMMY_SIDE_LEFT, 0, 12, 0, 8.0, 3, 7, NULL, 0 };

  child->number++;
  set.number = (child->number - 1) % 100 + 1;
  set.side = child->number % 2 ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT;
  set.finished = session->started + 40 * child->number;
  child->waiting = TRUE;
  hammy_log_add_set (log, child->session, &set, on_set_saved_cb, child);
  while (child->waiting)
    g_main_context_iteration (NULL, TRUE);
}

/* Everything asked so far is on disk, and nothing went wrong: what is reported now was saved. */
static void
child_settle (Child *child)
{
  hammy_data_flush (child->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
child_replace_plan (Child *child)
{
  static const HammyTriagePhase phases[] = { HAMMY_TRIAGE_PHASE_CALM, HAMMY_TRIAGE_PHASE_BUILD, HAMMY_TRIAGE_PHASE_LOAD };
  g_autoptr(HammyPlan) plan = hammy_plan_new_for_phase (hammy_data_get_library (child->data),
                                                        phases[child->step % G_N_ELEMENTS (phases)]);
  g_autofree char *note = g_strdup_printf ("plan %06u-%04u", child->run, child->step);
  g_autoptr(GError) error = NULL;

  if (!hammy_plan_set_private_note (plan, note, &error))
    g_error ("child: %s", error->message);
  g_autofree char *stamp = hammy_data_stamp_name (hammy_plan_get_created (plan), "");

  hammy_data_set_plan (child->data, plan);
  child_settle (child);
  /* plan-history names it after when it was made, once a later plan takes its place. */
  say ("plan %s %s", note, stamp);
}

static void
child_change_profiles (Child *child)
{
  GListModel *profiles = hammy_data_get_profiles (child->data);
  g_autoptr(GError) error = NULL;

  if (g_list_model_get_n_items (profiles) <= CHILD_PROFILES)
    {
      g_autofree char *name = g_strdup_printf ("Runner %u-%u", child->run, child->step);
      HammyProfile *profile = hammy_data_add_profile (child->data, name, &error);

      if (profile == NULL)
        g_error ("child: %s", error->message);
      child_settle (child);
      say ("profile-add %s", hammy_profile_get_id (profile));
    }
  else
    {
      /* Never the first, which is the one in use. */
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, 1 + child->step % (g_list_model_get_n_items (profiles) - 1));
      g_autofree char *id = g_strdup (hammy_profile_get_id (profile));

      /* From here until it is reported deleted, it may be either. */
      say ("profile-deleting %s", id);
      if (!hammy_data_delete_profile (child->data, profile, &error))
        g_error ("child: %s", error->message);
      child_settle (child);
      say ("profile-delete %s", id);
    }
}

static int
run_child (const char *root,
           guint       run)
{
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(GDateTime) epoch = g_date_time_new_utc (2020, 1, 1, 12, 0, 0);
  g_autoptr(GDateTime) started = g_date_time_add_days (epoch, run);
  Child child = { 0 };

  child.run = run;
  child.data = hammy_data_new (root, library);
  g_signal_connect (child.data, "problem", G_CALLBACK (on_child_problem_cb), &child);
  if (!hammy_test_load_data (child.data))
    g_error ("child: the data could not be read");
  if (hammy_data_is_read_only (child.data))
    g_error ("child: %s", hammy_data_get_read_only_reason (child.data));
  if (!g_str_equal (hammy_profile_get_id (hammy_data_get_current_profile (child.data)), HAMMY_PROFILE_FIRST_ID))
    g_error ("child: the first profile is not the one in use");

  child.session = g_strdup (hammy_log_begin_session (hammy_data_get_log (child.data), started, "build", 30));
  say ("ready");

  /* A mix like a person's, only faster: mostly sets, now and then a plan or a profile. */
  for (child.step = 0; child.step < 400; child.step++)
    {
      guint pick = g_random_int_range (0, 20);

      if (pick < 14)
        child_add_set (&child);
      else if (pick < 18)
        child_replace_plan (&child);
      else
        child_change_profiles (&child);
    }

  /* Done before the kill came: wait for it, so that every run ends the same way. */
  say ("done");
  for (;;)
    pause ();

  return 0;
}

/* ---- the test ------------------------------------------------------------------------ */

static guint iterations = 150;

typedef struct
{
  GHashTable *sets;       /* "session number" reported saved */
  GPtrArray  *plans;      /* "note stamp" of the plans reported saved, in order */
  GHashTable *profiles;   /* id → 1 added, 0 deleted, 2 being deleted, as last reported */
  guint       n_sets;
  guint       n_plans;
  guint       n_profile_changes;
  guint       kills_mid_stream;
  guint       temps_found;
  guint       temps_left;
  guint       unreadable;
  guint       lost;
} Soak;

/* Reads from @fd into @text until @lines more lines starting with a report came (or, with
 * -1, to the end). */
static void
read_reports (int      fd,
              GString *text,
              int      lines)
{
  char buffer[4096];
  gsize seen = text->len;
  int counted = 0;

  while (lines < 0 || counted < lines)
    {
      ssize_t n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return;
      g_string_append_len (text, buffer, n);
      for (; seen < text->len; seen++)
        if (text->str[seen] == '\n')
          counted++;
    }
}

static gboolean
is_temp_name (const char *name)
{
  gsize length = strlen (name);

  if (g_str_has_prefix (name, ".tmp-"))
    return TRUE;
  /* GLib's own, as Hammy before 0.6 left them. */
  return length > 12 && name[length - 7] == '.' && g_strrstr (name, ".json.") != NULL &&
         !g_strrstr (name, ".damaged-") && !g_strrstr (name, ".version-");
}

static guint
count_temps (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        n += count_temps (path);
      else if (is_temp_name (name))
        n++;
    }

  return n;
}

/* A reported plan ("note stamp") in plan-history, under its stamp or a numbered one. */
static gboolean
history_holds (const char *root,
               const char *plan)
{
  g_auto(GStrv) parts = g_strsplit (plan, " ", -1);
  g_autofree char *quoted = NULL;

  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  quoted = g_strdup_printf ("\"%s %s\"", parts[0], parts[1]);

  for (guint k = 0; k < 1000; k++)
    {
      g_autofree char *name = k == 0 ? g_strconcat (parts[2], ".json", NULL) : g_strdup_printf ("%s-%u.json", parts[2], k);
      g_autofree char *path = g_build_filename (root, "profiles", HAMMY_PROFILE_FIRST_ID, "plan-history", name, NULL);
      g_autofree char *contents = NULL;

      if (!g_file_get_contents (path, &contents, NULL, NULL))
        return FALSE;
      if (strstr (contents, quoted) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
on_problem_cb (HammyData  *data,
               const char *message,
               Soak       *soak)
{
  g_printerr ("%s\n", message);
  soak->unreadable++;
}

static void
lost (Soak       *soak,
      guint       kill,
      const char *what)
{
  soak->lost++;
  g_printerr ("After kill %u, %s was reported saved but is not there\n", kill, what);
}

/* Opens the folder as Hammy does at the start, and checks everything reported so far. */
static void
check_folder (Soak       *soak,
              const char *root,
              guint       kill,
              HammyLibrary *library)
{
  g_autoptr(HammyData) data = hammy_data_new (root, library);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  HammyLog *log;
  HammyPlan *plan;

  soak->temps_found += count_temps (root);
  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), soak);
  g_assert_true (hammy_test_load_data (data));
  g_assert_false (hammy_data_is_read_only (data));
  soak->temps_left += count_temps (root);

  log = hammy_data_get_log (data);
  for (guint s = 0; s < hammy_log_get_n_sessions (log); s++)
    {
      const HammyLogSession *session = hammy_log_get_session (log, s);

      for (guint k = 0; k < session->sets->len; k++)
        g_hash_table_add (present, g_strdup_printf ("%s %u", session->id, (guint) k + 1));
    }
  g_hash_table_iter_init (&iter, soak->sets);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (present, key))
      lost (soak, kill, key);

  /* The plan in use is the last reported, or one asked for after it; every one before is kept. */
  plan = hammy_data_get_plan (data);
  if (soak->plans->len > 0)
    {
      const char *last = g_ptr_array_index (soak->plans, soak->plans->len - 1);
      const char *note = plan != NULL ? hammy_plan_get_private_note (plan) : NULL;

      /* Notes sort as they were made: "plan RUN-STEP stamp". */
      if (note == NULL || strncmp (note, last, strlen (note)) < 0)
        lost (soak, kill, last);
      for (guint i = 0; i + 1 < soak->plans->len; i++)
        if (!history_holds (root, g_ptr_array_index (soak->plans, i)))
          lost (soak, kill, g_ptr_array_index (soak->plans, i));
      /* Checked once: the next kills only add to it. */
      while (soak->plans->len > 1)
        g_ptr_array_remove_index (soak->plans, 0);
    }

  g_hash_table_iter_init (&iter, soak->profiles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean listed = FALSE;
      GListModel *profiles = hammy_data_get_profiles (data);

      for (guint i = 0; i < g_list_model_get_n_items (profiles) && !listed; i++)
        {
          g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);

          listed = g_str_equal (hammy_profile_get_id (profile), key);
        }
      if (GPOINTER_TO_INT (value) != 2 && listed != GPOINTER_TO_INT (value))
        {
          g_autofree char *what = g_strdup_printf ("the profile %s %s", (char *) key, value ? "added" : "deleted");

          lost (soak, kill, what);
        }
    }

  hammy_data_flush (data);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));
}

static void
take_reports (Soak       *soak,
              const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint j = 0; lines[j] != NULL; j++)
    {
      const char *line = lines[j];

      if (g_str_has_prefix (line, "set "))
        {
          g_auto(GStrv) parts = g_strsplit (line + strlen ("set "), " ", 2);
          guint number = (guint) g_ascii_strtoull (parts[1], NULL, 10);

          /* The child numbers sets 1 to 100 and on; the log counts them in order. */
          g_hash_table_add (soak->sets, g_strdup_printf ("%s %u", parts[0], number));
          soak->n_sets++;
        }
      else if (g_str_has_prefix (line, "plan "))
        {
          g_ptr_array_add (soak->plans, g_strdup (line + strlen ("plan ")));
          soak->n_plans++;
        }
      else if (g_str_has_prefix (line, "profile-add "))
        {
          g_hash_table_insert (soak->profiles, g_strdup (line + strlen ("profile-add ")), GINT_TO_POINTER (TRUE));
          soak->n_profile_changes++;
        }
      else if (g_str_has_prefix (line, "profile-deleting "))
        {
          g_hash_table_insert (soak->profiles, g_strdup (line + strlen ("profile-deleting ")), GINT_TO_POINTER (2));
        }
      else if (g_str_has_prefix (line, "profile-delete "))
        {
          g_hash_table_insert (soak->profiles, g_strdup (line + strlen ("profile-delete ")), GINT_TO_POINTER (FALSE));
          soak->n_profile_changes++;
        }
    }
}

static void
test_killed_children_lose_nothing_reported (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  Soak soak = { 0 };

  soak.sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  soak.plans = g_ptr_array_new_with_free_func (g_free);
  soak.profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_assert_nonnull (self_path);
  g_mkdir_with_parents (root, 0700);

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *run = g_strdup_printf ("%u", i);
      const char *argv[] = { self_path, "--child", root, run, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) output = g_string_new (NULL);
      GPid pid;
      int out_fd, status;
      guint reports;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* One kill in ten lands while the child starts, reads the folder and sets right what a
       * crash left; the rest once it has reported a random number of saves, however slow the
       * machine is, then anywhere in the next few milliseconds of saving. */
      if (g_test_rand_int_range (0, 10) > 0)
        {
          read_reports (out_fd, output, 1);
          read_reports (out_fd, output, g_test_rand_int_range (0, 24));
        }
      g_usleep (g_test_rand_int_range (0, 8000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      read_reports (out_fd, output, -1);
      close (out_fd);
      g_spawn_close_pid (pid);

      /* A child that ended by itself failed: it was not killed. */
      if (!WIFSIGNALED (status))
        g_error ("The child of run %u ended by itself (status %d): %s", i, status, output->str);

      reports = soak.n_sets + soak.n_plans + soak.n_profile_changes;
      take_reports (&soak, output->str);
      if (strstr (output->str, "ready\n") != NULL && strstr (output->str, "done\n") == NULL &&
          soak.n_sets + soak.n_plans + soak.n_profile_changes > reports)
        soak.kills_mid_stream++;

      check_folder (&soak, root, i, library);
    }

  /* A TAP comment, so the test harness reads past it; the soak benchmark prints it as is. */
  printf ("# %u kills: %u writes reported saved (%u sets, %u plans, %u profiles added or deleted), "
          "%u kills among the saves; %u lost, %u files unreadable; %u temporary files left by the kills, "
          "%u left after a start\n",
          iterations, soak.n_sets + soak.n_plans + soak.n_profile_changes, soak.n_sets, soak.n_plans,
          soak.n_profile_changes, soak.kills_mid_stream, soak.lost, soak.unreadable, soak.temps_found,
          soak.temps_left);
  fflush (stdout);

  g_assert_cmpuint (soak.lost, ==, 0);
  g_assert_cmpuint (soak.unreadable, ==, 0);
  g_assert_cmpuint (soak.temps_left, ==, 0);
  /* A run that saved nothing proves nothing: each kind of save must have been reported, and
   * most kills must have landed among the saves, whatever the machine's speed (the kills wait
   * for reports, never for a time). */
  g_assert_cmpuint (soak.n_sets, >=, iterations);
  g_assert_cmpuint (soak.n_plans, >, 0);
  g_assert_cmpuint (soak.n_profile_changes, >, 0);
  g_assert_cmpuint (soak.kills_mid_stream, >=, iterations / 2);

  g_hash_table_unref (soak.sets);
  g_ptr_array_unref (soak.plans);
  g_hash_table_unref (soak.profiles);
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("HAMMY_CRASH_ITERATIONS");

  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  if (env != NULL)
    iterations = (guint) g_ascii_strtoull (env, NULL, 10);
  for (int i = 1; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--iterations"))
      iterations = (guint) g_ascii_strtoull (argv[i + 1], NULL, 10);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/store/crash/killed-children-lose-nothing-reported", test_killed_children_lose_nothing_reported);

  return g_test_run ();
}
