/* hammy-card-private.h: the card's fields, filled by the library's loader only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-card.h"

G_BEGIN_DECLS

struct _HammyCard
{
  GObject   parent_instance;

  char     *id;
  char     *title;
  char     *summary;
  char    **explanation;
  char    **for_you;
  char     *figure;
  char    **references;
};

G_END_DECLS
