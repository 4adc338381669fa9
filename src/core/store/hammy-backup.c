/* hammy-backup.c: one file with everything, and reading it back, untrusted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-backup.h"
#include "hammy-check-file.h"
#include "hammy-json-guard.h"
#include "hammy-profiles.h"

const HammyStoreFormat hammy_backup_format = {
  .name = "hammy-backup",
  /* 2: the choice of sore leg, "sore_side", a whole sore-side.json. 3: whose it is,
   * "profile_name", so that a restore into another person's profile asks first. */
  .version = 3,
  .max_bytes = HAMMY_BACKUP_MAX_BYTES,
  .max_depth = 16,
  .max_items = HAMMY_BACKUP_MAX_CHECKS,
  /* Hammy's own backups hold a value for every eight bytes or more: a file of zeros does not
   * reach json-glib, which would spend gigabytes on it. */
  .max_values = HAMMY_BACKUP_MAX_BYTES / 8,
};

struct _HammyBackup
{
  GObject     parent_instance;

  GDateTime  *created;
  HammyPlan  *plan;          /* or NULL */
  GListStore *assessments;
  GPtrArray  *months;        /* of JsonObject, each checked as a month file */
  guint       n_sessions;
  guint       n_sets;
  HammySoreSide *sore_side;  /* or NULL */
  char       *profile_name;  /* the profile it was made from (version 3 on), or NULL */
};

G_DEFINE_FINAL_TYPE (HammyBackup, hammy_backup, G_TYPE_OBJECT)

static void
hammy_backup_finalize (GObject *object)
{
  HammyBackup *self = HAMMY_BACKUP (object);

  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->assessments);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->sore_side, hammy_sore_side_free);
  g_free (self->profile_name);

  G_OBJECT_CLASS (hammy_backup_parent_class)->finalize (object);
}

static void
hammy_backup_class_init (HammyBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_backup_finalize;
}

static void
hammy_backup_init (HammyBackup *self)
{
  self->assessments = g_list_store_new (HAMMY_TYPE_ASSESSMENT);
  self->months = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
}

/* @profile_name, the name of the profile it is made from, may be NULL. */
JsonNode *
hammy_backup_create_node (const char          *profile_name,
                          HammyPlan           *plan,
                          GListModel          *assessments,
                          HammyLog            *log,
                          const HammySoreSide *sore_side,
                          GDateTime           *created)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *stamp = hammy_json_format_time (created);
  g_auto(GStrv) months = log != NULL ? hammy_log_dup_months (log) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_backup_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_backup_format.version);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, stamp);
  json_builder_set_member_name (builder, "app_version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  if (profile_name != NULL)
    {
      json_builder_set_member_name (builder, "profile_name");
      json_builder_add_string_value (builder, profile_name);
    }

  if (plan != NULL)
    {
      json_builder_set_member_name (builder, "plan");
      json_builder_add_value (builder, hammy_plan_to_json (plan));
    }

  if (sore_side != NULL)
    {
      json_builder_set_member_name (builder, "sore_side");
      json_builder_add_value (builder, hammy_sore_side_to_json (sore_side));
    }

  json_builder_set_member_name (builder, "assessments");
  json_builder_begin_array (builder);
  for (guint i = 0; assessments != NULL && i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(HammyAssessment) assessment = g_list_model_get_item (assessments, i);

      json_builder_add_value (builder, hammy_check_file_to_json (assessment));
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "log");
  json_builder_begin_array (builder);
  for (guint i = 0; months != NULL && months[i] != NULL; i++)
    json_builder_add_value (builder, hammy_log_month_to_json (log, months[i]));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* The bytes of a backup made with hammy_backup_create_node (), on any thread, checked against
 * what the reader takes: a backup Hammy could not restore is never written. Written without
 * indentation, which keeps ten years of sessions well inside the limit. */
GBytes *
hammy_backup_node_to_bytes (JsonNode  *node,
                            GError   **error)
{
  HammyJsonLimits limits = { hammy_backup_format.max_bytes, hammy_backup_format.max_depth,
                             hammy_backup_format.max_items, hammy_backup_format.max_values };
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) cause = NULL;
  JsonObject *object;
  gsize length = 0;
  char *data;

  g_return_val_if_fail (node != NULL && JSON_NODE_HOLDS_OBJECT (node), NULL);

  object = json_node_get_object (node);
  if (json_array_get_length (json_object_get_array_member (object, "log")) > HAMMY_BACKUP_MAX_MONTHS)
    {
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                   _("Your log covers more months than a backup can hold."));
      return NULL;
    }

  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  if (!hammy_json_check_limits (data, length, &limits, &cause))
    {
      g_free (data);
      g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_TOO_LARGE,
                   _("Everything you have is more than a backup can hold. %s"), cause->message);
      return NULL;
    }

  return g_bytes_new_take (data, length);
}

