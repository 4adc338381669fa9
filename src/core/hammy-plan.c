/* hammy-plan.c: the circuit for a phase, as Hammy makes it and as a plan file carries it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-json-guard.h"
#include "hammy-plan.h"
#include "hammy-vocabulary.h"

#define MAX_ITEMS 40
#define MAX_NOTE  1000

const HammyStoreFormat hammy_plan_format = {
  .name = "hammy-plan",
  .version = 1,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
};

const HammyStoreFormat hammy_plan_file_format = {
  .name = "hammy-plan-file",
  .version = 1,
  .max_bytes = HAMMY_PLAN_FILE_MAX_BYTES,
  .max_depth = 8,
};

/* Each phase's circuit, in the order it is done (domain.md, "The phases and their circuits").
 * The dosage comes from the library. */
static const char * const calm_circuit[] = {
  "straight-leg-lower", "wall-bridge-pulldown", "heel-dig-hold", "easy-walk", NULL
};
static const char * const build_circuit[] = {
  "single-leg-bridge", "askling-extender", "askling-diver", "askling-glider",
  "side-lying-leg-raise", "plank", "ball-hamstring-curl", NULL
};
static const char * const load_circuit[] = {
  "single-leg-bridge-step", "rdl-wall", "nordic-curl", "single-leg-rdl", NULL
};
static const char * const return_circuit[] = {
  "toe-touch-progression", "supine-toe-touch", "easy-walk", "single-leg-bridge-step", "rdl-wall", "nordic-curl", NULL
};
static const char * const warmup_circuit[] = {
  "toe-touch-progression", "cat-cow", "supine-toe-touch", "nerve-floss-slider", "standing-quad-stretch", NULL
};

static const char * const *
circuit_for (HammyTriagePhase phase)
{
  switch (phase)
    {
    case HAMMY_TRIAGE_PHASE_CALM:
      return calm_circuit;
    case HAMMY_TRIAGE_PHASE_BUILD:
      return build_circuit;
    case HAMMY_TRIAGE_PHASE_LOAD:
      return load_circuit;
    case HAMMY_TRIAGE_PHASE_RETURN:
      return return_circuit;
    case HAMMY_TRIAGE_PHASE_WARMUP:
      return warmup_circuit;
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      return NULL;
    }
}

struct _HammyPlan
{
  GObject           parent_instance;

  HammyTriagePhase  phase;
  GDateTime        *created;
  GDateTime        *assessment;   /* the assessment it was made from, or NULL */
  gboolean          edited;
  gboolean          imported;
  char             *note;
  GArray           *items;        /* of HammyPlanItem */
};

G_DEFINE_FINAL_TYPE (HammyPlan, hammy_plan, G_TYPE_OBJECT)

static void
item_clear (HammyPlanItem *item)
{
  g_free (item->exercise);
  g_free (item->load);
  g_free (item->note);
}

static void
hammy_plan_finalize (GObject *object)
{
  HammyPlan *self = HAMMY_PLAN (object);

  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->assessment, g_date_time_unref);
  g_free (self->note);
  g_array_unref (self->items);

  G_OBJECT_CLASS (hammy_plan_parent_class)->finalize (object);
}

static void
hammy_plan_class_init (HammyPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_plan_finalize;
}

static void
hammy_plan_init (HammyPlan *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (HammyPlanItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
}

/* The circuit for the assessment's phase, or NULL when the phase has none: an urgent or a
 * refer result gets what to do, not exercises. */
HammyPlan *
hammy_plan_new_for_assessment (HammyLibrary    *library,
                               HammyAssessment *assessment)
{
  g_autoptr(HammyPlan) self = NULL;
  const char * const *circuit;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), NULL);

  circuit = circuit_for (hammy_assessment_get_phase (assessment));
  if (circuit == NULL)
    return NULL;

  self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  self->phase = hammy_assessment_get_phase (assessment);
  self->created = g_date_time_new_now_utc ();
  self->assessment = g_date_time_ref (hammy_assessment_get_created (assessment));

  for (guint i = 0; circuit[i] != NULL; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (library, circuit[i]);
      const HammyDosage *dosage;
      HammyPlanItem item = { 0 };

      g_return_val_if_fail (exercise != NULL, NULL);
      dosage = hammy_exercise_get_dosage (exercise);
      item.exercise = g_strdup (circuit[i]);
      item.sets = dosage->sets;
      item.reps = dosage->reps;
      item.hold_seconds = dosage->hold_seconds;
      item.per_side = dosage->per_side;
      item.load = g_strdup (dosage->load);
      g_array_append_val (self->items, item);
    }

  return g_steal_pointer (&self);
}

