/* hammy-library-row.c: a row of the Library's lists: an exercise, a self-check or a card, and
 * the item it opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-library-row.h"

struct _HammyLibraryRow
{
  AdwActionRow  parent_instance;

  char         *item;        /* "exercise:<id>" or "card:<id>", as the page's history keeps them */
  gboolean      self_check;  /* self-checks follow the exercises under a heading of their own */
};

G_DEFINE_FINAL_TYPE (HammyLibraryRow, hammy_library_row, ADW_TYPE_ACTION_ROW)

static void
hammy_library_row_finalize (GObject *object)
{
  HammyLibraryRow *self = HAMMY_LIBRARY_ROW (object);

  g_free (self->item);

  G_OBJECT_CLASS (hammy_library_row_parent_class)->finalize (object);
}

static void
hammy_library_row_class_init (HammyLibraryRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hammy_library_row_finalize;
}

static void
hammy_library_row_init (HammyLibraryRow *self)
{
}

/* A row that opens @item when activated. */
HammyLibraryRow *
hammy_library_row_new (const char *item,
                       gboolean    self_check)
{
  HammyLibraryRow *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (HAMMY_TYPE_LIBRARY_ROW, NULL);
  self->item = g_strdup (item);
  self->self_check = self_check;

  return self;
}

const char *
hammy_library_row_get_item (HammyLibraryRow *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY_ROW (self), NULL);

  return self->item;
}

gboolean
hammy_library_row_is_self_check (HammyLibraryRow *self)
{
  g_return_val_if_fail (HAMMY_IS_LIBRARY_ROW (self), FALSE);

  return self->self_check;
}
