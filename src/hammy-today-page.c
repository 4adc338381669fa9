/* hammy-today-page.c: the Today page: the plan in use, made from the latest check or brought in
 * from a plan file, or what to do instead when the latest check sends the person to a clinician.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-session-view.h"
#include "hammy-today-page.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

struct _HammyTodayPage
{
  AdwBin      parent_instance;

  HammyData  *data;
  HammySession *session;          /* the guided session on screen, or NULL */
  HammyClock *clock;

  /* template children */
  AdwStatusPage *refer_page;
  GtkLabel   *phase_label;
  GtkLabel   *source_label;
  GtkLabel   *note_label;
  GtkListBox *circuit_list;
  GtkButton  *start_button;
  GtkButton  *start_over_button;
  HammySessionView *session_view;
};

G_DEFINE_FINAL_TYPE (HammyTodayPage, hammy_today_page, ADW_TYPE_BIN)

/* The AdwBin's own child is never a template child: GTK 4.8 would unparent it twice. */
static GtkStack *
get_stack (HammyTodayPage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static char *
format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autofree char *day = g_date_time_format (local, _("%e %B %Y"));

  return g_strdup (g_strstrip (day));
}

static GtkWidget *
create_item_row (HammyLibrary        *library,
                 const HammyPlanItem *item)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library, item->exercise);
  HammyDosage dosage = { item->sets, item->reps, 0, item->hold_seconds, 0, item->per_side, item->load, 0, 0, NULL };
  g_autofree char *dose = hammy_dosage_format (&dosage);
  g_autofree char *subtitle = item->note != NULL ? g_strdup_printf ("%s — %s", dose, item->note) : g_strdup (dose);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hammy_exercise_get_name (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->exercise);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
show_plan (HammyTodayPage *self,
           HammyPlan      *plan)
{
  HammyLibrary *library = hammy_data_get_library (self->data);
  g_autofree char *source = NULL;
  g_autofree char *made = format_day (hammy_plan_get_created (plan));
  const char *note = hammy_plan_get_note (plan);
  GtkWidget *child;

  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (hammy_plan_get_phase (plan)));

  if (hammy_plan_get_imported (plan))
    source = g_strdup_printf (_("Brought in from a plan file on %s."), made);
  else if (hammy_plan_get_assessment (plan) != NULL)
    {
      g_autofree char *checked = format_day (hammy_plan_get_assessment (plan));

      source = g_strdup_printf (_("Made from your check on %s."), checked);
    }
  else
    source = g_strdup_printf (_("Made on %s."), made);
  gtk_label_set_label (self->source_label, source);

  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
  gtk_label_set_label (self->note_label, note != NULL ? note : "");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->circuit_list))) != NULL)
    gtk_list_box_remove (self->circuit_list, child);
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    gtk_list_box_append (self->circuit_list, create_item_row (library, hammy_plan_get_item (plan, i)));

  gtk_stack_set_visible_child_name (get_stack (self), "plan");
}

/* Start, or take up a session that was left unfinished (a crash, a closed window). */
static void
update_session_buttons (HammyTodayPage *self,
                        HammyPlan      *plan)
{
  HammyLog *log = hammy_data_get_log (self->data);
  gboolean resumable = log != NULL && hammy_session_find_resumable (log) != NULL;
  gboolean writable = !hammy_data_is_read_only (self->data) && hammy_plan_get_n_items (plan) > 0;

  gtk_button_set_label (self->start_button, resumable ? _("_Resume the Session") : _("_Start Today’s Session"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button),
                                  resumable ? "today.resume-session" : "today.start-session");
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), resumable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.start-session", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.resume-session", writable && resumable);
}