HammyTriagePhase
hammy_plan_get_phase (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), HAMMY_TRIAGE_PHASE_REFER);
  return self->phase;
}

GDateTime *
hammy_plan_get_created (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->created;
}

GDateTime *
hammy_plan_get_assessment (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->assessment;
}

gboolean
hammy_plan_get_edited (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return self->edited;
}

gboolean
hammy_plan_get_imported (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), FALSE);
  return self->imported;
}

const char *
hammy_plan_get_note (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  return self->note;
}

guint
hammy_plan_get_n_items (HammyPlan *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), 0);
  return self->items->len;
}

const HammyPlanItem *
hammy_plan_get_item (HammyPlan *self,
                     guint      index)
{
  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, HammyPlanItem, index);
}

/* ---- JSON ---------------------------------------------------------------------------- */

static void
add_body (HammyPlan   *self,
          JsonBuilder *builder)
{
  g_autofree char *created = g_date_time_format_iso8601 (self->created);

  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "phase");
  json_builder_add_string_value (builder, hammy_triage_phase_to_id (self->phase));
  if (self->assessment != NULL)
    {
      g_autofree char *assessment = g_date_time_format_iso8601 (self->assessment);

      json_builder_set_member_name (builder, "assessment");
      json_builder_add_string_value (builder, assessment);
    }
  json_builder_set_member_name (builder, "edited");
  json_builder_add_boolean_value (builder, self->edited);
  json_builder_set_member_name (builder, "imported");
  json_builder_add_boolean_value (builder, self->imported);
  if (self->note != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, self->note);
    }

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->items->len; i++)
    {
      HammyPlanItem *item = &g_array_index (self->items, HammyPlanItem, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "exercise");
      json_builder_add_string_value (builder, item->exercise);
      json_builder_set_member_name (builder, "sets");
      json_builder_add_int_value (builder, item->sets);
      json_builder_set_member_name (builder, item->reps > 0 ? "reps" : "hold_seconds");
      json_builder_add_int_value (builder, item->reps > 0 ? item->reps : item->hold_seconds);
      json_builder_set_member_name (builder, "per_side");
      json_builder_add_boolean_value (builder, item->per_side);
      json_builder_set_member_name (builder, "load");
      json_builder_add_string_value (builder, item->load);
      if (item->note != NULL)
        {
          json_builder_set_member_name (builder, "note");
          json_builder_add_string_value (builder, item->note);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
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
  add_body (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
parse_time (JsonObject  *object,
            const char  *name,
            gboolean     required,
            GDateTime  **out,
            GError     **error)
{
  const char *text = NULL;

  if (!hammy_json_get_string (object, name, required, 40, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = g_date_time_new_from_iso8601 (text, NULL);
  if (*out == NULL)
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID,
                   _("The field “%s” should be a date and time."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_item (JsonObject     *object,
            HammyLibrary   *library,
            HammyPlanItem  *item,
            GError        **error)
{
  static const char * const known[] = { "exercise", "sets", "reps", "hold_seconds", "per_side", "load", "note", NULL };
  const char *id = NULL, *load = NULL, *note = NULL;
  gint64 sets = 0, reps = 0, hold = 0;
  gboolean per_side = FALSE;
  HammyExercise *exercise;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, 64, &id, error) ||
      !hammy_json_get_int (object, "sets", TRUE, 1, 10, &sets, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 1, 100, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 1, 3600, &hold, error) ||
      !hammy_json_get_boolean (object, "per_side", TRUE, &per_side, error) ||
      !hammy_json_get_string (object, "load", TRUE, 32, &load, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error))
    return FALSE;

  exercise = hammy_library_lookup_exercise (library, id);
  if (exercise == NULL || hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE)
    {
      g_autofree char *shown = g_utf8_substring (id, 0, MIN (g_utf8_strlen (id, -1), 40));

      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID,
                   _("It asks for an exercise this version of Hammy does not have, “%s”."), shown);
      return FALSE;
    }
  if ((reps > 0) == (hold > 0))
    return invalid (error, _("An exercise in it should have either repetitions or a hold time, not both or neither."));
  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, load))
    return invalid (error, _("An exercise in it has a load Hammy does not know."));

  item->exercise = g_strdup (id);
  item->sets = sets;
  item->reps = reps;
  item->hold_seconds = hold;
  item->per_side = per_side;
  item->load = g_strdup (load);
  item->note = note != NULL && *note ? g_strdup (note) : NULL;

  return TRUE;
}

static HammyPlan *
parse_body (JsonObject    *object,
            HammyLibrary  *library,
            GError       **error)
{
  g_autoptr(HammyPlan) self = g_object_new (HAMMY_TYPE_PLAN, NULL);
  const char *phase = NULL, *note = NULL;
  JsonArray *items = NULL;

  if (!parse_time (object, "created", TRUE, &self->created, error) ||
      !hammy_json_get_string (object, "phase", TRUE, 16, &phase, error) ||
      !parse_time (object, "assessment", FALSE, &self->assessment, error) ||
      !hammy_json_get_boolean (object, "edited", FALSE, &self->edited, error) ||
      !hammy_json_get_boolean (object, "imported", FALSE, &self->imported, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error) ||
      !hammy_json_get_array (object, "items", TRUE, MAX_ITEMS, &items, error))
    return NULL;

  if (!hammy_triage_phase_from_id (phase, &self->phase) || circuit_for (self->phase) == NULL)
    {
      invalid (error, _("It names a phase that has no circuit."));
      return NULL;
    }
  if (json_array_get_length (items) == 0)
    {
      invalid (error, _("It has no exercises in it."));
      return NULL;
    }
  self->note = note != NULL && *note ? g_strdup (note) : NULL;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      HammyPlanItem item = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          invalid (error, _("An exercise in it is not a group of fields."));
          return NULL;
        }
      if (!parse_item (json_node_get_object (node), library, &item, error))
        {
          item_clear (&item);
          return NULL;
        }
      g_array_append_val (self->items, item);
    }

  return g_steal_pointer (&self);
}

