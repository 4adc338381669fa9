/* hammy-history-page.c: the History page: a calendar of sessions against what was due (rest days
 * as rest days), each exercise done as due, pain over time, sets each week and the sore side
 * against the other, each chart also said in words; a stop, until a new check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-history-page.h"
#include "hammy-month-grid.h"
#include "hammy-pain-chart.h"
#include "hammy-presentation.h"
#include "hammy-side-chart.h"
#include "hammy-toasts.h"
#include "hammy-today.h"
#include "hammy-volume-chart.h"

struct _HammyHistoryPage
{
  AdwBin            parent_instance;

  HammyContext     *context;  /* the page bin's */
  HammyData        *data;           /* the context's */
  GDate             shown;          /* the first of the month on the calendar; invalid until shown */
  gboolean          updating_side;

  /* template children */
  GtkLabel         *stop_label;
  GtkLabel         *month_label;
  HammyMonthGrid   *month_grid;
  GtkLabel         *day_label;
  GtkLabel         *month_summary;
  AdwComboRow      *period_row;
  AdwActionRow     *side_row;
  GtkWidget        *side_buttons;
  GtkToggleButton  *left_button;
  GtkToggleButton  *right_button;
  HammyPainChart   *pain_chart;
  GtkLabel         *pain_summary;
  HammyVolumeChart *volume_chart;
  GtkLabel         *volume_summary;
  AdwPreferencesGroup *exercises_group;
  GtkListBox       *exercises_list;
  GtkWidget        *side_card;
  HammySideChart   *side_chart;
  GtkLabel         *sides_summary;
  GtkWidget        *details_bar;
  GtkLabel         *details_label;
  GtkToggleButton  *details_button;
};

G_DEFINE_FINAL_TYPE (HammyHistoryPage, hammy_history_page, HAMMY_TYPE_PAGE_BIN)

/* The choices of the Period row, in days and in weeks. */
static const struct
{
  guint n_days;
  guint n_weeks;
} periods[] = {
  { 28, 4 },
  { 91, 13 },
  { 364, 52 },
};

/* The AdwBin's own child is never a template child: GTK 4.8 would unparent it twice. */
static GtkStack *
get_stack (HammyHistoryPage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static void
get_today (HammyHistoryPage *self,
           GDate            *today)
{
  hammy_context_get_today (self->context, today);
}

static guint
month_index (const GDate *date)
{
  return g_date_get_year (date) * 12 + g_date_get_month (date) - 1;
}

/* The calendar goes back to the first month anything was logged, and no further than now. */
static void
get_month_limits (HammyHistoryPage *self,
                  guint            *earliest,
                  guint            *latest)
{
  GDate today, first;

  get_today (self, &today);
  *latest = month_index (&today);
  *earliest = hammy_history_get_first_date (hammy_data_get_log (self->data), &first)
              ? MIN (month_index (&first), *latest) : *latest;
}

static void
update_month_actions (HammyHistoryPage *self)
{
  guint earliest, latest, shown;

  if (self->data == NULL || !g_date_valid (&self->shown))
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.previous-month", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.next-month", FALSE);
      return;
    }

  get_month_limits (self, &earliest, &latest);
  shown = month_index (&self->shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.previous-month", shown > earliest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.next-month", shown < latest);
}

static void
update_day (HammyHistoryPage *self)
{
  const HammyHistoryMonth *month = hammy_month_grid_get_month (self->month_grid);
  g_autofree char *text = NULL;
  GDate today;

  if (month == NULL)
    return;

  get_today (self, &today);
  text = hammy_history_describe_day (&month->days[hammy_month_grid_get_selected_day (self->month_grid) - 1], &today);
  gtk_label_set_label (self->day_label, text);
}

static void
update_calendar (HammyHistoryPage *self)
{
  HammyHistoryMonth month;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  GDate today;

  get_today (self, &today);
  hammy_history_get_month (hammy_data_get_log (self->data), g_date_get_year (&self->shown),
                           g_date_get_month (&self->shown), &month);
  hammy_month_grid_set_month (self->month_grid, &month, &today);

  title = hammy_dates_format (&self->shown, HAMMY_DATE_STYLE_MONTH);
  gtk_label_set_label (self->month_label, title);

  summary = hammy_history_describe_month (&month, &today);
  gtk_label_set_label (self->month_summary, summary);

  update_day (self);
  update_month_actions (self);
}

