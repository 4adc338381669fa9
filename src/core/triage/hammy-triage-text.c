/* hammy-triage-text.c: the words people read about triage: the questions with their help, and
 * what a phase, a picture, a flag and running advice mean.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-answers.h"
#include "hammy-triage-text.h"

static const HammyQuestionGroup groups[] = {
  { "safety", N_("First, a Few Safety Questions"),
    N_("These come first because a yes to any of them means getting help is more important than exercise.") },
  { "about", N_("About You"), N_("Which leg, and your age, which changes what a pop at the sit bone means.") },
  { "start", N_("How It Started"), N_("Answer what you know. Anything you skip is simply left out.") },
  { "feel", N_("Where and How It Feels"), N_("Pain is from 0, none at all, to 10, the worst you can imagine.") },
  { "signs", N_("Nerves and Bone"),
    N_("A few signs that change what is safe: a nerve that is irritated or squeezed, or a bone under too much strain.") },
  { "running", N_("Running"), N_("What running does to it now.") },
  { "checks", N_("Self-Checks"),
    N_("Optional: short checks that add to the picture. Each shows how it is done; skip any you cannot or would rather not do.") },
  { "return", N_("Back to Running"), N_("Only for a leg that already walks without pain.") },
  { "gates", N_("Checks for a Harder Start"),
    N_("Your answers so far would allow harder work. These short checks decide whether it is safe to start there. Skip any you cannot do, and Hammy starts a step lower.") },
};

static const HammyQuestionChoice sides[] = {
  { "left", N_("Left") }, { "right", N_("Right") }, { "both", N_("Both") }, { NULL }
};
static const HammyQuestionChoice onsets[] = {
  { "sudden", N_("Suddenly, while running") },
  { "gradual", N_("Slowly, over days or weeks") },
  { "after_race", N_("After a long race or a big block of training") },
  { "unsure", N_("I am not sure") },
  { NULL }
};
static const HammyQuestionChoice bruises[] = {
  { "none", N_("No bruising") },
  { "small", N_("A small bruise") },
  { "large", N_("A large bruise: hand-sized, or spreading") },
  { NULL }
};
static const HammyQuestionChoice locations[] = {
  { "high", N_("High, near the sit bone or under the buttock") },
  { "middle", N_("In the middle of the back of the thigh") },
  { "low", N_("Low, behind the knee") },
  { "diffuse", N_("All along, hard to point to") },
  { NULL }
};
static const HammyQuestionChoice stretches[] = {
  { "helps", N_("It helps") },
  { "brief_relief", N_("It helps at first, then the tightness comes back") },
  { "worse", N_("It makes it worse") },
  { "not_tried", N_("I have not tried") },
  { NULL }
};
static const HammyQuestionChoice runs[] = {
  { "normal", N_("I can run normally") },
  { "pain_eases", N_("It hurts at first, then eases as I go") },
  { "pain_same", N_("It hurts about the same all the way") },
  { "pain_increases", N_("It hurts more the longer I run") },
  { "cannot", N_("I cannot run") },
  { "not_tried", N_("I have not run since it started") },
  { NULL }
};
static const HammyQuestionChoice check_results[] = {
  { "none", N_("No pain") }, { "mild", N_("A little") }, { "painful", N_("Painful") }, { NULL }
};
static const HammyQuestionChoice bridge_results[] = {
  { "pain_free", N_("All ten, no pain") }, { "painful", N_("Painful") }, { "cannot", N_("I cannot do them") }, { NULL }
};
static const HammyQuestionChoice ladder[] = {
  { "none", N_("None yet") }, { "walk", N_("Walking") }, { "jog", N_("Jogging") },
  { "sprint", N_("Sprinting") }, { "jump", N_("Jumping") }, { NULL }
};
static const HammyQuestionChoice kicks[] = {
  { "none", N_("It feels fine, and I kick freely") },
  { "apprehension", N_("I hold back, wary of it") },
  { "pain", N_("It hurts") },
  { NULL }
};

static const HammyQuestion questions[] = {
  { "rf_saddle_bladder", "safety", HAMMY_QUESTION_YES_NO,
    N_("Numbness in your groin or saddle area, new trouble controlling your bladder or bowels, or weakness or numbness in both legs?"),
    N_("The saddle area is where you would sit on a bicycle saddle.") },
  { "rf_weakness", "safety", HAMMY_QUESTION_YES_NO,
    N_("Weakness in your leg or foot that is getting worse?"),
    N_("For example a foot that slaps down or makes you trip.") },
  { "rf_calf", "safety", HAMMY_QUESTION_YES_NO,
    N_("A calf or back of the knee that is swollen, warm, red or tender, or breathlessness or chest pain?"),
    N_("Blood clots are more likely after long travel, such as flying home from a race.") },
  { "rf_unwell", "safety", HAMMY_QUESTION_YES_NO,
    N_("Fever, feeling unwell, pain at night that nothing eases, or weight loss without trying?"),
    N_("Or any of these with a history of cancer.") },
  { "side", "about", HAMMY_QUESTION_CHOICE, N_("Which leg?"), NULL, sides },
  { "age", "about", HAMMY_QUESTION_NUMBER, N_("Your age"), N_("In years."), NULL, 5, 110 },
  { "onset", "start", HAMMY_QUESTION_CHOICE, N_("How did it start?"),
    N_("Suddenly often means a sprint, a hill, a fast finish or a slip."), onsets },
  { "days_since_onset", "start", HAMMY_QUESTION_NUMBER, N_("How many days ago did it start?"), N_("Your best guess is fine."),
    NULL, 0, 3650 },
  { "pop", "start", HAMMY_QUESTION_YES_NO, N_("Did you feel or hear a pop or snap when it happened?"), NULL },
  { "bruising", "start", HAMMY_QUESTION_CHOICE, N_("Any bruising on the back of the thigh?"),
    N_("Bruises can take a few days to show, and can spread down toward the knee."), bruises },
  { "location", "feel", HAMMY_QUESTION_CHOICE, N_("Where is it?"), NULL, locations },
  { "pain_rest", "feel", HAMMY_QUESTION_PAIN, N_("How much does it hurt right now, at rest?"), NULL },
  { "pain_walking", "feel", HAMMY_QUESTION_PAIN, N_("How much does it hurt when you walk?"), NULL },
  { "gait_altered", "feel", HAMMY_QUESTION_YES_NO, N_("Are you limping, or unable to walk normally?"), NULL },
  { "sitting_worse", "feel", HAMMY_QUESTION_YES_NO, N_("Is it worse after sitting a long time?"),
    N_("For example in the car or at a desk, easing as you move around.") },
  { "stretch_response", "feel", HAMMY_QUESTION_CHOICE, N_("What does stretching do?"), NULL, stretches },
  { "neural_tension", "signs", HAMMY_QUESTION_YES_NO,
    N_("A tense, almost painful pull in your low back or behind the knee when you reach for your toes?"), NULL },
  { "tingling", "signs", HAMMY_QUESTION_YES_NO, N_("Tingling or burning running down the leg?"),
    N_("Pins and needles, or a burning line down the back of the leg.") },
  { "numbness", "signs", HAMMY_QUESTION_YES_NO,
    N_("Numbness down the leg: a patch that feels dead, or that you feel less than on the other side?"),
    N_("This is different from tingling. Numbness can mean a nerve is squeezed, so a clinician should look at it.") },
  { "bone_stress_signs", "signs", HAMMY_QUESTION_YES_NO,
    N_("A deep ache in your groin, buttock or sit bone that is there at night or with every step, or that started after a big jump in training or while eating too little for your training?"),
    N_("Missed periods or an earlier stress fracture make this more likely, but on their own they are not a yes here. Please do not test it by hopping.") },
  { "running", "running", HAMMY_QUESTION_CHOICE, N_("What does running do now?"), NULL, runs },
  { "running_pain", "running", HAMMY_QUESTION_PAIN, N_("How much does an easy run hurt now, at its worst?"),
    N_("Think of your last easy run: its worst moment, from 0, none at all, to 10. Do not go for a run to find out.") },
  { "recent_speed", "running", HAMMY_QUESTION_YES_NO, N_("Did you add speed work or hills recently?"), NULL },
  { "test_shoe", "checks", HAMMY_QUESTION_CHOICE, N_("Shoe test"),
    N_("Pull the sore leg's shoe off using your other foot."), check_results, 0, 0, "check-shoe-test" },
  { "test_hinge", "checks", HAMMY_QUESTION_CHOICE, N_("Hip-height hinge"),
    N_("Leg on a hip-height surface, knee straight, hinge toward your toes. Only pain beyond a normal stretch counts."),
    check_results, 0, 0, "check-hip-height-hinge" },
  { "test_heel_press", "checks", HAMMY_QUESTION_CHOICE, N_("Heel press"),
    N_("Knee bent, press your heel down into the floor."), check_results, 0, 0, "check-heel-press" },
  { "test_single_leg_bridge", "checks", HAMMY_QUESTION_CHOICE, N_("Ten single-leg bridges"),
    N_("On the sore side."), bridge_results, 0, 0, "check-single-leg-bridge" },
  { "rtr_motion", "return", HAMMY_QUESTION_YES_NO, N_("Does the sore leg move as well as the other?"), NULL },
  { "rtr_strength", "return", HAMMY_QUESTION_YES_NO, N_("Does it feel as strong as the other?"), NULL },
  { "rtr_ladder", "return", HAMMY_QUESTION_CHOICE, N_("How far can you go with no pain at all?"),
    N_("Each step only counts when it is completely pain-free."), ladder },
  { "bridge_hold_pain", "gates", HAMMY_QUESTION_PAIN, N_("Bridge hold: how much does it hurt?"),
    N_("Lie on your back, knees bent and feet flat. Lift your hips and hold for 30 seconds. Rate the worst pain during the hold.") },
  { "jog_pain", "gates", HAMMY_QUESTION_PAIN, N_("A slow jog: how much does it hurt?"),
    N_("A few minutes at a very easy pace on the flat, today or in the last couple of days. Rate the worst pain, and stop at once if it is sharp.") },
  { "slb_reps_sore", "gates", HAMMY_QUESTION_NUMBER, N_("Single-leg bridges on the sore side: how many?"),
    N_("Lie on your back with the heel on a chair seat, knee slightly bent, arms crossed on your chest. Lift your hips until your body is straight, as many times as you can with good form."),
    NULL, 0, 100 },
  { "slb_reps_other", "gates", HAMMY_QUESTION_NUMBER, N_("Single-leg bridges on the other side: how many?"),
    N_("The same way, on your other leg."), NULL, 0, 100 },
  { "kick_test", "gates", HAMMY_QUESTION_CHOICE, N_("A fast kick, lying on your back: how does it feel?"),
    N_("Lying on your back, kick the straight leg up fast, as if kicking a ball. Stop at once if it hurts."), kicks },
  { "strides_pain", "gates", HAMMY_QUESTION_PAIN, N_("Strides at near full speed: how much do they hurt?"),
    N_("A few short runs on the flat, building up to near full speed. Rate the worst pain.") },
  { "press_pain", "gates", HAMMY_QUESTION_PAIN, N_("Pressing on the sore spot: how much does it hurt?"),
    N_("Press firmly with your fingers where it was sore.") },
  { "flex_symmetry", "gates", HAMMY_QUESTION_YES_NO, N_("Does the sore leg reach as far as the other?"),
    N_("For example lying on your back and lifting each straight leg in turn.") },
  { "ready", "gates", HAMMY_QUESTION_YES_NO, N_("Do you feel ready to run fast again?"),
    N_("Think of a hard session or a race: would you trust the leg?") },
};

guint
hammy_triage_get_n_groups (void)
{
  return G_N_ELEMENTS (groups);
}

const HammyQuestionGroup *
hammy_triage_get_group (guint index)
{
  return index < G_N_ELEMENTS (groups) ? &groups[index] : NULL;
}

guint
hammy_triage_get_n_questions (void)
{
  return G_N_ELEMENTS (questions);
}

const HammyQuestion *
hammy_triage_get_question (guint index)
{
  return index < G_N_ELEMENTS (questions) ? &questions[index] : NULL;
}

const HammyQuestion *
hammy_triage_lookup_question (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    if (g_strcmp0 (questions[i].id, id) == 0)
      return &questions[i];

  return NULL;
}

/* Only the questions that matter for these answers are asked: no pop after a gradual onset,
 * no loading checks on a fresh or badly hurt leg, no return-to-running questions until walking
 * is pain-free, no running pain from someone who is not running, and the phase checks only
 * when they could start a person higher (docs/triage.md, rule 15). */
