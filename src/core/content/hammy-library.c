/* hammy-library.c: the exercises, self-checks and explanation cards, loaded from the content
 * JSON and offered as list models.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-library"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "hammy-card-private.h"
#include "hammy-exercise-private.h"
#include "hammy-library.h"
#include "hammy-references.h"
#include "hammy-vocabulary.h"

struct _HammyLibrary
{
  GObject     parent_instance;

  GListStore *exercises;
  GListStore *cards;
  GHashTable *exercises_by_id;  /* id → HammyExercise, borrowed from the store */
  GHashTable *cards_by_id;      /* id → HammyCard, borrowed from the store */
  GHashTable *clips;            /* id → brief */
  GPtrArray  *problems;         /* sentences for the content test and the log */
};

G_DEFINE_FINAL_TYPE (HammyLibrary, hammy_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (hammy-library-error-quark, hammy_library_error)

static const char * const clip_props[] = {
  "floor", "wall", "step", "foam-roller", "block", "dumbbell", "ball", "chair", "table", "band",
  "towel", NULL
};

static void
add_problem (HammyLibrary *self,
             const char   *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (HammyLibrary *self,
             const char   *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Content strings are msgids: they reach po/ through data/content/content-strings.c. */
static char *
translate (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup (text);

  return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
}

static char *
read_string (HammyLibrary *self,
             JsonObject   *object,
             const char   *owner,
             const char   *member,
             gboolean      required,
             gboolean      translatable)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        add_problem (self, "%s has no %s", owner, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      add_problem (self, "%s: %s is not a string", owner, member);
      return NULL;
    }

  if (required && *json_node_get_string (node) == '\0')
    add_problem (self, "%s has an empty %s", owner, member);

  return translatable ? translate (json_node_get_string (node)) : g_strdup (json_node_get_string (node));
}

static char **
read_strv (HammyLibrary *self,
           JsonObject   *object,
           const char   *owner,
           const char   *member,
           gboolean      translatable)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strv_builder_end (builder);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      add_problem (self, "%s: %s is not a list", owner, member);
      return g_strv_builder_end (builder);
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
          *json_node_get_string (element) == '\0')
        {
          add_problem (self, "%s: %s[%u] is not a non-empty string", owner, member, i);
          continue;
        }

      if (translatable)
        g_strv_builder_add (builder, g_dgettext (GETTEXT_PACKAGE, json_node_get_string (element)));
      else
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

static guint
read_count (HammyLibrary *self,
            JsonObject   *object,
            const char   *owner,
            const char   *member,
            guint         max)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return 0;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      add_problem (self, "%s: %s is not a whole number", owner, member);
      return 0;
    }

  value = json_node_get_int (node);
  if (value < 1 || value > max)
    {
      add_problem (self, "%s: %s is %" G_GINT64_FORMAT ", outside 1–%u", owner, member, value, max);
      return 0;
    }

  return (guint) value;
}

static gboolean
read_bool (HammyLibrary *self,
           JsonObject   *object,
           const char   *owner,
           const char   *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      add_problem (self, "%s: %s is not true or false", owner, member);
      return FALSE;
    }

  return json_node_get_boolean (node);
}

static void
read_dosage (HammyLibrary  *self,
             JsonObject    *object,
             const char    *owner,
             HammyDosage   *dosage)
{
  JsonNode *node = json_object_get_member (object, "dosage");
  JsonObject *fields;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (self, "%s has no dosage", owner);
      return;
    }

  fields = json_node_get_object (node);
  dosage->sets = read_count (self, fields, owner, "sets", 20);
  dosage->reps = read_count (self, fields, owner, "reps", 200);
  dosage->reps_max = read_count (self, fields, owner, "reps_max", 200);
  dosage->hold_seconds = read_count (self, fields, owner, "hold_seconds", 7200);
  dosage->hold_seconds_max = read_count (self, fields, owner, "hold_seconds_max", 7200);
  dosage->per_side = read_bool (self, fields, owner, "per_side");
  dosage->load = read_string (self, fields, owner, "load", TRUE, FALSE);
  dosage->rpe_min = read_count (self, fields, owner, "rpe_min", 10);
  dosage->rpe_max = read_count (self, fields, owner, "rpe_max", 10);
}

