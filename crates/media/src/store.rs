//! The media folder: files copied from the uploads folder under
//! content-addressed names.

use crate::Refusal;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Why a [`Store`] cannot be used at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The uploads folder is not there (or not a folder).
    #[error("{}: the uploads folder cannot be opened ({source}); give the old site's `uploads` folder (the one holding `news/`, ...)", path.display())]
    Uploads {
        /// The folder as given.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Writing into the media folder failed (permissions, disk full).
    #[error("{}: cannot write the media folder ({source})", path.display())]
    Write {
        /// The file or folder being written.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Why one file was not stored.
#[derive(Debug)]
pub enum Failure {
    /// No such file under the uploads folder (or not a regular file); the
    /// text says what was found.
    Missing(String),
    /// The path is unsafe; nothing was read.
    Refused(Refusal),
    /// The media folder cannot be written: the run cannot go on.
    Write(Error),
}

/// A file in the media folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredFile {
    /// SHA-256 of the content, lowercase hex.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// MIME type: from the magic bytes, else from the extension, else
    /// `application/octet-stream`.
    pub mime: String,
    /// The name inside the media folder: `<sha256[0..2]>/<sha256>.<ext>`.
    pub name: String,
    /// The public URL: the store's prefix and `name`.
    pub url: String,
}

/// The uploads folder (read) and the media folder (written).
///
/// `Sync`: rayon workers store in parallel. Counts are of distinct files,
/// so they do not depend on which worker came first.
#[derive(Debug)]
pub struct Store {
    uploads: PathBuf,
    media: PathBuf,
    url_prefix: String,
    /// Names handed out this run: a second request for one returns at once.
    claimed: Mutex<HashSet<String>>,
    copied: AtomicU64,
    reused: AtomicU64,
    dry_run: bool,
}

/// Bytes read to tell the type by its magic number.
const HEAD: usize = 8192;

impl Store {
    /// A store reading `uploads` (the old site's `uploads` folder) and
    /// writing `media`, created if missing; public URLs are
    /// `<url_prefix>/<name>` (`/media/ab/ab12....jpg`).
    pub fn open(uploads: &Path, media: &Path, url_prefix: &str) -> Result<Store, Error> {
        let store = Store::open_dry_run(uploads, media, url_prefix)?;
        std::fs::create_dir_all(media).map_err(|source| Error::Write {
            path: media.to_path_buf(),
            source,
        })?;
        Ok(Store {
            dry_run: false,
            ..store
        })
    }

    /// A store that reads, hashes and names files exactly as [`Store::open`]'s
    /// does, so every reference is rewritten to the same URL, but writes
    /// nothing: not the media folder, not a file. [`Store::copied`] then
    /// counts the files a real run would copy.
    pub fn open_dry_run(uploads: &Path, media: &Path, url_prefix: &str) -> Result<Store, Error> {
        let canonical = uploads.canonicalize().map_err(|source| Error::Uploads {
            path: uploads.to_path_buf(),
            source,
        })?;
        if !canonical.is_dir() {
            return Err(Error::Uploads {
                path: uploads.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder"),
            });
        }
        Ok(Store {
            uploads: canonical,
            media: media.to_path_buf(),
            url_prefix: url_prefix.trim_end_matches('/').to_string(),
            claimed: Mutex::new(HashSet::new()),
            copied: AtomicU64::new(0),
            reused: AtomicU64::new(0),
            dry_run: true,
        })
    }

    /// Whether this store only reports what it would copy
    /// ([`Store::open_dry_run`]).
    pub fn is_dry_run(&self) -> bool {
        self.dry_run
    }

    /// The media folder.
    pub fn media_dir(&self) -> &Path {
        &self.media
    }

    /// Files this store wrote (each distinct file once); in a dry run, the
    /// files it would have written.
    pub fn copied(&self) -> u64 {
        self.copied.load(Ordering::Relaxed)
    }

    /// Successful [`Store::store`] calls that wrote nothing: the file was
    /// already in the media folder, from an earlier run or an earlier call.
    pub fn reused(&self) -> u64 {
        self.reused.load(Ordering::Relaxed)
    }

    /// Stores the file at `path` inside the uploads folder (as
    /// [`crate::UploadRef::path`] gives it: decoded, `/`-separated).
    ///
    /// The path is checked again (no `..`, no root, no drive, no NUL), then
    /// resolved with its symlinks: a link whose real target is outside the
    /// uploads folder is refused before the file is opened; one that stays
    /// inside is followed. A file already in the media folder with the
    /// same name and size is not copied again.
    pub fn store(&self, path: &str) -> Result<StoredFile, Failure> {
        let rel = checked(path).map_err(Failure::Refused)?;
        let full = self.uploads.join(&rel);
        let real = match full.canonicalize() {
            Ok(r) => r,
            Err(e) => return Err(Failure::Missing(missing_text(&e))),
        };
        if !real.starts_with(&self.uploads) {
            return Err(Failure::Refused(Refusal::SymlinkOutside));
        }
        let meta = std::fs::metadata(&real).map_err(|e| Failure::Missing(missing_text(&e)))?;
        if !meta.is_file() {
            return Err(Failure::Missing("not a regular file (a folder?)".into()));
        }
        let (sha256, size, head) =
            hash_file(&real).map_err(|e| Failure::Missing(missing_text(&e)))?;
        let mime = infer::get(&head)
            .map(|k| k.mime_type().to_string())
            .or_else(|| mime_guess::from_path(path).first_raw().map(str::to_string))
            .unwrap_or_else(|| "application/octet-stream".to_string());
        let ext = extension(path, &head);
        let name = format!("{}/{sha256}.{ext}", &sha256[..2]);
        let file = StoredFile {
            url: format!("{}/{name}", self.url_prefix),
            sha256,
            size,
            mime,
            name,
        };
        let first = self
            .claimed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(file.name.clone());
        let dest = self.media.join(&file.name);
        let present = std::fs::metadata(&dest).is_ok_and(|m| m.is_file() && m.len() == size);
        if !first || present {
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Ok(file);
        }
        if !self.dry_run {
            self.copy(&real, &dest, &file)?;
        }
        self.copied.fetch_add(1, Ordering::Relaxed);
        Ok(file)
    }

    /// Copies `src` to `dest` through a temporary file in `dest`'s folder,
    /// renamed when complete; the copy is hashed again, so a file that
    /// changed while it was read is not stored under a wrong name.
    fn copy(&self, src: &Path, dest: &Path, file: &StoredFile) -> Result<(), Failure> {
        let dir = dest.parent().unwrap_or(&self.media);
        let werr = |path: &Path, source| {
            Failure::Write(Error::Write {
                path: path.to_path_buf(),
                source,
            })
        };
        std::fs::create_dir_all(dir).map_err(|e| werr(dir, e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".part-")
            .tempfile_in(dir)
            .map_err(|e| werr(dir, e))?;
        let mut input = std::fs::File::open(src).map_err(|e| Failure::Missing(missing_text(&e)))?;
        let mut h = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = input
                .read(&mut buf)
                .map_err(|e| Failure::Missing(missing_text(&e)))?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
            tmp.write_all(&buf[..n]).map_err(|e| werr(tmp.path(), e))?;
        }
        if hex::encode(h.finalize()) != file.sha256 {
            return Err(Failure::Missing(
                "the file changed while it was copied; run again".into(),
            ));
        }
        tmp.as_file().sync_all().map_err(|e| werr(dest, e))?;
        // tempfile creates 0600; the portal's web server must read it.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))
                .map_err(|e| werr(dest, e))?;
        }
        tmp.persist(dest).map_err(|e| werr(dest, e.error))?;
        Ok(())
    }
}

