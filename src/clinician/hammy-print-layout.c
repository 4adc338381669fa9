/* hammy-print-layout.c: what Hammy's printed pages share: the margins, the type styles, text
 * that is measured and drawn by the same code, the page's header and footer, print settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-print-layout.h"

/* At least these margins, more when the printer cannot print so close to the edge. */
#define MARGIN_SIDE    (18 * HAMMY_PRINT_MM)
#define MARGIN_TOP     (14 * HAMMY_PRINT_MM)
#define MARGIN_BOTTOM  (14 * HAMMY_PRINT_MM)
#define FONT_FAMILY    "Cantarell, Sans"


static const struct
{
  const char *font;
  double      line_spacing;   /* a factor, or 0 for the font's own */
} styles[HAMMY_PRINT_N_STYLES] = {
  [HAMMY_PRINT_TITLE]          = { FONT_FAMILY " Bold 22", 0 },
  [HAMMY_PRINT_LEAD]           = { FONT_FAMILY " 11", 0 },
  [HAMMY_PRINT_LABEL]          = { FONT_FAMILY " Bold 8.5", 0 },
  [HAMMY_PRINT_PHASE]          = { FONT_FAMILY " Bold 15", 0 },
  [HAMMY_PRINT_BODY]           = { FONT_FAMILY " 10", 1.15 },
  [HAMMY_PRINT_HEADING]        = { FONT_FAMILY " Bold 14", 0 },
  [HAMMY_PRINT_NAME]           = { FONT_FAMILY " Bold 12", 0 },
  [HAMMY_PRINT_DOSE]           = { FONT_FAMILY " 10.5", 1.15 },
  [HAMMY_PRINT_NOTE]           = { FONT_FAMILY " Italic 10", 1.15 },
  [HAMMY_PRINT_STRONG]         = { FONT_FAMILY " Bold 10", 1.15 },
  [HAMMY_PRINT_SMALL]          = { FONT_FAMILY " 8", 0 },
  [HAMMY_PRINT_COMPACT]        = { FONT_FAMILY " 8.5", 1.1 },
  [HAMMY_PRINT_COMPACT_STRONG] = { FONT_FAMILY " Bold 8.5", 1.1 },
  [HAMMY_PRINT_COMPACT_NOTE]   = { FONT_FAMILY " Italic 8.5", 1.1 },
};

/* The full page, so the margins are ours. */
void
hammy_print_page_init (HammyPrintPage  *page,
                       GtkPrintContext *context)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  page->width = gtk_print_context_get_width (context);
  page->height = gtk_print_context_get_height (context);
  page->left = MAX (MARGIN_SIDE, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
  page->right = MAX (MARGIN_SIDE, gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS));
  page->top = MAX (MARGIN_TOP, gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  page->bottom = MAX (MARGIN_BOTTOM, gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS));
}

double
hammy_print_page_get_content_width (const HammyPrintPage *page)
{
  return page->width - page->left - page->right;
}

/* Where the content starts and must end, between the header and the footer. */
double
hammy_print_page_get_first_y (const HammyPrintPage *page)
{
  return page->top + HAMMY_PRINT_HEADER_SPACE;
}

double
hammy_print_page_get_last_y (const HammyPrintPage *page)
{
  return page->height - page->bottom - HAMMY_PRINT_FOOTER_SPACE;
}

