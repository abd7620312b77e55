//! Legacy charsets: round trips with real Vietnamese, the generated tables
//! against the reference dumps, and a cross-check with glibc `iconv`.

mod common;
use common::{iconv, non_ascii_letters, skip_or_panic};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use vnenc::legacy::{decode_legacy, encode_legacy, Legacy};

const DATA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/charsets");

/// The reference data directory, or `None` (test skipped) outside CI.
fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(DATA_DIR);
    if dir.join("README.md").is_file() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!("charset reference data missing at {DATA_DIR} (CI is set)");
    }
    println!("skipped: no charset reference data at {DATA_DIR}");
    None
}

/// TCVN3's own non-ASCII capitals; its other toned capitals are lossy.
const TCVN3_OWN_CAPITALS: &str = "ĂÂÊÔƠƯĐ";
/// VPS capitals the reference writes with the lowercase byte.
const VPS_LOSSY_CAPITALS: &str = "ẠẪẬẶẸỆỊỌỘỢỤỮỰỴ";

fn lowercase(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// What a letter decodes back to after encoding in `cs`.
fn expected_round_trip(c: char, cs: Legacy) -> char {
    let lossy = match cs {
        Legacy::Tcvn3 => !c.is_ascii() && c.is_uppercase() && !TCVN3_OWN_CAPITALS.contains(c),
        Legacy::Vps => VPS_LOSSY_CAPITALS.contains(c),
        _ => false,
    };
    if lossy {
        lowercase(c)
    } else {
        c
    }
}

#[test]
fn names() {
    let names: Vec<&str> = Legacy::ALL.iter().map(|cs| cs.name()).collect();
    assert_eq!(names, ["TCVN3", "VNI-WIN", "VISCII", "VPS", "windows-1258"]);
}

#[test]
fn all_letters_and_ascii_round_trip() {
    for cs in Legacy::ALL {
        let mut lossy = 0;
        for c in common::letters() {
            let s = c.to_string();
            let bytes =
                encode_legacy(&s, cs).unwrap_or_else(|| panic!("{} cannot encode {c}", cs.name()));
            let back = decode_legacy(&bytes, cs)
                .unwrap_or_else(|| panic!("{} cannot decode {bytes:02X?}", cs.name()));
            let want = expected_round_trip(c, cs);
            assert_eq!(back, want.to_string(), "{}: {c} -> {bytes:02X?}", cs.name());
            if want != c {
                lossy += 1;
                // The lossy capital is written exactly as its lowercase letter.
                assert_eq!(encode_legacy(&want.to_string(), cs), Some(bytes));
            }
        }
        let want_lossy = match cs {
            Legacy::Tcvn3 => 60,
            Legacy::Vps => 14,
            _ => 0,
        };
        assert_eq!(lossy, want_lossy, "{}", cs.name());

        let ascii: String = (0x20u8..0x7F)
            .map(char::from)
            .chain("\t\r\n".chars())
            .collect();
        assert_eq!(
            encode_legacy(&ascii, cs).as_deref(),
            Some(ascii.as_bytes()),
            "{}",
            cs.name()
        );
        assert_eq!(
            decode_legacy(ascii.as_bytes(), cs).as_deref(),
            Some(ascii.as_str())
        );
    }
}

#[test]
fn sentences_round_trip() {
    for cs in [Legacy::Vni, Legacy::Viscii, Legacy::Cp1258] {
        for s in common::SENTENCES {
            let bytes = encode_legacy(s, cs).unwrap_or_else(|| panic!("{}: {s}", cs.name()));
            assert_eq!(
                decode_legacy(&bytes, cs).as_deref(),
                Some(s),
                "{}",
                cs.name()
            );
        }
    }
    // TCVN3: lowercase text survives; a sentence start comes back lowercase.
    let b = encode_legacy("Cộng hòa xã hội chủ nghĩa Việt Nam", Legacy::Tcvn3).unwrap();
    assert_eq!(
        decode_legacy(&b, Legacy::Tcvn3).as_deref(),
        Some("Cộng hòa xã hội chủ nghĩa Việt Nam")
    );
    let b = encode_legacy("Ủy ban nhân dân", Legacy::Tcvn3).unwrap();
    assert_eq!(
        decode_legacy(&b, Legacy::Tcvn3).as_deref(),
        Some("ủy ban nhân dân")
    );
    let b = encode_legacy("ĐẢNG", Legacy::Tcvn3).unwrap();
    assert_eq!(decode_legacy(&b, Legacy::Tcvn3).as_deref(), Some("ĐảNG"));
}

#[test]
fn known_byte_sequences() {
    // VNI: ASCII base + mark byte; raw VNI reads "Vieät".
    assert_eq!(
        decode_legacy(b"Vie\xE4t Nam", Legacy::Vni).as_deref(),
        Some("Việt Nam")
    );
    assert_eq!(
        encode_legacy("Việt Nam", Legacy::Vni).as_deref(),
        Some(&b"Vie\xE4t Nam"[..])
    );
    assert_eq!(decode_legacy(b"A\xD9", Legacy::Vni).as_deref(), Some("Á"));
    // Windows-1258: base + combining tone, composed.
    assert_eq!(
        decode_legacy(b"\xF4\xD2", Legacy::Cp1258).as_deref(),
        Some("ổ")
    );
    assert_eq!(
        decode_legacy(b"Vi\xEA\xF2t", Legacy::Cp1258).as_deref(),
        Some("Việt")
    );
    assert_eq!(
        encode_legacy("ổ", Legacy::Cp1258).as_deref(),
        Some(&b"\xF4\xD2"[..])
    );
    assert_eq!(decode_legacy(b"\xFE", Legacy::Cp1258).as_deref(), Some("₫"));
    // NFD input is normalised before encoding.
    assert_eq!(
        encode_legacy("e\u{323}\u{302}", Legacy::Viscii).as_deref(),
        Some(&b"\xAE"[..])
    );
    // VISCII per the standard (not vnconv): 0x80 0x8E 0x9E, C0 letters, Õ at A0.
    assert_eq!(
        decode_legacy(b"\x80\x8E\x9E", Legacy::Viscii).as_deref(),
        Some("ẠỆỤ")
    );
    assert_eq!(
        decode_legacy(b"\x02\x05\x06\x14\x19\x1E\xA0", Legacy::Viscii).as_deref(),
        Some("ẲẴẪỶỸỴÕ")
    );
    // VPS 0x8E 0x9E are Ằ Ờ.
    assert_eq!(
        decode_legacy(b"\x8E\x9E", Legacy::Vps).as_deref(),
        Some("ẰỜ")
    );
    // TCVN3: Đ and đ have their own bytes, "á" is B8.
    assert_eq!(
        decode_legacy(b"\xA7\xAE\xB8", Legacy::Tcvn3).as_deref(),
        Some("Đđá")
    );
    // cp1252 0x82 is U+201A, not U+20A1.
    for cs in [Legacy::Tcvn3, Legacy::Vni, Legacy::Cp1258] {
        assert_eq!(
            decode_legacy(b"\x82", cs).as_deref(),
            Some("\u{201A}"),
            "{}",
            cs.name()
        );
    }
}

#[test]
fn unmapped_and_unrepresentable() {
    // A lone VNI mark byte, or one after a letter it does not combine with.
    assert_eq!(decode_legacy(b"\xE4", Legacy::Vni), None);
    assert_eq!(decode_legacy(b"x\xE4", Legacy::Vni), None);
    for b in [0x8Au8, 0x8E, 0x9A, 0x9E] {
        assert_eq!(decode_legacy(&[b'a', b], Legacy::Cp1258), None);
    }
    for cs in Legacy::ALL {
        assert_eq!(encode_legacy("Việt 中文", cs), None, "{}", cs.name());
        assert_eq!(encode_legacy("😀", cs), None, "{}", cs.name());
        assert_eq!(decode_legacy(b"", cs).as_deref(), Some(""));
        assert_eq!(decode_legacy(b"\0", cs).as_deref(), Some("\0"));
    }
}

#[test]
fn arbitrary_two_byte_inputs_never_panic() {
    for cs in Legacy::ALL {
        for hi in 0..=255u8 {
            for lo in 0..=255u8 {
                if let Some(s) = decode_legacy(&[hi, lo], cs) {
                    assert!(!s.is_empty());
                }
            }
        }
    }
}

#[test]
fn encode_tables_are_sorted() {
    for cs in Legacy::ALL {
        let t = cs.encode_table();
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0), "{}", cs.name());
        assert!(t.iter().all(|(_, b)| !b.is_empty() && b.len() <= 2));
    }
}

