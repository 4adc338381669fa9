/* hammy-context.h: what every page shares: the person's data, the settings, the clock and
 * whether the screen is being shared. The window makes one and hands it to each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-clock.h"
#include "hammy-data.h"
#include "hammy-privacy.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_CONTEXT (hammy_context_get_type ())

G_DECLARE_FINAL_TYPE (HammyContext, hammy_context, HAMMY, CONTEXT, GObject)

HammyContext  *hammy_context_new               (HammyData        *data,
                                                GSettings        *settings,
                                                HammyClock       *clock);

HammyData     *hammy_context_get_data          (HammyContext     *self);
GSettings     *hammy_context_get_settings      (HammyContext     *self);
HammyClock    *hammy_context_get_clock         (HammyContext     *self);

void           hammy_context_get_today         (HammyContext     *self,
                                                GDate            *today);
GDateTime     *hammy_context_dup_now           (HammyContext     *self);

gboolean       hammy_context_get_presenting    (HammyContext     *self);
void           hammy_context_set_presenting    (HammyContext     *self,
                                                gboolean          presenting);
gboolean       hammy_context_get_details_shown (HammyContext     *self);
void           hammy_context_set_details_shown (HammyContext     *self,
                                                gboolean          shown);
HammyAudience  hammy_context_get_audience      (HammyContext     *self);
gboolean       hammy_context_may_show          (HammyContext     *self,
                                                HammyPrivateKind  kind);
gboolean       hammy_context_postpone          (HammyContext     *self,
                                                const char       *task);
gboolean       hammy_context_take_postponed    (HammyContext     *self,
                                                const char       *task);

G_END_DECLS
