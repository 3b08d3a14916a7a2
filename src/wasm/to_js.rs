//! The Report as a JS object, built field by field (issue 13): the same object, key for
//! key and in the same order, as the Report's `Serialize` derive gives through
//! `serde_json` (`None` is `null`, enums are their lowercase names, numbers are
//! numbers, `derived` and a source's `title` are left out when absent).
//!
//! Written out rather than through a generic serializer: it is smaller in the module
//! (no serializer, no per-type `Serialize` code) and faster on figure-dense text, where
//! a Report holds hundreds of thousands of mentions: each key is made a JS string once
//! per call, not looked up per object.

use js_sys::{Array, Object};
use wasm_bindgen::prelude::*;

use crate::lexicon::{words_table, Words};
use crate::report::{
    Dimension, Facet, Frame, Group, Mention, Qualifier, QualifierKind, Report, SourceInfo, Verdict,
    Warning,
};

#[wasm_bindgen]
extern "C" {
    /// A plain object whose properties are set as with `obj[key] = value`.
    #[wasm_bindgen(extends = Object)]
    type Plain;
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &Plain, key: &JsValue, value: &JsValue);
}

/// The JS object of a Report.
pub(super) fn report(r: &Report) -> JsValue {
    let b = Builder::new();
    let o = b.object();
    b.put(&o, K::Version, &JsValue::from_f64(f64::from(r.version)));
    b.put(&o, K::Sources, &b.array(&r.sources, |s| b.source(s)));
    b.put(&o, K::Mentions, &b.array(&r.mentions, |m| b.mention(m)));
    b.put(&o, K::Groups, &b.array(&r.groups, |g| b.group(g)));
    b.put(&o, K::Warnings, &b.array(&r.warnings, |w| b.warning(w)));
    o.into()
}

/// Every key of the Report, in one table so that each is made a JS string once.
#[derive(Clone, Copy)]
enum K {
    Version,
    Sources,
    Mentions,
    Groups,
    Warnings,
    Id,
    Title,
    Chars,
    Source,
    Text,
    Start,
    End,
    StartUtf16,
    EndUtf16,
    Dimension,
    Unit,
    Value,
    Low,
    High,
    LowOpen,
    HighOpen,
    Hedge,
    HedgeKind,
    Subject,
    Qualifiers,
    SentenceStart,
    SentenceEnd,
    SentenceStartUtf16,
    SentenceEndUtf16,
    Derived,
    Frame,
    Kind,
    Measured,
    Predicate,
    Entities,
    Event,
    Label,
    Verdict,
    Spread,
    Explanation,
    TiedBy,
    Facets,
    Message,
}

/// The JSON names of [`K`], in its order (one packed table: see [`Words`]).
const NAMES: Words = words_table![
    "version",
    "sources",
    "mentions",
    "groups",
    "warnings",
    "id",
    "title",
    "chars",
    "source",
    "text",
    "start",
    "end",
    "start_utf16",
    "end_utf16",
    "dimension",
    "unit",
    "value",
    "low",
    "high",
    "low_open",
    "high_open",
    "hedge",
    "hedge_kind",
    "subject",
    "qualifiers",
    "sentence_start",
    "sentence_end",
    "sentence_start_utf16",
    "sentence_end_utf16",
    "derived",
    "frame",
    "kind",
    "measured",
    "predicate",
    "entities",
    "event",
    "label",
    "verdict",
    "spread",
    "explanation",
    "tied_by",
    "facets",
    "message",
];

// One name per key.
const _: () = assert!(NAMES.len() == K::Message as usize + 1);

