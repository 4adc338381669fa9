/* hammy-clip-view.c: an exercise clip with its controls, colour key and error state; the
 * keyboard drives it too. It shows the clip for the side being worked and on the stage that
 * suits the style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-clip-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-clip-controls.h"
#include "hammy-clip-locate.h"
#include "hammy-clip-view.h"
#include "hammy-media-resources.h"
#include "hammy-muscle-paint.h"

#define NS_PER_SECOND 1e9
/* Room for the figure before the first frame has told its size; the .ui starts at the first. */
#define PICTURE_HEIGHT 220
#define COMPACT_PICTURE_HEIGHT 150
/* A swatch is a small muscle, wide enough to show its texture. */
#define SWATCH_WIDTH 26
#define SWATCH_HEIGHT 14

struct _HammyClipView
{
  GtkWidget        parent_instance;

  HammyClipPlayer *player;
  GFile           *file;
  char            *clip_id;
  char            *missing_message;
  gboolean         autoplay;
  gboolean         own;            /* the person's own video: nothing of ours goes with it */
  gboolean         has_legend;
  gboolean         compact;
  gboolean         resume_on_map;
  gboolean         scrubbing;
  gboolean         resume_after_scrub;
  GtkWindow       *fullscreen_window;
  HammyClipSide    side;           /* the side being worked, both when it does not matter */
  HammyClipSide    working_side;   /* the leg the clip shows working, from its key */
  gboolean         side_mirrored;  /* the mirror is on for the side, not by the person */
  gboolean         dark_stage;     /* the clip on screen is the dark-stage one */

  /* template children */
  GtkStack        *stack;
  GtkPicture      *picture;
  HammyClipControls *controls;
  GtkButton       *play_button;
  GtkWidget       *step_back_button;
  GtkWidget       *step_forward_button;
  GtkWidget       *mirror_button;
  GtkScale        *scale;
  GtkAdjustment   *adjustment;
  GtkFlowBox      *legend;
  AdwStatusPage   *error_page;
};

G_DEFINE_FINAL_TYPE (HammyClipView, hammy_clip_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAYER,
  PROP_FILE,
  PROP_AUTOPLAY,
  PROP_RATE,
  PROP_MIRRORED,
  PROP_FULLSCREEN,
  PROP_COMPACT,
  PROP_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The speeds a demonstration needs: slow enough to see the hamstring work, and normal. */
static const double rates[] = { 0.25, 0.5, 1.0 };

/* The muscle as the clip draws it: its colour, its texture and its edge. */
static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  HammyMuscleState state = GPOINTER_TO_INT (data);
  double middle = height / 2.0;

  cairo_move_to (cr, 1, middle);
  cairo_curve_to (cr, width / 3.0, 1, 2 * width / 3.0, 1, width - 1, middle);
  cairo_curve_to (cr, 2 * width / 3.0, height - 1, width / 3.0, height - 1, 1, middle);
  cairo_close_path (cr);
  hammy_muscle_paint (cr, state, 1, 0, 1);
}

static GtkWidget *
legend_entry_new (const HammyClipLegendEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (hammy_clip_legend_entry_describe (entry));

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_HEIGHT);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  GINT_TO_POINTER (entry->state), NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");

  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

/* Our colour key and description are about our figure; the person's video has neither. */
static void
update_own (HammyClipView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->legend), self->has_legend && !self->own);
  gtk_picture_set_alternative_text (self->picture,
                                    self->own ? _("Your own video of the exercise")
                                              : _("A figure demonstrating the exercise"));
}

/* The controls, in their groups; not the parts inside a control. */
static void
set_focusable_in (GtkWidget *group,
                  gboolean   focusable)
{
  for (GtkWidget *child = gtk_widget_get_first_child (group);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BOX (child))
        set_focusable_in (child, focusable);
      else
        gtk_widget_set_focusable (child, focusable);
    }
}

static void
set_controls_focusable (HammyClipView *self,
                        gboolean       focusable)
{
  set_focusable_in (GTK_WIDGET (self->controls), focusable);
}

