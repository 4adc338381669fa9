/* hammy-safety.h: the not-a-diagnosis notice and the signs that send a person to a clinician.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Raise this when the notice says something materially new: everyone sees it once more. */
#define HAMMY_SAFETY_NOTICE_VERSION 2

typedef enum
{
  HAMMY_CARE_EMERGENCY,   /* emergency care now */
  HAMMY_CARE_TODAY,       /* a doctor or urgent care today */
  HAMMY_CARE_SOON,        /* a doctor soon */
  HAMMY_CARE_WITHIN_DAYS, /* a clinician within days, before loading the leg */
} HammyCareUrgency;

typedef struct
{
  HammyCareUrgency urgency;
  const char      *signs;   /* translated: what a person notices */
  const char      *action;  /* translated: what to do */
} HammyClinicianSign;

gboolean   hammy_safety_notice_is_needed       (guint       seen_version);
const char *hammy_safety_notice_get_title      (void);
const char *hammy_safety_notice_get_intro      (void);
char      *hammy_safety_notice_dup_body        (void);

guint      hammy_safety_get_n_clinician_signs  (void);
gboolean   hammy_safety_get_clinician_sign     (guint               index,
                                                HammyClinicianSign *sign);

G_END_DECLS
