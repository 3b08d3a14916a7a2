//! What a figure measures (DESIGN.md, "Alignment"): the frame read for each mention,
//! end to end through `compare`, and the groups it keeps apart or lets meet. One test
//! per class of phrasing; the places, names and figures are invented for these tests.

use fact_compare::{compare, Group, Mention, Options, Report, Source};

/// The report of `texts`, one source per text, named "a", "b", ...
fn report(texts: &[&str]) -> Report {
    let sources: Vec<Source> = texts
        .iter()
        .zip(["a", "b", "c", "d", "e"])
        .map(|(t, id)| Source::new(id, *t))
        .collect();
    compare(&sources, &Options::default()).expect("compare")
}

/// The mention of `source` whose text is `text`.
fn mention<'a>(r: &'a Report, source: &str, text: &str) -> &'a Mention {
    r.mentions
        .iter()
        .find(|m| m.source == source && m.text == text)
        .unwrap_or_else(|| {
            let all: Vec<_> = r.mentions.iter().map(|m| (&m.source, &m.text)).collect();
            panic!("no {text:?} in {source}: {all:?}")
        })
}

/// The group that holds a mention.
fn group_of<'a>(r: &'a Report, m: &Mention) -> &'a Group {
    r.groups
        .iter()
        .find(|g| g.mentions.contains(&m.id))
        .expect("every mention is in a group")
}

/// Whether two mentions (source, text) share a group.
fn same(r: &Report, a: (&str, &str), b: (&str, &str)) -> bool {
    group_of(r, mention(r, a.0, a.1)).id == group_of(r, mention(r, b.0, b.1)).id
}

/// The predicate a mention's frame names, as written.
fn predicate<'a>(r: &'a Report, source: &str, text: &str) -> Option<&'a str> {
    mention(r, source, text).frame.predicate.as_deref()
}

/// The event a mention's frame names.
fn event<'a>(r: &'a Report, source: &str, text: &str) -> Option<&'a str> {
    mention(r, source, text).frame.event.as_deref()
}

#[test]
fn an_ordinal_that_heads_the_figure_phrase_is_its_own_though_a_figure_is_nearer() {
    // "About 9 hours later, a second tremor of magnitude 6.9": the ordinal sits between
    // two figures, as near the duration as the magnitude; it is the magnitude's.
    let r = report(&[
        "A magnitude 7.2 quake struck the Varnel valley before dawn. About 9 hours later, a second quake of magnitude 6.9 struck the same valley.",
        "The first quake, of magnitude 7.1, struck at 4am. The second strong quake measured magnitude 6.8 when it struck the valley.",
        "Seismologists put the first quake at magnitude 7.2, and a second quake measuring magnitude 6.9 struck the valley in the afternoon.",
    ]);
    assert_eq!(event(&r, "a", "magnitude 6.9"), Some("second quake"));
    assert!(event(&r, "b", "magnitude 6.8").is_some_and(|e| e.starts_with("second")));
    assert_eq!(event(&r, "c", "magnitude 6.9"), Some("second quake"));
    assert_eq!(event(&r, "a", "magnitude 7.2"), None);
    // The second quake's magnitudes meet one another, never the first's.
    assert!(same(&r, ("a", "magnitude 6.9"), ("c", "magnitude 6.9")));
    assert!(same(&r, ("b", "magnitude 6.8"), ("c", "magnitude 6.9")));
    assert!(!same(&r, ("a", "magnitude 6.9"), ("b", "magnitude 7.1")));
    assert!(!same(&r, ("b", "magnitude 6.8"), ("c", "magnitude 7.2")));
}

#[test]
fn a_sentence_that_refers_back_takes_the_event_of_the_sentence_before() {
    let r = report(&[
        "A second quake hit the Orlen coast at noon. It measured 6.4, according to the national observatory.",
        "The first quake measured 7.0. A second tremor struck three hours later. The tremor measured 6.5 on the same scale.",
        "Both quakes were shallow: the first of magnitude 7.0, the second of magnitude 6.4.",
    ]);
    assert_eq!(event(&r, "a", "6.4"), Some("second quake"));
    assert_eq!(event(&r, "b", "6.5"), Some("second tremor"));
    // Not a sentence that names its own subject, nor one in another paragraph.
    assert_eq!(event(&r, "b", "7.0"), None);
    assert!(same(&r, ("a", "6.4"), ("b", "6.5")));
    assert!(!same(&r, ("a", "6.4"), ("b", "7.0")));
}

