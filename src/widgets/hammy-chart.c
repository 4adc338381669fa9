/* hammy-chart.c: what the History page's charts share: colours taken from the style, so light,
 * dark and high contrast all read, and the few shapes GtkSnapshot does not draw by itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hammy-chart.h"

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const GdkRGBA   *fallback,
        GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    *out = *fallback;
}

/* GTK 4.8 has no gtk_widget_get_color: the style context gives the foreground, and
 * libadwaita's named colours give the rest, each already right for light or dark. */
void
hammy_chart_get_colors (GtkWidget        *widget,
                        HammyChartColors *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &colors->foreground);
  lookup (context, "accent_color", &colors->foreground, &colors->accent);
  lookup (context, "accent_bg_color", &colors->accent, &colors->accent_bg);
  lookup (context, "accent_fg_color", &(GdkRGBA) { 1, 1, 1, 1 }, &colors->accent_fg);
  lookup (context, "success_color", &colors->foreground, &colors->success);
  lookup (context, "warning_color", &colors->foreground, &colors->warning);
  lookup (context, "error_color", &colors->foreground, &colors->error);
}

GdkRGBA
hammy_chart_fade (const GdkRGBA *color,
                  float          alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

void
hammy_chart_fill_circle (GtkSnapshot   *snapshot,
                         float          x,
                         float          y,
                         float          radius,
                         const GdkRGBA *color)
{
  hammy_chart_rounded_box (snapshot, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius),
                           radius, color);
}

void
hammy_chart_ring (GtkSnapshot   *snapshot,
                  float          x,
                  float          y,
                  float          radius,
                  float          width,
                  const GdkRGBA *color)
{
  hammy_chart_outline (snapshot, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius),
                       radius, width, color);
}

void
hammy_chart_rounded_box (GtkSnapshot           *snapshot,
                         const graphene_rect_t *rect,
                         float                  radius,
                         const GdkRGBA         *color)
{
  GskRoundedRect clip;

  gsk_rounded_rect_init_from_rect (&clip, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

void
hammy_chart_outline (GtkSnapshot           *snapshot,
                     const graphene_rect_t *rect,
                     float                  radius,
                     float                  width,
                     const GdkRGBA         *color)
{
  GskRoundedRect outline;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&outline, rect, radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/* GTK 4.8 has no paths: a straight line is a thin box, turned. */
void
hammy_chart_line (GtkSnapshot   *snapshot,
                  float          x0,
                  float          y0,
                  float          x1,
                  float          y1,
                  float          width,
                  const GdkRGBA *color)
{
  float length = hypotf (x1 - x0, y1 - y0);

  if (length <= 0)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x0, y0));
  gtk_snapshot_rotate (snapshot, atan2f (y1 - y0, x1 - x0) * 180 / G_PI);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (0, -width / 2, length, width));
  gtk_snapshot_restore (snapshot);
}

PangoLayout *
hammy_chart_layout (GtkWidget           *widget,
                    const char          *text,
                    HammyChartTextFlags  flags)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  if (flags & HAMMY_CHART_SMALL)
    pango_attr_list_insert (attributes, pango_attr_scale_new (0.83));
  if (flags & HAMMY_CHART_BOLD)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  /* Figures of one width keep the numbers of a column lined up. */
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attributes);

  return layout;
}

/* Draws @layout with the point (@xalign, @yalign) of its box at (@x, @y). */
void
hammy_chart_text (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  float          x,
                  float          y,
                  float          xalign,
                  float          yalign,
                  const GdkRGBA *color)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (roundf (x - xalign * logical.width),
                                                          roundf (y - yalign * logical.height)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}
