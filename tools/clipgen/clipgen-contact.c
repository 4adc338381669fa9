/* clipgen-contact.c: the surfaces props offer, how far a body part is from one, and the solver
 * that keeps each declared contact on its surface: it rests the body on the first contact that
 * bears weight and bends a leg or an arm to reach each other one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "clipgen-contact.h"
#include "clipgen-keyframes.h"

/* How many times a limb is bent again toward its contact: each turn starts from where the
 * last one left the foot or hand, and two are enough unless the point is out of reach. */
#define REACH_ROUNDS 3

ClipVec
clip_prop_position (const ClipProp *prop,
                    const ClipBody *body)
{
  ClipVec at;

  if (!prop->attached)
    return (ClipVec) { prop->x, prop->y };
  at = clip_body_point (body, prop->attach);
  return (ClipVec) { at.x + prop->x, prop->follow_y ? at.y + prop->y : prop->y };
}

/* The height of the top of a prop that things rest on, above where it stands. */
static double
prop_top (const ClipProp *prop)
{
  switch (prop->kind)
    {
    case CLIP_PROP_MAT:
      return 0.012;
    case CLIP_PROP_STEP:
    case CLIP_PROP_TABLE:
    case CLIP_PROP_CHAIR:
      return prop->height;
    case CLIP_PROP_TOWEL:
      return prop->height > 0 ? prop->height : 0.035;
    case CLIP_PROP_SHOE:
      return 0.09;
    default:
      return 0;
    }
}

ClipSurfaceKind
clip_prop_surface (const ClipProp *prop,
                   const ClipBody *body,
                   ClipSurface    *surface)
{
  ClipVec at = clip_prop_position (prop, body);
  double w = prop->width;

  *surface = (ClipSurface) { .kind = CLIP_SURFACE_NONE };
  switch (prop->kind)
    {
    case CLIP_PROP_FLOOR:
      surface->kind = CLIP_SURFACE_PLANE;
      surface->level = 0;
      surface->scroll = prop->scroll;
      break;
    case CLIP_PROP_MAT:
    case CLIP_PROP_STEP:
    case CLIP_PROP_TABLE:
    case CLIP_PROP_TOWEL:
    case CLIP_PROP_SHOE:
    case CLIP_PROP_CHAIR:
      {
        /* A seat's cushion overhangs its frame by a centimetre. */
        double lip = prop->kind == CLIP_PROP_CHAIR ? 0.01 : 0;

        surface->kind = CLIP_SURFACE_TOP;
        surface->level = at.y + prop_top (prop);
        if (prop->kind == CLIP_PROP_MAT || prop->kind == CLIP_PROP_TOWEL)
          surface->give = prop_top (prop);
        surface->x0 = at.x - w / 2 - lip;
        surface->x1 = at.x + w / 2 + lip;
      }
      break;
    case CLIP_PROP_WALL:
      surface->kind = CLIP_SURFACE_WALL;
      surface->level = at.x;
      surface->facing = prop->facing_left ? -1 : 1;
      break;
    case CLIP_PROP_BALL:
    case CLIP_PROP_FOAM_ROLLER:
      surface->kind = CLIP_SURFACE_CIRCLE;
      surface->centre = (ClipVec) { at.x, at.y + w / 2 };
      surface->radius = w / 2;
      break;
    case CLIP_PROP_PARTNER:
      surface->kind = CLIP_SURFACE_POINT;
      surface->centre = at;
      break;
    case CLIP_PROP_BLOCK:
    case CLIP_PROP_DUMBBELL:
    case CLIP_PROP_BAND:
    case CLIP_PROP_STRAP:
    case CLIP_N_PROPS:
    default:
      break;
    }
  return surface->kind;
}

