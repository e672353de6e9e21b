"""The recognition rules for time expressions: named regexes built from the vocabulary tables.

Each rule is ``(name, opener classes, regex)``. Opener classes say which kinds of word a match may
start with (see :mod:`parsing.temporal.patterns`); order matters: at one position the first rule wins.
"""

from __future__ import annotations

from .vocab import TimeVocab, alternation

Rule = tuple[str, str, str]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_CLOCK_WORDS = rf"(?i:{_ONES}|ten|eleven|twelve)(?![\w-])"


def pieces(v: TimeVocab) -> dict[str, str]:
    """Shared sub-patterns (no named groups)."""
    short_full = ("May", "June", "July")
    full_months = [m for m in v.months if (len(m) > 4 and not m.endswith(".")) or m in short_full]
    num_words = [w for w in v.numbers if " " not in w]
    out = {
        "MON": rf"(?:{alternation(v.months)})(?![A-Za-z])",
        "MONFULL": rf"(?:{alternation(full_months)})(?![A-Za-z])",
        "WD": rf"(?:{alternation(v.weekdays)})(?![A-Za-z])",
        "WDFULL": rf"(?:{alternation(w for w in v.weekdays if not w.endswith('.'))})(?![A-Za-z])",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "Y4": r"(?:1[5-9]\d\d|20\d\d)(?![\d%])",
        "NUM": rf"(?i:(?:{_TENS})[-\u2010](?:{_ONES})|{alternation(num_words)}|a\s+couple\s+of|a\s+dozen"
               r"|half\s+an?)|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|\[\w+\]",
        "VAGUE": rf"(?i:{alternation(v.vague_numbers)})",
        "UNIT": r"(?i:centur(?:y|ies)|decades?|years?|months?|weeks?|fortnights?|days?|hours?|minutes?"
                r"|quarters?)",
        "ORD": rf"(?i:{alternation(v.ordinals)}|\d?(?:1st|2nd|3rd|[4-9]th|0th|1[1-3]th))",
        "ORDW": rf"(?i:{alternation(w for w, n in v.ordinals.items() if n > 0)})(?![\w-])",  # "the fifth of"
        "SEASON": rf"(?i:{alternation(v.seasons)})",
        "POD": rf"(?i:{alternation(v.parts_of_day)})",
        "TZ": rf"(?:{alternation(v.time_zones)})(?![A-Za-z])",
        "OFFSET": rf"(?i:(?:a\s+)?{alternation(v.clock_offsets)})",
        "AMPM": r"(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)",
        # an era after a year or a century: BC, B.C., BCE; AD, A.D., CE (not "BC Hydro", British Columbia's)
        "ERA": r"(?P<era>B\.C\.(?:E\.)?|BCE|BC(?!\s+[A-Z][a-z])|A\.D\.|AD|C\.E\.|CE)(?![\w-])",
        "REL": r"(?i:last|this\s+past|this\s+coming|this|next|the\s+coming|the\s+following)",
        "EDGE": r"(?i:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)",
        "FISC": r"(?:(?:fiscal|financial)\s+)",
    }
    # "March and April 2009", "June 3 to July 5, 2009": the year at the end of a span of months
    out["SPANYEAR"] = (
        r"(?:(?=(?:(?:\s*[,\-\u2013])?\s*(?:(?:and|or|to|through|until|till)\s+)?(?:the\s+)?"
        rf"{out['MON']}(?:\s*{out['DAY']})?)+,?\s+(?P<ayear>{out['Y4']}))|)"
    )
    return out


