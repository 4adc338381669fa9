/* hammy-session-view.c: the guided session on screen. Every rule (timers, sides, when to stop)
 * is HammySession's; this only shows its state and passes on what the person does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-session-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-clip-view.h"
#include "hammy-cue-sounds.h"
#include "hammy-pain.h"
#include "hammy-pain-picker.h"
#include "hammy-presentation.h"
#include "hammy-safety.h"
#include "hammy-session-view.h"
#include "hammy-toasts.h"

/* Often enough that a countdown never shows a second late. */
#define TICK_INTERVAL_MS 100
#define CUE_FLASH_MS 700
/* Narrower than this, the clip goes above the timer instead of beside it. */
#define SIDE_BY_SIDE_MIN_WIDTH 820
#define CONTROL_WIDTH 360
/* While presenting, the text is half as big again: the timer's column grows, and no further,
 * so that the clip stays big. */
#define PRESENTING_CONTROL_WIDTH 540
#define UNCLAMPED 100000

struct _HammySessionView
{
  GtkWidget          parent_instance;

  HammyContext      *context;
  HammySession      *session;
  GtkWidget         *clip_view;       /* made with the first exercise shown */
  HammyCueSounds    *cue_sounds;      /* made when first shown, muted by the preference */
  HammyExercise     *clip_exercise;   /* the exercise the clip shows */
  guint              tick_id;
  guint              cue_flash_id;
  guint              inhibit_cookie;
  int                pain;            /* -1 until chosen */

  GtkLabel          *position_label;
  GtkWidget         *end_button;
  GtkProgressBar    *progress_bar;
  GtkStack          *stack;
  GtkBox            *work_box;
  GtkBox            *clip_box;
  GtkWidget         *control_box;
  AdwClamp          *control_clamp;
  gboolean           side_by_side;
  guint              layout_idle_id;
  GtkLabel          *exercise_label;
  GtkLabel          *set_label;
  GtkWidget         *timer_box;
  GtkLabel          *phase_label;
  GtkLabel          *timer_label;
  GtkLabel          *hint_label;
  GtkButton         *primary_button;
  GtkButton         *pause_button;
  GtkLabel          *next_label;
  AdwPreferencesGroup *cues_group;
  GtkLabel          *cues_label;
  GtkLabel          *rate_title;
  HammyPainPicker   *pain_picker;
  GtkLabel          *pain_band_label;
  GtkWidget         *effort_row;
  GtkSpinButton     *effort_spin;
  AdwEntryRow       *note_row;
  AdwStatusPage     *stopped_page;
  GtkButton         *easier_button;
  GtkListBox        *red_flag_list;
  AdwStatusPage     *summary_page;
  GtkListBox        *summary_list;
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

static void update (HammySessionView *self);

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

/* "0:25": whole seconds, rounded up, so a countdown reaches 0 only when it is over. */
static char *
format_seconds (gint64 ms)
{
  gint64 seconds = (MAX (ms, 0) + 999) / 1000;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, seconds / 60, seconds % 60);
}

static const char *
side_text (HammySide side)
{
  switch (side)
    {
    case HAMMY_SIDE_LEFT:
      return _("left side");
    case HAMMY_SIDE_RIGHT:
      return _("right side");
    case HAMMY_SIDE_BOTH:
    default:
      return NULL;
    }
}

static const char *
step_title (const HammySessionStep *step)
{
  return step->run ? hammy_plan_ladder_step_get_title (step->ladder_step) : hammy_exercise_get_name (step->exercise);
}

static char *
dup_set_text (const HammySessionStep *step)
{
  const char *side = side_text (step->side);

  if (step->run)
    /* Translators: "Running ladder, step 3 of 7" */
    return g_strdup_printf (_("Running ladder, step %u of %u"), step->ladder_step + 1, hammy_plan_get_n_ladder_steps ());

  if (side != NULL)
    /* Translators: "Set 2 of 3 · left side" */
    return g_strdup_printf (_("Set %u of %u · %s"), step->set, step->n_sets, side);
  return g_strdup_printf (_("Set %u of %u"), step->set, step->n_sets);
}