#[test]
fn the_event_of_the_sentence_before_stops_at_a_paragraph() {
    let r =
        report(&["A second quake hit the Orlen coast at noon.\n\nIt measured 6.4 at the port."]);
    assert_eq!(event(&r, "a", "6.4"), None);
}

#[test]
fn an_aftershock_is_a_later_event_of_any_rank() {
    let r = report(&[
        "The main quake measured 7.3. An aftershock of magnitude 6.2 followed in the evening.",
        "A second quake of magnitude 6.1 struck the region at dusk; the first had measured 7.4.",
    ]);
    assert_eq!(event(&r, "a", "magnitude 6.2"), Some("aftershock"));
    // The aftershock meets the second quake, never the main one.
    assert!(same(&r, ("a", "magnitude 6.2"), ("b", "magnitude 6.1")));
    assert!(!same(&r, ("a", "magnitude 6.2"), ("a", "7.3")));
    assert!(same(&r, ("a", "7.3"), ("b", "7.4")));
}

#[test]
fn a_figure_said_to_be_there_takes_the_place_of_the_sentence_before() {
    // The sentence before counts the dead, this one the injured: "there" still
    // carries the province over.
    let r = report(&[
        "In Kessa province, rescuers counted 340 dead. The number of injured there rose to 1,100 by nightfall.",
        "In Kessa province 1,150 people were injured, while in Dorn province 800 were hurt.",
    ]);
    let entities = &mention(&r, "a", "1,100").frame.entities;
    assert!(
        entities.iter().any(|e| e == "Kessa province"),
        "{entities:?}"
    );
    assert!(same(&r, ("a", "1,100"), ("b", "1,150")));
    assert!(!same(&r, ("a", "1,100"), ("b", "800")));
}

#[test]
fn an_offer_price_never_meets_a_trading_price() {
    let r = report(&[
        "Harlow offered $31.00 a share, a premium of 18% to the closing price of $26.27 on Thursday.",
        "The $31 a share offer compares with the $26.27 at which the stock closed on Thursday. Harlow bid $31 for each share.",
        "Shares of the target closed at $29.90 on Friday, below the offer of $31 a share.",
    ]);
    // "closing" heads the phrase of the figure after it, not of the 18% before it; the
    // relative clause "at which the stock closed" is said of the figure before it.
    let has = |src: &str, text: &str, word: &str| {
        mention(&r, src, text)
            .frame
            .entities
            .iter()
            .any(|e| e == word)
    };
    assert!(has("a", "$26.27", "closing"));
    assert!(!has("a", "18%", "closing"));
    assert!(has("b", "$26.27", "closed"));
    // A market price and an offer are two prices, though no source gives two
    // figures that share a counted noun under both words.
    assert!(!same(&r, ("c", "$29.90"), ("c", "$31")));
    assert!(!same(&r, ("c", "$29.90"), ("a", "$31.00")));
    assert!(same(&r, ("a", "$31.00"), ("c", "$31")));
    assert!(same(&r, ("a", "$26.27"), ("b", "$26.27")));
}

