/* hammy-clip-locate.c: where an exercise's demonstration clip, its poster, their dark-stage
 * twins and its key are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hammy-clip-locate.h"

/* First $HAMMY_CLIPS_DIR, for tests and for trying out new clips; then the build tree, so an
 * uninstalled build plays the clips it just rendered; then the installed ones. */
static char *
locate (const char *id,
        const char *extension)
{
  g_autofree char *name = NULL;
  const char *folders[] = { g_getenv ("HAMMY_CLIPS_DIR"), HAMMY_CLIPS_BUILD_DIR, HAMMY_CLIPS_INSTALLED_DIR };

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  /* An id names a file in a folder, never a path out of it. */
  g_return_val_if_fail (strchr (id, G_DIR_SEPARATOR) == NULL && !g_str_has_prefix (id, "."), NULL);

  name = g_strconcat (id, extension, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = NULL;

      if (folders[i] == NULL || *folders[i] == '\0')
        continue;

      path = g_build_filename (folders[i], name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* The path of the clip `<id>.webm`, or NULL when there is none. */
char *
hammy_clip_locate (const char *id)
{
  return locate (id, ".webm");
}

/* The path of the poster `<id>.png`, or NULL when there is none. */
char *
hammy_clip_locate_poster (const char *id)
{
  return locate (id, ".png");
}

/* The clip drawn on the dark stage, `<id>-dark.webm`, for the dark style; NULL when there is none. */
char *
hammy_clip_locate_dark (const char *id)
{
  return locate (id, "-dark.webm");
}

/* Its poster, `<id>-dark.png`. */
char *
hammy_clip_locate_dark_poster (const char *id)
{
  return locate (id, "-dark.png");
}

/* What the clip shows, for its colour key and its side: `<id>.key` (hammy-clip-key.h). */
char *
hammy_clip_locate_key (const char *id)
{
  return locate (id, ".key");
}
