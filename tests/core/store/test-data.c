/* test-data.c: the person's data against the attacks of issue 20: checks from the future, a
 * plan whose history cannot be written, restores too large or too many, junk backups, stale
 * files from crashes and failures that must be named for what they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "hammy-core-test-utils.h"
#include "hammy-data-private.h"
#include "hammy-json-guard.h"
#include "hammy-planner.h"
#include "hammy-store-private.h"

static HammyLibrary *library;

static char *
make_root (const char *name)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_mkdir_with_parents (root, 0700);
  return g_steal_pointer (&root);
}

static void
on_problem_cb (HammyData  *data,
               const char *message,
               GPtrArray  *problems)
{
  g_ptr_array_add (problems, g_strdup (message));
}

/* A profile's data read from @root, living on @clock (the real one when NULL). */
static HammyData *
load_data (const char *root,
           HammyClock *clock,
           GPtrArray  *problems)
{
  HammyData *data = hammy_data_new (root, library);

  if (clock != NULL)
    hammy_data_set_clock (data, clock);
  g_signal_connect (data, "problem", G_CALLBACK (on_problem_cb), problems);
  g_assert_true (hammy_test_load_data (data));

  return data;
}

static HammyAssessment *
assess_at (const char *answers_json,
           GDateTime  *created)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, answers_json, -1, &error);
  g_assert_no_error (error);
  return hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), created);
}

static gboolean
is_blocked_by (HammyData       *data,
               HammyAssessment *urgent)
{
  HammyAssessment *blocking = hammy_data_get_blocking_assessment (data);

  return blocking != NULL && g_date_time_equal (hammy_assessment_get_created (blocking),
                                                hammy_assessment_get_created (urgent));
}

static gboolean
contains (GPtrArray  *problems,
          const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* ---- 1: a check in the future never hides a later one --------------------------------- */

/* The clock was a year ahead when a check was saved, then put right: the urgent check made
 * after that blocks Today, now and after a restart. */
static void
test_check_saved_with_the_clock_ahead (void)
{
  g_autofree char *root = make_root ("ahead");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) ahead = g_date_time_new_utc (2027, 6, 1, 10, 0, 0);
  g_autoptr(GDateTime) right = g_date_time_new_utc (2026, 6, 1, 10, 0, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new_utc (2026, 6, 2, 9, 0, 0);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (ahead);
  g_autoptr(HammyClock) later = hammy_fake_clock_new (next_day);
  HammyData *data = load_data (root, clock, problems);
  g_autoptr(HammyData) again = NULL;
  g_autoptr(HammyAssessment) build = assess_at (HAMMY_TEST_ANSWERS_BUILD, ahead);
  g_autoptr(HammyAssessment) urgent = NULL;

  hammy_data_add_assessment (data, build);
  hammy_fake_clock_set_wall_time (clock, right);
  urgent = assess_at (HAMMY_TEST_ANSWERS_CLOT, right);
  hammy_data_add_assessment (data, urgent);

  g_assert_true (is_blocked_by (data, urgent));
  g_assert_true (hammy_data_get_latest_assessment (data) == urgent);
  hammy_data_flush (data);

  /* One copy of Hammy holds a folder at a time. */
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));
  again = load_data (root, later, problems);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (again)), ==, 2);
  g_assert_true (is_blocked_by (again, urgent));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* A backup made elsewhere holds a check dated 9999-12-31: restored, it ranks as saved no later
 * than the backup, so an urgent check from before the restore and one from after both win. */
