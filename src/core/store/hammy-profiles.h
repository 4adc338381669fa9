/* hammy-profiles.h: the people whose data one Hammy keeps, each in a folder of their own: a
 * runner has one profile, a clinician one for each patient.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-store.h"

G_BEGIN_DECLS

/* The characters a profile's name may have, once trimmed. */
#define HAMMY_PROFILE_MAX_NAME 60
/* The profiles one data folder may hold. */
#define HAMMY_PROFILES_MAX     500
/* The first profile's id: the folder Hammy used before there were profiles. */
#define HAMMY_PROFILE_FIRST_ID "default"

#define HAMMY_PROFILES_ERROR (hammy_profiles_error_quark ())

typedef enum
{
  HAMMY_PROFILES_ERROR_NAME_EMPTY,
  HAMMY_PROFILES_ERROR_NAME_TOO_LONG,
  HAMMY_PROFILES_ERROR_NAME_TAKEN,     /* another profile has it: the list shows names only */
  HAMMY_PROFILES_ERROR_LAST_PROFILE,   /* there is always one profile */
  HAMMY_PROFILES_ERROR_TOO_MANY,
  HAMMY_PROFILES_ERROR_BUSY,           /* still reading, or a video still being copied in */
  HAMMY_PROFILES_ERROR_READ_ONLY,      /* another copy of Hammy holds the data folder */
  HAMMY_PROFILES_ERROR_NOT_DELETED,    /* nothing to undo */
} HammyProfilesError;

extern const HammyStoreFormat hammy_profiles_format;
extern const HammyStoreFormat hammy_profile_format;

#define HAMMY_TYPE_PROFILE (hammy_profile_get_type ())

G_DECLARE_FINAL_TYPE (HammyProfile, hammy_profile, HAMMY, PROFILE, GObject)

GQuark        hammy_profiles_error_quark (void);

const char   *hammy_profile_get_id        (HammyProfile  *self);
const char   *hammy_profile_get_name      (HammyProfile  *self);
GDateTime    *hammy_profile_get_created   (HammyProfile  *self);

gboolean      hammy_profile_id_is_valid   (const char    *id);
char         *hammy_profiles_check_name   (GListModel    *profiles,
                                           HammyProfile  *renamed,
                                           const char    *name,
                                           GError       **error);

G_END_DECLS
