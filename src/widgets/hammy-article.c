/* hammy-article.c: builds the readable text of the exercise detail and the card view:
 * headings, paragraphs, numbered steps and bullet lists that wrap and can be selected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-article.h"
#include "hammy-references.h"

void
hammy_article_clear (GtkBox *article)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (article))) != NULL)
    gtk_box_remove (article, child);
}

static GtkWidget *
new_text_label_with_role (const char        *text,
                          GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role", role, NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  /* Selectable text takes focus, which a keyboard user then has to tab through; plain
   * labels are read by screen readers as the text they are. */
  return label;
}

static GtkWidget *
new_text_label (const char *text)
{
  return new_text_label_with_role (text, GTK_ACCESSIBLE_ROLE_LABEL);
}

GtkWidget *
hammy_article_add_heading (GtkBox     *article,
                           const char *text)
{
  GtkWidget *label = new_text_label_with_role (text, GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (article, label);

  return label;
}

GtkWidget *
hammy_article_add_paragraph (GtkBox     *article,
                             const char *text)
{
  GtkWidget *label = new_text_label (text);

  gtk_box_append (article, label);
  return label;
}

void
hammy_article_add_list (GtkBox             *article,
                        const char * const *items,
                        gboolean            numbered)
{
  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      g_autofree char *marker = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *marker_label = gtk_label_new (marker);
      GtkWidget *text = new_text_label (items[i]);

      gtk_label_set_xalign (GTK_LABEL (marker_label), 1.0);
      gtk_label_set_yalign (GTK_LABEL (marker_label), 0.0);
      gtk_widget_set_size_request (marker_label, 20, -1);
      gtk_widget_add_css_class (marker_label, numbered ? "numeric" : "dim-label");
      gtk_widget_set_valign (marker_label, GTK_ALIGN_START);
      gtk_widget_set_hexpand (text, TRUE);

      gtk_box_append (GTK_BOX (row), marker_label);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (article, row);
    }
}

/* A heading and its items; nothing at all when there are no items, so empty sections
 * never show. Returns the heading, or NULL. */
GtkWidget *
hammy_article_add_section (GtkBox             *article,
                           const char         *heading,
                           const char * const *items,
                           gboolean            numbered)
{
  GtkWidget *label;

  if (items == NULL || items[0] == NULL)
    return NULL;

  label = hammy_article_add_heading (article, heading);
  hammy_article_add_list (article, items, numbered);

  return label;
}

/* “Learn More”: the studies, formatted as clinicians read them, quietly at the end. */
void
hammy_article_add_references (GtkBox             *article,
                              const char * const *reference_ids)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; reference_ids[i] != NULL; i++)
    {
      const HammyReference *reference = hammy_references_lookup (reference_ids[i]);

      if (reference != NULL)
        g_ptr_array_add (lines, hammy_reference_format (reference));
    }
  g_ptr_array_add (lines, NULL);

  if (hammy_article_add_section (article, _("Learn More"), (const char * const *) lines->pdata, FALSE) == NULL)
    return;

  for (GtkWidget *row = gtk_widget_get_last_child (GTK_WIDGET (article));
       row != NULL && GTK_IS_BOX (row);
       row = gtk_widget_get_prev_sibling (row))
    gtk_widget_add_css_class (row, "caption");
}
