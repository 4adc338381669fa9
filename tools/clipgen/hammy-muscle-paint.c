/* hammy-muscle-paint.c: fills a muscle's outline with its state's colour, texture and edge.
 * Shared by clipgen, which paints the figure, and the player, which paints its legend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "hammy-muscle-paint.h"

/* In device pixels: wide enough apart to survive the clip's compression and a legend swatch. */
#define STRIPE_SPACING 5.0
#define STRIPE_WIDTH 1.6
#define DOT_SPACING 5.0
#define DOT_RADIUS 1.2
#define RELAXED_EDGE 1.3
#define PI 3.14159265358979323846
#define WORKING_EDGE 2.4

/* Dark ink on a light colour, light ink on a dark one. */
static int
is_dark (const HammyMuscleStateInfo *info)
{
  return 0.2126 * info->red + 0.7152 * info->green + 0.0722 * info->blue < 0.35;
}

static void
paint_texture (cairo_t                    *cr,
               const HammyMuscleStateInfo *info,
               double                      ax,
               double                      ay,
               double                      pixel)
{
  double x0, y0, x1, y1, cx, cy, reach;
  /* Across the muscle: the along vector turned a quarter. */
  double bx = -ay, by = ax;

  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  cx = (x0 + x1) / 2;
  cy = (y0 + y1) / 2;
  reach = hypot (x1 - x0, y1 - y0) / 2 + STRIPE_SPACING * pixel;

  if (is_dark (info))
    cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  else
    cairo_set_source_rgba (cr, 0.12, 0.11, 0.10, 0.45);

  switch (info->pattern)
    {
    case HAMMY_MUSCLE_PATTERN_ACROSS:
    case HAMMY_MUSCLE_PATTERN_ALONG:
      {
        /* Lines run along `d` and are spaced along `s`. */
        double dx = info->pattern == HAMMY_MUSCLE_PATTERN_ACROSS ? bx : ax;
        double dy = info->pattern == HAMMY_MUSCLE_PATTERN_ACROSS ? by : ay;
        double sx = info->pattern == HAMMY_MUSCLE_PATTERN_ACROSS ? ax : bx;
        double sy = info->pattern == HAMMY_MUSCLE_PATTERN_ACROSS ? ay : by;
        double step = STRIPE_SPACING * pixel;

        for (double k = -reach; k <= reach; k += step)
          {
            cairo_move_to (cr, cx + sx * k - dx * reach, cy + sy * k - dy * reach);
            cairo_line_to (cr, cx + sx * k + dx * reach, cy + sy * k + dy * reach);
          }
        cairo_set_line_width (cr, STRIPE_WIDTH * pixel);
        cairo_stroke (cr);
      }
      break;
    case HAMMY_MUSCLE_PATTERN_DOTS:
      {
        double step = DOT_SPACING * pixel;
        int row = 0;

        for (double j = -reach; j <= reach; j += step, row++)
          for (double i = -reach + (row % 2) * step / 2; i <= reach; i += step)
            {
              double px = cx + ax * i + bx * j, py = cy + ay * i + by * j;

              cairo_new_sub_path (cr);
              cairo_arc (cr, px, py, DOT_RADIUS * pixel, 0, 2 * PI);
            }
        cairo_fill (cr);
      }
      break;
    case HAMMY_MUSCLE_PATTERN_NONE:
    default:
      break;
    }
}

void
hammy_muscle_paint (cairo_t          *cr,
                    HammyMuscleState  state,
                    double            along_x,
                    double            along_y,
                    double            pixel)
{
  const HammyMuscleStateInfo *info = &hammy_muscle_states[state];
  cairo_path_t *outline = cairo_copy_path (cr);
  int working = state != HAMMY_MUSCLE_RELAXED;

  cairo_save (cr);
  cairo_set_source_rgb (cr, info->red, info->green, info->blue);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  paint_texture (cr, info, along_x, along_y, pixel);
  cairo_restore (cr);

  cairo_new_path (cr);
  cairo_append_path (cr, outline);
  cairo_path_destroy (outline);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, 0.10, 0.09, 0.08, working ? 0.95 : 0.7);
  cairo_set_line_width (cr, (working ? WORKING_EDGE : RELAXED_EDGE) * pixel);
  cairo_stroke (cr);
}
