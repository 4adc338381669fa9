/* clipgen-figure.h: where the figure's body is for a pose, and how long its muscles are.
 * Proportions and the muscle length model follow docs/clips.md (standing height 1.75 m).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-script.h"

G_BEGIN_DECLS

#define CLIP_FIGURE_HEIGHT 1.75

typedef struct
{
  double x;
  double y;
} ClipVec;

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
  ClipVec        hip;      /* between the hip joints */
  ClipVec        waist;
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

void    clip_body_from_pose     (const ClipMotion *motion,
                                 const ClipPose   *pose,
                                 ClipBody         *body);
ClipVec clip_body_point         (const ClipBody   *body,
                                 ClipPoint         point);
void    clip_body_foot_outline  (const ClipBody   *body,
                                 ClipSide          side,
                                 ClipVec           outline[8]);
double  clip_body_lowest        (const ClipBody   *body);
void    clip_body_translate     (ClipBody         *body,
                                 double            dx,
                                 double            dy);

double  clip_hamstring_length   (const ClipLimbPose *limb);
double  clip_quadriceps_length  (const ClipLimbPose *limb);

G_END_DECLS
