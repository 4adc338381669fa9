/* clipgen-render.c: draws one moment of a clip with cairo: props, figure, muscles, cues.
 * World units are metres, y up, the floor at y = 0; the camera maps them to pixels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-figure.h"
#include "clipgen-render.h"

#define H CLIP_FIGURE_HEIGHT

typedef struct
{
  double r;
  double g;
  double b;
} Colour;

/* Warm greys for the body, so that the cool blue and the orange muscles stand out on it;
 * the far side is darker, as it would be in shade. Props keep to greens and browns. */
static const Colour near_fill = { 0x8E / 255.0, 0x89 / 255.0, 0x83 / 255.0 };
static const Colour far_fill = { 0x63 / 255.0, 0x5E / 255.0, 0x59 / 255.0 };
static const Colour hair = { 0x4A / 255.0, 0x43 / 255.0, 0x3E / 255.0 };
static const Colour ink = { 0x2B / 255.0, 0x28 / 255.0, 0x25 / 255.0 };
static const Colour sky_top = { 0xF5 / 255.0, 0xF6 / 255.0, 0xF7 / 255.0 };
static const Colour sky_bottom = { 0xE4 / 255.0, 0xE8 / 255.0, 0xEC / 255.0 };
static const Colour ground = { 0xCC / 255.0, 0xD2 / 255.0, 0xD8 / 255.0 };
static const Colour ground_edge = { 0x86 / 255.0, 0x91 / 255.0, 0x9C / 255.0 };
static const Colour wood = { 0xB5 / 255.0, 0x96 / 255.0, 0x72 / 255.0 };
static const Colour wall_fill = { 0xD3 / 255.0, 0xD8 / 255.0, 0xDD / 255.0 };
static const Colour mat_fill = { 0x6B / 255.0, 0x94 / 255.0, 0x8A / 255.0 };
static const Colour roller_fill = { 0x7F / 255.0, 0xA3 / 255.0, 0x7C / 255.0 };
static const Colour ball_fill = { 0x9D / 255.0, 0xB8 / 255.0, 0x9A / 255.0 };
static const Colour iron = { 0x3A / 255.0, 0x3D / 255.0, 0x42 / 255.0 };
static const Colour cork = { 0xC2 / 255.0, 0xA8 / 255.0, 0x6E / 255.0 };
static const Colour band_fill = { 0x3E / 255.0, 0x8E / 255.0, 0x5E / 255.0 };
static const Colour towel_fill = { 0xE6 / 255.0, 0xDA / 255.0, 0xC0 / 255.0 };
static const Colour shoe_fill = { 0x55 / 255.0, 0x60 / 255.0, 0x6C / 255.0 };

typedef struct
{
  const ClipMotion *motion;
  cairo_t          *cr;
  double            t;
  double            pixel;  /* one pixel in metres */
  ClipBody          body;
} Scene;