/* The schedule (docs/programme.md, "Schedule"); the dosage shows its frequency too. */
static void
read_schedule (HammyLibrary  *self,
               JsonObject    *object,
               HammyExercise *exercise)
{
  JsonNode *node = json_object_get_member (object, "schedule");
  HammySchedule *schedule = &exercise->schedule;
  JsonObject *fields;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (self, "%s: schedule is not an object", exercise->id);
      return;
    }

  fields = json_node_get_object (node);
  schedule->frequency = read_string (self, fields, exercise->id, "frequency", TRUE, FALSE);
  schedule->group = read_string (self, fields, exercise->id, "group", TRUE, FALSE);
  schedule->group_load = read_string (self, fields, exercise->id, "group_load", FALSE, FALSE);
  schedule->build_up = read_strv (self, fields, exercise->id, "build_up", FALSE);
  schedule->keep = read_string (self, fields, exercise->id, "keep", FALSE, FALSE);
  exercise->dosage.frequency = g_strdup (schedule->frequency);
}

static void
read_equipment (HammyLibrary  *self,
                JsonObject    *object,
                HammyExercise *exercise)
{
  JsonNode *node = json_object_get_member (object, "equipment");
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      add_problem (self, "%s: equipment is not a list", exercise->id);
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      HammyEquipmentNeed *need;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          add_problem (self, "%s: equipment[%u] is not an object", exercise->id, i);
          continue;
        }

      need = g_new0 (HammyEquipmentNeed, 1);
      need->id = read_string (self, json_node_get_object (element), exercise->id, "id", TRUE, FALSE);
      need->substitutes = read_strv (self, json_node_get_object (element), exercise->id, "substitutes", FALSE);
      if (need->id == NULL)
        {
          hammy_equipment_need_free (need);
          continue;
        }
      g_ptr_array_add (exercise->equipment, need);
    }
}

static HammyExercise *
read_exercise (HammyLibrary *self,
               JsonObject   *object,
               guint         index)
{
  g_autoptr(HammyExercise) exercise = g_object_new (HAMMY_TYPE_EXERCISE, NULL);
  g_autofree char *kind = NULL;
  g_autofree char *fallback = g_strdup_printf ("exercises[%u]", index);
  const char *owner;

  exercise->id = read_string (self, object, fallback, "id", TRUE, FALSE);
  if (exercise->id == NULL)
    return NULL;
  owner = exercise->id;

  kind = read_string (self, object, owner, "kind", TRUE, FALSE);
  if (g_strcmp0 (kind, "self-check") == 0)
    exercise->kind = HAMMY_EXERCISE_KIND_SELF_CHECK;
  else if (g_strcmp0 (kind, "exercise") != 0)
    add_problem (self, "%s: kind “%s” is neither exercise nor self-check", owner, kind ? kind : "");

  exercise->name = read_string (self, object, owner, "name", TRUE, TRUE);
  exercise->summary = read_string (self, object, owner, "summary", TRUE, TRUE);
  exercise->phases = read_strv (self, object, owner, "phases", FALSE);
  exercise->goal = read_string (self, object, owner, "goal", TRUE, FALSE);
  exercise->muscles = read_strv (self, object, owner, "muscles", FALSE);
  read_dosage (self, object, owner, &exercise->dosage);
  read_schedule (self, object, exercise);
  read_equipment (self, object, exercise);
  exercise->setup = read_string (self, object, owner, "setup", TRUE, TRUE);
  exercise->steps = read_strv (self, object, owner, "steps", TRUE);
  exercise->feel = read_string (self, object, owner, "feel", TRUE, TRUE);
  exercise->cues = read_strv (self, object, owner, "cues", TRUE);
  exercise->mistakes = read_strv (self, object, owner, "mistakes", TRUE);
  exercise->cautions = read_strv (self, object, owner, "cautions", TRUE);
  exercise->cautions_first = read_bool (self, object, owner, "cautions_first");
  exercise->easier = read_strv (self, object, owner, "easier", FALSE);
  exercise->harder = read_strv (self, object, owner, "harder", FALSE);
  exercise->cards = read_strv (self, object, owner, "cards", FALSE);
  exercise->clip = read_string (self, object, owner, "clip", TRUE, FALSE);
  exercise->interpretation = read_string (self, object, owner, "interpretation",
                                          exercise->kind == HAMMY_EXERCISE_KIND_SELF_CHECK, TRUE);
  exercise->references = read_strv (self, object, owner, "references", FALSE);

  return g_steal_pointer (&exercise);
}

