/* test-own-clips.c: a person's own videos for exercises: copied in under their hash, kept
 * once, chosen per exercise, removed with their copy, and clips.json read as untrusted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-own-clips-private.h"

#define PROFILE "profiles/default"

typedef struct
{
  char          *root;
  HammyStore    *store;
  HammyOwnClips *clips;
  GPtrArray     *problems;
  GPtrArray     *changes;
} Fixture;

static void
on_problem_cb (HammyOwnClips *clips,
               const char    *message,
               Fixture       *f)
{
  g_ptr_array_add (f->problems, g_strdup (message));
}

static void
on_changed_cb (HammyOwnClips *clips,
               const char    *exercise_id,
               Fixture       *f)
{
  g_ptr_array_add (f->changes, g_strdup (exercise_id != NULL ? exercise_id : "*"));
}

static HammyOwnClips *
own_clips_new (Fixture *f)
{
  HammyOwnClips *clips = hammy_own_clips_new (f->store, PROFILE);

  g_signal_connect (clips, "problem", G_CALLBACK (on_problem_cb), f);
  g_signal_connect (clips, "changed", G_CALLBACK (on_changed_cb), f);
  return clips;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->root, 0700), ==, 0);
  f->store = hammy_store_new (f->root);
  f->problems = g_ptr_array_new_with_free_func (g_free);
  f->changes = g_ptr_array_new_with_free_func (g_free);
  f->clips = own_clips_new (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hammy_store_flush (f->store);
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->clips));
  hammy_test_unref_and_wait_finalized (g_steal_pointer (&f->store));
  g_ptr_array_unref (f->problems);
  g_ptr_array_unref (f->changes);
  g_free (f->root);
}

/* A "video" outside the data folder, as a person would choose it. */
static GFile *
make_video (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "chosen", name, NULL);

  hammy_test_write_file (path, contents, -1);
  return g_file_new_for_path (path);
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

static guint
count_clips (Fixture *f)
{
  g_autofree char *directory = g_build_filename (f->root, "clips", NULL);
  g_autoptr(GPtrArray) names = names_in (directory);

  return names->len;
}

/* Until copies and clean-ups are done and every write is on disk. */
static void
settle (Fixture       *f,
        HammyOwnClips *clips)
{
  while (hammy_own_clips_is_busy (clips))
    g_main_context_iteration (NULL, TRUE);
  hammy_store_flush (f->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
attach (Fixture     *f,
        const char  *exercise_id,
        GFile       *file,
        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hammy_own_clips_attach_async (f->clips, exercise_id, file, NULL, hammy_test_store_result, &result);
  return hammy_own_clips_attach_finish (f->clips, hammy_test_wait_result (&result), error);
}

static HammyOwnClips *
reload (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HammyOwnClips *clips;

  settle (f, f->clips);
  clips = own_clips_new (f);
  hammy_own_clips_load_async (clips, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_own_clips_load_finish (clips, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);

  return clips;
}

/* ---- copying in ---------------------------------------------------------------------- */

static void
test_named_by_hash (Fixture       *f,
                    gconstpointer  data)
{
  const char contents[] = "not really a video, but bytes all the same";
  g_autoptr(GFile) video = make_video ("Bridge at home.WebM", contents);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, contents, -1);
  g_autofree char *expected_name = g_strconcat (hash, ".webm", NULL);
  g_autofree char *expected_path = g_build_filename (f->root, "clips", expected_name, NULL);
  g_autofree char *copied = NULL;
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_path = g_build_filename (f->root, PROFILE, "clips.json", NULL);
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_false (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);

  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  g_assert_no_error (error);
  settle (f, f->clips);

  g_assert_true (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpstr (hammy_own_clips_get_file_name (f->clips, "hamstring-bridge"), ==, expected_name);
  g_assert_cmpstr (hammy_own_clips_get_name (f->clips, "hamstring-bridge"), ==, "Bridge at home.WebM");
  g_assert_nonnull (hammy_own_clips_get_added (f->clips, "hamstring-bridge"));
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_YOURS);
  path = hammy_own_clips_dup_path (f->clips, "hamstring-bridge");
  g_assert_cmpstr (path, ==, expected_path);
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (f->changes, 0), ==, "hamstring-bridge");

  /* The copy holds the very bytes, and nothing half-made is left beside it. */
  copied = hammy_test_read_file (expected_path, &length);
  g_assert_cmpmem (copied, length, contents, strlen (contents));
  g_assert_cmpuint (count_clips (f), ==, 1);

  /* Where it came from is not kept: only the name it had. */
  json = hammy_test_read_file (json_path, NULL);
  g_assert_nonnull (json);
  g_assert_nonnull (strstr (json, "\"hammy-own-clips\""));
  g_assert_nonnull (strstr (json, expected_name));
  g_assert_null (strstr (json, g_get_user_cache_dir ()));
  g_assert_null (strstr (json, "chosen"));
  g_assert_cmpuint (f->problems->len, ==, 0);
}

static void
test_same_video_kept_once (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GFile) video = make_video ("squat.mp4", "the same bytes twice");
  g_autoptr(GFile) again = make_video ("squat copy.MOV", "the same bytes twice");
  g_autoptr(GError) error = NULL;

  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  g_assert_true (attach (f, "nordic-hamstring-curl", again, &error));
  g_assert_no_error (error);
  settle (f, f->clips);

  /* One copy, under the name the first gave it; each exercise keeps its own name for it. */
  g_assert_cmpuint (count_clips (f), ==, 1);
  g_assert_cmpstr (hammy_own_clips_get_file_name (f->clips, "hamstring-bridge"), ==,
                   hammy_own_clips_get_file_name (f->clips, "nordic-hamstring-curl"));
  g_assert_true (g_str_has_suffix (hammy_own_clips_get_file_name (f->clips, "nordic-hamstring-curl"), ".mp4"));
  g_assert_cmpstr (hammy_own_clips_get_name (f->clips, "nordic-hamstring-curl"), ==, "squat copy.MOV");
  g_assert_cmpuint (hammy_own_clips_get_n_videos (f->clips), ==, 2);

  /* One exercise letting go of it leaves it for the other. */
  hammy_own_clips_remove (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_cmpuint (count_clips (f), ==, 1);
  g_assert_true (hammy_own_clips_has_video (f->clips, "nordic-hamstring-curl"));

  hammy_own_clips_remove (f->clips, "nordic-hamstring-curl");
  settle (f, f->clips);
  g_assert_cmpuint (count_clips (f), ==, 0);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (f->clips), ==, 0);
}

