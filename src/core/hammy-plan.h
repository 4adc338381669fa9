/* hammy-plan.h: the circuit a person works through, made from an assessment or brought in
 * from a clinician's plan file, and edited by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-library.h"
#include "hammy-store.h"
#include "hammy-triage.h"

G_BEGIN_DECLS

typedef struct
{
  char     *exercise;       /* an exercise id from the library */
  guint     sets;
  guint     reps;           /* 0 for a hold */
  guint     hold_seconds;   /* 0 for reps */
  gboolean  per_side;
  char     *load;           /* a HAMMY_VOCABULARY_LOAD id */
  char     *note;           /* or NULL */
} HammyPlanItem;

#define HAMMY_PLAN_FILE_MAX_BYTES (1024 * 1024)

extern const HammyStoreFormat hammy_plan_format;       /* plan.json in the data folder */
extern const HammyStoreFormat hammy_plan_file_format;  /* a .hammyplan from someone else */

#define HAMMY_TYPE_PLAN (hammy_plan_get_type ())

G_DECLARE_FINAL_TYPE (HammyPlan, hammy_plan, HAMMY, PLAN, GObject)

HammyPlan           *hammy_plan_new_for_assessment  (HammyLibrary     *library,
                                                     HammyAssessment  *assessment);
HammyTriagePhase     hammy_plan_get_phase           (HammyPlan        *self);
GDateTime           *hammy_plan_get_created         (HammyPlan        *self);
GDateTime           *hammy_plan_get_assessment      (HammyPlan        *self);
gboolean             hammy_plan_get_edited          (HammyPlan        *self);
gboolean             hammy_plan_get_imported        (HammyPlan        *self);
const char          *hammy_plan_get_note            (HammyPlan        *self);
guint                hammy_plan_get_n_items         (HammyPlan        *self);
const HammyPlanItem *hammy_plan_get_item            (HammyPlan        *self,
                                                     guint             index);

JsonNode            *hammy_plan_to_json             (HammyPlan        *self);
HammyPlan           *hammy_plan_new_from_json       (JsonObject       *object,
                                                     HammyLibrary     *library,
                                                     GError          **error);

GBytes              *hammy_plan_to_file_bytes       (HammyPlan        *self,
                                                     GDateTime        *exported);
HammyPlan           *hammy_plan_new_from_file_bytes (const char       *data,
                                                     gsize             length,
                                                     HammyLibrary     *library,
                                                     GError          **error);

G_END_DECLS
