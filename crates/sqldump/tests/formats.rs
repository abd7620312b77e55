//! Dump layouts, statements, values, positions and errors. Every case goes through
//! `common::parse`, which also checks that chunking does not change anything.

mod common;

use common::{n, parse, parse_opts, s, V};
use sqldump::{BackslashEscapes, ErrorKind, Options, Position, RawRow, Reader};

fn cols(c: &[&str]) -> Vec<String> {
    c.iter().map(|c| c.to_string()).collect()
}

const MYSQLDUMP_HEADER: &str = "/*M!999999\\- enable the sandbox mode */ \n\
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)\n\
--\n\
-- Host: localhost    Database: portal\n\
-- ------------------------------------------------------\n\
\n\
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n\
/*!40101 SET NAMES utf8mb4 */;\n\
/*!40103 SET TIME_ZONE='+00:00' */;\n\
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n\
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n\
\n";

#[test]
fn mariadb_dump_layout_one_row_per_line() {
    let dump = format!(
        "{MYSQLDUMP_HEADER}\
--\n-- Table structure for table `vn_news_cat`\n--\n\n\
DROP TABLE IF EXISTS `vn_news_cat`;\n\
/*!40101 SET @saved_cs_client     = @@character_set_client */;\n\
CREATE TABLE `vn_news_cat` (\n\
  `catid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,\n\
  `title` varchar(250) NOT NULL DEFAULT '',\n\
  `alias` varchar(250) NOT NULL DEFAULT '',\n\
  PRIMARY KEY (`catid`),\n\
  UNIQUE KEY `alias` (`alias`)\n\
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;\n\
/*!40101 SET character_set_client = @saved_cs_client */;\n\
\n\
LOCK TABLES `vn_news_cat` WRITE;\n\
/*!40000 ALTER TABLE `vn_news_cat` DISABLE KEYS */;\n\
INSERT INTO `vn_news_cat` VALUES\n\
(1,'Tin tức','Tin-tuc'),\n\
(2,'Quyết định số 12/QĐ-UBND','Quyet-dinh');\n\
/*!40000 ALTER TABLE `vn_news_cat` ENABLE KEYS */;\n\
UNLOCK TABLES;\n\
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n\
-- Dump completed on 2024-01-01\n"
    );
    let out = parse(dump.as_bytes()).ok();
    assert_eq!(out.set_names.as_deref(), Some("utf8mb4"));
    assert_eq!(
        out.tables,
        vec![(
            "vn_news_cat".to_string(),
            cols(&["catid", "title", "alias"])
        )]
    );
    assert_eq!(
        out.values(),
        vec![
            vec![n("1"), s("Tin tức"), s("Tin-tuc")],
            vec![n("2"), s("Quyết định số 12/QĐ-UBND"), s("Quyet-dinh")],
        ]
    );
    // Positions: the `(` of each row.
    let first = dump.find("(1,'Tin").unwrap();
    let line = dump[..first].matches('\n').count() as u64 + 1;
    assert_eq!(out.rows[0].pos.byte, first as u64);
    assert_eq!(out.rows[0].pos.line, line);
    assert_eq!(out.rows[1].pos.line, line + 1);
    assert_eq!(out.rows[0].pos.statement, out.rows[1].pos.statement);
    assert_eq!(out.end.byte, dump.len() as u64);
    assert_eq!(out.end.line, dump.matches('\n').count() as u64 + 1);
}

#[test]
fn statement_index_counts_statements() {
    let dump = b"SET NAMES utf8;\nDROP TABLE IF EXISTS t;\n;;\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2),(3);\n";
    let out = parse(dump).ok();
    let st: Vec<u64> = out.rows.iter().map(|r| r.pos.statement).collect();
    assert_eq!(st, [2, 3, 3]);
    assert_eq!(out.end.statement, 4);
    assert_eq!(out.set_names.as_deref(), Some("utf8"));
}