static void
test_restored_check_from_the_future (void)
{
  g_autofree char *source_root = make_root ("future-source");
  g_autofree char *root = make_root ("future");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) far = g_date_time_new_utc (9999, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) made = g_date_time_new_utc (2026, 5, 1, 8, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new_utc (2026, 6, 1, 10, 0, 0);
  g_autoptr(GDateTime) old_day = g_date_time_new_utc (2025, 2, 1, 8, 0, 0);
  g_autoptr(HammyClock) source_clock = hammy_fake_clock_new (old_day);
  g_autoptr(HammyClock) clock = hammy_fake_clock_new (today);
  g_autoptr(HammyData) source = load_data (source_root, source_clock, problems);
  HammyData *data = load_data (root, clock, problems);
  g_autoptr(HammyAssessment) future = assess_at (HAMMY_TEST_ANSWERS_BUILD, far);
  g_autoptr(HammyAssessment) old = assess_at (HAMMY_TEST_ANSWERS_CALM, old_day);
  g_autoptr(HammyAssessment) urgent = assess_at (HAMMY_TEST_ANSWERS_CLOT, today);
  g_autoptr(HammyAssessment) urgent_after = NULL;
  g_autoptr(HammyBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  /* The source's clock says 9999-12-31, for the check and for "saved" alike (which the clock
   * gives as its latest moment, 9999-12-30); the backup itself says it was made in May. */
  hammy_data_add_assessment (source, old);
  hammy_fake_clock_set_wall_time (source_clock, far);
  hammy_data_add_assessment (source, future);
  hammy_fake_clock_set_wall_time (source_clock, made);
  backup = hammy_test_backup_of (source);
  {
    g_autoptr(GDateTime) latest = g_date_time_new_from_unix_utc (HAMMY_CLOCK_LATEST);

    g_assert_true (g_date_time_equal (hammy_check_file_get_saved (future), latest));
  }

  hammy_data_add_assessment (data, urgent);
  g_assert_true (hammy_test_restore_backup (data, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 3);
  g_assert_true (is_blocked_by (data, urgent));

  hammy_fake_clock_advance (clock, 60 * G_USEC_PER_SEC);
  {
    g_autoptr(GDateTime) now = hammy_clock_dup_utc_time (clock);

    urgent_after = assess_at (HAMMY_TEST_ANSWERS_CLOT, now);
  }
  hammy_data_add_assessment (data, urgent_after);
  g_assert_true (is_blocked_by (data, urgent_after));
  hammy_data_flush (data);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));

  /* The restored check keeps its own time, and what it was saved as is on disk. */
  {
    g_autoptr(HammyData) again = load_data (root, clock, problems);
    GListModel *checks = hammy_data_get_assessments (again);
    g_autoptr(HammyAssessment) last = g_list_model_get_item (checks, g_list_model_get_n_items (checks) - 1);

    g_assert_true (is_blocked_by (again, urgent_after));
    g_assert_true (g_date_time_equal (hammy_assessment_get_created (last), old_day));
  }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* ---- 4: a plan whose history cannot be written ---------------------------------------- */

static int
fail_plan_history (const char *operation,
                   const char *path,
                   gpointer    user_data)
{
  return strstr (path, "plan-history") != NULL && g_str_equal (operation, "open") ? EACCES : 0;
}

static char *
plan_on_disk (const char *root)
{
  g_autofree char *path = g_build_filename (root, "profiles", "default", "plan.json", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
wait_for_problems (HammyData *data,
                   GPtrArray *problems,
                   guint      n)
{
  hammy_data_flush (data);
  while (problems->len < n)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_plan_kept_when_history_fails (void)
{
  g_autofree char *root = make_root ("history");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, NULL, problems);
  g_autoptr(HammyAssessment) check = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(HammyPlan) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *history = g_build_filename (root, "profiles", "default", "plan-history", NULL);

  hammy_data_add_assessment (data, check);
  g_assert_true (hammy_plan_set_private_note (hammy_data_get_plan (data), "Made by hand, keep it.", &error));
  g_assert_no_error (error);
  hammy_data_flush (data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  edited = plan_on_disk (root);
  g_assert_nonnull (strstr (edited, "Made by hand, keep it."));

  /* plan-history cannot be written: the new plan is in use, the hand-made one stays on disk,
   * and the sentence says which was saved and which was not. */
  hammy_store_set_fault (fail_plan_history, NULL);
  other = hammy_plan_new_for_phase (library, HAMMY_TRIAGE_PHASE_CALM);
  hammy_data_set_plan (data, other);
  wait_for_problems (data, problems, 1);
  hammy_store_set_fault (NULL, NULL);

  g_assert_true (hammy_data_get_plan (data) == other);
  {
    g_autofree char *now = plan_on_disk (root);

    g_assert_cmpstr (now, ==, edited);
  }
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "was not saved"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "plan-history"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "permission"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "previous plan is still the one saved"));

  /* The next change saves both, the hand-made plan into plan-history once. */
  g_assert_true (hammy_plan_set_private_note (other, "New one.", &error));
  g_assert_true (hammy_plan_set_private_note (other, "New one, again.", &error));
  hammy_data_flush (data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    g_autofree char *now = plan_on_disk (root);
    g_autoptr(GDir) dir = g_dir_open (history, 0, NULL);
    const char *name;
    guint n = 0;

    g_assert_nonnull (strstr (now, "New one, again."));
    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (history, name, NULL);
        g_autofree char *kept = NULL;

        g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
        g_assert_cmpstr (kept, ==, edited);
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }
  g_assert_cmpuint (problems->len, ==, 1);
}

/* ---- 3 and 6: restores within every limit, fast, and junk refused --------------------- */

/* A month of @n sessions as a month file's text, started @first minutes into the month. */
static void
append_month (GString    *text,
              const char *key,
              guint       n,
              guint       first)
{
  g_string_append_printf (text, "{\"format\": \"hammy-log\", \"version\": 2, \"month\": \"%s\", \"sessions\": [", key);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *stamp = NULL;
      int year = 0, month = 0;

      sscanf (key, "%d-%d", &year, &month);
      {
        g_autoptr(GDateTime) base = g_date_time_new_local (year, month, 1, 0, 0, 0);

        /* Within the month wherever the tests run: a minute apart from the month's second day. */
        start = g_date_time_add_minutes (base, 24 * 60 + first + i);
      }
      stamp = hammy_json_format_time (start);
      g_string_append_printf (text, "%s{\"id\": \"%s\", \"started\": \"%s\", \"status\": \"done\", \"sets\": ["
                                    "{\"exercise\": \"single-leg-bridge\", \"side\": \"left\", \"number\": 1, \"reps\": 12, \"pain\": 1, \"at\": 60},"
                                    "{\"exercise\": \"single-leg-bridge\", \"side\": \"right\", \"number\": 1, \"reps\": 12, \"pain\": 1, \"at\": 120}]}",
                              i == 0 ? "" : ",", stamp, stamp);
    }
  g_string_append (text, "], \"checkins\": []}");
}

static HammyBackup *
backup_from_text (const char  *text,
                  gsize        length,
                  GError     **error)
{
  return hammy_backup_new_from_bytes (text, length, library, error);
}

static HammyBackup *
month_backup (const char *key,
              guint       n,
              guint       first)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"hammy-backup\", \"version\": 2, \"created\": \"2026-05-01T08:00:00Z\","
                                          " \"assessments\": [], \"log\": [");
  g_autoptr(GError) error = NULL;
  HammyBackup *backup;

  append_month (text, key, n, first);
  g_string_append (text, "]}");
  backup = backup_from_text (text->str, text->len, &error);
  g_assert_no_error (error);
  return backup;
}