/// `path` as a relative path of plain components, or why not.
fn checked(path: &str) -> Result<PathBuf, Refusal> {
    if path.contains('\0') {
        return Err(Refusal::NulByte);
    }
    let mut out = PathBuf::new();
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." {
            continue;
        }
        if seg == ".." {
            return Err(Refusal::Traversal);
        }
        let b = seg.as_bytes();
        // `C:` inside a path would make Windows' `join` start over at the
        // drive root; a backslash is a separator there.
        if seg.contains('\\') || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':') {
            return Err(Refusal::AbsolutePath);
        }
        let p = Path::new(seg);
        if !matches!(p.components().next(), Some(Component::Normal(_)))
            || p.components().count() != 1
        {
            return Err(Refusal::AbsolutePath);
        }
        out.push(seg);
    }
    if out.as_os_str().is_empty() {
        return Err(Refusal::OutsideUploads(path.to_string()));
    }
    Ok(out)
}

fn missing_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file in the uploads folder".into(),
        _ => format!("cannot be read: {e}"),
    }
}

/// SHA-256, size and the first bytes of a file.
fn hash_file(path: &Path) -> std::io::Result<(String, u64, Vec<u8>)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut head = Vec::with_capacity(HEAD);
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        if head.len() < HEAD {
            let take = (HEAD - head.len()).min(n);
            head.extend_from_slice(&buf[..take]);
        }
        h.update(&buf[..n]);
        size += n as u64;
    }
    Ok((hex::encode(h.finalize()), size, head))
}

