//! Tests of `vntext::legal`: one test per recognised format, the negatives,
//! and the evaluation on the annotated corpus `tests/data/legal-refs.tsv`
//! (precision, recall and F1 over kind, number, year, symbol, issuer code
//! and date; issuer and title reported separately).
//!
//! `cargo test -p vntext --test legal -- --nocapture` prints the figures.

use vntext::legal::{find_references, DocKind, LegalRef};

fn one(text: &str) -> LegalRef {
    let refs = find_references(text);
    assert_eq!(
        refs.len(),
        1,
        "expected one reference in {text:?}, got {refs:#?}"
    );
    refs.into_iter().next().unwrap()
}

fn none(text: &str) {
    let refs = find_references(text);
    assert!(
        refs.is_empty(),
        "expected nothing in {text:?}, got {refs:#?}"
    );
}

fn symbols(text: &str) -> Vec<String> {
    find_references(text)
        .into_iter()
        .map(|r| r.symbol.unwrap_or_default())
        .collect()
}

fn spanned<'a>(text: &'a str, r: &LegalRef) -> &'a str {
    &text[r.span.clone()]
}

// ---------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------

#[test]
fn decision_with_number_date_and_issuer() {
    let t = "Theo Quyết định số 1209/QĐ-UBND ngày 17/3/2021 của UBND tỉnh, các xã triển khai.";
    let r = one(t);
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(r.number.as_deref(), Some("1209"));
    assert_eq!(r.symbol.as_deref(), Some("1209/QĐ-UBND"));
    assert_eq!(r.issuer_code.as_deref(), Some("UBND"));
    assert_eq!(r.issuer.as_deref(), Some("UBND tỉnh"));
    assert_eq!(r.date, Some((2021, 3, 17)));
    assert_eq!(r.year, Some(2021));
    assert_eq!(r.title, None);
    assert_eq!(
        spanned(t, &r),
        "Quyết định số 1209/QĐ-UBND ngày 17/3/2021 của UBND tỉnh"
    );
}

#[test]
fn decree_with_textual_date() {
    let t = "Nghị định số 43/2011/NĐ-CP ngày 13 tháng 6 năm 2011 của Chính phủ quy định về cổng thông tin điện tử.";
    let r = one(t);
    assert_eq!(r.kind, DocKind::NghiDinh);
    assert_eq!(r.number.as_deref(), Some("43"));
    assert_eq!(r.year, Some(2011));
    assert_eq!(r.symbol.as_deref(), Some("43/2011/NĐ-CP"));
    assert_eq!(r.issuer_code.as_deref(), Some("CP"));
    assert_eq!(r.date, Some((2011, 6, 13)));
    assert_eq!(r.issuer.as_deref(), Some("Chính phủ"));
    assert_eq!(
        r.title.as_deref(),
        Some("quy định về cổng thông tin điện tử")
    );
}

#[test]
fn circular_without_so() {
    let r = one("Thông tư 20/2014/TT-BTTTT quy định về phần mềm nguồn mở.");
    assert_eq!(r.kind, DocKind::ThongTu);
    assert_eq!(r.year, Some(2014));
    assert_eq!(r.symbol.as_deref(), Some("20/2014/TT-BTTTT"));
    assert_eq!(r.issuer_code.as_deref(), Some("BTTTT"));
}

#[test]
fn official_letter_has_no_type_code() {
    let r = one("Công văn số 123/UBND-VX của UBND huyện đã được gửi.");
    assert_eq!(r.kind, DocKind::CongVan);
    assert_eq!(r.symbol.as_deref(), Some("123/UBND-VX"));
    assert_eq!(r.issuer_code.as_deref(), Some("UBND"));
    assert_eq!(r.year, None);
    // "văn bản" with a công văn symbol is a công văn
    let r = one("Sở có văn bản số 512/STTTT-BCVT ngày 07/3/2024.");
    assert_eq!(r.kind, DocKind::CongVan);
    assert_eq!(r.year, Some(2024));
}

#[test]
fn resolution_of_peoples_council() {
    let r = one("Nghị quyết số 15/2023/NQ-HĐND về chính sách hỗ trợ.");
    assert_eq!(r.kind, DocKind::NghiQuyet);
    assert_eq!(r.symbol.as_deref(), Some("15/2023/NQ-HĐND"));
    assert_eq!(r.issuer_code.as_deref(), Some("HĐND"));
    assert_eq!(r.title.as_deref(), Some("về chính sách hỗ trợ"));
}

