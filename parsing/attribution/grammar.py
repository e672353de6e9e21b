"""Function words the quote attribution rules read (lower case). Kept as a small data module:
these are closed grammatical classes, not topical vocabularies (those are the quotes_*.json files)."""

from __future__ import annotations

# short words a title may keep in lower case (Back to the Mac)
SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "vs", "with",
                    "de"})

# lower-case words allowed inside a 'Title Name:' line
TITLE_GLUE = frozenset({"the", "and", "to", "of", "for", "at", "on", "in", "de"})

# words that open an adverbial before a clause's subject
LEADING_ADVERBIAL = frozenset({"in", "on", "at", "after", "before", "during", "while", "when", "speaking",
                                "of", "with", "for", "from", "following", "despite", "as", "since", "asked",
                                # prepositions that never open a noun phrase ("Within minutes, the campaign")
                                "within", "amid", "amidst", "under", "throughout", "through", "without",
                                "across", "among", "against", "beyond", "until", "upon",
                                # place and sentence adverbs that open a clause: "Outside, protesters …"
                                "outside", "inside", "elsewhere", "nearby", "meanwhile", "later", "earlier"})

# words that may stand before a name that opens its clause
DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "former", "then", "but", "and", "while",
                   "so", "yet", "as", "also"})

# nouns that refer back to the organisation named last (the company said)
COMPANY_NOUNS = frozenset({"company", "firm", "automaker", "carrier", "airline", "maker", "manufacturer",
                            "retailer", "bank", "lender", "insurer", "group", "corporation", "giant"})

# lower-case words inside an organisation's name (Joint Chiefs of Staff)
CONNECTORS = frozenset({"of", "for", "&", "the", "on"})

# abbreviations whose period does not end a word's sentence
ABBREVIATIONS = frozenset({"jr", "sr", "inc", "corp", "co", "ltd", "no", "st", "mt", "ft", "bros", "dept",
                            "univ", "assn", "asst", "messrs", "mme", "mlle", "vs", "etc", "approx"})

# legal-form words left out of an acronym (General Motors Corp. -> GM)
LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "plc", "llc", "group", "ag",
                          "sa"})

# a relative clause set off by a comma, up to the next mark ("X, who has made "…" the centerpiece")
RELATIVE_SET_OFF = r",\s+(?:who|which)\s[^,;:.!?\u2592]"

# ordinals that are also titles ("First Minister") but inside a body's name are none ("Court of First
# Instance")
ORDINAL_WORDS = frozenset({"first", "second", "third"})

# name suffixes ignored when matching names
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# words a subject noun phrase never spans
NP_STOP = frozenset({
    "that", "which", "who", "whom", "when", "while", "as", "because", "after", "before", "if", "but", "or",
    "so", "where", "although", "though", "since", "until", "than", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "will", "would", "can", "could", "do", "does", "did", "to", "not", "in", "on",
    "during", "about", "into", "also", "said", "says", "and", "with", "citing", "adding", "saying",
})

# words that end the subject after an inverted verb (said X to reporters)
AFTER_STOP = frozenset({
    "who", "when", "while", "that", "which", "as", "after", "before", "during", "in", "on", "at", "to",
    "with", "citing", "adding", "according", "last", "this", "yesterday", "today", "earlier", "later",
    "but", "because", "if", "though", "although", "referring", "speaking", "told", "said",
})

# prepositions of a complement (a spokesman for X)
COMPLEMENT_PREPS = frozenset({"of", "for", "from", "by", "at", "on"})

# the articles ("a scheme the conservatives have called": an article after an article and a noun)
ARTICLES = frozenset({"the", "a", "an"})
# words that open a description (the, a, his)
DETERMINERS = frozenset({"the", "a", "an", "one", "another", "this", "that", "these", "those", "some",
                          "his", "her", "its", "their", "our", "several", "many", "two", "three"})

# subject pronouns that can speak
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})

# relative pronouns after an apposition (X, who said)
RELATIVE = frozenset({"who", "whose", "which", "that"})

