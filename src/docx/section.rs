//! A section's page set-up, from the reference document's: turned landscape for the
//! plan by group's pages, and right to left in an Arabic document.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

/// The reference's `w:sectPr` `sect`, landscape or as it is, and right to left where
/// `rtl` (Word's `w:bidi`, which puts its page numbers and columns the Arabic way).
pub fn section(sect: &str, landscape: bool, rtl: bool) -> String {
    let mut reader = Reader::from_str(sect);
    let mut writer = Writer::new(Vec::new());
    let mut bidi_done = !rtl || sect.contains("<w:bidi/>");
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        let name = match &event {
            Event::Start(e) | Event::Empty(e) => e.name().as_ref().to_string(),
            Event::End(e) => e.name().as_ref().to_string(),
            _ => String::new(),
        };
        let closing = matches!(event, Event::End(_)) && name == "w:sectPr";
        let grid = matches!(event, Event::Empty(_) | Event::Start(_)) && name == "w:docGrid";
        let late = ["w:rtlGutter", "w:printerSettings", "w:sectPrChange"].contains(&name.as_str());
        if !bidi_done && (closing || grid || late && !matches!(event, Event::End(_))) {
            let _ = writer.write_event(Event::Empty(BytesStart::new("w:bidi")));
            bidi_done = true;
        }
        let event = match event {
            Event::Empty(e) if landscape && name == "w:pgSz" => Event::Empty(turned(&e)),
            Event::Start(e) if landscape && name == "w:pgSz" => Event::Start(turned(&e)),
            other => other,
        };
        let _ = writer.write_event(event);
    }
    String::from_utf8_lossy(&writer.into_inner()).into_owned()
}

/// A `w:pgSz` with its width and height swapped where it is portrait, and marked
/// landscape.
fn turned(e: &BytesStart) -> BytesStart<'static> {
    let get = |key: &str| {
        e.try_get_attribute(key)
            .ok()
            .flatten()
            .map(|a| a.value.into_owned())
    };
    let (w, h) = (
        get("w:w").unwrap_or_default(),
        get("w:h").unwrap_or_default(),
    );
    let portrait = w.parse::<u32>().unwrap_or(0) < h.parse::<u32>().unwrap_or(0);
    let (w, h) = if portrait { (h, w) } else { (w, h) };
    let mut out = BytesStart::new("w:pgSz");
    out.push_attribute(("w:w", w.as_str()));
    out.push_attribute(("w:h", h.as_str()));
    out.push_attribute(("w:orient", "landscape"));
    for a in e.attributes().flatten() {
        if !matches!(a.key.as_ref(), "w:w" | "w:h" | "w:orient") {
            // Kept raw, as written: already escaped.
            let raw = quick_xml::events::attributes::Attribute {
                key: quick_xml::name::QName(a.key.as_ref()),
                value: a.value,
            };
            out.push_attribute(raw);
        }
    }
    out.into_owned()
}

#[cfg(test)]
mod tests {
    use super::section;

    #[test]
    fn landscape_and_right_to_left() {
        let sect = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>";
        assert_eq!(
            section(sect, true, true),
            "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:bidi/><w:docGrid w:linePitch=\"360\"/></w:sectPr>"
        );
        assert_eq!(section(sect, false, false), sect);
    }
}
