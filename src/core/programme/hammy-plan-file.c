/* hammy-plan-file.c: a plan as JSON: plan.json in the data folder, with the record the programme
 * keeps, and the .hammyplan file that carries a plan to someone else. Both are format 3; versions 1
 * and 2 are brought up to date as they are read, and every field read is checked through
 * hammy-json-guard.h, since a plan file comes from outside.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hammy-days.h"
#include "hammy-frequency.h"
#include "hammy-json-guard.h"
#include "hammy-log.h"
#include "hammy-pathways.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-vocabulary.h"

#define MAX_ID    64
#define MAX_FLAGS 16

static gboolean migrate_plan      (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);
static gboolean migrate_plan_file (JsonObject  *object,
                                   gint64       from_version,
                                   GError     **error);

/* Version 2 added the warm-up section, the running ladder, the private note and what
 * progression keeps (since, stopped, declined). Version 3 gives each item its frequency, group,
 * days and what it waits for, and the plan its picture, flags, days, run days, changes, phase
 * checks and the warning sign that stopped it (docs/programme.md). */
const HammyStoreFormat hammy_plan_format = {
  .name = "hammy-plan",
  .version = 3,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan,
  .too_large = N_("It is larger than any plan Hammy keeps, so it is not a plan."),
};

const HammyStoreFormat hammy_plan_file_format = {
  .name = "hammy-plan-file",
  .version = 3,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
  .migrate = migrate_plan_file,
};

static const char * const section_ids[] = { "warmup", "circuit", NULL };
static const char * const change_ids[] = { "step-back", "step-up", "phase-up", "phase-back", NULL };
static const char * const check_ids[] = { "passed", "failed", "declined", "answered", NULL };

