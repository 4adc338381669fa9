/* course.c: the course runner, `course FILE [--timeline]`: lives each course of FILE day by day
 * as a person would, through the same core code the app uses, and checks what it expects
 * (docs/programme.md, "Courses").
 *
 * Each course gets a fresh data folder and a fake clock in UTC. Day 0 at 08:00 is the check;
 * from day 1, 07:00 the morning check-in, 07:05 the step-ups and the phase check, 18:00 the
 * session (and 20:00 a second one for what is due twice a day), and the end of the day is
 * written down. It prints `FAIL <name>: <key>: <why>` for each expectation that does not hold
 * and a closing `N passed, N failed` counting courses; exit 1 when a course failed, 2 when the
 * file cannot be run (an unknown key, exercise id or answer is named in a sentence).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hammy-core-test-utils.h"
#include "hammy-data.h"
#include "hammy-days.h"
#include "hammy-plan-private.h"
#include "hammy-schedule.h"
#include "hammy-session.h"
#include "hammy-test-programme.h"
#include "hammy-today.h"
#include "hammy-vocabulary.h"

#define HEAVY_GROUP "heavy_lengthening"
#define MAX_DAYS    3650

/* ---- the file ------------------------------------------------------------------------ */

typedef struct
{
  int          session_pain;
  int          run_pain;
  const char  *morning;        /* better · same · worse · warning */
  const char  *warning_sign;
  gboolean     checkin;
  gboolean     accept;
  gboolean     as_due;         /* sessions on every day something is due */
  JsonArray   *session_days;   /* or the days listed */
  JsonArray   *partial_days;
  gboolean     session_warning;
} Behaviour;

typedef struct
{
  const char  *name;
  JsonObject  *object;
  JsonObject  *answers;
  GDate        start;
  int          days;
  JsonObject  *behaviour;
  JsonObject  *changes;
  JsonObject  *overrides;
  JsonObject  *expect;
} Course;

static const char * const course_keys[] = {
  "name", "answers", "start", "days", "behaviour", "changes", "overrides", "expect", NULL
};
static const char * const behaviour_keys[] = {
  "session_pain", "run_pain", "morning", "checkin", "accept", "sessions", "sessions_partial", "session_warning",
  "warning_sign", NULL
};
static const char * const expect_keys[] = {
  "phase_not_before", "phase_by", "phase_max", "phase_on_day", "never_in_plan", "not_before_day", "not_in_phase",
  "max_per_7_days", "min_gap_days", "max_new_per_day", "running_on_day", "steps_back_by", "stopped_by", NULL
};
static const char * const mornings[] = { "better", "same", "worse", "warning", NULL };
/* Phases in order; warm-up stands apart and is compared only for equality. */
static const char * const phase_order[] = { "urgent", "refer", "calm", "build", "load", "return", "keep", NULL };

static char *file_problem;

static gboolean
refuse (const char *format,
        ...) G_GNUC_PRINTF (1, 2);

/* The first sentence saying why the file cannot be run; the rest are not needed. */
static gboolean
refuse (const char *format,
        ...)
{
  va_list args;

  if (file_problem == NULL)
    {
      va_start (args, format);
      file_problem = g_strdup_vprintf (format, args);
      va_end (args);
    }
  return FALSE;
}

static gboolean
check_keys (JsonObject         *object,
            const char * const *known,
            const char         *course,
            const char         *where)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      return refuse ("The course “%s” has an unknown key “%s” in %s.", course, (char *) l->data, where);

  return TRUE;
}

static gboolean
is_type (JsonNode *node,
         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
check_answers (JsonObject *answers,
               const char *course,
               const char *where)
{
  g_autoptr(GError) error = NULL;

  if (!hammy_triage_answers_check (answers, &error))
    return refuse ("The course “%s” has an answer Hammy does not know in %s: %s", course, where, error->message);
  return TRUE;
}

static gboolean
is_phase (const char *id)
{
  HammyTriagePhase phase;

  return hammy_triage_phase_from_id (id, &phase);
}

static gboolean
is_exercise (HammyLibrary *library,
             const char   *id)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (library, id);

  return g_strcmp0 (id, HEAVY_GROUP) == 0 || g_strcmp0 (id, HAMMY_PLAN_LADDER_RUN) == 0 ||
         (exercise != NULL && hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_EXERCISE);
}

/* A day number as a key: a whole number within the course. */
static gboolean
parse_day_key (const char *key,
               int         days,
               int        *day)
{
  char *end = NULL;
  gint64 value;

  if (key == NULL || *key == '\0' || !g_ascii_isdigit (*key))
    return FALSE;
  value = g_ascii_strtoll (key, &end, 10);
  if (*end != '\0' || value < 0 || value >= days)
    return FALSE;
  *day = value;
  return TRUE;
}

static gboolean
check_day_list (JsonNode   *node,
                int         days,
                const char *course,
                const char *key)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse ("The course “%s” has “%s” that is not a list of days.", course, key);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *day = json_array_get_element (json_node_get_array (node), i);

      if (!is_type (day, G_TYPE_INT64) || json_node_get_int (day) < 0 || json_node_get_int (day) >= days)
        return refuse ("The course “%s” has a day in “%s” that is not a day of the course.", course, key);
    }
  return TRUE;
}

