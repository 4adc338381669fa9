/* hammy-session-screen.h: what each screen of the guided session is: a bin that is given the
 * session and shows it again whenever the session's state, step or pause changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hammy-session.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_SESSION_SCREEN (hammy_session_screen_get_type ())

G_DECLARE_DERIVABLE_TYPE (HammySessionScreen, hammy_session_screen, HAMMY, SESSION_SCREEN, AdwBin)

struct _HammySessionScreenClass
{
  AdwBinClass parent_class;

  /* Another session, or none, has just been given: forget what belonged to the last one. */
  void (*session_set) (HammySessionScreen *self,
                       HammySession       *session);
  /* The session has just been given, or notified a change: show it. Never without one. */
  void (*update)      (HammySessionScreen *self,
                       HammySession       *session);
  /* The screen has just come into view: put the keyboard focus on what the person will most
   * likely do next. By default, the first control that takes the focus. */
  gboolean (*focus_main) (HammySessionScreen *self);
};

void          hammy_session_screen_set_session (HammySessionScreen *self,
                                                HammySession       *session);
HammySession *hammy_session_screen_get_session (HammySessionScreen *self);
gboolean      hammy_session_screen_focus_main  (HammySessionScreen *self);

G_END_DECLS
