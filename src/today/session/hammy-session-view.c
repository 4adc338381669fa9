/* hammy-session-view.c: the guided session on screen. Every rule (timers, sides, when to stop)
 * is HammySession's; this only shows its state and passes on what the person does. The view is
 * the frame: how far the session has come, the keys, the clock's ticks and the cue sounds;
 * a screen for each moment of the session shows the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-session-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-accessible.h"
#include "hammy-coach-voice.h"
#include "hammy-coaching.h"
#include "hammy-cue-sounds.h"
#include "hammy-pain.h"
#include "hammy-session-rating-screen.h"
#include "hammy-session-red-flag-screen.h"
#include "hammy-session-screen.h"
#include "hammy-session-stopped-screen.h"
#include "hammy-session-summary-screen.h"
#include "hammy-session-view.h"
#include "hammy-session-work-screen.h"
#include "hammy-sign-list.h"
#include "hammy-toasts.h"
#include "hammy-today.h"

/* Often enough that a countdown never shows a second late. */
#define TICK_INTERVAL_MS 100
/* Narrower than this, the clip goes above the timer instead of beside it. */
#define SIDE_BY_SIDE_MIN_WIDTH 820

struct _HammySessionView
{
  GtkWidget                 parent_instance;

  HammyContext             *context;
  HammySession             *session;
  HammyCueSounds           *cue_sounds;      /* made when first shown, muted by the preference */
  HammyCoaching            *coaching;        /* the session's spoken lines */
  HammyCoachVoice          *voice;           /* made when first shown with the voice chosen */
  guint                     tick_id;
  guint                     inhibit_cookie;
  gboolean                  side_by_side;
  guint                     layout_idle_id;
  guint                     refocus_id;

  /* template children */
  GtkLabel                 *position_label;
  GtkWidget                *end_button;
  GtkProgressBar           *progress_bar;
  GtkStack                 *stack;
  HammySessionWorkScreen   *work_screen;
  HammySessionRatingScreen *rating_screen;
  HammySessionSummaryScreen *summary_screen;
};