static void
add_time (JsonBuilder *builder,
          const char  *name,
          GDateTime   *time)
{
  g_autofree char *text = hammy_json_format_time (time);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_day (JsonBuilder *builder,
         const char  *name,
         const GDate *day)
{
  char text[HAMMY_DAY_LENGTH + 1];

  if (!g_date_valid (day))
    return;
  hammy_day_format_into (day, text);
  add_string (builder, name, text);
}

static void
add_item (JsonBuilder         *builder,
          const HammyPlanItem *item,
          gboolean             own)
{
  json_builder_begin_object (builder);
  add_string (builder, "exercise", item->exercise);
  add_string (builder, "section", section_ids[item->section]);
  json_builder_set_member_name (builder, "sets");
  json_builder_add_int_value (builder, item->sets);
  json_builder_set_member_name (builder, item->reps > 0 ? "reps" : "hold_seconds");
  json_builder_add_int_value (builder, item->reps > 0 ? item->reps : item->hold_seconds);
  json_builder_set_member_name (builder, "per_side");
  json_builder_add_boolean_value (builder, item->per_side);
  add_string (builder, "load", item->load);
  add_string (builder, "note", item->note);
  add_string (builder, "frequency", item->frequency);
  add_string (builder, "group", item->group);
  add_string (builder, "waits", item->waits);
  if (own)
    {
      add_day (builder, "added", &item->added);
      add_day (builder, "changed", &item->changed);
      add_day (builder, "rest_until", &item->rest_until);
    }
  json_builder_end_object (builder);
}

/* What progression keeps: the plan's own record, never in a plan file. */
static void
add_record (HammyPlan   *self,
            JsonBuilder *builder)
{
  add_day (builder, "onset", &self->onset);
  add_day (builder, "started", &self->started);
  add_day (builder, "phase_since", &self->phase_since);
  if (self->stopped != NULL)
    {
      json_builder_set_member_name (builder, "stopped");
      json_builder_begin_object (builder);
      add_string (builder, "date", self->stopped);
      add_string (builder, "sign", self->stopped_sign);
      json_builder_end_object (builder);
    }
  add_string (builder, "checkin_seen", self->checkin_seen);

  if (self->changes->len > 0)
    {
      json_builder_set_member_name (builder, "changes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->changes->len; i++)
        {
          const HammyPlanChange *change = &g_array_index (self->changes, HammyPlanChange, i);

          json_builder_begin_object (builder);
          add_day (builder, "date", &change->date);
          add_string (builder, "kind", change_ids[change->kind]);
          add_string (builder, "rule", change->rule);
          add_string (builder, "exercise", change->exercise);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (self->checks->len > 0)
    {
      json_builder_set_member_name (builder, "checks");
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->checks->len; i++)
        {
          const HammyPlanCheck *check = &g_array_index (self->checks, HammyPlanCheck, i);

          json_builder_begin_object (builder);
          add_day (builder, "date", &check->date);
          add_string (builder, "phase", hammy_triage_phase_to_id (check->phase));
          add_string (builder, "result", check_ids[check->result]);
          json_builder_set_member_name (builder, "counted");
          json_builder_add_int_value (builder, check->counted);
          if (check->answers != NULL)
            {
              json_builder_set_member_name (builder, "answers");
              json_builder_add_value (builder, json_node_init_object (json_node_alloc (), check->answers));
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (g_date_valid (&self->migration_day))
    {
      json_builder_set_member_name (builder, "migration");
      json_builder_begin_object (builder);
      add_day (builder, "date", &self->migration_day);
      add_string (builder, "text", self->migration_text);
      json_builder_end_object (builder);
    }
}

/* @own: plan.json, with what stays in the data folder; otherwise what a plan file carries. */
static void
add_body (HammyPlan   *self,
          JsonBuilder *builder,
          gboolean     own)
{
  add_time (builder, "created", self->created);
  add_string (builder, "phase", hammy_triage_phase_to_id (self->phase));
  if (self->assessment != NULL)
    add_time (builder, "assessment", self->assessment);
  json_builder_set_member_name (builder, "edited");
  json_builder_add_boolean_value (builder, self->edited);
  json_builder_set_member_name (builder, "imported");
  json_builder_add_boolean_value (builder, self->imported);
  add_string (builder, "note", self->note);
  if (self->phase == HAMMY_TRIAGE_PHASE_RETURN)
    {
      json_builder_set_member_name (builder, "ladder_step");
      json_builder_add_int_value (builder, self->ladder_step);
    }
  add_string (builder, "picture", self->picture);
  if (self->flags->len > 1)
    {
      json_builder_set_member_name (builder, "flags");
      json_builder_begin_array (builder);
      for (guint i = 0; i + 1 < self->flags->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (self->flags, i));
      json_builder_end_array (builder);
    }
  add_string (builder, "runs", self->runs);

  if (own)
    {
      add_string (builder, "private_note", self->private_note);
      if (self->since != NULL)
        add_time (builder, "since", self->since);
      add_record (self, builder);
      if (self->declined_on != NULL && self->declined->len > 0)
        {
          json_builder_set_member_name (builder, "declined");
          json_builder_begin_object (builder);
          add_string (builder, "date", self->declined_on);
          json_builder_set_member_name (builder, "proposals");
          json_builder_begin_array (builder);
          for (guint i = 0; i < self->declined->len; i++)
            json_builder_add_string_value (builder, g_ptr_array_index (self->declined, i));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
    }

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    add_item (builder, hammy_plan_get_item_mutable (self, i), own);
  json_builder_end_array (builder);
}

/* Version 1 had one list: each item is given its section, and a plan for the return phase
 * starts at the first step of the running ladder. In the warm-up phase the list was the
 * warm-up. Version 2 kept the day a warning sign stopped the plan as a plain day; version 3
 * keeps which sign it was as well. Items of versions 1 and 2 get their frequency and group from
 * the library when they are read, and a plan from the data folder is marked, so that the data
 * can finish bringing it up to date (docs/programme.md, "Plans in progress"). Whatever else
 * the file holds is left for the reader to judge. */
static gboolean
migrate_body (JsonObject *object,
              gint64      from_version,
              gboolean    own)
{
  JsonNode *phase_node = json_object_get_member (object, "phase");
  JsonNode *items = json_object_get_member (object, "items");
  const char *phase = NULL;

  if (from_version == 1)
    {
      if (phase_node != NULL && JSON_NODE_HOLDS_VALUE (phase_node) && json_node_get_value_type (phase_node) == G_TYPE_STRING)
        phase = json_node_get_string (phase_node);

      for (guint i = 0; items != NULL && JSON_NODE_HOLDS_ARRAY (items) && i < json_array_get_length (json_node_get_array (items)); i++)
        {
          JsonNode *node = json_array_get_element (json_node_get_array (items), i);

          if (JSON_NODE_HOLDS_OBJECT (node) && !json_object_has_member (json_node_get_object (node), "section"))
            json_object_set_string_member (json_node_get_object (node), "section",
                                           g_strcmp0 (phase, "warmup") == 0 ? "warmup" : "circuit");
        }
      if (g_strcmp0 (phase, "return") == 0 && !json_object_has_member (object, "ladder_step"))
        json_object_set_int_member (object, "ladder_step", 0);
    }

  if (from_version == 2 && own)
    {
      JsonNode *stopped = json_object_get_member (object, "stopped");

      if (stopped != NULL && JSON_NODE_HOLDS_VALUE (stopped) && json_node_get_value_type (stopped) == G_TYPE_STRING)
        {
          JsonObject *stop = json_object_new ();

          json_object_set_string_member (stop, "date", json_node_get_string (stopped));
          json_object_set_object_member (object, "stopped", stop);
        }
      if (!json_object_has_member (object, "migration"))
        {
          JsonObject *migration = json_object_new ();

          json_object_set_int_member (migration, "from", 2);
          json_object_set_object_member (object, "migration", migration);
        }
    }

  return TRUE;
}

static gboolean
migrate_plan (JsonObject  *object,
              gint64       from_version,
              GError     **error)
{
  return migrate_body (object, from_version, TRUE);
}

static gboolean
migrate_plan_file (JsonObject  *object,
                   gint64       from_version,
                   GError     **error)
{
  JsonNode *plan = json_object_get_member (object, "plan");

  if (plan != NULL && JSON_NODE_HOLDS_OBJECT (plan))
    return migrate_body (json_node_get_object (plan), from_version, FALSE);

  return TRUE;
}

static gboolean
parse_day_member (JsonObject  *object,
                  const char  *name,
                  GDate       *out,
                  GError     **error)
{
  const char *text = NULL;

  g_date_clear (out, 1);
  if (!hammy_json_get_string (object, name, FALSE, HAMMY_DAY_LENGTH, &text, error))
    return FALSE;
  if (text != NULL && !hammy_day_parse (text, out))
    return hammy_json_set_invalid (error, _("The field “%s” should be a date."), name);

  return TRUE;
}

static gboolean
parse_day (JsonObject  *object,
           const char  *name,
           char       **out,
           GError     **error)
{
  GDate day;

  if (!parse_day_member (object, name, &day, error))
    return FALSE;
  if (g_date_valid (&day))
    *out = hammy_day_format (&day);
  return TRUE;
}

static int
index_of (const char * const *ids,
          const char         *id)
{
  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return -1;
}

static gboolean
parse_item (JsonObject     *object,
            HammyLibrary   *library,
            gboolean        own,
            HammyPlanItem  *item,
            GError        **error)
{
  static const char * const known_own[] = { "exercise", "section", "sets", "reps", "hold_seconds", "per_side", "load",
                                            "note", "frequency", "group", "waits", "added", "changed", "rest_until",
                                            NULL };
  static const char * const known_file[] = { "exercise", "section", "sets", "reps", "hold_seconds", "per_side",
                                             "load", "note", "frequency", "group", "waits", NULL };
  const char *id = NULL, *section = NULL, *load = NULL, *note = NULL, *frequency = NULL, *group = NULL, *waits = NULL;
  gint64 sets = 0, reps = 0, hold = 0;
  gboolean per_side = FALSE;
  HammyExercise *exercise;
  const HammySchedule *schedule;

  hammy_plan_item_clear_days (item);
  if (!hammy_json_check_members (object, own ? known_own : known_file, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, MAX_ID, &id, error) ||
      !hammy_json_get_string (object, "section", TRUE, 16, &section, error) ||
      !hammy_json_get_int (object, "sets", TRUE, 1, HAMMY_PLAN_MAX_SETS, &sets, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 1, HAMMY_PLAN_MAX_REPS, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 1, HAMMY_PLAN_MAX_HOLD, &hold, error) ||
      !hammy_json_get_boolean (object, "per_side", TRUE, &per_side, error) ||
      !hammy_json_get_string (object, "load", TRUE, 32, &load, error) ||
      !hammy_json_get_string (object, "note", FALSE, HAMMY_PLAN_MAX_NOTE, &note, error) ||
      !hammy_json_get_string (object, "frequency", FALSE, 32, &frequency, error) ||
      !hammy_json_get_string (object, "group", FALSE, 32, &group, error) ||
      !hammy_json_get_string (object, "waits", FALSE, 32, &waits, error) ||
      !parse_day_member (object, "added", &item->added, error) ||
      !parse_day_member (object, "changed", &item->changed, error) ||
      !parse_day_member (object, "rest_until", &item->rest_until, error))
    return FALSE;

  exercise = hammy_library_lookup_exercise (library, id);
  if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
    {
      g_autofree char *excerpt = hammy_json_dup_excerpt (id);

      return hammy_json_set_invalid (error, _("It asks for an exercise this version of Hammy does not have, “%s”."),
                                     excerpt);
    }
  schedule = hammy_exercise_get_schedule (exercise);
  if (index_of (section_ids, section) < 0)
    return hammy_json_set_invalid (error, _("An exercise in it belongs to a part of the session Hammy does not know."));
  if ((reps > 0) == (hold > 0))
    return hammy_json_set_invalid (error, _("An exercise in it should have either repetitions or a hold time, not both or neither."));
  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, load))
    return hammy_json_set_invalid (error, _("An exercise in it has a load Hammy does not know."));
  /* The group belongs to the exercise: a file may repeat it, never change it. */
  if (group != NULL && g_strcmp0 (group, schedule->group) != 0)
    return hammy_json_set_invalid (error, _("An exercise in it is counted in a group Hammy does not give it."));
  if (waits != NULL && !hammy_pathway_wait_is_known (waits))
    return hammy_json_set_invalid (error, _("An exercise in it waits for something Hammy does not know."));

  item->exercise = g_strdup (id);
  item->section = index_of (section_ids, section);
  item->sets = sets;
  item->reps = reps;
  item->hold_seconds = hold;
  item->per_side = per_side;
  item->load = g_strdup (load);
  item->note = note != NULL && *note ? g_strdup (note) : NULL;
  item->group = g_strdup (schedule->group);
  item->frequency = g_strdup (frequency != NULL ? frequency
                                                : hammy_plan_get_section_frequency (exercise, item->section));
  item->waits = g_strdup (waits);

  {
    g_autoptr(GError) cause = NULL;

    if (!hammy_schedule_check_frequency (item->group, item->section, item->frequency, &cause))
      return hammy_json_set_invalid (error, _("An exercise in it is done more often than Hammy allows: %s"), cause->message);
  }

  return TRUE;
}

static gboolean
parse_declined (HammyPlan   *self,
                JsonObject  *object,
                GError     **error)
{
  static const char * const known[] = { "date", "proposals", NULL };
  JsonObject *declined = NULL;
  JsonArray *keys = NULL;
  char *day = NULL;

  if (!hammy_json_get_object (object, "declined", FALSE, &declined, error))
    return FALSE;
  if (declined == NULL)
    return TRUE;
  if (!hammy_json_check_members (declined, known, error) ||
      !parse_day (declined, "date", &day, error))
    return FALSE;
  self->declined_on = day;
  if (!hammy_json_get_array (declined, "proposals", TRUE, HAMMY_PLAN_MAX_DECLINED, &keys, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (keys); i++)
    {
      JsonNode *node = json_array_get_element (keys, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          strlen (json_node_get_string (node)) > HAMMY_PLAN_MAX_DECLINED_KEY)
        return hammy_json_set_invalid (error, _("A declined proposal in it is not one Hammy wrote."));
      g_ptr_array_add (self->declined, g_strdup (json_node_get_string (node)));
    }

  return TRUE;
}

static gboolean
parse_flags (HammyPlan   *self,
             JsonObject  *object,
             GError     **error)
{
  static const char * const flags[] = {
    "cauda_equina_signs", "progressive_weakness", "clot_signs", "systemic_signs", "possible_avulsion",
    "significant_tear", "gait_altered", "severe_pain", "stretch_aggravates", "sitting_aggravates", "neural_caution",
    "speed_related", "bone_stress", NULL
  };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "flags", FALSE, MAX_FLAGS, &array, error))
    return FALSE;

  g_ptr_array_set_size (self->flags, 0);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          !g_strv_contains (flags, json_node_get_string (node)))
        return hammy_json_set_invalid (error, _("It names a flag Hammy does not know."));
      g_ptr_array_add (self->flags, g_strdup (json_node_get_string (node)));
    }
  g_ptr_array_add (self->flags, NULL);

  return TRUE;
}

static gboolean
parse_stopped (HammyPlan   *self,
               JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "date", "sign", NULL };
  JsonObject *stopped = NULL;
  const char *sign = NULL;

  if (!hammy_json_get_object (object, "stopped", FALSE, &stopped, error))
    return FALSE;
  if (stopped == NULL)
    return TRUE;
  if (!hammy_json_check_members (stopped, known, error) ||
      !hammy_json_get_string (stopped, "sign", FALSE, MAX_ID, &sign, error))
    return FALSE;
  /* Named as the plan's field: a plan of version 2 kept the day on its own there. */
  if (!json_object_has_member (stopped, "date") ||
      !JSON_NODE_HOLDS_VALUE (json_object_get_member (stopped, "date")) ||
      json_node_get_value_type (json_object_get_member (stopped, "date")) != G_TYPE_STRING ||
      !hammy_day_parse (json_object_get_string_member (stopped, "date"), NULL))
    return hammy_json_set_invalid (error, _("The field “%s” should be a date."), "stopped");
  self->stopped = g_strdup (json_object_get_string_member (stopped, "date"));
  if (sign != NULL && !hammy_log_warning_is_known (sign) && g_strcmp0 (sign, HAMMY_PLAN_STOP_REINJURY) != 0)
    return hammy_json_set_invalid (error, _("It names a warning sign Hammy does not know."));
  self->stopped_sign = g_strdup (sign);

  return TRUE;
}

static gboolean
parse_changes (HammyPlan   *self,
               JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "date", "kind", "rule", "exercise", NULL };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "changes", FALSE, HAMMY_PLAN_MAX_CHANGES, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      HammyPlanChange change = { 0 };
      const char *kind = NULL, *rule = NULL, *exercise = NULL;
      JsonObject *fields;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return hammy_json_set_invalid (error, _("A change in it is not a group of fields."));
      fields = json_node_get_object (node);
      if (!hammy_json_check_members (fields, known, error) ||
          !parse_day_member (fields, "date", &change.date, error) ||
          !hammy_json_get_string (fields, "kind", TRUE, 16, &kind, error) ||
          !hammy_json_get_string (fields, "rule", FALSE, MAX_ID, &rule, error) ||
          !hammy_json_get_string (fields, "exercise", FALSE, MAX_ID, &exercise, error))
        return FALSE;
      if (!g_date_valid (&change.date) || index_of (change_ids, kind) < 0)
        return hammy_json_set_invalid (error, _("A change in it is not one Hammy wrote."));
      change.kind = index_of (change_ids, kind);
      change.rule = g_strdup (rule);
      change.exercise = g_strdup (exercise);
      g_array_append_val (self->changes, change);
    }

  return TRUE;
}

