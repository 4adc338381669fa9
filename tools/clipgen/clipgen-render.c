/* clipgen-render.c: draws one moment of a clip with cairo: props, figure, muscles, cues.
 * World units are metres, y up, the floor at y = 0; the camera maps them to pixels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-contact.h"
#include "clipgen-figure.h"
#include "clipgen-render.h"
#include "hammy-muscle-paint.h"

#define H CLIP_FIGURE_HEIGHT

typedef struct
{
  double r;
  double g;
  double b;
} Colour;

#define RGB(hex) \
  { ((hex) >> 16 & 0xFF) / 255.0, ((hex) >> 8 & 0xFF) / 255.0, ((hex) & 0xFF) / 255.0 }

/* Warm greys for the body, so that the muscles' colours stand out on it; the far side is darker,
 * as it would be in shade. Props keep to greens and browns. The dark stage keeps the figure a
 * little lighter than its surroundings, so it reads without glaring in a dark window. */
typedef struct
{
  Colour sky_top;
  Colour sky_bottom;
  Colour ground;
  Colour ground_edge;
  Colour near_fill;
  Colour far_fill;
  Colour partner_near;
  Colour partner_far;
  Colour hair;
  Colour ink;
  Colour wood;
  Colour wall;
  Colour mat;
  Colour roller;
  Colour ball;
  Colour iron;
  Colour cork;
  Colour band;
  Colour towel;
  Colour shoe;
  Colour cue;
  Colour halo;
} Palette;

static const Palette palettes[] = {
  [CLIP_STAGE_LIGHT] = {
    RGB (0xF5F6F7), RGB (0xE4E8EC), RGB (0xCCD2D8), RGB (0x86919C),
    RGB (0x8E8983), RGB (0x635E59), RGB (0xB7C0C9), RGB (0x98A2AC),
    RGB (0x4A433E), RGB (0x2B2825),
    RGB (0xB59672), RGB (0xD3D8DD), RGB (0x6B948A), RGB (0x7FA37C), RGB (0x9DB89A),
    RGB (0x3A3D42), RGB (0xC2A86E), RGB (0x3E8E5E), RGB (0xE6DAC0), RGB (0x55606C),
    RGB (0x2B2825), RGB (0xFFFFFF),
  },
  [CLIP_STAGE_DARK] = {
    RGB (0x2E3136), RGB (0x222428), RGB (0x3A3F46), RGB (0x7B8590),
    RGB (0xA6A19A), RGB (0x7A756F), RGB (0x5D6770), RGB (0x4E5760),
    RGB (0x3A332F), RGB (0x15130F),
    RGB (0x8C6E4E), RGB (0x3B4148), RGB (0x4F7A70), RGB (0x5E8A5B), RGB (0x6E8F6B),
    RGB (0x5A5F66), RGB (0xA08A58), RGB (0x3E8E5E), RGB (0x8F8676), RGB (0x6A7682),
    RGB (0xF2F0ED), RGB (0x15130F),
  },
};

typedef struct
{
  const ClipMotion *motion;
  const Palette    *palette;
  cairo_t          *cr;
  double            t;
  double            pixel;  /* one pixel in metres */
  ClipBody          body;
  ClipSolveReport   report;
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
  set_colour (cr, &scene->palette->ink);
  cairo_set_line_width (cr, 2.2 * scene->pixel);
  cairo_stroke_preserve (cr);
  set_colour (cr, fill);
  cairo_fill (cr);
}

static void
path_foot (const ClipBody *body,
           cairo_t        *cr,
           ClipSide        side)
{
  ClipVec outline[8];

  clip_body_foot_outline (body, side, outline);
  path_polygon (cr, outline, 8);
}

static void
draw_leg (Scene          *scene,
          const ClipBody *body,
          ClipSide        side,
          const Colour   *fill)
{
  const ClipLimbPoints *p = &body->side[side];
  gboolean front = body->view == CLIP_VIEW_FRONT;

  cairo_new_path (scene->cr);
  path_capsule (scene->cr, p->hip, 0.045 * H, p->knee, (front ? 0.031 : 0.028) * H);
  path_capsule (scene->cr, p->knee, (front ? 0.031 : 0.030) * H, p->ankle,
                (front ? 0.020 : 0.018) * H);
  path_foot (body, scene->cr, side);
  paint_shape (scene, fill);
}