static HammyClipSide
other_side (HammyClipSide side)
{
  return side == HAMMY_CLIP_SIDE_LEFT ? HAMMY_CLIP_SIDE_RIGHT
         : side == HAMMY_CLIP_SIDE_RIGHT ? HAMMY_CLIP_SIDE_LEFT : side;
}

/* The mirror button says which leg the figure shows working, so a pressed button is never a
 * puzzle: with the mirror on, it is the other leg. */
static void
update_mirror (HammyClipView *self)
{
  gboolean mirrored = hammy_clip_player_get_mirrored (self->player);
  HammyClipSide shown = mirrored ? other_side (self->working_side) : self->working_side;
  const char *tooltip, *description;

  switch (self->own ? HAMMY_CLIP_SIDE_BOTH : shown)
    {
    case HAMMY_CLIP_SIDE_LEFT:
      tooltip = _("Shows the left leg working. Mirror (M)");
      description = _("Shows the left leg working");
      break;
    case HAMMY_CLIP_SIDE_RIGHT:
      tooltip = _("Shows the right leg working. Mirror (M)");
      description = _("Shows the right leg working");
      break;
    case HAMMY_CLIP_SIDE_BOTH:
    default:
      tooltip = _("Mirror (M)");
      description = NULL;
      break;
    }
  gtk_widget_set_tooltip_text (self->mirror_button, tooltip);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->mirror_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->mirror_button),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A set for one side shows that leg working: mirrored when the clip shows the other one. When
 * the side stops mattering, a mirror the side turned on goes off again; one the person turned on
 * stays. */
static void
apply_side (HammyClipView *self)
{
  gboolean mirrored;

  if (self->own)
    return;

  if (self->side == HAMMY_CLIP_SIDE_BOTH || self->working_side == HAMMY_CLIP_SIDE_BOTH)
    {
      if (self->side_mirrored)
        hammy_clip_player_set_mirrored (self->player, FALSE);
      self->side_mirrored = FALSE;
      return;
    }

  mirrored = self->side != self->working_side;
  hammy_clip_player_set_mirrored (self->player, mirrored);
  self->side_mirrored = mirrored;
}

static void
update_playing (HammyClipView *self)
{
  gboolean playing = hammy_clip_player_get_playing (self->player);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause (Space)") : _("Play (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play"),
                                  -1);
}

static void
update_position (HammyClipView *self)
{
  /* While dragging, the scale follows the pointer, not the frames catching up with it. */
  if (self->scrubbing)
    return;

  gtk_adjustment_set_value (self->adjustment,
                            hammy_clip_player_get_position (self->player) / NS_PER_SECOND);
}

static void
update_duration (HammyClipView *self)
{
  gint64 duration = hammy_clip_player_get_duration (self->player);
  double frame = hammy_clip_player_get_frame_duration (self->player) / NS_PER_SECOND;

  gtk_adjustment_configure (self->adjustment,
                            gtk_adjustment_get_value (self->adjustment),
                            0, duration > 0 ? duration / NS_PER_SECOND : 1,
                            frame, 10 * frame, 0);
}

static void
update_state (HammyClipView *self)
{
  HammyClipPlayerState state = hammy_clip_player_get_state (self->player);
  const char *error = self->missing_message;
  gboolean ready = state == HAMMY_CLIP_PLAYER_STATE_READY && error == NULL;

  if (error == NULL && state == HAMMY_CLIP_PLAYER_STATE_ERROR)
    error = hammy_clip_player_get_error_message (self->player);

  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "clip");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.play-pause",
                                 ready || state == HAMMY_CLIP_PLAYER_STATE_LOADING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.step-back", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.step-forward", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.fullscreen", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.reload", error != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale), ready);

  if (error != NULL && self->fullscreen_window != NULL)
    hammy_clip_view_set_fullscreen (self, FALSE);
}

