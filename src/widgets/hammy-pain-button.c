/* hammy-pain-button.c: one number of the 0 to 10 pain scale as a toggle button, coloured by its
 * band of the traffic light, and read by a screen reader as a choice that is checked or not.
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

static char *
dup_name (int pain)
{
  switch (hammy_pain_get_band (pain))
    {
    case HAMMY_PAIN_BAND_FINE:
      /* Translators: what a screen reader says for a pain button */
      return g_strdup_printf (_("Pain %d out of 10, fine"), pain);
    case HAMMY_PAIN_BAND_ACCEPTABLE:
      /* Translators: what a screen reader says for a pain button */
      return g_strdup_printf (_("Pain %d out of 10, acceptable"), pain);
    case HAMMY_PAIN_BAND_STOP:
    default:
      /* Translators: what a screen reader says for a pain button */
      return g_strdup_printf (_("Pain %d out of 10, too much"), pain);
    }
}

/* One of a group: checked or not, as a radio button is. */
static void
hammy_pain_button_toggled (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button), -1);

  if (GTK_TOGGLE_BUTTON_CLASS (hammy_pain_button_parent_class)->toggled != NULL)
    GTK_TOGGLE_BUTTON_CLASS (hammy_pain_button_parent_class)->toggled (button);
}

static void
hammy_pain_button_constructed (GObject *object)
{
  static const char * const band_classes[] = { "pain-fine", "pain-acceptable", "pain-stop" };
  HammyPainButton *self = HAMMY_PAIN_BUTTON (object);
  HammyPainBand band = hammy_pain_get_band (self->pain);
  g_autofree char *label = g_strdup_printf ("%d", self->pain);
  g_autofree char *name = dup_name (self->pain);

  G_OBJECT_CLASS (hammy_pain_button_parent_class)->constructed (object);

  g_assert (band < G_N_ELEMENTS (band_classes));
  gtk_button_set_label (GTK_BUTTON (self), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_CHECKED, FALSE, -1);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hammy_pain_button_constructed;
  GTK_TOGGLE_BUTTON_CLASS (klass)->toggled = hammy_pain_button_toggled;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_RADIO);
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
