//! A target that cannot be used, and the target's password: every command
//! that opens a target says what is wrong and what to do, names the server
//! (host and port) and never shows the password, not in its output, its
//! errors, the audit log (JSONL mirror and table) or the run records.
//!
//! The server tests use PostgreSQL and MySQL/MariaDB when
//! `PORTMIG_TEST_PG_URL` / `PORTMIG_TEST_MYSQL_URL` name them (skipped,
//! saying so, when unset). PostgreSQL's test server trusts local users:
//! it accepts any password, so a run with one in the URL works there.

mod common;
#[path = "../crates/load/tests/support/mod.rs"]
mod support;

use common::*;
use std::path::Path;
use std::process::{Command, Output};
use support::{query_blocking, ScratchDb, Server};

/// The password the tests put in URLs (not a word of the sample's, nor of
/// a checkout's path).
const PW: &str = "Secret-42x";

/// `portmig ARGS` in `dir`, with `env` set and `PORTMIG_TARGET` unset
/// unless `env` sets it.
fn portmig_env(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_portmig"));
    cmd.args(args).current_dir(dir).env_remove("PORTMIG_TARGET");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the portmig binary runs")
}

/// `url` with `user:password` as its user part (`password` written as
/// given: the caller encodes it).
fn as_user(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    match password {
        "" => format!("{scheme}://{user}@{host}"),
        p => format!("{scheme}://{user}:{p}@{host}"),
    }
}

/// `host:port` of a server URL, with the dialect's default port.
fn host_port(url: &str, default_port: u16) -> String {
    let rest = url.split_once("://").unwrap().1;
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let host = host.split(['/', '?']).next().unwrap();
    match host.contains(':') {
        true => host.to_string(),
        false => format!("{host}:{default_port}"),
    }
}

/// The user of a server URL.
fn user_of(url: &str) -> String {
    let rest = url.split_once("://").unwrap().1;
    let info = rest.rsplit_once('@').map_or("", |(u, _)| u);
    info.split(':').next().unwrap().to_string()
}

/// The sample's arguments for `portmig run`.
fn sample_args() -> Vec<String> {
    vec![
        "run".into(),
        "--source".into(),
        sample("portal.sql").display().to_string(),
        "--mapping".into(),
        sample("mapping.toml").display().to_string(),
    ]
}

fn args_of<'a>(base: &'a [String], more: &[&'a str]) -> Vec<&'a str> {
    base.iter()
        .map(String::as_str)
        .chain(more.iter().copied())
        .collect()
}

/// Every file under `dir`, as text.
fn files_text(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            out.push_str(&String::from_utf8_lossy(&std::fs::read(&p).unwrap()));
        }
    }
    out
}

fn assert_nowhere(haystack: &str, needles: &[&str], what: &str) {
    for n in needles {
        assert!(
            !haystack.contains(n),
            "{what} shows the password ({n}):\n{haystack}"
        );
    }
}

