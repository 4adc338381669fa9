/* hammy-log.c: the log of sessions, sets and morning check-ins, one file a month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hammy-json-guard.h"
#include "hammy-log.h"

#define MAX_SESSIONS_PER_MONTH 1000
#define MAX_SETS_PER_SESSION   2000
#define MAX_CHECKINS_PER_MONTH 62
#define MAX_ID                 64
#define MAX_NOTE               2000

const HammyStoreFormat hammy_log_month_format = {
  .name = "hammy-log",
  .version = 1,
  .max_bytes = HAMMY_LOG_MAX_MONTH_BYTES,
  .max_depth = 16,
  .migrate = NULL,
};

static const char * const side_ids[] = { "both", "left", "right", NULL };
static const char * const status_ids[] = { "in-progress", "done", "partial", "skipped", NULL };
static const char * const compared_ids[] = { "better", "same", "worse", NULL };

typedef struct
{
  char      *key;        /* YYYY-MM */
  GPtrArray *sessions;   /* of HammyLogSession, owned */
  GArray    *checkins;   /* of HammyLogCheckin */
} Month;

struct _HammyLog
{
  GObject     parent_instance;

  HammyStore *store;
  char       *directory;   /* relative to the store */
  GHashTable *months;      /* key → Month */
  GPtrArray  *sessions;    /* every session, oldest first; not owned */
  GHashTable *by_id;       /* id → HammyLogSession */
  GPtrArray  *checkins;    /* every check-in, oldest first; not owned */
  guint       n_sets;
};

G_DEFINE_FINAL_TYPE (HammyLog, hammy_log, G_TYPE_OBJECT)

static void
set_clear (HammyLogSet *set)
{
  g_free (set->exercise);
  g_free (set->note);
}

static void
session_free (HammyLogSession *session)
{
  g_free (session->id);
  g_free (session->phase);
  g_array_unref (session->sets);
  g_free (session);
}

static HammyLogSession *
session_new (void)
{
  HammyLogSession *session = g_new0 (HammyLogSession, 1);

  session->sets = g_array_new (FALSE, TRUE, sizeof (HammyLogSet));
  g_array_set_clear_func (session->sets, (GDestroyNotify) set_clear);

  return session;
}

static void
checkin_clear (HammyLogCheckin *checkin)
{
  g_free (checkin->date);
}

static Month *
month_new (const char *key)
{
  Month *month = g_new0 (Month, 1);

  month->key = g_strdup (key);
  month->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);
  month->checkins = g_array_new (FALSE, TRUE, sizeof (HammyLogCheckin));
  g_array_set_clear_func (month->checkins, (GDestroyNotify) checkin_clear);

  return month;
}

static void
month_free (Month *month)
{
  g_free (month->key);
  g_ptr_array_unref (month->sessions);
  g_array_unref (month->checkins);
  g_free (month);
}

static int
index_of (const char * const *ids,
          const char         *id)
{
  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return -1;
}

static gboolean
is_id (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != ':' && *p != '+' && *p != '.')
      return FALSE;
  return TRUE;
}

static char *
month_key_for (gint64 seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  return local != NULL ? g_date_time_format (local, "%Y-%m") : NULL;
}

static gboolean
parse_time (JsonObject  *object,
            const char  *name,
            gboolean     required,
            gint64      *out,
            GError     **error)
{
  g_autoptr(GDateTime) time = NULL;

  if (!hammy_json_get_time (object, name, required, &time, error))
    return FALSE;
  if (time != NULL)
    *out = g_date_time_to_unix (time);

  return TRUE;
}