/* Loading waits for the view to be mapped; see hammy_clip_view_map(). */
static void
set_file (HammyClipView *self,
          GFile         *file)
{
  if (!g_set_object (&self->file, file))
    return;

  self->resume_on_map = self->autoplay;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      hammy_clip_player_set_file (self->player, file);
      hammy_clip_player_set_playing (self->player, self->autoplay);
      self->resume_on_map = FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
begin_scrub (HammyClipView *self)
{
  if (self->scrubbing)
    return;

  self->scrubbing = TRUE;
  self->resume_after_scrub = hammy_clip_player_get_playing (self->player);
  hammy_clip_player_pause (self->player);
}

static void
end_scrub (HammyClipView *self,
           gboolean       resume)
{
  if (!self->scrubbing)
    return;

  self->scrubbing = FALSE;
  if (resume && self->resume_after_scrub)
    hammy_clip_player_play (self->player);
}

static void
step_rate (HammyClipView *self,
           int            direction)
{
  double rate = hammy_clip_player_get_rate (self->player);
  guint nearest = 0;

  for (guint i = 1; i < G_N_ELEMENTS (rates); i++)
    if (ABS (rates[i] - rate) < ABS (rates[nearest] - rate))
      nearest = i;

  if (direction < 0 && nearest > 0)
    nearest--;
  else if (direction > 0 && nearest + 1 < G_N_ELEMENTS (rates))
    nearest++;

  hammy_clip_player_set_rate (self->player, rates[nearest]);
}

static void
on_player_rate_cb (HammyClipView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

static void
on_player_mirrored_cb (HammyClipView *self)
{
  update_mirror (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

/* The dark style gets the clip drawn on the dark stage, from where the light one was. */
static void
on_style_dark_cb (HammyClipView *self)
{
  gint64 position = hammy_clip_player_get_position (self->player);
  gboolean playing = hammy_clip_player_get_playing (self->player);
  g_autofree char *id = g_strdup (self->clip_id);

  if (id == NULL || self->own ||
      self->dark_stage == adw_style_manager_get_dark (adw_style_manager_get_default ()))
    return;

  hammy_clip_view_set_clip_id (self, id);
  hammy_clip_player_seek (self->player, position);
  hammy_clip_player_set_playing (self->player, playing);
}

static void
on_picture_released_cb (HammyClipView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "player.play-pause", NULL);
}

static gboolean
on_scale_change_value_cb (HammyClipView *self,
                          GtkScrollType  scroll,
                          double         value)
{
  value = CLAMP (value, 0, gtk_adjustment_get_upper (self->adjustment));
  hammy_clip_player_seek (self->player, (gint64) (value * NS_PER_SECOND));

  return FALSE;
}

/* In the capture phase, so press and release are seen even though the range claims them. */
static gboolean
on_scale_event_cb (HammyClipView *self,
                   GdkEvent      *event)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      begin_scrub (self);
      break;
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      end_scrub (self, TRUE);
      break;
    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
forward_shortcut_cb (GtkWidget *window,
                     GVariant  *args,
                     gpointer   data)
{
  HammyClipView *self = data;

  return gtk_widget_activate_action (GTK_WIDGET (self), g_variant_get_string (args, NULL), NULL);
}

static void
on_fullscreen_picture_released_cb (HammyClipView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "player.play-pause", NULL);
}

static void
on_fullscreen_window_destroy_cb (HammyClipView *self)
{
  self->fullscreen_window = NULL;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
}

/* A window of its own showing the same paintable, so nothing decodes twice. The keys work
 * there as they do on the view; F and Escape leave. */
static GtkWindow *
fullscreen_window_new (HammyClipView *self)
{
  static const struct {
    guint       keyval;
    const char *action;
  } keys[] = {
    { GDK_KEY_Escape, "player.fullscreen" },
    { GDK_KEY_f, "player.fullscreen" },
    { GDK_KEY_space, "player.play-pause" },
    { GDK_KEY_comma, "player.step-back" },
    { GDK_KEY_period, "player.step-forward" },
    { GDK_KEY_bracketleft, "player.slower" },
    { GDK_KEY_bracketright, "player.faster" },
    { GDK_KEY_m, "player.mirror" },
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *picture = gtk_picture_new_for_paintable (hammy_clip_player_get_paintable (self->player));
  GtkWidget *leave = gtk_button_new_from_icon_name ("view-restore-symbolic");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_window_set_title (GTK_WINDOW (window), _("Demonstration Clip"));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), gtk_picture_get_alternative_text (self->picture));
  g_signal_connect_object (click, "released", G_CALLBACK (on_fullscreen_picture_released_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (picture, GTK_EVENT_CONTROLLER (click));

  gtk_widget_set_tooltip_text (leave, _("Leave Full Screen (Esc)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (leave),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Leave Full Screen"),
                                  -1);
  gtk_widget_set_halign (leave, GTK_ALIGN_END);
  gtk_widget_set_valign (leave, GTK_ALIGN_START);
  gtk_widget_set_margin_top (leave, 12);
  gtk_widget_set_margin_end (leave, 12);
  gtk_widget_add_css_class (leave, "osd");
  gtk_widget_add_css_class (leave, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (leave), "window.close");

  gtk_overlay_set_child (GTK_OVERLAY (overlay), picture);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), leave);
  gtk_window_set_child (GTK_WINDOW (window), overlay);

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  /* Before the focused button: Space pauses, as on the view, rather than pressing "Leave". */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, 0),
                                                gtk_callback_action_new (forward_shortcut_cb, self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_widget_add_controller (window, shortcuts);

  g_signal_connect_object (window, "destroy", G_CALLBACK (on_fullscreen_window_destroy_cb),
                           self, G_CONNECT_SWAPPED);

  return GTK_WINDOW (window);
}

static void
play_pause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);

  hammy_clip_player_set_playing (self->player, !hammy_clip_player_get_playing (self->player));
}

