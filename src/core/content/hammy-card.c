/* hammy-card.c: an explanation card: why an exercise works, in plain words, with references.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-card-private.h"

G_DEFINE_FINAL_TYPE (HammyCard, hammy_card, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
hammy_card_finalize (GObject *object)
{
  HammyCard *self = HAMMY_CARD (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_strfreev (self->explanation);
  g_strfreev (self->for_you);
  g_free (self->figure);
  g_strfreev (self->references);

  G_OBJECT_CLASS (hammy_card_parent_class)->finalize (object);
}

static void
hammy_card_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HammyCard *self = HAMMY_CARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_card_class_init (HammyCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hammy_card_finalize;
  object_class->get_property = hammy_card_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_card_init (HammyCard *self)
{
}

const char *
hammy_card_get_id (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->id;
}

const char *
hammy_card_get_title (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->title;
}

const char *
hammy_card_get_summary (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->summary;
}

const char * const *
hammy_card_get_explanation (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->explanation ? (const char * const *) self->explanation : empty_strv;
}

const char * const *
hammy_card_get_for_you (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->for_you ? (const char * const *) self->for_you : empty_strv;
}

const char *
hammy_card_get_figure (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->figure;
}

const char * const *
hammy_card_get_references (HammyCard *self)
{
  g_return_val_if_fail (HAMMY_IS_CARD (self), NULL);
  return self->references ? (const char * const *) self->references : empty_strv;
}
