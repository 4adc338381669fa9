/* hammy-triage.c: from a runner's answers to an assessment: the phase to work in, the likely
 * picture, the flags, running advice and the reasons, as docs/triage.md sets out. No I/O.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-answers.h"
#include "hammy-clock.h"
#include "hammy-json-guard.h"
#include "hammy-phase-gates.h"
#include "hammy-running.h"
#include "hammy-triage.h"

struct _HammyAssessment
{
  GObject           parent_instance;

  HammyTriagePhase  phase;
  char             *picture;
  GPtrArray        *flags;    /* of char*, NULL-terminated for get_flags */
  char             *running;
  char             *running_text;  /* the running rule's sentence, or NULL for one saved by older rules */
  GPtrArray        *reasons;  /* of HammyTriageReason */
  JsonObject       *answers;
  GDateTime        *created;
  guint             rules;    /* the set of triage rules that made it (HAMMY_TRIAGE_RULES) */
};

G_DEFINE_FINAL_TYPE (HammyAssessment, hammy_assessment, G_TYPE_OBJECT)

G_DEFINE_QUARK (hammy-triage-error-quark, hammy_triage_error)

static const char * const pictures[] = {
  "acute_strain", "proximal_tendinopathy", "distal_irritation", "neural_tension", "tightness",
  "post_race_soreness", "unclear", NULL
};

static const char * const flags[] = {
  "cauda_equina_signs", "progressive_weakness", "clot_signs", "systemic_signs",
  "possible_avulsion", "significant_tear", "gait_altered", "severe_pain", "stretch_aggravates",
  "sitting_aggravates", "neural_caution", "speed_related", "bone_stress", NULL
};

/* The answers of the triage contract (docs/triage.md): what each id holds. */
typedef enum { ANSWER_BOOL, ANSWER_INT, ANSWER_CHOICE } AnswerType;

static const struct
{
  const char *id;
  AnswerType  type;
  gint64      min, max;           /* for ANSWER_INT */
  const char *choices[7];         /* for ANSWER_CHOICE */
} answer_types[] = {
  { "side", ANSWER_CHOICE, 0, 0, { "left", "right", "both" } },
  { "age", ANSWER_INT, 0, 120 },
  { "onset", ANSWER_CHOICE, 0, 0, { "sudden", "gradual", "after_race", "unsure" } },
  { "days_since_onset", ANSWER_INT, 0, 36500 },
  { "pop", ANSWER_BOOL },
  { "bruising", ANSWER_CHOICE, 0, 0, { "none", "small", "large" } },
  { "location", ANSWER_CHOICE, 0, 0, { "high", "middle", "low", "diffuse" } },
  { "pain_rest", ANSWER_INT, 0, 10 },
  { "pain_walking", ANSWER_INT, 0, 10 },
  { "gait_altered", ANSWER_BOOL },
  { "sitting_worse", ANSWER_BOOL },
  { "stretch_response", ANSWER_CHOICE, 0, 0, { "helps", "brief_relief", "worse", "not_tried" } },
  { "neural_tension", ANSWER_BOOL },
  { "tingling", ANSWER_BOOL },
  { "numbness", ANSWER_BOOL },
  { "bone_stress_signs", ANSWER_BOOL },
  { "running", ANSWER_CHOICE, 0, 0, { "normal", "pain_eases", "pain_same", "pain_increases", "cannot", "not_tried" } },
  { "running_pain", ANSWER_INT, 0, 10 },
  { "recent_speed", ANSWER_BOOL },
  { "test_shoe", ANSWER_CHOICE, 0, 0, { "none", "mild", "painful" } },
  { "test_hinge", ANSWER_CHOICE, 0, 0, { "none", "mild", "painful" } },
  { "test_heel_press", ANSWER_CHOICE, 0, 0, { "none", "mild", "painful" } },
  { "test_single_leg_bridge", ANSWER_CHOICE, 0, 0, { "pain_free", "painful", "cannot" } },
  { "rtr_motion", ANSWER_BOOL },
  { "rtr_strength", ANSWER_BOOL },
  { "rtr_ladder", ANSWER_CHOICE, 0, 0, { "none", "walk", "jog", "sprint", "jump" } },
  /* The phase checks' answers (docs/triage.md, "Phase checks") */
  { "bridge_hold_pain", ANSWER_INT, 0, 10 },
  { "jog_pain", ANSWER_INT, 0, 10 },
  { "strides_pain", ANSWER_INT, 0, 10 },
  { "press_pain", ANSWER_INT, 0, 10 },
  { "slb_reps_sore", ANSWER_INT, 0, 100 },
  { "slb_reps_other", ANSWER_INT, 0, 100 },
  { "kick_test", ANSWER_CHOICE, 0, 0, { "none", "apprehension", "pain" } },
  { "flex_symmetry", ANSWER_BOOL },
  { "ready", ANSWER_BOOL },
  { "rf_saddle_bladder", ANSWER_BOOL },
  { "rf_weakness", ANSWER_BOOL },
  { "rf_calf", ANSWER_BOOL },
  { "rf_unwell", ANSWER_BOOL },
};

/* ---- reading answers ---------------------------------------------------------------- */

typedef struct
{
  JsonObject *answers;
} Answers;

/* Thin names over hammy-answers.h, so that the rules below read as sentences. */
static gboolean
is_true (Answers    *a,
         const char *id)
{
  return hammy_answers_is_true (a->answers, id);
}

static gboolean
is (Answers    *a,
    const char *id,
    const char *value)
{
  return hammy_answers_is (a->answers, id, value);
}

static gboolean
has (Answers    *a,
     const char *id)
{
  return hammy_answers_has (a->answers, id);
}