/// The stored name's extension: the original's, lowercased, when it is a
/// plausible one (1 to 8 ASCII letters or digits); else the one the magic
/// bytes give; else `bin`.
fn extension(path: &str, head: &[u8]) -> String {
    let last = path.rsplit('/').next().unwrap_or(path);
    if let Some((stem, ext)) = last.rsplit_once('.') {
        if !stem.is_empty()
            && (1..=8).contains(&ext.len())
            && ext.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return ext.to_ascii_lowercase();
        }
    }
    // Not mime_guess's list for the type: it is alphabetical (`image/jpeg`
    // gives `jfif`), not the usual name.
    infer::get(head).map_or_else(|| "bin".to_string(), |k| k.extension().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    // The smallest files whose types the magic bytes tell.
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";

    struct Fixture {
        _dir: tempfile::TempDir,
        uploads: PathBuf,
        media: PathBuf,
        outside: PathBuf,
    }

    fn fixture() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let uploads = dir.path().join("uploads");
        std::fs::create_dir_all(uploads.join("news/2023_03")).unwrap();
        std::fs::write(uploads.join("news/2023_03/ảnh.PNG"), PNG).unwrap();
        std::fs::write(uploads.join("news/2023_03/ke-hoach.pdf"), PDF).unwrap();
        std::fs::write(uploads.join("news/2023_03/ban-sao.png"), PNG).unwrap();
        std::fs::write(uploads.join("news/2023_03/ghi-chu"), "Ghi chú cuộc họp").unwrap();
        let outside = dir.path().join("bi-mat.txt");
        std::fs::write(&outside, "mật khẩu").unwrap();
        Fixture {
            media: dir.path().join("media"),
            uploads,
            outside,
            _dir: dir,
        }
    }

    #[test]
    fn a_file_is_stored_under_its_hash_with_type_and_size() {
        let f = fixture();
        let s = Store::open(&f.uploads, &f.media, "/media/").unwrap();
        let a = s.store("news/2023_03/ảnh.PNG").unwrap();
        let sha = hex::encode(Sha256::digest(PNG));
        assert_eq!(a.sha256, sha);
        assert_eq!(a.size, PNG.len() as u64);
        assert_eq!(a.mime, "image/png");
        assert_eq!(a.name, format!("{}/{sha}.png", &sha[..2]));
        assert_eq!(a.url, format!("/media/{}", a.name));
        assert_eq!(std::fs::read(f.media.join(&a.name)).unwrap(), PNG);
        let p = s.store("news/2023_03/ke-hoach.pdf").unwrap();
        assert_eq!(p.mime, "application/pdf");
        // No extension, unknown magic: MIME from nothing, `bin`.
        let g = s.store("news/2023_03/ghi-chu").unwrap();
        assert_eq!(g.mime, "application/octet-stream");
        assert!(g.name.ends_with(".bin"), "{}", g.name);
        assert_eq!(s.copied(), 3);
        // No temporary file is left behind.
        let leftovers: Vec<_> = walk(&f.media)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(".part-")
            })
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn the_same_content_is_stored_once_and_a_rerun_copies_nothing() {
        let f = fixture();
        let s = Store::open(&f.uploads, &f.media, "/media").unwrap();
        let a = s.store("news/2023_03/ảnh.PNG").unwrap();
        let b = s.store("news/2023_03/ban-sao.png").unwrap();
        assert_eq!(a, b);
        assert_eq!((s.copied(), s.reused()), (1, 1));
        let again = Store::open(&f.uploads, &f.media, "/media").unwrap();
        assert_eq!(again.store("news/2023_03/ban-sao.png").unwrap(), a);
        assert_eq!((again.copied(), again.reused()), (0, 1));
        assert_eq!(walk(&f.media).len(), 1);
    }

    #[test]
    fn a_dry_run_names_files_as_a_real_store_and_writes_nothing() {
        let f = fixture();
        let dry = Store::open_dry_run(&f.uploads, &f.media, "/media").unwrap();
        assert!(dry.is_dry_run());
        let would = dry.store("news/2023_03/ảnh.PNG").unwrap();
        assert_eq!(dry.store("news/2023_03/ban-sao.png").unwrap(), would);
        assert_eq!((dry.copied(), dry.reused()), (1, 1));
        assert!(!f.media.exists(), "the media folder was created");
        let real = Store::open(&f.uploads, &f.media, "/media").unwrap();
        assert!(!real.is_dry_run());
        assert_eq!(real.store("news/2023_03/ảnh.PNG").unwrap(), would);
        // Once the file is there, a dry run reports it reused.
        let again = Store::open_dry_run(&f.uploads, &f.media, "/media").unwrap();
        assert_eq!(again.store("news/2023_03/ban-sao.png").unwrap(), would);
        assert_eq!((again.copied(), again.reused()), (0, 1));
        assert_eq!(walk(&f.media).len(), 1);
    }

    #[test]
    fn parallel_workers_store_one_file_once() {
        let f = fixture();
        let s = Store::open(&f.uploads, &f.media, "/media").unwrap();
        std::thread::scope(|scope| {
            for _ in 0..8 {
                scope.spawn(|| s.store("news/2023_03/ban-sao.png").unwrap());
            }
        });
        assert_eq!((s.copied(), s.reused()), (1, 7));
        assert_eq!(walk(&f.media).len(), 1);
    }

    #[test]
    fn missing_files_and_unsafe_paths_are_reported() {
        let f = fixture();
        let s = Store::open(&f.uploads, &f.media, "/media").unwrap();
        assert!(matches!(
            s.store("news/2023_03/khong-co.jpg"),
            Err(Failure::Missing(_))
        ));
        assert!(matches!(s.store("news/2023_03"), Err(Failure::Missing(_))));
        for (p, why) in [
            ("news/../../bi-mat.txt", Refusal::Traversal),
            ("news/C:/x.jpg", Refusal::AbsolutePath),
            ("news\\..\\x.jpg", Refusal::AbsolutePath),
            ("news/a\0.jpg", Refusal::NulByte),
        ] {
            match s.store(p) {
                Err(Failure::Refused(r)) => assert_eq!(r, why, "{p}"),
                other => panic!("{p}: {other:?}"),
            }
        }
        assert!(walk(&f.media).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_the_uploads_is_refused_one_inside_is_followed() {
        let f = fixture();
        let news = f.uploads.join("news/2023_03");
        std::os::unix::fs::symlink(&f.outside, news.join("lien-ket-ngoai.txt")).unwrap();
        std::os::unix::fs::symlink(f.uploads.parent().unwrap(), news.join("thu-muc-cha")).unwrap();
        std::os::unix::fs::symlink(news.join("ke-hoach.pdf"), news.join("lien-ket.pdf")).unwrap();
        let s = Store::open(&f.uploads, &f.media, "/media").unwrap();
        for p in [
            "news/2023_03/lien-ket-ngoai.txt",
            "news/2023_03/thu-muc-cha/bi-mat.txt",
        ] {
            assert!(
                matches!(s.store(p), Err(Failure::Refused(Refusal::SymlinkOutside))),
                "{p}"
            );
        }
        let inside = s.store("news/2023_03/lien-ket.pdf").unwrap();
        assert_eq!(inside.mime, "application/pdf");
        assert_eq!(std::fs::read(f.media.join(&inside.name)).unwrap(), PDF);
        let secret = hex::encode(Sha256::digest("mật khẩu"));
        assert!(walk(&f.media)
            .iter()
            .all(|p| !p.to_string_lossy().contains(&secret)));
    }

    #[test]
    fn a_missing_uploads_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let e = Store::open(
            &dir.path().join("khong-co"),
            &dir.path().join("m"),
            "/media",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("uploads folder"), "{e}");
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let Ok(rd) = std::fs::read_dir(dir) else {
            return out;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }
}