/* Two valid backups of 700 sessions in one month each: merged, the month reads back whole with
 * the person's own. A third is refused before anything changes, with a sentence. */
static void
test_restored_months_stay_readable (void)
{
  g_autofree char *root = make_root ("merges");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  HammyData *data = load_data (root, NULL, problems);
  g_autoptr(HammyBackup) first = month_backup ("2026-03", 700, 0);
  g_autoptr(HammyBackup) second = month_backup ("2026-03", 700, 1000);
  g_autoptr(HammyBackup) third = month_backup ("2026-03", 700, 2000);
  g_autoptr(GDateTime) own_start = g_date_time_new_local (2026, 3, 20, 7, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *backups = g_build_filename (root, "profiles", "default", "backups", NULL);
  HammyLog *log = hammy_data_get_log (data);
  g_autofree char *own = NULL;

  own = g_strdup (hammy_log_begin_session (log, own_start, "build", 1));
  g_assert_nonnull (own);
  g_assert_true (hammy_test_restore_backup (data, first, &error));
  g_assert_true (hammy_test_restore_backup (data, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hammy_log_get_n_sessions (log), ==, 1401);

  g_assert_false (hammy_test_restore_backup (data, third, &error));
  g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "2026-03"));
  g_assert_cmpuint (hammy_log_get_n_sessions (log), ==, 1401);
  hammy_data_flush (data);
  {
    g_autoptr(GDir) dir = g_dir_open (backups, 0, NULL);
    guint n = 0;

    while (dir != NULL && g_dir_read_name (dir) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&data));

  {
    g_autoptr(HammyData) again = load_data (root, NULL, problems);

    g_assert_cmpuint (hammy_log_get_n_sessions (hammy_data_get_log (again)), ==, 1401);
    g_assert_nonnull (hammy_log_lookup_session (hammy_data_get_log (again), own));
  }
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Ten thousand checks restore in one step: one lookup each, the disk flushed once. */
/* CPU time used by the whole process, every thread, in microseconds. */
static gint64
process_cpu_time (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

/* A backup of @n checks an hour apart, from 2000 on. */
static HammyBackup *
checks_backup (guint n)
{
  g_autoptr(HammyAssessment) model = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);
  g_autoptr(JsonNode) node = hammy_assessment_to_json (model);
  g_autofree char *one = json_to_string (node, FALSE);
  g_autofree char *created = hammy_json_format_time (hammy_assessment_get_created (model));
  g_autoptr(GString) text = g_string_new ("{\"format\": \"hammy-backup\", \"version\": 2, \"created\": \"2026-05-01T08:00:00Z\","
                                          " \"log\": [], \"assessments\": [");
  g_autoptr(GDateTime) first = g_date_time_new_utc (2000, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  HammyBackup *backup;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) at = g_date_time_add_hours (first, i);
      g_autofree char *stamp = hammy_json_format_time (at);
      g_autoptr(GString) check = g_string_new (one);

      g_string_replace (check, created, stamp, 1);
      g_string_append (text, i == 0 ? "" : ",");
      g_string_append (text, check->str);
    }
  g_string_append (text, "]}");
  backup = backup_from_text (text->str, text->len, &error);
  g_assert_no_error (error);
  return backup;
}

