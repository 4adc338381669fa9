/* hammy-clipgen.c: turns motion scripts into looping demo clips and poster frames.
 * Runs at build time; see data/motions/README.md for the script format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <gio/gio.h>
#include <gst/gst.h>
#include <math.h>
#include <stdlib.h>

#include "clipgen-check.h"
#include "clipgen-contact.h"
#include "clipgen-encode.h"
#include "clipgen-motion.h"
#include "clipgen-render.h"

#define CLIP_WIDTH 640
#define CLIP_HEIGHT 360
#define SHEET_COLUMNS 4
#define SHEET_ROWS 3
#define SHEET_SCALE 0.5
#define SHEET_LABEL 20

static gboolean check_only;
static gboolean print_solved;
static gboolean dark;
static char *frames_dir;
static char *contact_sheet;
static char *output_dir;
static char **scripts;

static const GOptionEntry entries[] = {
  { "check", 'c', 0, G_OPTION_ARG_NONE, &check_only, "Only validate the scripts", NULL },
  { "solved", 0, 0, G_OPTION_ARG_NONE, &print_solved,
    "Print each keyframe's limbs as the contacts hold them, to copy into the script", NULL },
  { "dark", 'd', 0, G_OPTION_ARG_NONE, &dark, "Frames and contact sheets on the dark stage", NULL },
  { "frames", 'f', 0, G_OPTION_ARG_FILENAME, &frames_dir, "Write every frame as PNG into DIR", "DIR" },
  { "contact-sheet", 's', 0, G_OPTION_ARG_FILENAME, &contact_sheet,
    "Write 12 frames across the loop into one PNG", "FILE.png" },
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &output_dir,
    "Write <id>.webm, <id>.png, their -dark twins and <id>.key into DIR", "DIR" },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &scripts, NULL, "SCRIPT.json…" },
  { NULL }
};

static cairo_surface_t *
render_surface (const ClipMotion *motion,
                double            t,
                ClipStage         stage,
                gboolean          marks)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CLIP_WIDTH,
                                                         CLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  clip_render_frame (motion, t, stage, marks, cr, CLIP_WIDTH, CLIP_HEIGHT);
  cairo_destroy (cr);
  return surface;
}

static gboolean
write_png (cairo_surface_t *surface,
           const char      *path,
           GError         **error)
{
  cairo_status_t status = cairo_surface_write_to_png (surface, path);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s could not be written: %s.", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_poster (const ClipMotion *motion,
              ClipStage         stage,
              const char       *path,
              GError          **error)
{
  cairo_surface_t *surface = render_surface (motion, motion->poster, stage, FALSE);
  gboolean ok = write_png (surface, path, error);

  cairo_surface_destroy (surface);
  return ok;
}

static gboolean
write_frames (const ClipMotion *motion,
              const char       *dir,
              GError          **error)
{
  int n_frames = clip_motion_n_frames (motion);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The folder %s could not be made.", dir);
      return FALSE;
    }
  for (int f = 0; f < n_frames; f++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%04d.png", motion->id, f);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      cairo_surface_t *surface = render_surface (motion, (double) f / motion->fps,
                                                 dark ? CLIP_STAGE_DARK : CLIP_STAGE_LIGHT, FALSE);
      gboolean ok = write_png (surface, path, error);

      cairo_surface_destroy (surface);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* What each drawn muscle is doing at t, for a contact sheet's label: "ham ecc/rel" is the near
 * and then the far hamstring, working while lengthening and relaxed. */
static char *
describe_muscles (const ClipMotion *motion,
                  double            t)
{
  static const char *muscles[HAMMY_N_MUSCLES] = { "ham", "quad", "abd" };
  g_autoptr (GString) label = g_string_new (NULL);

  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    {
      if (!motion->shown[m])
        continue;
      g_string_append_printf (label, "  %s", muscles[m]);
      for (int s = 0; s < CLIP_N_SIDES; s++)
        if (motion->working[s])
          {
            gboolean first = s == CLIP_SIDE_NEAR || !motion->working[CLIP_SIDE_NEAR];
            HammyMuscleState state = clip_motion_muscle_state (motion, t, s, m);

            g_string_append_printf (label, "%s%.3s", first ? " " : "/",
                                    hammy_muscle_states[state].annotation);
          }
    }
  return g_string_free (g_steal_pointer (&label), FALSE);
}

