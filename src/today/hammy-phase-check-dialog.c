/* hammy-phase-check-dialog.c: a phase check as a short guided re-test. It says why it is offered,
 * asks only the questions and self-checks the check needs (HammyPhaseCheck), one at a time, with
 * the triage page's own widgets and the self-checks' clips, then shows the result core gives,
 * applied at once: the new phase and what changes, or which checks did not pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-phase-check-dialog.h"
#include "hammy-question-input.h"
#include "hammy-triage-text.h"

struct _HammyPhaseCheckDialog
{
  AdwWindow            parent_instance;

  HammyContext        *context;
  HammyData           *data;
  HammyPhaseCheck     *check;
  GPtrArray           *inputs;       /* of HammyQuestionInput, one a page of the question stack */
  guint                current;
  gboolean             answered;     /* the result is in: the check is done */

  /* template children */
  AdwWindowTitle      *window_title;
  GtkButton           *close_button;
  GtkStack            *stack;
  AdwStatusPage       *intro_page;
  GtkButton           *begin_button;
  GtkScrolledWindow   *questions_scroller;
  GtkLabel            *step_label;
  GtkStack            *question_stack;
  GtkButton           *next_button;
  AdwStatusPage       *result_page;
  GtkBox              *points_box;
  GtkButton           *done_button;
};

G_DEFINE_FINAL_TYPE (HammyPhaseCheckDialog, hammy_phase_check_dialog, ADW_TYPE_WINDOW)

/* ---- helpers ------------------------------------------------------------------------- */

static gboolean
input_answered (HammyQuestionInput *input)
{
  g_autoptr(JsonObject) answer = json_object_new ();

  hammy_question_input_read (input, answer);
  return json_object_has_member (answer, input->question->id);
}

static void
update_navigation (HammyPhaseCheckDialog *self)
{
  gboolean last = self->current + 1 >= self->inputs->len;
  gboolean answered = self->current < self->inputs->len && input_answered (g_ptr_array_index (self->inputs, self->current));
  /* Translators: progress through a phase check, such as “Question 2 of 5” */
  g_autofree char *step = g_strdup_printf (_("Question %u of %u"), self->current + 1, self->inputs->len);

  gtk_label_set_label (self->step_label, step);
  gtk_button_set_label (self->next_button, last ? _("_See the Result") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phase-check.next", !self->answered && answered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phase-check.back", !self->answered);
}

/* One question a page; keyboard users land on its first answer. */
static void
show_question (HammyPhaseCheckDialog *self,
               guint                  index)
{
  g_autofree char *name = g_strdup_printf ("%u", index);
  HammyQuestionInput *input = g_ptr_array_index (self->inputs, index);

  self->current = index;
  gtk_stack_set_visible_child_name (self->question_stack, name);
  gtk_stack_set_visible_child_name (self->stack, "questions");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->questions_scroller), 0);
  update_navigation (self);
  gtk_widget_child_focus (input->widget, GTK_DIR_TAB_FORWARD);
}

static void
on_answer_changed_cb (HammyPhaseCheckDialog *self)
{
  update_navigation (self);
}

/* The questions the check needs, each on a page of its own: a row of its own list, or its card. */
static void
build_questions (HammyPhaseCheckDialog *self)
{
  const char * const *ids = hammy_phase_check_get_questions (self->check);
  HammyLibrary *library = hammy_data_get_library (self->data);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const HammyQuestion *question = hammy_triage_lookup_question (ids[i]);
      HammyQuestionInput *input;
      g_autofree char *name = NULL;
      GtkWidget *page;

      if (question == NULL)
        continue;
      input = hammy_question_input_new (question, G_OBJECT (self), G_CALLBACK (on_answer_changed_cb), NULL);
      hammy_question_input_fill_self_check (input, library);
      if (input->answers != NULL)
        page = input->widget;
      else
        {
          page = adw_preferences_group_new ();
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (page), input->widget);
        }
      name = g_strdup_printf ("%u", self->inputs->len);
      gtk_stack_add_named (self->question_stack, page, name);
      g_ptr_array_add (self->inputs, input);
    }
}

static void
show_intro (HammyPhaseCheckDialog *self)
{
  HammyTriagePhase phase = hammy_phase_check_get_phase (self->check);
  gboolean waits = hammy_phase_check_is_for_waits (self->check);
  guint n_self_checks = 0;
  g_autofree char *title = NULL;
  g_autofree char *asks = NULL;
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->inputs->len; i++)
    n_self_checks += ((HammyQuestionInput *) g_ptr_array_index (self->inputs, i))->self_check != NULL;

  if (waits)
    title = g_strdup (_("A Few Quick Questions"));
  else
    /* Translators: the title of a phase check, with the phase it leads to, such as “Ready for Build?” */
    title = g_strdup_printf (_("Ready for %s?"), hammy_triage_phase_get_title (phase));
  adw_window_title_set_subtitle (self->window_title, waits ? NULL : hammy_triage_phase_get_title (phase));

  if (n_self_checks > 0)
    /* Translators: the questions of a phase check, then how many of them are self-checks */
    asks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "It asks %u questions, %u of them a self-check with a short clip.",
                                         "It asks %u questions, %u of them self-checks with a short clip.",
                                         n_self_checks),
                            self->inputs->len, n_self_checks);
  else
    asks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "It asks %u question.", "It asks %u questions.",
                                         self->inputs->len),
                            self->inputs->len);
  description = g_strdup_printf ("%s %s %s", hammy_phase_check_get_why (self->check), asks,
                                 _("Answer for your leg as it is today."));

  adw_status_page_set_title (self->intro_page, title);
  adw_status_page_set_description (self->intro_page, description);
  gtk_stack_set_visible_child_name (self->stack, "intro");
}

