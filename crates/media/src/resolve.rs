//! References as the old site wrote them, resolved to a file of its uploads
//! folder, an external URL, or nothing we copy; refused when unsafe.
//!
//! Pure string work: nothing here touches the file system, so a refused
//! reference is refused before any file is looked at.

use crate::Refusal;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Where a reference was found: it decides what a reference outside the
/// uploads folder means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// `<a href>` in a body: links to pages (`.html`, `?nv=`, module paths)
    /// are not attachments and are left alone.
    Link,
    /// `<img src>` in a body.
    Image,
    /// A field whose every value names a file (a home image, a legal
    /// document's `files`): anything outside the uploads folder is refused.
    File,
}

/// What a reference points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A file of the old site's uploads folder.
    Upload(UploadRef),
    /// An absolute URL on another site, kept as written.
    External(String),
    /// A `data:` URL, kept as written.
    Data,
    /// Not a file this crate handles (a page link, an anchor, a theme image
    /// outside `/uploads/`): leave it alone.
    NotAFile,
    /// Unsafe or unreadable: never opened.
    Refused(Refusal),
}

/// A file of the uploads folder, as a reference named it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UploadRef {
    /// The path inside the uploads folder, percent-decoded, `/`-separated,
    /// without dot segments (`news/2023_03/ảnh 1.jpg`).
    pub path: String,
    /// The old site's root-relative URL of the file, percent-encoded the
    /// way browsers send it (`/uploads/news/2023_03/%E1%BA%A3nh%201.jpg`):
    /// the `old_url` of its redirect.
    pub old_url: String,
}

/// What marks the old site: its own absolute URLs (`--old-base-url`) and
/// the path it was installed under.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OldSite {
    /// Host, lowercase, without `www.` and without a default port.
    host: Option<String>,
    /// The installation path, `/` or `/portal/`.
    base_path: String,
}

/// Bytes kept as they are when a decoded path is written as a URL again:
/// RFC 3986 unreserved characters and the path separator.
const PATH_KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// Extensions of pages rather than files: an `<a href>` ending in one of
/// them is a link to a page, not an attachment.
const PAGE_EXTENSIONS: &[&str] = &[
    "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "cgi",
];

