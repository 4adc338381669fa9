/* hammy-log.c: the log of sessions, sets and morning check-ins, one file a month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hammy-clock.h"
#include "hammy-days.h"
#include "hammy-json-guard.h"
#include "hammy-log.h"

/* Room for two restored backups of a full month each, and then some: no one does more. */
#define MAX_SESSIONS_PER_MONTH 2000
#define MAX_SETS_PER_SESSION   2000
#define MAX_CHECKINS_PER_MONTH 62
#define MAX_ID                 64
#define MAX_NOTE               2000
#define MAX_DUE_ITEMS          64

static gboolean migrate_month (JsonObject  *object,
                               gint64       from_version,
                               GError     **error);

/* Version 2 asks the morning check-in how the leg is against usual, which warning sign, how a
 * run hurt and whether there was a new injury; it keeps a set's load, a session's exercises and
 * warning sign, and what was due each day. */
const HammyStoreFormat hammy_log_month_format = {
  .name = "hammy-log",
  .version = 2,
  .max_bytes = HAMMY_LOG_MAX_MONTH_BYTES,
  .max_depth = 16,
  .migrate = migrate_month,
  .max_items = MAX_SESSIONS_PER_MONTH,
  .max_values = HAMMY_LOG_MAX_MONTH_BYTES / 16,
};

/* Every red flag of a check (docs/triage.md), numbness, bone stress signs, and a sign an older
 * Hammy kept without its name. */
static const char * const warning_ids[] = {
  "rf_saddle_bladder", "rf_weakness", "rf_calf", "rf_unwell", "numbness", "bone_stress_signs",
  HAMMY_LOG_WARNING_UNNAMED, NULL
};

static const char * const side_ids[] = { "both", "left", "right", NULL };
static const char * const status_ids[] = { "in-progress", "done", "partial", "skipped", NULL };
static const char * const compared_ids[] = { "better", "same", "worse", NULL };

typedef struct
{
  char      *key;        /* YYYY-MM */
  GPtrArray *sessions;   /* of HammyLogSession, owned */
  GArray    *checkins;   /* of HammyLogCheckin */
  GPtrArray *dues;       /* of HammyLogDue, owned, by date */
  guint      saves;      /* how many times it was asked to be saved */
} Month;

enum {
  SIGNAL_SESSION_ENDED,
  SIGNAL_CHECKIN_ADDED,
  SIGNAL_SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

struct _HammyLog
{
  GObject     parent_instance;

  HammyStore *store;
  char       *directory;   /* relative to the store */
  GHashTable *months;      /* key → Month */
  GPtrArray  *sessions;    /* every session, oldest first; not owned */
  GHashTable *by_id;       /* id → HammyLogSession */
  GHashTable *month_of;    /* HammyLogSession → the Month whose file holds it */
  GPtrArray  *checkins;    /* every check-in, oldest first; not owned */
  GPtrArray  *dues;        /* every day's due record, oldest first; not owned */
  GHashTable *first_done;  /* exercise id → the Julian day it was first done */
  guint       n_sets;
};

G_DEFINE_FINAL_TYPE (HammyLog, hammy_log, G_TYPE_OBJECT)

static void
set_clear (HammyLogSet *set)
{
  g_free (set->exercise);
  g_free (set->note);
  g_free (set->load);
}

static void
session_free (HammyLogSession *session)
{
  g_free (session->id);
  g_free (session->phase);
  g_array_unref (session->sets);
  g_strfreev (session->items);
  g_free (session->warning);
  g_free (session);
}

static void
due_free (HammyLogDue *due)
{
  g_free (due->date);
  g_strfreev (due->exercises);
  g_free (due->occurrences);
  g_free (due);
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
  g_free (checkin->warning);
}

static Month *
month_new (const char *key)
{
  Month *month = g_new0 (Month, 1);

  month->key = g_strdup (key);
  month->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);
  month->checkins = g_array_new (FALSE, TRUE, sizeof (HammyLogCheckin));
  g_array_set_clear_func (month->checkins, (GDestroyNotify) checkin_clear);
  month->dues = g_ptr_array_new_with_free_func ((GDestroyNotify) due_free);

  return month;
}

static void
month_free (Month *month)
{
  g_free (month->key);
  g_ptr_array_unref (month->sessions);
  g_array_unref (month->checkins);
  g_ptr_array_unref (month->dues);
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
                                        "load", "pain", "effort", "note", "at", NULL };
  const char *exercise = NULL, *side = "both", *note = NULL, *load_id = NULL;
  gint64 number = 1, reps = 0, hold = 0, pain = -1, effort = 0, at = 0;
  double load = 0;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "exercise", TRUE, MAX_ID, &exercise, error) ||
      !hammy_json_get_string (object, "side", FALSE, 8, &side, error) ||
      !hammy_json_get_int (object, "number", TRUE, 1, 100, &number, error) ||
      !hammy_json_get_int (object, "reps", FALSE, 0, 1000, &reps, error) ||
      !hammy_json_get_int (object, "hold_seconds", FALSE, 0, 7200, &hold, error) ||
      !hammy_json_get_double (object, "load_kg", FALSE, 0, 1000, &load, error) ||
      !hammy_json_get_string (object, "load", FALSE, 16, &load_id, error) ||
      !hammy_json_get_int (object, "pain", FALSE, 0, 10, &pain, error) ||
      !hammy_json_get_int (object, "effort", FALSE, 0, 10, &effort, error) ||
      !hammy_json_get_string (object, "note", FALSE, MAX_NOTE, &note, error) ||
      !hammy_json_get_int (object, "at", FALSE, 0, 7 * 24 * 3600, &at, error))
    return FALSE;

  if (!is_id (exercise))
    return hammy_json_set_invalid (error, _("A set names an exercise in a way Hammy does not recognise."));
  if (index_of (side_ids, side) < 0)
    return hammy_json_set_invalid (error, _("A set names a side other than left, right or both."));
  if (load_id != NULL && !is_id (load_id))
    return hammy_json_set_invalid (error, _("A set names a load in a way Hammy does not recognise."));

  set->exercise = g_strdup (exercise);
  set->side = index_of (side_ids, side);
  set->number = number;
  set->reps = reps;
  set->hold_seconds = hold;
  set->load_kg = load;
  set->load = g_strdup (load_id);
  set->pain = pain;
  set->effort = effort;
  set->note = note != NULL && *note ? g_strdup (note) : NULL;
  set->finished = session->started + at;

  return TRUE;
}

