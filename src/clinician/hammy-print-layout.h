/* hammy-print-layout.h: what Hammy's printed pages share: the margins, the type styles, text
 * that is measured and drawn by the same code, the page's header and footer, print settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sizes in points, the unit the print context works in. */
#define HAMMY_PRINT_MM             (72.0 / 25.4)
#define HAMMY_PRINT_HEADER_SPACE   30.0
#define HAMMY_PRINT_FOOTER_SPACE   24.0
#define HAMMY_PRINT_BULLET_INDENT  12.0

typedef enum
{
  HAMMY_PRINT_TITLE,
  HAMMY_PRINT_LEAD,
  HAMMY_PRINT_LABEL,
  HAMMY_PRINT_PHASE,
  HAMMY_PRINT_BODY,
  HAMMY_PRINT_HEADING,
  HAMMY_PRINT_NAME,
  HAMMY_PRINT_DOSE,
  HAMMY_PRINT_NOTE,
  HAMMY_PRINT_STRONG,
  HAMMY_PRINT_SMALL,
  HAMMY_PRINT_COMPACT,          /* lists and tables that have to fit one page */
  HAMMY_PRINT_COMPACT_STRONG,
  HAMMY_PRINT_COMPACT_NOTE,
  HAMMY_PRINT_N_STYLES
} HammyPrintStyle;

/* The paper and the margins used, at least Hammy's own and never inside what the printer can reach. */
typedef struct
{
  double width;
  double height;
  double left;
  double right;
  double top;
  double bottom;
} HammyPrintPage;

void               hammy_print_page_init             (HammyPrintPage       *page,
                                                      GtkPrintContext      *context);
double             hammy_print_page_get_content_width (const HammyPrintPage *page);
double             hammy_print_page_get_first_y      (const HammyPrintPage *page);
double             hammy_print_page_get_last_y       (const HammyPrintPage *page);

/* Each lays out its text @width wide at (@x, @y), draws it when there is a @cr, and returns
 * its height: measuring and drawing go through the same code. */
double             hammy_print_text_aligned          (GtkPrintContext      *context,
                                                      cairo_t              *cr,
                                                      HammyPrintStyle       style,
                                                      const char           *text,
                                                      PangoAlignment        alignment,
                                                      double                x,
                                                      double                y,
                                                      double                width);
double             hammy_print_text                  (GtkPrintContext      *context,
                                                      cairo_t              *cr,
                                                      HammyPrintStyle       style,
                                                      const char           *text,
                                                      double                x,
                                                      double                y,
                                                      double                width);
double             hammy_print_bullet                (GtkPrintContext      *context,
                                                      cairo_t              *cr,
                                                      HammyPrintStyle       style,
                                                      const char           *text,
                                                      double                x,
                                                      double                y,
                                                      double                width);
void               hammy_print_rule                  (cairo_t              *cr,
                                                      double                x,
                                                      double                y,
                                                      double                width,
                                                      double                line_width,
                                                      double                grey);
void               hammy_print_frame                 (GtkPrintContext      *context,
                                                      cairo_t              *cr,
                                                      const HammyPrintPage *page,
                                                      const char           *title,
                                                      const char           *date_line,
                                                      const char           *footer);

GtkPrintOperation *hammy_print_operation_new         (const char           *job_name);
void               hammy_print_use_settings          (GtkPrintOperation    *operation,
                                                      GtkWindow            *parent,
                                                      const char           *file_name);
void               hammy_print_remember_settings     (GtkPrintOperation    *operation,
                                                      GtkWindow            *parent);

G_END_DECLS
