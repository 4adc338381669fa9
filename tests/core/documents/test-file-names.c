/* test-file-names.c: suggested file names say whose they are, in characters every file system
 * takes, and never cut a name silently in the middle of a character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-file-names.h"

static void
assert_name (const char *patient,
             const char *expected)
{
  g_autofree char *name = hammy_file_name_for_patient (patient, "Visit summary 2026-12-07.pdf");

  g_assert_cmpstr (name, ==, expected);
}

static void
test_patient_first (void)
{
  assert_name ("Zoë Müller-Łukasiewicz", "Zoë Müller-Łukasiewicz - Visit summary 2026-12-07.pdf");
  /* Two patients, two names. */
  assert_name ("Ben Okafor", "Ben Okafor - Visit summary 2026-12-07.pdf");
}

static void
test_unsafe_characters (void)
{
  assert_name ("A/B: \"Ann\" <1>?*|\\", "A-B- -Ann- -1----- - Visit summary 2026-12-07.pdf");
  assert_name ("  Ann \t  Lee  ", "Ann Lee - Visit summary 2026-12-07.pdf");
  assert_name ("Ann\nLee", "Ann Lee - Visit summary 2026-12-07.pdf");
  /* A dot in front would hide the file; one at the end Windows drops. */
  assert_name ("..Ann.", "Ann - Visit summary 2026-12-07.pdf");
  /* Composed, as one character: the same name on every system. */
  assert_name ("Zoe\xCC\x88", "Zoë - Visit summary 2026-12-07.pdf");
}

static void
test_no_usable_name (void)
{
  assert_name (NULL, "Visit summary 2026-12-07.pdf");
  assert_name ("", "Visit summary 2026-12-07.pdf");
  assert_name (" . ", "Visit summary 2026-12-07.pdf");
  assert_name ("\xFF\xFE", "Visit summary 2026-12-07.pdf");
}

static void
test_long_name (void)
{
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *patient = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append (long_name, "Łø");
  name = hammy_file_name_for_patient (long_name->str, "x.pdf");
  g_assert_true (g_utf8_validate (name, -1, NULL));
  patient = g_strndup (name, strstr (name, " - ") - name);
  g_assert_cmpuint (g_utf8_strlen (patient, -1), ==, HAMMY_FILE_NAME_MAX_PATIENT);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-names/patient-first", test_patient_first);
  g_test_add_func ("/file-names/unsafe-characters", test_unsafe_characters);
  g_test_add_func ("/file-names/no-usable-name", test_no_usable_name);
  g_test_add_func ("/file-names/long-name", test_long_name);

  return g_test_run ();
}
