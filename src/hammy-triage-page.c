/* hammy-triage-page.c: the Triage page: from “my hamstring hurts” to a safe, explained phase.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-triage-page.h"

struct _HammyTriagePage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (HammyTriagePage, hammy_triage_page, ADW_TYPE_BIN)

static void
hammy_triage_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TRIAGE_PAGE);

  G_OBJECT_CLASS (hammy_triage_page_parent_class)->dispose (object);
}

static void
hammy_triage_page_class_init (HammyTriagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_triage_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-triage-page.ui");
}

static void
hammy_triage_page_init (HammyTriagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
