/* hammy-plan.h: the programme a person works through: its phase, its exercises each on days of
 * their own, made from an assessment (hammy-planner.h) or brought in from a clinician's plan
 * file, and edited by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-library.h"
#include "hammy-store.h"
#include "hammy-triage.h"

G_BEGIN_DECLS

#define HAMMY_PLAN_ERROR (hammy_plan_error_quark ())

typedef enum
{
  HAMMY_PLAN_ERROR_INVALID,   /* an edit the library or the plan's rules do not allow */
} HammyPlanError;

/* Where an item sits in a session: the warm-up comes first, then the circuit. */
typedef enum
{
  HAMMY_PLAN_SECTION_WARMUP,
  HAMMY_PLAN_SECTION_CIRCUIT,
} HammyPlanSection;

typedef struct
{
  char             *exercise;       /* an exercise id from the library */
  guint             sets;
  guint             reps;           /* 0 for a hold */
  guint             hold_seconds;   /* 0 for reps */
  gboolean          per_side;
  char             *load;           /* a HAMMY_VOCABULARY_LOAD id */
  char             *note;           /* or NULL */
  HammyPlanSection  section;
  /* When it is due (docs/programme.md, "Schedule"). */
  char             *frequency;      /* a HAMMY_VOCABULARY_FREQUENCY id */
  char             *group;          /* a HAMMY_VOCABULARY_GROUP id, the exercise's */
  GDate             added;          /* the day it came into the plan: its build-up counts from
                                     * here; invalid when not known */
  GDate             changed;        /* the day its dose or version last changed, or invalid */
  char             *waits;          /* what its pathway waits for before it is due
                                     * (hammy-pathways.h), or NULL */
  GDate             rest_until;     /* not due before this day after a step back, or invalid */
} HammyPlanItem;

#define HAMMY_TYPE_PLAN_ITEM (hammy_plan_item_get_type ())

GType          hammy_plan_item_get_type (void) G_GNUC_CONST;
HammyPlanItem *hammy_plan_item_copy     (const HammyPlanItem *item);
void           hammy_plan_item_free     (HammyPlanItem       *item);
char          *hammy_plan_item_dup_dosage_text (const HammyPlanItem *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyPlanItem, hammy_plan_item_free)

/* A change the plan went through, for the not-improving rule and History. */
typedef enum
{
  HAMMY_PLAN_CHANGE_STEP_BACK,
  HAMMY_PLAN_CHANGE_STEP_UP,
  HAMMY_PLAN_CHANGE_PHASE_UP,
  HAMMY_PLAN_CHANGE_PHASE_BACK,
} HammyPlanChangeKind;

typedef struct
{
  GDate                date;
  HammyPlanChangeKind  kind;
  char                *rule;       /* the progression rule that made it */
  char                *exercise;   /* the item it changed, or NULL for the plan as a whole */
} HammyPlanChange;

/* A phase check taken or declined (docs/programme.md, "Phase checks"); "answered" is a check
 * for exercises that wait, which moves no phase. */
typedef enum
{
  HAMMY_PLAN_CHECK_PASSED,
  HAMMY_PLAN_CHECK_FAILED,
  HAMMY_PLAN_CHECK_DECLINED,
  HAMMY_PLAN_CHECK_ANSWERED,
} HammyPlanCheckResult;

typedef struct
{
  GDate                 date;
  HammyTriagePhase      phase;     /* the phase it would lead to */
  HammyPlanCheckResult  result;
  guint                 counted;   /* good sessions in the phase when it was offered */
  JsonObject           *answers;   /* what was answered, or NULL when declined */
} HammyPlanCheck;

/* The sign a plan stops with for a new sudden pain or a pop: a re-injury needs a new check. */
#define HAMMY_PLAN_STOP_REINJURY "reinjury"

/* The id a guided session logs a run of the return-to-running ladder under: a run is not an
 * exercise of the library, and progression reads the ladder from these sets. */
#define HAMMY_PLAN_LADDER_RUN "ladder-run"

#define HAMMY_TYPE_PLAN (hammy_plan_get_type ())

G_DECLARE_FINAL_TYPE (HammyPlan, hammy_plan, HAMMY, PLAN, GObject)

GQuark               hammy_plan_error_quark         (void);

HammyLibrary        *hammy_plan_get_library         (HammyPlan        *self);
HammyTriagePhase     hammy_plan_get_phase           (HammyPlan        *self);
GDateTime           *hammy_plan_get_created         (HammyPlan        *self);
GDateTime           *hammy_plan_get_assessment      (HammyPlan        *self);
gboolean             hammy_plan_get_edited          (HammyPlan        *self);
gboolean             hammy_plan_get_imported        (HammyPlan        *self);
const char          *hammy_plan_get_note            (HammyPlan        *self);
const char          *hammy_plan_get_private_note    (HammyPlan        *self);
guint                hammy_plan_get_n_items         (HammyPlan        *self);
const HammyPlanItem *hammy_plan_get_item            (HammyPlan        *self,
                                                     guint             index);
