/* clipgen-contact.h: the surfaces props offer, how far a body part is from one, and the solver
 * that keeps each declared contact on its surface: it rests the body on the first contact that
 * bears weight and bends a leg or an arm to reach each other one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "clipgen-figure.h"

G_BEGIN_DECLS

/* How far a contact may be from its surface, or from where it was put down, in metres. */
#define CLIP_CONTACT_TOLERANCE 0.01

typedef enum
{
  CLIP_SURFACE_NONE,   /* the prop offers nothing to rest on: a band, a dumbbell */
  CLIP_SURFACE_PLANE,  /* the floor */
  CLIP_SURFACE_TOP,    /* the top of a mat, a step, a table, a seat, a towel, a shoe */
  CLIP_SURFACE_WALL,
  CLIP_SURFACE_CIRCLE, /* a ball or a foam roller */
  CLIP_SURFACE_POINT   /* a partner's hands */
} ClipSurfaceKind;

typedef struct
{
  ClipSurfaceKind kind;
  double          level;   /* the plane's or top's height, the wall's x */
  double          x0;      /* a top's extent */
  double          x1;
  double          facing;  /* a wall: −1 when the room is on its left, +1 on its right */
  ClipVec         centre;  /* a circle's centre, a point */
  double          radius;
  double          scroll;  /* a floor that moves under a walking figure, m/s */
  double          give;    /* how far a mat or a towel squashes under a body */
} ClipSurface;

/* Where a body part comes closest to a surface. */
typedef struct
{
  double  distance;  /* signed: negative is into the surface */
  ClipVec normal;    /* out of the surface, at the touch */
  ClipVec touch;     /* the part's point nearest the surface */
  double  along;     /* where the touch is along the surface, in metres */
} ClipTouch;

#define CLIP_MAX_CONTACTS 64

/* What solving one moment found, for the checks. */
typedef struct
{
  guint    n_active;
  gboolean supported;       /* some active contact bears weight from below */
  double   lift;            /* how far the body was raised (+) or lowered to rest */
  int      resting;         /* the contact it rests on, or −1 */
  double   distance[CLIP_MAX_CONTACTS]; /* per contact: how far it ended up from its surface */
  double   drift[CLIP_MAX_CONTACTS];    /* per contact: how far along the surface from its pin */
  double   give[CLIP_MAX_CONTACTS];     /* per contact: how far its surface squashes */
  gboolean active[CLIP_MAX_CONTACTS];
  double   gap[CLIP_MAX_CONTACTS];      /* per limb contact: how far the keyframes left it */
  int      limb_contact[CLIP_N_SIDES][2]; /* [side][0 leg, 1 arm]: the contact that bent it */
} ClipSolveReport;

ClipVec          clip_prop_position     (const ClipProp   *prop,
                                         const ClipBody   *body);
ClipSurfaceKind  clip_prop_surface      (const ClipProp   *prop,
                                         const ClipBody   *body,
                                         ClipSurface      *surface);
ClipTouch        clip_touch_part        (const ClipBody   *body,
                                         ClipPartKind      part,
                                         ClipSide          side,
                                         const ClipSurface *surface);
/* How deep a disc is inside a solid prop (the floor, a wall, a step, a table top, a seat, a
 * ball, a roller); 0 when outside or for props one can sink into. */
double           clip_prop_depth        (const ClipProp   *prop,
                                         const ClipBody   *body,
                                         const ClipDisc   *disc);
gboolean         clip_contact_active    (const ClipContact *contact,
                                         const ClipMotion  *motion,
                                         double             t);
gboolean         clip_part_reaches      (ClipPartKind      part);

void             clip_motion_solve      (const ClipMotion *motion,
                                         double            t,
                                         ClipPose         *pose,
                                         ClipBody         *body,
                                         ClipSolveReport  *report);
void             clip_motion_pin        (ClipMotion       *motion);

G_END_DECLS
