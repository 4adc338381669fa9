/* hammy-session-work-screen.c: the guided session's set being done: the exercise and its clip,
 * which set it is, the timer, the buttons that drive it, what comes next and the cues.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-accessible.h"
#include "hammy-clip-view.h"
#include "hammy-session-text.h"
#include "hammy-session-work-screen.h"

#define CUE_FLASH_MS 700
/* A countdown is read to a screen reader this often, not on every tick. */
#define SPOKEN_EVERY_MS 5000
#define CONTROL_WIDTH 360
/* While presenting, the text is half as big again: the timer's column grows, and no further,
 * so that the clip stays big. */
#define PRESENTING_CONTROL_WIDTH 540
#define UNCLAMPED 100000

struct _HammySessionWorkScreen
{
  HammySessionScreen   parent_instance;

  HammyContext        *context;
  GtkWidget           *clip_view;       /* made with the first exercise shown */
  HammyExercise       *clip_exercise;   /* the exercise the clip shows */
  gboolean             side_by_side;
  guint                cue_flash_id;
  char                *spoken_phase;    /* what the main button's description last said */
  char                *spoken_next;
  int                  spoken_bucket;

  /* template children */
  GtkBox              *work_box;
  GtkBox              *clip_box;
  AdwClamp            *control_clamp;
  GtkWidget           *control_box;
  GtkLabel            *exercise_label;
  GtkLabel            *set_label;
  GtkWidget           *timer_box;
  GtkLabel            *phase_label;
  GtkLabel            *timer_label;
  GtkLabel            *hint_label;
  GtkButton           *primary_button;
  GtkLabel            *primary_label;
  GtkButton           *pause_button;
  GtkLabel            *next_label;
  AdwPreferencesGroup *cues_group;
  GtkLabel            *cues_label;
};

G_DEFINE_FINAL_TYPE (HammySessionWorkScreen, hammy_session_work_screen, HAMMY_TYPE_SESSION_SCREEN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SIDE_BY_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The states this screen shows: before, during and between sets. */
static gboolean
state_is_work (HammySessionState state)
{
  return state == HAMMY_SESSION_STATE_READY || state == HAMMY_SESSION_STATE_GET_READY ||
         state == HAMMY_SESSION_STATE_WORK || state == HAMMY_SESSION_STATE_REST;
}

/* "0:25": whole seconds, rounded up, so a countdown reaches 0 only when it is over. */
static char *
format_seconds (gint64 ms)
{
  gint64 seconds = (MAX (ms, 0) + 999) / 1000;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, seconds / 60, seconds % 60);
}

static char *
dup_next_text (HammySession           *session,
               const HammySessionStep *current)
{
  const HammySessionStep *next = hammy_session_get_next_step (session);
  g_autofree char *set = NULL;

  if (next == NULL)
    return g_strdup (_("This is the last set."));

  set = hammy_session_text_dup_set (next);
  if (current != NULL && next->exercise == current->exercise)
    /* Translators: "Next: Set 2 of 3 · right side" */
    return g_strdup_printf (_("Next: %s"), set);
  if (next->run)
    /* Translators: "Next: your run, Running ladder, step 3 of 7" */
    return g_strdup_printf (_("Next: your run, %s"), set);
  /* Translators: "Next: Nordic curl, Set 1 of 3" */
  return g_strdup_printf (_("Next: %s, %s"), hammy_exercise_get_name (next->exercise), set);
}

static void
show_clip (HammySessionWorkScreen *self,
           HammyExercise          *exercise)
{
  if (exercise == self->clip_exercise)
    return;

  if (self->clip_view == NULL)
    {
      self->clip_view = hammy_clip_view_new ();
      gtk_widget_set_hexpand (self->clip_view, TRUE);
      gtk_box_append (self->clip_box, self->clip_view);
    }
  self->clip_exercise = exercise;
  hammy_clip_view_set_autoplay (HAMMY_CLIP_VIEW (self->clip_view), TRUE);
  hammy_clip_view_set_clip_id (HAMMY_CLIP_VIEW (self->clip_view), hammy_exercise_get_clip (exercise));
}

/* A set on one side shows that leg working: the clip is mirrored when it shows the other. */
static void
show_side (HammySessionWorkScreen *self,
           HammySide               side)
{
  HammyClipSide clip_side = side == HAMMY_SIDE_LEFT ? HAMMY_CLIP_SIDE_LEFT
                            : side == HAMMY_SIDE_RIGHT ? HAMMY_CLIP_SIDE_RIGHT
                            : HAMMY_CLIP_SIDE_BOTH;

  hammy_clip_view_set_side (HAMMY_CLIP_VIEW (self->clip_view), clip_side);
}

