/* test-core.c: unit tests for the rules in src/core that the foundation relies on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "hammy-page.h"
#include "hammy-pain.h"
#include "hammy-paths.h"
#include "hammy-privacy.h"
#include "hammy-references.h"
#include "hammy-safety.h"

static void
test_page_names_round_trip (void)
{
  for (guint i = 0; i < HAMMY_N_PAGES; i++)
    {
      HammyPage page = HAMMY_N_PAGES;

      g_assert_true (hammy_page_from_name (hammy_page_to_name (i), &page));
      g_assert_cmpint (page, ==, i);
    }

  g_assert_cmpstr (hammy_page_to_name (HAMMY_PAGE_TRIAGE), ==, "triage");
  g_assert_cmpstr (hammy_page_to_name (HAMMY_PAGE_TODAY), ==, "today");
  g_assert_cmpstr (hammy_page_to_name (HAMMY_PAGE_HISTORY), ==, "history");
  g_assert_cmpstr (hammy_page_to_name (HAMMY_PAGE_LIBRARY), ==, "library");
}

static void
test_page_unknown_names_refused (void)
{
  const char *unknown[] = { "", "Triage", "settings", "library ", NULL };
  HammyPage page = HAMMY_PAGE_LIBRARY;

  for (guint i = 0; unknown[i] != NULL; i++)
    g_assert_false (hammy_page_from_name (unknown[i], &page));
  g_assert_false (hammy_page_from_name (NULL, &page));

  /* A refused name leaves the output alone. */
  g_assert_cmpint (page, ==, HAMMY_PAGE_LIBRARY);
}

/* The traffic light's edges, docs/content.md: 0–3 fine, 4–5 acceptable, above 5 stop. */
static void
test_pain_bands (void)
{
  static const HammyPainBand expected[] = {
    HAMMY_PAIN_BAND_FINE, HAMMY_PAIN_BAND_FINE, HAMMY_PAIN_BAND_FINE, HAMMY_PAIN_BAND_FINE,
    HAMMY_PAIN_BAND_ACCEPTABLE, HAMMY_PAIN_BAND_ACCEPTABLE,
    HAMMY_PAIN_BAND_STOP, HAMMY_PAIN_BAND_STOP, HAMMY_PAIN_BAND_STOP, HAMMY_PAIN_BAND_STOP, HAMMY_PAIN_BAND_STOP,
  };

  for (int pain = 0; pain <= HAMMY_PAIN_MAX; pain++)
    {
      HammyPainBand band = hammy_pain_get_band (pain);

      g_assert_cmpint (band, ==, expected[pain]);
      g_assert_nonnull (hammy_pain_band_get_title (band));
      g_assert_nonnull (hammy_pain_band_get_advice (band));
    }
  g_assert_cmpstr (hammy_pain_band_get_advice (HAMMY_PAIN_BAND_FINE), !=,
                   hammy_pain_band_get_advice (HAMMY_PAIN_BAND_STOP));
}

static void
test_safety_notice_shown_until_current_version_seen (void)
{
  g_assert_true (hammy_safety_notice_is_needed (0));
  g_assert_true (hammy_safety_notice_is_needed (HAMMY_SAFETY_NOTICE_VERSION - 1));
  g_assert_false (hammy_safety_notice_is_needed (HAMMY_SAFETY_NOTICE_VERSION));
  /* A notice acknowledged in a newer Hammy is not shown again by an older one. */
  g_assert_false (hammy_safety_notice_is_needed (HAMMY_SAFETY_NOTICE_VERSION + 1));
}

