/* hammy-preferences-window.c: the preferences: style, sound cues, tones or voice and its
 * volume, bound to GSettings; and why the voice is off, when it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "hammy-coach-voice.h"
#include "hammy-coaching.h"
#include "hammy-preferences-window.h"
#include "hammy-reminders.h"

struct _HammyPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  HammyCoachVoice      *voice;   /* only asked whether it can speak */

  /* template children */
  AdwComboRow          *style_row;
  GtkSwitch            *sound_cues_switch;
  AdwComboRow          *cue_style_row;
  AdwActionRow         *voice_volume_row;
  GtkScale             *voice_volume_scale;
  GtkSwitch            *checkin_reminder_switch;
  GtkSpinButton        *checkin_time_spin;
  GtkSwitch            *session_reminder_switch;
  GtkSpinButton        *session_time_spin;
  AdwActionRow         *profile_reminder_row;
  GtkSwitch            *profile_reminder_switch;

  char                 *profile_id;
  gboolean              profile_first;
  AdwEntryRow          *clinician_row;
  GtkSwitch            *handout_notes_switch;
};

G_DEFINE_FINAL_TYPE (HammyPreferencesWindow, hammy_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The combo rows' items follow the order of the StyleVariant and CueStyle enums in the schema. */
static const char * const style_variants[] = { "system", "light", "dark", NULL };
static const char * const cue_styles[] = { "tones", "voice", "both", NULL };

/* @user_data: the NULL-less table of nicks the combo row's items follow. */
static gboolean
nick_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_str_equal (nick, nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
selected_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint selected = g_value_get_uint (value);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (i == selected)
        return g_variant_new_string (nicks[i]);
    }

  return NULL;
}

/* What the choice does, or why the voice is off and tones play instead. */
static void
update_cue_style_row (HammyPreferencesWindow *self)
{
  const char *subtitle;
  gboolean voice_chosen = g_settings_get_enum (self->settings, "cue-style") != HAMMY_CUE_STYLE_TONES;

  switch (hammy_coach_voice_get_status (self->voice))
    {
    case HAMMY_COACH_VOICE_NO_SPEECH:
      subtitle = _("Voice off: eSpeak is not installed, so you hear tones");
      break;
    case HAMMY_COACH_VOICE_NO_LANGUAGE:
      subtitle = _("Voice off: there is none for your language, so you hear tones");
      break;
    case HAMMY_COACH_VOICE_NO_OUTPUT:
      subtitle = _("Nothing to hear: no audio output was found");
      break;
    case HAMMY_COACH_VOICE_CHECKING:
    case HAMMY_COACH_VOICE_READY:
    default:
      subtitle = _("A voice that talks you through each set, or tones");
      break;
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->cue_style_row), subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->voice_volume_row),
                            voice_chosen && hammy_coach_voice_get_status (self->voice) != HAMMY_COACH_VOICE_NO_SPEECH &&
                            hammy_coach_voice_get_status (self->voice) != HAMMY_COACH_VOICE_NO_LANGUAGE);
}

/* A reminder's time shows as 08:30: the setting holds minutes after midnight. */
static gboolean
on_time_output_cb (GtkSpinButton *spin)
{
  guint minutes = (guint) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%02u:%02u", minutes / 60, minutes % 60);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* Typed as 8:30, 08.30 or 8: anything else is refused and the time stays. */
static int
on_time_input_cb (GtkSpinButton *spin,
                  double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  guint hours = 0, minutes = 0;
  char separator = 0;
  int n = sscanf (text, "%u%c%u", &hours, &separator, &minutes);

  if (n < 1 || (n >= 2 && separator != ':' && separator != '.') || hours > 23 || minutes > 59)
    return GTK_INPUT_ERROR;

  *value = hours * 60 + minutes;
  return TRUE;
}

static void
on_profile_reminder_active_cb (HammyPreferencesWindow *self)
{
  g_autoptr(GVariant) choices = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id;
  gboolean on = gtk_switch_get_active (self->profile_reminder_switch);
  gboolean was;

  if (self->profile_id == NULL)
    return;

  choices = g_settings_get_value (self->settings, "reminder-profiles");
  if (hammy_reminder_profile_is_on (choices, self->profile_id, self->profile_first) == on)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sb}"));
  g_variant_iter_init (&iter, choices);
  while (g_variant_iter_next (&iter, "{&sb}", &id, &was))
    if (!g_str_equal (id, self->profile_id))
      g_variant_builder_add (&builder, "{sb}", id, was);
  g_variant_builder_add (&builder, "{sb}", self->profile_id, on);
  g_settings_set_value (self->settings, "reminder-profiles", g_variant_builder_end (&builder));
}