#[test]
fn a_segment_of_sales_never_meets_the_whole() {
    let r = report(&[
        "Korvel posted revenue of $24.1 billion for the quarter. Tablet revenue came to $6.2 billion, and services revenue of $4.4 billion set a record.",
        "Quarterly revenue rose to $24.1 billion.\n- Tablet sales: $6.2 billion\n- Services sales: $4.5 billion",
        "The tablet line pulled in $6.3 billion, while revenue from services reached $4.4 billion. Total revenue was $24.0 billion.",
    ]);
    let entities = |src: &str, text: &str| mention(&r, src, text).frame.entities.clone();
    assert!(entities("a", "$6.2 billion")
        .iter()
        .any(|e| e == "Tablet revenue"));
    assert!(entities("b", "$6.2 billion")
        .iter()
        .any(|e| e == "Tablet sales"));
    assert!(entities("c", "$4.4 billion")
        .iter()
        .any(|e| e == "revenue of services"));
    assert!(entities("a", "$24.1 billion").iter().any(|e| e == "whole"));
    // Each part meets its own part in another source, never the whole.
    assert!(same(&r, ("a", "$24.1 billion"), ("b", "$24.1 billion")));
    assert!(same(&r, ("a", "$24.1 billion"), ("c", "$24.0 billion")));
    assert!(same(&r, ("a", "$4.4 billion"), ("b", "$4.5 billion")));
    assert!(same(&r, ("a", "$4.4 billion"), ("c", "$4.4 billion")));
    assert!(!same(&r, ("b", "$6.2 billion"), ("b", "$24.1 billion")));
    assert!(!same(&r, ("a", "$4.4 billion"), ("c", "$24.0 billion")));
    assert!(!same(&r, ("a", "$6.2 billion"), ("b", "$4.5 billion")));
}

#[test]
fn a_possessive_before_the_noun_says_nothing_of_the_part() {
    let r = report(&["The cloud unit's sales grew to $1.9 billion."]);
    let entities = &mention(&r, "a", "$1.9 billion").frame.entities;
    assert!(
        !entities.iter().any(|e| e == "whole" || e == "segment"),
        "{entities:?}"
    );
}

#[test]
fn what_the_company_expects_is_its_guidance_not_the_analysts_expectation() {
    let r = report(&[
        "For the next quarter it is expecting revenue of $5.1 billion to $5.3 billion. Analysts had expected revenue of $4.9 billion.",
        "The company expects revenue between $5.1 billion and $5.3 billion next quarter, above the $4.95 billion analysts were expecting.",
        "Dorvik had been expected to post revenue of $4.9 billion, according to consensus figures.",
    ]);
    let outlook = |src: &str, text: &str| {
        let e = &mention(&r, src, text).frame.entities;
        ["guidance", "expected"]
            .into_iter()
            .find(|o| e.iter().any(|x| x == o))
    };
    assert_eq!(
        outlook("a", "$5.1 billion to $5.3 billion"),
        Some("guidance")
    );
    assert_eq!(outlook("a", "$4.9 billion"), Some("expected"));
    assert_eq!(
        outlook("b", "between $5.1 billion and $5.3 billion"),
        Some("guidance")
    );
    // A passive ("had been expected to post") is the analysts' expectation.
    assert_eq!(outlook("c", "$4.9 billion"), Some("expected"));
    assert!(same(
        &r,
        ("a", "$5.1 billion to $5.3 billion"),
        ("b", "between $5.1 billion and $5.3 billion")
    ));
    assert!(!same(
        &r,
        ("a", "$5.1 billion to $5.3 billion"),
        ("c", "$4.9 billion")
    ));
    assert!(same(&r, ("a", "$4.9 billion"), ("c", "$4.9 billion")));
}

#[test]
fn a_quake_among_the_aftershocks_of_its_sentence_is_a_later_event() {
    let r = report(&[
        "Strong aftershocks rattled the valley for hours after the first quake, including a violent quake measuring magnitude 6.6.",
        "A second earthquake of magnitude 6.5 struck in the afternoon. The first had measured magnitude 7.2.",
        "The toll from a magnitude 7.2 earthquake and its aftershocks rose to 1,400.",
    ]);
    assert_eq!(event(&r, "a", "magnitude 6.6"), Some("aftershocks"));
    assert!(same(&r, ("a", "magnitude 6.6"), ("b", "magnitude 6.5")));
    // Aftershocks named after the figure, or a toll that is no event's measure, are not
    // marked.
    assert_eq!(event(&r, "c", "magnitude 7.2"), None);
    assert_eq!(event(&r, "c", "1,400"), None);
}

