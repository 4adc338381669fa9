/* hammy-visit-summary-view.c: the visit summary on screen, from a chosen day to today, with
 * Save as PDF and Print; the person's own notes marked private for a shared screen. It is the
 * content of the summary's own window, and of the main window's page for it while presenting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-visit-summary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-file-names.h"
#include "hammy-pain-chart.h"
#include "hammy-print-layout.h"
#include "hammy-toasts.h"
#include "hammy-visit-summary-print.h"
#include "hammy-visit-summary-view.h"

/* Without a summary saved or printed before, the summary starts this many days back. */
#define DEFAULT_DAYS 28

struct _HammyVisitSummaryView
{
  AdwBin              parent_instance;

  HammyContext       *context;
  HammyData          *data;            /* the context's */
  GSettings          *settings;        /* the context's: the last summary's day is kept there */
  GDate               since;           /* the summary never starts after today */
  gboolean            since_chosen;    /* by the person, rather than the default */
  HammyVisitSummary  *summary;
  gboolean            updating_calendar;

  /* template children */
  AdwToastOverlay    *toast_overlay;
  AdwActionRow       *since_row;
  GtkMenuButton      *since_button;
  GtkPopover         *since_popover;
  GtkButton          *last_summary_button;
  GtkCalendar        *calendar;
  GtkLabel           *adherence_label;
  AdwPreferencesGroup *running_group;
  GtkLabel           *running_label;
  GtkListBox         *sessions_list;
  GtkLabel           *pain_reading;
  HammyPainChart     *pain_chart;
  GtkLabel           *pain_text;
  AdwPreferencesGroup *sides_group;
  GtkListBox         *sides_list;
  AdwPreferencesGroup *flags_group;
  GtkListBox         *flags_list;
  AdwPreferencesGroup *checkins_group;
  GtkListBox         *checkins_list;
  AdwPreferencesGroup *plan_group;
  GtkListBox         *plan_list;
};

G_DEFINE_FINAL_TYPE (HammyVisitSummaryView, hammy_visit_summary_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SINCE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- days ------------------------------------------------------------------------------ */

static void
get_today (HammyVisitSummaryView *self,
           GDate                   *today)
{
  hammy_context_get_today (self->context, today);
}

/* The day the last summary was saved or printed, when it is before today. */
static const char *
profile_id (HammyVisitSummaryView *self)
{
  HammyProfile *profile = self->data != NULL ? hammy_data_get_current_profile (self->data) : NULL;

  return profile != NULL ? hammy_profile_get_id (profile) : HAMMY_PROFILE_FIRST_ID;
}

static gboolean
get_last_summary (HammyVisitSummaryView *self,
                  GDate                   *out)
{
  g_autofree char *text = NULL;
  GDate today;

  g_date_clear (out, 1);
  if (self->settings == NULL)
    return FALSE;

  {
    g_autoptr(GVariant) days = g_settings_get_value (self->settings, "last-visit-summaries");

    /* Each patient's profile has its own last visit. */
    if (g_variant_lookup (days, profile_id (self), "s", &text) && *text != '\0')
      g_date_set_parse (out, text);
  }
  get_today (self, &today);

  return g_date_valid (out) && g_date_compare (out, &today) < 0;
}

/* Where the last summary left off, or four weeks back. */
static void
set_default_since (HammyVisitSummaryView *self)
{
  GDate today;

  if (get_last_summary (self, &self->since))
    return;

  get_today (self, &today);
  self->since = today;
  g_date_subtract_days (&self->since, DEFAULT_DAYS - 1);
}

static void
remember_today (HammyVisitSummaryView *self)
{
  char text[16];
  GDate today;

  if (self->settings == NULL)
    return;

  get_today (self, &today);
  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
              g_date_get_day (&today));
  {
    g_autoptr(GVariant) days = g_settings_get_value (self->settings, "last-visit-summaries");
    g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
    GVariantIter iter;
    const char *id, *day;

    g_variant_iter_init (&iter, days);
    while (g_variant_iter_next (&iter, "{&s&s}", &id, &day))
      if (g_strcmp0 (id, profile_id (self)) != 0)
        g_variant_builder_add (&builder, "{ss}", id, day);
    g_variant_builder_add (&builder, "{ss}", profile_id (self), text);
    g_settings_set_value (self->settings, "last-visit-summaries", g_variant_builder_end (&builder));
  }
}

