//! What NukeViet 3.x stores differently from 4.x.
//!
//! Facts from the 3.4 schema and the 3.4 news module (`modules/news`):
//!
//! - Bodies: `_bodyhtml_N` (`id`, `bodyhtml`, `sourcetext`, `imgposition`,
//!   ...), article `id` in table `N = ceil(id / 2000)`; `_bodytext` (`id`,
//!   `bodytext`) is a plain-text copy made for search (`strip_tags`, the
//!   five HTML specials decoded, `&nbsp;` made a space, runs of spaces
//!   folded: `nv_news_get_bodytext`).
//! - `_rows.status`: 0 waiting for review (`Chờ duyệt`), 1 published, 2
//!   scheduled (`Hẹn giờ đăng`), 3 expired (`Hết hạn`). No draft code and
//!   no "locked by category" offset (both came with 4.x).
//! - `_rows.archive`: what happens at `exptime`: 0 the article is deleted,
//!   1 (or 2, set when saved already past its expiry) it is kept with
//!   status 3. The dump therefore already says which happened.
//! - `_rows.homeimgfile`: a path under `uploads/<module>/` or an absolute
//!   URL; `homeimgthumb` (text, not a number as in 4.x):
//!   `thumb/<name>|block/<name>`, the two resized copies NukeViet made,
//!   under `files/<module>/`. `<module>` is the module's title (3.x has no
//!   `module_upload`).
//! - `_cat`: `order` (tree order; 4.x calls it `sort`), no `status` (every
//!   category is shown), `who_view` (0 everyone, 1 members, 2 admins,
//!   3 some groups).
//! - URLs (default `rewrite_endurl = '/'`, no `.html`):
//!   `/<lang>/<module>/<cat-alias>/<alias>-<id>/`, categories
//!   `/<lang>/<module>/<cat-alias>/`.

use model::ArticleStatus;

/// NukeViet 3.x `_rows.status`: 0 waiting for review, 1 published,
/// 2 scheduled, 3 expired. Anything else is not a 3.x code and becomes
/// `Draft`, so that nothing is published by accident (4.x's "locked by
/// category" codes above 20 do not exist in 3.x).
///
/// | 3.x code | meaning on the old site | status |
/// |---|---|---|
/// | 0 | chờ duyệt (waiting for review) | `draft` |
/// | 1 | xuất bản (published) | `published` |
/// | 2 | hẹn giờ đăng (scheduled) | `scheduled` |
/// | 3 | hết hạn (expired, kept because `archive` was set) | `expired` |
/// | other | — | `draft` |
pub fn status_from_nukeviet3(code: i64) -> ArticleStatus {
    match code {
        1 => ArticleStatus::Published,
        2 => ArticleStatus::Scheduled,
        3 => ArticleStatus::Expired,
        _ => ArticleStatus::Draft,
    }
}

/// The 3.x URL test (`nv_is_url`): a scheme NukeViet accepts and a host.
fn is_url(b: &[u8]) -> bool {
    let lower = b.to_ascii_lowercase();
    ["http://", "https://", "ftp://", "gopher://"]
        .iter()
        .any(|p| lower.starts_with(p.as_bytes()) && lower.len() > p.len())
}

/// The home image of a 3.x article as a path on the old site, and a note
/// when something other than the main file had to be used.
///
/// The main file (`homeimgfile`) wins: `/uploads/<module>/<file>`, or the
/// URL as stored. The `thumb/...|block/...` copies are NukeViet's own
/// resized derivatives of that file, so they are not carried; when the
/// main file is missing but a copy is named, the first copy
/// (`/files/<module>/thumb/...`) stands in, with a note.
pub(crate) fn home_image(file: &[u8], thumbs: &[u8], module: &str) -> (Vec<u8>, Option<String>) {
    let file = file.trim_ascii();
    if !file.is_empty() {
        if is_url(file) || file.starts_with(b"/") {
            return (file.to_vec(), None);
        }
        let mut p = format!("/uploads/{module}/").into_bytes();
        p.extend_from_slice(file);
        return (p, None);
    }
    let copies: Vec<&[u8]> = thumbs
        .split(|&b| b == b'|')
        .map(<[u8]>::trim_ascii)
        .filter(|c| !c.is_empty())
        .collect();
    let Some(first) = copies.first() else {
        return (Vec::new(), None);
    };
    let path = |c: &[u8]| {
        let mut p = format!("/files/{module}/").into_bytes();
        p.extend_from_slice(c);
        p
    };
    let shown: Vec<String> = copies
        .iter()
        .map(|c| String::from_utf8_lossy(&path(c)).into_owned())
        .collect();
    (
        path(first),
        Some(format!(
            "no main home image (`homeimgfile` is empty); the resized copy {} is used \
             (`homeimgthumb` names {})",
            shown[0],
            shown.join(", ")
        )),
    )
}

