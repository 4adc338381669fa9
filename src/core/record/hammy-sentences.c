/* hammy-sentences.c: one sentence after another, a space between them, none after a line
 * break.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-sentences.h"

void
hammy_sentences_append (GString    *text,
                        const char *sentence)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (sentence != NULL);

  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

void
hammy_sentences_append_printf (GString    *text,
                               const char *format,
                               ...)
{
  g_autofree char *sentence = NULL;
  va_list args;

  va_start (args, format);
  sentence = g_strdup_vprintf (format, args);
  va_end (args);

  hammy_sentences_append (text, sentence);
}