static HammyCard *
read_card (HammyLibrary *self,
           JsonObject   *object,
           guint         index)
{
  g_autoptr(HammyCard) card = g_object_new (HAMMY_TYPE_CARD, NULL);
  g_autofree char *fallback = g_strdup_printf ("cards[%u]", index);
  const char *owner;

  card->id = read_string (self, object, fallback, "id", TRUE, FALSE);
  if (card->id == NULL)
    return NULL;
  owner = card->id;

  card->title = read_string (self, object, owner, "title", TRUE, TRUE);
  card->summary = read_string (self, object, owner, "summary", TRUE, TRUE);
  card->explanation = read_strv (self, object, owner, "explanation", TRUE);
  card->for_you = read_strv (self, object, owner, "for_you", TRUE);
  card->figure = read_string (self, object, owner, "figure", FALSE, FALSE);
  card->references = read_strv (self, object, owner, "references", FALSE);

  return g_steal_pointer (&card);
}

/* The list under @member of a {"format": @format, "version": 1, …} document. */
static JsonArray *
parse_document (JsonParser  *parser,
                GBytes      *bytes,
                const char  *format,
                const char  *member,
                GError     **error)
{
  JsonObject *root;
  JsonNode *node;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, HAMMY_LIBRARY_ERROR, HAMMY_LIBRARY_ERROR_INVALID,
                   "The %s content is not a JSON object", format);
      return NULL;
    }

  root = json_node_get_object (node);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), format) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != 1)
    {
      g_set_error (error, HAMMY_LIBRARY_ERROR, HAMMY_LIBRARY_ERROR_INVALID,
                   "The content is not %s version 1", format);
      return NULL;
    }

  node = json_object_get_member (root, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, HAMMY_LIBRARY_ERROR, HAMMY_LIBRARY_ERROR_INVALID,
                   "The %s content has no list called %s", format, member);
      return NULL;
    }

  return json_node_get_array (node);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static void
check_terms (HammyLibrary       *self,
             const char         *owner,
             const char         *what,
             HammyVocabulary     vocabulary,
             const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (!hammy_vocabulary_contains (vocabulary, ids[i]))
        add_problem (self, "%s: unknown %s “%s”", owner, what, ids[i]);
    }
}

static void
check_references (HammyLibrary       *self,
                  const char         *owner,
                  const char * const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (hammy_references_lookup (ids[i]) == NULL)
        add_problem (self, "%s: unknown reference “%s”", owner, ids[i]);
    }
}

static void
check_ladder (HammyLibrary       *self,
              HammyExercise      *exercise,
              const char * const *links,
              const char         *direction,
              gboolean            harder)
{
  for (guint i = 0; links[i] != NULL; i++)
    {
      HammyExercise *other = g_hash_table_lookup (self->exercises_by_id, links[i]);
      const char * const *back;

      if (other == NULL)
        {
          add_problem (self, "%s: %s variant “%s” does not exist", exercise->id, direction, links[i]);
          continue;
        }
      if (other == exercise)
        {
          add_problem (self, "%s is its own %s variant", exercise->id, direction);
          continue;
        }

      back = harder ? hammy_exercise_get_easier (other) : hammy_exercise_get_harder (other);
      if (!g_strv_contains (back, exercise->id))
        add_problem (self, "%s lists %s as %s, but %s does not link back", exercise->id,
                     other->id, direction, other->id);
    }
}

/* Every exercise is due on days of its own and counted in a group; a self-check is not. */
static void
check_schedule (HammyLibrary  *self,
                HammyExercise *exercise)
{
  const HammySchedule *schedule = &exercise->schedule;
  const char *owner = exercise->id;

  if (exercise->kind == HAMMY_EXERCISE_KIND_SELF_CHECK)
    {
      if (schedule->frequency != NULL || schedule->group != NULL)
        add_problem (self, "%s is a self-check but has a schedule", owner);
      return;
    }
  if (schedule->frequency == NULL || schedule->group == NULL)
    {
      add_problem (self, "%s has no schedule", owner);
      return;
    }

  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_FREQUENCY, schedule->frequency))
    add_problem (self, "%s: unknown frequency “%s”", owner, schedule->frequency);
  if (!hammy_vocabulary_contains (HAMMY_VOCABULARY_GROUP, schedule->group))
    add_problem (self, "%s: unknown group “%s”", owner, schedule->group);
  if (schedule->group_load != NULL && !hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, schedule->group_load))
    add_problem (self, "%s: unknown group load “%s”", owner, schedule->group_load);
  if (schedule->keep != NULL && !hammy_vocabulary_contains (HAMMY_VOCABULARY_FREQUENCY, schedule->keep))
    add_problem (self, "%s: unknown keep frequency “%s”", owner, schedule->keep);
  check_terms (self, owner, "build-up frequency", HAMMY_VOCABULARY_FREQUENCY,
               (const char * const *) schedule->build_up);
}

