//! The [`Charset`] a field was decoded with, and its grouping into families
//! used by the column prior.

use std::fmt;

use crate::legacy::Legacy;

/// How the bytes of one field were (or should be) turned into text.
///
/// Every variant is one *candidate reading* of a field; the detector scores
/// candidates and keeps the best. The enum is `#[non_exhaustive]` so that
/// further readings can be added without breaking callers.
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
    /// UTF-8 that was read as Windows-1258 and re-encoded as UTF-8 once
    /// ("ThĂ´ng" for "Thông": cp1258 has Ă where cp1252 has Ã). A family of
    /// its own: cp1252-based repair tools (ftfy) do not undo it.
    Utf8ViaCp1258,
    /// A legacy 8-bit Vietnamese charset. With `layers: 0` the field holds
    /// the charset's bytes; with `layers: 1` those bytes were read as
    /// latin1/cp1252 and stored as UTF-8 (TCVN3 "Ch­¬ng tr×nh" in a UTF-8
    /// column), the commonest way legacy text reaches a UTF-8 database.
    Legacy {
        /// Which charset.
        charset: Legacy,
        /// 0 = raw bytes, 1 = read once as latin1 and re-encoded as UTF-8.
        layers: u8,
    },
    /// VIQR: Vietnamese in ASCII with marks after letters ("Vie^.t Nam").
    Viqr,
    /// UTF-16, little-endian (from a byte-order mark or NUL-byte pattern).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
}

impl Charset {
    /// Stable, human-readable name: `"ascii"`, `"utf-8"`, `"utf-8+cp1252"`,
    /// `"utf-8+cp1252x2"`, `"utf-8+latin1"`, `"utf-8+cp1258"`, `"tcvn3"`,
    /// `"vni+latin1"`, `"viqr"`, `"utf-16le"`, ...
    pub fn name(&self) -> String {
        self.to_string()
    }

    /// Number of double-encoding layers this reading undoes (0 for
    /// readings of the bytes as they are).
    pub fn layers(&self) -> u8 {
        match *self {
            Charset::Utf8ViaCp1252 { layers }
            | Charset::Utf8ViaLatin1 { layers }
            | Charset::Legacy { layers, .. } => layers,
            Charset::Utf8ViaCp1258 => 1,
            _ => 0,
        }
    }

    /// `true` for the double-encoded UTF-8 (mojibake) readings.
    pub fn is_double_encoded(&self) -> bool {
        matches!(
            self,
            Charset::Utf8ViaCp1252 { .. } | Charset::Utf8ViaLatin1 { .. } | Charset::Utf8ViaCp1258
        )
    }

    /// The legacy charset of a [`Charset::Legacy`] reading.
    pub fn legacy(&self) -> Option<Legacy> {
        match *self {
            Charset::Legacy { charset, .. } => Some(charset),
            _ => None,
        }
    }
}

/// Names users type for charsets (case-insensitive), as listed in error
/// messages. Also accepted: every [`Charset::name`], e.g. "tcvn3+latin1".
pub const CHARSET_NAMES: &str = "utf-8 (utf8), utf-16 (utf-16le, utf-16be), tcvn3 (abc, tcvn), \
vni (vni-win), viscii, vps, cp1258 (windows-1258), viqr, ascii";

impl Charset {
    /// Parses a charset as users write it ("ABC", "Windows-1258", "utf8",
    /// "vni-win") or as [`Charset::name`] prints it ("utf-8+latin1x2",
    /// "tcvn3+latin1"). `None` for an unknown name (list: [`CHARSET_NAMES`]).
    pub fn from_name(name: &str) -> Option<Charset> {
        let lower = name.trim().to_ascii_lowercase();
        let (base, via) = match lower.split_once('+') {
            Some((b, v)) => (b, Some(v)),
            None => (lower.as_str(), None),
        };
        let layers = |v: &str, prefix: &str| -> Option<u8> {
            let rest = v.strip_prefix(prefix)?;
            let n = match rest.strip_prefix('x') {
                Some(d) => d.parse().ok()?,
                None if rest.is_empty() => 1,
                None => return None,
            };
            (1..=crate::MAX_LAYERS).contains(&n).then_some(n)
        };
        let legacy = match base {
            "tcvn3" | "abc" | "tcvn" => Some(Legacy::Tcvn3),
            "vni" | "vni-win" | "vni-windows" => Some(Legacy::Vni),
            "viscii" => Some(Legacy::Viscii),
            "vps" => Some(Legacy::Vps),
            "cp1258" | "windows-1258" | "win1258" => Some(Legacy::Cp1258),
            _ => None,
        };
        if let Some(charset) = legacy {
            let layers = match via {
                None => 0,
                Some(v) => layers(v, "latin1")
                    .or_else(|| layers(v, "cp1252"))
                    .filter(|&n| n == 1)?,
            };
            return Some(Charset::Legacy { charset, layers });
        }
        Some(match (base, via) {
            ("ascii", None) => Charset::Ascii,
            ("utf-8" | "utf8", None) => Charset::Utf8,
            ("utf-8" | "utf8", Some(v)) => {
                if v == "cp1258" {
                    Charset::Utf8ViaCp1258
                } else if let Some(n) = layers(v, "cp1252") {
                    Charset::Utf8ViaCp1252 { layers: n }
                } else {
                    Charset::Utf8ViaLatin1 {
                        layers: layers(v, "latin1")?,
                    }
                }
            }
            ("viqr", None) => Charset::Viqr,
            ("utf-16" | "utf16" | "utf-16le" | "utf16le", None) => Charset::Utf16Le,
            ("utf-16be" | "utf16be", None) => Charset::Utf16Be,
            _ => return None,
        })
    }
}