static gboolean
parse_checks (HammyPlan   *self,
              JsonObject  *object,
              GError     **error)
{
  static const char * const known[] = { "date", "phase", "result", "counted", "answers", NULL };
  JsonArray *array = NULL;

  if (!hammy_json_get_array (object, "checks", FALSE, HAMMY_PLAN_MAX_CHECKS, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      HammyPlanCheck check = { 0 };
      const char *phase = NULL, *result = NULL;
      JsonObject *fields, *answers = NULL;
      gint64 counted = 0;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return hammy_json_set_invalid (error, _("A phase check in it is not a group of fields."));
      fields = json_node_get_object (node);
      if (!hammy_json_check_members (fields, known, error) ||
          !parse_day_member (fields, "date", &check.date, error) ||
          !hammy_json_get_string (fields, "phase", TRUE, 16, &phase, error) ||
          !hammy_json_get_string (fields, "result", TRUE, 16, &result, error) ||
          !hammy_json_get_int (fields, "counted", FALSE, 0, 100000, &counted, error) ||
          !hammy_json_get_object (fields, "answers", FALSE, &answers, error))
        return FALSE;
      if (!g_date_valid (&check.date) || !hammy_triage_phase_from_id (phase, &check.phase) ||
          index_of (check_ids, result) < 0)
        return hammy_json_set_invalid (error, _("A phase check in it is not one Hammy wrote."));
      /* The answers are checked as a check's are: every id and value. */
      if (answers != NULL && !hammy_triage_answers_check (answers, NULL))
        return hammy_json_set_invalid (error, _("A phase check in it has answers Hammy does not know."));
      check.result = index_of (check_ids, result);
      check.counted = counted;
      check.answers = answers != NULL ? json_object_ref (answers) : NULL;
      g_array_append_val (self->checks, check);
    }

  return TRUE;
}

static gboolean
parse_migration (HammyPlan   *self,
                 JsonObject  *object,
                 GError     **error)
{
  static const char * const known[] = { "from", "date", "text", NULL };
  JsonObject *migration = NULL;
  const char *text = NULL;

  if (!hammy_json_get_object (object, "migration", FALSE, &migration, error))
    return FALSE;
  if (migration == NULL)
    return TRUE;

  return hammy_json_check_members (migration, known, error) &&
         hammy_json_get_int (migration, "from", FALSE, 1, hammy_plan_format.version - 1, &self->migrated_from, error) &&
         parse_day_member (migration, "date", &self->migration_day, error) &&
         hammy_json_get_string (migration, "text", FALSE, HAMMY_PLAN_MAX_NOTE, &text, error) &&
         ((self->migration_text = g_strdup (text)), TRUE);
}

/* The record progression keeps: in plan.json only. */
static gboolean
parse_record (HammyPlan   *self,
              JsonObject  *object,
              GError     **error)
{
  const char *private_note = NULL;

  if (!hammy_json_get_string (object, "private_note", FALSE, HAMMY_PLAN_MAX_NOTE, &private_note,
                              error) ||
      !hammy_json_get_time (object, "since", FALSE, &self->since, error) ||
      !parse_stopped (self, object, error) ||
      !parse_declined (self, object, error) ||
      !parse_day_member (object, "onset", &self->onset, error) ||
      !parse_day_member (object, "started", &self->started, error) ||
      !parse_day_member (object, "phase_since", &self->phase_since, error) ||
      !parse_day (object, "checkin_seen", &self->checkin_seen, error) ||
      !parse_changes (self, object, error) ||
      !parse_checks (self, object, error) ||
      !parse_migration (self, object, error))
    return FALSE;

  self->private_note = private_note != NULL && *private_note ? g_strdup (private_note) : NULL;
  return TRUE;
}

/* @own: plan.json from the data folder, which may hold what a plan file never carries. */
static HammyPlan *
parse_body (JsonObject    *object,
            HammyLibrary  *library,
            gboolean       own,
            GError       **error)
{
  static const char * const pictures[] = {
    "acute_strain", "proximal_tendinopathy", "distal_irritation", "neural_tension", "tightness",
    "post_race_soreness", "unclear", NULL
  };
  g_autoptr(HammyPlan) self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  g_autoptr(GArray) warmup = NULL;
  const char *phase = NULL, *note = NULL, *picture = NULL, *runs = NULL;
  JsonArray *items = NULL;
  gint64 ladder_step = -1;

  self->library = g_object_ref (library);
  if (!hammy_json_get_time (object, "created", TRUE, &self->created, error) ||
      !hammy_json_get_string (object, "phase", TRUE, 16, &phase, error) ||
      !hammy_json_get_time (object, "assessment", FALSE, &self->assessment, error) ||
      !hammy_json_get_boolean (object, "edited", FALSE, &self->edited, error) ||
      !hammy_json_get_boolean (object, "imported", FALSE, &self->imported, error) ||
      !hammy_json_get_string (object, "note", FALSE, HAMMY_PLAN_MAX_NOTE, &note, error) ||
      !hammy_json_get_int (object, "ladder_step", FALSE, 0, hammy_plan_get_n_ladder_steps () - 1, &ladder_step, error) ||
      !hammy_json_get_string (object, "picture", FALSE, 32, &picture, error) ||
      !parse_flags (self, object, error) ||
      !hammy_json_get_string (object, "runs", FALSE, 32, &runs, error) ||
      !hammy_json_get_array (object, "items", TRUE, HAMMY_PLAN_MAX_ITEMS, &items, error))
    return NULL;
  if (own && !parse_record (self, object, error))
    return NULL;

  if (!hammy_triage_phase_from_id (phase, &self->phase) || !hammy_pathway_has_plan (self->phase))
    {
      hammy_json_set_invalid (error, _("It names a phase that has no circuit."));
      return NULL;
    }
  if (ladder_step >= 0 && self->phase != HAMMY_TRIAGE_PHASE_RETURN)
    {
      hammy_json_set_invalid (error, _("It gives a step of the running ladder to a phase that has none."));
      return NULL;
    }
  if (picture != NULL && !g_strv_contains (pictures, picture))
    {
      hammy_json_set_invalid (error, _("It names a picture Hammy does not know."));
      return NULL;
    }
  if (runs != NULL && !hammy_frequency_from_id (runs, NULL))
    {
      hammy_json_set_invalid (error, _("It offers runs on days Hammy does not know."));
      return NULL;
    }
  if (json_array_get_length (items) == 0)
    {
      hammy_json_set_invalid (error, _("It has no exercises in it."));
      return NULL;
    }
  self->note = note != NULL && *note ? g_strdup (note) : NULL;
  self->ladder_step = MAX (ladder_step, 0);
  self->picture = g_strdup (picture);
  /* A plan from before run days were kept offers the runs its phase does. */
  self->runs = g_strdup (runs != NULL ? runs : hammy_pathway_get_runs (self->phase));

  /* The warm-up comes first whatever order the file lists it in. */
  warmup = g_array_new (FALSE, TRUE, sizeof (HammyPlanItem));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      HammyPlanItem item = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("An exercise in it is not a group of fields."));
          goto failed;
        }
      if (!parse_item (json_node_get_object (node), library, own, &item, error))
        {
          hammy_plan_item_clear (&item);
          goto failed;
        }
      if (item.section == HAMMY_PLAN_SECTION_WARMUP)
        g_array_append_val (warmup, item);
      else
        g_array_append_val (self->items, item);
    }
  g_array_prepend_vals (self->items, warmup->data, warmup->len);
  g_array_set_size (warmup, 0);

  return g_steal_pointer (&self);

