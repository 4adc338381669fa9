/* hammy-running.c: the one running rule (docs/programme.md, "Running advice"). Triage, Today,
 * the session summary, the handout and the visit summary all show what it decides, in its words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-answers.h"
#include "hammy-pain.h"
#include "hammy-running.h"

/* A sudden injury follows the acute rule for good; an unsure onset only this long. */
#define UNSURE_ACUTE_DAYS 14
#define POST_RACE_REST_DAYS 2
/* Walking no worse than this, with no limp, is comfortable walking. */
#define COMFORTABLE_WALKING_MAX 1

static const char * const running_ids[] = { "stop", "easy_only", "as_tolerated" };

typedef struct
{
  const HammyRunningInput *in;
  gint64                   days;  /* since onset, -1 unknown */
  int                      cap;
} Facts;

void
hammy_running_advice_free (HammyRunningAdvice *advice)
{
  if (advice == NULL)
    return;

  g_free (advice->text);
  g_free (advice);
}

static HammyRunningAdvice *
advise (HammyRunning      running,
        HammyRunningRule  rule,
        char             *text)
{
  HammyRunningAdvice *advice = g_new0 (HammyRunningAdvice, 1);

  advice->advice = running;
  advice->rule = rule;
  advice->text = text;

  return advice;
}

static gboolean
has_flag (const Facts *f,
          const char  *flag)
{
  return f->in->flags != NULL && g_strv_contains (f->in->flags, flag);
}

static JsonObject *
answers (const Facts *f)
{
  return f->in->answers;
}

static gboolean
comfortable_walking (const Facts *f)
{
  return hammy_answers_at_most (answers (f), "pain_walking", COMFORTABLE_WALKING_MAX) &&
         !hammy_answers_is_true (answers (f), "gait_altered");
}

/* A slow jog without pain, however the person said so. */
static gboolean
slow_jog_pain_free (const Facts *f)
{
  return hammy_answers_at_most (answers (f), "jog_pain", 0) ||
         hammy_answers_at_most (answers (f), "running_pain", 0) ||
         hammy_answers_is (answers (f), "running", "normal");
}

/* Rule 1: what stops running whatever the picture. */
static HammyRunningAdvice *
decide_stops (const Facts *f)
{
  HammyTriagePhase phase = f->in->phase;
  gint64 running_pain = hammy_answers_number (answers (f), "running_pain");

  /* A possible bone stress injury refers too; its own words add what not to do. */
  if (has_flag (f, "bone_stress"))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WARNING,
                   g_strdup (_("No running and no hopping: a possible bone stress injury needs a clinician first.")));

  if (phase == HAMMY_TRIAGE_PHASE_URGENT || phase == HAMMY_TRIAGE_PHASE_REFER)
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_REFERRED,
                   g_strdup (_("No running for now: see a clinician first. Walking within comfort is fine.")));

  if (has_flag (f, "severe_pain") || has_flag (f, "gait_altered") ||
      hammy_answers_is_true (answers (f), "gait_altered"))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WARNING,
                   g_strdup (_("No running while it hurts this much or you are limping. Walking within comfort is fine.")));

  if (running_pain > f->cap)
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OVER_CAP,
                   g_strdup_printf (_("No running for now: it hurts more than %d out of 10 when you run. "
                                      "Cycle or swim instead, if they are pain-free."),
                                    f->cap));

  /* Whatever else was said: someone who cannot run is given no running to do. */
  if (hammy_answers_is (answers (f), "running", "cannot"))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_CANNOT,
                   g_strdup (_("No running for now: it is not possible yet. Walking within comfort is fine, "
                               "and so are cycling or swimming if they are pain-free.")));

  if (f->in->run_pain_rose || hammy_answers_is (answers (f), "running", "pain_increases"))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_RISES,
                   g_strdup (_("No running for now: the pain builds as you run. "
                               "Cycle or swim instead, if they are pain-free.")));

  if (f->in->worse_after_run)
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_WORSE_MORNING,
                   g_strdup (_("No running for now: the morning after your last run was worse than usual. "
                               "Try again once a morning is back to usual.")));

  return NULL;
}

static HammyRunningAdvice *
decide_acute (const Facts *f)
{
  if (!comfortable_walking (f) || !slow_jog_pain_free (f))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_ACUTE_WAIT,
                   g_strdup (_("No running yet. Short jogs can start once walking is comfortable and a slow jog is pain-free.")));

  if (f->in->phase == HAMMY_TRIAGE_PHASE_RETURN && f->in->ladder_step != NULL)
    return advise (HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_LADDER,
                   g_strdup_printf (_("Run only the running ladder's current step: %s. Move on when it stays pain-free "
                                      "during the run and the next morning."),
                                    f->in->ladder_step));

  return advise (HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_ACUTE_EASY,
                 g_strdup (_("Short, easy, pain-free jogs only: no speed work and no hills. Stop the run if it starts to hurt.")));
}

