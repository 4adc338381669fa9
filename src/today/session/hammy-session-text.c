/* hammy-session-text.c: the words several of the session's screens use for a step: what it is
 * called and which set it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-session-text.h"

static const char *
side_text (HammySide side)
{
  switch (side)
    {
    case HAMMY_SIDE_LEFT:
      return _("left side");
    case HAMMY_SIDE_RIGHT:
      return _("right side");
    case HAMMY_SIDE_BOTH:
    default:
      return NULL;
    }
}

/* The exercise's name, or the running ladder's step for a run. */
const char *
hammy_session_text_get_title (const HammySessionStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  if (step->run)
    return hammy_plan_ladder_step_get_title (step->ladder_step);
  return hammy_exercise_get_name (step->exercise);
}

/* "Set 2 of 3 · left side", or "Running ladder, step 3 of 7" for a run. */
char *
hammy_session_text_dup_set (const HammySessionStep *step)
{
  const char *side;

  g_return_val_if_fail (step != NULL, NULL);

  side = side_text (step->side);
  if (step->run)
    /* Translators: "Running ladder, step 3 of 7" */
    return g_strdup_printf (_("Running ladder, step %u of %u"), step->ladder_step + 1,
                            hammy_plan_get_n_ladder_steps ());

  if (side != NULL)
    /* Translators: "Set 2 of 3 · left side" */
    return g_strdup_printf (_("Set %u of %u · %s"), step->set, step->n_sets, side);
  return g_strdup_printf (_("Set %u of %u"), step->set, step->n_sets);
}