static void
draw_arm (Scene          *scene,
          const ClipBody *body,
          ClipSide        side,
          const Colour   *fill)
{
  const ClipLimbPoints *p = &body->side[side];

  cairo_new_path (scene->cr);
  path_capsule (scene->cr, p->shoulder, 0.026 * H, p->elbow, 0.021 * H);
  path_capsule (scene->cr, p->elbow, 0.021 * H, p->wrist, 0.016 * H);
  path_capsule (scene->cr, p->wrist, 0.017 * H, p->hand, 0.014 * H);
  paint_shape (scene, fill);
}

static void
path_head (const ClipBody *body,
           cairo_t        *cr)
{
  cairo_save (cr);
  cairo_translate (cr, body->head.x, body->head.y);
  cairo_rotate (cr, body->head_angle);
  cairo_scale (cr, 0.064 * H, 0.055 * H);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

static void
draw_head (Scene          *scene,
           const ClipBody *body,
           const Colour   *fill)
{
  cairo_t *cr = scene->cr;
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
      paint_shape (scene, fill);
    }

  cairo_new_path (cr);
  path_head (body, cr);
  paint_shape (scene, fill);

  cairo_save (cr);
  path_head (body, cr);
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
  set_colour (cr, &scene->palette->hair);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_new_path (cr);
  path_head (body, cr);
  set_colour (cr, &scene->palette->ink);
  cairo_set_line_width (cr, 1.1 * scene->pixel);
  cairo_stroke (cr);
}

/* From the side the trunk is a tube along the spine's points, so a rounded or arched back
 * curves along its length. */
