/* hammy-exercise-private.h: the exercise's fields, filled by the library's loader only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-exercise.h"

G_BEGIN_DECLS

struct _HammyExercise
{
  GObject            parent_instance;

  char              *id;
  HammyExerciseKind  kind;
  char              *name;
  char              *summary;
  char             **phases;
  char              *goal;
  char             **muscles;
  HammyDosage        dosage;
  HammySchedule      schedule;
  GPtrArray         *equipment;  /* of HammyEquipmentNeed */
  char              *setup;
  char             **steps;
  char              *feel;
  char             **cues;
  char             **mistakes;
  char             **cautions;
  gboolean           cautions_first;
  char             **easier;
  char             **harder;
  char             **cards;
  char              *clip;
  char              *interpretation;
  char             **references;

  char              *search_text;  /* case-folded words a search can match, made once */
};

void hammy_equipment_need_free (HammyEquipmentNeed *need);

G_END_DECLS
