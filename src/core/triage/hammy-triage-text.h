/* hammy-triage-text.h: the words people read about triage: the questions with their help, and
 * what a phase, a picture, a flag and running advice mean.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-triage.h"

G_BEGIN_DECLS

typedef enum
{
  HAMMY_QUESTION_YES_NO,
  HAMMY_QUESTION_CHOICE,
  HAMMY_QUESTION_NUMBER,
  HAMMY_QUESTION_PAIN,      /* 0 to 10, on the pain traffic light */
} HammyQuestionKind;

typedef struct
{
  const char *id;
  const char *label;   /* untranslated; use _() or hammy_triage_question_dup_choice_label */
} HammyQuestionChoice;

typedef struct
{
  const char                *id;
  const char                *group;
  HammyQuestionKind          kind;
  const char                *text;       /* untranslated msgid */
  const char                *help;       /* untranslated msgid */
  const HammyQuestionChoice *choices;    /* NULL-id terminated, for CHOICE */
  int                        min, max;   /* for NUMBER */
  const char                *self_check; /* library id of the self-check it asks about, or NULL */
} HammyQuestion;

typedef struct
{
  const char *id;
  const char *title;        /* untranslated msgid */
  const char *description;  /* untranslated msgid */
} HammyQuestionGroup;

guint                      hammy_triage_get_n_groups         (void);
const HammyQuestionGroup  *hammy_triage_get_group            (guint              index);
guint                      hammy_triage_get_n_questions      (void);
const HammyQuestion       *hammy_triage_get_question         (guint              index);
const HammyQuestion       *hammy_triage_lookup_question      (const char        *id);
gboolean                   hammy_triage_question_is_relevant (const HammyQuestion *question,
                                                              JsonObject        *answers);
JsonObject                *hammy_triage_dup_relevant_answers (JsonObject        *answers);

const char *hammy_triage_phase_get_title        (HammyTriagePhase  phase);
const char *hammy_triage_phase_get_meaning      (HammyTriagePhase  phase);
const char *hammy_triage_picture_get_name       (const char       *picture);
const char *hammy_triage_picture_get_description (const char      *picture);
const char *hammy_triage_flag_get_sentence      (const char       *flag);
const char *hammy_triage_flag_get_name          (const char       *flag);
const char *hammy_triage_running_get_title      (const char       *running);
const char *hammy_triage_running_get_advice     (const char       *running);
const char *hammy_assessment_get_running_advice (HammyAssessment  *assessment);
const char *hammy_assessment_get_action         (HammyAssessment  *assessment);
const char *hammy_triage_get_finding_help       (HammyTriagePhase  phase);

/* One thing that checking again with today's rules changes, with today's reasons for it. */
typedef struct
{
  char  *text;  /* translated */
  char **why;   /* translated, NULL-terminated, may be empty */
} HammyTriageChange;

void        hammy_triage_change_free            (HammyTriageChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyTriageChange, hammy_triage_change_free)

GPtrArray  *hammy_assessment_compare            (HammyAssessment  *before,
                                                 HammyAssessment  *after);

G_END_DECLS
