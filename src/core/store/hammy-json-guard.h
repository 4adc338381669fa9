/* hammy-json-guard.h: JSON from a file treated as untrusted: size, encoding and nesting
 * checked before json-glib sees it, and typed, ranged reads of members afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define HAMMY_JSON_ERROR (hammy_json_error_quark ())

typedef enum
{
  HAMMY_JSON_ERROR_TOO_LARGE,
  HAMMY_JSON_ERROR_ENCODING,
  HAMMY_JSON_ERROR_TOO_DEEP,
  HAMMY_JSON_ERROR_SYNTAX,
  HAMMY_JSON_ERROR_INVALID,
  HAMMY_JSON_ERROR_NEWER_VERSION,
  HAMMY_JSON_ERROR_WRONG_FORMAT,
} HammyJsonError;

/* Limits a file must keep to before it is parsed at all. */
typedef struct
{
  gsize max_bytes;
  guint max_depth;
  guint max_items;    /* the longest list or group of fields; 0 for no limit but the bytes */
  guint max_values;   /* values in the whole file; 0 for no limit but the bytes */
} HammyJsonLimits;

GQuark      hammy_json_error_quark       (void);

/* What is checked before parsing: size, encoding, nesting and how many entries. */
gboolean    hammy_json_check_limits      (const char            *data,
                                          gsize                  length,
                                          const HammyJsonLimits *limits,
                                          GError               **error);
JsonNode   *hammy_json_parse_untrusted   (const char            *data,
                                          gsize                  length,
                                          const HammyJsonLimits *limits,
                                          GError               **error);

/* The header every Hammy file carries: `"format"` must be @format; the version is returned
 * and one newer than @newest is refused. */
gboolean    hammy_json_check_header      (JsonObject            *object,
                                          const char            *format,
                                          gint64                 newest,
                                          gint64                *version,
                                          GError               **error);

/* Typed reads. A missing optional member leaves *out alone and succeeds; a member of the
 * wrong type or out of range fails with a sentence naming it. */
gboolean    hammy_json_get_object        (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          JsonObject           **out,
                                          GError               **error);
gboolean    hammy_json_get_array         (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          guint                  max_length,
                                          JsonArray            **out,
                                          GError               **error);
gboolean    hammy_json_get_string        (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          gsize                  max_length,
                                          const char           **out,
                                          GError               **error);
gboolean    hammy_json_get_int           (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          gint64                 min,
                                          gint64                 max,
                                          gint64                *out,
                                          GError               **error);
gboolean    hammy_json_get_double        (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          double                 min,
                                          double                 max,
                                          double                *out,
                                          GError               **error);
gboolean    hammy_json_get_boolean       (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          gboolean              *out,
                                          GError               **error);

/* Dates and times in every file: ISO 8601, read back in any offset, written in UTC with a
 * four-digit year (and microseconds only when there are some). A year outside 1970–9999 is
 * refused, so whatever is read can be written
 * again and read back the same. */
#define HAMMY_JSON_TIME_MAX_LENGTH 40

gboolean    hammy_json_get_time          (JsonObject            *object,
                                          const char            *name,
                                          gboolean               required,
                                          GDateTime            **out,
                                          GError               **error);
GDateTime  *hammy_json_parse_time        (const char            *text);
char       *hammy_json_format_time       (GDateTime             *time);

/* Fails a read with HAMMY_JSON_ERROR_INVALID and a sentence; returns FALSE, so a reader can
 * `return hammy_json_set_invalid (…)`. */
gboolean    hammy_json_set_invalid       (GError               **error,
                                          const char            *format,
                                          ...) G_GNUC_PRINTF (2, 3);

/* Untrusted text quoted in such a sentence is cut to this many characters: a stranger's
 * file cannot fill a dialog. */
#define HAMMY_JSON_EXCERPT_LENGTH 40

char       *hammy_json_dup_excerpt       (const char            *text);

/* Refuses members not in @known (NULL-terminated): a stranger's file cannot smuggle in a
 * field that a later version might act on. */
gboolean    hammy_json_check_members     (JsonObject            *object,
                                          const char * const    *known,
                                          GError               **error);

G_END_DECLS
