/* clipgen-motion.h: a motion script for one demo clip, read and checked.
 * The format is described in data/motions/README.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-script.h"

G_BEGIN_DECLS

#define CLIP_MOTION_ERROR (clip_motion_error_quark ())

GQuark      clip_motion_error_quark (void);

ClipMotion *clip_motion_load        (const char *path,
                                     GError    **error);
void        clip_motion_free        (ClipMotion *motion);
int         clip_motion_n_frames    (const ClipMotion *motion);
void        clip_motion_pose_at     (const ClipMotion *motion,
                                     double            t,
                                     ClipPose         *pose);
HammyMuscleState clip_motion_muscle_state (const ClipMotion *motion,
                                      double            t,
                                      ClipSide          side,
                                      gboolean          quadriceps);
const char *clip_point_name         (ClipPoint point);
const char *clip_prop_name          (ClipPropKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClipMotion, clip_motion_free)

G_END_DECLS