static ClipTouch
touch_disc (const ClipDisc    *disc,
            const ClipSurface *surface)
{
  ClipTouch touch = { 0 };
  ClipVec c = disc->c;
  double r = disc->r;

  switch (surface->kind)
    {
    case CLIP_SURFACE_PLANE:
      touch.normal = (ClipVec) { 0, 1 };
      touch.distance = c.y - r - surface->level;
      touch.along = c.x;
      break;
    case CLIP_SURFACE_TOP:
      if (c.x >= surface->x0 && c.x <= surface->x1)
        {
          touch.normal = (ClipVec) { 0, 1 };
          touch.distance = c.y - r - surface->level;
          touch.along = c.x;
        }
      else
        {
          /* Past the edge: the corner is the nearest it gets. */
          ClipVec corner = { CLAMP (c.x, surface->x0, surface->x1), surface->level };
          double d = MAX (hypot (c.x - corner.x, c.y - corner.y), 1e-9);

          touch.normal = (ClipVec) { (c.x - corner.x) / d, (c.y - corner.y) / d };
          touch.distance = d - r;
          touch.along = corner.x;
        }
      break;
    case CLIP_SURFACE_WALL:
      touch.normal = (ClipVec) { surface->facing, 0 };
      touch.distance = surface->facing * (c.x - surface->level) - r;
      touch.along = c.y;
      break;
    case CLIP_SURFACE_CIRCLE:
    case CLIP_SURFACE_POINT:
      {
        double dx = c.x - surface->centre.x, dy = c.y - surface->centre.y;
        double d = MAX (hypot (dx, dy), 1e-9);

        touch.normal = (ClipVec) { dx / d, dy / d };
        touch.distance = d - r - surface->radius;
        touch.along = atan2 (dy, dx) * surface->radius;
      }
      break;
    case CLIP_SURFACE_NONE:
    default:
      touch.distance = G_MAXDOUBLE;
      break;
    }
  touch.touch = (ClipVec) { c.x - touch.normal.x * r, c.y - touch.normal.y * r };
  return touch;
}

/* The nearest disc gives how far the part is; where along the surface it is comes from all the
 * discs about as near, so a foot lying flat is placed by its middle, not by whichever end
 * happens to be a hair lower. */
ClipTouch
clip_touch_part (const ClipBody    *body,
                 ClipPartKind       part,
                 ClipSide           side,
                 const ClipSurface *surface)
{
  const double blend = 0.01;
  ClipDisc discs[CLIP_MAX_DISCS];
  ClipTouch touches[CLIP_MAX_DISCS];
  int n = clip_body_part_discs (body, part, side, discs);
  ClipTouch best = { .distance = G_MAXDOUBLE };
  double weight = 0, along = 0;
  ClipVec at = { 0, 0 };

  for (int i = 0; i < n; i++)
    {
      touches[i] = touch_disc (&discs[i], surface);
      if (touches[i].distance < best.distance)
        best = touches[i];
    }
  for (int i = 0; i < n; i++)
    {
      double w = MAX (0, 1 - (touches[i].distance - best.distance) / blend);

      weight += w;
      along += w * touches[i].along;
      at.x += w * touches[i].touch.x;
      at.y += w * touches[i].touch.y;
    }
  if (weight > 0)
    {
      best.along = along / weight;
      best.touch = (ClipVec) { at.x / weight, at.y / weight };
    }
  return best;
}

static double
box_depth (const ClipDisc *disc,
           double          x0,
           double          y0,
           double          x1,
           double          y1)
{
  double qx = fabs (disc->c.x - (x0 + x1) / 2) - (x1 - x0) / 2;
  double qy = fabs (disc->c.y - (y0 + y1) / 2) - (y1 - y0) / 2;
  double outside = hypot (MAX (qx, 0), MAX (qy, 0));
  double inside = MIN (MAX (qx, qy), 0);

  return MAX (disc->r - (outside + inside), 0);
}

