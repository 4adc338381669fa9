/* clipgen-motion.c: reads a motion script, refuses what it cannot be, and gives the eased pose
 * and what each muscle is doing at any moment of the loop. The checks of what a body can do
 * are in clipgen-check.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "clipgen-contact.h"
#include "clipgen-figure.h"
#include "clipgen-keyframes.h"
#include "clipgen-motion.h"

#define N_VALUES CLIP_KEYFRAME_N_VALUES
/* Below this speed, in metres a second, the muscle is taken to be holding its length. */
#define STILL_SPEED 0.004
#define FORMAT_VERSION 2

typedef struct
{
  const char *name;
  const char *label;
  double      min;
  double      max;
} JointRange;

/* The ranges of docs/clips.md; the wrist, the neck and abduction use the usual active ranges. */
static const JointRange limb_ranges[] = {
  { "hip", "hip", -30, 125 },
  { "knee", "knee", -5, 140 },
  { "ankle", "ankle", -50, 20 },
  { "shoulder", "shoulder", -60, 180 },
  { "elbow", "elbow", 0, 145 },
  { "wrist", "wrist", -80, 80 },
  { "hip_abduction", "hip abduction", -20, 45 },
  { "shoulder_abduction", "shoulder abduction", 0, 180 },
};
static const JointRange trunk_range = { "trunk", "trunk", -25, 80 };
static const JointRange neck_range = { "neck", "neck", -60, 50 };

static const struct
{
  const char *name;
  double      base;
} postures[] = {
  { "standing", 90 }, { "sitting", 90 }, { "long-sitting", 90 }, { "kneeling", 90 },
  { "supine", 180 }, { "side-lying", 180 }, { "prone", 0 }, { "quadruped", 0 },
};

static const char *point_names[CLIP_N_POINTS] = {
  "hip", "shoulder", "head", "near-hand", "far-hand", "hands", "near-elbow", "far-elbow",
  "near-knee", "far-knee", "knees", "near-ankle", "far-ankle", "near-heel", "far-heel", "heels",
  "near-toe", "far-toe",
};

/* Every prop a clip may show; anything else is refused, so a typo cannot vanish from a clip. */
static const char *prop_names[CLIP_N_PROPS] = {
  "floor", "mat", "wall", "step", "table", "chair", "foam-roller", "ball", "block", "dumbbell",
  "band", "strap", "towel", "shoe", "partner",
};

/* A contact names one part of one side, both sides' parts, or a part of the trunk. */
static const struct
{
  const char   *name;
  ClipPartKind  kind;
  gboolean      sides[CLIP_N_SIDES];
} part_names[] = {
  { "near-heel", CLIP_PART_HEEL, { TRUE, FALSE } },
  { "far-heel", CLIP_PART_HEEL, { FALSE, TRUE } },
  { "heels", CLIP_PART_HEEL, { TRUE, TRUE } },
  { "near-toes", CLIP_PART_TOES, { TRUE, FALSE } },
  { "far-toes", CLIP_PART_TOES, { FALSE, TRUE } },
  { "toes", CLIP_PART_TOES, { TRUE, TRUE } },
  { "near-sole", CLIP_PART_SOLE, { TRUE, FALSE } },
  { "far-sole", CLIP_PART_SOLE, { FALSE, TRUE } },
  { "soles", CLIP_PART_SOLE, { TRUE, TRUE } },
  { "near-foot", CLIP_PART_FOOT, { TRUE, FALSE } },
  { "far-foot", CLIP_PART_FOOT, { FALSE, TRUE } },
  { "feet", CLIP_PART_FOOT, { TRUE, TRUE } },
  { "near-ankle", CLIP_PART_ANKLE, { TRUE, FALSE } },
  { "far-ankle", CLIP_PART_ANKLE, { FALSE, TRUE } },
  { "ankles", CLIP_PART_ANKLE, { TRUE, TRUE } },
  { "near-shin", CLIP_PART_SHIN, { TRUE, FALSE } },
  { "far-shin", CLIP_PART_SHIN, { FALSE, TRUE } },
  { "shins", CLIP_PART_SHIN, { TRUE, TRUE } },
  { "near-knee", CLIP_PART_KNEE, { TRUE, FALSE } },
  { "far-knee", CLIP_PART_KNEE, { FALSE, TRUE } },
  { "knees", CLIP_PART_KNEE, { TRUE, TRUE } },
  { "near-thigh", CLIP_PART_THIGH, { TRUE, FALSE } },
  { "far-thigh", CLIP_PART_THIGH, { FALSE, TRUE } },
  { "thighs", CLIP_PART_THIGH, { TRUE, TRUE } },
  { "near-hand", CLIP_PART_HAND, { TRUE, FALSE } },
  { "far-hand", CLIP_PART_HAND, { FALSE, TRUE } },
  { "hands", CLIP_PART_HAND, { TRUE, TRUE } },
  { "near-forearm", CLIP_PART_FOREARM, { TRUE, FALSE } },
  { "far-forearm", CLIP_PART_FOREARM, { FALSE, TRUE } },
  { "forearms", CLIP_PART_FOREARM, { TRUE, TRUE } },
  { "near-elbow", CLIP_PART_ELBOW, { TRUE, FALSE } },
  { "far-elbow", CLIP_PART_ELBOW, { FALSE, TRUE } },
  { "elbows", CLIP_PART_ELBOW, { TRUE, TRUE } },
  { "hips", CLIP_PART_HIPS, { TRUE, FALSE } },
  { "back", CLIP_PART_BACK, { TRUE, FALSE } },
  { "shoulders", CLIP_PART_SHOULDERS, { TRUE, FALSE } },
  { "head", CLIP_PART_HEAD, { TRUE, FALSE } },
};