static gboolean
check_behaviour (JsonObject *behaviour,
                 int         days,
                 const char *course,
                 const char *where)
{
  JsonNode *node;

  if (!check_keys (behaviour, behaviour_keys, course, where))
    return FALSE;
  for (const char * const *pain = (const char * const []) { "session_pain", "run_pain", NULL }; *pain != NULL; pain++)
    if ((node = json_object_get_member (behaviour, *pain)) != NULL &&
        (!is_type (node, G_TYPE_INT64) || json_node_get_int (node) < 0 || json_node_get_int (node) > 10))
      return refuse ("The course “%s” has “%s” in %s that is not a pain from 0 to 10.", course, *pain, where);
  if ((node = json_object_get_member (behaviour, "morning")) != NULL &&
      (!is_type (node, G_TYPE_STRING) || !g_strv_contains (mornings, json_node_get_string (node))))
    return refuse ("The course “%s” has a morning in %s that is not better, same, worse or warning.", course, where);
  if ((node = json_object_get_member (behaviour, "warning_sign")) != NULL &&
      (!is_type (node, G_TYPE_STRING) || !hammy_log_warning_is_known (json_node_get_string (node))))
    return refuse ("The course “%s” names a warning sign Hammy does not know in %s, “%s”.", course, where,
                   is_type (node, G_TYPE_STRING) ? json_node_get_string (node) : "");
  for (const char * const *flag = (const char * const []) { "checkin", "accept", "session_warning", NULL }; *flag != NULL; flag++)
    if ((node = json_object_get_member (behaviour, *flag)) != NULL && !is_type (node, G_TYPE_BOOLEAN))
      return refuse ("The course “%s” has “%s” in %s that is not true or false.", course, *flag, where);
  if ((node = json_object_get_member (behaviour, "sessions")) != NULL &&
      !(is_type (node, G_TYPE_STRING) && g_str_equal (json_node_get_string (node), "as_due")) &&
      !check_day_list (node, days, course, "sessions"))
    return refuse ("The course “%s” has “sessions” in %s that is neither “as_due” nor a list of days.", course, where);
  if ((node = json_object_get_member (behaviour, "sessions_partial")) != NULL &&
      !check_day_list (node, days, course, "sessions_partial"))
    return FALSE;

  return TRUE;
}

/* {phase: day} */
static gboolean
check_phase_days (JsonObject *object,
                  int         days,
                  const char *course,
                  const char *key)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *day = json_object_get_member (object, l->data);

      if (!is_phase (l->data))
        return refuse ("The course “%s” names an unknown phase “%s” in “%s”.", course, (char *) l->data, key);
      if (!is_type (day, G_TYPE_INT64) || json_node_get_int (day) < 0)
        return refuse ("The course “%s” has “%s” with a day that is not a day of the course.", course, key);
    }
  return TRUE;
}

static gboolean
check_id_list (JsonNode     *node,
               HammyLibrary *library,
               gboolean      phases,
               const char   *course,
               const char   *key)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse ("The course “%s” has “%s” that is not a list.", course, key);
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *id = json_array_get_element (json_node_get_array (node), i);
      const char *text = is_type (id, G_TYPE_STRING) ? json_node_get_string (id) : "";

      if (phases && !is_phase (text))
        return refuse ("The course “%s” names an unknown phase “%s” in “%s”.", course, text, key);
      if (!phases && !is_exercise (library, text))
        return refuse ("The course “%s” names an unknown exercise id “%s” in “%s”.", course, text, key);
    }
  return TRUE;
}

