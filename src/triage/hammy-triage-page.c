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
#include "hammy-self-check-row.h"
#include "hammy-toasts.h"
#include "hammy-triage-page.h"
#include "hammy-triage-text.h"

typedef struct
{
  const HammyQuestion *question;
  GtkWidget           *row;
  GtkToggleButton     *no;      /* yes/no questions */
  GtkToggleButton     *yes;
  AdwComboRow         *combo;   /* choices, and pain from 0 to 10 */
  GtkEditable         *entry;   /* other numbers */
  HammySelfCheckRow   *self_check; /* how the check is done, under its question */
} QuestionRow;

struct _HammyTriagePage
{
  AdwBin                parent_instance;

  HammyContext         *context;  /* the page bin's */
  GPtrArray            *rows;          /* of QuestionRow, in question order */
  guint                 group;         /* index of the group on screen */
  HammyAssessment      *assessment;    /* on the result page */
  gboolean              from_history;
  HammyData            *data;          /* the context's */
  GCancellable         *cancellable;

  /* template children (not the direct child: AdwBin unparents that itself) */
  AdwPreferencesGroup  *history_group;
  GtkListBox           *history_list;

  /* from hammy-triage-steps.ui, built on first use */
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

/* ---- answers ----------------------------------------------------------------------- */

static gboolean
is_pain_question (const HammyQuestion *question)
{
  return question->kind == HAMMY_QUESTION_NUMBER && question->max == 10;
}

static JsonObject *
read_answers (HammyTriagePage *self)
{
  JsonObject *answers = json_object_new ();

  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);
      const char *id = r->question->id;

      if (r->yes != NULL)
        {
          if (gtk_toggle_button_get_active (r->yes))
            json_object_set_boolean_member (answers, id, TRUE);
          else if (gtk_toggle_button_get_active (r->no))
            json_object_set_boolean_member (answers, id, FALSE);
        }
      else if (r->combo != NULL)
        {
          guint selected = adw_combo_row_get_selected (r->combo);

          if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
            continue;
          if (is_pain_question (r->question))
            json_object_set_int_member (answers, id, selected - 1);
          else
            json_object_set_string_member (answers, id, r->question->choices[selected - 1].id);
        }
      else if (r->entry != NULL)
        {
          const char *text = gtk_editable_get_text (r->entry);
          guint64 value = 0;
          gboolean valid = *text == '\0' ||
                           (g_ascii_string_to_unsigned (text, 10, r->question->min, r->question->max, &value, NULL));

          /* A number that makes no sense is shown as such and left out, never guessed at. */
          if (valid)
            gtk_widget_remove_css_class (r->row, "error");
          else
            gtk_widget_add_css_class (r->row, "error");
          if (*text != '\0' && valid)
            json_object_set_int_member (answers, id, (gint64) value);
        }
    }

  return answers;
}

static void
clear_answers (HammyTriagePage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);

      if (r->yes != NULL)
        {
          gtk_toggle_button_set_active (r->yes, FALSE);
          gtk_toggle_button_set_active (r->no, FALSE);
        }
      else if (r->combo != NULL)
        adw_combo_row_set_selected (r->combo, 0);
      else if (r->entry != NULL)
        gtk_editable_set_text (r->entry, "");
    }
}

static void on_next_step_button_clicked_cb (HammyTriagePage *self);
static void build_questions (HammyTriagePage *self);
static void fill_self_checks (HammyTriagePage *self);

/* The questions and the result are made the first time they are needed: at startup the
 * page shows only its first screen. */
