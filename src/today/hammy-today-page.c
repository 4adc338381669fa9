/* hammy-today-page.c: the Today page. It shows one HammyToday, worked out again whenever the
 * data changes, the day turns or presenting starts or stops: what is due today or that it is a
 * rest day, the week ahead, the sessions that can start, the step-ups and the phase check, a stop
 * and what to do, the check-in, the running advice and the reasons. Every rule is core's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-checkin-dialog.h"
#include "hammy-dates.h"
#include "hammy-phase-check-dialog.h"
#include "hammy-plan-editor.h"
#include "hammy-presentation.h"
#include "hammy-progression.h"
#include "hammy-session-view.h"
#include "hammy-today-page.h"
#include "hammy-today.h"
#include "hammy-toasts.h"
#include "hammy-triage-text.h"
#include "hammy-week-strip.h"

struct _HammyTodayPage
{
  HammyPageBin         parent_instance;

  HammyContext        *context;    /* the page bin's */
  HammyData           *data;       /* the context's */
  HammyToday          *today;      /* worked out at the last refresh, or NULL */
  HammySession        *session;    /* the guided session on screen, or NULL */

  /* template children */
  AdwStatusPage       *refer_page;
  GtkButton           *refer_button;
  GtkLabel            *stop_sign_label;
  GtkLabel            *stop_text_label;
  GtkLabel            *stop_running_label;
  GtkLabel            *phase_label;
  GtkLabel            *source_label;
  GtkLabel            *note_label;
  GtkLabel            *private_note_label;
  GtkLabel            *migration_label;
  GtkLabel            *not_improving_label;
  AdwPreferencesGroup *checkin_group;
  GtkLabel            *checkin_label;
  AdwPreferencesGroup *phase_check_group;
  GtkLabel            *phase_check_label;
  AdwPreferencesGroup *proposals_group;
  GtkBox              *proposals_box;
  AdwPreferencesGroup *keep_group;
  GtkBox              *keep_box;
  AdwPreferencesGroup *due_group;
  GtkLabel            *rest_label;
  GtkListBox          *due_list;
  GtkButton           *start_button;
  GtkButton           *again_button;
  GtkButton           *start_over_button;
  GtkButton           *pre_run_button;
  AdwPreferencesGroup *next_group;
  GtkBox              *next_box;
  HammyWeekStrip      *week_strip;
  GtkLabel            *running_label;
  AdwPreferencesGroup *reasons_group;
  GtkBox              *reasons_box;
  HammySessionView    *session_view;
};

G_DEFINE_FINAL_TYPE (HammyTodayPage, hammy_today_page, HAMMY_TYPE_PAGE_BIN)

/* ---- helpers ------------------------------------------------------------------------- */

/* The AdwBin's own child is never a template child: GTK 4.8 would unparent it twice. */
static GtkStack *
get_stack (HammyTodayPage *self)
{
  return GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
}

static gboolean
writable (HammyTodayPage *self)
{
  return self->data != NULL && !hammy_data_is_read_only (self->data);
}

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
new_sentence (const char *text,
              gboolean    bullet)
{
  g_autofree char *shown = bullet ? g_strdup_printf ("•  %s", text) : g_strdup (text);
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (bullet)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  return label;
}