double
clip_prop_depth (const ClipProp *prop,
                 const ClipBody *body,
                 const ClipDisc *disc)
{
  ClipVec at = clip_prop_position (prop, body);
  double w = prop->width;

  switch (prop->kind)
    {
    case CLIP_PROP_FLOOR:
      return MAX (disc->r - disc->c.y, 0);
    case CLIP_PROP_WALL:
      {
        double facing = prop->facing_left ? -1 : 1;

        return MAX (disc->r - facing * (disc->c.x - at.x), 0);
      }
    case CLIP_PROP_STEP:
      return box_depth (disc, at.x - w / 2, at.y, at.x + w / 2, at.y + prop->height);
    case CLIP_PROP_TABLE:
      return box_depth (disc, at.x - w / 2, at.y + prop->height - 0.045, at.x + w / 2,
                        at.y + prop->height);
    case CLIP_PROP_CHAIR:
      return box_depth (disc, at.x - w / 2 - 0.01, prop->height - 0.04, at.x + w / 2 + 0.01,
                        prop->height);
    case CLIP_PROP_BALL:
    case CLIP_PROP_FOAM_ROLLER:
      return MAX (w / 2 + disc->r - hypot (disc->c.x - at.x, disc->c.y - (at.y + w / 2)), 0);
    /* A mat, a towel and a shoe give; the rest is held or worn. */
    default:
      return 0;
    }
}

gboolean
clip_contact_active (const ClipContact *contact,
                     const ClipMotion  *motion,
                     double             t)
{
  const double slack = 1e-6;

  if (motion->loop)
    t = fmod (fmod (t, motion->duration) + motion->duration, motion->duration);
  if (contact->from <= contact->to)
    return t >= contact->from - slack && t <= contact->to + slack;
  return t >= contact->from - slack || t <= contact->to + slack;
}

/* Only the ends of the limbs are bent to their contacts; the trunk rests, the rest is checked. */
gboolean
clip_part_reaches (ClipPartKind part)
{
  switch (part)
    {
    case CLIP_PART_HEEL:
    case CLIP_PART_TOES:
    case CLIP_PART_SOLE:
    case CLIP_PART_FOOT:
    case CLIP_PART_ANKLE:
    case CLIP_PART_HAND:
    case CLIP_PART_FOREARM:
    case CLIP_PART_HEAD:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
part_is_leg (ClipPartKind part)
{
  return part != CLIP_PART_HAND && part != CLIP_PART_FOREARM && part != CLIP_PART_HEAD;
}

/* The neck bends until the head rests on the surface, as it does on a mat when the back lifts;
 * where along the surface it rests follows from that. */
static void
rest_head (const ClipProp *prop,
           ClipPose       *pose,
           ClipBody       *body)
{
  for (int round = 0; round < 8; round++)
    {
      ClipSurface surface;
      double d0, d1, slope;
      const double step = 1.0;

      clip_prop_surface (prop, body, &surface);
      d0 = clip_touch_part (body, CLIP_PART_HEAD, CLIP_SIDE_NEAR, &surface).distance;
      if (fabs (d0) < 1e-4)
        return;
      pose->neck += step;
      clip_body_build (body->view, pose, body->origin, body);
      d1 = clip_touch_part (body, CLIP_PART_HEAD, CLIP_SIDE_NEAR, &surface).distance;
      pose->neck -= step;
      slope = (d1 - d0) / step;
      if (fabs (slope) < 1e-6)
        return;
      pose->neck = CLAMP (pose->neck - d0 / slope, -60, 50);
      clip_body_build (body->view, pose, body->origin, body);
    }
}

/* Where along the surface a pinned contact belongs at t: where it was put down, carried along
 * by a floor that scrolls under a walking figure. */
static double
pin_target (const ClipContact *contact,
            const ClipMotion  *motion,
            const ClipSurface *surface,
            double             t)
{
  double elapsed = t - contact->from;

  if (surface->scroll == 0)
    return contact->pin;
  if (elapsed < 0)
    elapsed += motion->duration;
  return contact->pin + surface->scroll * elapsed;
}

static ClipVec
tangent (const ClipSurface *surface,
         const ClipTouch   *touch)
{
  switch (surface->kind)
    {
    case CLIP_SURFACE_WALL:
      return (ClipVec) { 0, 1 };
    case CLIP_SURFACE_CIRCLE:
      return (ClipVec) { -touch->normal.y, touch->normal.x };
    default:
      return (ClipVec) { 1, 0 };
    }
}

static gboolean
pinned (const ClipContact *contact,
        const ClipMotion  *motion)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);

  return contact->has_pin && !contact->slide && !prop->attached;
}

