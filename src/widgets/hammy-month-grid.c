/* hammy-month-grid.c: a month of days as a calendar grid, each day marked done, partly done or
 * skipped, with a selected day moved by the keyboard or a click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif
#include <math.h>

#include "hammy-chart.h"
#include "hammy-month-grid.h"

#define MIN_CELL      36
#define MAX_CELL_H    48
#define SWATCH        14
#define LEGEND_GAP    18

struct _HammyMonthGrid
{
  GtkWidget          parent_instance;

  HammyHistoryMonth  month;
  GDate              today;
  guint              selected;       /* 1-based day of the month */
  guint              week_start;     /* 0 = Sunday … 6 = Saturday */
};

G_DEFINE_FINAL_TYPE (HammyMonthGrid, hammy_month_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SHOW_DAY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  float header;     /* the row of weekday names */
  float cell_w;
  float cell_h;
  guint n_rows;
  float legend_y;
} Geometry;

static const HammyDayStatus legend_statuses[] = { HAMMY_DAY_DONE, HAMMY_DAY_PARTIAL, HAMMY_DAY_SKIPPED };

static const char *
legend_text (HammyDayStatus status)
{
  switch (status)
    {
    case HAMMY_DAY_DONE:
      return _("Whole session");
    case HAMMY_DAY_PARTIAL:
      return _("Part of it");
    case HAMMY_DAY_SKIPPED:
    default:
      return _("Skipped");
    }
}

/* The locale's first day of the week, the way GtkCalendar finds it. */
static guint
find_week_start (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } langinfo;
  int first_weekday, week_1stday = 0;
  guint week_origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = langinfo.word;
  if (week_origin == 19971130)        /* a Sunday */
    week_1stday = 0;
  else if (week_origin == 19971201)   /* a Monday */
    week_1stday = 1;

  return (week_1stday + first_weekday - 1 + 7) % 7;
#else
  return 1;
#endif
}

/* The column of the first of the month. */
static guint
first_column (HammyMonthGrid *self)
{
  guint weekday;

  if (self->month.n_days == 0)
    return 0;

  /* GDate counts Monday as 1 and Sunday as 7. */
  weekday = g_date_get_weekday (&self->month.days[0].date) % 7;
  return (weekday - self->week_start + 7) % 7;
}

static guint
n_rows (HammyMonthGrid *self)
{
  /* Before any month is set, room for the usual five weeks. */
  if (self->month.n_days == 0)
    return 5;
  return (first_column (self) + self->month.n_days + 6) / 7;
}

static int
text_height (GtkWidget           *widget,
             HammyChartTextFlags  flags)
{
  g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, "0", flags);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The legend's items laid out left to right, wrapping at @width; returns its height. */
static float
legend_layout (HammyMonthGrid *self,
               float           width,
               float          *x_out,
               float          *y_out)
{
  int line = MAX (text_height (GTK_WIDGET (self), HAMMY_CHART_SMALL), SWATCH) + 6;
  float x = 0, y = 0;

  for (guint i = 0; i < G_N_ELEMENTS (legend_statuses); i++)
    {
      g_autoptr(PangoLayout) layout = hammy_chart_layout (GTK_WIDGET (self), legend_text (legend_statuses[i]), HAMMY_CHART_SMALL);
      int text_width;
      float item;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      item = SWATCH + 6 + text_width;
      if (x > 0 && x + item > width)
        {
          x = 0;
          y += line;
        }
      if (x_out != NULL)
        x_out[i] = x;
      if (y_out != NULL)
        y_out[i] = y;
      x += item + LEGEND_GAP;
    }

  return y + line;
}

static void
compute_geometry (HammyMonthGrid *self,
                  float           width,
                  Geometry       *geometry)
{
  geometry->header = text_height (GTK_WIDGET (self), HAMMY_CHART_SMALL) + 8;
  geometry->cell_w = width / 7;
  geometry->cell_h = MIN (MAX (geometry->cell_w, MIN_CELL), MAX_CELL_H);
  geometry->n_rows = n_rows (self);
  geometry->legend_y = geometry->header + geometry->n_rows * geometry->cell_h + 12;
}

