/* hammy-file-names.c: the names Hammy suggests for the files it saves for a person: whose they
 * are first, so that a folder of many patients' files sorts by patient and no two patients'
 * files share a name, in characters every file system takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-file-names.h"

/* What Windows, macOS or a USB stick's FAT refuses in a name, and what would make a path. */
static gboolean
is_unsafe (gunichar c)
{
  return g_unichar_iscntrl (c) || (c < 128 && c != 0 && strchr ("/\\:*?\"<>|", (int) c) != NULL);
}

/* @patient's name made safe for a file name: unsafe characters become “-”, runs of spaces
 * become one, no dot or space at either end, and at most HAMMY_FILE_NAME_MAX_PATIENT
 * characters. NULL when nothing is left. */
static char *
dup_safe_name (const char *patient)
{
  g_autoptr(GString) safe = g_string_new (NULL);
  g_autofree char *normal = NULL;
  guint n = 0;
  gboolean space = FALSE;

  if (patient == NULL || !g_utf8_validate (patient, -1, NULL))
    return NULL;

  /* Composed, as macOS otherwise stores “ë” as two characters and shows another name. */
  normal = g_utf8_normalize (patient, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  for (const char *p = normal; *p != '\0' && n < HAMMY_FILE_NAME_MAX_PATIENT; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = safe->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (safe, ' ');
          n++;
          space = FALSE;
        }
      if (is_unsafe (c))
        g_string_append_c (safe, '-');
      else
        g_string_append_unichar (safe, c);
      n++;
    }

  /* A leading dot hides a file; a trailing dot or space is dropped by Windows. */
  while (safe->len > 0 && (safe->str[safe->len - 1] == '.' || safe->str[safe->len - 1] == ' '))
    g_string_truncate (safe, safe->len - 1);
  while (safe->len > 0 && safe->str[0] == '.')
    g_string_erase (safe, 0, 1);

  return safe->len > 0 ? g_strdup (safe->str) : NULL;
}

/* The name to suggest for @document (a file name of Hammy's own, such as “Visit summary
 * 2026-12-07.pdf”) when it is @patient's: “Zoë Müller - Visit summary 2026-12-07.pdf”. Without a
 * usable name, @document alone. */
char *
hammy_file_name_for_patient (const char *patient,
                             const char *document)
{
  g_autofree char *safe = dup_safe_name (patient);

  g_return_val_if_fail (document != NULL, NULL);

  if (safe == NULL)
    return g_strdup (document);

  /* TRANSLATORS: a suggested file name: a person's name, then what the file is, as in
   * “Zoë Müller - Visit summary 2026-12-07.pdf” */
  return g_strdup_printf (_("%s - %s"), safe, document);
}
