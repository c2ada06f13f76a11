//! The fonts every PDF is set in, shared by all documents of a process.
//!
//! Libertinus Serif, converted to TrueType outlines, covers Latin text (and Cyrillic);
//! the Noto Serif CJK SC subsets cover Chinese, Noto Naskh Arabic covers Arabic (all OFL,
//! in `fonts/`, see `fonts/README.md`). Typst's
//! own embedded fonts (New Computer Modern, DejaVu Sans Mono) stay as fallbacks, less
//! their CFF Libertinus Serif, which the TrueType one replaces. All are built into the
//! binary, so a machine with no fonts installed renders the same PDF, byte for byte.
//! System fonts are not used, for that reason. Bundled fonts are parsed only when a
//! document first uses them.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst_kit::fonts::{FontSource, FontStore};

/// The fonts in `fonts/`, built into the binary.
const BUNDLED: &[&[u8]] = &[
    include_bytes!("../../fonts/LibertinusSerif-Regular.ttf"),
    include_bytes!("../../fonts/LibertinusSerif-Bold.ttf"),
    include_bytes!("../../fonts/LibertinusSerif-Italic.ttf"),
    include_bytes!("../../fonts/LibertinusSerif-BoldItalic.ttf"),
    include_bytes!("../../fonts/NotoSerifCJKsc-Regular-subset.ttf"),
    include_bytes!("../../fonts/NotoSerifCJKsc-Bold-subset.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
];

/// The family of Typst's embedded fonts that `BUNDLED` replaces.
const REPLACED: &str = "Libertinus Serif";

/// A font face in static memory, parsed on first use.
struct StaticFace {
    data: &'static [u8],
    index: u32,
}

impl FontSource for StaticFace {
    fn load(&self) -> Option<Font> {
        Font::new(Bytes::new(self.data), self.index)
    }
}

static STORE: LazyLock<FontStore> = LazyLock::new(|| {
    let mut store = FontStore::new();
    store.extend(typst_kit::fonts::embedded().filter(|(_, info)| info.family != REPLACED));
    for data in BUNDLED {
        let faces = (0..).map_while(|i| FontInfo::new(data, i).map(|info| (i, info)));
        store.extend(
            faces
                .map(|(index, info)| (StaticFace { data, index }, info))
                .collect::<Vec<_>>(),
        );
    }
    store
});

/// The process's font store.
pub fn store() -> &'static FontStore {
    &STORE
}

/// Whether some available font can draw `c`.
pub fn covers(book: &FontBook, c: char) -> bool {
    (0..)
        .map_while(|i| book.info(i))
        .any(|info| info.coverage.contains(c as u32))
}

/// Characters that need no glyph of their own: spaces, controls (dropped by the
/// renderers), joiners, variation selectors and direction marks.
pub fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
        || matches!(c, '\u{e0100}'..='\u{e01ef}')
}
