/* hammy-plan-editor.c: the plan editor. Each control changes the plan through core, which
 * checks the change against the library; the person's data saves the plan on every change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-days.h"
#include "hammy-plan-editor.h"
#include "hammy-plan-item-row.h"
#include "hammy-presentation.h"
#include "hammy-schedule.h"
#include "hammy-triage-text.h"
#include "hammy-vocabulary.h"

struct _HammyPlanEditor
{
  AdwWindow            parent_instance;

  HammyData           *data;
  HammyPlan           *plan;
  GPtrArray           *rows;          /* the HammyPlanItemRow of each item */
  GPtrArray           *add_exercises; /* the HammyExercise of each row of the add list, in order */
  gboolean             editing;       /* a change of ours: the controls already show it */
  gboolean             building;      /* controls being filled in: their signals are not edits */
  HammyPlanSection     adding;        /* where an exercise from the add page goes */
  HammyPlanItem       *removed;       /* what Undo puts back, or NULL */
  guint                removed_index;
  AdwToast            *undo_toast;
  guint                rebuild_id;    /* a rebuild waiting for the control that asked to finish */
  char                *rebuild_focus;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  AdwLeaflet          *leaflet;
  AdwWindowTitle      *window_title;
  AdwWindowTitle      *add_title;
  AdwEntryRow         *private_note_row;
  GtkWidget           *presenting_label;
  AdwPreferencesGroup *ladder_group;
  AdwComboRow         *ladder_row;
  AdwPreferencesGroup *warmup_group;
  AdwPreferencesGroup *circuit_group;
  GtkSearchEntry      *add_search;
  GtkListBox          *add_list;
};

G_DEFINE_FINAL_TYPE (HammyPlanEditor, hammy_plan_editor, ADW_TYPE_WINDOW)

static void rebuild          (HammyPlanEditor *self,
                              const char      *focus);
static void schedule_rebuild (HammyPlanEditor *self,
                              const char      *focus);

/* ---- helpers ------------------------------------------------------------------------- */

static void
show_toast (HammyPlanEditor *self,
            const char      *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* A refused edit says why; the controls go back to what the plan holds. */
static void
refused (HammyPlanEditor *self,
         GError          *error)
{
  show_toast (self, error->message);
  schedule_rebuild (self, NULL);
}

static const char *
exercise_name (HammyPlanEditor *self,
               const char      *id)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (hammy_plan_get_library (self->plan), id);

  return exercise != NULL ? hammy_exercise_get_name (exercise) : id;
}

/* The index of the item a control belongs to, or -1 when it has gone meanwhile. */
static int
index_of (HammyPlanEditor *self,
          gpointer         widget)
{
  return hammy_plan_find_item (self->plan, hammy_plan_item_row_get_exercise (hammy_plan_item_row_find (widget)));
}

/* "sets:plank": a name that tests, and GTK's inspector, find a control by. */
static void
name_widget (GtkWidget  *widget,
             const char *what,
             const char *exercise)
{
  g_autofree char *name = g_strconcat (what, ":", exercise, NULL);

  gtk_widget_set_name (widget, name);
}

