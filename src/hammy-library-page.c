/* hammy-library-page.c: the Library page: the exercises and the explanation cards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-library-page.h"

struct _HammyLibraryPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (HammyLibraryPage, hammy_library_page, ADW_TYPE_BIN)

static void
hammy_library_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_LIBRARY_PAGE);

  G_OBJECT_CLASS (hammy_library_page_parent_class)->dispose (object);
}

static void
hammy_library_page_class_init (HammyLibraryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_library_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-library-page.ui");
}

static void
hammy_library_page_init (HammyLibraryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