/// Whether `b` (just after a `&`) starts an HTML character reference:
/// `#123;`, `#x1F;` or `name;`.
fn starts_reference(b: &[u8]) -> bool {
    let end = b.iter().take(34).position(|&c| c == b';');
    let Some(end) = end else { return false };
    let body = &b[..end];
    match body {
        [b'#', b'x' | b'X', hex @ ..] => !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit),
        [b'#', dec @ ..] => !dec.is_empty() && dec.iter().all(u8::is_ascii_digit),
        [first, rest @ ..] => {
            first.is_ascii_alphabetic() && rest.iter().all(u8::is_ascii_alphanumeric)
        }
        [] => false,
    }
}

/// A 3.x `_bodytext` value (plain text, charset unknown) as simple HTML:
/// one `<p>` per non-empty line, `<` and `>` escaped, `&` escaped unless
/// it starts a character reference (the text was made from HTML with only
/// the five specials decoded, so `&ocirc;` or `&#7871;` from old editors
/// are still references). Works on the bytes: every charset a dump holds
/// text in is ASCII-compatible for these characters.
pub(crate) fn plain_to_html(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 8 + 16);
    for line in text.split(|&b| b == b'\n' || b == b'\r') {
        let line = line.trim_ascii();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(b'\n');
        }
        out.extend_from_slice(b"<p>");
        for (i, &c) in line.iter().enumerate() {
            match c {
                b'<' => out.extend_from_slice(b"&lt;"),
                b'>' => out.extend_from_slice(b"&gt;"),
                b'&' if !starts_reference(&line[i + 1..]) => out.extend_from_slice(b"&amp;"),
                _ => out.push(c),
            }
        }
        out.extend_from_slice(b"</p>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(status_from_nukeviet3(0), ArticleStatus::Draft);
        assert_eq!(status_from_nukeviet3(1), ArticleStatus::Published);
        assert_eq!(status_from_nukeviet3(2), ArticleStatus::Scheduled);
        assert_eq!(status_from_nukeviet3(3), ArticleStatus::Expired);
        // 4.x codes mean nothing in 3.x: never published by accident.
        assert_eq!(status_from_nukeviet3(4), ArticleStatus::Draft);
        assert_eq!(status_from_nukeviet3(22), ArticleStatus::Draft);
        assert_eq!(status_from_nukeviet3(-1), ArticleStatus::Draft);
    }

    #[test]
    fn home_images() {
        let (p, w) = home_image(
            b"2012/le-hoi.jpg",
            b"thumb/le-hoi.jpg|block/le-hoi.jpg",
            "tin-tuc",
        );
        assert_eq!(p, b"/uploads/tin-tuc/2012/le-hoi.jpg");
        assert!(w.is_none());
        let (p, w) = home_image(b"http://bao.example.vn/a.jpg", b"", "tin-tuc");
        assert_eq!(p, b"http://bao.example.vn/a.jpg");
        assert!(w.is_none());
        let (p, w) = home_image(b"", b"thumb/a_1.jpg|block/a_1.jpg", "tin-tuc");
        assert_eq!(p, b"/files/tin-tuc/thumb/a_1.jpg");
        let w = w.unwrap();
        assert!(
            w.contains("/files/tin-tuc/thumb/a_1.jpg")
                && w.contains("/files/tin-tuc/block/a_1.jpg"),
            "{w}"
        );
        assert_eq!(home_image(b"", b"|", "tin-tuc"), (Vec::new(), None));
        assert_eq!(home_image(b"", b"", "tin-tuc"), (Vec::new(), None));
    }

    #[test]
    fn plain_text_becomes_paragraphs() {
        let html =
            plain_to_html(b"  Dong 1 <b> & co\r\n\r\nDong 2 &ocirc; &#7871; &#x1EBF; &x; &\n");
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<p>Dong 1 &lt;b&gt; &amp; co</p>\n<p>Dong 2 &ocirc; &#7871; &#x1EBF; &x; &amp;</p>"
        );
        assert!(plain_to_html(b" \r\n ").is_empty());
        // Non-UTF-8 bytes (TCVN3 here) pass through untouched.
        assert_eq!(plain_to_html(b"Th\xb5nh"), b"<p>Th\xb5nh</p>");
    }
}
