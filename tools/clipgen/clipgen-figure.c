/* clipgen-figure.c: forward kinematics for the demo figure, seen from the side or the front,
 * the discs its parts rest with, and two-bone reaching for the limbs that hold a contact.
 * Angles are anatomical (docs/clips.md); the pelvis direction places the body in the world.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-figure.h"

#define H CLIP_FIGURE_HEIGHT

#define THIGH (0.245 * H)
#define SHANK (0.246 * H)
#define UPPER_ARM (0.186 * H)
#define FOREARM (0.146 * H)
#define HAND (0.075 * H)
#define PELVIS (0.100 * H)
#define BACK (0.188 * H)

/* How the lumbar flexion of a pose shares out up the back, from the waist to the shoulders:
 * most low down, less higher up, so the back curves instead of folding at one point. */
static const double spine_bend[CLIP_SPINE_POINTS - 2] = { 0.30, 0.28, 0.24, 0.18 };

static inline double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
}

static inline double
deg (double radians)
{
  return radians * 180.0 / G_PI;
}

/* An angle in degrees brought into the half turn either side of `centre`. */
static double
wrap_degrees (double value,
              double centre)
{
  while (value > centre + 180)
    value -= 360;
  while (value <= centre - 180)
    value += 360;
  return value;
}

static inline ClipVec
along (ClipVec from,
       double  angle,
       double  length)
{
  return (ClipVec) { from.x + cos (angle) * length, from.y + sin (angle) * length };
}

static inline ClipVec
rotate (ClipVec v,
        double  angle)
{
  return (ClipVec) { v.x * cos (angle) - v.y * sin (angle), v.x * sin (angle) + v.y * cos (angle) };
}

static inline ClipVec
midpoint (ClipVec a,
          ClipVec b)
{
  return (ClipVec) { (a.x + b.x) / 2, (a.y + b.y) / 2 };
}

static double
visible (double angle_degrees)
{
  return MAX (fabs (cos (rad (angle_degrees))), 0.25);
}

static void
side_view (const ClipPose *pose,
           ClipBody       *body)
{
  double axis = rad (pose->base - pose->tilt);
  double direction = axis;
  double head_dir;

  body->axis = axis;
  body->hip = (ClipVec) { 0, 0 };
  body->waist = along (body->hip, axis, PELVIS);
  body->spine[0] = body->hip;
  body->spine[1] = body->waist;
  for (int i = 0; i < CLIP_SPINE_POINTS - 2; i++)
    {
      direction -= rad (pose->trunk) * spine_bend[i];
      body->spine[i + 2] = along (body->spine[i + 1], direction, BACK / (CLIP_SPINE_POINTS - 2));
    }
  body->thorax = direction;
  body->shoulder = body->spine[CLIP_SPINE_POINTS - 1];
  head_dir = body->thorax - rad (pose->neck);
  body->neck = along (body->shoulder, body->thorax, 0.030 * H);
  body->head = along (body->neck, head_dir, 0.090 * H);
  body->head_angle = head_dir;

  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPose *limb = &pose->side[s];
      ClipLimbPoints *p = &body->side[s];
      double thigh = axis - G_PI + rad (limb->hip);
      double shank = thigh - rad (limb->knee);
      double arm = body->thorax - G_PI + rad (limb->shoulder);
      double forearm = arm + rad (limb->elbow);
      /* An arm out to the side points at or away from the camera, and looks shorter. */
      double reach = visible (limb->shoulder_abduction);

      p->hip = body->hip;
      p->knee = along (p->hip, thigh, THIGH);
      p->ankle = along (p->knee, shank, SHANK);
      p->foot_angle = shank + G_PI / 2 + rad (limb->ankle);
      p->shoulder = body->shoulder;
      p->elbow = along (p->shoulder, arm, UPPER_ARM * reach);
      p->wrist = along (p->elbow, forearm, FOREARM * reach);
      p->hand = along (p->wrist, forearm + rad (limb->wrist), HAND * reach);
      p->thigh_visible = 1;
      p->shank_visible = 1;
    }
}

