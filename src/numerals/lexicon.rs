//! Word tables for the numeral reader: one entry per line, compared without case unless
//! a table says otherwise.

use crate::lexicon::{words_table, Words};

/// Cardinal words below one hundred that stand alone or combine ("twenty-one").
pub const CARDINALS: &[(&str, u32)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words, after a number ("90 billion", "three hundred", "13 lakh") or an
/// article ("a million"). Plurals are accepted after a number ("3 dozens").
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lac", 1e5),
    ("crore", 1e7),
    ("dozen", 12.0),
    ("bn", 1e9),
    ("bln", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
];

/// Scale abbreviations written straight after the digits ("$1.2bn", "10k", "3M"),
/// compared with case. `m` and `b` alone are scales only after a currency sign
/// (otherwise "5m" is five metres): see [`CURRENCY_ONLY_SUFFIXES`].
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("bn", 1e9),
    ("Bn", 1e9),
    ("BN", 1e9),
    ("bln", 1e9),
    ("mn", 1e6),
    ("Mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("MM", 1e6),
    ("mm", 1e6),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("B", 1e9),
];

/// Scale suffixes that need a currency sign before the number ("£5m", "$1.2b").
pub const CURRENCY_ONLY_SUFFIXES: &[(&str, f64)] = &[("m", 1e6), ("b", 1e9), ("mm", 1e6)];

/// Ordinal words and their numbers ("first" = 1).
pub const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
];

/// Denominators of spelled-out fractions, singular and plural ("one-fifth",
/// "two-thirds", "three quarters"). "second" is left out: "two seconds" is a duration.
pub const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("twelfth", 12.0),
    ("twelfths", 12.0),
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
];

/// Vague magnitudes: the plural word and the order it counts in. With "of" and a
/// second one they multiply ("tens of thousands" = 10 × 1000).
pub const VAGUE: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 1e2),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
];

/// Unicode vulgar fractions.
pub const VULGAR: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅐', 1.0 / 7.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
    ('⅑', 1.0 / 9.0),
    ('⅒', 0.1),
];

