/* hammy-handout.h: what a printed handout of a plan says: the phase, each exercise with its
 * dose in words and its key cues, the pain rules at the plan's cap, when to stop, the running
 * advice Today gives, and the red flags.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-library.h"
#include "hammy-plan.h"
#include "hammy-safety.h"
#include "hammy-today.h"

G_BEGIN_DECLS

/* The content marks no priority among cues: the first ones are the most important. */
#define HAMMY_HANDOUT_N_CUES 3

typedef enum
{
  HAMMY_HANDOUT_FLAGS_NONE = 0,
  /* The plan's notes, which a clinician may have written for themselves: left out unless
   * asked for. */
  HAMMY_HANDOUT_WITH_NOTES = 1 << 0,
} HammyHandoutFlags;

typedef struct
{
  const char *exercise;                         /* the library id */
  const char *name;
  const char *summary;
  const char *clip;                             /* for the poster frame, or NULL */
  char       *dosage;                           /* in words: sets, reps or holds, sides, how often */
  char       *load;                             /* in words, or NULL for no added weight */
  const char *note;                             /* only with HAMMY_HANDOUT_WITH_NOTES, or NULL */
  const char *cues[HAMMY_HANDOUT_N_CUES + 1];   /* most important first, NULL-terminated */
} HammyHandoutItem;

/* The longest the clinician's line gets on paper, in characters. */
#define HAMMY_CLINICIAN_LINE_MAX 120

#define HAMMY_TYPE_HANDOUT (hammy_handout_get_type ())

G_DECLARE_FINAL_TYPE (HammyHandout, hammy_handout, HAMMY, HANDOUT, GObject)

HammyHandout             *hammy_handout_new                 (HammyPlan          *plan,
                                                             HammyLibrary       *library,
                                                             GDateTime          *date,
                                                             HammyHandoutFlags   flags);
HammyHandout             *hammy_handout_new_for_today       (HammyToday         *today,
                                                             HammyLibrary       *library,
                                                             GDateTime          *date,
                                                             HammyHandoutFlags   flags);
gboolean                  hammy_handout_plan_has_notes      (HammyPlan          *plan);

const char               *hammy_handout_get_title           (HammyHandout       *self);
const char               *hammy_handout_get_date_line       (HammyHandout       *self);
void                      hammy_handout_set_patient         (HammyHandout       *self,
                                                             const char         *name);
const char               *hammy_handout_get_patient_line    (HammyHandout       *self);
void                      hammy_handout_set_clinician       (HammyHandout       *self,
                                                             const char         *text);
const char               *hammy_handout_get_clinician_line  (HammyHandout       *self);
char                     *hammy_clinician_line_clean        (const char         *text);
const char               *hammy_handout_get_source_line     (HammyHandout       *self);
const char               *hammy_handout_get_phase_title     (HammyHandout       *self);
const char               *hammy_handout_get_phase_meaning   (HammyHandout       *self);
const char               *hammy_handout_get_note            (HammyHandout       *self);
guint                     hammy_handout_get_n_items         (HammyHandout       *self);
const HammyHandoutItem   *hammy_handout_get_item            (HammyHandout       *self,
                                                             guint               index);
const char * const       *hammy_handout_get_pain_rules      (HammyHandout       *self);
const char * const       *hammy_handout_get_stop_rules      (HammyHandout       *self);
const char               *hammy_handout_get_running         (HammyHandout       *self);
const char               *hammy_handout_get_red_flags_intro (HammyHandout       *self);
guint                     hammy_handout_get_n_red_flags     (HammyHandout       *self);
const HammyClinicianSign *hammy_handout_get_red_flag        (HammyHandout       *self,
                                                             guint               index);
const char               *hammy_handout_get_notice          (HammyHandout       *self);

char                     *hammy_handout_format_dosage       (const HammyDosage  *dosage);
char                     *hammy_handout_format_load         (const HammyDosage  *dosage);

G_END_DECLS