#[test]
fn laws_by_name_and_by_number() {
    let t = "Luật Đất đai năm 2013 đã được thay thế.";
    let r = one(t);
    assert_eq!(r.kind, DocKind::Luat);
    assert_eq!(r.year, Some(2013));
    assert_eq!(r.number, None);
    assert_eq!(r.symbol, None);
    assert_eq!(r.title.as_deref(), Some("Luật Đất đai"));
    assert_eq!(spanned(t, &r), "Luật Đất đai năm 2013");

    let r = one("Luật số 45/2013/QH13 hết hiệu lực.");
    assert_eq!(r.kind, DocKind::Luat);
    assert_eq!(r.number.as_deref(), Some("45"));
    assert_eq!(r.symbol.as_deref(), Some("45/2013/QH13"));
    assert_eq!(r.issuer_code.as_deref(), Some("QH13"));

    let r = one("Bộ luật Dân sự số 91/2015/QH13 quy định về hợp đồng.");
    assert_eq!(r.kind, DocKind::BoLuat);
    assert_eq!(r.symbol.as_deref(), Some("91/2015/QH13"));
    assert_eq!(r.title.as_deref(), Some("Bộ luật Dân sự"));

    let r = one("Hiến pháp năm 2013 khẳng định quyền con người.");
    assert_eq!((r.kind, r.year), (DocKind::HienPhap, Some(2013)));

    let refs = find_references(
        "Tuyên truyền Luật Phòng, chống tham nhũng và Luật Cán bộ, công chức, viên chức.",
    );
    let titles: Vec<_> = refs.iter().map(|r| r.title.as_deref().unwrap()).collect();
    assert_eq!(
        titles,
        ["Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức"]
    );
}

#[test]
fn amending_law_contains_the_laws_it_amends() {
    let refs = find_references(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    );
    assert_eq!(refs.len(), 3);
    assert_eq!(refs[0].date, Some((2019, 11, 22)));
    assert!(refs[0]
        .title
        .as_deref()
        .unwrap()
        .starts_with("Luật sửa đổi, bổ sung"));
    assert_eq!(refs[1].title.as_deref(), Some("Luật Tổ chức Chính phủ"));
    assert_eq!(refs[1].date, None);
    assert_eq!(
        refs[2].title.as_deref(),
        Some("Luật Tổ chức chính quyền địa phương")
    );
}

#[test]
fn party_documents_use_a_hyphen() {
    let r = one("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05-CT/TU về chuyển đổi số.");
    assert_eq!(r.kind, DocKind::ChiThi);
    assert_eq!(r.number.as_deref(), Some("05"));
    assert_eq!(r.symbol.as_deref(), Some("05-CT/TU"));
    assert_eq!(r.issuer_code.as_deref(), Some("TU"));

    let r = one("Huyện ủy có Kế hoạch số 123-KH/HU ngày 15/3/2023.");
    assert_eq!(r.kind, DocKind::KeHoach);
    assert_eq!(r.symbol.as_deref(), Some("123-KH/HU"));
    assert_eq!(r.issuer_code.as_deref(), Some("HU"));

    let r = one("Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương.");
    assert_eq!(r.kind, DocKind::QuyDinh);
    assert_eq!(r.issuer.as_deref(), Some("Ban Chấp hành Trung ương"));

    let r = one("Thông tri số 03-TT/TU của Tỉnh ủy.");
    assert_eq!(r.kind, DocKind::ThongTri);
}