static gboolean
parse_set (JsonObject       *object,
           HammyLogSession  *session,
           HammyLogSet      *set,
           GError          **error)
{
  static const char * const known[] = { "exercise", "side", "number", "reps", "hold_seconds", "load_kg",
                                        "pain", "effort", "note", "at", NULL };
  const char *exercise = NULL, *side = "both", *note = NULL;
  gint64 number = 1, reps = 0, hold = 0, pain = -1, effort = 0, at = 0;
  double load = 0;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, MAX_ID, &exercise, error) ||
      !hammy_json_get_string (object, "side", FALSE, 8, &side, error) ||
      !hammy_json_get_int (object, "number", TRUE, 1, 100, &number, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 0, 1000, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 0, 7200, &hold, error) ||
      !hammy_json_get_double (object, "load_kg", FALSE, 0, 1000, &load, error) ||
      !hammy_json_get_int (object, "pain", FALSE, 0, 10, &pain, error) ||
      !hammy_json_get_int (object, "effort", FALSE, 0, 10, &effort, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error) ||
      !hammy_json_get_int (object, "at", FALSE, 0, 7 * 24 * 3600, &at, error))
    return FALSE;

  if (!is_id (exercise))
    return hammy_json_set_invalid (error, _("A set names an exercise in a way Hammy does not recognise."));
  if (index_of (side_ids, side) < 0)
    return hammy_json_set_invalid (error, _("A set names a side other than left, right or both."));

  set->exercise = g_strdup (exercise);
  set->side = index_of (side_ids, side);
  set->number = number;
  set->reps = reps;
  set->hold_seconds = hold;
  set->load_kg = load;
  set->pain = pain;
  set->effort = effort;
  set->note = note != NULL && *note ? g_strdup (note) : NULL;
  set->finished = session->started + at;

  return TRUE;
}

static HammyLogSession *
parse_session (JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "id", "started", "ended", "phase", "planned_sets", "status", "sets", NULL };
  g_autoptr(GPtrArray) holder = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);
  HammyLogSession *session = session_new ();
  const char *id = NULL, *phase = NULL, *status = NULL;
  gint64 planned = 0;
  JsonArray *sets = NULL;

  g_ptr_array_add (holder, session);

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "id", TRUE, MAX_ID, &id, error) ||
      !parse_time (object, "started", TRUE, &session->started, error) ||
      !parse_time (object, "ended", FALSE, &session->ended, error) ||
      !hammy_json_get_string (object, "phase", FALSE, MAX_ID, &phase, error) ||
      !hammy_json_get_int (object, "planned_sets", FALSE, 0, MAX_SETS_PER_SESSION, &planned, error) ||
      !hammy_json_get_string (object, "status", TRUE, 16, &status, error) ||
      !hammy_json_get_array (object, "sets", TRUE, MAX_SETS_PER_SESSION, &sets, error))
    return NULL;

  if (!is_id (id) || (phase != NULL && !is_id (phase)))
    {
      hammy_json_set_invalid (error, _("A session has an identifier Hammy does not recognise."));
      return NULL;
    }
  if (index_of (status_ids, status) < 0)
    {
      hammy_json_set_invalid (error, _("A session has a status Hammy does not know."));
      return NULL;
    }

  session->id = g_strdup (id);
  session->phase = g_strdup (phase);
  session->planned_sets = planned;
  session->status = index_of (status_ids, status);

  g_array_set_size (session->sets, json_array_get_length (sets));
  for (guint i = 0; i < json_array_get_length (sets); i++)
    {
      JsonNode *node = json_array_get_element (sets, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("A set in a session is not a group of fields."));
          g_array_set_size (session->sets, i);
          return NULL;
        }
      if (!parse_set (json_node_get_object (node), session, &g_array_index (session->sets, HammyLogSet, i), error))
        {
          g_array_set_size (session->sets, i);
          return NULL;
        }
    }

  return g_ptr_array_steal_index (holder, 0);
}