/* Sentences into @box, one a line; the group shows only with something in it. */
static void
fill_sentences (AdwPreferencesGroup *group,
                GtkBox              *box,
                const char * const  *sentences,
                gboolean             bullets)
{
  remove_children (GTK_WIDGET (box));
  for (guint i = 0; sentences != NULL && sentences[i] != NULL; i++)
    gtk_box_append (box, new_sentence (sentences[i], bullets));
  gtk_widget_set_visible (GTK_WIDGET (group), sentences != NULL && sentences[0] != NULL);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* What is due, a row each: the dose as the editor and the handout say it, whether it is new,
 * how many times today and how many are done. A clinician's note stays out while presenting. */
static GtkWidget *
create_due_row (HammyTodayPage       *self,
                const HammyTodayItem *item)
{
  HammyPlan *plan = hammy_today_get_plan (self->today);
  const HammyPlanItem *planned = item->item < hammy_plan_get_n_items (plan) ? hammy_plan_get_item (plan, item->item) : NULL;
  gboolean run = item->section == HAMMY_DUE_RUN;
  gboolean with_note = planned != NULL && planned->note != NULL &&
                       hammy_context_may_show (self->context, HAMMY_PRIVATE_CLINICIAN_NOTE);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *name = g_strdup_printf ("due-%s", item->exercise);
  GtkWidget *row = adw_action_row_new ();

  if (item->section == HAMMY_DUE_WARMUP)
    /* Translators: the start of a due exercise's line, for one done as a warm-up */
    g_string_append_printf (subtitle, _("Warm-up: %s"), item->dose);
  else
    g_string_append (subtitle, item->dose);
  if (item->small_range)
    g_string_append_printf (subtitle, "\n%s", _("Through a small range only: stop at a small bend for now."));
  if (with_note)
    g_string_append_printf (subtitle, "\n%s", planned->note);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, name);

  if (item->done >= item->occurrences)
    {
      GtkWidget *tick = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (tick), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done today"), -1);
      gtk_widget_add_css_class (tick, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), tick);
    }
  if (item->is_new)
    {
      /* Translators: a mark beside an exercise the person has never done; short */
      GtkWidget *mark = gtk_label_new (C_("due today", "New"));

      gtk_widget_add_css_class (mark, "new-mark");
      gtk_widget_add_css_class (mark, "caption-heading");
      gtk_widget_set_valign (mark, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (mark, _("New to you: take it slowly and read how it is done first"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  if (item->occurrences > 1)
    {
      /* Translators: how many of today's times of an exercise are done, such as “1 of 2 today” */
      g_autofree char *times = g_strdup_printf (_("%u of %u today"), MIN (item->done, item->occurrences), item->occurrences);
      GtkWidget *label = gtk_label_new (times);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (!run)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->exercise);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  else
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
show_due (HammyTodayPage *self)
{
  guint n = hammy_today_get_n_items (self->today);
  gboolean rest = hammy_today_is_rest_day (self->today);
  g_autofree char *title = NULL;
  g_autofree char *day = hammy_dates_format (hammy_today_get_date (self->today), HAMMY_DATE_STYLE_WEEKDAY);

  /* Translators: the heading over what is due, with today's date */
  title = g_strdup_printf (_("Today, %s"), day);
  adw_preferences_group_set_title (self->due_group, title);
  gtk_widget_set_visible (GTK_WIDGET (self->rest_label), rest);

  remove_children (GTK_WIDGET (self->due_list));
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->due_list, create_due_row (self, hammy_today_get_item (self->today, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->due_list), n > 0);

  fill_sentences (self->next_group, self->next_box, hammy_today_get_next_due (self->today), TRUE);
  adw_preferences_group_set_title (self->next_group, rest ? _("When Each Exercise Comes Next") : _("Not Today"));
}

/* Start, take up a session left unfinished (a crash, a closed window), the second time of what
 * is due twice a day, or the routine before a run on its own. */
static void
show_session_buttons (HammyTodayPage *self)
{
  HammyLog *log = hammy_data_get_log (self->data);
  gboolean resumable = log != NULL && hammy_session_find_resumable (log) != NULL;
  gboolean main = hammy_today_has_session (self->today, HAMMY_TODAY_SESSION_MAIN);
  gboolean again = hammy_today_has_session (self->today, HAMMY_TODAY_SESSION_AGAIN);
  gboolean pre_run = hammy_today_has_session (self->today, HAMMY_TODAY_SESSION_PRE_RUN);

  gtk_button_set_label (self->start_button, resumable ? _("_Resume the Session") : _("_Start Today’s Session"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button),
                                  resumable ? "today.resume-session" : "today.start-session");
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), resumable || main);
  gtk_widget_set_visible (GTK_WIDGET (self->start_over_button), resumable && main);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.start-session", writable (self) && main);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.resume-session", writable (self) && resumable);

  gtk_widget_set_visible (GTK_WIDGET (self->again_button), again && !resumable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.start-again", writable (self) && again);
  if (again)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < hammy_today_get_n_items (self->today); i++)
        {
          const HammyTodayItem *item = hammy_today_get_item (self->today, i);

          if (item->occurrences > 1 && item->done > 0 && item->done < item->occurrences)
            g_string_append_printf (names, "%s%s", names->len > 0 ? _(", ") : "", item->name);
        }
      {
        /* Translators: the button for a second short session of what is due twice a day */
        g_autofree char *label = g_strdup_printf (_("_Second Time Today: %s"), names->str);

        gtk_button_set_label (self->again_button, label);
      }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pre_run_button), pre_run && !resumable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.start-pre-run", writable (self) && pre_run);
}