static void
update_cues (HammySessionWorkScreen *self,
             const HammySessionStep *step)
{
  const char * const *cues = hammy_exercise_get_cues (step->exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  if (step->run)
    {
      gtk_label_set_text (self->cues_label, hammy_plan_ladder_step_get_description (step->ladder_step));
      gtk_widget_set_visible (GTK_WIDGET (self->cues_group), TRUE);
      return;
    }

  for (guint i = 0; cues != NULL && cues[i] != NULL; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", cues[i]);

  gtk_label_set_text (self->cues_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->cues_group), text->len > 0);
}

/* What a screen reader hears with the main button, which has the focus through the set: the
 * phase, the time or reps, the hint and what comes next. GTK 4.8 cannot announce, so this is
 * the button's description, changed when the phase does and every few seconds of a countdown,
 * not on every tick. */
static void
update_spoken (HammySessionWorkScreen *self,
               HammySession           *session,
               const char             *phase,
               const char             *time,
               const char             *hint)
{
  gint64 remaining = hammy_session_get_remaining_ms (session);
  int bucket = remaining > 0 ? (int) ((remaining + SPOKEN_EVERY_MS - 1) / SPOKEN_EVERY_MS) : -1;
  g_autofree char *spoken = NULL;

  if (bucket == self->spoken_bucket && g_strcmp0 (phase, self->spoken_phase) == 0 &&
      g_strcmp0 (gtk_label_get_text (self->next_label), self->spoken_next) == 0)
    return;

  self->spoken_bucket = bucket;
  g_free (self->spoken_phase);
  self->spoken_phase = g_strdup (phase);
  g_free (self->spoken_next);
  self->spoken_next = g_strdup (gtk_label_get_text (self->next_label));
  /* Translators: read by a screen reader with the session's main button: "Rest: 0:25. Shake
   * the leg out and breathe. Next: Set 2 of 3 · right side" */
  spoken = g_strdup_printf (_("%s: %s. %s %s"), phase, time, hint, self->spoken_next);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->primary_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

/* The countdown and what the primary button does, redrawn on every tick. */
static void
update_timer (HammySessionWorkScreen *self,
              HammySession           *session)
{
  HammySessionState state = hammy_session_get_state (session);
  const HammySessionStep *step = hammy_session_get_current_step (session);
  gboolean paused = hammy_session_get_paused (session);
  g_autofree char *time = NULL;
  g_autofree char *phase = NULL;
  const char *button = NULL;
  const char *hint = NULL;

  if (step == NULL)
    return;

  switch (state)
    {
    case HAMMY_SESSION_STATE_READY:
      phase = g_strdup (_("Ready when you are"));
      time = step->run ? g_strdup ("") : step->reps > 0 ? g_strdup_printf ("%u", step->reps) : format_seconds ((gint64) step->hold_seconds * 1000);
      hint = step->run ? _("your run") : step->reps > 0 ? _("reps") : _("hold");
      button = _("_Start");
      break;
    case HAMMY_SESSION_STATE_GET_READY:
      phase = g_strdup (_("Get into position"));
      time = format_seconds (hammy_session_get_remaining_ms (session));
      hint = _("The hold starts when the count reaches zero.");
      button = _("Start the Hold _Now");
      break;
    case HAMMY_SESSION_STATE_WORK:
      if (step->run)
        {
          phase = g_strdup (_("Go for your run"));
          time = g_strdup ("");
          hint = _("Stop if it hurts more than a little. Press Enter when you are back.");
          button = _("I’m _Back");
        }
      else if (step->reps > 0)
        {
          phase = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Do %u rep", "Do %u reps", step->reps), step->reps);
          time = g_strdup_printf ("%u", step->reps);
          hint = _("Press Enter when the set is done.");
          button = _("Set _Done");
        }
      else
        {
          phase = g_strdup (_("Hold"));
          time = format_seconds (hammy_session_get_remaining_ms (session));
          hint = _("Breathe steadily. A sound marks halfway and the end.");
          button = _("_End the Hold");
        }
      break;
    case HAMMY_SESSION_STATE_REST:
      phase = g_strdup (_("Rest"));
      time = format_seconds (hammy_session_get_remaining_ms (session));
      hint = _("Shake the leg out and breathe.");
      button = _("Skip the _Rest");
      break;
    case HAMMY_SESSION_STATE_RATE:
    case HAMMY_SESSION_STATE_EXERCISE_STOPPED:
    case HAMMY_SESSION_STATE_RED_FLAG:
    case HAMMY_SESSION_STATE_FINISHED:
    default:
      return;
    }

  if (paused)
    {
      g_clear_pointer (&phase, g_free);
      phase = g_strdup (_("Paused"));
      hint = hammy_session_get_pause_reason (session) == HAMMY_SESSION_PAUSE_SUSPENDED
               ? _("The computer went to sleep, so the session waited. Press Space to go on.")
               : _("Press Space to go on.");
      button = _("_Go On");
    }

  gtk_label_set_text (self->phase_label, phase);
  update_spoken (self, session, phase, time, hint);
  gtk_label_set_text (self->timer_label, time);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), time[0] != '\0');
  gtk_label_set_text (self->hint_label, hint);
  /* Only when it changes: a screen reader says every change of the name of the focused button. */
  if (g_strcmp0 (gtk_label_get_label (self->primary_label), button) != 0)
    {
      g_autofree char *name = hammy_accessible_dup_without_mnemonic (button);

      gtk_label_set_text_with_mnemonic (self->primary_label, button);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->primary_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
}

static void
apply_layout (HammySessionWorkScreen *self)
{
  gboolean presenting = self->context != NULL && hammy_context_get_presenting (self->context);
  int control_width = presenting ? PRESENTING_CONTROL_WIDTH : CONTROL_WIDTH;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->work_box),
                                  self->side_by_side ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  /* One above the other, the timer and its buttons come first: on a phone Start and Set Done
   * are on screen without scrolling, and the clip follows below them. */
  gtk_box_reorder_child_after (self->work_box, GTK_WIDGET (self->clip_box),
                               self->side_by_side ? NULL : GTK_WIDGET (self->control_clamp));
  gtk_widget_set_size_request (self->control_box, self->side_by_side ? control_width : -1, -1);
  adw_clamp_set_maximum_size (self->control_clamp, self->side_by_side && presenting ? control_width : UNCLAMPED);
  adw_clamp_set_tightening_threshold (self->control_clamp, self->side_by_side && presenting ? control_width : UNCLAMPED);
  /* Presenting, what room is left goes to the clip alone; otherwise the columns share it. */
  if (presenting)
    gtk_widget_set_hexpand (GTK_WIDGET (self->control_clamp), FALSE);
  else
    gtk_widget_set_hexpand_set (GTK_WIDGET (self->control_clamp), FALSE);

  /* While presenting, the cues come right after the timer, where a shrunken call still has them
   * beside the clip; the buttons matter less to someone watching. */
  gtk_box_reorder_child_after (GTK_BOX (self->control_box), GTK_WIDGET (self->cues_group),
                               presenting ? self->timer_box : GTK_WIDGET (self->next_label));
}

