/* hammy-exercise-detail.c: one exercise or self-check, as the library shows it: the clip
 * area, the dose at a glance, how to do it, what to feel, and where to go next.
 *
 * In the clip area a person can put a video of their own in place of ours: core copies it in
 * and remembers the choice; this page only asks and shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-exercise-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-article.h"
#include "hammy-clip-view.h"
#include "hammy-exercise-detail.h"
#include "hammy-presentation.h"
#include "hammy-library-links.h"
#include "hammy-toasts.h"
#include "hammy-vocabulary.h"

struct _HammyExerciseDetail
{
  AdwBin             parent_instance;

  HammyExercise        *exercise;
  HammyContext         *context;           /* NULL: ours only, as nobody's */
  HammyData            *data;              /* the context's */
  HammyOwnClips        *own_clips;
  char                 *shown_path;        /* the person's video being played, or NULL for ours */
  GCancellable         *copy_cancellable;  /* while a video is being copied in */
  char                 *copying_exercise;
  GtkFileChooserNative *chooser;

  /* template children (not the direct child: AdwBin unparents that itself) */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  AdwActionRow      *dose_row;
  AdwActionRow      *phase_row;
  AdwActionRow      *goal_row;
  AdwActionRow      *equipment_row;
  AdwActionRow      *muscles_row;
  GtkBox            *first_cautions;
  GtkBox            *clip_area;
  GtkStack          *own_video_stack;
  GtkLabel          *own_name_label;
  GtkLabel          *copying_label;
  GtkBox            *article;

  GtkWidget         *clip_view;     /* made with the first exercise shown */
};

G_DEFINE_FINAL_TYPE (HammyExerciseDetail, hammy_exercise_detail, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VIDEO_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* “Foam Roller (or Pool Noodle, Rolled Towel)”, one item a line. */
static char *
format_equipment (HammyExercise *exercise)
{
  GPtrArray *equipment = hammy_exercise_get_equipment (exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  if (equipment->len == 0)
    return g_strdup (_("Nothing"));

  for (guint i = 0; i < equipment->len; i++)
    {
      HammyEquipmentNeed *need = g_ptr_array_index (equipment, i);
      const char *name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_EQUIPMENT, need->id);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, name != NULL ? name : need->id);

      if (need->substitutes != NULL && need->substitutes[0] != NULL)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          g_autofree char *joined = NULL;

          for (guint s = 0; need->substitutes[s] != NULL; s++)
            {
              const char *substitute = hammy_vocabulary_get_name (HAMMY_VOCABULARY_EQUIPMENT,
                                                                  need->substitutes[s]);
              if (substitute != NULL)
                g_ptr_array_add (names, (gpointer) substitute);
            }
          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **) names->pdata);
          /* Translators: a thing you need, then everyday things that do the same job */
          g_string_append_printf (text, _(" (or %s)"), joined);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_muscles (HammyExercise *exercise)
{
  const char * const *muscles = hammy_exercise_get_muscles (exercise);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; muscles[i] != NULL; i++)
    {
      const char *name = hammy_vocabulary_get_name (HAMMY_VOCABULARY_MUSCLE, muscles[i]);

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

/* ---- the person's own video ------------------------------------------------------------ */

static const char *
exercise_id (HammyExerciseDetail *self)
{
  return self->exercise != NULL ? hammy_exercise_get_id (self->exercise) : NULL;
}

static HammyClipSource
current_source (HammyExerciseDetail *self)
{
  if (self->own_clips == NULL || self->exercise == NULL)
    return HAMMY_CLIP_SOURCE_OURS;

  return hammy_own_clips_get_source (self->own_clips, exercise_id (self));
}

/* Loads a clip only when what should play changed, so a paused clip stays paused. */
static void
show_clip (HammyExerciseDetail *self,
           gboolean             force)
{
  g_autofree char *path = NULL;

  if (self->clip_view == NULL || self->exercise == NULL)
    return;

  if (current_source (self) == HAMMY_CLIP_SOURCE_YOURS)
    path = hammy_own_clips_dup_path (self->own_clips, exercise_id (self));
  if (!force && g_strcmp0 (path, self->shown_path) == 0)
    return;

  g_free (self->shown_path);
  self->shown_path = g_strdup (path);
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      hammy_clip_view_set_own_file (HAMMY_CLIP_VIEW (self->clip_view), file);
    }
  else
    {
      hammy_clip_view_set_clip_id (HAMMY_CLIP_VIEW (self->clip_view), hammy_exercise_get_clip (self->exercise));
    }
}