impl OldSite {
    /// The old site named by `old_base_url` (`https://www.tinh.gov.vn`,
    /// `tinh.gov.vn`, `http://tinh.gov.vn/portal/`); `None` when the old
    /// domain is not known (its absolute URLs are then external).
    ///
    /// Fails when the value is not an `http(s)` URL or a host name.
    pub fn new(old_base_url: Option<&str>) -> Result<OldSite, String> {
        let Some(raw) = old_base_url.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(OldSite {
                host: None,
                base_path: "/".into(),
            });
        };
        let rest = match split_scheme(raw) {
            Some((scheme, rest))
                if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
            {
                rest.strip_prefix("//").unwrap_or(rest)
            }
            Some((scheme, _)) => {
                return Err(format!(
                    "`{raw}`: the old site's address must be an http(s) URL, not `{scheme}:` \
                     (e.g. https://www.tinh.gov.vn)"
                ))
            }
            None => raw.strip_prefix("//").unwrap_or(raw),
        };
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let host = normal_host(authority);
        if host.is_empty()
            || !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        {
            return Err(format!(
                "`{raw}`: no host name in the old site's address (e.g. https://www.tinh.gov.vn)"
            ));
        }
        let path = path.split(['?', '#']).next().unwrap_or("");
        let trimmed = path.trim_matches('/');
        let base_path = if trimmed.is_empty() {
            "/".to_string()
        } else {
            format!("/{trimmed}/")
        };
        Ok(OldSite {
            host: Some(host),
            base_path,
        })
    }

    /// Whether `authority` (`www.Tinh.gov.vn:443`) is the old site.
    fn is_own(&self, authority: &str) -> bool {
        self.host.as_deref() == Some(normal_host(authority).as_str())
    }

    /// Resolves `reference`, found in the page whose old URL (path) is
    /// `page_url`, in context `ctx`.
    ///
    /// * `{{NV_BASE_SITEURL}}` and `NV_BASE_SITEURL` stand for the site
    ///   root; the old site's absolute URLs (any scheme, with or without
    ///   `www.`) become root-relative; the installation path of
    ///   `--old-base-url` is taken off.
    /// * A relative reference is resolved against `page_url`, except one
    ///   starting with `uploads/`: NukeViet's editor writes paths relative
    ///   to the site root, and the old page showed them from there.
    /// * Query and fragment are not part of the file; `%XX` is decoded
    ///   before dot segments are resolved, so `%2e%2e/` is a `..`.
    /// * Refused: a NUL byte, bytes that are not UTF-8, `file:` URLs,
    ///   Windows drive and UNC paths, a `..` that climbs above the site root
    ///   or out of `/uploads/` once in it, and, in [`Context::File`],
    ///   anything not under `/uploads/` (an absolute filesystem path such as
    ///   `/etc/passwd` among them).
    pub fn resolve(&self, reference: &str, page_url: &str, ctx: Context) -> Resolution {
        let r = reference.trim();
        if r.is_empty() || r.starts_with('#') {
            return Resolution::NotAFile;
        }
        if r.contains('\0') {
            return Resolution::Refused(Refusal::NulByte);
        }
        let r = strip_placeholder(r);
        if is_windows_path(&r) {
            return Resolution::Refused(Refusal::AbsolutePath);
        }
        let mut local: &str = &r;
        if let Some((scheme, rest)) = split_scheme(&r) {
            let scheme = scheme.to_ascii_lowercase();
            match scheme.as_str() {
                "data" => return Resolution::Data,
                "file" => return Resolution::Refused(Refusal::AbsolutePath),
                "http" | "https" => match rest.strip_prefix("//") {
                    Some(net) => match self.own_path(net) {
                        Some(p) => local = p,
                        None => return external(&r, ctx),
                    },
                    // `http:/uploads/x`: a scheme on a relative path.
                    None => local = rest,
                },
                _ if ctx == Context::File => {
                    return Resolution::Refused(Refusal::Scheme(scheme));
                }
                _ => return Resolution::NotAFile,
            }
        } else if let Some(net) = r.strip_prefix("//") {
            match self.own_path(net) {
                Some(p) => local = p,
                None => return external(&r, ctx),
            }
        }
        self.resolve_local(local, page_url, ctx)
    }

    /// The path part of `net` (`host/path...` after `//`) when the host is
    /// the old site's.
    fn own_path<'r>(&self, net: &'r str) -> Option<&'r str> {
        let end = net.find(['/', '?', '#']).unwrap_or(net.len());
        if !self.is_own(&net[..end]) {
            return None;
        }
        Some(if end == net.len() { "/" } else { &net[end..] })
    }

    fn resolve_local(&self, local: &str, page_url: &str, ctx: Context) -> Resolution {
        let path_part = local.split(['?', '#']).next().unwrap_or("");
        if path_part.is_empty() {
            // `?nv=news&op=...`: a page of the old site.
            return not_under_uploads(ctx, local);
        }
        let decoded = match percent_decode_str(path_part).decode_utf8() {
            Ok(d) => d,
            Err(_) => return Resolution::Refused(Refusal::NotUtf8),
        };
        if decoded.contains('\0') {
            return Resolution::Refused(Refusal::NulByte);
        }
        if is_windows_path(&decoded) {
            return Resolution::Refused(Refusal::AbsolutePath);
        }
        // Old Windows servers let editors write `uploads\news\a.jpg`; a
        // backslash is a separator there, and must be one here too, or
        // `..\..\` would slip past the dot-segment check.
        let decoded = decoded.replace('\\', "/");
        let absolute = if decoded.starts_with('/') {
            decoded
        } else if decoded.trim_start_matches("./").starts_with("uploads/") {
            format!("/{}", decoded.trim_start_matches("./"))
        } else {
            let page = page_url.split(['?', '#']).next().unwrap_or("");
            let dir = match page.rfind('/') {
                Some(i) => &page[..=i],
                None => "/",
            };
            let dir = if dir.starts_with('/') {
                dir.to_string()
            } else {
                format!("/{dir}")
            };
            format!("{dir}{decoded}")
        };
        let absolute = match absolute.strip_prefix(self.base_path.as_str()) {
            Some(rest) if self.base_path != "/" => format!("/{rest}"),
            _ => absolute,
        };
        let had_dots = absolute.split('/').any(|s| s == "..");
        let Some(segments) = normalise(&absolute) else {
            return Resolution::Refused(Refusal::Traversal);
        };
        let in_uploads = segments.len() >= 2 && segments[0] == "uploads";
        if !in_uploads {
            let entered_uploads = absolute
                .split('/')
                .find(|s| !s.is_empty() && *s != ".")
                .is_some_and(|s| s == "uploads");
            if had_dots && entered_uploads {
                return Resolution::Refused(Refusal::Traversal);
            }
            return not_under_uploads(ctx, local);
        }
        let path = segments[1..].join("/");
        let old_url = format!("/uploads/{}", utf8_percent_encode(&path, PATH_KEEP));
        Resolution::Upload(UploadRef { path, old_url })
    }
}

