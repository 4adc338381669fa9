/* hammy-plan-item-row.c: one exercise of the plan in the plan editor, as an expander row that
 * knows which plan item its controls change, which versions it offers and where its note is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-plan-item-row.h"

struct _HammyPlanItemRow
{
  AdwExpanderRow  parent_instance;

  char           *exercise;
  GStrv           variants;
  AdwEntryRow    *note_row;   /* one of the row's own rows */
};

G_DEFINE_FINAL_TYPE (HammyPlanItemRow, hammy_plan_item_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hammy_plan_item_row_finalize (GObject *object)
{
  HammyPlanItemRow *self = HAMMY_PLAN_ITEM_ROW (object);

  g_free (self->exercise);
  g_strfreev (self->variants);

  G_OBJECT_CLASS (hammy_plan_item_row_parent_class)->finalize (object);
}

static void
hammy_plan_item_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HammyPlanItemRow *self = HAMMY_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_plan_item_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HammyPlanItemRow *self = HAMMY_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_plan_item_row_class_init (HammyPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_plan_item_row_finalize;
  object_class->get_property = hammy_plan_item_row_get_property;
  object_class->set_property = hammy_plan_item_row_set_property;

  /* The exercise of the plan item: a plan holds each exercise once, so it names the item
   * for as long as the item is there, wherever it moves. */
  properties[PROP_EXERCISE] =
    g_param_spec_string ("exercise", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_plan_item_row_init (HammyPlanItemRow *self)
{
}

GtkWidget *
hammy_plan_item_row_new (const char *exercise)
{
  g_return_val_if_fail (exercise != NULL, NULL);

  return g_object_new (HAMMY_TYPE_PLAN_ITEM_ROW, "exercise", exercise, NULL);
}

/* The row that @control, or one of the rows inside it, belongs to; NULL for any other. */
HammyPlanItemRow *
hammy_plan_item_row_find (GtkWidget *control)
{
  g_return_val_if_fail (GTK_IS_WIDGET (control), NULL);

  return (HammyPlanItemRow *) gtk_widget_get_ancestor (control, HAMMY_TYPE_PLAN_ITEM_ROW);
}

const char *
hammy_plan_item_row_get_exercise (HammyPlanItemRow *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN_ITEM_ROW (self), NULL);

  return self->exercise;
}

/* The exercise ids its Version row offers, in the row's order: the exercise itself first. */
const char * const *
hammy_plan_item_row_get_variants (HammyPlanItemRow *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN_ITEM_ROW (self), NULL);

  return (const char * const *) self->variants;
}

void
hammy_plan_item_row_set_variants (HammyPlanItemRow   *self,
                                  const char * const *variants)
{
  g_return_if_fail (HAMMY_IS_PLAN_ITEM_ROW (self));

  g_strfreev (self->variants);
  self->variants = g_strdupv ((char **) variants);
}

AdwEntryRow *
hammy_plan_item_row_get_note_row (HammyPlanItemRow *self)
{
  g_return_val_if_fail (HAMMY_IS_PLAN_ITEM_ROW (self), NULL);

  return self->note_row;
}

/* @note_row is one of the row's own rows, so it lives as long as the row does. */
void
hammy_plan_item_row_set_note_row (HammyPlanItemRow *self,
                                  AdwEntryRow      *note_row)
{
  g_return_if_fail (HAMMY_IS_PLAN_ITEM_ROW (self));
  g_return_if_fail (note_row == NULL || ADW_IS_ENTRY_ROW (note_row));

  self->note_row = note_row;
}
