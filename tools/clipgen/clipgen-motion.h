/* clipgen-motion.h: a motion script for one demo clip, read and checked.
 * The format is described in data/motions/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-keyframes.h"
#include "clipgen-script.h"

G_BEGIN_DECLS

#define CLIP_MOTION_ERROR (clip_motion_error_quark ())

/* A joint outside its range: which, where, and whether a leg or an arm holds it. */
typedef struct
{
  int         side;      /* a ClipSide, or −1 for the trunk and the neck */
  const char *label;
  double      value;
  double      min;
  double      max;
  gboolean    leg;
  gboolean    arm;
} ClipJointReport;

GQuark           clip_motion_error_quark     (void);
gboolean         clip_motion_fail            (GError          **error,
                                              const char       *format,
                                              ...) G_GNUC_PRINTF (2, 3);

ClipMotion      *clip_motion_load            (const char       *path,
                                              GError          **error);
void             clip_motion_free            (ClipMotion       *motion);
HammyMuscleState clip_motion_annotated_state (const ClipMotion *motion,
                                              double            t,
                                              ClipSide          side,
                                              HammyMuscle       muscle);
HammyMuscleState clip_motion_muscle_state    (const ClipMotion *motion,
                                              double            t,
                                              ClipSide          side,
                                              HammyMuscle       muscle);
const char      *clip_motion_working_side    (const ClipMotion *motion);
gboolean         clip_pose_out_of_range      (const ClipPose   *pose,
                                              ClipJointReport  *report);
double           clip_pose_largest_change    (const ClipPose   *before,
                                              const ClipPose   *after,
                                              ClipSide          side,
                                              gboolean          arm,
                                              const char      **label,
                                              double           *was,
                                              double           *now);
const char      *clip_point_name             (ClipPoint         point);
const char      *clip_prop_name              (ClipPropKind      kind);
char            *clip_part_describe          (ClipPartKind      kind,
                                              ClipSide          side);
gboolean         clip_part_plural            (ClipPartKind      kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClipMotion, clip_motion_free)

G_END_DECLS