static gboolean
parse_checkin (JsonObject       *object,
               HammyLogCheckin  *checkin,
               GError          **error)
{
  static const char * const known[] = { "date", "pain", "stiffness", "red_flag", NULL };
  const char *date = NULL, *pain = NULL, *stiffness = NULL;
  gboolean red_flag = FALSE;
  int y, m, d;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "date", TRUE, 10, &date, error) ||
      !hammy_json_get_string (object, "pain", TRUE, 8, &pain, error) ||
      !hammy_json_get_string (object, "stiffness", TRUE, 8, &stiffness, error) ||
      !hammy_json_get_boolean (object, "red_flag", FALSE, &red_flag, error))
    return FALSE;

  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || strlen (date) != 10 || !g_date_valid_dmy (d, m, y))
    return hammy_json_set_invalid (error, _("A morning check-in has a date Hammy cannot read."));
  if (index_of (compared_ids, pain) < 0 || index_of (compared_ids, stiffness) < 0)
    return hammy_json_set_invalid (error, _("A morning check-in compares with usual in a way Hammy does not know."));

  checkin->date = g_strdup (date);
  checkin->pain = index_of (compared_ids, pain) - 1;
  checkin->stiffness = index_of (compared_ids, stiffness) - 1;
  checkin->red_flag = red_flag;

  return TRUE;
}

/* A month file as a Month, or NULL and a sentence. @expected is the key its name gives. */
static Month *
parse_month (JsonObject  *object,
             const char  *expected,
             GError     **error)
{
  static const char * const known[] = { "format", "version", "month", "sessions", "checkins", NULL };
  const char *key = NULL;
  JsonArray *sessions = NULL, *checkins = NULL;
  Month *month;
  int y, m;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "month", TRUE, 7, &key, error) ||
      !hammy_json_get_array (object, "sessions", TRUE, MAX_SESSIONS_PER_MONTH, &sessions, error) ||
      !hammy_json_get_array (object, "checkins", FALSE, MAX_CHECKINS_PER_MONTH, &checkins, error))
    return NULL;

  /* The key becomes a file name: sscanf alone would take "2026-1/" or "2026-+3". */
  if (strlen (key) != 7 || !g_ascii_isdigit (key[5]) || !g_ascii_isdigit (key[6]) ||
      sscanf (key, "%4d-%2d", &y, &m) != 2 || y < 2000 || m < 1 || m > 12)
    {
      hammy_json_set_invalid (error, _("It names a month Hammy cannot read."));
      return NULL;
    }
  if (expected != NULL && strcmp (expected, key) != 0)
    {
      hammy_json_set_invalid (error, _("It holds a different month from the one its name says."));
      return NULL;
    }

  month = month_new (key);
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      JsonNode *node = json_array_get_element (sessions, i);
      HammyLogSession *session;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("A session is not a group of fields."));
          month_free (month);
          return NULL;
        }
      session = parse_session (json_node_get_object (node), error);
      if (session == NULL)
        {
          month_free (month);
          return NULL;
        }
      g_ptr_array_add (month->sessions, session);
    }

  for (guint i = 0; checkins != NULL && i < json_array_get_length (checkins); i++)
    {
      JsonNode *node = json_array_get_element (checkins, i);
      HammyLogCheckin checkin = { 0 };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("A morning check-in is not a group of fields."));
          month_free (month);
          return NULL;
        }
      if (!parse_checkin (json_node_get_object (node), &checkin, error))
        {
          month_free (month);
          return NULL;
        }
      g_array_append_val (month->checkins, checkin);
    }

  return month;
}

static gpointer
load_month (JsonObject  *object,
            gpointer     user_data,
            GError     **error)
{
  return parse_month (object, user_data, error);
}

gboolean
hammy_log_check_month_bytes (const char  *data,
                             gsize        length,
                             GError     **error)
{
  HammyJsonLimits limits = { hammy_log_month_format.max_bytes, hammy_log_month_format.max_depth };
  g_autoptr(JsonNode) root = hammy_json_parse_untrusted (data, length, &limits, error);
  Month *month;

  if (root == NULL ||
      !hammy_json_check_header (json_node_get_object (root), hammy_log_month_format.name,
                                hammy_log_month_format.version, NULL, error))
    return FALSE;

  month = parse_month (json_node_get_object (root), NULL, error);
  if (month == NULL)
    return FALSE;

  month_free (month);
  return TRUE;
}

/* ---- the model ----------------------------------------------------------------------- */

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const HammyLogSession *x = *(HammyLogSession **) a;
  const HammyLogSession *y = *(HammyLogSession **) b;

  if (x->started != y->started)
    return x->started < y->started ? -1 : 1;
  return g_strcmp0 (x->id, y->id);
}

