/* hammy-side-chart.c: for each exercise done one side at a time, the sore side's best set
 * against the other's as a pair of bars, with the average marked on each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hammy-chart.h"
#include "hammy-exercise.h"
#include "hammy-side-chart.h"

#define BAR_ROW    20
#define BAR        12
#define ROW_GAP    14
#define GAP        8

struct _HammySideChart
{
  GtkWidget     parent_instance;

  GPtrArray    *comparisons;   /* of HammySideComparison */
  HammySide     sore;          /* BOTH when not known: left is shown first */
  HammyLibrary *library;
};

G_DEFINE_FINAL_TYPE (HammySideChart, hammy_side_chart, GTK_TYPE_WIDGET)

static int
text_height (GtkWidget           *widget,
             HammyChartTextFlags  flags)
{
  g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, "Ag", flags);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static float
row_height (GtkWidget *widget)
{
  return text_height (widget, 0) + 4 + 2 * BAR_ROW;
}

static gboolean
sore_known (HammySideChart *self)
{
  return self->sore == HAMMY_SIDE_LEFT || self->sore == HAMMY_SIDE_RIGHT;
}

/* The two sides in the order shown: the sore one first. */
static void
sides_in_order (HammySideChart *self,
                HammySide       sides[2])
{
  sides[0] = sore_known (self) ? self->sore : HAMMY_SIDE_LEFT;
  sides[1] = sides[0] == HAMMY_SIDE_LEFT ? HAMMY_SIDE_RIGHT : HAMMY_SIDE_LEFT;
}

static const char *
side_label (HammySideChart *self,
            guint           position,
            HammySide       side)
{
  if (sore_known (self))
    return position == 0 ? C_("side", "Sore") : C_("side", "Other");
  return side == HAMMY_SIDE_LEFT ? C_("side", "Left") : C_("side", "Right");
}

/* What the bar measures: holds for a hold, reps otherwise. */
static gboolean
is_hold (const HammySideComparison *comparison)
{
  return comparison->left.best_hold > 0 || comparison->right.best_hold > 0;
}

static char *
format_value (const HammySideComparison *comparison,
              const HammySideStats      *stats)
{
  g_autofree char *measure = NULL;

  if (stats->n_sets == 0)
    return g_strdup (_("Not logged"));

  if (is_hold (comparison))
    measure = hammy_history_format_duration (stats->best_hold);
  else
    measure = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", stats->best_reps), stats->best_reps);

  if (stats->best_load_kg > 0)
    {
      g_autofree char *load = hammy_history_format_load (stats->best_load_kg);

      /* TRANSLATORS: the best set of one side: reps or a hold, then the heaviest load */
      return g_strdup_printf (_("%s · %s"), measure, load);
    }

  return g_steal_pointer (&measure);
}

static double
best_of (const HammySideComparison *comparison,
         const HammySideStats      *stats)
{
  return is_hold (comparison) ? stats->best_hold : stats->best_reps;
}

static double
mean_of (const HammySideComparison *comparison,
         const HammySideStats      *stats)
{
  return is_hold (comparison) ? stats->mean_hold : stats->mean_reps;
}

