/* hammy-triage.h: from a runner's answers to an assessment: the phase to work in, the likely
 * picture, the flags, running advice and the reasons, as docs/triage.md sets out. No I/O.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "hammy-phase.h"

G_BEGIN_DECLS

typedef struct
{
  char     *text;            /* translated, plain words */
  char    **answers;         /* the answer ids that caused it */
  char     *flag;            /* the flag it explains, or NULL */
  gboolean  explains_phase;  /* a referral, or why the phase is where it is */
} HammyTriageReason;

/* The saved form's newest version (docs/data-formats.md): 2 holds the answers and the flag of
 * the rules of issue 14, with the set of rules that made it. */
#define HAMMY_ASSESSMENT_VERSION 2

/* The set of rules an assessment is made by today (docs/triage.md). 1 was the first. */
#define HAMMY_TRIAGE_RULES 2

#define HAMMY_TRIAGE_ERROR (hammy_triage_error_quark ())

typedef enum
{
  HAMMY_TRIAGE_ERROR_INVALID,
  HAMMY_TRIAGE_ERROR_NEWER_VERSION,
} HammyTriageError;

#define HAMMY_TYPE_ASSESSMENT (hammy_assessment_get_type ())

G_DECLARE_FINAL_TYPE (HammyAssessment, hammy_assessment, HAMMY, ASSESSMENT, GObject)

GQuark            hammy_triage_error_quark         (void);


gboolean          hammy_triage_answers_check       (JsonObject       *answers,
                                                    GError          **error);
HammyAssessment  *hammy_triage_assess              (JsonObject       *answers,
                                                    GDateTime        *created);
gboolean          hammy_triage_phase_check_could_matter (JsonObject  *answers,
                                                    const char       *id);

HammyTriagePhase  hammy_assessment_get_phase       (HammyAssessment  *self);
const char       *hammy_assessment_get_picture     (HammyAssessment  *self);
const char * const *hammy_assessment_get_flags     (HammyAssessment  *self);
gboolean          hammy_assessment_has_flag        (HammyAssessment  *self,
                                                    const char       *flag);
const char       *hammy_assessment_get_running     (HammyAssessment  *self);
const char       *hammy_assessment_get_running_text (HammyAssessment *self);
guint             hammy_assessment_get_rules       (HammyAssessment  *self);
GPtrArray        *hammy_assessment_get_reasons     (HammyAssessment  *self);
JsonObject       *hammy_assessment_get_answers     (HammyAssessment  *self);
GDateTime        *hammy_assessment_get_created     (HammyAssessment  *self);

JsonNode         *hammy_assessment_to_json         (HammyAssessment  *self);
HammyAssessment  *hammy_assessment_new_from_json   (JsonNode         *node,
                                                    GError          **error);
gboolean          hammy_assessment_migrate         (JsonObject       *object,
                                                    gint64            from_version,
                                                    GError          **error);

G_END_DECLS