/* A list of ids, each checked as an id. */
static gboolean
read_ids (JsonArray   *array,
          char      ***out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          strlen (json_node_get_string (node)) > MAX_ID || !is_id (json_node_get_string (node)))
        return FALSE;
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static HammyLogSession *
parse_session (JsonObject  *object,
               GError     **error)
{
  static const char * const known[] = { "id", "started", "ended", "phase", "planned_sets", "status", "sets", "items",
                                        "warning", NULL };
  g_autoptr(GPtrArray) holder = g_ptr_array_new_with_free_func ((GDestroyNotify) session_free);
  HammyLogSession *session = session_new ();
  const char *id = NULL, *phase = NULL, *status = NULL, *warning = NULL;
  gint64 planned = 0;
  JsonArray *sets = NULL, *items = NULL;

  g_ptr_array_add (holder, session);

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "id", TRUE, MAX_ID, &id, error) ||
      !parse_time (object, "started", TRUE, &session->started, error) ||
      !parse_time (object, "ended", FALSE, &session->ended, error) ||
      !hammy_json_get_string (object, "phase", FALSE, MAX_ID, &phase, error) ||
      !hammy_json_get_int (object, "planned_sets", FALSE, 0, MAX_SETS_PER_SESSION, &planned, error) ||
      !hammy_json_get_string (object, "status", TRUE, 16, &status, error) ||
      !hammy_json_get_array (object, "sets", TRUE, MAX_SETS_PER_SESSION, &sets, error) ||
      !hammy_json_get_array (object, "items", FALSE, MAX_DUE_ITEMS, &items, error) ||
      !hammy_json_get_string (object, "warning", FALSE, MAX_ID, &warning, error))
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

  if (warning != NULL && !hammy_log_warning_is_known (warning))
    {
      hammy_json_set_invalid (error, _("A session names a warning sign Hammy does not know."));
      return NULL;
    }
  if (items != NULL && !read_ids (items, &session->items))
    {
      hammy_json_set_invalid (error, _("A session lists its exercises in a way Hammy does not recognise."));
      return NULL;
    }

  session->id = g_strdup (id);
  session->phase = g_strdup (phase);
  session->planned_sets = planned;
  session->status = index_of (status_ids, status);
  session->warning = g_strdup (warning);

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
  static const char * const known[] = { "date", "leg", "warning", "run_pain", "reinjury", NULL };
  const char *date = NULL, *leg = NULL, *warning = NULL;
  gint64 run_pain = -1;
  gboolean reinjury = FALSE;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "date", TRUE, HAMMY_DAY_LENGTH, &date, error) ||
      !hammy_json_get_string (object, "leg", TRUE, 8, &leg, error) ||
      !hammy_json_get_string (object, "warning", FALSE, MAX_ID, &warning, error) ||
      !hammy_json_get_int (object, "run_pain", FALSE, 0, 10, &run_pain, error) ||
      !hammy_json_get_boolean (object, "reinjury", FALSE, &reinjury, error))
    return FALSE;

  if (!hammy_day_parse (date, NULL))
    return hammy_json_set_invalid (error, _("A morning check-in has a date Hammy cannot read."));
  if (index_of (compared_ids, leg) < 0)
    return hammy_json_set_invalid (error, _("A morning check-in compares with usual in a way Hammy does not know."));
  if (warning != NULL && !hammy_log_warning_is_known (warning))
    return hammy_json_set_invalid (error, _("A morning check-in names a warning sign Hammy does not know."));

  checkin->date = g_strdup (date);
  checkin->leg = index_of (compared_ids, leg) - 1;
  checkin->warning = g_strdup (warning);
  checkin->run_pain = run_pain;
  checkin->reinjury = reinjury;

  return TRUE;
}

static HammyLogDue *
parse_due (JsonObject  *object,
           GError     **error)
{
  static const char * const known[] = { "date", "items", NULL };
  g_autoptr(GStrvBuilder) exercises = g_strv_builder_new ();
  g_autoptr(GArray) occurrences = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GList) members = NULL;
  JsonObject *items = NULL;
  const char *date = NULL;
  HammyLogDue *due;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "date", TRUE, HAMMY_DAY_LENGTH, &date, error) ||
      !hammy_json_get_object (object, "items", TRUE, &items, error))
    return NULL;
  if (!hammy_day_parse (date, NULL))
    {
      hammy_json_set_invalid (error, _("A day of what was due has a date Hammy cannot read."));
      return NULL;
    }

  members = json_object_get_members (items);
  if (g_list_length (members) > MAX_DUE_ITEMS)
    {
      hammy_json_set_invalid (error, _("A day of what was due lists too many exercises."));
      return NULL;
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      gint64 n = 0;
      guint times;

      if (strlen (l->data) > MAX_ID || !is_id (l->data))
        {
          hammy_json_set_invalid (error, _("A day of what was due names an exercise in a way Hammy does not recognise."));
          return NULL;
        }
      if (!hammy_json_get_int (items, l->data, TRUE, 1, 2, &n, error))
        return NULL;
      times = n;
      g_strv_builder_add (exercises, l->data);
      g_array_append_val (occurrences, times);
    }

  due = g_new0 (HammyLogDue, 1);
  due->date = g_strdup (date);
  due->exercises = g_strv_builder_end (exercises);
  due->occurrences = (guint *) g_array_free (g_steal_pointer (&occurrences), FALSE);
  return due;
}

