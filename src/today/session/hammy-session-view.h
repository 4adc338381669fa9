/* hammy-session-view.h: the guided session on screen: how far it has come, and a screen for
 * each moment: the set with its clip and timer, the rating after it, a stop, and the summary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-context.h"
#include "hammy-session.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_VIEW (hammy_session_view_get_type ())

G_DECLARE_FINAL_TYPE (HammySessionView, hammy_session_view, HAMMY, SESSION_VIEW, GtkWidget)

GtkWidget    *hammy_session_view_new          (HammyContext     *context);
void          hammy_session_view_set_session  (HammySessionView *self,
                                               HammySession     *session);
HammySession *hammy_session_view_get_session  (HammySessionView *self);
const char   *hammy_session_view_get_screen   (HammySessionView *self);

G_END_DECLS