#[test]
fn administrative_kinds() {
    let cases = [
        (
            "Kế hoạch số 56/KH-UBND",
            DocKind::KeHoach,
            "56/KH-UBND",
            "UBND",
        ),
        (
            "Báo cáo số 210/BC-SNV",
            DocKind::BaoCao,
            "210/BC-SNV",
            "SNV",
        ),
        (
            "Thông báo số 12/TB-VPUB",
            DocKind::ThongBao,
            "12/TB-VPUB",
            "VPUB",
        ),
        (
            "Hướng dẫn số 03/HD-SGDĐT",
            DocKind::HuongDan,
            "03/HD-SGDĐT",
            "SGDĐT",
        ),
        (
            "Tờ trình số 7/TTr-UBND",
            DocKind::ToTrinh,
            "7/TTr-UBND",
            "UBND",
        ),
        (
            "Chương trình số 03/CTr-UBND",
            DocKind::ChuongTrinh,
            "03/CTr-UBND",
            "UBND",
        ),
        ("Đề án số 02/ĐA-UBND", DocKind::DeAn, "02/ĐA-UBND", "UBND"),
        (
            "Quy chế số 01/QC-UBND",
            DocKind::QuyChe,
            "01/QC-UBND",
            "UBND",
        ),
        (
            "Quy định số 04/QyĐ-SNV",
            DocKind::QuyDinh,
            "04/QyĐ-SNV",
            "SNV",
        ),
        (
            "Công điện số 08/CĐ-UBND",
            DocKind::CongDien,
            "08/CĐ-UBND",
            "UBND",
        ),
        (
            "Giấy mời số 215/GM-UBND",
            DocKind::GiayMoi,
            "215/GM-UBND",
            "UBND",
        ),
        (
            "Phương án số 14/PA-UBND",
            DocKind::PhuongAn,
            "14/PA-UBND",
            "UBND",
        ),
        ("Biên bản số 02/BB-HĐ", DocKind::BienBan, "02/BB-HĐ", "HĐ"),
        (
            "Hợp đồng số 12/HĐ-TTCNTT",
            DocKind::HopDong,
            "12/HĐ-TTCNTT",
            "TTCNTT",
        ),
        (
            "Thông cáo báo chí số 03/TC-UBND",
            DocKind::ThongCao,
            "03/TC-UBND",
            "UBND",
        ),
        (
            "Văn bản hợp nhất số 01/VBHN-BTTTT",
            DocKind::VanBanHopNhat,
            "01/VBHN-BTTTT",
            "BTTTT",
        ),
        (
            "Lệnh số 05/2024/L-CTN",
            DocKind::Lenh,
            "05/2024/L-CTN",
            "CTN",
        ),
        (
            "Pháp lệnh số 02/2022/UBTVQH15",
            DocKind::PhapLenh,
            "02/2022/UBTVQH15",
            "UBTVQH15",
        ),
        (
            "Thông tư liên tịch số 03/2013/TTLT-BNV-BTC",
            DocKind::ThongTuLienTich,
            "03/2013/TTLT-BNV-BTC",
            "BNV-BTC",
        ),
        ("Kết luận số 14-KL/TW", DocKind::KetLuan, "14-KL/TW", "TW"),
    ];
    for (text, kind, symbol, code) in cases {
        let sentence = format!("Đơn vị thực hiện {text} trong tháng.");
        let r = one(&sentence);
        assert_eq!(r.kind, kind, "{text}");
        assert_eq!(r.symbol.as_deref(), Some(symbol), "{text}");
        assert_eq!(r.issuer_code.as_deref(), Some(code), "{text}");
    }
}

#[test]
fn bare_number_without_symbol() {
    let r = one("Sau khi Quyết định 1209 có hiệu lực, các phòng gửi tin bài.");
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(r.number.as_deref(), Some("1209"));
    assert_eq!(r.symbol, None);
    let r = one("Kế hoạch số 56 của UBND huyện đã được đăng.");
    assert_eq!(r.issuer.as_deref(), Some("UBND huyện"));
    let r = one("Quyết định số 1209 ngày 17/3/2021 được đăng tải.");
    assert_eq!((r.year, r.date), (Some(2021), Some((2021, 3, 17))));
    let r = one("Đề án 06 đã giúp người dân.");
    assert_eq!((r.kind, r.number.as_deref()), (DocKind::DeAn, Some("06")));
    // the "43/2011" shorthand
    let refs =
        find_references("Theo Nghị định 43/2011 (nay là Nghị định 42/2022), cổng có hỏi đáp.");
    assert_eq!(refs.len(), 2);
    assert_eq!(
        (refs[0].number.as_deref(), refs[0].year),
        (Some("43"), Some(2011))
    );
    assert_eq!(
        (refs[1].number.as_deref(), refs[1].year),
        (Some("42"), Some(2022))
    );
    assert!(refs.iter().all(|r| r.symbol.is_none()));
}

