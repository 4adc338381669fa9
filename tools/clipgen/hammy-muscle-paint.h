/* hammy-muscle-paint.h: fills a muscle's outline with its state's colour, texture and edge.
 * Shared by clipgen, which paints the figure, and the player, which paints its legend.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "hammy-muscle-states.h"

/* Paints the current path as a muscle in `state` and clears the path. (along_x, along_y) is
 * a unit vector along the muscle in user space, and `pixel` the size of one device pixel in
 * user units, so that the texture and the edge look the same at any scale. */
void hammy_muscle_paint (cairo_t          *cr,
                         HammyMuscleState  state,
                         double            along_x,
                         double            along_y,
                         double            pixel);
