/* hammy-pain-picker.c: pain from 0 to 10 as the traffic light's buttons, one of which may be
 * chosen, from the keyboard as well, each named for a screen reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-pain.h"
#include "hammy-pain-button.h"
#include "hammy-pain-picker.h"

struct _HammyPainPicker
{
  GtkWidget        parent_instance;

  int              value;     /* -1 until chosen */
  gboolean         updating;  /* the buttons are being set from the value */
  GtkWidget       *flow;
  GtkToggleButton *buttons[HAMMY_PAIN_MAX + 1];  /* of HammyPainButton */
};

G_DEFINE_FINAL_TYPE (HammyPainPicker, hammy_pain_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One Tab stop for the whole scale, as for any group of choices: the chosen button, or 0. */
static void
update_buttons (HammyPainPicker *self)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
  int stop = MAX (self->value, 0);

  self->updating = TRUE;
  for (int i = 0; i <= HAMMY_PAIN_MAX; i++)
    {
      gtk_toggle_button_set_active (self->buttons[i], i == self->value);
      gtk_widget_set_focusable (GTK_WIDGET (self->buttons[i]), i == stop);
    }
  self->updating = FALSE;

  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->buttons[stop]));
}

/* Only a choice counts: the button it replaces goes off first, and in a group a click never
 * turns the chosen one off. */
static void
on_button_toggled_cb (GtkToggleButton *button,
                      HammyPainPicker *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  hammy_pain_picker_set_value (self, hammy_pain_button_get_pain (HAMMY_PAIN_BUTTON (button)));
}

/* The keys of a group of choices: arrows move the choice, Home and End go to the ends, and a
 * digit chooses that number. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   HammyPainPicker       *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    hammy_pain_picker_set_value (self, (int) (keyval - GDK_KEY_0));
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    hammy_pain_picker_set_value (self, (int) (keyval - GDK_KEY_KP_0));
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Right || keyval == GDK_KEY_KP_Up)
    hammy_pain_picker_set_value (self, MIN (self->value + 1, HAMMY_PAIN_MAX));
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Left || keyval == GDK_KEY_KP_Down)
    hammy_pain_picker_set_value (self, MAX (self->value - 1, 0));
  else if (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home)
    hammy_pain_picker_set_value (self, 0);
  else if (keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End)
    hammy_pain_picker_set_value (self, HAMMY_PAIN_MAX);
  else if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
           self->value >= 0 && g_signal_has_handler_pending (self, signals[SIGNAL_ACTIVATED], 0, FALSE))
    /* Enter on the chosen button, which is already on, goes on with that choice. */
    g_signal_emit (self, signals[SIGNAL_ACTIVATED], 0);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

/* Tab comes into the scale at its one stop and goes on out of it: the flow box would move
 * between its cells instead, and its cells and all but one button take no focus. Arrows and
 * digits choose within it (on_key_pressed_cb). */
static gboolean
hammy_pain_picker_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  HammyPainPicker *self = HAMMY_PAIN_PICKER (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int stop = MAX (self->value, 0);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (hammy_pain_picker_parent_class)->focus (widget, direction);
  /* Where the focus is, not the focus child, which GTK may keep after the focus has gone. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget))
    return FALSE;

  return gtk_widget_grab_focus (GTK_WIDGET (self->buttons[stop]));
}

static void
hammy_pain_picker_dispose (GObject *object)
{
  HammyPainPicker *self = HAMMY_PAIN_PICKER (object);

  g_clear_pointer (&self->flow, gtk_widget_unparent);

  G_OBJECT_CLASS (hammy_pain_picker_parent_class)->dispose (object);
}

static void
hammy_pain_picker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HammyPainPicker *self = HAMMY_PAIN_PICKER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_pain_picker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HammyPainPicker *self = HAMMY_PAIN_PICKER (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      hammy_pain_picker_set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_pain_picker_class_init (HammyPainPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_pain_picker_dispose;
  object_class->get_property = hammy_pain_picker_get_property;
  object_class->set_property = hammy_pain_picker_set_property;
  widget_class->focus = hammy_pain_picker_focus;

  /* -1 while nothing is chosen. */
  properties[PROP_VALUE] = g_param_spec_int ("value", NULL, NULL, -1, HAMMY_PAIN_MAX, -1,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter was pressed on the scale with a value chosen: the person is done choosing. */
  signals[SIGNAL_ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_RADIO_GROUP);
  gtk_widget_class_set_css_name (widget_class, "pain-picker");
}

static void
hammy_pain_picker_init (HammyPainPicker *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->value = -1;

  /* Six to a line still fit a phone: 0–5 above, the numbers that stop below. */
  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), HAMMY_PAIN_MAX + 1);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 4);
  gtk_widget_set_parent (self->flow, GTK_WIDGET (self));

  for (int i = 0; i <= HAMMY_PAIN_MAX; i++)
    {
      GtkWidget *button = hammy_pain_button_new (i);

      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_button_toggled_cb), self, 0);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), button);
      /* The button takes the focus, not the cell around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }

  /* Before the flow box's own arrow keys, which would move between cells. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_buttons (self);
}

GtkWidget *
hammy_pain_picker_new (void)
{
  return g_object_new (HAMMY_TYPE_PAIN_PICKER, NULL);
}

int
hammy_pain_picker_get_value (HammyPainPicker *self)
{
  g_return_val_if_fail (HAMMY_IS_PAIN_PICKER (self), -1);

  return self->value;
}

/* @value from 0 to 10, or -1 to choose nothing. */
void
hammy_pain_picker_set_value (HammyPainPicker *self,
                             int              value)
{
  g_return_if_fail (HAMMY_IS_PAIN_PICKER (self));
  g_return_if_fail (value >= -1 && value <= HAMMY_PAIN_MAX);

  if (self->value == value)
    return;

  self->value = value;
  update_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
