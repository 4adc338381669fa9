/* hammy-assessment-store.h: assessments saved as JSON files in the data folder, one a file,
 * written atomically off the main thread, and read back as a history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hammy-triage.h"

G_BEGIN_DECLS

#define HAMMY_TYPE_ASSESSMENT_STORE (hammy_assessment_store_get_type ())

G_DECLARE_FINAL_TYPE (HammyAssessmentStore, hammy_assessment_store, HAMMY, ASSESSMENT_STORE, GObject)

HammyAssessmentStore *hammy_assessment_store_new          (const char            *directory);
const char           *hammy_assessment_store_get_directory (HammyAssessmentStore *self);

void                  hammy_assessment_store_save_async   (HammyAssessmentStore  *self,
                                                           HammyAssessment       *assessment,
                                                           GCancellable          *cancellable,
                                                           GAsyncReadyCallback    callback,
                                                           gpointer               user_data);
char                 *hammy_assessment_store_save_finish  (HammyAssessmentStore  *self,
                                                           GAsyncResult          *result,
                                                           GError               **error);

void                  hammy_assessment_store_list_async   (HammyAssessmentStore  *self,
                                                           GCancellable          *cancellable,
                                                           GAsyncReadyCallback    callback,
                                                           gpointer               user_data);
GListModel           *hammy_assessment_store_list_finish  (HammyAssessmentStore  *self,
                                                           GAsyncResult          *result,
                                                           GPtrArray            **problems,
                                                           GError               **error);

G_END_DECLS
