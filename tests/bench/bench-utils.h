/* bench-utils.h: what the benchmarks share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gint64  bench_time_to_first_frame  (const char          *program,
                                    const char * const  *environment,
                                    GError             **error);
gint64  bench_time_to_first_frame_full (const char      *program,
                                    const char * const  *environment,
                                    gint64              *cpu_us,
                                    GError             **error);
gint64  bench_resident_kb_after    (const char          *program,
                                    const char * const  *environment,
                                    guint                seconds,
                                    GError             **error);
double  bench_median_ms            (GArray              *samples);
double  bench_median               (GArray              *samples);

G_END_DECLS
