/* hammy-coaching.c: what a coach would say aloud during a guided session, and when: the next
 * set, get ready, go, halfway, the last seconds, rest, rate your pain, the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-coaching"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-coaching.h"

#define NO_STEP G_MAXUINT

struct _HammyCoaching
{
  GObject            parent_instance;

  HammySession      *session;

  /* What was last seen of the session, so a notification only speaks for what changed. */
  HammySessionState  state;
  guint              index;
  /* The step whose "next up" was said, in the rest before it: not said twice. */
  guint              announced;

  /* The timer of the current phase. */
  guint              counted;         /* the lowest number of the count said, or above */
  gboolean           time_left_said;
  gint64             elapsed_ms;
};

G_DEFINE_FINAL_TYPE (HammyCoaching, hammy_coaching, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (HammyCoachingLine, hammy_coaching_line,
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_NEXT, "next"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_GET_READY, "get-ready"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_GO, "go"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_HALFWAY, "halfway"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_TIME_LEFT, "time-left"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_COUNT, "count"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_REST, "rest"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_RATE, "rate"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_STOPPED, "stopped"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_RED_FLAG, "red-flag"),
                    G_DEFINE_ENUM_VALUE (HAMMY_COACHING_LINE_FINISHED, "finished"))

enum {
  SIGNAL_LINE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
say (HammyCoaching     *self,
     HammyCoachingLine  line,
     const char        *text)
{
  g_debug ("%s", text);
  g_signal_emit (self, signals[SIGNAL_LINE], 0, line, text);
}

static void
say_next (HammyCoaching          *self,
          const HammySessionStep *step)
{
  g_autofree char *text = hammy_coaching_describe_step (step);

  say (self, HAMMY_COACHING_LINE_NEXT, text);
  self->announced = self->index;
}

/* "Rest for 30 seconds": whole minutes as minutes, the rest in seconds. */
static char *
describe_rest (guint seconds)
{
  if (seconds >= 60 && seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rest for %u minute.", "Rest for %u minutes.", seconds / 60),
                            seconds / 60);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rest for %u second.", "Rest for %u seconds.", seconds),
                          seconds);
}

static void
start_phase (HammyCoaching *self)
{
  self->counted = HAMMY_COACHING_COUNT_FROM + 1;
  self->time_left_said = FALSE;
  self->elapsed_ms = 0;
}

/* What a new state, or a new step in the same state, has to say. */
static void
speak_for_state (HammyCoaching *self)
{
  const HammySessionStep *step = hammy_session_get_current_step (self->session);

  switch (self->state)
    {
    case HAMMY_SESSION_STATE_GET_READY:
      if (self->announced != self->index)
        say_next (self, step);
      say (self, HAMMY_COACHING_LINE_GET_READY, _("Get ready."));
      break;

    case HAMMY_SESSION_STATE_WORK:
      if (step->hold_seconds == 0 && self->announced != self->index)
        say_next (self, step);
      say (self, HAMMY_COACHING_LINE_GO, _("Go."));
      break;

    case HAMMY_SESSION_STATE_REST:
      {
        g_autofree char *rest = describe_rest (step->rest_seconds);

        say (self, HAMMY_COACHING_LINE_REST, rest);
        say_next (self, step);
      }
      break;

    case HAMMY_SESSION_STATE_RATE:
      say (self, HAMMY_COACHING_LINE_RATE, _("Rate your pain."));
      break;

    case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
      say (self, HAMMY_COACHING_LINE_STOPPED, _("That hurt too much. Stop this exercise for today."));
      break;

    case HAMMY_SESSION_STATE_RED_FLAG:
      say (self, HAMMY_COACHING_LINE_RED_FLAG, _("Please stop the session now, and read the screen."));
      break;

    case HAMMY_SESSION_STATE_FINISHED:
      say (self, HAMMY_COACHING_LINE_FINISHED, _("That is the end of the session. Well done."));
      break;

    case HAMMY_SESSION_STATE_READY:
    default:
      break;
    }
}

/* The session changes state and step inside its actions and ticks, and notifies once they are
 * done: so this sees where it ended up, never a state it only passed through. */
static void
sync_state (HammyCoaching *self)
{
  HammySessionState state = hammy_session_get_state (self->session);
  guint index = hammy_session_get_step_index (self->session);

  if (state == self->state && index == self->index)
    return;

  if (index != self->index)
    self->announced = NO_STEP;
  self->state = state;
  self->index = index;
  start_phase (self);
  speak_for_state (self);
}

static void
on_session_notify_cb (HammySession  *session,
                      GParamSpec    *pspec,
                      HammyCoaching *self)
{
  sync_state (self);
}

static void
on_session_cue_cb (HammySession    *session,
                   HammySessionCue  cue,
                   HammyCoaching   *self)
{
  if (cue == HAMMY_SESSION_CUE_HALFWAY)
    say (self, HAMMY_COACHING_LINE_HALFWAY, _("Halfway."));
}