/* Bends the contact's leg or arm until its part rests on the surface, where it was pinned.
 * Returns how far the keyframes had left it, once a flat foot was laid flat. */
static double
reach_contact (const ClipMotion  *motion,
               const ClipContact *contact,
               double             t,
               ClipPose          *pose,
               ClipBody          *body)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
  double gap = 0;

  if (contact->kind == CLIP_PART_HEAD)
    {
      rest_head (prop, pose, body);
      return 0;
    }

  for (int round = 0; round < REACH_ROUNDS; round++)
    {
      const ClipLimbPoints *p = &body->side[contact->side];
      ClipSurface surface;
      ClipTouch touch;
      ClipVec delta, along;
      double foot_angle = p->foot_angle;

      clip_prop_surface (prop, body, &surface);
      if (contact->kind == CLIP_PART_SOLE && body->view == CLIP_VIEW_SIDE)
        {
          /* A flat foot: turn it to lie along the surface first, about the ankle. */
          touch = clip_touch_part (body, contact->kind, contact->side, &surface);
          foot_angle = clip_body_sole_angle (touch.normal);
          clip_body_reach_leg (body, pose, contact->side, p->ankle, foot_angle);
        }

      touch = clip_touch_part (body, contact->kind, contact->side, &surface);
      delta = (ClipVec) { -touch.distance * touch.normal.x, -touch.distance * touch.normal.y };
      /* A ball that rolls along under the feet goes where they go sideways: only up and down
       * brings them onto it. */
      if (prop->attached && !prop->follow_y && touch.normal.y > 0.3)
        delta = (ClipVec) { 0, -touch.distance / touch.normal.y };
      if (pinned (contact, motion) && surface.kind != CLIP_SURFACE_POINT)
        {
          double slip = pin_target (contact, motion, &surface, t) - touch.along;

          along = tangent (&surface, &touch);
          delta.x += slip * along.x;
          delta.y += slip * along.y;
        }
      if (round == 0)
        gap = hypot (delta.x, delta.y);
      if (hypot (delta.x, delta.y) < 1e-5)
        break;

      if (part_is_leg (contact->kind))
        clip_body_reach_leg (body, pose, contact->side,
                             (ClipVec) { p->ankle.x + delta.x, p->ankle.y + delta.y }, foot_angle);
      else
        clip_body_reach_arm (body, pose, contact->side,
                             (ClipVec) { p->wrist.x + delta.x, p->wrist.y + delta.y });
    }
  return gap;
}

/* Turns a foot whose sole rests on a surface to lie along it, about the ankle. */
static void
lay_sole_flat (const ClipMotion  *motion,
               const ClipContact *contact,
               ClipPose          *pose,
               ClipBody          *body)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
  ClipSurface surface;
  ClipTouch touch;

  if (contact->kind != CLIP_PART_SOLE || body->view != CLIP_VIEW_SIDE)
    return;
  clip_prop_surface (prop, body, &surface);
  touch = clip_touch_part (body, contact->kind, contact->side, &surface);
  clip_body_reach_leg (body, pose, contact->side, body->side[contact->side].ankle,
                       clip_body_sole_angle (touch.normal));
}

/* Lays a forearm that rests on a level surface along it, elbow and wrist down, pointing the
 * way it pointed; the upper arm swings to bring the elbow there. */