static void
check_exercise (HammyLibrary  *self,
                HammyExercise *exercise)
{
  const char *owner = exercise->id;
  const HammyDosage *dosage = &exercise->dosage;
  gboolean self_check = exercise->kind == HAMMY_EXERCISE_KIND_SELF_CHECK;

  check_terms (self, owner, "phase", HAMMY_VOCABULARY_PHASE, hammy_exercise_get_phases (exercise));
  if (self_check && exercise->phases[0] != NULL)
    add_problem (self, "%s is a self-check but belongs to phases", owner);
  if (!self_check && exercise->phases[0] == NULL)
    add_problem (self, "%s belongs to no phase", owner);

  if (exercise->goal != NULL && !hammy_vocabulary_contains (HAMMY_VOCABULARY_GOAL, exercise->goal))
    add_problem (self, "%s: unknown goal “%s”", owner, exercise->goal);
  if (self_check != (g_strcmp0 (exercise->goal, "check") == 0))
    add_problem (self, "%s: the goal “check” is for self-checks and only for them", owner);

  check_terms (self, owner, "muscle", HAMMY_VOCABULARY_MUSCLE, hammy_exercise_get_muscles (exercise));
  if (exercise->muscles[0] == NULL)
    add_problem (self, "%s names no muscle", owner);

  if (dosage->sets == 0)
    add_problem (self, "%s: the dosage has no sets", owner);
  if ((dosage->reps > 0) == (dosage->hold_seconds > 0))
    add_problem (self, "%s: the dosage needs either reps or a hold, not both or neither", owner);
  if (dosage->reps_max > 0 && dosage->reps_max <= dosage->reps)
    add_problem (self, "%s: reps_max is not above reps", owner);
  if (dosage->hold_seconds_max > 0 && dosage->hold_seconds_max <= dosage->hold_seconds)
    add_problem (self, "%s: hold_seconds_max is not above hold_seconds", owner);
  if (dosage->load != NULL && !hammy_vocabulary_contains (HAMMY_VOCABULARY_LOAD, dosage->load))
    add_problem (self, "%s: unknown load “%s”", owner, dosage->load);
  if ((dosage->rpe_min > 0) != (dosage->rpe_max > 0) || dosage->rpe_max < dosage->rpe_min)
    add_problem (self, "%s: the effort range is incomplete or upside down", owner);

  check_schedule (self, exercise);

  for (guint i = 0; i < exercise->equipment->len; i++)
    {
      HammyEquipmentNeed *need = g_ptr_array_index (exercise->equipment, i);
      const char *id[] = { need->id, NULL };

      check_terms (self, owner, "equipment", HAMMY_VOCABULARY_EQUIPMENT, id);
      check_terms (self, owner, "equipment", HAMMY_VOCABULARY_EQUIPMENT,
                   (const char * const *) need->substitutes);
    }

  if (exercise->steps[0] == NULL)
    add_problem (self, "%s has no steps", owner);
  if (exercise->cues[0] == NULL)
    add_problem (self, "%s has no cues", owner);
  if (exercise->mistakes[0] == NULL)
    add_problem (self, "%s lists no common mistakes", owner);
  if (exercise->cautions_first && exercise->cautions[0] == NULL)
    add_problem (self, "%s shows its cautions first but has none", owner);

  check_ladder (self, exercise, hammy_exercise_get_easier (exercise), "easier", FALSE);
  check_ladder (self, exercise, hammy_exercise_get_harder (exercise), "harder", TRUE);

  if (exercise->cards[0] == NULL)
    add_problem (self, "%s relies on no explanation card", owner);
  for (guint i = 0; exercise->cards[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->cards_by_id, exercise->cards[i]))
        add_problem (self, "%s: card “%s” does not exist", owner, exercise->cards[i]);
    }

  if (exercise->clip != NULL && !g_hash_table_contains (self->clips, exercise->clip))
    add_problem (self, "%s: clip “%s” does not exist", owner, exercise->clip);

  check_references (self, owner, hammy_exercise_get_references (exercise));
}

