/* hammy-running.h: the one running rule (docs/programme.md, "Running advice"). Triage, Today,
 * the session summary, the handout and the visit summary all show what it decides, in its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-phase.h"

G_BEGIN_DECLS

typedef enum
{
  HAMMY_RUNNING_STOP,
  HAMMY_RUNNING_EASY_ONLY,     /* no speed work, no hills */
  HAMMY_RUNNING_AS_TOLERATED,
} HammyRunning;

/* Which part of the rule decided, for reasons and tests. */
typedef enum
{
  HAMMY_RUNNING_RULE_REFERRED,         /* urgent or refer */
  HAMMY_RUNNING_RULE_WARNING,          /* severe pain, a limp, a possible bone stress injury */
  HAMMY_RUNNING_RULE_OVER_CAP,         /* running hurts more than the picture allows */
  HAMMY_RUNNING_RULE_RISES,            /* the pain builds as the run goes on */
  HAMMY_RUNNING_RULE_WORSE_MORNING,    /* a worse morning after a run */
  HAMMY_RUNNING_RULE_FREE,             /* warm-up and keep */
  HAMMY_RUNNING_RULE_ACUTE_WAIT,       /* a strain: walking or a slow jog not yet comfortable */
  HAMMY_RUNNING_RULE_ACUTE_EASY,       /* a strain: short pain-free jogs */
  HAMMY_RUNNING_RULE_LADDER,           /* a strain in return: the ladder's step */
  HAMMY_RUNNING_RULE_GRADUAL,          /* within the picture's cap */
  HAMMY_RUNNING_RULE_GRADUAL_SHORTER,  /* within the cap, at 4–5: shorter and flatter */
  HAMMY_RUNNING_RULE_GRADUAL_UNKNOWN,  /* not known how running feels */
  HAMMY_RUNNING_RULE_POST_RACE_REST,   /* the first two days after a race */
  HAMMY_RUNNING_RULE_POST_RACE_EASY,
  HAMMY_RUNNING_RULE_OTHER,
  HAMMY_RUNNING_RULE_CANNOT,           /* the person cannot run yet */
} HammyRunningRule;

typedef struct
{
  JsonObject         *answers;          /* a check's answers, merged with later check-ins and phase checks */
  HammyTriagePhase    phase;            /* the plan's phase, or the check's without a plan */
  const char         *picture;
  const char * const *flags;            /* NULL-terminated, may be NULL */
  int                 days_since_onset; /* from the onset date and today; -1: the answers' */
  gboolean            run_pain_rose;    /* the last run's pain built as it went on */
  gboolean            worse_after_run;  /* a morning worse than usual after a day with a run */
  const char         *ladder_step;      /* in return: the ladder's current step, said in words */
} HammyRunningInput;

typedef struct
{
  HammyRunning      advice;
  HammyRunningRule  rule;
  char             *text;   /* the one sentence every surface shows, translated */
} HammyRunningAdvice;

void                hammy_running_advice_free   (HammyRunningAdvice      *advice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyRunningAdvice, hammy_running_advice_free)

HammyRunningAdvice *hammy_running_decide        (const HammyRunningInput *input);
const char         *hammy_running_to_id         (HammyRunning             advice);
gboolean            hammy_running_from_id       (const char              *id,
                                                 HammyRunning            *advice);

G_END_DECLS
