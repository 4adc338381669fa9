/* hammy-screenshot.c: renders Hammy's window (and the first-run notice) to PNG for the README
 * and the AppStream metainfo. Run by build-aux/screenshots under Xvfb; not a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "hammy-history-page.h"
#include "hammy-pain-picker.h"
#include "hammy-paths.h"
#include "hammy-phase-check-dialog.h"
#include "hammy-test-programme.h"
#include "hammy-test-utils.h"
#include "hammy-triage-text.h"
#include "hammy-today-page.h"
#include "hammy-checkin-dialog.h"
#include "hammy-library-page.h"
#include "hammy-plan-editor.h"
#include "hammy-profile-switcher.h"
#include "hammy-today-page.h"
#include "hammy-triage-page.h"
#include "hammy-visit-summary-window.h"
#include "hammy-window.h"

static gboolean
dialog_shown (gpointer data)
{
  return hammy_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static void
snapshot_widget (GtkSnapshot *snapshot,
                 GtkWidget   *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gdk_paintable_snapshot (paintable, snapshot,
                          gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
}

/* What a compositor would show: the window, dimmed under a modal dialog centred on it. NULL
 * while a redraw is pending, as when a clip has just sent a frame: the window has no
 * picture of itself until it is drawn again. */
static GdkTexture *
render_window (GtkWindow  *window,
               GtkWindow  *dialog,
               GtkPopover *popover)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  snapshot_widget (snapshot, GTK_WIDGET (window));

  /* A popover is a surface of its own: drawn where the compositor would put it. */
  if (popover != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
      double x = 0, y = 0;
      double window_x = 0, window_y = 0;

      gtk_native_get_surface_transform (GTK_NATIVE (popover), &x, &y);
      gtk_native_get_surface_transform (GTK_NATIVE (window), &window_x, &window_y);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (gdk_popup_get_position_x (GDK_POPUP (surface)) + x - window_x,
                                                              gdk_popup_get_position_y (GDK_POPUP (surface)) + y - window_y));
      snapshot_widget (snapshot, GTK_WIDGET (popover));
      gtk_snapshot_restore (snapshot);
    }

  if (dialog != NULL)
    {
      int dialog_width = gtk_widget_get_width (GTK_WIDGET (dialog));
      int dialog_height = gtk_widget_get_height (GTK_WIDGET (dialog));

      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 0.35 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - dialog_width) / 2,
                                                              (height - dialog_height) / 2));
      snapshot_widget (snapshot, GTK_WIDGET (dialog));
      gtk_snapshot_restore (snapshot);
    }

  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    return NULL;

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static gboolean
save_png (GtkWindow  *window,
          GtkWindow  *dialog,
          GtkPopover *popover,
          const char *path,
          GError    **error)
{
  g_autoptr(GdkTexture) texture = NULL;

  for (guint attempt = 0; attempt < 50 && texture == NULL; attempt++)
    {
      texture = render_window (window, dialog, popover);
      if (texture == NULL)
        hammy_test_wait_frame (window);
    }

  if (texture == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window was never drawn, so %s was not written", path);
      return FALSE;
    }

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_pain_four (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "4") == 0;
}

