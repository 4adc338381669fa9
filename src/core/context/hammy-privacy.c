/* hammy-privacy.c: the rule for presenting: nothing private is shown to a shared screen, except
 * the history details a patient asks to see, since those are about them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-privacy.h"

/* Whether the patient on the call may ask to see @kind: only what is about them alone. Notes
 * may be a clinician's own, other profiles are other people, and files say where one lives. */
gboolean
hammy_privacy_can_reveal (HammyPrivateKind kind)
{
  g_return_val_if_fail (kind < HAMMY_N_PRIVATE_KINDS, FALSE);

  return kind == HAMMY_PRIVATE_HISTORY_DETAIL;
}

gboolean
hammy_privacy_may_show (HammyPrivateKind kind,
                        HammyAudience    audience)
{
  g_return_val_if_fail (kind < HAMMY_N_PRIVATE_KINDS, FALSE);

  switch (audience)
    {
    case HAMMY_AUDIENCE_SELF:
      return TRUE;
    case HAMMY_AUDIENCE_SHARED_DETAILS:
      return hammy_privacy_can_reveal (kind);
    case HAMMY_AUDIENCE_SHARED:
    default:
      return FALSE;
    }
}

/* The sentence for something asked for while presenting that would show @kind. */
const char *
hammy_privacy_get_refusal (HammyPrivateKind kind)
{
  switch (kind)
    {
    case HAMMY_PRIVATE_CLINICIAN_NOTE:
      return _("Notes stay hidden while you present. Press F5 to stop presenting and see them.");
    case HAMMY_PRIVATE_SET_NOTE:
      return _("Notes on sets stay hidden while you present. Press F5 to stop presenting and see them.");
    case HAMMY_PRIVATE_OTHER_PROFILE:
      return _("Other people’s names stay hidden while you present. Press F5 to stop presenting and switch.");
    case HAMMY_PRIVATE_FILES:
      return _("Files cannot be chosen while you present, because the file chooser shows your folders. "
               "Press F5 to stop presenting first.");
    case HAMMY_PRIVATE_HISTORY_DETAIL:
      return _("The details of each day stay hidden while you present, until you choose Show History Details.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What is said when saving, opening or printing a file waits for presenting to end. */
const char *
hammy_privacy_get_postponement (void)
{
  return _("Saving, opening and printing wait until you stop presenting, because they would show your "
           "folders and printers. Press F5 when the screen is yours again, and you can carry on with one click.");
}

/* What is said once presenting has ended and something waited for it. */
const char *
hammy_privacy_get_resumption (void)
{
  return _("You stopped presenting, so what you asked for can go ahead now.");
}