/* -1 when unanswered: every comparison below asks for an answer that permits, so a missing
 * number never permits anything. */
static gint64
number (Answers    *a,
        const char *id)
{
  return hammy_answers_number (a->answers, id);
}

static gboolean
at_most (Answers    *a,
         const char *id,
         gint64      limit)
{
  return hammy_answers_at_most (a->answers, id, limit);
}

static gboolean
at_least (Answers    *a,
          const char *id,
          gint64      limit)
{
  return hammy_answers_at_least (a->answers, id, limit);
}

/* ---- building the assessment ------------------------------------------------------- */

/* A reason either explains the phase (a referral, or why the training phase is where it is)
 * or adds a note beside it. Checking again with today's rules names the first kind when the
 * phase moves. */
typedef enum
{
  REASON_NOTE,
  REASON_PHASE,
} ReasonKind;

static void
reason_free (HammyTriageReason *reason)
{
  g_free (reason->text);
  g_strfreev (reason->answers);
  g_free (reason->flag);
  g_free (reason);
}

static void
add_flag (HammyAssessment *self,
          const char      *flag)
{
  g_assert (g_strv_contains (flags, flag));

  if (!hammy_assessment_has_flag (self, flag))
    g_ptr_array_insert (self->flags, self->flags->len - 1, g_strdup (flag));
}

static void
add_reason (HammyAssessment *self,
            ReasonKind       kind,
            const char      *flag,
            const char      *text,
            ...) G_GNUC_NULL_TERMINATED;

/* Each reason names the answers behind it, and the flag it explains if it raises one. */
static void
add_reason (HammyAssessment *self,
            ReasonKind       kind,
            const char      *flag,
            const char      *text,
            ...)
{
  g_autoptr(GStrvBuilder) answers = g_strv_builder_new ();
  HammyTriageReason *reason = g_new0 (HammyTriageReason, 1);
  const char *id;
  va_list args;

  va_start (args, text);
  while ((id = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (answers, id);
  va_end (args);

  reason->text = g_strdup (text);
  reason->answers = g_strv_builder_end (answers);
  reason->flag = g_strdup (flag);
  reason->explains_phase = kind == REASON_PHASE;
  g_ptr_array_add (self->reasons, reason);

  if (flag != NULL)
    add_flag (self, flag);
}

/* Phases only ever become more cautious as rules fire. */
static void
require (HammyAssessment  *self,
         HammyTriagePhase  phase)
{
  if (phase < self->phase)
    self->phase = phase;
}

/* A sudden onset, or one the person is not sure of: either may be a fresh strain. */
static gboolean
sudden_or_unsure (Answers *a)
{
  return is (a, "onset", "sudden") || is (a, "onset", "unsure");
}

/* Rule 1: the signs that need medical care rather than exercise. */
static void
assess_red_flags (HammyAssessment *self,
                  Answers         *a)
{
  if (is_true (a, "rf_saddle_bladder"))
    {
      require (self, HAMMY_TRIAGE_PHASE_URGENT);
      add_reason (self, REASON_PHASE, "cauda_equina_signs",
                  _("Numbness in the groin or saddle area, new trouble with your bladder or bowels, or weakness or numbness in both legs needs emergency care now."),
                  "rf_saddle_bladder", NULL);
    }

  if (is_true (a, "rf_weakness"))
    {
      require (self, HAMMY_TRIAGE_PHASE_URGENT);
      add_reason (self, REASON_PHASE, "progressive_weakness",
                  _("Weakness in your leg or foot that is getting worse needs to be seen today."),
                  "rf_weakness", NULL);
    }

  if (is_true (a, "rf_calf"))
    {
      require (self, HAMMY_TRIAGE_PHASE_URGENT);
      add_reason (self, REASON_PHASE, "clot_signs",
                  _("A swollen, warm or tender calf or back of the knee can be a blood clot, above all after long travel. See a doctor today; with breathlessness or chest pain, get emergency care now."),
                  "rf_calf", NULL);
    }

  if (is_true (a, "rf_unwell"))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "systemic_signs",
                  _("Fever, feeling unwell, night pain that nothing eases or weight loss alongside leg pain should be checked by a doctor soon."),
                  "rf_unwell", NULL);
    }
}

/* Rules 2, 10 and 11: a bigger tear, a tendon pulled away from the sit bone, or an injured
 * growth plate. */
