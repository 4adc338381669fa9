/* hammy-visit-summary-print.c: the visit summary on one page, on paper or in a PDF, laid out with
 * cairo and Pango through GTK's print support, so it works offline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-visit-summary-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-print-layout.h"
#include "hammy-visit-summary-print.h"

/* Sizes in points. */
#define COLUMN_GAP       (6 * HAMMY_PRINT_MM)
#define SECTION_GAP      14.0
#define CHART_SHARE      0.58          /* of the width, for the pain chart */
#define PLOT_HEIGHT      78.0
#define LANE_HEIGHT      12.0
#define CHECKIN_COLUMNS  3

/* One page, whatever was logged: lists are cut, least needed first, until the page fits. */
typedef enum
{
  LIST_CHECKINS,
  LIST_FLAGS,
  LIST_ITEMS,
  LIST_SIDES,
  LIST_EXERCISES,
  N_LISTS
} List;

static const struct
{
  List  list;
  guint floor;
} cuts[] = {
  { LIST_CHECKINS, 6 },
  { LIST_EXERCISES, 4 },
  { LIST_FLAGS, 4 },
  { LIST_ITEMS, 4 },
  { LIST_SIDES, 3 },
  { LIST_CHECKINS, 0 },
  { LIST_FLAGS, 1 },
  { LIST_EXERCISES, 0 },
  { LIST_ITEMS, 0 },
  { LIST_SIDES, 0 },
};

typedef struct
{
  HammyVisitSummary *summary;
  HammyPrintPage     page;
  guint              shown[N_LISTS];   /* how many of each list go on the page */
} SummaryJob;

static void
summary_job_free (SummaryJob *job)
{
  g_clear_object (&job->summary);
  g_free (job);
}

/* The job goes with the operation's handlers, which all use it. */
static void
on_draw_page_closure_finalized_cb (gpointer  job,
                                   GClosure *closure)
{
  summary_job_free (job);
}

static guint
list_length (SummaryJob *job,
             List        list)
{
  HammyVisitSummary *summary = job->summary;
  HammyHandout *plan = hammy_visit_summary_get_plan (summary);

  switch (list)
    {
    case LIST_CHECKINS:
      return hammy_visit_summary_get_n_checkins (summary);
    case LIST_FLAGS:
      return hammy_visit_summary_get_n_flags (summary);
    case LIST_ITEMS:
      return plan != NULL ? hammy_handout_get_n_items (plan) : 0;
    case LIST_SIDES:
      return hammy_visit_summary_get_n_side_rows (summary);
    case LIST_EXERCISES:
      return g_strv_length ((char **) hammy_visit_summary_get_exercise_lines (summary));
    case N_LISTS:
    default:
      g_assert_not_reached ();
    }
}

/* ---- pieces ---------------------------------------------------------------------------- */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static double
show_heading (GtkPrintContext *context,
              cairo_t         *cr,
              const char      *title,
              double           x,
              double           y,
              double           width)
{
  double top = y;

  y += hammy_print_text (context, cr, HAMMY_PRINT_NAME, title, x, y, width);
  y += 2;
  if (cr != NULL)
    hammy_print_rule (cr, x, y, width, 0.7, 0.0);
  y += 5;

  return y - top;
}

/* “3 more not shown here.” under a cut list; nothing when the whole list is shown. */
static double
show_more (GtkPrintContext *context,
           cairo_t         *cr,
           guint            n_more,
           double           x,
           double           y,
           double           width)
{
  g_autofree char *text = NULL;

  if (n_more == 0)
    return 0;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more is in Hammy, not shown here.",
                                       "%u more are in Hammy, not shown here.", n_more),
                          n_more);
  return hammy_print_text (context, cr, HAMMY_PRINT_COMPACT_NOTE, text, x, y, width) + 2;
}