#[test]
fn lists_and_ranges() {
    let t = "Thực hiện Quyết định số 10/2020/QĐ-UBND và số 11/2020/QĐ-UBND của UBND tỉnh.";
    let refs = find_references(t);
    assert_eq!(refs.len(), 2);
    assert!(refs.iter().all(|r| r.kind == DocKind::QuyetDinh));
    assert_eq!(refs[1].symbol.as_deref(), Some("11/2020/QĐ-UBND"));
    assert_eq!(spanned(t, &refs[1]), "11/2020/QĐ-UBND của UBND tỉnh");

    assert_eq!(
        symbols("Các Quyết định số 101/QĐ-UBND, số 102/QĐ-UBND và số 103/QĐ-UBND đã đăng."),
        ["101/QĐ-UBND", "102/QĐ-UBND", "103/QĐ-UBND"]
    );
    assert_eq!(
        symbols("Các Quyết định từ số 120/QĐ-UBND đến số 125/QĐ-UBND đã công khai."),
        ["120/QĐ-UBND", "125/QĐ-UBND"]
    );
    assert_eq!(
        symbols("Căn cứ các Nghị định: 43/2011/NĐ-CP, 42/2022/NĐ-CP và 47/2020/NĐ-CP."),
        ["43/2011/NĐ-CP", "42/2022/NĐ-CP", "47/2020/NĐ-CP"]
    );
    // "cùng ngày" dates the whole list
    let refs = find_references(
        "Kế hoạch số 56/KH-UBND, Công văn số 77/UBND-KT và Giấy mời số 12/GM-UBND cùng ngày 5/4/2024 đã được gửi.",
    );
    assert_eq!(refs.len(), 3);
    assert!(refs.iter().all(|r| r.date == Some((2024, 4, 5))));
    assert_eq!(refs[1].kind, DocKind::CongVan);
}

#[test]
fn amended_by() {
    let refs = find_references(
        "Mức phạt theo Nghị định số 100/2019/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 123/2021/NĐ-CP.",
    );
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[0].symbol.as_deref(), Some("100/2019/NĐ-CP"));
    assert_eq!(refs[1].symbol.as_deref(), Some("123/2021/NĐ-CP"));
    let refs = find_references(
        "Nghị định số 123/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 100/2019/NĐ-CP về giao thông.",
    );
    assert_eq!(refs.len(), 2);
    assert_eq!(
        refs[0].title.as_deref(),
        Some("sửa đổi, bổ sung một số điều của Nghị định số 100/2019/NĐ-CP về giao thông")
    );
}

#[test]
fn all_caps_headings() {
    let t = "QUYẾT ĐỊNH SỐ 1209/QĐ-UBND NGÀY 17/3/2021 CỦA UBND TỈNH VỀ VIỆC BAN HÀNH QUY CHẾ";
    let r = one(t);
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(r.symbol.as_deref(), Some("1209/QĐ-UBND"));
    assert_eq!(r.date, Some((2021, 3, 17)));
    assert_eq!(r.issuer.as_deref(), Some("UBND TỈNH"));
    assert_eq!(r.title.as_deref(), Some("VỀ VIỆC BAN HÀNH QUY CHẾ"));

    let r = one("LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2015");
    assert_eq!((r.kind, r.year), (DocKind::Luat, Some(2015)));
    let r = one("Số: 245/QĐ-UBND      Bình Sơn, ngày 10 tháng 3 năm 2022");
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(r.date, Some((2022, 3, 10)));
}

#[test]
fn d_typed_for_dj() {
    assert_eq!(symbols("Quyết định số 326/QD-UBND."), ["326/QĐ-UBND"]);
    assert_eq!(symbols("Nghị định 13/2023/ND-CP."), ["13/2023/NĐ-CP"]);
    assert_eq!(
        symbols("Nghị quyết số 27/2022/NQ-HDND."),
        ["27/2022/NQ-HĐND"]
    );
    assert_eq!(symbols("Hướng dẫn số 07/HD-SGDDT."), ["07/HD-SGDĐT"]);
    assert_eq!(symbols("Đề án số 05/DA-UBND."), ["05/ĐA-UBND"]);
    assert_eq!(symbols("Công điện số 11/CD-TTg."), ["11/CĐ-TTg"]);
    assert_eq!(symbols("Kế hoạch số 15/KH-BCD."), ["15/KH-BCĐ"]);
    // Icelandic eth typed for Đ
    assert_eq!(symbols("Quyết định 2048/QÐ-UBND."), ["2048/QĐ-UBND"]);
    // without a type word, D is only restored where unambiguous
    let r = one("(xem 12/QD-UBND)");
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(
        DocKind::from_symbol_code("HD", false),
        Some(DocKind::HuongDan)
    );
    assert_eq!(DocKind::from_symbol_code("DA", false), Some(DocKind::DuAn));
    assert_eq!(DocKind::from_symbol_code("ĐA", false), Some(DocKind::DeAn));
    assert_eq!(
        DocKind::from_symbol_code("QD", false),
        Some(DocKind::QuyetDinh)
    );
    assert_eq!(
        DocKind::from_symbol_code("TT", true),
        Some(DocKind::ThongTri)
    );
    assert_eq!(
        DocKind::from_symbol_code("TTR", false),
        Some(DocKind::ToTrinh)
    );
}

