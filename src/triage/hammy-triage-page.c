/* hammy-triage-page.c: the Triage page: safety questions first, then the relevant questions
 * in small groups, then the result with its reasons, and a history of earlier checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-triage-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-article.h"
#include "hammy-dates.h"
#include "hammy-question-input.h"
#include "hammy-triage-page.h"
#include "hammy-triage-text.h"

struct _HammyTriagePage
{
  HammyPageBin          parent_instance;

  HammyContext         *context;       /* the page bin's */
  GPtrArray            *rows;          /* of HammyQuestionInput, in question order; empty until first asked */
  guint                 group;         /* index of the group on screen */
  HammyAssessment      *assessment;    /* on the result page */
  HammyData            *data;          /* the context's */

  /* template children (not the direct child, the flow of screens: AdwBin unparents that
   * itself, and get_flow () finds it) */
  AdwPreferencesGroup  *history_group;
  GtkListBox           *history_list;
  GtkLabel             *step_label;
  GtkLabel             *group_title;
  GtkLabel             *group_description;
  GtkStack             *group_stack;
  GtkScrolledWindow    *questions_scroller;
  GtkButton            *next_button;
  GtkScrolledWindow    *result_scroller;
  GtkLabel             *result_kicker;
  GtkLabel             *phase_label;
  GtkLabel             *action_label;
  GtkLabel             *meaning_label;
  GtkButton            *next_step_button;
  GtkLabel             *next_step_label;
  GtkBox               *article;
  GtkLabel             *saved_label;
  GtkWidget            *rerun_button;
};

G_DEFINE_FINAL_TYPE (HammyTriagePage, hammy_triage_page, HAMMY_TYPE_PAGE_BIN)

/* The page's own child: start, questions or result. */
static GtkStack *
get_flow (HammyTriagePage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static HammyQuestionInput *
lookup_row (HammyTriagePage *self,
            const char      *id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);

      if (g_str_equal (r->question->id, id))
        return r;
    }

  return NULL;
}

/* ---- answers ----------------------------------------------------------------------- */

static JsonObject *
read_answers (HammyTriagePage *self)
{
  JsonObject *answers = json_object_new ();

  for (guint i = 0; i < self->rows->len; i++)
    hammy_question_input_read (g_ptr_array_index (self->rows, i), answers);

  return answers;
}

/* ---- the question groups ---------------------------------------------------------- */

static gboolean
group_has_visible_rows (HammyTriagePage *self,
                        guint            group)
{
  const char *id = hammy_triage_get_group (group)->id;

  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);

      if (g_str_equal (r->question->group, id) && gtk_widget_get_visible (r->widget))
        return TRUE;
    }

  return FALSE;
}

static gboolean
safety_answered (HammyTriagePage *self,
                 gboolean        *any_yes)
{
  gboolean all = TRUE;

  *any_yes = FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);

      if (!g_str_equal (r->question->group, "safety"))
        continue;
      all &= gtk_toggle_button_get_active (r->yes) || gtk_toggle_button_get_active (r->no);
      *any_yes |= gtk_toggle_button_get_active (r->yes);
    }

  return all;
}

static int
next_visible_group (HammyTriagePage *self,
                    int              from,
                    int              step)
{
  for (int g = from + step; g >= 0 && g < (int) hammy_triage_get_n_groups (); g += step)
    if (group_has_visible_rows (self, g))
      return g;

  return -1;
}

static void
update_navigation (HammyTriagePage *self)
{
  gboolean any_yes = FALSE;
  gboolean safety_done = safety_answered (self, &any_yes);
  gboolean on_safety = self->group == 0;
  gboolean last = next_visible_group (self, self->group, 1) < 0;
  g_autofree char *step = NULL;
  guint position = 0, total = 0;

  for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
    if (group_has_visible_rows (self, g))
      {
        total++;
        if (g <= self->group)
          position++;
      }

  /* Translators: progress through the questions, such as “Step 2 of 6” */
  step = g_strdup_printf (_("Step %u of %u"), position, total);
  gtk_label_set_label (self->step_label, step);

  gtk_button_set_label (self->next_button, (on_safety && any_yes) || last ? _("_See Result") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "triage.next", !on_safety || safety_done);
}

/* Shows the questions that matter for the answers so far; a list whose rows all went hides,
 * and so does a clear button with nothing to clear. */
