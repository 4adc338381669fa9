/* clipgen-keyframes.c: the pose a motion's keyframes give at any moment, eased between them,
 * before contacts correct it (clipgen-contact.c) and before muscles are read from it
 * (clipgen-motion.c). It sits below both, so neither needs the other's header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-keyframes.h"

void
clip_keyframe_values (const ClipKeyframe *kf,
                      double              values[CLIP_KEYFRAME_N_VALUES])
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
  g_assert (i == CLIP_KEYFRAME_N_VALUES);
}

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

/* The keyframes' pose at t, eased; where contacts hold, clip_motion_solve () corrects it. */
void
clip_motion_pose_at (const ClipMotion *motion,
                     double            t,
                     ClipPose         *pose)
{
  guint n = motion->keyframes->len;
  guint k = 0;
  const ClipKeyframe *a, *b;
  double va[CLIP_KEYFRAME_N_VALUES], vb[CLIP_KEYFRAME_N_VALUES], out[CLIP_KEYFRAME_N_VALUES];
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
  clip_keyframe_values (a, va);
  clip_keyframe_values (b, vb);

  if (a->ease == CLIP_EASE_SMOOTH)
    {
      /* Catmull–Rom through the neighbours, so a walk does not stop at every keyframe. */
      double vp[CLIP_KEYFRAME_N_VALUES], vn[CLIP_KEYFRAME_N_VALUES];
      guint prev = k > 0 ? k - 1 : (motion->loop ? n - 2 : 0);
      guint next = k + 2 < n ? k + 2 : (motion->loop ? 1 : n - 1);

      clip_keyframe_values (&g_array_index (motion->keyframes, ClipKeyframe, prev), vp);
      clip_keyframe_values (&g_array_index (motion->keyframes, ClipKeyframe, next), vn);
      for (int j = 0; j < CLIP_KEYFRAME_N_VALUES; j++)
        out[j] = 0.5 * ((2 * va[j]) + (-vp[j] + vb[j]) * u +
                        (2 * vp[j] - 5 * va[j] + 4 * vb[j] - vn[j]) * u * u +
                        (-vp[j] + 3 * va[j] - 3 * vb[j] + vn[j]) * u * u * u);
    }
  else
    for (int j = 0; j < CLIP_KEYFRAME_N_VALUES; j++)
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
