/* hammy-json-guard.c: JSON from a file treated as untrusted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hammy-json-guard.h"

G_DEFINE_QUARK (hammy-json-error-quark, hammy_json_error)

typedef enum
{
  STRUCTURE_OK,
  STRUCTURE_TOO_DEEP,
  STRUCTURE_NOT_JSON,
  STRUCTURE_TOO_MANY,
  STRUCTURE_TEXT_TOO_LONG,
} Structure;

/* No text in any file Hammy writes comes near this: a note is 2,000 bytes at most. */
#define MAX_TEXT (64 * 1024)

/* json-glib recurses once per level of nesting, so depth is counted on the bytes first,
 * where a million opening brackets cost a loop, not the stack. Its scanner also takes
 * 'single-quoted' strings and comments, which would hide brackets from this count: JSON has
 * neither, so a quote or a slash outside a string is refused here. Lists and groups are
 * counted too, since json-glib spends a hundred bytes and more on each value it holds: a
 * file of a million zeros is refused before it costs a gigabyte. */
static Structure
check_structure (const char            *data,
                 gsize                  length,
                 const HammyJsonLimits *limits)
{
  g_autofree guint *items = g_new0 (guint, limits->max_depth + 1);
  gboolean in_string = FALSE;
  gsize text_start = 0;
  guint depth = 0;
  guint64 values = 1;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          if (i - text_start > MAX_TEXT)
            return STRUCTURE_TEXT_TOO_LONG;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          text_start = i;
          break;
        case '\'':
        case '/':
          return STRUCTURE_NOT_JSON;
        case '{':
        case '[':
          if (++depth > limits->max_depth)
            return STRUCTURE_TOO_DEEP;
          items[depth] = 1;
          values++;
          break;
        case '}':
        case ']':
          if (depth > 0)
            depth--;
          break;
        case ',':
          values++;
          if (limits->max_items > 0 && ++items[depth] > limits->max_items)
            return STRUCTURE_TOO_MANY;
          break;
        default:
          break;
        }
      if (limits->max_values > 0 && values > limits->max_values)
        return STRUCTURE_TOO_MANY;
    }

  return STRUCTURE_OK;
}

/* json-glib turns an unpaired "\ud800" escape into bytes that are not UTF-8: Hammy would
 * accept them and then write a file it cannot read back. Depth is already bounded here. */
static gboolean
is_valid_text (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        if (!g_utf8_validate (name, -1, NULL) || !is_valid_text (member))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!is_valid_text (json_array_get_element (array, i)))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      return g_utf8_validate (json_node_get_string (node), -1, NULL);
    }

  return TRUE;
}

gboolean
hammy_json_check_limits (const char            *data,
                         gsize                  length,
                         const HammyJsonLimits *limits,
                         GError               **error)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (limits != NULL, FALSE);

  if (length > limits->max_bytes)
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_LARGE,
                   _("It is larger than any file Hammy writes of this kind."));
      return FALSE;
    }
  if (length == 0)
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_SYNTAX, _("It is empty."));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_ENCODING,
                   _("It is not text: it holds bytes that are not valid UTF-8."));
      return FALSE;
    }
  switch (check_structure (data, length, limits))
    {
    case STRUCTURE_TOO_MANY:
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_LARGE,
                   _("It holds far more entries than any file Hammy writes of this kind."));
      return FALSE;
    case STRUCTURE_TEXT_TOO_LONG:
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_LARGE,
                   _("It holds a text far longer than any Hammy writes."));
      return FALSE;
    case STRUCTURE_TOO_DEEP:
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_TOO_DEEP,
                   _("It is nested far deeper than any file Hammy writes."));
      return FALSE;
    case STRUCTURE_NOT_JSON:
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_SYNTAX,
                   _("It is not well-formed JSON: it has a comment or a single quote outside the text."));
      return FALSE;
    case STRUCTURE_OK:
    default:
      break;
    }

  return TRUE;
}

JsonNode *
hammy_json_parse_untrusted (const char            *data,
                            gsize                  length,
                            const HammyJsonLimits *limits,
                            GError               **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!hammy_json_check_limits (data, length, limits, error))
    return NULL;

  /* Mutable: a migration edits what was read. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_SYNTAX,
                   _("It is not complete, well-formed JSON (%s)."), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID,
                   _("It does not hold the object Hammy expects."));
      return NULL;
    }
  if (!is_valid_text (root))
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_ENCODING,
                   _("It is not text: it holds a character code that stands for no character."));
      return NULL;
    }

  return json_node_ref (root);
}

gboolean
hammy_json_check_header (JsonObject  *object,
                         const char  *format,
                         gint64       newest,
                         gint64      *version,
                         GError     **error)
{
  const char *found = NULL;
  gint64 number = 0;

  if (!hammy_json_get_string (object, "format", TRUE, 64, &found, error))
    return FALSE;
  if (g_strcmp0 (found, format) != 0)
    {
      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_WRONG_FORMAT,
                   _("It is a “%s” file, not the “%s” file expected here."), found, format);
      return FALSE;
    }
  if (!hammy_json_get_int (object, "version", TRUE, 1, G_MAXINT32, &number, error))
    return FALSE;
  if (number > newest)
    {
      /* The number as text: a format macro inside _() never reaches the translators. */
      g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, number);

      g_set_error (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_NEWER_VERSION,
                   _("It was written by a newer version of Hammy (format version %s), which this one cannot read."),
                   shown);
      return FALSE;
    }

  if (version != NULL)
    *version = number;
  return TRUE;
}