static void
draw_trunk (Scene          *scene,
            const ClipBody *body,
            const Colour   *fill)
{
  cairo_t *cr = scene->cr;

  cairo_new_path (cr);
  if (body->view == CLIP_VIEW_SIDE)
    {
      ClipVec chest_top = { body->shoulder.x - cos (body->thorax) * 0.022 * H,
                            body->shoulder.y - sin (body->thorax) * 0.022 * H };
      int last = CLIP_SPINE_POINTS - 1;

      path_capsule (cr, body->neck, 0.028 * H, body->head, 0.030 * H);
      path_capsule (cr, body->hip, 0.062 * H, body->waist, 0.056 * H);
      for (int i = 1; i < last; i++)
        {
          double ra = 0.056 + (0.060 * body->chest - 0.056) * (i - 1) / (last - 1.0);
          double rb = 0.056 + (0.060 * body->chest - 0.056) * i / (last - 1.0);
          ClipVec to = i + 1 == last ? chest_top : body->spine[i + 1];

          path_capsule (cr, body->spine[i], ra * H, to, rb * H);
        }
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
  paint_shape (scene, fill);
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
paint_muscle (Scene      *scene,
              ClipSide    side,
              HammyMuscle muscle,
              ClipVec     from,
              ClipVec     to)
{
  double length = MAX (hypot (to.x - from.x, to.y - from.y), 1e-9);

  hammy_muscle_paint (scene->cr, clip_motion_muscle_state (scene->motion, scene->t, side, muscle),
                      (to.x - from.x) / length, (to.y - from.y) / length, scene->pixel);
}

/* The hamstring runs from the sit bone behind the hip to just below the back of the knee; the
 * quadriceps from above the front of the hip to the kneecap; gluteus medius fans from the rim
 * of the pelvis down to the top of the thigh bone, at the side of the hip. */
static void
draw_muscles (Scene   *scene,
              ClipSide side)
{
  const ClipMotion *motion = scene->motion;
  const ClipBody *body = &scene->body;
  const ClipLimbPoints *p = &body->side[side];
  double length = MAX (hypot (p->knee.x - p->hip.x, p->knee.y - p->hip.y), 1e-9);
  ClipVec d = { (p->knee.x - p->hip.x) / length, (p->knee.y - p->hip.y) / length };
  ClipVec back = { d.y, -d.x };
  ClipVec front = { -d.y, d.x };

  if (!motion->working[side])
    return;

  if (body->view == CLIP_VIEW_FRONT)
    {
      /* From the front: the quadriceps down the middle of the thigh, gluteus medius on the
       * outer side of the pelvis above the hip joint. */
      double sign = side == CLIP_SIDE_NEAR ? 1 : -1;
      double turn = body->axis - G_PI / 2;
      ClipVec out = { cos (turn) * sign, sin (turn) * sign };
      ClipVec up = { -sin (turn), cos (turn) };

      if (motion->shown[HAMMY_MUSCLE_QUADRICEPS])
        {
          ClipVec a = offset_along (p->hip, d, 0.03 * H, back, 0);
          ClipVec b = offset_along (p->knee, d, -0.015 * H, back, 0);

          path_spindle (scene->cr, a, b, back, 0.022 * H, 0.022 * H);
          paint_muscle (scene, side, HAMMY_MUSCLE_QUADRICEPS, a, b);
        }
      if (motion->shown[HAMMY_MUSCLE_HIP_ABDUCTORS])
        {
          ClipVec a = offset_along (p->hip, out, 0.020 * H, up, 0.075 * H);
          ClipVec b = offset_along (p->hip, out, 0.034 * H, up, -0.030 * H);

          path_spindle (scene->cr, a, b, out, 0.026 * H, 0.010 * H);
          paint_muscle (scene, side, HAMMY_MUSCLE_HIP_ABDUCTORS, a, b);
        }
      return;
    }

  if (motion->shown[HAMMY_MUSCLE_HAMSTRING])
    {
      ClipVec a = offset_along (p->hip, d, 0.030 * H, back, 0.034 * H);
      ClipVec b = offset_along (p->knee, d, 0.030 * H, back, 0.016 * H);

      path_spindle (scene->cr, a, b, back, 0.012 * H, 0.030 * H);
      paint_muscle (scene, side, HAMMY_MUSCLE_HAMSTRING, a, b);
    }
  if (motion->shown[HAMMY_MUSCLE_QUADRICEPS])
    {
      ClipVec a = offset_along (p->hip, d, -0.010 * H, front, 0.030 * H);
      ClipVec b = offset_along (p->knee, d, 0, front, 0.026 * H);

      path_spindle (scene->cr, a, b, front, 0.012 * H, 0.026 * H);
      paint_muscle (scene, side, HAMMY_MUSCLE_QUADRICEPS, a, b);
    }
  if (motion->shown[HAMMY_MUSCLE_HIP_ABDUCTORS])
    {
      /* From the side, gluteus medius covers the hip joint from the waist down. */
      ClipVec up = { cos (body->axis), sin (body->axis) };
      ClipVec a = offset_along (p->hip, up, 0.070 * H, d, 0);
      ClipVec b = offset_along (p->hip, d, 0.035 * H, up, 0);
      ClipVec across = { -(b.y - a.y), b.x - a.x };
      double l = MAX (hypot (across.x, across.y), 1e-9);

      across = (ClipVec) { across.x / l, across.y / l };
      path_spindle (scene->cr, a, b, across, 0.024 * H, 0.024 * H);
      paint_muscle (scene, side, HAMMY_MUSCLE_HIP_ABDUCTORS, a, b);
    }
}

/* An arrow that shows an effort where nothing moves: it points at the body part in the
 * direction it pushes or pulls, from open space, with a halo so it reads over a limb. */
static void
draw_cue (Scene         *scene,
          const ClipCue *cue)
{
  cairo_t *cr = scene->cr;
  double fade = MIN (MIN (scene->t - cue->from, cue->to - scene->t) / 0.3, 1);
  double pulse = 0.5 + 0.5 * sin (scene->t * 2 * G_PI * 1.2);
  double a = cue->angle * G_PI / 180;
  ClipVec at = clip_body_point (&scene->body, cue->at);
  double length = 0.15 + 0.03 * pulse;
  ClipVec tip = { at.x + cue->offset_x - cos (a) * 0.03, at.y + cue->offset_y - sin (a) * 0.03 };
  ClipVec tail = { tip.x - cos (a) * length, tip.y - sin (a) * length };
  double wing = 0.045;

  if (scene->t < cue->from || scene->t > cue->to)
    return;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (int pass = 0; pass < 2; pass++)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, tail.x, tail.y);
      cairo_line_to (cr, tip.x, tip.y);
      cairo_move_to (cr, tip.x + cos (a + G_PI * 0.8) * wing, tip.y + sin (a + G_PI * 0.8) * wing);
      cairo_line_to (cr, tip.x, tip.y);
      cairo_line_to (cr, tip.x + cos (a - G_PI * 0.8) * wing, tip.y + sin (a - G_PI * 0.8) * wing);
      if (pass == 0)
        {
          set_colour_alpha (cr, &scene->palette->halo, 0.9 * fade);
          cairo_set_line_width (cr, 8.0 * scene->pixel);
        }
      else
        {
          set_colour_alpha (cr, &scene->palette->cue, fade);
          cairo_set_line_width (cr, 4.0 * scene->pixel);
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
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
  set_colour_alpha (scene->cr, &scene->palette->ink, 0.55);
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
  set_colour (cr, &scene->palette->ground);
  cairo_fill (cr);
  cairo_move_to (cr, -50, 0);
  cairo_line_to (cr, 50, 0);
  set_colour (cr, &scene->palette->ground_edge);
  cairo_set_line_width (cr, 2 * scene->pixel);
  cairo_stroke (cr);

  if (prop->scroll != 0)
    {
      /* Marks that move with the ground; their spacing divides one loop's travel exactly. */
      double travel = fabs (prop->scroll) * motion->duration;
      double spacing = travel / MAX (1, round (travel / 0.35));
      double shift = fmod (prop->scroll * scene->t, spacing);

      set_colour_alpha (cr, &scene->palette->ground_edge, 0.6);
      for (double x = -6 + shift; x < 6; x += spacing)
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
  fill_and_edge (scene, &scene->palette->wood);
  path_rounded_box (cr, at.x - w / 2 - 0.01, h - 0.04, at.x + w / 2 + 0.01, h, 0.012);
  fill_and_edge (scene, &scene->palette->wood);
  path_rounded_box (cr, back - 0.01, h + 0.2, back + leg + 0.01, h + 0.45, 0.012);
  fill_and_edge (scene, &scene->palette->wood);
}

/* A helper kneeling behind the figure, leaning in, both hands pressing on its ankles: drawn
 * as a second, paler figure so the eye stays on the one doing the exercise. */
static void
draw_partner (Scene  *scene,
              ClipVec hands)
{
  ClipPose pose = {
    .base = 90, .tilt = 45, .trunk = 12, .neck = 20,
    .side = {
      { .hip = 45, .knee = 90, .ankle = -45, .shoulder = 60, .elbow = 10 },
      { .hip = 45, .knee = 90, .ankle = -45, .shoulder = 60, .elbow = 10 },
    },
  };
  ClipBody partner;

  /* Kneeling so that the shoulders come out above the hands; then the arms reach down. */
  clip_body_build (CLIP_VIEW_SIDE, &pose, (ClipVec) { hands.x - 0.33, 0 }, &partner);
  clip_body_translate (&partner, 0, -clip_body_lowest (&partner));
  for (int s = 0; s < CLIP_N_SIDES; s++)
    {
      const ClipLimbPoints *p = &partner.side[s];
      double dx = hands.x - p->shoulder.x, dy = hands.y - p->shoulder.y;
      double d = MAX (hypot (dx, dy), 1e-9);

      /* The hand lies along the forearm, so the wrist stops a hand's length short. */
      clip_body_reach_arm (&partner, &pose, s,
                           (ClipVec) { hands.x - dx / d * 0.06 * H, hands.y - dy / d * 0.06 * H });
    }

  draw_arm (scene, &partner, CLIP_SIDE_FAR, &scene->palette->partner_far);
  draw_leg (scene, &partner, CLIP_SIDE_FAR, &scene->palette->partner_far);
  draw_trunk (scene, &partner, &scene->palette->partner_near);
  draw_head (scene, &partner, &scene->palette->partner_near);
  draw_leg (scene, &partner, CLIP_SIDE_NEAR, &scene->palette->partner_near);
  draw_arm (scene, &partner, CLIP_SIDE_NEAR, &scene->palette->partner_near);
}

static void
draw_prop (Scene          *scene,
           const ClipProp *prop)
{
  cairo_t *cr = scene->cr;
  const Palette *palette = scene->palette;
  ClipVec at = clip_prop_position (prop, &scene->body);
  double w = prop->width;

  cairo_new_path (cr);
  switch (prop->kind)
    {
    case CLIP_PROP_FLOOR:
      draw_floor (scene, prop);
      break;
    case CLIP_PROP_MAT:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + 0.012, 0.006);
      fill_and_edge (scene, &palette->mat);
      break;
    case CLIP_PROP_WALL:
      if (prop->facing_left)
        cairo_rectangle (cr, at.x, -0.02, 5, 6);
      else
        cairo_rectangle (cr, at.x - 5, -0.02, 5, 6);
      fill_and_edge (scene, &palette->wall);
      break;
    case CLIP_PROP_STEP:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + prop->height, 0.015);
      fill_and_edge (scene, &palette->wood);
      break;
    case CLIP_PROP_TABLE:
      cairo_rectangle (cr, at.x - w / 2 + 0.04, at.y, 0.045, prop->height);
      cairo_rectangle (cr, at.x + w / 2 - 0.085, at.y, 0.045, prop->height);
      fill_and_edge (scene, &palette->wood);
      path_rounded_box (cr, at.x - w / 2, at.y + prop->height - 0.045, at.x + w / 2,
                        at.y + prop->height, 0.01);
      fill_and_edge (scene, &palette->wood);
      break;
    case CLIP_PROP_CHAIR:
      draw_chair (scene, prop, at);
      break;
    case CLIP_PROP_FOAM_ROLLER:
      cairo_arc (cr, at.x, at.y + w / 2, w / 2, 0, 2 * G_PI);
      fill_and_edge (scene, &palette->roller);
      cairo_arc (cr, at.x, at.y + w / 2, w / 4, 0, 2 * G_PI);
      set_colour_alpha (cr, &palette->ink, 0.35);
      cairo_set_line_width (cr, 1.2 * scene->pixel);
      cairo_stroke (cr);
      break;
    case CLIP_PROP_BALL:
      cairo_arc (cr, at.x, at.y + w / 2, w / 2, 0, 2 * G_PI);
      fill_and_edge (scene, &palette->ball);
      cairo_arc (cr, at.x - w * 0.15, at.y + w * 0.65, w * 0.12, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.35);
      cairo_fill (cr);
      break;
    case CLIP_PROP_BLOCK:
      path_rounded_box (cr, at.x - w / 2, at.y - 0.05, at.x + w / 2, at.y + 0.05, 0.012);
      fill_and_edge (scene, &palette->cork);
      break;
    case CLIP_PROP_DUMBBELL:
      /* Held across the body, a dumbbell is seen end-on: a weight plate round the hand. */
      cairo_arc (cr, at.x, at.y, 0.062, 0, 2 * G_PI);
      fill_and_edge (scene, &palette->iron);
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
          set_colour (cr, &palette->band);
          cairo_set_line_width (cr, 0.03);
          cairo_stroke (cr);
        }
      else
        {
          cairo_arc (cr, at.x, at.y, w, 0, 2 * G_PI);
          fill_and_edge (scene, &palette->band);
        }
      break;
    case CLIP_PROP_STRAP:
      cairo_arc (cr, at.x, at.y, w, 0, 2 * G_PI);
      fill_and_edge (scene, &palette->band);
      break;
    case CLIP_PROP_TOWEL:
      {
        double h = prop->height > 0 ? prop->height : 0.035;
        path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + h, h / 2.5);
        fill_and_edge (scene, &palette->towel);
      }
      break;
    case CLIP_PROP_SHOE:
      path_rounded_box (cr, at.x - w / 2, at.y, at.x + w / 2, at.y + 0.09, 0.04);
      fill_and_edge (scene, &palette->shoe);
      break;
    case CLIP_PROP_PARTNER:
      draw_partner (scene, at);
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
  const ClipBody *body = &scene->body;
  const Palette *palette = scene->palette;

  if (body->view == CLIP_VIEW_SIDE)
    {
      draw_arm (scene, body, CLIP_SIDE_FAR, &palette->far_fill);
      draw_leg (scene, body, CLIP_SIDE_FAR, &palette->far_fill);
      draw_muscles (scene, CLIP_SIDE_FAR);
      draw_trunk (scene, body, &palette->near_fill);
      draw_head (scene, body, &palette->near_fill);
      draw_leg (scene, body, CLIP_SIDE_NEAR, &palette->near_fill);
      draw_muscles (scene, CLIP_SIDE_NEAR);
      draw_arm (scene, body, CLIP_SIDE_NEAR, &palette->near_fill);
    }
  else
    {
      for (int s = CLIP_SIDE_FAR; s >= CLIP_SIDE_NEAR; s--)
        draw_leg (scene, body, s, s == CLIP_SIDE_NEAR ? &palette->near_fill : &palette->far_fill);
      draw_trunk (scene, body, &palette->near_fill);
      draw_head (scene, body, &palette->near_fill);
      for (int s = CLIP_SIDE_FAR; s >= CLIP_SIDE_NEAR; s--)
        draw_muscles (scene, s);
      for (int s = CLIP_SIDE_FAR; s >= CLIP_SIDE_NEAR; s--)
        draw_arm (scene, body, s, s == CLIP_SIDE_NEAR ? &palette->near_fill : &palette->far_fill);
    }
}

