/* hammy-check-file.c: a check as its file in the person's data holds it: the check triage
 * made, with the time it was saved in this profile, which orders the checks
 * (docs/data-formats.md). Shared by the data folder and backups, below both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hammy-check-file.h"
#include "hammy-json-guard.h"

static GQuark
saved_quark (void)
{
  return g_quark_from_static_string ("hammy-data-saved");
}

GDateTime *
hammy_check_file_get_saved (HammyAssessment *assessment)
{
  GDateTime *saved = g_object_get_qdata (G_OBJECT (assessment), saved_quark ());

  return saved != NULL ? saved : hammy_assessment_get_created (assessment);
}

void
hammy_check_file_set_saved (HammyAssessment *assessment,
                            GDateTime       *saved)
{
  g_object_set_qdata_full (G_OBJECT (assessment), saved_quark (), g_date_time_ref (saved),
                           (GDestroyNotify) g_date_time_unref);
}

JsonNode *
hammy_check_file_to_json (HammyAssessment *assessment)
{
  g_autoptr(JsonNode) sealed = hammy_assessment_to_json (assessment);
  g_autofree char *saved = hammy_json_format_time (hammy_check_file_get_saved (assessment));
  JsonObject *object = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  /* The check's own members as triage wrote them, with "saved" after "created". */
  json_object_iter_init (&iter, json_node_get_object (sealed));
  while (json_object_iter_next (&iter, &name, &member))
    {
      json_object_set_member (object, name, json_node_ref (member));
      if (g_str_equal (name, "created"))
        json_object_set_string_member (object, "saved", saved);
    }

  return json_node_init_object (json_node_alloc (), object);
}

GDateTime *
hammy_check_file_read_saved (JsonObject *object,
                             GDateTime  *created,
                             GDateTime  *fallback)
{
  GDateTime *saved = NULL;

  if (hammy_json_get_time (object, "saved", FALSE, &saved, NULL) && saved != NULL)
    return saved;
  if (fallback != NULL && g_date_time_compare (fallback, created) < 0)
    return g_date_time_ref (fallback);

  return g_date_time_ref (created);
}