/* Each step-up with its reason and a yes or no; with none, why the plan holds. */
static void
show_proposals (HammyTodayPage *self)
{
  GPtrArray *proposals = hammy_today_get_proposals (self->today);
  const char *hold = hammy_today_get_hold (self->today);

  remove_children (GTK_WIDGET (self->proposals_box));
  for (guint i = 0; i < proposals->len; i++)
    {
      HammyProposal *proposal = g_ptr_array_index (proposals, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *accept = gtk_button_new_with_mnemonic (_("_Accept"));
      GtkWidget *decline = gtk_button_new_with_mnemonic (_("_Not Now"));
      GVariant *key = g_variant_new_string (hammy_proposal_get_key (proposal));
      g_autofree char *accept_label = g_strdup_printf (_("Accept: %s"), hammy_proposal_get_why (proposal));
      g_autofree char *decline_label = g_strdup_printf (_("Not now: %s"), hammy_proposal_get_why (proposal));
      GtkWidget *why;

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "today-card");
      why = new_sentence (hammy_proposal_get_why (proposal), FALSE);
      gtk_widget_set_name (why, "today-proposal");
      gtk_box_append (GTK_BOX (card), why);

      gtk_widget_set_halign (buttons, GTK_ALIGN_END);
      gtk_widget_set_name (decline, "today-decline");
      gtk_widget_set_name (accept, "today-accept");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (decline), "today.decline-proposal");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (decline), key);
      gtk_widget_set_tooltip_text (decline, _("Keep the plan as it is; Hammy asks again tomorrow"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (decline), GTK_ACCESSIBLE_PROPERTY_LABEL, decline_label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (accept), "today.accept-proposal");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (accept), key);
      gtk_widget_add_css_class (accept, "suggested-action");
      gtk_accessible_update_property (GTK_ACCESSIBLE (accept), GTK_ACCESSIBLE_PROPERTY_LABEL, accept_label, -1);
      gtk_box_append (GTK_BOX (buttons), decline);
      gtk_box_append (GTK_BOX (buttons), accept);
      gtk_widget_set_visible (buttons, writable (self) && hammy_proposal_needs_answer (proposal));
      gtk_box_append (GTK_BOX (card), buttons);

      gtk_box_append (self->proposals_box, card);
    }

  if (proposals->len == 0 && hold != NULL)
    {
      GtkWidget *card = new_sentence (hold, FALSE);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "today-card");
      gtk_widget_set_name (card, "today-hold");
      gtk_box_append (self->proposals_box, card);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->proposals_group), proposals->len > 0 || hold != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.accept-proposal", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.decline-proposal", writable (self));
}