static void
update_profile_reminder_row (HammyPreferencesWindow *self)
{
  g_autoptr(GVariant) choices = g_settings_get_value (self->settings, "reminder-profiles");

  gtk_widget_set_visible (GTK_WIDGET (self->profile_reminder_row), self->profile_id != NULL);
  if (self->profile_id != NULL)
    gtk_switch_set_active (self->profile_reminder_switch,
                           hammy_reminder_profile_is_on (choices, self->profile_id, self->profile_first));
}

static void
hammy_preferences_window_constructed (GObject *object)
{
  HammyPreferencesWindow *self = HAMMY_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (hammy_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                nick_to_selected,
                                selected_to_nick,
                                (gpointer) style_variants, NULL);
  g_settings_bind (self->settings, "sound-cues",
                   self->sound_cues_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "cue-style",
                                self->cue_style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                nick_to_selected,
                                selected_to_nick,
                                (gpointer) cue_styles, NULL);
  g_settings_bind (self->settings, "voice-volume",
                   gtk_range_get_adjustment (GTK_RANGE (self->voice_volume_scale)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  /* Muted with the rest of the sound. */
  g_settings_bind (self->settings, "sound-cues", self->cue_style_row, "sensitive", G_SETTINGS_BIND_GET);

  g_settings_bind (self->settings, "reminder-checkin", self->checkin_reminder_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-checkin-time",
                   gtk_spin_button_get_adjustment (self->checkin_time_spin), "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-session", self->session_reminder_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-session-time",
                   gtk_spin_button_get_adjustment (self->session_time_spin), "value", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->checkin_reminder_switch, "active", self->checkin_time_spin, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->session_reminder_switch, "active", self->session_time_spin, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->settings, "changed::reminder-profiles",
                           G_CALLBACK (update_profile_reminder_row), self, G_CONNECT_SWAPPED);

  /* Asked on its own thread: the window does not wait for the answer. */
  self->voice = hammy_coach_voice_new (hammy_coaching_get_voice_language ());
  g_signal_connect_object (self->voice, "notify::status", G_CALLBACK (update_cue_style_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::cue-style", G_CALLBACK (update_cue_style_row), self, G_CONNECT_SWAPPED);
  update_cue_style_row (self);
  g_settings_bind (self->settings, "clinician-line",
                   self->clinician_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "handout-notes",
                   self->handout_notes_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
hammy_preferences_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HammyPreferencesWindow *self = HAMMY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_preferences_window_dispose (GObject *object)
{
  HammyPreferencesWindow *self = HAMMY_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->voice);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->profile_id, g_free);

  G_OBJECT_CLASS (hammy_preferences_window_parent_class)->dispose (object);
}

static void
hammy_preferences_window_class_init (HammyPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hammy_preferences_window_constructed;
  object_class->set_property = hammy_preferences_window_set_property;
  object_class->dispose = hammy_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/shell/hammy-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, sound_cues_switch);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, cue_style_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, voice_volume_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, voice_volume_scale);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, checkin_reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, checkin_time_spin);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, session_reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, session_time_spin);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, profile_reminder_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, profile_reminder_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_time_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_profile_reminder_active_cb);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, clinician_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPreferencesWindow, handout_notes_switch);
}

static void
hammy_preferences_window_init (HammyPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HammyPreferencesWindow *
hammy_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (HAMMY_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}

/**
 * hammy_preferences_window_set_profile:
 * @first: whether it is the first profile, which gets reminders unless told otherwise
 *
 * Shows the switch for reminders about the profile in use.
 */
void
hammy_preferences_window_set_profile (HammyPreferencesWindow *self,
                                      const char             *profile_id,
                                      gboolean                first)
{
  g_return_if_fail (HAMMY_IS_PREFERENCES_WINDOW (self));

  g_free (self->profile_id);
  self->profile_id = g_strdup (profile_id);
  self->profile_first = first;
  update_profile_reminder_row (self);
}