/* For review: 12 moments across the loop, each labelled with its time and muscle states, with
 * a ring where each contact touches its surface. */
static gboolean
write_contact_sheet (const ClipMotion *motion,
                     const char       *path,
                     GError          **error)
{
  int cell_w = CLIP_WIDTH * SHEET_SCALE, cell_h = CLIP_HEIGHT * SHEET_SCALE + SHEET_LABEL;
  cairo_surface_t *sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                       cell_w * SHEET_COLUMNS,
                                                       cell_h * SHEET_ROWS);
  cairo_t *cr = cairo_create (sheet);
  gboolean ok;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (int i = 0; i < SHEET_COLUMNS * SHEET_ROWS; i++)
    {
      double t = motion->duration * i / (SHEET_COLUMNS * SHEET_ROWS);
      int x = (i % SHEET_COLUMNS) * cell_w, y = (i / SHEET_COLUMNS) * cell_h;
      cairo_surface_t *frame = render_surface (motion, t, dark ? CLIP_STAGE_DARK : CLIP_STAGE_LIGHT,
                                                TRUE);
      g_autofree char *muscles = describe_muscles (motion, t);
      g_autofree char *label = g_strdup_printf ("%.2f s%s", t, muscles);

      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, SHEET_SCALE, SHEET_SCALE);
      cairo_set_source_surface (cr, frame, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_destroy (frame);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 10);
      cairo_move_to (cr, x + 4, y + cell_h - 6);
      cairo_show_text (cr, label);
    }
  cairo_destroy (cr);
  ok = write_png (sheet, path, error);
  cairo_surface_destroy (sheet);
  return ok;
}

/* The clip's key, for the player's legend: which leg works and what each drawn muscle does in
 * it, in the words of data/motions/README.md. */
static gboolean
write_key (const ClipMotion *motion,
           const char       *path,
           GError          **error)
{
  g_autoptr (GKeyFile) key = g_key_file_new ();
  g_autoptr (GPtrArray) muscles = g_ptr_array_new ();
  int n_frames = clip_motion_n_frames (motion);

  g_key_file_set_integer (key, "Clip", "Version", 1);
  g_key_file_set_string (key, "Clip", "WorkingSide", clip_motion_working_side (motion));
  for (int m = 0; m < HAMMY_N_MUSCLES; m++)
    {
      gboolean seen[HAMMY_N_MUSCLE_STATES] = { FALSE };
      g_autoptr (GPtrArray) states = g_ptr_array_new ();
      g_autofree char *group = NULL;

      if (!motion->shown[m])
        continue;
      g_ptr_array_add (muscles, (gpointer) hammy_muscles[m].id);
      for (int f = 0; f < n_frames; f++)
        for (int s = 0; s < CLIP_N_SIDES; s++)
          if (motion->working[s])
            seen[clip_motion_muscle_state (motion, (double) f / motion->fps, s, m)] = TRUE;
      /* In the order of the legend: the working states first, relaxed last. */
      for (int i = 1; i <= HAMMY_N_MUSCLE_STATES; i++)
        {
          HammyMuscleState state = i % HAMMY_N_MUSCLE_STATES;

          if (seen[state])
            g_ptr_array_add (states, (gpointer) hammy_muscle_states[state].annotation);
        }
      group = g_strconcat ("Muscle ", hammy_muscles[m].id, NULL);
      g_key_file_set_string_list (key, group, "States", (const char * const *) states->pdata,
                                  states->len);
    }
  g_key_file_set_string_list (key, "Clip", "Muscles", (const char * const *) muscles->pdata,
                              muscles->len);
  return g_key_file_save_to_file (key, path, error);
}

static void
print_limb (const char         *name,
            const ClipLimbPose *limb)
{
  g_print ("      \"%s\": {\"hip\": %.1f, \"knee\": %.1f, \"ankle\": %.1f, \"shoulder\": %.1f, \"elbow\": %.1f",
           name, limb->hip, limb->knee, limb->ankle, limb->shoulder, limb->elbow);
  if (limb->wrist != 0)
    g_print (", \"wrist\": %.1f", limb->wrist);
  if (limb->hip_abduction != 0)
    g_print (", \"hip_abduction\": %.1f", limb->hip_abduction);
  if (limb->shoulder_abduction != 0)
    g_print (", \"shoulder_abduction\": %.1f", limb->shoulder_abduction);
  g_print ("}\n");
}

