/* hammy-preferences-window.c: the preferences: style and sound cues, bound to GSettings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-preferences-window.h"

struct _HammyPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* template children */
  AdwComboRow          *style_row;
  GtkSwitch            *sound_cues_switch;
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

/* The combo row's items follow the order of the StyleVariant enum in the schema. */
static const char * const style_variants[] = { "system", "light", "dark" };

static gboolean
style_variant_to_selected (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_variants); i++)
    {
      if (g_str_equal (nick, style_variants[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
selected_to_style_variant (const GValue       *value,
                           const GVariantType *expected_type,
                           gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (style_variants))
    return NULL;

  return g_variant_new_string (style_variants[selected]);
}

static void
hammy_preferences_window_constructed (GObject *object)
{
  HammyPreferencesWindow *self = HAMMY_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (hammy_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_variant_to_selected,
                                selected_to_style_variant,
                                NULL, NULL);
  g_settings_bind (self->settings, "sound-cues",
                   self->sound_cues_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
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
  g_clear_object (&self->settings);

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
