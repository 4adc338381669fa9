/* hammy-plan-private.h: what the files of HammyPlan share (its fields, its limits, how an item is
 * made from the library), and what the person's data, the pathways and the progression engine
 * change in a plan that is not an edit by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-clock.h"
#include "hammy-plan.h"

G_BEGIN_DECLS

/* Changes and checks a plan keeps, the newest last; older ones fall off. */
#define HAMMY_PLAN_MAX_CHANGES 40
#define HAMMY_PLAN_MAX_CHECKS  20

/* What an edit may make and a file may hold. */
#define HAMMY_PLAN_MAX_ITEMS        40
#define HAMMY_PLAN_MAX_NOTE         1000
#define HAMMY_PLAN_MAX_SETS         10
#define HAMMY_PLAN_MAX_REPS         100
#define HAMMY_PLAN_MAX_HOLD         3600
#define HAMMY_PLAN_MAX_DECLINED     16
#define HAMMY_PLAN_MAX_DECLINED_KEY 160

struct _HammyPlan
{
  GObject           parent_instance;

  HammyLibrary     *library;
  HammyClock       *clock;          /* where today comes from, or NULL for the default */
  HammyTriagePhase  phase;
  GDateTime        *created;
  GDateTime        *assessment;     /* the assessment it was made from, or NULL */
  gboolean          edited;
  gboolean          imported;
  char             *note;           /* travels with the plan file */
  char             *private_note;   /* stays in this data folder */
  GArray           *items;          /* of HammyPlanItem, the warm-up first */
  guint             ladder_step;    /* for the return phase */
  GDateTime        *since;          /* or NULL */
  char             *stopped;        /* YYYY-MM-DD, or NULL */
  char             *stopped_sign;   /* the warning sign's id, or NULL */
  char             *declined_on;    /* YYYY-MM-DD, or NULL */
  GPtrArray        *declined;       /* of char *, keys declined on declined_on */

  char             *picture;        /* the check's picture, or NULL when not known */
  GPtrArray        *flags;          /* of char *, NULL-terminated */
  GDate             onset;          /* the day it started, or invalid */
  GDate             started;        /* the programme's first day, or invalid */
  GDate             phase_since;    /* the day the phase began, or invalid */
  char             *runs;           /* how often the plan offers a run, or NULL */
  GArray           *changes;        /* of HammyPlanChange, oldest first */
  GArray           *checks;         /* of HammyPlanCheck, oldest first */
  char             *checkin_seen;   /* YYYY-MM-DD, or NULL */
  gint64            migrated_from;  /* 0, or the version the file was read from */
  GDate             migration_day;  /* the day the migration was finished, or invalid */
  char             *migration_text; /* what it changed, in one sentence, or NULL */
};

/* ---- for the plan's own files ------------------------------------------------------- */

/* The clock the plan takes today from: the one it was given, or the default. */
HammyClock    *hammy_plan_get_clock              (HammyPlan           *self);
/* Emits "changed"; an edit by hand also marks the plan edited. */
void           hammy_plan_emit_changed           (HammyPlan           *self,
                                                  gboolean             by_hand);
/* The item at @index, to change in place. */
HammyPlanItem *hammy_plan_get_item_mutable       (HammyPlan           *self,
                                                  guint                index);
void           hammy_plan_item_copy_into         (HammyPlanItem       *to,
                                                  const HammyPlanItem *from);
void           hammy_plan_item_clear_days        (HammyPlanItem       *item);
/* The item for @exercise with the library's dosage and schedule. */
void           hammy_plan_item_init_from_library (HammyPlanItem       *item,
                                                  HammyExercise       *exercise,
                                                  HammyPlanSection     section);
/* A frequency a warm-up follows from (strength work, a run) fits the warm-up only: elsewhere the
 * exercise's own calendar does. */
const char    *hammy_plan_get_section_frequency  (HammyExercise       *exercise,
                                                  HammyPlanSection     section);

