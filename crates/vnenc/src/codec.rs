//! Fixed-charset conversion: text → the bytes a [`Charset`] stores, and
//! bytes → text when the charset is known (no detection).

use crate::charset::Charset;
use crate::detect::Undecodable;
use crate::legacy::{decode_legacy_at, encode_legacy};
use crate::mojibake::{char_to_latin1, mojibake, peel, peel_cp1258, reread_latin1};
use crate::viqr::{decode_viqr, encode_viqr};

/// The bytes `charset` stores for `text`: what an old system wrote, for
/// tests and for `portmig convert --to`.
///
/// `None` when `text` has a character the charset cannot write (or, for the
/// cp1252 double encoding, a byte cp1252 does not define). Lossy charsets
/// write a toned capital they lack with its lowercase letter's bytes (see
/// [`crate::legacy`]). UTF-16 output starts with a byte-order mark.
pub fn encode(text: &str, charset: Charset) -> Option<Vec<u8>> {
    match charset {
        Charset::Ascii
        | Charset::Utf8
        | Charset::Utf8ViaCp1252 { .. }
        | Charset::Utf8ViaLatin1 { .. }
        | Charset::Utf8ViaCp1258 => mojibake(text, charset),
        Charset::Legacy { charset, layers } => {
            reread_latin1(encode_legacy(text, charset)?, layers, true)
        }
        Charset::Viqr => Some(encode_viqr(text).into_bytes()),
        Charset::Utf16Le | Charset::Utf16Be => {
            let le = charset == Charset::Utf16Le;
            let mut out = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in text.encode_utf16() {
                out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            Some(out)
        }
    }
}

/// Decodes `bytes` as `charset`, without detection (for `portmig convert
/// --from`). Errors say at which byte the input stops fitting the charset.
///
/// UTF-16 honours a byte-order mark when present (it overrides the byte
/// order named) and reads little/big-endian without one.
pub fn decode_as(bytes: &[u8], charset: Charset) -> Result<String, Undecodable> {
    let fail = |at: Option<usize>, what: String| Undecodable {
        reason: what,
        first_bad_byte: at,
        best: None,
    };
    let utf8 = |bytes: &[u8]| -> Result<String, Undecodable> {
        std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
            let at = e.valid_up_to();
            fail(
                Some(at),
                format!("invalid UTF-8 at byte {at} (0x{:02X})", bytes[at]),
            )
        })
    };
    match charset {
        Charset::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
            Some(at) => Err(fail(
                Some(at),
                format!("non-ASCII byte 0x{:02X} at byte {at}", bytes[at]),
            )),
            None => utf8(bytes),
        },
        Charset::Utf8 => utf8(bytes),
        Charset::Utf8ViaCp1252 { layers } | Charset::Utf8ViaLatin1 { layers } => {
            let mut text = utf8(bytes)?;
            for layer in 1..=layers {
                if text.is_ascii() {
                    break;
                }
                text = peel(&text).map(|(t, _)| t).ok_or_else(|| {
                    fail(
                        None,
                        format!("layer {layer} of {charset} does not undo to valid UTF-8"),
                    )
                })?;
            }
            Ok(text)
        }
        Charset::Utf8ViaCp1258 => {
            let text = utf8(bytes)?;
            if text.is_ascii() {
                return Ok(text);
            }
            // Without a byte where cp1258 and latin1 differ, the latin1
            // reading is the same reading.
            peel_cp1258(&text)
                .or_else(|| peel(&text).map(|(t, _)| t))
                .ok_or_else(|| fail(None, "not UTF-8 read as Windows-1258".to_string()))
        }
        Charset::Legacy {
            charset: cs,
            layers,
        } => {
            let raw: Vec<u8>;
            let raw = if layers == 0 {
                bytes
            } else {
                let text = utf8(bytes)?;
                raw = text
                    .chars()
                    .map(char_to_latin1)
                    .collect::<Option<Vec<u8>>>()
                    .ok_or_else(|| {
                        fail(
                            None,
                            format!("a character has no latin1 byte, so this is not {charset}"),
                        )
                    })?;
                &raw
            };
            decode_legacy_at(raw, cs).map_err(|at| {
                fail(
                    Some(at),
                    format!(
                        "byte 0x{:02X} at {at} is not defined in {}",
                        raw[at],
                        cs.name()
                    ),
                )
            })
        }
        Charset::Viqr => Ok(decode_viqr(&utf8(bytes)?).text),
        Charset::Utf16Le | Charset::Utf16Be => {
            let (le, body) = match bytes {
                [0xFF, 0xFE, rest @ ..] => (true, rest),
                [0xFE, 0xFF, rest @ ..] => (false, rest),
                _ => (charset == Charset::Utf16Le, bytes),
            };
            let offset = bytes.len() - body.len();
            if body.len() % 2 == 1 {
                return Err(fail(
                    Some(bytes.len() - 1),
                    "odd number of bytes: not UTF-16".to_string(),
                ));
            }
            let units = body.chunks_exact(2).map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            });
            let mut out = String::with_capacity(body.len());
            for (i, r) in char::decode_utf16(units).enumerate() {
                match r {
                    Ok(c) => out.push(c),
                    Err(_) => {
                        let at = offset + 2 * i;
                        return Err(fail(Some(at), format!("unpaired surrogate at byte {at}")));
                    }
                }
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legacy::Legacy;

    #[test]
    fn every_charset_round_trips_a_sentence() {
        let s = "Ủy ban nhân dân tỉnh Đắk Lắk: Việt Nam - quyết định số 12/QĐ-UBND (Hòa Bình)";
        for cs in [
            Charset::Utf8,
            Charset::Utf8ViaLatin1 { layers: 2 },
            Charset::Utf8ViaCp1258,
            Charset::Legacy {
                charset: Legacy::Vni,
                layers: 0,
            },
            Charset::Legacy {
                charset: Legacy::Viscii,
                layers: 1,
            },
            Charset::Viqr,
            Charset::Utf16Le,
            Charset::Utf16Be,
        ] {
            let b = encode(s, cs).unwrap_or_else(|| panic!("{cs}"));
            assert_eq!(decode_as(&b, cs).unwrap(), s, "{cs}");
        }
    }

    #[test]
    fn errors_name_the_byte() {
        let e = decode_as(b"ab\xFFc", Charset::Utf8).unwrap_err();
        assert_eq!(e.first_bad_byte, Some(2));
        let vni = Charset::Legacy {
            charset: Legacy::Vni,
            layers: 0,
        };
        // A VNI mark byte with no letter before it.
        let e = decode_as(b" \xE4", vni).unwrap_err();
        assert_eq!(e.first_bad_byte, Some(1), "{}", e.reason);
        assert!(e.reason.contains("0xE4"), "{}", e.reason);
    }
}