static void
test_safety_signs_ordered_most_urgent_first (void)
{
  HammyClinicianSign sign;
  HammyCareUrgency previous = HAMMY_CARE_EMERGENCY;
  guint n = hammy_safety_get_n_clinician_signs ();

  g_assert_cmpuint (n, >=, 6);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (hammy_safety_get_clinician_sign (i, &sign));
      g_assert_cmpint (sign.urgency, >=, previous);
      g_assert_cmpuint (strlen (sign.signs), >, 10);
      g_assert_cmpuint (strlen (sign.action), >, 5);
      previous = sign.urgency;
    }

  g_assert_false (hammy_safety_get_clinician_sign (n, &sign));

  g_assert_true (hammy_safety_get_clinician_sign (0, &sign));
  g_assert_cmpint (sign.urgency, ==, HAMMY_CARE_EMERGENCY);
}

/* The red flags (docs/content.md) each reach the notice: emergency, today, soon and within days. */
static void
test_safety_signs_cover_every_urgency (void)
{
  gboolean seen[HAMMY_CARE_WITHIN_DAYS + 1] = { FALSE, };
  HammyClinicianSign sign;

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    seen[sign.urgency] = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_true (seen[i]);
}

static void
test_safety_notice_body_lists_every_sign (void)
{
  g_autofree char *body = hammy_safety_notice_dup_body ();
  HammyClinicianSign sign;

  g_assert_nonnull (strstr (body, "not a diagnosis"));

  for (guint i = 0; hammy_safety_get_clinician_sign (i, &sign); i++)
    {
      g_assert_nonnull (strstr (body, sign.signs));
      g_assert_nonnull (strstr (body, sign.action));
    }

  g_assert_true (g_utf8_validate (body, -1, NULL));
}

/* The surname and initials of the first author, the key a reference list is sorted by. */
static char *
first_author (const HammyReference *reference)
{
  const char *comma = strchr (reference->authors, ',');
  g_autofree char *name = g_strndup (reference->authors,
                                     comma ? (gsize) (comma - reference->authors) : strlen (reference->authors));

  return g_utf8_casefold (name, -1);
}

static void
test_references_sorted_and_unique (void)
{
  guint n = hammy_references_get_n_items ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 20);

  for (guint i = 0; i < n; i++)
    {
      const HammyReference *reference = hammy_references_get_item (i);

      g_assert_nonnull (reference);
      g_assert_true (g_hash_table_add (ids, (gpointer) reference->id));
      g_assert_cmpuint (reference->year, >=, 1990);
      g_assert_cmpuint (reference->year, <=, 2026);
      g_assert_cmpuint (strlen (reference->authors), >, 3);
      g_assert_cmpuint (strlen (reference->title), >, 10);
      g_assert_cmpuint (strlen (reference->source), >, 5);
      g_assert_true (hammy_references_lookup (reference->id) == reference);

      if (i > 0)
        {
          const HammyReference *previous = hammy_references_get_item (i - 1);
          g_autofree char *a = first_author (previous);
          g_autofree char *b = first_author (reference);
          int order = g_utf8_collate (a, b);

          g_assert_cmpint (order, <=, 0);
          if (order == 0)
            g_assert_cmpuint (previous->year, <=, reference->year);
        }
    }

  g_assert_null (hammy_references_get_item (n));
  g_assert_null (hammy_references_lookup ("no-such-study-1900"));
}

/* Every study that docs/content.md lists is there for the cards to point at. */
static void
test_references_cover_domain_citations (void)
{
  const char *cited[] = {
    "chumanov-2011", "schache-2012", "van-hooren-2017", "heiderscheit-2010", "goom-2016",
    "cacchio-2012", "freckleton-2014", "rio-2015", "askling-2013", "askling-2014",
    "van-dyk-2019", "petersen-2011", "coppieters-2008", "ellis-2012", "basson-2017",
    "van-der-horst-2017", "sherry-2004", "silbernagel-2007", "hickey-2020", "farrar-2001",
    "salaffi-2004", "zourdos-2016", "bayer-2017", "weppler-2010", "warden-2014", "mountjoy-2018",
    "finucane-2020", "van-der-made-2015",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cited); i++)
    g_assert_nonnull (hammy_references_lookup (cited[i]));
}

