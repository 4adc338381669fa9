/* hammy-clip-sink.h: the video sink at the end of the clip pipeline; it tells the main thread
 * where the clip is at every frame, and hands it a frame as a GdkTexture when one is wanted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk/gdk.h>
#include <gst/video/video.h>

G_BEGIN_DECLS

#define HAMMY_TYPE_CLIP_SINK (hammy_clip_sink_get_type ())

G_DECLARE_FINAL_TYPE (HammyClipSink, hammy_clip_sink, HAMMY, CLIP_SINK, GstVideoSink)

/* Called on the main context for the newest frame only: frames that arrive while one is
 * pending replace it. texture is NULL when only the position moved, the frame not being
 * wanted (see hammy_clip_sink_want_frame()); stream_time is the frame's position in the
 * clip, frame_duration the length of one frame (from the frame rate, else the buffer), either
 * may be GST_CLOCK_TIME_NONE. */
typedef void (*HammyClipSinkFrameFunc) (GdkTexture   *texture,
                                        GstClockTime  stream_time,
                                        GstClockTime  frame_duration,
                                        gpointer      user_data);

HammyClipSink *hammy_clip_sink_new            (GMainContext           *context);
void           hammy_clip_sink_set_frame_func (HammyClipSink          *self,
                                               HammyClipSinkFrameFunc  func,
                                               gpointer                user_data);
void           hammy_clip_sink_want_frame     (HammyClipSink          *self);
void           hammy_clip_sink_get_counts     (HammyClipSink          *self,
                                               guint64                *frames,
                                               guint64                *converted);

G_END_DECLS