static double
show_title (SummaryJob      *job,
            GtkPrintContext *context,
            cairo_t         *cr,
            double           y)
{
  HammyVisitSummary *summary = job->summary;
  const char *check = hammy_visit_summary_get_check_line (summary);
  double x = job->page.left;
  double width = hammy_print_page_get_content_width (&job->page);
  double top = y;

  y += hammy_print_text (context, cr, HAMMY_PRINT_TITLE, hammy_visit_summary_get_title (summary), x, y, width);
  y += 2;
  if (hammy_visit_summary_get_patient_line (summary) != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_LEAD, hammy_visit_summary_get_patient_line (summary), x, y, width);
  if (hammy_visit_summary_get_clinician_line (summary) != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_visit_summary_get_clinician_line (summary), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_LEAD, hammy_visit_summary_get_period_line (summary), x, y, width);
  if (check != NULL)
    {
      y += 2;
      y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, check, x, y, width);
    }

  return y - top;
}

static double
show_sessions (SummaryJob      *job,
               GtkPrintContext *context,
               cairo_t         *cr,
               double           x,
               double           y,
               double           width)
{
  double top = y;

  const char * const *lines = hammy_visit_summary_get_exercise_lines (job->summary);
  guint shown = job->shown[LIST_EXERCISES];

  y += show_heading (context, cr, _("Sessions"), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_visit_summary_get_adherence_text (job->summary),
                         x, y, width);

  /* Each exercise against what was due of it: which ones get done, which get left. */
  if (shown > 0)
    y += 3;
  for (guint i = 0; i < shown; i++)
    y += hammy_print_bullet (context, cr, HAMMY_PRINT_COMPACT, lines[i], x, y, width) + 1;
  y += show_more (context, cr, g_strv_length ((char **) lines) - shown, x, y, width);

  return y - top;
}

static double
show_plan (SummaryJob      *job,
           GtkPrintContext *context,
           cairo_t         *cr,
           double           x,
           double           y,
           double           width)
{
  HammyHandout *plan = hammy_visit_summary_get_plan (job->summary);
  guint shown = job->shown[LIST_ITEMS];
  double top = y;

  y += show_heading (context, cr, _("Plan"), x, y, width);
  if (plan == NULL)
    {
      y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_visit_summary_get_plan_text (job->summary), x, y, width);
      return y - top;
    }

  y += hammy_print_text (context, cr, HAMMY_PRINT_STRONG, hammy_handout_get_phase_title (plan), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, hammy_handout_get_source_line (plan), x, y, width);
  if (hammy_visit_summary_get_running_text (job->summary) != NULL)
    {
      /* TRANSLATORS: the running advice of the plan, as Today gives it */
      g_autofree char *running = g_strdup_printf (_("Running: %s"), hammy_visit_summary_get_running_text (job->summary));

      y += 2;
      y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, running, x, y, width);
    }
  if (hammy_handout_get_note (plan) != NULL)
    {
      g_autofree char *note = g_strdup_printf (_("Note: %s"), hammy_handout_get_note (plan));

      y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT_NOTE, note, x, y, width);
    }

  y += 3;
  for (guint i = 0; i < shown; i++)
    {
      const HammyHandoutItem *item = hammy_handout_get_item (plan, i);
      /* TRANSLATORS: an exercise and its dose, as in “Plank: 3 holds of 20–30 seconds” */
      g_autofree char *line = g_strdup_printf (_("%s: %s"), item->name, item->dosage);

      y += hammy_print_bullet (context, cr, HAMMY_PRINT_COMPACT, line, x, y, width) + 1;
    }
  y += show_more (context, cr, hammy_handout_get_n_items (plan) - shown, x, y, width);

  return y - top;
}

/* Pain during each session on the bands of the pain guide, drawn for paper: light tints that
 * survive a grey printer, the mornings as shapes in a lane beneath. */