static void
update_relevance (HammyTriagePage *self)
{
  g_autoptr(JsonObject) answers = read_answers (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);

      gtk_widget_set_visible (r->widget, hammy_triage_question_is_relevant (r->question, answers));
      if (r->clear != NULL)
        gtk_widget_set_visible (r->clear, json_object_has_member (answers, r->question->id));
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);
      gboolean any = FALSE;

      if (r->list == NULL)
        continue;
      for (guint k = 0; k < self->rows->len; k++)
        {
          HammyQuestionInput *other = g_ptr_array_index (self->rows, k);

          any |= other->list == r->list && gtk_widget_get_visible (other->widget);
        }
      gtk_widget_set_visible (r->list, any);
    }

  update_navigation (self);
}

static void
on_answer_changed_cb (HammyTriagePage *self)
{
  update_relevance (self);
}

/* The key points of the self-checks come from the library, which may still be loading
 * when the questions are first built. */
static void
fill_self_checks (HammyTriagePage *self)
{
  HammyLibrary *library = self->data != NULL ? hammy_data_get_library (self->data) : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    hammy_question_input_fill_self_check (g_ptr_array_index (self->rows, i), library);
}

static void
show_group (HammyTriagePage *self,
            guint            group)
{
  const HammyQuestionGroup *info = hammy_triage_get_group (group);

  self->group = group;
  gtk_stack_set_visible_child_name (self->group_stack, info->id);
  gtk_label_set_label (self->group_title, _(info->title));
  gtk_label_set_label (self->group_description, _(info->description));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->questions_scroller), 0);
  update_navigation (self);
  fill_self_checks (self);

  /* Keyboard users land on the first answer of the group. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      HammyQuestionInput *r = g_ptr_array_index (self->rows, i);

      if (g_str_equal (r->question->group, info->id) && gtk_widget_get_visible (r->widget))
        {
          gtk_widget_child_focus (r->widget, GTK_DIR_TAB_FORWARD);
          break;
        }
    }
}

/* A question whose answer is a set of rows, or pain, is a card of its own; yes-or-no and
 * number questions share one list until the next such card. */
static void
ensure_questions (HammyTriagePage *self)
{
  if (self->rows->len > 0)
    return;

  for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
    {
      const HammyQuestionGroup *info = hammy_triage_get_group (g);
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
      GtkWidget *list = NULL;

      for (guint q = 0; q < hammy_triage_get_n_questions (); q++)
        {
          const HammyQuestion *question = hammy_triage_get_question (q);
          HammyQuestionInput *r;

          if (!g_str_equal (question->group, info->id))
            continue;

          r = hammy_question_input_new (question, G_OBJECT (self), G_CALLBACK (on_answer_changed_cb), "triage.clear");
          g_ptr_array_add (self->rows, r);

          if (r->answers != NULL)
            {
              gtk_box_append (GTK_BOX (page), r->widget);
              list = NULL;
              continue;
            }

          if (list == NULL)
            {
              list = adw_preferences_group_new ();
              gtk_box_append (GTK_BOX (page), list);
            }
          r->list = list;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (list), r->widget);
        }

      gtk_stack_add_named (self->group_stack, page, info->id);
    }

  fill_self_checks (self);
}

/* ---- the result ---------------------------------------------------------------------- */

static void
set_tone (GtkWidget  *label,
          const char *tone)
{
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (tone != NULL)
    gtk_widget_add_css_class (label, tone);
}

/* What checking again changed against the saved check, each with today's reasons. */
static void
add_changes (HammyTriagePage *self,
             HammyAssessment *before,
             HammyAssessment *after)
{
  g_autoptr(GPtrArray) changes = hammy_assessment_compare (before, after);

  hammy_article_add_heading (self->article, _("What Changed with Today’s Rules"));
  for (guint i = 0; i < changes->len; i++)
    {
      HammyTriageChange *change = g_ptr_array_index (changes, i);

      hammy_article_add_paragraph (self->article, change->text);
      if (change->why[0] != NULL)
        hammy_article_add_list (self->article, (const char * const *) change->why, FALSE);
    }
}

/* The button with its cell: an empty cell would hold the focus (GTK 4.8's flow box). */
static void
set_rerun_visible (HammyTriagePage *self,
                   gboolean         visible)
{
  gtk_widget_set_visible (self->rerun_button, visible);
  gtk_widget_set_visible (gtk_widget_get_parent (self->rerun_button), visible);
}