static void
update_own_video (HammyExerciseDetail *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *id = exercise_id (self);
  gboolean writable = self->data != NULL && hammy_data_is_loaded (self->data) && !hammy_data_is_read_only (self->data);
  gboolean has_video = self->own_clips != NULL && hammy_own_clips_has_video (self->own_clips, id);
  gboolean copying = self->copy_cancellable != NULL;

  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *page = gtk_stack_get_visible_child (self->own_video_stack);

  gtk_widget_set_visible (GTK_WIDGET (self->own_video_stack), self->own_clips != NULL);
  if (copying && g_strcmp0 (self->copying_exercise, id) == 0)
    gtk_stack_set_visible_child_name (self->own_video_stack, "copying");
  else
    gtk_stack_set_visible_child_name (self->own_video_stack, has_video ? "attached" : "none");

  /* The button pressed may be gone with its page: the keyboard carries on from the new one. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, page) &&
      page != gtk_stack_get_visible_child (self->own_video_stack))
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->own_video_stack), GTK_DIR_TAB_FORWARD);

  if (has_video)
    gtk_label_set_label (self->own_name_label, hammy_own_clips_get_name (self->own_clips, id));

  /* One copy at a time; nothing changes while another Hammy holds the data. */
  gtk_widget_action_set_enabled (widget, "exercise.attach-video", writable && !copying && id != NULL);
  gtk_widget_action_set_enabled (widget, "exercise.remove-video", writable && has_video);
  gtk_widget_action_set_enabled (widget, "exercise.video-source", writable && has_video);
  gtk_widget_action_set_enabled (widget, "exercise.stop-copy", copying);

  show_clip (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIDEO_SOURCE]);
}

static void
on_own_clips_changed_cb (HammyExerciseDetail *self,
                         const char          *id)
{
  if (id == NULL || g_strcmp0 (id, exercise_id (self)) == 0)
    update_own_video (self);
}

static void
on_attached_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HammyExerciseDetail) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hammy_own_clips_attach_finish (HAMMY_OWN_CLIPS (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autoptr(AdwToast) toast = hammy_toast_new_message (error->message);

      g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
    }

  /* Gone with the page: nothing left to show. */
  if (self->copy_cancellable == NULL)
    return;

  g_clear_object (&self->copy_cancellable);
  g_clear_pointer (&self->copying_exercise, g_free);
  update_own_video (self);
}

