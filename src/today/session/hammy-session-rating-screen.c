/* hammy-session-rating-screen.c: the guided session after each set: how much it hurt, how hard
 * it was and a note, saved together as the set's rating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-pain-picker.h"
#include "hammy-pain.h"
#include "hammy-session-rating-screen.h"
#include "hammy-session-text.h"

struct _HammySessionRatingScreen
{
  HammySessionScreen  parent_instance;

  gboolean            rating;          /* the session was rating a set when last seen */
  int                 pain;            /* -1 until chosen */

  /* template children */
  GtkLabel           *rate_title;
  HammyPainPicker    *pain_picker;
  GtkLabel           *pain_band_label;
  GtkWidget          *effort_row;
  GtkSpinButton      *effort_spin;
  AdwEntryRow        *note_row;
};

G_DEFINE_FINAL_TYPE (HammySessionRatingScreen, hammy_session_rating_screen, HAMMY_TYPE_SESSION_SCREEN)

enum {
  PROP_0,
  PROP_PAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The effort the person chose, 1 to 10, or 0 while none is; 0 too when the set asks none. */
static int
get_effort (HammySessionRatingScreen *self)
{
  if (!gtk_widget_get_visible (self->effort_row))
    return 0;

  return gtk_spin_button_get_value_as_int (self->effort_spin);
}

/* The set is saved once everything it asks for is chosen; the line under the scale says what
 * the pain means, or what is still missing. */
static void
update_pain_band (HammySessionRatingScreen *self)
{
  gboolean effort_missing = gtk_widget_get_visible (self->effort_row) && get_effort (self) == 0;
  const char *text;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save-set", self->pain >= 0 && !effort_missing);
  if (self->pain < 0)
    text = _("Choose a number to save the set.");
  else if (effort_missing)
    text = _("Now choose how hard the set was to save it.");
  else
    text = hammy_pain_band_get_advice (hammy_pain_get_band (self->pain));
  gtk_label_set_text (self->pain_band_label, text);
  /* The line changes with every choice: the scale describes itself by it, so a screen reader
   * hears what the chosen pain means without leaving the scale. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_picker),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* A new set to rate: its title, and nothing chosen: no pain, no effort, no note. Nothing is
 * carried over from the last set, so nothing is saved that the person did not choose. */
static void
prepare (HammySessionRatingScreen *self,
         HammySession             *session)
{
  const HammySessionStep *step = hammy_session_get_current_step (session);
  g_autofree char *set = NULL;
  g_autofree char *title = NULL;

  if (step == NULL)
    return;

  set = hammy_session_text_dup_set (step);
  if (step->run)
    title = g_strdup (_("How was your run?"));
  else
    /* Translators: "How was Wall bridge, Set 2 of 3?" */
    title = g_strdup_printf (_("How was %s, %s?"), hammy_exercise_get_name (step->exercise), set);
  gtk_label_set_text (self->rate_title, title);
  gtk_widget_set_visible (self->effort_row, hammy_session_needs_effort (session));
  gtk_spin_button_set_value (self->effort_spin, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  hammy_session_rating_screen_set_pain (self, -1);
  update_pain_band (self);
}

static void
save_set (HammySessionRatingScreen *self)
{
  HammySession *session = hammy_session_screen_get_session (HAMMY_SESSION_SCREEN (self));
  int effort = 0;
  const char *note;

  if (session == NULL || self->pain < 0)
    return;

  if (hammy_session_needs_effort (session))
    {
      effort = gtk_spin_button_get_value_as_int (self->effort_spin);
      if (effort == 0)
        return;
    }
  note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  hammy_session_rate_set (session, self->pain, effort, note[0] != '\0' ? note : NULL);
}

static void
on_pain_picker_value_changed_cb (HammySessionRatingScreen *self)
{
  hammy_session_rating_screen_set_pain (self, hammy_pain_picker_get_value (self->pain_picker));
}

static void
on_pain_picker_activated_cb (HammySessionRatingScreen *self)
{
  save_set (self);
}

static void
on_note_entry_activated_cb (HammySessionRatingScreen *self)
{
  save_set (self);
}

/* 0 is no choice yet: the field stays empty rather than showing a number nobody picked. */
static gboolean
on_effort_spin_output_cb (GtkSpinButton *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, value > 0 ? text : _("Not chosen yet"),
                                  -1);
  return TRUE;
}

static void
on_effort_spin_value_changed_cb (HammySessionRatingScreen *self)
{
  update_pain_band (self);
}

static void
save_set_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  save_set (HAMMY_SESSION_RATING_SCREEN (widget));
}

/* The pain scale: the digits work at once, and Enter saves once a number is chosen. */
static gboolean
hammy_session_rating_screen_focus_main (HammySessionScreen *screen)
{
  HammySessionRatingScreen *self = HAMMY_SESSION_RATING_SCREEN (screen);

  return gtk_widget_child_focus (GTK_WIDGET (self->pain_picker), GTK_DIR_TAB_FORWARD);
}

static void
hammy_session_rating_screen_session_set (HammySessionScreen *screen,
                                         HammySession       *session)
{
  HAMMY_SESSION_RATING_SCREEN (screen)->rating = FALSE;
}

/* Each set is rated from a clean screen, made ready as the session comes to it. */
static void
hammy_session_rating_screen_update (HammySessionScreen *screen,
                                    HammySession       *session)
{
  HammySessionRatingScreen *self = HAMMY_SESSION_RATING_SCREEN (screen);
  gboolean rating = hammy_session_get_state (session) == HAMMY_SESSION_STATE_RATE;

  if (rating && !self->rating)
    prepare (self, session);
  self->rating = rating;
}

static void
hammy_session_rating_screen_dispose (GObject *object)
{
  HammySessionRatingScreen *self = HAMMY_SESSION_RATING_SCREEN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_SESSION_RATING_SCREEN);