/* A guided session on a clock that only moves when told, stopped at the screen asked for. */
static gboolean
drive_session (HammyWindow *window,
               const char  *screen)
{
  HammyTodayPage *today = HAMMY_TODAY_PAGE (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE));
  HammyClock *clock = hammy_context_get_clock (hammy_window_get_context (window));
  HammySessionView *view = hammy_today_page_get_session_view (today);
  HammySession *session;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today");
  gtk_widget_activate_action (GTK_WIDGET (today), "today.start-session", NULL);
  session = hammy_session_view_get_session (view);
  if (session == NULL)
    return FALSE;
  if (g_str_equal (screen, "ready"))
    return TRUE;

  hammy_session_start (session);
  if (g_str_equal (screen, "reps"))
    return TRUE;
  if (g_str_equal (screen, "run"))
    {
      while (hammy_session_get_current_step (session) != NULL && !hammy_session_get_current_step (session)->run)
        hammy_session_skip_exercise (session);
      if (hammy_session_get_state (session) == HAMMY_SESSION_STATE_REST)
        hammy_session_advance (session);
      return hammy_session_get_current_step (session) != NULL;
    }
  if (g_str_equal (screen, "hold"))
    {
      while (hammy_session_get_current_step (session) != NULL &&
             hammy_session_get_current_step (session)->hold_seconds == 0)
        hammy_session_skip_exercise (session);
      hammy_fake_clock_advance (clock, (HAMMY_SESSION_GET_READY_SECONDS + 12) * G_USEC_PER_SEC);
      hammy_session_tick (session);
      return hammy_session_get_state (session) == HAMMY_SESSION_STATE_WORK;
    }

  hammy_fake_clock_advance (clock, 40 * G_USEC_PER_SEC);
  hammy_session_advance (session);
  if (g_str_equal (screen, "rate"))
    {
      GtkWidget *four = hammy_test_find (GTK_WIDGET (view), is_pain_four, NULL);

      if (four != NULL)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (four), TRUE);
      return TRUE;
    }
  if (g_str_equal (screen, "red-flag"))
    return hammy_session_report_warning (session, "numbness");
  if (g_str_equal (screen, "stopped"))
    return hammy_session_rate_set (session, 7, hammy_session_needs_effort (session) ? 7 : 0, NULL);
  if (g_str_equal (screen, "summary"))
    {
      hammy_session_rate_set (session, 2, hammy_session_needs_effort (session) ? 6 : 0, NULL);
      hammy_fake_clock_advance (clock, 300 * G_USEC_PER_SEC);
      return hammy_session_finish_early (session);
    }

  return FALSE;
}

/* The phase check Today offers, opened and taken to @step: intro, question (the first one),
 * passed (every answer a good one) or failed (walking still hurts at 4). */
static HammyPhaseCheckDialog *
drive_phase_check (HammyWindow *window,
                   const char  *step)
{
  GtkWidget *today = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE);
  HammyToday *state = hammy_today_page_get_today (HAMMY_TODAY_PAGE (today));
  HammyPhaseCheck *check = state != NULL ? hammy_today_get_phase_check (state) : NULL;
  HammyPhaseCheckDialog *dialog;
  const char * const *questions;

  if (check == NULL || !gtk_widget_activate_action (today, "today.phase-check", NULL))
    return NULL;
  dialog = HAMMY_PHASE_CHECK_DIALOG (hammy_test_wait_toplevel (HAMMY_TYPE_PHASE_CHECK_DIALOG));
  if (dialog == NULL || g_str_equal (step, "intro"))
    return dialog;

  gtk_widget_activate_action (GTK_WIDGET (dialog), "phase-check.begin", NULL);
  if (g_str_equal (step, "question"))
    return dialog;

  questions = hammy_phase_check_get_questions (check);
  for (guint i = 0; questions[i] != NULL; i++)
    {
      const HammyQuestion *question = hammy_triage_lookup_question (questions[i]);
      g_autofree char *name = g_strdup_printf ("question-%s", questions[i]);
      GtkWidget *input = hammy_test_find_named (GTK_WIDGET (dialog), name);

      if (question == NULL || input == NULL)
        return NULL;
      switch (question->kind)
        {
        case HAMMY_QUESTION_PAIN:
          hammy_pain_picker_set_value (HAMMY_PAIN_PICKER (hammy_test_find_widget (input, HAMMY_TYPE_PAIN_PICKER)),
                                       g_str_equal (step, "failed") && g_str_equal (questions[i], "pain_walking") ? 4 : 0);
          break;
        case HAMMY_QUESTION_CHOICE:
          {
            g_autofree char *answer = g_strdup_printf ("answer-%s-%s", questions[i], question->choices[0].id);
            GtkWidget *first = hammy_test_find_named (input, answer);

            if (first == NULL)
              return NULL;
            gtk_check_button_set_active (GTK_CHECK_BUTTON (first), TRUE);
          }
          break;
        case HAMMY_QUESTION_YES_NO:
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (hammy_test_find_widget (input, GTK_TYPE_TOGGLE_BUTTON)), TRUE);
          break;
        case HAMMY_QUESTION_NUMBER:
        default:
          return NULL;
        }
      gtk_widget_activate_action (GTK_WIDGET (dialog), "phase-check.next", NULL);
    }

  return g_strcmp0 (hammy_phase_check_dialog_get_step (dialog), "result") == 0 ? dialog : NULL;
}

