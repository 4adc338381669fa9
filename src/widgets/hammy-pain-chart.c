/* hammy-pain-chart.c: pain during each session over a span of days, on the shaded bands of the
 * pain guide, with how each next morning felt in a lane beneath.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hammy-chart.h"
#include "hammy-dates.h"
#include "hammy-pain-chart.h"

#define PLOT_HEIGHT   160
#define LANE_HEIGHT   22
#define GAP           6

struct _HammyPainChart
{
  GtkWidget  parent_instance;

  GDate      first;
  GDate      last;
  GArray    *sessions;   /* of HammyPainPoint */
  GArray    *mornings;   /* of HammyMorningPoint */
};

G_DEFINE_FINAL_TYPE (HammyPainChart, hammy_pain_chart, GTK_TYPE_WIDGET)

typedef struct
{
  float left, top, width, height;   /* the plot */
  float axis_y;                     /* the dates */
  float caption_y;                  /* the lane's name */
  float lane_y;                     /* the middle of the morning lane */
  guint n_days;
} Geometry;

static int
small_text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, "0", HAMMY_CHART_SMALL);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
compute_geometry (HammyPainChart *self,
                  Geometry       *geometry)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) ten = hammy_chart_layout (widget, "10", HAMMY_CHART_SMALL);
  int label_width, line = small_text_height (widget);

  pango_layout_get_pixel_size (ten, &label_width, NULL);
  geometry->left = label_width + GAP;
  geometry->top = line / 2.0;
  geometry->width = MAX (gtk_widget_get_width (widget) - geometry->left - 1, 1);
  geometry->height = PLOT_HEIGHT;
  geometry->axis_y = geometry->top + geometry->height + GAP / 2.0;
  geometry->caption_y = geometry->axis_y + line + GAP;
  geometry->lane_y = geometry->caption_y + line + LANE_HEIGHT / 2.0;
  geometry->n_days = g_date_valid (&self->first) ? g_date_days_between (&self->first, &self->last) + 1 : 1;
}

static float
x_for (HammyPainChart  *self,
       const Geometry  *geometry,
       const GDate     *date)
{
  float step = geometry->width / geometry->n_days;
  float x = (g_date_days_between (&self->first, date) + 0.5) * step;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = geometry->width - x;
  return geometry->left + x;
}

static float
y_for (const Geometry *geometry,
       double          pain)
{
  return geometry->top + geometry->height * (1 - pain / 10.0);
}

/* Worse points up, better points down, the same is level: the shape says it without colour. */
static void
draw_morning (GtkSnapshot             *snapshot,
              const HammyMorningPoint *point,
              float                    x,
              float                    y,
              float                    half,
              const HammyChartColors  *colors,
              GtkWidget               *widget)
{
  float rise = half * 0.6f;

  if (point->red_flag)
    {
      g_autoptr(PangoLayout) mark = hammy_chart_layout (widget, "!", HAMMY_CHART_SMALL | HAMMY_CHART_BOLD);

      hammy_chart_ring (snapshot, x, y, 8, 2, &colors->error);
      hammy_chart_text (snapshot, mark, x, y, 0.5, 0.5, &colors->error);
      return;
    }

  switch (point->value)
    {
    case HAMMY_COMPARED_WORSE:
      hammy_chart_line (snapshot, x - half, y + rise, x, y - rise, 2.5, &colors->error);
      hammy_chart_line (snapshot, x, y - rise, x + half, y + rise, 2.5, &colors->error);
      break;
    case HAMMY_COMPARED_BETTER:
      hammy_chart_line (snapshot, x - half, y - rise, x, y + rise, 2.5, &colors->success);
      hammy_chart_line (snapshot, x, y + rise, x + half, y - rise, 2.5, &colors->success);
      break;
    case HAMMY_COMPARED_SAME:
    default:
      {
        GdkRGBA dim = hammy_chart_fade (&colors->foreground, 0.7);

        hammy_chart_line (snapshot, x - half, y, x + half, y, 2.5, &dim);
      }
      break;
    }
}

