/* hammy-presentation.c: presentation mode. While it is on, every widget with a private style class
 * is hidden, in every window, whenever it was made: a hook on "map" catches what appears later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-presentation"

#include "config.h"

#include "hammy-presentation.h"

struct _HammyPresentation
{
  GObject     parent_instance;

  gboolean    active;
  gboolean    details_shown;
  /* Widget → whether its own code wants it visible, for each widget hidden while presenting.
   * Weak: a widget that goes away leaves the table. */
  GHashTable *hidden;
};

G_DEFINE_FINAL_TYPE (HammyPresentation, hammy_presentation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_DETAILS_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HammyPresentation *default_presentation;

static gboolean
should_hide (HammyPresentation *self,
             GtkWidget         *widget)
{
  if (!self->active)
    return FALSE;

  return gtk_widget_has_css_class (widget, HAMMY_PRESENTATION_PRIVATE) ||
         (!self->details_shown && gtk_widget_has_css_class (widget, HAMMY_PRESENTATION_DETAIL));
}

static void
on_hidden_widget_finalized_cb (gpointer  data,
                               GObject  *where_it_was)
{
  HammyPresentation *self = data;

  g_hash_table_remove (self->hidden, where_it_was);
}

/* Hides @widget, remembering @wanted, what its own code last asked for, to give back later. */
static void
hide_widget (HammyPresentation *self,
             GtkWidget         *widget,
             gboolean           wanted)
{
  if (!g_hash_table_contains (self->hidden, widget))
    g_object_weak_ref (G_OBJECT (widget), on_hidden_widget_finalized_cb, self);
  g_hash_table_insert (self->hidden, widget, GINT_TO_POINTER (wanted));
  gtk_widget_set_visible (widget, FALSE);
}

static void
give_back_widget (HammyPresentation *self,
                  GtkWidget         *widget)
{
  gboolean wanted = GPOINTER_TO_INT (g_hash_table_lookup (self->hidden, widget));

  g_object_weak_unref (G_OBJECT (widget), on_hidden_widget_finalized_cb, self);
  g_hash_table_remove (self->hidden, widget);
  gtk_widget_set_visible (widget, wanted);
}

static void
hide_private_widgets (HammyPresentation *self,
                      GtkWidget         *widget)
{
  if (gtk_widget_get_visible (widget) && should_hide (self, widget))
    hide_widget (self, widget, TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hide_private_widgets (self, child);
}

/* Every window, the hidden ones too, since a dialog can be shown again later. */
static void
apply (HammyPresentation *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer widget;

  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &widget, NULL))
    if (!should_hide (self, widget))
      g_ptr_array_add (allowed, widget);
  for (guint i = 0; i < allowed->len; i++)
    give_back_widget (self, g_ptr_array_index (allowed, i));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (self->active)
        gtk_widget_add_css_class (window, HAMMY_PRESENTATION_WINDOW);
      else
        gtk_widget_remove_css_class (window, HAMMY_PRESENTATION_WINDOW);
      hide_private_widgets (self, window);
    }
}

/* The parts of a newly mapped widget that did not map with it, such as the rows of a closed
 * expander, made before it was added. Mapped children had their own turn: a map hook runs
 * for the children before their parent, so this stays one visit per widget. */
static void
hide_unmapped_private_widgets (HammyPresentation *self,
                               GtkWidget         *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_mapped (child) || !gtk_widget_get_visible (child))
        continue;
      if (should_hide (self, child))
        hide_widget (self, child, TRUE);
      else
        hide_unmapped_private_widgets (self, child);
    }
}

/* A widget being mapped is about to be drawn: a private one is hidden before it ever is. This
 * runs after GtkWidget's own map, so hiding unmaps it again at once. */
static gboolean
on_widget_map_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  HammyPresentation *self = data;
  GtkWidget *widget;

  if (!self->active)
    return TRUE;

  widget = g_value_get_object (&values[0]);
  if (GTK_IS_WINDOW (widget))
    gtk_widget_add_css_class (widget, HAMMY_PRESENTATION_WINDOW);
  if (should_hide (self, widget))
    hide_widget (self, widget, TRUE);
  else
    hide_unmapped_private_widgets (self, widget);

  return TRUE;
}

static void
hammy_presentation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HammyPresentation *self = HAMMY_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_DETAILS_SHOWN:
      g_value_set_boolean (value, self->details_shown);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_presentation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HammyPresentation *self = HAMMY_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      hammy_presentation_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_DETAILS_SHOWN:
      hammy_presentation_set_details_shown (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_presentation_class_init (HammyPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hammy_presentation_get_property;
  object_class->set_property = hammy_presentation_set_property;

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DETAILS_SHOWN] =
    g_param_spec_boolean ("details-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_presentation_init (HammyPresentation *self)
{
  GTypeClass *widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

  self->hidden = g_hash_table_new (NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              on_widget_map_hook, self, NULL);
  g_type_class_unref (widget_class);
}

/* The one presentation state of the app: a clinician shares one screen. Never freed. */
HammyPresentation *
hammy_presentation_get_default (void)
{
  if (default_presentation == NULL)
    default_presentation = g_object_new (HAMMY_TYPE_PRESENTATION, NULL);

  return default_presentation;
}

gboolean
hammy_presentation_get_active (HammyPresentation *self)
{
  g_return_val_if_fail (HAMMY_IS_PRESENTATION (self), FALSE);

  return self->active;
}

/* Each presentation starts with the history details hidden, whatever the last one showed. */
void
hammy_presentation_set_active (HammyPresentation *self,
                               gboolean           active)
{
  g_return_if_fail (HAMMY_IS_PRESENTATION (self));

  active = !!active;
  if (self->active == active)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->active = active;
  if (self->details_shown)
    {
      self->details_shown = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS_SHOWN]);
    }
  apply (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
hammy_presentation_get_details_shown (HammyPresentation *self)
{
  g_return_val_if_fail (HAMMY_IS_PRESENTATION (self), FALSE);

  return self->details_shown;
}

/* The history details the patient asked to see, for this presentation only. */
void
hammy_presentation_set_details_shown (HammyPresentation *self,
                                      gboolean           shown)
{
  g_return_if_fail (HAMMY_IS_PRESENTATION (self));

  shown = !!shown && self->active;
  if (self->details_shown == shown)
    return;

  self->details_shown = shown;
  apply (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS_SHOWN]);
}

HammyAudience
hammy_presentation_get_audience (HammyPresentation *self)
{
  g_return_val_if_fail (HAMMY_IS_PRESENTATION (self), HAMMY_AUDIENCE_SHARED);

  if (!self->active)
    return HAMMY_AUDIENCE_SELF;

  return self->details_shown ? HAMMY_AUDIENCE_SHARED_DETAILS : HAMMY_AUDIENCE_SHARED;
}

/* For text that mixes in something private, such as a row's subtitle with its note. */
gboolean
hammy_presentation_may_show (HammyPresentation *self,
                             HammyPrivateKind   kind)
{
  g_return_val_if_fail (HAMMY_IS_PRESENTATION (self), FALSE);

  return hammy_privacy_may_show (kind, hammy_presentation_get_audience (self));
}

/* gtk_widget_set_visible() for a widget with a private style class: while presenting, it stays
 * hidden and shows afterwards only if this last asked for it. */
void
hammy_presentation_set_widget_visible (GtkWidget *widget,
                                       gboolean   visible)
{
  HammyPresentation *self = hammy_presentation_get_default ();

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (should_hide (self, widget))
    hide_widget (self, widget, !!visible);
  else
    gtk_widget_set_visible (widget, visible);
}
