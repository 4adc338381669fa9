/* clipgen-keyframes.h: the eased pose of a motion's keyframes at a moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-script.h"

G_BEGIN_DECLS

/* The numbers a keyframe gives, in one row: posture, tilt, trunk, neck, breath, root x and y,
 * then eight per side. */
#define CLIP_KEYFRAME_N_VALUES 23

void clip_keyframe_values (const ClipKeyframe *kf,
                           double              values[CLIP_KEYFRAME_N_VALUES]);
int  clip_motion_n_frames (const ClipMotion   *motion);
void clip_motion_pose_at  (const ClipMotion   *motion,
                           double              t,
                           ClipPose           *pose);

G_END_DECLS