/* ---- filling the window ---------------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row of words a person typed or the log holds: never read as markup. */
static AdwActionRow *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  gtk_list_box_append (list, GTK_WIDGET (row));

  return row;
}

static void
add_value (AdwActionRow *row,
           const char   *value)
{
  GtkWidget *label = gtk_label_new (value);

  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (row, label);
}

static void
add_icon (AdwActionRow *row,
          const char   *icon_name,
          const char   *style_class)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  /* The row's words say it all; the icon only helps the eye. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  if (style_class != NULL)
    gtk_widget_add_css_class (icon, style_class);
  adw_action_row_add_prefix (row, icon);
}

static char *
format_share (guint part,
              guint whole)
{
  /* TRANSLATORS: a count out of a total with the share, as in “9 of 14 (64%)” */
  return g_strdup_printf (_("%u of %u (%u%%)"), part, whole, whole > 0 ? (part * 100 + whole / 2) / whole : 0);
}

static void
fill_sessions (HammyVisitSummaryView *self)
{
  const HammyVisitAdherence *adherence = hammy_visit_summary_get_adherence (self->summary);
  g_autofree char *days = format_share (adherence->n_days_trained, adherence->n_due);
  g_autofree char *sets = format_share (adherence->sets_done, adherence->sets_planned);
  g_autofree char *done = g_strdup_printf ("%u", adherence->n_done);
  g_autofree char *partial = g_strdup_printf ("%u", adherence->n_partial);
  g_autofree char *skipped = g_strdup_printf ("%u", adherence->n_skipped);
  const char * const *lines = hammy_visit_summary_get_exercise_lines (self->summary);

  gtk_label_set_label (self->adherence_label, hammy_visit_summary_get_adherence_text (self->summary));
  clear_list (self->sessions_list);
  gtk_widget_set_visible (GTK_WIDGET (self->sessions_list), adherence->n_due > 0);
  if (adherence->n_due == 0)
    return;

  add_value (add_row (self->sessions_list, _("Days with a session, of days one was due"), NULL), days);
  add_value (add_row (self->sessions_list, _("Sessions done in full"), NULL), done);
  add_value (add_row (self->sessions_list, _("Sessions done in part"), NULL), partial);
  add_value (add_row (self->sessions_list, _("Sessions skipped"), NULL), skipped);
  if (adherence->sets_planned > 0)
    add_value (add_row (self->sessions_list, _("Sets done, of sets planned"), NULL), sets);
  /* Each exercise against what was due of it, in full at any width. */
  for (guint i = 0; lines[i] != NULL; i++)
    adw_action_row_set_title_lines (add_row (self->sessions_list, lines[i], NULL), 0);
}

static void
fill_pain (HammyVisitSummaryView *self)
{
  const char *reading = hammy_visit_summary_get_pain_reading (self->summary);
  const char *numbers = hammy_visit_summary_get_pain_text (self->summary);
  g_autofree char *description = g_strconcat (reading, " ", numbers, NULL);

  gtk_label_set_label (self->pain_reading, reading);
  hammy_pain_chart_set_trend (self->pain_chart, hammy_visit_summary_get_pain_trend (self->summary));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pain during sessions and the next morning"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_label_set_label (self->pain_text, numbers);
  gtk_widget_set_visible (GTK_WIDGET (self->pain_text), *numbers != '\0');
}