static void
check_card (HammyLibrary *self,
            HammyCard    *card)
{
  const char *owner = card->id;
  g_autoptr(GListModel) users = NULL;

  if (card->explanation[0] == NULL)
    add_problem (self, "%s has no explanation", owner);
  if (card->for_you[0] == NULL)
    add_problem (self, "%s says nothing about what it means for you", owner);
  if (card->references[0] == NULL)
    add_problem (self, "%s cites no reference", owner);
  check_references (self, owner, hammy_card_get_references (card));

  if (card->figure != NULL && !g_hash_table_contains (self->clips, card->figure))
    add_problem (self, "%s: figure clip “%s” does not exist", owner, card->figure);

  users = hammy_library_list_exercises_using_card (self, card->id);
  if (g_list_model_get_n_items (users) == 0)
    add_problem (self, "%s is used by no exercise", owner);
}

static gboolean
load_clips (HammyLibrary  *self,
            GBytes        *bytes,
            GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonArray *clips = parse_document (parser, bytes, "hammy-clips", "clips", error);

  if (clips == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (clips); i++)
    {
      JsonNode *node = json_array_get_element (clips, i);
      g_autofree char *fallback = g_strdup_printf ("clips[%u]", i);
      g_autofree char *id = NULL;
      g_auto(GStrv) props = NULL;
      char *brief;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_problem (self, "%s is not an object", fallback);
          continue;
        }

      id = read_string (self, json_node_get_object (node), fallback, "id", TRUE, FALSE);
      if (id == NULL)
        continue;
      brief = read_string (self, json_node_get_object (node), id, "brief", TRUE, FALSE);
      props = read_strv (self, json_node_get_object (node), id, "props", FALSE);
      for (guint p = 0; props[p] != NULL; p++)
        {
          if (!g_strv_contains (clip_props, props[p]))
            add_problem (self, "clip %s: unknown prop “%s”", id, props[p]);
        }

      if (g_hash_table_contains (self->clips, id))
        {
          add_problem (self, "clip %s appears twice", id);
          g_free (brief);
          continue;
        }
      g_hash_table_insert (self->clips, g_steal_pointer (&id), brief);
    }

  return TRUE;
}

