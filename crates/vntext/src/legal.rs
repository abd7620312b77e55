//! Mentions of Vietnamese legal and administrative documents in article text.
//!
//! Articles on old portals cite documents in running prose — "Quyết định số
//! 1209/QĐ-UBND ngày 17/3/2021 của UBND tỉnh", "Nghị định số 43/2011/NĐ-CP",
//! "Chỉ thị 05-CT/TU", "Luật Đất đai năm 2013" — and editors had to re-type
//! them into the new portal's document register. [`find_references`] finds
//! those mentions and parses each into a [`LegalRef`]: its [`DocKind`],
//! number, year, canonical số ký hiệu, issuer code, issuing body, date and
//! trích yếu, with the byte range it covers so a caller can link it.
//!
//! The input is plain NFC text (a text node, or the output of
//! [`crate::html_to_text`]); pass other text through [`crate::nfc`] first.
//! The scanner is hand-written: no regular expressions, no allocation per
//! character, linear in practice.
//!
//! # What counts as a mention
//!
//! * A document-type word (`Quyết định`, `Nghị định`, `Thông tư`, `Công văn`,
//!   … in any case, also the usual abbreviations `QĐ`, `NĐ`, `TT`, `CV`, …),
//!   an optional `số` / `số:`, and a number with or without a số ký hiệu:
//!   `1209/QĐ-UBND`, `43/2011/NĐ-CP`, `05-CT/TU` (Party documents), the
//!   shorthand `43/2011`, or a bare number (`Quyết định 1209`). A bare
//!   number needs `số` or a capitalised type word, and must be followed by
//!   the end of the clause, a date, `của`, `về`, `được`, `đã`, … — so
//!   `Kế hoạch 5 năm`, `thông báo 3 lần` and `quyết định 3 vấn đề` are not
//!   mentions.
//! * `Luật`, `Bộ luật`, `Pháp lệnh` followed by a capitalised name
//!   (`Luật Đất đai năm 2013`, `Bộ luật Lao động`), and `Hiến pháp` with a
//!   year. `Luật sư`, `pháp luật Việt Nam` and `Đại học Luật` are not.
//! * A số ký hiệu on its own whose type code is known (`(43/2011/NĐ-CP)`,
//!   `Số: 1209/QĐ-UBND`), and the further items of a list
//!   (`Quyết định số 10/2020/QĐ-UBND và số 11/2020/QĐ-UBND`, `… từ số 120/…
//!   đến số 125/…`).
//!
//! Symbols are canonicalised: spaces around `/` and `-` removed, dashes
//! (`–`, `—`, `−`, …) become `-`, `D` typed for `Đ` in known codes is
//! restored (`QD` → `QĐ`, `ND` → `NĐ`, `HDND` → `HĐND`, see
//! `docs/LEGAL-REFS.md` for the list) and the Icelandic `Ð` becomes `Đ`.
//!
//! ```
//! use vntext::legal::{find_references, DocKind};
//!
//! let text = "Theo Quyết định số 1209/QD-UBND ngày 17/3/2021 của UBND tỉnh về việc \
//!             ban hành quy chế, các xã triển khai Chỉ thị 05-CT/TU.";
//! let refs = find_references(text);
//! assert_eq!(refs.len(), 2);
//! assert_eq!(refs[0].kind, DocKind::QuyetDinh);
//! assert_eq!(refs[0].symbol.as_deref(), Some("1209/QĐ-UBND"));
//! assert_eq!(refs[0].date, Some((2021, 3, 17)));
//! assert_eq!(refs[0].year, Some(2021));
//! assert_eq!(refs[0].issuer.as_deref(), Some("UBND tỉnh"));
//! assert_eq!(refs[0].title.as_deref(), Some("về việc ban hành quy chế"));
//! assert_eq!(refs[1].symbol.as_deref(), Some("05-CT/TU"));
//! assert_eq!(refs[1].issuer_code.as_deref(), Some("TU"));
//! assert_eq!(
//!     &text[refs[0].span.clone()],
//!     "Quyết định số 1209/QD-UBND ngày 17/3/2021 của UBND tỉnh"
//! );
//! ```

use std::fmt;
use std::ops::Range;

/// The type of a cited document.
///
/// Covers the types of legal normative documents of the Law on Promulgation
/// of Legal Documents (80/2015/QH13, replaced by 64/2025/QH15), the
/// administrative documents of Decree 30/2020/NĐ-CP (Appendix III), the
/// Party documents of Guidance 36-HD/VPTW, and two generic kinds: a
/// consolidated text ([`DocKind::VanBanHopNhat`]) and an unspecified
/// "văn bản" ([`DocKind::VanBan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocKind {
    /// Hiến pháp — the Constitution.
    HienPhap,
    /// Bộ luật — a code (Bộ luật Lao động, Bộ luật Hình sự).
    BoLuat,
    /// Luật — a law of the National Assembly.
    Luat,
    /// Pháp lệnh — an ordinance of the National Assembly Standing Committee.
    PhapLenh,
    /// Lệnh — an order of the State President (symbol code `L`).
    Lenh,
    /// Nghị quyết — a resolution (National Assembly, Government, People's
    /// Council, Party committee).
    NghiQuyet,
    /// Nghị quyết liên tịch — a joint resolution (`NQLT`).
    NghiQuyetLienTich,
    /// Nghị định — a decree of the Government (`NĐ`).
    NghiDinh,
    /// Quyết định — a decision (`QĐ`).
    QuyetDinh,
    /// Thông tư — a circular of a minister (`TT`).
    ThongTu,
    /// Thông tư liên tịch — a joint circular (`TTLT`); no longer provided for
    /// by Law 64/2025/QH15 but cited everywhere.
    ThongTuLienTich,
    /// Chỉ thị — a directive (`CT`).
    ChiThi,
    /// Kết luận — a conclusion (Party `KL`, also inspection conclusions).
    KetLuan,
    /// Thông tri — a Party circular (`TT` in Party symbols: `03-TT/TU`).
    ThongTri,
    /// Quy chế — regulations (`QC`).
    QuyChe,
    /// Quy định — rules (`QyĐ` for state bodies, `QĐi` for Party bodies).
    QuyDinh,
    /// Thông cáo — a communiqué (`TC`).
    ThongCao,
    /// Thông báo — a notice (`TB`).
    ThongBao,
    /// Hướng dẫn — a guidance document (`HD`).
    HuongDan,
    /// Chương trình — a programme (`CTr`).
    ChuongTrinh,
    /// Kế hoạch — a plan (`KH`).
    KeHoach,
    /// Phương án — an option plan (`PA`).
    PhuongAn,
    /// Đề án — a scheme (`ĐA`).
    DeAn,
    /// Dự án — a project (`DA`).
    DuAn,
    /// Báo cáo — a report (`BC`).
    BaoCao,
    /// Biên bản — minutes (`BB`).
    BienBan,
    /// Tờ trình — a submission (`TTr`).
    ToTrinh,
    /// Hợp đồng — a contract (`HĐ`).
    HopDong,
    /// Công văn — an official letter; its state symbol carries no type code
    /// (`123/UBND-VX`), Party letters use `CV` (`312-CV/HU`).
    CongVan,
    /// Công điện — an official dispatch (`CĐ`).
    CongDien,
    /// Bản ghi nhớ — a memorandum (`BGN`).
    BanGhiNho,
    /// Bản thỏa thuận — an agreement (`BTT`).
    BanThoaThuan,
    /// Giấy ủy quyền — a power of attorney (`GUQ`).
    GiayUyQuyen,
    /// Giấy mời — an invitation (`GM`).
    GiayMoi,
    /// Giấy giới thiệu — a letter of introduction (`GGT`).
    GiayGioiThieu,
    /// Giấy nghỉ phép — a leave permit (`GNP`).
    GiayNghiPhep,
    /// Phiếu gửi — a dispatch slip (`PG`).
    PhieuGui,
    /// Phiếu chuyển — a transfer slip (`PC`).
    PhieuChuyen,
    /// Phiếu báo — a notification slip (`PB`).
    PhieuBao,
    /// Văn bản hợp nhất — a consolidated text (`VBHN`).
    VanBanHopNhat,
    /// Văn bản — "document" without a type; a symbol with a type code gives
    /// the kind instead, one without (`512/STTTT-BCVT`) makes it a
    /// [`DocKind::CongVan`].
    VanBan,
}

use DocKind::*;