#[test]
fn oracle_mysqldump_one_line_insert() {
    let mut dump = String::from(
        "/*!40101 SET NAMES latin1 */;\nCREATE TABLE `t` (`id` int, `v` text);\nINSERT INTO `t` VALUES ",
    );
    for i in 0..1000 {
        if i > 0 {
            dump.push(',');
        }
        dump.push_str(&format!("({i},'row {i}, with (parens) and \\'quotes\\'')"));
    }
    dump.push_str(";\n");
    let out = parse(dump.as_bytes()).ok();
    assert_eq!(out.set_names.as_deref(), Some("latin1"));
    assert_eq!(out.rows.len(), 1000);
    assert_eq!(
        out.rows[999].values,
        vec![n("999"), s("row 999, with (parens) and 'quotes'")]
    );
    assert!(out.rows.iter().all(|r| r.pos.line == 3));
    let p = dump.find("(999,").unwrap() as u64;
    assert_eq!(out.rows[999].pos.byte, p);
}

#[test]
fn skip_extended_insert_and_insert_variants() {
    let dump = b"CREATE TABLE t (a int, b varchar(10));\n\
INSERT INTO t VALUES (1,'x');\n\
INSERT IGNORE INTO t VALUES (2,'y');\n\
REPLACE INTO `t` VALUES (3,'z');\n\
INSERT LOW_PRIORITY IGNORE t VALUES(4,'w');\n\
INSERT INTO t VALUE (5,'v') ON DUPLICATE KEY UPDATE b=VALUES(b), a=(a+1);\n\
INSERT INTO t (b,a) VALUES ('u',6),('t',7) ON DUPLICATE KEY UPDATE b='(,;)';\n\
INSERT INTO t SELECT * FROM u;\n\
INSERT INTO t SET a=1, b='s';\n\
insert into db1.t values (8,'r');\n";
    let out = parse(dump).ok();
    assert_eq!(
        out.values(),
        vec![
            vec![n("1"), s("x")],
            vec![n("2"), s("y")],
            vec![n("3"), s("z")],
            vec![n("4"), s("w")],
            vec![n("5"), s("v")],
            vec![s("u"), n("6")],
            vec![s("t"), n("7")],
            vec![n("8"), s("r")],
        ]
    );
    assert!(out.rows.iter().all(|r| r.table == "t"));
    // The column list of an INSERT is in force for its rows only.
    assert_eq!(out.rows[4].columns, cols(&["a", "b"]));
    assert_eq!(out.rows[5].columns, cols(&["b", "a"]));
    assert_eq!(out.rows[7].columns, cols(&["a", "b"]));
    assert_eq!(out.tables, vec![("t".to_string(), cols(&["a", "b"]))]);
}

#[test]
fn get_by_name_uses_the_insert_column_list() {
    let dump = b"CREATE TABLE t (`id` int, `title` text);\n\
INSERT INTO t (`title`, `id`) VALUES ('Tin t\xe1\xbb\xa9c', 1);\n\
INSERT INTO t VALUES (2, 'b');\n";
    let mut rdr = Reader::new(&dump[..]);
    let mut row = RawRow::new();
    assert!(rdr.read_row(&mut row).unwrap());
    assert_eq!(
        row.get_by_name("title").unwrap().as_bytes(),
        Some("Tin tức".as_bytes())
    );
    assert_eq!(row.get_by_name("ID").unwrap().as_bytes(), Some(&b"1"[..]));
    assert_eq!(row.get_by_name("nope"), None);
    assert!(rdr.read_row(&mut row).unwrap());
    assert_eq!(
        row.get_by_name("title").unwrap().as_bytes(),
        Some(&b"b"[..])
    );
    assert_eq!(row.len(), 2);
    assert!(!row.is_empty());
    assert_eq!(row.get(2), None);
    assert!(!rdr.read_row(&mut row).unwrap());
}