/* The front view foreshortens what bends toward the camera and swings what abducts. */
static void
front_view (const ClipPose *pose,
            ClipBody       *body)
{
  double axis = rad (pose->base - pose->tilt);
  double turn = axis - G_PI / 2;
  double trunk = visible (pose->trunk);

  body->axis = axis;
  body->thorax = axis;
  body->hip = (ClipVec) { 0, 0 };
  body->waist = rotate ((ClipVec) { 0, 0.100 * H }, turn);
  body->shoulder = rotate ((ClipVec) { 0, (0.100 + 0.188 * trunk) * H }, turn);
  body->neck = rotate ((ClipVec) { 0, (0.130 + 0.188 * trunk) * H }, turn);
  body->head = rotate ((ClipVec) { 0, (0.215 + 0.188 * trunk) * H }, turn);
  body->head_angle = axis;
  for (int i = 0; i < CLIP_SPINE_POINTS; i++)
    {
      double u = (double) i / (CLIP_SPINE_POINTS - 1);

      body->spine[i] = (ClipVec) { body->shoulder.x * u, body->shoulder.y * u };
    }

  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPose *limb = &pose->side[s];
      ClipLimbPoints *p = &body->side[s];
      double sign = s == CLIP_SIDE_NEAR ? 1 : -1;
      double leg = -G_PI / 2 + sign * rad (limb->hip_abduction);
      double arm = -G_PI / 2 + sign * rad (6 + limb->shoulder_abduction);
      ClipVec hip = { sign * 0.052 * H, 0 };
      ClipVec shoulder = { sign * 0.112 * H, (0.088 + 0.188 * trunk) * H };
      ClipVec knee, ankle, elbow, wrist, hand;

      p->thigh_visible = visible (limb->hip);
      p->shank_visible = visible (limb->hip - limb->knee);
      knee = along (hip, leg, THIGH * p->thigh_visible);
      ankle = along (knee, leg, SHANK * p->shank_visible);
      elbow = along (shoulder, arm, UPPER_ARM * visible (limb->shoulder));
      wrist = along (elbow, arm, FOREARM * visible (limb->shoulder + limb->elbow));
      hand = along (wrist, arm, HAND * visible (limb->shoulder + limb->elbow));

      p->hip = rotate (hip, turn);
      p->knee = rotate (knee, turn);
      p->ankle = rotate (ankle, turn);
      p->shoulder = rotate (shoulder, turn);
      p->elbow = rotate (elbow, turn);
      p->wrist = rotate (wrist, turn);
      p->hand = rotate (hand, turn);
      p->foot_angle = leg + turn;
    }
}

void
clip_body_translate (ClipBody *body,
                     double    dx,
                     double    dy)
{
  ClipVec *points[] = { &body->origin, &body->hip, &body->waist, &body->shoulder, &body->neck,
                        &body->head };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      points[i]->x += dx;
      points[i]->y += dy;
    }
  for (int i = 0; i < CLIP_SPINE_POINTS; i++)
    {
      body->spine[i].x += dx;
      body->spine[i].y += dy;
    }
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      ClipLimbPoints *p = &body->side[s];
      ClipVec *limb[] = { &p->hip, &p->knee, &p->ankle, &p->shoulder, &p->elbow, &p->wrist,
                          &p->hand };

      for (guint i = 0; i < G_N_ELEMENTS (limb); i++)
        {
          limb[i]->x += dx;
          limb[i]->y += dy;
        }
    }
}

/* The body for a pose, with the point between the hip joints at `origin`. */
void
clip_body_build (ClipView        view,
                 const ClipPose *pose,
                 ClipVec         origin,
                 ClipBody       *body)
{
  body->view = view;
  body->chest = 1 + 0.08 * pose->breath;
  if (view == CLIP_VIEW_SIDE)
    side_view (pose, body);
  else
    front_view (pose, body);
  body->origin = (ClipVec) { 0, 0 };
  clip_body_translate (body, origin.x, origin.y);
}

