/* test-profiles.c: profiles: the first one made without asking from what is on disk, added,
 * renamed, switched, deleted and brought back, and a damaged or hostile profiles.json kept
 * aside with the list made again from the folders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-own-clips-private.h"
#include "hammy-profiles-private.h"
#include "hammy-store-private.h"

#define CLIP_HASH "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static HammyLibrary *library;

typedef struct
{
  char      *root;
  HammyData *data;
  GPtrArray *problems;
  guint      changes;
  guint      changes_while_reading;
} Fixture;

/* ---- files on disk ------------------------------------------------------------------- */

static char *
corpus_text (const char *name)
{
  g_autofree char *path = g_build_filename (CORPUS_DIR, name, NULL);
  char *text = hammy_test_read_file (path, NULL);

  g_assert_nonnull (text);
  return text;
}

/* A plan whose private note says whose it is. */
static void
place_plan (Fixture    *f,
            const char *id,
            const char *note)
{
  g_autofree char *text = corpus_text ("plan-json-good.json");
  g_autofree char *path = g_build_filename (f->root, "profiles", id, "plan.json", NULL);
  g_auto(GStrv) parts = g_strsplit (text, "Knee tape helps on the bridges.", 2);
  g_autofree char *plan = g_strjoin (note, parts[0], parts[1], NULL);

  hammy_test_write_file (path, plan, -1);
}

static void
place_log (Fixture    *f,
           const char *id,
           const char *corpus_name,
           const char *month)
{
  g_autofree char *text = corpus_text (corpus_name);
  g_autofree char *name = g_strconcat (month, ".json", NULL);
  g_autofree char *path = g_build_filename (f->root, "profiles", id, "log", name, NULL);

  hammy_test_write_file (path, text, -1);
}

/* A done session two days ago and no check-in since: the morning check-in is due. */
static void
place_recent_session (Fixture    *f,
                      const char *id)
{
  g_autofree char *log_dir = g_build_filename ("profiles", id, "log", NULL);
  HammyStore *store = hammy_store_new (f->root);
  HammyLog *log = hammy_log_new (store, log_dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) ended = g_date_time_add_minutes (started, 30);
  const char *session = hammy_log_begin_session (log, started, "build", 4);

  hammy_log_end_session (log, session, ended, HAMMY_SESSION_DONE);
  hammy_store_flush (store);
  g_object_unref (log);
  hammy_test_unref_and_wait_finalized (store);
}

static void
place_check (Fixture    *f,
             const char *id)
{
  g_autofree char *text = corpus_text ("assessment-good.json");
  g_autofree char *path = g_build_filename (f->root, "profiles", id, "assessments", "2026-01-05T10-00-00Z.json", NULL);

  hammy_test_write_file (path, text, -1);
}

static void
place_video (Fixture    *f,
             const char *id)
{
  g_autofree char *text = corpus_text ("own-clips-good.json");
  g_autofree char *path = g_build_filename (f->root, "profiles", id, "clips.json", NULL);
  g_autofree char *clip = g_build_filename (f->root, "clips", CLIP_HASH ".webm", NULL);

  hammy_test_write_file (path, text, -1);
  hammy_test_write_file (clip, "not really a video", -1);
}

static void
place_list (Fixture    *f,
            const char *json)
{
  g_autofree char *path = g_build_filename (f->root, "profiles.json", NULL);

  hammy_test_write_file (path, json, -1);
}

static void
place_own_name (Fixture    *f,
                const char *id,
                const char *name)
{
  g_autofree char *path = g_build_filename (f->root, "profiles", id, "profile.json", NULL);
  g_autofree char *json = g_strdup_printf ("{\"format\": \"hammy-profile\", \"version\": 1, \"name\": \"%s\", "
                                           "\"created\": \"2026-02-01T10:00:00Z\"}", name);

  hammy_test_write_file (path, json, -1);
}