static gboolean
check_expect (JsonObject   *expect,
              HammyLibrary *library,
              int           days,
              const char   *course)
{
  g_autoptr(GList) members = NULL;
  JsonObject *map;
  JsonNode *node;

  if (!check_keys (expect, expect_keys, course, "“expect”"))
    return FALSE;

  for (const char * const *key = (const char * const []) { "phase_not_before", "phase_by", NULL }; *key != NULL; key++)
    if ((node = json_object_get_member (expect, *key)) != NULL &&
        (!JSON_NODE_HOLDS_OBJECT (node) || !check_phase_days (json_node_get_object (node), days, course, *key)))
      return refuse ("The course “%s” has “%s” that is not a map of phases to days.", course, *key);
  if ((node = json_object_get_member (expect, "phase_max")) != NULL &&
      (!is_type (node, G_TYPE_STRING) || !is_phase (json_node_get_string (node))))
    return refuse ("The course “%s” has “phase_max” that is not a phase Hammy knows.", course);
  if ((node = json_object_get_member (expect, "phase_on_day")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse ("The course “%s” has “phase_on_day” that is not a map of days to phases.", course);
      map = json_node_get_object (node);
      members = json_object_get_members (map);
      for (GList *l = members; l != NULL; l = l->next)
        {
          int day;

          if (!parse_day_key (l->data, days, &day))
            return refuse ("The course “%s” has a day “%s” in “phase_on_day” that is not a day of the course.", course, (char *) l->data);
          if (!check_id_list (json_object_get_member (map, l->data), library, TRUE, course, "phase_on_day"))
            return FALSE;
        }
      g_clear_pointer (&members, g_list_free);
    }
  if ((node = json_object_get_member (expect, "never_in_plan")) != NULL &&
      !check_id_list (node, library, FALSE, course, "never_in_plan"))
    return FALSE;
  for (const char * const *key = (const char * const []) { "not_before_day", "max_per_7_days", "min_gap_days", NULL }; *key != NULL; key++)
    {
      if ((node = json_object_get_member (expect, *key)) == NULL)
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse ("The course “%s” has “%s” that is not a map of exercises to numbers.", course, *key);
      map = json_node_get_object (node);
      members = json_object_get_members (map);
      for (GList *l = members; l != NULL; l = l->next)
        {
          if (!is_exercise (library, l->data))
            return refuse ("The course “%s” names an unknown exercise id “%s” in “%s”.", course, (char *) l->data, *key);
          if (!is_type (json_object_get_member (map, l->data), G_TYPE_INT64) ||
              json_object_get_int_member (map, l->data) < 0)
            return refuse ("The course “%s” has “%s” with a number that is not a whole number.", course, *key);
        }
      g_clear_pointer (&members, g_list_free);
    }
  if ((node = json_object_get_member (expect, "not_in_phase")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse ("The course “%s” has “not_in_phase” that is not a map of exercises to phases.", course);
      map = json_node_get_object (node);
      members = json_object_get_members (map);
      for (GList *l = members; l != NULL; l = l->next)
        if (!is_exercise (library, l->data))
          return refuse ("The course “%s” names an unknown exercise id “%s” in “not_in_phase”.", course, (char *) l->data);
        else if (!check_id_list (json_object_get_member (map, l->data), library, TRUE, course, "not_in_phase"))
          return FALSE;
      g_clear_pointer (&members, g_list_free);
    }
  if ((node = json_object_get_member (expect, "max_new_per_day")) != NULL &&
      (!is_type (node, G_TYPE_INT64) || json_node_get_int (node) < 0))
    return refuse ("The course “%s” has “max_new_per_day” that is not a whole number.", course);
  if ((node = json_object_get_member (expect, "running_on_day")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse ("The course “%s” has “running_on_day” that is not a map of days to advice.", course);
      map = json_node_get_object (node);
      members = json_object_get_members (map);
      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *list = json_object_get_member (map, l->data);
          int day;

          if (!parse_day_key (l->data, days, &day))
            return refuse ("The course “%s” has a day “%s” in “running_on_day” that is not a day of the course.", course, (char *) l->data);
          if (!JSON_NODE_HOLDS_ARRAY (list))
            return refuse ("The course “%s” has “running_on_day” with advice that is not a list.", course);
          for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
            {
              JsonNode *advice = json_array_get_element (json_node_get_array (list), i);

              if (!is_type (advice, G_TYPE_STRING) || !hammy_running_from_id (json_node_get_string (advice), NULL))
                return refuse ("The course “%s” has running advice in “running_on_day” other than stop, easy_only or as_tolerated, “%s”.",
                               course, is_type (advice, G_TYPE_STRING) ? json_node_get_string (advice) : "");
            }
        }
      g_clear_pointer (&members, g_list_free);
    }
  if ((node = json_object_get_member (expect, "steps_back_by")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse ("The course “%s” has “steps_back_by” that is not a map of days to days.", course);
      map = json_node_get_object (node);
      members = json_object_get_members (map);
      for (GList *l = members; l != NULL; l = l->next)
        {
          int day;

          if (!parse_day_key (l->data, days, &day) || !is_type (json_object_get_member (map, l->data), G_TYPE_INT64))
            return refuse ("The course “%s” has “steps_back_by” with a day that is not a day of the course.", course);
        }
      g_clear_pointer (&members, g_list_free);
    }
  if ((node = json_object_get_member (expect, "stopped_by")) != NULL &&
      (!is_type (node, G_TYPE_INT64) || json_node_get_int (node) < 0))
    return refuse ("The course “%s” has “stopped_by” that is not a day of the course.", course);

  return TRUE;
}

static gboolean
read_course (JsonNode     *node,
             guint         index,
             HammyLibrary *library,
             Course       *course)
{
  g_autofree char *fallback = g_strdup_printf ("number %u", index + 1);
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse ("Course %s is not an object.", fallback);
  course->object = json_node_get_object (node);
  member = json_object_get_member (course->object, "name");
  course->name = is_type (member, G_TYPE_STRING) ? json_node_get_string (member) : fallback;
  if (!is_type (member, G_TYPE_STRING))
    return refuse ("Course %s has no name.", fallback);
  if (!check_keys (course->object, course_keys, course->name, "the course"))
    return FALSE;

  member = json_object_get_member (course->object, "answers");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return refuse ("The course “%s” has no answers.", course->name);
  course->answers = json_node_get_object (member);
  if (!check_answers (course->answers, course->name, "“answers”"))
    return FALSE;

  member = json_object_get_member (course->object, "start");
  if (!is_type (member, G_TYPE_STRING) || !hammy_day_parse (json_node_get_string (member), &course->start))
    return refuse ("The course “%s” has no start day as YYYY-MM-DD.", course->name);
  member = json_object_get_member (course->object, "days");
  if (!is_type (member, G_TYPE_INT64) || json_node_get_int (member) < 1 || json_node_get_int (member) > MAX_DAYS)
    return refuse ("The course “%s” has no number of days from 1 to %d.", course->name, MAX_DAYS);
  course->days = json_node_get_int (member);

  member = json_object_get_member (course->object, "behaviour");
  course->behaviour = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
  if (member != NULL && course->behaviour == NULL)
    return refuse ("The course “%s” has a behaviour that is not an object.", course->name);
  if (course->behaviour != NULL && !check_behaviour (course->behaviour, course->days, course->name, "“behaviour”"))
    return FALSE;

  member = json_object_get_member (course->object, "changes");
  course->changes = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
  if (member != NULL && course->changes == NULL)
    return refuse ("The course “%s” has changes that are not an object.", course->name);
  if (course->changes != NULL)
    {
      g_autoptr(GList) days = json_object_get_members (course->changes);

      for (GList *l = days; l != NULL; l = l->next)
        {
          JsonNode *change = json_object_get_member (course->changes, l->data);
          g_autofree char *where = g_strdup_printf ("the changes of day %s", (char *) l->data);
          int day;

          if (!parse_day_key (l->data, course->days, &day))
            return refuse ("The course “%s” has changes on “%s”, which is not a day of the course.", course->name, (char *) l->data);
          if (!JSON_NODE_HOLDS_OBJECT (change) || !check_answers (json_node_get_object (change), course->name, where))
            return refuse ("The course “%s” has changes on day %s that are not answers.", course->name, (char *) l->data);
        }
    }

  member = json_object_get_member (course->object, "overrides");
  course->overrides = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
  if (member != NULL && course->overrides == NULL)
    return refuse ("The course “%s” has overrides that are not an object.", course->name);
  if (course->overrides != NULL)
    {
      g_autoptr(GList) days = json_object_get_members (course->overrides);

      for (GList *l = days; l != NULL; l = l->next)
        {
          JsonNode *override = json_object_get_member (course->overrides, l->data);
          g_autofree char *where = g_strdup_printf ("the overrides of day %s", (char *) l->data);
          int day;

          if (!parse_day_key (l->data, course->days, &day))
            return refuse ("The course “%s” has overrides on “%s”, which is not a day of the course.", course->name, (char *) l->data);
          if (!JSON_NODE_HOLDS_OBJECT (override) ||
              !check_behaviour (json_node_get_object (override), course->days, course->name, where))
            return refuse ("The course “%s” has overrides on day %s that are not behaviour.", course->name, (char *) l->data);
        }
    }

  member = json_object_get_member (course->object, "expect");
  course->expect = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
  if (member != NULL && course->expect == NULL)
    return refuse ("The course “%s” has an “expect” that is not an object.", course->name);
  if (course->expect != NULL && !check_expect (course->expect, library, course->days, course->name))
    return FALSE;

  return TRUE;
}

/* ---- a day of a course --------------------------------------------------------------- */

static void
read_behaviour (JsonObject *object,
                Behaviour  *b)
{
  JsonNode *node;

  if (object == NULL)
    return;
  if ((node = json_object_get_member (object, "session_pain")) != NULL)
    b->session_pain = json_node_get_int (node);
  if ((node = json_object_get_member (object, "run_pain")) != NULL)
    b->run_pain = json_node_get_int (node);
  if ((node = json_object_get_member (object, "morning")) != NULL)
    b->morning = json_node_get_string (node);
  if ((node = json_object_get_member (object, "warning_sign")) != NULL)
    b->warning_sign = json_node_get_string (node);
  if ((node = json_object_get_member (object, "checkin")) != NULL)
    b->checkin = json_node_get_boolean (node);
  if ((node = json_object_get_member (object, "accept")) != NULL)
    b->accept = json_node_get_boolean (node);
  if ((node = json_object_get_member (object, "session_warning")) != NULL)
    b->session_warning = json_node_get_boolean (node);
  if ((node = json_object_get_member (object, "sessions")) != NULL)
    {
      b->as_due = JSON_NODE_HOLDS_VALUE (node);
      b->session_days = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
    }
  if ((node = json_object_get_member (object, "sessions_partial")) != NULL)
    b->partial_days = json_node_get_array (node);
}

static gboolean
day_listed (JsonArray *days,
            int        day)
{
  for (guint i = 0; days != NULL && i < json_array_get_length (days); i++)
    if (json_array_get_int_element (days, i) == day)
      return TRUE;
  return FALSE;
}

static void
behaviour_of_day (Course    *course,
                  int        day,
                  Behaviour *b)
{
  g_autofree char *key = g_strdup_printf ("%d", day);

  *b = (Behaviour) { 0, 0, "same", "rf_weakness", TRUE, TRUE, TRUE, NULL, NULL, FALSE };
  read_behaviour (course->behaviour, b);
  if (course->overrides != NULL && json_object_has_member (course->overrides, key))
    read_behaviour (json_object_get_object_member (course->overrides, key), b);
}

/* The answers with every change of a day up to @day over them. */
static JsonObject *
answers_of_day (Course *course,
                int     day)
{
  JsonObject *answers = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (course->answers);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (answers, l->data, json_node_copy (json_object_get_member (course->answers, l->data)));
  for (int d = 0; d <= day && course->changes != NULL; d++)
    {
      g_autofree char *key = g_strdup_printf ("%d", d);
      JsonObject *change;
      g_autoptr(GList) changed = NULL;

      if (!json_object_has_member (course->changes, key))
        continue;
      change = json_object_get_object_member (course->changes, key);
      changed = json_object_get_members (change);
      for (GList *l = changed; l != NULL; l = l->next)
        json_object_set_member (answers, l->data, json_node_copy (json_object_get_member (change, l->data)));
    }

  return answers;
}

/* What happened on a day, as the expectations and the timeline read it. */
typedef struct
{
  HammyTriagePhase  phase;          /* at the end of the day */
  HammyTriagePhase  highest;        /* the highest it was during the day */
  gboolean          stopped;
  HammyRunning      running;
  GPtrArray        *due;            /* of char *: every exercise due at some moment of the day */
  GPtrArray        *due_phases;     /* of char *: "exercise@phase" pairs */
  JsonNode         *due_list;       /* the timeline's list */
  GHashTable       *done;           /* exercise ids with sets that day */
  gboolean          heavy;          /* heavy lengthening done that day */
  GPtrArray        *new_done;       /* exercise ids first done that day */
  guint             steps_back;
  HammyTodayDone    done_status;
  const char       *checkin;        /* what the morning said, or NULL */
  JsonNode         *proposals;
  guint             ladder_step;
  char            **new_today;
} Day;

static void
day_clear (Day *day)
{
  g_ptr_array_unref (day->due);
  g_ptr_array_unref (day->due_phases);
  g_clear_pointer (&day->due_list, json_node_unref);
  g_hash_table_unref (day->done);
  g_ptr_array_unref (day->new_done);
  g_clear_pointer (&day->proposals, json_node_unref);
  g_strfreev (day->new_today);
}

typedef struct
{
  Course        *course;
  HammyLibrary  *library;
  HammyClock    *clock;
  HammyData     *data;
  char          *root;
  GArray        *days;      /* of Day */
} Run;

/* The clock never goes back: a long session pushes the next moment on. */
static void
set_time (Run         *run,
          const GDate *day,
          int          hour,
          int          minute)
{
  hammy_test_set_time (run->clock, day, hour, minute);
}

static GDateTime *
now_of (Run *run)
{
  return hammy_clock_dup_wall_time (run->clock);
}

static HammyToday *
today_of (Run *run)
{
  g_autoptr(GDateTime) now = now_of (run);

  return hammy_today_new (run->data, now);
}

static HammyPlan *
plan_of (Run *run)
{
  return hammy_data_get_plan (run->data);
}

static void
note_due (Run        *run,
          Day        *day,
          HammyToday *today)
{
  HammyTriagePhase phase = hammy_today_get_phase (today);

  if (hammy_today_get_state (today) != HAMMY_TODAY_TRAINING)
    return;
  for (guint i = 0; i < hammy_today_get_n_items (today); i++)
    {
      const char *id = hammy_today_get_item (today, i)->exercise;
      g_autofree char *pair = g_strdup_printf ("%s@%s", id, hammy_triage_phase_to_id (phase));

      if (!g_ptr_array_find_with_equal_func (day->due, id, g_str_equal, NULL))
        g_ptr_array_add (day->due, g_strdup (id));
      if (!g_ptr_array_find_with_equal_func (day->due_phases, pair, g_str_equal, NULL))
        g_ptr_array_add (day->due_phases, g_steal_pointer (&pair));
    }
  if (phase != HAMMY_TRIAGE_PHASE_WARMUP && (day->highest == HAMMY_TRIAGE_PHASE_WARMUP || phase > day->highest))
    day->highest = phase;
}

static JsonNode *
due_list (HammyToday *today)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  static const char * const sections[] = { "warmup", "circuit", "run" };

  json_builder_begin_array (builder);
  for (guint i = 0; hammy_today_get_state (today) == HAMMY_TODAY_TRAINING && i < hammy_today_get_n_items (today); i++)
    {
      const HammyTodayItem *item = hammy_today_get_item (today, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, item->exercise);
      json_builder_set_member_name (builder, "section");
      json_builder_add_string_value (builder, sections[item->section]);
      json_builder_set_member_name (builder, "sets");
      json_builder_add_int_value (builder, item->sets);
      json_builder_set_member_name (builder, "reps");
      json_builder_add_int_value (builder, item->reps);
      json_builder_set_member_name (builder, "hold_s");
      json_builder_add_int_value (builder, item->hold_seconds);
      json_builder_set_member_name (builder, "load");
      json_builder_add_string_value (builder, item->load);
      if (item->occurrences > 1)
        {
          json_builder_set_member_name (builder, "occurrences");
          json_builder_add_int_value (builder, item->occurrences);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

static void
session_at (Run       *run,
            Day       *day,
            Behaviour *b,
            gboolean   partial,
            gboolean   first)
{
  g_autoptr(HammyToday) today = today_of (run);
  g_autoptr(HammySession) session = NULL;

  note_due (run, day, today);
  if (first)
    {
      g_clear_pointer (&day->due_list, json_node_unref);
      day->due_list = due_list (today);
    }
  /* At 18:00 what is due; at 20:00 only the second time of what is due twice a day. */
  session = hammy_today_new_session (today, run->data, first ? HAMMY_TODAY_SESSION_MAIN : HAMMY_TODAY_SESSION_AGAIN);
  if (session != NULL)
    hammy_test_live_session (run->clock, session, b->session_pain, b->run_pain, partial,
                             b->session_warning ? b->warning_sign : NULL);
}

static void
morning_at (Run       *run,
            Day       *day,
            int        number,
            Behaviour *b)
{
  g_autoptr(GDateTime) now = now_of (run);
  g_autoptr(HammyToday) before = today_of (run);
  g_autofree char *date = hammy_progression_dup_day (now);
  HammyLogCheckin checkin = { 0 };

  if (!b->checkin || hammy_today_get_state (before) == HAMMY_TODAY_NO_PLAN)
    return;

  checkin.date = date;
  checkin.run_pain = -1;
  checkin.leg = g_str_equal (b->morning, "better") ? HAMMY_COMPARED_BETTER
              : g_str_equal (b->morning, "worse") ? HAMMY_COMPARED_WORSE : HAMMY_COMPARED_SAME;
  if (g_str_equal (b->morning, "warning"))
    checkin.warning = (char *) b->warning_sign;
  /* After a day with a run: how much it hurt. */
  if (number > 0 && g_hash_table_contains (g_array_index (run->days, Day, number - 1).done, HAMMY_PLAN_LADDER_RUN))
    checkin.run_pain = b->run_pain;
  hammy_data_add_checkin (run->data, &checkin);
  day->checkin = b->morning;
}

static void
answer_at (Run        *run,
           Day        *day,
           int         number,
           Behaviour  *b)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(HammyToday) today = today_of (run);
  g_autoptr(HammyToday) after = NULL;
  g_autoptr(GDateTime) now = now_of (run);
  GPtrArray *proposals = hammy_today_get_proposals (today);
  HammyPhaseCheck *check;

  json_builder_begin_array (builder);
  for (guint i = 0; i < proposals->len; i++)
    {
      HammyProposal *proposal = g_ptr_array_index (proposals, i);
      gboolean accepted = b->accept && hammy_data_accept_proposal (run->data, proposal, now, NULL);

      if (!b->accept)
        hammy_data_decline_proposal (run->data, proposal, now);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, hammy_proposal_get_rule (proposal));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, "step_up");
      json_builder_set_member_name (builder, "accepted");
      json_builder_add_boolean_value (builder, accepted);
      json_builder_end_object (builder);
    }

  /* The phase check offered today, after the step-ups. */
  after = today_of (run);
  check = hammy_today_get_phase_check (after);
  if (check != NULL)
    {
      gboolean passed = FALSE;

      if (b->accept)
        {
          g_autoptr(JsonObject) known = answers_of_day (run->course, number);
          g_autoptr(JsonObject) answers = json_object_new ();
          const char * const *questions = hammy_phase_check_get_questions (check);

          for (guint i = 0; questions[i] != NULL; i++)
            if (json_object_has_member (known, questions[i]))
              json_object_set_member (answers, questions[i], json_node_copy (json_object_get_member (known, questions[i])));
          passed = hammy_data_answer_phase_check (run->data, check, answers, now, NULL, NULL);
        }
      else
        hammy_data_decline_phase_check (run->data, check, now);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, "phase-check");
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, "phase_check");
      json_builder_set_member_name (builder, "accepted");
      json_builder_add_boolean_value (builder, b->accept);
      json_builder_set_member_name (builder, "passed");
      json_builder_add_boolean_value (builder, passed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  day->proposals = json_builder_get_root (builder);
}

/* What the log shows of a day: the exercises done, heavy work, and what was new. */
static void
read_done (Run         *run,
           Day         *day,
           const GDate *date)
{
  HammyLog *log = hammy_data_get_log (run->data);
  g_autoptr(GPtrArray) sessions = hammy_log_dup_sessions_of_day (log, date);

  for (guint i = 0; i < sessions->len; i++)
    {
      const HammyLogSession *session = g_ptr_array_index (sessions, i);

      for (guint j = 0; j < session->sets->len; j++)
        {
          const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);
          HammyExercise *exercise = hammy_library_lookup_exercise (run->library, set->exercise);
          const HammySchedule *schedule = exercise != NULL ? hammy_exercise_get_schedule (exercise) : NULL;
          GDate first;

          g_hash_table_add (day->done, g_strdup (set->exercise));
          if (schedule != NULL && g_strcmp0 (schedule->group, HAMMY_GROUP_HEAVY_LENGTHENING) == 0 &&
              (schedule->group_load == NULL || g_strcmp0 (set->load, "heavy") == 0 || set->load == NULL))
            day->heavy = TRUE;
          if (hammy_log_get_first_done (log, set->exercise, &first) && g_date_compare (&first, date) == 0 &&
              g_strcmp0 (set->exercise, HAMMY_PLAN_LADDER_RUN) != 0 &&
              (schedule == NULL || g_strcmp0 (schedule->group, HAMMY_GROUP_WALKING) != 0) &&
              !g_ptr_array_find_with_equal_func (day->new_done, set->exercise, g_str_equal, NULL))
            g_ptr_array_add (day->new_done, g_strdup (set->exercise));
        }
    }
}

static void
end_of_day (Run         *run,
            Day         *day,
            const GDate *date)
{
  g_autoptr(HammyToday) today = today_of (run);
  HammyPlan *plan = plan_of (run);

  note_due (run, day, today);
  if (day->due_list == NULL)
    day->due_list = due_list (today);
  day->phase = hammy_today_get_phase (today);
  day->stopped = hammy_today_get_state (today) == HAMMY_TODAY_STOPPED;
  day->running = hammy_today_get_running (today) != NULL ? hammy_today_get_running (today)->advice : HAMMY_RUNNING_STOP;
  day->done_status = hammy_today_get_done (today);
  day->ladder_step = hammy_today_get_ladder_step (today);
  day->new_today = g_strdupv ((char **) hammy_today_get_new_today (today));
  read_done (run, day, date);
  for (guint i = 0; plan != NULL && i < hammy_plan_get_n_changes (plan); i++)
    {
      const HammyPlanChange *change = hammy_plan_get_change (plan, i);

      if (g_date_compare (&change->date, date) == 0 &&
          (change->kind == HAMMY_PLAN_CHANGE_STEP_BACK || change->kind == HAMMY_PLAN_CHANGE_PHASE_BACK))
        day->steps_back++;
    }
}

static void
print_timeline (Run         *run,
                Day         *day,
                int          number,
                const GDate *date)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *when = hammy_day_format (date);
  static const char * const done[] = { "none", "partial", "full" };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "course");
  json_builder_add_string_value (builder, run->course->name);
  json_builder_set_member_name (builder, "day");
  json_builder_add_int_value (builder, number);
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, when);
  json_builder_set_member_name (builder, "phase");
  json_builder_add_string_value (builder, hammy_triage_phase_to_id (day->phase));
  json_builder_set_member_name (builder, "running");
  json_builder_add_string_value (builder, hammy_running_to_id (day->running));
  json_builder_set_member_name (builder, "due");
  json_builder_add_value (builder, json_node_copy (day->due_list));
  json_builder_set_member_name (builder, "done");
  json_builder_add_string_value (builder, done[day->done_status]);
  json_builder_set_member_name (builder, "checkin");
  if (day->checkin != NULL)
    json_builder_add_string_value (builder, day->checkin);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "proposals");
  if (day->proposals != NULL)
    json_builder_add_value (builder, json_node_copy (day->proposals));
  else
    {
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "steps_back");
  json_builder_add_int_value (builder, day->steps_back);
  json_builder_set_member_name (builder, "ladder_step");
  json_builder_add_int_value (builder, day->ladder_step);
  json_builder_set_member_name (builder, "stopped");
  json_builder_add_boolean_value (builder, day->stopped);
  json_builder_set_member_name (builder, "new");
  json_builder_begin_array (builder);
  for (guint i = 0; day->new_today != NULL && day->new_today[i] != NULL; i++)
    json_builder_add_string_value (builder, day->new_today[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
live_course (Run      *run,
             gboolean  timeline)
{
  Course *course = run->course;

  for (int d = 0; d < course->days; d++)
    {
      Day day = { 0 };
      Behaviour b;
      GDate date = course->start;

      g_date_add_days (&date, d);
      behaviour_of_day (course, d, &b);
      day.due = g_ptr_array_new_with_free_func (g_free);
      day.due_phases = g_ptr_array_new_with_free_func (g_free);
      day.done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      day.new_done = g_ptr_array_new_with_free_func (g_free);
      day.highest = HAMMY_TRIAGE_PHASE_URGENT;
      g_array_append_val (run->days, day);

      if (d == 0)
        {
          g_autoptr(JsonObject) answers = answers_of_day (course, 0);
          g_autoptr(HammyAssessment) assessment = NULL;
          g_autoptr(GDateTime) now = NULL;

          set_time (run, &date, 8, 0);
          now = now_of (run);
          assessment = hammy_triage_assess (answers, now);
          hammy_data_add_assessment (run->data, assessment);
        }
      else
        {
          set_time (run, &date, 7, 0);
          morning_at (run, &g_array_index (run->days, Day, d), d, &b);
          set_time (run, &date, 7, 5);
          answer_at (run, &g_array_index (run->days, Day, d), d, &b);
        }

      set_time (run, &date, 18, 0);
      if (b.as_due || day_listed (b.session_days, d))
        {
          gboolean partial = day_listed (b.partial_days, d);

          session_at (run, &g_array_index (run->days, Day, d), &b, partial, TRUE);
          set_time (run, &date, 20, 0);
          session_at (run, &g_array_index (run->days, Day, d), &b, partial, FALSE);
        }

      set_time (run, &date, 23, 30);
      end_of_day (run, &g_array_index (run->days, Day, d), &date);
      if (timeline)
        print_timeline (run, &g_array_index (run->days, Day, d), d, &date);
      hammy_data_flush (run->data);
    }
}

/* ---- what the course expects --------------------------------------------------------- */

static int
phase_rank (const char *id)
{
  for (int i = 0; phase_order[i] != NULL; i++)
    if (g_str_equal (phase_order[i], id))
      return i;
  return -1;
}

/* The phase as a rank; warm-up has none. */
static int
rank_of (HammyTriagePhase phase)
{
  return phase == HAMMY_TRIAGE_PHASE_WARMUP ? -1 : phase_rank (hammy_triage_phase_to_id (phase));
}

static gboolean
reached (HammyTriagePhase  phase,
         const char       *wanted)
{
  if (g_str_equal (wanted, "warmup") || phase == HAMMY_TRIAGE_PHASE_WARMUP)
    return g_str_equal (hammy_triage_phase_to_id (phase), wanted);
  return rank_of (phase) >= phase_rank (wanted);
}

static Day *
day_at (Run *run,
        int  number)
{
  return &g_array_index (run->days, Day, number);
}

static guint failures_in_course;

static void
fail (Run        *run,
      const char *key,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (Run        *run,
      const char *key,
      const char *format,
      ...)
{
  g_autofree char *why = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("FAIL %s: %s: %s\n", run->course->name, key, why);
  failures_in_course++;
}

static gboolean
was_due (Day        *day,
         const char *id,
         Run        *run)
{
  if (g_strcmp0 (id, HEAVY_GROUP) != 0)
    return g_ptr_array_find_with_equal_func (day->due, id, g_str_equal, NULL);

  for (guint i = 0; i < day->due->len; i++)
    {
      HammyExercise *exercise = hammy_library_lookup_exercise (run->library, g_ptr_array_index (day->due, i));

      if (exercise != NULL && g_strcmp0 (hammy_exercise_get_schedule (exercise)->group, HAMMY_GROUP_HEAVY_LENGTHENING) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
was_done (Day        *day,
          const char *id)
{
  return g_strcmp0 (id, HEAVY_GROUP) == 0 ? day->heavy : g_hash_table_contains (day->done, id);
}

static void
expect_phases (Run        *run,
               JsonObject *expect)
{
  int n = run->days->len;

  if (json_object_has_member (expect, "phase_not_before"))
    {
      JsonObject *map = json_object_get_object_member (expect, "phase_not_before");
      g_autoptr(GList) phases = json_object_get_members (map);

      for (GList *l = phases; l != NULL; l = l->next)
        for (int d = 0; d < MIN (json_object_get_int_member (map, l->data), n); d++)
          if (reached (day_at (run, d)->highest, l->data) || reached (day_at (run, d)->phase, l->data))
            {
              fail (run, "phase_not_before", "reached %s on day %d, before day %d", (char *) l->data, d,
                    (int) json_object_get_int_member (map, l->data));
              break;
            }
    }

  if (json_object_has_member (expect, "phase_by"))
    {
      JsonObject *map = json_object_get_object_member (expect, "phase_by");
      g_autoptr(GList) phases = json_object_get_members (map);

      for (GList *l = phases; l != NULL; l = l->next)
        {
          int by = json_object_get_int_member (map, l->data);
          gboolean ok = FALSE;

          for (int d = 0; d <= MIN (by, n - 1) && !ok; d++)
            ok = reached (day_at (run, d)->phase, l->data);
          if (!ok)
            fail (run, "phase_by", "not in %s or later by day %d (in %s then)", (char *) l->data, by,
                  hammy_triage_phase_to_id (day_at (run, MIN (by, n - 1))->phase));
        }
    }

  if (json_object_has_member (expect, "phase_max"))
    {
      const char *max = json_object_get_string_member (expect, "phase_max");

      for (int d = 0; d < n; d++)
        {
          Day *day = day_at (run, d);
          gboolean above = g_str_equal (max, "warmup")
                           ? day->phase != HAMMY_TRIAGE_PHASE_WARMUP
                           : (rank_of (day->highest) > phase_rank (max) || rank_of (day->phase) > phase_rank (max));

          if (above)
            {
              fail (run, "phase_max", "in %s on day %d, above %s", hammy_triage_phase_to_id (day->phase), d, max);
              break;
            }
        }
    }

  if (json_object_has_member (expect, "phase_on_day"))
    {
      JsonObject *map = json_object_get_object_member (expect, "phase_on_day");
      g_autoptr(GList) days = json_object_get_members (map);

      for (GList *l = days; l != NULL; l = l->next)
        {
          JsonArray *phases = json_object_get_array_member (map, l->data);
          const char *phase = hammy_triage_phase_to_id (day_at (run, atoi (l->data))->phase);
          gboolean ok = FALSE;

          for (guint i = 0; i < json_array_get_length (phases) && !ok; i++)
            ok = g_str_equal (json_array_get_string_element (phases, i), phase);
          if (!ok)
            fail (run, "phase_on_day", "in %s at the end of day %s", phase, (char *) l->data);
        }
    }
}

static void
expect_due (Run        *run,
            JsonObject *expect)
{
  int n = run->days->len;

  if (json_object_has_member (expect, "never_in_plan"))
    {
      JsonArray *ids = json_object_get_array_member (expect, "never_in_plan");

      for (guint i = 0; i < json_array_get_length (ids); i++)
        for (int d = 0; d < n; d++)
          if (was_due (day_at (run, d), json_array_get_string_element (ids, i), run))
            {
              fail (run, "never_in_plan", "%s was due on day %d", json_array_get_string_element (ids, i), d);
              break;
            }
    }

  if (json_object_has_member (expect, "not_before_day"))
    {
      JsonObject *map = json_object_get_object_member (expect, "not_before_day");
      g_autoptr(GList) ids = json_object_get_members (map);

      for (GList *l = ids; l != NULL; l = l->next)
        for (int d = 0; d < MIN (json_object_get_int_member (map, l->data), n); d++)
          if (was_due (day_at (run, d), l->data, run))
            {
              fail (run, "not_before_day", "%s was due on day %d, before day %d", (char *) l->data, d,
                    (int) json_object_get_int_member (map, l->data));
              break;
            }
    }

  if (json_object_has_member (expect, "not_in_phase"))
    {
      JsonObject *map = json_object_get_object_member (expect, "not_in_phase");
      g_autoptr(GList) ids = json_object_get_members (map);

      for (GList *l = ids; l != NULL; l = l->next)
        {
          JsonArray *phases = json_object_get_array_member (map, l->data);

          for (int d = 0; d < n; d++)
            for (guint p = 0; p < json_array_get_length (phases); p++)
              {
                g_autofree char *pair = g_strdup_printf ("%s@%s", (char *) l->data, json_array_get_string_element (phases, p));

                if (g_ptr_array_find_with_equal_func (day_at (run, d)->due_phases, pair, g_str_equal, NULL))
                  fail (run, "not_in_phase", "%s was due in %s on day %d", (char *) l->data,
                        json_array_get_string_element (phases, p), d);
              }
        }
    }
}

static void
expect_done (Run        *run,
             JsonObject *expect)
{
  int n = run->days->len;

  if (json_object_has_member (expect, "max_per_7_days"))
    {
      JsonObject *map = json_object_get_object_member (expect, "max_per_7_days");
      g_autoptr(GList) ids = json_object_get_members (map);

      for (GList *l = ids; l != NULL; l = l->next)
        {
          int most = json_object_get_int_member (map, l->data);

          for (int d = 0; d < n; d++)
            {
              int count = 0;

              for (int w = d; w < MIN (d + 7, n); w++)
                count += was_done (day_at (run, w), l->data);
              if (count > most)
                {
                  fail (run, "max_per_7_days", "%s was done on %d days of the 7 from day %d, more than %d",
                        (char *) l->data, count, d, most);
                  break;
                }
            }
        }
    }

  if (json_object_has_member (expect, "min_gap_days"))
    {
      JsonObject *map = json_object_get_object_member (expect, "min_gap_days");
      g_autoptr(GList) ids = json_object_get_members (map);

      for (GList *l = ids; l != NULL; l = l->next)
        {
          int gap = json_object_get_int_member (map, l->data), last = -1;

          for (int d = 0; d < n; d++)
            {
              if (!was_done (day_at (run, d), l->data))
                continue;
              if (last >= 0 && d - last < gap)
                {
                  fail (run, "min_gap_days", "%s was done on days %d and %d, less than %d apart", (char *) l->data,
                        last, d, gap);
                  break;
                }
              last = d;
            }
        }
    }

  if (json_object_has_member (expect, "max_new_per_day"))
    {
      guint most = json_object_get_int_member (expect, "max_new_per_day");

      for (int d = 1; d < n; d++)
        if (day_at (run, d)->new_done->len > most)
          {
            g_autofree char *ids = NULL;

            g_ptr_array_add (day_at (run, d)->new_done, NULL);
            ids = g_strjoinv (", ", (char **) day_at (run, d)->new_done->pdata);
            fail (run, "max_new_per_day", "%u new exercises were done on day %d: %s", day_at (run, d)->new_done->len - 1,
                  d, ids);
            break;
          }
    }
}

static void
expect_advice (Run        *run,
               JsonObject *expect)
{
  int n = run->days->len;

  if (json_object_has_member (expect, "running_on_day"))
    {
      JsonObject *map = json_object_get_object_member (expect, "running_on_day");
      g_autoptr(GList) days = json_object_get_members (map);

      for (GList *l = days; l != NULL; l = l->next)
        {
          JsonArray *allowed = json_object_get_array_member (map, l->data);
          const char *running = hammy_running_to_id (day_at (run, atoi (l->data))->running);
          gboolean ok = FALSE;

          for (guint i = 0; i < json_array_get_length (allowed) && !ok; i++)
            ok = g_str_equal (json_array_get_string_element (allowed, i), running);
          if (!ok)
            fail (run, "running_on_day", "the advice was %s at the end of day %s", running, (char *) l->data);
        }
    }

  if (json_object_has_member (expect, "steps_back_by"))
    {
      JsonObject *map = json_object_get_object_member (expect, "steps_back_by");
      g_autoptr(GList) days = json_object_get_members (map);

      for (GList *l = days; l != NULL; l = l->next)
        {
          int from = atoi (l->data), by = json_object_get_int_member (map, l->data);
          gboolean ok = FALSE;

          for (int d = from; d <= MIN (by, n - 1) && !ok; d++)
            ok = day_at (run, d)->steps_back > 0;
          if (!ok)
            fail (run, "steps_back_by", "no step back from day %d to day %d", from, by);
        }
    }

  if (json_object_has_member (expect, "stopped_by"))
    {
      int by = json_object_get_int_member (expect, "stopped_by");

      if (by >= n || !day_at (run, by)->stopped)
        fail (run, "stopped_by", "not stopped by the end of day %d", by);
      for (int d = by; d < n; d++)
        if (!day_at (run, d)->stopped)
          {
            fail (run, "stopped_by", "running again on day %d after the stop", d);
            break;
          }
    }
}

static gboolean
run_course (Course       *course,
            HammyLibrary *library,
            gboolean      timeline)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_get_year (&course->start), g_date_get_month (&course->start),
                                                    g_date_get_day (&course->start), 8, 0, 0);
  g_autoptr(GError) error = NULL;
  Run run = { course, library };

  failures_in_course = 0;
  run.root = g_dir_make_tmp ("hammy-course-XXXXXX", &error);
  g_assert_no_error (error);
  run.clock = hammy_fake_clock_new (start);
  run.data = hammy_data_new (run.root, library);
  hammy_data_set_clock (run.data, run.clock);
  run.days = g_array_new (FALSE, TRUE, sizeof (Day));
  g_array_set_clear_func (run.days, (GDestroyNotify) day_clear);
  if (!hammy_test_load_data (run.data))
    g_error ("A fresh data folder could not be read");

  live_course (&run, timeline);

  if (course->expect != NULL)
    {
      expect_phases (&run, course->expect);
      expect_due (&run, course->expect);
      expect_done (&run, course->expect);
      expect_advice (&run, course->expect);
    }

  hammy_data_flush (run.data);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&run.data);
  g_clear_object (&run.clock);
  g_array_unref (run.days);
  hammy_test_remove_tree (run.root);
  g_free (run.root);

  return failures_in_course == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HammyLibrary) library = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) courses = g_array_new (FALSE, TRUE, sizeof (Course));
  const char *path = NULL;
  gboolean timeline = FALSE;
  guint passed = 0, failed = 0;
  JsonNode *root;

  /* The courses live in UTC, whatever the machine's zone, and in plain English. */
  g_setenv ("TZ", "UTC", TRUE);
  tzset ();
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--timeline"))
      timeline = TRUE;
    else if (path == NULL && argv[i][0] != '-')
      path = argv[i];
    else
      {
        g_printerr ("Usage: course FILE [--timeline]\n");
        return 2;
      }
  if (path == NULL)
    {
      g_printerr ("Usage: course FILE [--timeline]\n");
      return 2;
    }

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr ("The courses in %s cannot be read: %s\n", path, error->message);
      return 2;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_printerr ("The file %s is not a list of courses.\n", path);
      return 2;
    }

  library = hammy_test_load_library ();
  for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
    {
      Course course = { 0 };

      if (!read_course (json_array_get_element (json_node_get_array (root), i), i, library, &course))
        {
          g_printerr ("%s\n", file_problem);
          return 2;
        }
      g_array_append_val (courses, course);
    }

  for (guint i = 0; i < courses->len; i++)
    if (run_course (&g_array_index (courses, Course, i), library, timeline))
      passed++;
    else
      failed++;

  g_print ("%u passed, %u failed\n", passed, failed);
  return failed > 0 ? 1 : 0;
}
