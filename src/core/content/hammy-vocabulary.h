/* hammy-vocabulary.h: the fixed words the content is written in: phases, goals, muscles,
 * equipment, loads, how often an exercise is done and the group it is counted in, each an id
 * for data and a translated name for people.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HAMMY_VOCABULARY_PHASE,
  HAMMY_VOCABULARY_GOAL,
  HAMMY_VOCABULARY_MUSCLE,
  HAMMY_VOCABULARY_EQUIPMENT,
  HAMMY_VOCABULARY_LOAD,
  HAMMY_VOCABULARY_FREQUENCY,
  HAMMY_VOCABULARY_GROUP,
  HAMMY_N_VOCABULARIES
} HammyVocabulary;

gboolean     hammy_vocabulary_contains   (HammyVocabulary  vocabulary,
                                          const char      *id);
const char  *hammy_vocabulary_get_name   (HammyVocabulary  vocabulary,
                                          const char      *id);
int          hammy_vocabulary_get_index  (HammyVocabulary  vocabulary,
                                          const char      *id);
guint        hammy_vocabulary_get_n_ids  (HammyVocabulary  vocabulary);
const char  *hammy_vocabulary_get_id     (HammyVocabulary  vocabulary,
                                          guint            index);

G_END_DECLS
