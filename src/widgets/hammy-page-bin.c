/* hammy-page-bin.c: what every page of the window is: a bin that gets the app's one context
 * from the window, and reports to the person with its "add-toast" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-page-bin.h"
#include "hammy-toasts.h"

typedef struct
{
  HammyContext *context;
} HammyPageBinPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HammyPageBin, hammy_page_bin, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hammy_page_bin_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HammyPageBin *self = HAMMY_PAGE_BIN (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, hammy_page_bin_get_context (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_page_bin_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HammyPageBin *self = HAMMY_PAGE_BIN (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      if (g_value_get_object (value) != NULL)
        hammy_page_bin_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_page_bin_dispose (GObject *object)
{
  HammyPageBinPrivate *priv = hammy_page_bin_get_instance_private (HAMMY_PAGE_BIN (object));

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (hammy_page_bin_parent_class)->dispose (object);
}

static void
hammy_page_bin_class_init (HammyPageBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hammy_page_bin_get_property;
  object_class->set_property = hammy_page_bin_set_property;
  object_class->dispose = hammy_page_bin_dispose;

  /* The app's one context, set once by the window; a page made in a .ui waits for it. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAMMY_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A page never reaches for its window: the window shows the toast. */
  signals[SIGNAL_ADD_TOAST] = hammy_toast_signal_new (G_TYPE_FROM_CLASS (klass));
}

static void
hammy_page_bin_init (HammyPageBin *self)
{
}

HammyContext *
hammy_page_bin_get_context (HammyPageBin *self)
{
  HammyPageBinPrivate *priv;

  g_return_val_if_fail (HAMMY_IS_PAGE_BIN (self), NULL);

  priv = hammy_page_bin_get_instance_private (self);
  return priv->context;
}

/* Set once: a page belongs to one window, and the window to the app's one context. */
void
hammy_page_bin_set_context (HammyPageBin *self,
                            HammyContext *context)
{
  HammyPageBinPrivate *priv;

  g_return_if_fail (HAMMY_IS_PAGE_BIN (self));
  g_return_if_fail (HAMMY_IS_CONTEXT (context));

  priv = hammy_page_bin_get_instance_private (self);
  g_return_if_fail (priv->context == NULL);

  priv->context = g_object_ref (context);
  if (HAMMY_PAGE_BIN_GET_CLASS (self)->context_set != NULL)
    HAMMY_PAGE_BIN_GET_CLASS (self)->context_set (self, context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
hammy_page_bin_add_toast (HammyPageBin *self,
                          AdwToast     *toast)
{
  g_return_if_fail (HAMMY_IS_PAGE_BIN (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals[SIGNAL_ADD_TOAST], 0, toast);
}

/* A sentence for the person, as a toast. */
void
hammy_page_bin_show_message (HammyPageBin *self,
                             const char   *message)
{
  g_autoptr(AdwToast) toast = NULL;

  g_return_if_fail (HAMMY_IS_PAGE_BIN (self));
  g_return_if_fail (message != NULL);

  toast = hammy_toast_new_message (message);
  hammy_page_bin_add_toast (self, toast);
}