gboolean
hammy_json_set_invalid (GError     **error,
                        const char  *format,
                        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, HAMMY_JSON_ERROR, HAMMY_JSON_ERROR_INVALID, message);
  return FALSE;
}

char *
hammy_json_dup_excerpt (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), HAMMY_JSON_EXCERPT_LENGTH));
}

/* Finds @name: absent (or null) and optional is no error and leaves *node NULL. */
static gboolean
find_member (JsonObject  *object,
             const char  *name,
             gboolean     required,
             JsonNode   **node,
             GError     **error)
{
  *node = json_object_get_member (object, name);
  if (*node != NULL && JSON_NODE_HOLDS_NULL (*node))
    *node = NULL;

  if (*node == NULL && required)
    return hammy_json_set_invalid (error, _("The field “%s” is missing."), name);

  return TRUE;
}

gboolean
hammy_json_get_object (JsonObject  *object,
                       const char  *name,
                       gboolean     required,
                       JsonObject **out,
                       GError     **error)
{
  JsonNode *node;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return hammy_json_set_invalid (error, _("The field “%s” should be a group of fields."), name);

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
hammy_json_get_array (JsonObject  *object,
                      const char  *name,
                      gboolean     required,
                      guint        max_length,
                      JsonArray  **out,
                      GError     **error)
{
  JsonNode *node;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return hammy_json_set_invalid (error, _("The field “%s” should be a list."), name);
  if (json_array_get_length (json_node_get_array (node)) > max_length)
    return hammy_json_set_invalid (error, _("The list “%s” is longer than Hammy allows."), name);

  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
hammy_json_get_string (JsonObject  *object,
                       const char  *name,
                       gboolean     required,
                       gsize        max_length,
                       const char **out,
                       GError     **error)
{
  JsonNode *node;
  const char *value;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return hammy_json_set_invalid (error, _("The field “%s” should be text."), name);

  value = json_node_get_string (node);
  if (strlen (value) > max_length)
    return hammy_json_set_invalid (error, _("The text in “%s” is longer than Hammy allows."), name);

  *out = value;
  return TRUE;
}

static gboolean
out_of_range (const char  *name,
              GError     **error)
{
  return hammy_json_set_invalid (error, _("The number in “%s” is outside the range Hammy allows."), name);
}

gboolean
hammy_json_get_int (JsonObject  *object,
                    const char  *name,
                    gboolean     required,
                    gint64       min,
                    gint64       max,
                    gint64      *out,
                    GError     **error)
{
  JsonNode *node;
  gint64 value;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return hammy_json_set_invalid (error, _("The field “%s” should be a whole number."), name);

  value = json_node_get_int (node);
  if (value < min || value > max)
    return out_of_range (name, error);

  *out = value;
  return TRUE;
}

gboolean
hammy_json_get_double (JsonObject  *object,
                       const char  *name,
                       gboolean     required,
                       double       min,
                       double       max,
                       double      *out,
                       GError     **error)
{
  JsonNode *node;
  double value;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    return hammy_json_set_invalid (error, _("The field “%s” should be a number."), name);

  value = json_node_get_value_type (node) == G_TYPE_INT64 ? (double) json_node_get_int (node)
                                                          : json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    return out_of_range (name, error);

  *out = value;
  return TRUE;
}

GDateTime *
hammy_json_parse_time (const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (text == NULL || strlen (text) > HAMMY_JSON_TIME_MAX_LENGTH)
    return NULL;

  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return NULL;

  /* The year that is written is the year in UTC, so that is the one that must fit. */
  utc = g_date_time_to_utc (time);
  if (utc == NULL || g_date_time_get_year (utc) < 1970 || g_date_time_get_year (utc) > 9999)
    return NULL;

  return g_steal_pointer (&time);
}

char *
hammy_json_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;
  GString *text;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  text = g_string_new (NULL);
  g_string_printf (text, "%04d-%02d-%02dT%02d:%02d:%02d",
                   g_date_time_get_year (utc), g_date_time_get_month (utc),
                   g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                   g_date_time_get_minute (utc), g_date_time_get_second (utc));
  if (g_date_time_get_microsecond (utc) != 0)
    g_string_append_printf (text, ".%06d", g_date_time_get_microsecond (utc));
  g_string_append_c (text, 'Z');

  return g_string_free (text, FALSE);
}

gboolean
hammy_json_get_time (JsonObject  *object,
                     const char  *name,
                     gboolean     required,
                     GDateTime  **out,
                     GError     **error)
{
  const char *text = NULL;
  GDateTime *time;

  if (!hammy_json_get_string (object, name, required, HAMMY_JSON_TIME_MAX_LENGTH, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  time = hammy_json_parse_time (text);
  if (time == NULL)
    return hammy_json_set_invalid (error, _("The field “%s” should be a date and time."), name);

  *out = time;
  return TRUE;
}

gboolean
hammy_json_get_boolean (JsonObject  *object,
                        const char  *name,
                        gboolean     required,
                        gboolean    *out,
                        GError     **error)
{
  JsonNode *node;

  if (!find_member (object, name, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return hammy_json_set_invalid (error, _("The field “%s” should be true or false."), name);

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
hammy_json_check_members (JsonObject         *object,
                          const char * const *known,
                          GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (known, name))
        {
          g_autofree char *excerpt = hammy_json_dup_excerpt (name);

          return hammy_json_set_invalid (error, _("It has a field Hammy does not know, “%s”."), excerpt);
        }
    }

  return TRUE;
}