static gboolean
exists (Fixture    *f,
        const char *relative)
{
  g_autofree char *path = g_build_filename (f->root, relative, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static GPtrArray *
names_in (const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  return names;
}

static JsonObject *
read_json (Fixture    *f,
           const char *relative)
{
  g_autofree char *path = g_build_filename (f->root, relative, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* ---- the data ------------------------------------------------------------------------ */

static void
on_problem_cb (HammyData  *data,
               const char *message,
               Fixture    *f)
{
  g_ptr_array_add (f->problems, g_strdup (message));
}

static void
on_changed_cb (HammyData *data,
               Fixture   *f)
{
  f->changes++;
  if (!hammy_data_is_loaded (data))
    f->changes_while_reading++;
}

static void
open_data (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  f->data = hammy_data_new (f->root, library);
  g_signal_connect (f->data, "problem", G_CALLBACK (on_problem_cb), f);
  g_signal_connect (f->data, "changed", G_CALLBACK (on_changed_cb), f);
  hammy_data_load_async (f->data, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_load_finish (f->data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (hammy_data_is_loaded (f->data));
}

static void
close_data (Fixture *f)
{
  hammy_data_flush (f->data);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->data));
}

static HammyProfile *
profile_at (Fixture *f,
            guint    position)
{
  GListModel *profiles = hammy_data_get_profiles (f->data);
  g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, position);

  g_assert_nonnull (profile);
  /* The list holds it. */
  return profile;
}

static guint
n_profiles (Fixture *f)
{
  return g_list_model_get_n_items (hammy_data_get_profiles (f->data));
}

static void
switch_to (Fixture      *f,
           HammyProfile *profile)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  hammy_data_switch_profile_async (f->data, profile, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_switch_profile_finish (f->data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (hammy_data_get_current_profile (f->data) == profile);
  g_assert_true (hammy_data_is_loaded (f->data));
}

/* Until a switch started by a deletion or an undo has read its profile. */
static void
wait_loaded (Fixture *f)
{
  g_assert_true (hammy_test_wait_data_loaded (f->data));
  hammy_data_flush (f->data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static const char *
plan_note (Fixture *f)
{
  HammyPlan *plan = hammy_data_get_plan (f->data);

  return plan != NULL ? hammy_plan_get_private_note (plan) : NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  f->root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->root, 0700), ==, 0);
  f->problems = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  if (f->data != NULL)
    close_data (f);
  g_ptr_array_unref (f->problems);
  g_free (f->root);
}

/* ---- names --------------------------------------------------------------------------- */

static void
test_names_are_tidied_and_checked (void)
{
  g_autoptr(GListStore) profiles = g_list_store_new (HAMMY_TYPE_PROFILE);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(HammyProfile) sam = hammy_profile_new ("abc123", "Sam", now);
  g_autofree char *long_name = g_strnfill (HAMMY_PROFILE_MAX_NAME, 'x');
  g_autofree char *too_long = g_strnfill (HAMMY_PROFILE_MAX_NAME + 1, 'x');
  struct { const char *given; const char *kept; int code; } cases[] = {
    { "  Ann  ", "Ann", -1 },
    { "Ann\n\tLee", "Ann Lee", -1 },
    { "Ann \u200b Lee", "Ann Lee", -1 },
    { "Ren\xc3\xa9", "Ren\xc3\xa9", -1 },
    { long_name, long_name, -1 },
    { "", NULL, HAMMY_PROFILES_ERROR_NAME_EMPTY },
    { " \t\n ", NULL, HAMMY_PROFILES_ERROR_NAME_EMPTY },
    { too_long, NULL, HAMMY_PROFILES_ERROR_NAME_TOO_LONG },
    { "sam", NULL, HAMMY_PROFILES_ERROR_NAME_TAKEN },
    { " SAM ", NULL, HAMMY_PROFILES_ERROR_NAME_TAKEN },
  };

  g_list_store_append (profiles, sam);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *kept = hammy_profiles_check_name (G_LIST_MODEL (profiles), NULL, cases[i].given, &error);

      g_assert_cmpstr (kept, ==, cases[i].kept);
      if (cases[i].code >= 0)
        g_assert_error (error, HAMMY_PROFILES_ERROR, cases[i].code);
      else
        g_assert_no_error (error);
    }

  /* A profile may keep its own name, in another case. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *kept = hammy_profiles_check_name (G_LIST_MODEL (profiles), sam, "SAM", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (kept, ==, "SAM");
  }

  g_assert_true (hammy_profile_id_is_valid ("default"));
  g_assert_true (hammy_profile_id_is_valid ("0a1b2c3d4e5f"));
  g_assert_false (hammy_profile_id_is_valid (""));
  g_assert_false (hammy_profile_id_is_valid ("../x"));
  g_assert_false (hammy_profile_id_is_valid (".deleted"));
  g_assert_false (hammy_profile_id_is_valid ("-rf"));
  g_assert_false (hammy_profile_id_is_valid ("Default"));
  g_assert_false (hammy_profile_id_is_valid ("a/b"));
}

/* ---- the first run and the folder of an earlier Hammy ---------------------------------- */

static void
test_first_run_makes_one_profile (Fixture       *f,
                                  gconstpointer  user_data)
{
  HammyProfile *me;

  open_data (f);

  g_assert_cmpuint (n_profiles (f), ==, 1);
  me = profile_at (f, 0);
  g_assert_true (hammy_data_get_current_profile (f->data) == me);
  g_assert_cmpstr (hammy_profile_get_id (me), ==, HAMMY_PROFILE_FIRST_ID);
  g_assert_cmpstr (hammy_profile_get_name (me), ==, "Me");
  g_assert_cmpstr (hammy_data_get_profile_dir (f->data), ==, "profiles/default");
  g_assert_cmpuint (f->problems->len, ==, 0);

  /* Nothing is written until the person changes something. */
  hammy_data_flush (f->data);
  g_assert_false (exists (f, "profiles.json"));
  g_assert_false (exists (f, "profiles"));
}

static void
test_default_folder_becomes_the_first_profile (Fixture       *f,
                                               gconstpointer  user_data)
{
  place_plan (f, "default", "The runner's own plan.");
  place_log (f, "default", "log-good.json", "2026-03");
  place_check (f, "default");

  open_data (f);

  g_assert_cmpuint (n_profiles (f), ==, 1);
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (f->data)), ==, "default");
  g_assert_cmpstr (plan_note (f), ==, "The runner's own plan.");
  g_assert_nonnull (hammy_log_lookup_session (hammy_data_get_log (f->data), "2026-03-10T08:00:00Z"));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (f->data)), ==, 1);
  g_assert_cmpuint (f->problems->len, ==, 0);

  /* Renaming it moves nothing: its folder stays where it was. */
  g_assert_true (hammy_data_rename_profile (f->data, profile_at (f, 0), "Alex", NULL));
  hammy_data_flush (f->data);
  g_assert_true (exists (f, "profiles/default/plan.json"));
  g_assert_true (exists (f, "profiles/default/profile.json"));
  g_assert_true (exists (f, "profiles.json"));
  close_data (f);

  open_data (f);
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 0)), ==, "Alex");
  g_assert_cmpstr (plan_note (f), ==, "The runner's own plan.");
}

