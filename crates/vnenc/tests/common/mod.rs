//! Shared test data.
#![allow(dead_code)]

/// The 12 vowels × 6 tones (ngang, huyền, sắc, hỏi, ngã, nặng), lowercase.
pub const VOWELS: [&str; 12] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
];

/// All Vietnamese letters with vowels/đ in both cases (146 = 144 vowel
/// forms + đ Đ), of which 134 are non-ASCII.
pub fn letters() -> Vec<char> {
    let mut v: Vec<char> = VOWELS.iter().flat_map(|s| s.chars()).collect();
    v.push('đ');
    let upper: Vec<char> = v.iter().flat_map(|c| c.to_uppercase()).collect();
    v.extend(upper);
    v
}

pub const SENTENCES: [&str; 4] = [
    "Ủy ban nhân dân tỉnh Sơn La ban hành Quyết định số 1209/QĐ-UBND",
    "Nghị định số 43/2011/NĐ-CP",
    "Trường Tiểu học Hòa Bình tổ chức lễ khai giảng năm học mới",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
];

/// The 134 non-ASCII Vietnamese letters.
pub fn non_ascii_letters() -> Vec<char> {
    let v: Vec<char> = letters().into_iter().filter(|c| !c.is_ascii()).collect();
    assert_eq!(v.len(), 134);
    v
}

/// A reference tool or file is missing: fail under CI (where it must be
/// there), otherwise say so and skip.
pub fn skip_or_panic(what: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{what} unavailable (CI is set)");
    }
    eprintln!("skipped: {what} unavailable");
}

/// Runs `iconv -f from -t to` on `input`; `None` if iconv cannot be run.
pub fn iconv(from: &str, to: &str, input: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("iconv")
        .args(["-f", from, "-t", to])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    // Feed stdin from a thread: the output may fill the pipe before iconv
    // has read all of its input.
    let mut stdin = child.stdin.take()?;
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    let written = writer.join().expect("iconv stdin writer panicked");
    assert!(
        out.status.success(),
        "iconv -f {from} -t {to} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    written.expect("writing to iconv");
    Some(out.stdout)
}