int                  hammy_plan_find_item           (HammyPlan        *self,
                                                     const char       *exercise);
guint                hammy_plan_get_ladder_step     (HammyPlan        *self);
GDateTime           *hammy_plan_get_since           (HammyPlan        *self);
const char          *hammy_plan_get_stopped         (HammyPlan        *self);
const char          *hammy_plan_get_stopped_sign    (HammyPlan        *self);
const char          *hammy_plan_get_running_advice  (HammyPlan        *self);

/* The picture it was made for and what shapes it (docs/programme.md, "Pathways"). */
const char          *hammy_plan_get_picture         (HammyPlan        *self);
const char * const  *hammy_plan_get_flags           (HammyPlan        *self);
gboolean             hammy_plan_has_flag            (HammyPlan        *self,
                                                     const char       *flag);
int                  hammy_plan_get_pain_cap        (HammyPlan        *self);
gboolean             hammy_plan_get_onset           (HammyPlan        *self,
                                                     GDate            *onset);
gboolean             hammy_plan_get_started         (HammyPlan        *self,
                                                     GDate            *started);
gboolean             hammy_plan_get_phase_since     (HammyPlan        *self,
                                                     GDate            *since);
const char          *hammy_plan_get_runs            (HammyPlan        *self);
guint                hammy_plan_get_n_changes       (HammyPlan        *self);
const HammyPlanChange *hammy_plan_get_change        (HammyPlan        *self,
                                                     guint             index);
guint                hammy_plan_get_n_checks        (HammyPlan        *self);
const HammyPlanCheck *hammy_plan_get_check          (HammyPlan        *self,
                                                     guint             index);
const char          *hammy_plan_get_migration_text  (HammyPlan        *self,
                                                     const GDate      *today);

/* Edits by the person or their clinician (hammy-plan-edit.c). Each one is checked against the
 * library and the plan's limits, marks the plan edited and emits "changed"; a refused one changes
 * nothing. */
gboolean             hammy_plan_swap_variant        (HammyPlan        *self,
                                                     guint             index,
                                                     const char       *variant,
                                                     GError          **error);
gboolean             hammy_plan_set_item_sets       (HammyPlan        *self,
                                                     guint             index,
                                                     guint             sets,
                                                     GError          **error);
gboolean             hammy_plan_set_item_reps       (HammyPlan        *self,
                                                     guint             index,
                                                     guint             reps,
                                                     GError          **error);
gboolean             hammy_plan_set_item_hold       (HammyPlan        *self,
                                                     guint             index,
                                                     guint             hold_seconds,
                                                     GError          **error);
gboolean             hammy_plan_set_item_load       (HammyPlan        *self,
                                                     guint             index,
                                                     const char       *load,
                                                     GError          **error);
gboolean             hammy_plan_set_item_note       (HammyPlan        *self,
                                                     guint             index,
                                                     const char       *note,
                                                     GError          **error);
gboolean             hammy_plan_set_item_frequency  (HammyPlan        *self,
                                                     guint             index,
                                                     const char       *frequency,
                                                     GError          **error);
gboolean             hammy_plan_add_exercise        (HammyPlan        *self,
                                                     HammyPlanSection  section,
                                                     const char       *exercise,
                                                     guint            *index,
                                                     GError          **error);
gboolean             hammy_plan_insert_item         (HammyPlan        *self,
                                                     guint             index,
                                                     const HammyPlanItem *item,
                                                     GError          **error);
gboolean             hammy_plan_remove_item         (HammyPlan        *self,
                                                     guint             index,
                                                     GError          **error);
gboolean             hammy_plan_set_private_note    (HammyPlan        *self,
                                                     const char       *note,
                                                     GError          **error);
gboolean             hammy_plan_set_ladder_step     (HammyPlan        *self,
                                                     guint             step,
                                                     GError          **error);

/* A proposal the person answered “Not now” is not offered again on the same day. */
void                 hammy_plan_decline             (HammyPlan        *self,
                                                     const char       *key,
                                                     GDateTime        *today);
gboolean             hammy_plan_is_declined         (HammyPlan        *self,
                                                     const char       *key,
                                                     GDateTime        *today);

const char          *hammy_plan_section_get_title   (HammyPlanSection  section);

/* The return-to-running ladder: walk and jog, easy running, faster running, strides. */
guint                hammy_plan_get_n_ladder_steps  (void);
const char          *hammy_plan_ladder_step_get_title       (guint     step);
const char          *hammy_plan_ladder_step_get_description (guint     step);
/* The step run at about 70% of top speed, after which the Nordic may start after a strain. */
#define HAMMY_PLAN_LADDER_STEP_70 4

/* plan.json and plan files (hammy-plan-file.c). */
#define HAMMY_PLAN_FILE_MAX_BYTES (1024 * 1024)

extern const HammyStoreFormat hammy_plan_format;       /* plan.json in the data folder */
extern const HammyStoreFormat hammy_plan_file_format;  /* a .hammyplan from someone else */

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