/* ---- for the person's data, the pathways and progression ---------------------------- */

/* Where the plan takes today's date from for what it stamps (an item added, a phase begun):
 * the data's clock, so that tests and the course runner live on a fake one. */
void      hammy_plan_set_clock          (HammyPlan        *self,
                                         HammyClock       *clock);
void      hammy_plan_get_today          (HammyPlan        *self,
                                         GDate            *today);

/* Sessions before @since do not count toward the next proposal. */
void      hammy_plan_set_since          (HammyPlan        *self,
                                         GDateTime        *since);
/* A warning sign on @date (YYYY-MM-DD) stops the plan; @sign is its answer id (docs/programme.md,
 * "Words"), or NULL when an older Hammy did not keep it. A re-injury stops it the same way. */
void      hammy_plan_stop               (HammyPlan        *self,
                                         const char       *date,
                                         const char       *sign);
void      hammy_plan_resume             (HammyPlan        *self);
/* What the pathway reads: the picture, the flags and the day it started, from the check. */
void      hammy_plan_set_context        (HammyPlan        *self,
                                         const char       *picture,
                                         const char * const *flags,
                                         const GDate      *onset);
void      hammy_plan_set_runs           (HammyPlan        *self,
                                         const char       *frequency);
/* The programme's first day and the phase's, where a plan from an older Hammy has none. */
void      hammy_plan_set_days           (HammyPlan        *self,
                                         const GDate      *started,
                                         const GDate      *phase_since);
/* The items in place of the plan's: the pathway's filling. Takes @items. */
void      hammy_plan_take_items         (HammyPlan        *self,
                                         GArray           *items);
/* An item of @exercise at the low end of the library's dose and its easiest load. */
gboolean  hammy_plan_item_init_easiest  (HammyPlanItem    *item,
                                         HammyLibrary     *library,
                                         const char       *exercise,
                                         HammyPlanSection  section,
                                         const GDate      *today);
void      hammy_plan_item_clear         (HammyPlanItem    *item);
/* The easiest load an exercise starts at: two steps below its working load, never below a
 * band's light. */
const char *hammy_plan_get_start_load   (const char       *load);

void      hammy_plan_add_change         (HammyPlan        *self,
                                         const GDate      *date,
                                         HammyPlanChangeKind kind,
                                         const char       *rule,
                                         const char       *exercise);
/* Takes @answers (may be NULL). */
void      hammy_plan_add_check          (HammyPlan        *self,
                                         const GDate      *date,
                                         HammyTriagePhase  phase,
                                         HammyPlanCheckResult result,
                                         guint             counted,
                                         JsonObject       *answers);
/* The newest morning check-in progression has acted on (YYYY-MM-DD), or NULL. */
const char *hammy_plan_get_checkin_seen (HammyPlan        *self);
void      hammy_plan_set_checkin_seen   (HammyPlan        *self,
                                         const char       *date);
void      hammy_plan_set_item_rest_until (HammyPlan       *self,
                                         guint             index,
                                         const GDate      *day);
void      hammy_plan_set_item_changed   (HammyPlan        *self,
                                         guint             index,
                                         const GDate      *day);
/* Progression's changes: they do not make the plan one edited by hand. */
void      hammy_plan_replace_item       (HammyPlan        *self,
                                         guint             index,
                                         const HammyPlanItem *item);
void      hammy_plan_move_ladder        (HammyPlan        *self,
                                         guint             step);
/* A plan read from an older version than this one: the version it came from, or 0. The data
 * finishes its migration (docs/programme.md, "Plans in progress") and says what changed. */
gint64    hammy_plan_get_migrated_from  (HammyPlan        *self);
gboolean  hammy_plan_get_migration_day  (HammyPlan        *self,
                                         GDate            *day);
void      hammy_plan_set_migration      (HammyPlan        *self,
                                         const GDate      *date,
                                         const char       *text);

G_END_DECLS
