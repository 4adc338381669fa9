/* hammy-demo.c: a made-up patient with six weeks of plausible history, for trying Hammy out and
 * for screenshots. It is made day by day through the same writers the app uses: a check six
 * weeks back and the plan it gives, what Today says is due each day, the sessions of sets with
 * their pain and effort, and the morning check-ins after them. It follows the clock it is given,
 * and the same name always gives the same history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-demo.h"
#include "hammy-dates.h"
#include "hammy-phase.h"
#include "hammy-today.h"
#include "hammy-triage.h"

/* A runner who felt a sudden pull high in the back of the thigh four days before the check:
 * the build phase, with the sore side chosen by the name. */
static const char demo_answers[] =
  "{\"rf_saddle_bladder\": false, \"rf_weakness\": false, \"rf_calf\": false, \"rf_unwell\": false,"
  " \"side\": \"%s\", \"age\": %u, \"onset\": \"sudden\", \"days_since_onset\": 4, \"pop\": false,"
  " \"bruising\": \"none\", \"location\": \"high\", \"pain_rest\": 1, \"pain_walking\": 2,"
  " \"gait_altered\": false, \"test_single_leg_bridge\": \"painful\", \"bridge_hold_pain\": 1,"
  " \"running\": \"cannot\", \"recent_speed\": true}";

/* On 6 of 7 due days a session is done, and 1 in 10 of them ends early. */
#define SESSION_CHANCE 0.86
#define PARTIAL_CHANCE 0.1