gboolean
hammy_triage_question_is_relevant (const HammyQuestion *question,
                                   JsonObject          *answers)
{
  const char *onset = hammy_answers_choice (answers, "onset");
  gint64 days = hammy_answers_number (answers, "days_since_onset");
  gboolean fresh_strain = g_strcmp0 (onset, "sudden") == 0 && (days < 0 || days < 7);

  g_return_val_if_fail (question != NULL, FALSE);

  if (g_str_equal (question->id, "pop"))
    return g_strcmp0 (onset, "gradual") != 0 && g_strcmp0 (onset, "after_race") != 0;

  if (g_str_equal (question->id, "test_hinge") || g_str_equal (question->id, "test_single_leg_bridge") ||
      g_str_equal (question->id, "test_shoe"))
    return !fresh_strain && !hammy_answers_is_true (answers, "pop") && !hammy_answers_is_true (answers, "gait_altered");

  if (g_str_equal (question->id, "running_pain"))
    return !hammy_answers_is (answers, "running", "cannot") && !hammy_answers_is (answers, "running", "not_tried");

  if (g_str_equal (question->group, "return"))
    return hammy_answers_at_most (answers, "pain_walking", 1) && g_strcmp0 (onset, "after_race") != 0 &&
           !hammy_answers_is_true (answers, "bone_stress_signs");

  if (g_str_equal (question->group, "gates"))
    return hammy_triage_phase_check_could_matter (answers, question->id);

  return TRUE;
}