#[test]
fn phpmyadmin_layout() {
    let dump = b"-- phpMyAdmin SQL Dump\r\n-- version 4.9.5\r\n\r\n\
SET SQL_MODE = \"NO_AUTO_VALUE_ON_ZERO\";\r\nSET AUTOCOMMIT = 0;\r\nSTART TRANSACTION;\r\n\
SET time_zone = \"+00:00\";\r\n\r\n\
/*!40101 SET NAMES utf8mb4 */;\r\n\r\n\
CREATE TABLE IF NOT EXISTS `nv3_vi_news_rows` (\r\n\
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,\r\n\
  `title` varchar(255) NOT NULL DEFAULT '',\r\n\
  PRIMARY KEY (`id`)\r\n\
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;\r\n\r\n\
INSERT INTO `nv3_vi_news_rows` (`id`, `title`) VALUES\r\n\
(1, 'M\xe1\xbb\x99t'),\r\n\
(2, 'Hai');\r\n\
INSERT INTO `nv3_vi_news_rows` (`id`, `title`) VALUES\r\n\
(3, 'Ba');\r\n\
COMMIT;\r\n";
    let out = parse(dump).ok();
    assert_eq!(out.rows.len(), 3);
    assert_eq!(out.rows[0].values, vec![n("1"), s("Một")]);
    assert_eq!(out.rows[2].values, vec![n("3"), s("Ba")]);
    // CRLF counts as one line end.
    assert_eq!(out.rows[0].pos.line, 18);
    assert_eq!(out.rows[1].pos.line, 19);
    assert_eq!(out.rows[2].pos.line, 21);
    assert_eq!(out.set_names.as_deref(), Some("utf8mb4"));
}

#[test]
fn nukeviet_admin_backup_layout() {
    // One INSERT per table, rows joined by ", " + CRLF, addslashes escaping, raw
    // newlines inside strings.
    let dump = b"DROP TABLE IF EXISTS `nv3_vi_news_bodytext`;\r\n\
CREATE TABLE `nv3_vi_news_bodytext` (\r\n  `id` int(11) unsigned NOT NULL,\r\n  `bodytext` mediumtext NOT NULL,\r\n  PRIMARY KEY (`id`)\r\n) ENGINE=MyISAM;\r\n\r\n\
INSERT INTO `nv3_vi_news_bodytext` VALUES \r\n\
(1, 'D\xc3\xb2ng 1\r\nD\xc3\xb2ng 2 c\xc3\xb3 \\'nh\xc3\xa1y\\' v\xc3\xa0 \\\"k\xc3\xa9p\\\"'), \r\n\
(2, 'legacy \xb8\xe3 bytes\n\\\\ end');\r\n";
    let out = parse(dump).ok();
    assert_eq!(
        out.values(),
        vec![
            vec![n("1"), s("Dòng 1\r\nDòng 2 có 'nháy' và \"kép\"")],
            vec![n("2"), s(b"legacy \xb8\xe3 bytes\n\\ end")],
        ]
    );
    assert_eq!(out.rows[0].pos.line, 9);
    assert_eq!(out.rows[1].pos.line, 11);
    assert_eq!(
        out.tables,
        vec![(
            "nv3_vi_news_bodytext".to_string(),
            cols(&["id", "bodytext"])
        )]
    );
}

#[test]
fn comments() {
    let dump = b"-- a comment; INSERT INTO t VALUES (0);\n\
#another; INSERT INTO t VALUES (0);\n\
/* block; INSERT INTO t VALUES (0); */\n\
--\n\
SET @a=1--1;\n\
INSERT /* c */ INTO t -- c\n VALUES # c\n (1 /* c */, -- c\n 2)/**/,(3,4);\n\
/*!40000 ALTER TABLE `t` DISABLE KEYS */;\n\
/*!50503 INSERT INTO t VALUES (5,6) */;\n\
/*!*/;\n\
--";
    let out = parse(dump).ok();
    assert_eq!(
        out.values(),
        vec![
            vec![n("1"), n("2")],
            vec![n("3"), n("4")],
            vec![n("5"), n("6")]
        ]
    );
}

#[test]
fn conditional_comment_body_is_sql() {
    // Strings inside the body may hold `*/`; the close is the first one outside quotes.
    let dump =
        b"/*!40101 SET NAMES 'cp1258' */;\n/*!50003 SET @x='*/' */;\nINSERT INTO t VALUES (1);\n";
    let out = parse(dump).ok();
    assert_eq!(out.set_names.as_deref(), Some("cp1258"));
    assert_eq!(out.values(), vec![vec![n("1")]]);
}