static double
show_pain_chart (SummaryJob      *job,
                 GtkPrintContext *context,
                 cairo_t         *cr,
                 double           x,
                 double           y,
                 double           width)
{
  const HammyPainTrend *trend = hammy_visit_summary_get_pain_trend (job->summary);
  guint n_days = g_date_days_between (&trend->first, &trend->last) + 1;
  double label_width = 12;
  double left = x + label_width + 3;
  double plot_width = width - label_width - 3;
  double step = plot_width / n_days;
  double axis_y = y + PLOT_HEIGHT + 2;
  double line = hammy_print_text (context, NULL, HAMMY_PRINT_SMALL, "0", 0, 0, 100);
  double lane_y = axis_y + line + 2;
  double bottom = lane_y + LANE_HEIGHT + 2;
  static const struct
  {
    int    low, high;
    double r, g, b;
  } bands[] = {
    { 0, 3, 0.88, 0.95, 0.88 },
    { 3, 5, 0.99, 0.94, 0.82 },
    { 5, 10, 0.98, 0.87, 0.86 },
  };
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gboolean started = FALSE;

  /* The legend of the morning lane under the chart. */
  bottom += hammy_print_text (context, NULL, HAMMY_PRINT_SMALL, _("Mornings"), 0, 0, width);
  if (cr == NULL)
    return bottom - y;

#define Y_FOR(pain) (y + PLOT_HEIGHT * (1 - (pain) / 10.0))
#define X_FOR(date) (left + (g_date_days_between (&trend->first, (date)) + 0.5) * step)

  cairo_save (cr);
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      cairo_set_source_rgb (cr, bands[i].r, bands[i].g, bands[i].b);
      cairo_rectangle (cr, left, Y_FOR (bands[i].high), plot_width, Y_FOR (bands[i].low) - Y_FOR (bands[i].high));
      cairo_fill (cr);
    }
  for (int pain = 0; pain <= 10; pain += 5)
    {
      char label[4];

      g_snprintf (label, sizeof label, "%d", pain);
      hammy_print_rule (cr, left, Y_FOR (pain), plot_width, 0.3, 0.6);
      set_grey (cr, 0.3);
      hammy_print_text_aligned (context, cr, HAMMY_PRINT_SMALL, label, PANGO_ALIGN_RIGHT, x, Y_FOR (pain) - line / 2,
                                label_width);
    }

  /* The highest pain of each session, joined in order. */
  set_grey (cr, 0.1);
  cairo_set_line_width (cr, 1.2);
  for (guint i = 0; i < trend->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (trend->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        continue;
      if (started)
        cairo_line_to (cr, X_FOR (&point->date), Y_FOR (point->max_pain));
      else
        cairo_move_to (cr, X_FOR (&point->date), Y_FOR (point->max_pain));
      started = TRUE;
    }
  cairo_stroke (cr);
  for (guint i = 0; i < trend->sessions->len; i++)
    {
      const HammyPainPoint *point = &g_array_index (trend->sessions, HammyPainPoint, i);

      if (point->max_pain < 0)
        continue;
      cairo_arc (cr, X_FOR (&point->date), Y_FOR (point->max_pain), 1.8, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  first = hammy_dates_format (&trend->first, HAMMY_DATE_STYLE_SHORT_WEEKDAY);
  last = hammy_dates_format (&trend->last, HAMMY_DATE_STYLE_SHORT_WEEKDAY);
  set_grey (cr, 0.3);
  hammy_print_text (context, cr, HAMMY_PRINT_SMALL, first, left, axis_y, plot_width / 2);
  hammy_print_text_aligned (context, cr, HAMMY_PRINT_SMALL, last, PANGO_ALIGN_RIGHT, left + plot_width / 2, axis_y,
                            plot_width / 2);

  /* Mornings: a hollow circle better, a dot the same, a filled square worse; a warning sign
   * is a square with a ring around it. */
  cairo_set_source_rgb (cr, 0.95, 0.95, 0.95);
  cairo_rectangle (cr, left, lane_y, plot_width, LANE_HEIGHT);
  cairo_fill (cr);
  for (guint i = 0; i < trend->mornings->len; i++)
    {
      const HammyMorningPoint *point = &g_array_index (trend->mornings, HammyMorningPoint, i);
      double cx = X_FOR (&point->date);
      double cy = lane_y + LANE_HEIGHT / 2;

      set_grey (cr, 0.1);
      cairo_set_line_width (cr, 0.8);
      if (point->value == HAMMY_COMPARED_WORSE)
        {
          cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
          cairo_rectangle (cr, cx - 2.5, cy - 2.5, 5, 5);
          cairo_fill (cr);
        }
      else if (point->value == HAMMY_COMPARED_BETTER)
        {
          cairo_set_source_rgb (cr, 0.1, 0.45, 0.15);
          cairo_arc (cr, cx, cy, 2.5, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      else
        {
          cairo_arc (cr, cx, cy, 1.3, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      if (point->red_flag)
        {
          cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
          cairo_arc (cr, cx, cy, 4.8, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
    }
  set_grey (cr, 0.3);
  hammy_print_text (context, cr, HAMMY_PRINT_SMALL,
                    _("Mornings: ○ better, • as usual, ■ worse, ◎ warning sign"),
                    left, lane_y + LANE_HEIGHT + 2, plot_width);
  cairo_restore (cr);

#undef X_FOR
#undef Y_FOR

  return bottom - y;
}

static double
show_pain (SummaryJob      *job,
           GtkPrintContext *context,
           cairo_t         *cr,
           double           x,
           double           y,
           double           width)
{
  HammyVisitSummary *summary = job->summary;
  const char *numbers = hammy_visit_summary_get_pain_text (summary);
  double chart_width = width * CHART_SHARE;
  double text_x = x + chart_width + COLUMN_GAP;
  double text_width = width - chart_width - COLUMN_GAP;
  double top = y, chart, text = 0;

  y += show_heading (context, cr, _("Pain"), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_STRONG, hammy_visit_summary_get_pain_reading (summary), x, y, width);
  y += 6;

  chart = show_pain_chart (job, context, cr, x, y, chart_width);
  if (*numbers != '\0')
    text += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, numbers, text_x, y + text, text_width) + 4;
  text += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, hammy_visit_summary_get_mornings_text (summary),
                            text_x, y + text, text_width);

  return y + MAX (chart, text) - top;
}

static double
show_sides (SummaryJob      *job,
            GtkPrintContext *context,
            cairo_t         *cr,
            double           x,
            double           y,
            double           width)
{
  HammyVisitSummary *summary = job->summary;
  HammySide sore = hammy_visit_summary_get_sore_side (summary);
  gboolean known = sore == HAMMY_SIDE_LEFT || sore == HAMMY_SIDE_RIGHT;
  guint shown = job->shown[LIST_SIDES];
  double value_width = width * 0.22;
  double share_width = width * 0.12;
  double name_width = width - 2 * value_width - share_width;
  double top = y;

  y += show_heading (context, cr, _("Sore Side Against the Other"), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, hammy_visit_summary_get_sides_intro (summary), x, y, width);
  if (hammy_visit_summary_get_n_side_rows (summary) == 0)
    return y - top;

  y += 3;
  {
    double head = 0;

    /* TRANSLATORS: the columns of the side table: the exercise, the sore side's best set, the
     * other side's, and the sore side's as a share of the other's */
    head = MAX (head, hammy_print_text (context, cr, HAMMY_PRINT_LABEL, _("Exercise"), x, y, name_width));
    head = MAX (head, hammy_print_text (context, cr, HAMMY_PRINT_LABEL, known ? _("Sore") : _("Left"),
                                        x + name_width, y, value_width));
    head = MAX (head, hammy_print_text (context, cr, HAMMY_PRINT_LABEL, known ? _("Other") : _("Right"),
                                        x + name_width + value_width, y, value_width));
    head = MAX (head, hammy_print_text_aligned (context, cr, HAMMY_PRINT_LABEL, known ? _("Share") : "",
                                                PANGO_ALIGN_RIGHT, x + width - share_width, y, share_width));
    y += head + 1;
  }

  for (guint i = 0; i < shown; i++)
    {
      const HammyVisitSideRow *row = hammy_visit_summary_get_side_row (summary, i);
      g_autofree char *share = row->percent >= 0 && known ? g_strdup_printf (_("%d%%"), row->percent) : g_strdup ("");
      double height = 0;

      if (cr != NULL)
        hammy_print_rule (cr, x, y, width, 0.3, 0.6);
      y += 1.5;
      height = MAX (height, hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, row->name, x, y, name_width - 4));
      height = MAX (height, hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, row->sore, x + name_width, y,
                                              value_width - 4));
      height = MAX (height, hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, row->other,
                                              x + name_width + value_width, y, value_width - 4));
      height = MAX (height, hammy_print_text_aligned (context, cr, HAMMY_PRINT_COMPACT_STRONG, share, PANGO_ALIGN_RIGHT,
                                                      x + width - share_width, y, share_width));
      y += height + 1.5;
    }
  y += show_more (context, cr, hammy_visit_summary_get_n_side_rows (summary) - shown, x, y, width);

  return y - top;
}

static double
show_flags (SummaryJob      *job,
            GtkPrintContext *context,
            cairo_t         *cr,
            double           x,
            double           y,
            double           width)
{
  HammyVisitSummary *summary = job->summary;
  guint shown = job->shown[LIST_FLAGS];
  double top = y;

  y += show_heading (context, cr, _("Needs a Look"), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, hammy_visit_summary_get_flags_text (summary), x, y, width) + 3;
  for (guint i = 0; i < shown; i++)
    {
      const HammyVisitFlag *flag = hammy_visit_summary_get_flag (summary, i);
      HammyPrintStyle style = HAMMY_PRINT_COMPACT;

      if (flag->kind == HAMMY_VISIT_FLAG_CHECK || flag->kind == HAMMY_VISIT_FLAG_WARNING_SIGN)
        style = HAMMY_PRINT_COMPACT_STRONG;
      else if (flag->kind == HAMMY_VISIT_FLAG_NOTE)
        style = HAMMY_PRINT_COMPACT_NOTE;
      y += hammy_print_bullet (context, cr, style, flag->text, x, y, width) + 2;
    }
  y += show_more (context, cr, hammy_visit_summary_get_n_flags (summary) - shown, x, y, width);

  return y - top;
}

/* The latest check-ins in columns, oldest first; cut ones are the earliest. */
static double
show_checkins (SummaryJob      *job,
               GtkPrintContext *context,
               cairo_t         *cr,
               double           x,
               double           y,
               double           width)
{
  HammyVisitSummary *summary = job->summary;
  guint n = hammy_visit_summary_get_n_checkins (summary);
  guint shown = job->shown[LIST_CHECKINS];
  guint first = n - shown;
  double column_width = (width - (CHECKIN_COLUMNS - 1) * COLUMN_GAP) / CHECKIN_COLUMNS;
  double top = y;

  y += show_heading (context, cr, _("Morning Check-ins"), x, y, width);
  if (n == 0)
    {
      y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT, hammy_visit_summary_get_mornings_text (summary),
                             x, y, width);
      return y - top;
    }

  if (first > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u earlier check-in is counted under Pain but not listed here.",
                                                            "%u earlier check-ins are counted under Pain but not listed here.",
                                                            first),
                                               first);

      y += hammy_print_text (context, cr, HAMMY_PRINT_COMPACT_NOTE, text, x, y, width) + 3;
    }

  for (guint row = first; row < n; row += CHECKIN_COLUMNS)
    {
      double height = 0;

      for (guint column = 0; column < CHECKIN_COLUMNS && row + column < n; column++)
        {
          const HammyVisitCheckin *checkin = hammy_visit_summary_get_checkin (summary, row + column);
          double cx = x + column * (column_width + COLUMN_GAP);
          double h;

          h = hammy_print_text (context, cr, HAMMY_PRINT_COMPACT_STRONG, checkin->day, cx, y, column_width);
          h += hammy_print_text (context, cr, checkin->red_flag ? HAMMY_PRINT_COMPACT_STRONG : HAMMY_PRINT_COMPACT,
                                 checkin->text, cx, y + h, column_width);
          height = MAX (height, h);
        }
      y += height + 4;
    }

  return y - top;
}

