/* hammy-session-text.h: the words several of the session's screens use for a step: what it is
 * called and which set it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-session.h"

G_BEGIN_DECLS

const char *hammy_session_text_get_title (const HammySessionStep *step);
char       *hammy_session_text_dup_set   (const HammySessionStep *step);

G_END_DECLS