/* A month file as a Month, or NULL and a sentence. @expected is the key its name gives. */
static Month *
parse_month (JsonObject  *object,
             const char  *expected,
             GError     **error)
{
  static const char * const known[] = { "format", "version", "month", "sessions", "checkins", "due", NULL };
  const char *key = NULL;
  JsonArray *sessions = NULL, *checkins = NULL, *dues = NULL;
  Month *month;
  int y, m;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "month", TRUE, 7, &key, error) ||
      !hammy_json_get_array (object, "sessions", TRUE, MAX_SESSIONS_PER_MONTH, &sessions, error) ||
      !hammy_json_get_array (object, "checkins", FALSE, MAX_CHECKINS_PER_MONTH, &checkins, error) ||
      !hammy_json_get_array (object, "due", FALSE, 31, &dues, error))
    return NULL;

  /* The key becomes a file name: sscanf alone would take "2026-1/" or "2026-+3". */
  if (strlen (key) != 7 || !g_ascii_isdigit (key[5]) || !g_ascii_isdigit (key[6]) ||
      sscanf (key, "%4d-%2d", &y, &m) != 2 || y < 1970 || m < 1 || m > 12)
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

  for (guint i = 0; dues != NULL && i < json_array_get_length (dues); i++)
    {
      JsonNode *node = json_array_get_element (dues, i);
      HammyLogDue *due;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          hammy_json_set_invalid (error, _("A day of what was due is not a group of fields."));
          month_free (month);
          return NULL;
        }
      due = parse_due (json_node_get_object (node), error);
      if (due == NULL)
        {
          month_free (month);
          return NULL;
        }
      if (strncmp (due->date, key, 7) != 0)
        {
          due_free (due);
          hammy_json_set_invalid (error, _("A day of what was due belongs to another month."));
          month_free (month);
          return NULL;
        }
      g_ptr_array_add (month->dues, due);
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

/* Version 1 compared pain and stiffness with a usual morning and kept a warning sign as yes or
 * no: the leg is the worse of the two, and a yes is a sign whose name was not kept. */
static gboolean
migrate_month (JsonObject  *object,
               gint64       from_version,
               GError     **error)
{
  JsonNode *checkins = json_object_get_member (object, "checkins");

  if (from_version != 1 || checkins == NULL || !JSON_NODE_HOLDS_ARRAY (checkins))
    return TRUE;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (checkins)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (checkins), i);
      JsonObject *checkin;
      const char *pain, *stiffness;
      int worse;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      checkin = json_node_get_object (node);
      pain = json_object_get_string_member_with_default (checkin, "pain", "");
      stiffness = json_object_get_string_member_with_default (checkin, "stiffness", "");
      if (index_of (compared_ids, pain) < 0 || index_of (compared_ids, stiffness) < 0)
        return hammy_json_set_invalid (error, _("A morning check-in compares with usual in a way Hammy does not know."));

      worse = MAX (index_of (compared_ids, pain), index_of (compared_ids, stiffness));
      json_object_set_string_member (checkin, "leg", compared_ids[worse]);
      if (json_object_get_boolean_member_with_default (checkin, "red_flag", FALSE))
        json_object_set_string_member (checkin, "warning", HAMMY_LOG_WARNING_UNNAMED);
      json_object_remove_member (checkin, "pain");
      json_object_remove_member (checkin, "stiffness");
      json_object_remove_member (checkin, "red_flag");
    }

  return TRUE;
}

/* A month from outside the store (a backup): its header checked, an older one migrated. */
static gboolean
check_month_header (JsonObject  *object,
                    GError     **error)
{
  gint64 version = 0;

  if (!hammy_json_check_header (object, hammy_log_month_format.name, hammy_log_month_format.version, &version, error))
    return FALSE;
  for (; version < hammy_log_month_format.version; version++)
    if (!migrate_month (object, version, error))
      return FALSE;
  json_object_set_int_member (object, "version", hammy_log_month_format.version);

  return TRUE;
}

gboolean
hammy_log_check_month_bytes (const char  *data,
                             gsize        length,
                             GError     **error)
{
  HammyJsonLimits limits = { hammy_log_month_format.max_bytes, hammy_log_month_format.max_depth };
  g_autoptr(JsonNode) root = hammy_json_parse_untrusted (data, length, &limits, error);
  Month *month;

  if (root == NULL || !check_month_header (json_node_get_object (root), error))
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

static int
compare_dues (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 ((*(HammyLogDue **) a)->date, (*(HammyLogDue **) b)->date);
}

/* The first day each exercise was done: what makes an exercise new to the person
 * (docs/data-formats.md). Kept as the log loads and grows, so nothing reads the whole log to
 * ask. */
static void
note_first_done (HammyLog          *self,
                 const char        *exercise,
                 gint64             finished)
{
  gpointer known;
  GDate day;

  hammy_day_of_unix (finished, &day);
  if (g_hash_table_lookup_extended (self->first_done, exercise, NULL, &known) &&
      GPOINTER_TO_UINT (known) <= g_date_get_julian (&day))
    return;
  g_hash_table_insert (self->first_done, g_strdup (exercise), GUINT_TO_POINTER (g_date_get_julian (&day)));
}

static void
note_session (HammyLog              *self,
              const HammyLogSession *session)
{
  for (guint i = 0; i < session->sets->len; i++)
    {
      const HammyLogSet *set = &g_array_index (session->sets, HammyLogSet, i);

      note_first_done (self, set->exercise, set->finished);
    }
}

/* A month's arrays may move when they grow: the indexes of check-ins and days are made again. */
static void
reindex (HammyLog *self)
{
  GHashTableIter iter;
  gpointer value;

  g_ptr_array_set_size (self->checkins, 0);
  g_ptr_array_set_size (self->dues, 0);
  g_hash_table_iter_init (&iter, self->months);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Month *month = value;

      for (guint i = 0; i < month->checkins->len; i++)
        g_ptr_array_add (self->checkins, &g_array_index (month->checkins, HammyLogCheckin, i));
      for (guint i = 0; i < month->dues->len; i++)
        g_ptr_array_add (self->dues, g_ptr_array_index (month->dues, i));
    }
  g_ptr_array_sort (self->checkins, compare_checkins);
  g_ptr_array_sort (self->dues, compare_dues);
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
      g_hash_table_insert (self->month_of, session, month);
      g_ptr_array_add (self->sessions, session);
      self->n_sets += session->sets->len;
      note_session (self, session);
      i++;
    }
  for (guint i = 0; i < month->checkins->len; i++)
    g_ptr_array_add (self->checkins, &g_array_index (month->checkins, HammyLogCheckin, i));
  for (guint i = 0; i < month->dues->len; i++)
    g_ptr_array_add (self->dues, g_ptr_array_index (month->dues, i));

  g_hash_table_insert (self->months, month->key, month);
}

