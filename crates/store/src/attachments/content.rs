//! What an uploaded file really is, and what of it may be kept.
//!
//! The type is read from the bytes (magic numbers), never from the file name or the type the
//! client claims: a `.jpg` that is really HTML or a program is refused. Images are parsed, and
//! their metadata — EXIF above all, which carries the GPS position of the phone that took the
//! photo — is removed before anything is stored. The GPS position is read first, so that a
//! resident who agrees can have it fill in the ticket's location.

use bytes::Bytes;
use img_parts::jpeg::Jpeg;
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{ImageEXIF, ImageICC};
use minsheng_domain::input::GeoPoint;

/// The kinds of file a ticket may carry (SPEC §3: photos and PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaType {
    Jpeg,
    Png,
    Webp,
    Pdf,
}

impl MediaType {
    pub const fn mime(self) -> &'static str {
        match self {
            MediaType::Jpeg => "image/jpeg",
            MediaType::Png => "image/png",
            MediaType::Webp => "image/webp",
            MediaType::Pdf => "application/pdf",
        }
    }

    pub const fn extension(self) -> &'static str {
        match self {
            MediaType::Jpeg => "jpg",
            MediaType::Png => "png",
            MediaType::Webp => "webp",
            MediaType::Pdf => "pdf",
        }
    }

    pub fn from_mime(mime: &str) -> Option<Self> {
        [Self::Jpeg, Self::Png, Self::Webp, Self::Pdf]
            .into_iter()
            .find(|t| t.mime() == mime)
    }

    pub const fn is_image(self) -> bool {
        !matches!(self, MediaType::Pdf)
    }
}

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("only JPEG, PNG and WebP photos and PDF documents can be attached (this file is {0})")]
    NotAllowed(String),
    #[error("the file is damaged or not a real {0}")]
    Damaged(&'static str),
}

/// A file that passed inspection, ready to store.
#[derive(Debug, Clone)]
pub struct Inspected {
    pub media_type: MediaType,
    /// The bytes to keep: for images, without their metadata.
    pub bytes: Bytes,
    /// The GPS position the photo's EXIF data carried, if any.
    pub gps: Option<GeoPoint>,
}