static void
hammy_pain_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HammyPainChart *self = HAMMY_PAIN_CHART (widget);
  static const int ticks[] = { 0, 3, 5, 10 };
  const struct { double from, to; const char *name; } bands[] = {
    { 0, 3.5, N_("Fine") },
    { 3.5, 5.5, N_("If it settles") },
    { 5.5, 10, N_("Stop") },
  };
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  HammyChartColors colors;
  GdkRGBA dim, grid;
  Geometry geometry;
  gboolean have_previous = FALSE;
  float previous_x = 0, previous_y = 0;
  float step, dot, half;

  if (!g_date_valid (&self->first))
    return;

  hammy_chart_get_colors (widget, &colors);
  dim = hammy_chart_fade (&colors.foreground, 0.65);
  grid = hammy_chart_fade (&colors.foreground, 0.15);
  compute_geometry (self, &geometry);
  /* Marks shrink with the room a day has, so a year of them stays apart. */
  step = geometry.width / geometry.n_days;
  dot = CLAMP (step * 0.4f, 1.5f, 4.5f);
  half = CLAMP (step * 0.4f, 1.5f, 5.0f);

  /* The bands of the pain guide, pale enough for the line to stand out in light and dark. */
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      const GdkRGBA *base = i == 0 ? &colors.success : i == 1 ? &colors.warning : &colors.error;
      GdkRGBA fill = hammy_chart_fade (base, 0.16);
      float top = y_for (&geometry, bands[i].to);
      float bottom = y_for (&geometry, bands[i].from);
      g_autoptr(PangoLayout) name = hammy_chart_layout (widget, _(bands[i].name), HAMMY_CHART_SMALL);

      gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (geometry.left, top, geometry.width, bottom - top));
      hammy_chart_text (snapshot, name, rtl ? geometry.left + 4 : geometry.left + geometry.width - 4,
                        top + 2, rtl ? 0 : 1, 0, &dim);
    }

  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", ticks[i]);
      g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, text, HAMMY_CHART_SMALL);
      float y = y_for (&geometry, ticks[i]);

      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (geometry.left, y - 0.5, geometry.width, 1));
      hammy_chart_text (snapshot, layout, geometry.left - GAP, y, 1, 0.5, &dim);
    }

  /* The first and last day of the span under the plot, with the year when the span crosses
   * one, so a year's chart says which March. */
  {
    HammyDateStyle style = g_date_get_year (&self->first) != g_date_get_year (&self->last)
                           ? HAMMY_DATE_STYLE_SHORT : HAMMY_DATE_STYLE_SHORT_IN_YEAR;
    g_autofree char *first = hammy_dates_format (&self->first, style);
    g_autofree char *last = hammy_dates_format (&self->last, style);
    g_autoptr(PangoLayout) first_layout = hammy_chart_layout (widget, first, HAMMY_CHART_SMALL);
    g_autoptr(PangoLayout) last_layout = hammy_chart_layout (widget, last, HAMMY_CHART_SMALL);
    g_autoptr(PangoLayout) caption = hammy_chart_layout (widget, _("Next morning"), HAMMY_CHART_SMALL);

    hammy_chart_text (snapshot, first_layout, rtl ? geometry.left + geometry.width : geometry.left,
                      geometry.axis_y, rtl ? 1 : 0, 0, &dim);
    hammy_chart_text (snapshot, last_layout, rtl ? geometry.left : geometry.left + geometry.width,
                      geometry.axis_y, rtl ? 0 : 1, 0, &dim);
    hammy_chart_text (snapshot, caption, rtl ? geometry.left + geometry.width : geometry.left,
                      geometry.caption_y, rtl ? 1 : 0, 0, &dim);
    gtk_snapshot_append_color (snapshot, &grid,
                               &GRAPHENE_RECT_INIT (geometry.left, geometry.lane_y + LANE_HEIGHT / 2.0,
                                                    geometry.width, 1));
  }

  /* The highest pain of each session. One with no rating is not drawn; the summary counts it. */
  for (guint i = 0; i < self->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (self->sessions, HammyPainPoint, i);
      float x, y;

      if (point->max_pain < 0)
        continue;
      x = x_for (self, &geometry, &point->date);
      y = y_for (&geometry, point->max_pain);
      if (have_previous)
        hammy_chart_line (snapshot, previous_x, previous_y, x, y, 2, &colors.accent);
      previous_x = x;
      previous_y = y;
      have_previous = TRUE;
    }
  for (guint i = 0; i < self->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (self->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        continue;
      hammy_chart_fill_circle (snapshot, x_for (self, &geometry, &point->date), y_for (&geometry, point->max_pain),
                               dot, &colors.accent_bg);
    }

  for (guint i = 0; i < self->mornings->len; i++)
    {
      const HammyMorningPoint *point = &g_array_index (self->mornings, HammyMorningPoint, i);

      draw_morning (snapshot, point, x_for (self, &geometry, &point->date), geometry.lane_y, half, &colors, widget);
    }
}

static void
hammy_pain_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    {
      int line = small_text_height (widget);

      *minimum = *natural = line / 2 + PLOT_HEIGHT + GAP / 2 + line + GAP + line + LANE_HEIGHT + 1;
    }
}

static void
hammy_pain_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hammy_pain_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
hammy_pain_chart_finalize (GObject *object)
{
  HammyPainChart *self = HAMMY_PAIN_CHART (object);

  g_clear_pointer (&self->sessions, g_array_unref);
  g_clear_pointer (&self->mornings, g_array_unref);

  G_OBJECT_CLASS (hammy_pain_chart_parent_class)->finalize (object);
}

static void
hammy_pain_chart_class_init (HammyPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hammy_pain_chart_finalize;

  widget_class->snapshot = hammy_pain_chart_snapshot;
  widget_class->measure = hammy_pain_chart_measure;
  widget_class->css_changed = hammy_pain_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "pain-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hammy_pain_chart_init (HammyPainChart *self)
{
  g_date_clear (&self->first, 1);
  g_date_clear (&self->last, 1);
  self->sessions = g_array_new (FALSE, TRUE, sizeof (HammyPainPoint));
  self->mornings = g_array_new (FALSE, TRUE, sizeof (HammyMorningPoint));
}

GtkWidget *
hammy_pain_chart_new (void)
{
  return g_object_new (HAMMY_TYPE_PAIN_CHART, NULL);
}

void
hammy_pain_chart_set_trend (HammyPainChart       *self,
                            const HammyPainTrend *trend)
{
  g_return_if_fail (HAMMY_IS_PAIN_CHART (self));
  g_return_if_fail (trend != NULL);

  self->first = trend->first;
  self->last = trend->last;
  g_array_unref (self->sessions);
  self->sessions = g_array_ref (trend->sessions);
  g_array_unref (self->mornings);
  self->mornings = g_array_ref (trend->mornings);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