/* The answers without those to questions that no longer apply: a person who says “gradual”
 * after first saying “sudden” and a pop is not assessed on the pop. */
JsonObject *
hammy_triage_dup_relevant_answers (JsonObject *answers)
{
  JsonObject *relevant = json_object_new ();
  gboolean changed = TRUE;

  g_return_val_if_fail (answers != NULL, relevant);

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    if (json_object_has_member (answers, questions[i].id))
      json_object_set_member (relevant, questions[i].id,
                              json_node_copy (json_object_get_member (answers, questions[i].id)));

  /* Relevance depends on other answers, which may themselves go: repeat until settled. */
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
        {
          if (json_object_has_member (relevant, questions[i].id) &&
              !hammy_triage_question_is_relevant (&questions[i], relevant))
            {
              json_object_remove_member (relevant, questions[i].id);
              changed = TRUE;
            }
        }
    }

  return relevant;
}

static const struct
{
  const char *title;
  const char *meaning;
} phase_texts[HAMMY_TRIAGE_N_PHASES] = {
  [HAMMY_TRIAGE_PHASE_URGENT] = { N_("Get Help Now"),
    N_("What you describe needs medical care today, not exercise. Stop here and get help.") },
  [HAMMY_TRIAGE_PHASE_REFER] = { N_("See a Clinician First"),
    N_("A physiotherapist or sports doctor should look at your leg before you load it. Until then, walk within comfort only.") },
  [HAMMY_TRIAGE_PHASE_CALM] = { N_("Calm It Down"),
    N_("Gentle holds and easy movement within comfort, to settle the pain. No stretching the sore hamstring, and no heavy work yet.") },
  [HAMMY_TRIAGE_PHASE_BUILD] = { N_("Build"),
    N_("Strength work with moderate loads: bridges, single-leg work and the lengthening trio, with glutes, hips and core sharing the work.") },
  [HAMMY_TRIAGE_PHASE_LOAD] = { N_("Load"),
    N_("Heavy work that makes the hamstring strong while it lengthens, like the wall-supported RDL, at a hard but controlled effort.") },
  [HAMMY_TRIAGE_PHASE_RETURN] = { N_("Return to Running"),
    N_("Rebuild your running one pain-free step at a time, easy running first and speed and hills last, and keep the strength work going.") },
  [HAMMY_TRIAGE_PHASE_KEEP] = { N_("Keep It Strong"),
    N_("You are back to running. Keep the strength work going once or twice a week and build your running back gradually, speed and hills last: most strains that come back do so in the first weeks.") },
  [HAMMY_TRIAGE_PHASE_WARMUP] = { N_("Warm Up and Keep It Strong"),
    N_("Your hamstring feels tight but shows no sign of injury. A good warm-up before runs and regular strength work fit best.") },
};