/// A reference outside `/uploads/`: nothing to copy, unless the field is
/// meant to name a file.
fn not_under_uploads(ctx: Context, local: &str) -> Resolution {
    match ctx {
        Context::File => Resolution::Refused(Refusal::OutsideUploads(local.to_string())),
        Context::Link | Context::Image => Resolution::NotAFile,
    }
}

/// An absolute URL elsewhere: an attachment when it names a file (always,
/// for images and file fields; for a link, when its last segment has an
/// extension that is not a page's).
fn external(url: &str, ctx: Context) -> Resolution {
    if ctx == Context::Link && !looks_like_file(url) {
        return Resolution::NotAFile;
    }
    Resolution::External(url.to_string())
}

fn looks_like_file(url: &str) -> bool {
    let after_host = url
        .split_once("//")
        .map_or(url, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let path = after_host.split(['?', '#']).next().unwrap_or("");
    let last = path.rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() => {
            !PAGE_EXTENSIONS.iter().any(|p| p.eq_ignore_ascii_case(ext))
        }
        _ => false,
    }
}

/// `{{NV_BASE_SITEURL}}uploads/x` and `NV_BASE_SITEURL/uploads/x` to
/// `/uploads/x` (also percent-encoded braces, as some editors stored them).
fn strip_placeholder(r: &str) -> std::borrow::Cow<'_, str> {
    for p in [
        "{{NV_BASE_SITEURL}}",
        "%7B%7BNV_BASE_SITEURL%7D%7D",
        "NV_BASE_SITEURL",
    ] {
        if r.len() >= p.len() && r[..p.len()].eq_ignore_ascii_case(p) {
            return format!("/{}", r[p.len()..].trim_start_matches('/')).into();
        }
    }
    r.into()
}

/// `C:\x`, `C:/x`, `\\server\share`.
fn is_windows_path(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/'))
        || s.starts_with("\\\\")
}

/// `("https", "//host/x")` for `https://host/x`; `None` without a scheme.
fn split_scheme(s: &str) -> Option<(&str, &str)> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    if s[..colon].contains(['/', '?', '#'])
        || scheme.is_empty()
        || !scheme.as_bytes()[0].is_ascii_alphabetic()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b))
    {
        return None;
    }
    Some((scheme, &s[colon + 1..]))
}

/// Host of an authority, lowercase, without user info, `www.` and a
/// default port.
fn normal_host(authority: &str) -> String {
    let a = authority.rsplit('@').next().unwrap_or(authority);
    let a = a.to_ascii_lowercase();
    let a = a
        .strip_suffix(":80")
        .or_else(|| a.strip_suffix(":443"))
        .unwrap_or(&a);
    let a = a.trim_end_matches('.');
    a.strip_prefix("www.").unwrap_or(a).to_string()
}