static void
assess_tear (HammyAssessment *self,
             Answers         *a)
{
  gboolean pop = is_true (a, "pop");
  gboolean sudden = is (a, "onset", "sudden");
  gboolean high = is (a, "location", "high");
  gboolean large_bruise = is (a, "bruising", "large");
  gboolean limp = is_true (a, "gait_altered");
  gint64 age = number (a, "age");
  gboolean young = age >= 0 && age < 18;

  /* Rule 10: a large, spreading bruise is a bigger tear, with or without a pop. */
  if (large_bruise)
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      if (pop)
        add_reason (self, REASON_PHASE, "significant_tear",
                    _("A pop together with a large, spreading bruise suggests a bigger tear. A clinician should see the leg before you load it."),
                    "pop", "bruising", NULL);
      else
        add_reason (self, REASON_PHASE, "significant_tear",
                    _("A large, spreading bruise suggests a bigger tear, even without a pop. A clinician should see the leg before you load it."),
                    "bruising", NULL);
    }

  /* Rule 2: so is a pop with a limp. */
  if (pop && limp)
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "significant_tear",
                  _("A pop together with a limp suggests a bigger tear. A clinician should see the leg before you load it."),
                  "pop", "gait_altered", NULL);
    }

  if (high && (large_bruise || (pop && limp)))
    add_reason (self, REASON_PHASE, "possible_avulsion",
                _("It is near the sit bone, where a bigger tear can pull the tendon away from the bone. Have it checked within days."),
                "location", large_bruise ? "bruising" : "pop", NULL);

  if (pop && high && sudden)
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "possible_avulsion",
                  _("A sudden pop near the sit bone can mean the tendon has pulled away from the bone. Have it checked within days: a repair works best when it is done early."),
                  "pop", "location", "onset", NULL);
      /* The sit bone's growth plate often closes only in the early to mid twenties. */
      if (age >= 18 && age < 25)
        add_reason (self, REASON_NOTE, NULL,
                    _("Before about 25, the growth plate at the sit bone may not have closed yet, so the clinician may want an X-ray too."),
                    "age", NULL);
    }

  /* Not knowing where a sudden pop was is not reassurance: a clinician rules out the worst. */
  if (pop && sudden && !has (a, "location"))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "possible_avulsion",
                  _("A sudden pop, without knowing where it was, needs a clinician to rule out a tendon pulled away from the sit bone. Have it checked within days."),
                  "pop", "onset", "location", NULL);
    }

  if (pop && sudden && young)
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "possible_avulsion",
                  _("Under 18, a sudden pop can be an injury to a growth plate, such as the one at the sit bone, which needs an X-ray. See a clinician soon."),
                  "age", "pop", "onset", NULL);
    }

  /* Rule 11: at the sit bone, a young runner needs the X-ray with or without a pop. */
  if (sudden && high && young && !pop)
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "possible_avulsion",
                  _("Under 18, sudden pain at the sit bone can be an injury to the growth plate there, even without a pop. It needs an X-ray: see a clinician soon."),
                  "age", "onset", "location", NULL);
    }
}

/* Rule 3: a limp or severe pain. */
static void
assess_function (HammyAssessment *self,
                 Answers         *a)
{
  if (is_true (a, "gait_altered"))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "gait_altered",
                  _("You cannot walk normally yet, so a clinician should see the leg before you load it."),
                  "gait_altered", NULL);
    }

  if (at_least (a, "pain_walking", 7) || at_least (a, "pain_rest", 7))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "severe_pain",
                  _("Pain of 7 out of 10 or more is too much to train through. Have it checked before you load the leg."),
                  at_least (a, "pain_walking", 7) ? "pain_walking" : "pain_rest", NULL);
    }
}

/* Rule 12: numbness is a referral, where tingling is a caution; so are the signs of a bone
 * stress injury, which also stop running. */
static void
assess_nerve_and_bone (HammyAssessment *self,
                       Answers         *a)
{
  if (is_true (a, "numbness"))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "neural_caution",
                  _("Numbness down the leg can mean a nerve is being squeezed. Unlike tingling, it needs a clinician to look at it before you load the leg."),
                  "numbness", NULL);
    }

  if (is_true (a, "bone_stress_signs"))
    {
      require (self, HAMMY_TRIAGE_PHASE_REFER);
      add_reason (self, REASON_PHASE, "bone_stress",
                  _("A deep ache in the groin, buttock or sit bone that is there at night or with every step, or that came with a big jump in training or too little food for it, can be a stress injury of the bone. Stop running, and see a clinician before you run again."),
                  "bone_stress_signs", NULL);
    }
}

static gboolean
low_everyday_pain (Answers *a,
                   gint64   limit)
{
  return at_most (a, "pain_rest", MIN (limit, 2)) && at_most (a, "pain_walking", limit);
}

static const char *
assess_picture (HammyAssessment *self,
                Answers         *a)
{
  gboolean high = is (a, "location", "high");

  if (is (a, "onset", "sudden"))
    {
      add_reason (self, REASON_NOTE, NULL, _("It started suddenly while running, which is how most hamstring strains happen."),
                  "onset", NULL);
      return "acute_strain";
    }

  if (is (a, "onset", "after_race"))
    {
      add_reason (self, REASON_NOTE, NULL, _("It came on after a long race or a big block of training, which points to soreness from the effort."),
                  "onset", NULL);
      return "post_race_soreness";
    }

  if (high && (is_true (a, "sitting_worse") || is (a, "test_hinge", "painful") || is (a, "stretch_response", "worse")))
    {
      add_reason (self, REASON_NOTE, NULL, _("A deep ache near the sit bone that sitting, deep hip bends or stretching make worse fits an irritated tendon where the hamstring starts."),
                  "location",
                  is_true (a, "sitting_worse") ? "sitting_worse" : is (a, "test_hinge", "painful") ? "test_hinge" : "stretch_response",
                  NULL);
      return "proximal_tendinopathy";
    }

  if (is (a, "location", "low"))
    {
      add_reason (self, REASON_NOTE, NULL, _("An ache behind the knee, near the bottom of the hamstring, fits an irritated lower end, often after more long runs or hills."),
                  "location", NULL);
      return "distal_irritation";
    }

  if (is_true (a, "neural_tension") || is_true (a, "tingling"))
    {
      add_reason (self, REASON_NOTE, NULL, _("A nervy pull or tingling points to a sensitive nerve as part of the picture."),
                  is_true (a, "neural_tension") ? "neural_tension" : "tingling", NULL);
      return "neural_tension";
    }

  if ((is (a, "stretch_response", "helps") || is (a, "stretch_response", "brief_relief")) && low_everyday_pain (a, 2))
    {
      add_reason (self, REASON_NOTE, NULL, _("It feels tight rather than painful, and stretching only eases it for a while: that is tightness, not an injury."),
                  "stretch_response", "pain_walking", NULL);
      return "tightness";
    }

  /* Beside an emergency, a word about pictures would only distract. */
  if (self->phase != HAMMY_TRIAGE_PHASE_URGENT)
    add_reason (self, REASON_NOTE, NULL, _("The answers do not point clearly to one picture, so Hammy starts gently."), NULL);
  return "unclear";
}

