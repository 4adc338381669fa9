/* hammy-question-input.c: the widgets that ask one question of the triage contract and hold its
 * answer, by kind: yes or no, a choice shown whole, a number, or pain as the traffic light's
 * buttons; a self-check's clip and key points under its answers. The Triage page and the phase
 * check ask their questions with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-question-input.h"

/* ---- helpers ------------------------------------------------------------------------- */

/* The choice checked, as an index into the question's choices; -1 for none. */
static int
get_choice (HammyQuestionInput *r)
{
  for (guint c = 0; c < r->choices->len; c++)
    if (gtk_check_button_get_active (g_ptr_array_index (r->choices, c)))
      return c;

  return -1;
}

/* A number that makes no sense is shown as such and left out, never guessed at. */
static gboolean
read_number (HammyQuestionInput *r,
             guint64     *value)
{
  const char *text = gtk_editable_get_text (r->entry);
  gboolean valid = *text == '\0' ||
                   g_ascii_string_to_unsigned (text, 10, r->question->min, r->question->max, value, NULL);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (r->entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (r->entry), "error");

  return *text != '\0' && valid;
}


/* A row with the question as its title, wrapping, and its help under it. */
static GtkWidget *
new_question_action_row (const HammyQuestion *question)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(question->text));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (question->help != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(question->help));

  return row;
}

/* A question whose answers are rows of their own: the question as a heading that wraps (a
 * preferences group's title would be cut short), its help, a way to take the answer back,
 * and a list for the answers. */
static GtkWidget *
new_question_card (GObject            *owner,
                   HammyQuestionInput *r,
                   const char         *help,
                   const char         *clear_action)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* A heading each, so a screen reader can go from question to question. */
  GtkWidget *title = g_object_new (GTK_TYPE_LABEL,
                                   "label", _(r->question->text),
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);

  if (clear_action != NULL)
    {
      r->clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
      gtk_widget_set_valign (r->clear, GTK_ALIGN_CENTER);
      gtk_widget_set_visible (r->clear, FALSE);
      gtk_widget_set_tooltip_text (r->clear, _("Clear This Answer"));
      gtk_widget_add_css_class (r->clear, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (r->clear), clear_action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (r->clear), "s", r->question->id);
      gtk_box_append (GTK_BOX (header), r->clear);
    }
  gtk_box_append (GTK_BOX (card), header);

  if (help != NULL)
    {
      GtkWidget *description = gtk_label_new (help);

      gtk_label_set_wrap (GTK_LABEL (description), TRUE);
      gtk_label_set_natural_wrap_mode (GTK_LABEL (description), GTK_NATURAL_WRAP_WORD);
      gtk_label_set_xalign (GTK_LABEL (description), 0);
      gtk_widget_add_css_class (description, "dim-label");
      gtk_box_append (GTK_BOX (card), description);
    }

  r->answers = adw_preferences_group_new ();
  gtk_widget_set_margin_top (r->answers, 6);
  gtk_box_append (GTK_BOX (card), r->answers);

  return card;
}

/* A screen reader says whether a choice is the one chosen: a radio button, checked or not. */
static void
on_choice_toggled_cb (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_CHECKED, gtk_toggle_button_get_active (button),
                               -1);
}

/* One of a few answers shown as linked buttons, only one of them on: a radio button to a screen
 * reader, not a push button with no state. */
static GtkWidget *
new_choice_toggle (const char *label)
{
  GtkWidget *button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                    "label", label,
                                    "use-underline", TRUE,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                    NULL);

  on_choice_toggled_cb (GTK_TOGGLE_BUTTON (button));
  g_signal_connect (button, "toggled", G_CALLBACK (on_choice_toggled_cb), NULL);

  return button;
}

