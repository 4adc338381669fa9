/* clipgen-check.c: refuses a script whose body does what no body can: floats, lets a contact
 * drift, bends a joint past its range, sinks into a prop, hovers a foot, swings an arm with its
 * leg, flickers a muscle's colour, or calls a movement by the wrong load. Every frame is solved
 * as it will be drawn, and each refusal is one sentence naming the frame and the part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "clipgen-check.h"
#include "clipgen-contact.h"
#include "clipgen-motion.h"

/* How deep a part may press into something solid: a heel into the floor, a knee into a step. */
#define SINK_TOLERANCE 0.015
/* How far the body may jump between frames as it comes to rest on something else. */
#define JUMP_TOLERANCE 0.015
/* How far solving may bend a joint from where the keyframes put it, and how far it may carry a
 * foot or a hand: it closes small gaps, it does not make up the movement. */
#define SOLVE_TOLERANCE 30.0
#define GAP_TOLERANCE 0.03
/* A part this close to a surface, this still, for this long, without touching it, hovers:
 * it neither rests there nor is on its way somewhere. */
#define HOVER_LOW 0.01
#define HOVER_HIGH 0.05
#define HOVER_SPEED 0.015
#define HOVER_TIME 0.75
/* A colour on a muscle stays at least this long, or it flickers. */
#define STEADY_TIME 0.3
/* Lengths closer than this count as unchanged: a held pose, or an annotation gone wrong. */
#define STILL_LENGTH 0.003
/* A walk's arm swings against its leg: hip and shoulder flexion this correlated or less. */
#define GAIT_CORRELATION -0.5

typedef struct
{
  ClipPartKind kind;
  ClipSide     side;
  /* Contacts on these parts count as this one being declared. */
  ClipPartKind covered[5];
  guint        n_covered;
} Watched;

/* The parts that could look as if they rest on something while they do not. (Not the knees:
 * a straight leg lying down keeps the back of its knee a little off the floor.) */
#define FOOT_PARTS { CLIP_PART_HEEL, CLIP_PART_TOES, CLIP_PART_SOLE, CLIP_PART_FOOT, CLIP_PART_ANKLE }
static const Watched watched[] = {
  { CLIP_PART_FOOT, CLIP_SIDE_NEAR, FOOT_PARTS, 5 },
  { CLIP_PART_FOOT, CLIP_SIDE_FAR, FOOT_PARTS, 5 },
  { CLIP_PART_HAND, CLIP_SIDE_NEAR, { CLIP_PART_HAND, CLIP_PART_FOREARM }, 2 },
  { CLIP_PART_HAND, CLIP_SIDE_FAR, { CLIP_PART_HAND, CLIP_PART_FOREARM }, 2 },
  { CLIP_PART_HIPS, CLIP_SIDE_NEAR, { CLIP_PART_HIPS, CLIP_PART_BACK }, 2 },
};

/* The parts that must not sink into a solid prop. */
static const struct
{
  ClipPartKind kind;
  ClipSide     side;
} solid_parts[] = {
  { CLIP_PART_FOOT, CLIP_SIDE_NEAR }, { CLIP_PART_FOOT, CLIP_SIDE_FAR },
  { CLIP_PART_SHIN, CLIP_SIDE_NEAR }, { CLIP_PART_SHIN, CLIP_SIDE_FAR },
  { CLIP_PART_THIGH, CLIP_SIDE_NEAR }, { CLIP_PART_THIGH, CLIP_SIDE_FAR },
  { CLIP_PART_HAND, CLIP_SIDE_NEAR }, { CLIP_PART_HAND, CLIP_SIDE_FAR },
  { CLIP_PART_FOREARM, CLIP_SIDE_NEAR }, { CLIP_PART_FOREARM, CLIP_SIDE_FAR },
  { CLIP_PART_HIPS, CLIP_SIDE_NEAR }, { CLIP_PART_BACK, CLIP_SIDE_NEAR },
  { CLIP_PART_HEAD, CLIP_SIDE_NEAR },
};

static const char *side_names[CLIP_N_SIDES] = { "near", "far" };

static const ClipContact *
contact_at (const ClipMotion *motion,
            guint             i)
{
  return &g_array_index (motion->contacts, ClipContact, i);
}

static const char *
prop_word (const ClipMotion *motion,
           guint             prop)
{
  return clip_prop_name (g_array_index (motion->props, ClipProp, prop).kind);
}

