//! The QR code of an address (the letter's link to the latest meeting information), as
//! the seed prints it beside the link: made by the `qrcode` crate, drawn as an SVG image
//! (HTML, Typst) or a PNG one (Word, written with the `png` crate). Deterministic: the
//! same address gives the same bytes.

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

/// The QR code of `text` as a black-and-white PNG, `scale` pixels a module, with the
/// quiet zone the code needs around it (none if the text is too long for a QR code).
pub fn png(text: &str, scale: u32) -> Option<Vec<u8>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let (modules, quiet) = (u32::try_from(code.width()).ok()?, 4);
    let side = (modules + 2 * quiet) * scale;
    let colors = code.to_colors();
    let dark = |x: u32, y: u32| {
        let (mx, my) = (
            (x / scale).checked_sub(quiet)?,
            (y / scale).checked_sub(quiet)?,
        );
        (mx < modules && my < modules)
            .then(|| colors[(my * modules + mx) as usize] == qrcode::Color::Dark)
    };
    let pixels: Vec<u8> = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| if dark(x, y) == Some(true) { 0 } else { 255 })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&pixels).ok()?;
    writer.finish().ok()?;
    Some(out)
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

    #[test]
    fn an_address_gives_one_png_always_the_same() {
        let a = png("https://itu.int/go/tsg12", 4).unwrap_or_default();
        assert!(a.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(Some(a), png("https://itu.int/go/tsg12", 4));
    }
}
