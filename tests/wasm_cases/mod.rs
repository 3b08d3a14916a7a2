//! Cases shared by the node and browser wasm test binaries: the JS surface of the crate.

use fact_compare::wasm::{compare, extract};
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

fn src(id: &str, text: &str) -> JsValue {
    obj(&[("id", id.into()), ("text", text.into())])
}

fn arr(items: Vec<JsValue>) -> JsValue {
    items.into_iter().collect::<Array>().into()
}

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).unwrap()
}

fn err_message(r: Result<JsValue, JsError>, want: &str) -> String {
    let e: JsValue = r
        .err()
        .unwrap_or_else(|| panic!("expected an error containing {want:?}"))
        .into();
    assert!(
        e.is_instance_of::<js_sys::Error>(),
        "errors are JS Error objects"
    );
    get(&e, "message").as_string().unwrap()
}

/// A JS string's UTF-16 slice, the way a page would cut it.
fn js_slice(text: &str, start: u32, end: u32) -> String {
    JsString::from(text).slice(start, end).into()
}

const MIXED: &str =
    "“Officials” said 14 people died — 🙂 in 北京 3 homes burned; ‘roughly 20%’ of €90 billion.";

pub fn utf16_offsets_slice_the_js_string() {
    let report = extract(MIXED.into(), JsValue::UNDEFINED).unwrap();
    let mentions = Array::from(&get(&report, "mentions"));
    assert!(
        mentions.length() >= 3,
        "found {} mentions",
        mentions.length()
    );
    for m in mentions.iter() {
        let text = get(&m, "text").as_string().unwrap();
        let s = get(&m, "start_utf16").as_f64().unwrap() as u32;
        let e = get(&m, "end_utf16").as_f64().unwrap() as u32;
        assert_eq!(js_slice(MIXED, s, e), text);
        let bs = get(&m, "start").as_f64().unwrap() as usize;
        let be = get(&m, "end").as_f64().unwrap() as usize;
        assert_eq!(&MIXED[bs..be], text, "UTF-8 offsets slice the Rust string");
    }
}

