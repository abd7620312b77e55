//! The [`Charset`] a field was decoded with, and its grouping into families
//! used by the column prior.

use std::fmt;

/// How the bytes of one field were (or should be) turned into text.
///
/// The enum is `#[non_exhaustive]`: the legacy Vietnamese charsets (TCVN3,
/// VNI, VISCII, VPS, VIQR, Windows-1258, HTML entities) are added as further
/// variants by a later issue. Every variant is one *candidate reading* of a
/// field; the detector scores candidates and keeps the best.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[non_exhaustive]
pub enum Charset {
    /// Only bytes 0x00–0x7F: identical in every charset considered here.
    Ascii,
    /// Valid UTF-8, taken as it is.
    Utf8,
    /// UTF-8 that was read as Windows-1252 and re-encoded as UTF-8, `layers`
    /// times (1..=3). Undoing it maps every char back to its cp1252 byte.
    Utf8ViaCp1252 {
        /// How many times the text went through the cp1252 round trip (1..=3).
        layers: u8,
    },
    /// UTF-8 that was read as MySQL's `latin1` and re-encoded as UTF-8,
    /// `layers` times (1..=3).
    ///
    /// MySQL's `latin1` is cp1252 except that the five bytes cp1252 leaves
    /// undefined (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls U+0081
    /// U+008D U+008F U+0090 U+009D instead of being errors. Windows'
    /// `MultiByteToWideChar(1252)` and the WHATWG windows-1252 decoder do the
    /// same, so this variant also covers those tools.
    Utf8ViaLatin1 {
        /// How many times the text went through the latin1 round trip (1..=3).
        layers: u8,
    },
}

impl Charset {
    /// Stable, human-readable name: `"ascii"`, `"utf-8"`, `"utf-8+cp1252"`,
    /// `"utf-8+cp1252x2"`, `"utf-8+latin1"`, `"utf-8+latin1x3"`, ...
    pub fn name(&self) -> String {
        self.to_string()
    }

    /// Number of double-encoding layers this reading undoes (0 for
    /// [`Charset::Ascii`] and [`Charset::Utf8`]).
    pub fn layers(&self) -> u8 {
        match *self {
            Charset::Ascii | Charset::Utf8 => 0,
            Charset::Utf8ViaCp1252 { layers } | Charset::Utf8ViaLatin1 { layers } => layers,
        }
    }

    /// `true` for the double-encoded (mojibake) readings.
    pub fn is_double_encoded(&self) -> bool {
        matches!(
            self,
            Charset::Utf8ViaCp1252 { .. } | Charset::Utf8ViaLatin1 { .. }
        )
    }
}

impl fmt::Display for Charset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (base, layers) = match *self {
            Charset::Ascii => return f.write_str("ascii"),
            Charset::Utf8 => return f.write_str("utf-8"),
            Charset::Utf8ViaCp1252 { layers } => ("utf-8+cp1252", layers),
            Charset::Utf8ViaLatin1 { layers } => ("utf-8+latin1", layers),
        };
        if layers == 1 {
            f.write_str(base)
        } else {
            write!(f, "{base}x{layers}")
        }
    }
}

/// Readings that produce the same text from the same bytes are one *family*
/// for the column prior: cp1252 and latin1 double encoding differ only in
/// five bytes, so a column broken "via cp1252" and one broken "via latin1"
/// are the same kind of broken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Family {
    /// Plain ASCII (never voted, kept for completeness).
    Ascii,
    /// Clean UTF-8.
    Utf8,
    /// Double-encoded UTF-8 with this many layers, whatever the 8-bit charset.
    Double(u8),
}

impl Family {
    pub(crate) fn of(c: Charset) -> Family {
        match c {
            Charset::Ascii => Family::Ascii,
            Charset::Utf8 => Family::Utf8,
            Charset::Utf8ViaCp1252 { layers } | Charset::Utf8ViaLatin1 { layers } => {
                Family::Double(layers)
            }
        }
    }

    /// Family of the candidate that undoes `layers` layers (0 = as is).
    pub(crate) fn of_layers(layers: u8) -> Family {
        if layers == 0 {
            Family::Utf8
        } else {
            Family::Double(layers)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Charset::Ascii.name(), "ascii");
        assert_eq!(Charset::Utf8.name(), "utf-8");
        assert_eq!(Charset::Utf8ViaCp1252 { layers: 1 }.name(), "utf-8+cp1252");
        assert_eq!(
            Charset::Utf8ViaCp1252 { layers: 2 }.name(),
            "utf-8+cp1252x2"
        );
        assert_eq!(Charset::Utf8ViaLatin1 { layers: 1 }.name(), "utf-8+latin1");
        assert_eq!(
            Charset::Utf8ViaLatin1 { layers: 3 }.to_string(),
            "utf-8+latin1x3"
        );
    }

    #[test]
    fn layers_and_family() {
        assert_eq!(Charset::Utf8.layers(), 0);
        assert!(!Charset::Utf8.is_double_encoded());
        let c = Charset::Utf8ViaLatin1 { layers: 2 };
        assert_eq!(c.layers(), 2);
        assert!(c.is_double_encoded());
        assert_eq!(
            Family::of(Charset::Utf8ViaCp1252 { layers: 2 }),
            Family::of(c)
        );
        assert_eq!(Family::of_layers(0), Family::Utf8);
    }
}
