/* hammy-today-page.c: the Today page: the plan in use, made from the latest check or brought in
 * from a plan file, or what to do instead when the latest check or a morning's warning sign sends
 * the person to a clinician; the next step progression proposes, the editor and the check-in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-session-view.h"
#include "hammy-checkin-dialog.h"
#include "hammy-plan-editor.h"
#include "hammy-presentation.h"
#include "hammy-toasts.h"
#include "hammy-today-page.h"
#include "hammy-today.h"
#include "hammy-triage-text.h"

struct _HammyTodayPage
{
  AdwBin         parent_instance;

  HammyContext  *context;  /* the page bin's */
  HammyData     *data;       /* the context's */
  HammyProposal *proposal;   /* what progression proposes today, or NULL */
  HammySession  *session;    /* the guided session on screen, or NULL */

  /* template children */
  AdwStatusPage       *refer_page;
  GtkButton           *refer_button;
  GtkLabel            *phase_label;
  GtkLabel            *source_label;
  GtkLabel            *note_label;
  GtkLabel            *private_note_label;
  AdwPreferencesGroup *proposal_group;
  GtkLabel            *proposal_label;
  GtkWidget           *proposal_buttons;
  AdwPreferencesGroup *warmup_group;
  GtkListBox          *warmup_list;
  AdwPreferencesGroup *circuit_group;
  GtkListBox          *circuit_list;
  AdwPreferencesGroup *running_group;
  GtkWidget           *ladder_list;
  AdwActionRow        *ladder_row;
  GtkButton           *start_button;
  GtkButton           *start_over_button;
  HammySessionView    *session_view;
};

G_DEFINE_FINAL_TYPE (HammyTodayPage, hammy_today_page, HAMMY_TYPE_PAGE_BIN)

/* The AdwBin's own child is never a template child: GTK 4.8 would unparent it twice. */
static GtkStack *
get_stack (HammyTodayPage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

/* The note of an item is a clinician's: it stays out of the row while presenting. */
static GtkWidget *
create_item_row (HammyTodayPage      *self,
                 const HammyPlanItem *item)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (hammy_data_get_library (self->data), item->exercise);
  g_autofree char *dose = hammy_plan_item_dup_dosage_text (item);
  gboolean with_note = item->note != NULL &&
                       hammy_context_may_show (self->context, HAMMY_PRIVATE_CLINICIAN_NOTE);
  g_autofree char *subtitle = with_note ? g_strdup_printf ("%s — %s", dose, item->note) : g_strdup (dose);
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
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_proposal (HammyTodayPage *self)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  gboolean answer;

  g_clear_object (&self->proposal);
  self->proposal = hammy_data_dup_proposal (self->data, now);

  answer = self->proposal != NULL && hammy_proposal_needs_answer (self->proposal) && !hammy_data_is_read_only (self->data);
  gtk_widget_set_visible (GTK_WIDGET (self->proposal_group), self->proposal != NULL);
  gtk_label_set_label (self->proposal_label, self->proposal != NULL ? hammy_proposal_get_why (self->proposal) : "");
  gtk_widget_set_visible (self->proposal_buttons, answer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.accept-proposal", answer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.decline-proposal", answer);
}