/* "keeping the near heel on the step", for a joint a contact's limb was bent for. */
static char *
describe_holding (const ClipMotion *motion,
                  int               contact)
{
  const ClipContact *c = contact_at (motion, contact);
  g_autofree char *part = clip_part_describe (c->kind, c->side);

  return g_strdup_printf ("keeping %s on the %s", part, prop_word (motion, c->prop));
}

static gboolean
check_contacts (const ClipMotion      *motion,
                int                    frame,
                double                 t,
                const ClipSolveReport *report,
                GError               **error)
{
  for (guint i = 0; i < motion->contacts->len; i++)
    {
      const ClipContact *c = contact_at (motion, i);
      g_autofree char *part = NULL;
      const char *verb;

      if (!report->active[i])
        continue;
      part = clip_part_describe (c->kind, c->side);
      verb = clip_part_plural (c->kind) ? "are" : "is";
      if (report->distance[i] > CLIP_CONTACT_TOLERANCE)
        return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s %s %.1f cm off the %s %s declared on.",
                     motion->name, frame, t, part, verb, report->distance[i] * 100,
                     prop_word (motion, c->prop), clip_part_plural (c->kind) ? "they are" : "it is");
      /* A mat or a folded towel squashes under a body: into it, down to the floor, is resting. */
      if (report->distance[i] < -CLIP_CONTACT_TOLERANCE - report->give[i])
        return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s %s %.1f cm into the %s %s declared on.",
                     motion->name, frame, t, part, verb, -report->distance[i] * 100,
                     prop_word (motion, c->prop), clip_part_plural (c->kind) ? "they are" : "it is");
      if (report->drift[i] > CLIP_CONTACT_TOLERANCE)
        return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s %s slid %.1f cm along the %s from where %s put down; a contact that glides says \"slide\": true.",
                     motion->name, frame, t, part, clip_part_plural (c->kind) ? "have" : "has",
                     report->drift[i] * 100, prop_word (motion, c->prop),
                     clip_part_plural (c->kind) ? "they were" : "it was");
    }
  return TRUE;
}

static gboolean
check_joints (const ClipMotion      *motion,
              int                    frame,
              double                 t,
              const ClipPose        *script,
              const ClipPose        *solved,
              const ClipSolveReport *report,
              GError               **error)
{
  ClipJointReport joint;

  if (clip_pose_out_of_range (solved, &joint))
    {
      g_autofree char *why = NULL;
      g_autofree char *name = joint.side >= 0
        ? g_strdup_printf ("the %s %s", side_names[joint.side], joint.label)
        : g_strdup_printf ("the %s", joint.label);
      int holder = joint.side < 0 ? -1
                   : joint.leg ? report->limb_contact[joint.side][0]
                   : joint.arm ? report->limb_contact[joint.side][1] : -1;

      if (holder >= 0)
        {
          why = describe_holding (motion, holder);
          return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s puts %s at %.0f degrees, outside its possible range of %g to %g degrees.",
                       motion->name, frame, t, why, name, joint.value, joint.min, joint.max);
        }
      return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s is at %.0f degrees, outside its possible range of %g to %g degrees.",
                   motion->name, frame, t, name, joint.value, joint.min, joint.max);
    }

  for (int s = 0; s < CLIP_N_SIDES; s++)
    for (int limb = 0; limb < 2; limb++)
      {
        const char *label = NULL;
        double was = 0, now = 0;
        int holder = report->limb_contact[s][limb];

        if (holder < 0)
          continue;
        if (clip_pose_largest_change (script, solved, s, limb == 1, &label, &was, &now) >
            SOLVE_TOLERANCE)
          {
            g_autofree char *why = describe_holding (motion, holder);

            return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s needs the %s %s at %.0f degrees where the keyframes give %.0f; bring the keyframes closer to that pose.",
                         motion->name, frame, t, why, side_names[s], label, now, was);
          }
      }
  return TRUE;
}

static gboolean
check_sinking (const ClipMotion *motion,
               int               frame,
               double            t,
               const ClipBody   *body,
               GError          **error)
{
  for (guint k = 0; k < motion->props->len; k++)
    {
      const ClipProp *prop = &g_array_index (motion->props, ClipProp, k);

      /* A table beside the figure is further from the camera: the leg passes in front of it. */
      if (prop->beside)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (solid_parts); i++)
        {
          ClipDisc discs[CLIP_MAX_DISCS];
          int n = clip_body_part_discs (body, solid_parts[i].kind, solid_parts[i].side, discs);
          double deepest = 0;

          for (int d = 0; d < n; d++)
            deepest = MAX (deepest, clip_prop_depth (prop, body, &discs[d]));
          if (deepest > SINK_TOLERANCE)
            {
              g_autofree char *part = clip_part_describe (solid_parts[i].kind, solid_parts[i].side);

              return clip_motion_fail (error, "%s: at frame %d (%.2f s) %s %s %.1f cm into the %s.",
                           motion->name, frame, t, part,
                           clip_part_plural (solid_parts[i].kind) ? "go" : "goes", deepest * 100,
                           clip_prop_name (prop->kind));
            }
        }
    }
  return TRUE;
}

