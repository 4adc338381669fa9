/* hammy-frequency.h: how often an exercise is done: the ids of the frequency vocabulary, the days
 * between two times and the most times in seven days, and the words for it inside a sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ids of HAMMY_VOCABULARY_FREQUENCY, in its order: the most often first. */
typedef enum
{
  HAMMY_FREQUENCY_TWICE_A_DAY,
  HAMMY_FREQUENCY_DAILY,
  HAMMY_FREQUENCY_EVERY_OTHER_DAY,
  HAMMY_FREQUENCY_EVERY_THIRD_DAY,
  HAMMY_FREQUENCY_THREE_A_WEEK,
  HAMMY_FREQUENCY_TWICE_A_WEEK,
  HAMMY_FREQUENCY_ONCE_A_WEEK,
  HAMMY_FREQUENCY_WITH_SESSION,   /* the warm-up before strength or heavy lengthening work */
  HAMMY_FREQUENCY_BEFORE_RUNS,    /* the routine before a run, on the days the plan offers one */
  HAMMY_N_FREQUENCIES
} HammyFrequency;

gboolean    hammy_frequency_from_id      (const char     *id,
                                          HammyFrequency *frequency);
const char *hammy_frequency_to_id        (HammyFrequency  frequency);
gboolean    hammy_frequency_is_calendar  (HammyFrequency  frequency);
guint       hammy_frequency_get_min_gap  (HammyFrequency  frequency);
guint       hammy_frequency_get_per_week (HammyFrequency  frequency);
const char *hammy_frequency_get_phrase   (const char     *id);

G_END_DECLS
