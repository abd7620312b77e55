//! Opening dump files, compressed or not.

use std::fs::File;
use std::io::{self, Cursor, Read};
use std::path::Path;

use crate::{Options, Reader};

/// A boxed byte source, as returned by [`open`].
pub type DynRead = Box<dyn Read + Send>;

/// Opens a dump file with default [`Options`]. See [`open_with_options`].
pub fn open(path: impl AsRef<Path>) -> io::Result<Reader<DynRead>> {
    open_with_options(path, Options::default())
}

/// Opens a dump file, decompressing it if it is gzip (`.sql.gz`), which is
/// recognized by its magic bytes rather than its name. Positions then count bytes
/// of the decompressed dump.
pub fn open_with_options(path: impl AsRef<Path>, opts: Options) -> io::Result<Reader<DynRead>> {
    let mut file = File::open(path)?;
    let mut head = [0u8; 2];
    let mut got = 0;
    while got < head.len() {
        let Some(rest) = head.get_mut(got..) else {
            break;
        };
        match file.read(rest) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    // Put back the bytes looked at.
    let src = Cursor::new(head).take(got as u64).chain(file);
    let rdr: DynRead = if got == 2 && head == [0x1f, 0x8b] {
        // Multi-member: `cat a.gz b.gz` and some tools' output are several members.
        Box::new(flate2::read::MultiGzDecoder::new(src))
    } else {
        Box::new(src)
    };
    Ok(Reader::with_options(rdr, opts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RawRow;
    use std::io::Write;

    #[test]
    fn opens_plain_and_gzip() {
        let dump =
            b"CREATE TABLE t (a text);\nINSERT INTO t VALUES ('Tin t\xe1\xbb\xa9c'),(NULL);\n";
        let dir = std::env::temp_dir().join(format!("sqldump-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let plain = dir.join("d.sql");
        std::fs::write(&plain, dump).unwrap();
        let gz = dir.join("d.sql.gz");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(dump).unwrap();
        std::fs::write(&gz, enc.finish().unwrap()).unwrap();
        let tiny = dir.join("one.sql");
        std::fs::write(&tiny, b";").unwrap();

        for path in [&plain, &gz] {
            let mut rdr = open(path).unwrap();
            let mut row = RawRow::new();
            let mut n = 0;
            while rdr.read_row(&mut row).unwrap() {
                n += 1;
            }
            assert_eq!(n, 2, "{}", path.display());
            assert_eq!(rdr.position().byte, dump.len() as u64);
        }
        let mut rdr = open(&tiny).unwrap();
        assert!(!rdr.read_row(&mut RawRow::new()).unwrap());
        assert_eq!(rdr.position().byte, 1);
        assert!(open(dir.join("missing.sql")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