static void
hammy_log_finalize (GObject *object)
{
  HammyLog *self = HAMMY_LOG (object);

  g_ptr_array_unref (self->sessions);
  g_ptr_array_unref (self->checkins);
  g_ptr_array_unref (self->dues);
  g_hash_table_unref (self->first_done);
  g_hash_table_unref (self->month_of);
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

  /* A session ended, with the id it has in the log: the plan may step back at once. */
  signals[SIGNAL_SESSION_ENDED] =
    g_signal_new ("session-ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A morning check-in was added or corrected, with its date. */
  signals[SIGNAL_CHECKIN_ADDED] =
    g_signal_new ("checkin-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A month could not be saved and nobody asked to hear: a sentence for the person. */
  signals[SIGNAL_SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hammy_log_init (HammyLog *self)
{
  self->months = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) month_free);
  self->sessions = g_ptr_array_new ();
  self->checkins = g_ptr_array_new ();
  self->dues = g_ptr_array_new ();
  self->first_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->month_of = g_hash_table_new (NULL, NULL);
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
  g_ptr_array_sort (self->dues, compare_dues);

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

/* The index of the first session that started at @started or later: n_sessions when none did.
 * Reading the recent weeks starts here, so it costs the same however long the log is. */
guint
hammy_log_find_session (HammyLog *self,
                        gint64    started)
{
  guint low = 0, high;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);

  high = self->sessions->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (((HammyLogSession *) g_ptr_array_index (self->sessions, middle))->started < started)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* How many of @sessions did @exercise, each session once however many sets it had: the
 * occurrences of an exercise a day's sessions hold (hammy_log_dup_sessions_of_day). */
guint
hammy_log_count_occurrences (GPtrArray  *sessions,
                             const char *exercise)
{
  guint n = 0;

  g_return_val_if_fail (sessions != NULL, 0);

  for (guint i = 0; i < sessions->len; i++)
    {
      const HammyLogSession *session = g_ptr_array_index (sessions, i);

      for (guint j = 0; j < session->sets->len; j++)
        if (g_strcmp0 (g_array_index (session->sets, HammyLogSet, j).exercise, exercise) == 0)
          {
            n++;
            break;
          }
    }

  return n;
}

/* The sessions that started on @day (the clock's days), oldest first, in a new array that
 * borrows them from the log. Found by bisection, so a long log costs no more. */
GPtrArray *
hammy_log_dup_sessions_of_day (HammyLog    *self,
                               const GDate *day)
{
  g_autoptr(GDateTime) start = NULL;
  GPtrArray *sessions;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  start = hammy_day_at (day, 0, 0);
  sessions = g_ptr_array_new ();
  for (guint i = hammy_log_find_session (self, g_date_time_to_unix (start)); i < self->sessions->len; i++)
    {
      HammyLogSession *session = g_ptr_array_index (self->sessions, i);
      GDate started;

      hammy_day_of_unix (session->started, &started);
      if (g_date_compare (&started, day) != 0)
        break;
      g_ptr_array_add (sessions, session);
    }

  return sessions;
}

/* The index of the first check-in on @date (YYYY-MM-DD) or later: n_checkins when none. */
guint
hammy_log_find_checkin (HammyLog   *self,
                        const char *date)
{
  guint low = 0, high;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);

  high = self->checkins->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_strcmp0 (((HammyLogCheckin *) g_ptr_array_index (self->checkins, middle))->date, date) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The check-in of @date, or NULL. */
const HammyLogCheckin *
hammy_log_lookup_checkin (HammyLog   *self,
                          const char *date)
{
  guint index;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);

  index = hammy_log_find_checkin (self, date);
  if (index < self->checkins->len &&
      g_strcmp0 (((HammyLogCheckin *) g_ptr_array_index (self->checkins, index))->date, date) == 0)
    return g_ptr_array_index (self->checkins, index);

  return NULL;
}

/* The first day @exercise was done in this profile; FALSE when never. */
gboolean
hammy_log_get_first_done (HammyLog   *self,
                          const char *exercise,
                          GDate      *day)
{
  gpointer julian;

  g_return_val_if_fail (HAMMY_IS_LOG (self), FALSE);

  if (exercise == NULL || !g_hash_table_lookup_extended (self->first_done, exercise, NULL, &julian))
    return FALSE;
  if (day != NULL)
    {
      g_date_clear (day, 1);
      g_date_set_julian (day, GPOINTER_TO_UINT (julian));
    }
  return TRUE;
}

guint
hammy_log_get_n_dues (HammyLog *self)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  return self->dues->len;
}

/* Oldest first. */
const HammyLogDue *
hammy_log_get_due (HammyLog *self,
                   guint     index)
{
  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (index < self->dues->len, NULL);
  return g_ptr_array_index (self->dues, index);
}

/* The index of the first day record on @date or later: n_dues when none. */
guint
hammy_log_find_due (HammyLog   *self,
                    const char *date)
{
  guint low = 0, high;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);

  high = self->dues->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_strcmp0 (((HammyLogDue *) g_ptr_array_index (self->dues, middle))->date, date) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

const HammyLogDue *
hammy_log_lookup_due (HammyLog   *self,
                      const char *date)
{
  guint index;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);

  index = hammy_log_find_due (self, date);
  if (index < self->dues->len && g_strcmp0 (((HammyLogDue *) g_ptr_array_index (self->dues, index))->date, date) == 0)
    return g_ptr_array_index (self->dues, index);

  return NULL;
}

gboolean
hammy_log_warning_is_known (const char *sign)
{
  return sign != NULL && g_strv_contains (warning_ids, sign);
}

/* The warning signs a check-in or a session may name, the unnamed one last. */
const char * const *
hammy_log_get_warnings (void)
{
  return warning_ids;
}

/* ---- writing ------------------------------------------------------------------------- */

static char *
format_time (gint64 seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);

  return utc != NULL ? hammy_json_format_time (utc) : g_strdup ("1970-01-01T00:00:00Z");
}