# prepositions: a name after one is an object, not a clause's subject
PREPOSITIONS = frozenset({"to", "of", "for", "with", "by", "from", "at", "in", "on", "about", "against",
                          "than", "like", "into", "onto", "upon", "toward", "towards", "between", "among",
                          "via"})

# prepositions that place a thing or send it somewhere (a sign at the entrance to the site, a message
# to ships in the lake): their object modifies the noun before them and is never the subject
PLACING = frozenset({"to", "in", "into", "onto", "near", "outside", "inside", "across", "along", "around",
                     "behind", "beside", "above", "below", "under", "toward", "towards", "beyond", "through"})

# words that hand a clause's predicate to a short quote after them (was "disappointed", as "reckless")
PREDICATE_LINKS = frozenset({"that", "as", "is", "are", "was", "were", "be", "been", "being", "am", "seems",
                              "seemed", "remains", "remained", "become", "became", "becomes", "will", "would",
                              "could", "should", "might", "must", "may", "can", "shall", "not", "it", "very",
                              "too", "so", "how", "what", "of", "has", "have", "had", "having"})

# words that may stand between a verb and its object (stored in the "…", waiting for the first "…")
OBJECT_LEADS = frozenset({"with", "within", "under", "over", "through", "across", "behind", "inside",
                           "outside", "near", "first", "second", "third", "last", "next", "million",
                           "billion", "thousand", "hundred", "dozen"})

# lower-case words ending in -ed/-ing that are not verbs (the building, a meeting)
NOT_VERBS = frozenset({"during", "according", "something", "nothing", "anything", "everything", "morning",
                        "evening", "building", "buildings", "meeting", "meetings", "funding", "spending",
                        "hundred", "thing", "things", "king", "wedding", "ceiling", "opening", "ending",
                        "beginning", "feeling", "feelings", "training", "housing", "shipping", "bed",
                        "red", "need", "speed", "seed", "feed", "breed", "greed", "shed", "sled", "united",
                        "wing", "ring", "spring", "string", "sibling", "darling", "ping", "sing", "bring",
                        "ding", "sting", "swing", "sling", "cling", "fling"})

# participles after a document that name who got it, not who wrote it (a report obtained by X)
RECEIVED = frozenset({"obtained", "seen", "received", "leaked", "viewed", "reviewed", "cited", "quoted",
                      "reported", "acquired", "shown"})

# words that open a subordinate clause: a speech verb after one is not the tail of the quote before
SUBORDINATORS = frozenset({"when", "whenever", "while", "because", "although", "though", "whereas", "unless",
                           "until", "if"})

# lower-case words after a name that are not its verb
NOT_A_VERB = PREPOSITIONS | DETERMINERS | CONNECTORS | frozenset({"and", "or", "but", "nor", "who", "which"})

# words that quantify a plural noun phrase: "41 percent of respondents", "most voters", "a majority of"
QUANTIFIERS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
    "thousand", "thousands", "dozen", "dozens", "percent", "per", "cent", "most", "many", "several", "some",
    "few", "half", "majority", "minority", "third", "quarter", "all", "both",
})

# conjunctive adverbs, set off by commas before a subject or standing alone as an aside ("In its decision,
# however, the commission said", "X, meanwhile, said"): no subject of their own
CONJUNCTIVE = frozenset({"however", "though", "nevertheless", "nonetheless", "moreover", "furthermore",
                         "meanwhile", "instead", "too"})

# "one of the officials", "each of the candidates": one member of the group after "of", a person
SINGLE_OF = frozenset({"one", "each", "either", "neither", "another"})

# words that make a count approximate: "about 30 protesters", "nearly 40 percent of voters"
APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "some", "roughly", "approximately", "over"})

# nouns of time and occasion: "several times", "two days" quantify an adverbial, not a group of people
TIME_NOUNS = frozenset({"time", "times", "occasion", "occasions", "second", "seconds", "minute", "minutes",
                        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
                        "decade", "decades"})