void
clip_body_foot_outline (const ClipBody *body,
                        ClipSide        side,
                        ClipVec         outline[8])
{
  /* Heel, sole and toes around the ankle, in the foot's own frame (×H): 1 and 2 are the back
   * and bottom of the heel, 3 the ball of the foot, 4 the tip of the toes. */
  static const ClipVec profile[8] = {
    { -0.030, 0.018 }, { -0.045, -0.010 }, { -0.038, -0.037 }, { 0.100, -0.039 },
    { 0.112, -0.030 }, { 0.105, -0.018 }, { 0.045, 0.000 }, { 0.020, 0.025 },
  };
  const ClipLimbPoints *p = &body->side[side];

  for (int i = 0; i < 8; i++)
    {
      ClipVec v;

      if (body->view == CLIP_VIEW_SIDE)
        v = rotate ((ClipVec) { profile[i].x * H, profile[i].y * H }, p->foot_angle);
      else
        {
          /* Seen from the front, a foot is a small rounded block below the ankle. */
          double a = 2 * G_PI * i / 8;
          v = rotate ((ClipVec) { (0.030 + 0.028 * cos (a)) * H, 0.036 * sin (a) * H },
                      p->foot_angle);
        }
      outline[i] = (ClipVec) { p->ankle.x + v.x, p->ankle.y + v.y };
    }
}

ClipVec
clip_body_point (const ClipBody *body,
                 ClipPoint       point)
{
  const ClipLimbPoints *near = &body->side[CLIP_SIDE_NEAR];
  const ClipLimbPoints *far = &body->side[CLIP_SIDE_FAR];
  ClipVec outline[8];

  switch (point)
    {
    case CLIP_POINT_HIP:
      return body->hip;
    case CLIP_POINT_SHOULDER:
      return body->shoulder;
    case CLIP_POINT_HEAD:
      return body->head;
    case CLIP_POINT_NEAR_HAND:
      return near->hand;
    case CLIP_POINT_FAR_HAND:
      return far->hand;
    case CLIP_POINT_HANDS:
      return midpoint (near->hand, far->hand);
    case CLIP_POINT_NEAR_ELBOW:
      return near->elbow;
    case CLIP_POINT_FAR_ELBOW:
      return far->elbow;
    case CLIP_POINT_NEAR_KNEE:
      return near->knee;
    case CLIP_POINT_FAR_KNEE:
      return far->knee;
    case CLIP_POINT_KNEES:
      return midpoint (near->knee, far->knee);
    case CLIP_POINT_NEAR_ANKLE:
      return near->ankle;
    case CLIP_POINT_FAR_ANKLE:
      return far->ankle;
    case CLIP_POINT_NEAR_HEEL:
      clip_body_foot_outline (body, CLIP_SIDE_NEAR, outline);
      return outline[2];
    case CLIP_POINT_FAR_HEEL:
      clip_body_foot_outline (body, CLIP_SIDE_FAR, outline);
      return outline[2];
    case CLIP_POINT_HEELS:
      {
        ClipVec a, b;

        clip_body_foot_outline (body, CLIP_SIDE_NEAR, outline);
        a = outline[2];
        clip_body_foot_outline (body, CLIP_SIDE_FAR, outline);
        b = outline[2];
        return midpoint (a, b);
      }
    case CLIP_POINT_NEAR_TOE:
      clip_body_foot_outline (body, CLIP_SIDE_NEAR, outline);
      return outline[4];
    case CLIP_POINT_FAR_TOE:
      clip_body_foot_outline (body, CLIP_SIDE_FAR, outline);
      return outline[4];
    case CLIP_N_POINTS:
    default:
      g_assert_not_reached ();
    }
}

static int
capsule_discs (ClipVec   a,
               double    ra,
               ClipVec   b,
               double    rb,
               int       n,
               ClipDisc *discs)
{
  for (int i = 0; i < n; i++)
    {
      double u = n > 1 ? (double) i / (n - 1) : 0;

      discs[i] = (ClipDisc) { { a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u },
                              ra + (rb - ra) * u };
    }
  return n;
}

static int
foot_discs (const ClipBody *body,
            ClipSide        side,
            const int      *points,
            int             n_points,
            ClipDisc       *discs)
{
  ClipVec outline[8];

  clip_body_foot_outline (body, side, outline);
  for (int i = 0; i < n_points; i++)
    discs[i] = (ClipDisc) { outline[points[i]], 0 };
  return n_points;
}