/* ---- adding, renaming and switching ---------------------------------------------------- */

static void
test_add_rename_and_switch (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sam_id = NULL;
  g_autofree char *sam_plan = NULL;
  g_autoptr(JsonObject) list = NULL;
  HammyProfile *me;
  HammyProfile *sam;
  guint changes;

  place_plan (f, "default", "Mine.");
  open_data (f);
  me = profile_at (f, 0);

  sam = hammy_data_add_profile (f->data, "  Sam  ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (sam);
  g_assert_cmpuint (n_profiles (f), ==, 2);
  g_assert_true (profile_at (f, 1) == sam);
  g_assert_cmpstr (hammy_profile_get_name (sam), ==, "Sam");
  g_assert_true (hammy_profile_id_is_valid (hammy_profile_get_id (sam)));
  g_assert_cmpstr (hammy_profile_get_id (sam), !=, "default");
  /* Adding does not switch. */
  g_assert_true (hammy_data_get_current_profile (f->data) == me);
  sam_id = g_strdup (hammy_profile_get_id (sam));

  /* Refused names change nothing. */
  g_assert_null (hammy_data_add_profile (f->data, "sam", &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_TAKEN);
  g_clear_error (&error);
  g_assert_false (hammy_data_rename_profile (f->data, me, "   ", &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_EMPTY);
  g_clear_error (&error);
  g_assert_cmpuint (n_profiles (f), ==, 2);

  g_assert_true (hammy_data_rename_profile (f->data, sam, "Sam Lee", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hammy_profile_get_name (sam), ==, "Sam Lee");

  /* Switching: "changed" at once while nothing is shown, then with Sam's (empty) data. */
  changes = f->changes;
  f->changes_while_reading = 0;
  switch_to (f, sam);
  g_assert_cmpuint (f->changes_while_reading, ==, 1);
  g_assert_cmpuint (f->changes, >=, changes + 2);
  g_assert_null (hammy_data_get_plan (f->data));
  g_assert_cmpuint (hammy_log_get_n_sessions (hammy_data_get_log (f->data)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (f->data)), ==, 0);

  /* What Sam does is saved in Sam's folder. */
  hammy_data_set_sore_side (f->data, HAMMY_SIDE_LEFT);
  hammy_data_flush (f->data);
  {
    g_autofree char *relative = g_build_filename ("profiles", sam_id, "sore-side.json", NULL);

    g_assert_true (exists (f, relative));
    g_assert_false (exists (f, "profiles/default/sore-side.json"));
  }

  switch_to (f, me);
  g_assert_cmpstr (plan_note (f), ==, "Mine.");
  g_assert_cmpint (hammy_data_get_sore_side (f->data, NULL), ==, HAMMY_SIDE_BOTH);
  switch_to (f, sam);
  g_assert_cmpint (hammy_data_get_sore_side (f->data, NULL), ==, HAMMY_SIDE_LEFT);

  /* On disk: the list, the one in use, and each profile's own name. */
  hammy_data_flush (f->data);
  list = read_json (f, "profiles.json");
  g_assert_cmpstr (json_object_get_string_member (list, "format"), ==, "hammy-profiles");
  g_assert_cmpint (json_object_get_int_member (list, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (list, "current"), ==, sam_id);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (list, "profiles")), ==, 2);
  sam_plan = g_build_filename ("profiles", sam_id, "profile.json", NULL);
  g_assert_true (exists (f, sam_plan));
  close_data (f);

  /* Opened again: the same profiles, in the same order, with Sam in use. */
  open_data (f);
  g_assert_cmpuint (n_profiles (f), ==, 2);
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 0)), ==, "Me");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 1)), ==, "Sam Lee");
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (f->data)), ==, sam_id);
  g_assert_cmpint (hammy_data_get_sore_side (f->data, NULL), ==, HAMMY_SIDE_LEFT);
  g_assert_null (hammy_data_get_plan (f->data));
}

