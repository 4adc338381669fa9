/* clipgen-figure.h: where the figure's body is for a pose, the shapes its parts rest with, the
 * limbs bent to reach a point, and how long its muscles are.
 * Proportions and the muscle length model follow docs/clips.md (standing height 1.75 m).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-script.h"

G_BEGIN_DECLS

#define CLIP_FIGURE_HEIGHT 1.75
/* Hip, waist, three points up the back, and the shoulders: the spine bends at each. */
#define CLIP_SPINE_POINTS 6
/* The most discs a body part is made of, for contacts. */
#define CLIP_MAX_DISCS 16

typedef struct
{
  double x;
  double y;
} ClipVec;

/* A circle of the body's outline; a part is the union of a few. */
typedef struct
{
  ClipVec c;
  double  r;
} ClipDisc;

typedef struct
{
  ClipVec hip;
  ClipVec knee;
  ClipVec ankle;
  ClipVec shoulder;
  ClipVec elbow;
  ClipVec wrist;
  ClipVec hand;
  double  foot_angle;  /* world direction of the foot, heel to toe, radians */
  /* Front view: how much of each segment faces the camera, 0–1. */
  double  thigh_visible;
  double  shank_visible;
} ClipLimbPoints;

typedef struct
{
  ClipView       view;
  double         axis;     /* world direction of the pelvis, hip to waist, radians */
  double         thorax;   /* world direction of the chest, waist to shoulders, radians */
  ClipVec        origin;   /* where the hip joints are in the world */
  ClipVec        hip;      /* between the hip joints */
  ClipVec        waist;
  ClipVec        spine[CLIP_SPINE_POINTS];
  ClipVec        shoulder; /* between the shoulder joints */
  ClipVec        neck;
  ClipVec        head;
  double         head_angle;
  double         chest;    /* 1 at rest, a little more on a full breath in */
  ClipLimbPoints side[CLIP_N_SIDES];
} ClipBody;

/* A tapered capsule: the shape every limb and the trunk is drawn with. */
typedef struct
{
  ClipVec a;
  ClipVec b;
  double  ra;
  double  rb;
} ClipCapsule;

void     clip_body_build         (ClipView          view,
                                  const ClipPose   *pose,
                                  ClipVec           origin,
                                  ClipBody         *body);
void     clip_body_from_pose     (const ClipMotion *motion,
                                  const ClipPose   *pose,
                                  ClipBody         *body);
ClipVec  clip_body_point         (const ClipBody   *body,
                                  ClipPoint         point);
void     clip_body_foot_outline  (const ClipBody   *body,
                                  ClipSide          side,
                                  ClipVec           outline[8]);
double   clip_body_lowest        (const ClipBody   *body);
void     clip_body_translate     (ClipBody         *body,
                                  double            dx,
                                  double            dy);
int      clip_body_part_discs    (const ClipBody   *body,
                                  ClipPartKind      part,
                                  ClipSide          side,
                                  ClipDisc         *discs);

/* Bends the leg (hip, knee) so that its ankle reaches `ankle`, with the foot at `foot_angle`
 * in the world (side view) or hanging below it (front view); the arm (shoulder, elbow) so that
 * its wrist reaches `wrist`, keeping the hand's direction. The pose and the body are updated;
 * FALSE when the point is out of reach (the limb then points at it, stretched). */
gboolean clip_body_reach_leg     (ClipBody         *body,
                                  ClipPose         *pose,
                                  ClipSide          side,
                                  ClipVec           ankle,
                                  double            foot_angle);
gboolean clip_body_reach_arm     (ClipBody         *body,
                                  ClipPose         *pose,
                                  ClipSide          side,
                                  ClipVec           wrist);
/* The foot's world direction that lays the sole flat against a surface with normal n. */
double   clip_body_sole_angle    (ClipVec           normal);

double   clip_muscle_length      (HammyMuscle         muscle,
                                  const ClipLimbPose *limb);
double   clip_hamstring_length   (const ClipLimbPose *limb);
double   clip_quadriceps_length  (const ClipLimbPose *limb);

G_END_DECLS
