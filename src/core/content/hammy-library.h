/* hammy-library.h: the exercises, self-checks and explanation cards, loaded from the content
 * JSON and offered as list models.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-card.h"
#include "hammy-exercise.h"

G_BEGIN_DECLS

#define HAMMY_LIBRARY_ERROR (hammy_library_error_quark ())

typedef enum
{
  HAMMY_LIBRARY_ERROR_INVALID,
} HammyLibraryError;

#define HAMMY_TYPE_LIBRARY (hammy_library_get_type ())

G_DECLARE_FINAL_TYPE (HammyLibrary, hammy_library, HAMMY, LIBRARY, GObject)

GQuark         hammy_library_error_quark                 (void);

HammyLibrary  *hammy_library_new_from_bytes              (GBytes       *exercises,
                                                          GBytes       *cards,
                                                          GBytes       *clips,
                                                          GError      **error);
HammyLibrary  *hammy_library_new_from_resource           (const char   *resource_dir,
                                                          GError      **error);

GListModel    *hammy_library_get_exercises               (HammyLibrary *self);
GListModel    *hammy_library_get_cards                   (HammyLibrary *self);
HammyExercise *hammy_library_lookup_exercise             (HammyLibrary *self,
                                                          const char   *id);
HammyCard     *hammy_library_lookup_card                 (HammyLibrary *self,
                                                          const char   *id);
gboolean       hammy_library_has_clip                    (HammyLibrary *self,
                                                          const char   *id);
GListModel    *hammy_library_list_exercises_using_card   (HammyLibrary *self,
                                                          const char   *card_id);
GPtrArray     *hammy_library_get_problems                (HammyLibrary *self);

G_END_DECLS
