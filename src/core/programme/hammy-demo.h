/* hammy-demo.h: a made-up patient with six weeks of plausible history, for trying Hammy out and
 * for screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-data.h"

G_BEGIN_DECLS

/* How far back a demo patient's history goes. */
#define HAMMY_DEMO_DAYS 42

gboolean hammy_demo_fill (HammyData   *data,
                          const char  *name,
                          GDateTime   *now,
                          GError     **error);

G_END_DECLS