static void
step_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hammy_clip_player_step (HAMMY_CLIP_VIEW (widget)->player, FALSE);
}

static void
step_forward_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  hammy_clip_player_step (HAMMY_CLIP_VIEW (widget)->player, TRUE);
}

static void
slower_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step_rate (HAMMY_CLIP_VIEW (widget), -1);
}

static void
faster_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step_rate (HAMMY_CLIP_VIEW (widget), 1);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);

  hammy_clip_view_set_fullscreen (self, self->fullscreen_window == NULL);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);

  /* An id is looked up again: the clip may have been installed since. */
  if (self->clip_id != NULL)
    {
      g_autofree char *id = g_strdup (self->clip_id);

      hammy_clip_view_set_clip_id (self, id);
    }

  /* The same file as before is not loaded again by setting it, so start it over. */
  if (hammy_clip_player_get_state (self->player) == HAMMY_CLIP_PLAYER_STATE_ERROR)
    hammy_clip_player_reload (self->player);
}

static void
hammy_clip_view_map (GtkWidget *widget)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);

  GTK_WIDGET_CLASS (hammy_clip_view_parent_class)->map (widget);

  /* Loading waits for the clip to be seen: a page of cards decodes nothing it hides. */
  hammy_clip_player_set_file (self->player, self->file);
  if (self->resume_on_map)
    {
      self->resume_on_map = FALSE;
      hammy_clip_player_play (self->player);
    }
}

static void
hammy_clip_view_unmap (GtkWidget *widget)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);

  end_scrub (self, FALSE);
  if (hammy_clip_player_get_playing (self->player) && self->fullscreen_window == NULL)
    {
      self->resume_on_map = TRUE;
      hammy_clip_player_pause (self->player);
    }

  GTK_WIDGET_CLASS (hammy_clip_view_parent_class)->unmap (widget);
}

static void
hammy_clip_view_dispose (GObject *object)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (object);

  if (self->fullscreen_window != NULL)
    gtk_window_destroy (self->fullscreen_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_CLIP_VIEW);
  g_clear_object (&self->player);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hammy_clip_view_parent_class)->dispose (object);
}

static void
hammy_clip_view_finalize (GObject *object)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (object);

  g_free (self->clip_id);
  g_free (self->missing_message);

  G_OBJECT_CLASS (hammy_clip_view_parent_class)->finalize (object);
}