  G_OBJECT_CLASS (hammy_session_rating_screen_parent_class)->dispose (object);
}

static void
hammy_session_rating_screen_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HammySessionRatingScreen *self = HAMMY_SESSION_RATING_SCREEN (object);

  switch (prop_id)
    {
    case PROP_PAIN:
      g_value_set_int (value, self->pain);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_rating_screen_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HammySessionRatingScreen *self = HAMMY_SESSION_RATING_SCREEN (object);

  switch (prop_id)
    {
    case PROP_PAIN:
      hammy_session_rating_screen_set_pain (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_session_rating_screen_class_init (HammySessionRatingScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HammySessionScreenClass *screen_class = HAMMY_SESSION_SCREEN_CLASS (klass);

  object_class->dispose = hammy_session_rating_screen_dispose;
  object_class->get_property = hammy_session_rating_screen_get_property;
  object_class->set_property = hammy_session_rating_screen_set_property;
  screen_class->session_set = hammy_session_rating_screen_session_set;
  screen_class->update = hammy_session_rating_screen_update;
  screen_class->focus_main = hammy_session_rating_screen_focus_main;

  /* The pain chosen for the set, 0 to 10, or -1 before a choice. */
  properties[PROP_PAIN] =
    g_param_spec_int ("pain", NULL, NULL, -1, HAMMY_PAIN_MAX, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Saves the set with the pain chosen; it applies once there is one. */
  gtk_widget_class_install_action (widget_class, "session.save-set", NULL, save_set_action);

  g_type_ensure (HAMMY_TYPE_PAIN_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH
                                               "/today/session/hammy-session-rating-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, rate_title);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, pain_picker);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, pain_band_label);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, effort_row);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, HammySessionRatingScreen, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_note_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pain_picker_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_effort_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_effort_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pain_picker_value_changed_cb);
}

static void
hammy_session_rating_screen_init (HammySessionRatingScreen *self)
{
  self->pain = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_pain_band (self);
}

/* @pain is clamped to the scale; -1 takes the choice back. */
void
hammy_session_rating_screen_set_pain (HammySessionRatingScreen *self,
                                      int                       pain)
{
  g_return_if_fail (HAMMY_IS_SESSION_RATING_SCREEN (self));

  pain = CLAMP (pain, -1, HAMMY_PAIN_MAX);
  if (self->pain == pain)
    return;

  self->pain = pain;
  hammy_pain_picker_set_value (self->pain_picker, pain);
  update_pain_band (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN]);
}

int
hammy_session_rating_screen_get_pain (HammySessionRatingScreen *self)
{
  g_return_val_if_fail (HAMMY_IS_SESSION_RATING_SCREEN (self), -1);

  return self->pain;
}