G_DEFINE_FINAL_TYPE (HammySessionView, hammy_session_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CLOSED,
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
state_is_over (HammySessionState state)
{
  return state == HAMMY_SESSION_STATE_FINISHED || state == HAMMY_SESSION_STATE_RED_FLAG;
}

static gboolean
state_is_timed (HammySession *session)
{
  return hammy_session_get_phase_duration_ms (session) > 0;
}

/* The name of the stack page that shows @state. */
static const char *
screen_for_state (HammySessionState state)
{
  switch (state)
    {
    case HAMMY_SESSION_STATE_READY:
    case HAMMY_SESSION_STATE_GET_READY:
    case HAMMY_SESSION_STATE_WORK:
    case HAMMY_SESSION_STATE_REST:
      return "work";
    case HAMMY_SESSION_STATE_RATE:
      return "rate";
    case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
      return "stopped";
    case HAMMY_SESSION_STATE_RED_FLAG:
      return "red-flag";
    case HAMMY_SESSION_STATE_FINISHED:
    default:
      return "summary";
    }
}

/* The screens follow the session themselves. */
static void
give_screens_session (HammySessionView *self,
                      HammySession     *session)
{
  for (GtkWidget *screen = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       screen != NULL;
       screen = gtk_widget_get_next_sibling (screen))
    if (HAMMY_IS_SESSION_SCREEN (screen))
      hammy_session_screen_set_session (HAMMY_SESSION_SCREEN (screen), session);
}

/* The screen stays lit while a session runs: nobody touches the keyboard during a hold. */
static void
update_inhibit (HammySessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *application = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  gboolean wanted = self->session != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                    hammy_session_get_state (self->session) != HAMMY_SESSION_STATE_READY &&
                    !state_is_over (hammy_session_get_state (self->session));

  if (wanted && self->inhibit_cookie == 0 && application != NULL)
    self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A guided session is running"));
  else if (!wanted && self->inhibit_cookie != 0)
    {
      if (application != NULL)
        gtk_application_uninhibit (application, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static gboolean
tick_cb (gpointer data)
{
  HammySessionView *self = data;

  hammy_session_tick (self->session);
  hammy_coaching_tick (self->coaching);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "work") == 0)
    hammy_session_work_screen_update_countdown (self->work_screen);

  return G_SOURCE_CONTINUE;
}

static void
update_ticking (HammySessionView *self)
{
  gboolean wanted = self->session != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                    !hammy_session_get_paused (self->session) && state_is_timed (self->session);

  if (wanted && self->tick_id == 0)
    {
      self->tick_id = g_timeout_add (TICK_INTERVAL_MS, tick_cb, self);
      g_source_set_name_by_id (self->tick_id, "[hammy] session tick");
    }
  else if (!wanted)
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

/* What applies in each state; the rating and stopped screens keep their own actions. */
static void
update_actions (HammySessionView *self)
{
  HammySessionState state = self->session != NULL ? hammy_session_get_state (self->session) : HAMMY_SESSION_STATE_FINISHED;
  gboolean paused = self->session != NULL && hammy_session_get_paused (self->session);
  gboolean working = state == HAMMY_SESSION_STATE_READY || state == HAMMY_SESSION_STATE_GET_READY ||
                     state == HAMMY_SESSION_STATE_WORK || state == HAMMY_SESSION_STATE_REST;
  GtkWidget *widget = GTK_WIDGET (self);

  gboolean under_way = working && state != HAMMY_SESSION_STATE_READY;

  /* A control that does nothing now is off, so that nothing looks as if it would act. */
  /* Paused, the main button goes on: it never goes off under the focus. */
  gtk_widget_action_set_enabled (widget, "session.advance", working);
  gtk_widget_action_set_enabled (widget, "session.pause", under_way);
  gtk_widget_action_set_enabled (widget, "session.back", under_way && !paused);
  gtk_widget_action_set_enabled (widget, "session.back-exercise", under_way && !paused);
  gtk_widget_action_set_enabled (widget, "session.skip", self->session != NULL && hammy_session_can_skip (self->session));
  gtk_widget_action_set_enabled (widget, "session.end", self->session != NULL && !state_is_over (state));
  gtk_widget_action_set_enabled (widget, "session.red-flag", self->session != NULL && !state_is_over (state));
  gtk_widget_action_set_enabled (widget, "session.close", state_is_over (state));
  gtk_widget_set_visible (self->end_button, !state_is_over (state));
}

/* "Exercise 2 of 6", counted in the order they come: today's run sits among the plan's items. */
static char *
dup_position_text (HammySessionView *self)
{
  const HammySessionStep *step = hammy_session_get_current_step (self->session);
  guint n_steps = hammy_session_get_n_steps (self->session);
  guint ordinal = 0, count = 0, last_item = G_MAXUINT;

  if (step == NULL)
    return NULL;

  for (guint i = 0; i < n_steps; i++)
    {
      const HammySessionStep *each = hammy_session_get_step (self->session, i);

      if (each->item != last_item)
        {
          last_item = each->item;
          count++;
        }
      if (each == step)
        ordinal = count;
    }
  /* Translators: "Exercise 2 of 6" */
  return g_strdup_printf (_("Exercise %u of %u"), ordinal, count);
}

/* Sets done of sets due: a set done again after Back counts once, and the bar is full only
 * when every set is done. */
static void
update_progress (HammySessionView *self)
{
  HammySessionSummary summary;
  g_autofree char *text = NULL;

  hammy_session_get_summary (self->session, &summary);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 summary.sets_planned > 0 ? MIN ((double) summary.sets_done / summary.sets_planned, 1.0)
                                                          : 0.0);
  /* Translators: the session's progress, read by a screen reader: "3 of 12 sets done" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u set done", "%u of %u sets done", summary.sets_planned),
                          summary.sets_done, summary.sets_planned);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_bar), text);
}

/* The screen that has just come into view takes the focus, so that its keys work at once and
 * the focus never falls out of the session onto the header bar. */
static gboolean
focus_screen (HammySessionView *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || !HAMMY_IS_SESSION_SCREEN (visible))
    return FALSE;

  return hammy_session_screen_focus_main (HAMMY_SESSION_SCREEN (visible));
}

/* Once what came with the change is done (the page that was shown hides, and GTK moves the
 * focus off a control that went away, or the page gives the view the focus as a whole), the
 * main control takes it again: nobody has pressed a key in between. */
static gboolean
refocus_cb (gpointer data)
{
  HammySessionView *self = data;

  self->refocus_id = 0;
  focus_screen (self);

  return G_SOURCE_REMOVE;
}

/* The screen that has just come into view takes the focus now, and again once things settle. */
static void
focus_new_screen (HammySessionView *self)
{
  focus_screen (self);
  if (self->refocus_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Not an idle: a playing clip keeps the main loop too busy for one. */
      self->refocus_id = g_timeout_add_full (G_PRIORITY_DEFAULT, 0, refocus_cb, self, NULL);
      g_source_set_name_by_id (self->refocus_id, "[hammy] session refocus");
    }
}

static void
update (HammySessionView *self)
{
  HammySessionState state;
  const char *screen;
  g_autofree char *position = NULL;
  guint n_steps;

  if (self->session == NULL)
    return;

  state = hammy_session_get_state (self->session);
  screen = screen_for_state (state);
  n_steps = hammy_session_get_n_steps (self->session);
  /* The actions first: the new screen's main button is on before it is given the focus. */
  update_actions (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), screen) != 0)
    {
      /* The running advice after the session, once the data has reviewed it: Today's sentence. */
      if (state == HAMMY_SESSION_STATE_FINISHED)
        {
          g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
          g_autoptr(HammyToday) today = hammy_today_new (hammy_context_get_data (self->context), now);
          const HammyRunningAdvice *running = hammy_today_get_running (today);

          hammy_session_summary_screen_set_running (self->summary_screen, running != NULL ? running->text : NULL);
        }
      gtk_stack_set_visible_child_name (self->stack, screen);
      focus_new_screen (self);
    }

  if (n_steps > 0 && !state_is_over (state))
    position = dup_position_text (self);
  gtk_label_set_text (self->position_label, position != NULL ? position : "");
  update_progress (self);

  update_ticking (self);
  update_inhibit (self);
}

