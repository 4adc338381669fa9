/* test-muscle-colours.c: the muscle states' colours stay apart for people with the common
 * colour-vision deficiencies and on a greyscale print, and a working muscle has a second cue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <math.h>

#include "hammy-muscle-states.h"

/* CIEDE2000 between any two states, for normal vision and each simulated deficiency. */
#define MIN_DIFFERENCE 20.0
/* CIE L* between any two states: told apart in greyscale by lightness alone. */
#define MIN_LIGHTNESS 15.0

typedef struct
{
  double l;
  double a;
  double b;
} Lab;

/* Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB. */
static const double protanopia[3][3] = {
  { 0.152286, 1.052583, -0.204868 },
  { 0.114503, 0.786281, 0.099216 },
  { -0.003882, -0.048116, 1.051998 },
};
static const double deuteranopia[3][3] = {
  { 0.367322, 0.860646, -0.227968 },
  { 0.280085, 0.672501, 0.047413 },
  { -0.011820, 0.042940, 0.968881 },
};
static const double tritanopia[3][3] = {
  { 1.255528, -0.076749, -0.178779 },
  { -0.078411, 0.930809, 0.147602 },
  { 0.004733, 0.691367, 0.303900 },
};

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16) / 116;
}

static Lab
to_lab (const HammyMuscleStateInfo *info,
        const double              (*matrix)[3])
{
  double rgb[3] = { to_linear (info->red), to_linear (info->green), to_linear (info->blue) };
  double sim[3];
  double x, y, z;

  for (int i = 0; i < 3; i++)
    {
      if (matrix != NULL)
        sim[i] = matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2];
      else
        sim[i] = rgb[i];
      sim[i] = CLAMP (sim[i], 0, 1);
    }
  x = (0.4124 * sim[0] + 0.3576 * sim[1] + 0.1805 * sim[2]) / 0.95047;
  y = 0.2126 * sim[0] + 0.7152 * sim[1] + 0.0722 * sim[2];
  z = (0.0193 * sim[0] + 0.1192 * sim[1] + 0.9505 * sim[2]) / 1.08883;
  return (Lab) { 116 * lab_f (y) - 16, 500 * (lab_f (x) - lab_f (y)),
                 200 * (lab_f (y) - lab_f (z)) };
}

static double
degrees (double radians)
{
  return radians * 180 / G_PI;
}

static double
radians (double degrees)
{
  return degrees * G_PI / 180;
}

/* Sharma, Wu and Dalal's formulation of CIEDE2000. */
static double
ciede2000 (Lab p,
           Lab q)
{
  double c1 = hypot (p.a, p.b), c2 = hypot (q.a, q.b), cbar = (c1 + c2) / 2;
  double g = 0.5 * (1 - sqrt (pow (cbar, 7) / (pow (cbar, 7) + pow (25, 7))));
  double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
  double c1p = hypot (a1, p.b), c2p = hypot (a2, q.b);
  double h1 = fmod (degrees (atan2 (p.b, a1)) + 360, 360);
  double h2 = fmod (degrees (atan2 (q.b, a2)) + 360, 360);
  double dl = q.l - p.l, dc = c2p - c1p, dh = 0, hbar;
  double lbar = (p.l + q.l) / 2, cbarp = (c1p + c2p) / 2;
  double t, dtheta, rc, sl, sc, sh, rt;

  if (c1p * c2p != 0)
    {
      dh = h2 - h1;
      if (dh > 180)
        dh -= 360;
      else if (dh < -180)
        dh += 360;
    }
  dh = 2 * sqrt (c1p * c2p) * sin (radians (dh) / 2);

  if (c1p * c2p == 0)
    hbar = h1 + h2;
  else if (fabs (h1 - h2) <= 180)
    hbar = (h1 + h2) / 2;
  else
    hbar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;

  t = 1 - 0.17 * cos (radians (hbar - 30)) + 0.24 * cos (radians (2 * hbar)) +
      0.32 * cos (radians (3 * hbar + 6)) - 0.20 * cos (radians (4 * hbar - 63));
  dtheta = 30 * exp (-pow ((hbar - 275) / 25, 2));
  rc = 2 * sqrt (pow (cbarp, 7) / (pow (cbarp, 7) + pow (25, 7)));
  sl = 1 + 0.015 * pow (lbar - 50, 2) / sqrt (20 + pow (lbar - 50, 2));
  sc = 1 + 0.045 * cbarp;
  sh = 1 + 0.015 * cbarp * t;
  rt = -sin (radians (2 * dtheta)) * rc;

  return sqrt (pow (dl / sl, 2) + pow (dc / sc, 2) + pow (dh / sh, 2) + rt * (dc / sc) * (dh / sh));
}