double
hammy_print_text_aligned (GtkPrintContext *context,
                          cairo_t         *cr,
                          HammyPrintStyle  style,
                          const char      *text,
                          PangoAlignment   alignment,
                          double           x,
                          double           y,
                          double           width)
{
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = pango_font_description_from_string (styles[style].font);
  int height = 0;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (styles[style].line_spacing > 0)
    pango_layout_set_line_spacing (layout, styles[style].line_spacing);
  pango_layout_set_text (layout, text, -1);

  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

double
hammy_print_text (GtkPrintContext *context,
                  cairo_t         *cr,
                  HammyPrintStyle  style,
                  const char      *text,
                  double           x,
                  double           y,
                  double           width)
{
  return hammy_print_text_aligned (context, cr, style, text, PANGO_ALIGN_LEFT, x, y, width);
}

double
hammy_print_bullet (GtkPrintContext *context,
                    cairo_t         *cr,
                    HammyPrintStyle  style,
                    const char      *text,
                    double           x,
                    double           y,
                    double           width)
{
  hammy_print_text (context, cr, style, "•", x, y, HAMMY_PRINT_BULLET_INDENT);
  return hammy_print_text (context, cr, style, text, x + HAMMY_PRINT_BULLET_INDENT, y,
                           width - HAMMY_PRINT_BULLET_INDENT);
}

void
hammy_print_rule (cairo_t *cr,
                  double   x,
                  double   y,
                  double   width,
                  double   line_width,
                  double   grey)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The title and the day at the top of a page, and @footer (a page number, a notice) at its foot. */
void
hammy_print_frame (GtkPrintContext      *context,
                   cairo_t              *cr,
                   const HammyPrintPage *page,
                   const char           *title,
                   const char           *date_line,
                   const char           *footer)
{
  double width = hammy_print_page_get_content_width (page);
  double half = width / 2;
  double line;

  line = hammy_print_text (context, cr, HAMMY_PRINT_SMALL, title, page->left, page->top, half);
  hammy_print_text_aligned (context, cr, HAMMY_PRINT_SMALL, date_line, PANGO_ALIGN_RIGHT,
                            page->left + half, page->top, half);
  hammy_print_rule (cr, page->left, page->top + line + 4, width, 0.5, 0.55);

  if (footer != NULL)
    hammy_print_text_aligned (context, cr, HAMMY_PRINT_SMALL, footer, PANGO_ALIGN_CENTER,
                              page->left, page->height - page->bottom - line, width);
}

/* A print operation on the full page in points, A4 or Letter as the locale has it until the
 * person picks another paper. */
GtkPrintOperation *
hammy_print_operation_new (const char *job_name)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job_name);

  return operation;
}

/* The printer and paper the person last chose in each window that printed, kept as long as
 * the window is: GtkWindow → GtkPrintSettings. */
static GHashTable *remembered_settings;

static void
on_settings_window_finalized_cb (gpointer  data,
                                 GObject  *where_it_was)
{
  g_hash_table_remove (remembered_settings, where_it_was);
}

/* The printer and paper chosen last time in @parent, or “Print to File” suggesting a PDF
 * called @file_name, a name a person recognises in their folder. */
void
hammy_print_use_settings (GtkPrintOperation *operation,
                          GtkWindow         *parent,
                          const char        *file_name)
{
  GtkPrintSettings *remembered = remembered_settings != NULL ? g_hash_table_lookup (remembered_settings, parent) : NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;

  if (remembered != NULL)
    {
      const char *uri = gtk_print_settings_get (remembered, GTK_PRINT_SETTINGS_OUTPUT_URI);

      /* The same printer and folder, but this page's own name: a handout saved as a file is
       * never suggested as the place for a visit summary. */
      settings = gtk_print_settings_copy (remembered);
      if (uri != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (uri);
          g_autoptr(GFile) folder = g_file_get_parent (file);

          gtk_print_settings_unset (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
          if (folder != NULL)
            {
              g_autofree char *folder_uri = g_file_get_uri (folder);

              gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR, folder_uri);
            }
        }
    }
  else
    {
      settings = gtk_print_settings_new ();
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
    }

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, file_name);
  gtk_print_operation_set_print_settings (operation, settings);
}

/* After printing: the printer and paper the person chose are there again next time in @parent. */
void
hammy_print_remember_settings (GtkPrintOperation *operation,
                               GtkWindow         *parent)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

  if (settings == NULL)
    return;

  if (remembered_settings == NULL)
    remembered_settings = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  if (!g_hash_table_contains (remembered_settings, parent))
    g_object_weak_ref (G_OBJECT (parent), on_settings_window_finalized_cb, NULL);
  g_hash_table_insert (remembered_settings, parent, g_object_ref (settings));
}