static gboolean
apply_layout_cb (gpointer data)
{
  HammySessionView *self = data;

  self->layout_idle_id = 0;
  hammy_session_work_screen_set_side_by_side (self->work_screen, self->side_by_side);
  return G_SOURCE_REMOVE;
}

static gboolean
wants_voice (HammySessionView *self)
{
  return g_settings_get_enum (hammy_context_get_settings (self->context), "cue-style") != HAMMY_CUE_STYLE_TONES;
}

/* Until the voice's thread has looked, it is taken to speak: its status comes in well before
 * the first line, which waits for the person to start. */
static gboolean
voice_speaks (HammySessionView *self)
{
  HammyCoachVoiceStatus status;

  if (self->voice == NULL || !wants_voice (self))
    return FALSE;

  status = hammy_coach_voice_get_status (self->voice);
  return status == HAMMY_COACH_VOICE_READY || status == HAMMY_COACH_VOICE_CHECKING;
}

/* Tones when chosen, and whenever the voice cannot speak. */
static gboolean
wants_tones (HammySessionView *self)
{
  return g_settings_get_enum (hammy_context_get_settings (self->context), "cue-style") != HAMMY_CUE_STYLE_VOICE ||
         !voice_speaks (self);
}

/* Both made when the view is first shown, never on the first frame's path; the voice only
 * when chosen. */