static void
test_choose_ours_or_yours (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GFile) video = make_video ("mine.webm", "a video of mine");
  g_autoptr(HammyOwnClips) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing to choose without a video. */
  hammy_own_clips_set_source (f->clips, "hamstring-bridge", HAMMY_CLIP_SOURCE_YOURS);
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  g_assert_cmpuint (f->changes->len, ==, 0);

  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_YOURS);

  hammy_own_clips_set_source (f->clips, "hamstring-bridge", HAMMY_CLIP_SOURCE_OURS);
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  g_assert_true (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpuint (f->changes->len, ==, 2);
  /* The same choice again changes nothing. */
  hammy_own_clips_set_source (f->clips, "hamstring-bridge", HAMMY_CLIP_SOURCE_OURS);
  g_assert_cmpuint (f->changes->len, ==, 2);

  /* The choice and the video are there after a restart; the copy is still on disk. */
  reloaded = reload (f);
  g_assert_true (hammy_own_clips_has_video (reloaded, "hamstring-bridge"));
  g_assert_cmpint (hammy_own_clips_get_source (reloaded, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  g_assert_cmpstr (hammy_own_clips_get_name (reloaded, "hamstring-bridge"), ==, "mine.webm");
  g_assert_cmpstr (hammy_own_clips_get_file_name (reloaded, "hamstring-bridge"), ==,
                   hammy_own_clips_get_file_name (f->clips, "hamstring-bridge"));
  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (count_clips (f), ==, 1);
}

static void
test_remove_deletes_copy (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) first = make_video ("first.webm", "first video");
  g_autoptr(GFile) second = make_video ("second.webm", "second video");
  g_autoptr(HammyOwnClips) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;

  g_assert_true (attach (f, "hamstring-bridge", first, &error));
  first_path = hammy_own_clips_dup_path (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_true (g_file_test (first_path, G_FILE_TEST_IS_REGULAR));

  /* Another video for the same exercise replaces the first, whose copy goes. */
  g_assert_true (attach (f, "hamstring-bridge", second, &error));
  second_path = hammy_own_clips_dup_path (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_false (g_file_test (first_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (second_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (hammy_own_clips_get_name (f->clips, "hamstring-bridge"), ==, "second.webm");

  /* The person's original is never touched. */
  g_assert_true (g_file_query_exists (first, NULL));

  hammy_own_clips_remove (f->clips, "hamstring-bridge");
  g_assert_false (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpint (hammy_own_clips_get_source (f->clips, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  settle (f, f->clips);
  g_assert_false (g_file_test (second_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_query_exists (second, NULL));

  reloaded = reload (f);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (reloaded), ==, 0);
  g_assert_cmpuint (f->problems->len, ==, 0);
}

static void
test_other_profile_keeps_copy (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GFile) video = make_video ("shared.webm", "a video two people use");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other = g_build_filename (f->root, "profiles", "other", "clips.json", NULL);
  g_autofree char *json = NULL;

  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  path = hammy_own_clips_dup_path (f->clips, "hamstring-bridge");
  json = g_strdup_printf ("{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {\"nordic-hamstring-curl\":"
                          " {\"file\": \"%s\", \"name\": \"theirs.webm\", \"added\": \"2026-01-02T03:04:05Z\", \"use\": \"yours\"}}}",
                          hammy_own_clips_get_file_name (f->clips, "hamstring-bridge"));
  hammy_test_write_file (other, json, -1);

  hammy_own_clips_remove (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* One that cannot be read might use it too: nothing is deleted on a guess. */
  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  hammy_test_write_file (other, "{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {\"x\": 1", -1);
  hammy_own_clips_remove (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Once no profile names it, it goes. */
  g_assert_cmpint (g_unlink (other), ==, 0);
  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  hammy_own_clips_remove (f->clips, "hamstring-bridge");
  settle (f, f->clips);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_size_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) video = make_video ("long.mkv", "0123456789012345678901234567890123456789");
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_user_cache_dir ());
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/hammy/video.webm");
  g_autoptr(GFile) empty = make_video ("empty.webm", "");
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (HAMMY_OWN_CLIPS_MAX_BYTES, ==, G_GUINT64_CONSTANT (2147483648));

  hammy_own_clips_set_max_bytes (f->clips, 16);
  g_assert_false (attach (f, "hamstring-bridge", video, &error));
  g_assert_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "“long.mkv”"));
  g_assert_nonnull (strstr (error->message, "16 bytes"));
  g_clear_error (&error);

  g_assert_false (attach (f, "hamstring-bridge", folder, &error));
  g_assert_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_NOT_A_FILE);
  g_clear_error (&error);

  g_assert_false (attach (f, "hamstring-bridge", missing, &error));
  g_assert_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "“video.webm”"));
  g_clear_error (&error);

  g_assert_false (attach (f, "hamstring-bridge", empty, &error));
  g_assert_error (error, HAMMY_OWN_CLIPS_ERROR, HAMMY_OWN_CLIPS_ERROR_FAILED);
  g_clear_error (&error);

  /* Refused is refused: no mapping, no copy, no half-made file. */
  settle (f, f->clips);
  g_assert_false (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpuint (count_clips (f), ==, 0);
  g_assert_cmpuint (f->changes->len, ==, 0);
}

static void
test_cancelled_copy_leaves_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GFile) video = make_video ("stop.webm", "a copy to be stopped");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  hammy_own_clips_attach_async (f->clips, "hamstring-bridge", video, cancellable, hammy_test_store_result, &result);
  g_assert_false (hammy_own_clips_attach_finish (f->clips, hammy_test_wait_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  settle (f, f->clips);
  g_assert_false (hammy_own_clips_has_video (f->clips, "hamstring-bridge"));
  g_assert_cmpuint (count_clips (f), ==, 0);
}

/* ---- clips.json as untrusted input --------------------------------------------------- */

static const char good_hash[] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

static void
test_file_names (void)
{
  g_autofree char *with_ext = g_strconcat (good_hash, ".webm", NULL);
  g_autofree char *upper = g_ascii_strup (good_hash, -1);
  g_autofree char *two_dots = g_strconcat (good_hash, ".tar.gz", NULL);
  g_autofree char *slash = g_strconcat (good_hash, "/x", NULL);
  g_autofree char *long_ext = g_strconcat (good_hash, ".abcdefghi", NULL);
  g_autofree char *empty_ext = g_strconcat (good_hash, ".", NULL);
  g_autofree char *dotted = g_strconcat (".", good_hash, NULL);

  g_assert_true (hammy_own_clips_is_file_name (good_hash));
  g_assert_true (hammy_own_clips_is_file_name (with_ext));
  g_assert_false (hammy_own_clips_is_file_name (NULL));
  g_assert_false (hammy_own_clips_is_file_name (""));
  g_assert_false (hammy_own_clips_is_file_name ("../x"));
  g_assert_false (hammy_own_clips_is_file_name ("/etc/passwd"));
  g_assert_false (hammy_own_clips_is_file_name ("video.webm"));
  g_assert_false (hammy_own_clips_is_file_name (upper));
  g_assert_false (hammy_own_clips_is_file_name (two_dots));
  g_assert_false (hammy_own_clips_is_file_name (slash));
  g_assert_false (hammy_own_clips_is_file_name (long_ext));
  g_assert_false (hammy_own_clips_is_file_name (empty_ext));
  g_assert_false (hammy_own_clips_is_file_name (dotted));
}

static void
test_damaged_file_kept_aside (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->root, PROFILE, "clips.json", NULL);
  g_autofree char *profile = g_build_filename (f->root, PROFILE, NULL);
  g_autoptr(HammyOwnClips) loaded = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GFile) video = make_video ("after.webm", "a video after the damage");
  g_autoptr(GError) error = NULL;
  const char damaged[] = "{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {\"hamstring-bridge\": {\"fi";
  gboolean kept = FALSE;

  hammy_test_write_file (path, damaged, -1);
  loaded = reload (f);

  g_assert_cmpuint (hammy_own_clips_get_n_videos (loaded), ==, 0);
  g_assert_cmpuint (f->problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "clips.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  names = names_in (profile);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *kept_path = g_build_filename (profile, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;

      if (!g_str_has_prefix (g_ptr_array_index (names, i), "clips.json.damaged-"))
        continue;
      contents = hammy_test_read_file (kept_path, NULL);
      g_assert_cmpstr (contents, ==, damaged);
      kept = TRUE;
    }
  g_assert_true (kept);

  /* And videos can be attached again, into a fresh clips.json. */
  g_clear_object (&f->clips);
  f->clips = g_steal_pointer (&loaded);
  g_assert_true (attach (f, "hamstring-bridge", video, &error));
  settle (f, f->clips);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_hostile_entries_refused (Fixture       *f,
                              gconstpointer  data)
{
  const struct {
    const char *entry;   /* the member of "videos" */
    const char *says;
  } cases[] = {
    { "\"hamstring-bridge\": {\"file\": \"../x\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\"}", "“../x”" },
    { "\"hamstring-bridge\": {\"file\": \"/etc/passwd\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\"}", "“/etc/passwd”" },
    { "\"hamstring-bridge\": {\"file\": \"%s/../../x\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\"}", "not the name of a video" },
    { "\"hamstring-bridge\": {\"file\": \"%s\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\", \"path\": \"/home/x/v.webm\"}", "“path”" },
    { "\"../../etc\": {\"file\": \"%s\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\"}", "“../../etc”" },
    { "\"hamstring-bridge\": {\"file\": \"%s\", \"name\": \"a\", \"added\": \"yesterday\", \"use\": \"yours\"}", "“yesterday”" },
    { "\"hamstring-bridge\": {\"file\": \"%s\", \"name\": \"a\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"theirs\"}", "“use”" },
    { "\"hamstring-bridge\": \"%s\"", "group of fields" },
    { "\"hamstring-bridge\": {\"file\": \"%s\", \"added\": \"2026-01-01T00:00:00Z\", \"use\": \"yours\"}", "“name”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (f->root, PROFILE, "clips.json", NULL);
      g_autoptr(GString) text = g_string_new (cases[i].entry);
      g_autofree char *entry = NULL;
      g_autofree char *json = NULL;
      g_autoptr(HammyOwnClips) loaded = NULL;
      const char *message;

      g_string_replace (text, "%s", good_hash, 0);
      entry = g_string_free (g_steal_pointer (&text), FALSE);
      g_test_message ("case %u: %s", i, entry);
      json = g_strdup_printf ("{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {%s}}", entry);
      g_ptr_array_set_size (f->problems, 0);
      hammy_test_write_file (path, json, -1);
      loaded = reload (f);

      g_assert_cmpuint (hammy_own_clips_get_n_videos (loaded), ==, 0);
      g_assert_cmpuint (f->problems->len, ==, 1);
      message = g_ptr_array_index (f->problems, 0);
      if (strstr (message, cases[i].says) == NULL)
        g_error ("“%s” does not say “%s”", message, cases[i].says);
      /* Kept aside, not read half-way. */
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* A file from a newer Hammy is left for it. */
  {
    g_autofree char *path = g_build_filename (f->root, PROFILE, "clips.json", NULL);
    g_autoptr(HammyOwnClips) loaded = NULL;

    g_ptr_array_set_size (f->problems, 0);
    hammy_test_write_file (path, "{\"format\": \"hammy-own-clips\", \"version\": 2, \"videos\": {}}", -1);
    loaded = reload (f);
    g_assert_cmpuint (f->problems->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (f->problems, 0), "newer"));
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_good_file_loads (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->root, PROFILE, "clips.json", NULL);
  g_autofree char *json = g_strdup_printf ("{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {"
                                           "\"hamstring-bridge\": {\"file\": \"%s.mp4\", \"name\": \"Ünïcode ☺.mp4\", \"added\": \"2026-01-01T10:00:00+01:00\", \"use\": \"ours\"},"
                                           "\"nordic-hamstring-curl\": {\"file\": \"%s\", \"name\": \"n\", \"added\": \"2026-01-02T00:00:00Z\", \"use\": \"yours\"}}}",
                                           good_hash, good_hash);
  g_autofree char *expected = g_strconcat (good_hash, ".mp4", NULL);
  g_autoptr(HammyOwnClips) loaded = NULL;

  hammy_test_write_file (path, json, -1);
  loaded = reload (f);

  g_assert_cmpuint (f->problems->len, ==, 0);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (loaded), ==, 2);
  g_assert_cmpstr (hammy_own_clips_get_file_name (loaded, "hamstring-bridge"), ==, expected);
  g_assert_cmpstr (hammy_own_clips_get_name (loaded, "hamstring-bridge"), ==, "Ünïcode ☺.mp4");
  g_assert_cmpint (hammy_own_clips_get_source (loaded, "hamstring-bridge"), ==, HAMMY_CLIP_SOURCE_OURS);
  g_assert_cmpint (hammy_own_clips_get_source (loaded, "nordic-hamstring-curl"), ==, HAMMY_CLIP_SOURCE_YOURS);
  g_assert_cmpint (g_date_time_get_hour (hammy_own_clips_get_added (loaded, "hamstring-bridge")), ==, 10);
}

/* HammyData reads clips.json with everything else, and a damaged one is a problem of its. */
static void
test_data_loads_own_clips (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  g_autofree char *path = g_build_filename (root, PROFILE, "clips.json", NULL);
  g_autofree char *json = g_strdup_printf ("{\"format\": \"hammy-own-clips\", \"version\": 1, \"videos\": {"
                                           "\"hamstring-bridge\": {\"file\": \"%s.webm\", \"name\": \"n\", \"added\": \"2026-01-02T00:00:00Z\", \"use\": \"yours\"}}}",
                                           good_hash);
  g_autoptr(HammyLibrary) library = hammy_test_load_library ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HammyData *data;

  hammy_test_write_file (path, json, -1);
  data = hammy_data_new (root, library);
  g_assert_cmpuint (hammy_own_clips_get_n_videos (hammy_data_get_own_clips (data)), ==, 0);
  hammy_data_load_async (data, NULL, hammy_test_store_result, &result);
  g_assert_true (hammy_data_load_finish (data, hammy_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpint (hammy_own_clips_get_source (hammy_data_get_own_clips (data), "hamstring-bridge"), ==,
                   HAMMY_CLIP_SOURCE_YOURS);
  hammy_test_unref_and_wait_finalized (data);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/own-clips/named-by-hash", test_named_by_hash);
  ADD ("/own-clips/same-video-kept-once", test_same_video_kept_once);
  ADD ("/own-clips/choose-ours-or-yours", test_choose_ours_or_yours);
  ADD ("/own-clips/remove-deletes-copy", test_remove_deletes_copy);
  ADD ("/own-clips/other-profile-keeps-copy", test_other_profile_keeps_copy);
  ADD ("/own-clips/size-limit", test_size_limit);
  ADD ("/own-clips/cancelled-copy-leaves-nothing", test_cancelled_copy_leaves_nothing);
  ADD ("/own-clips/damaged-file-kept-aside", test_damaged_file_kept_aside);
  ADD ("/own-clips/hostile-entries-refused", test_hostile_entries_refused);
  ADD ("/own-clips/good-file-loads", test_good_file_loads);
#undef ADD
  g_test_add_func ("/own-clips/file-names", test_file_names);
  g_test_add_func ("/own-clips/data-loads-own-clips", test_data_loads_own_clips);

  return g_test_run ();
}
