/* hammy-handout-print.c: the handout of a plan on paper or in a PDF, laid out with cairo and
 * Pango through GTK's print support, so it works offline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hammy-handout-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hammy-clip-locate.h"
#include "hammy-file-names.h"
#include "hammy-handout-print.h"
#include "hammy-print-layout.h"

/* Sizes in points, the unit the print context works in. */
#define POSTER_WIDTH      (52 * HAMMY_PRINT_MM)
#define COLUMN_GAP        (5 * HAMMY_PRINT_MM)

typedef enum
{
  BLOCK_TITLE,      /* title, date, where the plan came from, the phase, the plan's note */
  BLOCK_HEADING,    /* a section's title and its first sentence: kept with what follows */
  BLOCK_EXERCISE,   /* one exercise, never split across pages */
  BLOCK_RULES,      /* a list of sentences */
  BLOCK_RED_FLAG,
  BLOCK_NOTICE,
} BlockKind;

typedef struct
{
  BlockKind           kind;
  guint               index;          /* of the exercise or the red flag */
  const char         *text;           /* a heading's title */
  const char         *lead;           /* a heading's first sentence, or NULL */
  const char * const *rules;
  gboolean            keep_with_next;
  double              space_before;
  double              height;
  double              y;
  guint               page;
} Block;

typedef struct
{
  HammyHandout   *handout;

  /* Only for the print dialog: what the handout is made again from when the person asks for
   * the notes, and where to say what went wrong. */
  HammyToday     *today;
  HammyLibrary   *library;
  GDateTime      *date;
  char           *patient;            /* the profile's name, or NULL */
  char           *clinician;          /* the clinician's line from the preferences, or NULL */
  GtkWindow      *parent;
  HammyReport     report;
  GtkCheckButton *notes_check;        /* in the dialog's Handout tab, while it is open */
  gboolean        with_notes;
  gboolean        notes_by_default;   /* the preference */

  GArray         *blocks;             /* of Block */
  GHashTable     *posters;            /* clip id → cairo_surface_t, or NULL when there is none */
  HammyPrintPage  page;
  guint           n_pages;
} HandoutJob;

static void
handout_job_free (HandoutJob *job)
{
  g_clear_object (&job->handout);
  g_clear_object (&job->today);
  g_clear_object (&job->library);
  g_clear_pointer (&job->date, g_date_time_unref);
  g_free (job->patient);
  g_free (job->clinician);
  g_clear_object (&job->parent);
  g_clear_pointer (&job->blocks, g_array_unref);
  g_clear_pointer (&job->posters, g_hash_table_unref);
  g_free (job);
}

/* The job goes with the operation's handlers, which all use it. */
static void
on_draw_page_closure_finalized_cb (gpointer  job,
                                   GClosure *closure)
{
  handout_job_free (job);
}

static void
surface_destroy (gpointer surface)
{
  if (surface != NULL)
    cairo_surface_destroy (surface);
}

static HandoutJob *
handout_job_new (HammyHandout *handout)
{
  HandoutJob *job = g_new0 (HandoutJob, 1);

  job->handout = g_object_ref (handout);
  job->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  job->posters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, surface_destroy);

  return job;
}

/* ---- text and pictures ----------------------------------------------------------------- */

/* The poster frame of a clip, read once per print; NULL when the clips were not installed. */
static cairo_surface_t *
find_poster (HandoutJob *job,
             const char *clip)
{
  g_autofree char *path = NULL;
  cairo_surface_t *surface = NULL;

  if (clip == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (job->posters, clip, NULL, (gpointer *) &surface))
    return surface;

  path = hammy_clip_locate_poster (clip);
  if (path != NULL)
    {
      surface = cairo_image_surface_create_from_png (path);
      if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS ||
          cairo_image_surface_get_width (surface) == 0)
        {
          g_debug ("The poster %s could not be read", path);
          g_clear_pointer (&surface, cairo_surface_destroy);
        }
    }

  g_hash_table_insert (job->posters, g_strdup (clip), surface);
  return surface;
}

/* ---- blocks ---------------------------------------------------------------------------- */