static void
on_chooser_response_cb (HammyExerciseDetail  *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        hammy_exercise_detail_attach_video (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
attach_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (widget);
  g_autoptr(GtkFileFilter) videos = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL)
    return;

  /* The file chooser would show the person's folders to everyone on the call. */
  if (self->context != NULL && hammy_context_get_presenting (self->context))
    {
      g_autoptr(AdwToast) toast = hammy_toast_new_message (hammy_privacy_get_refusal (HAMMY_PRIVATE_FILES));

      g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
      return;
    }

  gtk_file_filter_set_name (videos, _("Videos"));
  gtk_file_filter_add_mime_type (videos, "video/*");

  self->chooser = gtk_file_chooser_native_new (_("Use Your Own Video"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Use Video"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), videos);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* What "Remove your video?" asks about: the exercise on the page when it was asked, and the
 * page (weak: it may go before the person answers). */
typedef struct
{
  HammyExerciseDetail *detail;
  char                *exercise;
} RemoveQuestion;

static void
remove_question_free (gpointer  data,
                      GClosure *closure)
{
  RemoveQuestion *question = data;

  g_clear_weak_pointer (&question->detail);
  g_free (question->exercise);
  g_free (question);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RemoveQuestion   *question)
{
  HammyExerciseDetail *self = question->detail;

  /* For the exercise it was asked about, even if the page has moved on since. */
  if (g_str_equal (response, "remove") && self != NULL && self->own_clips != NULL)
    hammy_own_clips_remove (self->own_clips, question->exercise);
}

static void
remove_video_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *id = exercise_id (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  RemoveQuestion *question;

  if (!hammy_own_clips_has_video (self->own_clips, id))
    return;

  /* The video's file name may say more than the person wants shown while presenting. */
  if (self->context == NULL || hammy_context_may_show (self->context, HAMMY_PRIVATE_FILES))
    body = g_strdup_printf (_("“%s” will no longer be shown for “%s”, and the copy Hammy keeps of it will be deleted. The file you chose stays where it is."),
                            hammy_own_clips_get_name (self->own_clips, id), hammy_exercise_get_name (self->exercise));
  else
    body = g_strdup_printf (_("Your video will no longer be shown for “%s”, and the copy Hammy keeps of it will be deleted. The file you chose stays where it is."),
                            hammy_exercise_get_name (self->exercise));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Remove Your Video?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  question = g_new0 (RemoveQuestion, 1);
  g_set_weak_pointer (&question->detail, self);
  question->exercise = g_strdup (id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_remove_response_cb), question,
                         remove_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stop_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (widget);

  if (self->copy_cancellable != NULL)
    g_cancellable_cancel (self->copy_cancellable);
}

/* ---- the page -------------------------------------------------------------------------- */

static void
rebuild (HammyExerciseDetail *self,
         HammyLibrary        *library)
{
  HammyExercise *exercise = self->exercise;
  GtkBox *article = self->article;
  g_autofree char *dose = hammy_exercise_dup_dosage_text (exercise);
  g_autofree char *phases = hammy_exercise_dup_phase_text (exercise);
  g_autofree char *equipment = format_equipment (exercise);
  g_autofree char *muscles = format_muscles (exercise);
  gboolean self_check = hammy_exercise_get_kind (exercise) == HAMMY_EXERCISE_KIND_SELF_CHECK;
  const char * const *cautions = hammy_exercise_get_cautions (exercise);
  const char *setup = hammy_exercise_get_setup (exercise);
  const char *feel = hammy_exercise_get_feel (exercise);
  const char *interpretation = hammy_exercise_get_interpretation (exercise);
  GtkWidget *links;

  gtk_label_set_label (self->title_label, hammy_exercise_get_name (exercise));
  gtk_label_set_label (self->summary_label, hammy_exercise_get_summary (exercise));

  /* The clip plays while it is on screen; a clip that is missing says so in its place. */
  if (self->clip_view == NULL)
    {
      self->clip_view = hammy_clip_view_new ();
      gtk_box_prepend (self->clip_area, self->clip_view);
    }
  show_clip (self, TRUE);
  update_own_video (self);
  adw_action_row_set_subtitle (self->dose_row, dose);
  adw_action_row_set_subtitle (self->phase_row, phases);
  adw_action_row_set_subtitle (self->goal_row,
                               hammy_vocabulary_get_name (HAMMY_VOCABULARY_GOAL,
                                                          hammy_exercise_get_goal (exercise)));
  adw_action_row_set_subtitle (self->equipment_row, equipment);
  adw_action_row_set_subtitle (self->muscles_row, muscles);

  hammy_article_clear (article);

  /* Where a caution decides whether to start at all (nerve flossing), it comes before
   * anything else, the clip included. */
  hammy_article_clear (self->first_cautions);
  gtk_widget_set_visible (GTK_WIDGET (self->first_cautions), hammy_exercise_get_cautions_first (exercise));
  if (hammy_exercise_get_cautions_first (exercise))
    {
      GtkWidget *heading = hammy_article_add_section (self->first_cautions, _("Read This First"), cautions, FALSE);

      gtk_widget_set_margin_top (heading, 0);
      gtk_widget_add_css_class (heading, "warning");
    }

  if (setup != NULL)
    {
      hammy_article_add_heading (article, self_check ? _("How to Check") : _("Set-Up"));
      hammy_article_add_paragraph (article, setup);
    }
  hammy_article_add_section (article, _("Steps"), hammy_exercise_get_steps (exercise), TRUE);
  if (feel != NULL)
    {
      hammy_article_add_heading (article, _("What You Should Feel"));
      hammy_article_add_paragraph (article, feel);
    }
  hammy_article_add_section (article, _("Cues"), hammy_exercise_get_cues (exercise), FALSE);
  hammy_article_add_section (article, _("Common Mistakes"), hammy_exercise_get_mistakes (exercise), FALSE);
  if (!hammy_exercise_get_cautions_first (exercise))
    hammy_article_add_section (article, _("Cautions"), cautions, FALSE);
  if (self_check && interpretation != NULL)
    {
      hammy_article_add_heading (article, _("What It Tells You"));
      hammy_article_add_paragraph (article, interpretation);
    }

  links = hammy_library_links_new_for_ladder (library, exercise);
  if (links != NULL)
    {
      hammy_article_add_heading (article, _("Easier and Harder"));
      gtk_box_append (article, links);
    }

  links = hammy_library_links_new_for_cards (library, hammy_exercise_get_cards (exercise));
  if (links != NULL)
    {
      hammy_article_add_heading (article, _("Why It Works"));
      gtk_box_append (article, links);
    }

  hammy_article_add_references (article, hammy_exercise_get_references (exercise));

  /* A new exercise starts at its top, not where the last one was scrolled to. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)))), 0);
}

static void
hammy_exercise_detail_dispose (GObject *object)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (object);

  /* A copy under way is stopped; core deletes what it had made. */
  if (self->copy_cancellable != NULL)
    g_cancellable_cancel (self->copy_cancellable);
  g_clear_object (&self->copy_cancellable);
  g_clear_pointer (&self->copying_exercise, g_free);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAMMY_TYPE_EXERCISE_DETAIL);
  g_clear_object (&self->exercise);
  g_clear_object (&self->own_clips);
  g_clear_object (&self->data);
  g_clear_object (&self->context);
  g_clear_pointer (&self->shown_path, g_free);

  G_OBJECT_CLASS (hammy_exercise_detail_parent_class)->dispose (object);
}

static void
hammy_exercise_detail_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_VIDEO_SOURCE:
      g_value_set_string (value, current_source (self) == HAMMY_CLIP_SOURCE_YOURS ? "yours" : "ours");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_exercise_detail_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HammyExerciseDetail *self = HAMMY_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_VIDEO_SOURCE:
      if (self->own_clips != NULL && self->exercise != NULL)
        hammy_own_clips_set_source (self->own_clips, exercise_id (self),
                                    g_strcmp0 (g_value_get_string (value), "yours") == 0
                                    ? HAMMY_CLIP_SOURCE_YOURS : HAMMY_CLIP_SOURCE_OURS);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_exercise_detail_class_init (HammyExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_exercise_detail_dispose;
  object_class->get_property = hammy_exercise_detail_get_property;
  object_class->set_property = hammy_exercise_detail_set_property;

  /* "ours" or "yours": which video the exercise shows. Set through core, which notifies. */
  properties[PROP_VIDEO_SOURCE] =
    g_param_spec_string ("video-source", NULL, NULL, "ours",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A sentence for the window's toast: a page never reaches for its window. */
  signals[SIGNAL_ADD_TOAST] = hammy_toast_signal_new (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/library/hammy-exercise-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, dose_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, phase_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, goal_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, muscles_row);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, first_cautions);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, clip_area);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, own_video_stack);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, own_name_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, copying_label);
  gtk_widget_class_bind_template_child (widget_class, HammyExerciseDetail, article);

  gtk_widget_class_install_action (widget_class, "exercise.attach-video", NULL, attach_video_action);
  gtk_widget_class_install_action (widget_class, "exercise.remove-video", NULL, remove_video_action);
  gtk_widget_class_install_action (widget_class, "exercise.stop-copy", NULL, stop_copy_action);
  gtk_widget_class_install_property_action (widget_class, "exercise.video-source", "video-source");
}