static int
compare_checkins (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 ((*(HammyLogCheckin **) a)->date, (*(HammyLogCheckin **) b)->date);
}

/* Adds a parsed month; a session whose id is already known (a copy in another file) is
 * dropped rather than shown twice. */
static void
adopt_month (HammyLog *self,
             Month    *month)
{
  for (guint i = 0; i < month->sessions->len;)
    {
      HammyLogSession *session = g_ptr_array_index (month->sessions, i);

      if (g_hash_table_contains (self->by_id, session->id))
        {
          g_ptr_array_remove_index (month->sessions, i);
          continue;
        }
      g_hash_table_insert (self->by_id, session->id, session);
      g_ptr_array_add (self->sessions, session);
      self->n_sets += session->sets->len;
      i++;
    }
  for (guint i = 0; i < month->checkins->len; i++)
    g_ptr_array_add (self->checkins, &g_array_index (month->checkins, HammyLogCheckin, i));

  g_hash_table_insert (self->months, month->key, month);
}

static void
hammy_log_finalize (GObject *object)
{
  HammyLog *self = HAMMY_LOG (object);

  g_ptr_array_unref (self->sessions);
  g_ptr_array_unref (self->checkins);
  g_hash_table_unref (self->by_id);
  g_hash_table_unref (self->months);
  g_clear_object (&self->store);
  g_free (self->directory);

  G_OBJECT_CLASS (hammy_log_parent_class)->finalize (object);
}

static void
hammy_log_class_init (HammyLogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_log_finalize;
}

static void
hammy_log_init (HammyLog *self)
{
  self->months = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) month_free);
  self->sessions = g_ptr_array_new ();
  self->checkins = g_ptr_array_new ();
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

HammyLog *
hammy_log_new (HammyStore *store,
               const char *relative_dir)
{
  HammyLog *self;

  g_return_val_if_fail (HAMMY_IS_STORE (store), NULL);
  g_return_val_if_fail (relative_dir != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_LOG, NULL);
  self->store = g_object_ref (store);
  self->directory = g_strdup (relative_dir);

  return self;
}

/* Reads every month; a month that cannot be read is kept aside and named in @problems
 * (of HammyStoreProblem), and the rest loads. Safe to call from any thread. */
HammyLog *
hammy_log_load (HammyStore  *store,
                const char  *relative_dir,
                GPtrArray  **problems)
{
  g_autoptr(HammyLog) self = hammy_log_new (store, relative_dir);
  g_autoptr(GPtrArray) names = hammy_store_list (store, relative_dir, ".json");
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_problem_free);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *base = g_path_get_basename (name);
      g_autofree char *key = g_strndup (base, strlen (base) - strlen (".json"));
      HammyStoreProblem *problem = NULL;
      Month *month;

      month = hammy_store_load (store, name, &hammy_log_month_format, load_month, key, &problem);
      if (month != NULL)
        adopt_month (self, month);
      if (problem != NULL)
        g_ptr_array_add (found, problem);
    }

  g_ptr_array_sort (self->sessions, compare_sessions);
  g_ptr_array_sort (self->checkins, compare_checkins);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return g_steal_pointer (&self);
}

/* What a load on the thread reads: which store, and the log's folder in it. */
typedef struct
{
  HammyStore *store;
  char       *relative_dir;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_clear_object (&request->store);
  g_clear_pointer (&request->relative_dir, g_free);
  g_free (request);
}

typedef struct
{
  HammyLog  *log;
  GPtrArray *problems;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->log);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  LoadResult *result = g_new0 (LoadResult, 1);

  result->log = hammy_log_load (request->store, request->relative_dir, &result->problems);
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

void
hammy_log_load_async (HammyStore          *store,
                      const char          *relative_dir,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  LoadRequest *request = g_new0 (LoadRequest, 1);

  request->store = g_object_ref (store);
  request->relative_dir = g_strdup (relative_dir);
  g_task_set_source_tag (task, hammy_log_load_async);
  g_task_set_task_data (task, request, (GDestroyNotify) load_request_free);
  g_task_run_in_thread (task, load_thread);
}