static void
ensure_cue_sounds (HammySessionView *self)
{
  GSettings *settings = hammy_context_get_settings (self->context);

  if (self->cue_sounds == NULL)
    {
      self->cue_sounds = hammy_cue_sounds_new ();
      g_settings_bind (settings, "sound-cues",
                       self->cue_sounds, "muted", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
    }

  if (self->voice == NULL && wants_voice (self))
    {
      self->voice = hammy_coach_voice_new (hammy_coaching_get_voice_language ());
      g_settings_bind (settings, "sound-cues",
                       self->voice, "muted", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
      g_settings_bind (settings, "voice-volume", self->voice, "volume", G_SETTINGS_BIND_GET);
    }
}

static void
on_cue_style_changed_cb (HammySessionView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_cue_sounds (self);
  if (self->voice != NULL && !wants_voice (self))
    hammy_coach_voice_stop (self->voice);
}

static void
on_coaching_line_cb (HammySessionView  *self,
                     HammyCoachingLine  line,
                     const char        *text)
{
  if (voice_speaks (self) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    hammy_coach_voice_say (self->voice, text, hammy_coaching_line_is_timely (line));
}

/* A question before something that cannot be taken back: Cancel (the default, and Escape) or
 * @response. Its body is read out with it, not only its heading. */
static AdwMessageDialog *
ask (HammySessionView *self,
     const char       *heading,
     const char       *body,
     const char       *cancel_label,
     const char       *response,
     const char       *response_label,
     GCallback         on_response)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", cancel_label,
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", on_response, self, 0);
  hammy_accessible_describe_dialog (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
on_end_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HammySessionView *self)
{
  if (g_str_equal (response, "end") && self->session != NULL)
    hammy_session_finish_early (self->session);
}

static void
on_skip_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     HammySessionView *self)
{
  if (g_str_equal (response, "skip") && self->session != NULL)
    hammy_session_skip_exercise (self->session);
}

static void
on_red_flag_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         HammySessionView *self)
{
  HammySignList *signs = HAMMY_SIGN_LIST (adw_message_dialog_get_extra_child (dialog));
  const char *sign = hammy_sign_list_get_sign (signs);

  /* The sign the person named, saved with the session: core stops the plan with it. */
  if (g_str_equal (response, "stop") && self->session != NULL && sign != NULL)
    hammy_session_report_warning (self->session, sign);
}

static void
on_red_flag_sign_cb (AdwMessageDialog *dialog)
{
  HammySignList *signs = HAMMY_SIGN_LIST (adw_message_dialog_get_extra_child (dialog));

  adw_message_dialog_set_response_enabled (dialog, "stop", hammy_sign_list_get_sign (signs) != NULL);
}

static void
on_session_notify_cb (HammySessionView *self)
{
  update (self);
}

static HammyCueSound
cue_sound_for (HammySessionCue cue)
{
  switch (cue)
    {
    case HAMMY_SESSION_CUE_START:
      return HAMMY_CUE_SOUND_START;
    case HAMMY_SESSION_CUE_HALFWAY:
      return HAMMY_CUE_SOUND_HALFWAY;
    case HAMMY_SESSION_CUE_END:
      return HAMMY_CUE_SOUND_END;
    case HAMMY_SESSION_CUE_REST_OVER:
    default:
      return HAMMY_CUE_SOUND_REST_OVER;
    }
}

/* The work screen flashes the timer for the same cue, so it is seen as well as heard. */
static void
on_session_cue_cb (HammySessionView *self,
                   HammySessionCue   cue)
{
  if (self->cue_sounds != NULL && wants_tones (self))
    hammy_cue_sounds_play (self->cue_sounds, cue_sound_for (cue));
}

static void
on_session_problem_cb (HammySessionView *self,
                       const char       *message)
{
  g_autoptr(AdwToast) toast = hammy_toast_new_message (message);

  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
advance_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session == NULL)
    return;
  if (hammy_session_get_state (self->session) == HAMMY_SESSION_STATE_READY)
    hammy_session_start (self->session);
  else if (hammy_session_get_paused (self->session))
    hammy_session_resume (self->session);
  else
    hammy_session_advance (self->session);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session == NULL)
    return;
  if (hammy_session_get_paused (self->session))
    hammy_session_resume (self->session);
  else
    hammy_session_pause (self->session);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session != NULL)
    hammy_session_back (self->session);
}

static void
back_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session != NULL)
    hammy_session_back_exercise (self->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session == NULL)
    return;

  /* Skipping the last exercise ends the session: that is asked, never done by surprise. */
  if (!hammy_session_skip_ends_session (self->session))
    {
      hammy_session_skip_exercise (self->session);
      return;
    }

  ask (self, _("Skip the Last Exercise?"),
       _("Nothing comes after it, so skipping it ends the session. The sets you did are saved."),
       _("_Keep Going"), "skip", _("_Skip and End"), G_CALLBACK (on_skip_response_cb));
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  if (self->session == NULL)
    return;

  /* Before the first set there is nothing to lose: the person simply leaves. */
  if (!hammy_session_end_loses_work (self->session))
    {
      if (hammy_session_finish_early (self->session))
        g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
      return;
    }

  ask (self, _("End This Session?"), _("The sets you did are saved. The rest are left undone for today."),
       _("_Keep Going"), "end", _("_End Session"), G_CALLBACK (on_end_response_cb));
}