static void
cell_rect (HammyMonthGrid  *self,
           const Geometry  *geometry,
           guint            day,
           graphene_rect_t *rect)
{
  guint index = first_column (self) + day - 1;
  guint column = index % 7;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    column = 6 - column;

  graphene_rect_init (rect, column * geometry->cell_w, geometry->header + (index / 7) * geometry->cell_h,
                      geometry->cell_w, geometry->cell_h);
}

static void
update_accessible (HammyMonthGrid *self)
{
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;

  if (self->month.n_days == 0 || !g_date_valid (&self->today))
    return;

  day = hammy_history_describe_day (&self->month.days[self->selected - 1], &self->today);
  summary = hammy_history_describe_month (&self->month, &self->today);
  /* The selected day is the name, so a screen reader says it as the selection moves. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, day,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

/* Moves the selection by @days; beyond the month, the owner is asked to show the day. */
static void
move_selection (HammyMonthGrid *self,
                int             days)
{
  GDate target = self->month.days[self->selected - 1].date;

  if (days < 0)
    g_date_subtract_days (&target, -days);
  else
    g_date_add_days (&target, days);

  if (g_date_get_month (&target) == self->month.month && g_date_get_year (&target) == self->month.year)
    hammy_month_grid_set_selected_day (self, g_date_get_day (&target));
  else
    g_signal_emit (self, signals[SIGNAL_SHOW_DAY], 0, g_date_get_julian (&target));
}

static void
move_months (HammyMonthGrid *self,
             int             months)
{
  GDate target = self->month.days[0].date;

  if (months < 0)
    g_date_subtract_months (&target, -months);
  else
    g_date_add_months (&target, months);
  g_date_set_day (&target, MIN (self->selected, g_date_get_days_in_month (g_date_get_month (&target),
                                                                          g_date_get_year (&target))));

  g_signal_emit (self, signals[SIGNAL_SHOW_DAY], 0, g_date_get_julian (&target));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   HammyMonthGrid        *self)
{
  int forward = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;

  if (self->month.n_days == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_selection (self, -forward);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_selection (self, forward);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -7);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 7);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      hammy_month_grid_set_selected_day (self, 1);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      hammy_month_grid_set_selected_day (self, self->month.n_days);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_months (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_months (self, 1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     HammyMonthGrid  *self)
{
  Geometry geometry;

  if (self->month.n_days == 0)
    return;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), &geometry);
  for (guint day = 1; day <= self->month.n_days; day++)
    {
      graphene_rect_t rect;

      cell_rect (self, &geometry, day, &rect);
      if (graphene_rect_contains_point (&rect, &GRAPHENE_POINT_INIT (x, y)))
        {
          hammy_month_grid_set_selected_day (self, day);
          gtk_widget_grab_focus (GTK_WIDGET (self));
          return;
        }
    }
}

/* Done is a full disc, part a ring around a pale disc, skipped a dotted ring: told apart by
 * shape as well as colour. */
static void
draw_mark (GtkSnapshot            *snapshot,
           HammyDayStatus          status,
           float                   x,
           float                   y,
           float                   radius,
           const HammyChartColors *colors)
{
  GdkRGBA pale = hammy_chart_fade (&colors->accent_bg, 0.25);
  GdkRGBA dim = hammy_chart_fade (&colors->foreground, 0.55);

  switch (status)
    {
    case HAMMY_DAY_DONE:
      hammy_chart_fill_circle (snapshot, x, y, radius, &colors->accent_bg);
      break;
    case HAMMY_DAY_PARTIAL:
      hammy_chart_fill_circle (snapshot, x, y, radius, &pale);
      hammy_chart_ring (snapshot, x, y, radius, 2, &colors->accent_bg);
      break;
    case HAMMY_DAY_SKIPPED:
      for (guint i = 0; i < 16; i++)
        {
          double angle = i * G_PI / 8;

          hammy_chart_fill_circle (snapshot, x + radius * cos (angle) * 0.92, y + radius * sin (angle) * 0.92,
                                   MAX (1.0, radius / 14), &dim);
        }
      break;
    case HAMMY_DAY_EMPTY:
    default:
      break;
    }
}

