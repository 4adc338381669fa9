/* hammy-question-input.h: the widgets that ask one question of the triage contract and hold its
 * answer, for the Triage page and the phase check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "hammy-library.h"
#include "hammy-pain-picker.h"
#include "hammy-self-check-row.h"
#include "hammy-triage-text.h"

G_BEGIN_DECLS

/* One question on screen and the widgets that hold its answer, by kind. */
typedef struct
{
  const HammyQuestion *question;
  GtkWidget           *widget;      /* a row (yes or no, a number), or a card of its own (a choice, pain) */
  GtkWidget           *list;        /* the group of rows it shares with its neighbours, or NULL: its owner's */
  GtkToggleButton     *no;          /* yes or no */
  GtkToggleButton     *yes;
  GPtrArray           *choices;     /* of GtkCheckButton, in the order of the question's choices */
  HammyPainPicker     *pain;        /* pain from 0 to 10 */
  GtkEditable         *entry;       /* other numbers */
  GtkWidget           *answers;     /* the list of a choice's or a pain's answers; NULL for a row */
  GtkWidget           *clear;       /* takes back the answer to a choice or a pain question, or NULL */
  HammySelfCheckRow   *self_check;  /* how the check is done, under its answers */
  GCallback            changed;
} HammyQuestionInput;

HammyQuestionInput *hammy_question_input_new             (const HammyQuestion *question,
                                                          GObject             *owner,
                                                          GCallback            changed,
                                                          const char          *clear_action);
void                hammy_question_input_read            (HammyQuestionInput  *input,
                                                          JsonObject          *answers);
void                hammy_question_input_clear           (HammyQuestionInput  *input);
void                hammy_question_input_fill_self_check (HammyQuestionInput  *input,
                                                          HammyLibrary        *library);
void                hammy_question_input_free            (HammyQuestionInput  *input);

G_END_DECLS
