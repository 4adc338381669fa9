/* hammy-clip-paintable.c: what a clip shows: its newest video frame, or its poster until the
 * first frame arrives, mirrored if asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-clip-paintable.h"

struct _HammyClipPaintable
{
  GObject     parent_instance;

  GdkTexture *frame;
  GdkTexture *poster;
  gboolean    mirrored;

  HammyClipPaintableDrawnFunc drawn_func;
  gpointer                    drawn_data;
};

static void hammy_clip_paintable_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HammyClipPaintable, hammy_clip_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE,
                                                      hammy_clip_paintable_paintable_init))

enum {
  PROP_0,
  PROP_POSTER,
  PROP_MIRRORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GdkTexture *
shown_texture (HammyClipPaintable *self)
{
  return self->frame != NULL ? self->frame : self->poster;
}

/* Contents always change; the size only when the shown texture's dimensions do. */
static void
replace_shown (HammyClipPaintable  *self,
               GdkTexture         **slot,
               GdkTexture          *texture)
{
  GdkTexture *before = shown_texture (self);
  int width = before != NULL ? gdk_texture_get_width (before) : 0;
  int height = before != NULL ? gdk_texture_get_height (before) : 0;
  GdkTexture *after;

  g_set_object (slot, texture);
  after = shown_texture (self);

  if ((after != NULL ? gdk_texture_get_width (after) : 0) != width
      || (after != NULL ? gdk_texture_get_height (after) : 0) != height)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

static void
hammy_clip_paintable_snapshot (GdkPaintable *paintable,
                               GdkSnapshot  *snapshot,
                               double        width,
                               double        height)
{
  HammyClipPaintable *self = HAMMY_CLIP_PAINTABLE (paintable);
  GdkTexture *texture = shown_texture (self);

  if (texture == NULL)
    return;

  if (self->mirrored)
    {
      gtk_snapshot_save (GTK_SNAPSHOT (snapshot));
      gtk_snapshot_translate (GTK_SNAPSHOT (snapshot), &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_scale (GTK_SNAPSHOT (snapshot), -1, 1);
    }

  gtk_snapshot_append_texture (GTK_SNAPSHOT (snapshot), texture,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->mirrored)
    gtk_snapshot_restore (GTK_SNAPSHOT (snapshot));

  if (self->drawn_func != NULL)
    self->drawn_func (self->drawn_data);
}

static int
hammy_clip_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  GdkTexture *texture = shown_texture (HAMMY_CLIP_PAINTABLE (paintable));

  return texture != NULL ? gdk_texture_get_width (texture) : 0;
}

static int
hammy_clip_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  GdkTexture *texture = shown_texture (HAMMY_CLIP_PAINTABLE (paintable));

  return texture != NULL ? gdk_texture_get_height (texture) : 0;
}

static double
hammy_clip_paintable_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  GdkTexture *texture = shown_texture (HAMMY_CLIP_PAINTABLE (paintable));

  if (texture == NULL || gdk_texture_get_height (texture) == 0)
    return 0;

  return (double) gdk_texture_get_width (texture) / gdk_texture_get_height (texture);
}

static GdkPaintable *
hammy_clip_paintable_get_current_image (GdkPaintable *paintable)
{
  GdkTexture *texture = shown_texture (HAMMY_CLIP_PAINTABLE (paintable));

  if (texture == NULL)
    return gdk_paintable_new_empty (0, 0);

  /* A still copy: the texture itself never changes. Mirroring is left out on purpose, as a
   * snapshot of the clip is of the clip. */
  return GDK_PAINTABLE (g_object_ref (texture));
}

static void
hammy_clip_paintable_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = hammy_clip_paintable_snapshot;
  iface->get_current_image = hammy_clip_paintable_get_current_image;
  iface->get_intrinsic_width = hammy_clip_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = hammy_clip_paintable_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = hammy_clip_paintable_get_intrinsic_aspect_ratio;
}

static void
hammy_clip_paintable_dispose (GObject *object)
{
  HammyClipPaintable *self = HAMMY_CLIP_PAINTABLE (object);

  g_clear_object (&self->frame);
  g_clear_object (&self->poster);

  G_OBJECT_CLASS (hammy_clip_paintable_parent_class)->dispose (object);
}

static void
hammy_clip_paintable_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HammyClipPaintable *self = HAMMY_CLIP_PAINTABLE (object);

  switch (prop_id)
    {
    case PROP_POSTER:
      g_value_set_object (value, self->poster);
      break;
    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_clip_paintable_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HammyClipPaintable *self = HAMMY_CLIP_PAINTABLE (object);

  switch (prop_id)
    {
    case PROP_POSTER:
      hammy_clip_paintable_set_poster (self, g_value_get_object (value));
      break;
    case PROP_MIRRORED:
      hammy_clip_paintable_set_mirrored (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hammy_clip_paintable_class_init (HammyClipPaintableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hammy_clip_paintable_dispose;
  object_class->get_property = hammy_clip_paintable_get_property;
  object_class->set_property = hammy_clip_paintable_set_property;

  properties[PROP_POSTER] =
    g_param_spec_object ("poster", NULL, NULL,
                         GDK_TYPE_TEXTURE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hammy_clip_paintable_init (HammyClipPaintable *self)
{
}

HammyClipPaintable *
hammy_clip_paintable_new (void)
{
  return g_object_new (HAMMY_TYPE_CLIP_PAINTABLE, NULL);
}

/* Not a property: a frame arrives many times a second and invalidate-contents already says
 * so. NULL goes back to the poster, for a new clip. */
void
hammy_clip_paintable_set_frame (HammyClipPaintable *self,
                                GdkTexture         *frame)
{
  g_return_if_fail (HAMMY_IS_CLIP_PAINTABLE (self));
  g_return_if_fail (frame == NULL || GDK_IS_TEXTURE (frame));

  if (self->frame == frame)
    return;

  replace_shown (self, &self->frame, frame);
}

GdkTexture *
hammy_clip_paintable_get_frame (HammyClipPaintable *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PAINTABLE (self), NULL);

  return self->frame;
}

void
hammy_clip_paintable_set_poster (HammyClipPaintable *self,
                                 GdkTexture         *poster)
{
  g_return_if_fail (HAMMY_IS_CLIP_PAINTABLE (self));
  g_return_if_fail (poster == NULL || GDK_IS_TEXTURE (poster));

  if (self->poster == poster)
    return;

  if (self->frame != NULL)
    g_set_object (&self->poster, poster);
  else
    replace_shown (self, &self->poster, poster);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTER]);
}

GdkTexture *
hammy_clip_paintable_get_poster (HammyClipPaintable *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PAINTABLE (self), NULL);

  return self->poster;
}

void
hammy_clip_paintable_set_mirrored (HammyClipPaintable *self,
                                   gboolean            mirrored)
{
  g_return_if_fail (HAMMY_IS_CLIP_PAINTABLE (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

gboolean
hammy_clip_paintable_get_mirrored (HammyClipPaintable *self)
{
  g_return_val_if_fail (HAMMY_IS_CLIP_PAINTABLE (self), FALSE);

  return self->mirrored;
}

/* The player asks for the next frame only once the last one has been drawn: a frame converted
 * for a picture that is not drawn would be work for nothing. */
void
hammy_clip_paintable_set_drawn_func (HammyClipPaintable          *self,
                                     HammyClipPaintableDrawnFunc  func,
                                     gpointer                     user_data)
{
  g_return_if_fail (HAMMY_IS_CLIP_PAINTABLE (self));

  self->drawn_func = func;
  self->drawn_data = user_data;
}