failed:
  for (guint i = 0; i < warmup->len; i++)
    hammy_plan_item_clear (&g_array_index (warmup, HammyPlanItem, i));
  return NULL;
}

JsonNode *
hammy_plan_to_json (HammyPlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_plan_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_plan_format.version);
  add_body (self, builder, TRUE);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* plan.json, as the store hands it over: header already checked and migrated. */
HammyPlan *
hammy_plan_new_from_json (JsonObject    *object,
                          HammyLibrary  *library,
                          GError       **error)
{
  static const char * const known[] = { "format", "version", "created", "phase", "assessment", "edited",
                                        "imported", "note", "ladder_step", "private_note", "since", "stopped",
                                        "declined", "items", "picture", "flags", "runs", "onset", "started",
                                        "phase_since", "checkin_seen", "changes", "checks", "migration", NULL };

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  if (!hammy_json_check_members (object, known, error))
    return NULL;

  return parse_body (object, library, TRUE, error);
}

GBytes *
hammy_plan_to_file_bytes (HammyPlan *self,
                          GDateTime *exported)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_plan_file_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_plan_file_format.version);
  add_time (builder, "exported", exported);
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_body (self, builder, FALSE);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return hammy_json_to_bytes (root);
}

/* A plan file from outside: everything about it is checked and nothing in it is followed.
 * The plan it gives counts as edited by hand, so Hammy never silently replaces it. */