static void
red_flag_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *signs;

  if (self->session == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Did Something Worrying Happen?"),
                                   _("Stop and see a clinician if you notice any of these. Choose the one you noticed: "
                                     "Hammy stops the plan and says what to do."));
  signs = hammy_sign_list_new (_("Which Sign?"), NULL, FALSE, FALSE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), signs);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_No, Go Back"),
                                    "stop", _("_Stop the Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "stop", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (signs, "notify::sign", G_CALLBACK (on_red_flag_sign_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_red_flag_response_cb), self, 0);
  hammy_accessible_describe_dialog (ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The person is done with the session's last screen: back to Today. */
static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_CLOSED], 0);
}

/* The rating screen's keys: a digit chooses that pain, the arrows move it, Enter saves. They
 * come here only when the focused control did not want them. */
static gboolean
rating_key_pressed (HammySessionView *self,
                    guint             keyval)
{
  int pain = hammy_session_rating_screen_get_pain (self->rating_screen);

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    pain = (int) (keyval - GDK_KEY_0);
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    pain = (int) (keyval - GDK_KEY_KP_0);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_Right)
    pain = MIN (pain + 1, HAMMY_PAIN_MAX);
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_Left)
    pain = MAX (pain - 1, 0);
  else if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    return gtk_widget_activate_action (GTK_WIDGET (self->rating_screen), "session.save-set", NULL);
  else
    return GDK_EVENT_PROPAGATE;

  hammy_session_rating_screen_set_pain (self->rating_screen, pain);
  return GDK_EVENT_STOP;
}

/* Space, Enter, the arrows and the digits drive the session. They arrive in the bubble phase,
 * so only while the focus is inside the view, and only after the focused control passed them
 * on: Enter on End Session ends the session, a digit in the note is typed. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   HammySessionView      *self)
{
  const char *screen = gtk_stack_get_visible_child_name (self->stack);
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->session == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (g_str_equal (screen, "rate"))
    return rating_key_pressed (self, keyval);
  if (!g_str_equal (screen, "work"))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
      if (hammy_session_get_state (self->session) == HAMMY_SESSION_STATE_READY)
        return gtk_widget_activate_action (widget, "session.advance", NULL);
      return gtk_widget_activate_action (widget, "session.pause", NULL);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      return gtk_widget_activate_action (widget, "session.advance", NULL);
    case GDK_KEY_Left:
      return gtk_widget_activate_action (widget, "session.back", NULL);
    case GDK_KEY_Right:
      return gtk_widget_activate_action (widget, "session.skip", NULL);
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* One child, measured as a bin would be. */
static void
hammy_session_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/* GTK 4.8 has no breakpoints: the width decides whether the clip and the timer sit side by
 * side, and the change waits for an idle because a layout cannot change while it is applied. */
static void
hammy_session_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);
  gboolean side_by_side = width >= SIDE_BY_SIDE_MIN_WIDTH;

  if (side_by_side != self->side_by_side && self->layout_idle_id == 0)
    {
      self->side_by_side = side_by_side;
      self->layout_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_layout_cb, self, NULL);
    }
  else if (side_by_side == self->side_by_side)
    g_clear_handle_id (&self->layout_idle_id, g_source_remove);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
hammy_session_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hammy_session_view_parent_class)->map (widget);
  ensure_cue_sounds (HAMMY_SESSION_VIEW (widget));
  update (HAMMY_SESSION_VIEW (widget));
  focus_new_screen (HAMMY_SESSION_VIEW (widget));
}

static void
hammy_session_view_unmap (GtkWidget *widget)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  GTK_WIDGET_CLASS (hammy_session_view_parent_class)->unmap (widget);
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  if (self->cue_sounds != NULL)
    hammy_cue_sounds_stop (self->cue_sounds);
  if (self->voice != NULL)
    hammy_coach_voice_stop (self->voice);
  /* Timers keep their time on the monotonic clock; nothing needs to tick while hidden. */
  update_ticking (self);
  update_inhibit (self);
}