GBytes *
hammy_backup_create_bytes (HammyPlan           *plan,
                           GListModel          *assessments,
                           HammyLog            *log,
                           const HammySoreSide *sore_side,
                           GDateTime           *created,
                           GError             **error)
{
  g_autoptr(JsonNode) root = hammy_backup_create_node (NULL, plan, assessments, log, sore_side, created);

  return hammy_backup_node_to_bytes (root, error);
}

static gboolean
invalid_part (GError     **error,
              const char  *what,
              GError      *cause)
{
  return hammy_json_set_invalid (error, "%s %s", what, cause->message);
}

HammyBackup *
hammy_backup_new_from_bytes (const char    *data,
                             gsize          length,
                             HammyLibrary  *library,
                             GError       **error)
{
  static const char * const known[] = { "format", "version", "created", "app_version", "plan", "assessments", "log",
                                        "sore_side", "profile_name", NULL };
  HammyJsonLimits limits = { hammy_backup_format.max_bytes, hammy_backup_format.max_depth,
                             hammy_backup_format.max_items, hammy_backup_format.max_values };
  g_autoptr(HammyBackup) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) cause = NULL;
  const char *created = NULL, *app_version = NULL, *profile_name = NULL;
  JsonObject *object, *plan = NULL, *sore_side = NULL;
  JsonArray *assessments = NULL, *log = NULL;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  root = hammy_json_parse_untrusted (data, length, &limits, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!hammy_json_check_header (object, hammy_backup_format.name, hammy_backup_format.version, NULL, error) ||
      !hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "created", TRUE, 40, &created, error) ||
      !hammy_json_get_string (object, "app_version", FALSE, 40, &app_version, error) ||
      !hammy_json_get_string (object, "profile_name", FALSE, HAMMY_PROFILE_MAX_NAME * 4, &profile_name, error) ||
      !hammy_json_get_object (object, "plan", FALSE, &plan, error) ||
      !hammy_json_get_array (object, "assessments", TRUE, HAMMY_BACKUP_MAX_CHECKS, &assessments, error) ||
      !hammy_json_get_array (object, "log", TRUE, HAMMY_BACKUP_MAX_MONTHS, &log, error) ||
      !hammy_json_get_object (object, "sore_side", FALSE, &sore_side, error))
    return NULL;

  self = g_object_new (HAMMY_TYPE_BACKUP, NULL);
  self->created = hammy_json_parse_time (created);
  self->profile_name = profile_name != NULL && *profile_name != '\0' ? g_strdup (profile_name) : NULL;
  if (self->created == NULL)
    {
      hammy_json_set_invalid (error, _("The field “created” should be a date and time."));
      return NULL;
    }

  if (plan != NULL)
    {
      gint64 version = 0;
      gboolean usable = hammy_json_check_header (plan, hammy_plan_format.name, hammy_plan_format.version, &version, &cause);

      /* A backup made before the plan's format last changed carries the plan as it was then. */
      for (; usable && version < hammy_plan_format.version; version++)
        usable = hammy_plan_format.migrate (plan, version, &cause);
      if (!usable || (self->plan = hammy_plan_new_from_json (plan, library, &cause)) == NULL)
        {
          invalid_part (error, _("The plan in it cannot be used."), cause);
          return NULL;
        }
    }

  if (sore_side != NULL &&
      (!hammy_json_check_header (sore_side, hammy_sore_side_format.name, hammy_sore_side_format.version, NULL, &cause) ||
       (self->sore_side = hammy_sore_side_new_from_json (sore_side, &cause)) == NULL))
    {
      invalid_part (error, _("The sore leg in it cannot be used."), cause);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (assessments); i++)
    {
      JsonNode *node = json_array_get_element (assessments, i);
      g_autoptr(HammyAssessment) assessment = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !hammy_json_check_header (json_node_get_object (node), "hammy-assessment", HAMMY_ASSESSMENT_VERSION, NULL, &cause) ||
          (assessment = hammy_assessment_new_from_json (node, &cause)) == NULL)
        {
          if (cause == NULL)
            hammy_json_set_invalid (&cause, _("It is not a group of fields."));
          invalid_part (error, _("A saved check in it cannot be used."), cause);
          return NULL;
        }
      /* When it was saved where the backup was made: never later than the backup itself. */
      {
        g_autoptr(GDateTime) saved = hammy_check_file_read_saved (json_node_get_object (node),
                                                            hammy_assessment_get_created (assessment),
                                                            self->created);

        hammy_check_file_set_saved (assessment, saved);
      }
      g_list_store_append (self->assessments, assessment);
    }

  for (guint i = 0; i < json_array_get_length (log); i++)
    {
      JsonNode *node = json_array_get_element (log, i);
      JsonObject *month;
      JsonArray *sessions;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("A month of the log in it is not a group of fields."));
          return NULL;
        }
      month = json_node_get_object (node);

      /* Checked now, with the same rules as a month file, so that a restore cannot fail half-way. */
      {
        g_autoptr(JsonGenerator) generator = json_generator_new ();
        g_autofree char *text = NULL;
        gsize text_length = 0;

        json_generator_set_root (generator, node);
        text = json_generator_to_data (generator, &text_length);
        if (!hammy_log_check_month_bytes (text, text_length, &cause))
          {
            invalid_part (error, _("A month of the log in it cannot be used."), cause);
            return NULL;
          }
      }

      sessions = json_object_get_array_member (month, "sessions");
      self->n_sessions += json_array_get_length (sessions);
      for (guint j = 0; j < json_array_get_length (sessions); j++)
        {
          JsonObject *session = json_array_get_object_element (sessions, j);

          self->n_sets += json_array_get_length (json_object_get_array_member (session, "sets"));
        }
      g_ptr_array_add (self->months, json_object_ref (month));
    }

  return g_steal_pointer (&self);
}

