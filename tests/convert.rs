//! `portmig convert`, checked against glibc `iconv` where it knows the
//! charset.

mod common;
use common::*;
use std::io::Write;
use std::process::{Command, Stdio};

const TEXT: &str = "Ủy ban nhân dân tỉnh Sơn La ban hành Quyết định số 1209/QĐ-UBND\n\
Trường Tiểu học Hòa Bình khai giảng năm học mới; ĐOÀN KẾT, đổi mới, sáng tạo\n";

fn pipe(cmd: &mut Command, input: &[u8]) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The command may exit before reading its input (a bad argument): a
    // broken pipe here is not the test's concern, the exit status is.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

fn iconv(to: &str, input: &[u8]) -> Option<Vec<u8>> {
    let o = Command::new("iconv")
        .args(["-f", "UTF-8", "-t", to])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let Ok(mut child) = o else {
        if std::env::var_os("CI").is_some() {
            panic!("iconv is missing");
        }
        eprintln!("skipped: no iconv");
        return None;
    };
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    Some(out.stdout)
}

fn portmig_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    pipe(
        Command::new(env!("CARGO_BIN_EXE_portmig"))
            .arg("convert")
            .args(args),
        input,
    )
}

#[test]
fn legacy_bytes_from_iconv_come_back_as_the_same_text() {
    for (label, iconv_name) in [("viscii", "VISCII"), ("cp1258", "CP1258")] {
        let Some(bytes) = iconv(iconv_name, TEXT.as_bytes()) else {
            return;
        };
        let o = portmig_stdin(&["--from", label], &bytes);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o), TEXT, "{label}");
        // And back: our encoder writes what iconv writes.
        let o = portmig_stdin(&["--to", label], TEXT.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let again = portmig_stdin(&["--from", label], &o.stdout);
        assert_eq!(stdout(&again), TEXT, "{label} round trip");
    }
}

#[test]
fn per_line_json_names_the_charset_of_each_line() {
    let mut input = "Quyết định số 12\n".as_bytes().to_vec();
    input.extend(
        vnenc::mojibake(
            "Thông báo tuyển dụng",
            vnenc::Charset::Utf8ViaCp1252 { layers: 1 },
        )
        .unwrap(),
    );
    input.extend(b"\nplain ascii\n");
    let o = portmig_stdin(&["--per-line", "--json"], &input);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["charset"], "utf-8");
    assert_eq!(lines[1]["charset"], "utf-8+cp1252");
    assert_eq!(lines[1]["text"], "Thông báo tuyển dụng");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["charset"], "ascii");
}

#[test]
fn an_unknown_charset_lists_the_valid_ones() {
    let o = portmig_stdin(&["--from", "KOI8-R"], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("KOI8-R") && stderr(&o).contains("tcvn3"),
        "{}",
        stderr(&o)
    );
}

fn legacy(cs: vnenc::legacy::Legacy) -> vnenc::Charset {
    vnenc::Charset::Legacy {
        charset: cs,
        layers: 0,
    }
}

#[test]
fn auto_detects_each_legacy_charset_of_a_whole_file() {
    use vnenc::legacy::Legacy;
    // Lowercase-safe text: TCVN3 has no toned capitals of its own.
    let text = "Chương trình hành động của tỉnh về chuyển đổi số\n\
                nông dân thu hoạch lúa xuân, mọi người đều vui\n";
    for cs in Legacy::ALL {
        let bytes = vnenc::encode(text, legacy(cs)).unwrap();
        let o = portmig_stdin(&[], &bytes);
        assert!(o.status.success(), "{cs:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), text, "{cs:?}");
        assert!(stderr(&o).contains(cs.label()), "{}", stderr(&o));
    }
    let viqr = vnenc::encode(text, vnenc::Charset::Viqr).unwrap();
    let o = portmig_stdin(&["--from", "auto"], &viqr);
    assert_eq!(stdout(&o), text);
    let utf16 = vnenc::encode(text, vnenc::Charset::Utf16Le).unwrap();
    let o = portmig_stdin(&["--from", "utf-16"], &utf16);
    assert_eq!(stdout(&o), text);
}

#[test]
fn per_line_json_reports_mixed_legacy_lines() {
    use vnenc::legacy::Legacy;
    let mut input = Vec::new();
    let lines = [
        ("Hội nghị tổng kết công tác năm", legacy(Legacy::Tcvn3)),
        ("Sở Y tế kiểm tra tiến độ tiêm chủng", legacy(Legacy::Vni)),
        (
            "Thông báo khai giảng năm học mới",
            vnenc::Charset::Utf8ViaCp1258,
        ),
    ];
    for (t, cs) in lines {
        input.extend(vnenc::encode(t, cs).unwrap());
        input.push(b'\n');
    }
    let o = portmig_stdin(&["--per-line", "--json"], &input);
    assert!(o.status.success(), "{}", stderr(&o));
    let got: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (i, (t, cs)) in lines.iter().enumerate() {
        assert_eq!(got[i]["text"], *t);
        assert_eq!(got[i]["charset"], cs.name());
        assert!(got[i]["confidence"].as_f64().unwrap() > 0.5, "{}", got[i]);
    }
}

#[test]
fn invalid_input_names_the_line_unless_lossy() {
    // Line 3 holds a VNI mark byte with no letter before it.
    let input = b"Vie\xe4t Nam\nHa\xf8 No\xe4i\n \xe4 lo\xe3i\n";
    let o = portmig_stdin(&["--from", "vni"], input);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 3, byte 2"), "{}", stderr(&o));
    let o = portmig_stdin(&["--from", "vni", "--lossy"], input);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "Việt Nam\nHà Nội\n \u{FFFD} lỗi\n");

    // Per line with detection: the bad line is reported, the others are
    // converted, exit code 1.
    let input = b"Vi\xd6t Nam\nabc\xff\xfe\x81\x90\x9d\nok\n";
    let o = portmig_stdin(&["--per-line"], input);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "Việt Nam\nok\n");
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    let o = portmig_stdin(&["--per-line", "--lossy"], input);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 3);

    // Characters the output charset cannot write.
    let o = portmig_stdin(&["--to", "viscii"], "Việt Nam – 中文\n".as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--lossy"), "{}", stderr(&o));
    let o = portmig_stdin(&["--to", "viscii", "--lossy"], "Việt 中\n".as_bytes());
    assert_eq!(o.stdout, b"Vi\xaet ?\n");
}
