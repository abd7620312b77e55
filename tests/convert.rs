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
    child.stdin.take().unwrap().write_all(input).unwrap();
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
        stderr(&o).contains("koi8-r") && stderr(&o).contains("tcvn3"),
        "{}",
        stderr(&o)
    );
}