#[test]
fn an_existential_there_points_to_no_place() {
    let r = report(&[
        "In Kessa province, rescuers counted 340 dead. By nightfall there were 2,000 injured.",
    ]);
    let entities = &mention(&r, "a", "2,000").frame.entities;
    assert!(
        !entities.iter().any(|e| e == "Kessa province"),
        "{entities:?}"
    );
}

/// The entities a mention's frame names.
fn entities<'a>(r: &'a Report, source: &str, text: &str) -> &'a [String] {
    &mention(r, source, text).frame.entities
}

#[test]
fn a_signed_figure_in_brackets_is_the_change_of_the_listed_level_before_it() {
    // A plus sign the figure's text leaves out, a footnote star after the level.
    let r = report(&[
        "Final tally. Republicans: 212 (+14) Democrats: 190 (-11)",
        "Tally so far. Republicans 210* (+14) Democrats 191 (-11)",
        "Seats: Republicans 212      +14",
    ]);
    // A table's change column, a few spaces after the level.
    assert!(entities(&r, "c", "14").iter().any(|e| e == "change"));
    for (s, t) in [("a", "14"), ("b", "14"), ("a", "-11"), ("b", "-11")] {
        assert!(entities(&r, s, t).iter().any(|e| e == "change"), "{s} {t}");
    }
    // Each change keeps its party's name.
    assert!(entities(&r, "a", "14").iter().any(|e| e == "Republicans"));
    assert!(entities(&r, "b", "-11").iter().any(|e| e == "Democrats"));
    assert!(same(&r, ("a", "14"), ("b", "14")));
    assert!(!same(&r, ("a", "14"), ("a", "212")));
}

#[test]
fn up_or_down_after_a_mark_and_a_net_gain_of_make_a_count_a_change() {
    let r = report(&[
        "The council now has 40 members, up 6 on the last term. Its rival suffered a net loss of 3 seats.",
        "Workers were bringing down 40 old pylons.",
    ]);
    assert!(entities(&r, "a", "6").iter().any(|e| e == "change"));
    assert!(entities(&r, "a", "3").iter().any(|e| e == "change"));
    assert!(!entities(&r, "a", "40").iter().any(|e| e == "change"));
    // A verb's particle ("bringing down") makes no change.
    assert!(!entities(&r, "b", "40").iter().any(|e| e == "change"));
}

#[test]
fn a_name_belongs_to_the_nearer_of_two_figures_of_one_shape() {
    let r = report(&[
        "Late counts showed the Liberals had won 120 of the 400 seats.",
        "The Liberals took 121 seats - a majority of 20 - with the Republicans falling to 88 seats.",
        "The Liberals won 120 seats, while the Republicans took 90.",
    ]);
    // The total after a party's count is not that party's.
    assert!(!entities(&r, "a", "400").iter().any(|e| e == "Liberals"));
    assert!(entities(&r, "a", "120").iter().any(|e| e == "Liberals"));
    // A name that opens the next figure's clause is that figure's subject.
    assert!(!entities(&r, "b", "20").iter().any(|e| e == "Republicans"));
    assert!(entities(&r, "b", "88").iter().any(|e| e == "Republicans"));
    assert!(!entities(&r, "c", "120").iter().any(|e| e == "Republicans"));
    assert!(entities(&r, "c", "90").iter().any(|e| e == "Republicans"));
    assert!(!same(&r, ("b", "20"), ("c", "90")));
}

#[test]
fn a_scope_preposition_in_the_figure_clause_gives_its_place() {
    let r = report(&[
        "The toll in Norway's rebel-held north rose to 310 on Friday. Some 90,000 people took to the streets of Bergen.",
        "At least 310 people have died in rebel-controlled areas, officials said.",
        "I spent four years in Europe and loved it.",
        "The city bought up to $40 million in U.S. buses.",
    ]);
    // An abbreviation is read whole.
    assert!(entities(&r, "d", "up to $40 million")
        .iter()
        .any(|e| e == "U.S."));
    // Before the figure in its clause, or after "streets of".
    assert!(entities(&r, "a", "310")
        .iter()
        .any(|e| e.contains("rebel-held")));
    assert!(entities(&r, "a", "Some 90,000")
        .iter()
        .any(|e| e == "Bergen"));
    assert!(same(&r, ("a", "310"), ("b", "At least 310")));
    // A continent sets nothing apart.
    assert!(entities(&r, "c", "four years").is_empty());
}