static GDateTime *
at_hour (GDateTime *day,
         int        hour,
         int        minute)
{
  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* Pain out of 10 for a set @progress of the way through the six weeks (0 to 1): it settles from
 * about 3 to about 1 on the sore side, and stays at 0 or 1 on the other. */
static int
demo_pain (GRand    *rand,
           double    progress,
           gboolean  sore)
{
  double pain = sore ? 3.2 - 2.4 * progress : 0.6 - 0.4 * progress;

  pain += g_rand_double_range (rand, -0.8, 0.8);
  return CLAMP ((int) (pain + 0.5), 0, 4);
}

static void
log_item (HammyLog             *log,
          const char           *session,
          const HammyTodayItem *item,
          gboolean              per_side,
          HammySide             sore,
          GRand                *rand,
          double                progress,
          gint64               *clock)
{
  HammySide sides[2] = { HAMMY_SIDE_BOTH, HAMMY_SIDE_BOTH };
  guint n_sides = 1;

  if (per_side)
    {
      sides[0] = sore;
      sides[1] = sore == HAMMY_SIDE_LEFT ? HAMMY_SIDE_RIGHT : HAMMY_SIDE_LEFT;
      n_sides = 2;
    }

  for (guint s = 0; s < n_sides; s++)
    for (guint number = 1; number <= item->sets; number++)
      {
        HammyLogSet set = {
          .exercise = (char *) item->exercise,
          .side = sides[s],
          .number = number,
          .reps = item->reps,
          .hold_seconds = item->hold_seconds,
          .load_kg = 0,
          .pain = demo_pain (rand, progress, sides[s] != HAMMY_SIDE_BOTH ? sides[s] == sore : TRUE),
          .effort = g_rand_int_range (rand, 5, 8),
          .note = NULL,
          .load = (char *) item->load,
        };

        /* Now and then a rep short on the last set. */
        if (set.reps > 2 && number == item->sets && g_rand_double (rand) < 0.3)
          set.reps--;
        *clock += 90;
        set.finished = *clock;
        hammy_log_add_set (log, session, &set, NULL, NULL);
      }
}

/* A session of what Today says is due on the day of @evening. */
static void
log_session (HammyData  *data,
             HammyToday *today,
             GDateTime  *evening,
             HammySide   sore,
             GRand      *rand,
             double      progress)
{
  HammyLog *log = hammy_data_get_log (data);
  HammyPlan *plan = hammy_data_get_plan (data);
  g_autofree guint *items = NULL;
  g_autoptr(GDateTime) ended = NULL;
  const char *session;
  guint n_items = 0, planned = 0;
  gboolean run = FALSE, partial;
  gint64 clock = g_date_time_to_unix (evening);

  items = hammy_today_dup_session_items (today, HAMMY_TODAY_SESSION_MAIN, &n_items, &run);
  for (guint i = 0; i < n_items; i++)
    planned += hammy_plan_get_item (plan, items[i])->sets * (hammy_plan_get_item (plan, items[i])->per_side ? 2 : 1);
  if (planned == 0)
    return;

  partial = g_rand_double (rand) < PARTIAL_CHANCE;
  session = hammy_log_begin_session (log, evening, hammy_triage_phase_to_id (hammy_plan_get_phase (plan)), planned);
  for (guint i = 0; i < n_items; i++)
    {
      const HammyPlanItem *plan_item = hammy_plan_get_item (plan, items[i]);

      /* A session cut short stops before its last exercise. */
      if (partial && i + 1 == n_items && n_items > 1)
        break;
      for (guint j = 0; j < hammy_today_get_n_items (today); j++)
        {
          const HammyTodayItem *item = hammy_today_get_item (today, j);

          if (item->item == items[i])
            log_item (log, session, item, plan_item->per_side, sore, rand, progress, &clock);
        }
    }
  ended = g_date_time_new_from_unix_local (clock + 60);
  hammy_log_end_session (log, session, ended, partial ? HAMMY_SESSION_PARTIAL : HAMMY_SESSION_DONE);
}

/* Fills the profile in use, which must have nothing in it yet, with a made-up patient called
 * @name: a check HAMMY_DEMO_DAYS days before @now, its plan, and every day since. The same
 * name gives the same history. */
gboolean
hammy_demo_fill (HammyData   *data,
                 const char  *name,
                 GDateTime   *now,
                 GError     **error)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) checked = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(HammyAssessment) assessment = NULL;
  g_autofree char *answers = NULL;
  HammySide sore;
  gboolean trained_yesterday = FALSE;

  g_return_val_if_fail (HAMMY_IS_DATA (data) && hammy_data_is_loaded (data), FALSE);
  g_return_val_if_fail (name != NULL && now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (hammy_data_get_plan (data) != NULL || g_list_model_get_n_items (hammy_data_get_assessments (data)) > 0 ||
      hammy_log_get_n_sessions (hammy_data_get_log (data)) > 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("A demo patient can only be made in a new, empty profile."));
      return FALSE;
    }

  rand = g_rand_new_with_seed (g_str_hash (name));
  sore = g_rand_boolean (rand) ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT;
  answers = g_strdup_printf (demo_answers, sore == HAMMY_SIDE_LEFT ? "left" : "right",
                             (guint) g_rand_int_range (rand, 24, 52));
  if (!json_parser_load_from_data (parser, answers, -1, error))
    return FALSE;

  first = g_date_time_add_days (now, -HAMMY_DEMO_DAYS);
  checked = at_hour (first, 9, 15);
  assessment = hammy_triage_assess (json_node_get_object (json_parser_get_root (parser)), checked);
  hammy_data_add_assessment (data, assessment);

  for (int day = 1; day <= HAMMY_DEMO_DAYS; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (first, day);
      g_autoptr(GDateTime) early = at_hour (date, 7, 30 + g_rand_int_range (rand, 0, 20));
      /* Today's morning, when it is not morning yet, is now. */
      g_autoptr(GDateTime) morning = g_date_time_compare (early, now) > 0 ? g_date_time_ref (now) : g_date_time_ref (early);
      g_autoptr(GDateTime) evening = at_hour (date, 18, g_rand_int_range (rand, 0, 50));
      g_autoptr(HammyToday) today = NULL;
      double progress = (double) day / HAMMY_DEMO_DAYS;
      gboolean last = day == HAMMY_DEMO_DAYS;

      /* The morning after a session: how the leg is, mostly better as the weeks go by. */
      if (trained_yesterday)
        {
          g_autofree char *text = g_date_time_format (morning, "%Y-%m-%d");
          double roll = g_rand_double (rand);
          HammyLogCheckin checkin = {
            .date = text,
            .leg = roll < 0.15 ? HAMMY_COMPARED_WORSE : roll < 0.2 + 0.5 * progress ? HAMMY_COMPARED_BETTER
                                                                                 : HAMMY_COMPARED_SAME,
            .warning = NULL,
            .run_pain = -1,
            .reinjury = FALSE,
          };

          hammy_data_add_checkin (data, &checkin);
        }

      /* The last day stops at the morning: its session is still to do, now. */
      today = hammy_today_new (data, last ? morning : evening);
      trained_yesterday = FALSE;
      if (last || hammy_today_get_state (today) != HAMMY_TODAY_TRAINING || hammy_today_is_rest_day (today) ||
          !hammy_today_has_session (today, HAMMY_TODAY_SESSION_MAIN) || g_rand_double (rand) > SESSION_CHANCE)
        continue;

      log_session (data, today, evening, sore, rand, progress);
      trained_yesterday = TRUE;
    }

  hammy_data_flush (data);
  return TRUE;
}