/* @before: the saved check that @assessment re-reads with today's rules, or NULL. */
static void
show_result (HammyTriagePage *self,
             HammyAssessment *assessment,
             HammyAssessment *before)
{
  HammyTriagePhase phase = hammy_assessment_get_phase (assessment);
  gboolean training = hammy_triage_phase_is_training (phase);
  const char *action = hammy_assessment_get_action (assessment);
  const char *tone = phase == HAMMY_TRIAGE_PHASE_URGENT ? "error" : phase == HAMMY_TRIAGE_PHASE_REFER ? "warning" : NULL;
  const char * const *flags = hammy_assessment_get_flags (assessment);
  GPtrArray *reasons = hammy_assessment_get_reasons (assessment);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GPtrArray) why = g_ptr_array_new ();

  g_set_object (&self->assessment, assessment);

  gtk_label_set_label (self->result_kicker, training ? _("The phase to work in") : _("What to do now"));
  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (phase));
  set_tone (GTK_WIDGET (self->phase_label), tone);
  gtk_widget_set_visible (GTK_WIDGET (self->action_label), action != NULL);
  gtk_label_set_label (self->action_label, action != NULL ? action : "");
  set_tone (GTK_WIDGET (self->action_label), tone);
  gtk_label_set_label (self->meaning_label, hammy_triage_phase_get_meaning (phase));
  gtk_label_set_text_with_mnemonic (self->next_step_label,
                                    training ? _("_Start Today’s Circuit") : _("_How to Find a Clinician"));
  /* A button with a child of its own is nameless to a screen reader in GTK 4.8. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_step_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (self->next_step_label),
                                  -1);

  hammy_article_clear (self->article);

  if (before != NULL)
    add_changes (self, before, assessment);

  /* An emergency is not buried: only what to do and why. */
  if (phase != HAMMY_TRIAGE_PHASE_URGENT)
    {
      g_autofree char *picture = g_strdup_printf ("%s. %s", hammy_triage_picture_get_name (hammy_assessment_get_picture (assessment)),
                                                  hammy_triage_picture_get_description (hammy_assessment_get_picture (assessment)));

      hammy_article_add_heading (self->article, _("The Likely Picture"));
      hammy_article_add_paragraph (self->article, picture);
      gtk_widget_add_css_class (hammy_article_add_paragraph (self->article,
                                                             _("This is a likely picture from your answers, not a diagnosis.")),
                                "dim-label");
    }

  for (guint i = 0; flags[i] != NULL; i++)
    g_ptr_array_add (sentences, (gpointer) hammy_triage_flag_get_sentence (flags[i]));
  g_ptr_array_add (sentences, NULL);
  hammy_article_add_section (self->article, _("Take Note"), (const char * const *) sentences->pdata, FALSE);

  /* The one running rule's sentence, the same one Today and the handout show. */
  hammy_article_add_heading (self->article, _("Running"));
  gtk_widget_set_name (hammy_article_add_paragraph (self->article, hammy_assessment_get_running_advice (assessment)),
                       "triage-running");

  for (guint i = 0; i < reasons->len; i++)
    g_ptr_array_add (why, ((HammyTriageReason *) g_ptr_array_index (reasons, i))->text);
  g_ptr_array_add (why, NULL);
  hammy_article_add_section (self->article, _("Why We Think This"), (const char * const *) why->pdata, FALSE);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->result_scroller), 0);
  gtk_stack_set_visible_child_name (get_flow (self), "result");
  /* The focus goes to the next step, and a screen reader reads the button's description with
   * it: the result and what to do now are heard on arrival, not only the button's name. */
  {
    /* Translators: read by a screen reader on a triage result: "What to do now: Get Help Now.
     * <what to do> <what it means>" */
    g_autofree char *spoken = g_strdup_printf (_("%s: %s. %s %s"),
                                               gtk_label_get_label (self->result_kicker),
                                               hammy_triage_phase_get_title (phase),
                                               action != NULL ? action : "",
                                               hammy_triage_phase_get_meaning (phase));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_step_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                    -1);
  }
  gtk_widget_grab_focus (GTK_WIDGET (self->next_step_button));
}

