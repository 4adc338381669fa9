/* hammy-coaching.h: what a coach would say aloud during a guided session, and when: the next
 * set, get ready, go, halfway, the last seconds, rest, rate your pain, the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hammy-session.h"

G_BEGIN_DECLS

/* The session says what happens; coaching turns it into lines, in the app's language, at the
 * moment they apply. It follows the session's state and cues as they change, and the last
 * seconds of a timer when hammy_coaching_tick() is called after hammy_session_tick(). So a
 * voice only has to say each "line" it is given; the words and their timing are tested here.
 *
 * A count ("3", "2", "1") is only worth saying on time: a voice still busy with an earlier
 * line drops it (hammy_coaching_line_is_timely()). Every other line waits its turn. */

typedef enum
{
  HAMMY_COACHING_LINE_NEXT,        /* what comes next: "Single-leg bridge, set 2 of 3, right side" */
  HAMMY_COACHING_LINE_GET_READY,
  HAMMY_COACHING_LINE_GO,
  HAMMY_COACHING_LINE_HALFWAY,
  HAMMY_COACHING_LINE_TIME_LEFT,   /* "10 seconds left", on long holds */
  HAMMY_COACHING_LINE_COUNT,       /* the last three seconds of a timer */
  HAMMY_COACHING_LINE_REST,        /* a rest begins, and how long it is */
  HAMMY_COACHING_LINE_RATE,        /* the set is over: rate your pain */
  HAMMY_COACHING_LINE_STOPPED,     /* pain above the cap stopped the exercise */
  HAMMY_COACHING_LINE_RED_FLAG,    /* the session stopped for a warning sign */
  HAMMY_COACHING_LINE_FINISHED,
} HammyCoachingLine;

/* How a session sounds, as the "cue-style" setting says (its values are the schema's). */
typedef enum
{
  HAMMY_CUE_STYLE_TONES,
  HAMMY_CUE_STYLE_VOICE,
  HAMMY_CUE_STYLE_BOTH,
} HammyCueStyle;

/* Holds at least this long get "10 seconds left" as well as "halfway". */
#define HAMMY_COACHING_TIME_LEFT_MIN_HOLD 30
#define HAMMY_COACHING_TIME_LEFT_SECONDS 10
#define HAMMY_COACHING_COUNT_FROM 3

#define HAMMY_TYPE_COACHING_LINE (hammy_coaching_line_get_type ())
#define HAMMY_TYPE_COACHING (hammy_coaching_get_type ())

GType hammy_coaching_line_get_type (void);

G_DECLARE_FINAL_TYPE (HammyCoaching, hammy_coaching, HAMMY, COACHING, GObject)

HammyCoaching *hammy_coaching_new                (HammySession      *session);
HammySession  *hammy_coaching_get_session        (HammyCoaching     *self);
void           hammy_coaching_tick               (HammyCoaching     *self);

char          *hammy_coaching_describe_step      (const HammySessionStep *step);
gboolean       hammy_coaching_line_is_timely     (HammyCoachingLine  line);
const char    *hammy_coaching_get_voice_language (void);

G_END_DECLS
