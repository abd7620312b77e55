//! A byte source over any `Read`, with a fixed-size buffer and position tracking.
//!
//! This is the only place that calls `read`. The lexer looks at most a few bytes
//! ahead ([`Input::peek_at`]) and otherwise works on whatever the buffer holds, so the
//! amount of input kept in memory is the buffer size, whatever the size of a line or
//! statement. Results never depend on how the underlying reader splits the input:
//! everything that needs lookahead asks for it and the buffer refills as needed.

use std::io::{self, Read};

/// The default buffer size: large enough for `read` calls to be cheap.
pub(crate) const CHUNK: usize = 64 * 1024;

pub(crate) struct Input<R> {
    rdr: R,
    buf: Box<[u8]>,
    /// The next unconsumed byte is `buf[start]`; `buf[start..end]` is buffered input.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The byte offset of `buf[0]` in the whole input.
    base: u64,
    /// The line number (from 1) of `buf[start]`. Only `\n` counts, so `\r\n` is one
    /// line end.
    pub(crate) line: u64,
    eof: bool,
}

impl<R: Read> Input<R> {
    pub(crate) fn new(rdr: R, capacity: usize) -> Input<R> {
        Input {
            rdr,
            // Lookahead needs a few bytes; never go below that.
            buf: vec![0; capacity.max(16)].into_boxed_slice(),
            start: 0,
            end: 0,
            base: 0,
            line: 1,
            eof: false,
        }
    }

    /// The byte offset of the next unconsumed byte.
    #[inline]
    pub(crate) fn offset(&self) -> u64 {
        self.base + self.start as u64
    }

    /// The buffered, unconsumed bytes.
    #[inline]
    pub(crate) fn buffered(&self) -> &[u8] {
        self.buf.get(self.start..self.end).unwrap_or(&[])
    }

    /// Reads more input after what is buffered, moving the unconsumed bytes to the
    /// front first. Returns false at end of input.
    fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.base += self.start as u64;
            self.end -= self.start;
            self.start = 0;
        }
        loop {
            let Some(space) = self.buf.get_mut(self.end..) else {
                return Ok(true);
            };
            if space.is_empty() {
                // Full buffer: only possible when a caller asked for more lookahead
                // than the buffer holds, which the lexer never does.
                return Ok(true);
            }
            match self.rdr.read(space) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n.min(space.len());
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Makes sure at least one byte is buffered; false at end of input.
    #[inline]
    pub(crate) fn ensure(&mut self) -> io::Result<bool> {
        if self.start < self.end {
            return Ok(true);
        }
        self.fill_until(1)
    }

    #[cold]
    fn fill_until(&mut self, n: usize) -> io::Result<bool> {
        while self.end - self.start < n {
            let before = self.end - self.start;
            if !self.fill()? {
                return Ok(false);
            }
            if self.end - self.start == before {
                // The buffer is full: cannot happen for the small lookahead the
                // lexer uses, but never loop forever.
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The next byte, without consuming it.
    #[inline]
    pub(crate) fn peek(&mut self) -> io::Result<Option<u8>> {
        if let Some(&b) = self.buf.get(self.start).filter(|_| self.start < self.end) {
            return Ok(Some(b));
        }
        if self.fill_until(1)? {
            Ok(self.buf.get(self.start).copied())
        } else {
            Ok(None)
        }
    }

    /// The byte `k` places after the next one (`peek_at(0) == peek()`). `k` must be
    /// small (the lexer uses a few bytes of lookahead at most).
    #[inline]
    pub(crate) fn peek_at(&mut self, k: usize) -> io::Result<Option<u8>> {
        if self.end - self.start <= k && !self.fill_until(k + 1)? {
            return Ok(None);
        }
        Ok(self
            .buf
            .get(self.start + k)
            .filter(|_| self.start + k < self.end)
            .copied())
    }

    /// Consumes one byte (which the caller has peeked).
    #[inline]
    pub(crate) fn bump(&mut self) {
        if let Some(&b) = self.buf.get(self.start).filter(|_| self.start < self.end) {
            self.start += 1;
            if b == b'\n' {
                self.line += 1;
            }
        }
    }

    /// Consumes `n` buffered bytes, counting the line ends among them.
    #[inline]
    pub(crate) fn consume(&mut self, n: usize) {
        let n = n.min(self.end - self.start);
        if let Some(s) = self.buf.get(self.start..self.start + n) {
            self.line += count_newlines(s);
        }
        self.start += n;
    }

    /// Consumes everything up to the end of input (to report an end-of-input error
    /// at the very end, whatever lookahead had been buffered).
    pub(crate) fn drain(&mut self) -> io::Result<()> {
        loop {
            self.consume(self.end - self.start);
            if !self.fill()? {
                return Ok(());
            }
        }
    }
}

#[inline]
pub(crate) fn count_newlines(s: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', s).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookahead_across_refills_and_line_counting() {
        // A 16-byte buffer fed one byte at a time: lookahead must compact and refill.
        struct OneByte<'a>(&'a [u8]);
        impl Read for OneByte<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                match self.0.split_first() {
                    Some((&b, rest)) if !buf.is_empty() => {
                        buf[0] = b;
                        self.0 = rest;
                        Ok(1)
                    }
                    _ => Ok(0),
                }
            }
        }
        let data = b"ab\r\ncd\nefghijklmnopqrstuvwxyz";
        let mut inp = Input::new(OneByte(data), 16);
        assert_eq!(inp.peek_at(3).unwrap(), Some(b'\n'));
        inp.consume(4);
        assert_eq!((inp.offset(), inp.line), (4, 2));
        for i in 4..data.len() {
            assert_eq!(inp.peek_at(2).unwrap(), data.get(i + 2).copied());
            assert_eq!(inp.peek().unwrap(), Some(data[i]));
            inp.bump();
        }
        assert_eq!(inp.peek().unwrap(), None);
        assert_eq!((inp.offset(), inp.line), (data.len() as u64, 3));
        inp.drain().unwrap();
        assert_eq!(inp.offset(), data.len() as u64);
    }
}