fn read_tsv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn file_stem(cs: Legacy) -> &'static str {
    match cs {
        Legacy::Tcvn3 => "TCVN3",
        Legacy::Vni => "VNI-WIN",
        Legacy::Viscii => "VISCII",
        Legacy::Vps => "VPS",
        Legacy::Cp1258 => "WINCP-1258",
        _ => unreachable!(),
    }
}

/// The bytes where the tables deliberately differ from vnconv's decode dump
/// (the README's known defects), with the value the table holds.
fn known_defects(cs: Legacy) -> HashMap<u8, u16> {
    let mut m = HashMap::new();
    match cs {
        Legacy::Tcvn3 | Legacy::Vni => {
            m.insert(0x82, 0x201A);
        }
        Legacy::Viscii => {
            for (b, u) in [
                (0x02, 0x1EB2),
                (0x05, 0x1EB4),
                (0x06, 0x1EAA),
                (0x14, 0x1EF6),
                (0x19, 0x1EF8),
                (0x1E, 0x1EF4),
                (0x80, 0x1EA0),
                (0x8E, 0x1EC6),
                (0x9E, 0x1EE4),
                (0xA0, 0x00D5),
            ] {
                m.insert(b, u);
            }
        }
        Legacy::Vps => {
            m.insert(0x8E, 0x1EB0);
            m.insert(0x9E, 0x1EDC);
        }
        Legacy::Cp1258 => {
            m.insert(0x82, 0x201A);
            m.insert(0xFE, 0x20AB);
            for b in [0x8A, 0x8E, 0x9A, 0x9E] {
                m.insert(b, 0);
            }
            for (b, u) in [
                (0xCC, 0x300),
                (0xD2, 0x309),
                (0xDE, 0x303),
                (0xEC, 0x301),
                (0xF2, 0x323),
            ] {
                m.insert(b, u);
            }
        }
        _ => unreachable!(),
    }
    m
}