/* For authors: the keyframes' limbs as the solver bends them to hold the contacts, so the
 * script can be brought close enough for the checks. */
static void
write_solved (const ClipMotion *motion)
{
  for (guint k = 0; k < motion->keyframes->len; k++)
    {
      const ClipKeyframe *kf = &g_array_index (motion->keyframes, ClipKeyframe, k);
      ClipPose pose;
      ClipBody body;

      clip_motion_solve (motion, k + 1 == motion->keyframes->len ? kf->t - 1e-6 : kf->t, &pose,
                         &body, NULL);
      g_print ("keyframe %u at %.2f s, neck %.1f:\n", k + 1, kf->t, pose.neck);
      print_limb ("near", &pose.side[CLIP_SIDE_NEAR]);
      print_limb ("far", &pose.side[CLIP_SIDE_FAR]);
    }
}

/* A refused script still gets its contact sheet and frames, so that its author can see what
 * went wrong; it never becomes a clip. */
static gboolean
process (const char *script,
         GError    **error)
{
  g_autoptr (ClipMotion) motion = clip_motion_load (script, error);
  g_autoptr (GError) refusal = NULL;

  if (motion == NULL)
    return FALSE;
  if (print_solved)
    write_solved (motion);
  clip_motion_check (motion, &refusal);
  if (check_only || (refusal != NULL && frames_dir == NULL && contact_sheet == NULL))
    {
      if (refusal != NULL)
        g_propagate_error (error, g_steal_pointer (&refusal));
      return error == NULL || *error == NULL;
    }

  if (frames_dir != NULL && !write_frames (motion, frames_dir, error))
    return FALSE;
  if (contact_sheet != NULL && !write_contact_sheet (motion, contact_sheet, error))
    return FALSE;
  if (refusal != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&refusal));
      return FALSE;
    }
  if (output_dir != NULL)
    {
      static const struct
      {
        const char *suffix;
        ClipStage   stage;
      } stages[] = { { "", CLIP_STAGE_LIGHT }, { "-dark", CLIP_STAGE_DARK } };
      g_autofree char *key_name = g_strconcat (motion->id, ".key", NULL);
      g_autofree char *key = g_build_filename (output_dir, key_name, NULL);

      if (g_mkdir_with_parents (output_dir, 0755) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The folder %s could not be made.",
                       output_dir);
          return FALSE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
        {
          g_autofree char *webm_name = g_strconcat (motion->id, stages[i].suffix, ".webm", NULL);
          g_autofree char *png_name = g_strconcat (motion->id, stages[i].suffix, ".png", NULL);
          g_autofree char *webm = g_build_filename (output_dir, webm_name, NULL);
          g_autofree char *png = g_build_filename (output_dir, png_name, NULL);

          if (!write_poster (motion, stages[i].stage, png, error) ||
              !clip_encode_webm (motion, stages[i].stage, webm, CLIP_WIDTH, CLIP_HEIGHT, error))
            return FALSE;
        }
      if (!write_key (motion, key, error))
        return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("SCRIPT.json…");
  g_autoptr (GError) error = NULL;
  int status = EXIT_SUCCESS;

  g_option_context_set_summary (context,
                                "Checks motion scripts and renders them into looping demo clips.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (scripts == NULL || scripts[0] == NULL)
    {
      g_printerr ("Give at least one motion script to read.\n");
      return 2;
    }
  if (!check_only && !print_solved && frames_dir == NULL && contact_sheet == NULL &&
      output_dir == NULL)
    {
      g_printerr ("Say what to make: --check, --solved, --frames, --contact-sheet or --output-dir.\n");
      return 2;
    }
  if (contact_sheet != NULL && g_strv_length (scripts) > 1)
    {
      g_printerr ("A contact sheet is made for one script at a time.\n");
      return 2;
    }

  gst_init (NULL, NULL);
  for (int i = 0; scripts[i] != NULL; i++)
    {
      g_autoptr (GError) local_error = NULL;

      if (!process (scripts[i], &local_error))
        {
          g_printerr ("%s\n", local_error->message);
          status = EXIT_FAILURE;
        }
    }
  return status;
}