static void
set_colour (cairo_t      *cr,
            const Colour *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_colour_alpha (cairo_t      *cr,
                  const Colour *c,
                  double        alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

static void
path_capsule (cairo_t *cr,
              ClipVec  a,
              double   ra,
              ClipVec  b,
              double   rb)
{
  double dx = b.x - a.x, dy = b.y - a.y;
  double d = hypot (dx, dy);
  double theta, alpha;

  cairo_new_sub_path (cr);
  if (d <= fabs (ra - rb) + 1e-6)
    {
      if (ra >= rb)
        cairo_arc (cr, a.x, a.y, ra, 0, 2 * G_PI);
      else
        cairo_arc (cr, b.x, b.y, rb, 0, 2 * G_PI);
      return;
    }
  theta = atan2 (dy, dx);
  alpha = asin ((ra - rb) / d);
  cairo_arc (cr, a.x, a.y, ra, theta + G_PI / 2 + alpha, theta + 3 * G_PI / 2 - alpha);
  cairo_arc (cr, b.x, b.y, rb, theta - G_PI / 2 - alpha, theta + G_PI / 2 + alpha);
  cairo_close_path (cr);
}

static void
path_polygon (cairo_t       *cr,
              const ClipVec *points,
              int            n)
{
  cairo_new_sub_path (cr);
  for (int i = 0; i < n; i++)
    cairo_line_to (cr, points[i].x, points[i].y);
  cairo_close_path (cr);
}

/* Outline first and fill over it: overlapping parts of one limb merge without seams. */
static void
paint_shape (Scene        *scene,
             const Colour *fill)
{
  cairo_t *cr = scene->cr;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_colour (cr, &ink);
  cairo_set_line_width (cr, 2.2 * scene->pixel);
  cairo_stroke_preserve (cr);
  set_colour (cr, fill);
  cairo_fill (cr);
}

static void
path_foot (Scene   *scene,
           ClipSide side)
{
  ClipVec outline[8];

  clip_body_foot_outline (&scene->body, side, outline);
  path_polygon (scene->cr, outline, 8);
}

static void
draw_leg (Scene   *scene,
          ClipSide side)
{
  const ClipLimbPoints *p = &scene->body.side[side];
  gboolean front = scene->body.view == CLIP_VIEW_FRONT;

  path_capsule (scene->cr, p->hip, 0.045 * H, p->knee, (front ? 0.031 : 0.028) * H);
  path_capsule (scene->cr, p->knee, (front ? 0.031 : 0.030) * H, p->ankle,
                (front ? 0.020 : 0.018) * H);
  path_foot (scene, side);
  paint_shape (scene, side == CLIP_SIDE_NEAR ? &near_fill : &far_fill);
}

static void
draw_arm (Scene   *scene,
          ClipSide side)
{
  const ClipLimbPoints *p = &scene->body.side[side];

  path_capsule (scene->cr, p->shoulder, 0.026 * H, p->elbow, 0.021 * H);
  path_capsule (scene->cr, p->elbow, 0.021 * H, p->wrist, 0.016 * H);
  path_capsule (scene->cr, p->wrist, 0.017 * H, p->hand, 0.014 * H);
  paint_shape (scene, side == CLIP_SIDE_NEAR ? &near_fill : &far_fill);
}

static void
path_head (Scene *scene)
{
  cairo_t *cr = scene->cr;
  const ClipBody *body = &scene->body;

  cairo_save (cr);
  cairo_translate (cr, body->head.x, body->head.y);
  cairo_rotate (cr, body->head_angle);
  cairo_scale (cr, 0.064 * H, 0.055 * H);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

static void
draw_head (Scene *scene)
{
  cairo_t *cr = scene->cr;
  const ClipBody *body = &scene->body;
  double a = body->head_angle;
  gboolean side = body->view == CLIP_VIEW_SIDE;

  if (side)
    {
      /* The nose says which way the figure faces. */
      double front = a - G_PI / 2;
      ClipVec nose = { body->head.x + cos (front) * 0.056 * H - cos (a) * 0.008 * H,
                       body->head.y + sin (front) * 0.056 * H - sin (a) * 0.008 * H };

      cairo_new_path (cr);
      cairo_arc (cr, nose.x, nose.y, 0.011 * H, 0, 2 * G_PI);
      paint_shape (scene, &near_fill);
    }

  cairo_new_path (cr);
  path_head (scene);
  paint_shape (scene, &near_fill);

  cairo_save (cr);
  path_head (scene);
  cairo_clip (cr);
  cairo_new_path (cr);
  if (side)
    {
      double back = a + G_PI / 2;
      cairo_arc (cr, body->head.x + cos (back) * 0.030 * H + cos (a) * 0.026 * H,
                 body->head.y + sin (back) * 0.030 * H + sin (a) * 0.026 * H, 0.060 * H, 0,
                 2 * G_PI);
    }
  else
    cairo_arc (cr, body->head.x + cos (a) * 0.040 * H, body->head.y + sin (a) * 0.040 * H,
               0.050 * H, 0, 2 * G_PI);
  set_colour (cr, &hair);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  path_head (scene);
  set_colour (cr, &ink);
  cairo_set_line_width (cr, 1.1 * scene->pixel);
  cairo_stroke (cr);
}

static void
draw_trunk (Scene *scene)
{
  cairo_t *cr = scene->cr;
  const ClipBody *body = &scene->body;

  cairo_new_path (cr);
  if (body->view == CLIP_VIEW_SIDE)
    {
      double thorax = atan2 (body->shoulder.y - body->waist.y, body->shoulder.x - body->waist.x);
      ClipVec chest_top = { body->shoulder.x - cos (thorax) * 0.022 * H,
                            body->shoulder.y - sin (thorax) * 0.022 * H };

      path_capsule (cr, body->neck, 0.028 * H, body->head, 0.030 * H);
      path_capsule (cr, body->hip, 0.062 * H, body->waist, 0.056 * H);
      path_capsule (cr, body->waist, 0.056 * H, chest_top, 0.060 * H * body->chest);
    }
  else
    {
      const ClipLimbPoints *n = &body->side[CLIP_SIDE_NEAR];
      const ClipLimbPoints *f = &body->side[CLIP_SIDE_FAR];
      ClipVec outline[4] = { f->hip, n->hip, n->shoulder, f->shoulder };

      path_capsule (cr, body->neck, 0.030 * H, body->head, 0.030 * H);
      path_capsule (cr, f->hip, 0.060 * H, n->hip, 0.060 * H);
      path_capsule (cr, f->shoulder, 0.040 * H, n->shoulder, 0.040 * H);
      path_polygon (cr, outline, 4);
    }
  paint_shape (scene, &near_fill);
}

static ClipVec
offset_along (ClipVec from,
              ClipVec along_unit,
              double  distance_along,
              ClipVec across_unit,
              double  distance_across)
{
  return (ClipVec) { from.x + along_unit.x * distance_along + across_unit.x * distance_across,
                     from.y + along_unit.y * distance_along + across_unit.y * distance_across };
}

/* A spindle between two points, bulging `outer` to one side and `inner` to the other. */
static void
path_spindle (cairo_t *cr,
              ClipVec  from,
              ClipVec  to,
              ClipVec  across,
              double   outer,
              double   inner)
{
  ClipVec third = { (to.x - from.x) / 3, (to.y - from.y) / 3 };

  cairo_new_path (cr);
  cairo_move_to (cr, from.x, from.y);
  cairo_curve_to (cr, from.x + third.x + across.x * outer, from.y + third.y + across.y * outer,
                  from.x + 2 * third.x + across.x * outer,
                  from.y + 2 * third.y + across.y * outer, to.x, to.y);
  cairo_curve_to (cr, from.x + 2 * third.x - across.x * inner,
                  from.y + 2 * third.y - across.y * inner, from.x + third.x - across.x * inner,
                  from.y + third.y - across.y * inner, from.x, from.y);
  cairo_close_path (cr);
}

static void
paint_muscle (Scene           *scene,
              HammyMuscleState state)
{
  const HammyMuscleStateInfo *info = &hammy_muscle_states[state];
  cairo_t *cr = scene->cr;

  cairo_set_source_rgb (cr, info->red, info->green, info->blue);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, 0.75);
  cairo_set_line_width (cr, 1.3 * scene->pixel);
  cairo_stroke (cr);
}

/* The hamstring runs from the sit bone behind the hip to just below the back of the knee;
 * the quadriceps from above the front of the hip to the kneecap. */
static void
draw_muscles (Scene   *scene,
              ClipSide side)
{
  const ClipMotion *motion = scene->motion;
  const ClipLimbPoints *p = &scene->body.side[side];
  double length = hypot (p->knee.x - p->hip.x, p->knee.y - p->hip.y);
  ClipVec d = { (p->knee.x - p->hip.x) / length, (p->knee.y - p->hip.y) / length };
  ClipVec back = { d.y, -d.x };
  ClipVec front = { -d.y, d.x };
  gboolean hamstring = motion->working[side];
  gboolean quadriceps = hamstring && motion->show_quadriceps;

  if (scene->body.view == CLIP_VIEW_FRONT)
    {
      /* Seen from the front the hamstring is behind the thigh: a band down its middle. */
      if (hamstring)
        {
          path_spindle (scene->cr, offset_along (p->hip, d, 0.02 * H, back, 0),
                        offset_along (p->knee, d, -0.01 * H, back, 0), back, 0.022 * H,
                        0.022 * H);
          paint_muscle (scene, clip_motion_muscle_state (motion, scene->t, side, FALSE));
        }
      return;
    }

  if (hamstring)
    {
      path_spindle (scene->cr, offset_along (p->hip, d, 0.030 * H, back, 0.034 * H),
                    offset_along (p->knee, d, 0.030 * H, back, 0.016 * H), back, 0.012 * H,
                    0.030 * H);
      paint_muscle (scene, clip_motion_muscle_state (motion, scene->t, side, FALSE));
    }
  if (quadriceps)
    {
      path_spindle (scene->cr, offset_along (p->hip, d, -0.010 * H, front, 0.030 * H),
                    offset_along (p->knee, d, 0, front, 0.026 * H), front, 0.012 * H,
                    0.026 * H);
      paint_muscle (scene, clip_motion_muscle_state (motion, scene->t, side, TRUE));
    }
}

static void
draw_cue (Scene         *scene,
          const ClipCue *cue)
{
  cairo_t *cr = scene->cr;
  double fade = MIN (MIN (scene->t - cue->from, cue->to - scene->t) / 0.3, 1);
  double pulse = 0.5 + 0.5 * sin (scene->t * 2 * G_PI * 1.2);
  double a = cue->angle * G_PI / 180;
  ClipVec at = clip_body_point (&scene->body, cue->at);
  double length = 0.11 + 0.02 * pulse;
  /* The arrow points at the body part, showing the way it pushes or pulls. */
  ClipVec tip = { at.x - cos (a) * 0.035, at.y - sin (a) * 0.035 };
  ClipVec tail = { tip.x - cos (a) * length, tip.y - sin (a) * length };
  double wing = 0.035;

  if (scene->t < cue->from || scene->t > cue->to)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, 0.85 * fade);
  cairo_set_line_width (cr, 3.0 * scene->pixel);
  cairo_move_to (cr, tail.x, tail.y);
  cairo_line_to (cr, tip.x, tip.y);
  cairo_stroke (cr);
  cairo_move_to (cr, tip.x + cos (a + G_PI * 0.8) * wing, tip.y + sin (a + G_PI * 0.8) * wing);
  cairo_line_to (cr, tip.x, tip.y);
  cairo_line_to (cr, tip.x + cos (a - G_PI * 0.8) * wing, tip.y + sin (a - G_PI * 0.8) * wing);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static ClipVec
prop_position (Scene          *scene,
               const ClipProp *prop)
{
  ClipVec at;

  if (!prop->attached)
    return (ClipVec) { prop->x, prop->y };
  at = clip_body_point (&scene->body, prop->attach);
  return (ClipVec) { at.x + prop->x, prop->follow_y ? at.y + prop->y : prop->y };
}

static void
path_rounded_box (cairo_t *cr,
                  double   x0,
                  double   y0,
                  double   x1,
                  double   y1,
                  double   radius)
{
  radius = MIN (radius, MIN (x1 - x0, y1 - y0) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x1 - radius, y0 + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x1 - radius, y1 - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x0 + radius, y1 - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x0 + radius, y0 + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
fill_and_edge (Scene        *scene,
               const Colour *fill)
{
  set_colour (scene->cr, fill);
  cairo_fill_preserve (scene->cr);
  set_colour_alpha (scene->cr, &ink, 0.55);
  cairo_set_line_width (scene->cr, 1.2 * scene->pixel);
  cairo_stroke (scene->cr);
}

static void
draw_floor (Scene          *scene,
            const ClipProp *prop)
{
  cairo_t *cr = scene->cr;
  const ClipMotion *motion = scene->motion;

  cairo_rectangle (cr, -50, -5, 100, 5);
  set_colour (cr, &ground);
  cairo_fill (cr);
  cairo_move_to (cr, -50, 0);
  cairo_line_to (cr, 50, 0);
  set_colour (cr, &ground_edge);
  cairo_set_line_width (cr, 2 * scene->pixel);
  cairo_stroke (cr);

  if (prop->scroll != 0)
    {
      /* Marks that move with the ground; their spacing divides one loop's travel exactly. */
      double travel = fabs (prop->scroll) * motion->duration;
      double spacing = travel / MAX (1, round (travel / 0.35));
      double shift = fmod (prop->scroll * scene->t, spacing);

      set_colour_alpha (cr, &ground_edge, 0.6);
      for (double x = -6 - shift; x < 6; x += spacing)
        {
          cairo_move_to (cr, x, -0.02);
          cairo_line_to (cr, x - 0.06, -0.09);
        }
      cairo_set_line_width (cr, 2 * scene->pixel);
      cairo_stroke (cr);
    }
}

static void
draw_chair (Scene          *scene,
            const ClipProp *prop,
            ClipVec         at)
{
  cairo_t *cr = scene->cr;
  double w = prop->width, h = prop->height, leg = 0.035;
  double back = prop->facing_left ? at.x + w / 2 - leg : at.x - w / 2;

  cairo_rectangle (cr, at.x - w / 2, 0, leg, h);
  cairo_rectangle (cr, at.x + w / 2 - leg, 0, leg, h);
  cairo_rectangle (cr, back, h, leg, 0.45);
  fill_and_edge (scene, &wood);
  path_rounded_box (cr, at.x - w / 2 - 0.01, h - 0.04, at.x + w / 2 + 0.01, h, 0.012);
  fill_and_edge (scene, &wood);
  path_rounded_box (cr, back - 0.01, h + 0.2, back + leg + 0.01, h + 0.45, 0.012);
  fill_and_edge (scene, &wood);
}

static void
draw_prop (Scene          *scene,
           const ClipProp *prop)
{
  cairo_t *cr = scene->cr;
  ClipVec at = prop_position (scene, prop);
  double w = prop->width;

  cairo_new_path (cr);
  switch (prop->kind)
    {
    case CLIP_PROP_FLOOR:
      draw_floor (scene, prop);
      break;
    case CLIP_PROP_MAT:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + 0.012, 0.006);
      fill_and_edge (scene, &mat_fill);
      break;
    case CLIP_PROP_WALL:
      if (prop->facing_left)
        cairo_rectangle (cr, at.x, -0.02, 5, 6);
      else
        cairo_rectangle (cr, at.x - 5, -0.02, 5, 6);
      fill_and_edge (scene, &wall_fill);
      break;
    case CLIP_PROP_STEP:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + prop->height, 0.015);
      fill_and_edge (scene, &wood);
      break;
    case CLIP_PROP_TABLE:
      cairo_rectangle (cr, at.x - w / 2 + 0.04, at.y, 0.045, prop->height);
      cairo_rectangle (cr, at.x + w / 2 - 0.085, at.y, 0.045, prop->height);
      fill_and_edge (scene, &wood);
      path_rounded_box (cr, at.x - w / 2, at.y + prop->height - 0.045, at.x + w / 2,
                        at.y + prop->height, 0.01);
      fill_and_edge (scene, &wood);
      break;
    case CLIP_PROP_CHAIR:
      draw_chair (scene, prop, at);
      break;
    case CLIP_PROP_FOAM_ROLLER:
      cairo_arc (cr, at.x, at.y + w / 2, w / 2, 0, 2 * G_PI);
      fill_and_edge (scene, &roller_fill);
      cairo_arc (cr, at.x, at.y + w / 2, w / 4, 0, 2 * G_PI);
      set_colour_alpha (cr, &ink, 0.35);
      cairo_set_line_width (cr, 1.2 * scene->pixel);
      cairo_stroke (cr);
      break;
    case CLIP_PROP_BALL:
      cairo_arc (cr, at.x, at.y + w / 2, w / 2, 0, 2 * G_PI);
      fill_and_edge (scene, &ball_fill);
      cairo_arc (cr, at.x - w * 0.15, at.y + w * 0.65, w * 0.12, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.35);
      cairo_fill (cr);
      break;
    case CLIP_PROP_BLOCK:
      path_rounded_box (cr, at.x - w / 2, at.y - 0.05, at.x + w / 2, at.y + 0.05, 0.012);
      fill_and_edge (scene, &cork);
      break;
    case CLIP_PROP_DUMBBELL:
      /* Held across the body, a dumbbell is seen end-on: a weight plate round the hand. */
      cairo_arc (cr, at.x, at.y, 0.062, 0, 2 * G_PI);
      fill_and_edge (scene, &iron);
      cairo_arc (cr, at.x, at.y, 0.022, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.3);
      cairo_fill (cr);
      break;
    case CLIP_PROP_BAND:
      if (scene->body.view == CLIP_VIEW_FRONT)
        {
          const ClipLimbPoints *n = &scene->body.side[CLIP_SIDE_NEAR];
          const ClipLimbPoints *f = &scene->body.side[CLIP_SIDE_FAR];
          double k = 0.82;

          cairo_move_to (cr, f->hip.x + (f->knee.x - f->hip.x) * k,
                         f->hip.y + (f->knee.y - f->hip.y) * k);
          cairo_line_to (cr, n->hip.x + (n->knee.x - n->hip.x) * k,
                         n->hip.y + (n->knee.y - n->hip.y) * k);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          set_colour (cr, &band_fill);
          cairo_set_line_width (cr, 0.03);
          cairo_stroke (cr);
        }
      else
        {
          cairo_arc (cr, at.x, at.y, w, 0, 2 * G_PI);
          fill_and_edge (scene, &band_fill);
        }
      break;
    case CLIP_PROP_STRAP:
      cairo_arc (cr, at.x, at.y, w, 0, 2 * G_PI);
      fill_and_edge (scene, &band_fill);
      break;
    case CLIP_PROP_TOWEL:
      {
        double h = prop->height > 0 ? prop->height : 0.035;
        path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + h, h / 2.5);
        fill_and_edge (scene, &towel_fill);
      }
      break;
    case CLIP_PROP_SHOE:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + 0.09, 0.04);
      fill_and_edge (scene, &shoe_fill);
      break;
    case CLIP_N_PROPS:
    default:
      g_assert_not_reached ();
    }
}