static void
fill_sides (HammyVisitSummaryView *self)
{
  HammySide sore = hammy_visit_summary_get_sore_side (self->summary);
  gboolean known = sore == HAMMY_SIDE_LEFT || sore == HAMMY_SIDE_RIGHT;
  guint n = hammy_visit_summary_get_n_side_rows (self->summary);

  adw_preferences_group_set_description (self->sides_group, hammy_visit_summary_get_sides_intro (self->summary));
  clear_list (self->sides_list);
  gtk_widget_set_visible (GTK_WIDGET (self->sides_list), n > 0);

  for (guint i = 0; i < n; i++)
    {
      const HammyVisitSideRow *side = hammy_visit_summary_get_side_row (self->summary, i);
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;

      if (known)
        /* TRANSLATORS: the best sets of an exercise, as in “Sore side 30 s, other side 45 s” */
        subtitle = g_strdup_printf (_("Sore side %s, other side %s"), side->sore, side->other);
      else
        subtitle = g_strdup_printf (_("Left %s, right %s"), side->sore, side->other);
      row = add_row (self->sides_list, side->name, subtitle);
      if (known && side->percent >= 0)
        {
          /* TRANSLATORS: the sore side's best set as a share of the other's, as in “67%” */
          g_autofree char *share = g_strdup_printf (_("%d%%"), side->percent);

          add_value (row, share);
        }
    }
}

static void
fill_flags (HammyVisitSummaryView *self)
{
  guint n = hammy_visit_summary_get_n_flags (self->summary);

  adw_preferences_group_set_description (self->flags_group, hammy_visit_summary_get_flags_text (self->summary));
  clear_list (self->flags_list);
  gtk_widget_set_visible (GTK_WIDGET (self->flags_list), n > 0);

  for (guint i = 0; i < n; i++)
    {
      const HammyVisitFlag *flag = hammy_visit_summary_get_flag (self->summary, i);
      AdwActionRow *row = add_row (self->flags_list, flag->text, NULL);

      switch (flag->kind)
        {
        case HAMMY_VISIT_FLAG_CHECK:
        case HAMMY_VISIT_FLAG_WARNING_SIGN:
          add_icon (row, "dialog-warning-symbolic", "error");
          break;
        case HAMMY_VISIT_FLAG_STOPPED:
          add_icon (row, "media-playback-stop-symbolic", "warning");
          break;
        case HAMMY_VISIT_FLAG_NOTE:
        default:
          /* The person's own words: hidden while the screen is shared. */
          add_icon (row, "document-edit-symbolic", NULL);
          gtk_widget_add_css_class (GTK_WIDGET (row), "private");
          break;
        }
    }
}

static void
fill_checkins (HammyVisitSummaryView *self)
{
  guint n = hammy_visit_summary_get_n_checkins (self->summary);

  adw_preferences_group_set_description (self->checkins_group, hammy_visit_summary_get_mornings_text (self->summary));
  clear_list (self->checkins_list);
  gtk_widget_set_visible (GTK_WIDGET (self->checkins_list), n > 0);

  for (guint i = 0; i < n; i++)
    {
      const HammyVisitCheckin *checkin = hammy_visit_summary_get_checkin (self->summary, i);
      AdwActionRow *row = add_row (self->checkins_list, checkin->day, checkin->text);

      if (checkin->red_flag)
        add_icon (row, "dialog-warning-symbolic", "error");
    }
}

static void
fill_plan (HammyVisitSummaryView *self)
{
  HammyHandout *plan = hammy_visit_summary_get_plan (self->summary);
  const char *check = hammy_visit_summary_get_check_line (self->summary);
  const char *private_note = hammy_visit_summary_get_private_note (self->summary);
  const char *running = hammy_visit_summary_get_running_text (self->summary);
  g_autofree char *description = NULL;

  description = check != NULL ? g_strconcat (hammy_visit_summary_get_plan_text (self->summary), "\n", check, NULL)
                              : g_strdup (hammy_visit_summary_get_plan_text (self->summary));
  adw_preferences_group_set_description (self->plan_group, description);
  gtk_label_set_label (self->running_label, running != NULL ? running : "");
  gtk_widget_set_visible (GTK_WIDGET (self->running_group), running != NULL);
  clear_list (self->plan_list);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_list), plan != NULL);
  if (plan == NULL)
    return;

  for (guint i = 0; i < hammy_handout_get_n_items (plan); i++)
    {
      const HammyHandoutItem *item = hammy_handout_get_item (plan, i);

      add_row (self->plan_list, item->name, item->dosage);
    }
  /* A plan's own note may be for the clinician only: private on a shared screen, as on Today. */
  if (hammy_handout_get_note (plan) != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (add_row (self->plan_list, _("Note with the plan"), hammy_handout_get_note (plan))),
                              "private");
  if (private_note != NULL)
    {
      AdwActionRow *row = add_row (self->plan_list, _("Private note, only on this computer"), private_note);

      gtk_widget_add_css_class (GTK_WIDGET (row), "private");
    }
}

