/* hammy-article.h: builds the readable text of the exercise detail and the card view:
 * headings, paragraphs, numbered steps and bullet lists that wrap and can be selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       hammy_article_clear          (GtkBox             *article);
GtkWidget *hammy_article_add_heading    (GtkBox             *article,
                                         const char         *text);
GtkWidget *hammy_article_add_paragraph  (GtkBox             *article,
                                         const char         *text);
void       hammy_article_add_list       (GtkBox             *article,
                                         const char * const *items,
                                         gboolean            numbered);
GtkWidget *hammy_article_add_section    (GtkBox             *article,
                                         const char         *heading,
                                         const char * const *items,
                                         gboolean            numbered);
void       hammy_article_add_references (GtkBox             *article,
                                         const char * const *reference_ids);

G_END_DECLS
