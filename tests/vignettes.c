/* vignettes.c: runs triage vignettes (the format of docs/triage.md) through the engine and says
 * which cases fail and how. `vignettes FILE`, or no argument for the project's own set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include "hammy-triage.h"

static const char *
string_or_null (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
list_contains (JsonObject *object,
               const char *member,
               const char *value)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

static char *
join_list (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GString) text = g_string_new ("[");
  JsonArray *array;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", json_array_get_string_element (array, i));
    }
  g_string_append_c (text, ']');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe (HammyAssessment *assessment)
{
  g_autofree char *flags = g_strjoinv (", ", (char **) hammy_assessment_get_flags (assessment));

  return g_strdup_printf ("phase %s, picture %s, flags [%s], running %s",
                          hammy_triage_phase_to_id (hammy_assessment_get_phase (assessment)),
                          hammy_assessment_get_picture (assessment), flags,
                          hammy_assessment_get_running (assessment));
}

/* The keys an expectation may hold (docs/triage.md, "Vignettes"). A key the runner does not
 * know would be a check that silently never runs, so it is refused by name. */
static const char * const expect_keys[] = {
  "phase", "phase_in", "phase_not_in", "picture", "flags_include", "flags_exclude", "running", NULL
};

static char *
dup_unknown_expect_key (JsonObject *expect)
{
  g_autoptr(GList) members = json_object_get_members (expect);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (expect_keys, l->data))
      return g_strdup (l->data);

  return NULL;
}

/* Problems of one case, each a line; an empty list is a pass. */
static GPtrArray *
check_case (JsonObject *expect,
            HammyAssessment *assessment)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  const char *phase = hammy_triage_phase_to_id (hammy_assessment_get_phase (assessment));
  const char * const *flags = hammy_assessment_get_flags (assessment);
  GPtrArray *reasons = hammy_assessment_get_reasons (assessment);
  const char *value;

  if ((value = string_or_null (expect, "phase")) != NULL && g_strcmp0 (value, phase) != 0)
    g_ptr_array_add (problems, g_strdup_printf ("phase: expected %s", value));

  if (json_object_has_member (expect, "phase_in") && !list_contains (expect, "phase_in", phase))
    {
      g_autofree char *list = join_list (expect, "phase_in");
      g_ptr_array_add (problems, g_strdup_printf ("phase_in: expected one of %s", list));
    }

  if (list_contains (expect, "phase_not_in", phase))
    g_ptr_array_add (problems, g_strdup_printf ("phase_not_in: %s is excluded", phase));

  if ((value = string_or_null (expect, "picture")) != NULL &&
      g_strcmp0 (value, hammy_assessment_get_picture (assessment)) != 0)
    g_ptr_array_add (problems, g_strdup_printf ("picture: expected %s", value));

  if ((value = string_or_null (expect, "running")) != NULL &&
      g_strcmp0 (value, hammy_assessment_get_running (assessment)) != 0)
    g_ptr_array_add (problems, g_strdup_printf ("running: expected %s", value));

  if (json_object_has_member (expect, "flags_include"))
    {
      JsonArray *wanted = json_object_get_array_member (expect, "flags_include");

      for (guint i = 0; i < json_array_get_length (wanted); i++)
        if (!g_strv_contains (flags, json_array_get_string_element (wanted, i)))
          g_ptr_array_add (problems, g_strdup_printf ("flags_include: %s is missing",
                                                      json_array_get_string_element (wanted, i)));
    }

  for (guint i = 0; flags[i] != NULL; i++)
    if (list_contains (expect, "flags_exclude", flags[i]))
      g_ptr_array_add (problems, g_strdup_printf ("flags_exclude: %s was raised", flags[i]));

  /* Rule 9, for every case: reasons, and a reason for every flag. */
  if (reasons->len == 0)
    g_ptr_array_add (problems, g_strdup ("rule 9: no reasons"));
  for (guint i = 0; flags[i] != NULL; i++)
    {
      gboolean explained = FALSE;

      for (guint r = 0; r < reasons->len && !explained; r++)
        explained = g_strcmp0 (((HammyTriageReason *) g_ptr_array_index (reasons, r))->flag, flags[i]) == 0;
      if (!explained)
        g_ptr_array_add (problems, g_strdup_printf ("rule 9: flag %s has no reason", flags[i]));
    }

  return problems;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *path = argc > 1 ? argv[1] : DEFAULT_VIGNETTES;
  JsonNode *root;
  JsonArray *cases;
  guint passed = 0, failed = 0;

  setlocale (LC_ALL, "C.UTF-8");

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))))
    {
      g_printerr ("Usage: vignettes [FILE]\nRuns triage vignettes; with no FILE, the project's own (%s).\n",
                  DEFAULT_VIGNETTES);
      return 2;
    }

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr ("vignettes: %s: %s\n", path, error->message);
      return 2;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_printerr ("vignettes: %s: a vignette file is a JSON array of cases\n", path);
      return 2;
    }

  cases = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonNode *node = json_array_get_element (cases, i);
      JsonObject *vignette = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *fallback = g_strdup_printf ("case %u", i + 1);
      const char *name = vignette ? string_or_null (vignette, "name") : NULL;
      JsonNode *answers = vignette ? json_object_get_member (vignette, "answers") : NULL;
      JsonNode *expect = vignette ? json_object_get_member (vignette, "expect") : NULL;
      g_autoptr(GError) answer_error = NULL;
      g_autoptr(HammyAssessment) assessment = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autofree char *outcome = NULL;
      g_autofree char *unknown = NULL;
      g_autoptr(JsonObject) no_expectations = json_object_new ();

      if (name == NULL)
        name = fallback;

      if (answers == NULL || !JSON_NODE_HOLDS_OBJECT (answers) ||
          (expect != NULL && !JSON_NODE_HOLDS_OBJECT (expect)))
        {
          printf ("FAIL %s: the case needs an \"answers\" object and, if any, an \"expect\" object\n", name);
          failed++;
          continue;
        }

      if (expect != NULL && (unknown = dup_unknown_expect_key (json_node_get_object (expect))) != NULL)
        {
          printf ("FAIL %s: “%s” is not something a vignette can expect\n", name, unknown);
          failed++;
          continue;
        }

      if (!hammy_triage_answers_check (json_node_get_object (answers), &answer_error))
        {
          printf ("FAIL %s: %s\n", name, answer_error->message);
          failed++;
          continue;
        }

      assessment = hammy_triage_assess (json_node_get_object (answers), NULL);
      problems = check_case (expect ? json_node_get_object (expect) : no_expectations, assessment);
      if (problems->len == 0)
        {
          passed++;
          continue;
        }

      outcome = describe (assessment);
      for (guint p = 0; p < problems->len; p++)
        printf ("FAIL %s: %s; got %s\n", name, (char *) g_ptr_array_index (problems, p), outcome);
      failed++;
    }

  printf ("%u passed, %u failed\n", passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}