static void
add_sample_set (HammyLog   *log,
                const char *session,
                const char *exercise,
                HammySide   side,
                guint       reps,
                guint       hold_seconds,
                double      load_kg,
                int         pain)
{
  HammyLogSet set = { (char *) exercise, side, 1, reps, hold_seconds, load_kg, pain, 0, NULL, 0 };

  set.finished = hammy_log_lookup_session (log, session)->started + 600;
  hammy_log_add_set (log, session, &set, NULL, NULL);
}

/* Nine weeks of a made-up recovery ending on @today, for the History screenshots: four
 * sessions a week, a few skipped or cut short, pain easing, the sore left side catching up. */
static gboolean
write_sample_history (const GDate *today)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *side_path = NULL;
  g_autofree char *chosen = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  HammyStore *store = hammy_store_new (root);
  HammyLog *log = hammy_log_new (store, "profiles/default/log");
  gpointer watch = store;
  gint64 end;

  for (int back = 62; back >= 0; back--)
    {
      int k = 62 - back;
      GDate day = *today;
      GDateWeekday weekday;
      g_autoptr(GDateTime) started = NULL;
      g_autoptr(GDateTime) ended = NULL;
      const char *session;
      int pain = MAX (0, 5 - k / 13) + (k % 4 == 1 ? 1 : 0);
      gboolean partial = k % 17 == 9;

      g_date_subtract_days (&day, back);
      weekday = g_date_get_weekday (&day);
      if (weekday != G_DATE_MONDAY && weekday != G_DATE_WEDNESDAY && weekday != G_DATE_FRIDAY && weekday != G_DATE_SATURDAY)
        continue;

      started = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day), 18, 0, 0);
      ended = g_date_time_add_minutes (started, 35);
      session = hammy_log_begin_session (log, started, "build", 8);
      if (k % 19 == 7 || k == 57)
        {
          hammy_log_end_session (log, session, ended, HAMMY_SESSION_SKIPPED);
          continue;
        }
      if (k % 23 == 11)
        pain = -1;

      add_sample_set (log, session, "heel-dig-hold", HAMMY_SIDE_LEFT, 0, 20 + k / 3, 0, pain);
      add_sample_set (log, session, "heel-dig-hold", HAMMY_SIDE_RIGHT, 0, 45, 0, pain >= 0 ? 0 : -1);
      add_sample_set (log, session, "single-leg-bridge", HAMMY_SIDE_LEFT, 6 + k / 12, 0, k > 30 ? 7.5 : 5, pain);
      add_sample_set (log, session, "single-leg-bridge", HAMMY_SIDE_RIGHT, 12, 0, 10, pain >= 0 ? 0 : -1);
      if (!partial)
        {
          add_sample_set (log, session, "single-leg-bridge", HAMMY_SIDE_LEFT, 5 + k / 12, 0, k > 30 ? 7.5 : 5, pain);
          add_sample_set (log, session, "single-leg-bridge", HAMMY_SIDE_RIGHT, 12, 0, 10, pain >= 0 ? 0 : -1);
          add_sample_set (log, session, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, MAX (pain - 1, -1));
          add_sample_set (log, session, "glute-bridge", HAMMY_SIDE_BOTH, 12, 0, 0, MAX (pain - 1, -1));
        }
      hammy_log_end_session (log, session, ended, partial ? HAMMY_SESSION_PARTIAL : HAMMY_SESSION_DONE);

      if (back > 0)
        {
          GDate morning = day;
          char date[16];
          HammyLogCheckin checkin = { date, HAMMY_COMPARED_SAME, NULL, -1, FALSE };

          g_date_add_days (&morning, 1);
          g_snprintf (date, sizeof date, "%04d-%02d-%02d", g_date_get_year (&morning), g_date_get_month (&morning),
                      g_date_get_day (&morning));
          if (pain >= 5 || k == 53)
            checkin.leg = HAMMY_COMPARED_WORSE;
          else if (k % 3 == 0)
            checkin.leg = HAMMY_COMPARED_BETTER;
          hammy_log_add_checkin (log, &checkin);
        }
    }

  /* The left leg, as a person would choose it on the page. */
  chosen = g_date_time_format_iso8601 (now);
  side_path = g_strdup_printf ("{\"format\": \"hammy-sore-side\", \"version\": 1, \"side\": \"left\", \"chosen\": \"%s\"}", chosen);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (side_path, strlen (side_path));

    hammy_store_write_async (store, "profiles/default/sore-side.json", bytes, HAMMY_STORE_WRITE_REPLACE, NULL, NULL, NULL);
  }

  /* Everything on disk and the store gone, so the app's own store can take the folder. */
  hammy_store_flush (store);
  g_object_add_weak_pointer (G_OBJECT (store), &watch);
  g_object_unref (log);
  g_object_unref (store);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (watch != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  return watch == NULL;
}

