/* hammy-safety.c: the not-a-diagnosis notice and the signs that send a person to a clinician.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "hammy-safety.h"

/* Ordered from most to least urgent, so a reader meets the emergency first. */
static const struct
{
  HammyCareUrgency urgency;
  const char      *signs;
  const char      *action;
} clinician_signs[] = {
  { HAMMY_CARE_EMERGENCY,
    N_("Numbness in the groin or saddle area, new trouble with your bladder or bowels, or weakness or numbness in both legs"),
    N_("Get emergency care now.") },
  { HAMMY_CARE_EMERGENCY,
    N_("Sudden breathlessness or chest pain, above all after a long journey or with a sore, swollen calf"),
    N_("Get emergency care now: a blood clot may have moved to the lungs.") },
  { HAMMY_CARE_TODAY,
    N_("Weakness in your leg or foot that is getting worse, such as a foot that slaps or catches"),
    N_("Get urgent care today.") },
  { HAMMY_CARE_TODAY,
    N_("A calf or back of the knee that is swollen, warm, red and tender, more likely after a long journey such as flying home from a race"),
    N_("See a doctor today: it could be a blood clot.") },
  { HAMMY_CARE_SOON,
    N_("Fever, feeling unwell, night pain that nothing eases, weight loss you cannot explain, or a history of cancer together with any of these"),
    N_("See a doctor soon.") },
  { HAMMY_CARE_WITHIN_DAYS,
    N_("A pop near the sit bone, trouble sitting, a limp or bruising that spreads over the following days"),
    N_("See a clinician within days: a torn tendon heals best when it is repaired early.") },
  { HAMMY_CARE_WITHIN_DAYS,
    N_("Under 18 with sudden pain at the sit bone, with or without a pop, or up to about 25 with a sudden pop there"),
    N_("See a clinician soon: growth-plate injuries need an X-ray.") },
  { HAMMY_CARE_WITHIN_DAYS,
    N_("You cannot walk normally, the pain is severe, or a large bruise is spreading"),
    N_("See a clinician before you load the leg.") },
  /* Added with the rules of issue 14, after the others so that no sign moves. */
  { HAMMY_CARE_WITHIN_DAYS,
    N_("Numbness down the leg, not only tingling"),
    N_("See a clinician before you load the leg: a nerve may be squeezed.") },
  { HAMMY_CARE_WITHIN_DAYS,
    N_("A deep ache in the groin, buttock or sit bone at night or with every step, or after a big jump in training or too little food for it"),
    N_("Stop running and see a clinician: the bone may be under too much stress. Do not test it by hopping.") },
};

gboolean
hammy_safety_notice_is_needed (guint seen_version)
{
  return seen_version < HAMMY_SAFETY_NOTICE_VERSION;
}

const char *
hammy_safety_notice_get_title (void)
{
  return _("Guidance, Not a Diagnosis");
}

const char *
hammy_safety_notice_get_intro (void)
{
  return _("Hammy helps you understand a sore or tight hamstring and train it back, "
           "but it cannot examine you. What it shows is a likely picture, not a diagnosis.\n\n"
           "Stop and get help when you notice any of these signs.");
}

/* The whole notice as plain text, for places that show text only, such as About. */
char *
hammy_safety_notice_dup_body (void)
{
  g_autoptr(GString) body = g_string_new (hammy_safety_notice_get_intro ());

  for (guint i = 0; i < G_N_ELEMENTS (clinician_signs); i++)
    {
      g_string_append (body, "\n\n• ");
      /* Translators: a warning sign, then what to do about it */
      g_string_append_printf (body, _("%s. %s"),
                              _(clinician_signs[i].signs),
                              _(clinician_signs[i].action));
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

guint
hammy_safety_get_n_clinician_signs (void)
{
  return G_N_ELEMENTS (clinician_signs);
}

gboolean
hammy_safety_get_clinician_sign (guint               index,
                                 HammyClinicianSign *sign)
{
  g_return_val_if_fail (sign != NULL, FALSE);

  if (index >= G_N_ELEMENTS (clinician_signs))
    return FALSE;

  sign->urgency = clinician_signs[index].urgency;
  sign->signs = _(clinician_signs[index].signs);
  sign->action = _(clinician_signs[index].action);

  return TRUE;
}