/* Shows the month of @date with its day selected, when the calendar may go there. */
static gboolean
show_date (HammyHistoryPage *self,
           const GDate      *date)
{
  guint earliest, latest, wanted = month_index (date);

  get_month_limits (self, &earliest, &latest);
  if (wanted < earliest || wanted > latest)
    return FALSE;

  g_date_clear (&self->shown, 1);
  g_date_set_dmy (&self->shown, 1, g_date_get_month (date), g_date_get_year (date));
  update_calendar (self);
  hammy_month_grid_set_selected_day (self->month_grid, g_date_get_day (date));

  return TRUE;
}

static HammySide
update_side (HammyHistoryPage *self)
{
  HammySoreSideSource source;
  HammySide sore = hammy_data_get_sore_side (self->data, &source);
  g_autofree char *subtitle = NULL;

  switch (source)
    {
    case HAMMY_SORE_SIDE_FROM_CHECK:
      {
        g_autoptr(HammyAssessment) latest = g_list_model_get_item (hammy_data_get_assessments (self->data), 0);
        g_autofree char *day = hammy_dates_format_date_time (hammy_assessment_get_created (latest),
                                                             HAMMY_DATE_STYLE_DAY);

        subtitle = g_strdup_printf (_("From your check on %s"), day);
      }
      break;
    case HAMMY_SORE_SIDE_CHOSEN:
      subtitle = g_strdup (_("As you chose"));
      break;
    case HAMMY_SORE_SIDE_UNKNOWN:
    default:
      subtitle = g_strdup (_("Choose the leg that hurts to compare it with the other"));
      break;
    }
  adw_action_row_set_subtitle (self->side_row, subtitle);

  self->updating_side = TRUE;
  gtk_toggle_button_set_active (self->left_button, sore == HAMMY_SIDE_LEFT);
  gtk_toggle_button_set_active (self->right_button, sore == HAMMY_SIDE_RIGHT);
  self->updating_side = FALSE;
  gtk_widget_set_sensitive (self->side_buttons, !hammy_data_is_read_only (self->data));

  return sore;
}

static void
describe_chart (GtkWidget  *chart,
                GtkLabel   *label,
                const char *title,
                const char *summary)
{
  gtk_label_set_label (label, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

/* Each exercise against what was due of it in the period: which are done and which are left. */
static void
update_exercises (HammyHistoryPage *self,
                  const GDate      *today,
                  guint             n_days)
{
  g_autoptr(GArray) each = NULL;
  GtkWidget *child;
  GDate first = *today;

  g_date_subtract_days (&first, n_days - 1);
  each = hammy_history_get_exercise_adherence (hammy_data_get_log (self->data), &first, today);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->exercises_list))) != NULL)
    gtk_list_box_remove (self->exercises_list, child);
  for (guint i = 0; i < each->len; i++)
    {
      g_autofree char *line = hammy_history_describe_exercise_adherence (&g_array_index (each, HammyExerciseAdherence, i),
                                                                         hammy_data_get_library (self->data));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->exercises_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->exercises_group), each->len > 0);
}

/* A warning sign or a new injury stopped the plan: which, when and what to do, as Today says it. */
static void
update_stop (HammyHistoryPage *self)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(HammyToday) today = hammy_today_new (self->data, now);
  g_autofree char *when = hammy_today_dup_stop_day_text (today);
  g_autofree char *text = NULL;
  gboolean stopped = hammy_today_get_state (today) == HAMMY_TODAY_STOPPED;

  gtk_widget_set_visible (GTK_WIDGET (self->stop_label), stopped);
  if (!stopped)
    return;

  /* When, then which sign and what to do, as Today says them. */
  text = when != NULL ? g_strconcat (when, " ", hammy_today_get_stop_text (today), NULL)
                      : g_strdup (hammy_today_get_stop_text (today));
  gtk_label_set_label (self->stop_label, text);
}