static void
hammy_clip_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAYER:
      g_value_set_object (value, self->player);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_AUTOPLAY:
      g_value_set_boolean (value, self->autoplay);
      break;
    case PROP_RATE:
      g_value_set_double (value, hammy_clip_player_get_rate (self->player));
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, hammy_clip_player_get_mirrored (self->player));
      break;
    case PROP_FULLSCREEN:
      g_value_set_boolean (value, self->fullscreen_window != NULL);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_clip_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      hammy_clip_view_set_file (self, g_value_get_object (value));
      break;
    case PROP_AUTOPLAY:
      hammy_clip_view_set_autoplay (self, g_value_get_boolean (value));
      break;
    case PROP_RATE:
      hammy_clip_player_set_rate (self->player, g_value_get_double (value));
      break;
    case PROP_MIRRORED:
      self->side_mirrored = FALSE;
      hammy_clip_player_set_mirrored (self->player, g_value_get_boolean (value));
      break;
    case PROP_FULLSCREEN:
      hammy_clip_view_set_fullscreen (self, g_value_get_boolean (value));
      break;
    case PROP_COMPACT:
      hammy_clip_view_set_compact (self, g_value_get_boolean (value));
      break;
    case PROP_SIDE:
      hammy_clip_view_set_side (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Compact, the view is one Tab stop and Tab goes straight on: nothing inside holds it (the
 * legend's flow box would, in GTK 4.8). In full, Tab goes through the controls as usual. */
static gboolean
hammy_clip_view_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  HammyClipView *self = HAMMY_CLIP_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (!self->compact || (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD))
    return GTK_WIDGET_CLASS (hammy_clip_view_parent_class)->focus (widget, direction);
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static void
hammy_clip_view_class_init (HammyClipViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_clip_view_dispose;
  object_class->finalize = hammy_clip_view_finalize;

  g_type_ensure (HAMMY_TYPE_CLIP_CONTROLS);
  object_class->get_property = hammy_clip_view_get_property;
  object_class->set_property = hammy_clip_view_set_property;

  widget_class->map = hammy_clip_view_map;
  widget_class->unmap = hammy_clip_view_unmap;
  widget_class->focus = hammy_clip_view_focus;

  properties[PROP_PLAYER] =
    g_param_spec_object ("player", NULL, NULL,
                         HAMMY_TYPE_CLIP_PLAYER,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_AUTOPLAY] =
    g_param_spec_boolean ("autoplay", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL,
                         0.05, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_FULLSCREEN] =
    g_param_spec_boolean ("fullscreen", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* The side being worked: a set for the other side than the clip shows plays it mirrored. */
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       HAMMY_TYPE_CLIP_SIDE, HAMMY_CLIP_SIDE_BOTH,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  hammy_media_register_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/media/hammy-clip-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, stack);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, picture);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, controls);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, play_button);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, step_back_button);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, step_forward_button);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, mirror_button);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, scale);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, adjustment);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, legend);
  gtk_widget_class_bind_template_child (widget_class, HammyClipView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_picture_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_event_cb);

  gtk_widget_class_install_action (widget_class, "player.play-pause", NULL, play_pause_action);
  gtk_widget_class_install_action (widget_class, "player.step-back", NULL, step_back_action);
  gtk_widget_class_install_action (widget_class, "player.step-forward", NULL, step_forward_action);
  gtk_widget_class_install_action (widget_class, "player.slower", NULL, slower_action);
  gtk_widget_class_install_action (widget_class, "player.faster", NULL, faster_action);
  gtk_widget_class_install_action (widget_class, "player.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "player.reload", NULL, reload_action);
  gtk_widget_class_install_property_action (widget_class, "player.rate", "rate");
  gtk_widget_class_install_property_action (widget_class, "player.mirror", "mirrored");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "player.play-pause", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, 0, "player.step-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_period, 0, "player.step-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketleft, 0, "player.slower", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, 0, "player.faster", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "player.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "player.mirror", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hammy-clip-view");
}