/* Two people's files on disk: each switch shows one person's and nothing of the other's. */
static void
test_switching_reads_only_that_profile (Fixture       *f,
                                        gconstpointer  user_data)
{
  HammyProfile *ann;
  HammyProfile *ben;

  place_list (f, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
                 "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"},"
                 "{\"id\": \"b0b0b0b0b0b0\", \"name\": \"Ben\", \"created\": \"2026-02-01T10:00:00Z\"}]}");
  place_plan (f, "default", "Ann's plan.");
  place_log (f, "default", "log-good.json", "2026-03");
  place_check (f, "default");
  place_video (f, "default");
  place_plan (f, "b0b0b0b0b0b0", "Ben's plan.");
  place_log (f, "b0b0b0b0b0b0", "log-neighbour-2026-02.json", "2026-02");

  open_data (f);
  ann = profile_at (f, 0);
  ben = profile_at (f, 1);
  g_assert_cmpstr (hammy_profile_get_name (ann), ==, "Ann");
  g_assert_cmpstr (hammy_profile_get_name (ben), ==, "Ben");
  g_assert_cmpstr (plan_note (f), ==, "Ann's plan.");
  g_assert_nonnull (hammy_log_lookup_session (hammy_data_get_log (f->data), "2026-03-10T08:00:00Z"));
  g_assert_null (hammy_log_lookup_session (hammy_data_get_log (f->data), "2026-02-10T08:00:00Z"));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (f->data)), ==, 1);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (f->data)), ==, 2);

  switch_to (f, ben);
  g_assert_cmpstr (plan_note (f), ==, "Ben's plan.");
  g_assert_null (hammy_log_lookup_session (hammy_data_get_log (f->data), "2026-03-10T08:00:00Z"));
  g_assert_nonnull (hammy_log_lookup_session (hammy_data_get_log (f->data), "2026-02-10T08:00:00Z"));
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_assessments (f->data)), ==, 0);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (f->data)), ==, 0);
  g_assert_false (hammy_own_clips_has_video (hammy_data_get_own_clips (f->data), "single-leg-bridge"));

  switch_to (f, ann);
  g_assert_cmpstr (plan_note (f), ==, "Ann's plan.");
  g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (f->data)), ==, 2);
  g_assert_cmpuint (f->problems->len, ==, 0);
}

/* A second switch before the first is read: only the last one chosen is shown. */
static void
test_quick_switches_show_the_last (Fixture       *f,
                                   gconstpointer  user_data)
{
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GError) error = NULL;
  HammyProfile *ben;

  place_plan (f, "default", "Ann's plan.");
  open_data (f);
  ben = hammy_data_add_profile (f->data, "Ben", NULL);

  hammy_data_switch_profile_async (f->data, ben, NULL, hammy_test_store_result, &first);
  hammy_data_switch_profile_async (f->data, profile_at (f, 0), NULL, hammy_test_store_result, &second);
  g_assert_true (hammy_data_switch_profile_finish (f->data, hammy_test_wait_result (&second), &error));
  g_assert_no_error (error);
  g_assert_false (hammy_data_switch_profile_finish (f->data, hammy_test_wait_result (&first), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (hammy_data_get_current_profile (f->data) == profile_at (f, 0));
  g_assert_cmpstr (plan_note (f), ==, "Ann's plan.");
}

/* The morning check-in is offered once a day for each person, however often they alternate. */
static void
test_checkin_is_offered_once_per_profile (Fixture       *f,
                                          gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  HammyProfile *ann;
  HammyProfile *ben;

  place_list (f, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
                 "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"},"
                 "{\"id\": \"b0b0b0b0b0b0\", \"name\": \"Ben\", \"created\": \"2026-02-01T10:00:00Z\"}]}");
  place_plan (f, "default", "Ann's plan.");
  place_recent_session (f, "default");
  place_plan (f, "b0b0b0b0b0b0", "Ben's plan.");
  place_recent_session (f, "b0b0b0b0b0b0");

  open_data (f);
  ann = profile_at (f, 0);
  ben = profile_at (f, 1);
  g_assert_true (hammy_data_checkin_prompt_due (f->data, now));
  g_assert_false (hammy_data_checkin_prompt_due (f->data, now));
  switch_to (f, ben);
  g_assert_true (hammy_data_checkin_prompt_due (f->data, now));
  switch_to (f, ann);
  g_assert_false (hammy_data_checkin_prompt_due (f->data, now));
}

