#!/usr/bin/env python3
"""Generate crates/vnenc/src/tables.rs from the Vietnamese charset reference tables.

Usage:
    scripts/gen-vnenc-tables.py <charsets-dir>            # (re)write tables.rs
    scripts/gen-vnenc-tables.py <charsets-dir> --check    # exit 1 if tables.rs is stale
    scripts/gen-vnenc-tables.py <charsets-dir> --output FILE

<charsets-dir> holds `<NAME>.tsv`, `<NAME>.decode.tsv` and `glibc/*.tsv`
(vnconv / UniKey and glibc iconv dumps, see its README.md). Only facts
(byte -> code point) are taken from it; the README's known defects are
corrected here, each with a comment saying which source wins and why.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "crates", "vnenc", "src", "tables.rs")

BEGIN = "// BEGIN GENERATED CODE. PLEASE DO NOT EDIT."
END = "// END GENERATED CODE"

# (Rust prefix, vnconv file stem, glibc file stem or None, doc name)
CHARSETS = [
    ("TCVN3", "TCVN3", None, "TCVN3 (ABC, the \".VnTime\" fonts)"),
    ("VNI", "VNI-WIN", None, "VNI-WIN"),
    ("VISCII", "VISCII", "VISCII", "VISCII"),
    ("VPS", "VPS", None, "VPS"),
    ("CP1258", "WINCP-1258", "CP1258", "Windows-1258"),
]

# vnconv's internal index: 0..185 are letters (52 ASCII + 134 Vietnamese);
# the Windows-1252 symbols after them are taken from the decode tables only.
LETTER_INDEX_LIMIT = 186


def die(msg):
    sys.stderr.write("gen-vnenc-tables: %s\n" % msg)
    sys.exit(2)


def read_tsv(path):
    if not os.path.isfile(path):
        die("missing reference file %s (pass the charsets directory, e.g. "
            "../shared/data/charsets)" % path)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if not line:
            continue
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def read_decode(path):
    """byte -> (code point or None, note). glibc's ERR and vnconv's dropped bytes are None."""
    table = {}
    for r in read_tsv(path):
        b = int(r["byte"], 16)
        u = r["decoded_unicode"]
        cp = None if u in ("", "ERR") else int(u, 16)
        table[b] = (cp, r.get("note", ""))
    if sorted(table) != list(range(256)):
        die("%s does not list every byte 00..FF" % path)
    return table


def hexbytes(s):
    return [int(s[i:i + 2], 16) for i in range(0, len(s), 2)]


def build(d):
    out = {}
    notes = {}
    for prefix, stem, gstem, _doc in CHARSETS:
        vdec = read_decode(os.path.join(d, stem + ".decode.tsv"))
        gdec = read_decode(os.path.join(d, "glibc", gstem + ".decode.tsv")) if gstem else None
        rows = read_tsv(os.path.join(d, stem + ".tsv"))
        glet = read_tsv(os.path.join(d, "glibc", gstem + ".tsv")) if gstem else None
        dec = [vdec[b][0] or 0 for b in range(256)]
        fixes = []

        # Defect: vnconv decodes cp1252 0x82 as U+20A1 (colon sign); cp1252
        # (and glibc CP1258) say U+201A SINGLE LOW-9 QUOTATION MARK.
        if dec[0x82] == 0x20A1:
            dec[0x82] = 0x201A
            fixes.append("0x82: U+201A (cp1252 standard), not vnconv's U+20A1")

        if prefix == "VISCII":
            # Defect: vnconv's VISCII decode gives € Ž ž at 0x80 0x8E 0x9E and leaves
            # the C0 letters (02 05 06 14 19 1E) and Õ (A0) as controls / NBSP.
            # The VISCII standard and glibc put Ạ Ệ Ụ, Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ and Õ there: glibc wins.
            expected = {0x02, 0x05, 0x06, 0x14, 0x19, 0x1E, 0x80, 0x8E, 0x9E, 0xA0}
            diff = {b for b in range(256) if (gdec[b][0] or 0) != dec[b]}
            if diff != expected:
                die("VISCII: vnconv and glibc differ at unexpected bytes %s"
                    % sorted("%02X" % b for b in diff ^ expected))
            for b in sorted(expected):
                dec[b] = gdec[b][0]
            fixes.append("02 05 06 14 19 1E 80 8E 9E A0: glibc / VISCII standard "
                         "(Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ Ạ Ệ Ụ Õ), not vnconv's controls and € Ž ž")
        elif prefix == "VPS":
            # Defect: vnconv's VPS decode gives Ž ž at 0x8E 0x9E, but its own VPS
            # encoder writes Ằ and Ờ there: the encoder (the charset's letters) wins.
            dec[0x8E] = 0x1EB0
            dec[0x9E] = 0x1EDC
            fixes.append("0x8E 0x9E: Ằ Ờ as vnconv's own VPS encoder writes them, not Ž ž")
        elif prefix == "CP1258":
            # Defect: vnconv decodes 0xFE as þ; cp1258 (and glibc) say ₫ U+20AB.
            dec[0xFE] = 0x20AB
            # Defect: 0x8A 0x8E 0x9A 0x9E are undefined in cp1258 (glibc rejects
            # them), not Š Ž š ž: unmapped.
            for b in (0x8A, 0x8E, 0x9A, 0x9E):
                dec[b] = 0
            # The five tone bytes are combining marks in cp1258 (glibc); vnconv
            # drops them when alone. glibc wins: decode then NFC composes them.
            for b in range(256):
                if vdec[b][0] is None:
                    dec[b] = gdec[b][0]
            fixes.append("0xFE: ₫ U+20AB (cp1258 / glibc), not þ")
            fixes.append("0x8A 0x8E 0x9A 0x9E: unmapped (undefined in cp1258), not Š Ž š ž")
            fixes.append("CC D2 DE EC F2: combining marks U+0300 U+0309 U+0303 U+0301 U+0323 (glibc)")
            fixes.append("81 8D 8F 90 9D: kept as C1 controls (vnconv, WHATWG); glibc rejects them")
            for b in range(256):
                g = gdec[b][0] or 0
                if g != dec[b] and b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
                    die("CP1258: unexpected difference from glibc at %02X" % b)
        elif prefix == "VNI":
            # VNI mark bytes are not characters on their own (vnconv drops them);
            # they only count after a base letter, via VNI_DECODE_PAIRS.
            fixes.append("tone/diacritic bytes are unmapped alone; see VNI_DECODE_PAIRS")

        # Encode: single bytes from the decode table (remapped bytes before
        # identity ones, so TCVN3's Â is A2 and à is B5, not C2 / E0) ...
        enc = {}
        for pass_identity in (False, True):
            for b in range(256):
                cp = dec[b]
                if cp == 0 and b != 0:
                    continue
                is_identity = cp == b
                if is_identity == pass_identity and cp not in enc:
                    enc[cp] = [b]
        # ... then the letters, as the encoder of the reference writes them.
        if glet is not None:
            # VISCII / CP1258: glibc's encoder (the standard; vnconv's VISCII
            # encoder never writes C0 / A0, and its cp1258 always decomposes).
            for r in glet:
                if r["glibc_decodes_back"] != r["unicode"]:
                    die("%s: glibc does not round-trip U+%s" % (gstem, r["unicode"]))
                enc[int(r["unicode"], 16)] = hexbytes(r["bytes"])
        for r in rows:
            if int(r["vn_index"]) >= LETTER_INDEX_LIMIT:
                continue
            cp = int(r["unicode"], 16)
            if glet is not None and cp >= 0x80:
                continue
            if r["status"].startswith("unmappable"):
                continue
            # TCVN3 (60 toned capitals) and VPS (vnconv writes 14 toned capitals,
            # true positions unknown) are lossy: the capital gets its lowercase byte.
            enc[cp] = hexbytes(r["bytes"])

        pairs = []
        if prefix == "VNI":
            for cp, bs in enc.items():
                if len(bs) == 2:
                    pairs.append((bs, cp))
            pairs.sort()
        out[prefix] = (dec, sorted(enc.items()), pairs, fixes)
    return out


def render(tables):
    o = []
    o.append(BEGIN)
    o.append("//")
    o.append("// Generated by scripts/gen-vnenc-tables.py from the Vietnamese charset")
    o.append("// reference tables (vnconv / UniKey and glibc iconv dumps). To regenerate:")
    o.append("//")
    o.append("//     python3 scripts/gen-vnenc-tables.py ../shared/data/charsets")
    o.append("//")
    o.append("// and check with `--check`. Corrections of the reference's known defects:")
    for prefix, _stem, _g, _doc in CHARSETS:
        for f in tables[prefix][3]:
            o.append("//   %s %s" % (prefix, f))
    o.append("")
    for prefix, _stem, _g, doc in CHARSETS:
        dec, enc, pairs, _fixes = tables[prefix]
        o.append("/// %s: byte -> code point (0 = unmapped, except byte 0)." % doc)
        o.append("#[rustfmt::skip]")
        o.append("pub static %s_DECODE: [u16; 256] = [" % prefix)
        for i in range(0, 256, 8):
            o.append("    " + " ".join("0x%04X," % v for v in dec[i:i + 8]))
        o.append("];")
        o.append("")
        o.append("/// %s: code point -> byte sequence, sorted by code point." % doc)
        o.append("#[rustfmt::skip]")
        o.append("pub static %s_ENCODE: &[(u32, &[u8])] = &[" % prefix)
        for cp, bs in enc:
            o.append("    (0x%04X, &[%s])," % (cp, ", ".join("0x%02X" % b for b in bs)))
        o.append("];")
        o.append("")
        if pairs:
            o.append("/// %s: two-byte sequence (base letter, mark byte) -> code point, sorted by bytes." % doc)
            o.append("#[rustfmt::skip]")
            o.append("pub static %s_DECODE_PAIRS: &[([u8; 2], u32)] = &[" % prefix)
            for bs, cp in pairs:
                o.append("    ([0x%02X, 0x%02X], 0x%04X)," % (bs[0], bs[1], cp))
            o.append("];")
            o.append("")
    o.append(END)
    return "\n".join(o) + "\n"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    check = "--check" in argv
    out = DEFAULT_OUT
    if "--output" in argv:
        i = argv.index("--output")
        if i + 1 >= len(argv):
            die("--output needs a file")
        out = argv[i + 1]
        args = [a for a in args if a != out]
    if len(args) != 1:
        die("usage: gen-vnenc-tables.py <charsets-dir> [--check] [--output FILE]")
    d = args[0]
    if not os.path.isdir(d):
        die("charsets directory %s not found" % d)
    text = "//! Legacy Vietnamese charset tables (generated; see the header below).\n\n" + render(build(d))
    if check:
        try:
            with open(out, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            sys.stderr.write("gen-vnenc-tables: %s is stale; rerun without --check\n" % out)
            return 1
        return 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