static void
update_since_controls (HammyVisitSummaryView *self)
{
  const GDate *since = hammy_visit_summary_get_since (self->summary);
  g_autoptr(GDateTime) selected = g_date_time_new_local (g_date_get_year (since), g_date_get_month (since),
                                                         g_date_get_day (since), 12, 0, 0);
  g_autofree char *day = hammy_dates_format (since, HAMMY_DATE_STYLE_DAY);
  const char *period = hammy_visit_summary_get_period_line (self->summary);
  GDate last;
  gboolean has_last;

  gtk_menu_button_set_label (self->since_button, day);
  adw_action_row_set_subtitle (self->since_row, period);

  self->updating_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, selected);
  self->updating_calendar = FALSE;

  has_last = get_last_summary (self, &last);
  if (has_last)
    {
      g_autofree char *short_day = hammy_dates_format (&last, HAMMY_DATE_STYLE_DAY_IN_YEAR);
      g_autofree char *label = g_strdup_printf (_("Since the _Last Summary, %s"), short_day);

      gtk_button_set_label (self->last_summary_button, label);
      gtk_button_set_use_underline (self->last_summary_button, TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->last_summary_button), has_last);
}

static void
refresh (HammyVisitSummaryView *self)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today, since;

  if (!hammy_data_is_loaded (self->data))
    return;

  get_today (self, &today);
  since = self->since;
  if (g_date_compare (&since, &today) > 0)
    since = today;

  g_clear_object (&self->summary);
  now = hammy_context_dup_now (self->context);
  self->summary = hammy_visit_summary_new_for_data (self->data, &since, now);
  {
    g_autofree char *clinician = g_settings_get_string (self->settings, "clinician-line");

    hammy_visit_summary_set_clinician (self->summary, clinician);
  }

  update_since_controls (self);
  fill_sessions (self);
  fill_pain (self);
  fill_sides (self);
  fill_flags (self);
  fill_checkins (self);
  fill_plan (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/* ---- saving and printing --------------------------------------------------------------- */

static char *
dup_file_name (HammyVisitSummaryView *self)
{
  HammyProfile *profile = hammy_data_get_current_profile (self->data);
  g_autofree char *document = NULL;
  GDate today;
  char day[16];

  get_today (self, &today);
  g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (&today), g_date_get_month (&today),
              g_date_get_day (&today));
  /* TRANSLATORS: the file name suggested for the summary, without the extension; keep the date */
  document = g_strdup_printf (_("Visit summary %s"), day);
  /* Whose it is first: each patient's summaries have names of their own. */
  return hammy_file_name_for_patient (profile != NULL ? hammy_profile_get_name (profile) : NULL, document);
}