static void
hammy_coaching_dispose (GObject *object)
{
  HammyCoaching *self = HAMMY_COACHING (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (hammy_coaching_parent_class)->dispose (object);
}

static void
hammy_coaching_class_init (HammyCoachingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_coaching_dispose;

  /* A line to say now: its kind and its words, already translated. */
  signals[SIGNAL_LINE] =
    g_signal_new ("line", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, HAMMY_TYPE_COACHING_LINE, G_TYPE_STRING);
}

static void
hammy_coaching_init (HammyCoaching *self)
{
  self->index = NO_STEP;
  self->announced = NO_STEP;
  start_phase (self);
}

/**
 * hammy_coaching_new:
 * @session: the session to follow, in any state
 *
 * Says nothing for where @session is now (a session taken up again is at a set already on
 * screen); it speaks from the next change on.
 */
HammyCoaching *
hammy_coaching_new (HammySession *session)
{
  HammyCoaching *self;

  g_return_val_if_fail (HAMMY_IS_SESSION (session), NULL);

  self = g_object_new (HAMMY_TYPE_COACHING, NULL);
  self->session = g_object_ref (session);
  self->state = hammy_session_get_state (session);
  self->index = hammy_session_get_step_index (session);
  self->elapsed_ms = hammy_session_get_elapsed_ms (session);

  g_signal_connect (session, "notify::state", G_CALLBACK (on_session_notify_cb), self);
  g_signal_connect (session, "notify::step-index", G_CALLBACK (on_session_notify_cb), self);
  g_signal_connect (session, "cue", G_CALLBACK (on_session_cue_cb), self);

  return self;
}

HammySession *
hammy_coaching_get_session (HammyCoaching *self)
{
  g_return_val_if_fail (HAMMY_IS_COACHING (self), NULL);
  return self->session;
}

/**
 * hammy_coaching_tick:
 *
 * Says what the running timer has reached: "10 seconds left" on a long hold, and the last
 * three seconds of a countdown, hold or rest. Call it after each hammy_session_tick(); a late
 * call says only the latest number.
 */
void
hammy_coaching_tick (HammyCoaching *self)
{
  const HammySessionStep *step;
  gint64 remaining, elapsed;
  guint count;

  g_return_if_fail (HAMMY_IS_COACHING (self));

  sync_state (self);

  if (hammy_session_get_paused (self->session) || hammy_session_get_phase_duration_ms (self->session) <= 0)
    return;

  /* Back to the start of the same timer (a set done again): it counts again. */
  elapsed = hammy_session_get_elapsed_ms (self->session);
  if (elapsed < self->elapsed_ms)
    start_phase (self);
  self->elapsed_ms = elapsed;

  remaining = hammy_session_get_remaining_ms (self->session);
  if (remaining <= 0)
    return;

  step = hammy_session_get_current_step (self->session);
  if (self->state == HAMMY_SESSION_STATE_WORK && !self->time_left_said &&
      step->hold_seconds >= HAMMY_COACHING_TIME_LEFT_MIN_HOLD &&
      remaining <= HAMMY_COACHING_TIME_LEFT_SECONDS * 1000 &&
      remaining > HAMMY_COACHING_COUNT_FROM * 1000)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second left.", "%u seconds left.",
                                                            HAMMY_COACHING_TIME_LEFT_SECONDS),
                                               HAMMY_COACHING_TIME_LEFT_SECONDS);

      self->time_left_said = TRUE;
      say (self, HAMMY_COACHING_LINE_TIME_LEFT, text);
    }

  count = (guint) ((remaining + 999) / 1000);
  if (count <= HAMMY_COACHING_COUNT_FROM && count < self->counted)
    {
      g_autofree char *text = g_strdup_printf ("%u", count);

      self->counted = count;
      say (self, HAMMY_COACHING_LINE_COUNT, text);
    }
}

/**
 * hammy_coaching_describe_step:
 *
 * Returns: what a set is, as said before it: "Single-leg bridge, set 2 of 3, right side.
 * 12 reps."
 */
char *
hammy_coaching_describe_step (const HammySessionStep *step)
{
  const char *name;
  GString *text;

  g_return_val_if_fail (step != NULL, NULL);

  name = hammy_exercise_get_name (step->exercise);
  text = g_string_new (NULL);

  if (step->n_sets > 1)
    {
      switch (step->side)
        {
        case HAMMY_SIDE_LEFT:
          /* Translators: spoken before a set: the exercise, the set, the side. */
          g_string_append_printf (text, _("%s, set %u of %u, left side."), name, step->set, step->n_sets);
          break;
        case HAMMY_SIDE_RIGHT:
          g_string_append_printf (text, _("%s, set %u of %u, right side."), name, step->set, step->n_sets);
          break;
        case HAMMY_SIDE_BOTH:
        default:
          g_string_append_printf (text, _("%s, set %u of %u."), name, step->set, step->n_sets);
          break;
        }
    }
  else
    {
      switch (step->side)
        {
        case HAMMY_SIDE_LEFT:
          g_string_append_printf (text, _("%s, left side."), name);
          break;
        case HAMMY_SIDE_RIGHT:
          g_string_append_printf (text, _("%s, right side."), name);
          break;
        case HAMMY_SIDE_BOTH:
        default:
          g_string_append_printf (text, _("%s."), name);
          break;
        }
    }

  if (step->reps > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u rep.", "%u reps.", step->reps), step->reps);
    }
  else if (step->hold_seconds > 0 && !step->run)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Hold for %u second.", "Hold for %u seconds.",
                                                 step->hold_seconds),
                              step->hold_seconds);
    }

  return g_string_free (text, FALSE);
}

/* A count is said on time or not at all. */
gboolean
hammy_coaching_line_is_timely (HammyCoachingLine line)
{
  return line == HAMMY_COACHING_LINE_COUNT;
}

/**
 * hammy_coaching_get_voice_language:
 *
 * Returns: the eSpeak voice for the language the lines are in, so the voice always speaks the
 * language it is given: a translation names its own.
 */
const char *
hammy_coaching_get_voice_language (void)
{
  /* Translators: the eSpeak NG voice that speaks your translation's coaching lines, as
   * `espeak-ng --voices` lists it in its "Language" column: "de" for German. */
  return C_("espeak voice", "en");
}