static JsonNode *
month_to_json (Month *month)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

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
      if (session->items != NULL)
        {
          json_builder_set_member_name (builder, "items");
          json_builder_begin_array (builder);
          for (guint j = 0; session->items[j] != NULL; j++)
            json_builder_add_string_value (builder, session->items[j]);
          json_builder_end_array (builder);
        }
      if (session->warning != NULL)
        {
          json_builder_set_member_name (builder, "warning");
          json_builder_add_string_value (builder, session->warning);
        }

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
          if (set->load != NULL)
            {
              json_builder_set_member_name (builder, "load");
              json_builder_add_string_value (builder, set->load);
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
      json_builder_set_member_name (builder, "leg");
      json_builder_add_string_value (builder, compared_ids[checkin->leg + 1]);
      if (checkin->warning != NULL)
        {
          json_builder_set_member_name (builder, "warning");
          json_builder_add_string_value (builder, checkin->warning);
        }
      if (checkin->run_pain >= 0)
        {
          json_builder_set_member_name (builder, "run_pain");
          json_builder_add_int_value (builder, checkin->run_pain);
        }
      if (checkin->reinjury)
        {
          json_builder_set_member_name (builder, "reinjury");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (month->dues->len > 0)
    {
      json_builder_set_member_name (builder, "due");
      json_builder_begin_array (builder);
      for (guint i = 0; i < month->dues->len; i++)
        {
          HammyLogDue *due = g_ptr_array_index (month->dues, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, due->date);
          json_builder_set_member_name (builder, "items");
          json_builder_begin_object (builder);
          for (guint j = 0; due->exercises[j] != NULL; j++)
            {
              json_builder_set_member_name (builder, due->exercises[j]);
              json_builder_add_int_value (builder, due->occurrences[j]);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

JsonNode *
hammy_log_month_to_json (HammyLog   *self,
                         const char *key)
{
  Month *month;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);

  month = g_hash_table_lookup (self->months, key);
  g_return_val_if_fail (month != NULL, NULL);

  return month_to_json (month);
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

/* A save nobody waits for that failed still reaches the person, through "save-failed". */
static void
on_saved_unheard_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!hammy_log_save_finish (HAMMY_LOG (source), result, &error))
    g_signal_emit (source, signals[SIGNAL_SAVE_FAILED], 0, error->message);
}

/* Writes one month; @saved hears when it is on disk. What would be written is read back
 * first as the reader will read it: a month Hammy could not read again is never written, and
 * the one on disk stays. */
static void
save_month (HammyLog            *self,
            Month               *month,
            GAsyncReadyCallback  saved,
            gpointer             user_data)
{
  g_autoptr(JsonNode) node = month_to_json (month);
  g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
  g_autofree char *name = g_strdup_printf ("%s.json", month->key);
  g_autofree char *path = g_build_filename (self->directory, name, NULL);
  g_autoptr(GError) error = NULL;
  GTask *task = g_task_new (self, NULL, saved != NULL ? saved : on_saved_unheard_cb, user_data);

  month->saves++;
  g_task_set_source_tag (task, save_month);
  if (!hammy_store_check_bytes (&hammy_log_month_format, bytes, load_month, month->key, (GDestroyNotify) month_free,
                                &error))
    {
      g_task_return_new_error (task, error->domain, error->code, _("Your log for %s was not saved. %s"), month->key,
                               error->message);
      g_object_unref (task);
      return;
    }

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

/* The month whose file holds @session: the one it was put in when it began or was read, kept
 * with it, so that a session taken up again in another time zone stays in its own file. */
static Month *
month_of (HammyLog              *self,
          const HammyLogSession *session)
{
  Month *month = g_hash_table_lookup (self->month_of, session);

  g_assert (month != NULL);
  return month;
}

static void
sort_sessions_after_add (HammyLog *self)
{
  /* A new session is almost always the newest: sorting is for a clock set back. */
  if (self->sessions->len > 1 &&
      compare_sessions (&g_ptr_array_index (self->sessions, self->sessions->len - 2),
                        &g_ptr_array_index (self->sessions, self->sessions->len - 1)) > 0)
    g_ptr_array_sort (self->sessions, compare_sessions);
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
  g_return_val_if_fail (phase == NULL || (strlen (phase) <= MAX_ID && is_id (phase)), NULL);

  /* A clock before 1970 is taken as its earliest moment, which every file can hold. */
  utc = g_date_time_new_from_unix_utc (CLAMP (g_date_time_to_unix (started), HAMMY_CLOCK_EARLIEST, HAMMY_CLOCK_LATEST));
  stamp = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  session = session_new ();
  session->started = g_date_time_to_unix (utc);
  session->phase = g_strdup (phase);
  session->planned_sets = MIN (planned_sets, MAX_SETS_PER_SESSION);
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
  g_hash_table_insert (self->month_of, session, month);
  g_ptr_array_add (self->sessions, session);
  sort_sessions_after_add (self);

  save_month (self, month, NULL, NULL);

  return session->id;
}

/* @text cut to at most @max bytes, between characters. */
static char *
dup_cut (const char *text,
         gsize       max)
{
  const char *end;

  if (text == NULL || *text == '\0')
    return NULL;
  if (strlen (text) <= max)
    return g_strdup (text);

  end = g_utf8_find_prev_char (text, text + max + 1);
  return g_strndup (text, end - text);
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

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (set != NULL && set->exercise != NULL);
  g_return_if_fail (strlen (set->exercise) <= MAX_ID && is_id (set->exercise));
  g_return_if_fail (set->load == NULL || (strlen (set->load) <= 16 && is_id (set->load)));

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  /* Kept within what the reader takes, so that the set is never what makes its month
   * unreadable. */
  copy = *set;
  copy.exercise = g_strdup (set->exercise);
  copy.load = g_strdup (set->load);
  copy.note = dup_cut (set->note, MAX_NOTE);
  copy.side = CLAMP (set->side, HAMMY_SIDE_BOTH, HAMMY_SIDE_RIGHT);
  copy.number = CLAMP (set->number, 1, 100);
  copy.reps = MIN (set->reps, 1000);
  copy.hold_seconds = MIN (set->hold_seconds, 7200);
  copy.load_kg = isfinite (set->load_kg) ? CLAMP (set->load_kg, 0, 1000) : 0;
  copy.pain = CLAMP (set->pain, -1, 10);
  copy.effort = CLAMP (set->effort, 0, 10);
  /* The file keeps seconds after the start, at most a week: what it keeps is what reads back. */
  copy.finished = CLAMP (set->finished, session->started, session->started + 7 * 24 * 3600);
  g_array_append_val (session->sets, copy);
  self->n_sets++;
  note_first_done (self, copy.exercise, copy.finished);

  save_month (self, month_of (self, session), saved, user_data);
}

/* The exercises the session was started with (today's, not the whole plan's), for taking it up
 * again as it was. */
void
hammy_log_set_session_items (HammyLog           *self,
                             const char         *session_id,
                             const char * const *items)
{
  HammyLogSession *session;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  g_return_if_fail (HAMMY_IS_LOG (self));

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  g_strfreev (session->items);
  session->items = NULL;
  if (items == NULL)
    {
      save_month (self, month_of (self, session), NULL, NULL);
      return;
    }
  for (guint i = 0; items[i] != NULL && i < MAX_DUE_ITEMS; i++)
    if (strlen (items[i]) <= MAX_ID && is_id (items[i]))
      g_strv_builder_add (kept, items[i]);
  session->items = g_strv_builder_end (kept);

  save_month (self, month_of (self, session), NULL, NULL);
}

/* The warning sign that stops the session, before it ends. */
void
hammy_log_set_session_warning (HammyLog   *self,
                               const char *session_id,
                               const char *warning)
{
  HammyLogSession *session;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (warning == NULL || hammy_log_warning_is_known (warning));

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  g_free (session->warning);
  session->warning = g_strdup (warning);

  save_month (self, month_of (self, session), NULL, NULL);
}

/* Emits "session-ended" once it is kept in memory (the file follows on the store's thread). */
void
hammy_log_end_session (HammyLog           *self,
                       const char         *session_id,
                       GDateTime          *ended,
                       HammySessionStatus  status)
{
  HammyLogSession *session;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (ended != NULL);
  g_return_if_fail (status <= HAMMY_SESSION_SKIPPED);

  session = g_hash_table_lookup (self->by_id, session_id);
  g_return_if_fail (session != NULL);

  session->ended = CLAMP (g_date_time_to_unix (ended), HAMMY_CLOCK_EARLIEST, HAMMY_CLOCK_LATEST);
  session->status = status;

  save_month (self, month_of (self, session), NULL, NULL);

  g_signal_emit (self, signals[SIGNAL_SESSION_ENDED], 0, session->id);
}

void
hammy_log_add_checkin (HammyLog              *self,
                       const HammyLogCheckin *checkin)
{
  HammyLogCheckin copy = *checkin;
  g_autofree char *key = NULL;
  Month *month;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (checkin->date != NULL && hammy_day_parse (checkin->date, NULL));
  g_return_if_fail (checkin->warning == NULL || hammy_log_warning_is_known (checkin->warning));

  key = g_strndup (checkin->date, 7);
  month = ensure_month (self, key);

  /* One check-in a day: answering again the same day corrects the first answer. */
  for (guint i = 0; i < month->checkins->len; i++)
    {
      HammyLogCheckin *known = &g_array_index (month->checkins, HammyLogCheckin, i);

      if (g_strcmp0 (known->date, checkin->date) == 0)
        {
          known->leg = CLAMP (checkin->leg, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE);
          g_free (known->warning);
          known->warning = g_strdup (checkin->warning);
          known->run_pain = CLAMP (checkin->run_pain, -1, 10);
          known->reinjury = checkin->reinjury;
          save_month (self, month, NULL, NULL);
          g_signal_emit (self, signals[SIGNAL_CHECKIN_ADDED], 0, checkin->date);
          return;
        }
    }

  copy.date = g_strdup (checkin->date);
  copy.warning = g_strdup (checkin->warning);
  copy.leg = CLAMP (checkin->leg, HAMMY_COMPARED_BETTER, HAMMY_COMPARED_WORSE);
  copy.run_pain = CLAMP (checkin->run_pain, -1, 10);
  g_array_append_val (month->checkins, copy);

  reindex (self);

  save_month (self, month, NULL, NULL);
  g_signal_emit (self, signals[SIGNAL_CHECKIN_ADDED], 0, checkin->date);
}

/* What the schedule put on a day; a later record of the same day replaces it, so a day's record
 * follows the plan until the day is over. */
void
hammy_log_set_due (HammyLog          *self,
                   const HammyLogDue *due)
{
  g_autofree char *key = NULL;
  HammyLogDue *copy;
  Month *month;
  guint n = 0;

  g_return_if_fail (HAMMY_IS_LOG (self));
  g_return_if_fail (due != NULL && hammy_day_parse (due->date, NULL));

  n = due->exercises != NULL ? g_strv_length (due->exercises) : 0;
  g_return_if_fail (n <= MAX_DUE_ITEMS);
  for (guint i = 0; i < n; i++)
    g_return_if_fail (strlen (due->exercises[i]) <= MAX_ID && is_id (due->exercises[i]) &&
                      due->occurrences[i] >= 1 && due->occurrences[i] <= 2);

  copy = g_new0 (HammyLogDue, 1);
  copy->date = g_strdup (due->date);
  copy->exercises = g_strdupv (due->exercises);
  copy->occurrences = g_memdup2 (due->occurrences, MAX (n, 1) * sizeof (guint));
  if (copy->exercises == NULL)
    copy->exercises = g_new0 (char *, 1);

  key = g_strndup (due->date, 7);
  month = ensure_month (self, key);
  for (guint i = 0; i < month->dues->len; i++)
    {
      HammyLogDue *known = g_ptr_array_index (month->dues, i);

      if (g_strcmp0 (known->date, due->date) != 0)
        continue;
      if (g_strv_equal ((const char * const *) known->exercises, (const char * const *) copy->exercises) &&
          memcmp (known->occurrences, copy->occurrences, n * sizeof (guint)) == 0)
        {
          due_free (copy);
          return;
        }
      g_ptr_array_remove_index (month->dues, i);
      break;
    }
  g_ptr_array_add (month->dues, copy);
  g_ptr_array_sort (month->dues, compare_dues);

  reindex (self);
  save_month (self, month, NULL, NULL);
}

/* ---- merging a backup ---------------------------------------------------------------- */

/* Moves into @month what @incoming has and it does not: sessions whose id is not in @known
 * (which gets them), check-ins and due records of days it does not have. The sessions added
 * go to @sessions; returns how many things were added in all. */
static guint
merge_into (Month      *month,
            Month      *incoming,
            GHashTable *known,
            GPtrArray  *sessions)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gpointer *offered = NULL;
  gsize n_offered = 0;
  guint added = 0;

  offered = g_ptr_array_steal (incoming->sessions, &n_offered);
  for (gsize i = 0; i < n_offered; i++)
    {
      HammyLogSession *session = offered[i];

      if (g_hash_table_contains (known, session->id))
        {
          session_free (session);
          continue;
        }
      g_ptr_array_add (month->sessions, session);
      g_hash_table_insert (known, session->id, session);
      if (sessions != NULL)
        g_ptr_array_add (sessions, session);
      added++;
    }

  for (guint i = 0; i < month->checkins->len; i++)
    g_hash_table_add (days, g_array_index (month->checkins, HammyLogCheckin, i).date);
  for (guint i = 0; i < incoming->checkins->len; i++)
    {
      HammyLogCheckin *checkin = &g_array_index (incoming->checkins, HammyLogCheckin, i);
      HammyLogCheckin copy = *checkin;

      if (g_hash_table_contains (days, checkin->date))
        continue;
      copy.date = g_strdup (checkin->date);
      copy.warning = g_strdup (checkin->warning);
      g_array_append_val (month->checkins, copy);
      g_hash_table_add (days, copy.date);
      added++;
    }

  /* What was due on a day the log does not know yet comes with the days done on it. */
  g_hash_table_remove_all (days);
  for (guint i = 0; i < month->dues->len; i++)
    g_hash_table_add (days, ((HammyLogDue *) g_ptr_array_index (month->dues, i))->date);
  g_clear_pointer (&offered, g_free);
  offered = g_ptr_array_steal (incoming->dues, &n_offered);
  for (gsize i = 0; i < n_offered; i++)
    {
      HammyLogDue *due = offered[i];

      if (g_hash_table_contains (days, due->date))
        {
          due_free (due);
          continue;
        }
      g_ptr_array_add (month->dues, due);
      g_hash_table_add (days, due->date);
      added++;
    }
  g_ptr_array_sort (month->dues, compare_dues);

  return added;
}

/* The months of a backup, each checked and migrated as a month file is. */
static GPtrArray *
parse_months (GPtrArray  *objects,
              GError    **error)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func ((GDestroyNotify) month_free);

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      Month *month;

      if (!check_month_header (object, error) || (month = parse_month (object, NULL, error)) == NULL)
        return NULL;
      g_ptr_array_add (months, month);
    }

  return g_steal_pointer (&months);
}

struct _HammyLogMerge
{
  GPtrArray  *objects;     /* of JsonObject: the backup's months */
  char       *directory;
  GHashTable *have;        /* month key → JsonNode: the month as the log had it */
  GHashTable *have_saves;  /* month key → its saves then */
  GHashTable *known;       /* every session id the log had */
  GPtrArray  *incoming;    /* of Month, once prepared */
  GPtrArray  *writes;      /* of HammyStoreWrite, once prepared */
  guint       n_added;
};

/* Notes what the log holds of the months @months (of JsonObject, a backup's) touch, so that
 * the merge can be prepared on another thread. */
HammyLogMerge *
hammy_log_merge_new (HammyLog  *self,
                     GPtrArray *months)
{
  HammyLogMerge *merge;
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (HAMMY_IS_LOG (self), NULL);
  g_return_val_if_fail (months != NULL, NULL);

  merge = g_new0 (HammyLogMerge, 1);
  merge->objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  merge->directory = g_strdup (self->directory);
  merge->have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_node_unref);
  merge->have_saves = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < months->len; i++)
    {
      JsonObject *object = g_ptr_array_index (months, i);
      JsonNode *key = json_object_get_member (object, "month");
      Month *month;

      g_ptr_array_add (merge->objects, json_object_ref (object));
      if (key == NULL || !JSON_NODE_HOLDS_VALUE (key) || json_node_get_value_type (key) != G_TYPE_STRING)
        continue;
      month = g_hash_table_lookup (self->months, json_node_get_string (key));
      if (month == NULL || g_hash_table_contains (merge->have, month->key))
        continue;
      g_hash_table_insert (merge->have, g_strdup (month->key), month_to_json (month));
      g_hash_table_insert (merge->have_saves, g_strdup (month->key), GUINT_TO_POINTER (month->saves));
    }

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_hash_table_add (merge->known, g_strdup (id));

  return merge;
}