static gboolean
cue_flash_done_cb (gpointer data)
{
  HammySessionWorkScreen *self = data;

  gtk_widget_remove_css_class (self->timer_box, "cue");
  self->cue_flash_id = 0;
  return G_SOURCE_REMOVE;
}

/* Every cue is seen as well as heard, so a muted computer or one without sound loses nothing. */
static void
on_session_cue_cb (HammySessionWorkScreen *self)
{
  gtk_widget_add_css_class (self->timer_box, "cue");
  g_clear_handle_id (&self->cue_flash_id, g_source_remove);
  self->cue_flash_id = g_timeout_add (CUE_FLASH_MS, cue_flash_done_cb, self);
}

static void
hammy_session_work_screen_update (HammySessionScreen *screen,
                                  HammySession       *session)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (screen);
  HammySessionState state = hammy_session_get_state (session);
  const HammySessionStep *step = hammy_session_get_current_step (session);
  gboolean paused = hammy_session_get_paused (session);
  g_autofree char *set = NULL;
  g_autofree char *next = NULL;

  /* Nothing to pause before the first set has started. */
  gtk_widget_set_visible (GTK_WIDGET (self->pause_button), state != HAMMY_SESSION_STATE_READY);
  if (!state_is_work (state) || step == NULL)
    return;

  show_clip (self, step->exercise);
  show_side (self, step->side);
  update_cues (self, step);
  gtk_label_set_text (self->exercise_label, hammy_session_text_get_title (step));
  set = hammy_session_text_dup_set (step);
  gtk_label_set_text (self->set_label, set);
  next = dup_next_text (session, step);
  gtk_label_set_text (self->next_label, next);

  gtk_button_set_icon_name (self->pause_button,
                            paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Go On (Space)") : _("Pause (Space)"));
  /* An icon alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, paused ? _("Go On") : _("Pause"),
                                  -1);
  update_timer (self, session);
}


/* The primary button drives the set: Start, Set Done, Skip the Rest. */
static gboolean
hammy_session_work_screen_focus_main (HammySessionScreen *screen)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (screen);

  return gtk_widget_grab_focus (GTK_WIDGET (self->primary_button));
}

/* Space is the session's pause key even on the primary button, whose own Space would start,
 * end or skip instead; before the first set there is nothing to pause, and Space starts. */