static void
ensure_steps (HammyTriagePage *self)
{
  g_autoptr(GtkBuilder) builder = NULL;

  if (self->group_stack != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/triage/hammy-triage-steps.ui");
#define TAKE(type, name) self->name = type (gtk_builder_get_object (builder, #name))
  TAKE (GTK_LABEL, step_label);
  TAKE (GTK_LABEL, group_title);
  TAKE (GTK_LABEL, group_description);
  TAKE (GTK_STACK, group_stack);
  TAKE (GTK_SCROLLED_WINDOW, questions_scroller);
  TAKE (GTK_BUTTON, next_button);
  TAKE (GTK_SCROLLED_WINDOW, result_scroller);
  TAKE (GTK_LABEL, result_kicker);
  TAKE (GTK_LABEL, phase_label);
  TAKE (GTK_LABEL, action_label);
  TAKE (GTK_LABEL, meaning_label);
  TAKE (GTK_BUTTON, next_step_button);
  TAKE (GTK_BOX, article);
  TAKE (GTK_LABEL, saved_label);
  TAKE (GTK_WIDGET, rerun_button);
#undef TAKE

  g_signal_connect_object (self->next_step_button, "clicked",
                           G_CALLBACK (on_next_step_button_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (get_flow (self), GTK_WIDGET (gtk_builder_get_object (builder, "questions_page")), "questions");
  gtk_stack_add_named (get_flow (self), GTK_WIDGET (self->result_scroller), "result");
  build_questions (self);
}

/* ---- the question groups ---------------------------------------------------------- */

static gboolean
group_has_visible_rows (HammyTriagePage *self,
                        guint            group)
{
  const char *id = hammy_triage_get_group (group)->id;

  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);

      if (g_str_equal (r->question->group, id) && gtk_widget_get_visible (r->row))
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
      QuestionRow *r = g_ptr_array_index (self->rows, i);

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
  guint position = 0, total = 0;

  for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
    if (group_has_visible_rows (self, g))
      {
        total++;
        if (g <= self->group)
          position++;
      }

  /* Translators: progress through the questions, such as “Step 2 of 6” */
  {
    g_autofree char *step = g_strdup_printf (_("Step %u of %u"), position, total);
    gtk_label_set_label (self->step_label, step);
  }

  gtk_button_set_label (self->next_button, (on_safety && any_yes) || last ? _("_See Result") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "triage.next", !on_safety || safety_done);
}

static void
update_relevance (HammyTriagePage *self)
{
  g_autoptr(JsonObject) answers = read_answers (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);

      gtk_widget_set_visible (r->row, hammy_triage_question_is_relevant (r->question, answers));
    }

  update_navigation (self);
}

static void
on_answer_changed_cb (HammyTriagePage *self)
{
  update_relevance (self);
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

  /* Keyboard users land on the first question of the group. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);

      if (g_str_equal (r->question->group, info->id) && gtk_widget_get_visible (r->row))
        {
          gtk_widget_grab_focus (r->row);
          break;
        }
    }
}

static GtkWidget *
new_yes_no_row (QuestionRow     *r,
                HammyTriagePage *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *no_label = g_strdup_printf (_("No: %s"), _(r->question->text));
  g_autofree char *yes_label = g_strdup_printf (_("Yes: %s"), _(r->question->text));

  r->no = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("No")));
  r->yes = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("Yes")));
  gtk_toggle_button_set_group (r->yes, r->no);
  gtk_widget_set_size_request (GTK_WIDGET (r->no), 64, -1);
  gtk_widget_set_size_request (GTK_WIDGET (r->yes), 64, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->no), GTK_ACCESSIBLE_PROPERTY_LABEL, no_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->yes), GTK_ACCESSIBLE_PROPERTY_LABEL, yes_label, -1);
  g_signal_connect_object (r->no, "toggled", G_CALLBACK (on_answer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (r->yes, "toggled", G_CALLBACK (on_answer_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->no));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->yes));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

static GtkWidget *
new_choice_row (QuestionRow     *r,
                HammyTriagePage *self)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("Not answered"));
  if (is_pain_question (r->question))
    {
      for (int i = 0; i <= 10; i++)
        {
          g_autofree char *label = i == 0 ? g_strdup (_("0, none"))
                                 : i == 10 ? g_strdup (_("10, the worst"))
                                 : g_strdup_printf ("%d", i);

          gtk_string_list_append (labels, label);
        }
    }
  else
    {
      for (guint c = 0; r->question->choices[c].id != NULL; c++)
        gtk_string_list_append (labels, _(r->question->choices[c].label));
    }

  r->combo = ADW_COMBO_ROW (row);
  adw_combo_row_set_model (r->combo, G_LIST_MODEL (labels));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_answer_changed_cb), self, G_CONNECT_SWAPPED);

  return row;
}

static GtkWidget *
new_number_row (QuestionRow     *r,
                HammyTriagePage *self)
{
  GtkWidget *row = adw_entry_row_new ();

  r->entry = GTK_EDITABLE (row);
  gtk_editable_set_max_width_chars (r->entry, 5);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_answer_changed_cb), self, G_CONNECT_SWAPPED);

  return row;
}

/* The key points of the self-checks come from the library, which may still be loading
 * when the questions are first built. */
static void
fill_self_checks (HammyTriagePage *self)
{
  HammyLibrary *library = self->data != NULL ? hammy_data_get_library (self->data) : NULL;

  if (library == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      QuestionRow *r = g_ptr_array_index (self->rows, i);
      HammyExercise *exercise;

      if (r->self_check == NULL || hammy_self_check_row_has_exercise (r->self_check))
        continue;

      exercise = hammy_library_lookup_exercise (library, r->question->self_check);
      if (exercise != NULL)
        hammy_self_check_row_set_exercise (r->self_check, exercise);
    }
}

static QuestionRow *
new_question_row (HammyTriagePage     *self,
                  const HammyQuestion *question)
{
  QuestionRow *r = g_new0 (QuestionRow, 1);
  g_autofree char *name = NULL;

  r->question = question;
  if (question->kind == HAMMY_QUESTION_YES_NO)
    r->row = new_yes_no_row (r, self);
  else if (question->kind == HAMMY_QUESTION_CHOICE || is_pain_question (question))
    r->row = new_choice_row (r, self);
  else
    r->row = new_number_row (r, self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->row), _(question->text));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r->row), FALSE);

  /* A self-check's sentence of how goes with its clip: under the question it would
   * squeeze the answer beside it to nothing. */
  if (question->self_check != NULL)
    r->self_check = HAMMY_SELF_CHECK_ROW (hammy_self_check_row_new (question->self_check,
                                                                    question->help != NULL ? _(question->help) : NULL));

  if (ADW_IS_ACTION_ROW (r->row))
    {
      adw_action_row_set_title_lines (ADW_ACTION_ROW (r->row), 0);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (r->row), 0);
      if (question->help != NULL && r->self_check == NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (r->row), _(question->help));
    }
  else if (question->help != NULL)
    gtk_widget_set_tooltip_text (r->row, _(question->help));

  name = g_strdup_printf ("question-%s", question->id);
  gtk_widget_set_name (r->row, name);

  return r;
}