/* profiles.json with these names, the first one in use, each with a plan of its own. */
static gboolean
write_sample_profiles (const char *names)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *path = g_build_filename (root, "profiles.json", NULL);
  g_auto(GStrv) each = g_strsplit (names, ",", -1);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"hammy-profiles\", \"version\": 1, \"current\": \"default\", \"profiles\": [");

  for (guint i = 0; each[i] != NULL; i++)
    {
      g_autofree char *id = i == 0 ? g_strdup ("default") : g_strdup_printf ("%012x", i);
      g_autofree char *escaped = g_strescape (each[i], NULL);

      g_string_append_printf (json, "%s{\"id\": \"%s\", \"name\": \"%s\", \"created\": \"2026-01-0%uT10:00:00Z\"}",
                              i > 0 ? ", " : "", id, escaped, MIN (i + 1, 9));
    }
  g_string_append (json, "]}");

  return g_mkdir_with_parents (root, 0700) == 0 &&
         g_file_set_contents (path, json->str, json->len, NULL);
}

/* A check saved by the first rules, before numbness, bone stress and the phase checks were
 * asked: for checking it again with today's rules. */
static gboolean
write_sample_old_check (void)
{
  g_autofree char *root = hammy_paths_dup_data_dir ();
  g_autofree char *dir = g_build_filename (root, "profiles", "default", "assessments", NULL);
  g_autofree char *path = g_build_filename (dir, "2026-03-02T08-00-00Z.json", NULL);
  const char *json =
    "{\"format\": \"hammy-assessment\", \"version\": 1, \"created\": \"2026-03-02T08:00:00Z\","
    " \"phase\": \"build\", \"picture\": \"acute_strain\", \"flags\": [\"speed_related\"], \"running\": \"easy_only\","
    " \"reasons\": [\"It started suddenly while running, which is how most hamstring strains happen.\"],"
    " \"answers\": {\"onset\": \"sudden\", \"days_since_onset\": 4, \"pop\": false, \"bruising\": \"large\","
    " \"location\": \"middle\", \"pain_rest\": 1, \"pain_walking\": 3, \"running\": \"normal\", \"recent_speed\": true}}";

  return g_mkdir_with_parents (dir, 0700) == 0 && g_file_set_contents (path, json, -1, NULL);
}

/* @command, run while the window stays on screen and answers (the accessibility walk asks the
 * app over D-Bus as it goes): its exit status, or 1 when it could not run. */
