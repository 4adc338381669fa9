/* hammy-context.c: what every page shares: the person's data, the settings, the clock and
 * whether the screen is being shared. The window makes one and hands it to each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-context"

#include "config.h"

#include "hammy-context.h"

struct _HammyContext
{
  GObject     parent_instance;

  HammyData  *data;
  GSettings  *settings;
  HammyClock *clock;

  gboolean    presenting;
  gboolean    details_shown;  /* the patient asked to see their history in detail */
  char       *postponed;      /* what waits for presenting to end: the action asked for last */
};

G_DEFINE_FINAL_TYPE (HammyContext, hammy_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA,
  PROP_SETTINGS,
  PROP_CLOCK,
  PROP_PRESENTING,
  PROP_DETAILS_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_clock_day_changed_cb (HammyContext *self)
{
  g_signal_emit (self, signals[SIGNAL_DAY_CHANGED], 0);
}

static void
hammy_context_constructed (GObject *object)
{
  HammyContext *self = HAMMY_CONTEXT (object);

  G_OBJECT_CLASS (hammy_context_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = g_object_ref (hammy_clock_get_default ());
  g_signal_connect_object (self->clock, "day-changed",
                           G_CALLBACK (on_clock_day_changed_cb), self, G_CONNECT_SWAPPED);
  hammy_clock_watch_days (self->clock);
}

static void
hammy_context_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HammyContext *self = HAMMY_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_object (value, self->data);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    case PROP_DETAILS_SHOWN:
      g_value_set_boolean (value, self->details_shown);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_context_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HammyContext *self = HAMMY_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATA:
      self->data = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_PRESENTING:
      hammy_context_set_presenting (self, g_value_get_boolean (value));
      break;

    case PROP_DETAILS_SHOWN:
      hammy_context_set_details_shown (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_context_dispose (GObject *object)
{
  HammyContext *self = HAMMY_CONTEXT (object);

  g_clear_object (&self->data);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (hammy_context_parent_class)->dispose (object);
}

static void
hammy_context_finalize (GObject *object)
{
  HammyContext *self = HAMMY_CONTEXT (object);

  g_free (self->postponed);

  G_OBJECT_CLASS (hammy_context_parent_class)->finalize (object);
}

static void
hammy_context_class_init (HammyContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hammy_context_constructed;
  object_class->get_property = hammy_context_get_property;
  object_class->set_property = hammy_context_set_property;
  object_class->dispose = hammy_context_dispose;
  object_class->finalize = hammy_context_finalize;

  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, HAMMY_TYPE_DATA,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, HAMMY_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Someone else sees the screen: a clinician on a video call. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* While presenting, the patient asked to see their history in detail. */
  properties[PROP_DETAILS_SHOWN] =
    g_param_spec_boolean ("details-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The local date changed: at midnight, or on waking from a suspend. */
  signals[SIGNAL_DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hammy_context_init (HammyContext *self)
{
}

/* @clock may be NULL for the real one. */
HammyContext *
hammy_context_new (HammyData  *data,
                   GSettings  *settings,
                   HammyClock *clock)
{
  g_return_val_if_fail (HAMMY_IS_DATA (data), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (clock == NULL || HAMMY_IS_CLOCK (clock), NULL);

  return g_object_new (HAMMY_TYPE_CONTEXT,
                       "data", data,
                       "settings", settings,
                       "clock", clock,
                       NULL);
}

HammyData *
hammy_context_get_data (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), NULL);
  return self->data;
}

GSettings *
hammy_context_get_settings (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), NULL);
  return self->settings;
}

HammyClock *
hammy_context_get_clock (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), NULL);
  return self->clock;
}

void
hammy_context_get_today (HammyContext *self,
                         GDate        *today)
{
  g_return_if_fail (HAMMY_IS_CONTEXT (self));
  hammy_clock_get_today (self->clock, today);
}

/* The local time now. */
GDateTime *
hammy_context_dup_now (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), NULL);
  return hammy_clock_dup_wall_time (self->clock);
}

gboolean
hammy_context_get_presenting (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), FALSE);
  return self->presenting;
}

/* Each presentation starts with the history details hidden, whatever the last one showed. */
void
hammy_context_set_presenting (HammyContext *self,
                              gboolean      presenting)
{
  g_return_if_fail (HAMMY_IS_CONTEXT (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->presenting = presenting;
  if (self->details_shown)
    {
      self->details_shown = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS_SHOWN]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
hammy_context_get_details_shown (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), FALSE);
  return self->details_shown;
}

/* The history details the patient asked to see, for this presentation only. */
void
hammy_context_set_details_shown (HammyContext *self,
                                 gboolean      shown)
{
  g_return_if_fail (HAMMY_IS_CONTEXT (self));

  shown = !!shown && self->presenting;
  if (self->details_shown == shown)
    return;

  self->details_shown = shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS_SHOWN]);
}

HammyAudience
hammy_context_get_audience (HammyContext *self)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), HAMMY_AUDIENCE_SHARED);

  if (!self->presenting)
    return HAMMY_AUDIENCE_SELF;

  return self->details_shown ? HAMMY_AUDIENCE_SHARED_DETAILS : HAMMY_AUDIENCE_SHARED;
}

/* For text that mixes in something private, such as a row's subtitle with its note. */
gboolean
hammy_context_may_show (HammyContext     *self,
                        HammyPrivateKind  kind)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), FALSE);

  return hammy_privacy_may_show (kind, hammy_context_get_audience (self));
}

/* A file chooser or a print dialog shows folders, file names and printers: while presenting,
 * @task (the action that opens one, such as "visit.save-pdf") waits instead, and TRUE says so.
 * Only the one asked for last waits. Not presenting, nothing waits and the caller goes ahead. */
gboolean
hammy_context_postpone (HammyContext *self,
                        const char   *task)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (task != NULL, FALSE);

  if (!self->presenting)
    return FALSE;

  g_free (self->postponed);
  self->postponed = g_strdup (task);
  return TRUE;
}

/* Whether @task is what waited, now that presenting has ended; it waits no more once taken.
 * While presenting it keeps waiting, however often presenting is toggled on. */
gboolean
hammy_context_take_postponed (HammyContext *self,
                              const char   *task)
{
  g_return_val_if_fail (HAMMY_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (task != NULL, FALSE);

  if (self->presenting || g_strcmp0 (self->postponed, task) != 0)
    return FALSE;

  g_clear_pointer (&self->postponed, g_free);
  return TRUE;
}