static char *
dup_next_text (HammySessionView       *self,
               const HammySessionStep *current)
{
  const HammySessionStep *next = hammy_session_get_next_step (self->session);
  g_autofree char *set = NULL;

  if (next == NULL)
    return g_strdup (_("This is the last set."));

  set = dup_set_text (next);
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
show_clip (HammySessionView *self,
           HammyExercise    *exercise)
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

static void
update_cues (HammySessionView       *self,
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

/* The countdown and what the primary button does, redrawn on every tick. */
static void
update_timer (HammySessionView *self)
{
  HammySessionState state = hammy_session_get_state (self->session);
  const HammySessionStep *step = hammy_session_get_current_step (self->session);
  gboolean paused = hammy_session_get_paused (self->session);
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
      time = format_seconds (hammy_session_get_remaining_ms (self->session));
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
          time = format_seconds (hammy_session_get_remaining_ms (self->session));
          hint = _("Breathe steadily. A sound marks halfway and the end.");
          button = _("_End the Hold");
        }
      break;
    case HAMMY_SESSION_STATE_REST:
      phase = g_strdup (_("Rest"));
      time = format_seconds (hammy_session_get_remaining_ms (self->session));
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
      hint = hammy_session_get_pause_reason (self->session) == HAMMY_SESSION_PAUSE_SUSPENDED
               ? _("The computer went to sleep, so the session waited. Press Space to go on.")
               : _("Press Space to go on.");
    }

  gtk_label_set_text (self->phase_label, phase);
  gtk_label_set_text (self->timer_label, time);
  gtk_widget_set_visible (GTK_WIDGET (self->timer_label), time[0] != '\0');
  gtk_label_set_text (self->hint_label, hint);
  gtk_button_set_label (self->primary_button, button);
  gtk_button_set_use_underline (self->primary_button, TRUE);
}

static void
update_work (HammySessionView *self)
{
  const HammySessionStep *step = hammy_session_get_current_step (self->session);
  gboolean paused = hammy_session_get_paused (self->session);
  g_autofree char *set = NULL;
  g_autofree char *next = NULL;

  if (step == NULL)
    return;

  show_clip (self, step->exercise);
  update_cues (self, step);
  gtk_label_set_text (self->exercise_label, step_title (step));
  set = dup_set_text (step);
  gtk_label_set_text (self->set_label, set);
  next = dup_next_text (self, step);
  gtk_label_set_text (self->next_label, next);

  gtk_button_set_icon_name (self->pause_button,
                            paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Go On (Space)") : _("Pause (Space)"));
  update_timer (self);
}

static void
update_pain_band (HammySessionView *self)
{
  HammyPainBand band;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save-set", self->pain >= 0);
  if (self->pain < 0)
    {
      gtk_label_set_text (self->pain_band_label, _("Choose a number to save the set."));
      return;
    }

  band = hammy_pain_get_band (self->pain);
  gtk_label_set_text (self->pain_band_label, hammy_pain_band_get_advice (band));
}

static void
set_pain (HammySessionView *self,
          int               pain)
{
  self->pain = CLAMP (pain, -1, HAMMY_PAIN_MAX);
  hammy_pain_picker_set_value (self->pain_picker, self->pain);
  update_pain_band (self);
}

static void
prepare_rating (HammySessionView *self)
{
  const HammySessionStep *step = hammy_session_get_current_step (self->session);
  g_autofree char *set = NULL;
  g_autofree char *title = NULL;

  if (step == NULL)
    return;

  set = dup_set_text (step);
  if (step->run)
    title = g_strdup (_("How was your run?"));
  else
    /* Translators: "How was Wall bridge, Set 2 of 3?" */
    title = g_strdup_printf (_("How was %s, %s?"), hammy_exercise_get_name (step->exercise), set);
  gtk_label_set_text (self->rate_title, title);
  gtk_widget_set_visible (self->effort_row, hammy_session_needs_effort (self->session));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  set_pain (self, -1);
}

static void
update_stopped (HammySessionView *self)
{
  const HammySessionStep *step = hammy_session_get_current_step (self->session);
  HammyExercise *easier = hammy_session_get_easier (self->session);
  g_autofree char *description = NULL;

  if (easier != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Try %s Instead"), hammy_exercise_get_name (easier));

      gtk_button_set_label (self->easier_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->easier_button), easier != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.use-easier", easier != NULL);

  description = g_strdup_printf (_("Pain above 5 means %s stops for today; the sets you did are saved. "
                                   "If the pain has not settled by tomorrow morning, tell Hammy in the morning check-in."),
                                 step != NULL ? hammy_exercise_get_name (step->exercise) : _("this exercise"));
  adw_status_page_set_description (self->stopped_page, description);
}

static GtkWidget *
summary_row (const char *title,
             const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_summary (HammySessionView *self)
{
  HammySessionSummary summary;
  g_autofree char *sets = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *time = NULL;
  guint minutes;
  guint last_item = G_MAXUINT;

  hammy_session_get_summary (self->session, &summary);
  adw_status_page_set_title (self->summary_page,
                             summary.sets_done >= summary.sets_planned ? _("Session Done") : _("Session Ended"));
  adw_status_page_set_description (self->summary_page,
                                   _("Every set is saved. Tomorrow morning, Hammy asks how the leg feels."));

  clear_list (self->summary_list);
  sets = g_strdup_printf (_("%u of %u done"), summary.sets_done, summary.sets_planned);
  gtk_list_box_append (self->summary_list, summary_row (_("Sets"), sets));

  if (summary.pain_max >= 0)
    pain = g_strdup_printf (_("Highest %d, average %.1f"), summary.pain_max, summary.pain_mean);
  gtk_list_box_append (self->summary_list, summary_row (_("Pain During"), pain != NULL ? pain : _("Not rated")));

  if (summary.effort_max > 0)
    {
      g_autofree char *effort = g_strdup_printf (_("Highest %d of 10"), summary.effort_max);

      gtk_list_box_append (self->summary_list, summary_row (_("Effort"), effort));
    }

  minutes = (guint) ((summary.active_ms + 30000) / 60000);
  time = minutes < 1 ? g_strdup (_("Under a minute"))
                     : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
  gtk_list_box_append (self->summary_list, summary_row (_("Time"), time));

  for (guint i = 0; i < hammy_session_get_n_steps (self->session); i++)
    {
      const HammySessionStep *step = hammy_session_get_step (self->session, i);
      g_autofree char *done_text = NULL;
      guint done, planned;

      if (step->item == last_item)
        continue;
      last_item = step->item;
      hammy_session_get_item_progress (self->session, step->item, &done, &planned);
      done_text = g_strdup_printf (_("%u of %u sets"), done, planned);
      gtk_list_box_append (self->summary_list, summary_row (step->run ? _("Your run") : hammy_exercise_get_name (step->exercise), done_text));
    }
}

static void
update_red_flag (HammySessionView *self)
{
  clear_list (self->red_flag_list);
  for (guint i = 0; i < hammy_safety_get_n_clinician_signs (); i++)
    {
      HammyClinicianSign sign;
      GtkWidget *row;

      if (!hammy_safety_get_clinician_sign (i, &sign))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sign.signs);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sign.action);
      gtk_list_box_append (self->red_flag_list, row);
    }
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
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "work") == 0)
    update_timer (self);

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