static gboolean
any_test_painful (Answers *a)
{
  return is (a, "test_shoe", "painful") || is (a, "test_hinge", "painful") ||
         is (a, "test_heel_press", "painful") || is (a, "test_single_leg_bridge", "painful") ||
         is (a, "test_single_leg_bridge", "cannot");
}

/* What the engine's own rules allow before the phase checks cap it (rule 15). A missing
 * answer never allows more. */
static gboolean
may_build (Answers *a)
{
  if (!low_everyday_pain (a, 3) || is (a, "test_single_leg_bridge", "cannot"))
    return FALSE;

  /* A fresh strain gets a few days of calm first, and legs get two days after a race. */
  if (is (a, "onset", "after_race") && !at_least (a, "days_since_onset", 2))
    return FALSE;

  return !sudden_or_unsure (a) || at_least (a, "days_since_onset", 3);
}

/* Rule 4: no sudden or unsure onset in the last 14 days, and not knowing is not reassurance. */
static gboolean
onset_allows_heavy_work (Answers *a)
{
  return is (a, "onset", "gradual") || is (a, "onset", "after_race") || at_least (a, "days_since_onset", 14);
}

static gboolean
may_load (Answers *a)
{
  return may_build (a) && at_most (a, "pain_walking", 1) && is (a, "test_single_leg_bridge", "pain_free") &&
         onset_allows_heavy_work (a) &&
         /* Tingling down the leg keeps heavy lengthening work off until it settles. */
         !is_true (a, "tingling") &&
         /* Rule 13: a painful hinge or heel press keeps the phase at build or below. */
         !is (a, "test_hinge", "painful") && !is (a, "test_heel_press", "painful");
}

static gboolean
may_return (Answers *a)
{
  return may_load (a) && is_true (a, "rtr_motion") && is_true (a, "rtr_strength") &&
         (is (a, "rtr_ladder", "jog") || is (a, "rtr_ladder", "sprint") || is (a, "rtr_ladder", "jump"));
}

static gboolean
may_warm_up (Answers    *a,
             const char *picture)
{
  /* A nervy pull alone does not make a runner uninjured: like tightness, it needs stretching
   * to have eased it, so that adding the symptom can never loosen the advice. */
  gboolean stretch_eases = is (a, "stretch_response", "helps") || is (a, "stretch_response", "brief_relief");
  gboolean fits = g_str_equal (picture, "tightness") ||
                  (g_str_equal (picture, "neural_tension") && stretch_eases) ||
                  (g_str_equal (picture, "post_race_soreness") && at_least (a, "days_since_onset", 2));

  return fits && low_everyday_pain (a, 2) &&
         (is (a, "running", "normal") || is (a, "running", "pain_eases")) &&
         (!has (a, "running_pain") || at_most (a, "running_pain", 2)) &&
         !is_true (a, "pop") && !is_true (a, "gait_altered") && !is_true (a, "tingling") &&
         (!has (a, "bruising") || is (a, "bruising", "none")) &&
         !any_test_painful (a) && !is (a, "stretch_response", "worse");
}

/* What the phase rests on. */
static void
explain_phase (HammyAssessment *self)
{
  switch (self->phase)
    {
    case HAMMY_TRIAGE_PHASE_RETURN:
      add_reason (self, REASON_PHASE, NULL,
                  _("Your leg moves and feels as strong as the other, a slow jog is pain-free and your single-leg bridges have caught up with the other side: rebuild your running one step at a time."),
                  "rtr_motion", "rtr_strength", "rtr_ladder", "jog_pain", "slb_reps_sore", NULL);
      break;

    case HAMMY_TRIAGE_PHASE_LOAD:
      add_reason (self, REASON_PHASE, NULL,
                  _("Walking and the single-leg bridge are pain-free, so heavier work that loads the hamstring while it lengthens can start."),
                  "pain_walking", "test_single_leg_bridge", NULL);
      break;

    case HAMMY_TRIAGE_PHASE_BUILD:
      add_reason (self, REASON_PHASE, NULL,
                  _("Pain at rest and when walking is low, so you can build strength with moderate loads."),
                  "pain_rest", "pain_walking", NULL);
      break;

    case HAMMY_TRIAGE_PHASE_CALM:
    case HAMMY_TRIAGE_PHASE_WARMUP:
    case HAMMY_TRIAGE_PHASE_URGENT:
    case HAMMY_TRIAGE_PHASE_REFER:
    case HAMMY_TRIAGE_PHASE_KEEP:
    case HAMMY_TRIAGE_N_PHASES:
    default:
      break;
    }
}