struct Builder {
    keys: Vec<JsValue>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            keys: NAMES.iter().map(JsValue::from_str).collect(),
        }
    }

    fn object(&self) -> Plain {
        Object::new().unchecked_into()
    }

    fn put(&self, o: &Plain, k: K, v: &JsValue) {
        o.set(&self.keys[k as usize], v);
    }

    fn str(&self, o: &Plain, k: K, s: &str) {
        self.put(o, k, &JsValue::from_str(s));
    }

    fn num(&self, o: &Plain, k: K, x: usize) {
        // Offsets and counts: far below 2^53, exact as an f64.
        self.put(o, k, &JsValue::from_f64(x as f64));
    }

    fn opt_str(&self, o: &Plain, k: K, s: Option<&str>) {
        self.put(o, k, &s.map_or(JsValue::NULL, JsValue::from_str));
    }

    fn opt_f64(&self, o: &Plain, k: K, x: Option<f64>) {
        self.put(o, k, &x.map_or(JsValue::NULL, JsValue::from_f64));
    }

    fn array<T>(&self, items: &[T], mut each: impl FnMut(&T) -> JsValue) -> JsValue {
        let a = Array::new();
        for item in items {
            a.push(&each(item));
        }
        a.into()
    }

    fn strings(&self, items: &[String]) -> JsValue {
        self.array(items, |s| JsValue::from_str(s))
    }

    fn source(&self, s: &SourceInfo) -> JsValue {
        let o = self.object();
        self.str(&o, K::Id, &s.id);
        if let Some(t) = &s.title {
            self.str(&o, K::Title, t);
        }
        self.num(&o, K::Chars, s.chars);
        o.into()
    }

    fn mention(&self, m: &Mention) -> JsValue {
        let o = self.object();
        self.str(&o, K::Id, &m.id);
        self.str(&o, K::Source, &m.source);
        self.str(&o, K::Text, &m.text);
        self.num(&o, K::Start, m.start);
        self.num(&o, K::End, m.end);
        self.num(&o, K::StartUtf16, m.start_utf16);
        self.num(&o, K::EndUtf16, m.end_utf16);
        self.str(&o, K::Dimension, dimension(m.dimension));
        self.str(&o, K::Unit, &m.unit);
        self.opt_f64(&o, K::Value, m.value);
        self.opt_f64(&o, K::Low, m.low);
        self.opt_f64(&o, K::High, m.high);
        self.put(&o, K::LowOpen, &JsValue::from_bool(m.low_open));
        self.put(&o, K::HighOpen, &JsValue::from_bool(m.high_open));
        self.opt_str(&o, K::Hedge, m.hedge.as_deref());
        self.str(&o, K::HedgeKind, &m.hedge_kind);
        self.str(&o, K::Subject, &m.subject);
        self.put(
            &o,
            K::Qualifiers,
            &self.array(&m.qualifiers, |q| self.qualifier(q)),
        );
        self.num(&o, K::SentenceStart, m.sentence_start);
        self.num(&o, K::SentenceEnd, m.sentence_end);
        self.num(&o, K::SentenceStartUtf16, m.sentence_start_utf16);
        self.num(&o, K::SentenceEndUtf16, m.sentence_end_utf16);
        if let Some(d) = &m.derived {
            self.str(&o, K::Derived, d);
        }
        self.put(&o, K::Frame, &self.frame(&m.frame));
        o.into()
    }

    fn qualifier(&self, q: &Qualifier) -> JsValue {
        let o = self.object();
        self.str(&o, K::Kind, qualifier_kind(q.kind));
        self.str(&o, K::Text, &q.text);
        self.num(&o, K::Start, q.start);
        self.num(&o, K::End, q.end);
        self.num(&o, K::StartUtf16, q.start_utf16);
        self.num(&o, K::EndUtf16, q.end_utf16);
        o.into()
    }

    fn frame(&self, f: &Frame) -> JsValue {
        let o = self.object();
        self.opt_str(&o, K::Measured, f.measured.as_deref());
        self.opt_str(&o, K::Predicate, f.predicate.as_deref());
        self.put(&o, K::Entities, &self.strings(&f.entities));
        self.opt_str(&o, K::Event, f.event.as_deref());
        o.into()
    }

    fn group(&self, g: &Group) -> JsValue {
        let o = self.object();
        self.str(&o, K::Id, &g.id);
        self.str(&o, K::Label, &g.label);
        self.str(&o, K::Dimension, dimension(g.dimension));
        self.str(&o, K::Unit, &g.unit);
        self.str(&o, K::Verdict, verdict(g.verdict));
        self.put(&o, K::Spread, &JsValue::from_f64(g.spread));
        self.str(&o, K::Explanation, &g.explanation);
        self.put(&o, K::TiedBy, &self.strings(&g.tied_by));
        self.put(&o, K::Mentions, &self.strings(&g.mentions));
        self.put(&o, K::Facets, &self.array(&g.facets, |f| self.facet(f)));
        o.into()
    }

    fn facet(&self, f: &Facet) -> JsValue {
        let o = self.object();
        self.str(&o, K::Kind, qualifier_kind(f.kind));
        self.str(&o, K::Label, &f.label);
        self.put(&o, K::Mentions, &self.strings(&f.mentions));
        self.str(&o, K::Verdict, verdict(f.verdict));
        o.into()
    }

    fn warning(&self, w: &Warning) -> JsValue {
        let o = self.object();
        self.opt_str(&o, K::Source, w.source.as_deref());
        self.str(&o, K::Message, &w.message);
        o.into()
    }
}

fn dimension(d: Dimension) -> &'static str {
    d.as_str()
}

fn verdict(v: Verdict) -> &'static str {
    v.as_str()
}

fn qualifier_kind(k: QualifierKind) -> &'static str {
    match k {
        QualifierKind::Place => "place",
        QualifierKind::Time => "time",
        QualifierKind::Attribution => "attribution",
        QualifierKind::Scope => "scope",
    }
}
