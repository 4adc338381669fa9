/* hammy-pain.h: the traffic light for pain during exercise (docs/content.md, "Pain and effort"):
 * 0–3 fine, 4–5 acceptable if it settles by the next morning, above 5 stop that exercise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HAMMY_PAIN_MAX 10
/* The highest pain that is still acceptable; above it the exercise stops for the day. */
#define HAMMY_PAIN_ACCEPTABLE_MAX 5
#define HAMMY_PAIN_FINE_MAX 3

typedef enum
{
  HAMMY_PAIN_BAND_FINE,
  HAMMY_PAIN_BAND_ACCEPTABLE,
  HAMMY_PAIN_BAND_STOP,
} HammyPainBand;

HammyPainBand  hammy_pain_get_band         (int           pain);
int            hammy_pain_get_cap          (const char   *picture,
                                            const char * const *flags);
const char    *hammy_pain_band_get_title   (HammyPainBand band);
const char    *hammy_pain_band_get_advice  (HammyPainBand band);

G_END_DECLS