static void
show_plan (HammyTodayPage *self)
{
  HammyPlan *plan = hammy_today_get_plan (self->today);
  HammyPhaseCheck *check = hammy_today_get_phase_check (self->today);
  const HammyRunningAdvice *running = hammy_today_get_running (self->today);
  g_autofree char *source = NULL;
  g_autofree char *made = hammy_dates_format_date_time (hammy_plan_get_created (plan), HAMMY_DATE_STYLE_DAY);
  const char *note = hammy_plan_get_note (plan);
  const char *private_note = hammy_plan_get_private_note (plan);

  gtk_label_set_label (self->phase_label, hammy_triage_phase_get_title (hammy_today_get_phase (self->today)));

  if (hammy_plan_get_imported (plan))
    source = g_strdup_printf (_("Brought in from a plan file on %s."), made);
  else if (hammy_plan_get_assessment (plan) != NULL)
    {
      g_autofree char *checked = hammy_dates_format_date_time (hammy_plan_get_assessment (plan), HAMMY_DATE_STYLE_DAY);

      source = g_strdup_printf (_("Made from your check on %s."), checked);
    }
  else
    source = g_strdup_printf (_("Made on %s."), made);
  gtk_label_set_label (self->source_label, source);

  hammy_presentation_set_widget_visible (GTK_WIDGET (self->note_label), note != NULL);
  gtk_label_set_label (self->note_label, note != NULL ? note : "");
  hammy_presentation_set_widget_visible (GTK_WIDGET (self->private_note_label), private_note != NULL);
  gtk_label_set_label (self->private_note_label, private_note != NULL ? private_note : "");

  set_label (self->migration_label, hammy_today_get_migration (self->today));
  set_label (self->not_improving_label, hammy_today_get_not_improving (self->today));

  gtk_widget_set_visible (GTK_WIDGET (self->checkin_group), hammy_today_checkin_is_due (self->today));
  gtk_label_set_label (self->checkin_label, hammy_today_asks_run_pain (self->today)
                                            ? _("How is your leg this morning, and how did yesterday’s run feel? A few questions decide whether your plan moves on, holds or steps back.")
                                            : _("How is your leg this morning? A few questions decide whether your plan moves on, holds or steps back."));

  gtk_widget_set_visible (GTK_WIDGET (self->phase_check_group), check != NULL);
  gtk_label_set_label (self->phase_check_label, check != NULL ? hammy_phase_check_get_why (check) : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.phase-check", check != NULL && writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.decline-phase-check", check != NULL && writable (self));

  show_proposals (self);
  fill_sentences (self->keep_group, self->keep_box, hammy_today_get_keep (self->today), FALSE);
  show_due (self);
  show_session_buttons (self);
  hammy_week_strip_set_today (self->week_strip, self->today);
  gtk_label_set_label (self->running_label, running != NULL ? running->text : "");
  fill_sentences (self->reasons_group, self->reasons_box, hammy_today_get_reasons (self->today), TRUE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.edit-plan", writable (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.check-in", writable (self));

  gtk_stack_set_visible_child_name (get_stack (self), "plan");
}

/* A warning sign or a new injury stopped the plan: which, when, and what to do, until a new check. */
static void
show_stopped (HammyTodayPage *self)
{
  const HammyRunningAdvice *running = hammy_today_get_running (self->today);
  g_autofree char *when = hammy_today_dup_stop_day_text (self->today);

  set_label (self->stop_sign_label, when);
  gtk_label_set_label (self->stop_text_label, hammy_today_get_stop_text (self->today));
  set_label (self->stop_running_label, running != NULL ? running->text : NULL);
  gtk_stack_set_visible_child_name (get_stack (self), "stopped");
}

static void
on_checkin_response_cb (HammyCheckinDialog *dialog,
                        const char         *response,
                        HammyTodayPage     *self)
{
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autofree char *date = NULL;
  HammyLogCheckin checkin = { 0 };

  if (!g_str_equal (response, "save") || !hammy_checkin_dialog_get_checkin (dialog, &checkin))
    return;

  date = hammy_progression_dup_day (now);
  checkin.date = date;
  hammy_data_add_checkin (self->data, &checkin);
}

