/* hammy-own-clips.h: videos a person attached to exercises, kept in the data folder under
 * their content hash, and which video each exercise shows: theirs or ours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-store.h"

G_BEGIN_DECLS

#define HAMMY_OWN_CLIPS_ERROR (hammy_own_clips_error_quark ())

typedef enum
{
  HAMMY_OWN_CLIPS_ERROR_TOO_LARGE,   /* over the size limit */
  HAMMY_OWN_CLIPS_ERROR_NOT_A_FILE,  /* a folder, a device, anything but a regular file */
  HAMMY_OWN_CLIPS_ERROR_FAILED,      /* it could not be read or copied */
} HammyOwnClipsError;

/* Which video an exercise shows. */
typedef enum
{
  HAMMY_CLIP_SOURCE_OURS,
  HAMMY_CLIP_SOURCE_YOURS,
} HammyClipSource;

/* The most Hammy copies in for one exercise. */
#define HAMMY_OWN_CLIPS_MAX_BYTES (G_GUINT64_CONSTANT (2) * 1024 * 1024 * 1024)

extern const HammyStoreFormat hammy_own_clips_format;

#define HAMMY_TYPE_OWN_CLIPS (hammy_own_clips_get_type ())

G_DECLARE_FINAL_TYPE (HammyOwnClips, hammy_own_clips, HAMMY, OWN_CLIPS, GObject)

GQuark           hammy_own_clips_error_quark   (void);

HammyOwnClips   *hammy_own_clips_new           (HammyStore           *store,
                                                const char           *profile_dir);

void             hammy_own_clips_load_async    (HammyOwnClips        *self,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean         hammy_own_clips_load_finish   (HammyOwnClips        *self,
                                                GAsyncResult         *result,
                                                GError              **error);

guint            hammy_own_clips_get_n_videos  (HammyOwnClips        *self);
gboolean         hammy_own_clips_has_video     (HammyOwnClips        *self,
                                                const char           *exercise_id);
char            *hammy_own_clips_dup_path      (HammyOwnClips        *self,
                                                const char           *exercise_id);
const char      *hammy_own_clips_get_file_name (HammyOwnClips        *self,
                                                const char           *exercise_id);
const char      *hammy_own_clips_get_name      (HammyOwnClips        *self,
                                                const char           *exercise_id);
GDateTime       *hammy_own_clips_get_added     (HammyOwnClips        *self,
                                                const char           *exercise_id);
HammyClipSource  hammy_own_clips_get_source    (HammyOwnClips        *self,
                                                const char           *exercise_id);
void             hammy_own_clips_set_source    (HammyOwnClips        *self,
                                                const char           *exercise_id,
                                                HammyClipSource       source);

void             hammy_own_clips_attach_async  (HammyOwnClips        *self,
                                                const char           *exercise_id,
                                                GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean         hammy_own_clips_attach_finish (HammyOwnClips        *self,
                                                GAsyncResult         *result,
                                                GError              **error);
void             hammy_own_clips_remove        (HammyOwnClips        *self,
                                                const char           *exercise_id);

gboolean         hammy_own_clips_is_busy       (HammyOwnClips        *self);

G_END_DECLS