#[test]
fn distances_from_different_points_are_two_quantities() {
    let r = report(&[
        "Ash fell on Marlow, about 120 miles from the volcano.",
        "The village lies some 120 miles (193 km) south of the capital.",
        "Ash reached towns 120 miles from the volcano by noon.",
    ]);
    assert!(entities(&r, "a", "about 120 miles")
        .iter()
        .any(|e| e == "from volcano"));
    assert!(entities(&r, "b", "some 120 miles")
        .iter()
        .any(|e| e == "from capital"));
    assert!(!same(&r, ("a", "about 120 miles"), ("b", "some 120 miles")));
    assert!(same(&r, ("a", "about 120 miles"), ("c", "120 miles")));
}

#[test]
fn a_change_right_after_a_level_is_of_the_level_party() {
    let r = report(&[
        "The Republicans lifted their tally to 52, up 6 on the last vote. The Democrats, losing a total of 5 seats, end on 47.",
        "The Democrats kept 47, representing a net loss of 5 seats.",
    ]);
    assert!(entities(&r, "a", "6").iter().any(|e| e == "change"));
    assert!(entities(&r, "a", "6").iter().any(|e| e == "Republicans"));
    assert!(entities(&r, "a", "5").iter().any(|e| e == "change"));
    assert!(entities(&r, "b", "5").iter().any(|e| e == "Democrats"));
    assert!(!same(&r, ("a", "6"), ("b", "5")));
}

#[test]
fn the_level_a_change_is_from_is_not_the_new_level() {
    let r = report(&[
        "The party ended on 140 seats (down from 171 at the last count).",
        "The party holds 140 seats.",
    ]);
    assert!(entities(&r, "a", "171")
        .iter()
        .any(|e| e == "a year before"));
    assert!(!same(&r, ("a", "171"), ("b", "140")));
    assert!(same(&r, ("a", "140"), ("b", "140")));
}

#[test]
fn the_party_that_opens_a_sentence_is_the_subject_of_its_figures() {
    let r = report(&[
        "In the end, the Liberals were the night's big losers, shedding 12 seats and ending on 88 seats.",
        "The Liberals won 88 seats. The Republicans won 120 of the 400 seats.",
    ]);
    assert!(entities(&r, "a", "88").iter().any(|e| e == "Liberals"));
    assert!(entities(&r, "a", "12").iter().any(|e| e == "Liberals"));
    // Not the whole after a part, nor past another party.
    assert!(!entities(&r, "b", "400").iter().any(|e| e == "Republicans"));
    assert!(same(&r, ("a", "88"), ("b", "88")));
}

#[test]
fn a_decimal_at_a_line_start_is_no_row_key() {
    let r =
        report(&["Tuesday's 6.1-magnitude tremor, felt across the valley, destroyed 40 homes."]);
    assert!(
        entities(&r, "a", "40").is_empty(),
        "{:?}",
        entities(&r, "a", "40")
    );
}

#[test]
fn a_poll_prediction_of_a_count_meets_the_count() {
    let r = report(&[
        "An exit poll had predicted the Liberals winning 131 seats.",
        "The Liberals won 127 seats in the final count.",
    ]);
    assert!(!entities(&r, "a", "131").iter().any(|e| e == "expected"));
    assert!(same(&r, ("a", "131"), ("b", "127")));
}