static void
present_checkin (HammyTodayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean asks_run = self->today != NULL && hammy_today_asks_run_pain (self->today);
  HammyCheckinDialog *dialog = hammy_checkin_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, asks_run);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_checkin_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_checkin_cb (gpointer user_data)
{
  HammyTodayPage *self = user_data;

  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    present_checkin (self);

  return G_SOURCE_REMOVE;
}

static void
update (HammyTodayPage *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (!hammy_data_is_loaded (self->data))
    {
      g_clear_object (&self->today);
      gtk_stack_set_visible_child_name (get_stack (self), "loading");
      return;
    }

  /* A session on screen stays there until the person closes it, whatever is saved meanwhile. */
  if (self->session != NULL)
    {
      gtk_stack_set_visible_child_name (get_stack (self), "session");
      return;
    }

  now = hammy_context_dup_now (self->context);
  g_clear_object (&self->today);
  self->today = hammy_today_new (self->data, now);

  switch (hammy_today_get_state (self->today))
    {
    case HAMMY_TODAY_LOADING:
      gtk_stack_set_visible_child_name (get_stack (self), "loading");
      return;

    case HAMMY_TODAY_NO_PLAN:
      gtk_stack_set_visible_child_name (get_stack (self), "empty");
      return;

    /* A check that sends the person to a clinician outranks any plan: no circuit, only what to
     * do, until a later check says otherwise. */
    case HAMMY_TODAY_REFER:
      {
        HammyAssessment *blocking = hammy_data_get_blocking_assessment (self->data);
        g_autofree char *description = g_strdup_printf (_("%s Until then, gentle walking within comfort is fine; the circuit waits."),
                                                        hammy_today_get_refer_text (self->today));

        adw_status_page_set_title (self->refer_page, hammy_triage_phase_get_title (hammy_assessment_get_phase (blocking)));
        adw_status_page_set_description (self->refer_page, description);
        gtk_stack_set_visible_child_name (get_stack (self), "refer");
      }
      return;

    case HAMMY_TODAY_STOPPED:
      show_stopped (self);
      return;

    case HAMMY_TODAY_TRAINING:
    default:
      break;
    }

  show_plan (self);

  /* The first opening on a day the check-in is due asks how the morning is, once. */
  if (hammy_today_checkin_is_due (self->today) && gtk_widget_get_root (GTK_WIDGET (self)) != NULL &&
      hammy_data_checkin_prompt_due (self->data, now))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_checkin_cb, g_object_ref (self), g_object_unref);
}

/* The rows carry the items' notes, which presenting leaves out, even while a session covers them. */
static void
on_presentation_changed_cb (HammyTodayPage *self)
{
  if (self->today != NULL && hammy_today_get_state (self->today) == HAMMY_TODAY_TRAINING)
    show_due (self);
}

/* ---- actions ------------------------------------------------------------------------- */

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HammyPlanEditor *editor;

  if (hammy_data_get_plan (self->data) == NULL)
    return;

  editor = hammy_plan_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  present_checkin (HAMMY_TODAY_PAGE (widget));
}

static HammyProposal *
find_proposal (HammyTodayPage *self,
               const char     *key)
{
  GPtrArray *proposals = self->today != NULL ? hammy_today_get_proposals (self->today) : NULL;

  for (guint i = 0; proposals != NULL && i < proposals->len; i++)
    if (g_strcmp0 (hammy_proposal_get_key (g_ptr_array_index (proposals, i)), key) == 0)
      return g_ptr_array_index (proposals, i);

  return NULL;
}

