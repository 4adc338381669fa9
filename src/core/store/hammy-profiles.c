/* hammy-profiles.c: the people whose data one Hammy keeps, and the list of them on disk.
 *
 * profiles.json in the data folder lists the profiles in the order shown, each with an id, a
 * name and the time it was made, and says which one is in use. Each profile's files live in
 * profiles/<id>/; the id is made by Hammy and is a safe folder name, never taken from the
 * name, which is free text. Each folder also keeps its own name in profile.json, so a damaged
 * list can be made again from the folders without losing who is who.
 *
 * Names are trimmed, kept to one line and to HAMMY_PROFILE_MAX_NAME characters, and two
 * profiles may not share one (compared without case): the switcher shows names only, and
 * two "Sam"s could not be told apart there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-profiles"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "hammy-json-guard.h"
#include "hammy-profiles-private.h"

#define PROFILES_FILE  "profiles.json"
#define PROFILES_DIR   "profiles"
#define PROFILE_FILE   "profile.json"
#define MAX_ID         40

/* Room for HAMMY_PROFILES_MAX profiles written out in full, with space to spare: a list Hammy
 * accepts always fits once it is written again. */
const HammyStoreFormat hammy_profiles_format = {
  .name = "hammy-profiles",
  .version = 1,
  .max_bytes = 1024 * 1024,
  .max_depth = 4,
};

/* profiles/<id>/profile.json: the profile's own name, for when the list is lost. */
const HammyStoreFormat hammy_profile_format = {
  .name = "hammy-profile",
  .version = 1,
  .max_bytes = 4 * 1024,
  .max_depth = 2,
};

struct _HammyProfile
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  GDateTime *created;
};

G_DEFINE_FINAL_TYPE (HammyProfile, hammy_profile, G_TYPE_OBJECT)

G_DEFINE_QUARK (hammy-profiles-error-quark, hammy_profiles_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- names and ids ------------------------------------------------------------------- */

/* One line, single spaces, nothing invisible at either end, composed the same way whatever
 * keyboard typed it. */
static char *
tidy_name (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *composed = g_utf8_normalize (valid, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *tidy = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = composed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        {
          space = tidy->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (tidy, ' ');
      space = FALSE;
      g_string_append_unichar (tidy, c);
    }

  return g_string_free (tidy, FALSE);
}

static char *
fold_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/* The name as it will be kept, or NULL and why not. @renamed is the profile being renamed,
 * which may keep its own name; @profiles may be NULL to check the name alone. */
char *
hammy_profiles_check_name (GListModel    *profiles,
                           HammyProfile  *renamed,
                           const char    *name,
                           GError       **error)
{
  g_autofree char *tidy = NULL;
  g_autofree char *folded = NULL;
  guint n;

  g_return_val_if_fail (profiles == NULL || G_IS_LIST_MODEL (profiles), NULL);
  g_return_val_if_fail (renamed == NULL || HAMMY_IS_PROFILE (renamed), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  tidy = tidy_name (name);
  if (*tidy == '\0')
    {
      g_set_error_literal (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_EMPTY,
                           _("A profile needs a name."));
      return NULL;
    }
  if (g_utf8_strlen (tidy, -1) > HAMMY_PROFILE_MAX_NAME)
    {
      g_autofree char *limit = g_strdup_printf ("%d", HAMMY_PROFILE_MAX_NAME);

      g_set_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_TOO_LONG,
                   _("A profile's name can be at most %s characters long."), limit);
      return NULL;
    }

  folded = fold_name (tidy);
  n = profiles != NULL ? g_list_model_get_n_items (profiles) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HammyProfile) other = g_list_model_get_item (profiles, i);
      g_autofree char *other_folded = NULL;

      if (other == renamed)
        continue;
      other_folded = fold_name (other->name);
      if (g_str_equal (folded, other_folded))
        {
          g_set_error (error, HAMMY_PROFILES_ERROR, HAMMY_PROFILES_ERROR_NAME_TAKEN,
                       _("Another profile is called “%s”. Choose a name that tells them apart."), other->name);
          return NULL;
        }
    }

  return g_steal_pointer (&tidy);
}

