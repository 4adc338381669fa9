/* hammy-exercise-detail.h: one exercise or self-check, as the library shows it: the clip
 * area, the dose at a glance, how to do it, what to feel, and where to go next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-library.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_EXERCISE_DETAIL (hammy_exercise_detail_get_type ())

G_DECLARE_FINAL_TYPE (HammyExerciseDetail, hammy_exercise_detail, HAMMY, EXERCISE_DETAIL, AdwBin)

void           hammy_exercise_detail_set_exercise  (HammyExerciseDetail *self,
                                                    HammyLibrary        *library,
                                                    HammyExercise       *exercise);
HammyExercise *hammy_exercise_detail_get_exercise  (HammyExerciseDetail *self);
void           hammy_exercise_detail_set_context   (HammyExerciseDetail *self,
                                                    HammyContext        *context);
void           hammy_exercise_detail_attach_video  (HammyExerciseDetail *self,
                                                    GFile               *file);

G_END_DECLS