def _dates(p: dict[str, str]) -> list[Rule]:
    wdp = rf"(?:(?P<weekof>(?i:the)\s+week\s+of)\s+)?(?:(?P<wd>{p['WD']}),?\s+(?:the\s+)?)?"  # the week of
    return [
        ("date_mdy", "WD MON THE",
         rf"{wdp}(?P<mon>{p['MON']})\s*(?P<day>{p['DAY']})(?:,\s*|\s+)(?P<year>{p['Y4']})"),
        ("date_dmy", "WD D",
         rf"{wdp}(?P<day>{p['DAY']})(?:\s+of)?\s+(?P<mon>{p['MON']}),?\s+(?P<year>{p['Y4']})"),
        ("iso", "D4",
         r"(?<![\d-])(?P<year>1[89]\d\d|20\d\d)(?P<sep>[-/])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
         r"(?:T(?P<hh>[01]\d|2[0-4]):(?P<mm>[0-5]\d))?(?![\d-])"),
        ("slash", "D",
         r"(?<![\d/.])(?P<a>3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?P<b>3[01]|[12]\d|0?[1-9])(?P=sep)"
         r"(?P<year>\d{4}|(?<=/)\d\d)(?![\d/.]\d)"),
        ("time", "D D4 CLOCK",
         rf"(?<![\d:.,])(?:(?P<hh>[01]?\d|2[0-4]):(?P<mm>[0-5]\d)(?!\d)(?:\s*(?P<ampm>{p['AMPM']})"
         r"|\s+(?P<inpod3>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)?"  # "3:30 in the afternoon"
         rf"|(?P<hh4>1[0-2]|0?[1-9]|{_CLOCK_WORDS})\s+o['\u2019]clock(?:\s*(?P<ampm4>{p['AMPM']})"
         r"|\s+(?P<inpod2>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)?"  # "11 o'clock at night"
         rf"|(?P<hh2>1[0-2]|0?[1-9])(?:[.:](?P<mm2>[0-5]\d))?\s*(?P<ampm2>{p['AMPM']})"
         rf"|(?P<hh3>[01]\d|2[0-3])(?P<mm3>[0-5]\d)(?=\s*(?:{p['TZ']}|(?i:local\s+time)\b))"
         # "at 11.40 yesterday morning", "14.30 local time": a clock time with a full stop, as British
         # papers write it, before a day word or a zone
         r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\babout\s)"
         r"|(?<=\baround\s))"
         rf"(?P<hh6>[01]?\d|2[0-3])\.(?P<mm6>[0-5]\d)(?=\s+(?i:yesterday|today|tomorrow|tonight|local\s+time)\b"
         rf"|\s*(?:{p['TZ']})\b)"
         r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s))"
         r"(?P<hh5>1[0-2]|[1-9])(?=\s+(?i:tonight|this\s+(?:morning|afternoon|evening))\b)"  # "at 7 tonight"
         # "at two in the morning", "until ten at night": an hour and the part of the day it falls in
         r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
         r"|(?<=\baround\s)|(?<=\babout\s)|(?<=\bpast\s)|(?<=\bsince\s)|(?<=\bfrom\s))"
         rf"(?P<hh7>1[0-2]|[1-9]|{_CLOCK_WORDS})\s+(?P<inpod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
         # "a quarter to midnight", "half past noon": minutes counted from noon or midnight
         rf"|(?:(?P<offset>{p['OFFSET']})\s+(?P<offdir>(?i:to|past))\s+)?"
         r"(?P<word>(?i:noon|midnight|midday)))"
         rf"(?:\s*(?P<paren>\()?(?P<tz>{p['TZ']})(?:\s*(?P<tzoff>[+\-\u2212]\s*\d{{1,2}}(?::?[0-5]\d)?))?(?(paren)\))"
         r"|\s+(?i:local\s+time)|\s+(?:[A-Z][a-z]+\s+){1,2}time\b)?"  # "5 p.m. New York time"
         rf"(?:\s+(?P<tail>(?i:today|tonight|yesterday|tomorrow|last\s+night)|{p['WD']})"
         rf"(?:\s+(?P<tailpod>(?i:morning|afternoon|evening)))?"  # "4 o'clock yesterday afternoon"
         rf"|\s+(?i:this)\s+(?P<thispod>{p['POD']})|\s+(?i:that)\s+(?P<thatpod>{p['POD']})"
         r"|\s+(?P<nextday>(?i:the\s+(?:next|following)\s+day)))?"
         rf"(?:(?=,?\s+(?:on\s+)?(?:(?P<amon>{p['MON']})\s*(?P<aday>{p['DAY']})"
         rf"|(?P<aday2>{p['DAY']})(?:\s+of)?\s+(?P<amon2>{p['MON']}))(?:,?\s+(?P<ayear>{p['Y4']}))?)|)"),
        ("month_year", "EDGE THE MON",
         rf"(?:(?P<edge>{p['EDGE']})[-\s]+)?(?P<mon>{p['MON']}),?\s+(?:of\s+)?(?P<year>{p['Y4']})"),
        ("month_day", "WD MON D THE",
         rf"{wdp}(?:(?P<mon>{p['MON']})\s*(?P<day>{p['DAY']})(?![,.]\d)"
         rf"|(?:the\s+)?(?P<day2>{p['DAY']})(?:\s+of)?\s+(?P<mon2>{p['MON']})"
         rf"|(?i:the)\s+(?P<dayw>{p['ORDW']})\s+of\s+(?P<mon3>{p['MON']}))"
         r"(?:\s+(?:of\s+)?(?P<dyrel>(?i:last|next))\s+year(?![\w'\u2019-]))?"  # "Sept. 27 last year"
         rf"{p['SPANYEAR']}"),
    ]


