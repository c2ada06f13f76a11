//! Fuzzes the whole pipeline: load → validate → view → render (Markdown, HTML, Typst,
//! the Word body) → PDF.
//!
//! The input is a meeting's three files, `meeting.yaml`, `agenda.yaml` and
//! `timeplan.yaml`, separated by lines holding `%%`. Whatever the input, nothing may
//! panic; and a meeting that passes validation (and the glyph check) must render in every
//! format and compile to PDF: source text must never break the templates' markup.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use agenda::render::{Engine, documents, inline::Markup};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(None).expect("the built-in templates load"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, "\n%%\n").map(str::to_string);
    let (meeting, agenda_text, timeplan) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let mut diags = Vec::new();
    let loaded =
        agenda::load::from_texts(Path::new("m"), meeting, agenda_text, timeplan, &mut diags);
    let meeting = agenda::validate::validate(&loaded, &mut diags);
    // Diagnostics of any input print without panicking.
    let _ = agenda::diag::render_all(&diags);
    let Some(meeting) = meeting else { return };
    let layout = agenda::pdf::Layout::new(engine().layout(), engine().layout_name());
    for lang in &meeting.languages {
        let mut glyphs = Vec::new();
        agenda::pdf::check_glyphs(&meeting, lang, &mut glyphs);
        for doc in documents::documents(&meeting) {
            let view = agenda::render::view::build(&meeting, &doc, lang);
            for markup in [Markup::Markdown, Markup::Html] {
                engine()
                    .render(&view, markup)
                    .expect("a valid meeting renders");
            }
            let _ = agenda::render::docx::body(&meeting, &doc, &view, Default::default());
            let typst = engine()
                .render(&view, Markup::Typst)
                .expect("a valid meeting renders");
            if glyphs.is_empty() {
                if let Err(e) = agenda::pdf::compile(typst, &layout, "fuzz", meeting.meta.first_day) {
                    panic!("a valid meeting does not compile: {e}");
                }
            }
        }
    }
});