GDateTime *
hammy_backup_get_created (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  return self->created;
}

HammyPlan *
hammy_backup_get_plan (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  return self->plan;
}

GListModel *
hammy_backup_get_assessments (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  return G_LIST_MODEL (self->assessments);
}

guint
hammy_backup_get_n_months (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), 0);
  return self->months->len;
}

JsonObject *
hammy_backup_get_month (HammyBackup *self,
                        guint        index)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  g_return_val_if_fail (index < self->months->len, NULL);
  return g_ptr_array_index (self->months, index);
}

guint
hammy_backup_get_n_sessions (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), 0);
  return self->n_sessions;
}

guint
hammy_backup_get_n_sets (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), 0);
  return self->n_sets;
}

const HammySoreSide *
hammy_backup_get_sore_side (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  return self->sore_side;
}

/* The name of the profile the backup was made from (version 3 on), or NULL. */
const char *
hammy_backup_get_profile_name (HammyBackup *self)
{
  g_return_val_if_fail (HAMMY_IS_BACKUP (self), NULL);
  return self->profile_name;
}

/* Whether the backup says it is someone else's than @profile_name's: it names a profile, and
 * the name differs, whatever the case of its letters. A backup that names no one, from before
 * version 3, is no one else's. */
gboolean
hammy_backup_is_for_other_profile (HammyBackup *self,
                                   const char  *profile_name)
{
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;

  g_return_val_if_fail (HAMMY_IS_BACKUP (self), FALSE);

  if (self->profile_name == NULL || profile_name == NULL)
    return FALSE;

  theirs = g_utf8_casefold (self->profile_name, -1);
  ours = g_utf8_casefold (profile_name, -1);
  return g_strcmp0 (theirs, ours) != 0;
}
