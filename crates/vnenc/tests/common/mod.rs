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