#[test]
fn dash_variants_and_spaces() {
    assert_eq!(symbols("Quyết định số 77/QĐ–STTTT."), ["77/QĐ-STTTT"]);
    assert_eq!(symbols("Chỉ thị 05 – CT/TU."), ["05-CT/TU"]);
    assert_eq!(symbols("Chỉ thị 05—CT/TU."), ["05-CT/TU"]);
    assert_eq!(symbols("Quyết định số 58 / QĐ - UBND."), ["58/QĐ-UBND"]);
    assert_eq!(
        symbols("Thông tư số 01 / 2011 / TT - BNV."),
        ["01/2011/TT-BNV"]
    );
    assert_eq!(
        symbols("Nghị định số 85/2016/NĐ\u{a0}-\u{a0}CP."),
        ["85/2016/NĐ-CP"]
    );
}

#[test]
fn abbreviated_type_words() {
    let r = one("QĐ số 315/QĐ-UBND đã giao chỉ tiêu.");
    assert_eq!(r.kind, DocKind::QuyetDinh);
    assert_eq!(r.span.start, 0);
    let r = one("CV số 87/SNV-CCVC của Sở Nội vụ.");
    assert_eq!(r.kind, DocKind::CongVan);
    assert_eq!(r.issuer.as_deref(), Some("Sở Nội vụ"));
    none("CT, các PCT UBND huyện nhận báo cáo.");
}

#[test]
fn dates() {
    let date = |t: &str| one(t).date;
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND ngày 17-3-2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND ngày 17.3.2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND ngày 17 / 03 / 2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND (17/3/2021)."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND, ngày 17/3/2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND được ban hành ngày 17/3/2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND do UBND xã ban hành ngày 17/3/2021."),
        Some((2021, 3, 17))
    );
    assert_eq!(
        date("Quyết định số 1/QĐ-UBND ngày 29/2/2024."),
        Some((2024, 2, 29))
    );
    // impossible dates are dropped, not guessed
    assert_eq!(date("Quyết định số 1/QĐ-UBND ngày 31/2/2021."), None);
    assert_eq!(date("Quyết định số 1/QĐ-UBND ngày 29/2/2023."), None);
    assert_eq!(date("Quyết định số 1/QĐ-UBND ngày 12/13/2021."), None);
    let r = one("Quyết định số 1/QĐ-UBND ngày 31/2/2021.");
    assert_eq!(r.year, None);
}

#[test]
fn issuers() {
    let issuer = |t: &str| one(t).issuer;
    assert_eq!(
        issuer("Thông tư số 04/2020/TT-BTTTT của Bộ Thông tin và Truyền thông.").as_deref(),
        Some("Bộ Thông tin và Truyền thông")
    );
    assert_eq!(
        issuer("Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án.").as_deref(),
        Some("Thủ tướng Chính phủ")
    );
    assert_eq!(
        issuer(
            "Quyết định số 4567/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi về việc giao biên chế."
        )
        .as_deref(),
        Some("Ủy ban nhân dân tỉnh Quảng Ngãi")
    );
    assert_eq!(
        issuer("Thông tư số 15/2024/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội hướng dẫn an toàn.").as_deref(),
        Some("Bộ Lao động - Thương binh và Xã hội")
    );
    assert_eq!(
        issuer("Công văn số 9/SGTVT-QLCL của Sở Giao thông vận tải đã nêu rõ.").as_deref(),
        Some("Sở Giao thông vận tải")
    );
    assert_eq!(
        issuer("Lệnh số 05/2024/L-CTN của Chủ tịch nước công bố luật.").as_deref(),
        Some("Chủ tịch nước")
    );
}

#[test]
fn mentions_inside_a_title_are_found() {
    let refs = find_references(
        "Thông tư số 03/2021/TT-BNV sửa đổi Thông tư số 11/2018/TT-BNV về hồ sơ cán bộ.",
    );
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[1].symbol.as_deref(), Some("11/2018/TT-BNV"));
    // a title stops before "và" + the next mention
    let refs = find_references(
        "Quyết định số 152/QĐ-UBND thành lập tổ công tác và kế hoạch số 25/KH-UBND triển khai thực hiện.",
    );
    assert_eq!(refs[0].title.as_deref(), Some("thành lập tổ công tác"));
    assert_eq!(refs[1].kind, DocKind::KeHoach);
}