/* The rows of the warm-up and the circuit; returns how many are in the warm-up. */
static guint
fill_items (HammyTodayPage *self,
            HammyPlan      *plan)
{
  guint n_warmup = 0;

  clear_list (self->warmup_list);
  clear_list (self->circuit_list);
  for (guint i = 0; i < hammy_plan_get_n_items (plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (plan, i);
      gboolean warmup = item->section == HAMMY_PLAN_SECTION_WARMUP;

      gtk_list_box_append (warmup ? self->warmup_list : self->circuit_list, create_item_row (self, item));
      n_warmup += warmup;
    }

  return n_warmup;
}

static void
show_plan (HammyTodayPage *self,
           HammyPlan      *plan)
{
  g_autofree char *source = NULL;
  g_autofree char *made = hammy_dates_format_date_time (hammy_plan_get_created (plan), HAMMY_DATE_STYLE_DAY);
  const char *note = hammy_plan_get_note (plan);
  const char *private_note = hammy_plan_get_private_note (plan);
  gboolean running = hammy_plan_get_phase (plan) == HAMMY_TRIAGE_PHASE_RETURN;
  guint n_warmup;

  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (hammy_plan_get_phase (plan)));

  if (hammy_plan_get_imported (plan))
    source = g_strdup_printf (_("Brought in from a plan file on %s."), made);
  else if (hammy_plan_get_assessment (plan) != NULL)
    {
      g_autofree char *checked = hammy_dates_format_date_time (hammy_plan_get_assessment (plan), HAMMY_DATE_STYLE_DAY);

      source = g_strdup_printf (_("Made from your check on %s."), checked);
    }
  else
    source = g_strdup_printf (_("Made on %s."), made);
  gtk_label_set_label (self->source_label, source);

  hammy_presentation_set_widget_visible (GTK_WIDGET (self->note_label), note != NULL);
  gtk_label_set_label (self->note_label, note != NULL ? note : "");
  hammy_presentation_set_widget_visible (GTK_WIDGET (self->private_note_label), private_note != NULL);
  gtk_label_set_label (self->private_note_label, private_note != NULL ? private_note : "");

  n_warmup = fill_items (self, plan);
  adw_preferences_group_set_title (self->warmup_group, hammy_plan_section_get_title (HAMMY_PLAN_SECTION_WARMUP));
  adw_preferences_group_set_title (self->circuit_group, hammy_plan_section_get_title (HAMMY_PLAN_SECTION_CIRCUIT));
  gtk_widget_set_visible (GTK_WIDGET (self->warmup_group), n_warmup > 0);

  adw_preferences_group_set_description (self->running_group, hammy_plan_get_running_advice (plan));
  gtk_widget_set_visible (self->ladder_list, running);
  if (running)
    {
      guint step = hammy_plan_get_ladder_step (plan);
      /* Translators: the first %u is a step of the running ladder, the second how many steps it has. */
      g_autofree char *title = g_strdup_printf (_("Step %u of %u: %s"), step + 1, hammy_plan_get_n_ladder_steps (),
                                                hammy_plan_ladder_step_get_title (step));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->ladder_row), title);
      adw_action_row_set_subtitle (self->ladder_row, hammy_plan_ladder_step_get_description (step));
    }

  show_proposal (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.edit-plan", !hammy_data_is_read_only (self->data));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.check-in", !hammy_data_is_read_only (self->data));

  gtk_stack_set_visible_child_name (get_stack (self), "plan");
}

/* Start, or take up a session that was left unfinished (a crash, a closed window). */
static void
update_session_buttons (HammyTodayPage *self,
                        HammyPlan      *plan)
{
  HammyLog *log = hammy_data_get_log (self->data);
  gboolean resumable = log != NULL && hammy_session_find_resumable (log) != NULL;
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(HammyToday) today = hammy_today_new (self->data, now);
  gboolean writable = !hammy_data_is_read_only (self->data) && hammy_plan_get_n_items (plan) > 0;
  gboolean due = hammy_today_has_session (today, HAMMY_TODAY_SESSION_MAIN);

  gtk_button_set_label (self->start_button, resumable ? _("_Resume the Session") : _("_Start Today’s Session"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button),
                                  resumable ? "today.resume-session" : "today.start-session");
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), resumable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.start-session", writable && due);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.resume-session", writable && resumable);
}

static void
on_checkin_response_cb (HammyCheckinDialog *dialog,
                        const char         *response,
                        HammyTodayPage     *self)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autofree char *date = NULL;
  HammyLogCheckin checkin = { 0 };
  HammyCompared pain, stiffness;
  gboolean warning;

  if (!g_str_equal (response, "save"))
    return;

  date = hammy_progression_dup_day (now);
  checkin.date = date;
  checkin.run_pain = -1;
  /* The leg is the worse of the two; a sign the dialog does not name is kept unnamed. */
  hammy_checkin_dialog_get_answer (dialog, &pain, &stiffness, &warning);
  checkin.leg = MAX (pain, stiffness);
  checkin.warning = warning ? (char *) HAMMY_LOG_WARNING_UNNAMED : NULL;
  hammy_data_add_checkin (self->data, &checkin);
}

static void
present_checkin (HammyTodayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HammyCheckinDialog *dialog = hammy_checkin_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_checkin_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_checkin_cb (gpointer user_data)
{
  HammyTodayPage *self = user_data;

  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    present_checkin (self);

  return G_SOURCE_REMOVE;
}

static void
update (HammyTodayPage *self)
{
  g_autoptr(GDateTime) now = NULL;
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
      gtk_button_set_label (self->refer_button, _("_See Your Latest Check"));
      gtk_stack_set_visible_child_name (get_stack (self), "refer");
      return;
    }

  if (plan == NULL)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "empty");
      return;
    }

  /* A warning sign in a morning check-in stops the plan until a new check. */
  if (hammy_plan_get_stopped (plan) != NULL)
    {
      g_autofree char *stop = hammy_progression_dup_stop_text (hammy_plan_get_stopped_sign (plan));

      adw_status_page_set_title (self->refer_page, hammy_triage_phase_get_title (HAMMY_TRIAGE_PHASE_REFER));
      adw_status_page_set_description (self->refer_page, stop);
      gtk_button_set_label (self->refer_button, _("_Start a New Check"));
      gtk_stack_set_visible_child_name (get_stack (self), "refer");
      return;
    }

  show_plan (self, plan);
  update_session_buttons (self, plan);

  /* The first opening on a day after a session asks how the morning is, once. */
  now = hammy_context_dup_now (self->context);
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL && hammy_data_checkin_prompt_due (self->data, now))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_checkin_cb, g_object_ref (self), g_object_unref);
}

