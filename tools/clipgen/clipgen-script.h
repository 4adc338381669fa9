/* clipgen-script.h: the types of a motion script and of one moment of it, shared by the
 * reader (clipgen-motion), the contact solver (clipgen-contact) and the figure
 * (clipgen-figure), so that none of them includes another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hammy-muscle-states.h"

G_BEGIN_DECLS

typedef enum
{
  CLIP_SIDE_NEAR,
  CLIP_SIDE_FAR,
  CLIP_N_SIDES
} ClipSide;

typedef enum
{
  CLIP_VIEW_SIDE,
  CLIP_VIEW_FRONT
} ClipView;

typedef enum
{
  CLIP_EASE_IN_OUT,
  CLIP_EASE_LINEAR,
  CLIP_EASE_IN,
  CLIP_EASE_OUT,
  CLIP_EASE_SMOOTH,
  CLIP_EASE_HOLD
} ClipEase;

/* Points on the body that props attach to, cues point at and the figure is anchored by. */
typedef enum
{
  CLIP_POINT_HIP,
  CLIP_POINT_SHOULDER,
  CLIP_POINT_HEAD,
  CLIP_POINT_NEAR_HAND,
  CLIP_POINT_FAR_HAND,
  CLIP_POINT_HANDS,
  CLIP_POINT_NEAR_ELBOW,
  CLIP_POINT_FAR_ELBOW,
  CLIP_POINT_NEAR_KNEE,
  CLIP_POINT_FAR_KNEE,
  CLIP_POINT_KNEES,
  CLIP_POINT_NEAR_ANKLE,
  CLIP_POINT_FAR_ANKLE,
  CLIP_POINT_NEAR_HEEL,
  CLIP_POINT_FAR_HEEL,
  CLIP_POINT_HEELS,
  CLIP_POINT_NEAR_TOE,
  CLIP_POINT_FAR_TOE,
  CLIP_N_POINTS
} ClipPoint;

/* Parts of the body that can rest on something, for contacts. Each names one side's part;
 * a script's "heels" or "knees" stands for both sides. */
typedef enum
{
  CLIP_PART_HEEL,
  CLIP_PART_TOES,
  CLIP_PART_SOLE,
  CLIP_PART_FOOT,
  CLIP_PART_ANKLE,
  CLIP_PART_SHIN,
  CLIP_PART_KNEE,
  CLIP_PART_THIGH,
  CLIP_PART_HAND,
  CLIP_PART_FOREARM,
  CLIP_PART_ELBOW,
  CLIP_PART_HIPS,
  CLIP_PART_BACK,
  CLIP_PART_SHOULDERS,
  CLIP_PART_HEAD,
  CLIP_N_PARTS
} ClipPartKind;

typedef enum
{
  CLIP_PROP_FLOOR,
  CLIP_PROP_MAT,
  CLIP_PROP_WALL,
  CLIP_PROP_STEP,
  CLIP_PROP_TABLE,
  CLIP_PROP_CHAIR,
  CLIP_PROP_FOAM_ROLLER,
  CLIP_PROP_BALL,
  CLIP_PROP_BLOCK,
  CLIP_PROP_DUMBBELL,
  CLIP_PROP_BAND,
  CLIP_PROP_STRAP,
  CLIP_PROP_TOWEL,
  CLIP_PROP_SHOE,
  CLIP_PROP_PARTNER,
  CLIP_N_PROPS
} ClipPropKind;

typedef struct
{
  double hip;       /* flexion +, extension − */
  double knee;      /* flexion + */
  double ankle;     /* dorsiflexion +, plantarflexion − */
  double shoulder;  /* flexion +, extension − */
  double elbow;     /* flexion + */
  double wrist;     /* bends the hand the way the elbow bends +, back − */
  double hip_abduction;      /* front view only */
  /* From the front it swings the arm out; from the side, pointing at the camera, it shortens it. */
  double shoulder_abduction;
} ClipLimbPose;

typedef struct
{
  double           t;
  ClipEase         ease;
  char            *posture;
  double           base;     /* the posture's pelvis direction, degrees */
  double           tilt;
  double           trunk;
  double           neck;
  double           breath;
  double           root_x;
  double           root_y;
  ClipLimbPose     side[CLIP_N_SIDES];
  /* What each muscle does from this keyframe to the next. */
  HammyMuscleState load[HAMMY_N_MUSCLES][CLIP_N_SIDES];
} ClipKeyframe;

typedef struct
{
  ClipPropKind kind;
  double       x;
  double       y;
  double       width;
  double       height;
  double       scroll;
  gboolean     attached;
  ClipPoint    attach;
  gboolean     follow_y;
  gboolean     facing_left;
  /* Stands beside the figure, further from the camera: it is reached, not walked into. */
  gboolean     beside;
} ClipProp;

/* One side's body part resting on one prop for a span of the clip. */
typedef struct
{
  ClipPartKind kind;
  ClipSide     side;       /* for the limbs; the trunk and head have one */
  guint        prop;       /* index into the motion's props */
  double       from;
  double       to;         /* before `from` in a loop: the span runs over the loop's end */
  gboolean     slide;      /* free to move along the surface, as a gliding foot */
  gboolean     has_pin;
  double       pin;        /* where along the surface it was put down */
  int          entry;      /* which entry of the script's "contacts" it comes from */
} ClipContact;

typedef struct
{
  ClipPoint at;
  double    angle;
  double    from;
  double    to;
  double    offset_x;
  double    offset_y;
} ClipCue;

typedef struct
{
  char     *path;
  char     *name;
  char     *id;
  double    duration;
  int       fps;
  ClipView  view;
  gboolean  loop;
  gboolean  gait;
  ClipPoint anchor;
  gboolean  working[CLIP_N_SIDES];
  gboolean  shown[HAMMY_N_MUSCLES];
  double    camera_x;
  double    camera_y;
  double    camera_height;
  double    poster;
  GArray   *keyframes;
  GArray   *props;
  GArray   *contacts;
  GArray   *cues;
} ClipMotion;

/* One moment of the clip: the pose with easing applied, ready for the figure. */
typedef struct
{
  double       base;
  double       tilt;
  double       trunk;
  double       neck;
  double       breath;
  double       root_x;
  double       root_y;
  ClipLimbPose side[CLIP_N_SIDES];
  int          segment;
} ClipPose;

G_END_DECLS
