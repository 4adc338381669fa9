/* hammy-references.h: the published studies Hammy's advice rests on, cited in About and on cards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *id;       /* stable key, e.g. "askling-2013", used by content to cite */
  const char *authors;
  guint       year;
  const char *title;
  const char *source;   /* journal, volume and pages */
} HammyReference;

guint                 hammy_references_get_n_items  (void);
const HammyReference *hammy_references_get_item     (guint       index);
const HammyReference *hammy_references_lookup       (const char *id);
char                 *hammy_reference_format        (const HammyReference *reference);
char                 *hammy_references_format_all   (void);

G_END_DECLS
