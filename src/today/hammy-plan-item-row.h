/* hammy-plan-item-row.h: one exercise of the plan in the plan editor, as an expander row that
 * knows which plan item its controls change, which versions it offers and where its note is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_PLAN_ITEM_ROW (hammy_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (HammyPlanItemRow, hammy_plan_item_row, HAMMY, PLAN_ITEM_ROW, AdwExpanderRow)

GtkWidget          *hammy_plan_item_row_new          (const char         *exercise);
HammyPlanItemRow   *hammy_plan_item_row_find         (GtkWidget          *control);
const char         *hammy_plan_item_row_get_exercise (HammyPlanItemRow   *self);
const char * const *hammy_plan_item_row_get_variants (HammyPlanItemRow   *self);
void                hammy_plan_item_row_set_variants (HammyPlanItemRow   *self,
                                                      const char * const *variants);
AdwEntryRow        *hammy_plan_item_row_get_note_row (HammyPlanItemRow   *self);
void                hammy_plan_item_row_set_note_row (HammyPlanItemRow   *self,
                                                      AdwEntryRow        *note_row);

G_END_DECLS
