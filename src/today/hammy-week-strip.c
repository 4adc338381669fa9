/* hammy-week-strip.c: the week ahead on Today: a day a button, today first, each saying whether
 * it is a rest day or how many exercises are due, and the chosen day's exercises in words under
 * the strip. It fits a phone; each day is a Tab stop, named in full for a screen reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hammy-dates.h"
#include "hammy-week-strip.h"

struct _HammyWeekStrip
{
  GtkWidget        parent_instance;

  GtkWidget       *days;         /* the row of buttons */
  GtkLabel        *detail;       /* the chosen day in words */
  GPtrArray       *buttons;      /* of GtkToggleButton, one a day */
  GPtrArray       *sentences;    /* of char *: each day in words, as the detail says it */
  guint            selected;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (HammyWeekStrip, hammy_week_strip, GTK_TYPE_WIDGET)

/* ---- helpers ------------------------------------------------------------------------- */

static void
clear_days (HammyWeekStrip *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->days)) != NULL)
    gtk_box_remove (GTK_BOX (self->days), child);
  g_ptr_array_set_size (self->buttons, 0);
  g_ptr_array_set_size (self->sentences, 0);
}

static void
show_selected (HammyWeekStrip *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i), i == self->selected);
  self->updating = FALSE;

  gtk_label_set_label (self->detail, self->selected < self->sentences->len ? g_ptr_array_index (self->sentences, self->selected) : "");
}

/* “Today, Tuesday 3 March: Askling Extender, Single-Leg Bridge.” or “… : a rest day.” */
static char *
describe_day (const HammyTodayDay *day,
              gboolean             today)
{
  g_autofree char *name = hammy_dates_format (&day->date, HAMMY_DATE_STYLE_WEEKDAY);
  g_autofree char *when = today ? g_strdup_printf (_("Today, %s"), name) : g_strdup (name);

  if (day->rest)
    /* Translators: a day of the week ahead with nothing due */
    return g_strdup_printf (_("%s: a rest day, nothing is due."), when);
  if (today && day->done == HAMMY_TODAY_DONE_FULL)
    /* Translators: today, with what was due and is done, such as “Today, Tuesday 3 March: all done: Plank.” */
    return g_strdup_printf (_("%s: all done: %s."), when, day->summary);
  /* Translators: a day of the week ahead, then what is due that day */
  return g_strdup_printf (_("%s: %s."), when, day->summary);
}

static GtkWidget *
create_day (HammyWeekStrip      *self,
            const HammyTodayDay *day,
            guint                index)
{
  char weekday[64];
  g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&day->date));
  g_autofree char *mark = NULL;
  g_autofree char *name = g_strdup_printf ("week-day-%u", index);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label;
  guint n_due = day->exercises != NULL ? g_strv_length (day->exercises) : 0;

  if (g_date_strftime (weekday, sizeof weekday, "%a", &day->date) == 0)
    weekday[0] = '\0';

  label = gtk_label_new (weekday);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (number);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  if (index == 0 && day->done == HAMMY_TODAY_DONE_FULL)
    mark = g_strdup ("✓");
  else if (day->rest)
    /* Translators: under a day of the week strip with nothing due; very short */
    mark = g_strdup (C_("week strip", "Rest"));
  else
    mark = g_strdup_printf ("%u", n_due);
  label = gtk_label_new (mark);
  gtk_widget_add_css_class (label, "caption");
  if (day->rest)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "week-day");
  gtk_widget_add_css_class (button, "flat");
  if (day->rest)
    gtk_widget_add_css_class (button, "rest");
  if (index == 0)
    gtk_widget_add_css_class (button, "today");
  if (self->buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), g_ptr_array_index (self->buttons, 0));

  return button;
}

/* ---- callbacks ----------------------------------------------------------------------- */

static void
on_day_toggled_cb (GtkToggleButton *button,
                   HammyWeekStrip  *self)
{
  guint index;

  if (self->updating || !gtk_toggle_button_get_active (button) ||
      !g_ptr_array_find (self->buttons, button, &index))
    return;

  self->selected = index;
  show_selected (self);
}

/* ---- GObject --------------------------------------------------------------------------- */

static void
hammy_week_strip_dispose (GObject *object)
{
  HammyWeekStrip *self = HAMMY_WEEK_STRIP (object);

  g_clear_pointer (&self->days, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->detail, gtk_widget_unparent);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->sentences, g_ptr_array_unref);

  G_OBJECT_CLASS (hammy_week_strip_parent_class)->dispose (object);
}

static void
hammy_week_strip_class_init (HammyWeekStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hammy_week_strip_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "weekstrip");
}

static void
hammy_week_strip_init (HammyWeekStrip *self)
{
  self->buttons = g_ptr_array_new ();
  self->sentences = g_ptr_array_new_with_free_func (g_free);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 8);

  self->days = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_box_set_homogeneous (GTK_BOX (self->days), TRUE);
  gtk_widget_set_parent (self->days, GTK_WIDGET (self));

  self->detail = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->detail, TRUE);
  gtk_label_set_xalign (self->detail, 0);
  gtk_widget_set_name (GTK_WIDGET (self->detail), "week-detail");
  gtk_widget_set_parent (GTK_WIDGET (self->detail), GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("The week ahead"), -1);
}

/* ---- public API ---------------------------------------------------------------------- */

GtkWidget *
hammy_week_strip_new (void)
{
  return g_object_new (HAMMY_TYPE_WEEK_STRIP, NULL);
}

/* Shows @today's week (HammyToday's week days, today first); the chosen day stays chosen. */
void
hammy_week_strip_set_today (HammyWeekStrip *self,
                            HammyToday     *today)
{
  guint n;

  g_return_if_fail (HAMMY_IS_WEEK_STRIP (self));
  g_return_if_fail (HAMMY_IS_TODAY (today));

  clear_days (self);
  n = hammy_today_get_n_week_days (today);
  for (guint i = 0; i < n; i++)
    {
      const HammyTodayDay *day = hammy_today_get_week_day (today, i);
      GtkWidget *button = create_day (self, day, i);
      char *sentence = describe_day (day, i == 0);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
      gtk_widget_set_tooltip_text (button, sentence);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_day_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (self->days), button);
      g_ptr_array_add (self->buttons, button);
      g_ptr_array_add (self->sentences, sentence);
    }

  self->selected = MIN (self->selected, n > 0 ? n - 1 : 0);
  show_selected (self);
}

guint
hammy_week_strip_get_selected (HammyWeekStrip *self)
{
  g_return_val_if_fail (HAMMY_IS_WEEK_STRIP (self), 0);
  return self->selected;
}

void
hammy_week_strip_set_selected (HammyWeekStrip *self,
                               guint           index)
{
  g_return_if_fail (HAMMY_IS_WEEK_STRIP (self));
  g_return_if_fail (index < self->buttons->len);

  self->selected = index;
  show_selected (self);
}

/* The chosen day in words, as the strip shows it under the days. */
const char *
hammy_week_strip_get_detail (HammyWeekStrip *self)
{
  g_return_val_if_fail (HAMMY_IS_WEEK_STRIP (self), NULL);
  return gtk_label_get_label (self->detail);
}