void
hammy_log_merge_free (HammyLogMerge *merge)
{
  if (merge == NULL)
    return;

  g_ptr_array_unref (merge->objects);
  g_free (merge->directory);
  g_hash_table_unref (merge->have);
  g_hash_table_unref (merge->have_saves);
  g_hash_table_unref (merge->known);
  g_clear_pointer (&merge->incoming, g_ptr_array_unref);
  g_clear_pointer (&merge->writes, g_ptr_array_unref);
  g_free (merge);
}

/* On any thread: reads the backup's months as month files are read, merges them into copies of
 * the log's, and reads each result back as its file would be read. The months a merge would
 * write are within every limit of the reader, or it fails and nothing may change. */
gboolean
hammy_log_merge_prepare (HammyLogMerge  *merge,
                         GError        **error)
{
  g_autoptr(GHashTable) merged = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) month_free);
  g_autoptr(GHashTable) touched = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(GHashTable) known = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (merge != NULL && merge->writes == NULL, FALSE);

  /* Parsed twice: the check merges one copy, and the log the other. */
  if ((checked = parse_months (merge->objects, error)) == NULL)
    return FALSE;

  known = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, merge->known);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    g_hash_table_add (known, value);

  for (guint i = 0; i < checked->len; i++)
    {
      Month *month = g_ptr_array_index (checked, i);
      Month *target = g_hash_table_lookup (merged, month->key);

      if (target == NULL)
        {
          JsonNode *have = g_hash_table_lookup (merge->have, month->key);

          target = have != NULL ? parse_month (json_node_get_object (have), month->key, NULL) : month_new (month->key);
          g_assert (target != NULL);
          g_hash_table_insert (merged, target->key, target);
        }
      if (merge_into (target, month, known, NULL) > 0)
        g_hash_table_add (touched, target);
    }

  merge->writes = g_ptr_array_new_with_free_func ((GDestroyNotify) hammy_store_write_free);
  g_hash_table_iter_init (&iter, touched);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    {
      Month *month = value;
      g_autoptr(JsonNode) node = month_to_json (month);
      g_autoptr(GBytes) bytes = hammy_json_to_bytes (node);
      g_autoptr(GError) cause = NULL;
      g_autofree char *name = g_strdup_printf ("%s.json", month->key);
      g_autofree char *path = g_build_filename (merge->directory, name, NULL);

      if (!hammy_store_check_bytes (&hammy_log_month_format, bytes, load_month, month->key,
                                    (GDestroyNotify) month_free, &cause))
        {
          g_clear_pointer (&merge->writes, g_ptr_array_unref);
          g_set_error (error, HAMMY_STORE_ERROR, HAMMY_STORE_ERROR_REFUSED,
                       _("With it, your log for %s would hold more than Hammy keeps for one month. %s"),
                       month->key, cause->message);
          return FALSE;
        }
      g_ptr_array_add (merge->writes, hammy_store_write_new (path, bytes, HAMMY_STORE_WRITE_REPLACE));
    }

  merge->incoming = parse_months (merge->objects, error);
  if (merge->incoming == NULL)
    {
      g_clear_pointer (&merge->writes, g_ptr_array_unref);
      return FALSE;
    }

  return TRUE;
}