/* A pair known to be told apart must measure as apart, and the same colour as the same: the
 * formula is not fooling the other cases. Values from Sharma et al.'s test data, pair 1. */
static void
test_formula (void)
{
  Lab p = { 50.0, 2.6772, -79.7751 };
  Lab q = { 50.0, 0.0, -82.7485 };

  g_assert_cmpfloat_with_epsilon (ciede2000 (p, q), 2.0425, 1e-3);
  g_assert_cmpfloat_with_epsilon (ciede2000 (p, p), 0, 1e-9);
}

static void
check_apart (const double (*matrix)[3],
             const char   *who)
{
  for (int i = 0; i < HAMMY_N_MUSCLE_STATES; i++)
    for (int j = i + 1; j < HAMMY_N_MUSCLE_STATES; j++)
      {
        double difference = ciede2000 (to_lab (&hammy_muscle_states[i], matrix),
                                       to_lab (&hammy_muscle_states[j], matrix));

        if (difference < MIN_DIFFERENCE)
          g_error ("\"%s\" and \"%s\" are only %.1f apart for %s", hammy_muscle_states[i].label,
                   hammy_muscle_states[j].label, difference, who);
      }
}

static void
test_normal_vision (void)
{
  check_apart (NULL, "normal colour vision");
}

static void
test_protanopia (void)
{
  check_apart (protanopia, "protanopia");
}

static void
test_deuteranopia (void)
{
  check_apart (deuteranopia, "deuteranopia");
}

static void
test_tritanopia (void)
{
  check_apart (tritanopia, "tritanopia");
}

static void
test_greyscale (void)
{
  for (int i = 0; i < HAMMY_N_MUSCLE_STATES; i++)
    for (int j = i + 1; j < HAMMY_N_MUSCLE_STATES; j++)
      {
        double difference = fabs (to_lab (&hammy_muscle_states[i], NULL).l -
                                  to_lab (&hammy_muscle_states[j], NULL).l);

        if (difference < MIN_LIGHTNESS)
          g_error ("\"%s\" and \"%s\" are only %.1f apart in lightness",
                   hammy_muscle_states[i].label, hammy_muscle_states[j].label, difference);
      }
}

/* Where colour alone would carry the meaning, a texture does too: every working state has one,
 * each its own, and relaxed has none. */
static void
test_second_cue (void)
{
  for (int i = 0; i < HAMMY_N_MUSCLE_STATES; i++)
    {
      const HammyMuscleStateInfo *info = &hammy_muscle_states[i];

      g_assert_cmpint (info->state, ==, i);
      if (info->state == HAMMY_MUSCLE_RELAXED)
        g_assert_cmpint (info->pattern, ==, HAMMY_MUSCLE_PATTERN_NONE);
      else
        g_assert_cmpint (info->pattern, !=, HAMMY_MUSCLE_PATTERN_NONE);
      for (int j = i + 1; j < HAMMY_N_MUSCLE_STATES; j++)
        g_assert_cmpint (info->pattern, !=, hammy_muscle_states[j].pattern);
    }
}

/* Every band the legend can show says which muscle it is. */
static void
test_legend_names_the_muscle (void)
{
  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    {
      g_assert_cmpint (hammy_muscles[m].muscle, ==, m);
      for (int s = 0; s < HAMMY_N_MUSCLE_STATES; s++)
        g_assert_true (g_str_has_prefix (hammy_muscles[m].legend[s], hammy_muscles[m].name));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/muscle-colours/formula", test_formula);
  g_test_add_func ("/muscle-colours/normal-vision", test_normal_vision);
  g_test_add_func ("/muscle-colours/protanopia", test_protanopia);
  g_test_add_func ("/muscle-colours/deuteranopia", test_deuteranopia);
  g_test_add_func ("/muscle-colours/tritanopia", test_tritanopia);
  g_test_add_func ("/muscle-colours/greyscale", test_greyscale);
  g_test_add_func ("/muscle-colours/second-cue", test_second_cue);
  g_test_add_func ("/muscle-colours/legend-names-the-muscle", test_legend_names_the_muscle);

  return g_test_run ();
}