static void
hammy_session_view_dispose (GObject *object)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (object);
  GtkWidget *child;

  hammy_session_view_set_session (self, NULL);
  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  g_clear_handle_id (&self->refocus_id, g_source_remove);
  g_clear_object (&self->cue_sounds);
  g_clear_object (&self->voice);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_SESSION_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hammy_session_view_parent_class)->dispose (object);
}

static void
hammy_session_view_constructed (GObject *object)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (object);

  G_OBJECT_CLASS (hammy_session_view_parent_class)->constructed (object);

  g_assert (HAMMY_IS_CONTEXT (self->context));
  hammy_session_work_screen_set_context (self->work_screen, self->context);
  g_signal_connect_object (hammy_context_get_settings (self->context), "changed::cue-style",
                           G_CALLBACK (on_cue_style_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
hammy_session_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SESSION:
      hammy_session_view_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_view_class_init (HammySessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hammy_session_view_constructed;
  object_class->dispose = hammy_session_view_dispose;
  object_class->get_property = hammy_session_view_get_property;
  object_class->set_property = hammy_session_view_set_property;
  widget_class->measure = hammy_session_view_measure;
  widget_class->size_allocate = hammy_session_view_size_allocate;
  widget_class->map = hammy_session_view_map;
  widget_class->unmap = hammy_session_view_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAMMY_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HAMMY_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The person is done with the session's last screen: back to Today. */
  signals[SIGNAL_CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_ADD_TOAST] = hammy_toast_signal_new (G_TYPE_FROM_CLASS (klass));

  /* The window's Page Up and Page Down use session.back-exercise and session.skip too. */
  gtk_widget_class_install_action (widget_class, "session.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "session.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "session.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "session.back-exercise", NULL, back_exercise_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "session.red-flag", NULL, red_flag_action);
  gtk_widget_class_install_action (widget_class, "session.close", NULL, close_action);

  g_type_ensure (HAMMY_TYPE_SESSION_WORK_SCREEN);
  g_type_ensure (HAMMY_TYPE_SESSION_RATING_SCREEN);
  g_type_ensure (HAMMY_TYPE_SESSION_STOPPED_SCREEN);
  g_type_ensure (HAMMY_TYPE_SESSION_RED_FLAG_SCREEN);
  g_type_ensure (HAMMY_TYPE_SESSION_SUMMARY_SCREEN);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/session/hammy-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, position_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, end_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, work_screen);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, rating_screen);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, summary_screen);

  gtk_widget_class_set_css_name (widget_class, "session-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hammy_session_view_init (HammySessionView *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_BUBBLE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
hammy_session_view_new (HammyContext *context)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  return g_object_new (HAMMY_TYPE_SESSION_VIEW, "context", context, NULL);
}

void
hammy_session_view_set_session (HammySessionView *self,
                                HammySession     *session)
{
  g_return_if_fail (HAMMY_IS_SESSION_VIEW (self));
  g_return_if_fail (session == NULL || HAMMY_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  g_clear_object (&self->coaching);
  if (self->voice != NULL)
    hammy_coach_voice_stop (self->voice);
  if (session != NULL)
    {
      self->coaching = hammy_coaching_new (session);
      g_signal_connect_object (self->coaching, "line", G_CALLBACK (on_coaching_line_cb), self, G_CONNECT_SWAPPED);
    }
  /* The screens first: each is ready by the time the frame shows it. */
  give_screens_session (self, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "cue", G_CALLBACK (on_session_cue_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "problem", G_CALLBACK (on_session_problem_cb), self, G_CONNECT_SWAPPED);
    }

  update (self);
  if (session == NULL)
    {
      update_ticking (self);
      update_inhibit (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

HammySession *
hammy_session_view_get_session (HammySessionView *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION_VIEW (self), NULL);

  return self->session;
}

/* Which screen shows: "work", "rate", "stopped", "red-flag" or "summary". For tests. */
const char *
hammy_session_view_get_screen (HammySessionView *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