#[test]
fn a_projected_figure_is_not_the_count_it_grows_from() {
    // "could rise to", "may exceed", "is likely to climb past": a warning of what a
    // count may become, not another outlet's count of it.
    let r = report(&[
        "Floods in the Orlen delta have killed 312 people, officials said on Tuesday. The toll could rise to more than 2,000, a relief agency warned.",
        "At least 318 people were killed in the Orlen delta floods. Aid workers said the number of dead may exceed 1,500 as villages are reached.",
        "The floods killed 320 people across the delta, the interior ministry said, and the toll is likely to climb past 1,000.",
    ]);
    for (s, t) in [
        ("a", "more than 2,000"),
        ("b", "exceed 1,500"),
        ("c", "past 1,000"),
    ] {
        assert!(
            mention(&r, s, t)
                .frame
                .entities
                .iter()
                .any(|e| e == "projection"),
            "{s}: {t:?} is a projection"
        );
    }
    for (s, t) in [("a", "312"), ("b", "At least 318"), ("c", "320")] {
        assert!(!mention(&r, s, t)
            .frame
            .entities
            .iter()
            .any(|e| e == "projection"));
    }
    assert!(same(&r, ("a", "312"), ("b", "At least 318")));
    assert!(same(&r, ("a", "312"), ("c", "320")));
    assert!(!same(&r, ("a", "312"), ("a", "more than 2,000")));
    assert!(!same(&r, ("b", "At least 318"), ("b", "exceed 1,500")));
    assert!(!same(&r, ("c", "320"), ("c", "past 1,000")));
}

#[test]
fn a_surmised_figure_and_a_planned_one() {
    // "hundreds of homes may have been lost" surmises; "spending would rise 4.2%" and
    // "will rise by 3c" state a plan, which is the quantity itself.
    let r = report(&[
        "Officials confirmed that 840 homes were destroyed. Hundreds of homes may have been lost in the hills as well.",
        "The budget says spending would rise 4.2% next year.",
    ]);
    assert!(mention(&r, "a", "Hundreds")
        .frame
        .entities
        .iter()
        .any(|e| e == "projection"));
    assert!(!mention(&r, "a", "840")
        .frame
        .entities
        .iter()
        .any(|e| e == "projection"));
    assert!(!mention(&r, "b", "4.2%")
        .frame
        .entities
        .iter()
        .any(|e| e == "projection"));
}

#[test]
fn a_projection_that_came_true_meets_the_count() {
    // One outlet's "could rise to 365" (a seat still to declare) and another's final
    // 365: one quantity. (A source that also gives the count it grows from keeps its
    // projection apart from that count, and so from the other outlets' equal one.)
    let r = report(&[
        "With one seat still to declare, the Conservatives' seats could rise to 365.",
        "The Conservatives won 365 seats, the final results showed.",
    ]);
    assert!(same(&r, ("a", "365"), ("b", "365")));
}

#[test]
fn a_noun_of_the_act_meets_its_verb() {
    // "containment is at 45 percent" / "the blaze was 40 percent contained": one
    // quantity, though one outlet names the act and the other its verb.
    let r = report(&[
        "Crews have the Harlow Ridge fire 40 percent contained, officials said on Friday.",
        "Containment on the Harlow Ridge fire reached 45 percent on Friday, officials said.",
        "The Harlow Ridge fire was 42% contained by Friday evening.",
    ]);
    assert!(same(&r, ("a", "40 percent"), ("b", "45 percent")));
    assert!(same(&r, ("b", "45 percent"), ("c", "42%")));
}

#[test]
fn two_sources_equal_precise_figure_is_one_quantity_whatever_their_words() {
    // A list line and a sentence that share no word but the figure: "$7.43 billion" is
    // too precise to be two quantities' by chance. A round "$2 billion" is not.
    let r = report(&[
        "Quarterly results at Norrow Systems:\n- Cloud and hosting: $7.43 billion\n- Devices: $2 billion\n",
        "Norrow's services arm grew 14% to $7.43 billion in the quarter. Hardware sales slipped to $2.6 billion.",
    ]);
    assert!(same(&r, ("a", "$7.43 billion"), ("b", "$7.43 billion")));
    assert!(!same(&r, ("a", "$2 billion"), ("b", "$7.43 billion")));
}