/* Why the engine's own rules (4, 5 and 13) stop short of @next. */
static void
explain_own_limit (HammyAssessment  *self,
                   Answers          *a,
                   HammyTriagePhase  next)
{
  if (next == HAMMY_TRIAGE_PHASE_BUILD)
    {
      if (!has (a, "pain_walking") || !has (a, "pain_rest"))
        add_reason (self, REASON_PHASE, NULL,
                    _("Without knowing how much it hurts at rest and when walking, Hammy starts with gentle work that calms the leg."),
                    "pain_rest", "pain_walking", NULL);
      else if (!low_everyday_pain (a, 3))
        add_reason (self, REASON_PHASE, NULL,
                    _("It still hurts at rest or when walking, so the first step is to calm it down with gentle holds and movement within comfort."),
                    "pain_rest", "pain_walking", NULL);

      if (is (a, "test_single_leg_bridge", "cannot"))
        add_reason (self, REASON_PHASE, NULL, _("The single-leg bridge is not possible yet, so the work stays gentle for now."),
                    "test_single_leg_bridge", NULL);

      if (is (a, "onset", "after_race") && !at_least (a, "days_since_onset", 2))
        add_reason (self, REASON_PHASE, NULL, _("Legs need a couple of easy days after a long race before strength work."),
                    "onset", "days_since_onset", NULL);
      else if (sudden_or_unsure (a) && !has (a, "days_since_onset"))
        add_reason (self, REASON_PHASE, NULL,
                    _("Without knowing how many days ago it started, strength work waits: a fresh strain needs a few days of gentle work first."),
                    "onset", "days_since_onset", NULL);
      else if (is (a, "onset", "sudden") && !at_least (a, "days_since_onset", 3))
        add_reason (self, REASON_PHASE, NULL, _("A fresh strain needs a few days of gentle work before strength training."),
                    "onset", "days_since_onset", NULL);
      else if (is (a, "onset", "unsure") && !at_least (a, "days_since_onset", 3))
        add_reason (self, REASON_PHASE, NULL,
                    _("It started only a few days ago, and a sudden strain cannot be ruled out, so strength work waits a few days."),
                    "onset", "days_since_onset", NULL);
    }
  else if (next == HAMMY_TRIAGE_PHASE_LOAD)
    {
      if (!has (a, "pain_walking") || !at_most (a, "pain_walking", 1))
        add_reason (self, REASON_PHASE, NULL, _("Heavy work waits until walking hurts no more than 1 out of 10."),
                    "pain_walking", NULL);

      if (!has (a, "test_single_leg_bridge"))
        add_reason (self, REASON_PHASE, NULL,
                    _("Heavy work waits until ten single-leg bridges are pain-free, and that check was not done."),
                    "test_single_leg_bridge", NULL);
      else if (!is (a, "test_single_leg_bridge", "pain_free"))
        add_reason (self, REASON_PHASE, NULL, _("Heavy work waits until the single-leg bridge is pain-free."),
                    "test_single_leg_bridge", NULL);

      if (!onset_allows_heavy_work (a))
        {
          if (is (a, "onset", "sudden"))
            add_reason (self, REASON_PHASE, NULL, _("It is less than two weeks since a sudden injury, so heavy work waits."),
                        "onset", "days_since_onset", NULL);
          else if (is (a, "onset", "unsure"))
            add_reason (self, REASON_PHASE, NULL,
                        _("It is less than two weeks since it started, and a sudden strain cannot be ruled out, so heavy work waits."),
                        "onset", "days_since_onset", NULL);
          else
            add_reason (self, REASON_PHASE, NULL,
                        _("Without knowing how it started, heavy work waits until two weeks have passed."),
                        "onset", "days_since_onset", NULL);
        }

      if (is_true (a, "tingling"))
        add_reason (self, REASON_PHASE, NULL, _("Tingling down the leg keeps heavy lengthening work off until it settles."),
                    "tingling", NULL);

      if (is (a, "test_hinge", "painful"))
        add_reason (self, REASON_PHASE, NULL,
                    _("The hip-height hinge still hurts beyond a normal stretch, so heavy work waits: it would ask even more of the hamstring."),
                    "test_hinge", NULL);
      if (is (a, "test_heel_press", "painful"))
        add_reason (self, REASON_PHASE, NULL,
                    _("Pressing your heel down still hurts, so heavy work waits: it would ask even more of the hamstring."),
                    "test_heel_press", NULL);
    }
  else if (next == HAMMY_TRIAGE_PHASE_RETURN)
    add_reason (self, REASON_PHASE, NULL,
                _("Running starts again once the sore leg moves as well and feels as strong as the other, and jogging is pain-free."),
                "rtr_motion", "rtr_strength", "rtr_ladder", NULL);
}

/* Rule 15: why the phase checks hold the phase below @next, each check in its own words. */
static void
explain_gate (HammyAssessment  *self,
              Answers          *a,
              HammyTriagePhase  next)
{
  static const HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
  HammyPhaseGate gate;

  if (!hammy_phase_gate_get_for_phase (next, &gate))
    g_assert_not_reached ();
  hammy_phase_gate_passes (gate, a->answers, &facts, failures);
  g_assert (failures->len > 0);

  for (guint i = 0; i < failures->len; i++)
    {
      HammyGateFailure *failure = g_ptr_array_index (failures, i);
      g_autofree char *text = NULL;

      if (failure->missing)
        /* Translators: %s is a sentence on why a check matters, such as “A bridge hold shows
         * whether the hamstring can take gentle load.” */
        text = g_strdup_printf (_("%s Without that answer, Hammy starts a step lower."), failure->text);
      add_reason (self, REASON_PHASE, NULL, text != NULL ? text : failure->text, failure->answer, NULL);
    }
}