static void
lay_forearm_flat (const ClipMotion  *motion,
                  const ClipContact *contact,
                  ClipPose          *pose,
                  ClipBody          *body)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
  const ClipLimbPoints *p = &body->side[contact->side];
  ClipDisc elbow;
  ClipSurface surface;
  ClipTouch touch;
  double forearm, upper, height, reach, arm, best = G_MAXDOUBLE, chosen = 0;

  if (contact->kind != CLIP_PART_FOREARM || body->view != CLIP_VIEW_SIDE)
    return;
  clip_prop_surface (prop, body, &surface);
  touch = clip_touch_part (body, contact->kind, contact->side, &surface);
  if (touch.normal.y < 0.99 ||
      (surface.kind != CLIP_SURFACE_PLANE && surface.kind != CLIP_SURFACE_TOP))
    return;

  clip_body_part_discs (body, CLIP_PART_ELBOW, contact->side, &elbow);
  forearm = cos (atan2 (p->wrist.y - p->elbow.y, p->wrist.x - p->elbow.x)) >= 0 ? 0 : G_PI;
  upper = hypot (p->elbow.x - p->shoulder.x, p->elbow.y - p->shoulder.y);
  height = surface.level + elbow.r - p->shoulder.y;
  if (upper <= 0 || fabs (height) > upper)
    return;
  /* Of the two ways the upper arm can drop to that height, the one nearer where it was. */
  for (int k = 0; k < 2; k++)
    {
      double a = k == 0 ? asin (height / upper) : G_PI - asin (height / upper);
      double was = atan2 (p->elbow.y - p->shoulder.y, p->elbow.x - p->shoulder.x);
      double off = fabs (remainder (a - was, 2 * G_PI));

      if (off < best)
        {
          best = off;
          chosen = a;
        }
    }
  arm = chosen;
  reach = arm - body->thorax + G_PI;
  pose->side[contact->side].shoulder = remainder (reach * 180 / G_PI - 60, 360) + 60;
  pose->side[contact->side].elbow = remainder ((forearm - arm) * 180 / G_PI, 360);
  pose->side[contact->side].wrist = 0;
  clip_body_build (body->view, pose, body->origin, body);
}

/* How far above the top of a prop the part is, counting only what is over the top: FALSE when
 * none of it is, wherever it is in height. */
static gboolean
top_gap (const ClipBody     *body,
         const ClipContact  *contact,
         const ClipSurface  *surface,
         double             *gap)
{
  ClipDisc discs[CLIP_MAX_DISCS];
  int n = clip_body_part_discs (body, contact->kind, contact->side, discs);
  double lowest = G_MAXDOUBLE;

  for (int i = 0; i < n; i++)
    if (discs[i].c.x >= surface->x0 && discs[i].c.x <= surface->x1)
      lowest = MIN (lowest, discs[i].c.y - discs[i].r - surface->level);
  if (gap != NULL)
    *gap = lowest;
  return lowest < G_MAXDOUBLE;
}

/* Raises or lowers the whole body until the contact rests on its surface. */
static double
rest_on (const ClipMotion  *motion,
         const ClipContact *contact,
         ClipBody          *body)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
  double lift = 0;
  ClipSurface top;
  double gap;

  /* A top is rested on straight down, whatever the height the keyframes left the body at. */
  if (clip_prop_surface (prop, body, &top) == CLIP_SURFACE_TOP)
    {
      if (top_gap (body, contact, &top, &gap))
        {
          clip_body_translate (body, 0, -gap);
          lift -= gap;
        }
      return lift;
    }

  for (int round = 0; round < REACH_ROUNDS; round++)
    {
      ClipSurface surface;
      ClipTouch touch;
      double dy;

      clip_prop_surface (prop, body, &surface);
      touch = clip_touch_part (body, contact->kind, contact->side, &surface);
      if (touch.normal.y <= 0.5)
        break;
      dy = -touch.distance / touch.normal.y;
      clip_body_translate (body, 0, dy);
      lift += dy;
      if (fabs (dy) < 1e-6)
        break;
    }
  return lift;
}

static gboolean
bears_weight (const ClipMotion  *motion,
              const ClipContact *contact,
              const ClipBody    *body)
{
  const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
  ClipSurface surface;

  if (prop->attached)
    return FALSE;
  switch (clip_prop_surface (prop, body, &surface))
    {
    case CLIP_SURFACE_PLANE:
    case CLIP_SURFACE_CIRCLE:
      return clip_touch_part (body, contact->kind, contact->side, &surface).normal.y > 0.5;
    case CLIP_SURFACE_TOP:
      /* Over the top, not past its edge: an edge is nothing to rest the body on. */
      return top_gap (body, contact, &surface, NULL);
    default:
      return FALSE;
    }
}

/* The pose at t with every active contact held: the body rests on the first one that bears
 * weight, and each leg or arm with a contact of its own is bent to reach it. */
