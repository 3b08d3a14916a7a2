//! The wasm boundary: the only module that names wasm-bindgen or js-sys. It checks JS
//! values, delegates to [`crate::compare`] / [`crate::extract`], and returns the same
//! Report as the native CLI's `--json` (built by `to_js.rs`).

mod to_js;

use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::options::OptionValue;
use crate::{Options, Source};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../www/fact-compare.d.ts.part");

/// Panic messages to the console, where panics have messages: the size build
/// (scripts/build-wasm.sh) aborts at once on a panic, with no message to show, so it
/// leaves the hook (and std's hook machinery) out of the module.
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Compare the numeric claims of several sources.
///
/// `sources` is an array of `{id, text, title?, date?}`; `options` an optional object
/// of Options. Returns the Report; throws an `Error` naming the bad source or field.
#[wasm_bindgen(skip_typescript)]
pub fn compare(sources: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let sources = read_sources(&sources)?;
    let options = read_options(&options)?;
    let report = crate::compare(&sources, &options).map_err(|e| JsError::new(e.message()))?;
    Ok(to_js::report(&report))
}

/// [`compare`], plus what the page needs to draw each figure: `{report, rounding}`,
/// where `rounding[i]` is the half-width of the rounding band of `report.mentions[i]`
/// (the tolerance an unhedged figure is compared with; 0 for hedged figures), in the
/// mention's canonical unit. The page draws it; it never recomputes an engine rule.
///
/// `max_figures` bounds what is handed to JS: a Report with more mentions is not
/// converted (it could take more memory than the page has) and an error says so.
#[wasm_bindgen(skip_typescript)]
pub fn compare_with_rounding(
    sources: JsValue,
    options: JsValue,
    max_figures: f64,
) -> Result<JsValue, JsError> {
    let sources = read_sources(&sources)?;
    let options = read_options(&options)?;
    let report = crate::compare(&sources, &options).map_err(|e| JsError::new(e.message()))?;
    if max_figures.is_finite() && report.mentions.len() as f64 > max_figures {
        // As an integer: formatting an f64 would link the float printer (~9 KB gzipped).
        return Err(JsError::new(&format!(
            "The engine found {} figures in this input, more than the {} this page can show. Shorten or split the largest source.",
            report.mentions.len(),
            max_figures.max(0.0) as usize
        )));
    }
    let rounding: Vec<f64> = report
        .mentions
        .iter()
        .map(|m| rounding_band(m, options.rounding_cap))
        .collect();
    let out = Object::new();
    Reflect::set(&out, &"report".into(), &to_js::report(&report))
        .map_err(|_| JsError::new("Could not build the result."))?;
    let rounding = js_sys::Float64Array::from(rounding.as_slice());
    Reflect::set(&out, &"rounding".into(), &rounding)
        .map_err(|_| JsError::new("Could not build the result."))?;
    Ok(out.into())
}

/// The half-width of an unhedged figure's rounding band (0 for hedged or computed ones).
fn rounding_band(m: &crate::Mention, cap: f64) -> f64 {
    let exact = m.hedge_kind == "exact" || m.hedge_kind.is_empty();
    match m.value {
        Some(v) if exact && m.derived.is_none() => crate::verdict::tolerance(m, v, cap),
        _ => 0.0,
    }
}

/// The default limits, checked before any work: `{max_input_bytes, max_sources}`.
#[wasm_bindgen(skip_typescript)]
pub fn limits() -> JsValue {
    let d = Options::default();
    let out = Object::new();
    // Both fit an f64 exactly (16 MiB, 10,000).
    let _ = Reflect::set(
        &out,
        &"max_input_bytes".into(),
        &(d.max_input_bytes as f64).into(),
    );
    let _ = Reflect::set(&out, &"max_sources".into(), &(d.max_sources as f64).into());
    out.into()
}

