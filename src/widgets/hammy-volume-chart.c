/* hammy-volume-chart.c: sets done in each week as bars, this week last and marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hammy-chart.h"
#include "hammy-dates.h"
#include "hammy-volume-chart.h"

#define PLOT_HEIGHT 120
#define GAP         6

struct _HammyVolumeChart
{
  GtkWidget  parent_instance;

  GArray    *weeks;   /* of HammyWeekVolume, oldest first */
};

G_DEFINE_FINAL_TYPE (HammyVolumeChart, hammy_volume_chart, GTK_TYPE_WIDGET)

static int
small_text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, "0", HAMMY_CHART_SMALL);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* A round number at or above the busiest week, so the one line across reads easily. */
static guint
scale_top (GArray *weeks)
{
  guint most = 0;

  for (guint i = 0; i < weeks->len; i++)
    most = MAX (most, g_array_index (weeks, HammyWeekVolume, i).n_sets);

  if (most <= 5)
    return 5;
  if (most <= 10)
    return 10;
  return (most + 9) / 10 * 10;
}

static void
hammy_volume_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  HammyVolumeChart *self = HAMMY_VOLUME_CHART (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int line = small_text_height (widget);
  g_autofree char *top_text = NULL;
  g_autoptr(PangoLayout) top_layout = NULL;
  HammyChartColors colors;
  GdkRGBA dim, grid, bar;
  float left, top, width, height, step, bar_width;
  int label_width;
  guint scale;

  if (self->weeks->len == 0)
    return;

  hammy_chart_get_colors (widget, &colors);
  dim = hammy_chart_fade (&colors.foreground, 0.65);
  grid = hammy_chart_fade (&colors.foreground, 0.15);
  bar = hammy_chart_fade (&colors.foreground, 0.4);

  scale = scale_top (self->weeks);
  top_text = g_strdup_printf ("%u", scale);
  top_layout = hammy_chart_layout (widget, top_text, HAMMY_CHART_SMALL);
  pango_layout_get_pixel_size (top_layout, &label_width, NULL);

  /* Room above the bars for the number on the busiest one. */
  left = label_width + GAP;
  top = line + GAP;
  width = MAX (gtk_widget_get_width (widget) - left - 1, 1);
  height = PLOT_HEIGHT;
  step = width / self->weeks->len;
  bar_width = MAX (step * 0.62, 2);

  gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (left, top - 0.5, width, 1));
  gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (left, top + height - 0.5, width, 1));
  hammy_chart_text (snapshot, top_layout, left - GAP, top, 1, 0.5, &dim);
  {
    g_autoptr(PangoLayout) zero = hammy_chart_layout (widget, "0", HAMMY_CHART_SMALL);

    hammy_chart_text (snapshot, zero, left - GAP, top + height, 1, 0.5, &dim);
  }

  for (guint i = 0; i < self->weeks->len; i++)
    {
      const HammyWeekVolume *week = &g_array_index (self->weeks, HammyWeekVolume, i);
      gboolean this_week = i == self->weeks->len - 1;
      float bar_height = height * week->n_sets / scale;
      float center = left + (rtl ? self->weeks->len - i - 0.5 : i + 0.5) * step;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (center - bar_width / 2, top + height - bar_height, bar_width, bar_height);

      if (week->n_sets == 0)
        continue;

      hammy_chart_rounded_box (snapshot, &rect, MIN (3, bar_width / 2), this_week ? &colors.accent_bg : &bar);

      /* The number on the bar when there is room for it. */
      if (step >= 22)
        {
          g_autofree char *value = g_strdup_printf ("%u", week->n_sets);
          g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, value, HAMMY_CHART_SMALL);

          hammy_chart_text (snapshot, layout, center, rect.origin.y - 2, 0.5, 1, &colors.foreground);
        }
    }

  /* Which weeks these are: the first and this one. */
  {
    const HammyWeekVolume *first = &g_array_index (self->weeks, HammyWeekVolume, 0);
    const HammyWeekVolume *last = &g_array_index (self->weeks, HammyWeekVolume, self->weeks->len - 1);
    /* The Monday the first week starts on; a year's chart says which March. */
    HammyDateStyle style = g_date_get_year (&first->monday) != g_date_get_year (&last->monday)
                           ? HAMMY_DATE_STYLE_SHORT : HAMMY_DATE_STYLE_SHORT_IN_YEAR;
    g_autofree char *first_text = hammy_dates_format (&first->monday, style);
    g_autoptr(PangoLayout) first_layout = hammy_chart_layout (widget, first_text, HAMMY_CHART_SMALL);
    g_autoptr(PangoLayout) last_layout = hammy_chart_layout (widget, _("This week"), HAMMY_CHART_SMALL);
    float axis = top + height + GAP / 2.0;

    if (self->weeks->len > 1)
      hammy_chart_text (snapshot, first_layout, rtl ? left + width : left, axis, rtl ? 1 : 0, 0, &dim);
    hammy_chart_text (snapshot, last_layout, rtl ? left : left + width, axis, rtl ? 0 : 1, 0, &colors.foreground);
  }
}

static void
hammy_volume_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else
    {
      int line = small_text_height (widget);

      *minimum = *natural = line + GAP + PLOT_HEIGHT + GAP / 2 + line;
    }
}

static void
hammy_volume_chart_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hammy_volume_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
hammy_volume_chart_finalize (GObject *object)
{
  HammyVolumeChart *self = HAMMY_VOLUME_CHART (object);

  g_clear_pointer (&self->weeks, g_array_unref);

  G_OBJECT_CLASS (hammy_volume_chart_parent_class)->finalize (object);
}

static void
hammy_volume_chart_class_init (HammyVolumeChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hammy_volume_chart_finalize;

  widget_class->snapshot = hammy_volume_chart_snapshot;
  widget_class->measure = hammy_volume_chart_measure;
  widget_class->css_changed = hammy_volume_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "volume-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hammy_volume_chart_init (HammyVolumeChart *self)
{
  self->weeks = g_array_new (FALSE, TRUE, sizeof (HammyWeekVolume));
}

GtkWidget *
hammy_volume_chart_new (void)
{
  return g_object_new (HAMMY_TYPE_VOLUME_CHART, NULL);
}

void
hammy_volume_chart_set_weeks (HammyVolumeChart *self,
                              GArray           *weeks)
{
  g_return_if_fail (HAMMY_IS_VOLUME_CHART (self));
  g_return_if_fail (weeks != NULL);

  g_array_unref (self->weeks);
  self->weeks = g_array_ref (weeks);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