static void
hammy_exercise_detail_init (HammyExerciseDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_own_video (self);
}

void
hammy_exercise_detail_set_exercise (HammyExerciseDetail *self,
                                    HammyLibrary        *library,
                                    HammyExercise       *exercise)
{
  g_return_if_fail (HAMMY_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (HAMMY_IS_LIBRARY (library));
  g_return_if_fail (HAMMY_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  rebuild (self, library);
}

HammyExercise *
hammy_exercise_detail_get_exercise (HammyExerciseDetail *self)
{
  g_return_val_if_fail (HAMMY_IS_EXERCISE_DETAIL (self), NULL);

  return self->exercise;
}

/* The person's data, their own videos among it, and whether the screen is shared. Without a
 * context the page shows our videos only. */
void
hammy_exercise_detail_set_context (HammyExerciseDetail *self,
                                   HammyContext        *context)
{
  HammyData *data;

  g_return_if_fail (HAMMY_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (context == NULL || HAMMY_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  data = context != NULL ? hammy_context_get_data (context) : NULL;

  if (self->data != NULL)
    g_signal_handlers_disconnect_by_data (self->data, self);
  if (self->own_clips != NULL)
    g_signal_handlers_disconnect_by_data (self->own_clips, self);

  g_set_object (&self->data, data);
  g_clear_object (&self->own_clips);
  if (data != NULL)
    self->own_clips = g_object_ref (hammy_data_get_own_clips (data));

  if (self->data != NULL)
    g_signal_connect_object (self->data, "changed", G_CALLBACK (update_own_video), self, G_CONNECT_SWAPPED);
  if (self->own_clips != NULL)
    g_signal_connect_object (self->own_clips, "changed", G_CALLBACK (on_own_clips_changed_cb), self, G_CONNECT_SWAPPED);

  update_own_video (self);
}

/* Copies @file in as this exercise's video; the file chooser ends here, and so do tests. */
void
hammy_exercise_detail_attach_video (HammyExerciseDetail *self,
                                    GFile               *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (HAMMY_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->own_clips != NULL && self->exercise != NULL);

  if (self->copy_cancellable != NULL)
    return;

  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename != NULL ? basename : "");
  /* Translators: shown while a video the person chose is copied into Hammy's folder */
  label = g_strdup_printf (_("Copying “%s”…"), name);
  gtk_label_set_label (self->copying_label, label);

  self->copy_cancellable = g_cancellable_new ();
  self->copying_exercise = g_strdup (exercise_id (self));
  hammy_own_clips_attach_async (self->own_clips, self->copying_exercise, file, self->copy_cancellable,
                                on_attached_cb, g_object_ref (self));
  update_own_video (self);
}