#[test]
fn date_written_before_the_mention() {
    let refs = find_references(
        "Ngày 12/6/2024, UBND tỉnh ban hành Quyết định số 1102/QĐ-UBND và Kế hoạch số 145/KH-UBND nhằm cụ thể hóa Nghị quyết số 57-NQ/TW.",
    );
    let dates: Vec<_> = refs.iter().map(|r| r.date).collect();
    assert_eq!(dates, [Some((2024, 6, 12)), Some((2024, 6, 12)), None]);
    assert_eq!(refs[0].year, Some(2024));
    let r =
        one("Ngày 09 tháng 02 năm 2023, UBND huyện đã có văn bản số 31/BC-UBND về kết quả thu ngân sách.");
    assert_eq!((r.kind, r.date), (DocKind::BaoCao, Some((2023, 2, 9))));
    // only the object of an issuing verb, and not across another mention
    let refs = find_references(
        "Ngày 10/5/2024, Sở Nội vụ có Tờ trình số 44/TTr-SNV đề nghị UBND tỉnh ban hành Quyết định số 55/QĐ-UBND.",
    );
    assert_eq!(refs[0].date, Some((2024, 5, 10)));
    assert_eq!(refs[1].date, None);
    let r = one("Ngày 5/4/2024, UBND tỉnh họp bàn triển khai Quyết định số 12/QĐ-UBND.");
    assert_eq!(r.date, None);
    // a date inside the sentence that does not open a clause is not used
    let r = one("Đoàn kiểm tra ngày 5/4/2024 đề nghị xã ban hành Quyết định số 12/QĐ-UBND.");
    assert_eq!(r.date, None);
}

#[test]
fn year_after_a_symbol_without_one() {
    let r = one("Bộ đã có Quyết định 1145/QĐ-BTTTT năm 2020 phê duyệt khung kiến trúc.");
    assert_eq!(r.year, Some(2020));
    assert_eq!(r.title.as_deref(), Some("phê duyệt khung kiến trúc"));
    // a range is not a year of issue
    let r = one("Kế hoạch số 5/KH-UBND năm 2021-2025 đã được duyệt.");
    assert_eq!(r.year, None);
}

#[test]
fn issuer_place_names_and_agency_words() {
    let issuer = |t: &str| one(t).issuer;
    assert_eq!(
        issuer("Nghị quyết số 05/NQ-ĐU của Đảng ủy xã Tịnh Hà nhiệm kỳ 2020-2025.").as_deref(),
        Some("Đảng ủy xã Tịnh Hà")
    );
    assert_eq!(
        issuer("Hướng dẫn số 12-HD/BTCTU của Ban Tổ chức Tỉnh ủy về đánh giá cán bộ.").as_deref(),
        Some("Ban Tổ chức Tỉnh ủy")
    );
    assert_eq!(
        issuer(
            "Nghị định số 64/2007/NĐ-CP của Chính phủ Quy định về ứng dụng công nghệ thông tin."
        )
        .as_deref(),
        Some("Chính phủ")
    );
    assert_eq!(
        issuer("Quyết định số 7/QĐ-UBND của UBND thị xã Từ Sơn về việc giao đất.").as_deref(),
        Some("UBND thị xã Từ Sơn")
    );
}

// ---------------------------------------------------------------------------
// Negatives
// ---------------------------------------------------------------------------

