//! Property tests over random mixtures of markup, entities and Vietnamese.

use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};
use vntext::{clean_plain, decode_entities, html_to_text, nfc, sanitize_html, HtmlPolicy};

/// Pieces that old bodies are made of, including hostile ones.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<br>".to_owned()),
        Just("<div>".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<a href=\"javascript:alert(1)\">".to_owned()),
        Just("<iframe src=\"https://evil.example/\">".to_owned()),
        Just("<svg><script>alert(1)</script></svg>".to_owned()),
        Just("&amp;".to_owned()),
        Just("&nbsp;".to_owned()),
        Just("&#33;".to_owned()),
        Just("&lt;script&gt;".to_owned()),
        Just("\u{0338}".to_owned()),
        Just(" \t\r\n".to_owned()),
        "[a-zA-Z <>&;#/\"'=]{0,8}",
        "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ]{1,6}",
        "(e\u{0323}\u{0302}|o\u{031B}\u{0301}|a\u{0306}\u{0303}){1,3}",
    ]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn assert_folded(s: &str) {
    assert!(is_nfc(s), "not NFC: {s:?}");
    assert_eq!(s, s.trim(), "not trimmed: {s:?}");
    assert!(
        !s.contains("  ") && !s.contains("\n\n\n"),
        "not folded: {s:?}"
    );
    assert!(
        !s.contains(" \n") && !s.contains("\n "),
        "lines not trimmed: {s:?}"
    );
    assert!(
        !s.chars().any(|c| c.is_control() && c != '\n'),
        "control char: {s:?}"
    );
}

proptest! {
    #[test]
    fn sanitized_output_has_no_active_content(html in body()) {
        let out = sanitize_html(&html, &HtmlPolicy::default());
        let lower = out.to_ascii_lowercase();
        prop_assert!(!lower.contains("<script"), "{out}");
        prop_assert!(!lower.contains("onerror"), "{out}");
        prop_assert!(!lower.contains("javascript:"), "{out}");
        prop_assert!(!lower.contains("evil.example"), "{out}");
        prop_assert!(!lower.contains("<svg"), "{out}");
    }

    #[test]
    fn sanitizing_is_idempotent(html in body()) {
        let policy = HtmlPolicy::default();
        let once = sanitize_html(&html, &policy);
        prop_assert_eq!(sanitize_html(&once, &policy), once);
    }

    #[test]
    fn text_outputs_are_folded_nfc(html in body()) {
        assert_folded(&html_to_text(&html));
        assert_folded(&clean_plain(&html));
    }

    #[test]
    fn clean_plain_is_idempotent_without_references(s in body()) {
        let s = s.replace('&', "+");
        let once = clean_plain(&s).into_owned();
        prop_assert_eq!(clean_plain(&once), once.as_str());
    }

    #[test]
    fn nfc_matches_reference(s in body()) {
        prop_assert_eq!(nfc(&s), s.nfc().collect::<String>());
    }

    #[test]
    fn decoding_without_ampersand_borrows(s in body()) {
        let s = s.replace('&', "");
        prop_assert!(matches!(decode_entities(&s), std::borrow::Cow::Borrowed(_)));
    }
}