static void
test_references_format (void)
{
  const HammyReference *reference = hammy_references_lookup ("askling-2013");
  g_autofree char *line = hammy_reference_format (reference);
  g_autofree char *all = hammy_references_format_all ();
  g_auto(GStrv) paragraphs = g_strsplit (all, "\n\n", -1);

  g_assert_true (g_str_has_prefix (line, "Askling CM, Tengvar M, Thorstensson A (2013). Acute hamstring"));
  g_assert_true (g_str_has_suffix (line, "Br J Sports Med 47(15):953–959."));
  g_assert_nonnull (strstr (all, line));
  g_assert_cmpuint (g_strv_length (paragraphs), ==, hammy_references_get_n_items ());
}

static void
test_paths_data_dir_under_user_data (void)
{
  g_autofree char *data_dir = hammy_paths_dup_data_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hammy", NULL);

  g_assert_cmpstr (data_dir, ==, expected);
  /* Computing the path must not create it: startup does no I/O beyond settings. */
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));
}

/* Alone, everything shows; presenting, nothing private does, except the history details a
 * patient asked to see, which are theirs. */
static void
test_privacy_policy (void)
{
  for (guint kind = 0; kind < HAMMY_N_PRIVATE_KINDS; kind++)
    {
      g_assert_true (hammy_privacy_may_show (kind, HAMMY_AUDIENCE_SELF));
      g_assert_false (hammy_privacy_may_show (kind, HAMMY_AUDIENCE_SHARED));
      g_assert_cmpint (hammy_privacy_may_show (kind, HAMMY_AUDIENCE_SHARED_DETAILS), ==, hammy_privacy_can_reveal (kind));
      g_assert_nonnull (hammy_privacy_get_refusal (kind));
      g_assert_cmpuint (strlen (hammy_privacy_get_refusal (kind)), >, 0);
    }

  g_assert_true (hammy_privacy_can_reveal (HAMMY_PRIVATE_HISTORY_DETAIL));
  g_assert_false (hammy_privacy_can_reveal (HAMMY_PRIVATE_CLINICIAN_NOTE));
  g_assert_false (hammy_privacy_can_reveal (HAMMY_PRIVATE_SET_NOTE));
  g_assert_false (hammy_privacy_can_reveal (HAMMY_PRIVATE_OTHER_PROFILE));
  g_assert_false (hammy_privacy_can_reveal (HAMMY_PRIVATE_FILES));
  g_assert_true (hammy_privacy_may_show (HAMMY_PRIVATE_HISTORY_DETAIL, HAMMY_AUDIENCE_SHARED_DETAILS));
  g_assert_false (hammy_privacy_may_show (HAMMY_PRIVATE_OTHER_PROFILE, HAMMY_AUDIENCE_SHARED_DETAILS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/page/names-round-trip", test_page_names_round_trip);
  g_test_add_func ("/core/pain/bands", test_pain_bands);
  g_test_add_func ("/core/privacy/policy", test_privacy_policy);
  g_test_add_func ("/core/page/unknown-names-refused", test_page_unknown_names_refused);
  g_test_add_func ("/core/safety/notice-shown-until-seen", test_safety_notice_shown_until_current_version_seen);
  g_test_add_func ("/core/safety/signs-ordered", test_safety_signs_ordered_most_urgent_first);
  g_test_add_func ("/core/safety/signs-cover-every-urgency", test_safety_signs_cover_every_urgency);
  g_test_add_func ("/core/safety/notice-lists-every-sign", test_safety_notice_body_lists_every_sign);
  g_test_add_func ("/core/references/sorted-and-unique", test_references_sorted_and_unique);
  g_test_add_func ("/core/references/cover-domain-citations", test_references_cover_domain_citations);
  g_test_add_func ("/core/references/format", test_references_format);
  g_test_add_func ("/core/paths/data-dir", test_paths_data_dir_under_user_data);

  return g_test_run ();
}