/* How far a watched part is from the nearest thing it could rest on, and which that is. */
static double
hover_distance (const ClipMotion *motion,
                const ClipBody   *body,
                const Watched    *part,
                guint            *nearest)
{
  double best = G_MAXDOUBLE;

  for (guint k = 0; k < motion->props->len; k++)
    {
      const ClipProp *prop = &g_array_index (motion->props, ClipProp, k);
      ClipSurface surface;
      ClipTouch touch;

      if (prop->attached || prop->beside)
        continue;
      switch (clip_prop_surface (prop, body, &surface))
        {
        case CLIP_SURFACE_PLANE:
        case CLIP_SURFACE_TOP:
        case CLIP_SURFACE_CIRCLE:
          touch = clip_touch_part (body, part->kind, part->side, &surface);
          if (touch.normal.y > 0.5 && touch.distance < best)
            {
              best = touch.distance;
              *nearest = k;
            }
          break;
        default:
          break;
        }
    }
  return best;
}

static gboolean
declared (const ClipMotion      *motion,
          const ClipSolveReport *report,
          const Watched         *part)
{
  for (guint i = 0; i < motion->contacts->len; i++)
    {
      const ClipContact *c = contact_at (motion, i);

      if (!report->active[i] || c->side != part->side)
        continue;
      for (guint k = 0; k < part->n_covered; k++)
        if (c->kind == part->covered[k])
          return TRUE;
    }
  return FALSE;
}

/* The longest stretch of marked frames, going round the loop's end if it loops. */
static int
longest_run (const gboolean *marks,
             int             n,
             gboolean        loop,
             int            *start)
{
  int best = 0;

  for (int f = 0; f < n; f++)
    {
      int length = 0;
      gboolean continues = f > 0 && marks[f - 1];

      if (!marks[f] || continues)
        continue;
      while (length < n && marks[(f + length) % n] && (loop || f + length < n))
        length++;
      if (length > best)
        {
          best = length;
          *start = f;
        }
    }
  /* Marked all round: one run, from the start. */
  if (best == 0 && n > 0 && marks[0])
    {
      best = n;
      *start = 0;
    }
  return best;
}