const char *
hammy_triage_phase_get_title (HammyTriagePhase phase)
{
  g_return_val_if_fail (phase < HAMMY_TRIAGE_N_PHASES, NULL);
  return _(phase_texts[phase].title);
}

const char *
hammy_triage_phase_get_meaning (HammyTriagePhase phase)
{
  g_return_val_if_fail (phase < HAMMY_TRIAGE_N_PHASES, NULL);
  return _(phase_texts[phase].meaning);
}

static const struct
{
  const char *id;
  const char *name;
  const char *description;
} picture_texts[] = {
  { "acute_strain", N_("A hamstring strain"),
    N_("A sudden injury to the muscle, usually while running fast. Most heal well with gradual loading.") },
  { "proximal_tendinopathy", N_("An irritated tendon at the sit bone"),
    N_("A deep ache where the hamstring starts, built up over weeks. It dislikes sitting, deep hip bends and stretching, and responds to steady loading.") },
  { "distal_irritation", N_("An irritated lower hamstring"),
    N_("An ache behind the knee near the bottom of the hamstring, often after more long runs or hills.") },
  { "neural_tension", N_("A sensitive nerve"),
    N_("A pull that behaves like a nerve: it changes with your neck or ankle, and stretching it harder tends to backfire.") },
  { "tightness", N_("Tightness, not an injury"),
    N_("It feels tight, but that rarely means the muscle is short: posture, nerves and protective tension all play a part.") },
  { "post_race_soreness", N_("Soreness after a big effort"),
    N_("General soreness after a long race or a big block, easing day by day.") },
  { "unclear", N_("Not clear yet"),
    N_("Your answers do not point to one picture. That is common, and starting gently is the safe choice.") },
};