static void
hammy_clip_view_init (HammyClipView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->autoplay = TRUE;
  self->player = hammy_clip_player_new ();
  gtk_picture_set_paintable (self->picture, hammy_clip_player_get_paintable (self->player));

  g_signal_connect_object (self->player, "notify::playing",
                           G_CALLBACK (update_playing), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::position",
                           G_CALLBACK (update_position), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::duration",
                           G_CALLBACK (update_duration), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::frame-duration",
                           G_CALLBACK (update_duration), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::state",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::error-message",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  /* The property actions read the view's properties, so pass the player's changes on. */
  g_signal_connect_object (self->player, "notify::rate",
                           G_CALLBACK (on_player_rate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->player, "notify::mirrored",
                           G_CALLBACK (on_player_mirrored_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_dark_cb), self, G_CONNECT_SWAPPED);

  /* No colour key until a clip's key says what it shows. */
  hammy_clip_view_set_legend (self, NULL, 0);
  update_mirror (self);
  update_playing (self);
  update_duration (self);
  update_state (self);
}

GtkWidget *
hammy_clip_view_new (void)
{
  return g_object_new (HAMMY_TYPE_CLIP_VIEW, NULL);
}

HammyClipPlayer *
hammy_clip_view_get_player (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), NULL);

  return self->player;
}

/* Loaded when the view is first shown, and played then if autoplay is set. */
void
hammy_clip_view_set_file (HammyClipView *self,
                          GFile         *file)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_clear_pointer (&self->clip_id, g_free);
  g_clear_pointer (&self->missing_message, g_free);
  set_file (self, file);
  update_state (self);
}

GFile *
hammy_clip_view_get_file (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), NULL);

  return self->file;
}

/* A video the person attached: played the same way, without our poster or colour key. */
void
hammy_clip_view_set_own_file (HammyClipView *self,
                              GFile         *file)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  hammy_clip_player_set_poster (self->player, NULL);
  hammy_clip_player_set_own (self->player, TRUE);
  hammy_clip_view_set_file (self, file);
  self->own = TRUE;
  self->working_side = HAMMY_CLIP_SIDE_BOTH;
  update_own (self);
  update_mirror (self);
}

gboolean
hammy_clip_view_get_own (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), FALSE);

  return self->own;
}

/* Shown until the first frame arrives. */
void
hammy_clip_view_set_poster (HammyClipView *self,
                            GFile         *poster)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));

  hammy_clip_player_set_poster (self->player, poster);
}

/* What the clip's key says it shows: the colour key and the leg it shows working. A key that
 * cannot be read leaves the clip without a colour key; it plays all the same. */
static void
load_key (HammyClipView *self,
          const char    *id)
{
  g_autofree char *path = hammy_clip_locate_key (id);
  g_autoptr(HammyClipKey) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) legend = NULL;

  self->working_side = HAMMY_CLIP_SIDE_BOTH;
  if (path != NULL)
    key = hammy_clip_key_load (path, &error);
  if (key == NULL)
    {
      if (error != NULL)
        g_debug ("No colour key: %s", error->message);
      hammy_clip_view_set_legend (self, NULL, 0);
      return;
    }

  legend = hammy_clip_key_dup_legend (key);
  hammy_clip_view_set_legend (self, (HammyClipLegendEntry *) legend->data, legend->len);
  self->working_side = hammy_clip_key_get_working_side (key);
}

/* The exercise's own clip, poster and key, found with hammy_clip_locate(): on the dark stage
 * in the dark style, when the clips have one. Without a clip the view says so and returns
 * FALSE. */
gboolean
hammy_clip_view_set_clip_id (HammyClipView *self,
                             const char    *id)
{
  g_autofree char *path = NULL;
  g_autofree char *poster_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) poster = NULL;
  gboolean dark;

  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  path = dark ? hammy_clip_locate_dark (id) : NULL;
  self->dark_stage = path != NULL;
  if (path != NULL)
    poster_path = hammy_clip_locate_dark_poster (id);
  else
    {
      path = hammy_clip_locate (id);
      poster_path = hammy_clip_locate_poster (id);
    }
  if (path != NULL)
    file = g_file_new_for_path (path);
  if (poster_path != NULL)
    poster = g_file_new_for_path (poster_path);

  if (self->clip_id != id)
    {
      g_free (self->clip_id);
      self->clip_id = g_strdup (id);
    }
  self->own = FALSE;
  hammy_clip_player_set_own (self->player, FALSE);
  update_own (self);
  load_key (self, id);
  g_free (self->missing_message);
  self->missing_message = path == NULL
    ? g_strdup (_("The demonstration clip for this exercise is not installed. Reinstalling Hammy will bring it back."))
    : NULL;

  hammy_clip_player_set_poster (self->player, poster);
  set_file (self, file);
  apply_side (self);
  update_mirror (self);
  update_state (self);

  return path != NULL;
}