/* Rules 4, 5, 13 and 15, and the warm-up apart from them. */
static void
assess_training_phase (HammyAssessment *self,
                       Answers         *a,
                       gboolean         capped)
{
  static const HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;
  HammyTriagePhase own = HAMMY_TRIAGE_PHASE_CALM;

  /* A referral or an emergency found earlier always wins. */
  if (self->phase < HAMMY_TRIAGE_PHASE_CALM)
    return;

  /* Warm-up stands apart: tight, not injured. The phase checks are for an injured leg. */
  if (may_warm_up (a, self->picture))
    {
      self->phase = HAMMY_TRIAGE_PHASE_WARMUP;
      add_reason (self, REASON_PHASE, NULL,
                  _("There is no sign of an injury, so a good warm-up before runs and strength work to keep it away fit best."),
                  "pain_walking", "running", NULL);
      return;
    }

  if (may_return (a))
    own = HAMMY_TRIAGE_PHASE_RETURN;
  else if (may_load (a))
    own = HAMMY_TRIAGE_PHASE_LOAD;
  else if (may_build (a))
    own = HAMMY_TRIAGE_PHASE_BUILD;

  self->phase = own;
  if (capped)
    self->phase = MIN (own, hammy_phase_gates_highest (a->answers, &facts));

  explain_phase (self);
  if (self->phase >= HAMMY_TRIAGE_PHASE_RETURN)
    return;
  if (own > self->phase)
    explain_gate (self, a, self->phase + 1);
  else
    explain_own_limit (self, a, self->phase + 1);
}

/* Rules 6, 7 and 16. */
static void
assess_other_flags (HammyAssessment *self,
                    Answers         *a)
{
  if (is_true (a, "sitting_worse"))
    add_reason (self, REASON_NOTE, "sitting_aggravates",
                _("Sitting makes it worse, which squeezes the tendon at the sit bone: break up long spells of sitting."),
                "sitting_worse", NULL);

  if (is (a, "stretch_response", "worse"))
    add_reason (self, REASON_NOTE, "stretch_aggravates", _("Stretching makes it worse, so leave stretching the hamstring out for now."),
                "stretch_response", NULL);
  else if (g_str_equal (self->picture, "acute_strain"))
    add_reason (self, REASON_NOTE, NULL,
                _("A fresh strain should not be stretched. Gentle movement within comfort is different, and it is part of the plan."),
                "onset", NULL);

  if (is_true (a, "tingling") || is_true (a, "neural_tension"))
    add_reason (self, REASON_NOTE, "neural_caution",
                _("Tingling or a nervy pull means nerves are part of the picture: go gently, and nerve exercises show their cautions first. Numbness or weakness means seeing a clinician."),
                is_true (a, "tingling") ? "tingling" : "neural_tension", NULL);

  if (is_true (a, "recent_speed"))
    add_reason (self, REASON_NOTE, "speed_related",
                _("Speed work or hills were added recently, which often brings this on: hold them back for now."),
                "recent_speed", NULL);
}

/* Rule 14: the one running rule every surface shows (docs/triage.md, "Running"), from the
 * check alone: its answers, phase, picture and flags, with no plan behind it. */
static HammyRunningAdvice *
decide_running (HammyAssessment *self)
{
  HammyRunningInput input = {
    .answers = self->answers,
    .phase = self->phase,
    .picture = self->picture,
    .flags = hammy_assessment_get_flags (self),
    .days_since_onset = -1,
  };

  return hammy_running_decide (&input);
}

static void
assess_running (HammyAssessment *self)
{
  g_autoptr(HammyRunningAdvice) advice = decide_running (self);

  self->running = g_strdup (hammy_running_to_id (advice->advice));
  self->running_text = g_steal_pointer (&advice->text);
}

/* Every rule, in order. Without @capped, rule 15 is left out: what the other answers would
 * allow, which decides whether a phase check is worth asking. */
static HammyAssessment *
assess (JsonObject *answers,
        GDateTime  *created,
        gboolean    capped)
{
  g_autoptr(HammyAssessment) self = g_object_new (HAMMY_TYPE_ASSESSMENT, NULL);
  Answers a = { answers };

  self->answers = json_object_ref (answers);
  self->created = created != NULL ? g_date_time_to_utc (created)
                                  : hammy_clock_dup_utc_time (hammy_clock_get_default ());
  self->rules = HAMMY_TRIAGE_RULES;
  self->phase = HAMMY_TRIAGE_PHASE_WARMUP;

  assess_red_flags (self, &a);
  assess_tear (self, &a);
  assess_function (self, &a);
  assess_nerve_and_bone (self, &a);
  self->picture = g_strdup (assess_picture (self, &a));
  assess_training_phase (self, &a, capped);
  assess_other_flags (self, &a);
  assess_running (self);

  g_assert (self->reasons->len > 0);

  return g_steal_pointer (&self);
}

/* ---- public API -------------------------------------------------------------------- */

/* Answers come from people and from files: every id, type and value is checked, and the
 * first problem is said in a sentence. */
gboolean
hammy_triage_answers_check (JsonObject  *answers,
                            GError     **error)
{
  g_autoptr(GList) members = NULL;

  g_return_val_if_fail (answers != NULL, FALSE);

  members = json_object_get_members (answers);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonNode *node = json_object_get_member (answers, id);
      gboolean known = FALSE;

      if (JSON_NODE_HOLDS_NULL (node))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (answer_types); i++)
        {
          GType value_type;

          if (!g_str_equal (answer_types[i].id, id))
            continue;

          known = TRUE;
          value_type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

          switch (answer_types[i].type)
            {
            case ANSWER_BOOL:
              if (value_type != G_TYPE_BOOLEAN)
                goto wrong_type;
              break;

            case ANSWER_INT:
              if (value_type != G_TYPE_INT64)
                goto wrong_type;
              if (json_node_get_int (node) < answer_types[i].min || json_node_get_int (node) > answer_types[i].max)
                {
                  /* The number as text: a format macro inside _() never reaches the translators. */
                  g_autofree char *number_text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

                  g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
                               /* Translators: an answer, its number, and the range it must be in */
                               _("The answer “%s” is %s, outside %d–%d."),
                               id, number_text, (int) answer_types[i].min, (int) answer_types[i].max);
                  return FALSE;
                }
              break;

            case ANSWER_CHOICE:
              if (value_type != G_TYPE_STRING)
                goto wrong_type;
              if (!g_strv_contains (answer_types[i].choices, json_node_get_string (node)))
                {
                  g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
                               _("The answer “%s” cannot be “%s”."), id, json_node_get_string (node));
                  return FALSE;
                }
              break;

            default:
              g_assert_not_reached ();
            }
          break;

        wrong_type:
          g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
                       _("The answer “%s” has the wrong type."), id);
          return FALSE;
        }

      if (!known)
        {
          g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
                       _("“%s” is not a question Hammy asks."), id);
          return FALSE;
        }
    }

  return TRUE;
}