static double
content_width (HandoutJob *job)
{
  return hammy_print_page_get_content_width (&job->page);
}

static double
show_title (HandoutJob      *job,
            GtkPrintContext *context,
            cairo_t         *cr,
            double           y)
{
  HammyHandout *handout = job->handout;
  double x = job->page.left;
  double width = content_width (job);
  double top = y;
  const char *note = hammy_handout_get_note (handout);

  y += hammy_print_text (context, cr, HAMMY_PRINT_TITLE, hammy_handout_get_title (handout), x, y, width);
  y += 4;
  if (hammy_handout_get_patient_line (handout) != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_LEAD, hammy_handout_get_patient_line (handout), x, y, width);
  if (hammy_handout_get_clinician_line (handout) != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_handout_get_clinician_line (handout), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_LEAD, hammy_handout_get_date_line (handout), x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_handout_get_source_line (handout), x, y, width);

  y += 16;
  y += hammy_print_text (context, cr, HAMMY_PRINT_LABEL, _("Your phase"), x, y, width);
  y += 1;
  y += hammy_print_text (context, cr, HAMMY_PRINT_PHASE, hammy_handout_get_phase_title (handout), x, y, width);
  y += 3;
  y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, hammy_handout_get_phase_meaning (handout), x, y, width);

  if (note != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Note: %s"), note);

      y += 8;
      y += hammy_print_text (context, cr, HAMMY_PRINT_NOTE, text, x, y, width);
    }

  return y - top;
}

static double
show_heading (HandoutJob      *job,
              GtkPrintContext *context,
              cairo_t         *cr,
              const Block     *block,
              double           y)
{
  double x = job->page.left;
  double width = content_width (job);
  double top = y;

  y += hammy_print_text (context, cr, HAMMY_PRINT_HEADING, block->text, x, y, width);
  y += 3;
  if (cr != NULL)
    hammy_print_rule (cr, x, y, width, 0.8, 0.0);
  y += 6;

  if (block->lead != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, block->lead, x, y, width);

  return y - top;
}

static double
show_exercise (HandoutJob      *job,
               GtkPrintContext *context,
               cairo_t         *cr,
               guint            index,
               double           y)
{
  const HammyHandoutItem *item = hammy_handout_get_item (job->handout, index);
  cairo_surface_t *poster = find_poster (job, item->clip);
  /* Translators: an exercise's place in the circuit and its name, such as “1. Plank” */
  g_autofree char *name = g_strdup_printf (_("%u. %s"), index + 1, item->name);
  double x = job->page.left;
  double width = content_width (job);
  double poster_height = 0;
  double top = y;

  if (poster != NULL)
    {
      double scale = POSTER_WIDTH / cairo_image_surface_get_width (poster);

      poster_height = cairo_image_surface_get_height (poster) * scale;
      if (cr != NULL)
        {
          cairo_save (cr);
          cairo_rectangle (cr, x, y + 2, POSTER_WIDTH, poster_height);
          cairo_clip_preserve (cr);
          cairo_translate (cr, x, y + 2);
          cairo_scale (cr, scale, scale);
          cairo_set_source_surface (cr, poster, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);

          cairo_save (cr);
          cairo_rectangle (cr, x, y + 2, POSTER_WIDTH, poster_height);
          cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      x += POSTER_WIDTH + COLUMN_GAP;
      width -= POSTER_WIDTH + COLUMN_GAP;
      poster_height += 2;
    }

  y += hammy_print_text (context, cr, HAMMY_PRINT_NAME, name, x, y, width);
  y += 2;
  y += hammy_print_text (context, cr, HAMMY_PRINT_DOSE, item->dosage, x, y, width);
  if (item->load != NULL)
    y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, item->load, x, y, width);

  y += 5;
  for (guint i = 0; item->cues[i] != NULL; i++)
    y += hammy_print_bullet (context, cr, HAMMY_PRINT_BODY, item->cues[i], x, y, width) + 1;

  if (item->note != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Note: %s"), item->note);

      y += 4;
      y += hammy_print_text (context, cr, HAMMY_PRINT_NOTE, text, x, y, width);
    }

  return MAX (y - top, poster_height);
}