/* For the messages: "the near heel is", "the hips are". */
static const struct
{
  const char *word;
  gboolean    limb;
  gboolean    plural;
} part_words[CLIP_N_PARTS] = {
  [CLIP_PART_HEEL] = { "heel", TRUE, FALSE },
  [CLIP_PART_TOES] = { "toes", TRUE, TRUE },
  [CLIP_PART_SOLE] = { "sole", TRUE, FALSE },
  [CLIP_PART_FOOT] = { "foot", TRUE, FALSE },
  [CLIP_PART_ANKLE] = { "ankle", TRUE, FALSE },
  [CLIP_PART_SHIN] = { "shin", TRUE, FALSE },
  [CLIP_PART_KNEE] = { "knee", TRUE, FALSE },
  [CLIP_PART_THIGH] = { "thigh", TRUE, FALSE },
  [CLIP_PART_HAND] = { "hand", TRUE, FALSE },
  [CLIP_PART_FOREARM] = { "forearm", TRUE, FALSE },
  [CLIP_PART_ELBOW] = { "elbow", TRUE, FALSE },
  [CLIP_PART_HIPS] = { "hips", FALSE, TRUE },
  [CLIP_PART_BACK] = { "back", FALSE, FALSE },
  [CLIP_PART_SHOULDERS] = { "shoulders", FALSE, TRUE },
  [CLIP_PART_HEAD] = { "head", FALSE, FALSE },
};

static const char *ease_names[] = { "in-out", "linear", "in", "out", "smooth", "hold" };
static const char *side_names[CLIP_N_SIDES] = { "near", "far" };

G_DEFINE_QUARK (clip-motion-error-quark, clip_motion_error)

const char *
clip_point_name (ClipPoint point)
{
  return point_names[point];
}

const char *
clip_prop_name (ClipPropKind kind)
{
  return prop_names[kind];
}

/* "the near heel", "the hips": what the messages call a contact's part. */
char *
clip_part_describe (ClipPartKind kind,
                    ClipSide     side)
{
  if (part_words[kind].limb)
    return g_strdup_printf ("the %s %s", side_names[side], part_words[kind].word);
  return g_strdup_printf ("the %s", part_words[kind].word);
}

gboolean
clip_part_plural (ClipPartKind kind)
{
  return part_words[kind].plural;
}

static int
lookup (const char  *word,
        const char **names,
        int          n_names)
{
  for (int i = 0; i < n_names; i++)
    if (g_strcmp0 (word, names[i]) == 0)
      return i;
  return -1;
}