HammyLog *
hammy_log_load_finish (GAsyncResult  *result,
                       GPtrArray    **problems,
                       GError       **error)
{
  LoadResult *loaded;
  HammyLog *log;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;

  log = g_steal_pointer (&loaded->log);
  if (problems != NULL)
    *problems = g_steal_pointer (&loaded->problems);
  load_result_free (loaded);

  return log;
}

guint
hammy_log_get_n_sessions (HammyLog *self)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  return self->sessions->len;
}

const HammyLogSession *
hammy_log_get_session (HammyLog *self,
                       guint     index)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (index < self->sessions->len, NULL);
  return g_ptr_array_index (self->sessions, index);
}

const HammyLogSession *
hammy_log_lookup_session (HammyLog   *self,
                          const char *id)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

guint
hammy_log_get_n_sets (HammyLog *self)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  return self->n_sets;
}

guint
hammy_log_get_n_checkins (HammyLog *self)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  return self->checkins->len;
}

const HammyLogCheckin *
hammy_log_get_checkin (HammyLog *self,
                       guint     index)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (index < self->checkins->len, NULL);
  return g_ptr_array_index (self->checkins, index);
}

/* ---- writing ------------------------------------------------------------------------- */

static char *
format_time (gint64 seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);

  return utc != NULL ? hammy_json_format_time (utc) : g_strdup ("1970-01-01T00:00:00Z");
}