/* Lowercase letters, digits and dashes, not starting with a dash: a folder name that can
 * never climb out of profiles/ or hide. */
gboolean
hammy_profile_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || *id == '-' || strlen (id) > MAX_ID)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

char *
hammy_profile_dup_dir (const char *id)
{
  g_return_val_if_fail (hammy_profile_id_is_valid (id), NULL);

  return g_build_filename (PROFILES_DIR, id, NULL);
}

static gboolean
has_id (GListModel *profiles,
        const char *id)
{
  for (guint i = 0; profiles != NULL && i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);

      if (g_str_equal (profile->id, id))
        return TRUE;
    }

  return FALSE;
}

/* Twelve random hexadecimal digits, not used by any profile, by a folder, or by a deleted
 * profile in @taken (of char *) that Undo may still bring back. */
char *
hammy_profiles_new_id (HammyStore *store,
                       GListModel *profiles,
                       GPtrArray  *taken)
{
  g_return_val_if_fail (HAMMY_IS_STORE (store), NULL);

  for (;;)
    {
      g_autofree char *id = g_strdup_printf ("%08x%04x", g_random_int (), g_random_int () & 0xffff);
      g_autofree char *relative = hammy_profile_dup_dir (id);
      g_autofree char *path = hammy_store_dup_path (store, relative);

      if (has_id (profiles, id) || g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      if (taken != NULL && g_ptr_array_find_with_equal_func (taken, id, g_str_equal, NULL))
        continue;

      return g_steal_pointer (&id);
    }
}

/* ---- the object ---------------------------------------------------------------------- */

static void
hammy_profile_finalize (GObject *object)
{
  HammyProfile *self = HAMMY_PROFILE (object);

  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (hammy_profile_parent_class)->finalize (object);
}

static void
hammy_profile_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HammyProfile *self = HAMMY_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_profile_class_init (HammyProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_profile_finalize;
  object_class->get_property = hammy_profile_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Changed through hammy_data_rename_profile(), which saves it. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_profile_init (HammyProfile *self)
{
}

/* @name must have passed hammy_profiles_check_name(). */
HammyProfile *
hammy_profile_new (const char *id,
                   const char *name,
                   GDateTime  *created)
{
  HammyProfile *self;

  g_return_val_if_fail (hammy_profile_id_is_valid (id), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (created != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_PROFILE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->created = g_date_time_ref (created);

  return self;
}

void
hammy_profile_set_name (HammyProfile *self,
                        const char   *name)
{
  g_return_if_fail (HAMMY_IS_PROFILE (self));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
hammy_profile_get_id (HammyProfile *self)
{
  g_return_val_if_fail (HAMMY_IS_PROFILE (self), NULL);

  return self->id;
}

const char *
hammy_profile_get_name (HammyProfile *self)
{
  g_return_val_if_fail (HAMMY_IS_PROFILE (self), NULL);

  return self->name;
}

GDateTime *
hammy_profile_get_created (HammyProfile *self)
{
  g_return_val_if_fail (HAMMY_IS_PROFILE (self), NULL);

  return self->created;
}

/* ---- profiles.json and profile.json -------------------------------------------------- */

static gboolean
read_name_and_created (JsonObject  *object,
                       char       **name,
                       GDateTime  **created,
                       GError     **error)
{
  const char *text = NULL;
  const char *when = NULL;
  g_autoptr(GError) name_error = NULL;

  /* Four bytes a character at most: a longer text cannot be a name Hammy kept. */
  if (!hammy_json_get_string (object, "name", TRUE, HAMMY_PROFILE_MAX_NAME * 4, &text, error) ||
      !hammy_json_get_string (object, "created", TRUE, 64, &when, error))
    return FALSE;

  *name = hammy_profiles_check_name (NULL, NULL, text, &name_error);
  if (*name == NULL)
    return hammy_json_set_invalid (error, "%s", name_error->message);

  *created = hammy_json_parse_time (when);
  if (*created == NULL)
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (when);

      g_clear_pointer (name, g_free);
      return hammy_json_set_invalid (error, _("The date a profile was made, “%s”, is not a date."), excerpt);
    }

  return TRUE;
}

static HammyProfile *
profile_from_json (JsonNode  *node,
                   GError   **error)
{
  static const char * const known[] = { "id", "name", "created", NULL };
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) created = NULL;
  JsonObject *object;
  const char *id = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hammy_json_set_invalid (error, _("Each profile should be a group of fields."));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "id", TRUE, 256, &id, error))
    return NULL;
  if (!hammy_profile_id_is_valid (id))
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (id);

      hammy_json_set_invalid (error, _("“%s” is not the id of a profile Hammy made."), excerpt);
      return NULL;
    }
  if (!read_name_and_created (object, &name, &created, error))
    return NULL;

  return hammy_profile_new (id, name, created);
}

