//! The fonts every PDF is set in, shared by all documents of a process.
//!
//! Libertinus Serif, converted to TrueType outlines, covers Latin text (and Cyrillic);
//! the Noto Serif CJK SC subsets cover Chinese, Noto Naskh Arabic covers Arabic (all OFL,
//! in `fonts/`, see `fonts/README.md`). Typst's
//! own embedded fonts (New Computer Modern, DejaVu Sans Mono) stay as fallbacks, less
//! their CFF Libertinus Serif, which the TrueType one replaces. All are built into the
//! binary, so a machine with no fonts installed renders the same PDF, byte for byte.
//! System fonts are not used, for that reason; fonts a meeting needs beyond these come
//! from folders given on the command line (`--font-path`). Bundled fonts are parsed only when a
//! document first uses them.

use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

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

/// A font face read from a font folder (`--font-path`), parsed on first use.
struct LoadedFace {
    data: Bytes,
    index: u32,
}

impl FontSource for LoadedFace {
    fn load(&self) -> Option<Font> {
        Font::new(self.data.clone(), self.index)
    }
}

/// The fonts of the folders given with `--font-path`, after the bundled ones.
static FOLDERS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();

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
    for file in FOLDERS.get().into_iter().flatten() {
        let data = Bytes::new(file.clone());
        let faces = (0..).map_while(|i| FontInfo::new(file, i).map(|info| (i, info)));
        let faces: Vec<_> = faces
            .map(|(index, info)| {
                (
                    LoadedFace {
                        data: data.clone(),
                        index,
                    },
                    info,
                )
            })
            .collect();
        store.extend(faces);
    }
    store
});

/// A font folder that could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct FontFolderError(pub String);

/// Reads every font file (`.ttf`, `.otf`, `.ttc`, `.otc`) under `dirs`, in name order, for
/// the PDFs of this process, which may then use them after the bundled fonts. Called once,
/// before the first document; a later call changes nothing. Returns how many files.
pub fn add_folders(dirs: &[PathBuf]) -> Result<usize, FontFolderError> {
    let mut files = Vec::new();
    for dir in dirs {
        read_folder(dir, &mut files)?;
    }
    let n = files.len();
    let _ = FOLDERS.set(files);
    Ok(n)
}

fn read_folder(dir: &Path, files: &mut Vec<Vec<u8>>) -> Result<(), FontFolderError> {
    let shown = crate::diag::display_path(dir);
    if !dir.is_dir() {
        return Err(FontFolderError(format!(
            "font folder {shown} is not a folder"
        )));
    }
    let fonts = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .follow_links(true);
    for entry in fonts {
        let entry =
            entry.map_err(|e| FontFolderError(format!("cannot read font folder {shown}: {e}")))?;
        let path = entry.path();
        let is_font = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["ttf", "otf", "ttc", "otc"].contains(&e.to_ascii_lowercase().as_str())
        });
        if !entry.file_type().is_file() || !is_font {
            continue;
        }
        let shown = crate::diag::display_path(path);
        let data = std::fs::read(path)
            .map_err(|e| FontFolderError(format!("cannot read {shown}: {e}")))?;
        if FontInfo::new(&data, 0).is_none() {
            return Err(FontFolderError(format!(
                "{shown} is not a font that can be read"
            )));
        }
        files.push(data);
    }
    Ok(())
}

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

/// Characters that need no glyph of their own: spaces, what the renderers drop (controls,
/// noncharacters: [`crate::render::escape::dropped`]), joiners, variation selectors and
/// direction marks.
pub fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || crate::render::escape::dropped(c)
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
        || matches!(c, '\u{e0100}'..='\u{e01ef}')
}

/// What a chair can do about character `c`, which no font available can draw: replace it,
/// or give a folder holding a font that has it, named by the character's script (the Noto
/// fonts have a family for nearly every script); private-use and unassigned characters
/// only replaced.
pub fn hint(c: char) -> String {
    use unicode_script::{Script, UnicodeScript};
    let give =
        "replace the character, or give a folder holding a font that has it: --font-path DIR";
    match (family_for(c), c.script()) {
        (Some(family), Script::Han) => format!(
            "{give} (the whole {family}, for example: the one built in holds only the characters of the organisation's texts)"
        ),
        (Some(family), _) => format!("{give} (a font of the {family} family, for example)"),
        (None, _) => {
            "replace the character: it is private-use or unassigned, which no font is meant to draw"
                .to_string()
        }
    }
}

/// A font family that has `c`, by its script; none for a private-use or unassigned one.
fn family_for(c: char) -> Option<String> {
    use unicode_script::{Script, UnicodeScript};
    let n = c as u32;
    if matches!(n, 0xE000..=0xF8FF | 0xF0000..) {
        return None;
    }
    let family = match c.script() {
        Script::Unknown => return None,
        Script::Common if matches!(n, 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF) => {
            "Noto Emoji"
        }
        Script::Common if matches!(n, 0x2200..=0x22FF | 0x27C0..=0x27EF | 0x2980..=0x2AFF | 0x1D400..=0x1D7FF) => {
            "Noto Sans Math"
        }
        Script::Common => "Noto Sans Symbols 2",
        Script::Inherited => "Noto Sans",
        Script::Han => {
            "Noto Serif CJK SC (the whole font: the one built in holds the characters of the organisation's texts only)"
        }
        Script::Hiragana | Script::Katakana => "Noto Serif CJK JP",
        Script::Hangul => "Noto Serif CJK KR",
        s => return Some(format!("Noto Sans {}", s.full_name().replace('_', " "))),
    };
    Some(family.to_string())
}