static gboolean
on_primary_key_pressed_cb (GtkEventControllerKey  *controller,
                           guint                   keyval,
                           guint                   keycode,
                           GdkModifierType         state,
                           HammySessionWorkScreen *self)
{
  HammySession *session = hammy_session_screen_get_session (HAMMY_SESSION_SCREEN (self));

  if (keyval != GDK_KEY_space || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      session == NULL || hammy_session_get_state (session) == HAMMY_SESSION_STATE_READY)
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "session.pause", NULL);
}

static void
hammy_session_work_screen_session_set (HammySessionScreen *screen,
                                       HammySession       *session)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (screen);

  self->clip_exercise = NULL;
  if (session != NULL)
    g_signal_connect_object (session, "cue", G_CALLBACK (on_session_cue_cb), self, G_CONNECT_SWAPPED);
}

/* Timers keep running while the screen is hidden: it shows where they are when it comes back. */
static void
hammy_session_work_screen_map (GtkWidget *widget)
{
  HammySession *session = hammy_session_screen_get_session (HAMMY_SESSION_SCREEN (widget));

  GTK_WIDGET_CLASS (hammy_session_work_screen_parent_class)->map (widget);
  if (session != NULL)
    hammy_session_work_screen_update (HAMMY_SESSION_SCREEN (widget), session);
}

static void
hammy_session_work_screen_dispose (GObject *object)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (object);

  g_clear_handle_id (&self->cue_flash_id, g_source_remove);
  g_clear_pointer (&self->spoken_phase, g_free);
  g_clear_pointer (&self->spoken_next, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_SESSION_WORK_SCREEN);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hammy_session_work_screen_parent_class)->dispose (object);
}

static void
hammy_session_work_screen_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SIDE_BY_SIDE:
      g_value_set_boolean (value, self->side_by_side);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_work_screen_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HammySessionWorkScreen *self = HAMMY_SESSION_WORK_SCREEN (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      hammy_session_work_screen_set_context (self, g_value_get_object (value));
      break;
    case PROP_SIDE_BY_SIDE:
      hammy_session_work_screen_set_side_by_side (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_work_screen_class_init (HammySessionWorkScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HammySessionScreenClass *screen_class = HAMMY_SESSION_SCREEN_CLASS (klass);

  object_class->dispose = hammy_session_work_screen_dispose;
  object_class->get_property = hammy_session_work_screen_get_property;
  object_class->set_property = hammy_session_work_screen_set_property;
  widget_class->map = hammy_session_work_screen_map;
  screen_class->session_set = hammy_session_work_screen_session_set;
  screen_class->update = hammy_session_work_screen_update;
  screen_class->focus_main = hammy_session_work_screen_focus_main;

  /* Whether the presentation is on: it gives the timer's column more room. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAMMY_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The clip beside the timer, or above it when the window is narrow. */
  properties[PROP_SIDE_BY_SIDE] =
    g_param_spec_boolean ("side-by-side", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-work-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, work_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, clip_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, control_clamp);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, control_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, set_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, timer_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, timer_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, primary_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, primary_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, pause_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, next_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, cues_group);
  gtk_widget_class_bind_template_child (widget_class, HammySessionWorkScreen, cues_label);
}

static void
hammy_session_work_screen_init (HammySessionWorkScreen *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  apply_layout (self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_primary_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->primary_button), keys);
}

void
hammy_session_work_screen_set_context (HammySessionWorkScreen *self,
                                       HammyContext           *context)
{
  g_return_if_fail (HAMMY_IS_SESSION_WORK_SCREEN (self));
  g_return_if_fail (context == NULL || HAMMY_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, apply_layout, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::presenting", G_CALLBACK (apply_layout), self,
                             G_CONNECT_SWAPPED);
  apply_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
hammy_session_work_screen_set_side_by_side (HammySessionWorkScreen *self,
                                            gboolean                side_by_side)
{
  g_return_if_fail (HAMMY_IS_SESSION_WORK_SCREEN (self));

  side_by_side = !!side_by_side;
  if (self->side_by_side == side_by_side)
    return;

  self->side_by_side = side_by_side;
  apply_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE_BY_SIDE]);
}

gboolean
hammy_session_work_screen_get_side_by_side (HammySessionWorkScreen *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION_WORK_SCREEN (self), FALSE);

  return self->side_by_side;
}

/* The remaining time has no notification of its own: whoever ticks the session redraws it. */
void
hammy_session_work_screen_update_countdown (HammySessionWorkScreen *self)
{
  HammySession *session;

  g_return_if_fail (HAMMY_IS_SESSION_WORK_SCREEN (self));

  session = hammy_session_screen_get_session (HAMMY_SESSION_SCREEN (self));
  if (session != NULL)
    update_timer (self, session);
}