/* profiles.json once its header is checked: the profiles in order, and the one in use. */
GPtrArray *
hammy_profiles_parse (JsonObject  *object,
                      char       **current,
                      GError     **error)
{
  static const char * const known[] = { "format", "version", "current", "profiles", NULL };
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *list = NULL;
  const char *in_use = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (current != NULL, NULL);

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_array (object, "profiles", TRUE, HAMMY_PROFILES_MAX, &list, error) ||
      !hammy_json_get_string (object, "current", TRUE, 256, &in_use, error))
    return NULL;

  if (json_array_get_length (list) == 0)
    {
      hammy_json_set_invalid (error, _("The list of profiles is empty."));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autoptr(HammyProfile) profile = profile_from_json (json_array_get_element (list, i), error);

      if (profile == NULL)
        return NULL;
      for (guint j = 0; j < profiles->len; j++)
        if (g_str_equal (HAMMY_PROFILE (g_ptr_array_index (profiles, j))->id, profile->id))
          {
            hammy_json_set_invalid (error, _("Two profiles have the id “%s”."), profile->id);
            return NULL;
          }
      g_ptr_array_add (profiles, g_steal_pointer (&profile));
    }

  for (guint i = 0; i < profiles->len; i++)
    if (g_str_equal (HAMMY_PROFILE (g_ptr_array_index (profiles, i))->id, in_use))
      {
        *current = g_strdup (in_use);
        return g_steal_pointer (&profiles);
      }

  {
    g_autofree char *excerpt = hammy_json_dup_excerpt (in_use);

    hammy_json_set_invalid (error, _("The profile in use, “%s”, is not in the list."), excerpt);
  }
  return NULL;
}

static void
add_profile_members (JsonBuilder  *builder,
                     HammyProfile *profile)
{
  g_autofree char *created = hammy_json_format_time (profile->created);

  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, profile->name);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
}

JsonNode *
hammy_profiles_to_json (GListModel *profiles,
                        const char *current)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (G_IS_LIST_MODEL (profiles), NULL);
  g_return_val_if_fail (current != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_profiles_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_profiles_format.version);
  json_builder_set_member_name (builder, "current");
  json_builder_add_string_value (builder, current);
  json_builder_set_member_name (builder, "profiles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (profiles); i++)
    {
      g_autoptr(HammyProfile) profile = g_list_model_get_item (profiles, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, profile->id);
      add_profile_members (builder, profile);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* profile.json in the profile's own folder. */
JsonNode *
hammy_profile_to_json (HammyProfile *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (HAMMY_IS_PROFILE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_profile_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_profile_format.version);
  add_profile_members (builder, self);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* ---- reading the list ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray *profiles;
  char      *current;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->profiles, g_ptr_array_unref);
  g_free (loaded->current);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

void
hammy_profiles_loaded_free (gpointer loaded)
{
  loaded_free (loaded);
}

gpointer
hammy_profiles_load_list (JsonObject  *object,
                          gpointer     user_data,
                          GError     **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);

  loaded->profiles = hammy_profiles_parse (object, &loaded->current, error);
  if (loaded->profiles == NULL)
    return NULL;

  return g_steal_pointer (&loaded);
}

gpointer
hammy_profiles_load_own_name (JsonObject  *object,
                              gpointer     user_data,
                              GError     **error)
{
  static const char * const known[] = { "format", "version", "name", "created", NULL };
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) created = NULL;

  if (!hammy_json_check_members (object, known, error) ||
      !read_name_and_created (object, &name, &created, error))
    return NULL;

  return hammy_profile_new (user_data, name, created);
}