static const char *
exercise_name (HammySideChart *self,
               const char     *id)
{
  HammyExercise *exercise = self->library != NULL ? hammy_library_lookup_exercise (self->library, id) : NULL;

  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

static void
hammy_side_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HammySideChart *self = HAMMY_SIDE_CHART (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  float width = gtk_widget_get_width (widget);
  int name_height = text_height (widget, 0);
  HammyChartColors colors;
  GdkRGBA dim, other_bar;
  HammySide sides[2];
  int label_width = 0, value_width = 0;
  float bar_left, bar_space;

  if (self->comparisons == NULL || self->comparisons->len == 0)
    return;

  hammy_chart_get_colors (widget, &colors);
  dim = hammy_chart_fade (&colors.foreground, 0.65);
  other_bar = hammy_chart_fade (&colors.foreground, 0.4);
  sides_in_order (self, sides);

  /* The columns: side names, bars, and values wide enough for the longest of each. */
  for (guint position = 0; position < 2; position++)
    {
      g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, side_label (self, position, sides[position]), HAMMY_CHART_SMALL);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      label_width = MAX (label_width, w);
    }
  for (guint i = 0; i < self->comparisons->len; i++)
    {
      const HammySideComparison *comparison = g_ptr_array_index (self->comparisons, i);

      for (guint position = 0; position < 2; position++)
        {
          g_autofree char *value = format_value (comparison, hammy_side_comparison_get (comparison, sides[position]));
          g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, value, HAMMY_CHART_SMALL);
          int w;

          pango_layout_get_pixel_size (layout, &w, NULL);
          value_width = MAX (value_width, w);
        }
    }
  bar_left = label_width + GAP;
  bar_space = MAX (width - bar_left - GAP - value_width, 24);

  for (guint i = 0; i < self->comparisons->len; i++)
    {
      const HammySideComparison *comparison = g_ptr_array_index (self->comparisons, i);
      float top = i * (row_height (widget) + ROW_GAP);
      g_autoptr(PangoLayout) name = hammy_chart_layout (widget, exercise_name (self, comparison->exercise), 0);
      double most = MAX (best_of (comparison, &comparison->left), best_of (comparison, &comparison->right));

      pango_layout_set_width (name, width * PANGO_SCALE);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      hammy_chart_text (snapshot, name, rtl ? width : 0, top, rtl ? 1 : 0, 0, &colors.foreground);

      for (guint position = 0; position < 2; position++)
        {
          const HammySideStats *stats = hammy_side_comparison_get (comparison, sides[position]);
          float middle = top + name_height + 4 + position * BAR_ROW + BAR_ROW / 2.0;
          float length = most > 0 ? bar_space * best_of (comparison, stats) / most : 0;
          float mean = most > 0 ? bar_space * mean_of (comparison, stats) / most : 0;
          g_autoptr(PangoLayout) label = hammy_chart_layout (widget, side_label (self, position, sides[position]), HAMMY_CHART_SMALL);
          g_autofree char *value_text = format_value (comparison, stats);
          g_autoptr(PangoLayout) value = hammy_chart_layout (widget, value_text, HAMMY_CHART_SMALL);
          float bar_x = rtl ? width - bar_left - length : bar_left;
          float value_x = rtl ? width - bar_left - length - GAP : bar_left + length + GAP;

          hammy_chart_text (snapshot, label, rtl ? width : 0, middle, rtl ? 1 : 0, 0.5, &dim);
          if (length > 0)
            {
              const GdkRGBA *fill = position == 0 && sore_known (self) ? &colors.accent_bg : &other_bar;
              float tick = rtl ? width - bar_left - mean : bar_left + mean;

              hammy_chart_rounded_box (snapshot, &GRAPHENE_RECT_INIT (bar_x, middle - BAR / 2.0, length, BAR), 3, fill);
              /* The average set, a mark across the bar of the best one. */
              if (mean > 0)
                gtk_snapshot_append_color (snapshot, &colors.foreground,
                                           &GRAPHENE_RECT_INIT (tick - 1, middle - BAR / 2.0 - 3, 2, BAR + 6));
            }
          hammy_chart_text (snapshot, value, value_x, middle, rtl ? 1 : 0, 0.5,
                            stats->n_sets > 0 ? &colors.foreground : &dim);
        }
    }
}

static void
hammy_side_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HammySideChart *self = HAMMY_SIDE_CHART (widget);
  guint n = self->comparisons != NULL ? self->comparisons->len : 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    *minimum = *natural = n > 0 ? ceilf (n * row_height (widget) + (n - 1) * ROW_GAP) : 0;
}

static void
hammy_side_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hammy_side_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
hammy_side_chart_finalize (GObject *object)
{
  HammySideChart *self = HAMMY_SIDE_CHART (object);

  g_clear_pointer (&self->comparisons, g_ptr_array_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (hammy_side_chart_parent_class)->finalize (object);
}

static void
hammy_side_chart_class_init (HammySideChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hammy_side_chart_finalize;

  widget_class->snapshot = hammy_side_chart_snapshot;
  widget_class->measure = hammy_side_chart_measure;
  widget_class->css_changed = hammy_side_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "side-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hammy_side_chart_init (HammySideChart *self)
{
  self->sore = HAMMY_SIDE_BOTH;
}

GtkWidget *
hammy_side_chart_new (void)
{
  return g_object_new (HAMMY_TYPE_SIDE_CHART, NULL);
}

void
hammy_side_chart_set_comparisons (HammySideChart *self,
                                  GPtrArray      *comparisons,
                                  HammySide       sore,
                                  HammyLibrary   *library)
{
  g_return_if_fail (HAMMY_IS_SIDE_CHART (self));
  g_return_if_fail (comparisons != NULL);
  g_return_if_fail (library == NULL || HAMMY_IS_LIBRARY (library));

  g_clear_pointer (&self->comparisons, g_ptr_array_unref);
  self->comparisons = g_ptr_array_ref (comparisons);
  self->sore = sore;
  g_set_object (&self->library, library);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}
