/* clipgen-motion.c: reads a motion script, refuses what a body or a clip cannot do,
 * and gives the eased pose at any moment of the loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <json-glib/json-glib.h>

#include "clipgen-figure.h"
#include "clipgen-motion.h"

#define N_VALUES 23
/* Lengths closer than this count as unchanged: a held pose, or an annotation gone wrong. */
#define STILL_LENGTH 0.003
/* Below this speed, in metres a second, the muscle is taken to be holding its length. */
#define STILL_SPEED 0.004

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
  "band", "strap", "towel", "shoe",
};

static const char *ease_names[] = { "in-out", "linear", "in", "out", "smooth", "hold" };

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

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
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

/* \"keyframe 3 at 2.50 s\" or \"the script\": where a problem is, for the messages. */
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
        return fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      *value = fallback;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return fail (error, "%s: \"%s\" in %s is not a number.", motion->name, member, place);

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
        return fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, "%s: \"%s\" in %s is not a string.", motion->name, member, place);

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
    return fail (error, "%s: \"%s\" is not true or false.", motion->name, member);

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
        fail (error, "%s: %s has no \"%s\".", motion->name, place, member);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, "%s: \"%s\" in %s is not an object.", motion->name, member, place);
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
  return fail (error, "%s: %s puts the %s%s%s at %g degrees, outside its possible range of %g to %g degrees.",
               motion->name, place, side ? side : "", side ? " " : "", range->label, value,
               range->min, range->max);
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
      return fail (error, "%s: %s \"%s\" is not a point on the body; known points are %s.",
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
  return fail (error, "%s: %s says the %s is \"%s\"; use eccentric, concentric, isometric or relaxed.",
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
    return fail (error, "%s: %s has no \"%s\" in its load.", motion->name, place, muscle);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *sides = json_node_get_object (node);
      static const char *side_names[CLIP_N_SIDES] = { "near", "far" };

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
      if (!parse_state (motion, json_node_get_string (node), muscle, keyframe, t, &states[0], error))
        return FALSE;
      states[1] = states[0];
      return TRUE;
    }
  return fail (error, "%s: the %s load in %s is neither a word nor a near/far object.",
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
  double *fields[] = { &limb->hip, &limb->knee, &limb->ankle, &limb->shoulder, &limb->elbow,
                       &limb->wrist, &limb->hip_abduction, &limb->shoulder_abduction };
  g_autofree char *place = where (keyframe, t);

  if (object == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (limb_ranges); i++)
    {
      const JointRange *range = &limb_ranges[i];
      gboolean required = i < 5;  /* hip to elbow; the wrist and abduction default to 0 */
      JsonNode *node = json_object_get_member (object, range->name);

      if (node == NULL && required)
        return fail (error, "%s: %s has no %s \"%s\" angle.", motion->name, place, side_name,
                     range->name);
      if (!get_number (motion, object, range->name, required, 0, keyframe, t, fields[i], error))
        return FALSE;
      if (!check_range (motion, range, side_name, *fields[i], keyframe, t, error))
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
    return fail (error, "%s: %s eases \"%s\"; use in-out, linear, in, out, smooth or hold.",
                 motion->name, place, ease);
  kf->ease = found;

  if (!get_string (motion, object, "posture", TRUE, index, kf->t, &posture, error))
    return FALSE;
  found = -1;
  for (guint i = 0; i < G_N_ELEMENTS (postures); i++)
    if (g_strcmp0 (posture, postures[i].name) == 0)
      found = i;
  if (found < 0)
    return fail (error, "%s: %s has the posture \"%s\", which clipgen does not know.",
                 motion->name, place, posture);
  kf->posture = g_strdup (posture);
  kf->base = postures[found].base;

  if (!get_number (motion, object, "tilt", FALSE, 0, index, kf->t, &kf->tilt, error) ||
      !get_number (motion, object, "trunk", TRUE, 0, index, kf->t, &kf->trunk, error) ||
      !get_number (motion, object, "neck", FALSE, 0, index, kf->t, &kf->neck, error) ||
      !get_number (motion, object, "breath", FALSE, 0, index, kf->t, &kf->breath, error))
    return FALSE;
  if (kf->tilt < -180 || kf->tilt > 180)
    return fail (error, "%s: %s tilts the body by %g degrees, beyond a half turn.", motion->name, place,
                 kf->tilt);
  if (!check_range (motion, &trunk_range, NULL, kf->trunk, index, kf->t, error) ||
      !check_range (motion, &neck_range, NULL, kf->neck, index, kf->t, error))
    return FALSE;

  root = get_object (motion, object, "root", TRUE, index, kf->t, error);
  if (root == NULL ||
      !get_number (motion, root, "x", TRUE, 0, index, kf->t, &kf->root_x, error) ||
      !get_number (motion, root, "y", !motion->grounded, 0, index, kf->t, &kf->root_y, error))
    return FALSE;

  if (!parse_limb (motion, object, "near", index, kf->t, &kf->side[CLIP_SIDE_NEAR], error) ||
      !parse_limb (motion, object, "far", index, kf->t, &kf->side[CLIP_SIDE_FAR], error))
    return FALSE;

  /* The load describes the movement that starts here, so the last keyframe needs none. */
  load = get_object (motion, object, "load", !last, index, kf->t, error);
  if (load == NULL)
    return last && (error == NULL || *error == NULL);
  if (!parse_load (motion, load, "hamstring", index, kf->t, kf->hamstring, error))
    return FALSE;
  if (motion->show_quadriceps &&
      !parse_load (motion, load, "quadriceps", index, kf->t, kf->quadriceps, error))
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
    return fail (error, "%s: prop %d has no \"type\".", motion->name, index + 1);
  found = lookup (type, prop_names, CLIP_N_PROPS);
  if (found < 0)
    {
      g_autofree char *known = join_names (prop_names, CLIP_N_PROPS);
      return fail (error, "%s: prop %d is an unknown prop \"%s\"; known props are %s.",
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
  if (follow != NULL && g_strcmp0 (follow, "x") != 0 && g_strcmp0 (follow, "xy") != 0)
    return fail (error, "%s: prop %d follows \"%s\"; use x or xy.", motion->name, index + 1, follow);
  prop->follow_y = g_strcmp0 (follow, "x") != 0;
  if (facing != NULL && g_strcmp0 (facing, "left") != 0 && g_strcmp0 (facing, "right") != 0)
    return fail (error, "%s: prop %d faces \"%s\"; use left or right.", motion->name, index + 1,
                 facing);
  prop->facing_left = g_strcmp0 (facing, "left") == 0;

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
        return fail (error, "%s: the offset of prop %d is not a pair of numbers.", motion->name,
                     index + 1);
    }
  else if (prop->kind != CLIP_PROP_FLOOR)
    {
      if (!json_object_has_member (object, "x"))
        return fail (error, "%s: prop %d (%s) has neither \"x\" nor \"attach\".", motion->name,
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
      [CLIP_PROP_SHOE] = 0.28,
    };

    if (!get_number (motion, object, "width", FALSE, default_width[prop->kind], -1, 0,
                     &prop->width, error) ||
        !get_number (motion, object, "height", FALSE, 0, -1, 0, &prop->height, error) ||
        !get_number (motion, object, "scroll", FALSE, 0, -1, 0, &prop->scroll, error))
      return FALSE;
    if (needs_size && prop->height <= 0)
      return fail (error, "%s: prop %d (%s) needs a \"height\" in metres.", motion->name, index + 1,
                   type);
  }
  return TRUE;
}

static void
keyframe_values (const ClipKeyframe *kf,
                 double              values[N_VALUES])
{
  int i = 0;

  values[i++] = kf->base;
  values[i++] = kf->tilt;
  values[i++] = kf->trunk;
  values[i++] = kf->neck;
  values[i++] = kf->breath;
  values[i++] = kf->root_x;
  values[i++] = kf->root_y;
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPose *l = &kf->side[s];
      values[i++] = l->hip;
      values[i++] = l->knee;
      values[i++] = l->ankle;
      values[i++] = l->shoulder;
      values[i++] = l->elbow;
      values[i++] = l->wrist;
      values[i++] = l->hip_abduction;
      values[i++] = l->shoulder_abduction;
    }
  g_assert (i == N_VALUES);
}

static const char *value_names[N_VALUES] = {
  "posture", "tilt", "trunk", "neck", "breath", "root x", "root y",
  "near hip", "near knee", "near ankle", "near shoulder", "near elbow", "near wrist",
  "near hip abduction", "near shoulder abduction",
  "far hip", "far knee", "far ankle", "far shoulder", "far elbow", "far wrist",
  "far hip abduction", "far shoulder abduction",
};

static double
ease (ClipEase kind,
      double   u)
{
  switch (kind)
    {
    case CLIP_EASE_LINEAR:
    case CLIP_EASE_SMOOTH:
      return u;
    case CLIP_EASE_IN:
      return u * u;
    case CLIP_EASE_OUT:
      return 1 - (1 - u) * (1 - u);
    case CLIP_EASE_HOLD:
      return 0;
    case CLIP_EASE_IN_OUT:
    default:
      return (1 - cos (G_PI * u)) / 2;
    }
}

int
clip_motion_n_frames (const ClipMotion *motion)
{
  return MAX (1, (int) lround (motion->duration * motion->fps));
}

void
clip_motion_pose_at (const ClipMotion *motion,
                     double            t,
                     ClipPose         *pose)
{
  guint n = motion->keyframes->len;
  guint k = 0;
  const ClipKeyframe *a, *b;
  double va[N_VALUES], vb[N_VALUES], out[N_VALUES];
  double u, e;
  int i = 0;

  if (motion->loop)
    t = fmod (fmod (t, motion->duration) + motion->duration, motion->duration);
  t = CLAMP (t, 0, motion->duration);
  while (k + 2 < n && g_array_index (motion->keyframes, ClipKeyframe, k + 1).t <= t)
    k++;

  a = &g_array_index (motion->keyframes, ClipKeyframe, k);
  b = &g_array_index (motion->keyframes, ClipKeyframe, k + 1);
  u = CLAMP ((t - a->t) / MAX (b->t - a->t, 1e-9), 0, 1);
  e = ease (a->ease, u);
  keyframe_values (a, va);
  keyframe_values (b, vb);

  if (a->ease == CLIP_EASE_SMOOTH)
    {
      /* Catmull–Rom through the neighbours, so a walk does not stop at every keyframe. */
      double vp[N_VALUES], vn[N_VALUES];
      guint prev = k > 0 ? k - 1 : (motion->loop ? n - 2 : 0);
      guint next = k + 2 < n ? k + 2 : (motion->loop ? 1 : n - 1);

      keyframe_values (&g_array_index (motion->keyframes, ClipKeyframe, prev), vp);
      keyframe_values (&g_array_index (motion->keyframes, ClipKeyframe, next), vn);
      for (int j = 0; j < N_VALUES; j++)
        out[j] = 0.5 * ((2 * va[j]) + (-vp[j] + vb[j]) * u +
                        (2 * vp[j] - 5 * va[j] + 4 * vb[j] - vn[j]) * u * u +
                        (-vp[j] + 3 * va[j] - 3 * vb[j] + vn[j]) * u * u * u);
    }
  else
    for (int j = 0; j < N_VALUES; j++)
      out[j] = va[j] + (vb[j] - va[j]) * e;

  pose->base = out[i++];
  pose->tilt = out[i++];
  pose->trunk = out[i++];
  pose->neck = out[i++];
  pose->breath = out[i++];
  pose->root_x = out[i++];
  pose->root_y = out[i++];
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      ClipLimbPose *l = &pose->side[s];
      l->hip = out[i++];
      l->knee = out[i++];
      l->ankle = out[i++];
      l->shoulder = out[i++];
      l->elbow = out[i++];
      l->wrist = out[i++];
      l->hip_abduction = out[i++];
      l->shoulder_abduction = out[i++];
    }
  pose->segment = k;
}

/* The script's load says when a muscle is working; the length model says which way it moves. */
HammyMuscleState
clip_motion_muscle_state (const ClipMotion *motion,
                          double            t,
                          ClipSide          side,
                          gboolean          quadriceps)
{
  double (*length) (const ClipLimbPose *) =
    quadriceps ? clip_quadriceps_length : clip_hamstring_length;
  double h = 1.0 / motion->fps;
  ClipPose now, before, after;
  const ClipKeyframe *kf;
  HammyMuscleState annotated;
  double speed;

  clip_motion_pose_at (motion, t, &now);
  clip_motion_pose_at (motion, motion->loop ? t - h : MAX (t - h, 0), &before);
  clip_motion_pose_at (motion, motion->loop ? t + h : MIN (t + h, motion->duration), &after);
  kf = &g_array_index (motion->keyframes, ClipKeyframe, now.segment);
  annotated = quadriceps ? kf->quadriceps[side] : kf->hamstring[side];
  if (annotated == HAMMY_MUSCLE_RELAXED)
    return HAMMY_MUSCLE_RELAXED;

  speed = (length (&after.side[side]) - length (&before.side[side])) / (2 * h);
  if (speed > STILL_SPEED)
    return HAMMY_MUSCLE_LENGTHENING;
  if (speed < -STILL_SPEED)
    return HAMMY_MUSCLE_SHORTENING;
  /* Slowing into a turn, the effort is still the phase's: only a hold shows as holding. */
  return annotated;
}

static gboolean
check_loop (const ClipMotion *motion,
            GError          **error)
{
  const ClipKeyframe *first = &g_array_index (motion->keyframes, ClipKeyframe, 0);
  const ClipKeyframe *last =
    &g_array_index (motion->keyframes, ClipKeyframe, motion->keyframes->len - 1);
  double vf[N_VALUES], vl[N_VALUES];

  keyframe_values (first, vf);
  keyframe_values (last, vl);
  for (int j = 0; j < N_VALUES; j++)
    if (fabs (vf[j] - vl[j]) > 1e-6)
      return fail (error,
                   "%s: the last keyframe differs from the first in the %s (%g against %g), "
                   "so the clip would not loop.",
                   motion->name, value_names[j], vl[j], vf[j]);
  return TRUE;
}

/* An eccentric phase must lengthen the muscle, a concentric one shorten it, a hold keep it. */
static gboolean
check_loads (const ClipMotion *motion,
             gboolean          quadriceps,
             GError          **error)
{
  const char *muscle = quadriceps ? "quadriceps" : "hamstring";
  double (*length) (const ClipLimbPose *) =
    quadriceps ? clip_quadriceps_length : clip_hamstring_length;

  for (guint k = 0; k + 1 < motion->keyframes->len; k++)
    {
      const ClipKeyframe *a = &g_array_index (motion->keyframes, ClipKeyframe, k);
      const ClipKeyframe *b = &g_array_index (motion->keyframes, ClipKeyframe, k + 1);

      for (int s = 0; s < CLIP_N_SIDES; s++)
        {
          HammyMuscleState state = quadriceps ? a->quadriceps[s] : a->hamstring[s];
          double change = length (&b->side[s]) - length (&a->side[s]);
          const char *side = s == CLIP_SIDE_NEAR ? "near" : "far";
          g_autofree char *place = where (k, a->t);

          if (!motion->working[s])
            continue;
          if (state == HAMMY_MUSCLE_LENGTHENING && change < STILL_LENGTH)
            return fail (error, "%s: %s calls the %s %s eccentric, but the pose does not lengthen it.",
                         motion->name, place, side, muscle);
          if (state == HAMMY_MUSCLE_SHORTENING && change > -STILL_LENGTH)
            return fail (error, "%s: %s calls the %s %s concentric, but the pose does not shorten it.",
                         motion->name, place, side, muscle);
          if (state == HAMMY_MUSCLE_HOLDING && fabs (change) > 3 * STILL_LENGTH)
            return fail (error, "%s: %s calls the %s %s isometric, but the pose changes its length by %.0f mm.",
                         motion->name, place, side, muscle, change * 1000);
        }
    }
  return TRUE;
}

static gboolean
check_floor (const ClipMotion *motion,
             GError          **error)
{
  gboolean has_floor = FALSE;
  int n_frames = clip_motion_n_frames (motion);

  for (guint i = 0; i < motion->props->len; i++)
    has_floor |= g_array_index (motion->props, ClipProp, i).kind == CLIP_PROP_FLOOR;
  if (!has_floor || motion->grounded)
    return TRUE;

  for (int f = 0; f < n_frames; f++)
    {
      double t = (double) f / motion->fps;
      ClipPose pose;
      ClipBody body;
      double depth;

      clip_motion_pose_at (motion, t, &pose);
      clip_body_from_pose (motion, &pose, &body);
      depth = -clip_body_lowest (&body);
      if (depth > 0.015)
        return fail (error, "%s: at %.2f s the figure goes %.0f cm through the floor.",
                     motion->name, t, depth * 100);
    }
  return TRUE;
}

static gboolean
parse_motion (ClipMotion *motion,
              JsonNode   *root,
              GError    **error)
{
  JsonObject *object, *camera;
  JsonArray *keyframes, *props, *cues;
  const char *format, *view, *anchor, *working;
  double version, fps;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, "%s: the script is not a JSON object.", motion->name);
  object = json_node_get_object (root);

  if (!get_string (motion, object, "format", TRUE, -1, 0, &format, error) ||
      !get_number (motion, object, "version", TRUE, 0, -1, 0, &version, error))
    return FALSE;
  if (g_strcmp0 (format, "hammy-motion") != 0)
    return fail (error, "%s: the format is \"%s\", not \"hammy-motion\".", motion->name, format);
  if (version != 1)
    return fail (error, "%s: version %g of the motion format is not known; this clipgen reads 1.",
                 motion->name, version);

  if (!get_number (motion, object, "duration", TRUE, 0, -1, 0, &motion->duration, error) ||
      !get_number (motion, object, "fps", TRUE, 0, -1, 0, &fps, error))
    return FALSE;
  if (motion->duration <= 0 || motion->duration > 30)
    return fail (error, "%s: a duration of %g s is not between 0 and 30 seconds.", motion->name,
                 motion->duration);
  if (fps < 10 || fps > 60 || fps != floor (fps))
    return fail (error, "%s: %g frames a second is not a whole number from 10 to 60.",
                 motion->name, fps);
  motion->fps = (int) fps;
  /* A loop of whole frames, so the last frame flows into the first without a hitch. */
  if (fabs (motion->duration * fps - round (motion->duration * fps)) > 1e-6)
    return fail (error, "%s: %g s at %g frames a second is not a whole number of frames.",
                 motion->name, motion->duration, fps);

  if (!get_boolean (motion, object, "loop", TRUE, &motion->loop, error) ||
      !get_boolean (motion, object, "grounded", FALSE, &motion->grounded, error) ||
      !get_boolean (motion, object, "quadriceps", FALSE, &motion->show_quadriceps, error) ||
      !get_string (motion, object, "view", FALSE, -1, 0, &view, error) ||
      !get_string (motion, object, "anchor", FALSE, -1, 0, &anchor, error) ||
      !get_string (motion, object, "working_leg", TRUE, -1, 0, &working, error))
    return FALSE;

  if (view == NULL || g_strcmp0 (view, "side") == 0)
    motion->view = CLIP_VIEW_SIDE;
  else if (g_strcmp0 (view, "front") == 0)
    motion->view = CLIP_VIEW_FRONT;
  else
    return fail (error, "%s: the view \"%s\" is neither side nor front.", motion->name, view);

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
    return fail (error, "%s: the working leg \"%s\" is not near, far or both.", motion->name,
                 working);

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
    return fail (error, "%s: a camera height of %g m is not between 0.5 and 6 metres.",
                 motion->name, motion->camera_height);

  if (!get_number (motion, object, "poster", FALSE, motion->duration / 2, -1, 0, &motion->poster,
                   error))
    return FALSE;
  if (motion->poster < 0 || motion->poster > motion->duration)
    return fail (error, "%s: the poster time %g s is outside the clip.", motion->name,
                 motion->poster);

  if (!json_object_has_member (object, "props") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "props")))
    return fail (error, "%s: the script has no \"props\" list.", motion->name);
  props = json_object_get_array_member (object, "props");
  for (guint i = 0; i < json_array_get_length (props); i++)
    {
      ClipProp prop = { 0 };
      JsonNode *node = json_array_get_element (props, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, "%s: prop %u is not an object.", motion->name, i + 1);
      if (!parse_prop (motion, json_node_get_object (node), i, &prop, error))
        return FALSE;
      g_array_append_val (motion->props, prop);
    }

  if (json_object_has_member (object, "cues"))
    {
      cues = json_object_get_array_member (object, "cues");
      for (guint i = 0; cues != NULL && i < json_array_get_length (cues); i++)
        {
          ClipCue cue = { 0 };
          JsonObject *c = json_array_get_object_element (cues, i);
          const char *at;

          if (c == NULL ||
              !get_string (motion, c, "at", TRUE, -1, 0, &at, error) ||
              !parse_point (motion, at, "a cue's point", &cue.at, error) ||
              !get_number (motion, c, "angle", TRUE, 0, -1, 0, &cue.angle, error) ||
              !get_number (motion, c, "from", TRUE, 0, -1, 0, &cue.from, error) ||
              !get_number (motion, c, "to", TRUE, 0, -1, 0, &cue.to, error))
            return fail (error, "%s: cue %u is not an object with at, angle, from and to.",
                         motion->name, i + 1);
          g_array_append_val (motion->cues, cue);
        }
    }

  if (!json_object_has_member (object, "keyframes") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "keyframes")))
    return fail (error, "%s: the script has no \"keyframes\" list.", motion->name);
  keyframes = json_object_get_array_member (object, "keyframes");
  if (json_array_get_length (keyframes) < 2)
    return fail (error, "%s: a clip needs at least two keyframes.", motion->name);

  for (guint i = 0; i < json_array_get_length (keyframes); i++)
    {
      ClipKeyframe kf = { 0 };
      JsonNode *node = json_array_get_element (keyframes, i);
      gboolean last = i + 1 == json_array_get_length (keyframes);
      gboolean ok;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, "%s: keyframe %u is not an object.", motion->name, i + 1);
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
        return fail (error, "%s: the first keyframe is at %.2f s, not at 0 s.", motion->name, kf->t);
      if (i > 0 && kf->t <= previous)
        return fail (error, "%s: keyframe %u at %.2f s does not come after the one before it.",
                     motion->name, i + 1, kf->t);
    }
  if (fabs (g_array_index (motion->keyframes, ClipKeyframe, motion->keyframes->len - 1).t -
            motion->duration) > 1e-6)
    return fail (error, "%s: the last keyframe is not at the end of the clip (%g s).",
                 motion->name, motion->duration);

  if (motion->loop && !check_loop (motion, error))
    return FALSE;
  if (!check_loads (motion, FALSE, error))
    return FALSE;
  if (motion->show_quadriceps && !check_loads (motion, TRUE, error))
    return FALSE;
  return check_floor (motion, error);
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
  motion->cues = g_array_new (FALSE, TRUE, sizeof (ClipCue));

  if (!json_parser_load_from_file (parser, path, &local_error))
    {
      if (g_error_matches (local_error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA) ||
          local_error->domain == JSON_PARSER_ERROR)
        fail (error, "%s is not valid JSON: %s", motion->name, local_error->message);
      else
        fail (error, "%s could not be read: %s.", motion->name, local_error->message);
      return NULL;
    }

  if (!parse_motion (motion, json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&motion);
}