static void
test_ten_thousand_checks_restore_quickly (void)
{
  g_autofree char *root = make_root ("many");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, NULL, problems);
  g_autoptr(HammyBackup) backup = checks_backup (HAMMY_BACKUP_MAX_CHECKS);
  g_autoptr(GError) error = NULL;
  gint64 start, took, cpu_start, cpu;

  start = g_get_monotonic_time ();
  cpu_start = process_cpu_time ();
  g_assert_true (hammy_test_restore_backup (data, backup, &error));
  g_assert_no_error (error);
  hammy_data_flush (data);
  took = g_get_monotonic_time () - start;
  cpu = process_cpu_time () - cpu_start;
  g_test_message ("10,000 checks restored and on disk in %.2f s (%.2f s of CPU)",
                  took / (double) G_USEC_PER_SEC, cpu / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, HAMMY_BACKUP_MAX_CHECKS);
  /* Well under a second on a quiet machine. The bound is on CPU time, all threads: a lookup
   * per item done n times over would take minutes of it, while the wall clock also counts
   * waiting for a disk that other programs keep busy. */
  g_assert_cmpint (cpu, <, 3 * G_USEC_PER_SEC);

  /* Again: nothing doubles, and one more check would be more than a backup holds. */
  g_assert_true (hammy_test_restore_backup (data, backup, &error));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, HAMMY_BACKUP_MAX_CHECKS);
  {
    g_autoptr(HammyAssessment) extra = hammy_test_assess (HAMMY_TEST_ANSWERS_CALM);
    g_autoptr(GBytes) refused = NULL;

    hammy_data_add_assessment (data, extra);
    refused = hammy_data_create_backup (data, &error);
    g_assert_null (refused);
    g_assert_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE);
  }
  hammy_data_flush (data);
  g_assert_cmpuint (problems->len, ==, 0);
}

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;   /* the temporary file whose writing cancels, from 1 */
  guint         written;
} CancelAt;