static void
update_actions (HammySessionView *self)
{
  HammySessionState state = self->session != NULL ? hammy_session_get_state (self->session) : HAMMY_SESSION_STATE_FINISHED;
  gboolean paused = self->session != NULL && hammy_session_get_paused (self->session);
  gboolean working = state == HAMMY_SESSION_STATE_READY || state == HAMMY_SESSION_STATE_GET_READY ||
                     state == HAMMY_SESSION_STATE_WORK || state == HAMMY_SESSION_STATE_REST;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "session.advance", working && !paused);
  gtk_widget_action_set_enabled (widget, "session.pause", working && state != HAMMY_SESSION_STATE_READY);
  gtk_widget_action_set_enabled (widget, "session.back", working && !paused);
  gtk_widget_action_set_enabled (widget, "session.back-exercise", working && !paused);
  gtk_widget_action_set_enabled (widget, "session.skip",
                                 (working && !paused) || state == HAMMY_SESSION_STATE_EXERCISE_STOPPED);
  gtk_widget_action_set_enabled (widget, "session.end", self->session != NULL && !state_is_over (state));
  gtk_widget_action_set_enabled (widget, "session.red-flag", self->session != NULL && !state_is_over (state));
  gtk_widget_action_set_enabled (widget, "session.close", state_is_over (state));
  gtk_widget_set_visible (GTK_WIDGET (self->pause_button), state != HAMMY_SESSION_STATE_READY);
  gtk_widget_set_visible (self->end_button, !state_is_over (state));
}

static void
update (HammySessionView *self)
{
  HammySessionState state;
  const char *screen;
  g_autofree char *position = NULL;
  guint n_steps, index;

  if (self->session == NULL)
    return;

  state = hammy_session_get_state (self->session);
  screen = screen_for_state (state);
  n_steps = hammy_session_get_n_steps (self->session);
  index = hammy_session_get_step_index (self->session);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), screen) != 0)
    {
      if (state == HAMMY_SESSION_STATE_RATE)
        prepare_rating (self);
      gtk_stack_set_visible_child_name (self->stack, screen);
    }

  if (g_str_equal (screen, "work"))
    update_work (self);
  else if (g_str_equal (screen, "stopped"))
    update_stopped (self);
  else if (g_str_equal (screen, "summary"))
    update_summary (self);
  else if (g_str_equal (screen, "red-flag"))
    update_red_flag (self);

  if (n_steps > 0)
    {
      const HammySessionStep *step = hammy_session_get_current_step (self->session);

      gtk_progress_bar_set_fraction (self->progress_bar, state_is_over (state) ? 1.0 : (double) index / n_steps);
      if (step != NULL && !state_is_over (state))
        {
          guint ordinal = 0, count = 0, last_item = G_MAXUINT;

          /* Counted in the order they come: today's run sits among the plan's items. */
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
          position = g_strdup_printf (_("Exercise %u of %u"), ordinal, count);
        }
    }
  gtk_label_set_text (self->position_label, position != NULL ? position : "");

  update_actions (self);
  update_ticking (self);
  update_inhibit (self);
}

