/* hammy-privacy.h: what stays private while a clinician shares the screen on a video call: the
 * kinds of private things Hammy shows, and who may see each of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HAMMY_PRIVATE_CLINICIAN_NOTE,   /* the plan's notes: its own, the private one, each exercise's */
  HAMMY_PRIVATE_SET_NOTE,         /* what was typed about a set after doing it */
  HAMMY_PRIVATE_OTHER_PROFILE,    /* the name of anyone else who uses Hammy on this computer */
  HAMMY_PRIVATE_FILES,            /* the person's own files and folders: a video's name, a file chooser */
  HAMMY_PRIVATE_HISTORY_DETAIL,   /* a day's sets and pain, the sore side against the other */
} HammyPrivateKind;

#define HAMMY_N_PRIVATE_KINDS (HAMMY_PRIVATE_HISTORY_DETAIL + 1)

typedef enum
{
  HAMMY_AUDIENCE_SELF,            /* only the person at the computer */
  HAMMY_AUDIENCE_SHARED,          /* someone else sees the screen: presenting */
  HAMMY_AUDIENCE_SHARED_DETAILS,  /* presenting, and the patient asked to see their history in detail */
} HammyAudience;

gboolean    hammy_privacy_may_show    (HammyPrivateKind kind,
                                       HammyAudience    audience);
gboolean    hammy_privacy_can_reveal  (HammyPrivateKind kind);
const char *hammy_privacy_get_refusal (HammyPrivateKind kind);
const char *hammy_privacy_get_postponement (void);
const char *hammy_privacy_get_resumption   (void);

G_END_DECLS