static void
hammy_month_grid_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HammyMonthGrid *self = HAMMY_MONTH_GRID (widget);
  float width = gtk_widget_get_width (widget);
  HammyChartColors colors;
  GdkRGBA dim, faint;
  Geometry geometry;
  float legend_x[G_N_ELEMENTS (legend_statuses)], legend_y[G_N_ELEMENTS (legend_statuses)];
  float legend_width = 0;

  if (self->month.n_days == 0)
    return;

  hammy_chart_get_colors (widget, &colors);
  dim = hammy_chart_fade (&colors.foreground, 0.55);
  faint = hammy_chart_fade (&colors.foreground, 0.08);
  compute_geometry (self, width, &geometry);

  /* The weekday names, from a week that starts on a known Sunday. */
  for (guint column = 0; column < 7; column++)
    {
      GDate date;
      char name[64];
      g_autoptr(PangoLayout) layout = NULL;
      guint shown = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 6 - column : column;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 4 + (self->week_start + column) % 7, G_DATE_JANUARY, 1970);   /* 4 Jan 1970 was a Sunday */
      if (g_date_strftime (name, sizeof name, "%a", &date) == 0)
        name[0] = '\0';
      layout = hammy_chart_layout (widget, name, HAMMY_CHART_SMALL | HAMMY_CHART_BOLD);
      hammy_chart_text (snapshot, layout, (shown + 0.5) * geometry.cell_w, geometry.header / 2, 0.5, 0.5, &dim);
    }

  for (guint day = 1; day <= self->month.n_days; day++)
    {
      const HammyHistoryDay *info = &self->month.days[day - 1];
      gboolean is_today = g_date_valid (&self->today) && g_date_compare (&info->date, &self->today) == 0;
      gboolean future = g_date_valid (&self->today) && g_date_compare (&info->date, &self->today) > 0;
      g_autofree char *number = g_strdup_printf ("%u", day);
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t rect, inner;
      float cx, cy, radius;
      const GdkRGBA *ink = &colors.foreground;

      cell_rect (self, &geometry, day, &rect);
      graphene_rect_inset_r (&rect, 2, 2, &inner);
      cx = rect.origin.x + rect.size.width / 2;
      cy = rect.origin.y + rect.size.height / 2;
      radius = MIN (MIN (rect.size.width, rect.size.height) / 2 - 5, 18);

      if (day == self->selected)
        hammy_chart_rounded_box (snapshot, &inner, 8, &faint);

      draw_mark (snapshot, info->status, cx, cy, radius, &colors);

      if (info->status == HAMMY_DAY_DONE)
        ink = &colors.accent_fg;
      else if (future || info->status == HAMMY_DAY_SKIPPED)
        ink = &dim;
      layout = hammy_chart_layout (widget, number, is_today || info->status == HAMMY_DAY_DONE ? HAMMY_CHART_BOLD : 0);
      hammy_chart_text (snapshot, layout, cx, cy, 0.5, 0.5, ink);

      if (is_today)
        hammy_chart_outline (snapshot, &inner, 8, 1, &dim);
      if (day == self->selected && gtk_widget_has_visible_focus (widget))
        hammy_chart_outline (snapshot, &inner, 8, 2, &colors.accent);
    }

  /* The legend, centred when it fits on one line. */
  legend_layout (self, width, legend_x, legend_y);
  for (guint i = 0; i < G_N_ELEMENTS (legend_statuses); i++)
    {
      g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, legend_text (legend_statuses[i]), HAMMY_CHART_SMALL);
      int text_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      if (legend_y[i] == 0)
        legend_width = legend_x[i] + SWATCH + 6 + text_width;
    }
  for (guint i = 0; i < G_N_ELEMENTS (legend_statuses); i++)
    {
      g_autoptr(PangoLayout) layout = hammy_chart_layout (widget, legend_text (legend_statuses[i]), HAMMY_CHART_SMALL);
      float offset = legend_y[G_N_ELEMENTS (legend_statuses) - 1] == 0 ? (width - legend_width) / 2 : 0;
      float x = offset + legend_x[i];
      float y = geometry.legend_y + legend_y[i] + SWATCH / 2.0;

      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        {
          PangoRectangle logical;

          pango_layout_get_pixel_extents (layout, NULL, &logical);
          x = width - x - SWATCH - 6 - logical.width;
          draw_mark (snapshot, legend_statuses[i], x + 6 + logical.width + SWATCH / 2.0, y, SWATCH / 2.0, &colors);
          hammy_chart_text (snapshot, layout, x, y, 0, 0.5, &colors.foreground);
        }
      else
        {
          draw_mark (snapshot, legend_statuses[i], x + SWATCH / 2.0, y, SWATCH / 2.0, &colors);
          hammy_chart_text (snapshot, layout, x + SWATCH + 6, y, 0, 0.5, &colors.foreground);
        }
    }
}

