/* hammy-muscle-states.h: the muscles a demo clip draws, what each can be doing, and how that
 * looks. The one table: clipgen paints with it, the player draws its legend from it.
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

/* The second cue, for anyone who cannot tell the colours apart: a working muscle is drawn
 * with a bold outline and a texture of its own; a relaxed one is plain. */
typedef enum
{
  HAMMY_MUSCLE_PATTERN_NONE,
  HAMMY_MUSCLE_PATTERN_ACROSS,  /* stripes across the muscle */
  HAMMY_MUSCLE_PATTERN_ALONG,   /* stripes along it */
  HAMMY_MUSCLE_PATTERN_DOTS
} HammyMusclePattern;

typedef struct
{
  HammyMuscleState   state;
  /* The word a motion script's load annotation, and a clip's key file, use for it. */
  const char        *annotation;
  /* A label for the legend; wrap it in gettext () where it is shown. */
  const char        *label;
  const char        *hex;
  double             red;
  double             green;
  double             blue;
  HammyMusclePattern pattern;
} HammyMuscleStateInfo;

/* Chosen so that every pair stays at least 20 apart in CIEDE2000 for normal vision and after
 * simulating protanopia, deuteranopia and tritanopia, and at least 15 apart in CIE L* for a
 * greyscale print (L* 92, 72, 25, 51); tests/tools/clipgen/test-muscle-colours.c checks it. */
static const HammyMuscleStateInfo hammy_muscle_states[HAMMY_N_MUSCLE_STATES] = {
  { HAMMY_MUSCLE_RELAXED, "relaxed", N_("Relaxed"), "#E4E8EC",
    0xE4 / 255.0, 0xE8 / 255.0, 0xEC / 255.0, HAMMY_MUSCLE_PATTERN_NONE },
  { HAMMY_MUSCLE_LENGTHENING, "eccentric", N_("Working while lengthening"), "#E0A605",
    0xE0 / 255.0, 0xA6 / 255.0, 0x05 / 255.0, HAMMY_MUSCLE_PATTERN_ACROSS },
  { HAMMY_MUSCLE_SHORTENING, "concentric", N_("Working while shortening"), "#1F3977",
    0x1F / 255.0, 0x39 / 255.0, 0x77 / 255.0, HAMMY_MUSCLE_PATTERN_ALONG },
  { HAMMY_MUSCLE_HOLDING, "isometric", N_("Holding"), "#00849B",
    0x00 / 255.0, 0x84 / 255.0, 0x9B / 255.0, HAMMY_MUSCLE_PATTERN_DOTS },
};

typedef enum
{
  HAMMY_MUSCLE_HAMSTRING,
  HAMMY_MUSCLE_QUADRICEPS,
  HAMMY_MUSCLE_HIP_ABDUCTORS,
  HAMMY_N_MUSCLES
} HammyMuscle;

typedef struct
{
  HammyMuscle muscle;
  /* The word a motion script's "muscles" list, and a clip's key file, use for it. */
  const char *id;
  /* What the legend calls the band, in words a patient reads, and one line per state.
   * Whole sentences rather than pieces, so that every language can order them its own way. */
  const char *name;
  const char *legend[HAMMY_N_MUSCLE_STATES];
} HammyMuscleInfo;

static const HammyMuscleInfo hammy_muscles[HAMMY_N_MUSCLES] = {
  { HAMMY_MUSCLE_HAMSTRING, "hamstring", N_("Hamstring"),
    { N_("Hamstring: relaxed"),
      N_("Hamstring: working while lengthening"),
      N_("Hamstring: working while shortening"),
      N_("Hamstring: holding") } },
  { HAMMY_MUSCLE_QUADRICEPS, "quadriceps", N_("Thigh front (quadriceps)"),
    { N_("Thigh front (quadriceps): relaxed"),
      N_("Thigh front (quadriceps): working while lengthening"),
      N_("Thigh front (quadriceps): working while shortening"),
      N_("Thigh front (quadriceps): holding") } },
  { HAMMY_MUSCLE_HIP_ABDUCTORS, "hip-abductors", N_("Side of the hip (gluteus medius)"),
    { N_("Side of the hip (gluteus medius): relaxed"),
      N_("Side of the hip (gluteus medius): working while lengthening"),
      N_("Side of the hip (gluteus medius): working while shortening"),
      N_("Side of the hip (gluteus medius): holding") } },
};