/* plan.json, as the store hands it over: header already checked. */
HammyPlan *
hammy_plan_new_from_json (JsonObject    *object,
                          HammyLibrary  *library,
                          GError       **error)
{
  static const char * const known[] = { "format", "version", "created", "phase", "assessment", "edited",
                                        "imported", "note", "items", NULL };

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  if (!hammy_json_check_members (object, known, error))
    return NULL;

  return parse_body (object, library, error);
}

GBytes *
hammy_plan_to_file_bytes (HammyPlan *self,
                          GDateTime *exported)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (HAMMY_IS_PLAN (self), NULL);

  stamp = g_date_time_format_iso8601 (exported);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_plan_file_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_plan_file_format.version);
  json_builder_set_member_name (builder, "exported");
  json_builder_add_string_value (builder, stamp);
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_body (self, builder);
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
  static const char * const known_plan[] = { "created", "phase", "assessment", "edited", "imported", "note", "items", NULL };
  HammyJsonLimits limits = { hammy_plan_file_format.max_bytes, hammy_plan_file_format.max_depth };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) exported = NULL;
  JsonObject *object, *body = NULL;
  HammyPlan *plan;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (library), NULL);

  root = hammy_json_parse_untrusted (data, length, &limits, error);
  if (root == NULL)
    return NULL;

  object = json_node_get_object (root);
  if (!hammy_json_check_header (object, hammy_plan_file_format.name, hammy_plan_file_format.version, NULL, error) ||
      !hammy_json_check_members (object, known, error) ||
      !parse_time (object, "exported", FALSE, &exported, error) ||
      !hammy_json_get_object (object, "plan", TRUE, &body, error) ||
      !hammy_json_check_members (body, known_plan, error))
    return NULL;

  plan = parse_body (body, library, error);
  if (plan != NULL)
    {
      plan->edited = TRUE;
      plan->imported = TRUE;
    }

  return plan;
}