#[test]
fn create_table_columns() {
    let dump = b"CREATE TABLE IF NOT EXISTS `portal`.`nv4_vi_log` (\n\
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'Kh\xc3\xb3a lo\xe1\xba\xa1i log, t\xc3\xb9y v\xc3\xa0o l\xe1\xba\xadp tr\xc3\xacnh',\n\
  `kind` enum('a','b,c','d)') NOT NULL DEFAULT 'a',\n\
  `note` varchar(20) DEFAULT '(,)' COMMENT \"it's \\\")\",\n\
  `we``ird \xb8\xe3` decimal(10,2) DEFAULT NULL,\n\
  bare_col int CHECK (bare_col > 0),\n\
  PRIMARY KEY (`id`),\n\
  UNIQUE KEY `k1` (`kind`,`note`),\n\
  KEY `k2` (`note`(10)),\n\
  INDEX i3 (bare_col),\n\
  FULLTEXT KEY `ft` (`note`),\n\
  CONSTRAINT `fk` FOREIGN KEY (`id`) REFERENCES `other` (`id`) ON DELETE CASCADE,\n\
  CHECK (`id` > 0)\n\
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='B\xe1\xba\xa3ng (log);';\n\
CREATE TABLE `empty_table` (`x` int);\n\
CREATE TABLE copy LIKE `nv4_vi_log`;\n\
CREATE TEMPORARY TABLE tmp (y int);\n\
CREATE DATABASE IF NOT EXISTS `portal` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;\n\
CREATE OR REPLACE VIEW v AS SELECT 1;\n";
    let out = parse(dump).ok();
    let log_cols = cols(&["id", "kind", "note", "we`ird \u{FFFD}\u{FFFD}", "bare_col"]);
    assert_eq!(
        out.tables,
        vec![
            ("nv4_vi_log".to_string(), log_cols.clone()),
            ("empty_table".to_string(), cols(&["x"])),
            ("copy".to_string(), log_cols),
            ("tmp".to_string(), cols(&["y"])),
        ]
    );
    assert!(out.rows.is_empty());
}

#[test]
fn tables_in_order_of_first_appearance() {
    let dump = b"INSERT INTO a (x) VALUES (1);\n\
CREATE TABLE b (y int);\n\
INSERT INTO c VALUES (1);\n\
CREATE TABLE a (x int, z int);\n\
INSERT INTO a VALUES (2,3);\n";
    let out = parse(dump).ok();
    assert_eq!(
        out.tables,
        vec![
            ("a".to_string(), cols(&["x", "z"])),
            ("b".to_string(), cols(&["y"])),
            ("c".to_string(), vec![]),
        ]
    );
    assert_eq!(out.rows[0].columns, cols(&["x"]));
    assert_eq!(out.rows[1].columns, Vec::<String>::new());
    assert_eq!(out.rows[2].columns, cols(&["x", "z"]));
}

#[test]
fn values() {
    let dump = b"INSERT INTO t VALUES (NULL,null,NuLl,-12,3.5,1e10,+1,.5,-1.5E-3,0,TRUE,false),\n\
('a\\0b\\'c\\\"d\\be\\nf\\rg\\th\\Zi\\\\j\\%k\\_l\\qm\\\\'),\n\
('it''s', \"say \"\"hi\"\"\", \"it's\", 'say \"hi\"', '', \"\"),\n\
(0x4142, 0X00ff, 0x123, X'4142', x'', b'0101', B'100000001', 0b11),\n\
(_binary 'a\\0b', _utf8mb4'Tin t\xe1\xbb\xa9c', _latin1 0x41, _binary X'42', N'national'),\n\
('\xb8\xe3\x00\xff\x80', 'Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh s\xe1\xbb\x91 12/Q\xc4\x90-UBND'),\n\
(),\n\
( 1 , 'spaced' ) ;\n";
    let out = parse(dump).ok();
    let v = out.values();
    assert_eq!(
        v[0],
        vec![
            V::Null,
            V::Null,
            V::Null,
            n("-12"),
            n("3.5"),
            n("1e10"),
            n("+1"),
            n(".5"),
            n("-1.5E-3"),
            n("0"),
            n("1"),
            n("0")
        ]
    );
    assert_eq!(
        v[1],
        vec![s(b"a\x00b'c\"d\x08e\nf\rg\th\x1ai\\j\\%k\\_lqm\\")]
    );
    assert_eq!(
        v[2],
        vec![
            s("it's"),
            s("say \"hi\""),
            s("it's"),
            s("say \"hi\""),
            s(""),
            s("")
        ]
    );
    assert_eq!(
        v[3],
        vec![
            s("AB"),
            s(b"\x00\xff"),
            s(b"\x01\x23"),
            s("AB"),
            s(""),
            s(b"\x05"),
            s(b"\x01\x01"),
            s(b"\x03")
        ]
    );
    assert_eq!(
        v[4],
        vec![s(b"a\x00b"), s("Tin tức"), s("A"), s("B"), s("national")]
    );
    assert_eq!(
        v[5],
        vec![s(b"\xb8\xe3\x00\xff\x80"), s("Quyết định số 12/QĐ-UBND")]
    );
    assert_eq!(v[6], vec![]);
    assert_eq!(v[7], vec![n("1"), s("spaced")]);
}