/// Months and their abbreviations (compared with case: "May" the month, not "may").
pub const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Words after which a four-digit year is a date whatever follows ("in 2014",
/// "the 2014 annexation", "by 2035"; compared without case).
pub const YEAR_BEFORE: Words = words_table![
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "til",
    "before",
    "after",
    "during",
    "the",
    "through",
    "throughout",
    "circa",
    "mid",
    "early",
    "late",
    "fiscal",
    "fy",
    "year",
    "years",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "pre",
    "post",
    "between",
    "to",
    "and",
    "of",
    "around",
    "ca",
    "c",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "this",
    "that",
    "last",
    "next",
    "election",
    "census",
    "budget",
    "quarter",
    "half",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
];

/// Of [`YEAR_BEFORE`], the determiners after which a year-shaped number is a count when
/// a counted noun follows ("the 2000 people", "their 1950 members"), a date otherwise
/// ("his 2018 tweet", "a 2011 earthquake").
pub const YEAR_DETERMINERS: Words =
    words_table!["the", "a", "an", "his", "her", "its", "their", "our", "my", "your",];

/// Period words before "of": a year after "quarter of", "end of", "half of" is a date
/// even when a lower-case word follows ("the fiscal first quarter of 2020 have ...").
pub const PERIOD_OF_BEFORE: Words = words_table![
    "quarter",
    "half",
    "end",
    "start",
    "beginning",
    "middle",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "months",
    "weeks",
    "year",
    "season",
    "term",
    "class",
];

/// Of [`YEAR_BEFORE`], the words that also come before counts ("between 2000 and
/// 3000 people", "one of 2000 cases"): after these a year must not be followed by a
/// lower-case word.
pub const YEAR_BEFORE_WEAK: Words =
    words_table!["between", "to", "and", "of", "around", "from", "by"];

/// Words that name a thing by a number after them ("Boeing 747", "Article 5",
/// "Windows 11"): the number is part of the name. Compared with case.
pub const NAME_BEFORE: Words = words_table![
    "Boeing",
    "Airbus",
    "Windows",
    "Article",
    "Articles",
    "Section",
    "Chapter",
    "Title",
    "Resolution",
    "Flight",
    "Route",
    "Apollo",
    "Artemis",
    "Soyuz",
    "Falcon",
    "Phase",
    "Level",
    "Category",
    "Grade",
    "Class",
    "Gate",
    "Room",
    "Terminal",
    "Platform",
    "Highway",
    "Interstate",
    "Amendment",
    "Protocol",
    "Stage",
    "Episode",
    "Season",
    "Volume",
    "Vol",
    "Part",
    "Psalm",
    "Unit",
    "Reactor",
    "Block",
    "Building",
    "Camp",
    "Zone",
    "Sector",
    "District",
    "Precinct",
    "Ward",
    "No",
    "Nos",
    "Nr",
    "Number",
    "Form",
    "Bill",
    "Proposition",
    "Prop",
    "Measure",
    "iPhone",
    "Galaxy",
    "Pixel",
    "Fortune",
    "FTSE",
    "Nikkei",
    "Russell",
    "Xbox",
    "PlayStation",
    "Android",
    "iOS",
    "Formula",
    "Ligue",
    "Serie",
    "Year",
    "Day",
    "Week",
    "Game",
    "Act",
    "Scene",
    "Vision",
    "Agenda",
    "Euro",
    "COP",
    "Channel",
    "Version",
    "Mk",
    "Regulation",
    "Directive",
    "Paragraph",
    "Clause",
    "Schedule",
    "Annex",
    "Appendix",
    "Figure",
    "Exhibit",
    "Lot",
    "Pier",
    "Berth",
    "Seat",
    "Suite",
    "Apt",
    "Apartment",
    "Brigade",
    "Battalion",
    "Regiment",
    "Squadron",
];

/// Lower-case words that name a level or a stage by the number after them: "a level 4
/// alarm", "category 5 storm", "stage 3 restrictions", "tier 2". Compared with case.
pub const LEVEL_BEFORE: Words =
    words_table!["level", "category", "tier", "stage", "phase", "grade", "alert",];

/// Words after which page numbering follows ("Page 2 of 5"). Compared with case.
pub const FURNITURE_BEFORE: Words =
    words_table!["Page", "page", "Photo", "photo", "Image", "Slide", "Pg", "pg", "p", "pp",];

/// Letter prefixes before digits that are currencies, not names ("Rs500", "USD5").
pub const CURRENCY_PREFIXES: Words = words_table![
    "Rs", "INR", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "AUD", "CAD", "NZD", "HKD",
    "Ksh", "KSh", "KES", "Sh", "Tk", "Rp", "RM", "UAH", "RUB", "Dh", "SR", "QR", "kr", "NGN",
    "ZAR", "BRL", "MXN", "TRY", "PLN", "SEK", "NOK", "DKK",
];

/// Country letters written after a dollar sign and before the digits, the Australian and
/// Asian wire style ("$US91.8 billion", "$A12", "$NZ5"): the figure is money, not a name.
/// Compared with case. (The currency each names: [`crate::lexicon::money::BEFORE`].)
pub const DOLLAR_COUNTRY_LETTERS: Words = words_table!["US", "A", "AU", "C", "CA", "NZ", "HK", "S"];

/// Words that join two numbers and are no counted noun: "from 2014 to 2022".
pub const CONNECTORS: Words =
    words_table!["to", "and", "or", "through", "until", "till", "vs", "versus",];

/// Slash forms that are names, not fractions or dates ("24/7", "9/11").
pub const NAMED_SLASHES: Words =
    words_table!["24/7", "9/11", "7/7", "50/50", "20/20", "365/24", "4/20", "3/11",];

/// Word prefixes joined by a hyphen to a year that make it a date ("mid-2014").
pub const YEAR_PREFIXES: Words =
    words_table!["mid", "pre", "post", "early", "late", "end", "start"];

/// Lower-case words joined by a hyphen to a number that still form a name ("covid-19").
pub const LOWER_NAME_PREFIXES: Words = words_table![
    "covid", "sars", "mers", "h", "hr", "s", "mh", "su", "tu", "mig", "f", "b", "c", "g", "t", "a",
];

/// Words before "one" that make it a pronoun ("the one", "no one", "that one").
pub const ONE_PRONOUN_BEFORE: Words = words_table![
    "the", "no", "this", "that", "which", "each", "every", "any", "any", "little", "only", "last",
    "next", "another", "such", "someone", "a", "loved", "right", "wrong", "big", "new", "old",
];

/// Words after "one" that make it a pronoun or idiom ("one of the", "one another",
/// "one day"). Compared without case.
pub const ONE_PRONOUN_AFTER: Words = words_table![
    "of", "another", "day", "point", "who", "whom", "whose", "that", "which", "hand", "way",
    "thing", "by", "'s", "must", "should", "can", "could", "would", "might", "may", "will",
    "shall", "time", "last", "else", "too",
];

/// Words after "the one" that keep it a pronoun ("the one thing", "the one person who")
/// even though a word follows. Compared without case.
pub const ONE_PRONOUN_NOUNS: Words =
    words_table!["thing", "person", "place", "man", "woman", "people", "most", "only",];

/// Units after "one" that make a span when [`ONE_SPAN_AFTER`] follows: "one day after
/// the vote", "one week later" (not the idiom "one day he will").
pub const ONE_SPAN_NOUNS: Words = words_table!["day", "week", "month", "year", "night", "hour"];

/// See [`ONE_SPAN_NOUNS`].
pub const ONE_SPAN_AFTER: Words =
    words_table!["after", "before", "later", "earlier", "ago", "since", "into",];

/// Words after "one-" that make an idiom, not a number ("one-time", "one-sided").
pub const ONE_IDIOM_HYPHEN: Words =
    words_table!["time", "off", "sided", "on", "way", "stop", "liner", "size", "party",];

/// Vague quantifiers and the interval [low, high) they stand for, in units of the scale
/// word after them ("several hundred" = [300, 1000), "a few thousand" = [2000, 6000),
/// "a couple of dozen" = [24, 48)). Without a scale word only "a couple of" is a number
/// ("a couple of hours" = [2, 4)), and any of them before a span of
/// [`QUANTIFIED_SPANS`] ("several days", "the next few weeks"); "a few" and "several"
/// alone are left unread.
/// The first word(s) are matched without case.
pub const QUANTIFIERS: &[(&[&str], f64, f64)] = &[
    (&["a", "couple"], 2.0, 4.0),
    (&["a", "few"], 2.0, 6.0),
    (&["few"], 2.0, 6.0),
    (&["several"], 3.0, 10.0),
];

/// Spans after a quantifier of [`QUANTIFIERS`] that make it a number with no scale
/// word: "several days" [3, 10) days, "a few weeks" [2, 6) weeks, "the next few months"
/// ("few" alone is a number only there: "few people came" is left unread)
/// (a vague span, as "dozens" is a vague count). Compared without case.
pub const QUANTIFIED_SPANS: Words = words_table![
    "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
];

/// Capitalized words before a capitalized number word that make the pair a name
/// ("Air Force One", "Formula One", "Big Three", "Final Four", "Fab Four", "BBC Two").
/// Compared with case. A headline's "Kills Three" is a count.
pub const NAME_WORD_BEFORE: Words = words_table![
    "Force",
    "Formula",
    "Big",
    "Final",
    "Fab",
    "Elite",
    "Sweet",
    "Famous",
    "Secret",
    "Fantastic",
    "Magnificent",
    "BBC",
    "Radio",
    "Page",
    "Ocean's",
    "Ocean’s",
];

/// Capitalized words that make "X of <number word>" a name ("Group of Seven",
/// "Gang of Four", "Party of Five"). Compared with case.
pub const NAME_OF_BEFORE: Words = words_table!["Group", "Gang", "Council", "Band", "Party", "Club"];

/// Small words that title-case headlines may leave in lower case ("Storm Kills Three
/// in Coastal Town"): ignored when deciding whether a line is in headline case.
pub const HEADLINE_SMALL: Words = words_table![
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "as",
    "vs", "from", "with", "into", "over", "up", "off", "per", "via", "after", "amid", "than",
];

/// Lower-case plural nouns that are counted, not dated, after "the" and a year-shaped
/// number ("the 2000 people", "the 1500 troops"); other plurals after such a number are
/// events of that year ("the 2014 talks", "the 2020 elections"). Compared without case.
pub const COUNTED_AFTER_YEAR: Words = words_table![
    "people",
    "persons",
    "residents",
    "workers",
    "employees",
    "staff",
    "troops",
    "soldiers",
    "police",
    "officers",
    "firefighters",
    "children",
    "men",
    "women",
    "students",
    "patients",
    "passengers",
    "migrants",
    "refugees",
    "protesters",
    "demonstrators",
    "families",
    "households",
    "homes",
    "houses",
    "buildings",
    "jobs",
    "cases",
    "deaths",
    "dead",
    "victims",
    "voters",
    "votes",
    "members",
    "delegates",
    "fans",
    "spectators",
    "participants",
    "signatures",
    "cars",
    "vehicles",
    "animals",
    "sheep",
    "cattle",
    "acres",
    "hectares",
    "tonnes",
    "tons",
    "metres",
    "meters",
    "miles",
    "kilometres",
    "kilometers",
    "feet",
    "dollars",
    "euros",
    "pounds",
];

/// Openers of link lines: every number on such a line is page furniture ("Read more:
/// Five things to know"). Compared without case; a colon, space or bar must follow.
pub const FURNITURE_LINES: Words = words_table![
    "Read more",
    "Read also",
    "Also read",
    "More on this story",
    "More from",
    "Related",
    "Related Topics",
    "Related coverage",
    "See also",
    "Watch",
    "Listen",
    "Recommended",
    "Most read",
    "Sign up",
    "Follow us",
    "Next update",
    "Image source",
    "Photo credit",
    "This story is",
    "This article is",
];

/// Endings of widget lines: every number on such a line is page furniture ("100% Font
/// Size", "A+ Text size"). Compared without case.
pub const FURNITURE_LINE_ENDS: Words =
    words_table!["Font Size", "Text Size", "Font Size +", "Zoom"];

/// Street words: "2250 Ridge Road", "10 Downing Street". Compared with case.
pub const STREET_WORDS: Words = words_table![
    "Road",
    "Rd",
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Way",
    "Place",
    "Pl",
    "Square",
    "Court",
    "Ct",
    "Terrace",
    "Parkway",
    "Pkwy",
    "Highway",
    "Hwy",
    "Strasse",
    "Straße",
    "Rue",
];

/// Time-zone abbreviations after a four-digit clock time ("by 1005 GMT"). Compared
/// with case.
pub const TIME_ZONES: Words = words_table![
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "ET", "EST", "EDT", "CT", "CST", "CDT",
    "MT", "MST", "MDT", "PT", "PST", "PDT", "IST", "JST", "AEST", "AEDT", "HKT", "SGT", "MSK",
    "GST", "WIB", "local",
];

/// Words before "half" that make it a period, not a fraction ("the first half of 2026").
pub const HALF_PERIOD_BEFORE: Words =
    words_table!["first", "second", "1st", "2nd", "latter", "back", "front"];

/// Words after a spelled-out hour that make it a clock time ("eight in the morning",
/// "eight at night"). Each entry is the words that follow, compared without case.
pub const CLOCK_WORDS_AFTER: &[&[&str]] = &[
    &["in", "the", "morning"],
    &["in", "the", "afternoon"],
    &["in", "the", "evening"],
    &["at", "night"],
    &["at", "noon"],
    &["o'clock"],
    &["o’clock"],
];
