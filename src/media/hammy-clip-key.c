/* hammy-clip-key.c: what a demonstration clip shows, as hammy-clipgen wrote it beside the clip:
 * which leg works, and which muscles the legend has to name in which states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-clip-key"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-clip-key.h"

/* The key files this reader understands; a newer one is refused, never half-read. */
#define KEY_VERSION 1

struct _HammyClipKey
{
  HammyClipSide working_side;
  gboolean      shows[HAMMY_N_MUSCLES][HAMMY_N_MUSCLE_STATES];
};

G_DEFINE_QUARK (hammy-clip-key-error-quark, hammy_clip_key_error)

G_DEFINE_ENUM_TYPE (HammyClipSide, hammy_clip_side,
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_SIDE_BOTH, "both"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (HAMMY_CLIP_SIDE_RIGHT, "right"))

static int
find_muscle (const char *id)
{
  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    if (g_strcmp0 (id, hammy_muscles[m].id) == 0)
      return m;
  return -1;
}

static int
find_state (const char *annotation)
{
  for (int s = 0; s < HAMMY_N_MUSCLE_STATES; s++)
    if (g_strcmp0 (annotation, hammy_muscle_states[s].annotation) == 0)
      return s;
  return -1;
}

static gboolean
invalid (GError    **error,
         const char *path,
         const char *what)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, HAMMY_CLIP_KEY_ERROR, HAMMY_CLIP_KEY_ERROR_INVALID,
               "%s is not a clip key: %s", name, what);
  return FALSE;
}

static gboolean
read_key (HammyClipKey *key,
          GKeyFile     *file,
          const char   *path,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *side = NULL;
  g_auto(GStrv) muscles = NULL;
  int version;

  version = g_key_file_get_integer (file, "Clip", "Version", &local_error);
  if (local_error != NULL)
    return invalid (error, path, local_error->message);
  if (version > KEY_VERSION)
    {
      g_set_error (error, HAMMY_CLIP_KEY_ERROR, HAMMY_CLIP_KEY_ERROR_NEWER,
                   "%s is version %d; this Hammy reads up to %d", path, version, KEY_VERSION);
      return FALSE;
    }
  if (version < 1)
    return invalid (error, path, "its version is not a positive number");

  side = g_key_file_get_string (file, "Clip", "WorkingSide", NULL);
  if (g_strcmp0 (side, "left") == 0)
    key->working_side = HAMMY_CLIP_SIDE_LEFT;
  else if (g_strcmp0 (side, "right") == 0)
    key->working_side = HAMMY_CLIP_SIDE_RIGHT;
  else if (g_strcmp0 (side, "both") == 0)
    key->working_side = HAMMY_CLIP_SIDE_BOTH;
  else
    return invalid (error, path, "WorkingSide is not left, right or both");

  muscles = g_key_file_get_string_list (file, "Clip", "Muscles", NULL, NULL);
  for (guint i = 0; muscles != NULL && muscles[i] != NULL; i++)
    {
      int muscle = find_muscle (muscles[i]);
      g_autofree char *group = g_strconcat ("Muscle ", muscles[i], NULL);
      g_auto(GStrv) states = NULL;

      if (muscle < 0)
        return invalid (error, path, "it names a muscle Hammy does not know");
      states = g_key_file_get_string_list (file, group, "States", NULL, NULL);
      for (guint k = 0; states != NULL && states[k] != NULL; k++)
        {
          int state = find_state (states[k]);

          if (state < 0)
            return invalid (error, path, "it names a state Hammy does not know");
          key->shows[muscle][state] = TRUE;
        }
    }
  return TRUE;
}

/* A key file beside a clip. A file that is missing, damaged or newer gives an error, and the
 * clip plays without a colour key. */
HammyClipKey *
hammy_clip_key_load (const char  *path,
                     GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(HammyClipKey) key = g_new0 (HammyClipKey, 1);

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, error))
    return NULL;
  if (!read_key (key, file, path, error))
    return NULL;

  return g_steal_pointer (&key);
}

void
hammy_clip_key_free (HammyClipKey *key)
{
  g_free (key);
}

HammyClipSide
hammy_clip_key_get_working_side (const HammyClipKey *key)
{
  g_return_val_if_fail (key != NULL, HAMMY_CLIP_SIDE_BOTH);

  return key->working_side;
}

/* The lines of the colour key, in the order of the table of muscles, each muscle's working
 * states first and relaxed last. */
GArray *
hammy_clip_key_dup_legend (const HammyClipKey *key)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (HammyClipLegendEntry));

  g_return_val_if_fail (key != NULL, entries);

  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    for (int i = 1; i <= HAMMY_N_MUSCLE_STATES; i++)
      {
        HammyClipLegendEntry entry = { m, i % HAMMY_N_MUSCLE_STATES };

        if (key->shows[m][entry.state])
          g_array_append_val (entries, entry);
      }
  return entries;
}

/* "Hamstring: working while lengthening", translated. */
const char *
hammy_clip_legend_entry_describe (const HammyClipLegendEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (entry->muscle < HAMMY_N_MUSCLES && entry->state < HAMMY_N_MUSCLE_STATES,
                        NULL);

  return _(hammy_muscles[entry->muscle].legend[entry->state]);
}