#[test]
fn a_rival_counter_stays_in_the_row_that_three_sources_agree_on() {
    // Three outlets give the police's precise count (one as a bare table line), one
    // the organisers' far higher one: one quantity, two counters, a conflict, not a
    // lone figure pruned into a row of its own.
    let r = report(&[
        "In Tarsk, police put the crowd at 31,400 as marchers filled the square.",
        "Police said 31,400 people marched in Tarsk on Sunday.",
        "Crowd counts, city by city:\nTarsk            31,400\nBelm             9,200\n",
        "In Tarsk, the teachers union counted nearly 95,000 marchers.",
    ]);
    assert!(same(&r, ("a", "31,400"), ("b", "31,400")));
    assert!(same(&r, ("a", "31,400"), ("d", "nearly 95,000")));
    let g = group_of(&r, mention(&r, "a", "31,400"));
    assert_ne!(g.verdict, fact_compare::Verdict::Agree, "{g:?}");
}

#[test]
fn a_year_before_an_event_noun_dates_the_figure() {
    // "A 2009 quake in the south left nearly 3,000 dead": an earlier event's toll, not
    // this story's; "the most since the 2009 quake" does not date its figure.
    let r = report(&[
        "The quake in Ostra killed 1,240 people on Monday, officials said in 2026. A 2009 quake in the south left nearly 3,000 people dead.",
        "At least 1,250 people were killed in Monday's quake in Ostra, the deadliest since the 2009 quake, in 2026.",
    ]);
    assert_eq!(event(&r, "a", "nearly 3,000"), Some("in 2009"));
    assert_eq!(event(&r, "a", "1,240"), None);
    assert_eq!(event(&r, "b", "At least 1,250"), None);
    assert!(same(&r, ("a", "1,240"), ("b", "At least 1,250")));
    assert!(!same(&r, ("a", "nearly 3,000"), ("b", "At least 1,250")));
}

#[test]
fn firemen_and_firefighters_count_one_crew() {
    let r = report(&[
        "More than 300 firemen fought the warehouse blaze in Dorrel overnight.",
        "Around 320 firefighters battled the Dorrel warehouse blaze through the night.",
    ]);
    assert!(same(&r, ("a", "More than 300"), ("b", "Around 320")));
}

#[test]
fn since_a_year_in_an_undated_source_counts_to_the_year_the_sources_name_most() {
    // No source carries a date: "since 1998" is counted to 2024, the year the texts
    // name most, and meets the other source's "26 years", with a warning saying so.
    let r = report(&[
        "The 2024 vote gave the Harbour Party its largest majority since 1998, a result the 2024 campaign had not foreseen.",
        "In 2024 the Harbour Party won its largest majority in 26 years.",
    ]);
    let since = mention(&r, "a", "since 1998");
    let years = 365.25 * 86_400.0;
    assert_eq!(since.value.map(|v| (v / years).round()), Some(26.0));
    assert!(since.low.unwrap() <= 25.5 * years && since.high.unwrap() >= 26.5 * years);
    assert!(same(&r, ("a", "since 1998"), ("b", "26 years")));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.message.contains("counted to 2024")));
}

#[test]
fn a_title_cased_headline_names_no_list_label() {
    // "Blaze Scorches 140,000 Acres": in a title every word is capitalized; the verb
    // before the figure is not the label of a list line.
    let r = report(&[
        "Ridge Blaze Scorches 12,000 Acres\n\nThe blaze near Kell has burned about 12,000 acres, fire officials said.",
        "The Ridge blaze has burned 12,500 acres, officials said on Tuesday.",
    ]);
    assert!(entities(&r, "a", "12,000 Acres").is_empty());
    assert!(same(&r, ("a", "12,000 Acres"), ("b", "12,500 acres")));
}

#[test]
fn a_list_that_ends_in_and_other_counts_its_last_noun() {
    // "homes, shops and other buildings" counts buildings, not homes: it meets another
    // source's buildings and stays apart from the homes.
    let r = report(&[
        "The storm flattened 1,200 homes across Vell county, officials said.",
        "More than 4,100 homes, shops and other buildings were flattened in Vell county.",
        "Officials said 4,000 buildings were flattened across Vell county.",
    ]);
    assert_eq!(
        mention(&r, "b", "More than 4,100")
            .frame
            .measured
            .as_deref(),
        Some("buildings")
    );
    assert!(same(&r, ("b", "More than 4,100"), ("c", "4,000")));
    assert!(!same(&r, ("b", "More than 4,100"), ("a", "1,200")));
}