def _periods(v: TimeVocab, p: dict[str, str]) -> list[Rule]:
    return [
        ("run", "ORD",
         rf"(?P<ord>{p['ORD']})\s+(?i:consecutive|straight|successive)\s+"
         r"(?P<unit>(?i:day|session|night|week|month|quarter|year))(?![\w-])"),
        ("quarter", "THE MISC ORD QH D FISCAL",
         rf"(?:(?i:the)\s+)?(?:(?P<same>(?i:same|corresponding))\s+)?(?P<fisc1>(?i:fiscal)\s+)?(?P<ord>{p['ORD']})[-\s]+"
         rf"(?P<fisc2>{p['FISC']})?(?P<unit>quarter|half)"
         rf"(?:\s+(?:of\s+)?(?:(?P<year>{p['Y4']})|(?i:fiscal)\s+(?P<fyear>{p['Y4']})"
         rf"|(?P<rel>(?i:this|last|next|the))\s+(?P<newyr>(?i:new)\s+)?(?P<fisc3>{p['FISC']})?year))?"
         rf"|\b[QH](?P<qn>[1-4])(?:\s+(?P<qyear>{p['Y4']}))?\b"
         # "the September quarter": the quarter ending that month (Australian and Indian usage)
         rf"|(?i:the)\s+(?P<qmon>March|June|September|December|Christmas)\s+quarter(?:\s+(?:of\s+)?(?P<qmyear>{p['Y4']}))?"
         # "the July-September period", "the April-to-June quarter": a quarter or a half said by its months
         rf"|(?i:the)\s+(?P<smon1>{p['MON']})\s*(?:[-\u2013/]|-to-|\s+to\s+)\s*(?P<smon2>{p['MON']})\s+"
         rf"(?i:period|quarter|half|months)(?:\s+(?:of\s+)?(?P<smyear>{p['Y4']}))?"),
        ("fiscal", "FISCAL FY THE REL DUR D4",
         # "the 2012-13 financial year", "fiscal 2012-13": a year across two, named for the one it ends in
         rf"(?:(?i:the)\s+)?(?P<ystart>{p['Y4']})[-\u2013/](?P<yend>\d\d)(?!\d)\s+(?i:fiscal|financial)\s+year\b"
         rf"|(?i:fiscal|financial)\s+(?:year\s+)?(?P<ystart2>{p['Y4']})[-\u2013/](?P<yend2>\d\d)(?![\d\w])"
         rf"|(?i:fiscal|financial)\s+(?:year\s+)?(?P<year>{p['Y4']}|\d\d)(?!\d)"
         rf"|(?P<year3>{p['Y4']})\s+(?i:fiscal|financial)\s+year\b"  # "its 2001 fiscal year"
         r"|\bFY\s?(?P<year2>\d{4}|\d\d)\b"
         r"|(?:(?i:the)\s+(?:very\s+)?(?i:beginning|start|end|middle)\s+of\s+)?"
         rf"(?:(?:(?i:the)\s+)?(?P<rel>(?i:this|last|next|current|previous))\s+(?:{p['FISC']}year"
         # "the current fiscal", "last fiscal": the year, as Indian English says it
         r"|(?i:fiscal)(?![\w-])(?!\s+(?:year|quarter|half|first|second|third|fourth|\d))"
         # a noun only where no noun follows it ("the next fiscal update" is no year)
         r"(?=\s*(?:[,.;:!?)\"”]|$|(?i:in|on|at|to|and|or|but|the|a|an|when|as|of|from|for|with|compared"
         r"|against|versus|was|is|were|had|has|ended|ending|while|after|before|than|that|which)\b)))"
         rf"|(?i:the)\s+{p['FISC']}year(?![\w\u2010-])(?!\s+(?:ending|ended|to|through|that|which|before|after)\b))"),
        ("decade", "THE EDGE D D4 APOS DECW",
         r"(?:(?i:the)\s+)?(?:(?P<edge>early|mid|late)[-\s]+)?"
         r"(?:(?P<dec>1[5-9]\d0|20\d0)['\u2019]?s|(?P<dec2>['\u2019]?[2-9]0)['\u2019]?s"
         rf"|(?P<decw>(?i:{alternation(v.decade_words)})))(?![A-Za-z])"),
        ("century", "THE ORD D",
         rf"(?:(?i:the)\s+)?(?P<ord>{p['ORD']}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+(?P<unit>(?i:century|millennium))"
         rf"(?:\s+{p['ERA']})?"),
        # "3000 BC", "AD 43", "between 1971 and 1926 BC", "between AD 600 and 900": years of an era, the
        # first of two taking the era said once for both (not "4BC", a radio station)
        ("era", "D D4 YEAR ERA",
         r"(?<![\w$£€¥#/.,\-])(?:(?P<ad>A\.?D\.?)\s+(?P<a1>\d{1,4})(?:\s*(?:[-\u2013]|to|and|until)\s*(?P<a2>\d{1,4}))?"
         rf"|(?P<b1>\d{{1,4}})(?:\s*(?:[-\u2013]|to|and|until)\s*(?P<b2>\d{{1,4}}))?\s+{p['ERA']})(?![\d%])"),
        ("ago", "NUMW D D4 BRACKET", rf"(?P<n>{p['NUM']}|{p['VAGUE']})\s+(?P<unit>{p['UNIT']})\s+"
                                     r"(?:ago(?:\s+(?P<from>(?i:today|yesterday|tomorrow))\b)?"
                                     r"|(?P<ahead>(?i:from\s+(?:now|today)|hence)))\b"),
        ("month_week", "THE ORD REL",
         rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?:week|(?P<owd>{p['WDFULL']}))"
         r"\s+(?:of|in)\s+"  # "the last week of March", "the last Sunday in August"
         rf"(?P<mon>{p['MONFULL']})(?:,?\s+(?P<year>{p['Y4']}))?"),
        # not "the coming months", "the last months of": several units, no one period ("last years"
        # with no "the" is a typo of "last year's")
        ("holiday", "HOL REL THE",
         # "the day after Thanksgiving", "the Friday before Christmas", "the weekend after Easter"
         rf"(?:(?i:the)\s+(?P<near>(?i:day|week|weekend)|{p['WDFULL']})\s+(?P<side>(?i:after|before))\s+)?"
         rf"(?:(?P<rel>{p['REL']})\s+)?(?P<name>{alternation(v.holidays)})(?![\w'’])"
         rf"(?:\s+(?P<year>{p['Y4']})|\s+(?P<hyrel>(?i:last|next))\s+year(?![\w'\u2019-]))?"
         r"(?P<weekend>\s+(?i:weekend)(?![\w-]))?"),  # "Christmas Day last year": one time
        ("rel_unit", "REL THE EDGE MISC",
         r"(?!(?:(?i:the)\s+|(?<=(?i:the)\s))\w+\s+(?i:weeks|months|years|decades|quarters)\b)"
         rf"(?P<rel>{p['REL']}|(?i:the)\s+(?:past|last|previous|prior|current)"
         rf"|(?P<edge>{p['EDGE']}|earlier|later)\s+(?:in\s+)?(?:(?i:this|last|next|the)))"
         r"\s+(?P<unit>(?i:week(?:end)?|month|year|decade|century|quarter))s?(?![A-Za-z])"
         r"|(?i:the)\s+(?P<unit2>(?i:year|month|week))\s+(?:before|previous|prior|earlier)"
         r"|(?P<yend>(?i:year)[-\s]end)\b|(?i:the)\s+(?P<unit4>weekend)\b"
         r"|(?i:the\s+(?:same|comparable|corresponding)\s+(?P<unit3>week|month|period|quarter)\s+"
         r"(?:a\s+year\s+(?:ago|earlier)|last\s+year"
         rf"|of\s+(?P<sameyear>{p['Y4']})))"),
        ("season", "REL THE EDGE SEASON",
         rf"(?:(?P<rel>{p['REL']}|(?i:the\s+(?:previous|prior)|early|late|mid))[-\s]+"
         r"|(?<=\b[iI]n\s)|(?<=\b[tT]he\s)|(?<=\bthis\s))?"
         rf"(?P<season>{p['SEASON']})(?:\s+(?:of\s+)?(?P<year>{p['Y4']})"
         r"|\s+of\s+(?:(?P<that>(?i:that))|(?P<yrel>(?i:last|this|next)))\s+year(?![\w'\u2019-]))?(?![A-Za-z])"),
    ]