static void
update (HammyTodayPage *self)
{
  HammyAssessment *blocking;
  HammyPlan *plan;

  if (!hammy_data_is_loaded (self->data))
    {
      gtk_stack_set_visible_child_name (get_stack (self), "loading");
      return;
    }

  /* A session on screen stays there until the person closes it, whatever is saved meanwhile. */
  if (self->session != NULL)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "session");
      return;
    }

  blocking = hammy_data_get_blocking_assessment (self->data);
  plan = hammy_data_get_plan (self->data);

  /* A check that sends the person to a clinician outranks any plan: no circuit, only what
   * to do, until a later check says otherwise. */
  if (blocking != NULL)
    {
      g_autofree char *description = g_strdup_printf (_("%s Until then, gentle walking within comfort is fine; the circuit waits."),
                                                      hammy_assessment_get_action (blocking));

      adw_status_page_set_title (self->refer_page, hammy_triage_phase_get_title (hammy_assessment_get_phase (blocking)));
      adw_status_page_set_description (self->refer_page, description);
      gtk_stack_set_visible_child_name (get_stack (self), "refer");
      return;
    }

  if (plan == NULL)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "empty");
      return;
    }

  show_plan (self, plan);
  update_session_buttons (self, plan);
}

static void
show_session (HammyTodayPage *self,
              HammySession   *session)
{
  g_set_object (&self->session, session);
  hammy_session_view_set_session (self->session_view, session);
  update (self);
  if (session != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->session_view));
}

static void
on_session_view_closed_cb (HammyTodayPage *self)
{
  show_session (self, NULL);
}

static void
today_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  HammyPlan *plan = self->data != NULL ? hammy_data_get_plan (self->data) : NULL;
  HammyLog *log = plan != NULL ? hammy_data_get_log (self->data) : NULL;
  const char *resumable = log != NULL ? hammy_session_find_resumable (log) : NULL;
  g_autoptr(HammySession) session = NULL;

  if (plan == NULL || log == NULL || hammy_data_is_read_only (self->data))
    return;

  if (resumable != NULL && g_str_equal (action_name, "today.resume-session"))
    session = hammy_session_new_resume (plan, hammy_data_get_library (self->data), log,
                                        self->clock, resumable);
  if (session == NULL)
    {
      /* A session left unfinished and not taken up again ends as it stood. */
      if (resumable != NULL)
        hammy_session_abandon (log, resumable);
      session = hammy_session_new (plan, hammy_data_get_library (self->data), log, self->clock);
    }

  show_session (self, session);
}

static void
hammy_today_page_dispose (GObject *object)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TODAY_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->clock);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_today_page_parent_class)->dispose (object);
}

static void
hammy_today_page_class_init (HammyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/hammy-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_page);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, circuit_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, session_view);
  gtk_widget_class_bind_template_callback (widget_class, on_session_view_closed_cb);

  gtk_widget_class_install_action (widget_class, "today.start-session", NULL, today_session_action);
  gtk_widget_class_install_action (widget_class, "today.resume-session", NULL, today_session_action);
}

static void
hammy_today_page_init (HammyTodayPage *self)
{
  g_type_ensure (HAMMY_TYPE_SESSION_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->clock = g_object_ref (hammy_clock_get_default ());
}

void
hammy_today_page_set_data (HammyTodayPage *self,
                           HammyData      *data)
{
  g_return_if_fail (HAMMY_IS_TODAY_PAGE (self));
  g_return_if_fail (HAMMY_IS_DATA (data));
  g_return_if_fail (self->data == NULL);

  self->data = g_object_ref (data);
  g_signal_connect_object (data, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/* "loading", "empty", "refer", "plan" or "session". */
const char *
hammy_today_page_get_state (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (get_stack (self));
}

/* Sessions started from now on keep time with this clock; the tests give a fake one. */
void
hammy_today_page_set_clock (HammyTodayPage *self,
                            HammyClock     *clock)
{
  g_return_if_fail (HAMMY_IS_TODAY_PAGE (self));
  g_return_if_fail (HAMMY_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

HammySessionView *
hammy_today_page_get_session_view (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return self->session_view;
}
