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
static char *frames_dir;
static char *contact_sheet;
static char *output_dir;
static char **scripts;

static const GOptionEntry entries[] = {
  { "check", 'c', 0, G_OPTION_ARG_NONE, &check_only, "Only validate the scripts", NULL },
  { "frames", 'f', 0, G_OPTION_ARG_FILENAME, &frames_dir, "Write every frame as PNG into DIR", "DIR" },
  { "contact-sheet", 's', 0, G_OPTION_ARG_FILENAME, &contact_sheet,
    "Write 12 frames across the loop into one PNG", "FILE.png" },
  { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &output_dir,
    "Write <id>.webm and <id>.png into DIR", "DIR" },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &scripts, NULL, "SCRIPT.json…" },
  { NULL }
};

static cairo_surface_t *
render_surface (const ClipMotion *motion,
                double            t)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CLIP_WIDTH,
                                                         CLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  clip_render_frame (motion, t, cr, CLIP_WIDTH, CLIP_HEIGHT);
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
              const char       *path,
              GError          **error)
{
  cairo_surface_t *surface = render_surface (motion, motion->poster);
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
      cairo_surface_t *surface = render_surface (motion, (double) f / motion->fps);
      gboolean ok = write_png (surface, path, error);

      cairo_surface_destroy (surface);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* For review: 12 moments across the loop, each labelled with its time and muscle states. */
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
      cairo_surface_t *frame = render_surface (motion, t);
      g_autoptr (GString) label = g_string_new (NULL);

      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, SHEET_SCALE, SHEET_SCALE);
      cairo_set_source_surface (cr, frame, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_destroy (frame);

      g_string_append_printf (label, "%.2f s", t);
      for (int s = 0; s < CLIP_N_SIDES; s++)
        {
          if (motion->working[s])
            g_string_append_printf (label, "  %s ham: %s", s == CLIP_SIDE_NEAR ? "near" : "far",
                                    hammy_muscle_states[clip_motion_muscle_state (motion, t, s, FALSE)].annotation);
        }
      if (motion->show_quadriceps)
        g_string_append_printf (label, "  quad: %s",
                                hammy_muscle_states[clip_motion_muscle_state (motion, t, CLIP_SIDE_NEAR, TRUE)].annotation);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 10);
      cairo_move_to (cr, x + 4, y + cell_h - 6);
      cairo_show_text (cr, label->str);
    }
  cairo_destroy (cr);
  ok = write_png (sheet, path, error);
  cairo_surface_destroy (sheet);
  return ok;
}

static gboolean
process (const char *script,
         GError    **error)
{
  g_autoptr (ClipMotion) motion = clip_motion_load (script, error);

  if (motion == NULL)
    return FALSE;
  if (check_only)
    return TRUE;

  if (frames_dir != NULL && !write_frames (motion, frames_dir, error))
    return FALSE;
  if (contact_sheet != NULL && !write_contact_sheet (motion, contact_sheet, error))
    return FALSE;
  if (output_dir != NULL)
    {
      g_autofree char *webm_name = g_strconcat (motion->id, ".webm", NULL);
      g_autofree char *png_name = g_strconcat (motion->id, ".png", NULL);
      g_autofree char *webm = g_build_filename (output_dir, webm_name, NULL);
      g_autofree char *png = g_build_filename (output_dir, png_name, NULL);

      if (g_mkdir_with_parents (output_dir, 0755) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The folder %s could not be made.",
                       output_dir);
          return FALSE;
        }
      if (!write_poster (motion, png, error) ||
          !clip_encode_webm (motion, webm, CLIP_WIDTH, CLIP_HEIGHT, error))
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
  if (!check_only && frames_dir == NULL && contact_sheet == NULL && output_dir == NULL)
    {
      g_printerr ("Say what to make: --check, --frames, --contact-sheet or --output-dir.\n");
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