#[test]
fn decode_tables_match_reference_dumps() {
    let Some(dir) = data_dir() else { return };
    for cs in Legacy::ALL {
        let rows = read_tsv(&dir.join(format!("{}.decode.tsv", file_stem(cs))));
        assert_eq!(rows.len(), 256);
        let defects = known_defects(cs);
        let table = cs.decode_table();
        for row in &rows {
            let b = u8::from_str_radix(&row[0], 16).unwrap();
            let dropped = row.get(3).is_some_and(|n| n.starts_with("dropped"));
            let reference = if row[1].is_empty() {
                0
            } else {
                u16::from_str_radix(&row[1], 16).unwrap()
            };
            let want = defects.get(&b).copied().unwrap_or(reference);
            if dropped && !defects.contains_key(&b) {
                assert_eq!(cs, Legacy::Vni, "{} {b:02X}", cs.name());
                assert_eq!(table[usize::from(b)], 0, "{} {b:02X}", cs.name());
                assert_eq!(decode_legacy(&[b], cs), None);
                continue;
            }
            assert_eq!(table[usize::from(b)], want, "{} byte {b:02X}", cs.name());
            let decoded = decode_legacy(&[b], cs);
            if want == 0 && b != 0 {
                assert_eq!(decoded, None, "{} byte {b:02X}", cs.name());
            } else {
                let c = char::from_u32(u32::from(want)).unwrap();
                assert_eq!(decoded, Some(c.to_string()), "{} byte {b:02X}", cs.name());
            }
        }
    }
}