/* A self-check is a card of its own: the question with its answer, and under it the clip
 * and key points of how it is done. Other questions share one list per group. */
static void
build_questions (HammyTriagePage *self)
{
  for (guint g = 0; g < hammy_triage_get_n_groups (); g++)
    {
      const HammyQuestionGroup *info = hammy_triage_get_group (g);
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
      GtkWidget *list = NULL;

      for (guint q = 0; q < hammy_triage_get_n_questions (); q++)
        {
          const HammyQuestion *question = hammy_triage_get_question (q);
          QuestionRow *r;

          if (!g_str_equal (question->group, info->id))
            continue;

          r = new_question_row (self, question);
          g_ptr_array_add (self->rows, r);

          if (r->self_check != NULL)
            {
              GtkWidget *card = adw_preferences_group_new ();

              adw_preferences_group_add (ADW_PREFERENCES_GROUP (card), r->row);
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (card), GTK_WIDGET (r->self_check));
              g_object_bind_property (r->row, "visible", card, "visible", G_BINDING_SYNC_CREATE);
              gtk_box_append (GTK_BOX (page), card);
              list = NULL;
              continue;
            }

          if (list == NULL)
            {
              list = adw_preferences_group_new ();
              gtk_box_append (GTK_BOX (page), list);
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (list), r->row);
        }

      gtk_stack_add_named (self->group_stack, page, info->id);
    }

  fill_self_checks (self);
}

/* ---- the result ---------------------------------------------------------------------- */

static void
set_tone (GtkWidget   *label,
          const char  *tone)
{
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (tone != NULL)
    gtk_widget_add_css_class (label, tone);
}