/* Small things held by or worn on the body are drawn over the figure. */
static gboolean
prop_in_front (const ClipProp *prop)
{
  gboolean far = prop->attached &&
                 (prop->attach == CLIP_POINT_FAR_HAND || prop->attach == CLIP_POINT_FAR_ELBOW);

  return !far && (prop->kind == CLIP_PROP_DUMBBELL || prop->kind == CLIP_PROP_BAND ||
                  prop->kind == CLIP_PROP_STRAP || prop->kind == CLIP_PROP_BLOCK ||
                  prop->kind == CLIP_PROP_SHOE);
}

static void
draw_figure (Scene *scene)
{
  const ClipMotion *motion = scene->motion;

  cairo_new_path (scene->cr);
  if (scene->body.view == CLIP_VIEW_SIDE)
    {
      draw_arm (scene, CLIP_SIDE_FAR);
      cairo_new_path (scene->cr);
      draw_leg (scene, CLIP_SIDE_FAR);
      if (motion->working[CLIP_SIDE_FAR])
        draw_muscles (scene, CLIP_SIDE_FAR);
      draw_trunk (scene);
      draw_head (scene);
      cairo_new_path (scene->cr);
      draw_leg (scene, CLIP_SIDE_NEAR);
      draw_muscles (scene, CLIP_SIDE_NEAR);
      cairo_new_path (scene->cr);
      draw_arm (scene, CLIP_SIDE_NEAR);
    }
  else
    {
      for (int s = CLIP_SIDE_FAR; s >= CLIP_SIDE_NEAR; s--)
        {
          cairo_new_path (scene->cr);
          draw_leg (scene, s);
          draw_muscles (scene, s);
        }
      draw_trunk (scene);
      draw_head (scene);
      for (int s = CLIP_SIDE_FAR; s >= CLIP_SIDE_NEAR; s--)
        {
          cairo_new_path (scene->cr);
          draw_arm (scene, s);
        }
    }
}