/* ---- deleting and bringing back --------------------------------------------------------- */

static char *
only_deleted_folder (Fixture *f)
{
  g_autofree char *deleted = g_build_filename (f->root, "profiles", HAMMY_PROFILES_DELETED_DIR, NULL);
  g_autoptr(GPtrArray) names = names_in (deleted);

  g_assert_cmpuint (names->len, ==, 1);
  return g_strdup (g_ptr_array_index (names, 0));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ben_id = NULL;
  g_autofree char *ben_dir = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(HammyProfile) ben = NULL;
  HammyProfile *ann;
  HammyProfile *cy;

  place_plan (f, "default", "Ann's plan.");
  open_data (f);
  ann = profile_at (f, 0);
  ben = g_object_ref (hammy_data_add_profile (f->data, "Ben", NULL));
  cy = hammy_data_add_profile (f->data, "Cy", NULL);
  ben_id = g_strdup (hammy_profile_get_id (ben));
  ben_dir = g_build_filename ("profiles", ben_id, NULL);

  /* Ben, not in use: out of the list, the folder set aside, nothing else touched. */
  switch_to (f, ben);
  hammy_data_set_sore_side (f->data, HAMMY_SIDE_RIGHT);
  switch_to (f, ann);
  g_assert_true (hammy_data_delete_profile (f->data, ben, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_profiles (f), ==, 2);
  g_assert_true (profile_at (f, 1) == cy);
  g_assert_true (hammy_data_get_current_profile (f->data) == ann);
  hammy_data_flush (f->data);
  g_assert_false (exists (f, ben_dir));
  kept = only_deleted_folder (f);
  g_assert_true (g_str_has_prefix (kept, ben_id));
  {
    g_autofree char *sore = g_build_filename ("profiles", HAMMY_PROFILES_DELETED_DIR, kept, "sore-side.json", NULL);

    g_assert_true (exists (f, sore));
  }
  g_assert_true (exists (f, "profiles/default/plan.json"));

  /* Undo: back in its place, with its folder. */
  g_assert_true (hammy_data_undo_delete_profile (f->data, ben_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_profiles (f), ==, 3);
  g_assert_true (profile_at (f, 1) == ben);
  hammy_data_flush (f->data);
  g_assert_true (exists (f, ben_dir));
  g_assert_false (hammy_data_undo_delete_profile (f->data, ben_id, &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NOT_DELETED);
  g_clear_error (&error);

  /* Ben in use: the next one is shown, and Undo shows Ben again with Ben's data. */
  switch_to (f, ben);
  g_assert_true (hammy_data_delete_profile (f->data, ben, &error));
  g_assert_no_error (error);
  g_assert_true (hammy_data_get_current_profile (f->data) == cy);
  wait_loaded (f);
  g_assert_null (hammy_data_get_plan (f->data));
  g_assert_cmpint (hammy_data_get_sore_side (f->data, NULL), ==, HAMMY_SIDE_BOTH);

  g_assert_true (hammy_data_undo_delete_profile (f->data, ben_id, &error));
  g_assert_no_error (error);
  g_assert_true (hammy_data_get_current_profile (f->data) == ben);
  wait_loaded (f);
  g_assert_cmpint (hammy_data_get_sore_side (f->data, NULL), ==, HAMMY_SIDE_RIGHT);

  /* Deleted and not brought back: gone from the list when Hammy opens again. */
  g_assert_true (hammy_data_delete_profile (f->data, cy, &error));
  g_assert_no_error (error);
  close_data (f);
  open_data (f);
  g_assert_cmpuint (n_profiles (f), ==, 2);
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 0)), ==, "Me");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 1)), ==, "Ben");
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (f->data)), ==, ben_id);
  g_assert_cmpuint (f->problems->len, ==, 0);
}

static void
test_last_profile_is_kept (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  place_plan (f, "default", "Mine.");
  open_data (f);

  g_assert_false (hammy_data_delete_profile (f->data, profile_at (f, 0), &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_LAST_PROFILE);
  g_assert_cmpuint (n_profiles (f), ==, 1);
  hammy_data_flush (f->data);
  g_assert_true (exists (f, "profiles/default/plan.json"));
  g_assert_false (exists (f, "profiles/.deleted"));
}

/* A video that only a deleted profile still uses stays, so Undo brings it back whole. */
static void
test_deleted_profile_keeps_its_videos (Fixture       *f,
                                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *clip = NULL;
  HammyProfile *ann;
  HammyProfile *ben;

  place_list (f, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"b0b0b0b0b0b0\", \"profiles\": ["
                 "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"},"
                 "{\"id\": \"b0b0b0b0b0b0\", \"name\": \"Ben\", \"created\": \"2026-02-01T10:00:00Z\"}]}");
  place_video (f, "default");
  place_video (f, "b0b0b0b0b0b0");
  clip = g_build_filename (f->root, "clips", CLIP_HASH ".webm", NULL);

  open_data (f);
  ann = profile_at (f, 0);
  ben = profile_at (f, 1);
  g_assert_true (hammy_data_get_current_profile (f->data) == ben);

  g_assert_true (hammy_data_delete_profile (f->data, ann, &error));
  g_assert_no_error (error);
  hammy_own_clips_remove (hammy_data_get_own_clips (f->data), "single-leg-bridge");
  hammy_own_clips_remove (hammy_data_get_own_clips (f->data), "nordic-hamstring-curl");
  while (hammy_own_clips_is_busy (hammy_data_get_own_clips (f->data)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (clip, G_FILE_TEST_EXISTS));

  g_assert_true (hammy_data_undo_delete_profile (f->data, "default", &error));
  g_assert_no_error (error);
  switch_to (f, ann);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (f->data)), ==, 2);
}

