/* hammy-pain-button.c: one number of the 0 to 10 pain scale as a toggle button, coloured by its
 * band of the traffic light.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-pain-button.h"
#include "hammy-pain.h"

struct _HammyPainButton
{
  GtkToggleButton  parent_instance;

  int              pain;
};

G_DEFINE_FINAL_TYPE (HammyPainButton, hammy_pain_button, GTK_TYPE_TOGGLE_BUTTON)

enum {
  PROP_0,
  PROP_PAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hammy_pain_button_constructed (GObject *object)
{
  static const char * const band_classes[] = { "pain-fine", "pain-acceptable", "pain-stop" };
  HammyPainButton *self = HAMMY_PAIN_BUTTON (object);
  HammyPainBand band = hammy_pain_get_band (self->pain);
  g_autofree char *label = g_strdup_printf ("%d", self->pain);
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (hammy_pain_button_parent_class)->constructed (object);

  g_assert (band < G_N_ELEMENTS (band_classes));
  gtk_button_set_label (GTK_BUTTON (self), label);
  /* Translators: what a screen reader says for a pain button: "Pain 4: Acceptable" */
  name = g_strdup_printf (_("Pain %d: %s"), self->pain, hammy_pain_band_get_title (band));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), name);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pain-button");
  gtk_widget_add_css_class (GTK_WIDGET (self), band_classes[band]);
}

static void
hammy_pain_button_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HammyPainButton *self = HAMMY_PAIN_BUTTON (object);

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
hammy_pain_button_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HammyPainButton *self = HAMMY_PAIN_BUTTON (object);

  switch (prop_id)
    {
    case PROP_PAIN:
      self->pain = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_pain_button_class_init (HammyPainButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hammy_pain_button_constructed;
  object_class->get_property = hammy_pain_button_get_property;
  object_class->set_property = hammy_pain_button_set_property;

  /* The number the button stands for, fixed when it is made. */
  properties[PROP_PAIN] =
    g_param_spec_int ("pain", NULL, NULL, 0, HAMMY_PAIN_MAX, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_pain_button_init (HammyPainButton *self)
{
}

GtkWidget *
hammy_pain_button_new (int pain)
{
  g_return_val_if_fail (pain >= 0 && pain <= HAMMY_PAIN_MAX, NULL);

  return g_object_new (HAMMY_TYPE_PAIN_BUTTON, "pain", pain, NULL);
}

int
hammy_pain_button_get_pain (HammyPainButton *self)
{
  g_return_val_if_fail (HAMMY_IS_PAIN_BUTTON (self), -1);

  return self->pain;
}