const char *
hammy_triage_picture_get_name (const char *picture)
{
  for (guint i = 0; i < G_N_ELEMENTS (picture_texts); i++)
    if (g_strcmp0 (picture_texts[i].id, picture) == 0)
      return _(picture_texts[i].name);

  return NULL;
}

const char *
hammy_triage_picture_get_description (const char *picture)
{
  for (guint i = 0; i < G_N_ELEMENTS (picture_texts); i++)
    if (g_strcmp0 (picture_texts[i].id, picture) == 0)
      return _(picture_texts[i].description);

  return NULL;
}

/* Each flag as a sentence for the result, and as a short name for saying what changed. */
static const struct
{
  const char *id;
  const char *sentence;
  const char *name;
} flag_texts[] = {
  { "cauda_equina_signs",
    N_("Numbness in the saddle area, bladder or bowel changes, or weakness or numbness in both legs: get emergency care now."),
    N_("signs of a squeezed nerve root") },
  { "progressive_weakness", N_("Weakness that is getting worse: get urgent care today."), N_("weakness that is getting worse") },
  { "clot_signs",
    N_("Signs that could be a blood clot: see a doctor today, or get emergency care now if you are breathless or have chest pain."),
    N_("signs of a blood clot") },
  { "systemic_signs", N_("Signs of being unwell alongside the pain: see a doctor soon."), N_("signs of being unwell") },
  { "possible_avulsion", N_("The tendon may have pulled away from the sit bone: see a clinician within days."),
    N_("a tendon that may have pulled away from the bone") },
  { "significant_tear", N_("This may be a bigger tear: see a clinician before you load the leg."), N_("a possible bigger tear") },
  { "gait_altered", N_("You cannot walk normally yet."), N_("a limp") },
  { "severe_pain", N_("The pain is severe."), N_("severe pain") },
  { "stretch_aggravates", N_("Stretching makes it worse: leave it out."), N_("that stretching makes it worse") },
  { "sitting_aggravates", N_("Sitting makes it worse: break up long spells of sitting."), N_("that sitting makes it worse") },
  { "neural_caution", N_("Nerves are part of the picture: go gently, and see a clinician for numbness or weakness."),
    N_("that nerves are part of the picture") },
  { "speed_related", N_("Speed work or hills brought it on: hold them back for now."), N_("that speed work or hills brought it on") },
  { "bone_stress", N_("A stress injury of the bone is possible: no running and no hopping until a clinician has checked it."),
    N_("a possible stress injury of the bone") },
};