impl fmt::Display for Charset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (base, layers) = match *self {
            Charset::Ascii => return f.write_str("ascii"),
            Charset::Utf8 => return f.write_str("utf-8"),
            Charset::Utf8ViaCp1258 => return f.write_str("utf-8+cp1258"),
            Charset::Viqr => return f.write_str("viqr"),
            Charset::Utf16Le => return f.write_str("utf-16le"),
            Charset::Utf16Be => return f.write_str("utf-16be"),
            Charset::Utf8ViaCp1252 { layers } => ("utf-8+cp1252", layers),
            Charset::Utf8ViaLatin1 { layers } => ("utf-8+latin1", layers),
            Charset::Legacy { charset, layers } => {
                f.write_str(charset.label())?;
                match layers {
                    0 => return Ok(()),
                    _ => ("+latin1", layers),
                }
            }
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
    /// UTF-8 read as cp1258.
    Cp1258Double,
    /// A legacy charset, raw or read as latin1 (never both for one field).
    Legacy(Legacy),
    /// VIQR.
    Viqr,
    /// UTF-16, either byte order.
    Utf16,
}

impl Family {
    pub(crate) fn of(c: Charset) -> Family {
        match c {
            Charset::Ascii => Family::Ascii,
            Charset::Utf8 => Family::Utf8,
            Charset::Utf8ViaCp1252 { layers } | Charset::Utf8ViaLatin1 { layers } => {
                Family::Double(layers)
            }
            Charset::Utf8ViaCp1258 => Family::Cp1258Double,
            Charset::Legacy { charset, .. } => Family::Legacy(charset),
            Charset::Viqr => Family::Viqr,
            Charset::Utf16Le | Charset::Utf16Be => Family::Utf16,
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
    fn names_parse_back() {
        for c in [
            Charset::Ascii,
            Charset::Utf8,
            Charset::Utf8ViaCp1252 { layers: 3 },
            Charset::Utf8ViaLatin1 { layers: 1 },
            Charset::Utf8ViaCp1258,
            Charset::Legacy {
                charset: Legacy::Vps,
                layers: 1,
            },
            Charset::Viqr,
            Charset::Utf16Be,
        ] {
            assert_eq!(Charset::from_name(&c.name()), Some(c), "{c}");
        }
        assert_eq!(
            Charset::from_name(" ABC "),
            Some(Charset::Legacy {
                charset: Legacy::Tcvn3,
                layers: 0
            })
        );
        assert_eq!(
            Charset::from_name("Windows-1258").and_then(|c| c.legacy()),
            Some(Legacy::Cp1258)
        );
        assert_eq!(Charset::from_name("UTF8"), Some(Charset::Utf8));
        assert_eq!(Charset::from_name("koi8-r"), None);
        assert_eq!(Charset::from_name("utf-8+latin1x4"), None);
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
        let tcvn = Charset::Legacy {
            charset: Legacy::Tcvn3,
            layers: 1,
        };
        assert_eq!(tcvn.to_string(), "tcvn3+latin1");
        assert_eq!(
            Charset::Legacy {
                charset: Legacy::Vni,
                layers: 0
            }
            .name(),
            "vni"
        );
        assert_eq!(Charset::Utf8ViaCp1258.name(), "utf-8+cp1258");
        assert_eq!(
            Family::of(tcvn),
            Family::of(Charset::Legacy {
                charset: Legacy::Tcvn3,
                layers: 0
            })
        );
    }
}