#[test]
fn letters_match_reference_encoder() {
    let Some(dir) = data_dir() else { return };
    for cs in [Legacy::Tcvn3, Legacy::Vni, Legacy::Vps] {
        let rows = read_tsv(&dir.join(format!("{}.tsv", file_stem(cs))));
        let mut n = 0;
        for row in rows.iter().filter(|r| r[3].parse::<u32>().unwrap() < 186) {
            let c = char::from_u32(u32::from_str_radix(&row[0], 16).unwrap()).unwrap();
            let bytes: Vec<u8> = (0..row[1].len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&row[1][i..i + 2], 16).unwrap())
                .collect();
            assert_eq!(
                encode_legacy(&c.to_string(), cs),
                Some(bytes),
                "{} {c}",
                cs.name()
            );
            n += 1;
        }
        assert_eq!(n, 186, "{}", cs.name());
    }
}

/// glibc's bytes for each letter (one iconv call, letters separated by LF).
fn glibc_encode(charset: &str, letters: &[char]) -> Option<Vec<Vec<u8>>> {
    let text: String = letters.iter().map(|c| format!("{c}\n")).collect();
    let out = iconv("UTF-8", charset, text.as_bytes())?;
    let parts: Vec<Vec<u8>> = out.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    assert_eq!(parts.len(), letters.len() + 1);
    Some(parts[..letters.len()].to_vec())
}

/// Decodes each letter's bytes with glibc (one iconv call).
fn glibc_decode(charset: &str, encoded: &[Vec<u8>]) -> Option<Vec<String>> {
    let mut input = Vec::new();
    for e in encoded {
        input.extend_from_slice(e);
        input.push(b'\n');
    }
    let out = iconv(charset, "UTF-8", &input)?;
    let text = String::from_utf8(out).unwrap();
    Some(text.lines().map(str::to_owned).collect())
}

#[test]
fn cross_check_with_glibc_iconv() {
    let letters = non_ascii_letters();
    for (cs, glibc) in [
        (Legacy::Viscii, "VISCII"),
        (Legacy::Cp1258, "CP1258"),
        (Legacy::Tcvn3, "TCVN5712-1"),
    ] {
        let ours: Vec<Vec<u8>> = letters
            .iter()
            .map(|c| encode_legacy(&c.to_string(), cs).unwrap())
            .collect();
        let Some(theirs) = glibc_encode(glibc, &letters) else {
            return skip_or_panic("iconv");
        };
        // Letters where the charset agrees with glibc: all of them for VISCII
        // and CP1258; for TCVN3 only the 74 it shares with TCVN5712-1 (VN1).
        let agree: Vec<usize> = (0..letters.len())
            .filter(|&i| ours[i] == theirs[i])
            .collect();
        let want = if cs == Legacy::Tcvn3 { 74 } else { 134 };
        assert_eq!(agree.len(), want, "{}", cs.name());
        let ours_agreeing: Vec<Vec<u8>> = agree.iter().map(|&i| ours[i].clone()).collect();
        let glibc_read = glibc_decode(glibc, &ours_agreeing).unwrap();
        for (k, &i) in agree.iter().enumerate() {
            let c = letters[i].to_string();
            assert_eq!(glibc_read[k], c, "glibc {glibc} reads our {:02X?}", ours[i]);
            assert_eq!(
                decode_legacy(&theirs[i], cs),
                Some(c),
                "{} reads glibc's {:02X?}",
                cs.name(),
                theirs[i]
            );
        }
        if cs == Legacy::Tcvn3 {
            // The 60 letters that differ are exactly TCVN3's lossy capitals.
            for i in (0..letters.len()).filter(|i| !agree.contains(i)) {
                assert_ne!(
                    expected_round_trip(letters[i], cs),
                    letters[i],
                    "{}",
                    letters[i]
                );
            }
        }
    }
}

#[test]
fn checked_in_tables_are_up_to_date() {
    let Some(dir) = data_dir() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("scripts/gen-vnenc-tables.py");
    let tmp = std::env::temp_dir().join(format!("vnenc-tables-{}.rs", std::process::id()));
    let status = Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .arg("--output")
        .arg(&tmp)
        .status();
    let Ok(status) = status else {
        return skip_or_panic("python3");
    };
    assert!(status.success(), "{} failed", script.display());
    let generated = std::fs::read_to_string(&tmp).unwrap();
    let _ = std::fs::remove_file(&tmp);
    let checked_in = include_str!("../src/tables.rs");
    assert!(
        generated == checked_in,
        "src/tables.rs is stale: run python3 scripts/gen-vnenc-tables.py {}",
        dir.display()
    );
}
