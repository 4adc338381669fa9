/* hammy-exercise.h: one exercise or self-check from the library, with its dosage and text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HAMMY_EXERCISE_KIND_EXERCISE,
  HAMMY_EXERCISE_KIND_SELF_CHECK,
} HammyExerciseKind;

typedef struct
{
  guint    sets;
  guint    reps;              /* 0 when the dosage is a hold */
  guint    reps_max;          /* 0 unless a range */
  guint    hold_seconds;      /* 0 when the dosage is reps */
  guint    hold_seconds_max;  /* 0 unless a range */
  gboolean per_side;
  char    *load;              /* a HAMMY_VOCABULARY_LOAD id */
  guint    rpe_min;           /* 0 when effort does not apply */
  guint    rpe_max;
  char    *frequency;         /* a HAMMY_VOCABULARY_FREQUENCY id, or NULL */
} HammyDosage;

/* When an exercise is due (docs/programme.md, "Schedule"); self-checks have none. */
typedef struct
{
  char  *frequency;           /* a HAMMY_VOCABULARY_FREQUENCY id */
  char  *group;               /* a HAMMY_VOCABULARY_GROUP id */
  char  *group_load;          /* counts in its group only from this load up; NULL: always */
  char **build_up;            /* frequencies for the first weeks, one a week, before @frequency */
  char  *keep;                /* the frequency once built up, to keep the strength; or NULL */
} HammySchedule;

typedef struct
{
  char  *id;                  /* a HAMMY_VOCABULARY_EQUIPMENT id */
  char **substitutes;         /* ids of everyday things that do the same job */
} HammyEquipmentNeed;

#define HAMMY_TYPE_EXERCISE (hammy_exercise_get_type ())

G_DECLARE_FINAL_TYPE (HammyExercise, hammy_exercise, HAMMY, EXERCISE, GObject)

const char               *hammy_exercise_get_id              (HammyExercise *self);
HammyExerciseKind         hammy_exercise_get_kind            (HammyExercise *self);
const char               *hammy_exercise_get_name            (HammyExercise *self);
const char               *hammy_exercise_get_summary         (HammyExercise *self);
const char * const       *hammy_exercise_get_phases          (HammyExercise *self);
const char               *hammy_exercise_get_goal            (HammyExercise *self);
const char * const       *hammy_exercise_get_muscles         (HammyExercise *self);
const HammyDosage        *hammy_exercise_get_dosage          (HammyExercise *self);
const HammySchedule      *hammy_exercise_get_schedule        (HammyExercise *self);
GPtrArray                *hammy_exercise_get_equipment       (HammyExercise *self);
const char               *hammy_exercise_get_setup           (HammyExercise *self);
const char * const       *hammy_exercise_get_steps           (HammyExercise *self);
const char               *hammy_exercise_get_feel            (HammyExercise *self);
const char * const       *hammy_exercise_get_cues            (HammyExercise *self);
const char * const       *hammy_exercise_get_mistakes        (HammyExercise *self);
const char * const       *hammy_exercise_get_cautions        (HammyExercise *self);
gboolean                  hammy_exercise_get_cautions_first  (HammyExercise *self);
const char * const       *hammy_exercise_get_easier          (HammyExercise *self);
const char * const       *hammy_exercise_get_harder          (HammyExercise *self);
const char * const       *hammy_exercise_get_cards           (HammyExercise *self);
const char               *hammy_exercise_get_clip            (HammyExercise *self);
const char               *hammy_exercise_get_interpretation  (HammyExercise *self);
const char * const       *hammy_exercise_get_references      (HammyExercise *self);

char                     *hammy_exercise_dup_dosage_text     (HammyExercise *self);
char                     *hammy_exercise_dup_phase_text      (HammyExercise *self);
gboolean                  hammy_exercise_matches_search      (HammyExercise *self,
                                                              const char    *query);
gboolean                  hammy_exercise_can_do_with         (HammyExercise *self,
                                                              GHashTable    *on_hand);

char                     *hammy_dosage_format                (const HammyDosage *dosage);
char                     *hammy_dosage_format_words          (const HammyDosage *dosage);
char                     *hammy_dosage_format_load_words     (const HammyDosage *dosage);

G_END_DECLS