/* Another copy of Hammy holds the folder: profiles can be looked at, not changed. */
static void
test_read_only_refuses_changes (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(HammyStore) holder = hammy_store_new (f->root);
  g_autoptr(GError) error = NULL;

  g_assert_true (hammy_store_lock (holder, NULL));
  open_data (f);
  g_assert_true (hammy_data_is_read_only (f->data));
  g_assert_null (hammy_data_add_profile (f->data, "Sam", &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (hammy_data_rename_profile (f->data, profile_at (f, 0), "Sam", &error));
  g_assert_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_READ_ONLY);
  hammy_data_flush (f->data);
  g_assert_false (exists (f, "profiles.json"));
}

/* ---- a crash half-way through a change to the list ------------------------------------ */

/* Killed after the folder went to .deleted/ and before the list was saved: the next start
 * finishes the delete. */
static void
test_half_deleted_profile_is_finished (Fixture       *f,
                                       gconstpointer  user_data)
{
  place_list (f, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"b0b0b0b0b0b0\", \"profiles\": ["
                 "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"},"
                 "{\"id\": \"b0b0b0b0b0b0\", \"name\": \"Ben\", \"created\": \"2026-01-02T10:00:00Z\"}]}");
  place_own_name (f, "default", "Ann");
  place_own_name (f, ".deleted/b0b0b0b0b0b0-20260301T100000Z-000001", "Ben");
  place_plan (f, ".deleted/b0b0b0b0b0b0-20260301T100000Z-000001", "Ben's plan.");

  open_data (f);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_profiles (f->data)), ==, 1);
  g_assert_cmpstr (hammy_profile_get_id (profile_at (f, 0)), ==, "default");
  g_assert_cmpstr (hammy_profile_get_id (hammy_data_get_current_profile (f->data)), ==, "default");
  /* Its folder still waits in .deleted/, untouched. */
  g_assert_true (exists (f, "profiles/.deleted/b0b0b0b0b0b0-20260301T100000Z-000001/plan.json"));
  g_assert_false (exists (f, "profiles/b0b0b0b0b0b0"));
  g_assert_cmpuint (f->problems->len, ==, 0);
}

/* Killed after a profile's folder was put in place (added, or brought back by Undo) and before
 * the list was saved: it is listed again, with its own name, never left unlisted. */
static void
test_unlisted_folder_is_listed_again (Fixture       *f,
                                      gconstpointer  user_data)
{
  place_list (f, "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
                 "{\"id\": \"default\", \"name\": \"Ann\", \"created\": \"2026-01-01T10:00:00Z\"}]}");
  place_own_name (f, "default", "Ann");
  place_own_name (f, "c0c0c0c0c0c0", "Cleo");
  place_plan (f, "c0c0c0c0c0c0", "Cleo's plan.");
  place_plan (f, "d0d0d0d0d0d0", "A plan without a name beside it.");

  open_data (f);
  g_assert_cmpuint (g_list_model_get_n_items (hammy_data_get_profiles (f->data)), ==, 3);
  g_assert_cmpstr (hammy_profile_get_id (profile_at (f, 1)), ==, "c0c0c0c0c0c0");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 1)), ==, "Cleo");
  g_assert_cmpstr (hammy_profile_get_id (profile_at (f, 2)), ==, "d0d0d0d0d0d0");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 2)), ==, "Profile 3");
  switch_to (f, profile_at (f, 1));
  g_assert_cmpstr (hammy_plan_get_private_note (hammy_data_get_plan (f->data)), ==, "Cleo's plan.");
  g_assert_cmpuint (f->problems->len, ==, 0);
}

static GPtrArray *renamed;
G_LOCK_DEFINE_STATIC (renamed);

static int
note_renames (const char *operation,
              const char *path,
              gpointer    user_data)
{
  G_LOCK (renamed);
  if (g_str_equal (operation, "rename"))
    g_ptr_array_add (renamed, g_path_get_basename (path));
  G_UNLOCK (renamed);
  return 0;
}