/* On the store's thread, before each file it writes: the person presses Cancel half-way. */
static int
cancel_half_way (const char *operation,
                 const char *path,
                 gpointer    user_data)
{
  CancelAt *at = user_data;

  if (g_str_equal (operation, "write") && ++at->written == at->cancel_at)
    g_cancellable_cancel (at->cancellable);
  return 0;
}

static void
count_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, >=, last[0]);
  g_assert_cmpuint (done, <=, total);
  last[0] = done;
  last[1] = total;
}

/* Files below @path whose names start with @prefix, at any depth. */
static guint
count_named (const char *path,
             const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        n += count_named (child, prefix);
      else if (g_str_has_prefix (name, prefix))
        n++;
    }
  return n;
}

/* A large restore tells how far it has got, and Cancel half-way through writing it leaves
 * everything as it was: no check, no backup of before, no temporary file. Then it runs to the
 * end, its progress rising to the whole. */
static void
test_restore_cancelled_changes_nothing (void)
{
  g_autofree char *root = make_root ("cancelled");
  g_autofree char *checks_dir = g_build_filename (root, "profiles", "default", "assessments", NULL);
  g_autofree char *backups_dir = g_build_filename (root, "profiles", "default", "backups", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, NULL, problems);
  g_autoptr(HammyBackup) backup = checks_backup (2000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) slot = NULL;
  g_autoptr(GError) error = NULL;
  CancelAt at = { cancellable, 1000, 0 };
  guint progress[2] = { 0, 0 };

  hammy_store_set_fault (cancel_half_way, &at);
  hammy_data_restore_backup_async (data, backup, count_progress_cb, progress, cancellable, hammy_test_store_result, &slot);
  g_assert_false (hammy_data_restore_backup_finish (data, hammy_test_wait_result (&slot), &error));
  hammy_store_set_fault (NULL, NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&slot);
  hammy_data_flush (data);
  g_assert_cmpuint (at.written, >=, at.cancel_at);

  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 0);
  g_assert_cmpuint (count_named (checks_dir, ""), ==, 0);
  g_assert_cmpuint (count_named (backups_dir, ""), ==, 0);
  g_assert_cmpuint (count_named (root, ".tmp-"), ==, 0);

  /* Not cancelled: every check, and progress that only rose, to the whole. */
  progress[0] = progress[1] = 0;
  hammy_data_restore_backup_async (data, backup, count_progress_cb, progress, NULL, hammy_test_store_result, &slot);
  g_assert_true (hammy_data_restore_backup_finish (data, hammy_test_wait_result (&slot), &error));
  g_assert_no_error (error);
  hammy_data_flush (data);
  g_assert_cmpuint (progress[1], >, 0);
  g_assert_cmpuint (progress[0], ==, progress[1]);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (data)), ==, 2000);
  g_assert_cmpuint (count_named (checks_dir, ""), ==, 2000);
  g_assert_cmpuint (count_named (backups_dir, ""), ==, 1);
  g_assert_cmpuint (count_named (root, ".tmp-"), ==, 0);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The peak of resident memory, in kibibytes, after the peak is set back to now where the
 * system allows; 0 when it cannot be read. */
static guint64
peak_kib (gboolean reset)
{
  g_autofree char *status = NULL;
  const char *line;

  if (reset)
    g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
}

/* 64 MB of junk in the shape of a backup: refused in moments, with little memory, before
 * json-glib builds anything of it. */