void
hammy_clip_view_set_autoplay (HammyClipView *self,
                              gboolean       autoplay)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));

  autoplay = !!autoplay;
  if (self->autoplay == autoplay)
    return;

  self->autoplay = autoplay;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOPLAY]);
}

gboolean
hammy_clip_view_get_autoplay (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), FALSE);

  return self->autoplay;
}

/* Replaces the colour key; no entries hide it. Each line names the muscle and what it does,
 * with the colour and texture of clipgen's table. */
void
hammy_clip_view_set_legend (HammyClipView              *self,
                            const HammyClipLegendEntry *entries,
                            guint                       n_entries)
{
  GtkWidget *child;

  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));
  g_return_if_fail (entries != NULL || n_entries == 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))) != NULL)
    gtk_flow_box_remove (self->legend, child);

  for (guint i = 0; i < n_entries; i++)
    {
      GtkWidget *entry = legend_entry_new (&entries[i]);

      gtk_flow_box_append (self->legend, entry);
      /* The key is read, not used: its cells are no Tab stops. */
      gtk_widget_set_focusable (gtk_widget_get_parent (entry), FALSE);
    }

  self->has_legend = n_entries > 0;
  update_own (self);
}

void
hammy_clip_view_set_fullscreen (HammyClipView *self,
                                gboolean       fullscreen)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));

  if ((self->fullscreen_window != NULL) == !!fullscreen)
    return;

  if (fullscreen)
    {
      self->fullscreen_window = fullscreen_window_new (self);
      gtk_window_fullscreen (self->fullscreen_window);
      gtk_window_present (self->fullscreen_window);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULLSCREEN]);
    }
  else
    {
      /* The destroy handler clears the pointer and notifies. */
      gtk_window_destroy (self->fullscreen_window);
    }
}

gboolean
hammy_clip_view_get_fullscreen (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), FALSE);

  return self->fullscreen_window != NULL;
}

/* Compact: a smaller figure, the frame steps and mirror left to their keys, and the view
 * one stop for Tab, so a clip beside a question does not stand between it and the next.
 * Everything stays clickable and every key still works once the view has focus. */
void
hammy_clip_view_set_compact (HammyClipView *self,
                             gboolean       compact)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_widget_set_size_request (GTK_WIDGET (self->picture), -1,
                               compact ? COMPACT_PICTURE_HEIGHT : PICTURE_HEIGHT);
  gtk_widget_set_visible (self->step_back_button, !compact);
  gtk_widget_set_visible (self->step_forward_button, !compact);
  gtk_widget_set_visible (self->mirror_button, !compact);
  set_controls_focusable (self, !compact);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

gboolean
hammy_clip_view_get_compact (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), FALSE);

  return self->compact;
}

/* The side of the body the person is working now. For one side, a clip showing the other leg
 * plays mirrored, and the mirror button says which leg it shows; both leaves the mirror as the
 * person set it. */
void
hammy_clip_view_set_side (HammyClipView *self,
                          HammyClipSide  side)
{
  g_return_if_fail (HAMMY_IS_CLIP_VIEW (self));

  if (self->side == side)
    return;

  self->side = side;
  apply_side (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

HammyClipSide
hammy_clip_view_get_side (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), HAMMY_CLIP_SIDE_BOTH);

  return self->side;
}

/* The leg the clip shows working before any mirroring, from its key; both when it shows both,
 * or when there is no key. */
HammyClipSide
hammy_clip_view_get_working_side (HammyClipView *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_VIEW (self), HAMMY_CLIP_SIDE_BOTH);

  return self->working_side;
}