/// A password in the target URL, and then one from a file with the
/// target in `PORTMIG_TARGET`: in no output, error, JSONL line, run record
/// or audit event of a run, a re-run, an audit report or an export.
#[test]
fn the_password_appears_nowhere() {
    let Some(db) = ScratchDb::create(Server::Postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let user = match user_of(&db.url) {
        u if u.is_empty() => "postgres".to_string(),
        u => u,
    };
    let url = as_user(&db.url, &user, PW);
    let base = sample_args();
    let mut shown = String::new();
    for more in [vec!["--target", &url], vec!["--target", &url, "--json"]] {
        let o = portmig_env(&args_of(&base, &more), dir.path(), &[]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        shown += &(stdout(&o) + &stderr(&o));
    }
    // What a run says names the target, password hidden.
    assert!(shown.contains(&format!("{user}:***@")), "{shown}");
    for cmd in [
        vec!["audit", "misplaced", "--target", &url, "--format", "json"],
        vec!["export", "redirects", "--format", "csv", "--target", &url],
    ] {
        let o = portmig_env(&cmd, dir.path(), &[]);
        assert_eq!(o.status.code(), Some(0), "{cmd:?}: {}", stderr(&o));
        shown += &(stdout(&o) + &stderr(&o));
    }

    // The same server through the environment, the password from a file.
    let pw_file = dir.path().join("mật-khẩu.txt");
    let password = "Mật khẩu: bí mật Ưng Đà Lạt";
    std::fs::write(&pw_file, format!("{password}\n")).unwrap();
    let env_url = as_user(&db.url, &user, "");
    let pw_arg = pw_file.to_str().unwrap();
    for cmd in [
        args_of(&base, &["--target-password-file", pw_arg]),
        vec!["audit", "misplaced", "--target-password-file", pw_arg],
        vec![
            "export",
            "redirects",
            "--format",
            "nginx",
            "--target-password-file",
            pw_arg,
        ],
    ] {
        let o = portmig_env(&cmd, dir.path(), &[("PORTMIG_TARGET", &env_url)]);
        assert_eq!(o.status.code(), Some(0), "{cmd:?}: {}", stderr(&o));
        shown += &(stdout(&o) + &stderr(&o));
    }
    std::fs::remove_file(&pw_file).unwrap();

    let secrets = [PW, "bí mật", "b%C3%AD%20m%E1%BA%ADt", "Mật khẩu"];
    assert_nowhere(&shown, &secrets, "the output");
    let mirror = files_text(dir.path());
    assert!(
        mirror.contains("RUN_STARTED"),
        "no JSONL mirror in the folder"
    );
    assert_nowhere(&mirror, &secrets, "the JSONL mirror");
    for table in ["runs", "audit_events"] {
        let rows = query_blocking(&db.url, &format!("SELECT * FROM {table}"));
        assert!(rows.len() >= 3, "{table}: {rows:?}");
        let text = rows.concat().join("\n");
        assert_nowhere(&text, &secrets, table);
    }
}

/// Nothing listens on port 1: each command that opens a target says it
/// cannot reach the server, names host and port, says what to check.
#[test]
fn an_unreachable_server_is_named_with_what_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample_args();
    for url in [
        format!("postgres://cổng:{PW}@127.0.0.1:1/portal"),
        format!("mysql://cổng:{PW}@127.0.0.1:1/portal"),
    ] {
        for cmd in [
            args_of(&base, &["--target", &url]),
            args_of(&base, &["--target", &url, "--dry-run"]),
            vec!["audit", "coverage", "--target", &url],
            vec!["export", "redirects", "--format", "csv", "--target", &url],
        ] {
            let o = portmig_env(&cmd, dir.path(), &[]);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{cmd:?}: {err}");
            assert!(
                err.contains("cannot reach the database server at 127.0.0.1:1: "),
                "{err}"
            );
            for hint in ["the server is running", "firewall", "the target URL"] {
                assert!(err.contains(hint), "no `{hint}` in: {err}");
            }
            assert_nowhere(&(err + &stdout(&o)), &[PW], "the error");
        }
    }
    // Nothing is left behind: no empty audit-log mirror for a target that
    // was never reached.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// A server that accepts the connection and then says nothing (a
/// half-open firewall, a hung server): the wait ends after
/// `PORTMIG_CONNECT_TIMEOUT` with the server named, not after the
/// system's TCP timeout.
#[test]
fn a_server_that_never_answers_is_given_up_on_in_time() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accepts and holds every connection, answering nothing.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let base = sample_args();
    for url in [
        format!("postgres://cổng:{PW}@127.0.0.1:{port}/portal"),
        format!("mysql://cổng:{PW}@127.0.0.1:{port}/portal"),
    ] {
        let cmd = args_of(&base, &["--target", &url]);
        let o = portmig_env(&cmd, dir.path(), &[("PORTMIG_CONNECT_TIMEOUT", "1")]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(
            err.contains(&format!(
                "cannot reach the database server at 127.0.0.1:{port}: no answer within 1 s"
            )),
            "{err}"
        );
        assert_nowhere(&(err + &stdout(&o)), &[PW], "the error");
    }
}

/// MariaDB's root with a wrong password (from a file): authentication
/// failed, for whom and where, and neither the password nor its encoding.
#[test]
fn wrong_credentials_say_who_and_where() {
    let Some(admin) = Server::MySql.admin_url() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pw_file = dir.path().join("sai.txt");
    std::fs::write(&pw_file, "Sai-Mật-Khẩu-Rồi\r\n").unwrap();
    let user = match user_of(&admin) {
        u if u.is_empty() => "root".to_string(),
        u => u,
    };
    let url = as_user(&admin, &user, "");
    let o = portmig_env(
        &args_of(
            &sample_args(),
            &[
                "--target",
                &url,
                "--target-password-file",
                pw_file.to_str().unwrap(),
            ],
        ),
        dir.path(),
        &[],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    let at = host_port(&admin, 3306);
    assert!(
        err.contains(&format!(
            "authentication failed for user `{user}` on {at}: "
        )),
        "{err}"
    );
    assert!(err.contains("--target-password-file"), "{err}");
    assert_nowhere(
        &(err + &stdout(&o)),
        &["Sai-Mật", "Sai-M%E1", "Rồi", "R%E1%BB%93i"],
        "the error",
    );
}

/// A database that does not exist: said, with the command that creates it.
#[test]
fn a_missing_database_says_how_to_create_it() {
    let dir = tempfile::tempdir().unwrap();
    for (server, port, create) in [
        (Server::Postgres, 5432, "createdb -h "),
        (
            Server::MySql,
            3306,
            "CREATE DATABASE portmig_test_absent CHARACTER SET utf8mb4",
        ),
    ] {
        let Some(admin) = server.admin_url() else {
            continue;
        };
        let url = support::with_database(&admin, "portmig_test_absent");
        let o = portmig_env(
            &args_of(&sample_args(), &["--target", &url]),
            dir.path(),
            &[],
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        let at = host_port(&admin, port);
        assert!(
            err.contains(&format!(
                "database `portmig_test_absent` does not exist on {at}; create it first"
            )),
            "{err}"
        );
        assert!(err.contains(create), "{server:?}: {err}");
    }
}

/// The newest migration this binary embeds for SQLite, from the files.
fn newest_known_migration() -> i64 {
    std::fs::read_dir(root().join("crates/load/migrations/sqlite"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.split('_').next()?.parse::<i64>().ok()
        })
        .max()
        .unwrap()
}

/// A target whose schema a newer portmig wrote (a migration this binary
/// does not know): run, dry run and audit refuse it, naming both newest
/// versions, before writing anything.
#[test]
fn a_schema_from_a_newer_portmig_is_refused_before_any_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cổng-mới.db");
    let url = format!("sqlite://{}", db.display());
    let o = portmig_env(
        &args_of(&sample_args(), &["--target", &url]),
        dir.path(),
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let future = 20_990_101_000_000_i64;
    {
        use sqlx::Connection;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
            sqlx::query(
                "INSERT INTO _sqlx_migrations \
                 (version, description, success, checksum, execution_time) \
                 VALUES (?, 'cột mới của bản sau', 1, x'00', 0)",
            )
            .bind(future)
            .execute(&mut c)
            .await
            .unwrap();
            c.close().await.unwrap();
        });
    }
    let snapshot = || {
        (
            canonical(&db),
            query(&db, "SELECT * FROM runs ORDER BY id"),
            query(&db, "SELECT seq, hash FROM audit_events ORDER BY seq"),
            query(
                &db,
                "SELECT version, checksum FROM _sqlx_migrations ORDER BY version",
            ),
            std::fs::read(dir.path().join("cổng-mới.audit.jsonl")).unwrap(),
        )
    };
    let before = snapshot();
    let known = newest_known_migration();
    for cmd in [
        args_of(&sample_args(), &["--target", &url]),
        args_of(&sample_args(), &["--target", &url, "--dry-run"]),
        vec!["audit", "coverage", "--target", &url],
    ] {
        let o = portmig_env(&cmd, dir.path(), &[]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{cmd:?}: {err}");
        assert!(
            err.contains(&format!(
                "the target's newest migration is {future}, this portmig's newest is {known}"
            )),
            "{err}"
        );
        assert!(err.contains("upgrade portmig"), "{err}");
    }
    assert!(
        before == snapshot(),
        "the refused commands wrote to the target"
    );
}

/// `--target` beats `$PORTMIG_TARGET`, which beats the project file's
/// `target`; a note says when the environment overrides the file.
#[test]
fn the_environment_overrides_the_project_file_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample("portal.sql"), dir.path().join("portal.sql")).unwrap();
    std::fs::copy(sample("mapping.toml"), dir.path().join("mapping.toml")).unwrap();
    std::fs::copy(sample("taxonomy.toml"), dir.path().join("taxonomy.toml")).unwrap();
    std::fs::write(
        dir.path().join("portmig.toml"),
        "sources = [\"portal.sql\"]\nmapping = \"mapping.toml\"\n\
         target = \"sqlite://tệp-dự-án.db\"\n",
    )
    .unwrap();
    let env = dir.path().join("môi-trường.db");
    let env_url = format!("sqlite://{}", env.display());
    let o = portmig_env(&["run"], dir.path(), &[("PORTMIG_TARGET", &env_url)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(env.exists());
    assert!(!dir.path().join("tệp-dự-án.db").exists());
    assert!(
        stderr(&o).contains("the target is $PORTMIG_TARGET"),
        "{}",
        stderr(&o)
    );

    let flag = dir.path().join("cờ.db");
    let o = portmig_env(
        &["run", "--target", &format!("sqlite://{}", flag.display())],
        dir.path(),
        &[("PORTMIG_TARGET", &env_url)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(flag.exists());
    assert!(!stderr(&o).contains("$PORTMIG_TARGET"), "{}", stderr(&o));

    // A password written into the project file is pointed out (a SQLite
    // URL cannot have one: the connection fails before any use of it).
    std::fs::write(
        dir.path().join("portmig.toml"),
        format!(
            "sources = [\"portal.sql\"]\nmapping = \"mapping.toml\"\n\
             target = \"postgres://cổng:{PW}@127.0.0.1:1/portal\"\n"
        ),
    )
    .unwrap();
    let o = portmig_env(&["run"], dir.path(), &[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("the project file's target holds a password"),
        "{err}"
    );
    assert_nowhere(&(err + &stdout(&o)), &[PW], "the error");
}
