/* hammy-sore-side.c: reading and writing the person's choice of sore leg.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-json-guard.h"
#include "hammy-sore-side.h"

const HammyStoreFormat hammy_sore_side_format = {
  .name = "hammy-sore-side",
  .version = 1,
  .max_bytes = 4 * 1024,
  .max_depth = 4,
};

HammySoreSide *
hammy_sore_side_new (HammySide  side,
                     GDateTime *chosen)
{
  HammySoreSide *self;

  g_return_val_if_fail (side == HAMMY_SIDE_LEFT || side == HAMMY_SIDE_RIGHT, NULL);
  g_return_val_if_fail (chosen != NULL, NULL);

  self = g_new0 (HammySoreSide, 1);
  self->side = side;
  self->chosen = g_date_time_ref (chosen);

  return self;
}

void
hammy_sore_side_free (HammySoreSide *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->chosen, g_date_time_unref);
  g_free (self);
}

HammySoreSide *
hammy_sore_side_new_from_json (JsonObject  *object,
                               GError     **error)
{
  static const char * const known[] = { "format", "version", "side", "chosen", NULL };
  const char *side = NULL;
  g_autoptr(GDateTime) chosen = NULL;

  if (!hammy_json_check_members (object, known, error) ||
      !hammy_json_get_string (object, "side", TRUE, 8, &side, error) ||
      !hammy_json_get_time (object, "chosen", TRUE, &chosen, error))
    return NULL;

  if (g_strcmp0 (side, "left") != 0 && g_strcmp0 (side, "right") != 0)
    {
      hammy_json_set_invalid (error, _("The sore side should be left or right."));
      return NULL;
    }

  return hammy_sore_side_new (g_str_equal (side, "left") ? HAMMY_SIDE_LEFT : HAMMY_SIDE_RIGHT, chosen);
}

JsonNode *
hammy_sore_side_to_json (const HammySoreSide *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autofree char *chosen = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  chosen = hammy_json_format_time (self->chosen);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, hammy_sore_side_format.name);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, hammy_sore_side_format.version);
  json_builder_set_member_name (builder, "side");
  json_builder_add_string_value (builder, self->side == HAMMY_SIDE_LEFT ? "left" : "right");
  json_builder_set_member_name (builder, "chosen");
  json_builder_add_string_value (builder, chosen);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