/* @created is when the check was made, from the app's clock; NULL takes the clock's time now. */
HammyAssessment *
hammy_triage_assess (JsonObject *answers,
                     GDateTime  *created)
{
  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (hammy_triage_answers_check (answers, NULL), NULL);

  return assess (answers, created, TRUE);
}

/* The answers a phase check reads that triage asks only when they could change where a person
 * starts (docs/triage.md, rule 15). The others are a plan's, after the running ladder. */
static const char * const phase_check_answers[] = {
  "bridge_hold_pain", "jog_pain", "slb_reps_sore", "slb_reps_other", NULL
};

/* Whether the phase check answer @id could raise the phase the other answers allow: it is
 * asked only then. It could when a phase check up to that phase fails on nothing but
 * unanswered phase checks, this one among them. */
gboolean
hammy_triage_phase_check_could_matter (JsonObject *answers,
                                       const char *id)
{
  static const HammyGateFacts facts = HAMMY_GATE_FACTS_INIT;
  g_autoptr(JsonObject) others = NULL;
  g_autoptr(HammyAssessment) uncapped = NULL;
  g_autoptr(GList) members = NULL;
  HammyPhaseGate highest;

  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_strv_contains (phase_check_answers, id))
    return FALSE;

  others = json_object_new ();
  members = json_object_get_members (answers);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, id))
      json_object_set_member (others, l->data, json_node_copy (json_object_get_member (answers, l->data)));
  if (!hammy_triage_answers_check (others, NULL))
    return FALSE;

  uncapped = assess (others, NULL, FALSE);
  if (!hammy_phase_gate_get_for_phase (MIN (uncapped->phase, HAMMY_TRIAGE_PHASE_RETURN), &highest) ||
      uncapped->phase == HAMMY_TRIAGE_PHASE_WARMUP)
    return FALSE;

  for (guint gate = HAMMY_PHASE_GATE_BUILD; gate <= highest; gate++)
    {
      g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_gate_failure_free);
      gboolean only_phase_checks = TRUE;
      gboolean names_it = FALSE;

      hammy_phase_gate_passes (gate, others, &facts, failures);
      for (guint i = 0; i < failures->len; i++)
        {
          HammyGateFailure *failure = g_ptr_array_index (failures, i);

          only_phase_checks &= failure->missing && failure->answer != NULL &&
                               g_strv_contains (phase_check_answers, failure->answer);
          /* The two sides' bridge counts are one check: asked together. */
          names_it |= g_strcmp0 (failure->answer, id) == 0 ||
                      (g_str_has_prefix (id, "slb_reps_") && g_str_has_prefix (failure->answer, "slb_reps_"));
        }

      if (!only_phase_checks)
        return FALSE;
      if (names_it)
        return TRUE;
    }

  return FALSE;
}

static void
hammy_assessment_finalize (GObject *object)
{
  HammyAssessment *self = HAMMY_ASSESSMENT (object);

  g_free (self->picture);
  g_ptr_array_unref (self->flags);
  g_free (self->running);
  g_free (self->running_text);
  g_ptr_array_unref (self->reasons);
  g_clear_pointer (&self->answers, json_object_unref);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (hammy_assessment_parent_class)->finalize (object);
}

static void
hammy_assessment_class_init (HammyAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_assessment_finalize;
}

static void
hammy_assessment_init (HammyAssessment *self)
{
  self->flags = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->flags, NULL);
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
}

HammyTriagePhase
hammy_assessment_get_phase (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), HAMMY_TRIAGE_PHASE_REFER);
  return self->phase;
}

const char *
hammy_assessment_get_picture (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->picture;
}

const char * const *
hammy_assessment_get_flags (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return (const char * const *) self->flags->pdata;
}

gboolean
hammy_assessment_has_flag (HammyAssessment *self,
                           const char      *flag)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), FALSE);
  return g_strv_contains ((const char * const *) self->flags->pdata, flag);
}

const char *
hammy_assessment_get_running (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->running;
}

/* The running rule's sentence for this check (docs/programme.md, "Running advice"); NULL for a
 * check saved by older rules whose advice the rule no longer gives from the same answers. */
const char *
hammy_assessment_get_running_text (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->running_text;
}

/* The set of triage rules that made the check: 1 for checks saved before numbness, bone
 * stress, running pain and the phase checks were asked, HAMMY_TRIAGE_RULES since. */
guint
hammy_assessment_get_rules (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), 0);
  return self->rules;
}

GPtrArray *
hammy_assessment_get_reasons (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->reasons;
}

JsonObject *
hammy_assessment_get_answers (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->answers;
}

GDateTime *
hammy_assessment_get_created (HammyAssessment *self)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);
  return self->created;
}