/* The result as core says it, applied already: the plan has moved on, or stayed. */
static void
show_result (HammyPhaseCheckDialog *self,
             gboolean               passed,
             const char * const    *before,
             GPtrArray             *failures)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = hammy_phase_check_dup_result_title (self->check, passed);
  g_autofree char *lead = hammy_phase_check_dup_outcome (self->check, passed, before, hammy_data_get_plan (self->data),
                                                         failures, points);
  GtkWidget *child;

  self->answered = TRUE;
  adw_status_page_set_title (self->result_page, title);
  adw_status_page_set_description (self->result_page, lead);
  adw_status_page_set_icon_name (self->result_page, passed ? "emblem-ok-symbolic" : "dialog-information-symbolic");

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->points_box))) != NULL)
    gtk_box_remove (self->points_box, child);
  for (guint i = 0; i < points->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("•  %s", (char *) g_ptr_array_index (points, i));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_ptr_array_index (points, i), -1);
      gtk_box_append (self->points_box, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->points_box), points->len > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->close_button), FALSE);
  update_navigation (self);
  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

/* The answers go to core, which judges them with the check's gate and applies the result. */
static void
submit (HammyPhaseCheckDialog *self)
{
  g_autoptr(JsonObject) answers = json_object_new ();
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) before = NULL;
  g_autoptr(GError) error = NULL;
  HammyPlan *plan = hammy_data_get_plan (self->data);
  gboolean passed;

  for (guint i = 0; i < self->inputs->len; i++)
    hammy_question_input_read (g_ptr_array_index (self->inputs, i), answers);
  for (guint i = 0; plan != NULL && i < hammy_plan_get_n_items (plan); i++)
    g_strv_builder_add (builder, hammy_plan_get_item (plan, i)->exercise);
  before = g_strv_builder_end (builder);

  passed = hammy_data_answer_phase_check (self->data, self->check, answers, now, failures, &error);
  if (error != NULL)
    {
      /* Nothing was kept: say so where the result would be. */
      self->answered = TRUE;
      adw_status_page_set_title (self->result_page, _("Not Saved"));
      adw_status_page_set_description (self->result_page, error->message);
      adw_status_page_set_icon_name (self->result_page, "dialog-warning-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (self->points_box), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "result");
      return;
    }

  show_result (self, passed, (const char * const *) before, failures);
}

/* ---- actions ------------------------------------------------------------------------- */

static void
begin_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammyPhaseCheckDialog *self = HAMMY_PHASE_CHECK_DIALOG (widget);

  if (self->inputs->len > 0)
    show_question (self, 0);
  else
    submit (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyPhaseCheckDialog *self = HAMMY_PHASE_CHECK_DIALOG (widget);

  if (self->answered || !input_answered (g_ptr_array_index (self->inputs, self->current)))
    return;

  if (self->current + 1 < self->inputs->len)
    show_question (self, self->current + 1);
  else
    submit (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyPhaseCheckDialog *self = HAMMY_PHASE_CHECK_DIALOG (widget);

  if (self->answered)
    return;

  if (self->current > 0)
    show_question (self, self->current - 1);
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "intro");
      gtk_widget_grab_focus (GTK_WIDGET (self->begin_button));
    }
}

/* Not today: Hammy offers it again after the next good session. */
static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HammyPhaseCheckDialog *self = HAMMY_PHASE_CHECK_DIALOG (widget);
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);

  if (!self->answered)
    hammy_data_decline_phase_check (self->data, self->check, now);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- GObject --------------------------------------------------------------------------- */

static void
hammy_phase_check_dialog_dispose (GObject *object)
{
  HammyPhaseCheckDialog *self = HAMMY_PHASE_CHECK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_PHASE_CHECK_DIALOG);
  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_object (&self->check);
  g_clear_object (&self->data);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hammy_phase_check_dialog_parent_class)->dispose (object);
}

static void
hammy_phase_check_dialog_class_init (HammyPhaseCheckDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_phase_check_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-phase-check-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, intro_page);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, begin_button);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, questions_scroller);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, step_label);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, question_stack);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, result_page);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, points_box);
  gtk_widget_class_bind_template_child (widget_class, HammyPhaseCheckDialog, done_button);

  gtk_widget_class_install_action (widget_class, "phase-check.begin", NULL, begin_action);
  gtk_widget_class_install_action (widget_class, "phase-check.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "phase-check.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "phase-check.decline", NULL, decline_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hammy_phase_check_dialog_init (HammyPhaseCheckDialog *self)
{
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_question_input_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public API ---------------------------------------------------------------------- */

/* The check offered today (hammy_today_get_phase_check()), for the person of @context. */
GtkWidget *
hammy_phase_check_dialog_new (GtkWindow       *parent,
                              HammyContext    *context,
                              HammyPhaseCheck *check)
{
  HammyPhaseCheckDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK (check), NULL);

  self = g_object_new (HAMMY_TYPE_PHASE_CHECK_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->data = g_object_ref (hammy_context_get_data (context));
  self->check = g_object_ref (check);

  build_questions (self);
  show_intro (self);
  update_navigation (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->begin_button));

  return GTK_WIDGET (self);
}

/* "intro", "questions" or "result". For tests. */
const char *
hammy_phase_check_dialog_get_step (HammyPhaseCheckDialog *self)
{
  g_return_val_if_fail (HAMMY_IS_PHASE_CHECK_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