def _deictic(v: TimeVocab, p: dict[str, str]) -> list[Rule]:
    refs = alternation(v.present_ref | v.past_ref | v.future_ref)
    return [
        ("weekday", "REL THE WD",
         rf"(?:(?P<rel>{p['REL']}|(?i:the\s+(?:previous|preceding|prior)))\s+)?(?P<wd>{p['WDFULL']})"
         rf"(?:\s+(?P<pod>{p['POD']}))?"),
        ("deictic", "DEICTIC EDGE REL",
         rf"(?P<word>(?i:{alternation(v.deictic_days)}|last\s+night))"
         rf"(?:\s+(?P<pod>{p['POD']}))?(?![A-Za-z])"
         rf"|(?P<this>(?i:this))\s+(?P<pod2>{p['POD']})(?![A-Za-z])"),
        ("same_day", "THE",
         r"(?i:the)\s+(?P<step>(?i:next|following|previous|preceding))\s+(?P<unit>(?i:day|night|morning|evening|afternoon))"
         r"(?![-\w])"
         r"|(?i:the)\s+(?P<unit2>(?i:day|night|morning|evening))\s+(?P<step2>(?i:before|after|earlier|later))"
         # then no object: punctuation, a conjunction, or a preposition or "that" opening what follows
         r"(?=\s*[,.;:!?)\]\"”]|\s+(?:and|but|or|as|when|while|by|in|at|on|to|with|from|for)\b"
         r"|\s+that\s+[A-Z])"
         r"|(?i:the|that)(?:\s+same)?\s+day(?![-\w])(?!\s+(?:of|when)\b)"
         r"(?!\s+(?:after|before)\s+(?:(?:the|a|an|his|her|its|their|our|this|that)\b|[A-Z\d]))"
         r"|(?:(?i:that)(?:\s+same)?|(?i:the\s+same))\s+(?P<unit3>(?i:night|morning|evening|afternoon))"
         r"(?![-\w])(?!\s+of\b)"),  # "that evening", "the same afternoon"
        ("anaphor", "THE EDGE",
         r"(?i:that)\s+time(?![\w\u2010-])(?!\s+(?:of|when)\b)"
         r"|(?<!\b[Oo]f\s)(?:(?i:later|earlier)\s+)?(?i:that)\s+(?P<tunit>(?i:year|month))(?![\w\u2010'\u2019-])"
         r"(?!\s+(?:of|when|alone)\b)"
         r"|(?i:the|that)\s+(?P<date>(?i:date))(?![\w\u2010-])(?!\s+(?:of|for|when|on|that|which)\b)"
         r"|(?i:the)\s+(?i:entire|whole|full)\s+year(?![\w\u2010-])(?!\s+(?:of|before|after)\b)"),
        # "on the 25th", "until the tenth": a day of the month, said alone after a preposition
        ("day_ordinal", "THE",
         r"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)|(?<=\b[Bb]efore\s)"
         r"|(?<=\b[Aa]fter\s)|(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s))"
         rf"(?i:the)\s+(?P<dord>{p['ORD']})(?![\w-])(?=\s*[,.;:!?)\"”’]|\s*$|\s+(?:when|if|but)\b)"),
        # "until the new year": the calendar year about to begin (or just begun)
        ("new_year", "THE", r"(?i:the)\s+new\s+year(?![\w'\u2019-])(?!\s+(?:Eve|Day)\b)"),
        # "the quarter", "the year-earlier period": the period an earnings report is about, named before;
        # "the year" (lower case: not "Player of the Year"), the year in view
        ("period_anaphor", "THE",
         r"(?i:the)\s+(?:(?P<earlier>(?i:year[-\s](?:earlier|ago)))\s+)?(?P<punit>(?i:quarter|period|month)|year|week)"
         r"(?![\w\u2010'\u2019-])(?!\s+(?:of|ended|ending|ends|closes|to|before|after|in|that|which|when|from|through"
         r"|earlier|ago|prior|later|round|long|beginning|starting|award|between|he|she|it|they|we|I|you)\b|\s+\d)"),
        ("duration", "THE DUR REL ORD NUMW D D4 BRACKET",
         r"(?:(?P<pre>(?i:(?:the|over\s+the)\s+)?(?i:past|last|final|next|previous|coming|first|following))\s+)?"
         rf"(?P<n>{p['NUM']}|{p['VAGUE']})(?:\s+and\s+a\s+half)?[-\s](?P<unit>{p['UNIT']})"
         r"(?:[-\s]long)?(?![A-Za-z])(?![-\u2010]end\b)"  # not "a year-end deadline": the year's end
         # "a year later," / "two days before.": a date counted from the time just named
         r"(?:\s+(?P<dir>(?i:earlier|later|before|after))(?=\s*[,.;:!?)\]\"\u201d]|\s+(?:and|but|or|as|when)\b"
         r"|(?<=r)\s+(?:in|at|on|by|from|with|for|to)\b"  # "signed two days earlier in Geneva"
         # "Two days later they …": a clause goes on; not "earlier than", "earlier each day", "this year"
         r"|(?<=ater|lier)\s+(?!(?:than|this|each|every|per|next|last|that)\b)[A-Za-z]+\b))?"),
        ("set", "SET",
         rf"(?P<q>(?i:every|each|per))\s+(?:(?P<n>{p['NUM']})\s+)?(?P<unit>{p['UNIT']}|{p['SEASON']}|seasons?)"
         rf"(?![A-Za-z])|(?P<word>(?i:{alternation(v.set_words)}))(?![A-Za-z])"
         # "every Tuesday (night)", "each other Friday", "every December", "each morning": a recurring
         # day, month or part of day, no one date
         rf"|(?i:every|each)\s+(?:(?i:other)\s+)?(?:(?P<swd>{p['WDFULL']})(?:\s+(?P<swdpod>{p['POD']}))?"
         rf"|(?P<smon>{p['MONFULL']})|(?P<spod>{p['POD']}))(?![A-Za-z])"),
        ("ref", "REF", rf"(?P<ref>(?i:{refs}))(?![A-Za-z])(?!\s+(?:\S+\s+)?{p['UNIT']})"),
    ]