/* For review only: a ring where each active contact touches its surface. */
static void
mark_contacts (Scene *scene)
{
  cairo_t *cr = scene->cr;

  for (guint i = 0; i < scene->motion->contacts->len; i++)
    {
      const ClipContact *c = &g_array_index (scene->motion->contacts, ClipContact, i);
      const ClipProp *prop = &g_array_index (scene->motion->props, ClipProp, c->prop);
      ClipSurface surface;
      ClipTouch touch;

      if (!scene->report.active[i])
        continue;
      clip_prop_surface (prop, &scene->body, &surface);
      touch = clip_touch_part (&scene->body, c->kind, c->side, &surface);
      cairo_new_path (cr);
      cairo_arc (cr, touch.touch.x, touch.touch.y, 5 * scene->pixel, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, 0.85, 0.1, 0.1, 0.9);
      cairo_set_line_width (cr, 2 * scene->pixel);
      cairo_stroke (cr);
    }
}

void
clip_render_frame (const ClipMotion *motion,
                   double            t,
                   ClipStage         stage,
                   gboolean          marks,
                   cairo_t          *cr,
                   int               width,
                   int               height)
{
  Scene scene = { .motion = motion, .palette = &palettes[stage], .cr = cr, .t = t };
  double scale = height / motion->camera_height;
  cairo_pattern_t *sky;
  ClipPose pose;

  clip_motion_solve (motion, t, &pose, &scene.body, &scene.report);
  scene.pixel = 1.0 / scale;

  cairo_save (cr);
  sky = cairo_pattern_create_linear (0, 0, 0, height);
  cairo_pattern_add_color_stop_rgb (sky, 0, scene.palette->sky_top.r, scene.palette->sky_top.g,
                                    scene.palette->sky_top.b);
  cairo_pattern_add_color_stop_rgb (sky, 1, scene.palette->sky_bottom.r,
                                    scene.palette->sky_bottom.g, scene.palette->sky_bottom.b);
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
  if (marks)
    mark_contacts (&scene);
  cairo_restore (cr);
}