const char *
hammy_triage_flag_get_sentence (const char *flag)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_texts); i++)
    if (g_strcmp0 (flag_texts[i].id, flag) == 0)
      return _(flag_texts[i].sentence);

  return NULL;
}

/* The flag as a short name, to say that it was added or is no longer raised. */
const char *
hammy_triage_flag_get_name (const char *flag)
{
  for (guint i = 0; i < G_N_ELEMENTS (flag_texts); i++)
    if (g_strcmp0 (flag_texts[i].id, flag) == 0)
      return _(flag_texts[i].name);

  return NULL;
}

/* Running advice in a few words: stop, easy only, as tolerated. */
const char *
hammy_triage_running_get_title (const char *running)
{
  if (g_strcmp0 (running, "as_tolerated") == 0)
    return _("Run as you feel able");
  if (g_strcmp0 (running, "easy_only") == 0)
    return _("Easy running only");

  return _("No running for now");
}

/* The general sentence for running advice, for a check saved by older rules that the running
 * rule no longer words (hammy_assessment_get_running_text () is NULL). */
const char *
hammy_triage_running_get_advice (const char *running)
{
  if (g_strcmp0 (running, "as_tolerated") == 0)
    return _("Run as you feel able. Warm up first.");
  if (g_strcmp0 (running, "easy_only") == 0)
    return _("Easy running only: no speed work and no hills for now.");

  return _("No running for now. Walking within comfort is fine.");
}

/* What the check says about running, in the one running rule's words where it has them. */
const char *
hammy_assessment_get_running_advice (HammyAssessment *assessment)
{
  const char *text;

  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), NULL);

  text = hammy_assessment_get_running_text (assessment);
  return text != NULL ? text : hammy_triage_running_get_advice (hammy_assessment_get_running (assessment));
}

/* What to do now, for the result's headline: the most urgent step the flags call for. */
const char *
hammy_assessment_get_action (HammyAssessment *assessment)
{
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (assessment), NULL);

  if (hammy_assessment_has_flag (assessment, "cauda_equina_signs"))
    return _("Get emergency care now.");
  if (hammy_assessment_has_flag (assessment, "clot_signs"))
    return _("See a doctor today. If you are breathless or have chest pain, get emergency care now.");
  if (hammy_assessment_has_flag (assessment, "progressive_weakness"))
    return _("Get urgent care today.");
  if (hammy_assessment_has_flag (assessment, "possible_avulsion"))
    return _("See a clinician within days, not weeks.");
  if (hammy_assessment_has_flag (assessment, "systemic_signs"))
    return _("See a doctor soon.");
  if (hammy_assessment_has_flag (assessment, "bone_stress"))
    return _("See a clinician before you run again.");
  if (hammy_assessment_get_phase (assessment) == HAMMY_TRIAGE_PHASE_REFER)
    return _("See a clinician before you load the leg.");

  return NULL;
}

/* For “How to Find a Clinician”: who to see and how to reach them, for this phase. */
const char *
hammy_triage_get_finding_help (HammyTriagePhase phase)
{
  if (phase == HAMMY_TRIAGE_PHASE_URGENT)
    return _("Call your local emergency number, or go to an emergency department or an urgent care centre today. "
             "If you can, have someone go with you. Say what you noticed and when it started.");

  return _("A physiotherapist or a sports medicine doctor is the right person for a hamstring. In many places you can "
           "book a physiotherapist directly; otherwise your family doctor can refer you. Say when and how it started, "
           "what makes it worse, and show them your answers here. Until then, walk within comfort and skip the exercises.");
}

void
hammy_triage_change_free (HammyTriageChange *change)
{
  if (change == NULL)
    return;

  g_free (change->text);
  g_strfreev (change->why);
  g_free (change);
}

static void
add_change (GPtrArray  *changes,
            char       *text,
            GStrv       why)
{
  HammyTriageChange *change = g_new0 (HammyTriageChange, 1);

  change->text = text;
  change->why = why != NULL ? why : g_new0 (char *, 1);
  g_ptr_array_add (changes, change);
}

/* The reasons of @assessment that explain its phase, or its @flag when one is given, each
 * said once: one already in @said is left out, and each one given is added to it. */