/* A saved check, as it was then, with the way to check it again with today's rules. */
static void
show_saved (HammyTriagePage *self,
            HammyAssessment *assessment)
{
  g_autofree char *when = hammy_dates_format_date_time (hammy_assessment_get_created (assessment),
                                                        HAMMY_DATE_STYLE_DAY_AT_TIME);
  g_autofree char *text = g_strdup_printf (_("A check from %s, as it was then."), when);

  show_result (self, assessment, NULL);
  set_rerun_visible (self, TRUE);
  gtk_label_set_label (self->saved_label, text);
}

static void
finish (HammyTriagePage *self)
{
  g_autoptr(JsonObject) all = read_answers (self);
  g_autoptr(JsonObject) answers = hammy_triage_dup_relevant_answers (all);
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(HammyAssessment) assessment = hammy_triage_assess (answers, now);

  show_result (self, assessment, NULL);
  set_rerun_visible (self, FALSE);
  /* Saved in the background, in order; a failure reaches the window as a sentence. */
  if (self->data != NULL && !hammy_data_is_read_only (self->data))
    {
      /* The very first check has no earlier ones to be saved with. */
      gboolean first = g_list_model_get_n_items (hammy_data_get_assessments (self->data)) == 0;

      hammy_data_add_assessment (self->data, assessment);
      gtk_label_set_label (self->saved_label,
                           first ? _("Saved. Your next check will be kept beside it.")
                                 : _("Saved with your earlier checks."));
    }
  else
    {
      const char *reason = self->data != NULL ? hammy_data_get_read_only_reason (self->data) : NULL;
      g_autofree char *label = reason != NULL ? g_strdup_printf (_("Not saved. %s"), reason) : g_strdup (_("Not saved."));

      gtk_label_set_label (self->saved_label, label);
    }
}

/* ---- the history -------------------------------------------------------------------- */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  HammyAssessment *assessment = item;
  g_autofree char *when = hammy_dates_format_date_time (hammy_assessment_get_created (assessment),
                                                        HAMMY_DATE_STYLE_DAY_AND_TIME);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hammy_triage_phase_get_title (hammy_assessment_get_phase (assessment)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
on_history_changed_cb (GListModel      *model,
                       guint            position,
                       guint            removed,
                       guint            added,
                       HammyTriagePage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), g_list_model_get_n_items (model) > 0);
}

/* The list shows the saved checks in the data's order: a row's place is its check's. */
static void
on_history_list_row_activated_cb (HammyTriagePage *self,
                                  GtkListBoxRow   *row)
{
  GListModel *history = hammy_data_get_assessments (self->data);
  g_autoptr(HammyAssessment) assessment = g_list_model_get_item (history, gtk_list_box_row_get_index (row));

  if (assessment != NULL)
    show_saved (self, assessment);
}

/* ---- actions and callbacks ------------------------------------------------------------ */

static void
on_next_step_button_clicked_cb (HammyTriagePage *self)
{
  HammyTriagePhase phase;
  GtkWidget *dialog;

  if (self->assessment == NULL)
    return;

  phase = hammy_assessment_get_phase (self->assessment);
  if (hammy_triage_phase_is_training (phase))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "today");
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("How to Find a Clinician"), hammy_triage_get_finding_help (phase));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);

  ensure_questions (self);
  for (guint i = 0; i < self->rows->len; i++)
    hammy_question_input_clear (g_ptr_array_index (self->rows, i));
  update_relevance (self);
  gtk_stack_set_visible_child_name (get_flow (self), "questions");
  show_group (self, 0);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);
  gboolean any_yes = FALSE;
  int next;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (get_flow (self)), "questions") != 0)
    return;

  /* A yes to a safety question ends the questionnaire: what to do now comes first. */
  if (self->group == 0 && safety_answered (self, &any_yes) && any_yes)
    {
      finish (self);
      return;
    }

  next = next_visible_group (self, self->group, 1);
  if (next < 0)
    finish (self);
  else
    show_group (self, next);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);
  int previous;

  /* Back only means something while answering: on the result it would move a hidden page. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (get_flow (self)), "questions") != 0)
    return;

  previous = next_visible_group (self, self->group, -1);
  if (previous < 0)
    gtk_stack_set_visible_child_name (get_flow (self), "start");
  else
    show_group (self, previous);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);

  gtk_stack_set_visible_child_name (get_flow (self), "start");
}

/* The same answers with today's rules, beside what changed and why; not saved again. */
static void
rerun_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);
  g_autoptr(HammyAssessment) before = NULL;
  g_autoptr(HammyAssessment) rerun = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (self->assessment == NULL)
    return;

  before = g_object_ref (self->assessment);
  now = hammy_context_dup_now (self->context);
  rerun = hammy_triage_assess (hammy_assessment_get_answers (before), now);
  show_result (self, rerun, before);
  set_rerun_visible (self, FALSE);
  gtk_label_set_label (self->saved_label, _("The same answers, with today’s rules. This is not saved again."));
}

