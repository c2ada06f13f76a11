//! The QR code of an address (the letter's link to the latest meeting information), as
//! the seed prints it beside the link: made by the `qrcode` crate, drawn as an SVG image
//! (HTML, Typst). Deterministic: the same address gives the same bytes.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `text` as an SVG document of `size` pixels a side (none if the text is
/// too long for a QR code).
pub fn svg(text: &str, size: u32) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .build();
    // The XML declaration is for a file alone; the image is also written inside a page.
    Some(match image.find("<svg") {
        Some(at) => image[at..].to_string(),
        None => image,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gives_one_svg_always_the_same() {
        let a = svg("https://itu.int/go/tsg12", 96).unwrap_or_default();
        assert!(a.starts_with("<svg") && a.ends_with("</svg>"), "{a}");
        assert_eq!(Some(a), svg("https://itu.int/go/tsg12", 96));
    }
}