static void
show_toast (HammyVisitSummaryView *self,
            const char              *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
on_save_response_cb (GtkNativeDialog         *chooser,
                     int                      response,
                     HammyVisitSummaryView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      hammy_visit_summary_view_save_pdf (self, file);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
hammy_visit_summary_view_save_pdf_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = dup_file_name (self);
  g_autofree char *name = g_strconcat (base, ".pdf", NULL);
  GtkFileChooserNative *chooser;

  if (hammy_toast_postpone (self->toast_overlay, self->context, action_name, _("_Save as PDF…")))
    return;

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");

  chooser = gtk_file_chooser_native_new (_("Save the Visit Summary"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The window the handout prints from too: the printer chosen for one is there for the other. */
static GtkWindow *
get_settings_window (HammyVisitSummaryView *self)
{
  GtkWindow *root = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWindow *parent = gtk_window_get_transient_for (root);

  return parent != NULL ? parent : root;
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  HammyVisitSummaryView *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("The visit summary could not be printed (%s). Check the printer, or use "
                                   "Save as PDF instead."),
                                 error != NULL ? error->message : _("no reason given"));
      show_toast (self, message);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      hammy_print_remember_settings (operation, get_settings_window (self));
      remember_today (self);
    }

  g_object_unref (operation);
}

static void
hammy_visit_summary_view_print_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (widget);
  g_autofree char *name = dup_file_name (self);
  GtkPrintOperation *operation;

  if (self->summary == NULL ||
      hammy_toast_postpone (self->toast_overlay, self->context, action_name, _("_Print…")))
    return;

  operation = hammy_visit_summary_print_operation_new (self->summary);
  hammy_print_use_settings (operation, get_settings_window (self), name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The window is kept until "done", which always follows and releases the operation. */
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done_cb), g_object_ref (self),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL);
}

/* ---- choosing the first day ------------------------------------------------------------ */

static void
hammy_visit_summary_view_since_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (widget);
  const char *choice = g_variant_get_string (parameter, NULL);
  GDate today, since;

  get_today (self, &today);
  since = today;
  if (g_str_equal (choice, "2w"))
    g_date_subtract_days (&since, 13);
  else if (g_str_equal (choice, "4w"))
    g_date_subtract_days (&since, DEFAULT_DAYS - 1);
  else if (g_str_equal (choice, "all"))
    {
      if (!hammy_history_get_first_date (hammy_data_get_log (self->data), &since))
        since = today;
    }
  else if (g_str_equal (choice, "last"))
    {
      if (!get_last_summary (self, &since))
        return;
    }
  else
    {
      g_warning ("No choice of first day called “%s”", choice);
      return;
    }

  gtk_popover_popdown (self->since_popover);
  hammy_visit_summary_view_set_since (self, &since);
}

static void
on_calendar_day_selected_cb (HammyVisitSummaryView *self)
{
  g_autoptr(GDateTime) selected = NULL;
  GDate since;

  if (self->updating_calendar)
    return;

  selected = gtk_calendar_get_date (self->calendar);
  g_date_clear (&since, 1);
  g_date_set_dmy (&since, g_date_time_get_day_of_month (selected), g_date_time_get_month (selected),
                  g_date_time_get_year (selected));
  hammy_visit_summary_view_set_since (self, &since);
}

/* ---- GObject --------------------------------------------------------------------------- */