static void
label_for_screen_reader (GtkWidget  *widget,
                         const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The dose and how often, in the words Today and the handout use for today. */
static char *
dup_dose (HammyPlanEditor     *self,
          const HammyPlanItem *item)
{
  g_autoptr(GDateTime) now = hammy_clock_dup_wall_time (hammy_data_get_clock (self->data));
  GDate day;

  hammy_day_of_time (now, &day);
  return hammy_schedule_dup_dose_text (self->plan, item, &day);
}

/* ---- callbacks of the item controls -------------------------------------------------- */

static void
on_variant_selected_cb (AdwComboRow     *combo,
                        GParamSpec      *pspec,
                        HammyPlanEditor *self)
{
  const char * const *variants = hammy_plan_item_row_get_variants (hammy_plan_item_row_find (GTK_WIDGET (combo)));
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(GError) error = NULL;
  g_autofree char *variant = NULL;
  int index = index_of (self, combo);

  if (self->building || selected == 0 || selected == GTK_INVALID_LIST_POSITION || index < 0)
    return;

  variant = g_strdup (variants[selected]);
  self->editing = TRUE;
  if (!hammy_plan_swap_variant (self->plan, index, variant, &error))
    refused (self, error);
  else
    schedule_rebuild (self, variant);
  self->editing = FALSE;
}

static void
on_sets_changed_cb (GtkSpinButton   *spin,
                    HammyPlanEditor *self)
{
  g_autoptr(GError) error = NULL;
  int index = index_of (self, spin);
  gboolean done;

  if (self->building || index < 0)
    return;

  self->editing = TRUE;
  done = hammy_plan_set_item_sets (self->plan, index, gtk_spin_button_get_value_as_int (spin), &error);
  self->editing = FALSE;
  if (!done)
    refused (self, error);
}

static void
on_amount_changed_cb (GtkSpinButton   *spin,
                      HammyPlanEditor *self)
{
  g_autoptr(GError) error = NULL;
  int index = index_of (self, spin);
  guint value = gtk_spin_button_get_value_as_int (spin);
  gboolean done;

  if (self->building || index < 0)
    return;

  self->editing = TRUE;
  if (hammy_plan_get_item (self->plan, index)->reps > 0)
    done = hammy_plan_set_item_reps (self->plan, index, value, &error);
  else
    done = hammy_plan_set_item_hold (self->plan, index, value, &error);
  self->editing = FALSE;
  if (!done)
    refused (self, error);
}

/* A choice from one of core's vocabularies, set on the item through @set; a refusal says why. */
typedef gboolean (*ItemSetter) (HammyPlan   *plan,
                                guint        index,
                                const char  *id,
                                GError     **error);

static void
set_from_combo (HammyPlanEditor *self,
                AdwComboRow     *combo,
                HammyVocabulary  vocabulary,
                ItemSetter       set)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (combo);
  int index = index_of (self, combo);
  gboolean done;

  if (self->building || index < 0 || selected >= hammy_vocabulary_get_n_ids (vocabulary))
    return;

  self->editing = TRUE;
  done = set (self->plan, index, hammy_vocabulary_get_id (vocabulary, selected), &error);
  self->editing = FALSE;
  if (!done)
    refused (self, error);
}

static void
on_load_selected_cb (AdwComboRow     *combo,
                     GParamSpec      *pspec,
                     HammyPlanEditor *self)
{
  set_from_combo (self, combo, HAMMY_VOCABULARY_LOAD, hammy_plan_set_item_load);
}

/* How often, within what core allows for the exercise (hammy_schedule_check_frequency ()). */
static void
on_frequency_selected_cb (AdwComboRow     *combo,
                          GParamSpec      *pspec,
                          HammyPlanEditor *self)
{
  set_from_combo (self, combo, HAMMY_VOCABULARY_FREQUENCY, hammy_plan_set_item_frequency);
}

static gboolean
apply_item_note (HammyPlanEditor *self,
                 AdwEntryRow     *entry)
{
  g_autoptr(GError) error = NULL;
  int index = index_of (self, entry);
  gboolean done;

  if (index < 0)
    return TRUE;

  self->editing = TRUE;
  done = hammy_plan_set_item_note (self->plan, index, gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  self->editing = FALSE;
  if (!done)
    show_toast (self, error->message);

  return done;
}

static void
on_note_apply_cb (AdwEntryRow     *entry,
                  HammyPlanEditor *self)
{
  apply_item_note (self, entry);
}

static void
on_undo_toast_dismissed_cb (AdwToast        *toast,
                            HammyPlanEditor *self)
{
  if (toast != self->undo_toast)
    return;
  self->undo_toast = NULL;
  g_clear_pointer (&self->removed, hammy_plan_item_free);
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      HammyPlanEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HammyPlanItem) item = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *previous = self->undo_toast;
  AdwToast *toast;
  int index = index_of (self, button);

  if (index < 0)
    return;

  item = hammy_plan_item_copy (hammy_plan_get_item (self->plan, index));
  self->editing = TRUE;
  if (!hammy_plan_remove_item (self->plan, index, &error))
    {
      self->editing = FALSE;
      refused (self, error);
      return;
    }
  self->editing = FALSE;

  /* Only the latest removal can be undone. */
  self->undo_toast = NULL;
  if (previous != NULL)
    adw_toast_dismiss (previous);
  g_clear_pointer (&self->removed, hammy_plan_item_free);
  self->removed = g_steal_pointer (&item);
  self->removed_index = index;

  schedule_rebuild (self, NULL);

  title = g_strdup_printf (_("“%s” was removed from your plan."), exercise_name (self, self->removed->exercise));
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self, 0);
  self->undo_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- the rows ------------------------------------------------------------------------ */