HammyPlan *
hammy_plan_new_from_file_bytes (const char    *data,
                                gsize          length,
                                HammyLibrary  *library,
                                GError       **error)
{
  static const char * const known[] = { "format", "version", "exported", "plan", NULL };
  static const char * const known_plan[] = { "created", "phase", "assessment", "edited", "imported", "note",
                                             "ladder_step", "picture", "flags", "runs", "items", NULL };
  HammyJsonLimits limits = { hammy_plan_file_format.max_bytes, hammy_plan_file_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) exported = NULL;
  JsonObject *object, *body = NULL;
  HammyPlan *plan;
  gint64 version = 0;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  root = hammy_json_parse_untrusted (data, length, &limits, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!hammy_json_check_header (object, hammy_plan_file_format.name, hammy_plan_file_format.version, &version, error))
    return NULL;
  for (; version < hammy_plan_file_format.version; version++)
    if (!hammy_plan_file_format.migrate (object, version, error))
      return NULL;
  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_time (object, "exported", FALSE, &exported, error) ||
      !hammy_json_get_object (object, "plan", TRUE, &body, error) ||
      !hammy_json_check_members (body, known_plan, error))
    return NULL;

  plan = parse_body (body, library, FALSE, error);
  if (plan != NULL)
    {
      plan->edited = TRUE;
      plan->imported = TRUE;
    }

  return plan;
}