#[test]
fn lookalikes_are_not_mentions() {
    for t in [
        "Ngày 17/3/2021, Ban Biên tập họp rà soát chuyên mục.",
        "Ngày 12-3-2024, đoàn công tác làm việc tại xã.",
        "Liên hệ số điện thoại 0255.3822.456 hoặc 0912 345 678.",
        "Trụ sở đặt tại số 5 đường Lê Lợi, thành phố Quảng Ngãi.",
        "Đơn vị đạt 3/4 tiêu chí, hoàn thành 7/8 chỉ tiêu.",
        "Trận đấu kết thúc với tỷ số 2-1.",
        "Luật sư Nguyễn Văn Hùng tư vấn miễn phí.",
        "Đoàn Luật sư tỉnh tập huấn cho 30 luật sư tập sự.",
        "Sinh viên Trường Đại học Luật Hà Nội về thực tập.",
        "Quyết định đúng đắn này đã mang lại hiệu quả.",
        "UBND xã đã thông báo cho người dân về lịch tiêm chủng.",
        "Phòng Văn hóa đã thông báo 3 lần trên loa truyền thanh.",
        "Kế hoạch 5 năm 2021-2025 tập trung phát triển hạ tầng.",
        "Bộ phận một cửa đã báo cáo số liệu với lãnh đạo huyện.",
        "Luật quy định 3 nhóm đối tượng được miễn học phí.",
        "UBND tỉnh quyết định 3 vấn đề lớn tại phiên họp.",
        "Huyện ban hành 12 quyết định, 3 kế hoạch và 20 công văn.",
        "Cán bộ cần nắm vững pháp luật Việt Nam về đất đai.",
        "Căn hộ số 12/3A đường Nguyễn Du đã được cấp giấy.",
        "Phiên bản 2.0 sẽ ra mắt vào tháng 7/2024.",
        "Dự thảo có dòng Số: /QĐ-UBND để trống chờ cấp số.",
        "Biển số xe 76A-123.45 đã được đăng ký.",
        "Hồ sơ số 2024/0815 đã được tiếp nhận.",
        "Nghị định thư giữa hai nước được ký năm 2019.",
        "Kế hoạch số hóa hồ sơ địa chính sẽ hoàn thành.",
        "Quyết định 2 năm một lần tổ chức hội thi là phù hợp.",
        "Thông báo số lượng chỉ tiêu tuyển sinh năm 2024.",
        "Hướng dẫn viên du lịch được tập huấn kỹ năng số.",
        "QUYẾT ĐỊNH Về việc ban hành quy chế làm việc",
        "",
        "số",
        "Quyết định số",
        "12/",
    ] {
        none(t);
    }
}

#[test]
fn never_panics_and_spans_are_char_boundaries() {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/legal-refs.tsv"
    ))
    .unwrap();
    for line in corpus.lines().filter(|l| !l.starts_with('#')) {
        let Some(sentence) = line.split('\t').nth(1) else {
            continue;
        };
        // every prefix, cut at a char boundary
        for (cut, _) in sentence.char_indices().step_by(3) {
            let t = &sentence[..cut];
            for r in find_references(t) {
                assert!(r.span.start < r.span.end && r.span.end <= t.len());
                assert!(t.is_char_boundary(r.span.start) && t.is_char_boundary(r.span.end));
            }
        }
    }
    // decomposed input does not panic (it is simply not recognised)
    let _ =
        find_references("Quye\u{302}\u{301}t \u{111}i\u{323}nh so\u{302}\u{301} 12/Q\u{110}-UBND");
    let _ = find_references("số:\u{0}/\u{0}-\u{0}");
    let _ = find_references(&"Quyết định số 1/QĐ-UBND, ".repeat(500));
}

#[test]
fn kind_names_and_abbreviations() {
    assert_eq!(DocKind::QuyetDinh.name(), "Quyết định");
    assert_eq!(DocKind::QuyetDinh.abbr(), Some("QĐ"));
    assert_eq!(DocKind::NghiDinh.abbr(), Some("NĐ"));
    assert_eq!(DocKind::CongVan.abbr(), Some("CV"));
    assert_eq!(DocKind::Luat.abbr(), None);
    assert_eq!(DocKind::ThongTuLienTich.to_string(), "Thông tư liên tịch");
    for &k in DocKind::ALL {
        assert!(!k.name().is_empty());
        if let Some(a) = k.abbr() {
            assert!(k.symbol_codes().contains(&a), "{k:?}");
        }
    }
}

// ---------------------------------------------------------------------------
// Corpus evaluation
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct Expected {
    kind: String,
    number: Option<String>,
    year: Option<u16>,
    symbol: Option<String>,
    issuer_code: Option<String>,
    date: Option<(u16, u8, u8)>,
    issuer: Option<String>,
    title: Option<String>,
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

fn parse_expected(field: &str) -> Vec<Expected> {
    if field == "-" {
        return Vec::new();
    }
    field
        .split(" || ")
        .map(|r| {
            let f: Vec<&str> = r.split('|').collect();
            assert_eq!(f.len(), 8, "bad record {r:?}");
            Expected {
                kind: f[0].to_owned(),
                number: opt(f[1]),
                year: opt(f[2]).map(|y| y.parse().unwrap()),
                symbol: opt(f[3]),
                issuer_code: opt(f[4]),
                date: opt(f[5]).map(|d| {
                    let p: Vec<&str> = d.split('-').collect();
                    (
                        p[0].parse().unwrap(),
                        p[1].parse().unwrap(),
                        p[2].parse().unwrap(),
                    )
                }),
                issuer: opt(f[6]),
                title: opt(f[7]),
            }
        })
        .collect()
}

fn as_expected(r: &LegalRef) -> Expected {
    Expected {
        kind: format!("{:?}", r.kind),
        number: r.number.clone(),
        year: r.year,
        symbol: r.symbol.clone(),
        issuer_code: r.issuer_code.clone(),
        date: r.date,
        issuer: r.issuer.clone(),
        title: r.title.clone(),
    }
}

/// The scored fields.
fn key(e: &Expected) -> impl PartialEq + std::fmt::Debug + '_ {
    (
        &e.kind,
        &e.number,
        e.year,
        &e.symbol,
        &e.issuer_code,
        e.date,
    )
}