/* Deleting moves the folder before the list is saved, so that a crash between the two leaves
 * what the next start can finish. */
static void
test_delete_moves_the_folder_first (Fixture       *f,
                                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  HammyProfile *ben;
  int folder = -1, list = -1;

  open_data (f);
  ben = hammy_data_add_profile (f->data, "Ben", &error);
  g_assert_no_error (error);
  hammy_data_flush (f->data);

  renamed = g_ptr_array_new_with_free_func (g_free);
  hammy_store_set_fault (note_renames, NULL);
  g_assert_true (hammy_data_delete_profile (f->data, ben, &error));
  hammy_data_flush (f->data);
  hammy_store_set_fault (NULL, NULL);

  for (guint i = 0; i < renamed->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (renamed, i), hammy_profile_get_id (ben)))
        folder = i;
      if (list < 0 && g_str_equal (g_ptr_array_index (renamed, i), "profiles.json"))
        list = i;
    }
  g_clear_pointer (&renamed, g_ptr_array_unref);
  g_assert_cmpint (folder, >=, 0);
  g_assert_cmpint (list, >, folder);
}

/* ---- damaged and hostile lists ---------------------------------------------------------- */

static void
test_hostile_list_is_kept_aside (Fixture       *f,
                                 gconstpointer  user_data)
{
  g_autoptr(GString) huge = g_string_new ("{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": [");
  const struct { const char *about; const char *json; const char *says; gboolean left; } cases[] = {
    { "an id that climbs out",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"../x\", \"profiles\": ["
      "{\"id\": \"../x\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "“../x”", FALSE },
    { "an absolute path as id",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"/etc\", \"profiles\": ["
      "{\"id\": \"/etc\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "“/etc”", FALSE },
    { "an unknown member",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"folder\": \"/tmp\", \"profiles\": ["
      "{\"id\": \"default\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "“folder”", FALSE },
    { "an unknown member in a profile",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
      "{\"id\": \"default\", \"name\": \"X\", \"path\": \"/\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "“path”", FALSE },
    { "the one in use not in the list",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"nobody\", \"profiles\": ["
      "{\"id\": \"default\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "“nobody”", FALSE },
    { "one id twice",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
      "{\"id\": \"default\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"},"
      "{\"id\": \"default\", \"name\": \"Y\", \"created\": \"2026-01-01T10:00:00Z\"}]}", "Two profiles", FALSE },
    { "an empty name",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": ["
      "{\"id\": \"default\", \"name\": \" \", \"created\": \"2026-01-01T10:00:00Z\"}]}", "needs a name", FALSE },
    { "an empty list",
      "{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": []}", "empty", FALSE },
    { "not JSON", "profiles: default", "profiles.json", FALSE },
    { "huge", NULL, "larger", FALSE },
    { "from a newer Hammy",
      "{\"format\": \"hammy-profiles\", \"version\": 9, \"current\": \"default\", \"profiles\": []}", "newer", TRUE },
  };

  while (huge->len < hammy_profiles_format.max_bytes)
    g_string_append (huge, "{\"id\": \"default\", \"name\": \"X\", \"created\": \"2026-01-01T10:00:00Z\"},");
  g_string_append (huge, "]}");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *list = g_build_filename (f->root, "profiles.json", NULL);
      g_autofree char *outside = g_build_filename (f->root, "..", "x", NULL);
      g_autoptr(GPtrArray) names = NULL;
      guint kept = 0;
      const char *message;

      g_test_message ("%s", cases[i].about);
      place_plan (f, "default", "Mine.");
      place_own_name (f, "0a0a0a0a0a0a", "Sam");
      place_list (f, cases[i].json != NULL ? cases[i].json : huge->str);

      open_data (f);

      /* One sentence, naming the file and saying what was wrong and what was done. */
      g_assert_cmpuint (f->problems->len, ==, 1);
      message = g_ptr_array_index (f->problems, 0);
      if (strstr (message, cases[i].says) == NULL || strstr (message, "profiles.json") == NULL)
        g_error ("“%s” does not say “%s”", message, cases[i].says);
      if (!cases[i].left && strstr (message, "made again") == NULL)
        g_error ("“%s” does not say the list was made again", message);

      /* The list from the folders, names and all; the data of the first one shown. */
      g_assert_cmpuint (n_profiles (f), ==, 2);
      g_assert_cmpstr (hammy_profile_get_id (profile_at (f, 0)), ==, "default");
      g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 0)), ==, "Me");
      g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 1)), ==, "Sam");
      g_assert_cmpstr (plan_note (f), ==, "Mine.");
      g_assert_false (g_file_test (outside, G_FILE_TEST_EXISTS));

      /* Kept aside byte for byte, or left where it is when a newer Hammy wrote it. */
      names = names_in (f->root);
      for (guint j = 0; j < names->len; j++)
        if (g_str_has_prefix (g_ptr_array_index (names, j), "profiles.json.damaged-"))
          kept++;
      g_assert_cmpuint (kept, ==, cases[i].left ? 0 : 1);
      g_assert_true (g_file_test (list, G_FILE_TEST_EXISTS) == cases[i].left);

      close_data (f);
      g_ptr_array_set_size (f->problems, 0);
      for (guint j = 0; j < names->len; j++)
        if (g_str_has_prefix (g_ptr_array_index (names, j), "profiles.json"))
          {
            g_autofree char *path = g_build_filename (f->root, g_ptr_array_index (names, j), NULL);

            g_unlink (path);
          }
    }
}