/* Lays out the whole page from the top and returns where it ends; draws with a @cr. */
static double
show_page (SummaryJob      *job,
           GtkPrintContext *context,
           cairo_t         *cr)
{
  double x = job->page.left;
  double width = hammy_print_page_get_content_width (&job->page);
  double half = (width - COLUMN_GAP) / 2;
  double y = hammy_print_page_get_first_y (&job->page);
  double left, right;

  y += show_title (job, context, cr, y) + SECTION_GAP;

  left = show_sessions (job, context, cr, x, y, half);
  right = show_plan (job, context, cr, x + half + COLUMN_GAP, y, half);
  y += MAX (left, right) + SECTION_GAP;

  y += show_pain (job, context, cr, x, y, width) + SECTION_GAP;

  left = show_sides (job, context, cr, x, y, half);
  right = show_flags (job, context, cr, x + half + COLUMN_GAP, y, half);
  y += MAX (left, right) + SECTION_GAP;

  y += show_checkins (job, context, cr, x, y, width);

  return y;
}

/* Every list whole if it fits; otherwise cut, one entry at a time, in the order of cuts[]. */
static void
fit_page (SummaryJob      *job,
          GtkPrintContext *context)
{
  double last = hammy_print_page_get_last_y (&job->page);

  for (guint i = 0; i < N_LISTS; i++)
    job->shown[i] = list_length (job, i);

  for (guint c = 0; c < G_N_ELEMENTS (cuts); c++)
    while (job->shown[cuts[c].list] > cuts[c].floor && show_page (job, context, NULL) > last)
      job->shown[cuts[c].list]--;

  if (show_page (job, context, NULL) > last)
    g_debug ("The visit summary runs past the foot of the page");
}

