/* hammy-presentation.c: presentation mode on screen. While the context says the screen is shared,
 * every widget with a private style class is hidden, in every window, whenever it was made: a
 * hook on "map" catches what appears later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-presentation"

#include "config.h"

#include "hammy-presentation.h"

struct _HammyPresentation
{
  GObject       parent_instance;

  HammyContext *context;
  gulong        map_hook;
  gboolean      active;         /* the context's state, as last applied */
  gboolean      details_shown;
  /* Widget → whether its own code wants it visible, for each widget hidden while presenting.
   * Weak: a widget that goes away leaves the table. */
  GHashTable *hidden;
};

G_DEFINE_FINAL_TYPE (HammyPresentation, hammy_presentation, G_TYPE_OBJECT)

/* The one the app made; hammy_presentation_set_widget_visible() works through it. */
static HammyPresentation *the_presentation;

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

/* A toast is one line that libadwaita cuts short with an ellipsis; at the size text has while
 * presenting, a sentence would lose its end. Its words wrap instead. */
static void
wrap_toast_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && !gtk_label_get_wrap (GTK_LABEL (child)))
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_NONE);
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          /* A wrapping label asks for no more than this, so the toast keeps within the window. */
          gtk_label_set_max_width_chars (GTK_LABEL (child), 50);
        }
      wrap_toast_labels (child);
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
  if (g_str_equal (gtk_widget_get_css_name (widget), "toast"))
    wrap_toast_labels (widget);
  if (should_hide (self, widget))
    hide_widget (self, widget, TRUE);
  else
    hide_unmapped_private_widgets (self, widget);

  return TRUE;
}

/* The hook is there only while presenting: a hook on "map" makes every widget's map, each
 * window's first frame among them, take GLib's slower emission path. */
static void
set_map_hook (HammyPresentation *self,
              gboolean           hooked)
{
  GTypeClass *widget_class = g_type_class_ref (GTK_TYPE_WIDGET);  /* "map" exists from here */
  guint map_signal = g_signal_lookup ("map", GTK_TYPE_WIDGET);

  g_type_class_unref (widget_class);
  if (hooked && self->map_hook == 0)
    self->map_hook = g_signal_add_emission_hook (map_signal, 0, on_widget_map_hook, self, NULL);
  else if (!hooked && self->map_hook != 0)
    {
      g_signal_remove_emission_hook (map_signal, self->map_hook);
      self->map_hook = 0;
    }
}

static void
on_context_changed_cb (HammyPresentation *self)
{
  gboolean active = hammy_context_get_presenting (self->context);
  gboolean details_shown = hammy_context_get_details_shown (self->context);

  if (self->active == active && self->details_shown == details_shown)
    return;

  self->active = active;
  self->details_shown = details_shown;
  set_map_hook (self, active);
  apply (self);
}

static void
hammy_presentation_dispose (GObject *object)
{
  HammyPresentation *self = HAMMY_PRESENTATION (object);

  set_map_hook (self, FALSE);
  if (the_presentation == self)
    the_presentation = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hammy_presentation_parent_class)->dispose (object);
}

static void
hammy_presentation_finalize (GObject *object)
{
  HammyPresentation *self = HAMMY_PRESENTATION (object);
  GHashTableIter iter;
  gpointer widget;

  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &widget, NULL))
    g_object_weak_unref (widget, on_hidden_widget_finalized_cb, self);
  g_hash_table_unref (self->hidden);

  G_OBJECT_CLASS (hammy_presentation_parent_class)->finalize (object);
}

static void
hammy_presentation_class_init (HammyPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_presentation_dispose;
  object_class->finalize = hammy_presentation_finalize;
}

static void
hammy_presentation_init (HammyPresentation *self)
{
  self->hidden = g_hash_table_new (NULL, NULL);
}

/* The app makes one, for its one context: a clinician shares one screen. From then on every
 * widget with a private style class is hidden while the context says the screen is shared. */
HammyPresentation *
hammy_presentation_new (HammyContext *context)
{
  HammyPresentation *self;

  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (the_presentation == NULL, NULL);

  self = g_object_new (HAMMY_TYPE_PRESENTATION, NULL);
  self->context = g_object_ref (context);
  the_presentation = self;

  g_signal_connect_object (context, "notify::presenting",
                           G_CALLBACK (on_context_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::details-shown",
                           G_CALLBACK (on_context_changed_cb), self, G_CONNECT_SWAPPED);
  on_context_changed_cb (self);

  return self;
}

/* gtk_widget_set_visible() for a widget with a private style class: while presenting, it stays
 * hidden and shows afterwards only if this last asked for it. */
void
hammy_presentation_set_widget_visible (GtkWidget *widget,
                                       gboolean   visible)
{
  HammyPresentation *self = the_presentation;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (self != NULL && should_hide (self, widget))
    hide_widget (self, widget, !!visible);
  else
    gtk_widget_set_visible (widget, visible);
}