static int
run_while_shown (const char *command)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());

  if (!g_shell_parse_argv (command, NULL, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_subprocess_launcher_setenv (launcher, "HAMMY_PID", pid, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, &error);
  if (process == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_subprocess_wait_async (process, NULL, NULL, NULL);
  while (g_subprocess_get_identifier (process) != NULL)
    g_main_context_iteration (NULL, TRUE);

  return g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(HammyApplication) app = NULL;
  g_autofree char *style = NULL;
  g_autofree char *page = NULL;
  g_autofree char *output = NULL;
  g_autofree char *localedir = NULL;
  g_autofree char *show = NULL;
  g_autofree char *session_screen = NULL;
  g_autofree char *triage = NULL;
  g_autofree char *then_page = NULL;
  g_autofree char *then_run = NULL;
  g_autofree char *history = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *phase_check = NULL;
  int history_period = 0;
  gboolean present = FALSE;
  g_autofree char *scroll_to = NULL;
  GDate history_today;
  int width = 960;
  int height = 720;
  double text_scale = 1.0;
  g_autofree char *dialog_name = NULL;
  g_autofree char *profiles = NULL;
  g_autofree char *popover_name = NULL;
  GtkPopover *popover = NULL;
  GType dialog_type = G_TYPE_INVALID;
  GSettings *settings;
  HammyWindow *window;
  GtkWindow *dialog = NULL;
  GtkWindow *shown = NULL;
  const GOptionEntry entries[] = {
    { "style", 0, 0, G_OPTION_ARG_STRING, &style, "system, light or dark", "STYLE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "triage, today, history or library", "PAGE" },
    { "history", 0, 0, G_OPTION_ARG_STRING, &history, "History: a made-up log ending on this day, shown as today", "YYYY-MM-DD" },
    { "programme", 0, 0, G_OPTION_ARG_STRING, &programme, "Days lived through the programme from Monday 2 March 2026: first-day, checkin, rest-day, twice, phase-check, stop or keep", "SCENARIO" },
    { "phase-check", 0, 0, G_OPTION_ARG_STRING, &phase_check, "With --programme phase-check: the check at intro, question, passed or failed", "STEP" },
    { "history-period", 0, 0, G_OPTION_ARG_INT, &history_period, "History: 0 for 4 weeks, 1 for 3 months, 2 for a year", "N" },
    { "scroll-to", 0, 0, G_OPTION_ARG_STRING, &scroll_to, "Scroll the widget with this name to the top of its page", "NAME" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
    { "text-scale", 0, 0, G_OPTION_ARG_DOUBLE, &text_scale, "Text scale, as in Large Text", "FACTOR" },
    { "dialog", 0, 0, G_OPTION_ARG_STRING, &dialog_name, "notice, preferences, shortcuts, about, editor, checkin, visit, profile-new or profile-delete", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
    { "triage", 0, 0, G_OPTION_ARG_STRING, &triage, "Triage: “start”, answers as JSON to show their result, “step:GROUP” with answers after a space, or “rerun” for a saved check checked again", "ANSWERS" },
    { "then-page", 0, 0, G_OPTION_ARG_STRING, &then_page, "Page to show after --triage, e.g. today", "PAGE" },
    { "session", 0, 0, G_OPTION_ARG_STRING, &session_screen, "After --triage: a guided session at ready, reps, hold, run, rate, stopped, red-flag or summary", "SCREEN" },
    { "show", 0, 0, G_OPTION_ARG_STRING, &show, "Library item to show: exercise:ID or card:ID", "ITEM" },
    { "present", 0, 0, G_OPTION_ARG_NONE, &present, "Presentation mode, as for sharing the screen on a call", NULL },
    { "localedir", 0, 0, G_OPTION_ARG_FILENAME, &localedir, "Where the .mo files are, e.g. _build/po", "DIR" },
    { "profiles", 0, 0, G_OPTION_ARG_STRING, &profiles, "Profiles with these names, the first in use", "NAME,NAME" },
    { "popover", 0, 0, G_OPTION_ARG_STRING, &popover_name, "A popover to show open: profiles", "NAME" },
    { "then-run", 0, 0, G_OPTION_ARG_STRING, &then_run, "Once shown, run this command with the window still open (HAMMY_PID says which process to look at) and exit with its status", "COMMAND" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— render Hammy's window to a PNG");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--output is required");
      return 2;
    }

  /* The translations built in the tree, so a translated screenshot needs no install. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_date_clear (&history_today, 1);
  if (history != NULL)
    {
      g_date_set_parse (&history_today, history);
      if (!g_date_valid (&history_today) || !write_sample_history (&history_today))
        {
          g_printerr ("The sample history for %s could not be written\n", history);
          return 1;
        }
      if (page == NULL)
        page = g_strdup ("history");
    }

  if (g_strcmp0 (triage, "rerun") == 0 && !write_sample_old_check ())
    {
      g_printerr ("The saved check could not be written\n");
      return 1;
    }

  if (profiles != NULL && !write_sample_profiles (profiles))
    {
      g_printerr ("The profiles %s could not be written\n", profiles);
      return 1;
    }

  /* A clock that moves only when told: a session stands still at the screen asked for, and
   * History shows the day asked for. */
  /* Days of a programme start on a fixed Monday, so the pictures do not change with the date. */
  if (programme != NULL && !g_date_valid (&history_today))
    g_date_set_dmy (&history_today, 2, G_DATE_MARCH, 2026);
  if (g_date_valid (&history_today))
    app = hammy_test_application_new_on (&history_today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(HammyClock) clock = hammy_fake_clock_new (now);

      app = hammy_test_application_new_with_clock (clock);
    }
  settings = hammy_application_get_settings (app);
  hammy_test_reset_settings (settings);
  if (style != NULL)
    g_settings_set_string (settings, "style-variant", style);
  if (g_strcmp0 (dialog_name, "notice") == 0)
    g_settings_set_uint (settings, "safety-notice-seen", 0);

  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                /* As GNOME sets it: a close button only. */
                "gtk-decoration-layout", ":close",
                "gtk-font-name", "Cantarell 11",
                "gtk-xft-dpi", (int) (96 * 1024 * text_scale),
                NULL);

  window = hammy_window_new (GTK_APPLICATION (app), hammy_application_get_context (app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (present)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
  gtk_window_present (GTK_WINDOW (window));

  if (!hammy_test_wait_for (hammy_test_widget_is_mapped, window, 5000))
    {
      g_printerr ("The window did not appear\n");
      return 1;
    }

  /* The person's data is read, and Today made, after the first frame: wait for them, as a
   * person would. */
  if (!hammy_test_wait_data_loaded (hammy_window_get_data (window)) ||
      !hammy_test_wait_until (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE) != NULL, 5000))
    {
      g_printerr ("The data was not read\n");
      return 1;
    }

  if (programme != NULL)
    {
      HammyData *data = hammy_window_get_data (window);

      if (!hammy_test_reach (data, programme))
        {
          g_printerr ("No programme scenario called %s\n", programme);
          return 2;
        }
      hammy_test_wait_queued ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page != NULL ? page : "today");
      hammy_test_wait_frame (window);
    }

  if (phase_check != NULL)
    {
      HammyPhaseCheckDialog *check_dialog = drive_phase_check (window, phase_check);

      if (check_dialog == NULL)
        {
          g_printerr ("No phase check at %s\n", phase_check);
          return 2;
        }
      /* A window of its own: shown alone, at the size asked for. */
      gtk_window_set_default_size (GTK_WINDOW (check_dialog), width, height);
      shown = GTK_WINDOW (check_dialog);
    }

  if (g_date_valid (&history_today) && history != NULL)
    {
      GtkWidget *history_page = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_HISTORY_PAGE);

      adw_combo_row_set_selected (ADW_COMBO_ROW (hammy_test_find_widget (history_page, ADW_TYPE_COMBO_ROW)), history_period);
    }

  if (triage != NULL)
    {
      GtkWidget *triage_page = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TRIAGE_PAGE);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "triage");
      if (g_str_equal (triage, "start"))
        gtk_widget_activate_action (triage_page, "triage.start", NULL);
      else if (g_str_equal (triage, "rerun"))
        {
          /* The saved check opened from the list, then checked again with today's rules. */
          GtkWidget *list = hammy_test_find_named (triage_page, "triage-history");
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);

          if (row == NULL)
            {
              g_printerr ("No saved check to check again\n");
              return 1;
            }
          g_signal_emit_by_name (list, "row-activated", row);
          gtk_widget_activate_action (triage_page, "triage.rerun", NULL);
        }
      else if (g_str_has_prefix (triage, "step:"))
        {
          /* “step:GROUP” or “step:GROUP {answers}”: no to every safety question, the answers
           * given, then on to the named group of questions. */
          const char *answers = strchr (triage, ' ');
          g_autofree char *step = g_strndup (triage + 5, answers != NULL ? (gsize) (answers - triage - 5) : strlen (triage + 5));
          g_autofree char *all = g_strdup_printf ("{\"rf_saddle_bladder\": false, \"rf_weakness\": false, \"rf_calf\": false,"
                                                  " \"rf_unwell\": false%s%s", answers != NULL ? ", " : "}",
                                                  answers != NULL ? strchr (answers, '{') + 1 : "");

          hammy_test_triage_fill (triage_page, all);
          for (guint i = 0; i < 12 && g_strcmp0 (hammy_triage_page_get_step (HAMMY_TRIAGE_PAGE (triage_page)), step) != 0; i++)
            gtk_widget_activate_action (triage_page, "triage.next", NULL);
        }
      else
        hammy_test_triage_answer (triage_page, triage);
    }

  if (then_page != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", then_page);
      hammy_test_wait_frame (window);
    }

  if (session_screen != NULL && !drive_session (window, session_screen))
    {
      g_printerr ("No session screen called %s\n", session_screen);
      return 2;
    }

  if (show != NULL)
    {
      GtkWidget *library_page;
      gboolean card = g_str_has_prefix (show, "card:");
      const char *id = strchr (show, ':') != NULL ? strchr (show, ':') + 1 : show;

      /* The Library is made when it is first shown. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "library");
      library_page = hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_LIBRARY_PAGE);
      hammy_test_wait_mapped (library_page);
      gtk_widget_activate_action (library_page, card ? "library.show-card" : "library.show-exercise", "s", id);
    }

  if (dialog_name != NULL)
    {
      if (g_str_equal (dialog_name, "notice"))
        dialog_type = ADW_TYPE_MESSAGE_DIALOG;
      else if (g_str_equal (dialog_name, "preferences"))
        dialog_type = ADW_TYPE_PREFERENCES_WINDOW;
      else if (g_str_equal (dialog_name, "about"))
        dialog_type = ADW_TYPE_ABOUT_WINDOW;
      else if (g_str_equal (dialog_name, "shortcuts"))
        dialog_type = GTK_TYPE_SHORTCUTS_WINDOW;
      else if (g_str_equal (dialog_name, "editor"))
        dialog_type = HAMMY_TYPE_PLAN_EDITOR;
      else if (g_str_equal (dialog_name, "checkin"))
        dialog_type = HAMMY_TYPE_CHECKIN_DIALOG;
      else if (g_str_equal (dialog_name, "visit"))
        dialog_type = HAMMY_TYPE_VISIT_SUMMARY_WINDOW;
      else if (g_str_equal (dialog_name, "profile-new") || g_str_equal (dialog_name, "profile-delete"))
        dialog_type = ADW_TYPE_MESSAGE_DIALOG;
      else
        {
          g_printerr ("No dialog called %s\n", dialog_name);
          return 2;
        }

      if (dialog_type == GTK_TYPE_SHORTCUTS_WINDOW)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
      else if (dialog_type == HAMMY_TYPE_CHECKIN_DIALOG && hammy_test_find_toplevel (dialog_type) != NULL)
        ;  /* Offered by itself on the morning after a session. */
      else if (dialog_type == HAMMY_TYPE_PLAN_EDITOR || dialog_type == HAMMY_TYPE_CHECKIN_DIALOG)
        gtk_widget_activate_action (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_TODAY_PAGE),
                                    dialog_type == HAMMY_TYPE_PLAN_EDITOR ? "today.edit-plan" : "today.check-in", NULL);
      else if (dialog_type == HAMMY_TYPE_VISIT_SUMMARY_WINDOW)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.visit-summary", NULL);
      else if (g_str_has_prefix (dialog_name, "profile-"))
        gtk_widget_activate_action (hammy_test_find_widget (GTK_WIDGET (window), HAMMY_TYPE_PROFILE_SWITCHER),
                                    g_str_equal (dialog_name, "profile-new") ? "profile.new" : "profile.delete", NULL);
      else if (dialog_type != ADW_TYPE_MESSAGE_DIALOG)
        g_action_group_activate_action (G_ACTION_GROUP (app), dialog_name, NULL);

      /* While presenting, the summary is a page of the main window (a call shares one window). */
      if (dialog_type == HAMMY_TYPE_VISIT_SUMMARY_WINDOW && present)
        dialog_type = G_TYPE_NONE;
      else if (!hammy_test_wait_for (dialog_shown, GSIZE_TO_POINTER (dialog_type), 5000))
        {
          g_printerr ("The %s dialog did not appear\n", dialog_name);
          return 1;
        }
      dialog = dialog_type != G_TYPE_NONE ? hammy_test_find_toplevel (dialog_type) : NULL;

      /* A window of its own, not a dialog on the main one: shown alone, at the size asked for. */
      if (dialog_type == HAMMY_TYPE_VISIT_SUMMARY_WINDOW)
        {
          gtk_window_set_default_size (dialog, width, height);
          shown = dialog;
          dialog = NULL;
        }
    }

  if (popover_name != NULL)
    {
      GtkWidget *button;

      if (!g_str_equal (popover_name, "profiles"))
        {
          g_printerr ("No popover called %s\n", popover_name);
          return 2;
        }
      button = hammy_profile_switcher_get_button (HAMMY_PROFILE_SWITCHER (hammy_test_find_widget (GTK_WIDGET (window),
                                                                                                    HAMMY_TYPE_PROFILE_SWITCHER)));
      popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      if (!hammy_test_wait_for (hammy_test_widget_is_mapped, popover, 5000))
        {
          g_printerr ("The %s popover did not appear\n", popover_name);
          return 1;
        }
    }

  /* Let layout, fonts and the icon theme settle before the picture is taken: what they queued
   * has run, and the window has been drawn with it. */
  hammy_test_wait_queued ();
  hammy_test_wait_frame (shown != NULL ? GTK_WIDGET (shown) : GTK_WIDGET (window));

  if (scroll_to != NULL)
    {
      GtkWidget *target = hammy_test_find_named (GTK_WIDGET (shown != NULL ? shown : GTK_WINDOW (window)), scroll_to);
      GtkWidget *scrolled = target != NULL ? gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW) : NULL;
      graphene_point_t point;

      if (scrolled == NULL ||
          !gtk_widget_compute_point (target, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                     &GRAPHENE_POINT_INIT (0, 0), &point))
        {
          g_printerr ("Nothing called %s to scroll to\n", scroll_to);
          return 2;
        }
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
      hammy_test_wait_frame (scrolled);
    }

  if (!save_png (shown != NULL ? shown : GTK_WINDOW (window), dialog, popover, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%s\n", output);

  if (then_run != NULL)
    return run_while_shown (then_run);

  return 0;
}