/* Takes back the answer to one question, named by the action's target. */
static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);
  HammyQuestionInput *r = lookup_row (self, g_variant_get_string (parameter, NULL));

  if (r == NULL)
    return;

  hammy_question_input_clear (r);
  update_relevance (self);
  gtk_widget_child_focus (r->widget, GTK_DIR_TAB_FORWARD);
}

/* Answers half given, or a result on screen, are the last person's: the page starts over. */
static void
on_current_profile_changed_cb (HammyTriagePage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    hammy_question_input_clear (g_ptr_array_index (self->rows, i));
  g_clear_object (&self->assessment);
  gtk_stack_set_visible_child_name (get_flow (self), "start");
}

/* Set once, by the window. The saved checks are listed under "Earlier Checks" as the data
 * has them. */
static void
hammy_triage_page_context_set (HammyPageBin *page,
                               HammyContext *context)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (page);
  GListModel *history;
  HammyData *data;

  self->context = context;
  data = hammy_context_get_data (context);
  self->data = g_object_ref (data);
  history = hammy_data_get_assessments (data);
  gtk_list_box_bind_model (self->history_list, history, create_history_row, NULL, NULL);
  g_signal_connect_object (history, "items-changed", G_CALLBACK (on_history_changed_cb), self, 0);
  on_history_changed_cb (history, 0, 0, 0, self);
  /* The library arrives with the rest of the data. */
  g_signal_connect_object (data, "changed", G_CALLBACK (fill_self_checks), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (data, "notify::current-profile", G_CALLBACK (on_current_profile_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
hammy_triage_page_dispose (GObject *object)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (object);

  if (self->history_list != NULL)
    gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_TRIAGE_PAGE);
  g_clear_object (&self->assessment);
  g_clear_object (&self->data);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hammy_triage_page_parent_class)->dispose (object);
}

static void
hammy_triage_page_class_init (HammyTriagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_triage_page_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_triage_page_context_set;

  g_type_ensure (HAMMY_TYPE_PAIN_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/triage/hammy-triage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, history_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, history_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, step_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, group_title);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, group_description);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, group_stack);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, questions_scroller);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, next_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, result_scroller);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, result_kicker);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, action_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, next_step_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, next_step_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, article);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, rerun_button);
  gtk_widget_class_bind_template_callback (widget_class, on_history_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_step_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "triage.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "triage.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "triage.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "triage.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "triage.rerun", NULL, rerun_action);
  gtk_widget_class_install_action (widget_class, "triage.clear", "s", clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "triage.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "triage.back", NULL);
}

static void
hammy_triage_page_init (HammyTriagePage *self)
{
  GtkWidget *actions;

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_question_input_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The result's buttons take the focus, not the cells around them. */
  actions = gtk_widget_get_parent (gtk_widget_get_parent (self->rerun_button));
  for (GtkWidget *cell = gtk_widget_get_first_child (actions); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
    gtk_widget_set_focusable (cell, FALSE);
}

HammyAssessment *
hammy_triage_page_get_assessment (HammyTriagePage *self)
{
  g_return_val_if_fail (HAMMY_IS_TRIAGE_PAGE (self), NULL);

  return self->assessment;
}

/* "start", "result", or the id of the question group on screen. */
const char *
hammy_triage_page_get_step (HammyTriagePage *self)
{
  const char *page;

  g_return_val_if_fail (HAMMY_IS_TRIAGE_PAGE (self), NULL);

  page = gtk_stack_get_visible_child_name (get_flow (self));
  if (g_strcmp0 (page, "questions") == 0)
    return hammy_triage_get_group (self->group)->id;

  return page;
}