#[test]
fn no_backslash_escapes_detected() {
    let dump = b"/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO,NO_BACKSLASH_ESCAPES' */;\n\
INSERT INTO t VALUES ('C:\\path\\n', 'it''s\\');\n\
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n\
INSERT INTO t VALUES ('still\\n');\n\
SET SESSION sql_mode = 'ANSI';\n\
INSERT INTO t VALUES ('back\\non');\n\
SET @@session.sql_mode := 'no_backslash_escapes';\n\
INSERT INTO t VALUES ('off\\n');\n";
    let out = parse(dump).ok();
    assert_eq!(
        out.values(),
        vec![
            vec![s("C:\\path\\n"), s("it's\\")],
            vec![s("still\\n")],
            vec![s("back\non")],
            vec![s("off\\n")],
        ]
    );
}

#[test]
fn old_sql_mode_line_does_not_turn_escapes_off() {
    let dump = b"/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n\
/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n\
INSERT INTO t VALUES ('a\\'b');\n";
    let out = parse(dump).ok();
    assert_eq!(out.values(), vec![vec![s("a'b")]]);
}

#[test]
fn backslash_options() {
    let dump = b"SET sql_mode='NO_BACKSLASH_ESCAPES';\nINSERT INTO t VALUES ('a\\tb');\n";
    let on = parse_opts(
        dump,
        Options {
            backslash_escapes: BackslashEscapes::On,
        },
    )
    .ok();
    assert_eq!(on.values(), vec![vec![s("a\tb")]]);
    let auto = parse(dump).ok();
    assert_eq!(auto.values(), vec![vec![s("a\\tb")]]);
    let off = parse_opts(
        b"INSERT INTO t VALUES ('a\\tb');\n",
        Options {
            backslash_escapes: BackslashEscapes::Off,
        },
    )
    .ok();
    assert_eq!(off.values(), vec![vec![s("a\\tb")]]);
}

#[test]
fn delimiter_and_triggers() {
    let dump = b"DELIMITER ;;\n\
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN\n\
  SET NEW.a = 'x;y';\n\
  INSERT INTO log VALUES (1);\n\
END */;;\n\
DELIMITER ;\n\
CREATE PROCEDURE p() SELECT 1;\n\
INSERT INTO t VALUES (7);\n\
DELIMITER $$\n\
INSERT INTO t VALUES (8)$$\n\
DELIMITER ;\n";
    let out = parse(dump).ok();
    assert_eq!(out.values(), vec![vec![n("7")], vec![n("8")]]);
    assert!(out.rows.iter().all(|r| r.table == "t"));
}

#[test]
fn identifiers() {
    let dump = b"INSERT INTO `we``ird;name` (`a``b`, `c,d`) VALUES (1,2);\n\
INSERT INTO `db`.`t2` VALUES (3);\n\
INSERT INTO `db` . `t3` VALUES (4);\n";
    let out = parse(dump).ok();
    assert_eq!(out.rows[0].table, "we`ird;name");
    assert_eq!(out.rows[0].columns, cols(&["a`b", "c,d"]));
    assert_eq!(out.rows[1].table, "t2");
    assert_eq!(out.rows[2].table, "t3");
}