static GtkWidget *
create_spin_row (HammyPlanEditor *self,
                 const char      *title,
                 const char      *what,
                 const char      *exercise,
                 const char      *accessible_label,
                 guint            value,
                 guint            max,
                 guint            step,
                 GCallback        changed)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  name_widget (spin, what, exercise);
  label_for_screen_reader (spin, accessible_label);
  g_signal_connect_object (spin, "value-changed", changed, self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  return row;
}

/* The exercise itself, then its easier and harder versions from the library, which @item_row
 * keeps in the same order. */
static GtkWidget *
create_variant_row (HammyPlanEditor  *self,
                    HammyPlanItemRow *item_row,
                    HammyExercise    *exercise)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char * const *lists[] = { hammy_exercise_get_easier (exercise), hammy_exercise_get_harder (exercise) };
  HammyLibrary *library = hammy_plan_get_library (self->plan);
  GtkWidget *row;

  gtk_string_list_append (names, hammy_exercise_get_name (exercise));
  g_ptr_array_add (ids, g_strdup (hammy_exercise_get_id (exercise)));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL; i++)
      {
        HammyExercise *variant = hammy_library_lookup_exercise (library, lists[l][i]);
        g_autofree char *label = NULL;

        if (variant == NULL || hammy_exercise_get_kind (variant) != HAMMY_EXERCISE_KIND_EXERCISE)
          continue;
        /* Translators: %s is an exercise, offered in place of the one in the plan. */
        label = g_strdup_printf (l == 0 ? _("Easier: %s") : _("Harder: %s"), hammy_exercise_get_name (variant));
        gtk_string_list_append (names, label);
        g_ptr_array_add (ids, g_strdup (lists[l][i]));
      }
  if (ids->len == 1)
    return NULL;
  g_ptr_array_add (ids, NULL);

  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Version"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  name_widget (row, "variant", hammy_exercise_get_id (exercise));
  hammy_plan_item_row_set_variants (item_row, (const char * const *) ids->pdata);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_variant_selected_cb), self, 0);

  return row;
}

/* A row choosing from one of core's vocabularies, @current chosen. */
static GtkWidget *
create_vocabulary_row (HammyPlanEditor *self,
                       HammyVocabulary  vocabulary,
                       const char      *title,
                       const char      *what,
                       const char      *exercise,
                       const char      *current,
                       GCallback        selected_cb)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  for (guint i = 0; i < hammy_vocabulary_get_n_ids (vocabulary); i++)
    {
      const char *id = hammy_vocabulary_get_id (vocabulary, i);

      gtk_string_list_append (names, hammy_vocabulary_get_name (vocabulary, id));
      if (g_strcmp0 (id, current) == 0)
        selected = i;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  name_widget (row, what, exercise);
  g_signal_connect_object (row, "notify::selected", selected_cb, self, 0);

  return row;
}

