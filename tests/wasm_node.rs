//! The JS surface under `wasm-pack test --node`.
#![cfg(target_arch = "wasm32")]

mod wasm_cases;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_js_string() {
    wasm_cases::utf16_offsets_slice_the_js_string();
}
#[wasm_bindgen_test]
fn report_matches_the_rust_report() {
    wasm_cases::report_matches_the_rust_report();
}
#[wasm_bindgen_test]
fn bad_input_throws_clear_errors_and_the_module_keeps_working() {
    wasm_cases::bad_input_throws_clear_errors_and_the_module_keeps_working();
}
#[wasm_bindgen_test]
fn open_bounds_are_null() {
    wasm_cases::open_bounds_are_null();
}
#[wasm_bindgen_test]
fn hostile_inputs_through_wasm() {
    wasm_cases::hostile_inputs_through_wasm();
}