JsonNode *
hammy_assessment_to_json (HammyAssessment *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *created = NULL;

  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (self), NULL);

  created = hammy_json_format_time (self->created);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "hammy-assessment");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, HAMMY_ASSESSMENT_VERSION);
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "rules");
  json_builder_add_int_value (builder, self->rules);
  json_builder_set_member_name (builder, "phase");
  json_builder_add_string_value (builder, hammy_triage_phase_to_id (self->phase));
  json_builder_set_member_name (builder, "picture");
  json_builder_add_string_value (builder, self->picture);
  json_builder_set_member_name (builder, "flags");
  json_builder_begin_array (builder);
  for (guint i = 0; i + 1 < self->flags->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (self->flags, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "running");
  json_builder_add_string_value (builder, self->running);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reasons->len; i++)
    json_builder_add_string_value (builder, ((HammyTriageReason *) g_ptr_array_index (self->reasons, i))->text);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "answers");
  json_builder_add_value (builder, json_node_init_object (json_node_alloc (), self->answers));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Version 1 came before the rules of issue 14: the same members, with fewer answers and
 * flags, made by the first set of rules. Brings @object from @from_version to the next. */
gboolean
hammy_assessment_migrate (JsonObject  *object,
                          gint64       from_version,
                          GError     **error)
{
  g_return_val_if_fail (object != NULL, FALSE);

  if (from_version != 1)
    {
      g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
                   _("This is not an assessment Hammy can read."));
      return FALSE;
    }

  if (!json_object_has_member (object, "rules"))
    json_object_set_int_member (object, "rules", 1);
  json_object_set_int_member (object, "version", 2);

  return TRUE;
}

/* The running rule's sentence, when the rule still gives the advice that was saved. */
static void
recall_running_text (HammyAssessment *self)
{
  g_autoptr(HammyRunningAdvice) advice = decide_running (self);

  if (g_strcmp0 (hammy_running_to_id (advice->advice), self->running) == 0)
    self->running_text = g_steal_pointer (&advice->text);
}

/* A saved assessment as it was written: what it said then, not what today's rules say. A
 * version 1 check is read as it was, and remembers that the first rules made it. */
HammyAssessment *
hammy_assessment_new_from_json (JsonNode  *node,
                                GError   **error)
{
  g_autoptr(HammyAssessment) self = NULL;
  JsonObject *object;
  JsonNode *member_node;
  const char *phase, *picture, *running, *created;
  gint64 version;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    goto invalid;

  object = json_node_get_object (node);
  if (g_strcmp0 (string_member (object, "format"), "hammy-assessment") != 0)
    goto invalid;

  member_node = json_object_get_member (object, "version");
  if (member_node == NULL || !JSON_NODE_HOLDS_VALUE (member_node) || json_node_get_value_type (member_node) != G_TYPE_INT64)
    goto invalid;
  version = json_node_get_int (member_node);
  if (version > HAMMY_ASSESSMENT_VERSION)
    {
      g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_NEWER_VERSION,
                   _("This assessment was saved by a newer version of Hammy."));
      return NULL;
    }
  if (version < 1)
    goto invalid;

  self = g_object_new (HAMMY_TYPE_ASSESSMENT, NULL);
  self->rules = 1;
  if (version >= 2)
    {
      member_node = json_object_get_member (object, "rules");
      if (member_node == NULL || !JSON_NODE_HOLDS_VALUE (member_node) ||
          json_node_get_value_type (member_node) != G_TYPE_INT64 ||
          json_node_get_int (member_node) < 1 || json_node_get_int (member_node) > G_MAXUINT16)
        goto invalid;
      self->rules = json_node_get_int (member_node);
    }

  phase = string_member (object, "phase");
  picture = string_member (object, "picture");
  running = string_member (object, "running");
  created = string_member (object, "created");
  if (!hammy_triage_phase_from_id (phase, &self->phase) || self->phase == HAMMY_TRIAGE_PHASE_KEEP ||
      !g_strv_contains (pictures, picture ? picture : "") ||
      !hammy_running_from_id (running, NULL) || created == NULL ||
      (self->created = hammy_json_parse_time (created)) == NULL)
    goto invalid;
  self->picture = g_strdup (picture);
  self->running = g_strdup (running);

  member_node = json_object_get_member (object, "answers");
  if (member_node == NULL || !JSON_NODE_HOLDS_OBJECT (member_node) ||
      !hammy_triage_answers_check (json_node_get_object (member_node), error))
    {
      if (error != NULL && *error != NULL)
        return NULL;
      goto invalid;
    }
  self->answers = json_object_ref (json_node_get_object (member_node));

  member_node = json_object_get_member (object, "flags");
  if (member_node != NULL && JSON_NODE_HOLDS_ARRAY (member_node))
    {
      JsonArray *array = json_node_get_array (member_node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *flag = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (flag) || json_node_get_value_type (flag) != G_TYPE_STRING ||
              !g_strv_contains (flags, json_node_get_string (flag)))
            goto invalid;
          add_flag (self, json_node_get_string (flag));
        }
    }

  member_node = json_object_get_member (object, "reasons");
  if (member_node != NULL && JSON_NODE_HOLDS_ARRAY (member_node))
    {
      JsonArray *array = json_node_get_array (member_node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *reason = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (reason) || json_node_get_value_type (reason) != G_TYPE_STRING)
            goto invalid;
          add_reason (self, REASON_NOTE, NULL, json_node_get_string (reason), NULL);
        }
    }

  recall_running_text (self);

  return g_steal_pointer (&self);

invalid:
  g_set_error (error, HAMMY_TRIAGE_ERROR, HAMMY_TRIAGE_ERROR_INVALID,
               _("This is not an assessment Hammy can read."));
  return NULL;
}