/* The month files the prepared merge writes (of HammyStoreWrite). */
GPtrArray *
hammy_log_merge_get_writes (HammyLogMerge *merge)
{
  g_return_val_if_fail (merge != NULL && merge->writes != NULL, NULL);

  return merge->writes;
}

/* The number of month files the log would hold with the merge. */
guint
hammy_log_merge_count_months (HammyLog      *self,
                              HammyLogMerge *merge)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  g_return_val_if_fail (merge != NULL && merge->incoming != NULL, 0);

  g_hash_table_iter_init (&iter, self->months);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (keys, key);
  for (guint i = 0; i < merge->incoming->len; i++)
    g_hash_table_add (keys, ((Month *) g_ptr_array_index (merge->incoming, i))->key);

  return g_hash_table_size (keys);
}

/* On the main thread, once the prepared months are written: the same merge into the log, in
 * memory. A month that changed since the merge was made (a set saved meanwhile) is saved
 * again, so its file holds both. Returns how many things were added. */
guint
hammy_log_merge_apply (HammyLog      *self,
                       HammyLogMerge *merge)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GHashTable) touched = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer value;
  guint added = 0;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  g_return_val_if_fail (merge != NULL && merge->incoming != NULL, 0);

  for (guint i = 0; i < merge->incoming->len; i++)
    {
      Month *from = g_ptr_array_index (merge->incoming, i);
      Month *month = ensure_month (self, from->key);
      guint first = sessions->len;
      guint n = merge_into (month, from, self->by_id, sessions);

      for (guint j = first; j < sessions->len; j++)
        g_hash_table_insert (self->month_of, g_ptr_array_index (sessions, j), month);
      if (n > 0)
        g_hash_table_add (touched, month);
      added += n;
    }
  merge->n_added = added;

  for (guint i = 0; i < sessions->len; i++)
    {
      HammyLogSession *session = g_ptr_array_index (sessions, i);

      g_ptr_array_add (self->sessions, session);
      self->n_sets += session->sets->len;
      note_session (self, session);
    }
  if (sessions->len > 0)
    g_ptr_array_sort (self->sessions, compare_sessions);
  reindex (self);

  g_hash_table_iter_init (&iter, touched);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    {
      Month *month = value;
      gpointer saves;
      gboolean had = g_hash_table_lookup_extended (merge->have_saves, month->key, NULL, &saves);

      if ((had && GPOINTER_TO_UINT (saves) != month->saves) ||
          (!had && month->saves > 0))
        save_month (self, month, NULL, NULL);
    }

  return added;
}