static char *
join_names (const char **names,
            int          n_names)
{
  g_autoptr (GString) joined = g_string_new (NULL);

  for (int i = 0; i < n_names; i++)
    g_string_append_printf (joined, "%s%s", i == 0 ? "" : ", ", names[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* Sets a refusal, the first one only, and returns FALSE, so a check can end with it. */
gboolean
clip_motion_fail (GError    **error,
                  const char *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL && *error == NULL)
    *error = g_error_new_valist (CLIP_MOTION_ERROR, 0, format, args);
  va_end (args);
  return FALSE;
}

/* "keyframe 3 at 2.50 s" or "the script": where a problem is, for the messages. */
static char *
where (int     keyframe,
       double  t)
{
  if (keyframe < 0)
    return g_strdup ("the script");
  return g_strdup_printf ("keyframe %d at %.2f s", keyframe + 1, t);
}

static gboolean
get_number (const ClipMotion *motion,
            JsonObject       *object,
            const char       *member,
            gboolean          required,
            double            fallback,
            int               keyframe,
            double            t,
            double           *value,
            GError          **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *place = where (keyframe, t);

  if (node == NULL)
    {
      if (required)
        return clip_motion_fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      *value = fallback;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return clip_motion_fail (error, "%s: \"%s\" in %s is not a number.", motion->name, member, place);

  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
get_string (const ClipMotion *motion,
            JsonObject       *object,
            const char       *member,
            gboolean          required,
            int               keyframe,
            double            t,
            const char      **value,
            GError          **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *place = where (keyframe, t);

  *value = NULL;
  if (node == NULL)
    {
      if (required)
        return clip_motion_fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return clip_motion_fail (error, "%s: \"%s\" in %s is not a string.", motion->name, member, place);

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_boolean (const ClipMotion *motion,
             JsonObject       *object,
             const char       *member,
             gboolean          fallback,
             gboolean         *value,
             GError          **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      *value = fallback;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return clip_motion_fail (error, "%s: \"%s\" is not true or false.", motion->name, member);

  *value = json_node_get_boolean (node);
  return TRUE;
}

static JsonObject *
get_object (const ClipMotion *motion,
            JsonObject       *object,
            const char       *member,
            gboolean          required,
            int               keyframe,
            double            t,
            GError          **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *place = where (keyframe, t);

  if (node == NULL)
    {
      if (required)
        clip_motion_fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      clip_motion_fail (error, "%s: \"%s\" in %s is not an object.", motion->name, member, place);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
check_range (const ClipMotion *motion,
             const JointRange *range,
             const char       *side,
             double            value,
             int               keyframe,
             double            t,
             GError          **error)
{
  g_autofree char *place = where (keyframe, t);

  if (value >= range->min && value <= range->max)
    return TRUE;
  return clip_motion_fail (error, "%s: %s puts the %s%s%s at %g degrees, outside its possible range of %g to %g degrees.",
               motion->name, place, side ? side : "", side ? " " : "", range->label, value,
               range->min, range->max);
}

static double *
limb_fields (ClipLimbPose *limb,
             guint         i)
{
  double *fields[] = { &limb->hip, &limb->knee, &limb->ankle, &limb->shoulder, &limb->elbow,
                       &limb->wrist, &limb->hip_abduction, &limb->shoulder_abduction };

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (limb_ranges));
  return fields[i];
}

/* The first joint of a solved pose outside its range, described, or FALSE when all are in. */
gboolean
clip_pose_out_of_range (const ClipPose  *pose,
                        ClipJointReport *report)
{
  for (int s = 0; s < CLIP_N_SIDES; s++)
    for (guint i = 0; i < G_N_ELEMENTS (limb_ranges); i++)
      {
        double value = *limb_fields ((ClipLimbPose *) &pose->side[s], i);
        const JointRange *range = &limb_ranges[i];

        /* Rounding, not anatomy: a solved joint exactly at its limit is at its limit. */
        if (value >= range->min - 0.5 && value <= range->max + 0.5)
          continue;
        *report = (ClipJointReport) { s, range->label, value, range->min, range->max,
                                      i < 3 || i == 6, (i >= 3 && i < 6) || i == 7 };
        return TRUE;
      }
  if (pose->trunk < trunk_range.min - 0.5 || pose->trunk > trunk_range.max + 0.5)
    {
      *report = (ClipJointReport) { -1, trunk_range.label, pose->trunk, trunk_range.min,
                                    trunk_range.max, FALSE, FALSE };
      return TRUE;
    }
  if (pose->neck < neck_range.min - 0.5 || pose->neck > neck_range.max + 0.5)
    {
      *report = (ClipJointReport) { -1, neck_range.label, pose->neck, neck_range.min,
                                    neck_range.max, FALSE, FALSE };
      return TRUE;
    }
  return FALSE;
}

/* The joint of two poses that differ most, with both values: how far solving moved a limb. */
double
clip_pose_largest_change (const ClipPose  *before,
                          const ClipPose  *after,
                          ClipSide         side,
                          gboolean         arm,
                          const char     **label,
                          double          *was,
                          double          *now)
{
  double largest = 0;

  /* The hip, knee and ankle for a leg; the shoulder and elbow for an arm. Where a hand or a
   * foot points is the contact's to set, so the wrist is left out. */
  for (guint i = arm ? 3 : 0; i < (arm ? 5u : 3u); i++)
    {
      double a = *limb_fields ((ClipLimbPose *) &before->side[side], i);
      double b = *limb_fields ((ClipLimbPose *) &after->side[side], i);

      if (fabs (b - a) > largest)
        {
          largest = fabs (b - a);
          *label = limb_ranges[i].label;
          *was = a;
          *now = b;
        }
    }
  return largest;
}

static gboolean
parse_point (const ClipMotion *motion,
             const char       *word,
             const char       *what,
             ClipPoint        *point,
             GError          **error)
{
  int found = lookup (word, point_names, CLIP_N_POINTS);

  if (found < 0)
    {
      g_autofree char *known = join_names (point_names, CLIP_N_POINTS);
      return clip_motion_fail (error, "%s: %s \"%s\" is not a point on the body; known points are %s.",
                   motion->name, what, word, known);
    }
  *point = found;
  return TRUE;
}

static gboolean
parse_state (const ClipMotion *motion,
             const char       *word,
             const char       *muscle,
             int               keyframe,
             double            t,
             HammyMuscleState *state,
             GError          **error)
{
  g_autofree char *place = where (keyframe, t);

  for (int i = 0; i < HAMMY_N_MUSCLE_STATES; i++)
    if (g_strcmp0 (word, hammy_muscle_states[i].annotation) == 0)
      {
        *state = hammy_muscle_states[i].state;
        return TRUE;
      }
  return clip_motion_fail (error, "%s: %s says the %s is \"%s\"; use eccentric, concentric, isometric or relaxed.",
               motion->name, place, muscle, word ? word : "");
}

/* A load is one word for every working leg, or an object naming "near" and "far". */
static gboolean
parse_load (const ClipMotion *motion,
            JsonObject       *load,
            const char       *muscle,
            int               keyframe,
            double            t,
            HammyMuscleState  states[CLIP_N_SIDES],
            GError          **error)
{
  JsonNode *node = json_object_get_member (load, muscle);
  g_autofree char *place = where (keyframe, t);

  if (node == NULL)
    return clip_motion_fail (error, "%s: %s has no \"%s\" in its load.", motion->name, place, muscle);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *sides = json_node_get_object (node);

      for (int s = 0; s < CLIP_N_SIDES; s++)
        {
          const char *word;

          states[s] = HAMMY_MUSCLE_RELAXED;
          if (!get_string (motion, sides, side_names[s], motion->working[s], keyframe, t, &word,
                           error))
            return FALSE;
          if (word != NULL && !parse_state (motion, word, muscle, keyframe, t, &states[s], error))
            return FALSE;
        }
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *word = json_node_get_string (node);

      if (!parse_state (motion, word, muscle, keyframe, t, &states[0], error))
        return FALSE;
      states[1] = states[0];
      return TRUE;
    }
  return clip_motion_fail (error, "%s: the %s load in %s is neither a word nor a near/far object.",
               motion->name, muscle, place);
}

static gboolean
parse_limb (const ClipMotion *motion,
            JsonObject       *keyframe_object,
            const char       *side_name,
            int               keyframe,
            double            t,
            ClipLimbPose     *limb,
            GError          **error)
{
  JsonObject *object = get_object (motion, keyframe_object, side_name, TRUE, keyframe, t, error);
  g_autofree char *place = where (keyframe, t);

  if (object == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (limb_ranges); i++)
    {
      const JointRange *range = &limb_ranges[i];
      gboolean required = i < 5;  /* hip to elbow; the wrist and abduction default to 0 */
      JsonNode *node = json_object_get_member (object, range->name);

      if (node == NULL && required)
        return clip_motion_fail (error, "%s: %s has no %s \"%s\" angle.", motion->name, place, side_name,
                     range->name);
      if (!get_number (motion, object, range->name, required, 0, keyframe, t, limb_fields (limb, i),
                       error))
        return FALSE;
      if (!check_range (motion, range, side_name, *limb_fields (limb, i), keyframe, t, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_keyframe (ClipMotion   *motion,
                JsonObject   *object,
                int           index,
                gboolean      last,
                ClipKeyframe *kf,
                GError      **error)
{
  const char *ease = NULL;
  const char *posture = NULL;
  JsonObject *root, *load;
  int found;
  g_autofree char *place = NULL;

  if (!get_number (motion, object, "t", TRUE, 0, index, 0, &kf->t, error))
    return FALSE;
  place = where (index, kf->t);

  if (!get_string (motion, object, "ease", FALSE, index, kf->t, &ease, error))
    return FALSE;
  found = ease ? lookup (ease, ease_names, G_N_ELEMENTS (ease_names)) : 0;
  if (found < 0)
    return clip_motion_fail (error, "%s: %s eases \"%s\"; use in-out, linear, in, out, smooth or hold.",
                 motion->name, place, ease);
  kf->ease = found;

  if (!get_string (motion, object, "posture", TRUE, index, kf->t, &posture, error))
    return FALSE;
  found = -1;
  for (guint i = 0; i < G_N_ELEMENTS (postures); i++)
    if (g_strcmp0 (posture, postures[i].name) == 0)
      found = i;
  if (found < 0)
    return clip_motion_fail (error, "%s: %s has the posture \"%s\", which clipgen does not know.",
                 motion->name, place, posture);
  kf->posture = g_strdup (posture);
  kf->base = postures[found].base;

  if (!get_number (motion, object, "tilt", FALSE, 0, index, kf->t, &kf->tilt, error) ||
      !get_number (motion, object, "trunk", TRUE, 0, index, kf->t, &kf->trunk, error) ||
      !get_number (motion, object, "neck", FALSE, 0, index, kf->t, &kf->neck, error) ||
      !get_number (motion, object, "breath", FALSE, 0, index, kf->t, &kf->breath, error))
    return FALSE;
  if (kf->tilt < -180 || kf->tilt > 180)
    return clip_motion_fail (error, "%s: %s tilts the body by %g degrees, beyond a half turn.", motion->name, place,
                 kf->tilt);
  if (!check_range (motion, &trunk_range, NULL, kf->trunk, index, kf->t, error) ||
      !check_range (motion, &neck_range, NULL, kf->neck, index, kf->t, error))
    return FALSE;

  /* The height comes from what the body rests on; y only places a body resting on a wall. */
  root = get_object (motion, object, "root", TRUE, index, kf->t, error);
  if (root == NULL ||
      !get_number (motion, root, "x", TRUE, 0, index, kf->t, &kf->root_x, error) ||
      !get_number (motion, root, "y", FALSE, 0, index, kf->t, &kf->root_y, error))
    return FALSE;

  if (!parse_limb (motion, object, "near", index, kf->t, &kf->side[CLIP_SIDE_NEAR], error) ||
      !parse_limb (motion, object, "far", index, kf->t, &kf->side[CLIP_SIDE_FAR], error))
    return FALSE;

  /* The load describes the movement that starts here, so the last keyframe needs none. */
  load = get_object (motion, object, "load", !last, index, kf->t, error);
  if (load == NULL)
    return last && (error == NULL || *error == NULL);
  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    if (motion->shown[m] &&
        !parse_load (motion, load, hammy_muscles[m].id, index, kf->t, kf->load[m], error))
      return FALSE;

  return TRUE;
}

static gboolean
parse_prop (ClipMotion *motion,
            JsonObject *object,
            int         index,
            ClipProp   *prop,
            GError    **error)
{
  const char *type, *attach, *follow, *facing;
  int found;
  JsonArray *offset;

  if (!get_string (motion, object, "type", FALSE, -1, 0, &type, error))
    return FALSE;
  if (type == NULL)
    return clip_motion_fail (error, "%s: prop %d has no \"type\".", motion->name, index + 1);
  found = lookup (type, prop_names, CLIP_N_PROPS);
  if (found < 0)
    {
      g_autofree char *known = join_names (prop_names, CLIP_N_PROPS);
      return clip_motion_fail (error, "%s: prop %d is an unknown prop \"%s\"; known props are %s.",
                   motion->name, index + 1, type, known);
    }
  prop->kind = found;

  if (!get_string (motion, object, "attach", FALSE, -1, 0, &attach, error) ||
      !get_string (motion, object, "follow", FALSE, -1, 0, &follow, error) ||
      !get_string (motion, object, "facing", FALSE, -1, 0, &facing, error))
    return FALSE;
  prop->attached = attach != NULL;
  if (attach != NULL)
    {
      g_autofree char *what = g_strdup_printf ("prop %d is attached to", index + 1);
      if (!parse_point (motion, attach, what, &prop->attach, error))
        return FALSE;
    }
  if (prop->attached && (prop->kind == CLIP_PROP_FLOOR || prop->kind == CLIP_PROP_PARTNER))
    return clip_motion_fail (error, "%s: prop %d (%s) stands on its own and cannot be attached to the body.",
                 motion->name, index + 1, type);
  if (follow != NULL && g_strcmp0 (follow, "x") != 0 && g_strcmp0 (follow, "xy") != 0)
    return clip_motion_fail (error, "%s: prop %d follows \"%s\"; use x or xy.", motion->name, index + 1, follow);
  prop->follow_y = g_strcmp0 (follow, "x") != 0;
  if (facing != NULL && g_strcmp0 (facing, "left") != 0 && g_strcmp0 (facing, "right") != 0)
    return clip_motion_fail (error, "%s: prop %d faces \"%s\"; use left or right.", motion->name, index + 1,
                 facing);
  prop->facing_left = g_strcmp0 (facing, "left") == 0;
  if (!get_boolean (motion, object, "beside", FALSE, &prop->beside, error))
    return FALSE;

  /* Attached props place themselves by an offset from their point, others by x and y. */
  offset = json_object_has_member (object, "offset")
               ? json_object_get_array_member (object, "offset") : NULL;
  if (prop->attached)
    {
      if (offset != NULL && json_array_get_length (offset) == 2)
        {
          prop->x = json_array_get_double_element (offset, 0);
          prop->y = json_array_get_double_element (offset, 1);
        }
      else if (offset != NULL)
        return clip_motion_fail (error, "%s: the offset of prop %d is not a pair of numbers.", motion->name,
                     index + 1);
    }
  else if (prop->kind != CLIP_PROP_FLOOR)
    {
      if (!json_object_has_member (object, "x"))
        return clip_motion_fail (error, "%s: prop %d (%s) has neither \"x\" nor \"attach\".", motion->name,
                     index + 1, type);
      if (!get_number (motion, object, "x", TRUE, 0, -1, 0, &prop->x, error) ||
          !get_number (motion, object, "y", FALSE, 0, -1, 0, &prop->y, error))
        return FALSE;
    }

  {
    gboolean needs_size = prop->kind == CLIP_PROP_STEP || prop->kind == CLIP_PROP_TABLE ||
                          prop->kind == CLIP_PROP_CHAIR;
    double default_width[CLIP_N_PROPS] = {
      [CLIP_PROP_MAT] = 1.8, [CLIP_PROP_WALL] = 0.15, [CLIP_PROP_STEP] = 0.4,
      [CLIP_PROP_TABLE] = 0.8, [CLIP_PROP_CHAIR] = 0.45, [CLIP_PROP_FOAM_ROLLER] = 0.15,
      [CLIP_PROP_BALL] = 0.65, [CLIP_PROP_BLOCK] = 0.15, [CLIP_PROP_DUMBBELL] = 0.3,
      [CLIP_PROP_BAND] = 0.05, [CLIP_PROP_STRAP] = 0.03, [CLIP_PROP_TOWEL] = 0.35,
      [CLIP_PROP_SHOE] = 0.28, [CLIP_PROP_PARTNER] = 0.0,
    };

    if (!get_number (motion, object, "width", FALSE, default_width[prop->kind], -1, 0,
                     &prop->width, error) ||
        !get_number (motion, object, "height", FALSE, 0, -1, 0, &prop->height, error) ||
        !get_number (motion, object, "scroll", FALSE, 0, -1, 0, &prop->scroll, error))
      return FALSE;
    if (needs_size && prop->height <= 0)
      return clip_motion_fail (error, "%s: prop %d (%s) needs a \"height\" in metres.", motion->name, index + 1,
                   type);
  }
  return TRUE;
}

static gboolean
parse_span_time (ClipMotion *motion,
                 JsonObject *object,
                 const char *member,
                 double      fallback,
                 guint       index,
                 double     *value,
                 GError    **error)
{
  if (!get_number (motion, object, member, FALSE, fallback, -1, 0, value, error))
    return FALSE;
  if (*value < 0 || *value > motion->duration)
    return clip_motion_fail (error, "%s: contact %u starts or ends at %g s, outside the clip.", motion->name,
                 index + 1, *value);
  return TRUE;
}

/* Each entry names a part and a prop, and when it rests there; both sides' parts become one
 * contact each, near first, in the order of the script. */
static gboolean
parse_contacts (ClipMotion *motion,
                JsonObject *object,
                GError    **error)
{
  JsonNode *node = json_object_get_member (object, "contacts");
  JsonArray *entries;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return clip_motion_fail (error, "%s: the script has no \"contacts\" list; every clip says what its figure rests on (see data/motions/README.md).",
                 motion->name);
  entries = json_node_get_array (node);
  if (json_array_get_length (entries) == 0)
    return clip_motion_fail (error, "%s: the \"contacts\" list is empty, so the figure would float.", motion->name);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *entry_node = json_array_get_element (entries, i);
      JsonObject *entry;
      const char *part, *on;
      int found = -1, prop = -1;
      double from, to;
      gboolean slide;
      const ClipProp *surface_prop;
      ClipSurface surface;

      if (!JSON_NODE_HOLDS_OBJECT (entry_node))
        return clip_motion_fail (error, "%s: contact %u is not an object.", motion->name, i + 1);
      entry = json_node_get_object (entry_node);
      if (!get_string (motion, entry, "part", FALSE, -1, 0, &part, error) ||
          !get_string (motion, entry, "on", FALSE, -1, 0, &on, error))
        return FALSE;
      if (part == NULL || on == NULL)
        return clip_motion_fail (error, "%s: contact %u needs a \"part\" and what it is \"on\".", motion->name,
                     i + 1);
      for (guint k = 0; k < G_N_ELEMENTS (part_names); k++)
        if (g_strcmp0 (part, part_names[k].name) == 0)
          found = k;
      if (found < 0)
        return clip_motion_fail (error, "%s: contact %u names \"%s\", which is not a part the figure rests with.",
                     motion->name, i + 1, part);
      for (guint k = 0; k < motion->props->len && prop < 0; k++)
        if (g_strcmp0 (on, prop_names[g_array_index (motion->props, ClipProp, k).kind]) == 0)
          prop = k;
      if (prop < 0)
        return clip_motion_fail (error, "%s: contact %u puts the %s on a %s, but the script has no %s among its props.",
                     motion->name, i + 1, part, on, on);
      surface_prop = &g_array_index (motion->props, ClipProp, prop);
      {
        ClipBody nowhere = { 0 };

        if (clip_prop_surface (surface_prop, &nowhere, &surface) == CLIP_SURFACE_NONE)
          return clip_motion_fail (error, "%s: contact %u puts the %s on a %s, which is nothing to rest on.",
                       motion->name, i + 1, part, on);
      }
      if (!parse_span_time (motion, entry, "from", 0, i, &from, error) ||
          !parse_span_time (motion, entry, "to", motion->duration, i, &to, error) ||
          !get_boolean (motion, entry, "slide", FALSE, &slide, error))
        return FALSE;
      if (from > to && !motion->loop)
        return clip_motion_fail (error, "%s: contact %u ends at %g s before it starts at %g s, and only a loop can wrap round.",
                     motion->name, i + 1, to, from);

      for (int s = 0; s < CLIP_N_SIDES; s++)
        {
          ClipContact contact = { 0 };

          if (!part_names[found].sides[s])
            continue;
          if (motion->contacts->len >= CLIP_MAX_CONTACTS)
            return clip_motion_fail (error, "%s: more than %d contacts.", motion->name, CLIP_MAX_CONTACTS);
          contact.kind = part_names[found].kind;
          contact.side = s;
          contact.prop = prop;
          contact.from = from;
          contact.to = to;
          contact.slide = slide;
          contact.entry = i;
          g_array_append_val (motion->contacts, contact);
        }
    }
  return TRUE;
}

static gboolean
parse_muscles (ClipMotion *motion,
               JsonObject *object,
               GError    **error)
{
  JsonNode *node = json_object_get_member (object, "muscles");
  JsonArray *list;

  if (node == NULL)
    {
      motion->shown[HAMMY_MUSCLE_HAMSTRING] = TRUE;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return clip_motion_fail (error, "%s: \"muscles\" is not a list of the muscles to draw.", motion->name);
  list = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      const char *id = json_array_get_string_element (list, i);
      int found = -1;

      for (int m = 0; m < HAMMY_N_MUSCLES; m++)
        if (g_strcmp0 (id, hammy_muscles[m].id) == 0)
          found = m;
      if (found < 0)
        return clip_motion_fail (error, "%s: \"%s\" in \"muscles\" is not a muscle clipgen draws; use hamstring, quadriceps or hip-abductors.",
                     motion->name, id ? id : "");
      motion->shown[found] = TRUE;
    }
  if (motion->view == CLIP_VIEW_FRONT && motion->shown[HAMMY_MUSCLE_HAMSTRING])
    return clip_motion_fail (error, "%s: the hamstring lies at the back of the thigh, out of sight from the front; show the quadriceps or the hip abductors instead.",
                 motion->name);
  return TRUE;
}

static const char *value_names[N_VALUES] = {
  "posture", "tilt", "trunk", "neck", "breath", "root x", "root y",
  "near hip", "near knee", "near ankle", "near shoulder", "near elbow", "near wrist",
  "near hip abduction", "near shoulder abduction",
  "far hip", "far knee", "far ankle", "far shoulder", "far elbow", "far wrist",
  "far hip abduction", "far shoulder abduction",
};

/* The load the script gives a muscle at t: whether it is working, and how. */
HammyMuscleState
clip_motion_annotated_state (const ClipMotion *motion,
                             double            t,
                             ClipSide          side,
                             HammyMuscle       muscle)
{
  ClipPose pose;

  clip_motion_pose_at (motion, t, &pose);
  return g_array_index (motion->keyframes, ClipKeyframe, pose.segment).load[muscle][side];
}

/* The script's load says when a muscle is working; the length model, on the pose as solved
 * with its contacts, says which way it moves. */
HammyMuscleState
clip_motion_muscle_state (const ClipMotion *motion,
                          double            t,
                          ClipSide          side,
                          HammyMuscle       muscle)
{
  double h = 1.0 / motion->fps;
  HammyMuscleState annotated = clip_motion_annotated_state (motion, t, side, muscle);
  ClipPose now, before, after;
  ClipBody body;
  double t0 = motion->loop ? t - h : MAX (t - h, 0);
  double t1 = motion->loop ? t + h : MIN (t + h, motion->duration);
  double speed;

  if (annotated == HAMMY_MUSCLE_RELAXED)
    return HAMMY_MUSCLE_RELAXED;

  /* The speed within this phase only: a difference across a keyframe would show a movement
   * that has ended, or not yet begun, for a frame. */
  clip_motion_pose_at (motion, t, &now);
  clip_motion_pose_at (motion, t0, &before);
  if (before.segment != now.segment)
    t0 = t;
  clip_motion_pose_at (motion, t1, &after);
  if (after.segment != now.segment)
    t1 = t;
  if (t1 <= t0)
    return annotated;

  clip_motion_solve (motion, t0, &before, &body, NULL);
  clip_motion_solve (motion, t1, &after, &body, NULL);
  speed = (clip_muscle_length (muscle, &after.side[side]) -
           clip_muscle_length (muscle, &before.side[side])) / (t1 - t0);
  if (speed > STILL_SPEED)
    return HAMMY_MUSCLE_LENGTHENING;
  if (speed < -STILL_SPEED)
    return HAMMY_MUSCLE_SHORTENING;
  /* Slowing into a turn, the effort is still the phase's: only a hold shows as holding. */
  return annotated;
}

/* Which of the figure's legs the clip shows working, as the person would name it. From the
 * side the near leg is the right one (the figure faces right, or lies with its head to the
 * left, face up or down); from the front, facing the camera, it is the left. */
const char *
clip_motion_working_side (const ClipMotion *motion)
{
  gboolean near = motion->working[CLIP_SIDE_NEAR], far = motion->working[CLIP_SIDE_FAR];

  if (near && far)
    return "both";
  if (motion->view == CLIP_VIEW_SIDE)
    return near ? "right" : "left";
  return near ? "left" : "right";
}

static gboolean
check_loop (const ClipMotion *motion,
            GError          **error)
{
  const ClipKeyframe *first = &g_array_index (motion->keyframes, ClipKeyframe, 0);
  const ClipKeyframe *last =
    &g_array_index (motion->keyframes, ClipKeyframe, motion->keyframes->len - 1);
  double vf[N_VALUES], vl[N_VALUES];

  clip_keyframe_values (first, vf);
  clip_keyframe_values (last, vl);
  for (int j = 0; j < N_VALUES; j++)
    if (fabs (vf[j] - vl[j]) > 1e-6)
      return clip_motion_fail (error,
                   "%s: the last keyframe differs from the first in the %s (%g against %g), "
                   "so the clip would not loop.",
                   motion->name, value_names[j], vl[j], vf[j]);
  return TRUE;
}

static gboolean
parse_cues (ClipMotion *motion,
            JsonObject *object,
            GError    **error)
{
  JsonArray *cues;

  if (!json_object_has_member (object, "cues"))
    return TRUE;
  cues = json_object_get_array_member (object, "cues");
  for (guint i = 0; cues != NULL && i < json_array_get_length (cues); i++)
    {
      ClipCue cue = { 0 };
      JsonObject *c = json_array_get_object_element (cues, i);
      const char *at;
      JsonArray *offset;

      if (c == NULL ||
          !get_string (motion, c, "at", TRUE, -1, 0, &at, error) ||
          !parse_point (motion, at, "a cue's point", &cue.at, error) ||
          !get_number (motion, c, "angle", TRUE, 0, -1, 0, &cue.angle, error) ||
          !get_number (motion, c, "from", TRUE, 0, -1, 0, &cue.from, error) ||
          !get_number (motion, c, "to", TRUE, 0, -1, 0, &cue.to, error))
        return clip_motion_fail (error, "%s: cue %u is not an object with at, angle, from and to.",
                     motion->name, i + 1);
      offset = json_object_has_member (c, "offset") ? json_object_get_array_member (c, "offset")
                                                    : NULL;
      if (offset != NULL && json_array_get_length (offset) != 2)
        return clip_motion_fail (error, "%s: the offset of cue %u is not a pair of numbers.", motion->name,
                     i + 1);
      if (offset != NULL)
        {
          cue.offset_x = json_array_get_double_element (offset, 0);
          cue.offset_y = json_array_get_double_element (offset, 1);
        }
      g_array_append_val (motion->cues, cue);
    }
  return TRUE;
}

static gboolean
parse_motion (ClipMotion *motion,
              JsonNode   *root,
              GError    **error)
{
  JsonObject *object, *camera;
  JsonArray *keyframes, *props;
  const char *format, *view, *anchor, *working;
  double version, fps;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return clip_motion_fail (error, "%s: the script is not a JSON object.", motion->name);
  object = json_node_get_object (root);

  if (!get_string (motion, object, "format", TRUE, -1, 0, &format, error) ||
      !get_number (motion, object, "version", TRUE, 0, -1, 0, &version, error))
    return FALSE;
  if (g_strcmp0 (format, "hammy-motion") != 0)
    return clip_motion_fail (error, "%s: the format is \"%s\", not \"hammy-motion\".", motion->name, format);
  if (version == 1)
    return clip_motion_fail (error, "%s: version 1 scripts do not say what the figure rests on; declare its contacts and make it version 2 (see data/motions/README.md).",
                 motion->name);
  if (version != FORMAT_VERSION)
    return clip_motion_fail (error, "%s: version %g of the motion format is not known; this clipgen reads %d.",
                 motion->name, version, FORMAT_VERSION);
  if (json_object_has_member (object, "grounded") || json_object_has_member (object, "quadriceps"))
    return clip_motion_fail (error, "%s: \"grounded\" and \"quadriceps\" belong to version 1; version 2 rests the figure on its contacts and lists \"muscles\".",
                 motion->name);

  if (!get_number (motion, object, "duration", TRUE, 0, -1, 0, &motion->duration, error) ||
      !get_number (motion, object, "fps", TRUE, 0, -1, 0, &fps, error))
    return FALSE;
  if (motion->duration <= 0 || motion->duration > 30)
    return clip_motion_fail (error, "%s: a duration of %g s is not between 0 and 30 seconds.", motion->name,
                 motion->duration);
  if (fps < 10 || fps > 60 || fps != floor (fps))
    return clip_motion_fail (error, "%s: %g frames a second is not a whole number from 10 to 60.",
                 motion->name, fps);
  motion->fps = (int) fps;
  /* A loop of whole frames, so the last frame flows into the first without a hitch. */
  if (fabs (motion->duration * fps - round (motion->duration * fps)) > 1e-6)
    return clip_motion_fail (error, "%s: %g s at %g frames a second is not a whole number of frames.",
                 motion->name, motion->duration, fps);

  if (!get_boolean (motion, object, "loop", TRUE, &motion->loop, error) ||
      !get_boolean (motion, object, "gait", FALSE, &motion->gait, error) ||
      !get_string (motion, object, "view", FALSE, -1, 0, &view, error) ||
      !get_string (motion, object, "anchor", FALSE, -1, 0, &anchor, error) ||
      !get_string (motion, object, "working_leg", TRUE, -1, 0, &working, error))
    return FALSE;

  if (view == NULL || g_strcmp0 (view, "side") == 0)
    motion->view = CLIP_VIEW_SIDE;
  else if (g_strcmp0 (view, "front") == 0)
    motion->view = CLIP_VIEW_FRONT;
  else
    return clip_motion_fail (error, "%s: the view \"%s\" is neither side nor front.", motion->name, view);

  motion->anchor = CLIP_POINT_HIP;
  if (anchor != NULL && !parse_point (motion, anchor, "the anchor", &motion->anchor, error))
    return FALSE;

  if (g_strcmp0 (working, "near") == 0)
    motion->working[CLIP_SIDE_NEAR] = TRUE;
  else if (g_strcmp0 (working, "far") == 0)
    motion->working[CLIP_SIDE_FAR] = TRUE;
  else if (g_strcmp0 (working, "both") == 0)
    motion->working[CLIP_SIDE_NEAR] = motion->working[CLIP_SIDE_FAR] = TRUE;
  else
    return clip_motion_fail (error, "%s: the working leg \"%s\" is not near, far or both.", motion->name,
                 working);
  if (!parse_muscles (motion, object, error))
    return FALSE;

  camera = get_object (motion, object, "camera", FALSE, -1, 0, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  motion->camera_x = 0;
  motion->camera_y = 0.9;
  motion->camera_height = 2.2;
  if (camera != NULL &&
      (!get_number (motion, camera, "x", FALSE, 0, -1, 0, &motion->camera_x, error) ||
       !get_number (motion, camera, "y", FALSE, 0.9, -1, 0, &motion->camera_y, error) ||
       !get_number (motion, camera, "height", FALSE, 2.2, -1, 0, &motion->camera_height, error)))
    return FALSE;
  if (motion->camera_height < 0.5 || motion->camera_height > 6)
    return clip_motion_fail (error, "%s: a camera height of %g m is not between 0.5 and 6 metres.",
                 motion->name, motion->camera_height);

  if (!get_number (motion, object, "poster", FALSE, motion->duration / 2, -1, 0, &motion->poster,
                   error))
    return FALSE;
  if (motion->poster < 0 || motion->poster > motion->duration)
    return clip_motion_fail (error, "%s: the poster time %g s is outside the clip.", motion->name,
                 motion->poster);

  if (!json_object_has_member (object, "props") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "props")))
    return clip_motion_fail (error, "%s: the script has no \"props\" list.", motion->name);
  props = json_object_get_array_member (object, "props");
  for (guint i = 0; i < json_array_get_length (props); i++)
    {
      ClipProp prop = { 0 };
      JsonNode *node = json_array_get_element (props, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return clip_motion_fail (error, "%s: prop %u is not an object.", motion->name, i + 1);
      if (!parse_prop (motion, json_node_get_object (node), i, &prop, error))
        return FALSE;
      g_array_append_val (motion->props, prop);
    }

  if (!parse_cues (motion, object, error) || !parse_contacts (motion, object, error))
    return FALSE;

  if (!json_object_has_member (object, "keyframes") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "keyframes")))
    return clip_motion_fail (error, "%s: the script has no \"keyframes\" list.", motion->name);
  keyframes = json_object_get_array_member (object, "keyframes");
  if (json_array_get_length (keyframes) < 2)
    return clip_motion_fail (error, "%s: a clip needs at least two keyframes.", motion->name);

  for (guint i = 0; i < json_array_get_length (keyframes); i++)
    {
      ClipKeyframe kf = { 0 };
      JsonNode *node = json_array_get_element (keyframes, i);
      gboolean last = i + 1 == json_array_get_length (keyframes);
      gboolean ok;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return clip_motion_fail (error, "%s: keyframe %u is not an object.", motion->name, i + 1);
      ok = parse_keyframe (motion, json_node_get_object (node), i, last, &kf, error);
      g_array_append_val (motion->keyframes, kf);
      if (!ok)
        return FALSE;
    }

  for (guint i = 0; i < motion->keyframes->len; i++)
    {
      const ClipKeyframe *kf = &g_array_index (motion->keyframes, ClipKeyframe, i);
      double previous = i > 0 ? g_array_index (motion->keyframes, ClipKeyframe, i - 1).t : -1;

      if (i == 0 && kf->t != 0)
        return clip_motion_fail (error, "%s: the first keyframe is at %.2f s, not at 0 s.", motion->name, kf->t);
      if (i > 0 && kf->t <= previous)
        return clip_motion_fail (error, "%s: keyframe %u at %.2f s does not come after the one before it.",
                     motion->name, i + 1, kf->t);
    }
  if (fabs (g_array_index (motion->keyframes, ClipKeyframe, motion->keyframes->len - 1).t -
            motion->duration) > 1e-6)
    return clip_motion_fail (error, "%s: the last keyframe is not at the end of the clip (%g s).",
                 motion->name, motion->duration);

  if (motion->loop && !check_loop (motion, error))
    return FALSE;

  clip_motion_pin (motion);
  return TRUE;
}

static void
clear_keyframe (gpointer data)
{
  ClipKeyframe *kf = data;

  g_clear_pointer (&kf->posture, g_free);
}

void
clip_motion_free (ClipMotion *motion)
{
  g_clear_pointer (&motion->path, g_free);
  g_clear_pointer (&motion->name, g_free);
  g_clear_pointer (&motion->id, g_free);
  g_clear_pointer (&motion->keyframes, g_array_unref);
  g_clear_pointer (&motion->props, g_array_unref);
  g_clear_pointer (&motion->contacts, g_array_unref);
  g_clear_pointer (&motion->cues, g_array_unref);
  g_free (motion);
}

ClipMotion *
clip_motion_load (const char *path,
                  GError    **error)
{
  g_autoptr (ClipMotion) motion = g_new0 (ClipMotion, 1);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  motion->path = g_strdup (path);
  motion->name = g_strdup (basename);
  motion->id = g_strndup (basename, g_str_has_suffix (basename, ".json")
                                      ? strlen (basename) - 5 : strlen (basename));
  motion->keyframes = g_array_new (FALSE, TRUE, sizeof (ClipKeyframe));
  g_array_set_clear_func (motion->keyframes, clear_keyframe);
  motion->props = g_array_new (FALSE, TRUE, sizeof (ClipProp));
  motion->contacts = g_array_new (FALSE, TRUE, sizeof (ClipContact));
  motion->cues = g_array_new (FALSE, TRUE, sizeof (ClipCue));

  if (!json_parser_load_from_file (parser, path, &local_error))
    {
      if (local_error->domain == JSON_PARSER_ERROR)
        clip_motion_fail (error, "%s is not valid JSON: %s", motion->name, local_error->message);
      else
        clip_motion_fail (error, "%s could not be read: %s.", motion->name, local_error->message);
      return NULL;
    }

  if (!parse_motion (motion, json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&motion);
}