static void
hammy_visit_summary_view_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_SINCE:
      g_value_set_boxed (value, &self->since);
      break;

    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_visit_summary_view_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_SINCE:
      hammy_visit_summary_view_set_since (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_visit_summary_view_dispose (GObject *object)
{
  HammyVisitSummaryView *self = HAMMY_VISIT_SUMMARY_VIEW (object);

  /* The bin lets go of what the template made: gtk_widget_dispose_template() would unparent
   * it too, and the bin then again. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->summary);
  g_clear_object (&self->data);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hammy_visit_summary_view_parent_class)->dispose (object);
}

static void
hammy_visit_summary_view_class_init (HammyVisitSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_visit_summary_view_dispose;
  object_class->get_property = hammy_visit_summary_view_get_property;
  object_class->set_property = hammy_visit_summary_view_set_property;

  properties[PROP_SINCE] =
    g_param_spec_boxed ("since", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL, HAMMY_TYPE_VISIT_SUMMARY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAMMY_TYPE_PAIN_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/clinician/hammy-visit-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, since_row);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, since_button);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, since_popover);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, last_summary_button);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, calendar);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, adherence_label);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, running_group);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, running_label);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, sessions_list);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, pain_reading);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, pain_text);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, sides_group);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, sides_list);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, flags_group);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, flags_list);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, checkins_group);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, checkins_list);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, plan_group);
  gtk_widget_class_bind_template_child (widget_class, HammyVisitSummaryView, plan_list);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "visit.since", "s", hammy_visit_summary_view_since_action);
  gtk_widget_class_install_action (widget_class, "visit.save-pdf", NULL, hammy_visit_summary_view_save_pdf_action);
  gtk_widget_class_install_action (widget_class, "visit.print", NULL, hammy_visit_summary_view_print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "visit.save-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "visit.print", NULL);
}

static void
hammy_visit_summary_view_init (HammyVisitSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->since, 1);
}

/* ---- public API ------------------------------------------------------------------------ */

/* A new day moves the summary's end, and its start unless the person chose one. */
static void
on_day_changed_cb (HammyVisitSummaryView *self)
{
  if (!self->since_chosen)
    {
      set_default_since (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE]);
    }
  refresh (self);
}

/* The summary of the context's person. It starts at the day the last summary was saved or
 * printed, kept in the settings, or four weeks back. */
HammyVisitSummaryView *
hammy_visit_summary_view_new (HammyContext *context)
{
  HammyVisitSummaryView *self;

  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  self = g_object_new (HAMMY_TYPE_VISIT_SUMMARY_VIEW, NULL);
  self->context = g_object_ref (context);
  self->data = g_object_ref (hammy_context_get_data (context));
  self->settings = g_object_ref (hammy_context_get_settings (context));
  g_signal_connect_object (self->data, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "day-changed", G_CALLBACK (on_day_changed_cb), self, G_CONNECT_SWAPPED);

  set_default_since (self);
  refresh (self);

  return self;
}

HammyVisitSummary *
hammy_visit_summary_view_get_summary (HammyVisitSummaryView *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY_VIEW (self), NULL);

  return self->summary;
}

const GDate *
hammy_visit_summary_view_get_since (HammyVisitSummaryView *self)
{
  g_return_val_if_fail (HAMMY_IS_VISIT_SUMMARY_VIEW (self), NULL);

  return &self->since;
}

/* A day after today shows today only. */
void
hammy_visit_summary_view_set_since (HammyVisitSummaryView *self,
                                      const GDate             *since)
{
  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY_VIEW (self));
  g_return_if_fail (since != NULL && g_date_valid (since));

  if (g_date_valid (&self->since) && g_date_compare (&self->since, since) == 0)
    return;

  self->since = *since;
  self->since_chosen = TRUE;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE]);
}

/* Writes the summary as a PDF to @file and says how that went; the day is kept as the last
 * summary's. What Save as PDF does once a file is chosen. */
void
hammy_visit_summary_view_save_pdf (HammyVisitSummaryView *self,
                                     GFile                   *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  gboolean named, saved;

  g_return_if_fail (HAMMY_IS_VISIT_SUMMARY_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->summary == NULL)
    return;

  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  if (path == NULL)
    {
      show_toast (self, _("The visit summary can only be saved in a folder on this computer. Choose another folder."));
      return;
    }

  /* Presenting may have begun while the chooser was open: no name, no folder then. */
  named = hammy_context_may_show (self->context, HAMMY_PRIVATE_FILES);
  saved = hammy_visit_summary_export_pdf (self->summary, path, &error);
  if (!saved && !named)
    {
      show_toast (self, _("The visit summary could not be saved. Stop presenting and try again to see why."));
      return;
    }
  if (!saved)
    {
      message = g_strdup_printf (_("The visit summary could not be saved as “%s” (%s). Choose another folder and try again."),
                                 name, error != NULL ? error->message : _("no reason given"));
      show_toast (self, message);
      return;
    }

  message = named ? g_strdup_printf (_("The visit summary is saved as “%s”."), name)
                  : g_strdup (_("The visit summary is saved."));
  show_toast (self, message);
  remember_today (self);
}