/* Accepting or declining the step-up named by @key. */
static void
answer_proposal (HammyTodayPage *self,
                 const char     *key,
                 gboolean        accept)
{
  HammyProposal *found = find_proposal (self, key);
  g_autoptr(HammyProposal) proposal = found != NULL ? g_object_ref (found) : NULL;
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);
  g_autoptr(GError) error = NULL;

  if (proposal == NULL || !writable (self))
    return;

  if (!accept)
    hammy_data_decline_proposal (self->data, proposal, now);
  else if (!hammy_data_accept_proposal (self->data, proposal, now, &error))
    /* The plan changed under it: say so. */
    hammy_page_bin_show_message (HAMMY_PAGE_BIN (self), error->message);
}

static void
accept_proposal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  answer_proposal (HAMMY_TODAY_PAGE (widget), g_variant_get_string (parameter, NULL), TRUE);
}

static void
decline_proposal_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  answer_proposal (HAMMY_TODAY_PAGE (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
phase_check_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  HammyPhaseCheck *check = self->today != NULL ? hammy_today_get_phase_check (self->today) : NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (check == NULL || !writable (self))
    return;

  dialog = hammy_phase_check_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, check);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
decline_phase_check_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (widget);
  HammyPhaseCheck *offered = self->today != NULL ? hammy_today_get_phase_check (self->today) : NULL;
  g_autoptr(HammyPhaseCheck) check = offered != NULL ? g_object_ref (offered) : NULL;
  g_autoptr(GDateTime) now = hammy_context_dup_now (self->context);

  if (check == NULL || !writable (self))
    return;

  /* The data's "changed" works out a new day, and the old one goes with its check. */
  hammy_data_decline_phase_check (self->data, check, now);
}

static void on_session_view_closed_cb (HammyTodayPage *self);

static void
on_session_view_add_toast_cb (HammyTodayPage *self,
                              AdwToast       *toast)
{
  hammy_page_bin_add_toast (HAMMY_PAGE_BIN (self), toast);
}

/* The guided session's screens are made the first time they are needed, not with the window. */
static HammySessionView *
ensure_session_view (HammyTodayPage *self)
{
  if (self->session_view == NULL)
    {
      self->session_view = HAMMY_SESSION_VIEW (hammy_session_view_new (self->context));
      g_signal_connect_object (self->session_view, "closed", G_CALLBACK (on_session_view_closed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->session_view, "add-toast", G_CALLBACK (on_session_view_add_toast_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (get_stack (self), GTK_WIDGET (self->session_view), "session");
    }

  return self->session_view;
}

static void
show_session (HammyTodayPage *self,
              HammySession   *session)
{
  if (session == NULL && self->session_view == NULL)
    return;
  ensure_session_view (self);
  g_set_object (&self->session, session);
  hammy_session_view_set_session (self->session_view, session);
  update (self);
  if (session != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->session_view));
}

static void
on_session_view_closed_cb (HammyTodayPage *self)
{
  show_session (self, NULL);
}

/* A session belongs to the person it was started for: with another profile it closes, and
 * stays in its own log to resume. */
static void
on_current_profile_changed_cb (HammyTodayPage *self)
{
  if (self->session != NULL)
    show_session (self, NULL);
}

/* Starts a session of @kind, or takes up the unfinished one when @resume. */
static void
start_session (HammyTodayPage    *self,
               HammyTodaySession  kind,
               gboolean           resume)
{
  HammyPlan *plan = self->today != NULL ? hammy_today_get_plan (self->today) : NULL;
  HammyLog *log = plan != NULL ? hammy_data_get_log (self->data) : NULL;
  const char *resumable = log != NULL ? hammy_session_find_resumable (log) : NULL;
  g_autoptr(HammySession) session = NULL;

  if (plan == NULL || log == NULL || !writable (self))
    return;

  if (resumable != NULL && resume)
    session = hammy_session_new_resume (plan, hammy_data_get_library (self->data), log,
                                        hammy_context_get_clock (self->context), resumable);
  if (session == NULL)
    {
      /* A session left unfinished and not taken up again ends as it stood. */
      if (resumable != NULL)
        hammy_session_abandon (log, resumable);
      session = hammy_today_new_session (self->today, self->data, kind);
      if (session == NULL)
        return;
    }

  show_session (self, session);
}

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  start_session (HAMMY_TODAY_PAGE (widget), HAMMY_TODAY_SESSION_MAIN, FALSE);
}

static void
resume_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  start_session (HAMMY_TODAY_PAGE (widget), HAMMY_TODAY_SESSION_MAIN, TRUE);
}

