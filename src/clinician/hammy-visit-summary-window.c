/* hammy-visit-summary-window.c: the visit summary in a window of its own, over the main one,
 * for a clinician alone at the computer. While presenting, the main window shows the same view
 * as a page instead, since a call that shares one window does not show another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-visit-summary-window.h"

struct _HammyVisitSummaryWindow
{
  AdwWindow              parent_instance;

  HammyVisitSummaryView *view;
};

G_DEFINE_FINAL_TYPE (HammyVisitSummaryWindow, hammy_visit_summary_window, ADW_TYPE_WINDOW)

static void
hammy_visit_summary_window_class_init (HammyVisitSummaryWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hammy_visit_summary_window_init (HammyVisitSummaryWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Visit Summary"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 780);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 294);
}

/* The summary of the context's person, on top of @parent. */
HammyVisitSummaryWindow *
hammy_visit_summary_window_new (GtkWindow    *parent,
                                HammyContext *context)
{
  HammyVisitSummaryWindow *self;
  GtkWidget *box;
  GtkWidget *header;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  self = g_object_new (HAMMY_TYPE_VISIT_SUMMARY_WINDOW, "transient-for", parent, NULL);
  self->view = hammy_visit_summary_view_new (context);
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Visit Summary"), NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->view));
  adw_window_set_content (ADW_WINDOW (self), box);

  return self;
}

HammyVisitSummaryView *
hammy_visit_summary_window_get_view (HammyVisitSummaryWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY_WINDOW (self), NULL);

  return self->view;
}

HammyVisitSummary *
hammy_visit_summary_window_get_summary (HammyVisitSummaryWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY_WINDOW (self), NULL);

  return hammy_visit_summary_view_get_summary (self->view);
}

const GDate *
hammy_visit_summary_window_get_since (HammyVisitSummaryWindow *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY_WINDOW (self), NULL);

  return hammy_visit_summary_view_get_since (self->view);
}

void
hammy_visit_summary_window_set_since (HammyVisitSummaryWindow *self,
                                      const GDate             *since)
{
  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY_WINDOW (self));

  hammy_visit_summary_view_set_since (self->view, since);
}

/* What Save as PDF does once a file is chosen. */
void
hammy_visit_summary_window_save_pdf (HammyVisitSummaryWindow *self,
                                     GFile                   *file)
{
  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY_WINDOW (self));

  hammy_visit_summary_view_save_pdf (self->view, file);
}