void
clip_motion_solve (const ClipMotion *motion,
                   double            t,
                   ClipPose         *pose,
                   ClipBody         *body,
                   ClipSolveReport  *report)
{
  ClipSolveReport local;

  if (report == NULL)
    report = &local;
  memset (report, 0, sizeof *report);
  report->resting = -1;
  for (int s = 0; s < CLIP_N_SIDES; s++)
    report->limb_contact[s][0] = report->limb_contact[s][1] = -1;

  if (motion->loop)
    t = fmod (fmod (t, motion->duration) + motion->duration, motion->duration);
  clip_motion_pose_at (motion, t, pose);
  clip_body_from_pose (motion, pose, body);

  for (guint i = 0; i < motion->contacts->len; i++)
    report->active[i] =
      clip_contact_active (&g_array_index (motion->contacts, ClipContact, i), motion, t);
  /* Flat feet first, so that the body rests on a sole as it will be drawn. */
  for (guint i = 0; i < motion->contacts->len; i++)
    if (report->active[i])
      lay_sole_flat (motion, &g_array_index (motion->contacts, ClipContact, i), pose, body);

  for (guint i = 0; i < motion->contacts->len; i++)
    {
      const ClipContact *contact = &g_array_index (motion->contacts, ClipContact, i);

      if (!report->active[i])
        continue;
      report->n_active++;
      if (report->resting < 0 && bears_weight (motion, contact, body))
        {
          report->resting = i;
          report->lift = rest_on (motion, contact, body);
        }
    }

  /* Forearms once the body rests, as their height comes from where the shoulders are. */
  for (guint i = 0; i < motion->contacts->len; i++)
    if (report->active[i])
      lay_forearm_flat (motion, &g_array_index (motion->contacts, ClipContact, i), pose, body);

  for (guint i = 0; i < motion->contacts->len; i++)
    {
      const ClipContact *contact = &g_array_index (motion->contacts, ClipContact, i);

      if (!report->active[i] || !clip_part_reaches (contact->kind))
        continue;
      report->gap[i] = reach_contact (motion, contact, t, pose, body);
      if (contact->kind != CLIP_PART_HEAD)
        report->limb_contact[contact->side][part_is_leg (contact->kind) ? 0 : 1] = i;
    }

  for (guint i = 0; i < motion->contacts->len; i++)
    {
      const ClipContact *contact = &g_array_index (motion->contacts, ClipContact, i);
      const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
      ClipSurface surface;
      ClipTouch touch;

      if (!report->active[i])
        continue;
      clip_prop_surface (prop, body, &surface);
      touch = clip_touch_part (body, contact->kind, contact->side, &surface);
      report->distance[i] = touch.distance;
      report->give[i] = surface.give;
      report->drift[i] = pinned (contact, motion) && surface.kind != CLIP_SURFACE_POINT
                           ? fabs (touch.along - pin_target (contact, motion, &surface, t))
                           : 0;
      if (fabs (touch.distance) <= CLIP_CONTACT_TOLERANCE && touch.normal.y > 0.5 &&
          surface.kind != CLIP_SURFACE_WALL && surface.kind != CLIP_SURFACE_POINT &&
          !prop->attached)
        report->supported = TRUE;
    }
}

/* Each pinned contact stays where it was put down: where its part is, solved, at the start of
 * its span. Later pins can change how an earlier moment solves, so it goes round twice. */
void
clip_motion_pin (ClipMotion *motion)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < motion->contacts->len; i++)
      {
        ClipContact *contact = &g_array_index (motion->contacts, ClipContact, i);
        const ClipProp *prop = &g_array_index (motion->props, ClipProp, contact->prop);
        ClipSurface surface;
        ClipPose pose;
        ClipBody body;

        contact->has_pin = FALSE;
        if (contact->slide || prop->attached || contact->kind == CLIP_PART_HEAD)
          continue;
        clip_motion_solve (motion, contact->from, &pose, &body, NULL);
        if (clip_prop_surface (prop, &body, &surface) == CLIP_SURFACE_POINT)
          continue;
        contact->pin = clip_touch_part (&body, contact->kind, contact->side, &surface).along;
        contact->has_pin = TRUE;
      }
}