static void
start_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  start_session (HAMMY_TODAY_PAGE (widget), HAMMY_TODAY_SESSION_AGAIN, FALSE);
}

static void
start_pre_run_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  start_session (HAMMY_TODAY_PAGE (widget), HAMMY_TODAY_SESSION_PRE_RUN, FALSE);
}

/* ---- GObject --------------------------------------------------------------------------- */

/* Set once, by the window. A new day brings a new plan for the day, and a new check-in. */
static void
hammy_today_page_context_set (HammyPageBin *page,
                              HammyContext *context)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (page);

  self->context = context;
  self->data = g_object_ref (hammy_context_get_data (context));
  g_signal_connect_object (self->data, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->data, "notify::current-profile", G_CALLBACK (on_current_profile_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "day-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::presenting", G_CALLBACK (on_presentation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);
}

static void
hammy_today_page_dispose (GObject *object)
{
  HammyTodayPage *self = HAMMY_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_TODAY_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->today);
  g_clear_object (&self->data);

  G_OBJECT_CLASS (hammy_today_page_parent_class)->dispose (object);
}

static void
hammy_today_page_class_init (HammyTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_today_page_dispose;
  HAMMY_PAGE_BIN_CLASS (klass)->context_set = hammy_today_page_context_set;

  g_type_ensure (HAMMY_TYPE_WEEK_STRIP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_page);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, refer_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, stop_sign_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, stop_text_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, stop_running_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, private_note_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, migration_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, not_improving_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, checkin_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, checkin_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_check_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, phase_check_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, proposals_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, proposals_box);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, keep_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, keep_box);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, due_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, rest_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, due_list);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, again_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, pre_run_button);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, next_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, next_box);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, week_strip);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, running_label);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, HammyTodayPage, reasons_box);

  gtk_widget_class_install_action (widget_class, "today.start-session", NULL, start_session_action);
  gtk_widget_class_install_action (widget_class, "today.resume-session", NULL, resume_session_action);
  gtk_widget_class_install_action (widget_class, "today.start-again", NULL, start_again_action);
  gtk_widget_class_install_action (widget_class, "today.start-pre-run", NULL, start_pre_run_action);
  gtk_widget_class_install_action (widget_class, "today.edit-plan", NULL, edit_plan_action);
  gtk_widget_class_install_action (widget_class, "today.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "today.accept-proposal", "s", accept_proposal_action);
  gtk_widget_class_install_action (widget_class, "today.decline-proposal", "s", decline_proposal_action);
  gtk_widget_class_install_action (widget_class, "today.phase-check", NULL, phase_check_action);
  gtk_widget_class_install_action (widget_class, "today.decline-phase-check", NULL, decline_phase_check_action);
}

static void
hammy_today_page_init (HammyTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---- public API ---------------------------------------------------------------------- */

/* "loading", "empty", "refer" (a check that sends the person elsewhere), "stopped" (a warning
 * sign or a new injury), "plan" or "session". */
const char *
hammy_today_page_get_state (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (get_stack (self));
}

HammySessionView *
hammy_today_page_get_session_view (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return ensure_session_view (self);
}

/* What the page shows, as of its last refresh; NULL while loading. */
HammyToday *
hammy_today_page_get_today (HammyTodayPage *self)
{
  g_return_val_if_fail (HAMMY_IS_TODAY_PAGE (self), NULL);

  return self->today;
}