static GtkWidget *
new_yes_no_row (GObject            *owner,
                HammyQuestionInput *r)
{
  GtkWidget *row = new_question_action_row (r->question);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *no_label = g_strdup_printf (_("No: %s"), _(r->question->text));
  g_autofree char *yes_label = g_strdup_printf (_("Yes: %s"), _(r->question->text));

  r->no = GTK_TOGGLE_BUTTON (new_choice_toggle (_("No")));
  r->yes = GTK_TOGGLE_BUTTON (new_choice_toggle (_("Yes")));
  gtk_toggle_button_set_group (r->yes, r->no);
  gtk_widget_set_size_request (GTK_WIDGET (r->no), 64, -1);
  gtk_widget_set_size_request (GTK_WIDGET (r->yes), 64, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->no), GTK_ACCESSIBLE_PROPERTY_LABEL, no_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->yes), GTK_ACCESSIBLE_PROPERTY_LABEL, yes_label, -1);
  g_signal_connect_object (r->no, "toggled", r->changed, owner, G_CONNECT_SWAPPED);
  g_signal_connect_object (r->yes, "toggled", r->changed, owner, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->no));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (r->yes));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  return row;
}

/* A number in an entry beside its question, the question read out as its name. */
static GtkWidget *
new_number_row (GObject            *owner,
                HammyQuestionInput *r)
{
  GtkWidget *row = new_question_action_row (r->question);
  GtkWidget *entry = gtk_entry_new ();

  r->entry = GTK_EDITABLE (entry);
  gtk_editable_set_width_chars (r->entry, 4);
  gtk_editable_set_max_width_chars (r->entry, 5);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 4);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _(r->question->text), -1);
  if (r->question->help != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(r->question->help), -1);
  g_signal_connect_object (entry, "changed", r->changed, owner, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);

  return row;
}

/* Every choice in full, one row each, checked like a radio button. */
static GtkWidget *
new_choice_group (GObject            *owner,
                  HammyQuestionInput *r,
                  const char         *clear_action)
{
  /* A self-check says how it is done under its answers, beside its clip. */
  GtkWidget *card = new_question_card (owner, r, r->question->help != NULL && r->question->self_check == NULL
                                                ? _(r->question->help) : NULL, clear_action);
  GtkCheckButton *first = NULL;

  r->choices = g_ptr_array_new ();
  for (guint c = 0; r->question->choices[c].id != NULL; c++)
    {
      const char *label = _(r->question->choices[c].label);
      g_autofree char *name = g_strdup_printf ("answer-%s-%s", r->question->id, r->question->choices[c].id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_name (check, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(r->question->text),
                                      -1);
      g_signal_connect_object (check, "toggled", r->changed, owner, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      /* The check takes the focus, not the row around it: one stop a choice. */
      gtk_widget_set_focusable (row, FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (r->answers), row);

      g_ptr_array_add (r->choices, check);
      if (first == NULL)
        first = GTK_CHECK_BUTTON (check);
    }

  return card;
}

/* Pain as the traffic light's buttons, as in the guided session. */
static GtkWidget *
new_pain_group (GObject            *owner,
                HammyQuestionInput *r,
                const char         *clear_action)
{
  GtkWidget *card = new_question_card (owner, r, r->question->help != NULL ? _(r->question->help) : NULL, clear_action);
  GtkWidget *picker = hammy_pain_picker_new ();

  r->pain = HAMMY_PAIN_PICKER (picker);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL, _(r->question->text), -1);
  g_signal_connect_object (picker, "notify::value", r->changed, owner, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (r->answers), picker);

  return card;
}


/* ---- public API ---------------------------------------------------------------------- */

/* The widgets for @question, named “question-ID” (a choice's “answer-ID-CHOICE”). @changed is
 * called on @owner, swapped, whenever the answer changes; @clear_action (a "s" action given the
 * question's id), when not NULL, is a button that takes back the answer of a choice or a pain. */
HammyQuestionInput *
hammy_question_input_new (const HammyQuestion *question,
                          GObject             *owner,
                          GCallback            changed,
                          const char          *clear_action)
{
  g_autofree char *name = NULL;
  HammyQuestionInput *r;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  r = g_new0 (HammyQuestionInput, 1);
  r->changed = changed;
  r->question = question;
  switch (question->kind)
    {
    case HAMMY_QUESTION_YES_NO:
      r->widget = new_yes_no_row (owner, r);
      break;

    case HAMMY_QUESTION_NUMBER:
      r->widget = new_number_row (owner, r);
      break;

    case HAMMY_QUESTION_CHOICE:
      r->widget = new_choice_group (owner, r, clear_action);
      break;

    case HAMMY_QUESTION_PAIN:
      r->widget = new_pain_group (owner, r, clear_action);
      break;

    default:
      g_assert_not_reached ();
    }

  /* A self-check's clip and key points, under its answers. */
  if (question->self_check != NULL)
    {
      r->self_check = HAMMY_SELF_CHECK_ROW (hammy_self_check_row_new (question->self_check,
                                                                      question->help != NULL ? _(question->help) : NULL));
      /* A list of its own: Tab leaves a list after its first row, and would never reach the
       * clip or Full Instructions below the answers. */
      if (GTK_IS_BOX (r->widget))
        {
          GtkWidget *group = adw_preferences_group_new ();

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (r->self_check));
          gtk_box_append (GTK_BOX (r->widget), group);
        }
      else
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (r->answers), GTK_WIDGET (r->self_check));
    }

  name = g_strdup_printf ("question-%s", question->id);
  gtk_widget_set_name (r->widget, name);

  return r;
}


