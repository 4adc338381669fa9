/* hammy-frequency.c: how often an exercise is done (docs/programme.md, "Schedule").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-frequency.h"
#include "hammy-vocabulary.h"

/* Days between two of its occurrences, and the most days in any seven, by frequency. */
static const struct
{
  guint min_gap;
  guint per_week;
} spacing[HAMMY_N_FREQUENCIES] = {
  [HAMMY_FREQUENCY_TWICE_A_DAY] = { 1, 7 },
  [HAMMY_FREQUENCY_DAILY] = { 1, 7 },
  [HAMMY_FREQUENCY_EVERY_OTHER_DAY] = { 2, 4 },
  [HAMMY_FREQUENCY_EVERY_THIRD_DAY] = { 3, 3 },
  [HAMMY_FREQUENCY_THREE_A_WEEK] = { 2, 3 },
  [HAMMY_FREQUENCY_TWICE_A_WEEK] = { 3, 2 },
  [HAMMY_FREQUENCY_ONCE_A_WEEK] = { 7, 1 },
  [HAMMY_FREQUENCY_WITH_SESSION] = { 1, 7 },
  [HAMMY_FREQUENCY_BEFORE_RUNS] = { 1, 7 },
};

gboolean
hammy_frequency_from_id (const char     *id,
                         HammyFrequency *frequency)
{
  int index = hammy_vocabulary_get_index (HAMMY_VOCABULARY_FREQUENCY, id);

  if (index < 0)
    return FALSE;
  if (frequency != NULL)
    *frequency = index;
  return TRUE;
}

const char *
hammy_frequency_to_id (HammyFrequency frequency)
{
  g_return_val_if_fail (frequency < HAMMY_N_FREQUENCIES, NULL);
  return hammy_vocabulary_get_id (HAMMY_VOCABULARY_FREQUENCY, frequency);
}

/* Days on the calendar, rather than following strength work or a run. */
gboolean
hammy_frequency_is_calendar (HammyFrequency frequency)
{
  return frequency <= HAMMY_FREQUENCY_ONCE_A_WEEK;
}

guint
hammy_frequency_get_min_gap (HammyFrequency frequency)
{
  g_return_val_if_fail (frequency < HAMMY_N_FREQUENCIES, 1);
  return spacing[frequency].min_gap;
}

guint
hammy_frequency_get_per_week (HammyFrequency frequency)
{
  g_return_val_if_fail (frequency < HAMMY_N_FREQUENCIES, 7);
  return spacing[frequency].per_week;
}

/* How often, as words inside a sentence (“3 sets of 12, twice a day”); NULL for an unknown id. */
const char *
hammy_frequency_get_phrase (const char *id)
{
  HammyFrequency frequency;

  if (!hammy_frequency_from_id (id, &frequency))
    return NULL;

  switch (frequency)
    {
    case HAMMY_FREQUENCY_TWICE_A_DAY:
      return C_("how often, inside a sentence", "twice a day");
    case HAMMY_FREQUENCY_DAILY:
      return C_("how often, inside a sentence", "every day");
    case HAMMY_FREQUENCY_EVERY_OTHER_DAY:
      return C_("how often, inside a sentence", "every other day");
    case HAMMY_FREQUENCY_EVERY_THIRD_DAY:
      return C_("how often, inside a sentence", "every third day");
    case HAMMY_FREQUENCY_THREE_A_WEEK:
      return C_("how often, inside a sentence", "three times a week");
    case HAMMY_FREQUENCY_TWICE_A_WEEK:
      return C_("how often, inside a sentence", "twice a week");
    case HAMMY_FREQUENCY_ONCE_A_WEEK:
      return C_("how often, inside a sentence", "once a week");
    case HAMMY_FREQUENCY_WITH_SESSION:
      return C_("how often, inside a sentence", "before strength work");
    case HAMMY_FREQUENCY_BEFORE_RUNS:
      return C_("how often, inside a sentence", "before each run");
    case HAMMY_N_FREQUENCIES:
    default:
      return NULL;
    }
}