/* The rows' subtitles carry the items' notes, which presenting leaves out, even while a
 * session covers them. */
static void
on_presentation_changed_cb (HammyTodayPage *self)
{
  HammyPlan *plan = self->data != NULL && hammy_data_is_loaded (self->data) ? hammy_data_get_plan (self->data) : NULL;

  if (plan != NULL)
    fill_items (self, plan);
}

/* ---- actions ------------------------------------------------------------------------- */

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HammyPlanEditor *editor;

  if (hammy_data_get_plan (self->data) == NULL)
    return;

  editor = hammy_plan_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  present_checkin (HAMMY_TODAY_PAGE (widget));
}

static void
answer_proposal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  g_autoptr(HammyProposal) proposal = self->proposal != NULL ? g_object_ref (self->proposal) : NULL;
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(GError) error = NULL;

  if (proposal == NULL)
    return;

  if (g_str_equal (action_name, "today.decline-proposal"))
    hammy_data_decline_proposal (self->data, proposal, now);
  else if (!hammy_data_accept_proposal (self->data, proposal, now, &error))
    {
      /* The plan changed under it: say so in its place. */
      gtk_label_set_label (self->proposal_label, error->message);
      gtk_widget_set_visible (self->proposal_buttons, FALSE);
    }
}

static void on_session_view_closed_cb (HammyTodayPage *self);

static void
on_session_view_add_toast_cb (HammyTodayPage *self,
                              AdwToast       *toast)
{
  hammy_page_bin_add_toast (HAMMY_PAGE_BIN (self), toast);
}

/* The guided session's screens are made the first time they are needed, not with the window. */
static HammySessionView *
ensure_session_view (HammyTodayPage *self)
{
  if (self->session_view == NULL)
    {
      self->session_view = HAMMY_SESSION_VIEW (hammy_session_view_new (self->context));
      g_signal_connect_object (self->session_view, "closed", G_CALLBACK (on_session_view_closed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session_view, "add-toast", G_CALLBACK (on_session_view_add_toast_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (get_stack (self), GTK_WIDGET (self->session_view), "session");
    }

  return self->session_view;
}

static void
show_session (HammyTodayPage *self,
              HammySession   *session)
{
  if (session == NULL && self->session_view == NULL)
    return;
  ensure_session_view (self);
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

/* A session belongs to the person it was started for: with another profile it closes, and
 * stays in its own log to resume. */
static void
on_current_profile_changed_cb (HammyTodayPage *self)
{
  if (self->session != NULL)
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
                                        hammy_context_get_clock (self->context), resumable);
  if (session == NULL)
    {
      g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
      g_autoptr(HammyToday) today = NULL;

      /* A session left unfinished and not taken up again ends as it stood. */
      if (resumable != NULL)
        hammy_session_abandon (log, resumable);
      /* Today's session holds what is due today and not done yet (docs/programme.md). */
      today = hammy_today_new (self->data, now);
      session = hammy_today_new_session (today, self->data, HAMMY_TODAY_SESSION_MAIN);
      if (session == NULL)
        return;
    }

  show_session (self, session);
}

/* Set once, by the window. A new day brings a new plan for the day, and a new check-in. */
static void
hammy_today_page_context_set (HammyPageBin *page,
                              HammyContext *context)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (page);

  self->context = context;
  self->data = g_object_ref (hammy_context_get_data (context));
  g_signal_connect_object (self->data, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->data, "notify::current-profile", G_CALLBACK (on_current_profile_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "day-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::presenting", G_CALLBACK (on_presentation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

static void
hammy_today_page_dispose (GObject *object)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TODAY_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->proposal);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_today_page_parent_class)->dispose (object);
}

static void
hammy_today_page_class_init (HammyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_today_page_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_today_page_context_set;



  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_page);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, private_note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, proposal_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, proposal_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, proposal_buttons);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, warmup_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, warmup_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, circuit_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, circuit_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_over_button);

  gtk_widget_class_install_action (widget_class, "today.start-session", NULL, today_session_action);
  gtk_widget_class_install_action (widget_class, "today.resume-session", NULL, today_session_action);

  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, running_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, ladder_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, ladder_row);

  gtk_widget_class_install_action (widget_class, "today.edit-plan", NULL, edit_plan_action);
  gtk_widget_class_install_action (widget_class, "today.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "today.accept-proposal", NULL, answer_proposal_action);
  gtk_widget_class_install_action (widget_class, "today.decline-proposal", NULL, answer_proposal_action);
}

static void
hammy_today_page_init (HammyTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* "loading", "empty", "refer" (a check or a morning's warning sign), "plan" or "session". */
const char *
hammy_today_page_get_state (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (get_stack (self));
}

HammySessionView *
hammy_today_page_get_session_view (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return ensure_session_view (self);
}