def _numbers(p: dict[str, str]) -> list[Rule]:
    return [
        ("year_range", "D4",
         rf"(?<![\w$£€¥#/.,\-])(?P<y1>{p['Y4']})\s*[-\u2013\u2014/]\s*(?P<y2>\d{{4}}|\d\d)"
         r"(?![\w%]|[.,:]\d)"),
        ("year", "EDGE D4 YEAR",
         r"(?:(?P<edge>(?i:early|mid|late))[-\s]+|(?<![\w$£€¥#/.,\-]))(?P<year>1[6-9]\d\d|20\d\d)"
         r"(?![\w%]|[.,:/\-\u2013]\d)"),
        ("month", "REL THE EDGE MON",
         rf"(?:(?P<rel>{p['REL']}|{p['EDGE']})[-\s]+)?(?P<mon>{p['MONFULL']})"
         r"(?:(?=\s+of\s+(?P<ofrel>(?i:this|last|next|that))\s+year)"
         r"|\s+(?P<yrel>(?i:last|next|this))\s+year(?![\w'\u2019-])|)"  # "May last year": one expression
         rf"{p['SPANYEAR']}"),
    ]


def rules(v: TimeVocab) -> list[Rule]:
    """All rules in priority order."""
    p = pieces(v)
    return _dates(p) + _periods(v, p) + _deictic(v, p) + _numbers(p)