/* The top of the chest, where the drawn trunk ends below the shoulders. */
static ClipVec
chest_top (const ClipBody *body)
{
  return (ClipVec) { body->shoulder.x - cos (body->thorax) * 0.022 * H,
                     body->shoulder.y - sin (body->thorax) * 0.022 * H };
}

/* The outline of a part as a few discs, with the radii the figure is drawn with, so that what
 * rests on a surface in the check is what is seen resting on it. */
int
clip_body_part_discs (const ClipBody *body,
                      ClipPartKind    part,
                      ClipSide        side,
                      ClipDisc       *discs)
{
  static const int heel[] = { 1, 2 };
  static const int toes[] = { 3, 4 };
  static const int sole[] = { 2, 3 };
  static const int foot[] = { 0, 1, 2, 3, 4, 5, 6, 7 };
  const ClipLimbPoints *p = &body->side[side];
  gboolean front = body->view == CLIP_VIEW_FRONT;

  /* From the front a foot is a block under the ankle: whatever rests, rests on its bottom. */
  static const int front_sole[] = { 7, 0, 1 };

  if (front && (part == CLIP_PART_HEEL || part == CLIP_PART_TOES || part == CLIP_PART_SOLE))
    return foot_discs (body, side, front_sole, G_N_ELEMENTS (front_sole), discs);

  switch (part)
    {
    case CLIP_PART_HEEL:
      return foot_discs (body, side, heel, G_N_ELEMENTS (heel), discs);
    case CLIP_PART_TOES:
      return foot_discs (body, side, toes, G_N_ELEMENTS (toes), discs);
    case CLIP_PART_SOLE:
      return foot_discs (body, side, sole, G_N_ELEMENTS (sole), discs);
    case CLIP_PART_FOOT:
      return foot_discs (body, side, foot, G_N_ELEMENTS (foot), discs);
    case CLIP_PART_ANKLE:
      discs[0] = (ClipDisc) { p->ankle, (front ? 0.020 : 0.018) * H };
      return 1;
    case CLIP_PART_SHIN:
      return capsule_discs (p->knee, (front ? 0.031 : 0.030) * H, p->ankle,
                            (front ? 0.020 : 0.018) * H, 6, discs);
    case CLIP_PART_KNEE:
      discs[0] = (ClipDisc) { p->knee, (front ? 0.031 : 0.030) * H };
      return 1;
    case CLIP_PART_THIGH:
      return capsule_discs (p->hip, 0.045 * H, p->knee, (front ? 0.031 : 0.028) * H, 6, discs);
    case CLIP_PART_HAND:
      return capsule_discs (p->wrist, 0.017 * H, p->hand, 0.014 * H, 3, discs);
    case CLIP_PART_FOREARM:
      return capsule_discs (p->elbow, 0.021 * H, p->wrist, 0.016 * H, 5, discs);
    case CLIP_PART_ELBOW:
      discs[0] = (ClipDisc) { p->elbow, 0.021 * H };
      return 1;
    case CLIP_PART_HIPS:
      if (front)
        return capsule_discs (body->side[CLIP_SIDE_FAR].hip, 0.060 * H,
                              body->side[CLIP_SIDE_NEAR].hip, 0.060 * H, 4, discs);
      return capsule_discs (body->hip, 0.062 * H, body->waist, 0.056 * H, 4, discs);
    case CLIP_PART_BACK:
      if (front)
        return capsule_discs (body->hip, 0.10 * H, body->shoulder, 0.10 * H, 5, discs);
      {
        int n = 0;

        for (int i = 1; i < CLIP_SPINE_POINTS - 1; i++)
          {
            double u = (double) (i - 1) / (CLIP_SPINE_POINTS - 2);

            double r = (0.056 + (0.060 * body->chest - 0.056) * u) * H;

            discs[n++] = (ClipDisc) { body->spine[i], r };
          }
        discs[n++] = (ClipDisc) { chest_top (body), 0.060 * H * body->chest };
        return n;
      }
    case CLIP_PART_SHOULDERS:
      if (front)
        return capsule_discs (body->side[CLIP_SIDE_FAR].shoulder, 0.040 * H,
                              body->side[CLIP_SIDE_NEAR].shoulder, 0.040 * H, 4, discs);
      discs[0] = (ClipDisc) { chest_top (body), 0.060 * H * body->chest };
      return 1;
    case CLIP_PART_HEAD:
      discs[0] = (ClipDisc) { body->head, 0.058 * H };
      return 1;
    case CLIP_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

static double
capsule_lowest (ClipVec a,
                double  ra,
                ClipVec b,
                double  rb)
{
  return MIN (a.y - ra, b.y - rb);
}

/* The lowest point of the body's outline. Radii match the drawing. */
double
clip_body_lowest (const ClipBody *body)
{
  double lowest = body->head.y - 0.060 * H;

  lowest = MIN (lowest, capsule_lowest (body->hip, 0.062 * H, body->waist, 0.060 * H));
  for (int i = 1; i < CLIP_SPINE_POINTS - 1; i++)
    lowest = MIN (lowest,
                  capsule_lowest (body->spine[i], 0.056 * H, body->spine[i + 1], 0.060 * H));
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPoints *p = &body->side[s];
      ClipVec outline[8];

      lowest = MIN (lowest, capsule_lowest (p->hip, 0.045 * H, p->knee, 0.028 * H));
      lowest = MIN (lowest, capsule_lowest (p->knee, 0.030 * H, p->ankle, 0.018 * H));
      lowest = MIN (lowest, capsule_lowest (p->shoulder, 0.026 * H, p->elbow, 0.021 * H));
      lowest = MIN (lowest, capsule_lowest (p->elbow, 0.021 * H, p->wrist, 0.016 * H));
      lowest = MIN (lowest, capsule_lowest (p->wrist, 0.017 * H, p->hand, 0.014 * H));
      clip_body_foot_outline (body, s, outline);
      for (int i = 0; i < 8; i++)
        lowest = MIN (lowest, outline[i].y);
    }

  return lowest;
}

/* The body for a moment of the script: the pose, moved so that its anchor is at the root. */
void
clip_body_from_pose (const ClipMotion *motion,
                     const ClipPose   *pose,
                     ClipBody         *body)
{
  ClipVec anchor;

  clip_body_build (motion->view, pose, (ClipVec) { 0, 0 }, body);
  anchor = clip_body_point (body, motion->anchor);
  clip_body_translate (body, pose->root_x - anchor.x, pose->root_y - anchor.y);
}

/* Two bones of lengths a and b from `from` toward `to`: the first bone's direction and the
 * bend between them, the second turning clockwise (sign −1) or counter-clockwise (+1). */
static gboolean
two_bones (ClipVec  from,
           ClipVec  to,
           double   a,
           double   b,
           double   sign,
           double  *first,
           double  *bend)
{
  double dx = to.x - from.x, dy = to.y - from.y;
  double d = hypot (dx, dy);
  gboolean reached = TRUE;
  double alpha, beta;

  if (d > a + b - 1e-6)
    {
      d = a + b - 1e-6;
      reached = FALSE;
    }
  if (d < fabs (a - b) + 1e-6)
    {
      d = fabs (a - b) + 1e-6;
      reached = FALSE;
    }
  alpha = acos (CLAMP ((a * a + d * d - b * b) / (2 * a * d), -1, 1));
  beta = acos (CLAMP ((a * a + b * b - d * d) / (2 * a * b), -1, 1));
  *first = atan2 (dy, dx) - sign * alpha;
  *bend = G_PI - beta;
  return reached;
}

gboolean
clip_body_reach_leg (ClipBody *body,
                     ClipPose *pose,
                     ClipSide  side,
                     ClipVec   ankle,
                     double    foot_angle)
{
  ClipLimbPose *limb = &pose->side[side];
  ClipVec hip = body->side[side].hip;
  gboolean reached;

  if (body->view == CLIP_VIEW_SIDE)
    {
      double thigh, knee, shank;

      /* The knee bends the shank clockwise from the thigh, so the knee lies counter-clockwise
       * of the line from hip to ankle. */
      reached = two_bones (hip, ankle, THIGH, SHANK, -1, &thigh, &knee);
      shank = thigh - knee;
      limb->hip = wrap_degrees (deg (thigh - body->axis + G_PI), 47.5);
      limb->knee = deg (knee);
      limb->ankle = wrap_degrees (deg (foot_angle - shank - G_PI / 2), -15);
    }
  else
    {
      /* Seen from the front: abduction points the leg, the knee's bend toward the camera
       * shortens it. */
      double turn = body->axis - G_PI / 2;
      double sign = side == CLIP_SIDE_NEAR ? 1 : -1;
      ClipVec v = rotate ((ClipVec) { ankle.x - hip.x, ankle.y - hip.y }, -turn);
      double length = hypot (v.x, v.y);
      double need = (length - THIGH * visible (limb->hip)) / SHANK;

      reached = need >= 0.25 && need <= 1;
      need = CLAMP (need, 0.25, 1);
      limb->hip_abduction = wrap_degrees (sign * deg (atan2 (v.y, v.x) + G_PI / 2), 0);
      limb->knee = limb->hip + deg (acos (need));
    }

  clip_body_build (body->view, pose, body->origin, body);
  return reached;
}

gboolean
clip_body_reach_arm (ClipBody *body,
                     ClipPose *pose,
                     ClipSide  side,
                     ClipVec   wrist)
{
  ClipLimbPose *limb = &pose->side[side];
  const ClipLimbPoints *p = &body->side[side];
  double hand = atan2 (p->hand.y - p->wrist.y, p->hand.x - p->wrist.x);
  double arm, elbow;
  gboolean reached;

  if (body->view != CLIP_VIEW_SIDE)
    return FALSE;

  /* The elbow bends the forearm counter-clockwise from the upper arm. */
  reached = two_bones (p->shoulder, wrist, UPPER_ARM * visible (limb->shoulder_abduction),
                       FOREARM * visible (limb->shoulder_abduction), 1, &arm, &elbow);
  limb->shoulder = wrap_degrees (deg (arm - body->thorax + G_PI), 60);
  limb->elbow = deg (elbow);
  limb->wrist = wrap_degrees (deg (hand - (arm + elbow)), 0);

  clip_body_build (body->view, pose, body->origin, body);
  return reached;
}

double
clip_body_sole_angle (ClipVec normal)
{
  /* The sole runs from the bottom of the heel to the ball of the foot, a hair off the foot's
   * own axis (clip_body_foot_outline): turn that much more to lay it flat. */
  static const double sole_slope = 0.0145;

  return atan2 (-normal.x, normal.y) + sole_slope;
}

/* docs/clips.md: ΔL ≈ r_hip · θ_hip − r_knee · θ_knee, r_hip 0.065 m and r_knee 0.030 m. */
double
clip_hamstring_length (const ClipLimbPose *limb)
{
  return 0.065 * rad (limb->hip) - 0.030 * rad (limb->knee);
}

/* The quadriceps is drawn for its three one-joint heads (the vasti), which only cross the
 * knee: longer as the knee bends. Holding the knee straight reads as holding. */
double
clip_quadriceps_length (const ClipLimbPose *limb)
{
  return 0.045 * rad (limb->knee);
}

double
clip_muscle_length (HammyMuscle         muscle,
                    const ClipLimbPose *limb)
{
  switch (muscle)
    {
    case HAMMY_MUSCLE_HAMSTRING:
      return clip_hamstring_length (limb);
    case HAMMY_MUSCLE_QUADRICEPS:
      return clip_quadriceps_length (limb);
    case HAMMY_MUSCLE_HIP_ABDUCTORS:
      /* Gluteus medius runs from the side of the pelvis over the hip to the top of the thigh
       * bone, about 5 cm out from the joint: shorter as the leg swings out. */
      return -0.050 * rad (limb->hip_abduction);
    case HAMMY_N_MUSCLES:
    default:
      g_assert_not_reached ();
    }
}