/// The segments of an absolute path with `.` and `..` applied; `None` when
/// a `..` climbs above the root (browsers clamp it; we refuse, since such a
/// reference was written to reach outside).
fn normalise(path: &str) -> Option<Vec<&str>> {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "/vi/news/chinh-quyen/hop-ubnd-1.html";

    fn site() -> OldSite {
        OldSite::new(Some("https://tinhmau.example.gov.vn")).unwrap()
    }

    fn upload(path: &str, old_url: &str) -> Resolution {
        Resolution::Upload(UploadRef {
            path: path.into(),
            old_url: old_url.into(),
        })
    }

    #[test]
    fn every_form_of_an_uploads_reference_resolves_to_one_path() {
        let want = upload("news/2023_03/anh.jpg", "/uploads/news/2023_03/anh.jpg");
        for r in [
            "/uploads/news/2023_03/anh.jpg",
            "uploads/news/2023_03/anh.jpg",
            "./uploads/news/2023_03/anh.jpg",
            "../../../uploads/news/2023_03/anh.jpg",
            "{{NV_BASE_SITEURL}}uploads/news/2023_03/anh.jpg",
            "NV_BASE_SITEURL/uploads/news/2023_03/anh.jpg",
            "%7B%7BNV_BASE_SITEURL%7D%7Duploads/news/2023_03/anh.jpg",
            "https://tinhmau.example.gov.vn/uploads/news/2023_03/anh.jpg",
            "http://WWW.Tinhmau.example.gov.vn:80/uploads/news/2023_03/anh.jpg",
            "//www.tinhmau.example.gov.vn/uploads/news/2023_03/anh.jpg",
            "/uploads/news/2023_03/anh.jpg?v=2#top",
            "/uploads/news/./2023_03//anh.jpg",
            " /uploads/news/2023_03/%61nh.jpg ",
        ] {
            assert_eq!(site().resolve(r, PAGE, Context::Image), want, "{r}");
        }
    }

    #[test]
    fn names_are_decoded_for_the_disk_and_encoded_for_the_url() {
        assert_eq!(
            site().resolve(
                "/uploads/news/2023_11/s%C6%A1%20%C4%91%E1%BB%93.png?v=1",
                PAGE,
                Context::Image
            ),
            upload(
                "news/2023_11/sơ đồ.png",
                "/uploads/news/2023_11/s%C6%A1%20%C4%91%E1%BB%93.png"
            )
        );
    }

    #[test]
    fn a_site_under_a_path_loses_its_prefix() {
        let s = OldSite::new(Some("http://tinh.gov.vn/portal/")).unwrap();
        let want = upload("news/a.pdf", "/uploads/news/a.pdf");
        for r in [
            "/portal/uploads/news/a.pdf",
            "https://www.tinh.gov.vn/portal/uploads/news/a.pdf",
        ] {
            assert_eq!(
                s.resolve(r, "/portal/vi/news/x.html", Context::Link),
                want,
                "{r}"
            );
        }
    }

    #[test]
    fn unsafe_references_are_refused() {
        let s = site();
        for (r, why) in [
            ("/uploads/news/../../../etc/passwd", Refusal::Traversal),
            ("../../../../../etc/passwd", Refusal::Traversal),
            ("/uploads/../config.php", Refusal::Traversal),
            (
                "/uploads/news/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                Refusal::Traversal,
            ),
            ("uploads\\..\\..\\..\\boot.ini", Refusal::Traversal),
            ("/uploads/news/a%00.jpg", Refusal::NulByte),
            ("/uploads/news/a\0.jpg", Refusal::NulByte),
            ("/uploads/news/%FF.jpg", Refusal::NotUtf8),
            (
                "C:\\inetpub\\wwwroot\\uploads\\a.jpg",
                Refusal::AbsolutePath,
            ),
            ("c:/windows/win.ini", Refusal::AbsolutePath),
            ("\\\\server\\share\\a.jpg", Refusal::AbsolutePath),
            ("file:///etc/passwd", Refusal::AbsolutePath),
        ] {
            assert_eq!(
                s.resolve(r, PAGE, Context::Image),
                Resolution::Refused(why),
                "{r}"
            );
        }
        assert_eq!(
            s.resolve("/etc/passwd", PAGE, Context::File),
            Resolution::Refused(Refusal::OutsideUploads("/etc/passwd".into()))
        );
        assert_eq!(
            s.resolve("javascript:alert(1)", PAGE, Context::File),
            Resolution::Refused(Refusal::Scheme("javascript".into()))
        );
    }

    #[test]
    fn pages_and_other_sites_are_left_alone() {
        let s = site();
        for r in [
            "/vi/news/kinh-te/tang-truong-2.html",
            "/index.php?language=vi&nv=news&op=kinh-te/tang-truong-2",
            "?nv=news",
            "#muc-1",
            "../kinh-te/",
            "https://tinhmau.example.gov.vn/vi/news/chinh-quyen/hop-ubnd-1.html",
            "https://chinhphu.vn/van-ban.htm",
            "https://chinhphu.vn/",
            "mailto:vanthu@tinhmau.gov.vn",
            "/themes/default/images/logo.png",
        ] {
            assert_eq!(
                s.resolve(r, PAGE, Context::Link),
                Resolution::NotAFile,
                "{r}"
            );
        }
        assert_eq!(
            s.resolve("https://baotinhmau.example.vn/a.jpg", PAGE, Context::Image),
            Resolution::External("https://baotinhmau.example.vn/a.jpg".into())
        );
        assert_eq!(
            s.resolve("https://chinhphu.vn/files/nd-43.pdf", PAGE, Context::Link),
            Resolution::External("https://chinhphu.vn/files/nd-43.pdf".into())
        );
        assert_eq!(
            s.resolve("data:image/png;base64,iVBORw0KGgo=", PAGE, Context::Image),
            Resolution::Data
        );
        // Without --old-base-url the old domain is just another site.
        assert_eq!(
            OldSite::new(None).unwrap().resolve(
                "https://tinhmau.example.gov.vn/uploads/a.jpg",
                PAGE,
                Context::Image
            ),
            Resolution::External("https://tinhmau.example.gov.vn/uploads/a.jpg".into())
        );
    }

    #[test]
    fn a_bad_old_base_url_says_what_to_give() {
        assert!(OldSite::new(Some("ftp://tinh.gov.vn"))
            .unwrap_err()
            .contains("http(s)"));
        assert!(OldSite::new(Some("https:///x"))
            .unwrap_err()
            .contains("host"));
        assert_eq!(
            OldSite::new(Some("  ")).unwrap(),
            OldSite::new(None).unwrap()
        );
        assert!(OldSite::new(Some("tinh.gov.vn")).is_ok());
    }
}
