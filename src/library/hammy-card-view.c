/* hammy-card-view.c: an explanation card, readable on its own: the idea, what it means for
 * you, the exercises that use it and the studies behind it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-article.h"
#include "hammy-card-view.h"
#include "hammy-clip-view.h"
#include "hammy-library-links.h"

struct _HammyCardView
{
  AdwBin             parent_instance;

  HammyCard         *card;

  /* template children (not the direct child: AdwBin unparents that itself) */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkWidget         *figure_area;
  GtkBox            *article;

  GtkWidget         *clip_view;     /* made with the first card that has a figure */
};

G_DEFINE_FINAL_TYPE (HammyCardView, hammy_card_view, ADW_TYPE_BIN)

static void
rebuild (HammyCardView *self,
         HammyLibrary  *library)
{
  HammyCard *card = self->card;
  const char * const *explanation = hammy_card_get_explanation (card);
  g_autoptr(GListModel) users = hammy_library_list_exercises_using_card (library, hammy_card_get_id (card));
  GtkWidget *links;

  gtk_label_set_label (self->title_label, hammy_card_get_title (card));
  gtk_label_set_label (self->summary_label, hammy_card_get_summary (card));
  gtk_widget_set_visible (self->figure_area, hammy_card_get_figure (card) != NULL);
  if (hammy_card_get_figure (card) != NULL)
    {
      /* The card's figure is the clip of the exercise that shows its point best. */
      if (self->clip_view == NULL)
        {
          self->clip_view = hammy_clip_view_new ();
          gtk_box_append (GTK_BOX (self->figure_area), self->clip_view);
        }
      hammy_clip_view_set_clip_id (HAMMY_CLIP_VIEW (self->clip_view), hammy_card_get_figure (card));
    }

  hammy_article_clear (self->article);
  for (guint i = 0; explanation[i] != NULL; i++)
    hammy_article_add_paragraph (self->article, explanation[i]);
  hammy_article_add_section (self->article, _("What This Means for You"),
                             hammy_card_get_for_you (card), FALSE);

  links = hammy_library_links_new_for_exercises (users);
  if (links != NULL)
    {
      hammy_article_add_heading (self->article, _("Exercises That Use It"));
      gtk_box_append (self->article, links);
    }

  hammy_article_add_references (self->article, hammy_card_get_references (card));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)))), 0);
}

static void
hammy_card_view_dispose (GObject *object)
{
  HammyCardView *self = HAMMY_CARD_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_CARD_VIEW);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (hammy_card_view_parent_class)->dispose (object);
}

static void
hammy_card_view_class_init (HammyCardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_card_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/library/hammy-card-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyCardView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HammyCardView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HammyCardView, figure_area);
  gtk_widget_class_bind_template_child (widget_class, HammyCardView, article);
}

static void
hammy_card_view_init (HammyCardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hammy_card_view_set_card (HammyCardView *self,
                          HammyLibrary  *library,
                          HammyCard     *card)
{
  g_return_if_fail (HAMMY_IS_CARD_VIEW (self));
  g_return_if_fail (HAMMY_IS_LIBRARY (library));
  g_return_if_fail (HAMMY_IS_CARD (card));

  if (!g_set_object (&self->card, card))
    return;

  rebuild (self, library);
}

HammyCard *
hammy_card_view_get_card (HammyCardView *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD_VIEW (self), NULL);

  return self->card;
}