/// Counts for one part of the corpus.
#[derive(Default)]
struct Score {
    sentences: usize,
    negatives: usize,
    negatives_clean: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    issuer_ok: usize,
    title_ok: usize,
}

impl Score {
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        (p, r, 2.0 * p * r / (p + r).max(f64::EPSILON))
    }

    fn print(&self, name: &str) {
        let (p, r, f1) = self.prf();
        println!(
            "{name}: {} sentences ({} negative), {} annotated mentions",
            self.sentences,
            self.negatives,
            self.tp + self.fn_
        );
        println!("  TP {}  FP {}  FN {}", self.tp, self.fp, self.fn_);
        println!("  precision {p:.4}  recall {r:.4}  F1 {f1:.4}");
        println!(
            "  negative sentences with no reference found: {}/{}",
            self.negatives_clean, self.negatives
        );
        println!(
            "  on correct mentions: issuer {}/{} ({:.1}%), title {}/{} ({:.1}%)",
            self.issuer_ok,
            self.tp,
            100.0 * self.issuer_ok as f64 / self.tp.max(1) as f64,
            self.title_ok,
            self.tp,
            100.0 * self.title_ok as f64 / self.tp.max(1) as f64
        );
    }
}

#[test]
fn corpus_precision_recall_f1() {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/legal-refs.tsv"
    ))
    .unwrap();
    // [whole corpus, development part (a–k, j), held-out part (x)]
    let mut scores: [Score; 3] = Default::default();
    let mut errors = Vec::new();
    let mut detail_errors = Vec::new();
    for line in corpus.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad line {line:?}");
        let (id, sentence) = (cols[0], cols[1]);
        let part = if id.starts_with('x') { 2 } else { 1 };
        let expected = parse_expected(cols[2]);
        let found: Vec<Expected> = find_references(sentence).iter().map(as_expected).collect();
        let mut s = Score {
            sentences: 1,
            ..Score::default()
        };
        if expected.is_empty() {
            s.negatives = 1;
            s.negatives_clean = usize::from(found.is_empty());
        }
        let mut used = vec![false; found.len()];
        for e in &expected {
            let hit = (0..found.len()).find(|&i| !used[i] && key(&found[i]) == key(e));
            match hit {
                Some(i) => {
                    used[i] = true;
                    s.tp += 1;
                    if found[i].issuer == e.issuer {
                        s.issuer_ok += 1;
                    } else {
                        detail_errors.push(format!(
                            "{id} issuer: expected {:?}, found {:?}",
                            e.issuer, found[i].issuer
                        ));
                    }
                    if found[i].title == e.title {
                        s.title_ok += 1;
                    } else {
                        detail_errors.push(format!(
                            "{id} title: expected {:?}, found {:?}",
                            e.title, found[i].title
                        ));
                    }
                }
                None => {
                    s.fn_ += 1;
                    errors.push(format!("{id} missed: {:?}", key(e)));
                }
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                s.fp += 1;
                errors.push(format!("{id} spurious: {:?}", key(f)));
            }
        }
        for k in [0, part] {
            let t = &mut scores[k];
            t.sentences += s.sentences;
            t.negatives += s.negatives;
            t.negatives_clean += s.negatives_clean;
            t.tp += s.tp;
            t.fp += s.fp;
            t.fn_ += s.fn_;
            t.issuer_ok += s.issuer_ok;
            t.title_ok += s.title_ok;
        }
    }
    scores[0].print("legal-refs corpus, all");
    scores[1].print("development part (ids a–k)");
    scores[2].print("held-out part (ids x)");
    for e in errors.iter().chain(&detail_errors) {
        println!("  {e}");
    }
    let all = &scores[0];
    assert!(
        all.sentences >= 150 && all.tp + all.fn_ >= 200 && all.negatives >= 40,
        "corpus too small"
    );
    let (_, _, f1) = all.prf();
    assert!(f1 >= 0.98, "F1 {f1:.4} below 0.98");
}