typedef struct
{
  char         *id;
  HammyProfile *found;   /* from its profile.json, or NULL */
} Folder;

static void
folder_free (Folder *folder)
{
  g_free (folder->id);
  g_clear_object (&folder->found);
  g_free (folder);
}

/* The first profile first, then the others by when they were made, the unnamed last. */
static int
compare_folders (gconstpointer a,
                 gconstpointer b)
{
  const Folder *x = *(Folder * const *) a;
  const Folder *y = *(Folder * const *) b;
  gboolean x_first = g_str_equal (x->id, HAMMY_PROFILE_FIRST_ID);
  gboolean y_first = g_str_equal (y->id, HAMMY_PROFILE_FIRST_ID);

  if (x_first != y_first)
    return x_first ? -1 : 1;
  if ((x->found != NULL) != (y->found != NULL))
    return x->found != NULL ? -1 : 1;
  if (x->found != NULL && g_date_time_compare (x->found->created, y->found->created) != 0)
    return g_date_time_compare (x->found->created, y->found->created);

  return strcmp (x->id, y->id);
}

/* The profiles whose folders are there; one called "Me" in the first folder when there are
 * none. A folder without its own name gets one the person can change. */
static GPtrArray *
profiles_from_folders (HammyStore *store,
                       GDateTime  *now,
                       GPtrArray  *problems)
{
  g_autofree char *directory = hammy_store_dup_path (store, PROFILES_DIR);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func ((GDestroyNotify) folder_free);
  GPtrArray *profiles = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL && folders->len < HAMMY_PROFILES_MAX)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);
      g_autofree char *own = NULL;
      HammyStoreProblem *problem = NULL;
      Folder *folder;

      if (!hammy_profile_id_is_valid (name) || !g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;

      own = g_build_filename (PROFILES_DIR, name, PROFILE_FILE, NULL);
      folder = g_new0 (Folder, 1);
      folder->id = g_strdup (name);
      folder->found = hammy_store_load (store, own, &hammy_profile_format, hammy_profiles_load_own_name, folder->id, &problem);
      if (problem != NULL)
        {
          g_ptr_array_add (problems, g_strdup (problem->message));
          hammy_store_problem_free (problem);
        }
      g_ptr_array_add (folders, folder);
    }
  g_ptr_array_sort (folders, compare_folders);

  for (guint i = 0; i < folders->len; i++)
    {
      Folder *folder = g_ptr_array_index (folders, i);

      if (folder->found != NULL)
        g_ptr_array_add (profiles, g_steal_pointer (&folder->found));
      else if (g_str_equal (folder->id, HAMMY_PROFILE_FIRST_ID))
        /* Translators: the name of the first profile, made without asking; it can be renamed */
        g_ptr_array_add (profiles, hammy_profile_new (folder->id, _("Me"), now));
      else
        {
          /* The number as text: a format macro inside _() never reaches the translators. */
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *unnamed = g_strdup_printf (_("Profile %s"), number);

          g_ptr_array_add (profiles, hammy_profile_new (folder->id, unnamed, now));
        }
    }

  if (profiles->len == 0)
    g_ptr_array_add (profiles, hammy_profile_new (HAMMY_PROFILE_FIRST_ID, _("Me"), now));

  return profiles;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* TRUE when a deleted profile @id waits in profiles/.deleted/. */