#[test]
fn registered_voters_are_not_the_ballots_cast() {
    // The electorate ("voters were registered") and the ballots cast for one party
    // are two quantities, though "voters" and "ballots" count votes alike: each frame
    // names its predicate, and the two never share a row.
    let r = report(&[
        "More than 9 million voters were registered to take part in the Ardan poll.",
        "Turnout was 67% (over 6 million registered voters), down from the last Ardan poll.",
        "With just shy of 5 million ballots cast in their name, the Greens won the Ardan poll.",
    ]);
    assert_eq!(
        predicate(&r, "a", "More than 9 million"),
        Some("registered")
    );
    assert_eq!(predicate(&r, "b", "over 6 million"), Some("registered"));
    assert_eq!(predicate(&r, "c", "just shy of 5 million"), Some("cast"));
    assert!(same(
        &r,
        ("a", "More than 9 million"),
        ("b", "over 6 million")
    ));
    assert!(!same(
        &r,
        ("c", "just shy of 5 million"),
        ("b", "over 6 million")
    ));
}

#[test]
fn a_fire_brought_under_control_is_not_a_fire_put_out() {
    // "took 15 hours to extinguish" and "battled to control the fire for five hours"
    // time two stages of one fire; each frame names its stage.
    let r = report(&[
        "The warehouse blaze in Tarn took around 15 hours to extinguish, officials said.",
        "Crews battled to control the Tarn warehouse fire for nearly five hours.",
        "Firefighters needed some 14 hours to extinguish the warehouse blaze in Tarn.",
    ]);
    assert_eq!(predicate(&r, "b", "nearly five hours"), Some("control"));
    assert!(same(&r, ("a", "around 15 hours"), ("c", "some 14 hours")));
    assert!(!same(
        &r,
        ("b", "nearly five hours"),
        ("a", "around 15 hours")
    ));
}

#[test]
fn zero_against_some_of_one_noun_is_a_conflict() {
    // "0 deaths" against "3 deaths" is one count the sources disagree on (a zero is
    // kept apart only from figures not known to count its noun: score.rs's unit test).
    let r = report(&[
        "Officials said the landslide near Orrin caused 0 deaths on Monday.",
        "The landslide near Orrin caused 3 deaths on Monday, officials said.",
    ]);
    assert!(same(&r, ("a", "0"), ("b", "3")));
    let g = group_of(&r, mention(&r, "a", "0"));
    assert_eq!(g.verdict, fact_compare::Verdict::Conflict);
}

#[test]
fn one_sources_close_figures_of_one_measure_or_one_name_are_one_quantity_told_twice() {
    // An area that grew or was rounded between two paragraphs of one report.
    let r = report(&[
        "The Harlow Ridge fire has scorched 52,400 hectares since it began.\n\nIn all the fire has burned 53,100 hectares of pine forest.\n\nThe nearby Tarn reserve covers 90,000 hectares.",
        "The Harlow Ridge fire has now burned about 53,000 hectares, officials said.",
    ]);
    assert!(same(
        &r,
        ("a", "52,400 hectares"),
        ("b", "about 53,000 hectares")
    ));
    assert!(same(
        &r,
        ("a", "53,100 hectares"),
        ("b", "about 53,000 hectares")
    ));
    assert!(!same(
        &r,
        ("a", "90,000 hectares"),
        ("b", "about 53,000 hectares")
    ));
    // One party's count, given early in the night and in the final table of one report.
    let r = report(&[
        "By dawn the Greens were on 141 seats to the Liberals' 96.\n\nFinal results:\nGreens 142 (+30)\nLiberals 96 (-28)",
        "The Greens won 142 seats and the Liberals 96.",
    ]);
    assert!(same(&r, ("a", "141"), ("b", "142")));
    assert!(same(&r, ("a", "142"), ("b", "142")));
    assert!(!same(&r, ("a", "141"), ("b", "96")));
}