static void
on_session_notify_cb (HammySessionView *self)
{
  update (self);
}

static gboolean
cue_flash_done_cb (gpointer data)
{
  HammySessionView *self = data;

  gtk_widget_remove_css_class (self->timer_box, "cue");
  self->cue_flash_id = 0;
  return G_SOURCE_REMOVE;
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

/* Every cue is seen as well as heard, so a muted computer or one without sound loses nothing. */
static void
on_session_cue_cb (HammySessionView *self,
                   HammySessionCue   cue)
{
  if (self->cue_sounds != NULL)
    hammy_cue_sounds_play (self->cue_sounds, cue_sound_for (cue));

  gtk_widget_add_css_class (self->timer_box, "cue");
  g_clear_handle_id (&self->cue_flash_id, g_source_remove);
  self->cue_flash_id = g_timeout_add (CUE_FLASH_MS, cue_flash_done_cb, self);
}

static void
on_session_problem_cb (HammySessionView *self,
                       const char       *message)
{
  g_autoptr(AdwToast) toast = hammy_toast_new_message (message);

  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

static void
on_pain_picker_value_changed_cb (HammySessionView *self)
{
  self->pain = hammy_pain_picker_get_value (self->pain_picker);
  update_pain_band (self);
}

static void
save_set (HammySessionView *self)
{
  int effort = 0;
  const char *note;

  if (self->pain < 0)
    return;

  if (hammy_session_needs_effort (self->session))
    effort = gtk_spin_button_get_value_as_int (self->effort_spin);
  note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  hammy_session_rate_set (self->session, self->pain, effort, note[0] != '\0' ? note : NULL);
}

static void
on_note_entry_activated_cb (HammySessionView *self)
{
  save_set (self);
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
on_red_flag_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         HammySessionView *self)
{
  if (g_str_equal (response, "stop") && self->session != NULL)
    hammy_session_report_red_flag (self->session);
}

static void
ask_about_red_flags (HammySessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GString) body = g_string_new (_("Stop and see a clinician if you notice any of these:"));
  GtkWidget *dialog;

  for (guint i = 0; i < hammy_safety_get_n_clinician_signs (); i++)
    {
      HammyClinicianSign sign;

      if (hammy_safety_get_clinician_sign (i, &sign))
        g_string_append_printf (body, "\n• %s", sign.signs);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Did Something Worrying Happen?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_No, Go Back"),
                                    "stop", _("_Yes, Stop the Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_red_flag_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_to_end (HammySessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("End This Session?"),
                                   _("The sets you did are saved. The rest are left undone for today."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Going"),
                                    "end", _("_End Session"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_end_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
session_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);
  HammySession *session = self->session;

  if (g_str_equal (action_name, "session.close"))
    {
      g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
      return;
    }
  if (session == NULL)
    return;

  if (g_str_equal (action_name, "session.advance"))
    {
      if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_READY)
        hammy_session_start (session);
      else
        hammy_session_advance (session);
    }
  else if (g_str_equal (action_name, "session.pause"))
    {
      if (hammy_session_get_paused (session))
        hammy_session_resume (session);
      else
        hammy_session_pause (session);
    }
  else if (g_str_equal (action_name, "session.back"))
    hammy_session_back (session);
  else if (g_str_equal (action_name, "session.back-exercise"))
    hammy_session_back_exercise (session);
  else if (g_str_equal (action_name, "session.skip"))
    hammy_session_skip_exercise (session);
  else if (g_str_equal (action_name, "session.use-easier"))
    hammy_session_use_easier (session);
  else if (g_str_equal (action_name, "session.save-set"))
    save_set (self);
  else if (g_str_equal (action_name, "session.end"))
    ask_to_end (self);
  else if (g_str_equal (action_name, "session.red-flag"))
    ask_about_red_flags (self);
}

/* Space, Enter, the arrows and the digits drive the session, except where the person types. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   HammySessionView      *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  const char *screen = gtk_stack_get_visible_child_name (self->stack);
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->session == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  if (focus != NULL && (GTK_IS_EDITABLE (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE) != NULL))
    return GDK_EVENT_PROPAGATE;

  if (g_str_equal (screen, "work"))
    {
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

  if (g_str_equal (screen, "rate"))
    {
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
        {
          set_pain (self, (int) (keyval - GDK_KEY_0));
          return GDK_EVENT_STOP;
        }
      if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
        {
          set_pain (self, (int) (keyval - GDK_KEY_KP_0));
          return GDK_EVENT_STOP;
        }
      switch (keyval)
        {
        case GDK_KEY_Up:
        case GDK_KEY_Right:
          set_pain (self, MIN (self->pain + 1, HAMMY_PAIN_MAX));
          return GDK_EVENT_STOP;
        case GDK_KEY_Down:
        case GDK_KEY_Left:
          set_pain (self, MAX (self->pain - 1, 0));
          return GDK_EVENT_STOP;
        case GDK_KEY_Return:
        case GDK_KEY_KP_Enter:
          return gtk_widget_activate_action (widget, "session.save-set", NULL);
        default:
          return GDK_EVENT_PROPAGATE;
        }
    }

  return GDK_EVENT_PROPAGATE;
}

static void
apply_layout (HammySessionView *self)
{
  gboolean presenting = self->context != NULL && hammy_context_get_presenting (self->context);
  int control_width = presenting ? PRESENTING_CONTROL_WIDTH : CONTROL_WIDTH;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->work_box),
                                  self->side_by_side ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
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
apply_layout_cb (gpointer data)
{
  HammySessionView *self = data;

  self->layout_idle_id = 0;
  apply_layout (self);
  return G_SOURCE_REMOVE;
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
ensure_cue_sounds (HammySessionView *self)
{
  if (self->cue_sounds != NULL)
    return;

  self->cue_sounds = hammy_cue_sounds_new ();
  g_settings_bind (hammy_context_get_settings (self->context), "sound-cues",
                   self->cue_sounds, "muted", G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
}

static void
hammy_session_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hammy_session_view_parent_class)->map (widget);
  ensure_cue_sounds (HAMMY_SESSION_VIEW (widget));
  update (HAMMY_SESSION_VIEW (widget));
}

static void
hammy_session_view_unmap (GtkWidget *widget)
{
  HammySessionView *self = HAMMY_SESSION_VIEW (widget);

  GTK_WIDGET_CLASS (hammy_session_view_parent_class)->unmap (widget);
  if (self->cue_sounds != NULL)
    hammy_cue_sounds_stop (self->cue_sounds);
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
  g_clear_handle_id (&self->cue_flash_id, g_source_remove);
  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  g_clear_object (&self->cue_sounds);
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
  apply_layout (self);
  g_signal_connect_object (self->context, "notify::presenting",
                           G_CALLBACK (apply_layout), self, G_CONNECT_SWAPPED);
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
  static const char * const actions[] = {
    "session.advance", "session.pause", "session.back", "session.back-exercise", "session.skip", "session.use-easier",
    "session.save-set", "session.end", "session.red-flag", "session.close",
  };

  object_class->constructed = hammy_session_view_constructed;
  object_class->dispose = hammy_session_view_dispose;
  object_class->get_property = hammy_session_view_get_property;
  object_class->set_property = hammy_session_view_set_property;
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

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, session_action);

  g_type_ensure (HAMMY_TYPE_PAIN_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, position_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, end_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, work_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, clip_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, control_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, control_clamp);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, set_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, timer_box);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, timer_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, next_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, cues_group);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, cues_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, rate_title);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, pain_picker);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, pain_band_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, effort_row);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, note_row);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, stopped_page);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, easier_button);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, red_flag_list);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, summary_page);
  gtk_widget_class_bind_template_child (widget_class, HammySessionView, summary_list);
  gtk_widget_class_bind_template_callback (widget_class, on_note_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pain_picker_value_changed_cb);

  widget_class->measure = hammy_session_view_measure;
  widget_class->size_allocate = hammy_session_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "session-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hammy_session_view_init (HammySessionView *self)
{
  GtkEventController *keys;

  self->pain = -1;
  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
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
  self->clip_exercise = NULL;
  if (session != NULL)
    {
      g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "cue", G_CALLBACK (on_session_cue_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "problem", G_CALLBACK (on_session_problem_cb), self, G_CONNECT_SWAPPED);
      gtk_stack_set_visible_child_name (self->stack, "work");
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
