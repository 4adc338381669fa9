/* hammy-chart.h: what the History page's charts share: colours taken from the style, so light,
 * dark and high contrast all read, and the few shapes GtkSnapshot does not draw by itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  GdkRGBA foreground;   /* the widget's own text colour */
  GdkRGBA accent;       /* accent_color: lines and marks on the background */
  GdkRGBA accent_bg;    /* accent_bg_color: filled shapes */
  GdkRGBA accent_fg;    /* accent_fg_color: text on a filled shape */
  GdkRGBA success;
  GdkRGBA warning;
  GdkRGBA error;
} HammyChartColors;

void         hammy_chart_get_colors     (GtkWidget              *widget,
                                         HammyChartColors       *colors);
GdkRGBA      hammy_chart_fade           (const GdkRGBA          *color,
                                         float                   alpha);

void         hammy_chart_fill_circle    (GtkSnapshot            *snapshot,
                                         float                   x,
                                         float                   y,
                                         float                   radius,
                                         const GdkRGBA          *color);
void         hammy_chart_ring           (GtkSnapshot            *snapshot,
                                         float                   x,
                                         float                   y,
                                         float                   radius,
                                         float                   width,
                                         const GdkRGBA          *color);
void         hammy_chart_rounded_box    (GtkSnapshot            *snapshot,
                                         const graphene_rect_t  *rect,
                                         float                   radius,
                                         const GdkRGBA          *color);
void         hammy_chart_outline        (GtkSnapshot            *snapshot,
                                         const graphene_rect_t  *rect,
                                         float                   radius,
                                         float                   width,
                                         const GdkRGBA          *color);
void         hammy_chart_line           (GtkSnapshot            *snapshot,
                                         float                   x0,
                                         float                   y0,
                                         float                   x1,
                                         float                   y1,
                                         float                   width,
                                         const GdkRGBA          *color);

typedef enum
{
  HAMMY_CHART_SMALL = 1 << 0,
  HAMMY_CHART_BOLD  = 1 << 1,
} HammyChartTextFlags;

PangoLayout *hammy_chart_layout         (GtkWidget              *widget,
                                         const char             *text,
                                         HammyChartTextFlags     flags);
void         hammy_chart_text           (GtkSnapshot            *snapshot,
                                         PangoLayout            *layout,
                                         float                   x,
                                         float                   y,
                                         float                   xalign,
                                         float                   yalign,
                                         const GdkRGBA          *color);

G_END_DECLS