static GStrv
dup_reasons (HammyAssessment *assessment,
             const char      *flag,
             GHashTable      *said)
{
  GPtrArray *reasons = hammy_assessment_get_reasons (assessment);
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  for (guint i = 0; i < reasons->len; i++)
    {
      HammyTriageReason *reason = g_ptr_array_index (reasons, i);

      if ((flag != NULL ? g_strcmp0 (reason->flag, flag) == 0 : reason->explains_phase) &&
          g_hash_table_add (said, reason->text))
        g_strv_builder_add (texts, reason->text);
    }

  return g_strv_builder_end (texts);
}

/* What checking the same answers again with today's rules (@after) changes against what was
 * said then (@before), each change with today's reasons for it, in plain words. Nothing
 * changed is said as well. */
GPtrArray *
hammy_assessment_compare (HammyAssessment *before,
                          HammyAssessment *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_triage_change_free);
  g_autoptr(GHashTable) said = g_hash_table_new (g_str_hash, g_str_equal);
  HammyTriagePhase old_phase, new_phase;
  const char * const *old_flags;
  const char * const *new_flags;
  const char *old_running, *new_running;

  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (before), changes);
  g_return_val_if_fail (HAMMY_IS_ASSESSMENT (after), changes);

  old_phase = hammy_assessment_get_phase (before);
  new_phase = hammy_assessment_get_phase (after);
  if (old_phase != new_phase)
    add_change (changes,
                /* Translators: phase titles, such as “The phase changes from Build to Calm It Down.” */
                g_strdup_printf (_("The phase changes from %s to %s."),
                                 hammy_triage_phase_get_title (old_phase), hammy_triage_phase_get_title (new_phase)),
                dup_reasons (after, NULL, said));

  if (g_strcmp0 (hammy_assessment_get_picture (before), hammy_assessment_get_picture (after)) != 0)
    add_change (changes,
                /* Translators: likely pictures, such as “The likely picture changes from Not clear yet to A sensitive nerve.” */
                g_strdup_printf (_("The likely picture changes from %s to %s."),
                                 hammy_triage_picture_get_name (hammy_assessment_get_picture (before)),
                                 hammy_triage_picture_get_name (hammy_assessment_get_picture (after))),
                NULL);

  old_flags = hammy_assessment_get_flags (before);
  new_flags = hammy_assessment_get_flags (after);
  for (guint i = 0; new_flags[i] != NULL; i++)
    if (!g_strv_contains (old_flags, new_flags[i]))
      add_change (changes,
                  /* Translators: %s is a flag's short name, such as “a possible stress injury of the bone” */
                  g_strdup_printf (_("Today's rules also note %s."), hammy_triage_flag_get_name (new_flags[i])),
                  dup_reasons (after, new_flags[i], said));
  for (guint i = 0; old_flags[i] != NULL; i++)
    if (!g_strv_contains (new_flags, old_flags[i]))
      add_change (changes,
                  /* Translators: %s is a flag's short name, such as “that speed work or hills brought it on” */
                  g_strdup_printf (_("Today's rules no longer note %s."), hammy_triage_flag_get_name (old_flags[i])),
                  NULL);

  old_running = hammy_assessment_get_running (before);
  new_running = hammy_assessment_get_running (after);
  if (g_strcmp0 (old_running, new_running) != 0)
    {
      g_autoptr(GStrvBuilder) why = g_strv_builder_new ();

      g_strv_builder_add (why, hammy_assessment_get_running_advice (after));
      add_change (changes,
                  /* Translators: running advice in a few words, such as “Running changes from Easy running only to No running for now.” */
                  g_strdup_printf (_("Running changes from %s to %s."),
                                   hammy_triage_running_get_title (old_running), hammy_triage_running_get_title (new_running)),
                  g_strv_builder_end (why));
    }

  if (changes->len == 0)
    add_change (changes, g_strdup (_("Nothing changes: today's rules give the same phase, picture, notes and running advice.")),
                NULL);

  /* A check from the first rules was never asked what the later ones ask. */
  if (hammy_assessment_get_rules (before) < 2)
    add_change (changes,
                g_strdup (_("That check was made before Hammy asked about numbness, signs of a stress injury of the bone, "
                            "how much running hurts, and the checks for a harder start. Check again to answer them.")),
                NULL);

  return changes;
}
