/* hammy-references.c: the published studies Hammy's advice rests on, cited in About and on cards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hammy-references.h"

/* Citations are not translated: a reader needs the title as published to find it.
 * Kept sorted by first author, then year; the tests hold it to that. */
static const HammyReference references[] = {
  { "askling-2013", "Askling CM, Tengvar M, Thorstensson A", 2013,
    "Acute hamstring injuries in Swedish elite football: a prospective randomised controlled clinical trial comparing two rehabilitation protocols",
    "Br J Sports Med 47(15):953–959" },
  { "askling-2014", "Askling CM, Tengvar M, Tarassova O, Thorstensson A", 2014,
    "Acute hamstring injuries in Swedish elite sprinters and jumpers: a prospective randomised controlled clinical trial comparing two rehabilitation protocols",
    "Br J Sports Med 48(7):532–539" },
  { "basson-2017", "Basson A, Olivier B, Ellis R, Coppieters M, Stewart A, Mudzi W", 2017,
    "The effectiveness of neural mobilization for neuromusculoskeletal conditions: a systematic review and meta-analysis",
    "J Orthop Sports Phys Ther 47(9):593–615" },
  { "bayer-2017", "Bayer ML, Magnusson SP, Kjaer M", 2017,
    "Early versus delayed rehabilitation after acute muscle injury",
    "N Engl J Med 377(13):1300–1301" },
  { "cacchio-2012", "Cacchio A, Borra F, Severini G, et al.", 2012,
    "Reliability and validity of three pain provocation tests used for the diagnosis of chronic proximal hamstring tendinopathy",
    "Br J Sports Med 46(12):883–887" },
  { "chumanov-2011", "Chumanov ES, Heiderscheit BC, Thelen DG", 2011,
    "Hamstring musculotendon dynamics during stance and swing phases of high-speed running",
    "Med Sci Sports Exerc 43(3):525–532" },
  { "coppieters-2008", "Coppieters MW, Butler DS", 2008,
    "Do ‘sliders’ slide and ‘tensioners’ tension? An analysis of neurodynamic techniques and considerations regarding their application",
    "Man Ther 13(3):213–221" },
  { "ellis-2012", "Ellis RF, Hing WA, McNair PJ", 2012,
    "Comparison of longitudinal sciatic nerve movement with different mobilization exercises: an in vivo study utilizing ultrasound imaging",
    "J Orthop Sports Phys Ther 42(8):667–675" },
  { "farrar-2001", "Farrar JT, Young JP, LaMoreaux L, Werth JL, Poole RM", 2001,
    "Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale",
    "Pain 94(2):149–158" },
  { "finucane-2020", "Finucane LM, Downie A, Mercer C, et al.", 2020,
    "International framework for red flags for potential serious spinal pathologies",
    "J Orthop Sports Phys Ther 50(7):350–372" },
  { "freckleton-2014", "Freckleton G, Cook J, Pizzari T", 2014,
    "The predictive validity of a single leg bridge test for hamstring injuries in Australian Rules Football Players",
    "Br J Sports Med 48(8):713–717" },
  { "goom-2016", "Goom TSH, Malliaras P, Reiman MP, Purdam CR", 2016,
    "Proximal hamstring tendinopathy: clinical aspects of assessment and management",
    "J Orthop Sports Phys Ther 46(6):483–493" },
  { "heiderscheit-2010", "Heiderscheit BC, Sherry MA, Silder A, Chumanov ES, Thelen DG", 2010,
    "Hamstring strain injuries: recommendations for diagnosis, rehabilitation, and injury prevention",
    "J Orthop Sports Phys Ther 40(2):67–81" },
  { "hickey-2020", "Hickey JT, Timmins RG, Maniar N, et al.", 2020,
    "Pain-free versus pain-threshold rehabilitation following acute hamstring strain injury: a randomized controlled trial",
    "J Orthop Sports Phys Ther 50(2):91–103" },
  { "mountjoy-2018", "Mountjoy M, Sundgot-Borgen JK, Burke LM, et al.", 2018,
    "IOC consensus statement on relative energy deficiency in sport (RED-S): 2018 update",
    "Br J Sports Med 52(11):687–697" },
  { "petersen-2011", "Petersen J, Thorborg K, Nielsen MB, Budtz-Jørgensen E, Hölmich P", 2011,
    "Preventive effect of eccentric training on acute hamstring injuries in men’s soccer: a cluster-randomized controlled trial",
    "Am J Sports Med 39(11):2296–2303" },
  { "rio-2015", "Rio E, Kidgell D, Purdam C, et al.", 2015,
    "Isometric exercise induces analgesia and reduces inhibition in patellar tendinopathy",
    "Br J Sports Med 49(19):1277–1283" },
  { "salaffi-2004", "Salaffi F, Stancati A, Silvestri CA, Ciapetti A, Grassi W", 2004,
    "Minimal clinically important changes in chronic musculoskeletal pain intensity measured on a numerical rating scale",
    "Eur J Pain 8(4):283–291" },
  { "schache-2012", "Schache AG, Dorn TW, Blanch PD, Brown NAT, Pandy MG", 2012,
    "Mechanics of the human hamstring muscles during sprinting",
    "Med Sci Sports Exerc 44(4):647–658" },
  { "sherry-2004", "Sherry MA, Best TM", 2004,
    "A comparison of 2 rehabilitation programs in the treatment of acute hamstring strains",
    "J Orthop Sports Phys Ther 34(3):116–125" },
  { "silbernagel-2007", "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J", 2007,
    "Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study",
    "Am J Sports Med 35(6):897–906" },
  { "van-der-horst-2017", "van der Horst N, Backx FJG, Goedhart EA, Huisstede BMA", 2017,
    "Return to play after hamstring injuries in football (soccer): a worldwide Delphi procedure regarding definition, medical criteria and decision-making",
    "Br J Sports Med 51(22):1583–1591" },
  { "van-der-made-2015", "van der Made AD, Reurink G, Gouttebarge V, Tol JL, Kerkhoffs GM", 2015,
    "Outcome after surgical repair of proximal hamstring avulsions: a systematic review",
    "Am J Sports Med 43(11):2841–2851" },
  { "van-dyk-2019", "van Dyk N, Behan FP, Whiteley R", 2019,
    "Including the Nordic hamstring exercise in injury prevention programmes halves the rate of hamstring injuries: a systematic review and meta-analysis of 8459 athletes",
    "Br J Sports Med 53(21):1362–1370" },
  { "van-hooren-2017", "Van Hooren B, Bosch F", 2017,
    "Is there really an eccentric action of the hamstrings during the swing phase of high-speed running? Part I: a critical review of the literature",
    "J Sports Sci 35(23):2313–2321" },
  { "warden-2014", "Warden SJ, Davis IS, Fredericson M", 2014,
    "Management and prevention of bone stress injuries in long-distance runners",
    "J Orthop Sports Phys Ther 44(10):749–765" },
  { "weppler-2010", "Weppler CH, Magnusson SP", 2010,
    "Increasing muscle extensibility: a matter of increasing length or modifying sensation?",
    "Phys Ther 90(3):438–449" },
  { "zourdos-2016", "Zourdos MC, Klemp A, Dolan C, et al.", 2016,
    "Novel resistance training-specific rating of perceived exertion scale measuring repetitions in reserve",
    "J Strength Cond Res 30(1):267–275" },
};

guint
hammy_references_get_n_items (void)
{
  return G_N_ELEMENTS (references);
}

const HammyReference *
hammy_references_get_item (guint index)
{
  if (index >= G_N_ELEMENTS (references))
    return NULL;

  return &references[index];
}

const HammyReference *
hammy_references_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      if (g_str_equal (references[i].id, id))
        return &references[i];
    }

  return NULL;
}

/* Vancouver-like, the way clinicians are used to reading a citation. */
char *
hammy_reference_format (const HammyReference *reference)
{
  g_return_val_if_fail (reference != NULL, NULL);

  return g_strdup_printf ("%s (%u). %s. %s.",
                          reference->authors, reference->year,
                          reference->title, reference->source);
}

char *
hammy_references_format_all (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *line = hammy_reference_format (&references[i]);

      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