static double
show_rules (HandoutJob         *job,
            GtkPrintContext    *context,
            cairo_t            *cr,
            const char * const *rules,
            double              y)
{
  double top = y;

  for (guint i = 0; rules[i] != NULL; i++)
    y += hammy_print_bullet (context, cr, HAMMY_PRINT_BODY, rules[i], job->page.left, y,
                             content_width (job)) + 3;

  return y - top;
}

static double
show_red_flag (HandoutJob      *job,
               GtkPrintContext *context,
               cairo_t         *cr,
               guint            index,
               double           y)
{
  const HammyClinicianSign *flag = hammy_handout_get_red_flag (job->handout, index);
  double x = job->page.left;
  double width = content_width (job);
  double top = y;

  y += hammy_print_bullet (context, cr, HAMMY_PRINT_STRONG, flag->signs, x, y, width);
  y += hammy_print_text (context, cr, HAMMY_PRINT_BODY, flag->action, x + HAMMY_PRINT_BULLET_INDENT, y,
                         width - HAMMY_PRINT_BULLET_INDENT);

  return y - top;
}

static double
show_notice (HandoutJob      *job,
             GtkPrintContext *context,
             cairo_t         *cr,
             double           y)
{
  double top = y;

  if (cr != NULL)
    hammy_print_rule (cr, job->page.left, y, content_width (job), 0.5, 0.55);
  y += 6;
  y += hammy_print_text (context, cr, HAMMY_PRINT_NOTE, hammy_handout_get_notice (job->handout), job->page.left, y,
                         content_width (job));

  return y - top;
}

static double
show_block (HandoutJob      *job,
            GtkPrintContext *context,
            cairo_t         *cr,
            const Block     *block,
            double           y)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      return show_title (job, context, cr, y);
    case BLOCK_HEADING:
      return show_heading (job, context, cr, block, y);
    case BLOCK_EXERCISE:
      return show_exercise (job, context, cr, block->index, y);
    case BLOCK_RULES:
      return show_rules (job, context, cr, block->rules, y);
    case BLOCK_RED_FLAG:
      return show_red_flag (job, context, cr, block->index, y);
    case BLOCK_NOTICE:
      return show_notice (job, context, cr, y);
    default:
      g_assert_not_reached ();
    }
}

static void
add_block (HandoutJob *job,
           Block       block)
{
  g_array_append_val (job->blocks, block);
}

static void
add_heading (HandoutJob *job,
             const char *text,
             const char *lead)
{
  add_block (job, (Block) { .kind = BLOCK_HEADING, .text = text, .lead = lead,
                            .keep_with_next = TRUE, .space_before = 22 });
}

static void
make_blocks (HandoutJob *job)
{
  HammyHandout *handout = job->handout;

  g_array_set_size (job->blocks, 0);

  add_block (job, (Block) { .kind = BLOCK_TITLE });

  add_heading (job, _("Your Exercises"),
               _("Do them in this order. Each picture shows one moment of the movement; Hammy plays the whole of it."));
  for (guint i = 0; i < hammy_handout_get_n_items (handout); i++)
    add_block (job, (Block) { .kind = BLOCK_EXERCISE, .index = i, .space_before = 14 });

  /* Running, in the words Today uses: one rule decides it everywhere. */
  if (hammy_handout_get_running (handout) != NULL)
    add_heading (job, _("Running"), hammy_handout_get_running (handout));

  add_heading (job, _("Pain as Your Guide"),
               _("Score your pain from 0, no pain at all, to 10, the worst you can imagine."));
  add_block (job, (Block) { .kind = BLOCK_RULES, .rules = hammy_handout_get_pain_rules (handout), .space_before = 6 });

  add_heading (job, _("When to Stop"), NULL);
  add_block (job, (Block) { .kind = BLOCK_RULES, .rules = hammy_handout_get_stop_rules (handout), .space_before = 0 });

  /* The red flags together, so the page with them can be kept on the fridge. */
  add_heading (job, _("When to Get Help"), hammy_handout_get_red_flags_intro (handout));
  for (guint i = 0; i < hammy_handout_get_n_red_flags (handout); i++)
    add_block (job, (Block) { .kind = BLOCK_RED_FLAG, .index = i, .space_before = 6,
                              .keep_with_next = i + 1 < hammy_handout_get_n_red_flags (handout) });

  add_block (job, (Block) { .kind = BLOCK_NOTICE, .space_before = 20 });
}