static void
update_charts (HammyHistoryPage *self)
{
  HammyLog *log = hammy_data_get_log (self->data);
  guint period = MIN (adw_combo_row_get_selected (self->period_row), G_N_ELEMENTS (periods) - 1);
  g_autoptr(HammyPainTrend) trend = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) sides = NULL;
  g_autofree char *pain_text = NULL;
  g_autofree char *volume_text = NULL;
  g_autofree char *sides_text = NULL;
  HammySide sore;
  GDate today;

  get_today (self, &today);
  sore = update_side (self);

  trend = hammy_pain_trend_new (log, &today, periods[period].n_days);
  hammy_pain_chart_set_trend (self->pain_chart, trend);
  pain_text = hammy_pain_trend_describe (trend);
  describe_chart (GTK_WIDGET (self->pain_chart), self->pain_summary, _("Pain during sessions and the next morning"), pain_text);

  weeks = hammy_history_get_weekly_volume (log, &today, periods[period].n_weeks);
  hammy_volume_chart_set_weeks (self->volume_chart, weeks);
  volume_text = hammy_history_describe_volume (weeks);
  describe_chart (GTK_WIDGET (self->volume_chart), self->volume_summary, _("Sets each week"), volume_text);

  update_exercises (self, &today, periods[period].n_days);

  sides = hammy_history_compare_sides (log, &today, periods[period].n_days);
  hammy_side_chart_set_comparisons (self->side_chart, sides, sore, hammy_data_get_library (self->data));
  sides_text = hammy_history_describe_sides (sides, sore, hammy_data_get_library (self->data), periods[period].n_days);
  describe_chart (GTK_WIDGET (self->side_chart), self->sides_summary, _("Sore side and other side"), sides_text);
  /* With nothing to compare, the words say so; an empty card would only look broken. */
  gtk_widget_set_visible (self->side_card, sides->len > 0);
}

static void
refresh (HammyHistoryPage *self)
{
  HammyLog *log;
  gboolean first_time;
  GDate today;

  if (self->data == NULL || !hammy_data_is_loaded (self->data))
    {
      gtk_stack_set_visible_child_name (get_stack (self), "loading");
      update_month_actions (self);
      return;
    }

  log = hammy_data_get_log (self->data);
  if (hammy_log_get_n_sessions (log) == 0 && hammy_log_get_n_checkins (log) == 0)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "empty");
      g_date_clear (&self->shown, 1);
      update_month_actions (self);
      return;
    }

  /* First shown at today; afterwards the month the person went to stays. */
  get_today (self, &today);
  first_time = !g_date_valid (&self->shown);
  if (first_time)
    {
      g_date_clear (&self->shown, 1);
      g_date_set_dmy (&self->shown, 1, g_date_get_month (&today), g_date_get_year (&today));
    }
  update_stop (self);
  update_calendar (self);
  if (first_time)
    hammy_month_grid_set_selected_day (self->month_grid, g_date_get_day (&today));
  update_charts (self);

  gtk_stack_set_visible_child_name (get_stack (self), "history");
}

static void
on_month_grid_selected_day_changed_cb (HammyHistoryPage *self)
{
  update_day (self);
}

static void
on_month_grid_show_day_cb (HammyHistoryPage *self,
                           guint             julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (!show_date (self, &date))
    gtk_widget_error_bell (GTK_WIDGET (self->month_grid));
}

static void
on_period_row_selected_changed_cb (HammyHistoryPage *self)
{
  if (self->data != NULL && g_date_valid (&self->shown))
    update_charts (self);
}

static void
on_side_button_toggled_cb (HammyHistoryPage *self,
                           GtkToggleButton  *button)
{
  HammySide chosen;

  if (self->updating_side || self->data == NULL || !gtk_toggle_button_get_active (button))
    return;

  chosen = button == self->left_button ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT;
  if (hammy_data_get_sore_side (self->data, NULL) == chosen)
    return;

  /* Saved in the profile; the data's "changed" redraws the page. */
  hammy_data_set_sore_side (self->data, chosen);
}

/* The month before or after the one shown, on the same day where it has one. */
static void
show_month_beside (HammyHistoryPage *self,
                   int               months)
{
  GDate target = self->shown;

  if (!g_date_valid (&target))
    return;

  if (months < 0)
    g_date_subtract_months (&target, -months);
  else
    g_date_add_months (&target, months);
  g_date_set_day (&target, MIN (hammy_month_grid_get_selected_day (self->month_grid),
                                g_date_get_days_in_month (g_date_get_month (&target), g_date_get_year (&target))));

  show_date (self, &target);
}