static GtkWidget *
create_item_row (HammyPlanEditor     *self,
                 const HammyPlanItem *item)
{
  HammyExercise *exercise = hammy_library_lookup_exercise (hammy_plan_get_library (self->plan), item->exercise);
  g_autofree char *dose = dup_dose (self, item);
  const char *name = exercise_name (self, item->exercise);
  GtkWidget *row = hammy_plan_item_row_new (item->exercise);
  GtkWidget *child;
  GtkWidget *button;
  /* Translators: %s is an exercise; a screen reader reads it for the number of sets. */
  g_autofree char *sets_label = g_strdup_printf (_("Sets of %s"), name);
  /* Translators: %s is an exercise; a screen reader reads it for the number of repetitions. */
  g_autofree char *reps_label = g_strdup_printf (_("Repetitions of %s"), name);
  /* Translators: %s is an exercise; a screen reader reads it for how long it is held. */
  g_autofree char *hold_label = g_strdup_printf (_("Seconds to hold %s"), name);
  /* Translators: %s is an exercise; a screen reader reads it for how often it is done. */
  g_autofree char *often_label = g_strdup_printf (_("How often to do %s"), name);
  /* Translators: %s is an exercise. */
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s from the plan"), name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), dose);
  name_widget (row, "item", item->exercise);

  if (exercise != NULL && (child = create_variant_row (self, HAMMY_PLAN_ITEM_ROW (row), exercise)) != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, _("Sets"), "sets", item->exercise, sets_label, item->sets, 10, 1,
                                             G_CALLBACK (on_sets_changed_cb)));
  if (item->reps > 0)
    child = create_spin_row (self, _("Repetitions"), "reps", item->exercise, reps_label, item->reps, 100, 1,
                             G_CALLBACK (on_amount_changed_cb));
  else
    child = create_spin_row (self, _("Hold, in seconds"), "hold", item->exercise, hold_label,
                             item->hold_seconds, 3600, 5, G_CALLBACK (on_amount_changed_cb));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  child = create_vocabulary_row (self, HAMMY_VOCABULARY_FREQUENCY, _("How Often"), "frequency", item->exercise,
                                 item->frequency, G_CALLBACK (on_frequency_selected_cb));
  label_for_screen_reader (child, often_label);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_vocabulary_row (self, HAMMY_VOCABULARY_LOAD, _("Load"), "load", item->exercise,
                                                   item->load, G_CALLBACK (on_load_selected_cb)));

  child = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Note for this exercise"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (child), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (child), item->note != NULL ? item->note : "");
  name_widget (child, "note", item->exercise);
  gtk_widget_add_css_class (child, HAMMY_PRESENTATION_PRIVATE);
  g_signal_connect_object (child, "apply", G_CALLBACK (on_note_apply_cb), self, 0);
  hammy_plan_item_row_set_note_row (HAMMY_PLAN_ITEM_ROW (row), ADW_ENTRY_ROW (child));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  child = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), _("Remove from the plan"));
  button = gtk_button_new_with_mnemonic (_("_Remove"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  name_widget (button, "remove", item->exercise);
  label_for_screen_reader (button, remove_label);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (child), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (child), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);

  return row;
}

static void
update_summaries (HammyPlanEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      int index = index_of (self, row);
      g_autofree char *dose = NULL;

      if (index < 0)
        continue;
      dose = dup_dose (self, hammy_plan_get_item (self->plan, index));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), dose);
    }
}

static void
fill_ladder (HammyPlanEditor *self)
{
  g_autoptr(GtkStringList) steps = gtk_string_list_new (NULL);
  gboolean running = hammy_plan_get_phase (self->plan) == HAMMY_TRIAGE_PHASE_RETURN;
  guint step = hammy_plan_get_ladder_step (self->plan);

  gtk_widget_set_visible (GTK_WIDGET (self->ladder_group), running);
  if (!running)
    return;

  for (guint i = 0; i < hammy_plan_get_n_ladder_steps (); i++)
    gtk_string_list_append (steps, hammy_plan_ladder_step_get_title (i));
  adw_combo_row_set_model (self->ladder_row, G_LIST_MODEL (steps));
  adw_combo_row_set_selected (self->ladder_row, step);
  adw_preferences_group_set_description (self->ladder_group, hammy_plan_ladder_step_get_description (step));
}

/* The controls again from the plan; @focus, an exercise id, is opened and focused. */
static void
rebuild (HammyPlanEditor *self,
         const char      *focus)
{
  g_autofree char *focus_id = g_strdup (focus);
  const char *private_note = hammy_plan_get_private_note (self->plan);
  guint n_warmup = 0;

  self->building = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < hammy_plan_get_n_items (self->plan); i++)
    {
      const HammyPlanItem *item = hammy_plan_get_item (self->plan, i);
      GtkWidget *row = create_item_row (self, item);

      g_ptr_array_add (self->rows, row);
      if (item->section == HAMMY_PLAN_SECTION_WARMUP)
        {
          adw_preferences_group_add (self->warmup_group, row);
          n_warmup++;
        }
      else
        adw_preferences_group_add (self->circuit_group, row);

      if (g_strcmp0 (item->exercise, focus_id) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  adw_preferences_group_set_description (self->warmup_group, n_warmup == 0 ? _("No warm-up exercises in this plan.") : NULL);

  adw_window_title_set_subtitle (self->window_title, hammy_triage_phase_get_title (hammy_plan_get_phase (self->plan)));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->private_note_row)), private_note != NULL ? private_note : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->private_note_row), private_note != NULL ? private_note : "");
  fill_ladder (self);

  self->building = FALSE;

  for (guint i = 0; focus_id != NULL && i < self->rows->len; i++)
    if (g_strcmp0 (hammy_plan_item_row_get_exercise (g_ptr_array_index (self->rows, i)), focus_id) == 0)
      gtk_widget_grab_focus (g_ptr_array_index (self->rows, i));
}