impl DocKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [DocKind] = &[
        HienPhap,
        BoLuat,
        Luat,
        PhapLenh,
        Lenh,
        NghiQuyet,
        NghiQuyetLienTich,
        NghiDinh,
        QuyetDinh,
        ThongTu,
        ThongTuLienTich,
        ChiThi,
        KetLuan,
        ThongTri,
        QuyChe,
        QuyDinh,
        ThongCao,
        ThongBao,
        HuongDan,
        ChuongTrinh,
        KeHoach,
        PhuongAn,
        DeAn,
        DuAn,
        BaoCao,
        BienBan,
        ToTrinh,
        HopDong,
        CongVan,
        CongDien,
        BanGhiNho,
        BanThoaThuan,
        GiayUyQuyen,
        GiayMoi,
        GiayGioiThieu,
        GiayNghiPhep,
        PhieuGui,
        PhieuChuyen,
        PhieuBao,
        VanBanHopNhat,
        VanBan,
    ];

    /// The Vietnamese name, capitalised as at the start of a sentence
    /// ("Quyết định", "Thông tư liên tịch").
    pub fn name(self) -> &'static str {
        match self {
            HienPhap => "Hiến pháp",
            BoLuat => "Bộ luật",
            Luat => "Luật",
            PhapLenh => "Pháp lệnh",
            Lenh => "Lệnh",
            NghiQuyet => "Nghị quyết",
            NghiQuyetLienTich => "Nghị quyết liên tịch",
            NghiDinh => "Nghị định",
            QuyetDinh => "Quyết định",
            ThongTu => "Thông tư",
            ThongTuLienTich => "Thông tư liên tịch",
            ChiThi => "Chỉ thị",
            KetLuan => "Kết luận",
            ThongTri => "Thông tri",
            QuyChe => "Quy chế",
            QuyDinh => "Quy định",
            ThongCao => "Thông cáo",
            ThongBao => "Thông báo",
            HuongDan => "Hướng dẫn",
            ChuongTrinh => "Chương trình",
            KeHoach => "Kế hoạch",
            PhuongAn => "Phương án",
            DeAn => "Đề án",
            DuAn => "Dự án",
            BaoCao => "Báo cáo",
            BienBan => "Biên bản",
            ToTrinh => "Tờ trình",
            HopDong => "Hợp đồng",
            CongVan => "Công văn",
            CongDien => "Công điện",
            BanGhiNho => "Bản ghi nhớ",
            BanThoaThuan => "Bản thỏa thuận",
            GiayUyQuyen => "Giấy ủy quyền",
            GiayMoi => "Giấy mời",
            GiayGioiThieu => "Giấy giới thiệu",
            GiayNghiPhep => "Giấy nghỉ phép",
            PhieuGui => "Phiếu gửi",
            PhieuChuyen => "Phiếu chuyển",
            PhieuBao => "Phiếu báo",
            VanBanHopNhat => "Văn bản hợp nhất",
            VanBan => "Văn bản",
        }
    }

    /// The usual abbreviation — the type code used in số ký hiệu (`QĐ`,
    /// `NĐ`, `TT`, `CT`, `NQ`, `TTr`, …; `CV` for công văn, as in Party
    /// symbols and everyday writing). `None` for the Constitution, codes,
    /// laws and ordinances, whose symbols carry no type code
    /// (`45/2013/QH13`), and for the generic [`DocKind::VanBan`].
    pub fn abbr(self) -> Option<&'static str> {
        Some(match self {
            HienPhap | BoLuat | Luat | PhapLenh | VanBan => return None,
            Lenh => "L",
            NghiQuyet => "NQ",
            NghiQuyetLienTich => "NQLT",
            NghiDinh => "NĐ",
            QuyetDinh => "QĐ",
            ThongTu => "TT",
            ThongTuLienTich => "TTLT",
            ChiThi => "CT",
            KetLuan => "KL",
            ThongTri => "TT",
            QuyChe => "QC",
            QuyDinh => "QyĐ",
            ThongCao => "TC",
            ThongBao => "TB",
            HuongDan => "HD",
            ChuongTrinh => "CTr",
            KeHoach => "KH",
            PhuongAn => "PA",
            DeAn => "ĐA",
            DuAn => "DA",
            BaoCao => "BC",
            BienBan => "BB",
            ToTrinh => "TTr",
            HopDong => "HĐ",
            CongVan => "CV",
            CongDien => "CĐ",
            BanGhiNho => "BGN",
            BanThoaThuan => "BTT",
            GiayUyQuyen => "GUQ",
            GiayMoi => "GM",
            GiayGioiThieu => "GGT",
            GiayNghiPhep => "GNP",
            PhieuGui => "PG",
            PhieuChuyen => "PC",
            PhieuBao => "PB",
            VanBanHopNhat => "VBHN",
        })
    }

    /// Every type code that stands for this kind inside a số ký hiệu, in
    /// canonical spelling: the [`abbr`](Self::abbr) plus the Party variant
    /// of [`DocKind::QuyDinh`] (`QĐi`).
    pub fn symbol_codes(self) -> &'static [&'static str] {
        match self {
            QuyDinh => &["QyĐ", "QĐi"],
            HienPhap | BoLuat | Luat | PhapLenh | VanBan => &[],
            Lenh => &["L"],
            NghiQuyet => &["NQ"],
            NghiQuyetLienTich => &["NQLT"],
            NghiDinh => &["NĐ"],
            QuyetDinh => &["QĐ"],
            ThongTu | ThongTri => &["TT"],
            ThongTuLienTich => &["TTLT"],
            ChiThi => &["CT"],
            KetLuan => &["KL"],
            QuyChe => &["QC"],
            ThongCao => &["TC"],
            ThongBao => &["TB"],
            HuongDan => &["HD"],
            ChuongTrinh => &["CTr"],
            KeHoach => &["KH"],
            PhuongAn => &["PA"],
            DeAn => &["ĐA"],
            DuAn => &["DA"],
            BaoCao => &["BC"],
            BienBan => &["BB"],
            ToTrinh => &["TTr"],
            HopDong => &["HĐ"],
            CongVan => &["CV"],
            CongDien => &["CĐ"],
            BanGhiNho => &["BGN"],
            BanThoaThuan => &["BTT"],
            GiayUyQuyen => &["GUQ"],
            GiayMoi => &["GM"],
            GiayGioiThieu => &["GGT"],
            GiayNghiPhep => &["GNP"],
            PhieuGui => &["PG"],
            PhieuChuyen => &["PC"],
            PhieuBao => &["PB"],
            VanBanHopNhat => &["VBHN"],
        }
    }

    /// The kind a type code stands for in a state-format symbol
    /// (`1209/QĐ-UBND`) or, with `party`, in a Party-format one
    /// (`05-CT/TU`). Accepts `D` typed for `Đ` when that is unambiguous
    /// (`QD`, `ND`, `CD`; not `HD`/`DA`, which are codes of their own) and
    /// any letter case (`TTR`).
    pub fn from_symbol_code(code: &str, party: bool) -> Option<DocKind> {
        lookup_type(code, None, party).map(|(_, k)| k)
    }

    /// Kinds whose word alone is too common to count without a full số ký
    /// hiệu or a name (`quy định`, `lệnh`, `dự án`, `hợp đồng`, …).
    fn needs_symbol(self) -> bool {
        matches!(
            self,
            HienPhap
                | BoLuat
                | Luat
                | PhapLenh
                | Lenh
                | QuyDinh
                | DuAn
                | HopDong
                | BienBan
                | BanGhiNho
                | BanThoaThuan
                | GiayUyQuyen
                | GiayGioiThieu
                | GiayNghiPhep
                | PhieuGui
                | PhieuChuyen
                | PhieuBao
                | ThongCao
        )
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One mention of a document, as found by [`find_references`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegalRef {
    /// Document type, from the type word, or from the symbol's type code
    /// when the mention has no type word (or only "văn bản").
    pub kind: DocKind,
    /// The number as written, with a letter suffix if any: `"1209"`,
    /// `"05"`, `"36a"`.
    pub number: Option<String>,
    /// Year from the symbol (`43/2011/NĐ-CP`), else from the date, else from
    /// `năm 2013` after a law's name.
    pub year: Option<u16>,
    /// The full số ký hiệu, canonical: `"1209/QĐ-UBND"`, `"43/2011/NĐ-CP"`,
    /// `"05-CT/TU"`, `"45/2013/QH13"`. `None` for a bare number or the
    /// `43/2011` shorthand.
    pub symbol: Option<String>,
    /// Issuing body's code from the symbol: `"UBND"`, `"CP"`, `"BTTTT"`,
    /// `"TU"`, `"QH13"`; for joint documents (`TTLT`, `NQLT`) every issuer,
    /// joined with `-` (`"BNV-BTC"`). The drafting unit of a công văn
    /// (`VX` in `123/UBND-VX`) is not part of it.
    pub issuer_code: Option<String>,
    /// The issuing body as written after `của` / `do`: `"UBND tỉnh"`,
    /// `"Thủ tướng Chính phủ"`, `"Bộ Thông tin và Truyền thông"`.
    pub issuer: Option<String>,
    /// Date of issue `(year, month, day)` from `ngày 17/3/2021`,
    /// `ngày 13 tháng 6 năm 2011`, `ngày 17-3-2021`, `(17/3/2021)` or
    /// `cùng ngày …`; impossible dates (31/2) are dropped.
    pub date: Option<(u16, u8, u8)>,
    /// The trích yếu when it follows (`về việc …`, `ban hành …`,
    /// `quy định …`, `V/v …`) up to the end of the clause; for a law cited
    /// by name, the name (`"Luật Đất đai"`). Best effort.
    pub title: Option<String>,
    /// Byte range of the mention in the input: from the type word (or the
    /// number, for list items and bare symbols) to the end of the last of
    /// symbol, name, year, date and issuer. The title is not included.
    pub span: Range<usize>,
}

/// Finds and parses every document mention in `text`, in order.
///
/// `text` should be NFC. Never panics; returns an empty vector when nothing
/// is cited.
pub fn find_references(text: &str) -> Vec<LegalRef> {
    let s = Scan::new(text);
    let mut raws: Vec<Raw> = Vec::new();
    // List items found after the head of the last group: the scan resumes
    // right after the head (so mentions inside its title are found) but
    // must not find these again.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let n = s.c.len();
    while i < n {
        taken.retain(|&(_, e)| e > i);
        if let Some(&(_, e)) = taken.iter().find(|&&(a, _)| a <= i) {
            i = e;
            continue;
        }
        if s.at_start(i) && is_word(s.c[i]) {
            if let Some(group) = s.parse_group(i) {
                let resume = group[0].end.max(i + 1);
                taken.extend(group[1..].iter().map(|r| (r.start, r.end)));
                raws.extend(group);
                i = resume;
                continue;
            }
        }
        i += 1;
    }
    raws.sort_by_key(|r| (r.start, r.end));
    raws.dedup_by(|b, a| a.start == b.start);
    share_dates(&s, &mut raws);
    lead_dates(&s, &mut raws);
    raws.into_iter().map(|r| s.finish(r)).collect()
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

/// Type words, lowercase; longest first within a shared prefix matters, so
/// [`Scan::keyword`] takes the longest match.
const KEYWORDS: &[(&str, DocKind)] = &[
    ("hiến pháp", HienPhap),
    ("bộ luật", BoLuat),
    ("luật", Luat),
    ("pháp lệnh", PhapLenh),
    ("lệnh", Lenh),
    ("nghị quyết liên tịch", NghiQuyetLienTich),
    ("nghị quyết", NghiQuyet),
    ("nghị định", NghiDinh),
    ("quyết định", QuyetDinh),
    ("thông tư liên tịch", ThongTuLienTich),
    ("thông tư", ThongTu),
    ("chỉ thị", ChiThi),
    ("kết luận", KetLuan),
    ("thông tri", ThongTri),
    ("quy chế", QuyChe),
    ("quy định", QuyDinh),
    ("thông cáo", ThongCao),
    ("thông báo", ThongBao),
    ("hướng dẫn", HuongDan),
    ("chương trình", ChuongTrinh),
    ("kế hoạch", KeHoach),
    ("phương án", PhuongAn),
    ("đề án", DeAn),
    ("dự án", DuAn),
    ("báo cáo", BaoCao),
    ("biên bản", BienBan),
    ("tờ trình", ToTrinh),
    ("hợp đồng", HopDong),
    ("công văn", CongVan),
    ("công điện", CongDien),
    ("bản ghi nhớ", BanGhiNho),
    ("bản thỏa thuận", BanThoaThuan),
    ("bản thoả thuận", BanThoaThuan),
    ("giấy ủy quyền", GiayUyQuyen),
    ("giấy uỷ quyền", GiayUyQuyen),
    ("giấy mời", GiayMoi),
    ("giấy giới thiệu", GiayGioiThieu),
    ("giấy nghỉ phép", GiayNghiPhep),
    ("phiếu gửi", PhieuGui),
    ("phiếu chuyển", PhieuChuyen),
    ("phiếu báo", PhieuBao),
    ("văn bản hợp nhất", VanBanHopNhat),
    ("văn bản", VanBan),
];

/// The [`KEYWORDS`] that start with `c` (in table order): the scan asks at
/// every word start, and a dozen letters begin a type word.
fn keywords_starting(c: char) -> &'static [(&'static str, DocKind)] {
    type Groups = Vec<(char, Vec<(&'static str, DocKind)>)>;
    static BY_FIRST: std::sync::OnceLock<Groups> = std::sync::OnceLock::new();
    let groups = BY_FIRST.get_or_init(|| {
        let mut g: Groups = Vec::new();
        for &(p, k) in KEYWORDS {
            let first = p.chars().next().unwrap_or(' ');
            match g.iter_mut().find(|(c, _)| *c == first) {
                Some((_, v)) => v.push((p, k)),
                None => g.push((first, vec![(p, k)])),
            }
        }
        g
    });
    groups
        .iter()
        .find(|(first, _)| *first == c)
        .map_or(&[], |(_, v)| v.as_slice())
}

/// Abbreviated type words, matched case-sensitively; they need a full
/// symbol after them (`QĐ số 315/QĐ-UBND`, `CV số 87/SNV-CCVC`).
const ABBR_KEYWORDS: &[(&str, DocKind)] = &[
    ("TTLT", ThongTuLienTich),
    ("TTr", ToTrinh),
    ("QĐ", QuyetDinh),
    ("QD", QuyetDinh),
    ("NĐ", NghiDinh),
    ("ND", NghiDinh),
    ("NQ", NghiQuyet),
    ("TT", ThongTu),
    ("CT", ChiThi),
    ("CV", CongVan),
    ("KH", KeHoach),
    ("BC", BaoCao),
    ("TB", ThongBao),
    ("HD", HuongDan),
    ("CĐ", CongDien),
    ("KL", KetLuan),
];

/// Words that may sit between the type word and `số`.
const MODIFIERS: &[&str] = &[
    "kết luận",
    "liên tịch",
    "liên ngành",
    "liên sở",
    "hỏa tốc",
    "hoả tốc",
    "thượng khẩn",
    "khẩn",
    "báo chí",
    "thanh tra",
    "thẩm tra",
    "chuyên đề",
];

/// Type codes of state documents (Decree 30/2020/NĐ-CP, Appendix III, plus
/// the normative types).
const STATE_CODES: &[(&str, DocKind)] = &[
    ("NQ", NghiQuyet),
    ("NQLT", NghiQuyetLienTich),
    ("NĐ", NghiDinh),
    ("QĐ", QuyetDinh),
    ("TT", ThongTu),
    ("TTLT", ThongTuLienTich),
    ("CT", ChiThi),
    ("KL", KetLuan),
    ("QC", QuyChe),
    ("QyĐ", QuyDinh),
    ("TC", ThongCao),
    ("TB", ThongBao),
    ("HD", HuongDan),
    ("CTr", ChuongTrinh),
    ("KH", KeHoach),
    ("PA", PhuongAn),
    ("ĐA", DeAn),
    ("DA", DuAn),
    ("BC", BaoCao),
    ("BB", BienBan),
    ("TTr", ToTrinh),
    ("HĐ", HopDong),
    ("CĐ", CongDien),
    ("BGN", BanGhiNho),
    ("BTT", BanThoaThuan),
    ("GUQ", GiayUyQuyen),
    ("GM", GiayMoi),
    ("GGT", GiayGioiThieu),
    ("GNP", GiayNghiPhep),
    ("PG", PhieuGui),
    ("PC", PhieuChuyen),
    ("PB", PhieuBao),
    ("VBHN", VanBanHopNhat),
    ("L", Lenh),
];

/// Type codes of Party documents (Guidance 36-HD/VPTW).
const PARTY_CODES: &[(&str, DocKind)] = &[
    ("NQ", NghiQuyet),
    ("QĐ", QuyetDinh),
    ("QĐi", QuyDinh),
    ("QC", QuyChe),
    ("CT", ChiThi),
    ("KL", KetLuan),
    ("TT", ThongTri),
    ("HD", HuongDan),
    ("TB", ThongBao),
    ("BC", BaoCao),
    ("KH", KeHoach),
    ("CTr", ChuongTrinh),
    ("ĐA", DeAn),
    ("TTr", ToTrinh),
    ("BB", BienBan),
    ("CV", CongVan),
];

/// Issuer codes that contain `Đ`, restored when typed with `D`.
const D_ISSUERS: &[&str] = &[
    "HĐND", "HĐTP", "SGDĐT", "BGDĐT", "PGDĐT", "SLĐTBXH", "BLĐTBXH", "PLĐTBXH", "SKHĐT", "BKHĐT",
    "BCĐ", "ĐU", "ĐĐBQH", "ĐTN", "LĐLĐ", "TLĐ",
];

/// What introduces a trích yếu after the symbol, date and issuer.
const TITLE_INTROS: &[&str] = &[
    "về việc",
    "v/v",
    "về",
    "ban hành",
    "quy định",
    "hướng dẫn",
    "phê duyệt",
    "sửa đổi",
    "bãi bỏ",
    "thành lập",
    "kiện toàn",
    "công bố",
    "triển khai",
    "thực hiện",
    "tổ chức",
    "tăng cường",
    "đẩy mạnh",
    "phân công",
    "giao",
    "điều chỉnh",
    "công nhận",
    "chấn chỉnh",
    "kết luận",
];

/// `(word before the comma, word after)` pairs that keep a comma inside a
/// name or title: "sửa đổi, bổ sung", "phòng, chống", "cán bộ, công chức",
/// "thi đua, khen thưởng", "khiếu nại, tố cáo".
const COMMA_COMPOUNDS: &[(&str, &str)] = &[
    ("đổi", "bổ"),
    ("phòng", "chống"),
    ("bộ", "công"),
    ("đua", "khen"),
    ("nại", "tố"),
];

/// Words after a bare number that show it is a document number.
const BARE_FOLLOWERS: &[&str] = &[
    "của",
    "về",
    "do",
    "được",
    "đã",
    "và",
    "hoặc",
    "thì",
    "là",
    "nay",
    "cũng",
    "vẫn",
    "sẽ",
    "vừa",
    "này",
    "nêu",
    "tại",
    "đang",
    "v/v",
    "ban hành",
    "quy định",
    "hướng dẫn",
    "phê duyệt",
    "có hiệu lực",
];

/// Words that end a law's name ("Luật Đất đai quy định …").
const NAME_STOPS: &[&str] = &[
    "năm",
    "ngày",
    "của",
    "đã",
    "đang",
    "sẽ",
    "được",
    "bị",
    "hoặc",
    "thì",
    "là",
    "do",
    "tại",
    "theo",
    "để",
    "nhằm",
    "về",
    "cho",
    "này",
    "đó",
    "mới",
    "hiện hành",
    "vừa",
    "các",
    "những",
    "cũng",
    "vẫn",
    "không",
    "chưa",
    "nên",
    "khi",
    "nếu",
    "từ",
    "đến",
    "sau",
    "trước",
    "hết",
    "gồm",
    "trong",
    "tiếp",
    "nêu",
    "cùng",
    "thay",
    "bằng",
    "bởi",
    "quy định",
    "có hiệu",
    "sửa đổi",
    "ban hành",
    "hướng dẫn",
];

/// Words that end an issuing body's name (case-insensitive, so they also
/// work in ALL-CAPS headings).
const ISSUER_STOPS: &[&str] = &[
    "ngày",
    "năm",
    "số",
    "đã",
    "được",
    "do",
    "tại",
    "theo",
    "trong",
    "với",
    "để",
    "nhằm",
    "là",
    "thì",
    "nay",
    "đang",
    "sẽ",
    "vừa",
    "cũng",
    "vẫn",
    "có",
    "không",
    "đến",
    "từ",
    "cho",
    "này",
    "đó",
    "gồm",
    "bởi",
    "nêu",
    "thông qua",
];

/// Administrative levels: after one of them only a capitalised place name
/// may follow ("UBND xã Tịnh Hà", not "… Tịnh Hà nhiệm kỳ").
const PLACE_LEVELS: &[&str] = &[
    "thành phố",
    "thị xã",
    "thị trấn",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
];

/// Lowercase words that continue an issuer's name wherever they appear.
const ISSUER_FREE: &[&str] = &[
    "phòng chống thiên tai",
    "vận tải",
    "khối",
    "nhân dân",
    "nhà nước",
    "nông thôn",
    "tối cao",
    "trung ương",
];

// ---------------------------------------------------------------------------
// Code canonicalisation
// ---------------------------------------------------------------------------

fn upper_code(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'đ' | 'ð' | 'Ð' => 'Đ',
            'ư' => 'Ư',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

fn fold_d(s: &str) -> String {
    s.chars().map(|c| if c == 'Đ' { 'D' } else { c }).collect()
}

/// Canonical type code and its kind. With a `context` kind (the type word
/// of the mention), a code that matches one of its codes up to case and
/// `Đ`/`D` takes that spelling; otherwise an exact match (up to case) in the
/// tables, then a `D`-for-`Đ` match when only one code fits.
fn lookup_type(
    typed: &str,
    context: Option<DocKind>,
    party: bool,
) -> Option<(&'static str, DocKind)> {
    let up = upper_code(typed);
    let folded = fold_d(&up);
    if let Some(k) = context {
        for &c in k.symbol_codes() {
            if fold_d(&upper_code(c)) == folded {
                return Some((c, k));
            }
        }
    }
    let tables: &[&[(&str, DocKind)]] = if party {
        &[PARTY_CODES, STATE_CODES]
    } else {
        &[STATE_CODES]
    };
    for table in tables {
        if let Some(&(c, k)) = table.iter().find(|(c, _)| upper_code(c) == up) {
            return Some((c, k));
        }
    }
    for table in tables {
        let mut hits = table
            .iter()
            .filter(|(c, _)| fold_d(&upper_code(c)) == folded);
        if let (Some(&(c, k)), None) = (hits.next(), hits.next()) {
            return Some((c, k));
        }
    }
    None
}

fn canon_issuer_part(typed: &str) -> String {
    let up = upper_code(typed);
    if up == "TTG" {
        return "TTg".to_owned();
    }
    if !typed.chars().any(char::is_lowercase) {
        let folded = fold_d(&up);
        if let Some(d) = D_ISSUERS.iter().find(|d| fold_d(d) == folded) {
            return (*d).to_owned();
        }
        return up;
    }
    typed
        .chars()
        .map(|c| match c {
            'ð' => 'đ',
            'Ð' => 'Đ',
            c => c,
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------

fn is_word(c: char) -> bool {
    // ASCII and the precomposed Vietnamese letters first: nearly every
    // character of a Vietnamese text is one (the scan asks this of every
    // one, and Unicode's tables take a slow path above U+00FF).
    c.is_ascii_alphanumeric()
        || matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' | '\u{1E00}'..='\u{1EFF}')
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn is_sp(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

fn is_slash(c: char) -> bool {
    matches!(c, '/' | '\u{ff0f}')
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | 'Ð' | 'ð' | 'Ư' | 'ư')
}

fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut l = c.to_lowercase();
    let first = l.next().unwrap_or(c);
    let first = if l.next().is_some() { c } else { first };
    if first == 'ð' {
        'đ'
    } else {
        first
    }
}

fn valid_date(y: u32, m: u32, d: u32) -> Option<(u16, u8, u8)> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (d <= days).then_some((y as u16, m as u8, d as u8))
}

// ---------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------

/// A mention under construction; positions are char indices.
#[derive(Debug, Clone)]
struct Raw {
    kind: DocKind,
    start: usize,
    end: usize,
    number: Option<String>,
    year: Option<u16>,
    symbol: Option<String>,
    issuer_code: Option<String>,
    issuer: Option<(usize, usize)>,
    date: Option<(u16, u8, u8)>,
    shared_date: bool,
    title: Option<(usize, usize)>,
}

impl Raw {
    fn new(kind: DocKind, start: usize, end: usize) -> Self {
        Raw {
            kind,
            start,
            end,
            number: None,
            year: None,
            symbol: None,
            issuer_code: None,
            issuer: None,
            date: None,
            shared_date: false,
            title: None,
        }
    }
}

/// The shape of what follows a number.
#[derive(Debug)]
enum Form {
    /// `1209/QĐ-UBND`, `43/2011/NĐ-CP`, `123/UBND-VX`, `45/2013/QH13`.
    State(Vec<String>),
    /// `05-CT/TU`: type code, then the parts after the slash.
    Party(String, Vec<String>),
    /// `43/2011`.
    Short,
    /// `1209`.
    Bare,
}

#[derive(Debug)]
struct Sym {
    num: (usize, usize),
    year: Option<u16>,
    form: Form,
    end: usize,
}

/// A resolved symbol: canonical text, issuer code, and the kind its type
/// code names (if any).
struct Resolved {
    symbol: String,
    issuer_code: Option<String>,
    code_kind: Option<DocKind>,
}

struct Head {
    raw: Raw,
    header: bool,
    extra: Vec<Raw>,
}

struct Scan<'a> {
    text: &'a str,
    c: Vec<char>,
    lc: Vec<char>,
    off: Vec<usize>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        let mut c = Vec::with_capacity(text.len());
        let mut off = Vec::with_capacity(text.len() + 1);
        for (b, ch) in text.char_indices() {
            c.push(ch);
            off.push(b);
        }
        off.push(text.len());
        let lc = c.iter().map(|&ch| lower(ch)).collect();
        Scan { text, c, lc, off }
    }

    fn ch(&self, i: usize) -> char {
        self.c.get(i).copied().unwrap_or('\0')
    }

    fn lch(&self, i: usize) -> char {
        self.lc.get(i).copied().unwrap_or('\0')
    }

    fn digit(&self, i: usize) -> bool {
        self.ch(i).is_ascii_digit()
    }

    fn at_start(&self, i: usize) -> bool {
        i == 0 || !is_word(self.ch(i - 1))
    }

    fn skip_sp(&self, mut i: usize) -> usize {
        while is_sp(self.ch(i)) {
            i += 1;
        }
        i
    }

    fn word_end(&self, mut i: usize) -> usize {
        while is_word(self.ch(i)) {
            i += 1;
        }
        i
    }

    /// Where `phrase` (lowercase words) ends right before `pos` (spaces
    /// between allowed), if it does: returns its start.
    fn phrase_before(&self, pos: usize, phrase: &str) -> Option<usize> {
        let mut j = pos;
        while j > 0 && is_sp(self.ch(j - 1)) {
            j -= 1;
        }
        let words: Vec<&str> = phrase.split(' ').collect();
        for (n, w) in words.iter().rev().enumerate() {
            if n > 0 {
                let e = j;
                while j > 0 && is_sp(self.ch(j - 1)) {
                    j -= 1;
                }
                if j == e {
                    return None;
                }
            }
            let len = w.chars().count();
            if j < len || self.lc[j - len..j].iter().copied().ne(w.chars()) {
                return None;
            }
            j -= len;
            if j > 0 && is_word(self.ch(j - 1)) {
                return None;
            }
        }
        Some(j)
    }

    /// A date opening the clause that ends at `verb` (`Ngày 5/4/2023, UBND
    /// tỉnh ban hành …`, `…, ngày 05 tháng 7 năm 2019 UBND tỉnh có …`),
    /// with at most 12 words between it and the verb, none of them before
    /// `since` (the end of the previous mention).
    fn clause_date(&self, since: usize, verb: usize) -> Option<(u16, u8, u8)> {
        let mut k = verb;
        let mut words = 0;
        while k > since {
            let c = self.ch(k - 1);
            if matches!(c, '.' | ';' | '\n' | '\r' | '!' | '?' | ':') {
                break;
            }
            if is_word(c) && (k - 1 == 0 || !is_word(self.ch(k - 2))) {
                let w = k - 1;
                if self.match_ci(w, "ngày").is_some() {
                    let opens = match self.prev_word(w) {
                        None => true,
                        Some(p) => ["sáng", "chiều", "tối", "trưa"].contains(&p.as_str()),
                    } || {
                        let mut b = w;
                        while b > 0 && is_sp(self.ch(b - 1)) {
                            b -= 1;
                        }
                        b == 0 || matches!(self.ch(b - 1), ',' | '.' | ';' | '\n' | '(' | ':')
                    };
                    if opens {
                        let (d, e) = self.date(self.skip_sp(self.match_ci(w, "ngày")?))?;
                        return (e <= verb).then_some(d);
                    }
                }
                words += 1;
                if words > 16 {
                    return None;
                }
            }
            k -= 1;
        }
        None
    }

    fn slice(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.off[a]..self.off[b]]
    }

    fn lword(&self, a: usize) -> String {
        self.lc[a..self.word_end(a).max(a)].iter().collect()
    }

    /// Case-insensitive match of `pat` (lowercase, words separated by one
    /// space, which matches any run of spaces) at `i`, ending on a word
    /// boundary. Returns the end.
    fn match_ci(&self, i: usize, pat: &str) -> Option<usize> {
        // Most calls fail on the first letter: say so before the boundary
        // checks, whose Unicode lookups cost more (this runs for every
        // type word at every word start of every article).
        match pat.chars().next() {
            Some(' ') | None => {}
            Some(p) if self.lch(i) != p => return None,
            Some(_) => {}
        }
        if i > 0 && is_word(self.ch(i - 1)) && pat.starts_with(is_word) {
            return None;
        }
        let mut j = i;
        for p in pat.chars() {
            if p == ' ' {
                if !is_sp(self.ch(j)) {
                    return None;
                }
                j = self.skip_sp(j);
            } else {
                if self.lch(j) != p {
                    return None;
                }
                j += 1;
            }
        }
        if pat.ends_with(is_word) && is_word(self.ch(j)) {
            return None;
        }
        Some(j)
    }

    fn match_cs(&self, i: usize, pat: &str) -> Option<usize> {
        let mut j = i;
        for p in pat.chars() {
            if self.ch(j) != p {
                return None;
            }
            j += 1;
        }
        (!is_word(self.ch(j))).then_some(j)
    }

    fn match_any(&self, i: usize, pats: &[&str]) -> Option<usize> {
        pats.iter().find_map(|p| self.match_ci(i, p))
    }

    /// Longest type word at `i`.
    fn keyword(&self, i: usize) -> Option<(usize, DocKind)> {
        keywords_starting(self.lch(i))
            .iter()
            .filter_map(|&(p, k)| self.match_ci(i, p).map(|e| (e, k)))
            .max_by_key(|&(e, _)| e)
    }

    fn abbr_keyword(&self, i: usize) -> Option<(usize, DocKind)> {
        ABBR_KEYWORDS
            .iter()
            .find_map(|&(p, k)| self.match_cs(i, p).map(|e| (e, k)))
    }

    /// `count` digits between `min` and `max`, not followed by a digit.
    fn digits(&self, i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut v: u32 = 0;
        while self.digit(j) && j - i < max {
            v = v * 10 + self.ch(j).to_digit(10).unwrap_or(0);
            j += 1;
        }
        (j - i >= min && !self.digit(j)).then_some((v, j))
    }

    fn year4(&self, i: usize) -> Option<(u16, usize)> {
        if !self.at_start(i) {
            return None;
        }
        let (y, e) = self.digits(i, 4, 4)?;
        ((1900..=2100).contains(&y) && !is_word(self.ch(e))).then_some((y as u16, e))
    }

    // -- dates --------------------------------------------------------------

    fn date(&self, i: usize) -> Option<((u16, u8, u8), usize)> {
        if !self.at_start(i) {
            return None;
        }
        let (d, e1) = self.digits(i, 1, 2)?;
        let s1 = self.skip_sp(e1);
        let sep = |c: char| is_slash(c) || is_dash(c) || c == '.';
        if sep(self.ch(s1)) {
            let (m, e2) = self.digits(self.skip_sp(s1 + 1), 1, 2)?;
            let s2 = self.skip_sp(e2);
            if !sep(self.ch(s2)) {
                return None;
            }
            let (y, e3) = self.digits(self.skip_sp(s2 + 1), 4, 4)?;
            if is_word(self.ch(e3)) {
                return None;
            }
            return valid_date(y, m, d).map(|v| (v, e3));
        }
        let x = self.match_ci(s1, "tháng")?;
        let (m, e2) = self.digits(self.skip_sp(x), 1, 2)?;
        let x = self.match_ci(self.skip_sp(e2), "năm")?;
        let (y, e3) = self.digits(self.skip_sp(x), 4, 4)?;
        if is_word(self.ch(e3)) {
            return None;
        }
        valid_date(y, m, d).map(|v| (v, e3))
    }

    /// A date attached to a mention: `ngày …`, `cùng ngày …`, `(…)`,
    /// `(ngày …)`, `[được] [ký] [ban hành] ngày …`. The flag is true for
    /// `cùng ngày`, which dates the whole preceding list.
    fn dated(&self, j: usize) -> Option<((u16, u8, u8), usize, bool)> {
        if let Some(x) = self.match_ci(j, "ngày") {
            return self.date(self.skip_sp(x)).map(|(d, e)| (d, e, false));
        }
        if let Some(x) = self.match_ci(j, "cùng ngày") {
            return self.date(self.skip_sp(x)).map(|(d, e)| (d, e, true));
        }
        if self.ch(j) == '(' {
            let mut q = self.skip_sp(j + 1);
            if let Some(x) = self.match_ci(q, "ngày") {
                q = self.skip_sp(x);
            }
            let (d, e) = self.date(q)?;
            let r = self.skip_sp(e);
            return (self.ch(r) == ')').then_some((d, r + 1, false));
        }
        let mut q = j;
        let mut any = false;
        for w in ["được", "ký", "ban hành"] {
            if let Some(x) = self.match_ci(q, w) {
                q = self.skip_sp(x);
                any = true;
            }
        }
        if any {
            let x = self.match_ci(q, "ngày")?;
            return self.date(self.skip_sp(x)).map(|(d, e)| (d, e, false));
        }
        None
    }

    /// Header line `Số: 245/QĐ-UBND   Bình Sơn, ngày 10 tháng 3 năm 2022`:
    /// a place name of capitalised words, a comma, then the date.
    fn place_date(&self, j: usize) -> Option<((u16, u8, u8), usize)> {
        let mut k = self.skip_sp(j);
        let mut words = 0;
        while words < 6 && is_word(self.ch(k)) && is_upper(self.ch(k)) {
            k = self.skip_sp(self.word_end(k));
            words += 1;
        }
        if words == 0 || self.ch(k) != ',' {
            return None;
        }
        let x = self.match_ci(self.skip_sp(k + 1), "ngày")?;
        self.date(self.skip_sp(x))
    }

    // -- symbols ------------------------------------------------------------

    /// A code part: letters (ASCII, `Đ`, `Ư`) and digits, starting with a
    /// letter, with at least one capital, ending on a word boundary.
    fn code_part(&self, i: usize) -> Option<(String, usize)> {
        if !self.ch(i).is_alphabetic() || !is_code_char(self.ch(i)) {
            return None;
        }
        let mut j = i;
        while is_code_char(self.ch(j)) {
            j += 1;
        }
        if is_word(self.ch(j)) || j - i > 16 {
            return None;
        }
        let s: String = self.c[i..j].iter().collect();
        s.chars().any(is_upper).then_some((s, j))
    }

    fn parts(&self, i: usize) -> Option<(Vec<String>, usize)> {
        let (first, mut end) = self.code_part(i)?;
        let mut parts = vec![first];
        while parts.len() < 6 {
            let k = self.skip_sp(end);
            if !is_dash(self.ch(k)) {
                break;
            }
            match self.code_part(self.skip_sp(k + 1)) {
                Some((p, e)) => {
                    parts.push(p);
                    end = e;
                }
                None => break,
            }
        }
        Some((parts, end))
    }

    /// A number (1–6 digits, optional letter suffix) and whatever symbol
    /// follows it.
    fn symbol(&self, i: usize) -> Option<Sym> {
        if !self.at_start(i) || !self.digit(i) {
            return None;
        }
        let (_, mut j) = self.digits(i, 1, 6)?;
        if self.ch(j).is_ascii_alphabetic() && !is_word(self.ch(j + 1)) {
            j += 1;
        }
        if is_word(self.ch(j)) {
            return None;
        }
        let num = (i, j);
        let k = self.skip_sp(j);
        if is_slash(self.ch(k)) {
            let m = self.skip_sp(k + 1);
            if let Some((y, m2)) = self.year4(m) {
                let n2 = self.skip_sp(m2);
                if is_slash(self.ch(n2)) {
                    let (parts, end) = self.parts(self.skip_sp(n2 + 1))?;
                    return Some(Sym {
                        num,
                        year: Some(y),
                        form: Form::State(parts),
                        end,
                    });
                }
                if is_dash(self.ch(m2)) && self.digit(m2 + 1) {
                    return None;
                }
                return Some(Sym {
                    num,
                    year: Some(y),
                    form: Form::Short,
                    end: m2,
                });
            }
            let (parts, end) = self.parts(m)?;
            return Some(Sym {
                num,
                year: None,
                form: Form::State(parts),
                end,
            });
        }
        if is_dash(self.ch(k)) {
            let (typ, e) = self.code_part(self.skip_sp(k + 1))?;
            if typ.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            let s = self.skip_sp(e);
            if !is_slash(self.ch(s)) {
                return None;
            }
            let (parts, end) = self.parts(self.skip_sp(s + 1))?;
            return Some(Sym {
                num,
                year: None,
                form: Form::Party(typ, parts),
                end,
            });
        }
        if is_slash(self.ch(j)) || is_dash(self.ch(j)) {
            return None;
        }
        Some(Sym {
            num,
            year: None,
            form: Form::Bare,
            end: j,
        })
    }

    fn resolve(&self, sym: &Sym, context: Option<DocKind>) -> Option<Resolved> {
        let number = self.slice(sym.num.0, sym.num.1);
        match &sym.form {
            Form::State(parts) => {
                let typ = if parts.len() >= 2 {
                    lookup_type(&parts[0], context, false)
                } else {
                    None
                };
                let rest: Vec<String> = parts[usize::from(typ.is_some())..]
                    .iter()
                    .map(|p| canon_issuer_part(p))
                    .collect();
                let issuer_code = match typ {
                    Some(("TTLT" | "NQLT", _)) => Some(rest.join("-")),
                    _ => rest.first().cloned(),
                };
                let mut symbol = format!("{number}/");
                if let Some(y) = sym.year {
                    symbol.push_str(&format!("{y}/"));
                }
                if let Some((c, _)) = typ {
                    symbol.push_str(c);
                    symbol.push('-');
                }
                symbol.push_str(&rest.join("-"));
                Some(Resolved {
                    symbol,
                    issuer_code,
                    code_kind: typ.map(|(_, k)| k),
                })
            }
            Form::Party(typ, parts) => {
                let found = lookup_type(typ, context, true);
                let code = match found {
                    Some((c, _)) => c.to_owned(),
                    None => upper_code(typ),
                };
                let rest: Vec<String> = parts.iter().map(|p| canon_issuer_part(p)).collect();
                Some(Resolved {
                    symbol: format!("{number}-{code}/{}", rest.join("-")),
                    issuer_code: rest.first().cloned(),
                    code_kind: found.map(|(_, k)| k),
                })
            }
            Form::Short | Form::Bare => None,
        }
    }

    fn raw_from_symbol(&self, kind: DocKind, start: usize, sym: &Sym, res: Resolved) -> Raw {
        let mut raw = Raw::new(kind, start, sym.end);
        raw.number = Some(self.slice(sym.num.0, sym.num.1).to_owned());
        raw.year = sym.year;
        raw.symbol = Some(res.symbol);
        raw.issuer_code = res.issuer_code;
        raw
    }

    // -- heads --------------------------------------------------------------

    /// Whether a mention (without its tail) starts at `i`; used to stop
    /// names, issuers and titles before the next mention.
    fn mention_at(&self, i: usize) -> bool {
        self.head(i, 1).is_some()
    }

    /// The part of a mention that identifies the document: type word and
    /// number/symbol, a law's name, or a bare symbol.
    fn head(&self, i: usize, depth: u8) -> Option<Head> {
        if !self.at_start(i) || !is_word(self.ch(i)) {
            return None;
        }
        if let Some((e, kind)) = self.keyword(i) {
            if let Some(h) = self.after_keyword(i, e, kind, false, depth) {
                return Some(h);
            }
        }
        if let Some((e, kind)) = self.abbr_keyword(i) {
            if let Some(h) = self.after_keyword(i, e, kind, true, depth) {
                return Some(h);
            }
        }
        if let Some(e) = self.match_ci(i, "số") {
            if self.ch(e) == ':' {
                let j = self.skip_sp(e + 1);
                if self.digit(j) {
                    return self.standalone(j, true);
                }
            }
        }
        if self.digit(i) {
            return self.standalone(i, false);
        }
        None
    }

    fn standalone(&self, i: usize, header: bool) -> Option<Head> {
        if !header && i > 0 {
            let p = self.ch(i - 1);
            if is_slash(p) || is_dash(p) || matches!(p, '.' | ',' | '_') {
                return None;
            }
        }
        let sym = self.symbol(i)?;
        let res = self.resolve(&sym, None)?;
        let kind = match (&sym.form, res.code_kind) {
            (_, Some(k)) => k,
            (Form::State(_), None) if header && sym.year.is_none() => CongVan,
            _ => return None,
        };
        Some(Head {
            raw: self.raw_from_symbol(kind, i, &sym, res),
            header,
            extra: Vec::new(),
        })
    }

    fn after_keyword(
        &self,
        start: usize,
        kw_end: usize,
        kind: DocKind,
        abbr: bool,
        depth: u8,
    ) -> Option<Head> {
        let cap = is_upper(self.ch(start));
        let mut p = self.skip_sp(kw_end);
        if !abbr && cap && matches!(kind, Luat | BoLuat) {
            if let Some(h) = self.amending(start, p, kind, depth) {
                return Some(h);
            }
        }
        if !abbr {
            if let Some(e) = self.match_any(p, MODIFIERS) {
                p = self.skip_sp(e);
            }
        }
        let mut has_so = false;
        if let Some(e) = self.match_ci(p, "số") {
            let mut q = e;
            if self.ch(q) == ':' {
                q += 1;
            }
            q = self.skip_sp(q);
            if self.digit(q) {
                p = q;
                has_so = true;
            }
        }
        let head = |raw| {
            Some(Head {
                raw,
                header: false,
                extra: Vec::new(),
            })
        };
        if kind == HienPhap && !abbr && cap && !has_so {
            let q = match self.match_ci(p, "năm") {
                Some(e) => self.skip_sp(e),
                None => p,
            };
            let (y, e) = self.year4(q)?;
            let mut raw = Raw::new(kind, start, e);
            raw.year = Some(y);
            return head(raw);
        }
        if self.digit(p) {
            let sym = self.symbol(p)?;
            let number = || self.slice(sym.num.0, sym.num.1).to_owned();
            return match sym.form {
                Form::Short => {
                    if abbr || kind.needs_symbol() {
                        return None;
                    }
                    let mut raw = Raw::new(kind, start, sym.end);
                    raw.number = Some(number());
                    raw.year = sym.year;
                    head(raw)
                }
                Form::Bare => {
                    if abbr || kind.needs_symbol() || !(has_so || cap) {
                        return None;
                    }
                    if !self.bare_follow_ok(sym.end) {
                        return None;
                    }
                    let mut raw = Raw::new(kind, start, sym.end);
                    raw.number = Some(number());
                    head(raw)
                }
                Form::State(_) | Form::Party(..) => {
                    let context = (kind != VanBan).then_some(kind);
                    let res = self.resolve(&sym, context)?;
                    let kind = if kind == VanBan {
                        match (&sym.form, res.code_kind) {
                            (_, Some(k)) => k,
                            (Form::State(_), None) => CongVan,
                            _ => VanBan,
                        }
                    } else {
                        kind
                    };
                    head(self.raw_from_symbol(kind, start, &sym, res))
                }
            };
        }
        if abbr || !cap {
            return None;
        }
        match kind {
            Luat | BoLuat | PhapLenh => self.law_by_name(start, p, kind, depth).map(|raw| Head {
                raw,
                header: false,
                extra: Vec::new(),
            }),
            _ => None,
        }
    }

    /// After a number with no symbol: is this a document number? Accepts
    /// the end of the clause, a date, and the words of [`BARE_FOLLOWERS`].
    fn bare_follow_ok(&self, end: usize) -> bool {
        let j = self.skip_sp(end);
        let c = self.ch(j);
        if c == '\0' || c == '\n' || c == '\r' {
            return true;
        }
        if matches!(c, ',' | '.') {
            return !self.digit(j + 1);
        }
        if matches!(
            c,
            ';' | ':' | ')' | '(' | '"' | '“' | '”' | '\'' | '!' | '?' | '…' | ']'
        ) {
            return true;
        }
        if let Some(x) = self.match_ci(j, "ngày") {
            return self.date(self.skip_sp(x)).is_some();
        }
        self.match_any(j, BARE_FOLLOWERS).is_some()
    }

    // -- laws by name -------------------------------------------------------

    fn prev_word(&self, i: usize) -> Option<String> {
        let mut j = i;
        while j > 0 && is_sp(self.ch(j - 1)) {
            j -= 1;
        }
        let e = j;
        while j > 0 && is_word(self.ch(j - 1)) {
            j -= 1;
        }
        (j < e).then(|| self.lc[j..e].iter().collect())
    }

    fn comma_compound(&self, comma: usize, next: usize) -> bool {
        let Some(prev) = self.prev_word(comma) else {
            return false;
        };
        let next = self.lword(next);
        COMMA_COMPOUNDS.iter().any(|&(a, b)| a == prev && b == next)
    }

    /// The name after `Luật` / `Bộ luật` / `Pháp lệnh`: a capitalised first
    /// word, then words up to a stop word, a number, punctuation (except the
    /// comma of "Phòng, chống") or the next mention.
    fn law_name(&self, p: usize, depth: u8) -> Option<usize> {
        let mut words = 0;
        let mut last_end = p;
        loop {
            let mut ws = if words == 0 {
                p
            } else {
                self.skip_sp(last_end)
            };
            if words > 0 && self.ch(ws) == ',' {
                let n = self.skip_sp(ws + 1);
                if !self.comma_compound(ws, n) {
                    break;
                }
                ws = n;
            }
            let c = self.ch(ws);
            if !is_word(c) || c.is_ascii_digit() {
                break;
            }
            let we = self.word_end(ws);
            if words == 0 {
                if !is_upper(c)
                    || self
                        .match_any(ws, &["số", "năm", "ngày", "này", "đó", "và", "của", "mới"])
                        .is_some()
                {
                    return None;
                }
            } else {
                if !self.title_case(ws) && self.match_any(ws, NAME_STOPS).is_some() {
                    break;
                }
                if self.match_ci(ws, "số").is_some() && self.digit(self.skip_sp(we)) {
                    break;
                }
                if is_upper(c) && depth == 0 && self.mention_at(ws) {
                    break;
                }
                if self.match_ci(ws, "và").is_some() {
                    let n = self.skip_sp(we);
                    if !is_upper(self.ch(n)) || (depth == 0 && self.mention_at(n)) {
                        break;
                    }
                }
            }
            words += 1;
            last_end = we;
            if words >= 14 {
                break;
            }
        }
        (words > 0).then_some(last_end)
    }

    fn law_by_name(&self, start: usize, p: usize, kind: DocKind, depth: u8) -> Option<Raw> {
        if let Some(prev) = self.prev_word(start) {
            if ["học", "khoa", "viện", "trường", "đoàn", "hội", "ngành"].contains(&prev.as_str())
            {
                return None;
            }
        }
        let name_end = self.law_name(p, depth)?;
        let mut raw = Raw::new(kind, start, name_end);
        raw.title = Some((start, name_end));
        self.law_year_and_symbol(&mut raw);
        Some(raw)
    }

    /// `năm 2013` / `2013` and `số 45/2013/QH13` after a law's name.
    fn law_year_and_symbol(&self, raw: &mut Raw) {
        let q = self.skip_sp(raw.end);
        let year = match self.match_ci(q, "năm") {
            Some(e) => self.year4(self.skip_sp(e)),
            None => self.year4(q),
        };
        if let Some((y, e)) = year {
            raw.year = Some(y);
            raw.end = e;
        }
        let q = self.skip_sp(raw.end);
        if let Some(e) = self.match_ci(q, "số") {
            let s = self.skip_sp(e);
            if let Some(sym) = self.symbol(s) {
                if let Some(res) = self.resolve(&sym, Some(raw.kind)) {
                    raw.number = Some(self.slice(sym.num.0, sym.num.1).to_owned());
                    raw.year = sym.year.or(raw.year);
                    raw.symbol = Some(res.symbol);
                    raw.issuer_code = res.issuer_code;
                    raw.end = sym.end;
                }
            }
        }
    }

    /// `Luật sửa đổi, bổ sung một số điều của Luật A và Luật B …`: the
    /// amending law spans the names of the laws it amends, which are
    /// mentions of their own.
    fn amending(&self, start: usize, p: usize, kind: DocKind, depth: u8) -> Option<Head> {
        let mut q = self.match_ci(p, "sửa đổi")?;
        let c = self.skip_sp(q);
        if self.ch(c) == ',' {
            if let Some(e) = self.match_ci(self.skip_sp(c + 1), "bổ sung") {
                q = e;
            }
        } else if let Some(e) = self.match_ci(c, "bổ sung") {
            q = e;
        }
        q = self.skip_sp(q);
        if let Some(e) = self.match_ci(q, "một số điều của") {
            q = self.skip_sp(e);
        } else if let Some(e) = self.match_ci(q, "một số điều") {
            q = self.skip_sp(e);
        }
        if let Some(e) = self.match_ci(q, "các") {
            q = self.skip_sp(e);
        }
        let mut inner = Vec::new();
        while let Some((ke, k)) = self.keyword(q) {
            if !matches!(k, Luat | BoLuat | PhapLenh) || !is_upper(self.ch(q)) {
                break;
            }
            let Some(ne) = self.law_name(self.skip_sp(ke), depth) else {
                break;
            };
            let mut r = Raw::new(k, q, ne);
            r.title = Some((q, ne));
            inner.push(r);
            let after = self.skip_sp(ne);
            q = if let Some(e) = self.match_ci(after, "và") {
                self.skip_sp(e)
            } else if self.ch(after) == ',' {
                self.skip_sp(after + 1)
            } else {
                break;
            };
        }
        let last = inner.last()?.end;
        let mut raw = Raw::new(kind, start, last);
        raw.title = Some((start, last));
        self.law_year_and_symbol(&mut raw);
        Some(Head {
            raw,
            header: false,
            extra: inner,
        })
    }

    // -- tail: date, issuer, title, list -----------------------------------

    /// The issuing body's name at `s`: capitalised words, the lowercase
    /// second syllable of a capitalised word (`Bộ Tài chính`), place words
    /// (`tỉnh`, `huyện`, `nhân dân`, …), `và`/`-` between capitalised words.
    fn issuer(&self, s: usize) -> Option<usize> {
        let mut words = 0;
        let mut end = s;
        let mut prev_cap = false;
        let mut in_place = false;
        loop {
            if words >= 14 {
                break;
            }
            let mut ws = if words == 0 { s } else { self.skip_sp(end) };
            if words > 0 && is_dash(self.ch(ws)) && is_sp(self.ch(ws + 1)) {
                let n = self.skip_sp(ws + 1);
                if !is_upper(self.ch(n)) || self.issuer_stop(n) || self.mention_at(n) {
                    break;
                }
                ws = n;
            }
            let c = self.ch(ws);
            if !is_word(c) || c.is_ascii_digit() || self.issuer_stop(ws) {
                break;
            }
            let cap = is_upper(c);
            if words > 0 && cap && self.mention_at(ws) {
                break;
            }
            let mut we = self.word_end(ws);
            if cap {
                // a capitalised word always continues the name
            } else if words == 0 || in_place {
                break;
            } else if let Some(e) = self.match_any(ws, PLACE_LEVELS) {
                we = e;
                in_place = true;
            } else if self.match_ci(ws, "và").is_some() {
                let n = self.skip_sp(we);
                if !is_upper(self.ch(n)) || self.issuer_stop(n) || self.mention_at(n) {
                    break;
                }
            } else if let Some(e) = self.match_any(ws, ISSUER_FREE) {
                we = e;
            } else if prev_cap
                || (self.prev_word(ws).as_deref() == Some("tịch") && self.lword(ws) == "nước")
            {
                // second syllable of a capitalised word: "Tài chính", "Chủ tịch"
            } else {
                break;
            }
            prev_cap = cap;
            end = we;
            words += 1;
        }
        (words > 0).then_some(end)
    }

    /// A word written in title case ("Giao", "Tổ") is part of a name, never
    /// a stop word; all-caps and lowercase words are checked.
    fn title_case(&self, i: usize) -> bool {
        is_upper(self.ch(i)) && self.c[i..self.word_end(i)].iter().any(|c| c.is_lowercase())
    }

    fn issuer_stop(&self, i: usize) -> bool {
        if self.title_case(i) {
            // "Sở Giao thông vận tải", "Ban Tổ chức", "thị xã Từ Sơn" — but a
            // capitalised "Quy định …" / "Về việc …" still ends the name
            return self.match_any(i, &["giao", "tổ chức"]).is_none()
                && self.match_any(i, TITLE_INTROS).is_some();
        }
        self.match_any(i, ISSUER_STOPS).is_some()
            || self.match_any(i, TITLE_INTROS).is_some()
            || self.match_ci(i, "v/v").is_some()
    }

    fn parse_tail(&self, raw: &mut Raw, header: bool) -> usize {
        let mut e = raw.end;
        for _ in 0..4 {
            let j0 = self.skip_sp(e);
            let j = if self.ch(j0) == ',' {
                self.skip_sp(j0 + 1)
            } else {
                j0
            };
            if raw.date.is_none() {
                if let Some((d, end, shared)) = self.dated(j) {
                    raw.date = Some(d);
                    raw.shared_date = shared;
                    e = end;
                    continue;
                }
                if header {
                    if let Some((d, end)) = self.place_date(j0) {
                        raw.date = Some(d);
                        e = end;
                        continue;
                    }
                }
            }
            if raw.year.is_none() && raw.date.is_none() && raw.symbol.is_some() {
                if let Some(x) = self.match_ci(j0, "năm") {
                    if let Some((y, end)) = self.year4(self.skip_sp(x)) {
                        if !(is_dash(self.ch(end)) && self.digit(end + 1)) {
                            raw.year = Some(y);
                            e = end;
                            continue;
                        }
                    }
                }
            }
            if raw.issuer.is_none() {
                if let Some(x) = self.match_ci(j, "của") {
                    let s = self.skip_sp(x);
                    if let Some(ie) = self.issuer(s) {
                        raw.issuer = Some((s, ie));
                        e = ie;
                        continue;
                    }
                }
                if let Some(x) = self.match_ci(j, "do") {
                    let s = self.skip_sp(x);
                    if let Some(ie) = self.issuer(s) {
                        raw.issuer = Some((s, ie));
                        e = ie;
                        let b = self.skip_sp(ie);
                        if let Some(x2) = self.match_ci(b, "ban hành") {
                            if self.match_ci(self.skip_sp(x2), "ngày").is_none() {
                                e = x2;
                            }
                        }
                        continue;
                    }
                }
            }
            break;
        }
        raw.end = e;
        e
    }

    /// Whether a list item (`[số] <symbol>`) or a new mention starts at `i`.
    fn list_item_at(&self, i: usize) -> bool {
        let mut q = i;
        if let Some(e) = self.match_ci(q, "số") {
            q = self.skip_sp(e);
        }
        if let Some(sym) = self.symbol(q) {
            if matches!(sym.form, Form::State(_) | Form::Party(..)) {
                return true;
            }
        }
        self.mention_at(i)
    }

    /// The trích yếu after `pos`, when an introducer starts there. Returns
    /// where the title stopped (or `pos`).
    fn parse_title(&self, raw: &mut Raw, pos: usize) -> usize {
        if raw.title.is_some() {
            return pos;
        }
        let j = self.skip_sp(pos);
        if self.match_any(j, TITLE_INTROS).is_none() {
            return pos;
        }
        let mut k = j;
        while k < self.c.len() && k - j < 400 {
            let c = self.ch(k);
            match c {
                ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '\n' | '\r' | '!' | '?'
                | '…' | '\t' => break,
                '.' => {
                    if self.digit(k + 1) {
                        k += 1;
                        continue;
                    }
                    break;
                }
                ',' => {
                    let n = self.skip_sp(k + 1);
                    if self.comma_compound(k, n) {
                        k = n;
                        continue;
                    }
                    break;
                }
                _ => {}
            }
            if is_word(c) && self.at_start(k) {
                if let Some(e) = self.match_any(k, &["và", "hoặc"]) {
                    if self.list_item_at(self.skip_sp(e)) {
                        break;
                    }
                }
                k = self.word_end(k);
                continue;
            }
            k += 1;
        }
        let mut e = k;
        while e > j && (is_sp(self.ch(e - 1)) || is_dash(self.ch(e - 1))) {
            e -= 1;
        }
        if e > j {
            raw.title = Some((j, e));
        }
        k
    }

    /// Another item of a list: `, số 11/…`, `và 42/2022/NĐ-CP`,
    /// `đến số 125/…`. A full symbol is required.
    fn continuation(&self, pos: usize, inherited: DocKind) -> Option<Raw> {
        let mut j = self.skip_sp(pos);
        if self.ch(j) == ',' {
            j = self.skip_sp(j + 1);
            if let Some(e) = self.match_any(j, &["và", "hoặc"]) {
                j = self.skip_sp(e);
            }
        } else if let Some(e) = self.match_any(j, &["và", "hoặc", "đến", "tới"]) {
            j = self.skip_sp(e);
        } else {
            return None;
        }
        if let Some(e) = self.match_ci(j, "số") {
            let mut q = e;
            if self.ch(q) == ':' {
                q += 1;
            }
            j = self.skip_sp(q);
        }
        let sym = self.symbol(j)?;
        if !matches!(sym.form, Form::State(_) | Form::Party(..)) {
            return None;
        }
        let context = (inherited != VanBan).then_some(inherited);
        let res = self.resolve(&sym, context)?;
        let kind = res.code_kind.unwrap_or(inherited);
        let kind = if kind == VanBan { CongVan } else { kind };
        Some(self.raw_from_symbol(kind, j, &sym, res))
    }

    fn parse_group(&self, i: usize) -> Option<Vec<Raw>> {
        let Head {
            mut raw,
            header,
            extra,
        } = self.head(i, 0)?;
        let mut pos = self.parse_tail(&mut raw, header);
        pos = self.parse_title(&mut raw, pos);
        let mut kind = raw.kind;
        let mut group = vec![raw];
        group.extend(extra);
        while let Some(mut m) = self.continuation(pos, kind) {
            pos = self.parse_tail(&mut m, false);
            pos = self.parse_title(&mut m, pos);
            kind = m.kind;
            group.push(m);
        }
        Some(group)
    }

    fn finish(&self, r: Raw) -> LegalRef {
        let text = |(a, b): (usize, usize)| self.slice(a, b).trim().to_owned();
        LegalRef {
            kind: r.kind,
            number: r.number,
            year: r.year.or(r.date.map(|d| d.0)),
            symbol: r.symbol,
            issuer_code: r.issuer_code,
            issuer: r.issuer.map(text),
            date: r.date,
            title: r.title.map(text).filter(|t| !t.is_empty()),
            span: self.off[r.start]..self.off[r.end],
        }
    }
}

/// Verbs of issuing that, right before a mention, make a clause-initial
/// date its date of issue.
const ISSUE_VERBS: &[&str] = &["ký ban hành", "ban hành", "phát hành", "ký", "có", "ra"];

/// `Ngày 12/6/2024, UBND tỉnh ban hành Quyết định số 1102/QĐ-UBND và Kế
/// hoạch số 145/KH-UBND …`: a date that opens the clause dates the
/// mentions that are the object of an issuing verb in it (and the list that
/// follows them), when nothing else is cited in between.
fn lead_dates(s: &Scan<'_>, raws: &mut [Raw]) {
    for i in 0..raws.len() {
        if raws[i].date.is_some() {
            continue;
        }
        let Some(verb) = ISSUE_VERBS
            .iter()
            .find_map(|v| s.phrase_before(raws[i].start, v))
        else {
            continue;
        };
        let since = if i > 0 { raws[i - 1].end } else { 0 };
        let Some(date) = s.clause_date(since, verb) else {
            continue;
        };
        raws[i].date = Some(date);
        let mut prev_end = raws[i].end;
        for r in raws[i + 1..].iter_mut() {
            let between: String = s.lc[prev_end.min(r.start)..r.start].iter().collect();
            let only_separators = between
                .split(|c: char| is_sp(c) || c == ',')
                .all(|w| w.is_empty() || w == "và" || w == "cùng");
            if !only_separators || r.date.is_some() {
                break;
            }
            r.date = Some(date);
            prev_end = r.end;
        }
    }
}

/// `Kế hoạch số 88/…, Kế hoạch số 89/… và Kế hoạch số 90/… cùng ngày
/// 12/4/2024`: the date after `cùng ngày` goes to every undated mention of
/// the list before it.
fn share_dates(s: &Scan<'_>, raws: &mut [Raw]) {
    for i in 0..raws.len() {
        if !raws[i].shared_date {
            continue;
        }
        let date = raws[i].date;
        let mut next_start = raws[i].start;
        for j in (0..i).rev() {
            let between: String = s.lc[raws[j].end.min(next_start)..next_start]
                .iter()
                .collect();
            let only_separators = between
                .split(|c: char| is_sp(c) || c == ',')
                .all(|w| w.is_empty() || w == "và" || w == "hoặc");
            if !only_separators || raws[j].date.is_some() {
                break;
            }
            raws[j].date = date;
            next_start = raws[j].start;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast paths of `is_word` and `lower` agree with Unicode
    /// everywhere.
    #[test]
    fn the_fast_paths_agree_with_unicode() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_word(c), c.is_alphanumeric(), "{c:?}");
            let mut l = c.to_lowercase();
            let expect = match (l.next(), l.next()) {
                (Some('ð'), None) => 'đ',
                (Some(x), None) => x,
                _ => c,
            };
            assert_eq!(lower(c), expect, "{c:?}");
        }
    }
}