/* The space from block @first to the end of the run it starts, the blocks that are kept with
 * the next one followed by the one that is not. */
static double
run_height (HandoutJob *job,
            guint       first,
            gboolean    starts_page)
{
  double height = 0;

  for (guint i = first; i < job->blocks->len; i++)
    {
      const Block *block = &g_array_index (job->blocks, Block, i);

      height += (i == first && starts_page ? 0 : block->space_before) + block->height;
      if (!block->keep_with_next)
        break;
    }

  return height;
}

/* Blocks go down the page until the next one does not fit. A run of blocks kept together
 * (a heading and its section, the red flags) moves to a new page whole when it fits on one;
 * a longer run still never leaves a heading at the foot of a page. */
static void
paginate (HandoutJob *job)
{
  double first = hammy_print_page_get_first_y (&job->page);
  double last = hammy_print_page_get_last_y (&job->page);
  double y = first;
  guint page = 0;
  gboolean page_is_empty = TRUE;

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = &g_array_index (job->blocks, Block, i);
      double needed = (page_is_empty ? 0 : block->space_before) + block->height;
      gboolean in_run = i > 0 && g_array_index (job->blocks, Block, i - 1).keep_with_next;

      if (!in_run && block->keep_with_next && run_height (job, i, TRUE) <= last - first)
        needed = run_height (job, i, page_is_empty);
      else if (block->keep_with_next && i + 1 < job->blocks->len)
        {
          const Block *next = &g_array_index (job->blocks, Block, i + 1);

          needed += next->space_before + next->height;
        }

      if (!page_is_empty && y + needed > last)
        {
          page++;
          y = first;
          page_is_empty = TRUE;
        }

      block->page = page;
      block->y = y + (page_is_empty ? 0 : block->space_before);
      y = block->y + block->height;
      page_is_empty = FALSE;
    }

  job->n_pages = page + 1;
}

static void
show_page_frame (HandoutJob      *job,
                 GtkPrintContext *context,
                 cairo_t         *cr,
                 guint            page)
{
  /* Translators: the page number at the foot of a printed page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, job->n_pages);

  /* Whose it is, on every page. */
  hammy_print_frame (context, cr, &job->page,
                     hammy_handout_get_patient_line (job->handout) != NULL
                     ? hammy_handout_get_patient_line (job->handout) : hammy_handout_get_title (job->handout),
                     hammy_handout_get_date_line (job->handout), number);
}

/* ---- the print operation --------------------------------------------------------------- */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   HandoutJob        *job)
{
  if (job->today != NULL && job->with_notes)
    {
      g_clear_object (&job->handout);
      job->handout = hammy_handout_new_for_today (job->today, job->library, job->date, HAMMY_HANDOUT_WITH_NOTES);
      hammy_handout_set_patient (job->handout, job->patient);
      hammy_handout_set_clinician (job->handout, job->clinician);
    }

  hammy_print_page_init (&job->page, context);

  make_blocks (job);
  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = &g_array_index (job->blocks, Block, i);

      block->height = show_block (job, context, NULL, block, 0);
    }
  paginate (job);

  gtk_print_operation_set_n_pages (operation, job->n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 HandoutJob        *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* Black on white, whatever the style of the window. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_page_frame (job, context, cr, page);

  for (guint i = 0; i < job->blocks->len; i++)
    {
      const Block *block = &g_array_index (job->blocks, Block, i);

      if (block->page == (guint) page)
        show_block (job, context, cr, block, block->y);
    }
}