static void
hammy_month_grid_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HammyMonthGrid *self = HAMMY_MONTH_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 7 * MIN_CELL;
      *natural = 7 * MAX_CELL_H;
    }
  else
    {
      float width = for_size > 0 ? for_size : 7 * MAX_CELL_H;
      Geometry geometry;

      compute_geometry (self, width, &geometry);
      *minimum = *natural = ceilf (geometry.legend_y + legend_layout (self, width, NULL, NULL));
    }
}

static GtkSizeRequestMode
hammy_month_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Colours come from the style: a change to dark, light or high contrast redraws. */
static void
hammy_month_grid_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (hammy_month_grid_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
hammy_month_grid_state_flags_changed (GtkWidget     *widget,
                                      GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (hammy_month_grid_parent_class)->state_flags_changed (widget, previous);
  /* The focus ring follows :focus-visible. */
  gtk_widget_queue_draw (widget);
}

static void
hammy_month_grid_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HammyMonthGrid *self = HAMMY_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      g_value_set_uint (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_month_grid_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HammyMonthGrid *self = HAMMY_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      hammy_month_grid_set_selected_day (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_month_grid_class_init (HammyMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hammy_month_grid_get_property;
  object_class->set_property = hammy_month_grid_set_property;

  widget_class->snapshot = hammy_month_grid_snapshot;
  widget_class->measure = hammy_month_grid_measure;
  widget_class->get_request_mode = hammy_month_grid_get_request_mode;
  widget_class->css_changed = hammy_month_grid_css_changed;
  widget_class->state_flags_changed = hammy_month_grid_state_flags_changed;

  properties[PROP_SELECTED_DAY] =
    g_param_spec_uint ("selected-day", NULL, NULL, 1, 31, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Asks the owner to show another month with this day (a Julian day number) selected: the
   * grid holds one month, the owner knows how far back and forward there is anything. */
  signals[SIGNAL_SHOW_DAY] =
    g_signal_new ("show-day", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "month-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hammy_month_grid_init (HammyMonthGrid *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->selected = 1;
  self->week_start = find_week_start ();
  g_date_clear (&self->today, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
hammy_month_grid_new (void)
{
  return g_object_new (HAMMY_TYPE_MONTH_GRID, NULL);
}

/* Shows @month; the selected day stays where it was when the new month has it. */
void
hammy_month_grid_set_month (HammyMonthGrid          *self,
                            const HammyHistoryMonth *month,
                            const GDate             *today)
{
  g_return_if_fail (HAMMY_IS_MONTH_GRID (self));
  g_return_if_fail (month != NULL && month->n_days > 0);
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->month = *month;
  self->today = *today;
  if (self->selected > month->n_days)
    {
      self->selected = month->n_days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const HammyHistoryMonth *
hammy_month_grid_get_month (HammyMonthGrid *self)
{
  g_return_val_if_fail (HAMMY_IS_MONTH_GRID (self), NULL);

  return self->month.n_days > 0 ? &self->month : NULL;
}

guint
hammy_month_grid_get_selected_day (HammyMonthGrid *self)
{
  g_return_val_if_fail (HAMMY_IS_MONTH_GRID (self), 0);

  return self->selected;
}

void
hammy_month_grid_set_selected_day (HammyMonthGrid *self,
                                   guint           day)
{
  g_return_if_fail (HAMMY_IS_MONTH_GRID (self));
  g_return_if_fail (day >= 1 && day <= 31);

  if (self->month.n_days > 0)
    day = MIN (day, self->month.n_days);
  if (self->selected == day)
    return;

  self->selected = day;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
}