static gboolean
claim_id (HammyLibrary *self,
          const char   *id)
{
  if (!is_valid_id (id))
    add_problem (self, "“%s” is not a lowercase-with-dashes id", id);

  if (g_hash_table_contains (self->exercises_by_id, id) || g_hash_table_contains (self->cards_by_id, id))
    {
      add_problem (self, "the id %s appears twice", id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
hammy_library_load (HammyLibrary  *self,
                    GBytes        *exercises_bytes,
                    GBytes        *cards_bytes,
                    GBytes        *clips_bytes,
                    GError       **error)
{
  g_autoptr(JsonParser) exercises_parser = json_parser_new_immutable ();
  g_autoptr(JsonParser) cards_parser = json_parser_new_immutable ();
  JsonArray *exercises, *cards;
  guint n;

  if (!load_clips (self, clips_bytes, error))
    return FALSE;

  cards = parse_document (cards_parser, cards_bytes, "hammy-cards", "cards", error);
  if (cards == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (cards); i++)
    {
      JsonNode *node = json_array_get_element (cards, i);
      g_autoptr(HammyCard) card = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_problem (self, "cards[%u] is not an object", i);
          continue;
        }

      card = read_card (self, json_node_get_object (node), i);
      if (card == NULL || !claim_id (self, card->id))
        continue;
      g_list_store_append (self->cards, card);
      g_hash_table_insert (self->cards_by_id, card->id, card);
    }

  exercises = parse_document (exercises_parser, exercises_bytes, "hammy-exercises", "exercises", error);
  if (exercises == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (exercises); i++)
    {
      JsonNode *node = json_array_get_element (exercises, i);
      g_autoptr(HammyExercise) exercise = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_problem (self, "exercises[%u] is not an object", i);
          continue;
        }

      exercise = read_exercise (self, json_node_get_object (node), i);
      if (exercise == NULL || !claim_id (self, exercise->id))
        continue;
      g_list_store_append (self->exercises, exercise);
      g_hash_table_insert (self->exercises_by_id, exercise->id, exercise);
    }

  /* Links are checked once everything is in, so they may point forward. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->exercises), i);

      check_exercise (self, exercise);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HammyCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);

      check_card (self, card);
    }

  for (guint i = 0; i < self->problems->len; i++)
    g_debug ("Content problem: %s", (const char *) g_ptr_array_index (self->problems, i));

  return TRUE;
}

static void
hammy_library_finalize (GObject *object)
{
  HammyLibrary *self = HAMMY_LIBRARY (object);

  g_clear_pointer (&self->exercises_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cards_by_id, g_hash_table_unref);
  g_clear_pointer (&self->clips, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->exercises);
  g_clear_object (&self->cards);

  G_OBJECT_CLASS (hammy_library_parent_class)->finalize (object);
}

static void
hammy_library_class_init (HammyLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_library_finalize;
}

static void
hammy_library_init (HammyLibrary *self)
{
  self->exercises = g_list_store_new (HAMMY_TYPE_EXERCISE);
  self->cards = g_list_store_new (HAMMY_TYPE_CARD);
  self->exercises_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->cards_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->clips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

/* Content that breaks a rule still loads where it can; the rule breaks are in
 * hammy_library_get_problems(). Only unreadable documents fail. */
HammyLibrary *
hammy_library_new_from_bytes (GBytes  *exercises,
                              GBytes  *cards,
                              GBytes  *clips,
                              GError **error)
{
  g_autoptr(HammyLibrary) self = NULL;

  g_return_val_if_fail (exercises != NULL, NULL);
  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (clips != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HAMMY_TYPE_LIBRARY, NULL);
  if (!hammy_library_load (self, exercises, cards, clips, error))
    return NULL;

  return g_steal_pointer (&self);
}

HammyLibrary *
hammy_library_new_from_resource (const char  *resource_dir,
                                 GError     **error)
{
  g_autofree char *exercises_path = g_build_path ("/", resource_dir, "exercises.json", NULL);
  g_autofree char *cards_path = g_build_path ("/", resource_dir, "cards.json", NULL);
  g_autofree char *clips_path = g_build_path ("/", resource_dir, "clips.json", NULL);
  g_autoptr(GBytes) exercises = NULL;
  g_autoptr(GBytes) cards = NULL;
  g_autoptr(GBytes) clips = NULL;

  g_return_val_if_fail (resource_dir != NULL, NULL);

  if (!(exercises = g_resources_lookup_data (exercises_path, 0, error)) ||
      !(cards = g_resources_lookup_data (cards_path, 0, error)) ||
      !(clips = g_resources_lookup_data (clips_path, 0, error)))
    return NULL;

  return hammy_library_new_from_bytes (exercises, cards, clips, error);
}

GListModel *
hammy_library_get_exercises (HammyLibrary *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

GListModel *
hammy_library_get_cards (HammyLibrary *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->cards);
}

HammyExercise *
hammy_library_lookup_exercise (HammyLibrary *self,
                               const char   *id)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->exercises_by_id, id) : NULL;
}

HammyCard *
hammy_library_lookup_card (HammyLibrary *self,
                           const char   *id)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->cards_by_id, id) : NULL;
}

gboolean
hammy_library_has_clip (HammyLibrary *self,
                        const char   *id)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), FALSE);
  return id != NULL && g_hash_table_contains (self->clips, id);
}

/* Derived rather than stored, so a card's “used by” can never disagree with the exercises. */
GListModel *
hammy_library_list_exercises_using_card (HammyLibrary *self,
                                         const char   *card_id)
{
  GListStore *users;
  guint n;

  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  users = g_list_store_new (HAMMY_TYPE_EXERCISE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->exercises), i);

      if (g_strv_contains (hammy_exercise_get_cards (exercise), card_id))
        g_list_store_append (users, exercise);
    }

  return G_LIST_MODEL (users);
}

GPtrArray *
hammy_library_get_problems (HammyLibrary *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY (self), NULL);
  return self->problems;
}
