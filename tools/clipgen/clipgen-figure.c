/* clipgen-figure.c: forward kinematics for the demo figure, seen from the side or the front.
 * Angles are anatomical (docs/clips.md); the pelvis direction places the body in the world.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-figure.h"

#define H CLIP_FIGURE_HEIGHT

static inline double
rad (double degrees)
{
  return degrees * G_PI / 180.0;
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

static void
side_view (const ClipPose *pose,
           ClipBody       *body)
{
  double axis = rad (pose->base - pose->tilt);
  double thorax = axis - rad (pose->trunk);
  double head_dir = thorax - rad (pose->neck);

  body->axis = axis;
  body->hip = (ClipVec) { 0, 0 };
  body->waist = along (body->hip, axis, 0.100 * H);
  body->shoulder = along (body->waist, thorax, 0.188 * H);
  body->neck = along (body->shoulder, thorax, 0.030 * H);
  body->head = along (body->neck, head_dir, 0.090 * H);
  body->head_angle = head_dir;

  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPose *limb = &pose->side[s];
      ClipLimbPoints *p = &body->side[s];
      double thigh = axis - G_PI + rad (limb->hip);
      double shank = thigh - rad (limb->knee);
      double arm = thorax - G_PI + rad (limb->shoulder);
      double forearm = arm + rad (limb->elbow);

      p->hip = body->hip;
      p->knee = along (p->hip, thigh, 0.245 * H);
      p->ankle = along (p->knee, shank, 0.246 * H);
      p->foot_angle = shank + G_PI / 2 + rad (limb->ankle);
      p->shoulder = body->shoulder;
      p->elbow = along (p->shoulder, arm, 0.186 * H);
      p->wrist = along (p->elbow, forearm, 0.146 * H);
      p->hand = along (p->wrist, forearm + rad (limb->wrist), 0.075 * H);
      p->thigh_visible = 1;
      p->shank_visible = 1;
    }
}

static double
visible (double angle_degrees)
{
  return MAX (fabs (cos (rad (angle_degrees))), 0.25);
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
  body->hip = (ClipVec) { 0, 0 };
  body->waist = rotate ((ClipVec) { 0, 0.100 * H }, turn);
  body->shoulder = rotate ((ClipVec) { 0, (0.100 + 0.188 * trunk) * H }, turn);
  body->neck = rotate ((ClipVec) { 0, (0.130 + 0.188 * trunk) * H }, turn);
  body->head = rotate ((ClipVec) { 0, (0.215 + 0.188 * trunk) * H }, turn);
  body->head_angle = axis;

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
      knee = along (hip, leg, 0.245 * H * p->thigh_visible);
      ankle = along (knee, leg, 0.246 * H * p->shank_visible);
      elbow = along (shoulder, arm, 0.186 * H * visible (limb->shoulder));
      wrist = along (elbow, arm, 0.146 * H * visible (limb->shoulder + limb->elbow));
      hand = along (wrist, arm, 0.075 * H * visible (limb->shoulder + limb->elbow));

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
  ClipVec *points[] = { &body->hip, &body->waist, &body->shoulder, &body->neck, &body->head };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      points[i]->x += dx;
      points[i]->y += dy;
    }
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      ClipLimbPoints *p = &body->side[s];
      ClipVec *limb[] = { &p->hip, &p->knee, &p->ankle, &p->shoulder, &p->elbow, &p->wrist, &p->hand };

      for (guint i = 0; i < G_N_ELEMENTS (limb); i++)
        {
          limb[i]->x += dx;
          limb[i]->y += dy;
        }
    }
}

void
clip_body_foot_outline (const ClipBody *body,
                        ClipSide        side,
                        ClipVec         outline[8])
{
  /* Heel, sole and toes around the ankle, in the foot's own frame (×H). */
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

static double
capsule_lowest (ClipVec a,
                double  ra,
                ClipVec b,
                double  rb)
{
  return MIN (a.y - ra, b.y - rb);
}

/* The lowest point of the body's outline: what rests on the floor. Radii match the drawing. */
double
clip_body_lowest (const ClipBody *body)
{
  double lowest = body->head.y - 0.060 * H;

  lowest = MIN (lowest, capsule_lowest (body->hip, 0.062 * H, body->waist, 0.060 * H));
  lowest = MIN (lowest, capsule_lowest (body->waist, 0.058 * H, body->shoulder, 0.060 * H));
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

void
clip_body_from_pose (const ClipMotion *motion,
                     const ClipPose   *pose,
                     ClipBody         *body)
{
  ClipVec anchor;

  body->view = motion->view;
  body->chest = 1 + 0.08 * pose->breath;
  if (motion->view == CLIP_VIEW_SIDE)
    side_view (pose, body);
  else
    front_view (pose, body);

  anchor = clip_body_point (body, motion->anchor);
  clip_body_translate (body, pose->root_x - anchor.x, pose->root_y - anchor.y);
  if (motion->grounded)
    clip_body_translate (body, 0, -clip_body_lowest (body));
}

/* docs/clips.md: ΔL ≈ r_hip · θ_hip − r_knee · θ_knee, with r_hip 0.065 m and r_knee 0.030 m. */
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
