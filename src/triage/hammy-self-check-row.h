/* hammy-self-check-row.h: a self-check shown beside its triage question: the clip, its key
 * points and a way to the full instructions in the library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-exercise.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SELF_CHECK_ROW (hammy_self_check_row_get_type ())

G_DECLARE_FINAL_TYPE (HammySelfCheckRow, hammy_self_check_row, HAMMY, SELF_CHECK_ROW, AdwPreferencesRow)

GtkWidget  *hammy_self_check_row_new              (const char        *exercise_id,
                                                   const char        *instructions);
const char *hammy_self_check_row_get_exercise_id  (HammySelfCheckRow *self);
void        hammy_self_check_row_set_exercise     (HammySelfCheckRow *self,
                                                   HammyExercise     *exercise);
gboolean    hammy_self_check_row_has_exercise     (HammySelfCheckRow *self);

G_END_DECLS
