/* hammy-clip-key.h: what a demonstration clip shows, as hammy-clipgen wrote it beside the clip:
 * which leg works, and which muscles the legend has to name in which states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hammy-muscle-states.h"

G_BEGIN_DECLS

#define HAMMY_CLIP_KEY_ERROR (hammy_clip_key_error_quark ())

typedef enum {
  HAMMY_CLIP_KEY_ERROR_INVALID,
  HAMMY_CLIP_KEY_ERROR_NEWER,
} HammyClipKeyError;

/* The side of the body: the leg a clip shows working, or the one a set is for. */
typedef enum {
  HAMMY_CLIP_SIDE_BOTH,
  HAMMY_CLIP_SIDE_LEFT,
  HAMMY_CLIP_SIDE_RIGHT,
} HammyClipSide;

#define HAMMY_TYPE_CLIP_SIDE (hammy_clip_side_get_type ())
GType hammy_clip_side_get_type (void);

/* One line of the colour key: a muscle in one state. */
typedef struct
{
  HammyMuscle      muscle;
  HammyMuscleState state;
} HammyClipLegendEntry;

typedef struct _HammyClipKey HammyClipKey;

GQuark        hammy_clip_key_error_quark       (void);
HammyClipKey *hammy_clip_key_load              (const char         *path,
                                                GError            **error);
void          hammy_clip_key_free              (HammyClipKey       *key);
HammyClipSide hammy_clip_key_get_working_side  (const HammyClipKey *key);
GArray       *hammy_clip_key_dup_legend        (const HammyClipKey *key);
const char   *hammy_clip_legend_entry_describe (const HammyClipLegendEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyClipKey, hammy_clip_key_free)

G_END_DECLS