#[test]
fn truncated_inside_string() {
    let dump = b"CREATE TABLE `nv4_vi_news_rows` (`id` int, `t` text);\nINSERT INTO `nv4_vi_news_rows` VALUES (1,'ok'),\n(2,'cut here";
    let out = parse(dump);
    assert_eq!(out.values(), vec![vec![n("1"), s("ok")]]);
    let (msg, pos) = out.err();
    assert_eq!(
        pos,
        Position {
            byte: dump.len() as u64,
            line: 3,
            statement: 1
        }
    );
    assert_eq!(
        msg,
        format!(
            "line 3, byte {}: the dump ends inside a string literal of table `nv4_vi_news_rows` (truncated file?)",
            dump.len()
        )
    );
}

#[test]
fn truncated_elsewhere() {
    let cases: &[(&[u8], &str)] = &[
        (b"INSERT INTO t VALUES (1,2", "a row"),
        (b"INSERT INTO t VALUES (1,2),", "an INSERT statement"),
        (b"INSERT INTO t VALUES (1,2)", "an INSERT statement"),
        (
            b"INSERT INTO t VALUES (1,2)\n-- end\n",
            "an INSERT statement",
        ),
        (b"INSERT INTO t VALUES (1,'a\\", "a string literal"),
        (b"INSERT INTO t VALUES (1,X'41", "a row"),
        (b"INSERT INTO t VALUES (1,2)\n/* comment", "a comment"),
        (b"/*!40101 SET NAMES utf8", "a conditional comment"),
        (
            b"CREATE TABLE t (a int,\n b text",
            "a CREATE TABLE statement",
        ),
        (b"INSERT INTO `t", "a quoted identifier"),
        (b"DROP TABLE t", "a statement"),
    ];
    for (dump, inside) in cases {
        let out = parse(dump);
        let (msg, pos) = out.err();
        assert_eq!(pos.byte, dump.len() as u64, "{msg}");
        assert_eq!(
            pos.line,
            dump.iter().filter(|&&b| b == b'\n').count() as u64 + 1
        );
        assert!(
            msg.contains(&format!("ends inside {inside}")),
            "{msg} (wanted {inside})"
        );
        if dump.starts_with(b"INSERT INTO t VALUES (1,2)") {
            assert_eq!(out.values(), vec![vec![n("1"), n("2")]], "{msg}");
        }
    }
}

#[test]
fn syntax_errors() {
    let dump = b"INSERT INTO `nv4_vi_news_cat` VALUES (1,'a'),\n(2,'b' 3);\n";
    let out = parse(dump);
    assert_eq!(out.values(), vec![vec![n("1"), s("a")]]);
    let (msg, pos) = out.err();
    let at = dump.iter().position(|&b| b == b'3').unwrap() as u64;
    assert_eq!(pos.byte, at);
    assert_eq!(pos.line, 2);
    assert_eq!(
        msg,
        format!("line 2, byte {at}: expected `,` or `)` after a value, found '3' in table `nv4_vi_news_cat`")
    );

    let cases: &[(&[u8], &str)] = &[
        (
            b"INSERT INTO t VALUES (NOW());",
            "expected a value, found `NOW`",
        ),
        (
            b"INSERT INTO t VALUES (1) (2);",
            "expected `,` or `;` after a row, found '('",
        ),
        (
            b"INSERT INTO t VALUES 1;",
            "expected `(` starting a row, found '1'",
        ),
        (
            b"INSERT INTO t VALUES (0xZZ);",
            "expected hex or binary digits",
        ),
        (b"INSERT INTO t VALUES (-);", "expected a number"),
        (
            b"INSERT INTO t VALUES (1) WHERE;",
            "after a row, found `WHERE`",
        ),
        (b"INSERT INTO t VALUES (\x01);", "found byte 0x01"),
    ];
    for (dump, want) in cases {
        let (msg, _) = parse(dump).err();
        assert!(msg.contains(want), "{msg} (wanted {want})");
        assert!(msg.contains("table `t`"), "{msg}");
    }
}

