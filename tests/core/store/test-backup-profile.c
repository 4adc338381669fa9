/* test-backup-profile.c: a backup says whose it is (format version 3), so that a restore into
 * another person's profile can ask first; a backup from before names no one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-backup.h"
#include "hammy-core-test-utils.h"
#include "hammy-data.h"

static HammyLibrary *library;

static HammyBackup *
read_back (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  HammyBackup *backup = hammy_backup_new_from_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                     library, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  return backup;
}

/* The data's backup carries the name of the profile in use. */
static void
test_backup_names_the_profile (void)
{
  g_autofree char *root = g_build_filename (g_get_user_data_dir (), "hammy", NULL);
  HammyData *data = hammy_data_new (root, library);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HammyBackup) backup = NULL;
  const char *name;

  g_assert_true (hammy_test_load_data (data));
  name = hammy_profile_get_name (hammy_data_get_current_profile (data));
  bytes = hammy_data_create_backup (data, &error);
  g_assert_no_error (error);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();

    g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (json_parser_get_root (parser)), "version"), ==, 3);
  }

  backup = read_back (bytes);
  g_assert_cmpstr (hammy_backup_get_profile_name (backup), ==, name);
  g_assert_false (hammy_backup_is_for_other_profile (backup, name));
  hammy_data_flush (data);
  hammy_test_unref_and_wait_finalized (data);
}

static void
test_other_profile (void)
{
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 14, 9, 30, 0);
  g_autoptr(JsonNode) node = hammy_backup_create_node ("Zoë Müller", NULL, NULL, NULL, NULL, created);
  g_autoptr(GBytes) bytes = hammy_backup_node_to_bytes (node, NULL);
  g_autoptr(HammyBackup) backup = read_back (bytes);
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(HammyBackup) old = NULL;
  const char *version_2 = "{\"format\": \"hammy-backup\", \"version\": 2, \"created\": \"2026-03-14T09:30:00Z\","
                          " \"assessments\": [], \"log\": []}";

  g_assert_cmpstr (hammy_backup_get_profile_name (backup), ==, "Zoë Müller");
  g_assert_true (hammy_backup_is_for_other_profile (backup, "Me"));
  /* The same name, in other letters' case, is the same person. */
  g_assert_false (hammy_backup_is_for_other_profile (backup, "ZOË MÜLLER"));
  g_assert_false (hammy_backup_is_for_other_profile (backup, NULL));

  /* A version 2 backup names no one, and so asks nothing more. */
  old_bytes = g_bytes_new_static (version_2, strlen (version_2));
  old = read_back (old_bytes);
  g_assert_null (hammy_backup_get_profile_name (old));
  g_assert_false (hammy_backup_is_for_other_profile (old, "Me"));
}

/* A name longer than any profile's is not read. */
static void
test_name_too_long (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"hammy-backup\", \"version\": 3, \"created\": \"2026-03-14T09:30:00Z\","
                                          " \"assessments\": [], \"log\": [], \"profile_name\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyBackup) backup = NULL;

  for (guint i = 0; i < HAMMY_PROFILE_MAX_NAME * 4 + 1; i++)
    g_string_append_c (json, 'a');
  g_string_append (json, "\"}");
  backup = hammy_backup_new_from_bytes (json->str, json->len, library, &error);
  g_assert_null (backup);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  library = hammy_test_load_library ();

  g_test_add_func ("/backup-profile/names-the-profile", test_backup_names_the_profile);
  g_test_add_func ("/backup-profile/other-profile", test_other_profile);
  g_test_add_func ("/backup-profile/name-too-long", test_name_too_long);

  return g_test_run ();
}
