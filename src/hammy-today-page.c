/* hammy-today-page.c: the Today page: today's circuit, the guided session and the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-today-page.h"

struct _HammyTodayPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (HammyTodayPage, hammy_today_page, ADW_TYPE_BIN)

static void
hammy_today_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (hammy_today_page_parent_class)->dispose (object);
}

static void
hammy_today_page_class_init (HammyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-today-page.ui");
}

static void
hammy_today_page_init (HammyTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