/* Merges months of a backup (of JsonObject) and saves them, as one step: when the months that
 * would be written are beyond what the reader takes, nothing changes and @error says which. */
guint
hammy_log_merge_months (HammyLog   *self,
                        GPtrArray  *objects,
                        GError    **error)
{
  HammyLogMerge *merge;
  GPtrArray *writes;
  guint added;

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);
  g_return_val_if_fail (objects != NULL, 0);

  merge = hammy_log_merge_new (self, objects);
  if (!hammy_log_merge_prepare (merge, error))
    {
      hammy_log_merge_free (merge);
      return 0;
    }

  /* Saved from the log's own state once merged, month by month. */
  writes = hammy_log_merge_get_writes (merge);
  added = hammy_log_merge_apply (self, merge);
  for (guint i = 0; i < writes->len; i++)
    {
      HammyStoreWrite *write = g_ptr_array_index (writes, i);
      g_autofree char *name = g_path_get_basename (write->path);
      g_autofree char *key = g_strndup (name, strlen (name) - strlen (".json"));
      Month *month = g_hash_table_lookup (self->months, key);

      if (month != NULL)
        save_month (self, month, NULL, NULL);
    }
  hammy_log_merge_free (merge);

  return added;
}

guint
hammy_log_merge_month (HammyLog    *self,
                       JsonObject  *object,
                       GError     **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new ();

  g_return_val_if_fail (HAMMY_IS_LOG (self), 0);

  g_ptr_array_add (objects, object);
  return hammy_log_merge_months (self, objects, error);
}
