/* hammy-muscle-states.h: what a muscle drawn in a demo clip is doing, and its colour.
 * The one table of states; clipgen paints with it and the player draws its legend from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#ifndef N_
#define N_(String) (String)
#endif

typedef enum
{
  HAMMY_MUSCLE_RELAXED,
  HAMMY_MUSCLE_LENGTHENING,
  HAMMY_MUSCLE_SHORTENING,
  HAMMY_MUSCLE_HOLDING,
  HAMMY_N_MUSCLE_STATES
} HammyMuscleState;

typedef struct
{
  HammyMuscleState state;
  /* The word a motion script's load annotation uses for this state. */
  const char      *annotation;
  /* A label for the legend; wrap it in gettext () where it is shown. */
  const char      *label;
  const char      *hex;
  double           red;
  double           green;
  double           blue;
} HammyMuscleStateInfo;

/* Okabe–Ito hues, which stay apart for the common colour-vision deficiencies, chosen
 * with lightness far enough apart (CIE L* 92, 74, 46, 63) to tell even in greyscale.
 * Each reads on the clip's light background and on a dark legend alike. */
static const HammyMuscleStateInfo hammy_muscle_states[HAMMY_N_MUSCLE_STATES] = {
  { HAMMY_MUSCLE_RELAXED, "relaxed", N_("Relaxed"), "#E4E8EC",
    0xE4 / 255.0, 0xE8 / 255.0, 0xEC / 255.0 },
  { HAMMY_MUSCLE_LENGTHENING, "eccentric", N_("Working while lengthening"), "#E69F00",
    0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0 },
  { HAMMY_MUSCLE_SHORTENING, "concentric", N_("Working while shortening"), "#0072B2",
    0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0 },
  { HAMMY_MUSCLE_HOLDING, "isometric", N_("Holding"), "#CC79A7",
    0xCC / 255.0, 0x79 / 255.0, 0xA7 / 255.0 },
};