static void
show_result (HammyTriagePage *self,
             HammyAssessment *assessment,
             gboolean         from_history)
{
  HammyTriagePhase phase = hammy_assessment_get_phase (assessment);
  gboolean training = hammy_triage_phase_is_training (phase);
  const char *action = hammy_assessment_get_action (assessment);
  const char *tone = phase == HAMMY_TRIAGE_PHASE_URGENT ? "error" : phase == HAMMY_TRIAGE_PHASE_REFER ? "warning" : NULL;
  const char * const *flags = hammy_assessment_get_flags (assessment);
  GPtrArray *reasons = hammy_assessment_get_reasons (assessment);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GPtrArray) why = g_ptr_array_new ();

  ensure_steps (self);
  g_set_object (&self->assessment, assessment);
  self->from_history = from_history;

  gtk_label_set_label (self->result_kicker, training ? _("The phase to work in") : _("What to do now"));
  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (phase));
  set_tone (GTK_WIDGET (self->phase_label), tone);
  gtk_widget_set_visible (GTK_WIDGET (self->action_label), action != NULL);
  gtk_label_set_label (self->action_label, action != NULL ? action : "");
  set_tone (GTK_WIDGET (self->action_label), tone);
  gtk_label_set_label (self->meaning_label, hammy_triage_phase_get_meaning (phase));
  gtk_button_set_label (self->next_step_button,
                        training ? _("_Start Today’s Circuit") : _("_How to Find a Clinician"));

  hammy_article_clear (self->article);

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

  hammy_article_add_heading (self->article, _("Running"));
  hammy_article_add_paragraph (self->article, hammy_triage_running_get_advice (hammy_assessment_get_running (assessment)));

  for (guint i = 0; i < reasons->len; i++)
    g_ptr_array_add (why, ((HammyTriageReason *) g_ptr_array_index (reasons, i))->text);
  g_ptr_array_add (why, NULL);
  hammy_article_add_section (self->article, _("Why We Think This"), (const char * const *) why->pdata, FALSE);

  gtk_widget_set_visible (self->rerun_button, from_history);
  if (from_history)
    {
      g_autofree char *when = hammy_dates_format_date_time (hammy_assessment_get_created (assessment),
                                                            HAMMY_DATE_STYLE_DAY_AT_TIME);
      g_autofree char *text = g_strdup_printf (_("A check from %s, as it was then."), when);

      gtk_label_set_label (self->saved_label, text);
    }
  else
    gtk_label_set_label (self->saved_label, "");

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->result_scroller), 0);
  gtk_stack_set_visible_child_name (get_flow (self), "result");
  gtk_widget_grab_focus (GTK_WIDGET (self->next_step_button));
}

static void
finish (HammyTriagePage *self)
{
  g_autoptr(JsonObject) all = read_answers (self);
  g_autoptr(JsonObject) answers = hammy_triage_dup_relevant_answers (all);
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(HammyAssessment) assessment = hammy_triage_assess (answers, now);

  show_result (self, assessment, FALSE);
  /* Saved in the background, in order; a failure reaches the window as a sentence. */
  if (self->data != NULL && !hammy_data_is_read_only (self->data))
    {
      hammy_data_add_assessment (self->data, assessment);
      gtk_label_set_label (self->saved_label, _("Saved with your earlier checks."));
    }
  else
    gtk_label_set_label (self->saved_label, _("Not saved: another copy of Hammy is using your data."));
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
  g_object_set_data_full (G_OBJECT (row), "hammy-assessment", g_object_ref (assessment), g_object_unref);

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

static void
on_history_list_row_activated_cb (HammyTriagePage *self,
                                  GtkListBoxRow   *row)
{
  HammyAssessment *assessment = g_object_get_data (G_OBJECT (row), "hammy-assessment");

  if (assessment != NULL)
    show_result (self, assessment, TRUE);
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

  ensure_steps (self);
  clear_answers (self);
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

static void
rerun_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammyTriagePage *self = HAMMY_TRIAGE_PAGE (widget);
  g_autoptr(HammyAssessment) rerun = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (self->assessment == NULL)
    return;

  now = hammy_context_dup_now (self->context);
  rerun = hammy_triage_assess (hammy_assessment_get_answers (self->assessment), now);
  show_result (self, rerun, FALSE);
  gtk_label_set_label (self->saved_label, _("The same answers, with today's rules. This is not saved again."));
}

/* Answers half given, or a result on screen, are the last person's: the page starts over. */
static void
on_current_profile_changed_cb (HammyTriagePage *self)
{
  if (self->rows->len > 0)
    clear_answers (self);
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

  g_cancellable_cancel (self->cancellable);
  if (self->history_list != NULL)
    gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_TRIAGE_PAGE);
  g_clear_object (&self->assessment);
  g_clear_object (&self->data);
  g_clear_object (&self->cancellable);
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



  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/triage/hammy-triage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, history_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTriagePage, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_history_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "triage.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "triage.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "triage.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "triage.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "triage.rerun", NULL, rerun_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "triage.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "triage.back", NULL);
}

static void
hammy_triage_page_init (HammyTriagePage *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
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