static void
hammy_history_page_previous_month_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  show_month_beside (HAMMY_HISTORY_PAGE (widget), -1);
}

static void
hammy_history_page_next_month_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  show_month_beside (HAMMY_HISTORY_PAGE (widget), 1);
}

/* The log has no signal of its own: a session logged on Today shows when this page does. */
static void
hammy_history_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hammy_history_page_parent_class)->map (widget);

  refresh (HAMMY_HISTORY_PAGE (widget));
}

/* The bar says what presenting hides here and lets the patient see it, for this presentation. */
static void
update_details_bar (HammyHistoryPage *self)
{
  gboolean shown = hammy_context_get_details_shown (self->context);

  gtk_widget_set_visible (self->details_bar, hammy_context_get_presenting (self->context));
  gtk_label_set_label (self->details_label,
                       shown ? _("You are presenting, and the details of each day are shown.")
                             : _("You are presenting, so the details of each day and the sore side against the other are hidden."));
  gtk_button_set_label (GTK_BUTTON (self->details_button),
                        shown ? _("_Hide History Details") : _("_Show History Details"));
}

/* Another person's calendar starts again at today. */
static void
on_current_profile_changed_cb (HammyHistoryPage *self)
{
  g_date_clear (&self->shown, 1);
}

/* A new day: the calendar starts again from it. */
static void
on_day_changed_cb (HammyHistoryPage *self)
{
  g_date_clear (&self->shown, 1);
  refresh (self);
}

/* Set once, by the window. */
static void
hammy_history_page_context_set (HammyPageBin *page,
                                HammyContext *context)
{
  HammyHistoryPage *self = HAMMY_HISTORY_PAGE (page);

  self->context = context;
  self->data = g_object_ref (hammy_context_get_data (context));
  g_signal_connect_object (self->data, "notify::current-profile", G_CALLBACK (on_current_profile_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->data, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "day-changed", G_CALLBACK (on_day_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_bind_property (context, "details-shown", self->details_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (context, "notify::presenting", G_CALLBACK (update_details_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::details-shown", G_CALLBACK (update_details_bar), self, G_CONNECT_SWAPPED);
  update_details_bar (self);
  refresh (self);
}

static void
hammy_history_page_dispose (GObject *object)
{
  HammyHistoryPage *self = HAMMY_HISTORY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_HISTORY_PAGE);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_history_page_parent_class)->dispose (object);
}

static void
hammy_history_page_class_init (HammyHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_history_page_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_history_page_context_set;


  widget_class->map = hammy_history_page_map;

  g_type_ensure (HAMMY_TYPE_MONTH_GRID);
  g_type_ensure (HAMMY_TYPE_PAIN_CHART);
  g_type_ensure (HAMMY_TYPE_VOLUME_CHART);
  g_type_ensure (HAMMY_TYPE_SIDE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/history/hammy-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, stop_label);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, month_label);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, month_grid);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, day_label);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, month_summary);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, side_row);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, side_buttons);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, left_button);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, right_button);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, pain_summary);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, volume_chart);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, volume_summary);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, exercises_list);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, side_card);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, side_chart);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, sides_summary);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, details_bar);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, HammyHistoryPage, details_button);
  gtk_widget_class_bind_template_callback (widget_class, on_month_grid_selected_day_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_month_grid_show_day_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_row_selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_side_button_toggled_cb);

  gtk_widget_class_install_action (widget_class, "history.previous-month", NULL, hammy_history_page_previous_month_action);
  gtk_widget_class_install_action (widget_class, "history.next-month", NULL, hammy_history_page_next_month_action);
}

static void
hammy_history_page_init (HammyHistoryPage *self)
{
  g_date_clear (&self->shown, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  update_month_actions (self);
}

/* "loading", "empty" or "history". */
const char *
hammy_history_page_get_state (HammyHistoryPage *self)
{
  g_return_val_if_fail (HAMMY_IS_HISTORY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (get_stack (self));
}