static GtkPrintOperation *
create_operation (HandoutJob *job)
{
  GtkPrintOperation *operation = hammy_print_operation_new (hammy_handout_get_title (job->handout));

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job,
                         on_draw_page_closure_finalized_cb, 0);

  return operation;
}

/* The handout as a PDF at @path, with no dialog. */
gboolean
hammy_handout_export_pdf (HammyHandout  *handout,
                          const char    *path,
                          GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (HAMMY_IS_HANDOUT (handout), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = create_operation (handout_job_new (handout));
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}

/* ---- the print dialog ------------------------------------------------------------------ */

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            HandoutJob        *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *check = gtk_check_button_new_with_mnemonic (_("_Include the notes in the plan"));
  GtkWidget *explanation = gtk_label_new (_("Notes may have been written for a clinician’s eyes only. "
                                            "Include them when they are meant for the person who gets this handout."));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (explanation), 50);
  gtk_widget_add_css_class (explanation, "dim-label");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), explanation);

  /* Ticked from the start when the clinician asked for notes on handouts in Preferences. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), job->notes_by_default);
  job->notes_check = GTK_CHECK_BUTTON (check);
  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           HandoutJob        *job)
{
  job->with_notes = job->notes_check != NULL && gtk_check_button_get_active (job->notes_check);
  job->notes_check = NULL;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            HandoutJob              *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("The handout could not be printed (%s). Check the printer, or choose "
                                   "“Print to File” to save it as a PDF."),
                                 error != NULL ? error->message : _("no reason given"));
      job->report (job->parent, message);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    hammy_print_remember_settings (operation, job->parent);

  job->notes_check = NULL;
  g_object_unref (operation);
}

/* The print dialog for the handout of the context's plan; “Print to File” in it saves a PDF. */
void
hammy_handout_print (GtkWindow    *parent,
                     HammyContext *context,
                     HammyReport   report)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(HammyHandout) handout = NULL;
  g_autoptr(HammyToday) today = NULL;
  GtkPrintOperation *operation;
  HammyData *data;
  HammyPlan *plan;
  HandoutJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HAMMY_IS_CONTEXT (context));
  g_return_if_fail (report != NULL);

  now = hammy_context_dup_now (context);
  data = hammy_context_get_data (context);

  today = hammy_today_new (data, now);
  plan = hammy_today_get_plan (today);
  g_return_if_fail (plan != NULL);

  handout = hammy_handout_new_for_today (today, hammy_data_get_library (data), now, HAMMY_HANDOUT_FLAGS_NONE);
  if (hammy_data_get_current_profile (data) != NULL)
    hammy_handout_set_patient (handout, hammy_profile_get_name (hammy_data_get_current_profile (data)));
  job = handout_job_new (handout);
  job->patient = hammy_data_get_current_profile (data) != NULL
                 ? g_strdup (hammy_profile_get_name (hammy_data_get_current_profile (data))) : NULL;
  job->clinician = g_settings_get_string (hammy_context_get_settings (context), "clinician-line");
  job->notes_by_default = g_settings_get_boolean (hammy_context_get_settings (context), "handout-notes");
  hammy_handout_set_clinician (handout, job->clinician);
  job->today = g_object_ref (today);
  job->library = g_object_ref (hammy_data_get_library (data));
  job->date = g_date_time_ref (now);
  job->parent = g_object_ref (parent);
  job->report = report;

  operation = create_operation (job);
  {
    /* Whose it is first: each patient's handouts have names of their own. */
    g_autofree char *name = hammy_file_name_for_patient (job->patient,
                                                         /* Translators: the name “Print to File” suggests for the handout's PDF */
                                                         _("Hamstring Plan"));

    hammy_print_use_settings (operation, parent, name);
  }
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), job);

  /* While presenting, the notes are not offered: a print preview would show them on the call. */
  if (hammy_handout_plan_has_notes (plan) &&
      hammy_context_may_show (context, HAMMY_PRIVATE_CLINICIAN_NOTE))
    {
      gtk_print_operation_set_custom_tab_label (operation, _("Handout"));
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), job);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), job);
    }

  /* Asynchronous: "done" always follows, and releases the operation. */
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}