#[test]
fn error_api() {
    let mut rdr = Reader::new(&b"INSERT INTO t VALUES ('x"[..]);
    let mut row = RawRow::new();
    let e = rdr.read_row(&mut row).unwrap_err();
    assert!(matches!(
        e.kind(),
        ErrorKind::UnexpectedEof {
            inside: "string literal"
        }
    ));
    assert_eq!(e.table(), Some("t"));
    assert_eq!(e.position().byte, 24);

    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk on fire"))
        }
    }
    let e = Reader::new(Failing).read_row(&mut row).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Io(_)));
    assert_eq!(e.to_string(), "line 1, byte 0: read error: disk on fire");
    assert!(std::error::Error::source(&e).is_some());
}

#[test]
fn empty_and_comment_only_inputs() {
    for dump in [
        &b""[..],
        b"\n\n",
        b"-- x",
        b"/* x */",
        b"#",
        b";",
        b"\r\n;\r\n",
    ] {
        let out = parse(dump).ok();
        assert!(out.rows.is_empty());
        assert!(out.tables.is_empty());
    }
}

#[test]
fn row_is_reused_and_keeps_its_table() {
    let dump = b"CREATE TABLE a (x int);\nCREATE TABLE b (y int);\nINSERT INTO a VALUES (1);\nINSERT INTO b VALUES ('long value'),(2);\n";
    let mut rdr = Reader::new(&dump[..]);
    let mut row = RawRow::new();
    let mut seen = Vec::new();
    while rdr.read_row(&mut row).unwrap() {
        seen.push((row.table().name.clone(), format!("{row:?}")));
    }
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0].0, "a");
    assert_eq!(seen[2].0, "b");
    assert!(seen[2].1.contains("values: [2]"), "{}", seen[2].1);
    // Tables without rows are listed too.
    let names: Vec<_> = rdr.tables().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(rdr.table("a").unwrap().columns, cols(&["x"]));
}

/// Streams an INSERT of `rows` rows without ever materializing it, and counts how
/// many bytes the reader asked for.
struct Generator {
    pending: Vec<u8>,
    next_row: u64,
    rows: u64,
    served: u64,
}

impl std::io::Read for Generator {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pending.len() < buf.len() && self.next_row <= self.rows {
            if self.next_row == 0 {
                self.pending.extend_from_slice(b"INSERT INTO `big` VALUES ");
            } else {
                if self.next_row > 1 {
                    self.pending.push(b',');
                }
                let body = "Nội dung bài viết ".repeat(20);
                self.pending
                    .extend_from_slice(format!("({},'{body}')", self.next_row).as_bytes());
                if self.next_row == self.rows {
                    self.pending.extend_from_slice(b";\n");
                }
            }
            self.next_row += 1;
        }
        let k = buf.len().min(self.pending.len());
        buf[..k].copy_from_slice(&self.pending[..k]);
        self.pending.drain(..k);
        self.served += k as u64;
        Ok(k)
    }
}

#[test]
fn streams_a_huge_single_line_insert() {
    let gen = Generator {
        pending: Vec::new(),
        next_row: 0,
        rows: 100_000, // about 45 MB on one line
        served: 0,
    };
    let mut rdr = Reader::new(gen);
    let mut row = RawRow::new();
    assert!(rdr.read_row(&mut row).unwrap());
    assert_eq!(row.get(0).unwrap().as_bytes(), Some(&b"1"[..]));
    // Only the first buffer has been read, not the statement.
    assert!(rdr.position().byte < 1000);
    let mut count = 1;
    let mut max_cap = 0;
    while rdr.read_row(&mut row).unwrap() {
        count += 1;
        max_cap = max_cap.max(
            row.iter()
                .map(|v| v.as_bytes().map_or(0, <[u8]>::len))
                .sum::<usize>(),
        );
    }
    assert_eq!(count, 100_000);
    assert!(rdr.position().byte > 40_000_000);
    assert_eq!(rdr.position().line, 2);
    assert!(max_cap < 1000);
}