/// Find the numeric claims in one text (a string) or several sources (an array as for
/// `compare`). Returns the Report with `groups` empty.
#[wasm_bindgen(skip_typescript)]
pub fn extract(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let sources = if input.is_string() {
        vec![Source::new("text", read_text(&input, "text")?)]
    } else {
        read_sources(&input)?
    };
    let options = read_options(&options)?;
    let report = crate::extract(&sources, &options).map_err(|e| JsError::new(e.message()))?;
    Ok(to_js::report(&report))
}

/// The crate version.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn read_options(v: &JsValue) -> Result<Options, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(Options::default());
    }
    if !v.is_object() || Array::is_array(v) {
        return Err(JsError::new(
            "options must be an object such as {approx_low: 0.9}.",
        ));
    }
    // Read field by field (no deserializer in the module: it costs size and its error
    // messages); Options::set names the field in every error.
    let mut options = Options::default();
    let given: &Object = v.unchecked_ref();
    for key in Object::keys(given).iter() {
        let name = key.as_string().unwrap_or_default();
        let value = get(v, &name);
        let value = if value.is_undefined() || value.is_null() {
            OptionValue::Null
        } else if let Some(x) = value.as_f64() {
            OptionValue::Number(x)
        } else if let Some(t) = value.as_string() {
            OptionValue::Text(t)
        } else {
            return Err(JsError::new(&format!(
                "Option `{name}` must be a number or a string, not {}.",
                type_name(&value)
            )));
        };
        options
            .set(&name, value)
            .map_err(|e| JsError::new(e.message()))?;
    }
    Ok(options)
}

fn read_sources(v: &JsValue) -> Result<Vec<Source>, JsError> {
    if !Array::is_array(v) {
        return Err(JsError::new(
            "sources must be an array of {id, text} objects.",
        ));
    }
    let arr = Array::from(v);
    let mut out = Vec::with_capacity(arr.length() as usize);
    for (i, item) in arr.iter().enumerate() {
        let at = format!("sources[{i}]");
        if !item.is_object() || Array::is_array(&item) {
            return Err(JsError::new(&format!(
                "{at} must be an object with string fields id and text."
            )));
        }
        let obj: &Object = item.unchecked_ref();
        for key in Object::keys(obj).iter() {
            let k = key.as_string().unwrap_or_default();
            if !matches!(k.as_str(), "id" | "text" | "title" | "date") {
                return Err(JsError::new(&format!(
                    "{at} has an unknown field \"{k}\" (expected id, text, title, date)."
                )));
            }
        }
        let id = read_text(&get(&item, "id"), &format!("{at}.id"))?;
        let text = read_text(&get(&item, "text"), &format!("{at}.text"))?;
        let title = read_opt_text(&get(&item, "title"), &format!("{at}.title"))?;
        let date = read_opt_text(&get(&item, "date"), &format!("{at}.date"))?;
        out.push(Source {
            id,
            text,
            title,
            date,
        });
    }
    Ok(out)
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn read_text(v: &JsValue, at: &str) -> Result<String, JsError> {
    if v.is_undefined() || v.is_null() {
        return Err(JsError::new(&format!(
            "{at} is missing: it must be a string."
        )));
    }
    let Some(s) = v.dyn_ref::<JsString>() else {
        return Err(JsError::new(&format!(
            "{at} must be a string, not {}.",
            type_name(v)
        )));
    };
    if !s.is_valid_utf16() {
        return Err(JsError::new(&format!(
            "{at} contains a lone surrogate (broken UTF-16); it cannot be read as text."
        )));
    }
    Ok(String::from(s))
}

fn read_opt_text(v: &JsValue, at: &str) -> Result<Option<String>, JsError> {
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else {
        read_text(v, at).map(Some)
    }
}

fn type_name(v: &JsValue) -> String {
    if Array::is_array(v) {
        "an array".into()
    } else {
        match v.js_typeof().as_string().as_deref() {
            Some("number") => "a number".into(),
            Some("boolean") => "a boolean".into(),
            Some("object") => "an object".into(),
            Some(t) => format!("a {t}"),
            None => "something else".into(),
        }
    }
}