static gboolean
rebuild_cb (gpointer user_data)
{
  HammyPlanEditor *self = user_data;
  g_autofree char *focus = g_steal_pointer (&self->rebuild_focus);

  self->rebuild_id = 0;
  if (self->plan != NULL)
    rebuild (self, focus);

  return G_SOURCE_REMOVE;
}

/* A control never takes itself away while it is still telling of a change: rows are made
 * again once it is done. */
static void
schedule_rebuild (HammyPlanEditor *self,
                  const char      *focus)
{
  if (focus != NULL || self->rebuild_id == 0)
    {
      g_free (self->rebuild_focus);
      self->rebuild_focus = g_strdup (focus);
    }
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

/* ---- the add page -------------------------------------------------------------------- */

static gboolean
filter_add_row (GtkListBoxRow *row,
                gpointer       user_data)
{
  HammyPlanEditor *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->add_search));
  HammyExercise *exercise = g_ptr_array_index (self->add_exercises, gtk_list_box_row_get_index (row));

  return hammy_exercise_matches_search (exercise, query);
}

static void
fill_add_list (HammyPlanEditor *self)
{
  GListModel *exercises = hammy_library_get_exercises (hammy_plan_get_library (self->plan));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->add_list))) != NULL)
    gtk_list_box_remove (self->add_list, child);
  g_ptr_array_set_size (self->add_exercises, 0);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(HammyExercise) exercise = g_list_model_get_item (exercises, i);
      g_autofree char *phases = NULL;
      GtkWidget *row;

      if (hammy_exercise_get_kind (exercise) != HAMMY_EXERCISE_KIND_EXERCISE ||
          hammy_plan_find_item (self->plan, hammy_exercise_get_id (exercise)) >= 0)
        continue;

      phases = hammy_exercise_dup_phase_text (exercise);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hammy_exercise_get_name (exercise));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), phases);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      name_widget (row, "add", hammy_exercise_get_id (exercise));
      /* Before the row, so that the filter finds its exercise as the row goes in. */
      g_ptr_array_add (self->add_exercises, g_object_ref (exercise));
      gtk_list_box_append (self->add_list, row);
    }
}

static void
on_add_search_changed_cb (HammyPlanEditor *self)
{
  gtk_list_box_invalidate_filter (self->add_list);
}

static void
on_add_list_row_activated_cb (HammyPlanEditor *self,
                              GtkListBoxRow   *row)
{
  g_autoptr(GError) error = NULL;
  HammyExercise *exercise = g_ptr_array_index (self->add_exercises, gtk_list_box_row_get_index (row));
  g_autofree char *id = g_strdup (hammy_exercise_get_id (exercise));
  g_autofree char *message = NULL;

  self->editing = TRUE;
  if (!hammy_plan_add_exercise (self->plan, self->adding, id, NULL, &error))
    {
      self->editing = FALSE;
      show_toast (self, error->message);
      return;
    }
  self->editing = FALSE;

  adw_leaflet_set_visible_child_name (self->leaflet, "plan");
  rebuild (self, id);
  /* Translators: the first %s is an exercise, the second “Warm-Up” or “Circuit”. */
  message = g_strdup_printf (_("“%s” was added to the %s."), exercise_name (self, id), hammy_plan_section_get_title (self->adding));
  show_toast (self, message);
}

static void
on_leaflet_visible_child_name_cb (HammyPlanEditor *self)
{
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "add") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->add_search));
}

/* ---- actions ------------------------------------------------------------------------- */

static void
add_exercise_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (widget);

  self->adding = g_str_equal (g_variant_get_string (parameter, NULL), "warmup") ? HAMMY_PLAN_SECTION_WARMUP
                                                                                : HAMMY_PLAN_SECTION_CIRCUIT;
  adw_window_title_set_subtitle (self->add_title, hammy_plan_section_get_title (self->adding));
  gtk_editable_set_text (GTK_EDITABLE (self->add_search), "");
  fill_add_list (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "add");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "plan");
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (widget);
  g_autoptr(HammyPlanItem) item = g_steal_pointer (&self->removed);
  g_autoptr(GError) error = NULL;

  self->undo_toast = NULL;
  if (item == NULL)
    return;
  self->editing = TRUE;
  if (!hammy_plan_insert_item (self->plan, MIN (self->removed_index, hammy_plan_get_n_items (self->plan)), item, &error))
    {
      self->editing = FALSE;
      show_toast (self, error->message);
      return;
    }
  self->editing = FALSE;
  rebuild (self, item->exercise);
}