static void
test_junk_backup_refused_quickly (void)
{
  const char *head = "{\"format\": \"hammy-backup\", \"version\": 2, \"created\": \"2026-05-01T08:00:00Z\","
                     " \"assessments\": [], \"log\": [], \"junk\": ";
  g_autofree char *directory = g_dir_make_tmp ("hammy-junk-XXXXXX", NULL);
  const char *kinds[] = { "flat", "nested", "random" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_build_filename (directory, "junk.hammybackup", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GString) text = g_string_sized_new (HAMMY_BACKUP_MAX_BYTES);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HammyBackup) backup = NULL;
      g_autoptr(GError) error = NULL;
      guint64 before, after;
      gint64 start, took;

      if (g_str_equal (kinds[k], "random"))
        {
          while (text->len < HAMMY_BACKUP_MAX_BYTES - 16)
            g_string_append_c (text, (char) g_random_int_range (0, 256));
        }
      else
        {
          g_string_append (text, head);
          g_string_append_c (text, '[');
          while (text->len < HAMMY_BACKUP_MAX_BYTES - 64)
            {
              if (g_str_equal (kinds[k], "nested") && text->len % 8192 == 0)
                g_string_append (text, "[0],");
              else
                g_string_append (text, "0,");
            }
          g_string_append (text, "0]}");
        }
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
      g_string_truncate (text, 0);

      before = peak_kib (TRUE);
      start = g_get_monotonic_time ();
      bytes = hammy_store_read_gfile (file, HAMMY_BACKUP_MAX_BYTES, NULL, NULL, &error);
      g_assert_no_error (error);
      backup = hammy_backup_new_from_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), library, &error);
      took = g_get_monotonic_time () - start;
      after = peak_kib (FALSE);

      g_assert_null (backup);
      g_assert_error (error, HAMMY_JSON_ERROR,
                      g_str_equal (kinds[k], "random") ? HAMMY_JSON_ERROR_ENCODING : HAMMY_JSON_ERROR_TOO_LARGE);
      g_test_message ("%s junk: refused in %.2f s, peak %" G_GUINT64_FORMAT " MiB above the start",
                      kinds[k], took / (double) G_USEC_PER_SEC, (after - MIN (after, before)) / 1024);
      g_assert_cmpint (took, <, 5 * G_USEC_PER_SEC);
      /* The file's bytes and a little more: json-glib would have taken gigabytes. */
      if (before > 0 && after > 0)
        g_assert_cmpuint (after - MIN (after, before), <, 200 * 1024);
      g_unlink (path);
    }
  g_rmdir (directory);
}

/* ---- 7: reasons that name the cause --------------------------------------------------- */

static int fault_errno;
static const char *fault_operation;

static int
fail_operation (const char *operation,
                const char *path,
                gpointer    user_data)
{
  return g_str_equal (operation, fault_operation) ? fault_errno : 0;
}

/* Each failure to take charge of the folder says why, and only another copy says "another
 * copy"; a disk that cannot lock still saves, and says so. */
static void
test_read_only_reasons (void)
{
  struct { const char *operation; int errsv; const char *says; gboolean read_only; } cases[] = {
    { "open", EROFS, "can only be read", TRUE },
    { "open", EACCES, "does not have permission", TRUE },
    { "flock", EWOULDBLOCK, "Another copy of Hammy", TRUE },
    { "flock", ENOLCK, "cannot lock files", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("reasons-%u", i);
      g_autofree char *root = make_root (name);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(HammyData) data = NULL;

      fault_operation = cases[i].operation;
      fault_errno = cases[i].errsv;
      hammy_store_set_fault (fail_operation, NULL);
      data = load_data (root, NULL, problems);
      hammy_store_set_fault (NULL, NULL);

      g_assert_cmpint (hammy_data_is_read_only (data), ==, cases[i].read_only);
      g_assert_true (contains (problems, cases[i].says));
      if (cases[i].read_only)
        g_assert_nonnull (strstr (hammy_data_get_read_only_reason (data), cases[i].says));
      else
        g_assert_null (hammy_data_get_read_only_reason (data));
      if (cases[i].errsv != EWOULDBLOCK)
        g_assert_false (contains (problems, "nother copy of Hammy is using"));
    }
}

/* A full disk: the sentence starts with why, so a toast cut short still says it. */
static void
test_full_disk_says_so_first (void)
{
  g_autofree char *root = make_root ("full");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = load_data (root, NULL, problems);
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 3, 10, 8, 0, 0);

  fault_operation = "write";
  fault_errno = ENOSPC;
  hammy_store_set_fault (fail_operation, NULL);
  hammy_log_begin_session (hammy_data_get_log (data), day, "build", 2);
  hammy_data_set_sore_side (data, HAMMY_SIDE_LEFT);
  wait_for_problems (data, problems, 2);
  hammy_store_set_fault (NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const char *message = g_ptr_array_index (problems, i);

      g_test_message ("%s", message);
      g_assert_true (g_str_has_prefix (message, "There is no space left on the disk"));
    }
  g_assert_true (contains (problems, "“2026-03.json” was not saved"));
  g_assert_true (contains (problems, "“sore-side.json” was not saved"));
}