static gboolean
is_waiting_deleted (const char *deleted_dir,
                    const char *id)
{
  g_autoptr(GDir) dir = g_dir_open (deleted_dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (id, "-", NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;

  return FALSE;
}

/* The list as profiles.json has it, set right where a crash left a step half done (docs/
 * data-formats.md). Deleting moves a profile's folder first and saves the list after, so a
 * listed profile whose folder went to .deleted/ was being deleted: that is finished. Adding and
 * Undo put the folder in place first, so a folder the list does not name was being added or
 * brought back: it is listed again, never lost. */
static void
repair_list (HammyStore  *store,
             GPtrArray   *profiles,
             char       **current,
             GDateTime   *now,
             GPtrArray   *problems)
{
  g_autofree char *directory = hammy_store_dup_path (store, PROFILES_DIR);
  g_autofree char *deleted_dir = g_build_filename (directory, HAMMY_PROFILES_DELETED_DIR, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  for (guint i = profiles->len; i-- > 0 && profiles->len > 1;)
    {
      HammyProfile *profile = g_ptr_array_index (profiles, i);
      g_autofree char *folder = g_build_filename (directory, profile->id, NULL);

      if (!g_file_test (folder, G_FILE_TEST_EXISTS) && is_waiting_deleted (deleted_dir, profile->id))
        g_ptr_array_remove_index (profiles, i);
    }
  for (guint i = 0; i < profiles->len; i++)
    g_hash_table_add (listed, HAMMY_PROFILE (g_ptr_array_index (profiles, i))->id);
  if (!g_hash_table_contains (listed, *current))
    {
      g_free (*current);
      *current = g_strdup (HAMMY_PROFILE (g_ptr_array_index (profiles, 0))->id);
    }

  dir = g_dir_open (directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      if (hammy_profile_id_is_valid (name) && !g_hash_table_contains (listed, name) &&
          g_file_test (path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (found, g_strdup (name));
    }
  g_ptr_array_sort (found, compare_ids);

  for (guint i = 0; i < found->len && profiles->len < HAMMY_PROFILES_MAX; i++)
    {
      const char *id = g_ptr_array_index (found, i);
      g_autofree char *own = g_build_filename (PROFILES_DIR, id, PROFILE_FILE, NULL);
      HammyStoreProblem *problem = NULL;
      HammyProfile *profile = hammy_store_load (store, own, &hammy_profile_format, hammy_profiles_load_own_name,
                                                (gpointer) id, &problem);

      if (problem != NULL)
        {
          g_ptr_array_add (problems, g_strdup (problem->message));
          hammy_store_problem_free (problem);
        }
      if (profile == NULL)
        {
          /* The number as text: a format macro inside _() never reaches the translators. */
          g_autofree char *number = g_strdup_printf ("%u", profiles->len + 1);
          g_autofree char *unnamed = g_strdup_printf (_("Profile %s"), number);

          profile = hammy_profile_new (id, unnamed, now);
        }
      g_ptr_array_add (profiles, profile);
    }
}

/* Reads profiles.json on any thread. Without one (the first run, or the folder of an earlier
 * Hammy) the list comes from the folders in profiles/, silently: profiles/default becomes the
 * first profile where it is, so nothing moves. A damaged one is kept aside by the store, the
 * list is made again from the folders, and @problems (of char *) gets a sentence. Writes
 * nothing: the list is saved the first time the person changes it. */
GPtrArray *
hammy_profiles_read (HammyStore  *store,
                     GDateTime   *now,
                     char       **current,
                     GPtrArray   *problems)
{
  g_autoptr(Loaded) loaded = NULL;
  HammyStoreProblem *problem = NULL;
  GPtrArray *profiles;

  g_return_val_if_fail (HAMMY_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (current != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  loaded = hammy_store_load (store, PROFILES_FILE, &hammy_profiles_format, hammy_profiles_load_list, NULL, &problem);
  if (loaded != NULL)
    {
      *current = g_steal_pointer (&loaded->current);
      repair_list (store, loaded->profiles, current, now, problems);
      return g_steal_pointer (&loaded->profiles);
    }

  if (problem != NULL)
    {
      g_ptr_array_add (problems,
                       g_strdup_printf ("%s %s", problem->message,
                                        _("The list of profiles was made again from their folders; a profile whose name was lost is called “Profile” with a number and can be renamed.")));
      hammy_store_problem_free (problem);
    }

  profiles = profiles_from_folders (store, now, problems);
  *current = g_strdup (HAMMY_PROFILE (g_ptr_array_index (profiles, 0))->id);

  return profiles;
}