JsonNode *
hammy_log_month_to_json (HammyLog   *self,
                         const char *key)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  Month *month;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);

  month = g_hash_table_lookup (self->months, key);
  g_return_val_if_fail (month != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_log_month_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_log_month_format.version);
  json_builder_set_member_name (builder, "month");
  json_builder_add_string_value (builder, month->key);

  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < month->sessions->len; i++)
    {
      HammyLogSession *session = g_ptr_array_index (month->sessions, i);
      g_autofree char *started = format_time (session->started);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, session->id);
      json_builder_set_member_name (builder, "started");
      json_builder_add_string_value (builder, started);
      if (session->ended != 0)
        {
          g_autofree char *ended = format_time (session->ended);

          json_builder_set_member_name (builder, "ended");
          json_builder_add_string_value (builder, ended);
        }
      if (session->phase != NULL)
        {
          json_builder_set_member_name (builder, "phase");
          json_builder_add_string_value (builder, session->phase);
        }
      json_builder_set_member_name (builder, "planned_sets");
      json_builder_add_int_value (builder, session->planned_sets);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, status_ids[session->status]);

      json_builder_set_member_name (builder, "sets");
      json_builder_begin_array (builder);
      for (guint j = 0; j < session->sets->len; j++)
        {
          HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "exercise");
          json_builder_add_string_value (builder, set->exercise);
          json_builder_set_member_name (builder, "side");
          json_builder_add_string_value (builder, side_ids[set->side]);
          json_builder_set_member_name (builder, "number");
          json_builder_add_int_value (builder, set->number);
          if (set->reps > 0)
            {
              json_builder_set_member_name (builder, "reps");
              json_builder_add_int_value (builder, set->reps);
            }
          if (set->hold_seconds > 0)
            {
              json_builder_set_member_name (builder, "hold_seconds");
              json_builder_add_int_value (builder, set->hold_seconds);
            }
          if (set->load_kg > 0)
            {
              json_builder_set_member_name (builder, "load_kg");
              json_builder_add_double_value (builder, set->load_kg);
            }
          if (set->pain >= 0)
            {
              json_builder_set_member_name (builder, "pain");
              json_builder_add_int_value (builder, set->pain);
            }
          if (set->effort > 0)
            {
              json_builder_set_member_name (builder, "effort");
              json_builder_add_int_value (builder, set->effort);
            }
          if (set->note != NULL)
            {
              json_builder_set_member_name (builder, "note");
              json_builder_add_string_value (builder, set->note);
            }
          json_builder_set_member_name (builder, "at");
          json_builder_add_int_value (builder, CLAMP (set->finished - session->started, 0, 7 * 24 * 3600));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "checkins");
  json_builder_begin_array (builder);
  for (guint i = 0; i < month->checkins->len; i++)
    {
      HammyLogCheckin *checkin = &g_array_index (month->checkins, HammyLogCheckin, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, checkin->date);
      json_builder_set_member_name (builder, "pain");
      json_builder_add_string_value (builder, compared_ids[checkin->pain + 1]);
      json_builder_set_member_name (builder, "stiffness");
      json_builder_add_string_value (builder, compared_ids[checkin->stiffness + 1]);
      json_builder_set_member_name (builder, "red_flag");
      json_builder_add_boolean_value (builder, checkin->red_flag);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static int
compare_keys (const void *a,
              const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

GStrv
hammy_log_dup_months (HammyLog *self)
{
  g_autofree const char **keys = NULL;
  g_auto(GStrv) sorted = NULL;
  guint n = 0;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->months, &n);
  sorted = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    sorted[i] = g_strdup (keys[i]);
  qsort (sorted, n, sizeof (char *), compare_keys);

  return g_steal_pointer (&sorted);
}

static void
on_month_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hammy_store_write_finish (HAMMY_STORE (source), result, &error);

  if (path == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Writes one month; @saved hears when it is on disk. */
static void
save_month (HammyLog            *self,
            const char          *key,
            GAsyncReadyCallback  saved,
            gpointer             user_data)
{
  g_autoptr(JsonNode) node = hammy_log_month_to_json (self, key);
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
  g_autofree char *name = g_strdup_printf ("%s.json", key);
  g_autofree char *path = g_build_filename (self->directory, name, NULL);
  GTask *task = g_task_new (self, NULL, saved, user_data);

  g_task_set_source_tag (task, save_month);
  hammy_store_write_async (self->store, path, bytes, HAMMY_STORE_WRITE_REPLACE, NULL, on_month_written_cb, task);
}

gboolean
hammy_log_save_finish (HammyLog      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A month's array may move when it grows: the index of check-ins is made again. */
static void
reindex_checkins (HammyLog *self)
{
  GHashTableIter iter;
  gpointer value;

  g_ptr_array_set_size (self->checkins, 0);
  g_hash_table_iter_init (&iter, self->months);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Month *month = value;

      for (guint i = 0; i < month->checkins->len; i++)
        g_ptr_array_add (self->checkins, &g_array_index (month->checkins, HammyLogCheckin, i));
    }
  g_ptr_array_sort (self->checkins, compare_checkins);
}

static Month *
ensure_month (HammyLog   *self,
              const char *key)
{
  Month *month = g_hash_table_lookup (self->months, key);

  if (month == NULL)
    {
      month = month_new (key);
      g_hash_table_insert (self->months, month->key, month);
    }

  return month;
}

const char *
hammy_log_begin_session (HammyLog   *self,
                         GDateTime  *started,
                         const char *phase,
                         guint       planned_sets)
{
  g_autofree char *key = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GDateTime) utc = NULL;
  HammyLogSession *session;
  Month *month;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (started != NULL, NULL);

  utc = g_date_time_to_utc (started);
  stamp = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  session = session_new ();
  session->started = g_date_time_to_unix (started);
  session->phase = g_strdup (phase);
  session->planned_sets = planned_sets;
  session->status = HAMMY_SESSION_IN_PROGRESS;
  session->id = g_strdup (stamp);
  for (guint n = 1; g_hash_table_contains (self->by_id, session->id); n++)
    {
      g_free (session->id);
      session->id = g_strdup_printf ("%s-%u", stamp, n);
    }

  key = month_key_for (session->started);
  month = ensure_month (self, key);
  g_ptr_array_add (month->sessions, session);
  g_hash_table_insert (self->by_id, session->id, session);
  g_ptr_array_add (self->sessions, session);
  g_ptr_array_sort (self->sessions, compare_sessions);

  save_month (self, key, NULL, NULL);

  return session->id;
}

void
hammy_log_add_set (HammyLog            *self,
                   const char          *session_id,
                   const HammyLogSet   *set,
                   GAsyncReadyCallback  saved,
                   gpointer             user_data)
{
  HammyLogSession *session;
  HammyLogSet copy;
  g_autofree char *key = NULL;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (set != NULL && set->exercise != NULL);

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  copy = *set;
  copy.exercise = g_strdup (set->exercise);
  copy.note = set->note != NULL && *set->note ? g_strdup (set->note) : NULL;
  copy.pain = CLAMP (set->pain, -1, 10);
  copy.effort = CLAMP (set->effort, 0, 10);
  g_array_append_val (session->sets, copy);
  self->n_sets++;

  key = month_key_for (session->started);
  save_month (self, key, saved, user_data);
}

void
hammy_log_end_session (HammyLog           *self,
                       const char         *session_id,
                       GDateTime          *ended,
                       HammySessionStatus  status)
{
  HammyLogSession *session;
  g_autofree char *key = NULL;

  g_return_if_fail (HAMMY_IS_LOG (self));

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  session->ended = g_date_time_to_unix (ended);
  session->status = status;

  key = month_key_for (session->started);
  save_month (self, key, NULL, NULL);
}

void
hammy_log_add_checkin (HammyLog              *self,
                       const HammyLogCheckin *checkin)
{
  HammyLogCheckin copy = *checkin;
  g_autofree char *key = NULL;
  Month *month;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (checkin->date != NULL && strlen (checkin->date) == 10);

  key = g_strndup (checkin->date, 7);
  month = ensure_month (self, key);

  /* One check-in a day: answering again the same day corrects the first answer. */
  for (guint i = 0; i < month->checkins->len; i++)
    {
      HammyLogCheckin *known = &g_array_index (month->checkins, HammyLogCheckin, i);

      if (g_strcmp0 (known->date, checkin->date) == 0)
        {
          known->pain = checkin->pain;
          known->stiffness = checkin->stiffness;
          known->red_flag = checkin->red_flag;
          save_month (self, key, NULL, NULL);
          return;
        }
    }

  copy.date = g_strdup (checkin->date);
  g_array_append_val (month->checkins, copy);

  reindex_checkins (self);

  save_month (self, key, NULL, NULL);
}

guint
hammy_log_merge_month (HammyLog    *self,
                       JsonObject  *object,
                       GError     **error)
{
  Month *incoming;
  Month *month;
  guint added = 0;
  gboolean have_new_checkins = FALSE;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);

  if (!hammy_json_check_header (object, hammy_log_month_format.name, hammy_log_month_format.version, NULL, error))
    return 0;
  incoming = parse_month (object, NULL, error);
  if (incoming == NULL)
    return 0;

  month = ensure_month (self, incoming->key);
  while (incoming->sessions->len > 0)
    {
      HammyLogSession *session = g_ptr_array_steal_index (incoming->sessions, 0);

      if (g_hash_table_contains (self->by_id, session->id))
        {
          session_free (session);
          continue;
        }
      g_ptr_array_add (month->sessions, session);
      g_hash_table_insert (self->by_id, session->id, session);
      g_ptr_array_add (self->sessions, session);
      self->n_sets += session->sets->len;
      added++;
    }

  for (guint i = 0; i < incoming->checkins->len; i++)
    {
      HammyLogCheckin *checkin = &g_array_index (incoming->checkins, HammyLogCheckin, i);
      gboolean known = FALSE;

      for (guint j = 0; j < month->checkins->len && !known; j++)
        known = g_strcmp0 (g_array_index (month->checkins, HammyLogCheckin, j).date, checkin->date) == 0;
      if (!known)
        {
          HammyLogCheckin copy = { g_strdup (checkin->date), checkin->pain, checkin->stiffness, checkin->red_flag };

          g_array_append_val (month->checkins, copy);
          have_new_checkins = TRUE;
          added++;
        }
    }
  month_free (incoming);

  if (have_new_checkins)
    reindex_checkins (self);
  g_ptr_array_sort (self->sessions, compare_sessions);

  if (added > 0)
    save_month (self, month->key, NULL, NULL);

  return added;
}