/* Folders without a list: each becomes a profile, named from its profile.json or numbered. */
static void
test_list_from_folders (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autofree char *stray = g_build_filename (f->root, "profiles", "stray.json", NULL);

  place_plan (f, "default", "Mine.");
  place_own_name (f, "0a0a0a0a0a0a", "Sam");
  place_plan (f, "0b0b0b0b0b0b", "Unnamed.");
  /* Not profiles: a name Hammy never makes, a file, and the deleted ones. */
  place_plan (f, "Not-An-Id", "Never.");
  hammy_test_write_file (stray, "{}", -1);
  place_plan (f, ".deleted/0c0c0c0c0c0c-20260101T000000Z-000000", "Deleted.");

  open_data (f);
  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (n_profiles (f), ==, 3);
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 0)), ==, "Me");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 1)), ==, "Sam");
  g_assert_cmpstr (hammy_profile_get_name (profile_at (f, 2)), ==, "Profile 3");
  g_assert_cmpstr (hammy_profile_get_id (profile_at (f, 2)), ==, "0b0b0b0b0b0b");
  switch_to (f, profile_at (f, 2));
  g_assert_cmpstr (plan_note (f), ==, "Unnamed.");
}

/* ---- the store's move ------------------------------------------------------------------ */

static void
test_store_moves_after_writes (Fixture       *f,
                               gconstpointer  user_data)
{
  g_autoptr(HammyStore) store = hammy_store_new (f->root);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GAsyncResult) moved = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  hammy_store_write_async (store, "profiles/a/one.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, NULL, NULL);
  hammy_store_move_async (store, "profiles/a", "profiles/.deleted/a-1", NULL, hammy_test_store_result, &moved);
  hammy_store_write_async (store, "profiles/a/two.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, NULL, NULL);
  hammy_store_move_async (store, "profiles/a", "profiles/.deleted/a-1", NULL, hammy_test_store_result, &refused);

  path = hammy_store_move_finish (store, hammy_test_wait_result (&moved), &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (path, "a-1"));
  g_assert_null (hammy_store_move_finish (store, hammy_test_wait_result (&refused), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  hammy_store_flush (store);

  g_assert_true (exists (f, "profiles/.deleted/a-1/one.json"));
  g_assert_false (exists (f, "profiles/.deleted/a-1/two.json"));
  g_assert_true (exists (f, "profiles/a/two.json"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  library = hammy_test_load_library ();

  g_test_add_func ("/profiles/names-are-tidied-and-checked", test_names_are_tidied_and_checked);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/profiles/first-run-makes-one-profile", test_first_run_makes_one_profile);
  ADD ("/profiles/crash/half-deleted-is-finished", test_half_deleted_profile_is_finished);
  ADD ("/profiles/crash/unlisted-folder-is-listed-again", test_unlisted_folder_is_listed_again);
  ADD ("/profiles/crash/delete-moves-the-folder-first", test_delete_moves_the_folder_first);
  ADD ("/profiles/default-folder-becomes-the-first-profile", test_default_folder_becomes_the_first_profile);
  ADD ("/profiles/add-rename-and-switch", test_add_rename_and_switch);
  ADD ("/profiles/switching-reads-only-that-profile", test_switching_reads_only_that_profile);
  ADD ("/profiles/quick-switches-show-the-last", test_quick_switches_show_the_last);
  ADD ("/profiles/checkin-is-offered-once-per-profile", test_checkin_is_offered_once_per_profile);
  ADD ("/profiles/delete-and-undo", test_delete_and_undo);
  ADD ("/profiles/last-profile-is-kept", test_last_profile_is_kept);
  ADD ("/profiles/deleted-profile-keeps-its-videos", test_deleted_profile_keeps_its_videos);
  ADD ("/profiles/read-only-refuses-changes", test_read_only_refuses_changes);
  ADD ("/profiles/hostile-list-is-kept-aside", test_hostile_list_is_kept_aside);
  ADD ("/profiles/list-from-folders", test_list_from_folders);
  ADD ("/profiles/store-moves-after-writes", test_store_moves_after_writes);
#undef ADD

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