static double
correlation (const double *a,
             const double *b,
             int           n)
{
  double ma = 0, mb = 0, sab = 0, saa = 0, sbb = 0;

  for (int i = 0; i < n; i++)
    {
      ma += a[i] / n;
      mb += b[i] / n;
    }
  for (int i = 0; i < n; i++)
    {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
  return saa > 0 && sbb > 0 ? sab / sqrt (saa * sbb) : 0;
}

/* Each colour lasts long enough to read: no state shorter than STEADY_TIME between others. */
static gboolean
check_steady (const ClipMotion *motion,
              int               n_frames,
              GError          **error)
{
  g_autofree HammyMuscleState *states = g_new (HammyMuscleState, n_frames);
  g_autofree gboolean *marks = g_new (gboolean, n_frames);
  int steady = (int) ceil (STEADY_TIME * motion->fps - 1e-9);

  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    for (int s = 0; s < CLIP_N_SIDES; s++)
      {
        gboolean changes = FALSE;

        if (!motion->shown[m] || !motion->working[s])
          continue;
        for (int f = 0; f < n_frames; f++)
          {
            states[f] = clip_motion_muscle_state (motion, (double) f / motion->fps, s, m);
            changes |= f > 0 && states[f] != states[0];
          }
        if (!changes)
          continue;
        for (int state = 0; state < HAMMY_N_MUSCLE_STATES; state++)
          {
            for (int f = 0; f < n_frames; f++)
              marks[f] = states[f] == (HammyMuscleState) state;
            for (int f = 0; f < n_frames; f++)
              {
                int length = 0;

                /* Every run of this state, not only the longest: start where it begins. */
                if (!marks[f] || marks[(f + n_frames - 1) % n_frames] ||
                    (!motion->loop && f == 0))
                  continue;
                while (length < n_frames && marks[(f + length) % n_frames])
                  length++;
                if (length < steady)
                  return clip_motion_fail (error, "%s: at %.2f s the %s %s shows \"%s\" for only %.2f s; a colour has to stay at least %.1f s, so smooth the keyframes or change the load.",
                               motion->name, (double) f / motion->fps, side_names[s],
                               hammy_muscles[m].id, hammy_muscle_states[state].label,
                               (double) length / motion->fps, STEADY_TIME);
              }
          }
      }
  return TRUE;
}

/* An eccentric phase must lengthen the muscle, a concentric one shorten it, a hold keep it, in
 * the pose as it is drawn. */
static gboolean
check_loads (const ClipMotion *motion,
             GError          **error)
{
  for (guint k = 0; k + 1 < motion->keyframes->len; k++)
    {
      const ClipKeyframe *a = &g_array_index (motion->keyframes, ClipKeyframe, k);
      const ClipKeyframe *b = &g_array_index (motion->keyframes, ClipKeyframe, k + 1);
      ClipPose pa, pb;
      ClipBody body;

      /* Just inside the span, so a loop's last keyframe is not read as its first. */
      clip_motion_solve (motion, a->t, &pa, &body, NULL);
      clip_motion_solve (motion, b->t - 1e-6, &pb, &body, NULL);
      for (int m = 0; m < HAMMY_N_MUSCLES; m++)
        for (int s = 0; s < CLIP_N_SIDES; s++)
          {
            HammyMuscleState state = a->load[m][s];
            double change;
            const char *muscle = hammy_muscles[m].id;

            if (!motion->shown[m] || !motion->working[s])
              continue;
            change = clip_muscle_length (m, &pb.side[s]) - clip_muscle_length (m, &pa.side[s]);
            if (state == HAMMY_MUSCLE_LENGTHENING && change < STILL_LENGTH)
              return clip_motion_fail (error, "%s: keyframe %u at %.2f s calls the %s %s eccentric, but the pose does not lengthen it.",
                           motion->name, k + 1, a->t, side_names[s], muscle);
            if (state == HAMMY_MUSCLE_SHORTENING && change > -STILL_LENGTH)
              return clip_motion_fail (error, "%s: keyframe %u at %.2f s calls the %s %s concentric, but the pose does not shorten it.",
                           motion->name, k + 1, a->t, side_names[s], muscle);
            if (state == HAMMY_MUSCLE_HOLDING && fabs (change) > 3 * STILL_LENGTH)
              return clip_motion_fail (error, "%s: keyframe %u at %.2f s calls the %s %s isometric, but the pose changes its length by %.0f mm.",
                           motion->name, k + 1, a->t, side_names[s], muscle, change * 1000);
          }
    }
  return TRUE;
}

/* At its keyframes a script says where it means each part to be: there a contact has to be
 * close to its surface already. In between, the solver keeps it there. */
static gboolean
check_keyframe_gaps (const ClipMotion *motion,
                     GError          **error)
{
  for (guint k = 0; k < motion->keyframes->len; k++)
    {
      const ClipKeyframe *kf = &g_array_index (motion->keyframes, ClipKeyframe, k);
      ClipSolveReport report;
      ClipPose pose;
      ClipBody body;

      clip_motion_solve (motion, k + 1 == motion->keyframes->len ? kf->t - 1e-6 : kf->t, &pose,
                         &body, &report);
      for (guint i = 0; i < motion->contacts->len; i++)
        {
          const ClipContact *c = contact_at (motion, i);
          g_autofree char *part = NULL;

          if (!report.active[i] || !clip_part_reaches (c->kind) || c->kind == CLIP_PART_HEAD ||
              report.gap[i] <= GAP_TOLERANCE)
            continue;
          part = clip_part_describe (c->kind, c->side);
          return clip_motion_fail (error, "%s: keyframe %u at %.2f s leaves %s %.0f cm from where %s on the %s; the solver only closes gaps up to %.0f cm, so bring the keyframe closer.",
                       motion->name, k + 1, kf->t, part, report.gap[i] * 100,
                       clip_part_plural (c->kind) ? "they rest" : "it rests",
                       prop_word (motion, c->prop), GAP_TOLERANCE * 100);
        }
    }
  return TRUE;
}

gboolean
clip_motion_check (const ClipMotion *motion,
                   GError          **error)
{
  int n = clip_motion_n_frames (motion);
  g_autofree double *lifts = g_new0 (double, n);
  g_autofree int *resting = g_new0 (int, n);
  g_autofree gboolean *hovering = g_new0 (gboolean, n * G_N_ELEMENTS (watched));
  g_autofree double *hover_gap = g_new0 (double, n * G_N_ELEMENTS (watched));
  g_autofree guint *hover_prop = g_new0 (guint, n * G_N_ELEMENTS (watched));
  g_autofree double *hips = g_new0 (double, 2 * n);
  g_autofree double *shoulders = g_new0 (double, 2 * n);

  if (!check_loads (motion, error) || !check_keyframe_gaps (motion, error))
    return FALSE;

  for (int f = 0; f < n; f++)
    {
      double t = (double) f / motion->fps;
      ClipPose script, pose;
      ClipBody body;
      ClipSolveReport report;

      clip_motion_pose_at (motion, t, &script);
      clip_motion_solve (motion, t, &pose, &body, &report);

      if (report.n_active == 0)
        return clip_motion_fail (error, "%s: at frame %d (%.2f s) no contact is declared, so nothing holds the figure up and it floats.",
                     motion->name, f, t);
      if (!check_contacts (motion, f, t, &report, error) ||
          !check_joints (motion, f, t, &script, &pose, &report, error) ||
          !check_sinking (motion, f, t, &body, error))
        return FALSE;
      if (!report.supported)
        return clip_motion_fail (error, "%s: at frame %d (%.2f s) none of the contacts rests on anything that bears weight, so the figure floats.",
                     motion->name, f, t);

      lifts[f] = report.lift;
      resting[f] = report.resting;
      if (f > 0 && fabs (lifts[f] - lifts[f - 1]) > JUMP_TOLERANCE)
        {
          const ClipContact *c = contact_at (motion, report.resting);
          g_autofree char *part = clip_part_describe (c->kind, c->side);

          return clip_motion_fail (error, "%s: at frame %d (%.2f s) the figure jumps %.1f cm as it comes to rest on %s; make the keyframes agree on its height.",
                       motion->name, f, t, fabs (lifts[f] - lifts[f - 1]) * 100, part);
        }

      for (guint w = 0; w < G_N_ELEMENTS (watched); w++)
        {
          guint nearest = 0;
          double gap = hover_distance (motion, &body, &watched[w], &nearest);

          hovering[w * n + f] = gap > HOVER_LOW && gap <= HOVER_HIGH &&
                                !declared (motion, &report, &watched[w]);
          hover_gap[w * n + f] = gap;
          hover_prop[w * n + f] = nearest;
        }

      for (int s = 0; s < CLIP_N_SIDES; s++)
        {
          hips[s * n + f] = pose.side[s].hip;
          shoulders[s * n + f] = pose.side[s].shoulder;
        }
    }

  for (guint w = 0; w < G_N_ELEMENTS (watched); w++)
    for (int f = 0; f < n; f++)
      {
        int previous = f > 0 ? f - 1 : motion->loop ? n - 1 : 1;
        double change = hover_gap[w * n + f] - hover_gap[w * n + MIN (previous, n - 1)];
        double speed = fabs (change) * motion->fps;

        hovering[w * n + f] &= speed < HOVER_SPEED;
      }

  for (guint w = 0; w < G_N_ELEMENTS (watched); w++)
    {
      int start = 0;
      int length = longest_run (&hovering[w * n], n, motion->loop, &start);

      if (length >= HOVER_TIME * motion->fps)
        {
          g_autofree char *part = clip_part_describe (watched[w].kind, watched[w].side);
          double gap = 0;

          for (int i = 0; i < length; i++)
            gap = MAX (gap, hover_gap[w * n + (start + i) % n]);
          return clip_motion_fail (error, "%s: from %.2f s to %.2f s %s %s up to %.0f cm above the %s without touching it; declare the contact or lift it clear.",
                       motion->name, (double) start / motion->fps,
                       (double) ((start + length - 1) % n) / motion->fps, part,
                       clip_part_plural (watched[w].kind) ? "hover" : "hovers", ceil (gap * 100),
                       prop_word (motion, hover_prop[w * n + start]));
        }
    }

  if (motion->gait)
    for (int s = 0; s < CLIP_N_SIDES; s++)
      if (correlation (&hips[s * n], &shoulders[s * n], n) > GAIT_CORRELATION)
        return clip_motion_fail (error, "%s: in a walk each arm swings forward as its own leg swings back, but the %s arm swings with the %s leg.",
                     motion->name, side_names[s], side_names[s]);

  return check_steady (motion, n, error);
}