static int
fail_plan_read (const char *operation,
                const char *path,
                gpointer    user_data)
{
  return g_str_equal (operation, "open") && g_str_has_suffix (path, G_DIR_SEPARATOR_S "plan.json") ? EACCES : 0;
}

/* A file Hammy may not read, or a link that leads round in a circle: named for what it is,
 * never "this version of Hammy cannot read it". */
static void
test_unreadable_files_named_for_what_they_are (void)
{
  g_autofree char *root = make_root ("unreadable");
  g_autofree char *profile = g_build_filename (root, "profiles", "default", NULL);
  g_autofree char *plan = g_build_filename (profile, "plan.json", NULL);
  g_autofree char *side = g_build_filename (profile, "sore-side.json", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HammyData) data = NULL;
  GStatBuf info;

  g_mkdir_with_parents (profile, 0700);
  g_assert_true (g_file_set_contents (plan, "{}", -1, NULL));
  g_assert_cmpint (symlink ("sore-side.json", side), ==, 0);

  fault_operation = "open";
  fault_errno = EACCES;
  hammy_store_set_fault (fail_plan_read, NULL);
  data = load_data (root, NULL, problems);
  hammy_store_set_fault (NULL, NULL);

  g_assert_true (contains (problems, "Hammy does not have permission to read it"));
  g_assert_true (contains (problems, "leads round in a circle"));
  g_assert_false (contains (problems, "cannot read it"));
  /* The loop is a link: moved aside as a link. */
  g_assert_cmpint (g_lstat (side, &info), !=, 0);

  /* Writing over the plan it could not read is refused with the same reason. */
  {
    g_autoptr(HammyAssessment) check = hammy_test_assess (HAMMY_TEST_ANSWERS_BUILD);

    hammy_data_add_assessment (data, check);
    wait_for_problems (data, problems, 3);
    g_assert_true (contains (problems, "Hammy could not read “plan.json” (Hammy does not have permission to read it), so it was not written over."));
  }
}

/* ---- 9: what a crash left behind ------------------------------------------------------- */

static void
test_stale_temp_files_removed_at_start (void)
{
  g_autofree char *root = make_root ("stale");
  g_autofree char *log = g_build_filename (root, "profiles", "default", "log", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  const char *stale[] = { ".tmp-2026-03.json-Ab12Cd", "2026-03.json.Xy98Zw" };
  const char *kept[] = { "2026-03.json.version-1", "2026-03.json.damaged-2026-03-14-101010", "notes.txt" };

  g_mkdir_with_parents (log, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (log, stale[i], NULL);

      g_assert_true (g_file_set_contents (path, "{\"half", -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (log, kept[i], NULL);

      g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
    }

  {
    g_autoptr(HammyData) data = load_data (root, NULL, problems);
  }

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (log, stale[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (log, kept[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = hammy_test_load_library ();

  g_test_add_func ("/data/checks/saved-with-the-clock-ahead", test_check_saved_with_the_clock_ahead);
  g_test_add_func ("/data/checks/restored-from-the-future", test_restored_check_from_the_future);
  g_test_add_func ("/data/plan/kept-when-history-fails", test_plan_kept_when_history_fails);
  g_test_add_func ("/data/restore/months-stay-readable", test_restored_months_stay_readable);
  g_test_add_func ("/data/restore/ten-thousand-checks", test_ten_thousand_checks_restore_quickly);
  g_test_add_func ("/data/restore/junk-refused-quickly", test_junk_backup_refused_quickly);
  g_test_add_func ("/data/restore/cancelled-changes-nothing", test_restore_cancelled_changes_nothing);
  g_test_add_func ("/data/reasons/read-only", test_read_only_reasons);
  g_test_add_func ("/data/reasons/full-disk", test_full_disk_says_so_first);
  g_test_add_func ("/data/reasons/unreadable", test_unreadable_files_named_for_what_they_are);
  g_test_add_func ("/data/crash/stale-temp-files", test_stale_temp_files_removed_at_start);

  return g_test_run ();
}
