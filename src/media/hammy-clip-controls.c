/* hammy-clip-controls.c: two groups of controls, the transport (play, step, position) and the
 * view (speed, mirror, full screen). Side by side when the width allows the transport its
 * smallest size beside the view group at its natural size; otherwise the view group goes on
 * a line of its own under the transport, centred. So a phone-sized window is never forced
 * wider by the player.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-clip-controls.h"

#define SPACING 6

struct _HammyClipControls
{
  GtkWidget parent_instance;

  gboolean  wrapped;
};

G_DEFINE_FINAL_TYPE (HammyClipControls, hammy_clip_controls, GTK_TYPE_WIDGET)

/* The first two visible children; a child missing or hidden counts as nothing. */
static void
get_groups (HammyClipControls  *self,
            GtkWidget         **first,
            GtkWidget         **second)
{
  *first = *second = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (*first == NULL)
        *first = child;
      else if (*second == NULL)
        *second = child;
    }
}

static void
measure_width (GtkWidget *child,
               int       *minimum,
               int       *natural)
{
  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, NULL, NULL);
}

static gboolean
fits_one_line (GtkWidget *first,
               GtkWidget *second,
               int        width)
{
  int first_min, first_nat, second_min, second_nat;

  if (first == NULL || second == NULL || width < 0)
    return TRUE;

  measure_width (first, &first_min, &first_nat);
  measure_width (second, &second_min, &second_nat);
  return width >= first_min + SPACING + second_nat;
}

static void
hammy_clip_controls_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  HammyClipControls *self = HAMMY_CLIP_CONTROLS (widget);
  GtkWidget *first, *second;

  get_groups (self, &first, &second);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int first_min, first_nat, second_min, second_nat;

      measure_width (first, &first_min, &first_nat);
      measure_width (second, &second_min, &second_nat);
      *minimum = MAX (first_min, second_min);
      *natural = first_nat + (second != NULL ? SPACING + second_nat : 0);
      return;
    }

  *minimum = *natural = 0;
  if (fits_one_line (first, second, for_size))
    {
      int second_nat = -1, dummy;
      int first_width = for_size;

      if (second != NULL && for_size >= 0)
        {
          measure_width (second, &dummy, &second_nat);
          first_width = for_size - SPACING - second_nat;
        }

      for (guint i = 0; i < 2; i++)
        {
          GtkWidget *child = i == 0 ? first : second;
          int child_min, child_nat;

          if (child == NULL)
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, i == 0 ? first_width : second_nat,
                              &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
  else
    {
      int first_min, first_nat, second_min, second_nat, dummy, second_width;

      measure_width (second, &dummy, &second_width);
      second_width = MIN (second_width, for_size);
      gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, for_size, &first_min, &first_nat, NULL, NULL);
      gtk_widget_measure (second, GTK_ORIENTATION_VERTICAL, second_width, &second_min, &second_nat, NULL, NULL);
      *minimum = first_min + SPACING + second_min;
      *natural = first_nat + SPACING + second_nat;
    }
}

static void
hammy_clip_controls_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  HammyClipControls *self = HAMMY_CLIP_CONTROLS (widget);
  GtkWidget *first, *second;
  int second_min, second_nat;

  get_groups (self, &first, &second);
  if (first == NULL)
    return;
  if (second == NULL)
    {
      gtk_widget_allocate (first, width, height, -1, NULL);
      return;
    }

  measure_width (second, &second_min, &second_nat);
  self->wrapped = !fits_one_line (first, second, width);

  if (!self->wrapped)
    {
      int first_width = width - SPACING - second_nat;

      gtk_widget_size_allocate (first, &(GtkAllocation) { 0, 0, first_width, height }, -1);
      gtk_widget_size_allocate (second, &(GtkAllocation) { first_width + SPACING, 0, second_nat, height }, -1);
    }
  else
    {
      int first_min, first_nat;
      int second_width = MIN (second_nat, width);

      gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, width, &first_min, &first_nat, NULL, NULL);
      first_nat = MIN (first_nat, height);
      gtk_widget_size_allocate (first, &(GtkAllocation) { 0, 0, width, first_nat }, -1);
      gtk_widget_size_allocate (second,
                                &(GtkAllocation) { (width - second_width) / 2, first_nat + SPACING,
                                                   second_width, MAX (0, height - first_nat - SPACING) },
                                -1);
    }
}

static GtkSizeRequestMode
hammy_clip_controls_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hammy_clip_controls_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hammy_clip_controls_parent_class)->dispose (object);
}

static void
hammy_clip_controls_class_init (HammyClipControlsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_clip_controls_dispose;
  widget_class->measure = hammy_clip_controls_measure;
  widget_class->size_allocate = hammy_clip_controls_size_allocate;
  widget_class->get_request_mode = hammy_clip_controls_get_request_mode;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hammy_clip_controls_init (HammyClipControls *self)
{
}

gboolean
hammy_clip_controls_get_wrapped (HammyClipControls *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_CONTROLS (self), FALSE);

  return self->wrapped;
}