/// Reads what `bytes` is, and returns what may be stored of it.
pub fn inspect(bytes: Bytes) -> Result<Inspected, ContentError> {
    let detected = infer::get(&bytes);
    let media_type = detected
        .and_then(|t| MediaType::from_mime(t.mime_type()))
        .ok_or_else(|| {
            ContentError::NotAllowed(
                detected
                    .map(|t| t.mime_type().to_owned())
                    .unwrap_or_else(|| "of an unknown type".into()),
            )
        })?;
    match media_type {
        MediaType::Jpeg => {
            let mut img = Jpeg::from_bytes(bytes).map_err(|_| ContentError::Damaged("JPEG"))?;
            let gps = img.exif().as_ref().and_then(|e| gps_of(e));
            // APP1 holds EXIF and XMP, APP13 IPTC, COM free comments; the rest of APP3–APP15
            // are maker notes. APP0 (JFIF), APP2 (ICC colour) and APP14 (Adobe colour
            // transform) are needed to show the picture right, and say nothing about anyone.
            img.segments_mut()
                .retain(|s| !matches!(s.marker(), 0xE1 | 0xE3..=0xED | 0xEF | 0xFE));
            if img.segments().is_empty() {
                return Err(ContentError::Damaged("JPEG"));
            }
            Ok(Inspected {
                media_type,
                bytes: img.encoder().bytes(),
                gps,
            })
        }
        MediaType::Png => {
            let mut img = Png::from_bytes(bytes).map_err(|_| ContentError::Damaged("PNG"))?;
            let gps = img.exif().as_ref().and_then(|e| gps_of(e));
            img.chunks_mut()
                .retain(|c| !matches!(&c.kind(), b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"));
            if img.chunk_by_type(*b"IHDR").is_none() {
                return Err(ContentError::Damaged("PNG"));
            }
            Ok(Inspected {
                media_type,
                bytes: img.encoder().bytes(),
                gps,
            })
        }
        MediaType::Webp => {
            let mut img = WebP::from_bytes(bytes).map_err(|_| ContentError::Damaged("WebP"))?;
            let gps = img.exif().as_ref().and_then(|e| gps_of(e));
            img.set_exif(None);
            img.remove_chunks_by_id(*b"XMP ");
            let icc = img.icc_profile();
            img.set_icc_profile(icc);
            Ok(Inspected {
                media_type,
                bytes: img.encoder().bytes(),
                gps,
            })
        }
        MediaType::Pdf => {
            // A PDF ends with an end-of-file marker near its end; a file that only starts like
            // one is something else.
            let tail = &bytes[bytes.len().saturating_sub(1024)..];
            if !tail.windows(5).any(|w| w == b"%%EOF") {
                return Err(ContentError::Damaged("PDF"));
            }
            Ok(Inspected {
                media_type,
                bytes,
                gps: None,
            })
        }
    }
}

/// The GPS position in raw EXIF (TIFF) data, when it has a valid one.
fn gps_of(exif: &[u8]) -> Option<GeoPoint> {
    use exif::{In, Tag, Value};
    // img-parts hands over the TIFF structure, sometimes still behind the JPEG "Exif\0\0" tag.
    let raw = exif.strip_prefix(b"Exif\0\0").unwrap_or(exif);
    let data = exif::Reader::new().read_raw(raw.to_vec()).ok()?;
    let degrees = |tag: Tag, reference: Tag, negative: u8| -> Option<f64> {
        let Value::Rational(dms) = &data.get_field(tag, In::PRIMARY)?.value else {
            return None;
        };
        let [d, m, s] = dms.as_slice() else {
            return None;
        };
        let value = d.to_f64() + m.to_f64() / 60.0 + s.to_f64() / 3600.0;
        let sign = match &data.get_field(reference, In::PRIMARY)?.value {
            Value::Ascii(v) if v.first().and_then(|x| x.first()) == Some(&negative) => -1.0,
            _ => 1.0,
        };
        Some(sign * value)
    };
    let lat = degrees(Tag::GPSLatitude, Tag::GPSLatitudeRef, b'S')?;
    let lon = degrees(Tag::GPSLongitude, Tag::GPSLongitudeRef, b'W')?;
    GeoPoint::parse(lat, lon).ok()
}

/// Small real files, built byte by byte, for tests (here and in the black-box suites).
pub mod samples {

    /// A 1×1 baseline JPEG with an EXIF block carrying a GPS position (30.25° N, 120.125° E)
    /// and a camera model, and an XMP block.
    pub fn jpeg_with_gps() -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        out.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        out.extend(segment(
            0xE1,
            &[b"Exif\0\0".as_slice(), &tiff_with_gps()].concat(),
        ));
        out.extend(segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>secret</x:xmpmeta>",
        ));
        out.extend(TINY_JPEG_BODY);
        out
    }

    fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
        let len = u16::try_from(body.len() + 2).unwrap_or(u16::MAX);
        let mut s = vec![0xFF, marker];
        s.extend(len.to_be_bytes());
        s.extend(body);
        s
    }

    /// A big-endian TIFF structure: IFD0 with Model and a GPS IFD pointer; the GPS IFD with
    /// N 30° 15' 0", E 120° 7' 30".
    pub fn tiff_with_gps() -> Vec<u8> {
        let mut t = Vec::new();
        t.extend(b"MM\0\x2A\0\0\0\x08");
        // IFD0 at 8: 2 entries.
        let ifd0_entries = 2u16;
        let ifd0_size = 2 + 12 * ifd0_entries as u32 + 4;
        let model_off = 8 + ifd0_size; // "PhoneX\0\0" (8 bytes)
        let gps_ifd = model_off + 8;
        t.extend(ifd0_entries.to_be_bytes());
        // Model (0x0110), ASCII, count 7, offset.
        t.extend(entry(0x0110, 2, 7, model_off));
        // GPSInfo IFD pointer (0x8825), LONG, 1.
        t.extend(entry(0x8825, 4, 1, gps_ifd));
        t.extend(0u32.to_be_bytes());
        t.extend(b"PhoneX\0\0");
        // GPS IFD: 4 entries, then the rationals.
        let gps_entries = 4u16;
        let data = gps_ifd + 2 + 12 * gps_entries as u32 + 4;
        t.extend(gps_entries.to_be_bytes());
        t.extend(entry_inline(0x0001, 2, 2, *b"N\0\0\0"));
        t.extend(entry(0x0002, 5, 3, data));
        t.extend(entry_inline(0x0003, 2, 2, *b"E\0\0\0"));
        t.extend(entry(0x0004, 5, 3, data + 24));
        t.extend(0u32.to_be_bytes());
        for (n, d) in [(30u32, 1u32), (15, 1), (0, 1), (120, 1), (7, 1), (30, 1)] {
            t.extend(n.to_be_bytes());
            t.extend(d.to_be_bytes());
        }
        t
    }

    fn entry(tag: u16, typ: u16, count: u32, offset: u32) -> Vec<u8> {
        let mut e = Vec::new();
        e.extend(tag.to_be_bytes());
        e.extend(typ.to_be_bytes());
        e.extend(count.to_be_bytes());
        e.extend(offset.to_be_bytes());
        e
    }

    fn entry_inline(tag: u16, typ: u16, count: u32, value: [u8; 4]) -> Vec<u8> {
        let mut e = Vec::new();
        e.extend(tag.to_be_bytes());
        e.extend(typ.to_be_bytes());
        e.extend(count.to_be_bytes());
        e.extend(value);
        e
    }

    /// DQT, SOF0, DHT, SOS and the entropy-coded data of a 1×1 grey JPEG, and EOI.
    const TINY_JPEG_BODY: &[u8] = &[
        0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08, 0x07, 0x07, 0x07,
        0x09, 0x09, 0x08, 0x0A, 0x0C, 0x14, 0x0D, 0x0C, 0x0B, 0x0B, 0x0C, 0x19, 0x12, 0x13, 0x0F,
        0x14, 0x1D, 0x1A, 0x1F, 0x1E, 0x1D, 0x1A, 0x1C, 0x1C, 0x20, 0x24, 0x2E, 0x27, 0x20, 0x22,
        0x2C, 0x23, 0x1C, 0x1C, 0x28, 0x37, 0x29, 0x2C, 0x30, 0x31, 0x34, 0x34, 0x34, 0x1F, 0x27,
        0x39, 0x3D, 0x38, 0x32, 0x3C, 0x2E, 0x33, 0x34, 0x32, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00,
        0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x09, 0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01,
        0x01, 0x00, 0x00, 0x3F, 0x00, 0xD2, 0xCF, 0x20, 0xFF, 0xD9,
    ];

    /// A 1×1 PNG with a tEXt chunk naming the author.
    pub fn png_with_text() -> Vec<u8> {
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        out.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
        out.extend(chunk(b"tEXt", b"Author\0Wang Fang, 13800138000"));
        out.extend(chunk(
            b"IDAT",
            &[0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
        ));
        out.extend(chunk(b"IEND", &[]));
        out
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = Vec::new();
        c.extend(u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
        c.extend(kind);
        c.extend(data);
        c.extend(crc32(&[kind.as_slice(), data].concat()).to_be_bytes());
        c
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    /// The smallest PDF readers accept.
    pub fn pdf() -> Vec<u8> {
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn jpeg_loses_its_exif_and_xmp_but_tells_its_gps_first() {
        let raw = samples::jpeg_with_gps();
        assert!(contains(&raw, b"PhoneX"));
        let out = inspect(Bytes::from(raw)).unwrap();
        assert_eq!(out.media_type, MediaType::Jpeg);
        let gps = out.gps.expect("the sample carries a position");
        assert!((gps.lat - 30.25).abs() < 1e-9, "{gps:?}");
        assert!((gps.lon - 120.125).abs() < 1e-9, "{gps:?}");
        assert!(!contains(&out.bytes, b"Exif"));
        assert!(!contains(&out.bytes, b"PhoneX"));
        assert!(!contains(&out.bytes, b"xmpmeta"));
        // Still a JPEG that starts and ends right, with its JFIF header.
        assert!(out.bytes.starts_with(&[0xFF, 0xD8]));
        assert!(out.bytes.ends_with(&[0xFF, 0xD9]));
        assert!(contains(&out.bytes, b"JFIF"));
        assert_eq!(inspect(out.bytes.clone()).unwrap().gps, None);
    }

    #[test]
    fn png_loses_its_text_chunks() {
        let out = inspect(Bytes::from(samples::png_with_text())).unwrap();
        assert_eq!(out.media_type, MediaType::Png);
        assert!(!contains(&out.bytes, b"Wang Fang"));
        assert!(contains(&out.bytes, b"IHDR") && contains(&out.bytes, b"IDAT"));
    }

    #[test]
    fn pdf_is_kept_as_it_is() {
        let raw = samples::pdf();
        let out = inspect(Bytes::from(raw.clone())).unwrap();
        assert_eq!(out.media_type, MediaType::Pdf);
        assert_eq!(out.bytes.as_ref(), raw.as_slice());
    }

    #[test]
    fn other_types_and_disguises_are_refused() {
        let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>".to_vec();
        assert!(matches!(
            inspect(Bytes::from(html)),
            Err(ContentError::NotAllowed(_))
        ));
        let elf = [b"\x7fELF\x02\x01\x01\0".as_slice(), &[0u8; 64]].concat();
        assert!(matches!(
            inspect(Bytes::from(elf)),
            Err(ContentError::NotAllowed(t)) if t.contains("elf") || t.contains("executable")
        ));
        let zip = [b"PK\x03\x04".as_slice(), &[0u8; 64]].concat();
        assert!(inspect(Bytes::from(zip)).is_err());
        // JPEG magic followed by rubbish: not a real JPEG.
        let fake = [
            [0xFF, 0xD8, 0xFF, 0xE0].as_slice(),
            b"<html>not a photo</html>",
        ]
        .concat();
        assert!(matches!(
            inspect(Bytes::from(fake)),
            Err(ContentError::Damaged(_))
        ));
        // A PDF header with no end.
        assert!(matches!(
            inspect(Bytes::from(b"%PDF-1.4\n<script>".to_vec())),
            Err(ContentError::Damaged(_))
        ));
        assert!(inspect(Bytes::new()).is_err());
    }
}