pub fn report_matches_the_rust_report() {
    let texts = [
        (
            "a",
            "Up to 40 people were hurt and $3.5 million was lost, about 12% of the budget.",
        ),
        (
            "b",
            "Officials said 38 people were hurt; losses were put at $3.4 million.",
        ),
    ];
    let js = compare(
        arr(texts.iter().map(|(i, t)| src(i, t)).collect()),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let sources: Vec<_> = texts
        .iter()
        .map(|(i, t)| fact_compare::Source::new(*i, *t))
        .collect();
    let native = fact_compare::compare(&sources, &fact_compare::Options::default()).unwrap();
    let native_json = serde_json::to_string(&native).unwrap();
    // Parse both to plain JSON and compare as strings of the same canonical form.
    let js_json: String = JSON::stringify(&js).unwrap().into();
    let a = floats(serde_json::from_str(&js_json).unwrap());
    let b = floats(serde_json::from_str(&native_json).unwrap());
    assert_eq!(a, b);
    assert_eq!(get(&js, "version").as_f64(), Some(1.0));
}

pub fn bad_input_throws_clear_errors_and_the_module_keeps_working() {
    let cases: Vec<(JsValue, &str)> = vec![
        (
            JsValue::from_str("not an array"),
            "sources must be an array",
        ),
        (arr(vec![]), "No sources"),
        (
            arr(vec![JsValue::from_f64(3.0)]),
            "sources[0] must be an object",
        ),
        (arr(vec![src("a", "")]), "Source \"a\" has no text"),
        (arr(vec![src("a", "   \n ")]), "Source \"a\" has no text"),
        (
            arr(vec![obj(&[("text", "5 people".into())])]),
            "sources[0].id is missing",
        ),
        (arr(vec![src("a", "1 x"), src("a", "2 y")]), "used twice"),
        (arr(vec![src("", "1 x")]), "empty id"),
        (
            arr(vec![obj(&[
                ("id", "a".into()),
                ("text", JsValue::from_f64(5.0)),
            ])]),
            "sources[0].text must be a string, not a number",
        ),
        (
            arr(vec![obj(&[
                ("id", "a".into()),
                ("text", "x".into()),
                ("colour", "red".into()),
            ])]),
            "unknown field \"colour\"",
        ),
        (
            arr(vec![src("a", "\0\0\0\0\0\0\u{1}\u{2}\u{3}x")]),
            "does not look like text",
        ),
    ];
    for (input, want) in cases {
        let msg = err_message(compare(input, JsValue::UNDEFINED), want);
        assert!(
            msg.contains(want),
            "message {msg:?} should contain {want:?}"
        );
        // the module still works after every error
        let ok = compare(arr(vec![src("ok", "7 people")]), JsValue::UNDEFINED).unwrap();
        assert_eq!(Array::from(&get(&ok, "mentions")).length(), 1);
    }
    // a lone surrogate
    let lone: JsValue = js_sys::eval("'abc \\ud800 12 people'").unwrap();
    let msg = err_message(
        compare(
            arr(vec![obj(&[("id", "s".into()), ("text", lone)])]),
            JsValue::UNDEFINED,
        ),
        "lone surrogate",
    );
    assert!(msg.contains("lone surrogate"), "{msg}");
    // options
    let msg = err_message(
        compare(
            arr(vec![src("a", "1 x")]),
            obj(&[("approx_low", JsValue::from_f64(7.0))]),
        ),
        "approx_low",
    );
    assert!(msg.contains("approx_low"), "{msg}");
    let msg = err_message(
        compare(arr(vec![src("a", "1 x")]), obj(&[("bogus", JsValue::TRUE)])),
        "bogus",
    );
    assert!(msg.contains("bogus"), "{msg}");
    let msg = err_message(
        compare(
            arr(vec![src("a", "12345")]),
            obj(&[("max_input_bytes", JsValue::from_f64(3.0))]),
        ),
        "too large",
    );
    assert!(msg.contains("too large"), "{msg}");
}

pub fn open_bounds_are_null() {
    let r = extract(
        "At least 14 civilians were killed.".into(),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let m = Array::from(&get(&r, "mentions")).get(0);
    assert_eq!(get(&m, "low").as_f64(), Some(14.0));
    assert!(
        get(&m, "high").is_null(),
        "an open bound is null, not undefined"
    );
}

/// JSON numbers as f64, so that 40 (from JS) equals 40.0 (from serde_json).
fn floats(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        other => other,
    }
}

/// The hostile-input table (tests/hostile.rs) through the JS boundary, kept small so it
/// runs fast under node and Chrome: each input gives a Report or a thrown Error, and
/// the module keeps working after every one. (issue 8)
pub fn hostile_inputs_through_wasm() {
    let ok_after = || {
        let ok = compare(arr(vec![src("ok", "7 people")]), JsValue::UNDEFINED).unwrap();
        assert_eq!(Array::from(&get(&ok, "mentions")).length(), 1);
    };
    let real = "Officials said at least 14 people were killed.";
    let works: Vec<(&str, String)> = vec![
        (
            "controls inside text",
            format!("{real}\0 bell\u{7}\u{1b}[0m {real}"),
        ),
        (
            "bidi marks",
            format!("\u{200f}{real}\u{202e}at least 14\u{202c}\u{200e}"),
        ),
        (
            "100,000 digits",
            format!("{real} {} dollars", "7".repeat(100_000)),
        ),
        ("1e309", format!("{real} 1e309 or 1e-400 or $1e309bn")),
        ("nines", "9".repeat(100_000)),
        (
            "nested brackets",
            format!("{}{real}{}", "([{“".repeat(5_000), "”}])".repeat(5_000)),
        ),
        ("ones", "1 ".repeat(2_000)),
        (
            "BOM and CRLF",
            format!("\u{feff}{real}\r\n\r\nUp to 9 died.\r"),
        ),
    ];
    for (name, text) in works {
        let r = compare(arr(vec![src("a", &text)]), JsValue::UNDEFINED)
            .unwrap_or_else(|e| panic!("{name}: {:?}", JsValue::from(e)));
        for m in Array::from(&get(&r, "mentions")).iter() {
            let s = get(&m, "start_utf16").as_f64().unwrap() as u32;
            let e = get(&m, "end_utf16").as_f64().unwrap() as u32;
            assert_eq!(
                js_slice(&text, s, e),
                get(&m, "text").as_string().unwrap(),
                "{name}"
            );
            for k in ["value", "low", "high"] {
                let v = get(&m, k);
                assert!(
                    v.is_null() || v.as_f64().is_some_and(f64::is_finite),
                    "{name}: {k}"
                );
            }
        }
        ok_after();
    }
    // 1,000 tiny sources
    let many: Vec<JsValue> = (0..1000)
        .map(|i| src(&format!("s{i}"), "7 people were hurt."))
        .collect();
    let r = compare(arr(many), JsValue::UNDEFINED).unwrap();
    assert_eq!(Array::from(&get(&r, "mentions")).length(), 1000);
    // errors: blank id, binary junk, non-string id, null text, a title that is a number
    let fails: Vec<(JsValue, &str)> = vec![
        (arr(vec![src("  ", "1 x")]), "empty id"),
        (
            arr(vec![src("a", &"\0".repeat(1000))]),
            "does not look like text",
        ),
        (
            arr(vec![obj(&[
                ("id", JsValue::from_f64(1.0)),
                ("text", "1 x".into()),
            ])]),
            "sources[0].id must be a string",
        ),
        (
            arr(vec![obj(&[("id", "a".into()), ("text", JsValue::NULL)])]),
            "sources[0].text is missing",
        ),
        (
            arr(vec![obj(&[
                ("id", "a".into()),
                ("text", "1 x".into()),
                ("title", JsValue::TRUE),
            ])]),
            "title must be a string",
        ),
        (JsValue::NULL, "sources must be an array"),
    ];
    for (input, want) in fails {
        let msg = err_message(compare(input, JsValue::UNDEFINED), want);
        assert!(
            msg.contains(want),
            "message {msg:?} should contain {want:?}"
        );
        ok_after();
    }
}
