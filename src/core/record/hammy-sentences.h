/* hammy-sentences.h: plain-language summaries built a sentence at a time, as History and the
 * visit summary write them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void hammy_sentences_append         (GString    *text,
                                     const char *sentence);
void hammy_sentences_append_printf  (GString    *text,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