/* Adds the answer given to @answers, under the question's id; nothing while unanswered, or while
 * a number makes no sense (the entry says so). */
void
hammy_question_input_read (HammyQuestionInput *r,
                           JsonObject         *answers)
{
  const char *id;
  guint64 number = 0;
  int choice;

  g_return_if_fail (r != NULL && answers != NULL);

  id = r->question->id;
  switch (r->question->kind)
    {
    case HAMMY_QUESTION_YES_NO:
      if (gtk_toggle_button_get_active (r->yes))
        json_object_set_boolean_member (answers, id, TRUE);
      else if (gtk_toggle_button_get_active (r->no))
        json_object_set_boolean_member (answers, id, FALSE);
      break;

    case HAMMY_QUESTION_CHOICE:
      if ((choice = get_choice (r)) >= 0)
        json_object_set_string_member (answers, id, r->question->choices[choice].id);
      break;

    case HAMMY_QUESTION_PAIN:
      if (hammy_pain_picker_get_value (r->pain) >= 0)
        json_object_set_int_member (answers, id, hammy_pain_picker_get_value (r->pain));
      break;

    case HAMMY_QUESTION_NUMBER:
      if (read_number (r, &number))
        json_object_set_int_member (answers, id, (gint64) number);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Takes the answer back: the question is as it was before it was answered. */
void
hammy_question_input_clear (HammyQuestionInput *r)
{
  switch (r->question->kind)
    {
    case HAMMY_QUESTION_YES_NO:
      gtk_toggle_button_set_active (r->yes, FALSE);
      gtk_toggle_button_set_active (r->no, FALSE);
      break;

    case HAMMY_QUESTION_CHOICE:
      for (guint c = 0; c < r->choices->len; c++)
        gtk_check_button_set_active (g_ptr_array_index (r->choices, c), FALSE);
      break;

    case HAMMY_QUESTION_PAIN:
      hammy_pain_picker_set_value (r->pain, -1);
      break;

    case HAMMY_QUESTION_NUMBER:
      gtk_editable_set_text (r->entry, "");
      break;

    default:
      g_assert_not_reached ();
    }
}



/* Gives a self-check its clip and key points from @library, once it is loaded. */
void
hammy_question_input_fill_self_check (HammyQuestionInput *r,
                                      HammyLibrary       *library)
{
  HammyExercise *exercise;

  g_return_if_fail (r != NULL);

  if (library == NULL || r->self_check == NULL || hammy_self_check_row_has_exercise (r->self_check))
    return;

  exercise = hammy_library_lookup_exercise (library, r->question->self_check);
  if (exercise != NULL)
    hammy_self_check_row_set_exercise (r->self_check, exercise);
}

void
hammy_question_input_free (HammyQuestionInput *r)
{
  if (r == NULL)
    return;
  g_clear_pointer (&r->choices, g_ptr_array_unref);
  g_free (r);
}
