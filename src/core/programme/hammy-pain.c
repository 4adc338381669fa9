/* hammy-pain.c: the pain traffic light and what each colour means for the set just done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-pain.h"

HammyPainBand
hammy_pain_get_band (int pain)
{
  g_return_val_if_fail (pain >= 0 && pain <= HAMMY_PAIN_MAX, HAMMY_PAIN_BAND_STOP);

  if (pain <= HAMMY_PAIN_FINE_MAX)
    return HAMMY_PAIN_BAND_FINE;
  if (pain <= HAMMY_PAIN_ACCEPTABLE_MAX)
    return HAMMY_PAIN_BAND_ACCEPTABLE;
  return HAMMY_PAIN_BAND_STOP;
}

const char *
hammy_pain_band_get_title (HammyPainBand band)
{
  switch (band)
    {
    case HAMMY_PAIN_BAND_FINE:
      return _("Fine");
    case HAMMY_PAIN_BAND_ACCEPTABLE:
      return _("Acceptable");
    case HAMMY_PAIN_BAND_STOP:
      return _("Too much");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hammy_pain_band_get_advice (HammyPainBand band)
{
  switch (band)
    {
    case HAMMY_PAIN_BAND_FINE:
      return _("Fine: carry on as planned.");
    case HAMMY_PAIN_BAND_ACCEPTABLE:
      return _("Acceptable, as long as it has settled by tomorrow morning.");
    case HAMMY_PAIN_BAND_STOP:
      return _("Too much: this exercise stops for today.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The most an exercise, or a run, may hurt for this picture (docs/programme.md, "Words"): a
 * strain 4, the sit-bone tendon 3, a sensitive nerve 2, anything else 5. Where two apply, the
 * lower one does. */
int
hammy_pain_get_cap (const char         *picture,
                    const char * const *flags)
{
  int cap = HAMMY_PAIN_ACCEPTABLE_MAX;

  if (g_strcmp0 (picture, "acute_strain") == 0)
    cap = MIN (cap, 4);
  if (g_strcmp0 (picture, "proximal_tendinopathy") == 0)
    cap = MIN (cap, 3);
  if (g_strcmp0 (picture, "neural_tension") == 0 ||
      (flags != NULL && g_strv_contains (flags, "neural_caution")))
    cap = MIN (cap, 2);

  return cap;
}
