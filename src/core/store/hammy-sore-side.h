/* hammy-sore-side.h: the person's own word on which leg is sore, for when no check names one.
 * It belongs to the person, not to a plan: plans are replaced and shared, and the leg stays the
 * same. Kept in the profile as sore-side.json and carried in a backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-log.h"
#include "hammy-store.h"

G_BEGIN_DECLS

extern const HammyStoreFormat hammy_sore_side_format;

typedef struct
{
  HammySide  side;     /* LEFT or RIGHT */
  GDateTime *chosen;
} HammySoreSide;

HammySoreSide *hammy_sore_side_new            (HammySide            side,
                                               GDateTime           *chosen);
void           hammy_sore_side_free           (HammySoreSide       *self);

/* Reads the object of a sore-side.json whose header has been checked. */
HammySoreSide *hammy_sore_side_new_from_json  (JsonObject          *object,
                                               GError             **error);
/* The whole file, header included. */
JsonNode      *hammy_sore_side_to_json        (const HammySoreSide *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammySoreSide, hammy_sore_side_free)

G_END_DECLS