void
clip_render_frame (const ClipMotion *motion,
                   double            t,
                   cairo_t          *cr,
                   int               width,
                   int               height)
{
  Scene scene = { .motion = motion, .cr = cr, .t = t };
  double scale = height / motion->camera_height;
  cairo_pattern_t *sky;
  ClipPose pose;

  clip_motion_pose_at (motion, t, &pose);
  clip_body_from_pose (motion, &pose, &scene.body);
  scene.pixel = 1.0 / scale;

  cairo_save (cr);
  sky = cairo_pattern_create_linear (0, 0, 0, height);
  cairo_pattern_add_color_stop_rgb (sky, 0, sky_top.r, sky_top.g, sky_top.b);
  cairo_pattern_add_color_stop_rgb (sky, 1, sky_bottom.r, sky_bottom.g, sky_bottom.b);
  cairo_set_source (cr, sky);
  cairo_paint (cr);
  cairo_pattern_destroy (sky);

  cairo_translate (cr, width / 2.0, height / 2.0);
  cairo_scale (cr, scale, -scale);
  cairo_translate (cr, -motion->camera_x, -motion->camera_y);

  for (guint i = 0; i < motion->props->len; i++)
    {
      const ClipProp *prop = &g_array_index (motion->props, ClipProp, i);
      if (!prop_in_front (prop))
        draw_prop (&scene, prop);
    }
  draw_figure (&scene);
  for (guint i = 0; i < motion->props->len; i++)
    {
      const ClipProp *prop = &g_array_index (motion->props, ClipProp, i);
      if (prop_in_front (prop))
        draw_prop (&scene, prop);
    }
  for (guint i = 0; i < motion->cues->len; i++)
    draw_cue (&scene, &g_array_index (motion->cues, ClipCue, i));
  cairo_restore (cr);
}
