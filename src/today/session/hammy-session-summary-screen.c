/* hammy-session-summary-screen.c: the end of the guided session: how many sets were done, how
 * much they hurt, how long it took, each exercise's sets, and the running advice Today now gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-session-summary-screen.h"

struct _HammySessionSummaryScreen
{
  HammySessionScreen  parent_instance;

  /* template children */
  AdwStatusPage      *summary_page;
  GtkListBox         *summary_list;
  GtkWidget          *running_box;
  GtkLabel           *running_label;
};

G_DEFINE_FINAL_TYPE (HammySessionSummaryScreen, hammy_session_summary_screen, HAMMY_TYPE_SESSION_SCREEN)

static void
add_row (HammySessionSummaryScreen *self,
         const char                *title,
         const char                *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (self->summary_list, row);
}

static void
clear_rows (HammySessionSummaryScreen *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))) != NULL)
    gtk_list_box_remove (self->summary_list, child);
}

static void
hammy_session_summary_screen_update (HammySessionScreen *screen,
                                     HammySession       *session)
{
  HammySessionSummaryScreen *self = HAMMY_SESSION_SUMMARY_SCREEN (screen);
  HammySessionSummary summary;
  g_autofree char *sets = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *time = NULL;
  guint minutes;
  guint last_item = G_MAXUINT;

  if (hammy_session_get_state (session) != HAMMY_SESSION_STATE_FINISHED)
    return;

  hammy_session_get_summary (session, &summary);
  adw_status_page_set_title (self->summary_page,
                             summary.sets_done >= summary.sets_planned ? _("Session Done") : _("Session Ended"));
  adw_status_page_set_description (self->summary_page,
                                   _("Every set is saved. Tomorrow morning, Hammy asks how the leg feels."));

  clear_rows (self);
  sets = g_strdup_printf (_("%u of %u done"), summary.sets_done, summary.sets_planned);
  add_row (self, _("Sets"), sets);

  if (summary.pain_max >= 0)
    pain = g_strdup_printf (_("Highest %d, average %.1f"), summary.pain_max, summary.pain_mean);
  add_row (self, _("Pain During"), pain != NULL ? pain : _("Not rated"));

  if (summary.effort_max > 0)
    {
      g_autofree char *effort = g_strdup_printf (_("Highest %d of 10"), summary.effort_max);

      add_row (self, _("Effort"), effort);
    }

  minutes = (guint) ((summary.active_ms + 30000) / 60000);
  time = minutes < 1 ? g_strdup (_("Under a minute"))
                     : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
  add_row (self, _("Time"), time);

  for (guint i = 0; i < hammy_session_get_n_steps (session); i++)
    {
      const HammySessionStep *step = hammy_session_get_step (session, i);
      g_autofree char *done_text = NULL;
      guint done, planned;

      if (step->item == last_item)
        continue;
      last_item = step->item;
      hammy_session_get_item_progress (session, step->item, &done, &planned);
      done_text = g_strdup_printf (_("%u of %u sets"), done, planned);
      add_row (self, step->run ? _("Your run") : hammy_exercise_get_name (step->exercise), done_text);
    }
}

static void
hammy_session_summary_screen_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_SESSION_SUMMARY_SCREEN);

  G_OBJECT_CLASS (hammy_session_summary_screen_parent_class)->dispose (object);
}

static void
hammy_session_summary_screen_class_init (HammySessionSummaryScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HammySessionScreenClass *screen_class = HAMMY_SESSION_SCREEN_CLASS (klass);

  object_class->dispose = hammy_session_summary_screen_dispose;
  screen_class->update = hammy_session_summary_screen_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-summary-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionSummaryScreen, summary_page);
  gtk_widget_class_bind_template_child (widget_class, HammySessionSummaryScreen, summary_list);
  gtk_widget_class_bind_template_child (widget_class, HammySessionSummaryScreen, running_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionSummaryScreen, running_label);
}

static void
hammy_session_summary_screen_init (HammySessionSummaryScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The running advice as Today gives it after this session, or NULL for none. */
void
hammy_session_summary_screen_set_running (HammySessionSummaryScreen *self,
                                          const char                *running)
{
  g_return_if_fail (HAMMY_IS_SESSION_SUMMARY_SCREEN (self));

  gtk_label_set_label (self->running_label, running != NULL ? running : "");
  gtk_widget_set_visible (self->running_box, running != NULL);
}