static HammyRunningAdvice *
decide_gradual (const Facts *f)
{
  gint64 running_pain = hammy_answers_number (answers (f), "running_pain");

  /* Not knowing how running feels: only what was said about it can allow it, and a pain-free
   * slow jog says the most, as it does for a strain. */
  if (running_pain < 0 &&
      !hammy_answers_is (answers (f), "running", "normal") &&
      !hammy_answers_is (answers (f), "running", "pain_eases") &&
      !hammy_answers_at_most (answers (f), "jog_pain", 0))
    return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_GRADUAL_UNKNOWN,
                   g_strdup (_("No running until you know how it takes it: once walking is comfortable, try a short, easy jog "
                               "and tell Hammy how much it hurt.")));

  if (running_pain >= 4)
    return advise (HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL_SHORTER,
                   g_strdup_printf (_("Easy running is fine while it hurts no more than %d out of 10, does not build as you run, "
                                      "and the next morning is no worse. At 4 or 5 out of 10, keep runs shorter and flatter. "
                                      "No speed work and no hills."),
                                    f->cap));

  return advise (HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_GRADUAL,
                 g_strdup_printf (_("Easy running is fine while it hurts no more than %d out of 10, does not build as you run, "
                                    "and the next morning is no worse. No speed work and no hills."),
                                  f->cap));
}

static gboolean
is_gradual_picture (const Facts *f)
{
  const char *picture = f->in->picture;

  /* An unsure onset two weeks on has left the acute rule: an unclear picture is then treated
   * as the others are, so that naming a picture never loosens the advice. */
  if (g_strcmp0 (picture, "unclear") == 0)
    return hammy_answers_is (answers (f), "onset", "gradual") ||
           hammy_answers_is (answers (f), "onset", "unsure");

  return g_strcmp0 (picture, "proximal_tendinopathy") == 0 || g_strcmp0 (picture, "distal_irritation") == 0 ||
         g_strcmp0 (picture, "neural_tension") == 0 || g_strcmp0 (picture, "tightness") == 0;
}

/* The first part of the rule that applies decides: stops, then free running, then the acute
 * rule, the gradual pictures, soreness after a race, and otherwise no running. */
HammyRunningAdvice *
hammy_running_decide (const HammyRunningInput *input)
{
  HammyRunningAdvice *advice;
  const char *onset;
  Facts f;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->answers != NULL, NULL);
  g_return_val_if_fail (input->phase < HAMMY_TRIAGE_N_PHASES, NULL);

  f.in = input;
  f.days = input->days_since_onset >= 0 ? input->days_since_onset
                                        : hammy_answers_number (input->answers, "days_since_onset");
  f.cap = hammy_pain_get_cap (input->picture, input->flags);
  onset = hammy_answers_choice (input->answers, "onset");

  if ((advice = decide_stops (&f)) != NULL)
    return advice;

  if (input->phase == HAMMY_TRIAGE_PHASE_WARMUP)
    return advise (HAMMY_RUNNING_AS_TOLERATED, HAMMY_RUNNING_RULE_FREE,
                   g_strdup (_("Run as you feel able. Do the warm-up before each run, and keep up the strength work.")));
  if (input->phase == HAMMY_TRIAGE_PHASE_KEEP)
    return advise (HAMMY_RUNNING_AS_TOLERATED, HAMMY_RUNNING_RULE_FREE,
                   g_strdup (_("Run as you feel able, adding no more than about a tenth to your week's running each week, "
                               "with speed and hills last.")));

  /* An unsure onset is treated as a strain until two weeks have passed, or while not known;
   * so is a missing one, as the phase checks treat it: not knowing is not reassurance. */
  if (onset == NULL || g_strcmp0 (onset, "sudden") == 0 ||
      (g_strcmp0 (onset, "unsure") == 0 && (f.days < 0 || f.days < UNSURE_ACUTE_DAYS)))
    return decide_acute (&f);

  if (is_gradual_picture (&f))
    return decide_gradual (&f);

  if (g_strcmp0 (input->picture, "post_race_soreness") == 0)
    {
      if (f.days < POST_RACE_REST_DAYS)
        return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_POST_RACE_REST,
                       g_strdup (_("No running for the first two days after the race: easy walking or easy spinning instead.")));
      return advise (HAMMY_RUNNING_EASY_ONLY, HAMMY_RUNNING_RULE_POST_RACE_EASY,
                     g_strdup (_("Easy running is fine: no speed work and no hills until the soreness has gone.")));
    }

  return advise (HAMMY_RUNNING_STOP, HAMMY_RUNNING_RULE_OTHER,
                 g_strdup (_("No running for now. Walking within comfort is fine.")));
}

const char *
hammy_running_to_id (HammyRunning advice)
{
  g_return_val_if_fail (advice <= HAMMY_RUNNING_AS_TOLERATED, NULL);

  return running_ids[advice];
}

gboolean
hammy_running_from_id (const char   *id,
                       HammyRunning *advice)
{
  for (guint i = 0; i < G_N_ELEMENTS (running_ids); i++)
    if (g_strcmp0 (id, running_ids[i]) == 0)
      {
        if (advice != NULL)
          *advice = i;
        return TRUE;
      }

  return FALSE;
}