/* Escape goes back from the add page, and closes from the plan: everything is saved. */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (widget);

  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "add") == 0)
    adw_leaflet_set_visible_child_name (self->leaflet, "plan");
  else
    gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/* ---- notes, the ladder, the plan ----------------------------------------------------- */

static gboolean
apply_private_note (HammyPlanEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!hammy_plan_set_private_note (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->private_note_row)), &error))
    {
      show_toast (self, error->message);
      return FALSE;
    }

  return TRUE;
}

static void
on_private_note_row_apply_cb (HammyPlanEditor *self)
{
  apply_private_note (self);
}

static void
on_ladder_row_selected_cb (HammyPlanEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint step = adw_combo_row_get_selected (self->ladder_row);

  if (self->building || self->plan == NULL || step == GTK_INVALID_LIST_POSITION)
    return;
  if (!hammy_plan_set_ladder_step (self->plan, step, &error))
    refused (self, error);
  else
    adw_preferences_group_set_description (self->ladder_group, hammy_plan_ladder_step_get_description (step));
}

/* Notes typed but not applied are kept when the editor closes; a note that cannot be kept
 * keeps the editor open with the reason. */
static gboolean
on_close_request_cb (GtkWindow *window)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (window);
  gboolean kept = TRUE;

  if (self->plan == NULL)
    return FALSE;

  kept = apply_private_note (self);
  for (guint i = 0; i < self->rows->len; i++)
    kept = apply_item_note (self, hammy_plan_item_row_get_note_row (g_ptr_array_index (self->rows, i))) && kept;

  return !kept;
}

static void
on_plan_changed_cb (HammyPlanEditor *self)
{
  if (self->editing)
    update_summaries (self);
  else if (!self->building)
    schedule_rebuild (self, NULL);
}

static void
bind_plan (HammyPlanEditor *self,
           HammyPlan       *plan)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan == NULL)
    return;

  g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  g_clear_pointer (&self->removed, hammy_plan_item_free);
  rebuild (self, NULL);
}

/* A plan brought in or restored meanwhile takes the editor's place: it follows, or closes. */
static void
on_data_changed_cb (HammyPlanEditor *self)
{
  HammyPlan *plan = hammy_data_get_plan (self->data);

  if (plan == self->plan)
    return;
  if (plan == NULL)
    {
      bind_plan (self, NULL);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  bind_plan (self, plan);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
hammy_plan_editor_dispose (GObject *object)
{
  HammyPlanEditor *self = HAMMY_PLAN_EDITOR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->rebuild_focus, g_free);
  bind_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), HAMMY_TYPE_PLAN_EDITOR);
  g_clear_object (&self->data);
  g_clear_pointer (&self->removed, hammy_plan_item_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->add_exercises, g_ptr_array_unref);

  G_OBJECT_CLASS (hammy_plan_editor_parent_class)->dispose (object);
}

static void
hammy_plan_editor_class_init (HammyPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_plan_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/today/hammy-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, add_title);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, private_note_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, presenting_label);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, ladder_group);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, ladder_row);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, warmup_group);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, circuit_group);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, add_search);
  gtk_widget_class_bind_template_child (widget_class, HammyPlanEditor, add_list);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_private_note_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ladder_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.add-exercise", "s", add_exercise_action);
  gtk_widget_class_install_action (widget_class, "editor.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "editor.back", NULL);
}

static void
hammy_plan_editor_init (HammyPlanEditor *self)
{
  self->rows = g_ptr_array_new ();
  self->add_exercises = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->add_list, filter_add_row, self, NULL);
}

HammyPlanEditor *
hammy_plan_editor_new (GtkWindow    *parent,
                       HammyContext *context)
{
  HammyPlanEditor *self;
  HammyData *data;

  g_return_val_if_fail (HAMMY_IS_CONTEXT (context), NULL);

  data = hammy_context_get_data (context);
  g_return_val_if_fail (hammy_data_get_plan (data) != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_PLAN_EDITOR, "transient-for", parent, NULL);
  self->data = g_object_ref (data);
  g_object_bind_property (context, "presenting", self->presenting_label, "visible",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (data, "changed", G_CALLBACK (on_data_changed_cb), self, G_CONNECT_SWAPPED);
  bind_plan (self, hammy_data_get_plan (data));

  return self;
}