/* ---- the print operation --------------------------------------------------------------- */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   SummaryJob        *job)
{
  hammy_print_page_init (&job->page, context);
  fit_page (job, context);
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 SummaryJob        *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* Black on white, whatever the style of the window. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  /* Whose it is, at the top of the page; the title is under it, big. */
  hammy_print_frame (context, cr, &job->page,
                     hammy_visit_summary_get_patient_line (job->summary) != NULL
                     ? hammy_visit_summary_get_patient_line (job->summary) : hammy_visit_summary_get_title (job->summary),
                     hammy_visit_summary_get_date_line (job->summary), hammy_visit_summary_get_notice (job->summary));
  show_page (job, context, cr);
}

/* The summary on one page: the caller runs it with a dialog, or exports it. */
GtkPrintOperation *
hammy_visit_summary_print_operation_new (HammyVisitSummary *summary)
{
  GtkPrintOperation *operation;
  SummaryJob *job;

  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (summary), NULL);

  job = g_new0 (SummaryJob, 1);
  job->summary = g_object_ref (summary);

  operation = hammy_print_operation_new (hammy_visit_summary_get_title (summary));
  gtk_print_operation_set_n_pages (operation, 1);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job,
                         on_draw_page_closure_finalized_cb, 0);

  return operation;
}

/* The summary as a one-page PDF at @path, with no dialog. */
gboolean
hammy_visit_summary_export_pdf (HammyVisitSummary  *summary,
                                const char         *path,
                                GError            **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY (summary), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = hammy_visit_summary_print_operation_new (summary);
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}
