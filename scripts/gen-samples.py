#!/usr/bin/env python3
"""Sample and benchmark dump generator for portmig.

portmig migrates old Vietnamese government portals (mostly NukeViet CMS MySQL
dumps) into a new portal. Its tests need input that looks like what real
sites hand over, yet the project may only contain its own writing. This script
writes that input:

``sample``
    ``samples/nukeviet45/``: a small NukeViet 4.5 site dump in mariadb-dump
    layout (two news instances, "tin-tuc" and "thong-bao", with nested
    categories, articles in every status, per-category copy tables the
    extractor must ignore), the new portal's taxonomy, a mapping file, a
    README and ``expected.json`` with the results a correct migration gives,
    and ``uploads/``, the old site's uploads folder: tiny valid PNG, JPEG and
    PDF files built here, referenced from the articles' home images and
    bodies in every form old sites used (root-relative, relative,
    ``{{NV_BASE_SITEURL}}``, the old domain's absolute URL), with files
    missing, one file under two names, and unsafe references (``..``
    traversal, an absolute path) that must be refused.
    All article text is written here, for this project (fictional provincial
    government news); the table layout follows the NukeViet 4.5 schema, which
    is format, not content.

    The point of the sample is the encoding mix real Vietnamese portals carry:
    most fields are clean UTF-8, a few are double-encoded (UTF-8 bytes misread
    as cp1252 and stored again as UTF-8, "Viá»‡t Nam"), one through MySQL's
    latin1 (cp1252 with 0x81 0x8D 0x8F 0x90 0x9D kept as U+0081..U+009D), one
    twice, one title is in decomposed Unicode (Unicode tổ hợp), and exactly one
    field is raw bytes that are neither UTF-8 nor double-encoded UTF-8: that
    article must end up quarantined. Titles carry NukeViet's HTML entities
    (&#33; &amp; &quot; &#91; &#93;), bodies carry the usual junk (script,
    onclick, MS Word markup, &nbsp;, iframes, old internal links).
    The output is deterministic: running the script again gives the same
    bytes, so the checked-in sample is exactly what the script writes.

``sample34``
    ``samples/nukeviet34/``: a small NukeViet 3.4 district portal in
    mariadb-dump layout: bodies in ``_bodyhtml_N`` (N = ceil(id / 2000), with
    articles on both sides of id 2000), ``_bodytext`` plain-text copies (one
    article has nothing else), 3.x statuses (0 waiting, 1 published,
    2 scheduled, 3 expired), ``homeimgthumb`` as ``thumb/x.jpg|block/x.jpg``,
    ``_cat.order`` and ``who_view``, a per-category copy of ``_rows`` for every
    category, 3.x URLs (``.../<alias>-<id>/``); a mapping file (using the 4.5
    sample's taxonomy), a README and ``expected.json``. Own text, as above.

``layouts``
    ``samples/layouts/``: the rows of the ``sample`` dump in every layout
    NukeViet sites hand over (Oracle mysqldump, ``--skip-extended-insert``,
    phpMyAdmin, NukeViet's admin backup, ``NO_BACKSLASH_ESCAPES``, hex
    literals and charset introducers, CRLF, gzip, a schema file + data file
    pair), plus the mariadb-dump layout they are all compared with, and a
    README. One body gains text with backslashes and line ends, the same in
    every file, so that each layout's escaping is exercised.

``egov``
    ``samples/egov44/``: an eGovernment 4.4 site: the ``laws`` module (legal
    documents: types, issuing bodies, signers, fields, files, issue /
    effective / expiry dates; one trích yếu in TCVN3 bytes, an expired and a
    not-yet-effective document, a field and a type missing from their tables,
    a số ký hiệu that does not parse) beside a small news module; taxonomy,
    mapping, README and ``expected.json``. Own text, as above.

``misplaced``
    The labelled corpus of the misplacement classifier as a NukeViet news
    module, one category per section of the default taxonomy, with a seeded
    share of articles filed in a wrong category (listed in ``expected.json``).

``bench``
    A large synthetic NukeViet 4.5 dump (one news instance, ~20 categories,
    N articles with Vietnamese HTML bodies built from sentence templates and a
    seeded RNG, ~2 % of articles with a double-encoded field), streamed to a
    file, never held in memory. ``--layout oneline`` writes every INSERT on a
    single line as Oracle's mysqldump does.

Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import calendar
import gzip
import io
import hashlib
import json
import os
import random
import re
import sys
import textwrap
import shutil
import struct
import unicodedata
import zlib
from pathlib import Path

# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------

# MySQL's "latin1" is cp1252, except that the five bytes cp1252 leaves
# undefined map to the C1 control characters of the same value.
MYSQL_LATIN1_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_MYSQL_LATIN1 = []
for _b in range(256):
    if _b in MYSQL_LATIN1_HOLES:
        _MYSQL_LATIN1.append(chr(_b))
    else:
        _MYSQL_LATIN1.append(bytes([_b]).decode("cp1252"))
_MYSQL_LATIN1_REV = {c: b for b, c in enumerate(_MYSQL_LATIN1)}


def double_cp1252(text: str) -> str:
    """UTF-8 bytes of `text` read as cp1252 (strict: fails on undefined bytes)."""
    return text.encode("utf-8").decode("cp1252")


def double_mysql_latin1(text: str) -> str:
    """UTF-8 bytes of `text` read as MySQL latin1 (total mapping)."""
    return "".join(_MYSQL_LATIN1[b] for b in text.encode("utf-8"))


def undo_mysql_latin1(text: str) -> str:
    return bytes(_MYSQL_LATIN1_REV[c] for c in text).decode("utf-8")


def has_latin1_holes(text: str) -> bool:
    return any(b in MYSQL_LATIN1_HOLES for b in text.encode("utf-8"))


def nv_entities(text: str) -> str:
    """Encode a plain field the way NukeViet stores titles and leads."""
    out = text.replace("&", "&amp;").replace('"', "&quot;")
    out = out.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#039;")
    return out.replace("!", "&#33;").replace("[", "&#91;").replace("]", "&#93;")


def slugify(text: str) -> str:
    """NukeViet-style alias: ASCII, lowercase, words joined by '-'."""
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    out, dash = [], False
    for c in t.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


# Asia/Ho_Chi_Minh has been UTC+7 without DST since 1975.
def vn_time(y: int, mo: int, d: int, h: int = 8, mi: int = 0) -> int:
    return calendar.timegm((y, mo, d, h, mi, 0)) - 7 * 3600


# --------------------------------------------------------------------------
# SQL writing (mariadb-dump / mysqldump layout)
# --------------------------------------------------------------------------

def sql_escape(raw: bytes) -> bytes:
    """Escape like mysql_real_escape_string (what both dump tools use)."""
    return (raw.replace(b"\\", b"\\\\").replace(b"'", b"\\'").replace(b'"', b'\\"')
            .replace(b"\n", b"\\n").replace(b"\r", b"\\r").replace(b"\x00", b"\\0")
            .replace(b"\x1a", b"\\Z"))


def sql_value(v) -> bytes:
    if v is None:
        return b"NULL"
    if isinstance(v, bool):
        raise TypeError("no booleans in dumps")
    if isinstance(v, int):
        return str(v).encode()
    if isinstance(v, str):
        v = v.encode("utf-8")
    if isinstance(v, (bytes, bytearray)):
        return b"'" + sql_escape(bytes(v)) + b"'"
    raise TypeError(type(v))


def sql_row(values) -> bytes:
    return b"(" + b",".join(sql_value(v) for v in values) + b")"


class DumpWriter:
    """Streams a dump to a binary file object."""

    def __init__(self, out, layout: str = "mariadb", database: str = "portal_cu"):
        self.out = out
        self.layout = layout
        self.database = database

    def w(self, s) -> None:
        self.out.write(s.encode("utf-8") if isinstance(s, str) else s)

    def header(self) -> None:
        if self.layout == "mariadb":
            self.w("/*M!999999\\- enable the sandbox mode */ \n"
                   "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n"
                   "--\n"
                   f"-- Host: localhost    Database: {self.database}\n"
                   "-- ------------------------------------------------------\n"
                   "-- Server version\t10.11.6-MariaDB-0+deb12u1\n\n")
            names = "/*!40101 SET NAMES utf8mb4 */;\n"
        else:
            self.w("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n"
                   "--\n"
                   f"-- Host: localhost    Database: {self.database}\n"
                   "-- ------------------------------------------------------\n"
                   "-- Server version\t8.0.36\n\n")
            names = "/*!50503 SET NAMES utf8mb4 */;\n"
        self.w("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
               "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
               "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n"
               + names +
               "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
               "/*!40103 SET TIME_ZONE='+00:00' */;\n"
               "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
               "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
               "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
               "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n")

    def footer(self, completed: str = "2024-06-20 10:15:02") -> None:
        self.w("/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
               "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
               "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
               "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
               "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
               "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
               "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
               "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
               f"-- Dump completed on {completed}\n")

    def table(self, name: str, columns: str, rows, auto_increment: int | None = None,
              rows_per_insert: int = 0, table_comment: str = "") -> None:
        """Structure and data of one table. `rows` is any iterable of value
        tuples; it is consumed lazily. rows_per_insert 0 = one INSERT."""
        self.structure(name, columns, auto_increment, table_comment)
        self.w("\n")
        self.data(name, rows, rows_per_insert)

    def structure(self, name: str, columns: str, auto_increment: int | None = None,
                  table_comment: str = "") -> None:
        """DROP and CREATE TABLE of one table (all `--no-data` writes)."""
        cs = "40101" if self.layout == "mariadb" else "50503"
        ai = f" AUTO_INCREMENT={auto_increment}" if auto_increment else ""
        self.w(f"\n--\n-- Table structure for table `{name}`\n--\n\n"
               f"DROP TABLE IF EXISTS `{name}`;\n"
               "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
               f"/*!{cs} SET character_set_client = utf8mb4 */;\n"
               f"CREATE TABLE `{name}` (\n{columns.strip(chr(10))}\n"
               f") ENGINE=MyISAM{ai} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"
               f"{table_comment};\n"
               "/*!40101 SET character_set_client = @saved_cs_client */;\n")

    def data(self, name: str, rows, rows_per_insert: int = 0, value=sql_value) -> None:
        """The rows of one table (all `--no-create-info` writes); `value`
        writes one value."""
        self.w(f"--\n-- Dumping data for table `{name}`\n--\n\n"
               f"LOCK TABLES `{name}` WRITE;\n"
               f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n")
        sep = b",\n" if self.layout == "mariadb" else b","
        start = (f"INSERT INTO `{name}` VALUES" + ("\n" if self.layout == "mariadb" else " ")).encode()
        n = 0
        for values in rows:
            if n == 0:
                self.w(start)
            else:
                self.w(sep)
            self.w(b"(" + b",".join(value(v) for v in values) + b")")
            n += 1
            if rows_per_insert and n == rows_per_insert:
                self.w(b";\n")
                n = 0
        if n:
            self.w(b";\n")
        self.w(f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n")


# --------------------------------------------------------------------------
# NukeViet 4.5 table structures (column lists as in the 4.5 schema)
# --------------------------------------------------------------------------

COLS_MODULES = """
  `title` varchar(50) NOT NULL,
  `module_file` varchar(50) NOT NULL DEFAULT '',
  `module_data` varchar(50) NOT NULL DEFAULT '',
  `module_upload` varchar(50) NOT NULL DEFAULT '',
  `module_theme` varchar(50) NOT NULL DEFAULT '',
  `custom_title` varchar(255) NOT NULL,
  `site_title` varchar(255) NOT NULL DEFAULT '',
  `admin_title` varchar(255) NOT NULL DEFAULT '',
  `set_time` int(11) unsigned NOT NULL DEFAULT 0,
  `main_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admin_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `theme` varchar(100) DEFAULT '',
  `mobile` varchar(100) DEFAULT '',
  `description` varchar(255) DEFAULT '',
  `keywords` text DEFAULT NULL,
  `groups_view` varchar(255) NOT NULL,
  `weight` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admins` varchar(4000) DEFAULT '',
  `rss` tinyint(4) NOT NULL DEFAULT 1,
  `sitemap` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`title`)
"""

COLS_CONFIG = """
  `lang` varchar(3) NOT NULL DEFAULT 'sys',
  `module` varchar(50) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` text DEFAULT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
"""

COLS_CAT = """
  `catid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL,
  `titlesite` varchar(250) DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `descriptionhtml` text DEFAULT NULL,
  `image` varchar(255) DEFAULT '',
  `viewdescription` tinyint(2) NOT NULL DEFAULT 0,
  `weight` smallint(5) unsigned NOT NULL DEFAULT 0,
  `sort` smallint(5) NOT NULL DEFAULT 0,
  `lev` smallint(5) NOT NULL DEFAULT 0,
  `viewcat` varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  `numsubcat` smallint(5) NOT NULL DEFAULT 0,
  `subcatid` varchar(255) DEFAULT '',
  `numlinks` tinyint(2) unsigned NOT NULL DEFAULT 3,
  `newday` tinyint(2) unsigned NOT NULL DEFAULT 2,
  `featured` int(11) NOT NULL DEFAULT 0,
  `ad_block_cat` varchar(255) NOT NULL DEFAULT '',
  `layout_func` varchar(100) NOT NULL DEFAULT '' COMMENT 'Layout khi xem chuyên mục',
  `keywords` text DEFAULT NULL,
  `admins` text DEFAULT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `groups_view` varchar(255) DEFAULT '',
  `status` smallint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`catid`),
  UNIQUE KEY `alias` (`alias`),
  KEY `parentid` (`parentid`),
  KEY `status` (`status`)
"""

COLS_ROWS = """
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
"""

COLS_DETAIL = """
  `id` int(11) unsigned NOT NULL,
  `titlesite` varchar(255) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `voicedata` text DEFAULT NULL COMMENT 'Data giọng đọc json',
  `keywords` varchar(255) DEFAULT '',
  `sourcetext` varchar(255) DEFAULT '',
  `files` text DEFAULT NULL,
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `layout_func` varchar(100) DEFAULT '',
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
"""

COLS_SOURCES = """
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `link` varchar(255) DEFAULT '',
  `logo` varchar(255) DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
"""

# Topics, tags, author profiles (4.5) and the accounts behind `admin_id`:
# only the news module has them. Tag titles are empty, as NukeViet 4.5 saves
# them (the name is `keywords`), and tag aliases keep their diacritics.
COLS_TOPICS = """
  `topicid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` varchar(255) DEFAULT '',
  `weight` smallint(5) NOT NULL DEFAULT 0,
  `keywords` text DEFAULT NULL,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`topicid`),
  UNIQUE KEY `title` (`title`)
"""
COLS_TAGS = """
  `tid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `numnews` mediumint(8) NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `keywords` varchar(255) DEFAULT '',
  PRIMARY KEY (`tid`),
  UNIQUE KEY `alias` (`alias`)
"""
COLS_TAGS_ID = """
  `id` int(11) NOT NULL,
  `tid` mediumint(9) NOT NULL,
  `keyword` varchar(65) NOT NULL,
  UNIQUE KEY `id_tid` (`id`,`tid`),
  KEY `tid` (`tid`)
"""
COLS_AUTHOR = """
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `uid` int(11) unsigned NOT NULL,
  `alias` varchar(100) NOT NULL DEFAULT '',
  `pseudonym` varchar(100) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `numnews` mediumint(8) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`)
"""
COLS_AUTHORLIST = """
  `id` int(11) NOT NULL,
  `aid` mediumint(8) NOT NULL,
  `alias` varchar(100) NOT NULL DEFAULT '',
  `pseudonym` varchar(100) NOT NULL DEFAULT '',
  UNIQUE KEY `id_aid` (`id`,`aid`),
  KEY `aid` (`aid`),
  KEY `alias` (`alias`)
"""
COLS_USERS = """
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `regdate` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`)
"""
TOPICS = [
    (1, "Chuyển đổi số", "Chuyen-doi-so", "", "Tỉnh Mẫu chuyển đổi số", 1, "chuyển đổi số",
     vn_time(2022, 2, 1), vn_time(2022, 2, 1)),
    (2, "Cải cách hành chính", "Cai-cach-hanh-chinh", "", "", 2, "",
     vn_time(2022, 2, 1), vn_time(2023, 1, 9)),
]
# (module data, article id) -> topicid; topic 5 is not in `_topics`.
ARTICLE_TOPIC = {("news", 1): 1, ("news", 3): 1, ("news", 6): 2, ("news", 10): 5}
TAGS = [(1, 2, "", "chuyển-đổi-số", "", "", "chuyển đổi số"),
        (2, 1, "", "nông-nghiệp", "", "", "nông nghiệp"),
        (3, 1, "", "học-bổng", "", "Tin về học bổng", "học bổng")]
# (article id, tid, keyword); tag 9 is not in `_tags`.
TAG_LINKS = [(1, 1, "chuyển đổi số"), (3, 1, "chuyển đổi số"), (5, 2, "nông nghiệp"),
             (5, 9, "thủy lợi"), (6, 3, "học bổng")]
AUTHORS = [(1, 3, "thu-ha", "Thu Hà", "", "Phóng viên Trung tâm Truyền thông tỉnh",
            vn_time(2021, 3, 1), vn_time(2021, 3, 1), 1, 2),
           (2, 0, "quoc-tuan", "Quốc Tuấn", "", "", vn_time(2021, 3, 1), vn_time(2021, 3, 1), 1, 1)]
# (article id, aid, alias, pseudonym), in the order the site saved them.
AUTHOR_LINKS = [(1, 1, "thu-ha", "Thu Hà"), (3, 2, "quoc-tuan", "Quốc Tuấn"),
                (3, 1, "thu-ha", "Thu Hà")]
# The accounts of `admin_id` 2-5 (6 has left: no row). The e-mail addresses
# and names must never reach the new portal: only the username is carried.
USERS = [(2, 1, "bientap.hoa", "hoa.nt@tinhmau.example.gov.vn", "Hoa", "Nguyễn Thị",
          vn_time(2019, 1, 5)),
         (3, 2, "pv.thuha", "thuha@tinhmau.example.gov.vn", "Hà", "Lê Thu", vn_time(2019, 2, 1)),
         (4, 2, "pv.quoctuan", "tuan.q@tinhmau.example.gov.vn", "Tuấn", "Trần Quốc",
          vn_time(2020, 6, 1)),
         (5, 2, "vanthu.tb", "vanthu@tinhmau.example.gov.vn", "Thư", "Văn", vn_time(2020, 6, 1))]
# An article that opened its source's page instead of its body.
EXTERNAL_LINK = {("news", 11)}

# Column order of the value tuples below (must match the CREATE TABLEs).
ROW_FIELDS = ["id", "catid", "listcatid", "topicid", "admin_id", "author", "sourceid",
              "addtime", "edittime", "status", "weight", "publtime", "exptime", "archive",
              "title", "alias", "hometext", "homeimgfile", "homeimgalt", "homeimgthumb",
              "inhome", "allowed_comm", "allowed_rating", "external_link", "hitstotal",
              "hitscm", "total_rating", "click_rating", "instant_active",
              "instant_template", "instant_creatauto"]
DETAIL_FIELDS = ["id", "titlesite", "description", "bodyhtml", "voicedata", "keywords",
                 "sourcetext", "files", "imgposition", "layout_func", "copyright",
                 "allowed_send", "allowed_print", "allowed_save"]
CAT_FIELDS = ["catid", "parentid", "title", "titlesite", "alias", "description",
              "descriptionhtml", "image", "viewdescription", "weight", "sort", "lev",
              "viewcat", "numsubcat", "subcatid", "numlinks", "newday", "featured",
              "ad_block_cat", "layout_func", "keywords", "admins", "add_time", "edit_time",
              "groups_view", "status"]

STATUS_NAMES = {0: "stopped", 1: "published", 2: "scheduled", 3: "expired", 4: "draft"}


def real_status(s: int) -> int:
    return s - 21 if s > 20 else s


def module_row(title, file, data, upload, custom_title, weight, set_time):
    return (title, file, data, upload, file, custom_title, "", "", set_time, 1, 1, "", "",
            "", "", "0", weight, 1, "", 1, 1)


# --------------------------------------------------------------------------
# The sample site: categories
# --------------------------------------------------------------------------

# Encodings applied to a field of the sample (see `encode_field`).
ENC_CP1252 = "utf8-as-cp1252"          # one round, strict cp1252
ENC_LATIN1 = "utf8-as-mysql-latin1"    # one round, MySQL latin1 (C1 holes kept)
ENC_CP1252_X2 = "utf8-as-cp1252-twice"  # two rounds, strict cp1252
ENC_NFD = "nfd"                        # valid UTF-8, decomposed (Unicode tổ hợp)
ENC_RAW = "raw-invalid"                # raw bytes, not UTF-8 (quarantine)
ENC_TCVN3 = "tcvn3"                    # raw TCVN3 (ABC) bytes
ENC_VNI = "vni"                        # raw VNI-Windows bytes
ENC_TCVN3_LATIN1 = "tcvn3-as-latin1"   # TCVN3 bytes read as latin1, stored as UTF-8
ENC_UTF8_CP1258 = "utf8-as-cp1258"     # UTF-8 bytes read as windows-1258, stored as UTF-8
ENC_NCR = "ncr"                        # every non-ASCII letter as &#NNNN;

ENC_HOW = {
    ENC_CP1252: "UTF-8 bytes read as cp1252, stored again as UTF-8 (one round)",
    ENC_LATIN1: "UTF-8 bytes read as MySQL latin1 (cp1252 but 0x81 0x8D 0x8F 0x90 0x9D "
                "become U+0081..U+009D), stored again as UTF-8",
    ENC_CP1252_X2: "UTF-8 bytes read as cp1252 and stored as UTF-8, twice (two rounds)",
    ENC_NFD: "valid UTF-8 in decomposed form (NFD, Unicode tổ hợp); NFC gives the title",
    ENC_RAW: "raw bytes that are neither UTF-8 nor double-encoded UTF-8",
    ENC_TCVN3: "raw TCVN3 (ABC, the .VnTime fonts) bytes: not UTF-8",
    ENC_VNI: "raw VNI-Windows bytes (letter + mark byte): not UTF-8",
    ENC_TCVN3_LATIN1: "TCVN3 bytes read as latin1 and stored as UTF-8 (\"Ch\u00ad\u00acng\" style)",
    ENC_UTF8_CP1258: "UTF-8 bytes read as windows-1258, stored again as UTF-8 (\"Th\u0102\u00b4ng\")",
    ENC_NCR: "HTML numeric character references for every non-ASCII letter",
}

# The charset name portmig reports in the DECODED audit event.
ENC_LABEL = {
    ENC_CP1252: "utf-8+cp1252", ENC_LATIN1: "utf-8+latin1", ENC_CP1252_X2: "utf-8+cp1252x2",
    ENC_TCVN3: "tcvn3", ENC_VNI: "vni", ENC_TCVN3_LATIN1: "tcvn3+latin1",
    ENC_UTF8_CP1258: "utf-8+cp1258", ENC_NCR: "ncr",
}


def _legacy_table(name: str) -> dict:
    """Code point -> bytes of a legacy charset, read from the encoder tables
    crates/vnenc/src/tables.rs holds (generated from the reference dumps by
    scripts/gen-vnenc-tables.py), so the sample needs no other data."""
    src = (Path(__file__).resolve().parent.parent / "crates/vnenc/src/tables.rs").read_text()
    start = src.index(f"pub static {name}_ENCODE")
    body = src[start:src.index("];", start)]
    table = {}
    for cp, bs in re.findall(r"\(0x([0-9A-Fa-f]+), &\[([^\]]*)\]\)", body):
        table[int(cp, 16)] = bytes(int(b, 16) for b in re.findall(r"0x([0-9A-Fa-f]+)", bs))
    return table


def encode_legacy(text: str, name: str) -> bytes:
    table = _legacy_table(name)
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        assert ord(ch) in table, f"{name} cannot write {ch!r}"
        out += table[ord(ch)]
    return out


def cp1258_moji(text: str) -> str:
    """UTF-8 bytes of `text` read as windows-1258 (Python's codec keeps the
    combining marks uncomposed, as a byte-by-byte reader does)."""
    return text.encode("utf-8").decode("cp1258")


def encode_field(text: str, enc: str | None):
    if enc is None:
        return text
    if enc == ENC_CP1252:
        assert not has_latin1_holes(text), f"cp1252-unsafe text: {text!r}"
        out = double_cp1252(text)
        assert out.encode("utf-8").decode("utf-8").encode("cp1252").decode("utf-8") == text
        return out
    if enc == ENC_LATIN1:
        assert has_latin1_holes(text), f"latin1 variant does not matter for {text!r}"
        return double_mysql_latin1(text)
    if enc == ENC_CP1252_X2:
        once = double_cp1252(text)
        assert not has_latin1_holes(once), f"second cp1252 round unsafe: {text!r}"
        return double_cp1252(once)
    if enc == ENC_NFD:
        out = unicodedata.normalize("NFD", text)
        assert out != text
        return out
    if enc in (ENC_TCVN3, ENC_TCVN3_LATIN1):
        # Only text TCVN3 writes without loss: no toned capitals.
        assert all(not (c.isupper() and unicodedata.decomposition(c)) or c in "ĂÂÊÔƠƯĐ"
                   for c in text), f"TCVN3 would lose a capital: {text!r}"
        raw = encode_legacy(text, "TCVN3")
        return raw if enc == ENC_TCVN3 else raw.decode("latin-1")
    if enc == ENC_VNI:
        return encode_legacy(text, "VNI")
    if enc == ENC_UTF8_CP1258:
        out = cp1258_moji(text)
        assert out != double_cp1252(text), "no byte where cp1258 differs"
        return out
    if enc == ENC_NCR:
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)
    raise ValueError(enc)


INSTANCES = [
    # module title, module_data, module_upload, custom title
    ("tin-tuc", "news", "news", "Tin tức"),
    ("thong-bao", "thongbao", "thongbao", "Thông báo"),
]

# (catid, parentid, title, alias, weight among siblings, status, title encoding)
CATS = {
    "news": [
        (1, 0, "Tin tức", "tin-tuc", 1, 1, None),
        (2, 1, "Hoạt động của UBND", "hoat-dong-cua-ubnd", 1, 1, None),
        (3, 7, "Phổ biến pháp luật", "pho-bien-phap-luat", 1, 1, None),
        (4, 1, "Giáo dục", "giao-duc", 2, 1, ENC_CP1252),
        (5, 1, "Y tế", "y-te", 3, 0, None),
        (6, 0, "Văn bản chỉ đạo", "van-ban-chi-dao", 2, 1, None),
        (7, 0, "Thông tin tuyên truyền", "thong-tin-tuyen-truyen", 3, 1, None),
        (8, 2, "Kinh tế - Xã hội", "kinh-te-xa-hoi", 1, 1, None),
        (9, 0, "Tuyển dụng", "tuyen-dung", 4, 1, None),
        (10, 0, "Hỏi đáp", "hoi-dap", 5, 1, None),
    ],
    "thongbao": [
        (1, 0, "Thông báo chung", "thong-bao-chung", 1, 1, None),
        (2, 0, "Tuyển dụng", "tuyen-dung", 2, 1, None),
    ],
}

# Per-category copy tables written for these (instance data, catid).
COPY_TABLES = {"news": [1, 8], "thongbao": [1]}

SOURCES = {
    "news": [
        (1, "Sở Thông tin và Truyền thông", "https://stttt.tinhmau.example.gov.vn", "", 1,
         vn_time(2019, 1, 10), vn_time(2019, 1, 10)),
        (2, "Báo Tỉnh Mẫu", "https://baotinhmau.example.vn", "", 2,
         vn_time(2019, 1, 10, 9), vn_time(2021, 5, 4, 14)),
        (3, "Sở Giáo dục và Đào tạo", "https://sgddt.tinhmau.example.gov.vn", "", 3,
         vn_time(2021, 11, 19), vn_time(2021, 11, 19)),
    ],
    "thongbao": [
        (1, "Văn phòng UBND tỉnh", "https://vpubnd.tinhmau.example.gov.vn", "", 1,
         vn_time(2023, 1, 3), vn_time(2023, 1, 3)),
    ],
}

SITE = "https://tinhmau.example.gov.vn"

# --------------------------------------------------------------------------
# The sample site: articles (own writing; fictional province "Tỉnh Mẫu")
# --------------------------------------------------------------------------
# Bodies may contain {url:N} (old URL of news article N, root-relative),
# {qurl:N} (the same article through index.php?...), {rel:N} (relative to the
# linking page), {caturl:C} (news category C) and {gone:N} (an article id the
# dump does not have): filled in after aliases. expected.json lists them
# ("body_links").

BYLINE_END = "<p><strong>Tin, ảnh: Hoàng Lan</strong></p>"

NEWS = [
    dict(
        id=1, catid=2, listcatid="2,1", status=1, admin_id=2, sourceid=1,
        add=(2023, 3, 16, 10, 5), publ=(2023, 3, 16, 10, 0), edit=(2023, 3, 17, 7, 40),
        author="Minh Anh",
        title="UBND tỉnh họp phiên thường kỳ tháng 3 năm 2023",
        hometext="Sáng 16/3, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3 để đánh giá tình "
                 "hình kinh tế - xã hội quý I và bàn giải pháp thực hiện nhiệm vụ quý II năm 2023.",
        img=("2023_03/hop-ubnd-thang-3.jpg", "Quang cảnh phiên họp", 1),
        body=(
            "<p>Sáng 16/3, đồng chí Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 3. "
            "Dự họp có các đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành và "
            "Chủ tịch UBND các huyện, thành phố.</p>\n"
            "<p style=\"text-align: center;\"><img alt=\"Quang cảnh phiên họp\" "
            "src=\"/uploads/news/2023_03/anh.jpg\" width=\"600\" height=\"400\" /></p>\n"
            "<p>Theo báo cáo, tổng sản phẩm trên địa bàn quý I ước tăng 6,8% so với cùng kỳ; "
            "thu ngân sách đạt 27% dự toán; giải ngân vốn đầu tư công đạt 18,5% kế hoạch. "
            "Chi tiết xem tại bài <a href=\"{url:2}\">Kinh tế - xã hội quý I/2023 duy trì đà "
            "tăng trưởng</a>.</p>\n"
            "<p>Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các đơn vị đẩy nhanh tiến độ "
            "giải phóng mặt bằng các công trình trọng điểm, tập trung cải cách thủ tục hành "
            "chính và chuẩn bị tốt các điều kiện cho sản xuất vụ hè thu.</p>\n" + BYLINE_END),
        keywords="phiên họp thường kỳ, UBND tỉnh", sourcetext="", files="", hits=412,
    ),
    dict(
        id=2, catid=8, listcatid="8,2", status=1, admin_id=2, sourceid=0,
        add=(2023, 4, 5, 15, 20), publ=(2023, 4, 5, 15, 0), edit=(2023, 4, 5, 15, 20),
        author="Tin: Thu Hà. Ảnh: Quốc Tuấn",
        title="Kinh tế - xã hội quý I/2023 duy trì đà tăng trưởng",
        hometext="Quý I/2023, các chỉ tiêu kinh tế chủ yếu của tỉnh tăng so với cùng kỳ; "
                 "sản xuất nông nghiệp ổn định, thu hút đầu tư chuyển biến tích cực.",
        hometext_enc=ENC_CP1252,
        img=("2023_04/toan-canh-kcn.jpg", "Khu công nghiệp phía Nam", 2),
        body=(
            "<p>Theo số liệu của Cục Thống kê tỉnh, kinh tế quý I/2023 tiếp tục phục hồi. "
            "Một số chỉ tiêu chủ yếu như sau:</p>\n"
            "<p><img alt=\"Quang cảnh phiên họp\" "
            "src=\"{{NV_BASE_SITEURL}}uploads/news/2023_03/anh.jpg\" /></p>\n"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"width:100%\">\n"
            "<tbody>\n"
            "<tr><td rowspan=\"2\"><strong>Chỉ tiêu</strong></td>"
            "<td colspan=\"2\"><strong>Thực hiện</strong></td>"
            "<td rowspan=\"2\"><strong>So sánh (%)</strong></td></tr>\n"
            "<tr><td>Quý I/2022</td><td>Quý I/2023</td></tr>\n"
            "<tr><td>Tổng sản phẩm (tỷ đồng)</td><td>12.450</td><td>13.297</td><td>106,8</td></tr>\n"
            "<tr><td>Thu ngân sách (tỷ đồng)</td><td>2.130</td><td>2.284</td><td>107,2</td></tr>\n"
            "<tr><td>Kim ngạch xuất khẩu (triệu USD)</td><td>315</td><td>338</td><td>107,3</td></tr>\n"
            "<tr><td colspan=\"4\"><em>Nguồn: Cục Thống kê tỉnh</em></td></tr>\n"
            "</tbody>\n</table>\n"
            "<p>Trong quý, toàn tỉnh có 214 doanh nghiệp thành lập mới với tổng vốn đăng ký "
            "gần 1.900 tỷ đồng; 3 dự án đầu tư mới được cấp chủ trương.</p>"),
        keywords="kinh tế, tăng trưởng, quý I", sourcetext="Cục Thống kê tỉnh", files="", hits=268,
    ),
    dict(
        id=3, catid=8, listcatid="8", status=1, admin_id=3, sourceid=2,
        add=(2023, 5, 20, 16, 30), publ=(2023, 5, 20, 16, 30), edit=(2023, 5, 21, 8, 0),
        author="Văn Dũng",
        title="Nông dân thu hoạch lúa xuân sớm", title_enc=ENC_CP1252,
        hometext="Những ngày này, nông dân các huyện phía Bắc tranh thủ nắng ráo để thu hoạch "
                 "lúa vụ xuân, năng suất bình quân ước đạt 62 tạ/ha.",
        img=("https://baotinhmau.example.vn/uploads/2023/05/thu-hoach-lua.jpg",
             "Thu hoạch lúa xuân", 3),
        body=(
            "<p>Vụ xuân năm nay, toàn tỉnh gieo cấy hơn 41.000 ha lúa. Nhờ thời tiết thuận lợi "
            "và làm tốt công tác phòng trừ sâu bệnh, lúa sinh trưởng tốt, nhiều cánh đồng cho "
            "năng suất trên 65 tạ/ha.</p>\n"
            "<p>Ngành nông nghiệp khuyến cáo bà con thu hoạch theo phương châm \"xanh nhà hơn "
            "già đồng\", đồng thời chuẩn bị giống, vật tư cho vụ hè thu.</p>\n"
            "<p><img alt=\"Cánh đồng lúa chín\" "
            "src=\"../../../uploads/news/2023_05/dong-lua.jpg\"></p>\n"
            "<p>Năm 2022, vụ xuân cũng được mùa (xem <a href=\"{gone:99}\">bài viết năm "
            "2022</a>, nay đã gỡ). Bạn đọc theo dõi thêm tại chuyên mục <a href=\"{caturl:8}\">"
            "Kinh tế - Xã hội</a>.</p>"),
        keywords="lúa xuân, thu hoạch", sourcetext="Báo Tỉnh Mẫu", files="", hits=97,
    ),
    dict(
        id=4, catid=4, listcatid="4,1", status=1, admin_id=3, sourceid=3,
        add=(2023, 9, 5, 11, 0), publ=(2023, 9, 5, 10, 30), edit=(2023, 9, 6, 9, 12),
        author="Thanh Tâm",
        title="Khai giảng năm học 2023 - 2024: hơn 120 nghìn học sinh đến trường",
        title_enc=ENC_TCVN3,
        hometext="Sáng 5/9, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng "
                 "năm học mới trong không khí vui tươi, phấn khởi.",
        img=("2023_09/khai-giang.jpg", "Học sinh dự lễ khai giảng", 1),
        body=(
            "<p>Năm học 2023 - 2024, toàn tỉnh có 412 trường mầm non, phổ thông với hơn "
            "120.000 học sinh. Tại điểm trường vùng cao, các thầy cô đã chuẩn bị chu đáo "
            "sách vở, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn.</p>\n"
            "<p>Lãnh đạo tỉnh dự lễ khai giảng và tặng quà cho học sinh nghèo vượt khó. "
            "Mời bạn đọc xem video lễ khai giảng:</p>\n"
            "<p><img alt=\"Lễ khai giảng\" src=\"http://www.tinhmau.example.gov.vn/uploads/"
            "news/2023_09/khai-giang.jpg\"></p>\n"
            "<p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" "
            "title=\"Lễ khai giảng năm học 2023 - 2024\" frameborder=\"0\" "
            "allow=\"accelerometer; autoplay; encrypted-media\" allowfullscreen></iframe></p>\n"
            "<p>Ngành Giáo dục đặt mục tiêu nâng cao chất lượng dạy học, tiếp tục thực hiện "
            "chương trình giáo dục phổ thông mới ở các lớp 4, 8 và 11.</p>"),
        keywords="khai giảng, năm học mới", sourcetext="Sở Giáo dục và Đào tạo", files="", hits=1530,
    ),
    dict(
        id=5, catid=4, listcatid="4", status=1, admin_id=3, sourceid=3,
        add=(2021, 11, 20, 14, 0), publ=(2021, 11, 20, 14, 0), edit=(2021, 11, 20, 14, 0),
        author="",
        title="Trao 150 suất học bổng cho học sinh nghèo vượt khó",
        hometext_enc=ENC_VNI,
        hometext="Chiều 19/11, Hội Khuyến học tỉnh trao 150 suất học bổng, mỗi suất 2 triệu "
                 "đồng, cho học sinh nghèo vượt khó tại các huyện miền núi.",
        img=("", "", 0),
        body=(
            "<p>Các suất học bổng do doanh nghiệp và nhà hảo tâm trong tỉnh đóng góp. Đây là "
            "nguồn động viên kịp thời giúp các em có thêm điều kiện đến trường.</p>\n"
            "<p>Dịp này, Hội Khuyến học tỉnh cũng trao tặng 500 bộ sách giáo khoa cho thư viện "
            "các trường tiểu học vùng khó khăn. Xem thêm <a href=\"{rel:4}\">lễ khai giảng năm "
            "học 2023 - 2024</a>.</p>\n"
            "<p><img alt=\"Trao học bổng\" src=\"/uploads/news/2021_11/trao-hoc-bong.jpg\"></p>\n"
            "<p>Xem <a href=\"/uploads/news/2021_11/danh-sach.pdf\">danh sách học sinh nhận "
            "học bổng</a>.</p>"),
        keywords="học bổng, khuyến học", sourcetext="", files="", hits=55,
    ),
    dict(
        id=6, catid=6, listcatid="6", status=1, admin_id=2, sourceid=0,
        add=(2023, 3, 17, 9, 0), publ=(2023, 3, 17, 9, 0), edit=(2023, 3, 20, 16, 45),
        author="Văn phòng UBND tỉnh",
        title="Quyết định số 1234/QĐ-UBND ngày 15/3/2023 ban hành Kế hoạch cải cách hành "
              "chính năm 2023",
        hometext="UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2023 với 6 nhóm nhiệm vụ "
                 "trọng tâm, trong đó ưu tiên chuyển đổi số và nâng cao chỉ số hài lòng của "
                 "người dân.",
        img=("", "", 0),
        body=(
            "<p>Ngày 15/3/2023, Chủ tịch UBND tỉnh ký Quyết định số 1234/QĐ-UBND ban hành Kế "
            "hoạch cải cách hành chính năm 2023. Kế hoạch thay thế Quyết định số 2150/QĐ-UBND "
            "ngày 28/12/2022.</p>\n"
            "<p>Mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực "
            "tuyến toàn trình; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.</p>\n"
            "<p>Các sở, ngành, UBND cấp huyện căn cứ Kế hoạch xây dựng chương trình của đơn vị "
            "mình, báo cáo kết quả về Sở Nội vụ trước ngày 15 hằng tháng cuối quý.</p>\n"
            "<p>Tải toàn văn: <a href=\"/uploads/news/2023_03/ke-hoach.pdf\">Kế hoạch cải cách "
            "hành chính năm 2023</a></p>"),
        keywords="cải cách hành chính, 1234/QĐ-UBND", sourcetext="",
        files="2023_03/ke-hoach.pdf", hits=733,
    ),
    dict(
        # Undecodable title: half of a TCVN3 ("ABC") encoding, a UTF-8 fragment,
        # and bytes no Vietnamese encoding produces (0xFF 0xFE, 0xC0 0xAF). It is
        # invalid UTF-8 and no single decoding turns it into Vietnamese text.
        id=7, catid=1, listcatid="1", status=1, admin_id=4, sourceid=0,
        add=(2020, 6, 10, 7, 15), publ=(2020, 6, 10, 7, 15), edit=(2020, 6, 10, 7, 15),
        author="",
        title=b"Th\xf4ng b\xb8o kh\xe1\xba\xa9n c\xff\xfe\xc0\xafp v\x81\x90 m\x9d\x8d"
              b"a l\xfe\xff \xc3(b\xe3o",
        title_enc=ENC_RAW,
        hometext="Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đề nghị các địa "
                 "phương theo dõi chặt chẽ diễn biến mưa lũ.",
        img=("", "", 0),
        body=(
            "<p>Do ảnh hưởng của áp thấp nhiệt đới, từ đêm 10/6 đến ngày 12/6 trên địa bàn tỉnh "
            "có mưa vừa, mưa to, có nơi mưa rất to. Các địa phương rà soát khu dân cư vùng "
            "thấp trũng, ven sông suối, sẵn sàng phương án sơ tán.</p>"),
        keywords="", sourcetext="", files="", hits=12,
    ),
    dict(
        id=8, catid=3, listcatid="3,7", status=1, admin_id=5, sourceid=0,
        add=(2023, 11, 9, 8, 0), publ=(2023, 11, 9, 8, 0), edit=(2023, 11, 9, 13, 30),
        author="Phòng Tư pháp",
        title="Hưởng ứng \"Ngày Pháp luật Việt Nam\" năm 2023",
        hometext="Các cơ quan, đơn vị tổ chức nhiều hoạt động thiết thực hưởng ứng Ngày Pháp "
                 "luật Việt Nam 9/11.",
        img=("2023_11/ngay-phap-luat.png", "Ngày Pháp luật Việt Nam", 1),
        body=(
            "<style>v\\:* {behavior:url(#default#VML);}\r\no\\:* {behavior:url(#default#VML);}"
            "</style>\r\n"
            "<p class=\"MsoNormal\" style=\"margin-bottom:0cm;text-align:justify;line-height:"
            "150%;mso-pagination:widow-orphan\"><span style=\"font-size:14.0pt;line-height:150%;"
            "font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times "
            "New Roman&quot;\">Thực hiện Kế hoạch của UBND tỉnh,&nbsp;các cơ quan, đơn vị tổ "
            "chức treo băng rôn, khẩu hiệu, tuyên truyền trên hệ thống loa truyền thanh cơ sở."
            "<o:p></o:p></span></p>\r\n"
            "<p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto;mso-margin-bottom-alt:auto\">"
            "<span style=\"font-size:14.0pt\">Hội thi tìm hiểu pháp luật&nbsp;&nbsp;thu hút "
            "hơn 3.000 lượt cán bộ, công chức và người dân tham gia.\x1a<o:p></o:p></span></p>\r\n"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\r\n"
            "<p><img alt=\"Sơ đồ tổ chức\" src=\"uploads/news/2023_11/so%20do%20to%20chuc.png?v=2\">"
            "</p>"),
        keywords="Ngày Pháp luật, 9/11", sourcetext="", files="", hits=88,
    ),
    dict(
        id=9, catid=5, listcatid="5,1", status=22, admin_id=6, sourceid=0,
        add=(2019, 4, 12, 9, 30), publ=(2019, 4, 12, 9, 30), edit=(2019, 4, 15, 10, 0),
        author="Sở Y tế",
        title="Tiêm vắc xin sởi cho trẻ em dưới 5 tuổi", title_enc=ENC_CP1252,
        hometext="Ngành Y tế triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ em dưới 5 "
                 "tuổi tại các xã có nguy cơ cao.",
        img=("2019_04/tiem-vac-xin.jpg", "Tiêm vắc xin cho trẻ", 1),
        body=(
            "<p>Chiến dịch diễn ra từ ngày 15/4 đến 30/4/2019 tại các trạm y tế xã. Phụ huynh "
            "mang theo sổ tiêm chủng khi đưa trẻ đi tiêm.</p>\n"
            "<p>Sau khi tiêm, trẻ được theo dõi tại điểm tiêm ít nhất 30 phút và tiếp tục theo "
            "dõi tại nhà trong 24 giờ.</p>"),
        keywords="vắc xin sởi, tiêm chủng", sourcetext="", files="", hits=640,
    ),
    dict(
        id=10, catid=1, listcatid="1,5", status=1, admin_id=6, sourceid=0,
        add=(2022, 7, 1, 8, 0), publ=(2022, 7, 1, 8, 0), edit=(2022, 7, 2, 9, 10),
        author="Ngọc Hân",
        title="Phòng, chống sốt xuất huyết: chủ động từ sớm!",
        hometext_enc=ENC_NCR,
        hometext="Số ca mắc sốt xuất huyết tăng nhanh vào mùa mưa; người dân cần chủ động diệt "
                 "lăng quăng, bọ gậy & loại bỏ dụng cụ chứa nước đọng.",
        img=("2022_07/sot-xuat-huyet.jpg", "Phun hóa chất diệt muỗi", 1),
        body=(
            "<p>Từ đầu năm đến nay, toàn tỉnh ghi nhận 412 ca mắc sốt xuất huyết, tăng 35% so "
            "với cùng kỳ năm trước.</p>\n"
            "<script>alert(1)</script>\n"
            "<p>Người dân cần ngủ màn, dọn vệ sinh môi trường và đưa người bệnh đến cơ sở y tế "
            "khi có dấu hiệu sốt cao liên tục.</p>\n"
            "<p><a href=\"#\" onclick=\"window.open('/uploads/news/2022_07/to-roi.jpg');return "
            "false;\">Xem tờ rơi hướng dẫn</a></p>"),
        keywords="sốt xuất huyết", sourcetext="", files="", hits=320,
    ),
    dict(
        id=11, catid=9, listcatid="9", status=1, admin_id=5, sourceid=0,
        add=(2024, 2, 26, 14, 0), publ=(2024, 2, 26, 14, 0), edit=(2024, 2, 27, 8, 30),
        exp=(2024, 3, 31, 17, 0),
        author="",
        title="Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024",
        hometext="UBND huyện Tân Lập thông báo tuyển dụng 45 chỉ tiêu viên chức giáo viên mầm "
                 "non, tiểu học và trung học cơ sở năm 2024.",
        img=("", "", 0),
        body=(
            "<p><strong>1. Chỉ tiêu:</strong> 45 người, gồm 15 giáo viên mầm non, 20 giáo viên "
            "tiểu học và 10 giáo viên trung học cơ sở.</p>\n"
            "<p><strong>2. Hồ sơ:</strong> Phiếu đăng ký dự tuyển theo mẫu; bản sao văn bằng, "
            "chứng chỉ. Thời hạn nhận hồ sơ: từ ngày 27/02/2024 đến 17 giờ ngày 27/3/2024.</p>\n"
            "<p><strong>3. Địa điểm:</strong> Phòng Nội vụ huyện, điện thoại 0200.3812.xxx.</p>\n"
            "<p>Tải mẫu phiếu: <a href=\"/uploads/news/2024_02/mau-phieu-dang-ky.docx\">"
            "mau-phieu-dang-ky.docx</a></p>"),
        keywords="tuyển dụng, viên chức, giáo viên", sourcetext="",
        files="2024_02/mau-phieu-dang-ky.docx,2024_02/thong-bao-tuyen-dung.pdf", hits=2210,
    ),
    dict(
        id=12, catid=9, listcatid="9", status=3, admin_id=5, sourceid=0,
        add=(2019, 10, 15, 9, 0), publ=(2019, 10, 15, 9, 0), edit=(2019, 10, 15, 9, 0),
        exp=(2019, 12, 31, 17, 0),
        author="Phòng Nội vụ",
        title="Tuyển dụng công chức cấp xã năm 2019", title_enc=ENC_NFD,
        hometext="Thông báo tuyển dụng công chức cấp xã năm 2019 đối với các chức danh Văn "
                 "phòng - Thống kê, Tư pháp - Hộ tịch và Địa chính - Xây dựng.",
        # A traversal out of the uploads folder: must be refused, never read.
        img=("../../../etc/passwd", "", 1),
        body=(
            "<p>Tổng chỉ tiêu: 18 người. Hình thức tuyển dụng: thi tuyển. Người dự tuyển nộp hồ "
            "sơ tại Phòng Nội vụ huyện trong giờ hành chính.</p>\n"
            "<p>Điều kiện: tốt nghiệp đại học chuyên ngành phù hợp với chức danh dự tuyển; có "
            "hộ khẩu thường trú tại huyện là một lợi thế khi xét ưu tiên.</p>"),
        keywords="", sourcetext="", files="", hits=1875,
    ),
    dict(
        id=13, catid=6, listcatid="6,2", status=4, admin_id=2, sourceid=0,
        add=(2024, 5, 10, 10, 0), publ=(2024, 5, 10, 10, 0), edit=(2024, 5, 14, 16, 20),
        author="",
        title="[Dự thảo] Kế hoạch phát triển nông nghiệp & nông thôn giai đoạn 2024 - 2026",
        hometext_enc=ENC_TCVN3_LATIN1,
        hometext="Lấy ý kiến góp ý dự thảo Kế hoạch phát triển nông nghiệp và nông thôn giai "
                 "đoạn 2024 - 2026.",
        # An absolute file-system path as an "absolute URL": refused.
        img=("/etc/passwd", "", 3),
        body=(
            "<p>Dự thảo gồm 4 phần: đánh giá kết quả giai đoạn trước, mục tiêu, nhiệm vụ và "
            "giải pháp, tổ chức thực hiện. Ý kiến góp ý gửi về Sở Nông nghiệp và Phát triển "
            "nông thôn trước ngày 30/5/2024.</p>\n"
            "<p>Mục tiêu đến năm 2026: giá trị sản xuất nông nghiệp tăng bình quân 3,5%/năm; "
            "80% số xã đạt chuẩn nông thôn mới.</p>"),
        keywords="dự thảo, nông nghiệp", sourcetext="", files="", hits=0,
    ),
    dict(
        id=14, catid=2, listcatid="2,1", status=2, admin_id=2, sourceid=0,
        add=(2024, 6, 1, 9, 0), publ=(2031, 1, 5, 7, 30), edit=(2024, 6, 1, 9, 0),
        author="Văn phòng UBND tỉnh",
        title="Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh",
        title_enc=ENC_UTF8_CP1258,
        hometext="Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở "
                 "Tiếp công dân tỉnh.",
        img=("", "", 0),
        body=(
            "<p>Trường hợp ngày 15 trùng ngày nghỉ, lễ, Tết thì việc tiếp công dân được thực "
            "hiện vào ngày làm việc tiếp theo. Công dân đến đăng ký trước tại Trụ sở Tiếp công "
            "dân tỉnh.</p>\n"
            "<p>Khi đến, công dân mang theo căn cước công dân và các giấy tờ, tài liệu liên quan "
            "đến nội dung khiếu nại, tố cáo, kiến nghị.</p>"),
        keywords="tiếp công dân", sourcetext="", files="", hits=0,
    ),
    dict(
        id=15, catid=10, listcatid="10", status=1, admin_id=4, sourceid=0,
        add=(2022, 3, 14, 15, 0), publ=(2022, 3, 14, 15, 0), edit=(2022, 3, 14, 15, 0),
        author="",
        title="Hỏi đáp về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        hometext="Ông Trần Văn Bình (xã Tân Hòa) hỏi: Hồ sơ đề nghị cấp giấy chứng nhận quyền "
                 "sử dụng đất lần đầu gồm những gì?",
        img=("", "", 0),
        body=(
            "<p><strong>Hỏi:</strong> Gia đình tôi sử dụng đất ở ổn định từ năm 1995, chưa "
            "được cấp giấy chứng nhận. Xin hỏi hồ sơ gồm những gì?</p>\n"
            "<p><strong>Trả lời:</strong> Hồ sơ gồm đơn đăng ký theo mẫu, giấy tờ về quyền sử "
            "dụng đất (nếu có) và chứng từ thực hiện nghĩa vụ tài chính. Thời gian giải quyết "
            "theo <a href=\"{qurl:6}\">Kế hoạch cải cách hành chính năm 2023</a> được rút ngắn "
            "còn 15 ngày làm việc. Xem thêm <a href=\"" + SITE + "{url:1}\">phiên họp thường kỳ "
            "tháng 3</a>.</p>"),
        keywords="hỏi đáp, đất đai", sourcetext="", files="", hits=146,
    ),
    dict(
        id=16, catid=8, listcatid="8,2,1", status=0, admin_id=3, sourceid=1,
        add=(2020, 8, 20, 10, 0), publ=(2020, 8, 20, 10, 0), edit=(2020, 9, 1, 8, 0),
        author="Tin: Thu Hà. Ảnh: Quốc Tuấn",
        title="Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Nam",
        hometext="Hội nghị thu hút gần 200 doanh nghiệp trong và ngoài nước tham dự.",
        img=("2020_08/xuc-tien-dau-tu.jpg", "Hội nghị xúc tiến đầu tư", 1),
        body=(
            "<p>Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư cho 5 dự án với tổng vốn "
            "đăng ký hơn 3.200 tỷ đồng, chủ yếu trong lĩnh vực chế biến nông sản và cơ khí.</p>\n"
            "<p>Các nhà đầu tư đánh giá cao sự hỗ trợ của tỉnh trong khâu bố trí mặt bằng, hạ tầng và nguồn "
            "nhân lực qua đào tạo.</p>"),
        body_enc=ENC_CP1252,
        keywords="xúc tiến đầu tư", sourcetext="Sở Kế hoạch và Đầu tư", files="", hits=301,
    ),
]

THONGBAO = [
    dict(
        id=1, catid=1, listcatid="1", status=1, admin_id=2, sourceid=1,
        add=(2024, 1, 20, 9, 0), publ=(2024, 1, 20, 9, 0), edit=(2024, 1, 20, 9, 0),
        author="",
        title="Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024",
        hometext="Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán từ ngày 08/02/2024 "
                 "đến hết ngày 14/02/2024.",
        img=("", "", 0),
        body=(
            "<p>Căn cứ thông báo của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh thông báo "
            "lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024 như sau: nghỉ 7 ngày liên tục từ thứ "
            "Năm ngày 08/02/2024 đến hết thứ Tư ngày 14/02/2024.</p>\n"
            "<p>Các cơ quan, đơn vị bố trí cán bộ trực, bảo đảm an ninh, an toàn trong dịp "
            "Tết.</p>"),
        keywords="nghỉ Tết", sourcetext="", files="", hits=980,
    ),
    dict(
        id=2, catid=1, listcatid="1", status=1, admin_id=2, sourceid=1,
        add=(2023, 8, 8, 14, 0), publ=(2023, 8, 8, 14, 0), edit=(2023, 8, 8, 14, 0),
        author="Công an tỉnh",
        title="Đề nghị người dân cảnh giác với các cuộc gọi lừa đảo", title_enc=ENC_LATIN1,
        hometext="Thời gian gần đây xuất hiện nhiều đối tượng giả danh cơ quan chức năng gọi "
                 "điện yêu cầu chuyển tiền.",
        img=("", "", 0),
        body=(
            "<p>Công an tỉnh khuyến cáo người dân không cung cấp thông tin cá nhân, mã OTP qua "
            "điện thoại; khi nghi ngờ, liên hệ ngay cơ quan công an gần nhất.</p>"),
        keywords="lừa đảo, cảnh giác", sourcetext="", files="", hits=455,
    ),
    dict(
        id=3, catid=2, listcatid="2", status=1, admin_id=5, sourceid=1,
        add=(2023, 12, 1, 16, 0), publ=(2023, 12, 1, 16, 0), edit=(2023, 12, 2, 8, 0),
        author="Hội đồng tuyển dụng",
        title="Thông báo kết quả xét tuyển viên chức năm 2023",
        hometext="Hội đồng xét tuyển viên chức thông báo danh sách thí sinh trúng tuyển và "
                 "thời gian nhận quyết định tuyển dụng.",
        img=("", "", 0),
        body=(
            "<p>Danh sách 37 thí sinh trúng tuyển kèm theo thông báo này. Thí sinh trúng tuyển "
            "hoàn thiện hồ sơ trong thời hạn 30 ngày kể từ ngày nhận thông báo.</p>"),
        keywords="kết quả xét tuyển", sourcetext="",
        files="2023_12/danh-sach-trung-tuyen.pdf", hits=1200,
    ),
    dict(
        id=4, catid=1, listcatid="1", status=1, admin_id=2, sourceid=1,
        add=(2024, 6, 28, 10, 0), publ=(2024, 6, 28, 10, 0), edit=(2024, 6, 28, 10, 0),
        author="",
        title="Lịch tiếp công dân tháng 7/2024", title_enc=ENC_CP1252_X2,
        hometext="Lịch tiếp công dân của lãnh đạo UBND tỉnh trong tháng 7 năm 2024.",
        img=("", "", 0),
        body="<p>Lãnh đạo UBND tỉnh tiếp công dân vào ngày 15/7/2024 tại Trụ sở Tiếp công dân "
             "tỉnh.</p>",
        keywords="tiếp công dân", sourcetext="", files="", hits=77,
    ),
]

ARTICLES = {"news": NEWS, "thongbao": THONGBAO}

# An article that was deleted from `_rows` but survived in a per-category
# copy table (a known NukeViet leftover): the extractor must not load it.
ORPHAN_IN_COPY = ("news", 1, dict(
    id=17, catid=1, listcatid="1", status=1, admin_id=2, sourceid=0,
    add=(2019, 1, 8, 9, 0), publ=(2019, 1, 8, 9, 0), edit=(2019, 1, 8, 9, 0),
    author="", title="Hội nghị tổng kết công tác năm 2018",
    hometext="Bài viết đã bị xóa khỏi bảng chính nhưng còn trong bảng chuyên mục.",
    img=("", "", 0), hits=5))

CAT_DESCRIPTIONS = {
    ("news", 1): "Tin tức về hoạt động của chính quyền và đời sống kinh tế - xã hội của tỉnh",
    ("news", 6): "Văn bản chỉ đạo, điều hành của UBND tỉnh",
    ("news", 10): "Giải đáp câu hỏi của người dân và doanh nghiệp",
    ("thongbao", 1): "Thông báo của UBND tỉnh và Văn phòng UBND tỉnh",
}


# --------------------------------------------------------------------------
# The sample site's uploads folder (files built here, byte for byte)
# --------------------------------------------------------------------------

def png_file(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour (8-bit RGB, zlib-compressed scanlines)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height, 9))
            + chunk(b"IEND", b""))


def jpeg_file(caption: str) -> bytes:
    """A valid baseline JPEG: one 8x8 grey block. Its Huffman tables hold one
    code each (DC difference 0, AC end-of-block), so the whole scan is the two
    bits `00`; the caption (a COM segment) makes each file's bytes its own."""
    def seg(marker: int, data: bytes) -> bytes:
        return struct.pack(">BBH", 0xFF, marker, len(data) + 2) + data
    one_code = bytes([1] + [0] * 15)
    return (b"\xff\xd8"
            + seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + seg(0xFE, caption.encode("utf-8"))
            + seg(0xDB, b"\x00" + bytes([1] * 64))
            + seg(0xC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
            + seg(0xC4, b"\x00" + one_code + b"\x00")
            + seg(0xC4, b"\x10" + one_code + b"\x00")
            + seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
            + b"\x3f\xff\xd9")


def pdf_file(title: str) -> bytes:
    """A valid one-page PDF (ASCII text; the cross-reference table's offsets
    computed)."""
    text = title.encode("ascii")
    stream = b"BT /F1 12 Tf 40 100 Td (" + text + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\n"
            b"startxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out


_KHAI_GIANG = jpeg_file("Anh mau: le khai giang nam hoc 2023 - 2024")

# Paths inside uploads/ -> content. `tiem-vac-xin.jpg` has the same bytes as
# `khai-giang.jpg` (an editor re-uploaded a photo): stored once.
UPLOADS = {
    "news/2023_03/hop-ubnd-thang-3.jpg": jpeg_file("Anh mau: phien hop UBND tinh thang 3"),
    "news/2023_03/anh.jpg": jpeg_file("Anh mau: quang canh phien hop"),
    "news/2023_03/ke-hoach.pdf": pdf_file("Ke hoach cai cach hanh chinh nam 2023"),
    "news/2023_05/dong-lua.jpg": jpeg_file("Anh mau: canh dong lua xuan"),
    "news/2023_09/khai-giang.jpg": _KHAI_GIANG,
    "news/2019_04/tiem-vac-xin.jpg": _KHAI_GIANG,
    "news/2023_11/ngay-phap-luat.png": png_file(4, 3, (200, 30, 40)),
    "news/2023_11/so do to chuc.png": png_file(3, 2, (20, 90, 160)),
    "news/2022_07/sot-xuat-huyet.jpg": jpeg_file("Anh mau: phun hoa chat diet muoi"),
    "news/2020_08/xuc-tien-dau-tu.jpg": jpeg_file("Anh mau: hoi nghi xuc tien dau tu"),
}

# The old site's address, for `--old-base-url` (bodies use it with `www.`
# and `http:`, which must not matter).
OLD_BASE_URL = SITE

# What a migration with `--uploads uploads --old-base-url OLD_BASE_URL` does
# with each reference: (article, role, reference as found, status, file in
# uploads or None, refusal code or None). Missing files: `toan-canh-kcn.jpg`
# (tests add it between runs), the `.docx`, and the two names under
# `2021_11/` (tests make them symlinks, one inside uploads, one outside).
ATTACHMENTS = [
    ("tin-tuc/1", "home_image", "/uploads/news/2023_03/hop-ubnd-thang-3.jpg", "stored",
     "news/2023_03/hop-ubnd-thang-3.jpg", None),
    ("tin-tuc/1", "inline", "/uploads/news/2023_03/anh.jpg", "stored",
     "news/2023_03/anh.jpg", None),
    ("tin-tuc/2", "home_image", "/uploads/news/2023_04/toan-canh-kcn.jpg", "missing",
     "news/2023_04/toan-canh-kcn.jpg", None),
    ("tin-tuc/2", "inline", "{{NV_BASE_SITEURL}}uploads/news/2023_03/anh.jpg", "stored",
     "news/2023_03/anh.jpg", None),
    ("tin-tuc/3", "home_image", "https://baotinhmau.example.vn/uploads/2023/05/thu-hoach-lua.jpg",
     "external", None, None),
    ("tin-tuc/3", "inline", "../../../uploads/news/2023_05/dong-lua.jpg", "stored",
     "news/2023_05/dong-lua.jpg", None),
    ("tin-tuc/4", "home_image", "/uploads/news/2023_09/khai-giang.jpg", "stored",
     "news/2023_09/khai-giang.jpg", None),
    ("tin-tuc/4", "inline", "http://www.tinhmau.example.gov.vn/uploads/news/2023_09/khai-giang.jpg",
     "stored", "news/2023_09/khai-giang.jpg", None),
    ("tin-tuc/5", "inline", "/uploads/news/2021_11/trao-hoc-bong.jpg", "missing",
     "news/2021_11/trao-hoc-bong.jpg", None),
    ("tin-tuc/5", "inline", "/uploads/news/2021_11/danh-sach.pdf", "missing",
     "news/2021_11/danh-sach.pdf", None),
    ("tin-tuc/6", "inline", "/uploads/news/2023_03/ke-hoach.pdf", "stored",
     "news/2023_03/ke-hoach.pdf", None),
    ("tin-tuc/8", "home_image", "/uploads/news/2023_11/ngay-phap-luat.png", "stored",
     "news/2023_11/ngay-phap-luat.png", None),
    ("tin-tuc/8", "inline", "uploads/news/2023_11/so%20do%20to%20chuc.png?v=2", "stored",
     "news/2023_11/so do to chuc.png", None),
    ("tin-tuc/9", "home_image", "/uploads/news/2019_04/tiem-vac-xin.jpg", "stored",
     "news/2019_04/tiem-vac-xin.jpg", None),
    ("tin-tuc/10", "home_image", "/uploads/news/2022_07/sot-xuat-huyet.jpg", "stored",
     "news/2022_07/sot-xuat-huyet.jpg", None),
    ("tin-tuc/11", "inline", "/uploads/news/2024_02/mau-phieu-dang-ky.docx", "missing",
     "news/2024_02/mau-phieu-dang-ky.docx", None),
    ("tin-tuc/12", "home_image", "/uploads/news/../../../etc/passwd", "refused", None,
     "traversal"),
    ("tin-tuc/13", "home_image", "/etc/passwd", "refused", None, "outside_uploads"),
    ("tin-tuc/16", "home_image", "/uploads/news/2020_08/xuc-tien-dau-tu.jpg", "stored",
     "news/2020_08/xuc-tien-dau-tu.jpg", None),
]


def uploads_expected() -> dict:
    files = {}
    for path, data in UPLOADS.items():
        ext = path.rsplit(".", 1)[1].lower()
        sha = hashlib.sha256(data).hexdigest()
        mime = {"jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}[ext]
        files[path] = dict(sha256=sha, size=len(data), mime=mime,
                           stored_as=f"{sha[:2]}/{sha}.{ext}")
    return {
        "folder": "uploads",
        "old_base_url": OLD_BASE_URL,
        "files": files,
        "distinct_files": len({f["stored_as"] for f in files.values()}),
        "attachments": [dict(article=a, role=r, reference=ref, status=st, file=f, refusal=why)
                        for a, r, ref, st, f, why in ATTACHMENTS],
    }


def write_uploads(out_dir: Path) -> None:
    root = out_dir / "uploads"
    if root.exists():
        shutil.rmtree(root)
    for path, data in UPLOADS.items():
        f = root / path
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)


class Sample:
    """Everything about the sample site, computed once from the tables above."""

    def __init__(self):
        self.cats = {}      # data -> list of dicts (catid order)
        self.articles = {}  # data -> list of dicts (id order) with computed fields
        for title, data, upload, _ in INSTANCES:
            self.cats[data] = self._cats(data)
            self.articles[data] = [self._article(title, data, a) for a in ARTICLES[data]]
        self._fill_links()

    # ---- categories
    def _cats(self, data):
        rows = [dict(catid=c[0], parentid=c[1], title=c[2], alias=c[3], weight=c[4],
                     status=c[5], enc=c[6]) for c in CATS[data]]
        by_id = {c["catid"]: c for c in rows}
        kids = {c["catid"]: [] for c in rows}
        kids[0] = []
        for c in rows:
            kids[c["parentid"]].append(c)
        for k in kids.values():
            k.sort(key=lambda c: c["weight"])
        order = []

        def walk(pid, lev):
            for c in kids[pid]:
                c["lev"] = lev
                order.append(c)
                walk(c["catid"], lev + 1)
        walk(0, 0)
        assert len(order) == len(rows)
        for i, c in enumerate(order, 1):
            c["sort"] = i
            c["subcatid"] = ",".join(str(k["catid"]) for k in kids[c["catid"]])
            c["numsubcat"] = len(kids[c["catid"]])
            c["description"] = CAT_DESCRIPTIONS.get((data, c["catid"]), "")
            c["path"] = []
            p = c
            while p:
                c["path"].insert(0, p["catid"])
                p = by_id.get(p["parentid"])
        return rows

    def cat_values(self, data, c):
        t0 = vn_time(2019, 1, 5, 8, 0) + c["catid"] * 3600
        stored = encode_field(c["title"], c["enc"])
        return (c["catid"], c["parentid"], stored, "", c["alias"], c["description"], "", "",
                0, c["weight"], c["sort"], c["lev"],
                "viewcat_main_right" if c["numsubcat"] else "viewcat_page_new",
                c["numsubcat"], c["subcatid"], 4, 2, 0, "", "", "", "", t0, t0 + 86400 * 30,
                "6", c["status"])

    # ---- articles
    def _article(self, module, data, a):
        a = dict(a)
        a["module"], a["data"] = module, data
        raw = isinstance(a["title"], bytes)
        if raw:
            a["expected_title"] = None
            a["alias"] = "thong-bao-khan-cap-ve-mua-lu"
        else:
            a["expected_title"] = unicodedata.normalize("NFC", a["title"])
            a["alias"] = slugify(a["title"])
        cat = next(c for c in self.cats[data] if c["catid"] == a["catid"])
        a["cat_alias"] = cat["alias"]
        a["old_url"] = f"/vi/{module}/{cat['alias']}/{a['alias']}-{a['id']}.html"
        a["qurl"] = (f"/index.php?language=vi&amp;nv={module}&amp;op="
                     f"{cat['alias']}/{a['alias']}-{a['id']}")
        for k in ("add", "publ", "edit"):
            a[k + "time"] = vn_time(*a[k])
        a["exptime"] = vn_time(*a["exp"]) if a.get("exp") else 0
        return a

    def _fill_links(self):
        urls = {a["id"]: a for a in self.articles["news"]}
        cats = {c["catid"]: c for c in self.cats["news"]}
        module = next(t for t, d, _, _ in INSTANCES if d == "news")
        for data in self.articles:
            for a in self.articles[data]:
                body = a["body"]
                a["links"] = []

                def fill(kind, n, href, target, exists=True):
                    nonlocal body
                    ph = "{%s:%d}" % (kind, n)
                    if ph in body:
                        body = body.replace(ph, href)
                        a["links"].append(dict(href=href.replace("&amp;", "&"), form=kind,
                                               target=target, exists=exists))
                for n, t in urls.items():
                    key = f"nv4_vi_news/article/{n}"
                    fill("url", n, t["old_url"], key)
                    fill("qurl", n, t["qurl"], key)
                    fill("rel", n, f"../{t['cat_alias']}/{t['alias']}-{n}.html", key)
                for c in cats.values():
                    fill("caturl", c["catid"], f"/vi/{module}/{c['alias']}/",
                         f"nv4_vi_news/category/{c['catid']}")
                for n in range(1, 1000):
                    if n not in urls:
                        fill("gone", n, f"/vi/{module}/{cats[1]['alias']}/bai-da-go-{n}.html",
                             f"nv4_vi_news/article/{n}", exists=False)
                assert not re.search(r"\{(url|qurl|rel|caturl|gone):", body), (a["id"], body)
                # An own-domain absolute link (SITE + old URL) is the same link.
                for l in a["links"]:
                    if (SITE + l["href"]) in body.replace("&amp;", "&"):
                        l["href"] = SITE + l["href"]
                        l["form"] = "absolute"
                a["links"].sort(key=lambda l: body.replace("&amp;", "&").find(l["href"]))
                a["body_final"] = body
                assert 200 <= len(body) <= 1500 or data == "thongbao", (a["id"], len(body))

    def row_values(self, a):
        if isinstance(a["title"], bytes):
            title = a["title"]
        else:
            title = encode_field(nv_entities(a["title"]), a.get("title_enc"))
        hometext = encode_field(nv_entities(a["hometext"]), a.get("hometext_enc"))
        img, alt, thumb = a["img"]
        return (a["id"], a["catid"], a["listcatid"], ARTICLE_TOPIC.get((a["data"], a["id"]), 0),
                a["admin_id"], a["author"],
                a["sourceid"], a["addtime"], a["edittime"], a["status"], a["id"],
                a["publtime"], a["exptime"], 2, title, a["alias"], hometext, img, alt, thumb,
                1, "6", 1, int((a["data"], a["id"]) in EXTERNAL_LINK), a["hits"], 0, 0, 0, 0,
                "", 0)

    def detail_values(self, a):
        body = encode_field(a["body_final"], a.get("body_enc"))
        # one SEO description carries a stray NUL, as broken editors left them
        description = "Thông báo tuyển dụng công chức cấp xã\x00" if (
            a["data"] == "news" and a["id"] == 12) else ""
        return (a["id"], "", description, body, None, a["keywords"], a["sourcetext"],
                a["files"], 2 if a["img"][2] else 1, "", 0, 1, 1, 1)

    # ---- special fields, for README and expected.json
    def special_fields(self):
        out = []
        for title, data, _, _ in INSTANCES:
            for c in self.cats[data]:
                if c["enc"]:
                    out.append(dict(module=title, table=f"nv4_vi_{data}_cat", id=c["catid"],
                                    column="title", how=c["enc"], expected=c["title"]))
            for a in self.articles[data]:
                for field, column, table in (("title", "title", "rows"),
                                             ("hometext", "hometext", "rows"),
                                             ("body", "bodyhtml", "detail")):
                    enc = a.get(field + "_enc")
                    if not enc:
                        continue
                    exp = None
                    if enc != ENC_RAW:
                        exp = {"title": a["expected_title"],
                               "hometext": unicodedata.normalize("NFC", a["hometext"]),
                               "body": unicodedata.normalize("NFC", a["body_final"])}[field]
                    out.append(dict(module=title, table=f"nv4_vi_{data}_{table}",
                                    id=a["id"], column=column, how=enc, expected=exp))
        return out

    # ---- the dump
    def tables(self) -> list:
        """Every table of the dump as (name, column definitions, rows,
        AUTO_INCREMENT), in the order mysqldump writes them (by name). Every
        layout of `layouts` writes these same rows."""
        tables = []
        set_time = vn_time(2019, 1, 5, 8, 0)
        modules = [
            module_row("about", "page", "about", "about", "Giới thiệu", 1, set_time),
            module_row("contact", "contact", "contact", "contact", "Liên hệ", 5, set_time),
        ]
        for w, (title, data, upload, custom) in enumerate(INSTANCES, 2):
            modules.append(module_row(title, "news", data, upload, custom, w, set_time))
        tables.append(("nv4_vi_modules", COLS_MODULES, modules, None))
        config = [("sys", "site", "site_timezone", "Asia/Ho_Chi_Minh"),
                  ("vi", "global", "site_name", "Cổng thông tin điện tử Tỉnh Mẫu")]
        for title, _, _, _ in INSTANCES:
            config += [("vi", title, "per_page", "20"), ("vi", title, "structure_upload", "Ym")]
        tables.append(("nv4_config", COLS_CONFIG, config, None))
        for title, data, _, _ in INSTANCES:
            stem = f"nv4_vi_{data}"
            cats = self.cats[data]
            arts = self.articles[data]
            tables.append((f"{stem}_cat", COLS_CAT, [self.cat_values(data, c) for c in cats],
                           max(c["catid"] for c in cats) + 1))
            tables.append((f"{stem}_detail", COLS_DETAIL, [self.detail_values(a) for a in arts],
                           None))
            max_id = max(a["id"] for a in arts)
            copies = []
            for catid in COPY_TABLES[data]:
                members = [a for a in arts if str(catid) in a["listcatid"].split(",")]
                vals = [self.row_values(a) for a in sorted(members, key=lambda a: a["publtime"])]
                if ORPHAN_IN_COPY[0] == data and ORPHAN_IN_COPY[1] == catid:
                    o = self._article(title, data, dict(ORPHAN_IN_COPY[2], body="", keywords="",
                                                        sourcetext="", files=""))
                    vals.insert(0, self.row_values(o))
                    max_id = max(max_id, o["id"])
                copies.append((f"{stem}_{catid}", vals))
            for name, vals in copies:
                tables.append((name, COLS_ROWS, vals, max(v[0] for v in vals) + 1))
            tables.append((f"{stem}_rows", COLS_ROWS, [self.row_values(a) for a in arts],
                           max_id + 1))
            src = SOURCES[data]
            tables.append((f"{stem}_sources", COLS_SOURCES, src, max(s[0] for s in src) + 1))
            if data == "news":
                tables += [
                    (f"{stem}_topics", COLS_TOPICS, TOPICS, len(TOPICS) + 1),
                    (f"{stem}_tags", COLS_TAGS, TAGS, len(TAGS) + 1),
                    (f"{stem}_tags_id", COLS_TAGS_ID, TAG_LINKS, None),
                    (f"{stem}_author", COLS_AUTHOR, AUTHORS, len(AUTHORS) + 1),
                    (f"{stem}_authorlist", COLS_AUTHORLIST, AUTHOR_LINKS, None),
                ]
        tables.append(("nv4_users", COLS_USERS, USERS, 7))
        return sorted(tables, key=lambda t: t[0])

    def write_dump(self, out) -> None:
        dw = DumpWriter(out, "mariadb", "portal_cu")
        dw.header()
        for name, cols, rows, ai in self.tables():
            dw.table(name, cols, rows, ai)
        dw.footer()

    def copy_tables(self):
        return [f"nv4_vi_{data}_{c}" for _, data, _, _ in INSTANCES for c in COPY_TABLES[data]]


# --------------------------------------------------------------------------
# Taxonomy and mapping of the sample
# --------------------------------------------------------------------------

SECTIONS = [
    # slug, name, name_en, parent
    ("gioi-thieu", "Giới thiệu", "About", None),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", "News and events", None),
    ("giao-duc", "Giáo dục - Đào tạo", "Education and training", "tin-tuc-su-kien"),
    ("y-te", "Y tế", "Health", "tin-tuc-su-kien"),
    ("chi-dao-dieu-hanh", "Chỉ đạo, điều hành", "Direction and administration", None),
    ("van-ban-phap-luat", "Văn bản pháp luật", "Legal documents", None),
    ("thong-bao", "Thông báo", "Announcements", None),
    ("tuyen-dung", "Tuyển dụng", "Recruitment", None),
    ("tuyen-truyen-pho-bien-phap-luat", "Tuyên truyền, phổ biến pháp luật",
     "Legal dissemination and education", None),
    ("unmapped", "Chưa phân loại", "Unclassified", None),
]

# Ordered rules; first match wins. key: (kind, value). Comments: (vi, en).
RULES = [
    dict(id="thong-bao-tuyen-dung", source="thong-bao", key=("category_alias", "tuyen-dung"),
         section="thong-bao",
         vi="Chuyên mục \"Tuyển dụng\" của module Thông báo chỉ đăng kết quả xét tuyển: "
            "đưa vào mục Thông báo. Phải đứng trước quy tắc \"tuyen-dung\" chung bên dưới.",
         en="The Thông báo module's own \"tuyen-dung\" category holds exam results: "
            "announcements. Must come before the generic \"tuyen-dung\" rule below."),
    dict(id="thong-bao-chung", source="thong-bao", key=("category_alias", "thong-bao-chung"),
         section="thong-bao",
         vi="Thông báo chung của module Thông báo (chỉ module này, nhờ khóa source).",
         en="General notices, only from the Thông báo module (source key)."),
    dict(id="kinh-te-xa-hoi", key=("category_alias", "kinh-te-xa-hoi"),
         section="tin-tuc-su-kien",
         vi="Tin kinh tế - xã hội (chuyên mục cấp 3) vào Tin tức - Sự kiện.",
         en="Economy and society news (third level) goes to News and events."),
    dict(id="van-ban-chi-dao", source="tin-tuc", key=("category_id", 6),
         section="chi-dao-dieu-hanh",
         vi="Chuyên mục số 6 \"Văn bản chỉ đạo\". Số chuyên mục chỉ duy nhất trong một "
            "module, nên ghi kèm source.",
         en="Category id 6, \"Văn bản chỉ đạo\". Ids are only unique inside one module, "
            "hence the source key."),
    dict(id="giao-duc", key=("category_title", "Giáo dục"), section="giao-duc",
         vi="So khớp theo tên chuyên mục (sau khi giải mã: trong bản dump tên này bị mã hóa "
            "hai lần).",
         en="Matched by title, after decoding (the dump stores this title double-encoded)."),
    dict(id="y-te", key=("category_alias", "y-te"), section="y-te",
         vi="Chuyên mục Y tế (đang tắt trên cổng cũ, bài vẫn chuyển).",
         en="Health category (disabled on the old portal; its articles still move)."),
    dict(id="pho-bien-phap-luat", key=("category_alias", "pho-bien-phap-luat"),
         section="tuyen-truyen-pho-bien-phap-luat",
         vi="Phổ biến pháp luật.", en="Legal dissemination."),
    dict(id="thong-tin-tuyen-truyen", key=("category_alias", "thong-tin-tuyen-truyen"),
         section="tuyen-truyen-pho-bien-phap-luat",
         vi="Chuyên mục cha Thông tin tuyên truyền.", en="Parent category of propaganda news."),
    dict(id="hoat-dong-cua-ubnd", key=("category_alias", "hoat-dong-cua-ubnd"),
         section="tin-tuc-su-kien",
         vi="Hoạt động của UBND tỉnh.", en="Activities of the provincial People's Committee."),
    dict(id="tin-tuc", key=("category_alias", "tin-tuc"), section="tin-tuc-su-kien",
         vi="Chuyên mục gốc Tin tức.", en="Root news category."),
    dict(id="tuyen-dung", key=("category_alias", "tuyen-dung"), section="tuyen-dung",
         vi="Tuyển dụng (mọi module còn lại, tức là module Tin tức).",
         en="Recruitment (any remaining module, here Tin tức)."),
]
UNMAPPED_ON_PURPOSE = ("news", 10)  # "Hỏi đáp": no rule, goes to "unmapped"


def resolve_section(module: str, cat: dict) -> tuple[str, str | None]:
    """Section of a category: first matching rule (exact match on the
    category itself, decoded title), else the unmapped section."""
    for r in RULES:
        if r.get("source") and r["source"] != module:
            continue
        kind, value = r["key"]
        if ((kind == "category_alias" and cat["alias"] == value)
                or (kind == "category_id" and cat["catid"] == value)
                or (kind == "category_title" and cat["title"] == value)):
            return r["section"], r["id"]
    return "unmapped", None


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def taxonomy_toml() -> str:
    lines = ["# Các mục của cổng thông tin mới (bản mẫu cho samples/nukeviet45).",
             "# Sections of the new portal (sample for samples/nukeviet45).",
             "# Generated by scripts/gen-samples.py; edit the script, not this file.", ""]
    for slug, name, en, parent in SECTIONS:
        lines += ["[[section]]", f"slug = {toml_str(slug)}", f"name = {toml_str(name)}",
                  f"name_en = {toml_str(en)}"]
        if parent:
            lines.append(f"parent = {toml_str(parent)}")
        lines.append("")
    return "\n".join(lines)


def mapping_toml() -> str:
    lines = [
        "# Ánh xạ chuyên mục cũ (NukeViet) sang mục của cổng mới.",
        "# Maps the old NukeViet categories to sections of the new portal.",
        "#",
        "# Quy tắc xét theo thứ tự, quy tắc đầu tiên khớp được áp dụng. Các quy tắc ở đây chọn",
        "# chuyên mục bằng một trong category_id / category_alias / category_title; source",
        "# (tùy chọn) giới hạn quy tắc vào một module (tên module trên URL, ví dụ \"tin-tuc\").",
        "# Mọi khóa khác (old_url_prefix, điều kiện title_regex, kind, ngày...): docs/MAPPING.md.",
        "# Rules are tried in order; the first match wins. The rules here select a category",
        "# by one of category_id / category_alias / category_title; the optional source limits",
        "# a rule to one module (the NukeViet module title, as in URLs). Every other key",
        "# (old_url_prefix, conditions such as title_regex, kind, dates): docs/MAPPING.md.",
        "#",
        "# Generated by scripts/gen-samples.py; edit the script, not this file.",
        "",
        "taxonomy = \"taxonomy.toml\"",
        "",
        "# Bài thuộc chuyên mục không có quy tắc: vẫn chuyển, vào mục \"Chưa phân loại\"",
        "# và được ghi nhật ký. Ở bản mẫu này, chuyên mục \"Hỏi đáp\" cố ý không có quy tắc.",
        "# Items of categories no rule matches: kept, put in \"unmapped\", always logged.",
        "# In this sample the \"Hỏi đáp\" (Q&A) category is left unmapped on purpose.",
        "[unmapped]",
        "policy = \"keep-in\"",
        "section = \"unmapped\"",
        "",
    ]
    for r in RULES:
        kind, value = r["key"]
        for text in (r["vi"], r["en"]):
            lines += ["# " + ln for ln in textwrap.wrap(text, 86)]
        lines += ["[[rule]]", f"id = {toml_str(r['id'])}"]
        if r.get("source"):
            lines.append(f"source = {toml_str(r['source'])}")
        lines.append(f"{kind} = {value}" if isinstance(value, int)
                     else f"{kind} = {toml_str(value)}")
        lines += [f"section = {toml_str(r['section'])}", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Expected results
# --------------------------------------------------------------------------

def iso_vn(ts: int) -> str:
    import datetime as _dt
    tz = _dt.timezone(_dt.timedelta(hours=7))
    return _dt.datetime.fromtimestamp(ts, tz).isoformat()


def expected(sample: Sample) -> dict:
    specials = sample.special_fields()
    quarantined = [s for s in specials if s["how"] == ENC_RAW]
    assert len(quarantined) == 1
    q = quarantined[0]
    rounds = {ENC_CP1252: 1, ENC_LATIN1: 1, ENC_CP1252_X2: 2}
    instances, cats_out, arts_out, titles = [], {}, {}, {}
    raw_counts, real_counts, section_counts = {}, {}, {}
    for title, data, upload, _ in INSTANCES:
        cats = sample.cats[data]
        arts = sample.articles[data]
        by_id = {c["catid"]: c for c in cats}
        loaded = [a for a in arts if a["expected_title"] is not None]
        instances.append(dict(module=title, module_file="news", module_data=data,
                              module_upload=upload, source=f"nv4_vi_{data}",
                              categories=len(cats), articles=len(arts),
                              articles_loaded=len(loaded)))
        for c in cats:
            section, rule = resolve_section(title, c)
            cats_out[f"{title}/{c['catid']}"] = dict(
                title=c["title"], alias=c["alias"], parentid=c["parentid"], lev=c["lev"],
                sort=c["sort"], status=c["status"], section=section, rule=rule)
        for a in arts:
            raw_counts[str(a["status"])] = raw_counts.get(str(a["status"]), 0) + 1
            key = f"{title}/{a['id']}"
            if a["expected_title"] is None:
                continue
            rs = STATUS_NAMES[real_status(a["status"])]
            real_counts[rs] = real_counts.get(rs, 0) + 1
            section, rule = resolve_section(title, by_id[a["catid"]])
            section_counts[section] = section_counts.get(section, 0) + 1
            titles[key] = a["expected_title"]
            arts_out[key] = dict(
                title=a["expected_title"], catid=a["catid"],
                listcatid=[int(x) for x in a["listcatid"].split(",")],
                status=a["status"], real_status=real_status(a["status"]), status_name=rs,
                locked_by_category=a["status"] > 20, author=a["author"],
                publtime=a["publtime"], published_at=iso_vn(a["publtime"]),
                exptime=a["exptime"], section=section, rule=rule, old_url=a["old_url"],
                homeimgthumb=a["img"][2], files=[f for f in a["files"].split(",") if f],
                body_links=a["links"], admin_id=a["admin_id"])
    total = sum(i["articles"] for i in instances)
    return {
        "dump": "portal.sql",
        "layout": "mariadb-dump, one row per line",
        "prefix": "nv4",
        "lang": "vi",
        "timezone": "Asia/Ho_Chi_Minh",
        "instances": instances,
        "categories": sum(i["categories"] for i in instances),
        "categories_loaded": sum(i["categories"] for i in instances),
        "articles_total": total,
        "articles_loaded": total - len(quarantined),
        "quarantined": len(quarantined),
        "quarantined_key": dict(module=q["module"], table=q["table"], id=q["id"],
                                column=q["column"]),
        "ignored_tables": sample.copy_tables(),
        "orphan_rows_in_copy_tables": [dict(table=f"nv4_vi_{ORPHAN_IN_COPY[0]}_"
                                            f"{ORPHAN_IN_COPY[1]}", id=ORPHAN_IN_COPY[2]["id"])],
        "status_counts": {"raw": dict(sorted(raw_counts.items(), key=lambda kv: int(kv[0]))),
                          "loaded_by_real_status": dict(sorted(real_counts.items()))},
        "double_encoded": [dict(module=s["module"], table=s["table"], id=s["id"],
                                column=s["column"], how=s["how"], rounds=rounds[s["how"]],
                                expected=s["expected"])
                           for s in specials if s["how"] in rounds],
        "encoded_fields": [dict(module=s["module"], table=s["table"], id=s["id"],
                                column=s["column"], how=s["how"], charset=ENC_LABEL[s["how"]])
                           for s in specials if s["how"] in ENC_LABEL],
        "decomposed_unicode": [dict(module=s["module"], table=s["table"], id=s["id"],
                                    column=s["column"], expected=s["expected"])
                               for s in specials if s["how"] == ENC_NFD],
        "unmapped_categories": [f"{t}/{c}" for t, d, _, _ in INSTANCES
                                for c in [UNMAPPED_ON_PURPOSE[1]] if d == UNMAPPED_ON_PURPOSE[0]],
        "section_counts": dict(sorted(section_counts.items())),
        "uploads": uploads_expected(),
        "terms": terms_expected(),
        "titles": titles,
        "categories_by_key": cats_out,
        "articles": arts_out,
    }


def terms_expected() -> dict:
    """What the news module's topics, tags, authors and accounts become."""
    tids = {t[0] for t in TAGS}
    return {
        "source": "nv4_vi_news",
        "topics": len(TOPICS), "tags": len(TAGS), "authors": len(AUTHORS),
        "sources": {d: len(v) for d, v in SOURCES.items()},
        "article_topics": {f"tin-tuc/{i}": t for (d, i), t in ARTICLE_TOPIC.items()
                           if d == "news" and t in {x[0] for x in TOPICS}},
        "article_tags": sum(1 for _, t, _ in TAG_LINKS if t in tids),
        "tags_of": {f"tin-tuc/{a}": [t for x, t, _ in TAG_LINKS if x == a and t in tids]
                    for a in sorted({x for x, _, _ in TAG_LINKS})},
        "authors_of": {f"tin-tuc/{a}": [p for x, _, _, p in AUTHOR_LINKS if x == a]
                       for a in sorted({x for x, _, _, _ in AUTHOR_LINKS})},
        "missing": {"topic": ["tin-tuc/10", 5], "tag": ["tin-tuc/5", 9]},
        "usernames": {str(u[0]): u[2] for u in USERS},
        "emails": [u[3] for u in USERS],
        "external_link": [f"tin-tuc/{i}" for d, i in sorted(EXTERNAL_LINK) if d == "news"],
    }


def readme(sample: Sample, exp: dict) -> str:
    L = []
    L += ["# Sample: a NukeViet 4.5 provincial portal (`samples/nukeviet45`)", "",
          "Written by `scripts/gen-samples.py sample`; do not edit by hand, change the script",
          "and run it again (the output is deterministic, byte for byte). All text is our own",
          "writing about a fictional province (\"Tỉnh Mẫu\"); only the table layout follows",
          "NukeViet 4.5.", "",
          "| file | what |", "|---|---|",
          "| `portal.sql` | the site dump, mariadb-dump layout (sandbox line, one row per line), "
          "prefix `nv4`, language `vi` |",
          "| `taxonomy.toml` | sections of the new portal |",
          "| `mapping.toml` | old categories -> sections, with comments for admins |",
          "| `expected.json` | everything below, machine-readable, for tests |",
          "| `uploads/` | the old site's uploads folder (files built by the script) |", "",
          "## What the dump holds", "",
          "`nv4_vi_modules` lists `about` (page), `contact` and two instances of the news "
          "module:", "",
          "| module (URL title) | module_data | tables | categories | articles |",
          "|---|---|---|---|---|"]
    for i in exp["instances"]:
        L.append(f"| `{i['module']}` | `{i['module_data']}` | `{i['source']}_*` | "
                 f"{i['categories']} | {i['articles']} |")
    L += ["", "Per-category copy tables, which duplicate `_rows` and must be ignored: "
          + ", ".join(f"`{t}`" for t in exp["ignored_tables"]) + ". "
          f"`{exp['orphan_rows_in_copy_tables'][0]['table']}` also holds article id "
          f"{exp['orphan_rows_in_copy_tables'][0]['id']}, deleted from `_rows` long ago: "
          "it must not be loaded.", "",
          "Also present: `nv4_config` (site time zone `Asia/Ho_Chi_Minh`), `_sources`; for "
          "`tin-tuc`: `_topics`, `_tags` / `_tags_id` (4.5 style: empty titles, names in "
          "`keywords`, aliases with diacritics; one link to a tag and one `topicid` the dump "
          "lacks), `_author` / `_authorlist`, and `nv4_users` (the accounts of `admin_id`, "
          "with e-mail addresses that must not reach the new portal; account 6 is gone).", "",
          "### Categories", "",
          "| key | title | alias | parent | lev | status | section (rule) |",
          "|---|---|---|---|---|---|---|"]
    for key, c in exp["categories_by_key"].items():
        L.append(f"| `{key}` | {c['title']} | `{c['alias']}` | {c['parentid']} | {c['lev']} | "
                 f"{c['status']} | `{c['section']}` ({c['rule'] or 'no rule'}) |")
    L += ["", "Category ids do not follow tree order (`tin-tuc/3` is a child of `tin-tuc/7`).",
          "`tin-tuc/5` (Y tế) is switched off (status 0); `tin-tuc/10` (Hỏi đáp) has no rule "
          "on purpose, so its articles go to `unmapped`. Both instances have a category "
          "aliased `tuyen-dung`; the `source` rule sends only the Thông báo one to "
          "`thong-bao`.", "",
          "### Articles", "",
          "| key | status | publ. (UTC+7) | section | expected title |",
          "|---|---|---|---|---|"]
    for title, data, _, _ in INSTANCES:
        for a in sample.articles[data]:
            key = f"{title}/{a['id']}"
            if a["expected_title"] is None:
                L.append(f"| `{key}` | {a['status']} | {iso_vn(a['publtime'])[:16]} | "
                         "— | *undecodable: quarantined* |")
                continue
            e = exp["articles"][key]
            st = f"{a['status']}" + (f" (= {e['real_status']}, locked)" if a['status'] > 20
                                     else "")
            L.append(f"| `{key}` | {st} | {e['published_at'][:16]} | `{e['section']}` | "
                     f"{e['title']} |")
    L += ["", "Statuses: 1 published, 0 stopped, 2 scheduled (publtime in 2031), 3 expired, "
          "4 draft, 22 locked by its (disabled) category with real status 1.", "",
          "Other things the extractor and cleaner meet: titles and leads stored with "
          "NukeViet's entities (`&quot;`, `&#33;`, `&amp;`, `&#91;`/`&#93;`; decode once); "
          "`homeimgthumb` 0, 1, 2 and 3 (absolute URL); `listcatid` with several categories; "
          "bylines such as \"Tin: Thu Hà. Ảnh: Quốc Tuấn\" in `author` and "
          "\"Tin, ảnh: Hoàng Lan\" at the end of a body; bodies with a `<table>` using "
          "`colspan`/`rowspan`, `<img src=\"/uploads/news/2023_03/anh.jpg\">`, links to other "
          "articles' old URLs (root-relative, `index.php?language=vi&amp;nv=...`, and "
          "absolute on the old domain), `<script>alert(1)</script>` and `onclick=`, a "
          "YouTube `<iframe>`, MS Word markup (`class=\"MsoNormal\"`, `mso-` styles, "
          "`<o:p>`, `v\\:*`), `&nbsp;`, CRLF line ends and a 0x1A byte (dumped as `\\Z`); "
          "a NUL (`\\0`) in `tin-tuc/12`'s SEO description; attachments in `files`.", "",
          "## Encodings", "",
          "Most fields are clean UTF-8 (NFC). The exceptions:", "",
          "| table | id | column | how | decodes to |", "|---|---|---|---|---|"]
    for s in sample.special_fields():
        shown = s["expected"] if s["column"] != "bodyhtml" else "(the clean body)"
        if s["how"] == ENC_RAW:
            shown = "— (quarantine)"
        L.append(f"| `{s['table']}` | {s['id']} | `{s['column']}` | {ENC_HOW[s['how']]} | "
                 f"{shown} |")
    L += ["", "Check a one-round field with "
          "`b.decode('utf-8').encode('cp1252').decode('utf-8')`; the MySQL-latin1 one needs "
          "a cp1252 table that maps U+0081, U+008D, U+008F, U+0090, U+009D back to their "
          "bytes (plain cp1252 refuses them: that is why it is there).", "",
          "## Uploads", "",
          "`uploads/` is the old site's uploads folder (give it with `--uploads`, and "
          f"`--old-base-url {OLD_BASE_URL}`). Its files are tiny valid PNG, JPEG and PDF files "
          "the script builds; `news/2019_04/tiem-vac-xin.jpg` has the same bytes as "
          f"`news/2023_09/khai-giang.jpg`, so {exp['uploads']['distinct_files']} distinct files "
          "are stored. What each reference becomes:", "",
          "| article | role | reference | status |", "|---|---|---|---|"]
    for a in exp["uploads"]["attachments"]:
        st = a["status"] + (f" ({a['refusal']})" if a["refusal"] else "")
        L.append(f"| `{a['article']}` | {a['role']} | `{a['reference']}` | {st} |")
    L += ["", "Links to other articles (`.html`, `index.php?...nv=`) are pages, not files: "
          "left alone.", "",
          "## Expected outcome", "",
          f"- categories loaded: **{exp['categories_loaded']}** "
          + "(" + ", ".join(f"{i['module']} {i['categories']}" for i in exp["instances"]) + ")",
          f"- articles in the dump: **{exp['articles_total']}**; loaded: "
          f"**{exp['articles_loaded']}**; quarantined: **{exp['quarantined']}** "
          f"(`{exp['quarantined_key']['table']}` id {exp['quarantined_key']['id']}, column "
          f"`{exp['quarantined_key']['column']}`)",
          "- raw status counts (all articles): "
          + ", ".join(f"{k}: {v}" for k, v in exp["status_counts"]["raw"].items()),
          "- loaded articles by real status: "
          + ", ".join(f"{k}: {v}" for k, v in exp["status_counts"]["loaded_by_real_status"].items()),
          "- loaded articles by section (rules match the article's primary `catid`): "
          + ", ".join(f"{k}: {v}" for k, v in exp["section_counts"].items()),
          "- rows in the per-category copy tables: none loaded", ""]
    return "\n".join(L)


def write_sample(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    sample = Sample()
    with open(out_dir / "portal.sql", "wb") as f:
        sample.write_dump(f)
    write_uploads(out_dir)
    exp = expected(sample)
    files = {
        "taxonomy.toml": taxonomy_toml(),
        "mapping.toml": mapping_toml(),
        "expected.json": json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
        "README.md": readme(sample, exp),
    }
    for name, text in files.items():
        with open(out_dir / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for name in ["portal.sql", *files]:
        print(f"wrote {out_dir.name}/{name} ({(out_dir / name).stat().st_size} bytes)")
    print(f"categories {exp['categories']}, articles {exp['articles_total']}, "
          f"loaded {exp['articles_loaded']}, quarantined {exp['quarantined']}")


# --------------------------------------------------------------------------
# The sample in every dump layout sites hand over (`layouts`)
# --------------------------------------------------------------------------

# No sample text needs escaping beyond quotes, so every layout's copy of the
# sample puts this before one article body: backslashes (doubled by
# mysqldump, literal under NO_BACKSLASH_ESCAPES), CR LF and LF (raw in
# NukeViet's backup, `\r\n` elsewhere), a tab and both quotes. Before, not
# after: a byline closing the body stays last. The reference layout has it
# too, so all layouts still hold the same rows.
LAYOUT_ESCAPES = ("<p>Hồ sơ gốc lưu tại thư mục \\\\may-chu\\ho-so\\2024\\ (ổ mạng của "
                  "Văn phòng); tệp \"Báo cáo 'tháng 6'\" đã được chuyển.</p>\r\n"
                  "<p>Mã hồ sơ:\tHS-2024-06</p>\n")

# The largest INSERT the phpMyAdmin layout writes before starting a new one
# ($cfg['ExportMaxQuerySize'] style), small so that tables are split.
PMA_MAX_QUERY = 4000


class Raw(bytes):
    """A value already written as SQL (a hex literal, an introducer)."""


def layout_value(v) -> bytes:
    return v if isinstance(v, Raw) else sql_value(v)


def column_names(columns: str) -> list:
    return re.findall(r"^\s*`([^`]+)`", columns, re.M)


def layout_tables(sample: Sample) -> tuple[list, int]:
    """The sample's tables with `LAYOUT_ESCAPES` put before the body of the
    first `news` article whose body and title are plain UTF-8; returns the
    tables and that article's id."""
    target = next(a for a in sample.articles["news"]
                  if not a.get("body_enc") and not isinstance(a["title"], bytes))
    out = []
    for name, cols, rows, ai in sample.tables():
        if name == "nv4_vi_news_detail":
            body = DETAIL_FIELDS.index("bodyhtml")
            rows = [r[:body] + (LAYOUT_ESCAPES + r[body],) + r[body + 1:]
                    if r[0] == target["id"] else r for r in rows]
        out.append((name, cols, list(rows), ai))
    return out, target["id"]


def _mysqldump(out, tables, layout="mariadb", value=sql_value, rows_per_insert=0,
               structure=True, data=True, sql_mode=None) -> None:
    """mysqldump / mariadb-dump output: `layout` "mariadb" (one row per line)
    or "oneline" (Oracle's extended insert, each INSERT on one line)."""
    head = io.BytesIO()
    dw = DumpWriter(head, layout, "portal_cu")
    dw.header()
    text = head.getvalue()
    if sql_mode:
        text = text.replace(b"SQL_MODE='NO_AUTO_VALUE_ON_ZERO'",
                            f"SQL_MODE='{sql_mode}'".encode())
    out.write(text)
    dw.out = out
    for name, cols, rows, ai in tables:
        if structure:
            dw.structure(name, cols, ai)
        if data:
            dw.w("\n")
            dw.data(name, rows, rows_per_insert, value)
    dw.footer()


def _skip_extended_insert(out, tables) -> None:
    """mariadb-dump --skip-extended-insert: one INSERT per row."""
    dw = DumpWriter(out, "mariadb", "portal_cu")
    dw.header()
    for name, cols, rows, ai in tables:
        dw.structure(name, cols, ai)
        dw.w(f"\n--\n-- Dumping data for table `{name}`\n--\n\n"
             f"LOCK TABLES `{name}` WRITE;\n"
             f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n")
        for r in rows:
            dw.w(f"INSERT INTO `{name}` VALUES ".encode() + sql_row(r) + b";\n")
        dw.w(f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n")
    dw.footer()


def _no_backslash_escape(raw: bytes) -> bytes:
    return raw.replace(b"'", b"''")


def _no_backslash_value(v) -> bytes:
    if isinstance(v, str):
        v = v.encode("utf-8")
    if isinstance(v, (bytes, bytearray)):
        return b"'" + _no_backslash_escape(bytes(v)) + b"'"
    return sql_value(v)


def _addslashes(raw: bytes) -> bytes:
    """PHP addslashes: only \\ ' " and NUL; line ends stay raw."""
    return (raw.replace(b"\\", b"\\\\").replace(b"'", b"\\'").replace(b'"', b'\\"')
            .replace(b"\x00", b"\\0"))


def _hex_tables(tables) -> list:
    """Some text columns as hex literals and with charset introducers, as
    `mysqldump --hex-blob` and hand-written scripts give them."""
    styles = {("_cat", "title"): "hex", ("_rows", "title"): "hex",
              ("_rows", "hometext"): "utf8mb4", ("_detail", "bodyhtml"): "binary"}
    out = []
    for name, cols, rows, ai in tables:
        names = column_names(cols)
        wrap = {}
        for (suffix, col), style in styles.items():
            if name.endswith(suffix) and name.startswith("nv4_vi_") and col in names:
                wrap[names.index(col)] = style

        def fmt(v, style):
            raw = v.encode("utf-8") if isinstance(v, str) else v
            if style == "hex":
                # `0x` needs at least one digit: mysqldump writes '' for empty.
                return Raw(b"0x" + raw.hex().upper().encode()) if raw else v
            if style == "binary":
                return Raw(b"_binary " + sql_value(raw))
            return Raw(b"_utf8mb4" + sql_value(raw))

        if wrap:
            rows = [tuple(fmt(v, wrap[i]) if i in wrap and isinstance(v, (str, bytes)) else v
                          for i, v in enumerate(r)) for r in rows]
        out.append((name, cols, rows, ai))
    return out


PMA_HEADER = """-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Máy chủ: localhost:3306
-- Thời gian đã tạo: Th6 20, 2024 lúc 10:15 AM
-- Phiên bản máy phục vụ: 10.11.6-MariaDB-0+deb12u1
-- Phiên bản PHP: 8.2.7

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Cơ sở dữ liệu: `portal_cu`
--
"""

PMA_FOOTER = """COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
"""


def _phpmyadmin(out, tables) -> None:
    """phpMyAdmin's SQL export: Vietnamese header comments, CREATE TABLE
    without keys (added by ALTER TABLE at the end), INSERTs with a column
    list and ", " between values, a new INSERT every `PMA_MAX_QUERY` bytes."""
    w = lambda s: out.write(s.encode("utf-8") if isinstance(s, str) else s)
    w(PMA_HEADER)
    keys, autos = [], []
    for name, cols, rows, ai in tables:
        defs, idx = [], []
        for line in cols.strip("\n").split("\n"):
            line = line.strip().rstrip(",")
            if line.startswith("`"):
                if "AUTO_INCREMENT" in line:
                    autos.append((name, line, ai))
                    line = line.replace(" AUTO_INCREMENT", "")
                defs.append(line)
            else:
                idx.append(line)
        w(f"\n-- --------------------------------------------------------\n\n"
          f"--\n-- Cấu trúc bảng cho bảng `{name}`\n--\n\n"
          f"CREATE TABLE `{name}` (\n" + ",\n".join("  " + d for d in defs) +
          "\n) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;\n")
        if idx:
            keys.append((name, idx))
        if not rows:
            continue
        w(f"\n--\n-- Đang đổ dữ liệu cho bảng `{name}`\n--\n\n")
        start = (f"INSERT INTO `{name}` (" + ", ".join(f"`{c}`" for c in column_names(cols)) +
                 ") VALUES\n").encode()
        size = 0
        for r in rows:
            line = b"(" + b", ".join(sql_value(v) for v in r) + b")"
            if size and size + len(line) > PMA_MAX_QUERY:
                w(b";\n")
                size = 0
            if not size:
                w(start)
                size = len(start)
            else:
                w(b",\n")
            w(line)
            size += len(line) + 2
        w(b";\n")
    w("\n--\n-- Chỉ mục cho các bảng đã đổ\n--\n")
    for name, idx in keys:
        w(f"\n--\n-- Chỉ mục cho bảng `{name}`\n--\nALTER TABLE `{name}`\n" +
          ",\n".join("  ADD " + i for i in idx) + ";\n")
    w("\n--\n-- AUTO_INCREMENT cho các bảng đã đổ\n--\n")
    for name, line, ai in autos:
        w(f"\n--\n-- AUTO_INCREMENT cho bảng `{name}`\n--\nALTER TABLE `{name}`\n"
          f"  MODIFY {line}" + (f", AUTO_INCREMENT={ai}" if ai else "") + ";\n")
    w(PMA_FOOTER)


NV_BACKUP_HEADER = """-- NUKEVIET 4.0
-- Module: Database
-- http://www.nukeviet.vn
--
-- Host: localhost
-- Generation Time: June 20, 2024, 03:15 AM GMT
-- Server version: 10.11.6-MariaDB-0+deb12u1
-- PHP Version: 8.2.7

SET SQL_MODE="NO_AUTO_VALUE_ON_ZERO";
SET SESSION `character_set_client`='utf8';
SET SESSION `character_set_results`='utf8';
SET SESSION `character_set_connection`='utf8';
SET SESSION `collation_connection`='utf8mb4_unicode_ci';
SET NAMES 'utf8';
ALTER DATABASE DEFAULT CHARACTER SET `utf8` COLLATE `utf8mb4_unicode_ci`;

--
-- Database: `portal_cu`
--"""


def _nukeviet_backup(out, tables) -> None:
    """NukeViet's admin backup (Database module): one INSERT per table, each
    row on a new CRLF line after ", ", strings through addslashes only (so
    raw line ends inside strings), integers unquoted."""
    w = lambda s: out.write(s.encode("utf-8") if isinstance(s, str) else s)
    w(NV_BACKUP_HEADER)
    for name, cols, rows, ai in tables:
        auto = f" AUTO_INCREMENT={ai}" if ai else ""
        w(f"\n\n\n-- ---------------------------------------\n\n\n"
          f"--\n-- Table structure for table `{name}`\n--\n\n"
          f"DROP TABLE IF EXISTS `{name}`;\n"
          f"CREATE TABLE `{name}` (\n{cols.strip(chr(10))}\n"
          f") ENGINE=MyISAM{auto} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;")
        if not rows:
            continue
        w(f"\n\n--\n-- Dumping data for table `{name}`\n--\n\nINSERT INTO `{name}` VALUES")

        def value(v):
            if isinstance(v, str):
                v = v.encode("utf-8")
            if isinstance(v, bytes):
                return b"'" + _addslashes(v) + b"'"
            return sql_value(v)
        w(b", ".join(b"\r\n(" + b", ".join(value(v) for v in r) + b")" for r in rows) + b";")
    w("\n")


# file name -> (what it is, writer)
LAYOUTS = {
    "mariadb-dump.sql": ("mariadb-dump: one row per line (the layout of "
                         "`samples/nukeviet45/portal.sql`); the reference the others are "
                         "compared with", lambda f, t: _mysqldump(f, t)),
    "mariadb-dump.sql.gz": ("the same bytes, gzipped", None),
    "mysqldump-extended.sql": ("Oracle mysqldump 8.0 `--extended-insert`: every row of an "
                               "INSERT on one line", lambda f, t: _mysqldump(f, t, "oneline")),
    "skip-extended-insert.sql": ("`mariadb-dump --skip-extended-insert`: one INSERT per row",
                                 _skip_extended_insert),
    "phpmyadmin.sql": (f"phpMyAdmin 5 export: its Vietnamese header comments, column lists, "
                       f"`, ` between values, a new INSERT every {PMA_MAX_QUERY} bytes, keys "
                       f"and AUTO_INCREMENT added by ALTER TABLE at the end", _phpmyadmin),
    "nukeviet-backup.sql": ("NukeViet's own admin backup: one INSERT per table, rows joined by "
                            "`, ` + CRLF, strings through PHP addslashes only (raw CR/LF "
                            "inside strings), `SET NAMES 'utf8'`", _nukeviet_backup),
    "no-backslash-escapes.sql": ("`SQL_MODE='NO_AUTO_VALUE_ON_ZERO,NO_BACKSLASH_ESCAPES'` in "
                                 "the header: strings escape only `'` as `''`; backslashes, "
                                 "line ends and the NUL byte are literal",
                                 lambda f, t: _mysqldump(
                                     f, t, value=_no_backslash_value,
                                     sql_mode="NO_AUTO_VALUE_ON_ZERO,NO_BACKSLASH_ESCAPES")),
    "hex-introducers.sql": ("category and article titles as `0x...` hex literals, leads as "
                            "`_utf8mb4'...'`, bodies as `_binary '...'`",
                            lambda f, t: _mysqldump(f, _hex_tables(t), value=layout_value)),
    "crlf.sql": ("mariadb-dump with CRLF line ends (a dump that went through Windows)", None),
    "schema.sql": ("`--no-data`: every CREATE TABLE, no rows",
                   lambda f, t: _mysqldump(f, t, data=False)),
    "data.sql": ("`--no-create-info`: the INSERTs (without column lists) for `schema.sql`; "
                 "give both, schema first", lambda f, t: _mysqldump(f, t, structure=False)),
}


def layouts_readme(target_id: int) -> str:
    L = ["# The sample in every dump layout (`samples/layouts`)", "",
         "Written by `scripts/gen-samples.py layouts`; do not edit by hand, change the script",
         "and run it again. Every file holds the same rows: those of",
         "`../nukeviet45/portal.sql`, except that the body of `nv4_vi_news` article "
         f"{target_id} starts with two more paragraphs",
         "(backslashes, CR LF and LF, a tab, both quotes), so that each layout's escaping",
         "is exercised. Migrated with `../nukeviet45/mapping.toml`, every layout gives the",
         "same target as `mariadb-dump.sql` (`tests/layouts.rs`).", "",
         "| file | layout |", "|---|---|"]
    for name, (what, _) in LAYOUTS.items():
        L.append(f"| `{name}` | {what} |")
    return "\n".join(L) + "\n"


def write_layouts(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    tables, target_id = layout_tables(Sample())
    for name, (_, writer) in LAYOUTS.items():
        if writer is None:
            continue
        with open(out_dir / name, "wb") as f:
            writer(f, tables)
    reference = (out_dir / "mariadb-dump.sql").read_bytes()
    # Strings of the mariadb layout hold no raw line end, so every LF is one.
    (out_dir / "crlf.sql").write_bytes(reference.replace(b"\n", b"\r\n"))
    with open(out_dir / "mariadb-dump.sql.gz", "wb") as f:
        # No name and time in the header: the same bytes on every run.
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(reference)
    with open(out_dir / "README.md", "w", encoding="utf-8", newline="\n") as f:
        f.write(layouts_readme(target_id))
    for name in [*LAYOUTS, "README.md"]:
        print(f"wrote {out_dir.name}/{name} ({(out_dir / name).stat().st_size} bytes)")


# --------------------------------------------------------------------------
# Benchmark dump
# --------------------------------------------------------------------------

BENCH_CATS = [
    # title, alias, parent index (0-based into this list) or None
    ("Tin tức - Sự kiện", "tin-tuc-su-kien", None),
    ("Hoạt động của lãnh đạo tỉnh", "hoat-dong-lanh-dao-tinh", 0),
    ("Kinh tế", "kinh-te", 0),
    ("Nông nghiệp - Nông thôn", "nong-nghiep-nong-thon", 2),
    ("Công nghiệp - Thương mại", "cong-nghiep-thuong-mai", 2),
    ("Văn hóa - Xã hội", "van-hoa-xa-hoi", 0),
    ("Giáo dục - Đào tạo", "giao-duc-dao-tao", 5),
    ("Y tế", "y-te", 5),
    ("Quốc phòng - An ninh", "quoc-phong-an-ninh", 0),
    ("Chỉ đạo điều hành", "chi-dao-dieu-hanh", None),
    ("Văn bản chỉ đạo", "van-ban-chi-dao", 9),
    ("Lịch công tác", "lich-cong-tac", 9),
    ("Thông báo", "thong-bao", None),
    ("Tuyển dụng", "tuyen-dung", 12),
    ("Đấu thầu - Mua sắm công", "dau-thau-mua-sam-cong", 12),
    ("Phổ biến pháp luật", "pho-bien-phap-luat", None),
    ("Cải cách hành chính", "cai-cach-hanh-chinh", None),
    ("Chuyển đổi số", "chuyen-doi-so", 16),
    ("Hỏi đáp", "hoi-dap", None),
    ("Thư viện ảnh", "thu-vien-anh", None),
]

B_SUBJECTS = ["UBND tỉnh", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế",
              "Sở Giáo dục và Đào tạo", "UBND huyện Tân Lập", "UBND thành phố",
              "Ban Quản lý các khu công nghiệp", "Hội Nông dân tỉnh", "Công an tỉnh",
              "Sở Tài nguyên và Môi trường", "Trung tâm Y tế huyện", "Tỉnh đoàn",
              "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Kế hoạch và Đầu tư",
              "Sở Lao động - Thương binh và Xã hội", "Bộ Chỉ huy Quân sự tỉnh",
              "Sở Văn hóa, Thể thao và Du lịch", "Hội Liên hiệp Phụ nữ tỉnh"]
B_VERBS = ["đã tổ chức", "triển khai", "tiếp tục thực hiện", "chỉ đạo quyết liệt",
           "đẩy mạnh", "kiểm tra, đôn đốc", "tổng kết", "phối hợp thực hiện",
           "ban hành hướng dẫn về", "sơ kết", "rà soát, đánh giá", "phát động"]
B_OBJECTS = ["kế hoạch phát triển kinh tế - xã hội", "chương trình xây dựng nông thôn mới",
             "công tác cải cách hành chính", "chiến dịch tiêm chủng mở rộng",
             "phong trào thi đua yêu nước", "công tác phòng, chống thiên tai",
             "dự án nâng cấp đường giao thông nông thôn", "chuyển đổi số trong cơ quan nhà nước",
             "công tác bảo vệ môi trường", "đề án hỗ trợ hộ nghèo thoát nghèo bền vững",
             "kế hoạch tuyển sinh đầu cấp", "công tác bảo đảm trật tự an toàn giao thông",
             "chương trình mỗi xã một sản phẩm", "công tác tiếp công dân",
             "việc giải ngân vốn đầu tư công", "hội thi tìm hiểu pháp luật",
             "mô hình trồng lúa hữu cơ", "công tác phòng cháy, chữa cháy rừng"]
B_TAILS = ["trên địa bàn tỉnh", "tại các xã vùng sâu, vùng xa", "trong năm {y}",
           "giai đoạn {y}-{y2}", "theo Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y}",
           "với tổng kinh phí hơn {k} tỷ đồng", "và đạt {p}% kế hoạch đề ra",
           "theo Nghị định số {n2}/{y}/NĐ-CP", "với sự tham gia của hơn {q} người dân",
           "nhằm nâng cao chất lượng phục vụ người dân, doanh nghiệp"]
B_OPENERS = ["", "", "", "Theo báo cáo, ", "Cũng trong dịp này, ", "Bên cạnh đó, ",
             "Phát biểu tại hội nghị, ", "Thời gian tới, ", "Đến nay, "]
B_AUTHORS = ["", "", "Minh Anh", "Thu Hà", "Tin: Quốc Tuấn. Ảnh: Thanh Tâm", "Hoàng Lan",
             "Văn Dũng", "Ngọc Hân", "Phòng Nội vụ", "Tin, ảnh: Bảo Ngọc"]


def _bench_title(rng: random.Random) -> str:
    s = f"{rng.choice(B_SUBJECTS)} {rng.choice(B_VERBS)} {rng.choice(B_OBJECTS)}"
    if rng.random() < 0.5:
        y = rng.randint(2015, 2024)
        s += " " + rng.choice(("năm {y}", "giai đoạn {y}-{y2}", "trên địa bàn tỉnh",
                               "tại các xã vùng sâu, vùng xa")).format(y=y, y2=y + 5)
    return s[0].upper() + s[1:]


def _bench_sentence(rng: random.Random) -> str:
    y = rng.randint(2015, 2024)
    tail = rng.choice(B_TAILS).format(
        y=y, y2=y + rng.choice((2, 3, 5)), n=rng.randint(100, 3999), n2=rng.randint(10, 199),
        d=rng.randint(1, 28), m=rng.randint(1, 12), k=rng.randint(2, 900),
        p=rng.randint(60, 130), q=rng.randint(2, 90) * 100)
    s = f"{rng.choice(B_OPENERS)}{rng.choice(B_SUBJECTS)} {rng.choice(B_VERBS)} " \
        f"{rng.choice(B_OBJECTS)} {tail}."
    return s[0].upper() + s[1:]


class Bench:
    def __init__(self, articles: int, body_bytes: int, seed: int):
        self.n = articles
        self.body_bytes = body_bytes
        self.seed = seed
        self.t0 = vn_time(2010, 1, 1)
        self.t1 = vn_time(2024, 12, 31)

    def _rng(self, i: int, k: int) -> random.Random:
        return random.Random(self.seed * 1_000_003 * 4 + i * 4 + k)

    def meta(self, i: int) -> dict:
        r = self._rng(i, 0)
        catid = r.randint(1, len(BENCH_CATS))
        extra = r.sample(range(1, len(BENCH_CATS) + 1), r.choice((0, 0, 0, 1, 2)))
        cats = [catid] + [c for c in extra if c != catid]
        publ = r.randint(self.t0, self.t1)
        status = r.choices((1, 0, 2, 3, 4, 22), (90, 3, 1, 3, 2, 1))[0]
        if status == 2:
            publ = r.randint(vn_time(2030, 1, 1), vn_time(2032, 12, 31))
        dbl = r.choice(("title", "hometext", "bodyhtml")) if r.random() < 0.02 else None
        return dict(catid=catid, listcatid=",".join(map(str, cats)), publ=publ,
                    status=status, dbl=dbl, admin=r.randint(1, 12),
                    author=r.choice(B_AUTHORS), hits=r.randint(0, 20000),
                    thumb=r.choice((0, 1, 1, 1, 2)))

    def row(self, i: int):
        m = self.meta(i)
        r = self._rng(i, 1)
        words = _bench_title(r)
        title = nv_entities(words[:230])
        hometext = nv_entities(" ".join(_bench_sentence(r) for _ in range(2)))
        if m["dbl"] == "title":
            title = double_mysql_latin1(title)
        elif m["dbl"] == "hometext":
            hometext = double_mysql_latin1(hometext)
        ym = iso_vn(m["publ"])[:7].replace("-", "_")
        img = f"{ym}/anh-{i}.jpg" if m["thumb"] else ""
        return (i, m["catid"], m["listcatid"], 0, m["admin"], m["author"], 0, m["publ"],
                m["publ"] + r.randint(0, 86400 * 3), m["status"], i, m["publ"], 0, 2, title,
                slugify(words)[:200], hometext, img, "", m["thumb"], 1, "6", 1, 0, m["hits"],
                0, 0, 0, 0, "", 0)

    def detail(self, i: int):
        m = self.meta(i)
        r = self._rng(i, 2)
        parts, size = [], 0
        while size < self.body_bytes:
            p = "<p>" + " ".join(_bench_sentence(r) for _ in range(r.randint(3, 6))) + "</p>\n"
            if r.random() < 0.08:
                p += (f"<p style=\"text-align:center\"><img src=\"/uploads/news/"
                      f"{iso_vn(m['publ'])[:7].replace('-', '_')}/anh-{i}-{len(parts)}.jpg\" "
                      f"alt=\"\" /></p>\n")
            parts.append(p)
            size += len(p.encode("utf-8"))
        body = "".join(parts)
        if m["dbl"] == "bodyhtml":
            body = double_mysql_latin1(body)
        return (i, "", "", body, None, "", "", "", 1, "", 0, 1, 1, 1)

    def cat_rows(self):
        kids = {}
        for idx, (_, _, parent) in enumerate(BENCH_CATS):
            kids.setdefault(parent, []).append(idx)
        sort, lev = {}, {}

        def walk(p, depth):
            for k in kids.get(p, []):
                sort[k] = len(sort) + 1
                lev[k] = depth
                walk(k, depth + 1)
        walk(None, 0)
        t = vn_time(2010, 1, 1)
        for idx, (title, alias, parent) in enumerate(BENCH_CATS):
            sub = kids.get(idx, [])
            weight = kids[parent].index(idx) + 1
            yield (idx + 1, 0 if parent is None else parent + 1, title, "", alias, "", "", "",
                   0, weight, sort[idx], lev[idx],
                   "viewcat_main_right" if sub else "viewcat_page_new", len(sub),
                   ",".join(str(k + 1) for k in sub), 4, 2, 0, "", "", "", "", t, t, "6", 1)

    def write(self, out, layout: str, rows_per_insert: int) -> None:
        dw = DumpWriter(out, layout, "nv45_bench")
        dw.header()
        dw.table("nv4_vi_modules", COLS_MODULES,
                 [module_row("news", "news", "news", "news", "Tin tức", 1, self.t0)])
        dw.table("nv4_vi_news_cat", COLS_CAT, self.cat_rows(), len(BENCH_CATS) + 1,
                 rows_per_insert)
        dw.table("nv4_vi_news_detail", COLS_DETAIL,
                 (self.detail(i) for i in range(1, self.n + 1)), None, rows_per_insert)
        dw.table("nv4_vi_news_rows", COLS_ROWS,
                 (self.row(i) for i in range(1, self.n + 1)), self.n + 1, rows_per_insert)
        dw.footer()


# --------------------------------------------------------------------------
# NukeViet 3.4 sample (`sample34`): a district portal of the 3.x era
# --------------------------------------------------------------------------
# The table layout follows the NukeViet 3.4 schema (format, not content):
# bodies in `_bodyhtml_N` (article id in N = ceil(id / 2000)), a plain-text
# copy of each body in `_bodytext`, `_rows.homeimgthumb` as text
# ("thumb/x.jpg|block/x.jpg"), `_cat.order` instead of 4.x's `sort`, no
# `_cat.status`, `_cat.who_view`, no `module_upload` in `_modules` (uploads
# live under the module's title), a per-category copy of `_rows` for every
# category. Statuses: 0 waiting for review, 1 published, 2 scheduled,
# 3 expired. Article URLs: /<lang>/<module>/<cat-alias>/<alias>-<id>/.

V3_COLS_MODULES = """
  `title` varchar(55) NOT NULL,
  `module_file` varchar(55) NOT NULL DEFAULT '',
  `module_data` varchar(55) NOT NULL DEFAULT '',
  `custom_title` varchar(255) NOT NULL,
  `admin_title` varchar(255) NOT NULL,
  `set_time` int(11) unsigned NOT NULL DEFAULT 0,
  `main_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admin_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `theme` varchar(100) NOT NULL,
  `mobile` varchar(100) NOT NULL,
  `description` varchar(255) NOT NULL,
  `keywords` mediumtext NOT NULL,
  `groups_view` varchar(255) NOT NULL,
  `in_menu` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `weight` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `submenu` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admins` varchar(255) NOT NULL,
  `rss` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`title`)
"""

V3_COLS_CONFIG = """
  `lang` char(3) NOT NULL DEFAULT 'sys',
  `module` varchar(25) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` mediumtext NOT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
"""

V3_COLS_CAT = """
  `catid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL,
  `titlesite` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) NOT NULL,
  `image` varchar(255) NOT NULL DEFAULT '',
  `thumbnail` varchar(255) NOT NULL DEFAULT '',
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  `order` mediumint(8) NOT NULL DEFAULT 0,
  `lev` smallint(4) NOT NULL DEFAULT 0,
  `viewcat` varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  `numsubcat` int(11) NOT NULL DEFAULT 0,
  `subcatid` varchar(255) NOT NULL DEFAULT '',
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `numlinks` tinyint(2) unsigned NOT NULL DEFAULT 3,
  `keywords` mediumtext NOT NULL,
  `admins` mediumtext NOT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `who_view` tinyint(2) unsigned NOT NULL DEFAULT 0,
  `groups_view` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`catid`),
  UNIQUE KEY `alias` (`alias`),
  KEY `parentid` (`parentid`)
"""

V3_COLS_ROWS = """
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(255) NOT NULL DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT '',
  `alias` varchar(255) NOT NULL DEFAULT '',
  `hometext` mediumtext NOT NULL,
  `homeimgfile` varchar(255) NOT NULL DEFAULT '',
  `homeimgalt` varchar(255) NOT NULL DEFAULT '',
  `homeimgthumb` varchar(255) NOT NULL DEFAULT '',
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `keywords` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`)
"""

V3_COLS_BODYHTML = """
  `id` int(11) unsigned NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `sourcetext` varchar(255) NOT NULL DEFAULT '',
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
"""

V3_COLS_BODYTEXT = """
  `id` int(11) unsigned NOT NULL,
  `bodytext` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
"""

V3_COLS_BLOCK_CAT = """
  `bid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `adddefault` tinyint(4) NOT NULL DEFAULT 0,
  `number` mediumint(4) NOT NULL DEFAULT 10,
  `title` varchar(255) NOT NULL DEFAULT '',
  `alias` varchar(255) NOT NULL DEFAULT '',
  `image` varchar(255) NOT NULL,
  `thumbnail` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `weight` smallint(4) NOT NULL DEFAULT 0,
  `keywords` mediumtext NOT NULL,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`bid`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `alias` (`alias`)
"""

V3_COLS_BLOCK = """
  `bid` int(11) unsigned NOT NULL,
  `id` int(11) unsigned NOT NULL,
  `weight` int(11) unsigned NOT NULL,
  UNIQUE KEY `bid` (`bid`,`id`)
"""

V3_COLS_SOURCES = """
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `link` varchar(255) NOT NULL DEFAULT '',
  `logo` varchar(255) NOT NULL DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
"""

V3_STATUS_NAMES = {0: "draft", 1: "published", 2: "scheduled", 3: "expired"}
V3_STATUS_MEANING = {0: "chờ duyệt (waiting for review)", 1: "xuất bản (published)",
                     2: "hẹn giờ đăng (scheduled)", 3: "hết hạn (expired, archived)"}
V3_WHO_VIEW = {0: "everyone", 1: "members", 2: "admins", 3: "groups"}

# module title (URL segment, and the upload folder in 3.x), module_data, custom title
V3_MODULE = ("tin-tuc", "news", "Tin tức")
V3_PREFIX = "nv3"
V3_STEM = f"{V3_PREFIX}_vi_{V3_MODULE[1]}"
V3_SITE = "http://tanlap.tinhmau.example.gov.vn"

# (catid, parentid, title, alias, weight among siblings, who_view, title encoding)
V3_CATS = [
    (1, 0, "Tin tức", "tin-tuc", 1, 0, None),
    (2, 1, "Hoạt động của huyện", "hoat-dong-cua-huyen", 1, 0, None),
    (3, 1, "Kinh tế", "kinh-te", 2, 0, None),
    (4, 3, "Nông nghiệp - Nông thôn", "nong-nghiep-nong-thon", 1, 0, None),
    (5, 1, "Văn hóa - Xã hội", "van-hoa-xa-hoi", 3, 0, None),
    (6, 5, "Giáo dục", "giao-duc", 1, 0, ENC_CP1252),
    (7, 5, "Y tế", "y-te", 2, 0, None),
    (8, 12, "Văn bản chỉ đạo", "van-ban-chi-dao", 1, 0, None),
    (9, 0, "Thông báo", "thong-bao", 3, 0, None),
    (10, 9, "Tuyển dụng", "tuyen-dung", 1, 0, None),
    (11, 0, "Hỏi đáp", "hoi-dap", 4, 0, None),
    (12, 0, "Chỉ đạo điều hành", "chi-dao-dieu-hanh", 2, 0, None),
    (13, 0, "Tài liệu nội bộ", "tai-lieu-noi-bo", 5, 1, None),
]

V3_CAT_DESCRIPTIONS = {
    1: "Tin tức về hoạt động của huyện Tân Lập",
    9: "Thông báo của UBND huyện và các phòng, ban",
    13: "Tài liệu dành cho cán bộ, công chức (cần đăng nhập)",
}

V3_SOURCES = [
    (1, "Báo Tỉnh Mẫu", "http://baotinhmau.example.vn", "", 1,
     vn_time(2010, 8, 2), vn_time(2010, 8, 2)),
    (2, "Đài Truyền thanh huyện", "", "", 2, vn_time(2011, 3, 9), vn_time(2011, 3, 9)),
]

V3_COLS_TOPICS = """
  `topicid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `alias` varchar(255) NOT NULL DEFAULT '',
  `image` varchar(255) NOT NULL,
  `thumbnail` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `weight` smallint(4) NOT NULL DEFAULT 0,
  `keywords` mediumtext NOT NULL,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`topicid`),
  UNIQUE KEY `title` (`title`)
"""
V3_TOPICS = [
    (1, "Xây dựng nông thôn mới", "Xay-dung-nong-thon-moi", "", "", "Tân Lập xây dựng nông thôn mới",
     1, "nông thôn mới", vn_time(2011, 1, 4), vn_time(2011, 1, 4)),
    (2, "Đại hội Đảng bộ huyện", "Dai-hoi-Dang-bo-huyen", "", "", "", 2, "",
     vn_time(2010, 6, 1), vn_time(2010, 6, 1)),
]
# article id -> topicid
V3_ARTICLE_TOPIC = {1: 1, 3: 1, 4: 2}
V3_COLS_USERS = """
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `full_name` varchar(255) NOT NULL DEFAULT '',
  `regdate` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`)
"""
# The accounts of `admin_id` (3 is gone); only the username may arrive.
V3_USERS = [(1, "admin.tanlap", "webmaster@tanlap.example.gov.vn", "Quản trị", vn_time(2010, 8, 2)),
            (2, "bientap.lan", "lan.bt@tanlap.example.gov.vn", "Bùi Thị Lan", vn_time(2010, 9, 1))]

# Articles: own writing about a fictional district ("huyện Tân Lập", Tỉnh Mẫu).
# img = (homeimgfile, homeimgalt, homeimgthumb) as NukeViet 3.x stores them.
# body=None: the article has no `_bodyhtml_N` row, only `bodytext`.
# Bodies may hold {url:N} and {qurl:N} (old URLs of article N), filled in later.
# markers: phrases the migrated body text must contain (from the right table).
V3_NEWS = [
    dict(
        id=1, catid=2, listcatid="2,1", status=1, archive=0, admin_id=1, sourceid=0,
        add=(2011, 1, 14, 15, 20), publ=(2011, 1, 14, 15, 0), edit=(2011, 1, 15, 8, 10),
        author="Minh Tuấn",
        title="Huyện Tân Lập tổng kết công tác năm 2010",
        hometext="Sáng 14/1, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác năm 2010, "
                 "triển khai nhiệm vụ năm 2011.",
        img=("2011_01/tong-ket-2010.jpg", "Quang cảnh hội nghị",
             "thumb/tong-ket-2010.jpg|block/tong-ket-2010.jpg"),
        body=(
            "<p>Năm 2010, tổng giá trị sản xuất trên địa bàn huyện ước đạt 1.126 tỷ đồng, tăng "
            "11,4% so với năm 2009; thu ngân sách nhà nước đạt 104% dự toán.</p>\r\n"
            "<p style=\"text-align: center;\"><img alt=\"Quang cảnh hội nghị\" "
            "src=\"/uploads/tin-tuc/2011_01/tong-ket-2010.jpg\" style=\"width: 450px; "
            "height: 300px;\" /></p>\r\n"
            "<p>Toàn huyện có thêm 2 xã đạt chuẩn quốc gia về y tế, 5 trường học được công nhận "
            "đạt chuẩn. Tỷ lệ hộ nghèo giảm còn 14,2%.</p>\r\n"
            "<p>Phát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã, thị trấn tập trung chỉ "
            "đạo sản xuất vụ chiêm xuân và chuẩn bị tốt các điều kiện đón Tết Tân Mão.</p>"),
        markers=["1.126 tỷ đồng", "Tết Tân Mão"],
        keywords="tổng kết, năm 2010", sourcetext="", hits=1204,
    ),
    dict(
        id=2, catid=4, listcatid="4,3", status=1, archive=0, admin_id=2, sourceid=1,
        add=(2011, 5, 30, 9, 0), publ=(2011, 5, 30, 9, 0), edit=(2011, 5, 30, 9, 0),
        author="Văn Hải",
        title="Nông dân xã Tân Hòa được mùa lúa chiêm xuân", title_enc=ENC_CP1252,
        hometext="Vụ chiêm xuân năm nay, năng suất lúa ở xã Tân Hòa ước đạt 58 tạ/ha, cao "
                 "nhất từ trước đến nay.",
        img=("http://baotinhmau.example.vn/images/2011/05/lua-tan-hoa.jpg",
             "Thu hoạch lúa ở xã Tân Hòa", ""),
        body=(
            "<p>Toàn xã gieo cấy 412 ha lúa, trong đó hơn 60% diện tích sử dụng giống lúa lai "
            "cho năng suất cao. Nhờ làm tốt công tác thủy lợi và phòng trừ sâu bệnh, lúa phát "
            "triển đồng đều.</p>\r\n"
            "<p>Hiện bà con đang khẩn trương thu hoạch, làm đất để gieo cấy vụ mùa đúng khung "
            "thời vụ.</p>"),
        markers=["412 ha lúa", "vụ mùa đúng khung"],
        keywords="lúa chiêm xuân, Tân Hòa", sourcetext="Báo Tỉnh Mẫu", hits=356,
    ),
    dict(
        id=3, catid=6, listcatid="6,5", status=1, archive=0, admin_id=2, sourceid=2,
        add=(2011, 9, 5, 10, 40), publ=(2011, 9, 5, 10, 30), edit=(2011, 9, 6, 7, 50),
        author="Thu Trang",
        title="Hơn 9.000 học sinh huyện Tân Lập bước vào năm học mới",
        hometext="Sáng 5/9, các trường học trên địa bàn huyện đồng loạt tổ chức lễ khai giảng "
                 "năm học mới trong không khí vui tươi, phấn khởi.",
        hometext_enc=ENC_TCVN3,
        img=("2011_09/khai-giang.jpg", "Lễ khai giảng ở Trường Tiểu học Tân Hòa",
             "thumb/khai-giang_1.jpg|block/khai-giang_1.jpg"),
        body=(
            "<p>Năm học 2011 - 2012, toàn huyện có 31 trường mầm non, tiểu học và trung học cơ "
            "sở với hơn 9.000 học sinh. Các trường đã sửa chữa phòng học, bổ sung bàn ghế và "
            "đồ dùng dạy học.</p>\r\n"
            "<p>Dịp này, Hội Khuyến học huyện trao 120 suất học bổng cho học sinh nghèo vượt "
            "khó học giỏi.</p>"),
        markers=["31 trường mầm non", "120 suất học bổng"],
        keywords="khai giảng, năm học mới", sourcetext="", hits=890,
    ),
    dict(
        id=4, catid=7, listcatid="7", status=1, archive=1, admin_id=3, sourceid=0,
        add=(2012, 3, 20, 14, 0), publ=(2012, 3, 20, 14, 0), edit=(2012, 3, 21, 9, 0),
        exp=(2035, 12, 31, 17, 0),
        author="Trung tâm Y tế huyện",
        title="Hướng dẫn phòng bệnh tay chân miệng cho trẻ em",
        hometext="Trung tâm Y tế huyện khuyến cáo các gia đình thực hiện tốt các biện pháp phòng "
                 "bệnh tay chân miệng cho trẻ dưới 5 tuổi.",
        img=("", "", ""),
        body=(
            "<p>Bệnh tay chân miệng lây qua đường tiêu hóa và tiếp xúc trực tiếp. Cha mẹ cần "
            "rửa tay cho trẻ bằng xà phòng nhiều lần trong ngày, lau sạch đồ chơi và sàn "
            "nhà.</p>\r\n"
            "<p>Khi trẻ sốt, nổi bóng nước ở lòng bàn tay, bàn chân hoặc miệng, cần đưa trẻ đến "
            "trạm y tế gần nhất để được khám và theo dõi.</p>"),
        markers=["rửa tay cho trẻ bằng xà phòng", "bóng nước"],
        keywords="tay chân miệng", sourcetext="", hits=2311,
    ),
    dict(
        id=5, catid=8, listcatid="8,12", status=1, archive=0, admin_id=1, sourceid=0,
        add=(2012, 4, 9, 8, 30), publ=(2012, 4, 9, 8, 30), edit=(2012, 4, 10, 16, 0),
        author="Văn phòng HĐND và UBND huyện",
        title="Quyết định số 125/QĐ-UBND ngày 6/4/2012 ban hành Quy chế làm việc của UBND "
              "huyện",
        hometext="UBND huyện ban hành Quy chế làm việc nhiệm kỳ 2011 - 2016, thay thế Quyết định "
                 "số 310/QĐ-UBND ngày 12/8/2008.",
        img=("", "", ""),
        body=(
            "<p>Ngày 6/4/2012, Chủ tịch UBND huyện ký Quyết định số 125/QĐ-UBND ban hành Quy "
            "chế làm việc của UBND huyện nhiệm kỳ 2011 - 2016.</p>\r\n"
            "<p>Quy chế quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc và quan hệ "
            "công tác của UBND huyện, Chủ tịch, các Phó Chủ tịch và Ủy viên UBND huyện.</p>\r\n"
            "<p>Tải toàn văn: <a href=\"/uploads/tin-tuc/van-ban/qd-125-2012.doc\">Quyết định "
            "số 125/QĐ-UBND</a></p>"),
        markers=["nhiệm kỳ 2011 - 2016", "lề lối làm việc"],
        keywords="quy chế làm việc, 125/QĐ-UBND", sourcetext="", hits=640,
    ),
    dict(
        id=6, catid=10, listcatid="10,9", status=3, archive=1, admin_id=4, sourceid=0,
        add=(2011, 8, 15, 9, 0), publ=(2011, 8, 15, 9, 0), edit=(2011, 8, 16, 10, 0),
        exp=(2011, 9, 30, 17, 0),
        author="Phòng Nội vụ",
        title="Thông báo tuyển dụng giáo viên năm 2011",
        hometext="UBND huyện Tân Lập thông báo tuyển dụng 25 giáo viên mầm non và tiểu học năm "
                 "2011.",
        img=("", "", ""),
        body=(
            "<p><strong>Chỉ tiêu:</strong> 25 người, gồm 10 giáo viên mầm non và 15 giáo viên "
            "tiểu học.</p>\r\n"
            "<p><strong>Thời gian nhận hồ sơ:</strong> từ ngày 15/8/2011 đến hết ngày "
            "30/9/2011 tại Phòng Nội vụ huyện.</p>"),
        markers=["10 giáo viên mầm non", "30/9/2011"],
        keywords="tuyển dụng, giáo viên", sourcetext="", hits=3120,
    ),
    dict(
        id=7, catid=9, listcatid="9", status=1, archive=0, admin_id=4, sourceid=0,
        add=(2012, 1, 3, 8, 0), publ=(2012, 1, 3, 8, 0), edit=(2012, 1, 3, 8, 0),
        author="",
        title="Lịch tiếp công dân của lãnh đạo UBND huyện năm 2012",
        hometext="Lãnh đạo UBND huyện tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại "
                 "Trụ sở tiếp công dân huyện.",
        img=("", "", ""),
        # CKEditor 3 wrote Latin-1 letters as named entities (entities_latin).
        body=(
            "<p>Ch&uacute;ng t&ocirc;i th&ocirc;ng b&aacute;o lịch tiếp c&ocirc;ng d&acirc;n "
            "năm 2012 như sau: Chủ tịch UBND huyện tiếp v&agrave;o ng&agrave;y 10, Ph&oacute; "
            "Chủ tịch tiếp v&agrave;o ng&agrave;y 25 h&agrave;ng th&aacute;ng.</p>\r\n"
            "<p>Trường hợp tr&ugrave;ng ng&agrave;y nghỉ th&igrave; chuyển sang ng&agrave;y "
            "l&agrave;m việc kế tiếp.</p>"),
        markers=["Chúng tôi thông báo lịch tiếp công dân", "ngày làm việc kế tiếp"],
        keywords="tiếp công dân", sourcetext="", hits=512,
    ),
    dict(
        id=8, catid=11, listcatid="11", status=1, archive=0, admin_id=5, sourceid=0,
        add=(2012, 6, 11, 10, 0), publ=(2012, 6, 11, 10, 0), edit=(2012, 6, 11, 10, 0),
        author="",
        title="Hỏi đáp về thủ tục đăng ký khai sinh cho trẻ",
        hometext="Bà Lê Thị Hoa (thị trấn Tân Lập) hỏi: Đăng ký khai sinh cho con cần những "
                 "giấy tờ gì?",
        img=("", "", ""),
        body=(
            "<p><strong>Hỏi:</strong> Con tôi mới sinh được 20 ngày, tôi cần chuẩn bị những giấy "
            "tờ gì để đăng ký khai sinh?</p>\r\n"
            "<p><strong>Trả lời:</strong> Người đi đăng ký nộp tờ khai theo mẫu và giấy chứng "
            "sinh; xuất trình sổ hộ khẩu và giấy chứng nhận kết hôn của cha mẹ (nếu có). Xem "
            "thêm <a href=\"{url:7}\">lịch tiếp công dân</a>.</p>"),
        markers=["giấy chứng sinh", "giấy chứng nhận kết hôn"],
        keywords="hỏi đáp, khai sinh", sourcetext="", hits=98,
    ),
    dict(
        # No `_bodyhtml_1` row (lost in an old restore): only the plain-text
        # copy in `_bodytext` is left. The extractor must rebuild the body.
        id=9, catid=5, listcatid="5,1", status=1, archive=0, admin_id=2, sourceid=2,
        add=(2012, 2, 2, 16, 0), publ=(2012, 2, 2, 16, 0), edit=(2012, 2, 2, 16, 0),
        author="Đài Truyền thanh huyện",
        title="Liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn",
        hometext="Tối 1/2, liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn thu hút "
                 "14 đội văn nghệ của các xã, thị trấn tham gia.",
        img=("2012_02/lien-hoan-van-nghe.jpg", "Tiết mục múa của xã Tân Hòa",
             "thumb/lien-hoan-van-nghe.jpg|block/lien-hoan-van-nghe.jpg"),
        body=None,
        bodytext=(
            "Tối 1/2, tại Nhà văn hóa huyện đã diễn ra liên hoan văn nghệ quần chúng mừng Đảng, "
            "mừng Xuân Nhâm Thìn 2012.\r\n"
            " /uploads/tin-tuc/2012_02/lien-hoan-van-nghe.jpg Tiết mục múa của xã Tân Hòa\r\n"
            "Các tiết mục hát, múa, kịch & tiểu phẩm <Tân Lập quê tôi> được khán giả nhiệt "
            "tình cổ vũ.\r\n"
            "Ban tổ chức trao giải nhất cho đội văn nghệ xã Tân Hòa."),
        markers=["Nhà văn hóa huyện", "kịch & tiểu phẩm <Tân Lập quê tôi>",
                 "giải nhất cho đội văn nghệ xã Tân Hòa"],
        keywords="văn nghệ, mừng Xuân", sourcetext="", hits=450,
    ),
    dict(
        id=10, catid=2, listcatid="2", status=0, archive=0, admin_id=6, sourceid=0,
        add=(2012, 10, 2, 9, 15), publ=(2012, 10, 2, 9, 15), edit=(2012, 10, 2, 11, 0),
        author="",
        title="Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2012",
        hometext="Bài chờ duyệt: số liệu 9 tháng năm 2012 đang được các phòng chuyên môn rà "
                 "soát.",
        img=("", "", ""),
        body=(
            "<p>Chín tháng năm 2012, tổng giá trị sản xuất ước đạt 74% kế hoạch năm. Sản xuất "
            "nông nghiệp ổn định; tiểu thủ công nghiệp và dịch vụ tiếp tục phát triển.</p>"),
        markers=["74% kế hoạch năm"],
        keywords="", sourcetext="", hits=0,
    ),
    dict(
        # The main image file was removed; only the resized copies are named.
        id=11, catid=3, listcatid="3,1", status=1, archive=0, admin_id=2, sourceid=1,
        add=(2012, 8, 20, 15, 0), publ=(2012, 8, 20, 15, 0), edit=(2012, 8, 21, 8, 0),
        author="Văn Hải",
        title="Chợ trung tâm huyện được đầu tư nâng cấp",
        hometext="Dự án nâng cấp chợ trung tâm huyện Tân Lập có tổng vốn 18 tỷ đồng, dự kiến "
                 "hoàn thành trong năm 2013.",
        img=("", "Chợ trung tâm huyện", "thumb/cho-trung-tam.jpg|block/cho-trung-tam.jpg"),
        body=(
            "<p>Chợ trung tâm được xây dựng từ năm 1996, đến nay đã xuống cấp. Dự án nâng cấp "
            "gồm nhà chợ chính 2 tầng, khu bán hàng tươi sống và bãi đỗ xe.</p>\r\n"
            "<p>Trong thời gian thi công, các hộ kinh doanh được bố trí tạm tại khu đất phía "
            "Đông chợ.</p>"),
        markers=["nhà chợ chính 2 tầng", "phía Đông chợ"],
        keywords="chợ, đầu tư", sourcetext="Báo Tỉnh Mẫu", hits=777,
    ),
    dict(
        id=12, catid=13, listcatid="13", status=1, archive=0, admin_id=1, sourceid=0,
        add=(2012, 11, 5, 8, 0), publ=(2012, 11, 5, 8, 0), edit=(2012, 11, 5, 8, 0),
        author="Văn phòng HĐND và UBND huyện",
        title="Hướng dẫn sử dụng hệ thống thư điện tử công vụ",
        hometext="Tài liệu hướng dẫn cán bộ, công chức sử dụng hộp thư điện tử công vụ của "
                 "huyện.",
        img=("", "", ""),
        body=(
            "<p>Mỗi cán bộ, công chức được cấp một hộp thư điện tử công vụ. Khi đăng nhập lần "
            "đầu, người dùng đổi mật khẩu và không chia sẻ mật khẩu cho người khác.</p>"),
        markers=["hộp thư điện tử công vụ"],
        keywords="thư điện tử", sourcetext="", hits=61,
    ),
    dict(
        id=13, catid=2, listcatid="2,1", status=2, archive=0, admin_id=1, sourceid=0,
        add=(2013, 1, 2, 9, 0), publ=(2031, 1, 5, 7, 30), edit=(2013, 1, 2, 9, 0),
        author="",
        title="Kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện",
        hometext="UBND huyện ban hành kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện Tân "
                 "Lập.",
        img=("", "", ""),
        body=(
            "<p>Lễ kỷ niệm được tổ chức trang trọng, tiết kiệm, gắn với phong trào thi đua yêu "
            "nước và các hoạt động văn hóa, thể thao.</p>"),
        markers=["trang trọng, tiết kiệm"],
        keywords="kỷ niệm, thành lập huyện", sourcetext="", hits=0,
    ),
    dict(
        # The last article kept in `_bodyhtml_1` (ids 1-2000).
        id=2000, catid=2, listcatid="2", status=1, archive=0, admin_id=1, sourceid=0,
        add=(2013, 3, 8, 16, 0), publ=(2013, 3, 8, 16, 0), edit=(2013, 3, 9, 8, 0),
        author="Thu Trang",
        title="Gặp mặt nữ cán bộ, công chức nhân ngày Quốc tế Phụ nữ",
        hometext="Chiều 8/3, Công đoàn cơ quan UBND huyện tổ chức gặp mặt nữ cán bộ, công chức "
                 "nhân kỷ niệm 103 năm ngày Quốc tế Phụ nữ.",
        img=("2013_03/gap-mat-8-3.jpg", "Gặp mặt nữ cán bộ",
             "thumb/gap-mat-8-3.jpg|block/gap-mat-8-3.jpg"),
        body=(
            "<p>Buổi gặp mặt có 86 nữ cán bộ, công chức, viên chức tham dự. Dịp này, Công đoàn "
            "cơ quan biểu dương 12 chị đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\".</p>"),
        markers=["86 nữ cán bộ", "Giỏi việc nước, đảm việc nhà"],
        keywords="Quốc tế Phụ nữ", sourcetext="", hits=230,
    ),
    dict(
        # The first article in `_bodyhtml_2` (ids 2001-4000); its body is
        # double-encoded.
        id=2001, catid=4, listcatid="4,3", status=1, archive=0, admin_id=2, sourceid=1,
        add=(2013, 3, 12, 10, 0), publ=(2013, 3, 12, 10, 0), edit=(2013, 3, 12, 10, 0),
        author="Văn Hải",
        title="Ra quân làm thủy lợi nội đồng",
        hometext="Các xã trong huyện đồng loạt ra quân nạo vét kênh mương, chuẩn bị nước cho "
                 "vụ lúa hè thu.",
        img=("2013_03/thuy-loi.jpg", "Nạo vét kênh mương",
             "thumb/thuy-loi.jpg|block/thuy-loi.jpg"),
        body=(
            "<p>Hưởng ứng đợt ra quân, hơn 3.500 lượt người đã tham gia nạo vét 42 km kênh "
            "mương nội đồng, đắp 1.200 m³ đất bờ vùng, bờ thửa.</p>\r\n"
            "<p>Huyện giao Phòng Nông nghiệp hướng dẫn các xã lịch thời vụ và cơ cấu giống "
            "phù hợp với từng chân đất.</p>"),
        body_enc=ENC_LATIN1,
        markers=["42 km kênh mương", "cơ cấu giống"],
        keywords="thủy lợi", sourcetext="Báo Tỉnh Mẫu", hits=188,
    ),
    dict(
        id=2002, catid=6, listcatid="6,5", status=1, archive=0, admin_id=3, sourceid=0,
        add=(2013, 5, 25, 9, 0), publ=(2013, 5, 25, 9, 0), edit=(2013, 5, 25, 9, 0),
        author="Phòng Giáo dục và Đào tạo",
        title="Tổng kết năm học 2012 - 2013: tỷ lệ học sinh lên lớp đạt 99,2%",
        hometext="Ngành Giáo dục huyện tổng kết năm học 2012 - 2013 với nhiều kết quả nổi bật.",
        img=("", "", ""),
        body=(
            "<p>Tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 5 hoàn thành chương trình "
            "tiểu học. Huyện có 47 học sinh đạt giải cấp tỉnh. Chi tiết về lễ khai giảng năm "
            "học xem tại <a href=\"{qurl:3}\">bài viết năm 2011</a>.</p>"),
        markers=["47 học sinh đạt giải cấp tỉnh"],
        keywords="tổng kết năm học", sourcetext="", hits=402,
    ),
    dict(
        id=2046, catid=10, listcatid="10,9", status=3, archive=1, admin_id=4, sourceid=0,
        add=(2013, 6, 3, 14, 0), publ=(2013, 6, 3, 14, 0), edit=(2013, 6, 3, 14, 0),
        exp=(2013, 7, 15, 17, 0),
        author="Phòng Nội vụ",
        title="Thông báo xét tuyển viên chức y tế năm 2013",
        hometext="Trung tâm Y tế huyện xét tuyển 8 viên chức năm 2013.",
        img=("", "", ""),
        body=(
            "<p>Chỉ tiêu: 2 bác sĩ, 4 điều dưỡng và 2 nữ hộ sinh. Hồ sơ nộp tại Trung tâm Y tế "
            "huyện, xem thêm <a href=\"" + V3_SITE + "{url:6}\">thông báo năm 2011</a>.</p>"),
        markers=["2 nữ hộ sinh"],
        keywords="xét tuyển, viên chức", sourcetext="", hits=1450,
    ),
]

# Deleted from `_rows` long ago but left in the per-category copy table.
V3_ORPHAN_IN_COPY = (2, dict(
    id=14, catid=2, listcatid="2", status=1, archive=0, admin_id=1, sourceid=0,
    add=(2013, 1, 10, 8, 0), publ=(2013, 1, 10, 8, 0), edit=(2013, 1, 10, 8, 0),
    author="", title="Bài viết đã xóa",
    hometext="Bài viết đã bị xóa khỏi bảng chính nhưng còn trong bảng chuyên mục.",
    img=("", "", ""), body="", markers=[], keywords="", sourcetext="", hits=3))

V3_RULES = [
    dict(id="giao-duc", key=("category_title", "Giáo dục"), section="giao-duc",
         vi="So khớp theo tên chuyên mục, sau khi giải mã (tên này bị mã hóa hai lần trong bản "
            "dump).",
         en="Matched by title, after decoding (the dump stores this title double-encoded)."),
    dict(id="y-te", key=("category_alias", "y-te"), section="y-te",
         vi="Chuyên mục Y tế.", en="Health."),
    dict(id="tin-tuc", key=("category_alias", "tin-tuc"), section="tin-tuc-su-kien",
         vi="Chuyên mục gốc Tin tức; các chuyên mục con không có quy tắc riêng cũng vào đây.",
         en="Root news category; its sub-categories without a rule of their own follow it."),
    dict(id="van-ban-chi-dao", key=("category_alias", "van-ban-chi-dao"),
         section="van-ban-phap-luat",
         vi="Văn bản chỉ đạo (chuyên mục con của Chỉ đạo điều hành).",
         en="Directive documents (a sub-category of Chỉ đạo điều hành)."),
    dict(id="chi-dao-dieu-hanh", source="tin-tuc", key=("category_id", 12),
         section="chi-dao-dieu-hanh",
         vi="Chuyên mục số 12 \"Chỉ đạo điều hành\".", en="Category id 12."),
    dict(id="tuyen-dung", key=("category_alias", "tuyen-dung"), section="tuyen-dung",
         vi="Tuyển dụng; phải đứng trước quy tắc Thông báo (chuyên mục cha).",
         en="Recruitment; more specific than the Thông báo rule of its parent."),
    dict(id="thong-bao", key=("category_alias", "thong-bao"), section="thong-bao",
         vi="Thông báo.", en="Announcements."),
    dict(id="tai-lieu-noi-bo", key=("category_alias", "tai-lieu-noi-bo"),
         section="chi-dao-dieu-hanh",
         vi="Tài liệu nội bộ: trên cổng cũ chỉ thành viên đăng nhập mới xem được; cổng mới cần "
            "quyết định có công khai hay không.",
         en="Internal documents: members only on the old portal; decide whether to publish."),
]
V3_UNMAPPED_ON_PURPOSE = 11  # "Hỏi đáp": no rule, goes to "unmapped"


def nv3_bodytext(html: str) -> str:
    """NukeViet 3.x's `nv_news_get_bodytext`: the plain-text copy of a body
    kept in `_bodytext` for search (images become " src alt", links "href
    text", tags stripped, the HTML specials decoded, &nbsp; a space, runs of
    spaces folded)."""
    def img(m):
        src = re.search(r'src="([^"]*)"', m.group(0))
        alt = re.search(r'alt="([^"]+)"', m.group(0))
        return (" " + src.group(1) if src else "") + (" " + alt.group(1) if alt else "")
    text = re.sub(r"<img[^>]*>", img, html, flags=re.I | re.S)
    text = re.sub(r'<a[^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\1 \2", text, flags=re.I | re.S)
    text = re.sub(r"<[^>]*>", "", text)
    for a, b in (("&amp;", "&"), ("&#039;", "'"), ("&quot;", '"'), ("&lt;", "<"),
                 ("&gt;", ">")):
        text = text.replace(a, b)
    text = text.replace("&nbsp;", " ")
    return re.sub(r"[ ]+", " ", text)


class SampleV3:
    """The 3.4 sample site, computed once from the tables above."""

    def __init__(self):
        self.module, self.data, self.custom = V3_MODULE
        self.cats = self._cats()
        self.by_id = {c["catid"]: c for c in self.cats}
        self.articles = [self._article(a) for a in V3_NEWS]
        urls = {a["id"]: a for a in self.articles}
        for a in self.articles:
            body = a["body"]
            if body is not None:
                for n, t in urls.items():
                    body = body.replace("{url:%d}" % n, t["old_url"])
                    body = body.replace("{qurl:%d}" % n, t["qurl"])
                assert "{url" not in body and "{qurl" not in body, a["id"]
            a["body_final"] = body
            a["bodytext_final"] = (a["bodytext"] if body is None
                                   else nv3_bodytext(body))
        ids = [a["id"] for a in self.articles]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)

    def _cats(self):
        rows = [dict(catid=c[0], parentid=c[1], title=c[2], alias=c[3], weight=c[4],
                     who_view=c[5], enc=c[6]) for c in V3_CATS]
        by_id = {c["catid"]: c for c in rows}
        kids = {c["catid"]: [] for c in rows}
        kids[0] = []
        for c in rows:
            kids[c["parentid"]].append(c)
        for k in kids.values():
            k.sort(key=lambda c: c["weight"])
        order = []

        def walk(pid, lev):
            for c in kids[pid]:
                c["lev"] = lev
                order.append(c)
                walk(c["catid"], lev + 1)
        walk(0, 0)
        assert len(order) == len(rows)
        for i, c in enumerate(order, 1):
            c["order"] = i
            c["subcatid"] = ",".join(str(k["catid"]) for k in kids[c["catid"]])
            c["numsubcat"] = len(kids[c["catid"]])
            c["path"] = []
            p = c
            while p:
                c["path"].insert(0, p["catid"])
                p = by_id.get(p["parentid"])
        return rows

    def cat_values(self, c):
        t0 = vn_time(2010, 8, 2, 8, 0) + c["catid"] * 3600
        return (c["catid"], c["parentid"], encode_field(c["title"], c["enc"]), "", c["alias"],
                V3_CAT_DESCRIPTIONS.get(c["catid"], ""), "", "", c["weight"], c["order"],
                c["lev"], "viewcat_main_right" if c["numsubcat"] else "viewcat_page_new",
                c["numsubcat"], c["subcatid"], 1, 3, "", "", t0, t0 + 86400 * 10,
                c["who_view"], "")

    def _article(self, a):
        a = dict(a)
        a["expected_title"] = unicodedata.normalize("NFC", a["title"])
        a["alias"] = slugify(a["title"])
        cat = self.by_id[a["catid"]]
        a["cat_alias"] = cat["alias"]
        a["old_url"] = f"/vi/{self.module}/{cat['alias']}/{a['alias']}-{a['id']}/"
        a["qurl"] = (f"/index.php?language=vi&amp;nv={self.module}&amp;op="
                     f"{cat['alias']}/{a['alias']}-{a['id']}")
        for k in ("add", "publ", "edit"):
            a[k + "time"] = vn_time(*a[k])
        a["exptime"] = vn_time(*a["exp"]) if a.get("exp") else 0
        a["n"] = (a["id"] + 1999) // 2000
        a.setdefault("bodytext", None)
        return a

    def row_values(self, a):
        title = encode_field(nv_entities(a["title"]), a.get("title_enc"))
        hometext = encode_field(nv_entities(a["hometext"]), a.get("hometext_enc"))
        img, alt, thumbs = a["img"]
        return (a["id"], a["catid"], a["listcatid"], V3_ARTICLE_TOPIC.get(a["id"], 0),
                a["admin_id"], a["author"],
                a["sourceid"], a["addtime"], a["edittime"], a["status"], a["publtime"],
                a["exptime"], a["archive"], title, a["alias"], hometext, img, alt, thumbs,
                1, 1, 1, a["hits"], 0, 0, 0, a["keywords"])

    def bodyhtml_values(self, a):
        body = encode_field(a["body_final"], a.get("body_enc"))
        return (a["id"], body, a["sourcetext"], 1 if a["img"][0] or a["img"][2] else 0,
                0, 1, 1, 1)

    def home_image(self, a):
        img, _, thumbs = a["img"]
        if img.startswith("http://") or img.startswith("https://"):
            return img
        if img:
            return f"/uploads/{self.module}/{img}"
        parts = [p for p in thumbs.split("|") if p]
        return f"/files/{self.module}/{parts[0]}" if parts else ""

    def special_fields(self):
        out = []
        for c in self.cats:
            if c["enc"]:
                out.append(dict(table=f"{V3_STEM}_cat", id=c["catid"], column="title",
                                how=c["enc"], expected=c["title"]))
        for a in self.articles:
            for field, column, table in (("title", "title", "rows"),
                                         ("hometext", "hometext", "rows"),
                                         ("body", "bodyhtml", f"bodyhtml_{a['n']}")):
                enc = a.get(field + "_enc")
                if enc:
                    out.append(dict(table=f"{V3_STEM}_{table}", id=a["id"], column=column,
                                    how=enc, expected={
                                        "title": a["expected_title"],
                                        "hometext": unicodedata.normalize("NFC", a["hometext"]),
                                        "body": "(the clean body)"}[field]))
        return out

    def copy_tables(self):
        return [f"{V3_STEM}_{c['catid']}" for c in sorted(self.cats, key=lambda c: c["catid"])]

    def write_dump(self, out) -> None:
        dw = DumpWriter(out, "mariadb", "tanlap_nv3")
        set_time = vn_time(2010, 8, 2, 8, 0)
        tables = []

        def module(title, file, data, custom, weight, rss):
            return (title, file, data, custom, "", set_time, 1, 1, "", "mobile_nukeviet", "",
                    "", "0", 1, weight, 1, 1, "", rss)
        tables.append((f"{V3_PREFIX}_vi_modules", V3_COLS_MODULES, [
            module("about", "about", "about", "Giới thiệu", 1, 0),
            module(self.module, "news", self.data, self.custom, 2, 1),
            module("contact", "contact", "contact", "Liên hệ", 3, 0),
        ], None))
        tables.append((f"{V3_PREFIX}_config", V3_COLS_CONFIG, [
            ("sys", "global", "is_url_rewrite", "1"),
            ("sys", "global", "rewrite_endurl", "/"),
            ("sys", "global", "rewrite_exturl", ".html"),
            ("sys", "global", "rewrite_optional", "0"),
            ("vi", "global", "site_name", "Cổng thông tin điện tử huyện Tân Lập"),
            ("vi", self.module, "per_page", "10"),
        ], None))
        arts = self.articles
        tables.append((f"{V3_STEM}_cat", V3_COLS_CAT,
                       [self.cat_values(c) for c in self.cats], len(self.cats) + 1))
        max_id = max(a["id"] for a in arts)
        # A copy of `_rows` per category, as 3.x keeps them.
        for c in self.cats:
            members = [a for a in arts if str(c["catid"]) in a["listcatid"].split(",")]
            vals = [self.row_values(a) for a in sorted(members, key=lambda a: a["publtime"])]
            if V3_ORPHAN_IN_COPY[0] == c["catid"]:
                o = self._article(V3_ORPHAN_IN_COPY[1])
                vals.insert(0, self.row_values(o))
            ai = max(v[0] for v in vals) + 1 if vals else None
            tables.append((f"{V3_STEM}_{c['catid']}", V3_COLS_ROWS, vals, ai))
        tables.append((f"{V3_STEM}_rows", V3_COLS_ROWS, [self.row_values(a) for a in arts],
                       max_id + 1))
        for n in sorted({a["n"] for a in arts}):
            tables.append((f"{V3_STEM}_bodyhtml_{n}", V3_COLS_BODYHTML,
                           [self.bodyhtml_values(a) for a in arts
                            if a["n"] == n and a["body_final"] is not None], None))
        tables.append((f"{V3_STEM}_bodytext", V3_COLS_BODYTEXT,
                       [(a["id"], a["bodytext_final"]) for a in arts], None))
        tables.append((f"{V3_STEM}_block_cat", V3_COLS_BLOCK_CAT, [
            (1, 0, 4, "Tin nổi bật", "tin-noi-bat", "", "", "", 1, "", set_time, set_time)], 2))
        tables.append((f"{V3_STEM}_block", V3_COLS_BLOCK,
                       [(1, 1, 1), (1, 2001, 2)], None))
        tables.append((f"{V3_STEM}_sources", V3_COLS_SOURCES, V3_SOURCES,
                       len(V3_SOURCES) + 1))
        tables.append((f"{V3_STEM}_topics", V3_COLS_TOPICS, V3_TOPICS, len(V3_TOPICS) + 1))
        tables.append((f"{V3_PREFIX}_users", V3_COLS_USERS, V3_USERS, len(V3_USERS) + 2))
        dw.header()
        for name, cols, rows, ai in sorted(tables, key=lambda t: t[0]):
            dw.table(name, cols, rows, ai)
        dw.footer("2013-07-20 22:05:41")


def v3_resolve_section(cat_id: int, by_id: dict) -> tuple[str, str | None, int | None]:
    """Section of a category: the first rule matching the category itself,
    else its parent, and so on up (as portmig's mapping decides); with the
    rule and the category it matched."""
    c = by_id[cat_id]
    while c:
        for r in V3_RULES:
            if r.get("source") and r["source"] != V3_MODULE[0]:
                continue
            kind, value = r["key"]
            if ((kind == "category_alias" and c["alias"] == value)
                    or (kind == "category_id" and c["catid"] == value)
                    or (kind == "category_title" and c["title"] == value)):
                return r["section"], r["id"], c["catid"]
        c = by_id.get(c["parentid"])
    return "unmapped", None, None


def v3_mapping_toml() -> str:
    lines = [
        "# Ánh xạ chuyên mục cũ (NukeViet 3.4, huyện Tân Lập) sang mục của cổng mới.",
        "# Maps the old NukeViet 3.4 categories (Tân Lập district) to sections of the new "
        "portal.",
        "#",
        "# Quy tắc xét theo thứ tự, quy tắc đầu tiên khớp được áp dụng; chuyên mục không có "
        "quy tắc",
        "# đi theo chuyên mục cha gần nhất có quy tắc. Dùng chung danh mục mục (taxonomy) với "
        "bản mẫu 4.5.",
        "# Rules are tried in order, the first match wins; a category without a rule follows "
        "its",
        "# nearest ancestor that has one. The taxonomy is the one of the 4.5 sample.",
        "#",
        "# Generated by scripts/gen-samples.py sample34; edit the script, not this file.",
        "",
        "taxonomy = \"../nukeviet45/taxonomy.toml\"",
        "",
        "# Chuyên mục \"Hỏi đáp\" cố ý không có quy tắc: bài vào mục \"Chưa phân loại\".",
        "# The \"Hỏi đáp\" (Q&A) category has no rule on purpose: its items go to \"unmapped\".",
        "[unmapped]",
        "policy = \"keep-in\"",
        "section = \"unmapped\"",
        "",
    ]
    for r in V3_RULES:
        kind, value = r["key"]
        for text in (r["vi"], r["en"]):
            lines += ["# " + ln for ln in textwrap.wrap(text, 86)]
        lines += ["[[rule]]", f"id = {toml_str(r['id'])}"]
        if r.get("source"):
            lines.append(f"source = {toml_str(r['source'])}")
        lines.append(f"{kind} = {value}" if isinstance(value, int)
                     else f"{kind} = {toml_str(value)}")
        lines += [f"section = {toml_str(r['section'])}", ""]
    return "\n".join(lines)


def v3_expected(s: SampleV3) -> dict:
    module, data, _ = V3_MODULE
    cats_out, arts_out = {}, {}
    raw_counts, loaded_counts, section_counts = {}, {}, {}
    warnings = []
    for c in s.cats:
        section, rule, matched = v3_resolve_section(c["catid"], s.by_id)
        cats_out[f"{module}/{c['catid']}"] = dict(
            title=c["title"], alias=c["alias"], parentid=c["parentid"], lev=c["lev"],
            order=c["order"], who_view=c["who_view"], enabled=True, section=section,
            rule=rule, rule_matched_category=matched, old_url=f"/vi/{module}/{c['alias']}/")
        if c["who_view"]:
            warnings.append(dict(key=f"{V3_STEM}/category/{c['catid']}",
                                 about=f"who_view {c['who_view']} "
                                       f"({V3_WHO_VIEW[c['who_view']]} only)"))
    for a in s.articles:
        raw_counts[str(a["status"])] = raw_counts.get(str(a["status"]), 0) + 1
        name = V3_STATUS_NAMES[a["status"]]
        loaded_counts[name] = loaded_counts.get(name, 0) + 1
        section, rule, _ = v3_resolve_section(a["catid"], s.by_id)
        section_counts[section] = section_counts.get(section, 0) + 1
        from_text = a["body_final"] is None
        if from_text:
            warnings.append(dict(key=f"{V3_STEM}/article/{a['id']}",
                                 about="no _bodyhtml row: body rebuilt from _bodytext"))
        if not a["img"][0] and a["img"][2]:
            warnings.append(dict(key=f"{V3_STEM}/article/{a['id']}",
                                 about="no main home image: the thumbnail is used"))
        arts_out[f"{module}/{a['id']}"] = dict(
            title=a["expected_title"], alias=a["alias"], catid=a["catid"],
            listcatid=[int(x) for x in a["listcatid"].split(",")], status=a["status"],
            status_meaning=V3_STATUS_MEANING[a["status"]], status_name=name,
            archive=a["archive"], author=a["author"], publtime=a["publtime"],
            published_at=iso_vn(a["publtime"]), exptime=a["exptime"],
            expires_at=iso_vn(a["exptime"]) if a["exptime"] else None,
            section=section, rule=rule, old_url=a["old_url"],
            body_table=f"{V3_STEM}_bodytext" if from_text else f"{V3_STEM}_bodyhtml_{a['n']}",
            body_from="bodytext" if from_text else "bodyhtml",
            body_markers=a["markers"], homeimgfile=a["img"][0], homeimgthumb=a["img"][2],
            home_image=s.home_image(a))
    body_tables = {}
    for a in s.articles:
        if a["body_final"] is not None:
            body_tables.setdefault(f"{V3_STEM}_bodyhtml_{a['n']}", []).append(a["id"])
    return {
        "dump": "portal.sql",
        "layout": "mariadb-dump, one row per line",
        "nukeviet_version": "3.x",
        "prefix": V3_PREFIX,
        "lang": "vi",
        "timezone": "Asia/Ho_Chi_Minh",
        "instances": [dict(module=module, module_file="news", module_data=data,
                           upload_dir=f"/uploads/{module}/", source=V3_STEM,
                           categories=len(s.cats), articles=len(s.articles))],
        "categories": len(s.cats),
        "categories_loaded": len(s.cats),
        "articles_total": len(s.articles),
        "articles_loaded": len(s.articles),
        "quarantined": 0,
        # Every item has the 6 forms of a 3.x URL (with and without the
        # language, through index.php/, index.php?language=&nv=&op=, ?nv=&op=;
        # crates/extract/src/nukeviet/urls.rs); no two items share one.
        # Topic pages (`/vi/<module>/topic/<alias>/`) have one each.
        "redirects": 6 * (len(s.cats) + len(s.articles)) + len(V3_TOPICS),
        "terms": {"topics": len(V3_TOPICS), "sources": len(V3_SOURCES),
                  "article_topics": {str(a): t for a, t in V3_ARTICLE_TOPIC.items()},
                  "usernames": {str(u[0]): u[1] for u in V3_USERS},
                  "emails": [u[2] for u in V3_USERS]},
        "ignored_tables": s.copy_tables(),
        "orphan_rows_in_copy_tables": [dict(table=f"{V3_STEM}_{V3_ORPHAN_IN_COPY[0]}",
                                            id=V3_ORPHAN_IN_COPY[1]["id"])],
        "body_tables": body_tables,
        "bodytext_only": [a["id"] for a in s.articles if a["body_final"] is None],
        "status_counts": {"raw": dict(sorted(raw_counts.items(), key=lambda kv: int(kv[0]))),
                          "loaded": dict(sorted(loaded_counts.items()))},
        "encoded_fields": [dict(table=f["table"], id=f["id"], column=f["column"], how=f["how"],
                                charset=ENC_LABEL[f["how"]]) for f in s.special_fields()],
        "unmapped_categories": [f"{module}/{V3_UNMAPPED_ON_PURPOSE}"],
        "warnings": warnings,
        "section_counts": dict(sorted(section_counts.items())),
        "categories_by_key": cats_out,
        "articles": arts_out,
    }


def v3_readme(s: SampleV3, exp: dict) -> str:
    module, data, custom = V3_MODULE
    L = ["# Sample: a NukeViet 3.4 district portal (`samples/nukeviet34`)", "",
         "Written by `scripts/gen-samples.py sample34`; do not edit by hand, change the script",
         "and run it again (the output is deterministic, byte for byte). All text is our own",
         "writing about a fictional district (\"huyện Tân Lập\", Tỉnh Mẫu); only the table",
         "layout follows NukeViet 3.4.", "",
         "| file | what |", "|---|---|",
         "| `portal.sql` | the site dump, mariadb-dump layout (sandbox line, one row per line), "
         f"prefix `{V3_PREFIX}`, language `vi` |",
         "| `mapping.toml` | old categories -> sections; the taxonomy is "
         "`../nukeviet45/taxonomy.toml` |",
         "| `expected.json` | everything below, machine-readable, for tests |", "",
         "## What makes it 3.x", "",
         "- Bodies are in `_bodyhtml_N`, article `id` in `N = ceil(id / 2000)`: "
         + "; ".join(f"`{t}` holds ids {', '.join(map(str, ids))}"
                     for t, ids in exp["body_tables"].items()) + ".",
         "- `_bodytext` holds NukeViet's plain-text copy of every body (made for search). "
         f"Article{'s' if len(exp['bodytext_only']) > 1 else ''} "
         + ", ".join(map(str, exp["bodytext_only"]))
         + " has no `_bodyhtml_1` row: only the plain text is left, and the body must be "
         "rebuilt from it.",
         "- `_rows.status`: 0 chờ duyệt (waiting for review), 1 published, 2 scheduled, "
         "3 expired (kept because `archive` = 1). No 4.x codes (4 draft, >20 locked).",
         "- `_rows.homeimgthumb` is text: `thumb/<file>|block/<file>`, the resized copies under "
         f"`files/{module}/`; `homeimgfile` is relative to `uploads/{module}/` (3.x has no "
         "`module_upload`: the folder is the module title) or an absolute URL. One article "
         "has lost its main file and names only the copies.",
         "- `_cat` has `order` (not `sort`), no `status`, and `who_view` (one category is "
         "for signed-in members only).",
         "- Old URLs end in `-<id>/`: "
         f"`/vi/{module}/<cat-alias>/<alias>-<id>/` (default `rewrite_endurl` `/`, in "
         f"`{V3_PREFIX}_config`).",
         "- A per-category copy of `_rows` exists for every category ("
         + ", ".join(f"`{t}`" for t in exp["ignored_tables"][:3]) + ", ...); "
         f"`{exp['orphan_rows_in_copy_tables'][0]['table']}` also holds article id "
         f"{exp['orphan_rows_in_copy_tables'][0]['id']}, deleted from `_rows`: it must not be "
         "loaded. `_block_cat` is not a news instance.",
         f"- Ids jump from 13 to 2000: articles 14-1999 were deleted over the years.", "",
         "## Categories", "",
         "| key | title | alias | parent | lev | order | who_view | section (rule) |",
         "|---|---|---|---|---|---|---|---|"]
    for key, c in exp["categories_by_key"].items():
        via = c["rule_matched_category"]
        rule = (c["rule"] or "no rule") + (f", via its ancestor {module}/{via}"
                                           if via and via != int(key.split("/")[1]) else "")
        L.append(f"| `{key}` | {c['title']} | `{c['alias']}` | {c['parentid']} | {c['lev']} | "
                 f"{c['order']} | {c['who_view']} | `{c['section']}` ({rule}) |")
    L += ["", f"`{module}/8` (Văn bản chỉ đạo) has a parent with a higher id "
          f"(`{module}/12`). `{module}/{V3_UNMAPPED_ON_PURPOSE}` (Hỏi đáp) has no rule on "
          "purpose, so its article goes to `unmapped`.", "",
          "## Articles", "",
          "| key | status | publ. (UTC+7) | body from | section | title |",
          "|---|---|---|---|---|---|"]
    for key, a in exp["articles"].items():
        L.append(f"| `{key}` | {a['status']} ({a['status_name']}) | {a['published_at'][:16]} | "
                 f"`{a['body_table']}` | `{a['section']}` | {a['title']} |")
    L += ["", "## Encodings", "",
          "Most fields are clean UTF-8. The exceptions:", "",
          "| table | id | column | how | decodes to |", "|---|---|---|---|---|"]
    for f in s.special_fields():
        L.append(f"| `{f['table']}` | {f['id']} | `{f['column']}` | {ENC_HOW[f['how']]} | "
                 f"{f['expected']} |")
    L += ["", "One body (`tin-tuc/7`) writes Latin-1 letters as named entities "
          "(`&ocirc;`, `&agrave;`), as CKEditor 3 did.", "",
          "## Expected outcome", "",
          f"- categories loaded: **{exp['categories_loaded']}**; articles loaded: "
          f"**{exp['articles_loaded']}** of {exp['articles_total']}; quarantined: "
          f"**{exp['quarantined']}**",
          "- raw status counts: "
          + ", ".join(f"{k}: {v}" for k, v in exp["status_counts"]["raw"].items())
          + "; loaded as: "
          + ", ".join(f"{k}: {v}" for k, v in exp["status_counts"]["loaded"].items()),
          "- by section: "
          + ", ".join(f"{k}: {v}" for k, v in exp["section_counts"].items()),
          f"- redirects: **{exp['redirects']}** (every category and article, old 3.x URL -> "
          "new URL)",
          "- warnings: " + "; ".join(f"`{w['key']}` ({w['about']})" for w in exp["warnings"]),
          "- rows of the per-category copy tables: none loaded", ""]
    return "\n".join(L)


def write_sample34(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    s = SampleV3()
    with open(out_dir / "portal.sql", "wb") as f:
        s.write_dump(f)
    exp = v3_expected(s)
    files = {
        "mapping.toml": v3_mapping_toml(),
        "expected.json": json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
        "README.md": v3_readme(s, exp),
    }
    for name, text in files.items():
        with open(out_dir / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for name in ["portal.sql", *files]:
        print(f"wrote {out_dir.name}/{name} ({(out_dir / name).stat().st_size} bytes)")
    print(f"categories {exp['categories']}, articles {exp['articles_total']}, "
          f"bodies from _bodytext only: {exp['bodytext_only']}")


# --------------------------------------------------------------------------
# eGovernment sample: the `laws` module (legal documents) beside a small
# news module (samples/egov44)
# --------------------------------------------------------------------------

# Column lists of the eGovernment 4.4 `laws` tables (format only).
EGOV_COLS_LAWS_AREA = """
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `alias` varchar(249) NOT NULL,
  `title` varchar(249) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`,`parentid`),
  KEY `weight` (`weight`)
"""
EGOV_COLS_LAWS_CAT = """
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `alias` varchar(249) NOT NULL,
  `title` varchar(249) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `newday` tinyint(2) unsigned NOT NULL DEFAULT 5,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`,`parentid`),
  KEY `weight` (`weight`)
"""
EGOV_COLS_LAWS_EXAMINE = """
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
"""
EGOV_COLS_LAWS_ROW = """
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `replacement` varchar(255) NOT NULL DEFAULT '',
  `relatement` varchar(255) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `code` varchar(50) NOT NULL,
  `cid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `sid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `eid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `sgid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `note` text NOT NULL,
  `introtext` text NOT NULL,
  `bodytext` text NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `groups_view` varchar(255) NOT NULL,
  `groups_download` varchar(255) NOT NULL,
  `files` mediumtext NOT NULL,
  `status` tinyint(1) NOT NULL,
  `approval` tinyint(1) NOT NULL,
  `addtime` int(11) NOT NULL,
  `edittime` int(11) NOT NULL,
  `publtime` int(11) NOT NULL DEFAULT 0,
  `start_comm_time` int(11) DEFAULT NULL,
  `end_comm_time` int(11) DEFAULT NULL,
  `startvalid` int(11) NOT NULL DEFAULT 0,
  `exptime` int(11) NOT NULL DEFAULT 0,
  `view_hits` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `download_hits` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `admin_add` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `admin_edit` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
"""
EGOV_COLS_LAWS_ROW_AREA = """
  `row_id` int(10) unsigned NOT NULL,
  `area_id` smallint(4) unsigned NOT NULL,
  UNIQUE KEY `alias` (`row_id`,`area_id`)
"""
EGOV_COLS_LAWS_SIGNER = """
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `offices` varchar(255) NOT NULL DEFAULT '',
  `positions` varchar(255) NOT NULL DEFAULT '',
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
"""
EGOV_COLS_LAWS_SUBJECT = """
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `alias` varchar(250) NOT NULL,
  `title` varchar(250) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `numcount` int(10) NOT NULL DEFAULT 0,
  `numlink` tinyint(2) NOT NULL DEFAULT 5,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`),
  KEY `weight` (`weight`)
"""

# module title, module_file, module_data, module_upload, custom title
EGOV_MODULES = [
    ("van-ban", "laws", "laws", "van-ban", "Văn bản"),
    ("tin-tuc", "news", "news", "news", "Tin tức"),
]

# Document types (`_cat`): id, parent, alias, title. Aliases capitalised as
# the laws module saves them.
EGOV_TYPES = [
    (1, 0, "Quyet-dinh", "Quyết định"),
    (2, 0, "Nghi-quyet", "Nghị quyết"),
    (3, 0, "Cong-van", "Công văn"),
    (4, 0, "Ke-hoach", "Kế hoạch"),
    (5, 0, "Thong-bao", "Thông báo"),
    # A child type: placed after its parent, mapped through it.
    (6, 1, "Quyet-dinh-quy-pham", "Quyết định quy phạm pháp luật"),
]
EGOV_AREAS = [(1, "Giao-duc", "Giáo dục"), (2, "Y-te", "Y tế"), (3, "Dat-dai", "Đất đai"),
              (4, "Chuyen-doi-so", "Chuyển đổi số")]
# id, title as stored (entities: the module saves titles with them), decoded
EGOV_SUBJECTS = [(1, "UBND-tinh", "UBND tỉnh Mẫu", "UBND tỉnh Mẫu"),
                 (2, "HDND-tinh", "HĐND tỉnh Mẫu", "HĐND tỉnh Mẫu"),
                 (3, "Van-phong-UBND", "Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
                 (4, "So-GD-DT", "Sở GD&amp;ĐT", "Sở GD&ĐT")]
EGOV_SIGNERS = [(1, "Trần Văn Bình", "Chủ tịch"), (2, "Lê Thị Hoa", "Phó Chủ tịch"),
                (3, "Phạm Minh Đức", "Chánh Văn phòng"), (4, "Vũ Thị Lan", "Giám đốc Sở")]
EGOV_EXAMINE = [(1, "Ban Pháp chế HĐND tỉnh")]

EGOV_SECTIONS = [
    ("van-ban-phap-luat", "Văn bản pháp luật", "Legal documents", None),
    ("quyet-dinh", "Quyết định", "Decisions", "van-ban-phap-luat"),
    ("nghi-quyet", "Nghị quyết", "Resolutions", "van-ban-phap-luat"),
    ("van-ban-chi-dao", "Văn bản chỉ đạo, điều hành", "Directives", "van-ban-phap-luat"),
    ("thong-bao", "Thông báo", "Announcements", None),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", "News and events", None),
    ("unmapped", "Chưa phân loại", "Unclassified", None),
]
EGOV_RULES = [
    dict(id="quyet-dinh", source="van-ban", key=("category_alias", "Quyet-dinh"),
         section="quyet-dinh",
         vi="Quyết định, kể cả loại con \"Quyết định quy phạm pháp luật\" (khớp qua loại cha).",
         en="Decisions, with the child type (matched through its parent)."),
    dict(id="nghi-quyet", source="van-ban", key=("category_alias", "Nghi-quyet"),
         section="nghi-quyet", vi="Nghị quyết của HĐND.", en="Resolutions."),
    dict(id="cong-van", source="van-ban", key=("category_title", "Công văn"),
         section="van-ban-chi-dao", vi="Công văn chỉ đạo, theo tên loại văn bản.",
         en="Official letters, matched by the type's title."),
    dict(id="ke-hoach", source="van-ban", key=("category_alias", "Ke-hoach"),
         section="van-ban-chi-dao", vi="Kế hoạch.", en="Plans."),
    dict(id="thong-bao-van-ban", source="van-ban", key=("category_alias", "Thong-bao"),
         section="thong-bao", vi="Thông báo (văn bản).", en="Notices (documents)."),
    dict(id="tin-tuc", source="tin-tuc", key=("category_alias", "hoat-dong"),
         section="tin-tuc-su-kien", vi="Tin hoạt động.", en="News."),
]

# The documents. Dates are (y, m, d) of the site's calendar; the module saves
# local midnight. `enc`: a field written in another charset.
EGOV_DOCS = [
    dict(id=1, cid=1, sid=1, sgid=1, code="125/QĐ-UBND",
         title="Quyết định phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024",
         intro="Phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024",
         body="<p>Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;</p>"
              "<p>Điều 1. Phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024 kèm theo "
              "Quyết định này.</p><p>Điều 2. Quyết định có hiệu lực kể từ ngày ký.</p>",
         files=["2024_03/qd-125-ubnd.pdf"], areas=[4], publ=(2024, 3, 15),
         start=(2024, 3, 15), exp=None, status=1),
    dict(id=2, cid=2, sid=2, sgid=2, eid=1, code="10/2023/NQ-HĐND",
         title="Nghị quyết quy định mức hỗ trợ học phí năm học 2023 - 2024",
         intro="Quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh năm học 2023 - 2024",
         body="<p>Nghị quyết này quy định mức hỗ trợ học phí; hết hiệu lực khi năm học "
              "kết thúc.</p>",
         files=["2023_12/nq-10-hdnd.pdf", "https://vanban.tinhmau.example.gov.vn/nq-10-phu-luc.doc"],
         areas=[1], publ=(2023, 12, 8), start=(2024, 1, 1), exp=(2024, 6, 30), status=1,
         note="expired"),
    dict(id=3, cid=3, sid=3, sgid=3, code="1520/UBND-VX",
         title="Công văn về việc tăng cường phòng, chống dịch bệnh mùa mưa",
         intro="V/v tăng cường công tác phòng, chống dịch bệnh mùa mưa năm 2024",
         enc=("introtext", ENC_TCVN3),
         body="<p>Để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân tỉnh yêu cầu các sở, "
              "ngành triển khai ngay các biện pháp sau.</p>",
         files=["2024_05/cv-1520.pdf"], areas=[2], publ=(2024, 5, 20), start=None, exp=None,
         status=1),
    dict(id=4, cid=4, sid=1, sgid=2, code="45/KH-UBND",
         title="Kế hoạch cải cách hành chính năm 2024",
         intro="Kế hoạch cải cách hành chính nhà nước tỉnh Mẫu năm 2024",
         body="<p>Thực hiện Quyết định số 125/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, "
              "các cơ quan xây dựng kế hoạch chi tiết.</p>",
         files=[], areas=[3, 99], publ=(2024, 2, 1), start=(2024, 2, 1), exp=None, status=1,
         note="area 99 missing"),
    dict(id=5, cid=5, sid=3, sgid=3, code="12/TB-VPUB", alias_without_id=True,
         title="Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế",
         intro="Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế",
         body="<p>Sở Y tế hoàn thành các nhiệm vụ được giao trong quý II.</p>",
         files=["2024_04/tb-12.pdf", "2024_04/tb-12-phu-luc.xlsx"], areas=[2],
         publ=(2024, 4, 10), start=None, exp=None, status=1),
    dict(id=6, cid=6, sid=1, sgid=1, code="30/2030/QĐ-UBND",
         title="Quyết định ban hành Quy chế quản lý dữ liệu số của tỉnh",
         intro="Ban hành Quy chế quản lý dữ liệu số của tỉnh Mẫu",
         body="<p>Quy chế này có hiệu lực từ ngày 01 tháng 01 năm 2031.</p>",
         files=["2030_12/qd-30-2030.pdf"], areas=[4, 3], publ=(2030, 12, 15),
         start=(2031, 1, 1), exp=None, status=1, note="not yet effective"),
    dict(id=7, cid=42, sid=4, sgid=4, code="08/HD-SGDĐT",
         title="Hướng dẫn tuyển sinh vào lớp 10 năm học 2024 - 2025",
         intro="Hướng dẫn công tác tuyển sinh vào lớp 10 trung học phổ thông",
         body="<p>Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức tuyển sinh.</p>",
         files=["2024_04/hd-08.pdf"], areas=[1], publ=(2024, 4, 2), start=(2024, 4, 2),
         exp=None, status=1, note="cid not in _cat"),
    dict(id=8, cid=5, sid=3, sgid=3, code="Không số",
         title="Thông báo lịch tiếp công dân tháng 7",
         intro="Lịch tiếp công dân của lãnh đạo UBND tỉnh tháng 7",
         body="<p>Lãnh đạo UBND tỉnh tiếp công dân vào ngày 15 hằng tháng.</p>",
         files=[], areas=[], publ=(2024, 6, 28), start=None, exp=None, status=0,
         note="suspended; symbol does not parse"),
]

EGOV_NEWS_CATS = [(1, "Hoạt động", "hoat-dong"), (2, "Thông báo", "thong-bao")]
EGOV_NEWS = [
    dict(id=1, catid=1, title="Tỉnh Mẫu khai trương Trung tâm điều hành thông minh",
         hometext="Trung tâm đi vào hoạt động từ tháng 3/2024.",
         body="<p>Trung tâm triển khai theo Quyết định số 125/QĐ-UBND ngày 15/3/2024.</p>",
         publ=(2024, 3, 20)),
    dict(id=2, catid=2, title="Lịch tiếp công dân tháng 7",
         hometext="Lãnh đạo tỉnh tiếp công dân ngày 15/7.",
         body="<p>Công dân đến Trụ sở tiếp công dân của tỉnh.</p>", publ=(2024, 6, 28)),
]


def egov_day(d) -> int:
    return 0 if d is None else vn_time(d[0], d[1], d[2], 0, 0)


def egov_iso(d) -> str | None:
    return None if d is None else f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def egov_alias(doc: dict) -> str:
    base = slugify(doc["title"])
    return base if doc.get("alias_without_id") else f"{base}-{doc['id']}"


def egov_doc_values(doc: dict) -> tuple:
    fields = dict(introtext=doc["intro"])
    enc = doc.get("enc")
    if enc:
        fields[enc[0]] = encode_field(fields[enc[0]], enc[1])
    publ = egov_day(doc["publ"])
    return (doc["id"], "", "", nv_entities(doc["title"]), egov_alias(doc), doc["code"],
            doc["cid"], doc["sid"], doc.get("eid", 0), doc["sgid"], "",
            fields["introtext"], doc["body"], "", "6", "6", ",".join(doc["files"]),
            doc["status"], 0, publ, publ, publ, None, None, egov_day(doc["start"]),
            egov_day(doc["exp"]), 0, 0, 1, 1)


def egov_news_tables() -> list:
    cats = []
    for catid, title, alias in EGOV_NEWS_CATS:
        v = dict.fromkeys(CAT_FIELDS, "")
        v.update(catid=catid, parentid=0, title=title, alias=alias, viewdescription=0,
                 weight=catid, sort=catid, lev=0, viewcat="viewcat_page_new", numsubcat=0,
                 numlinks=3, newday=2, featured=0, add_time=vn_time(2020, 1, 1),
                 edit_time=vn_time(2020, 1, 1), status=1, groups_view="6")
        cats.append(tuple(v[f] for f in CAT_FIELDS))
    rows, details = [], []
    for a in EGOV_NEWS:
        t = vn_time(*a["publ"])
        v = dict.fromkeys(ROW_FIELDS, 0)
        v.update(id=a["id"], catid=a["catid"], listcatid=str(a["catid"]), author="",
                 addtime=t, edittime=t, status=1, publtime=t, title=nv_entities(a["title"]),
                 alias=slugify(a["title"]), hometext=a["hometext"], homeimgfile="",
                 homeimgalt="", allowed_comm="6", instant_template="")
        rows.append(tuple(v[f] for f in ROW_FIELDS))
        d = dict.fromkeys(DETAIL_FIELDS, "")
        d.update(id=a["id"], bodyhtml=a["body"], voicedata=None, imgposition=1, copyright=0,
                 allowed_send=1, allowed_print=1, allowed_save=1)
        details.append(tuple(d[f] for f in DETAIL_FIELDS))
    return [("nv4_vi_news_cat", COLS_CAT, cats), ("nv4_vi_news_rows", COLS_ROWS, rows),
            ("nv4_vi_news_detail", COLS_DETAIL, details)]


def egov_write_dump(out) -> None:
    dw = DumpWriter(out, "mariadb", "egov_tinhmau")
    set_time = vn_time(2019, 1, 5, 8, 0)
    t0 = vn_time(2020, 1, 1)
    tables = [
        ("nv4_vi_modules", COLS_MODULES,
         [module_row(t, f, d, u, c, w, set_time)
          for w, (t, f, d, u, c) in enumerate(EGOV_MODULES, 1)]),
        ("nv4_config", COLS_CONFIG, [("sys", "site", "site_timezone", "Asia/Ho_Chi_Minh")]),
        ("nv4_vi_laws_cat", EGOV_COLS_LAWS_CAT,
         [(i, p, a, t, "", "", 5, t0, i) for i, p, a, t in EGOV_TYPES]),
        ("nv4_vi_laws_area", EGOV_COLS_LAWS_AREA,
         [(i, 0, a, t, "", "", t0, i) for i, a, t in EGOV_AREAS]),
        ("nv4_vi_laws_subject", EGOV_COLS_LAWS_SUBJECT,
         [(i, a, t, "", "", 0, 5, t0, i) for i, a, t, _ in EGOV_SUBJECTS]),
        ("nv4_vi_laws_signer", EGOV_COLS_LAWS_SIGNER,
         [(i, t, "", p, t0) for i, t, p in EGOV_SIGNERS]),
        ("nv4_vi_laws_examine", EGOV_COLS_LAWS_EXAMINE, [(i, t, i) for i, t in EGOV_EXAMINE]),
        ("nv4_vi_laws_row", EGOV_COLS_LAWS_ROW, [egov_doc_values(d) for d in EGOV_DOCS]),
        ("nv4_vi_laws_row_area", EGOV_COLS_LAWS_ROW_AREA,
         [(d["id"], a) for d in EGOV_DOCS for a in d["areas"]]),
    ] + egov_news_tables()
    dw.header()
    # mysqldump's order: by table name.
    for name, cols, rows in sorted(tables, key=lambda t: t[0]):
        dw.table(name, cols, rows)
    dw.footer()


def egov_section(doc_or_type) -> tuple[str, str | None]:
    """The section and rule of a document type id (through its parents)."""
    by_id = {i: (p, a, t) for i, p, a, t in EGOV_TYPES}
    cid = doc_or_type
    while cid in by_id:
        p, alias, title = by_id[cid]
        for r in EGOV_RULES:
            if r["source"] != "van-ban":
                continue
            kind, value = r["key"]
            if (kind == "category_alias" and value == alias) or \
                    (kind == "category_title" and value == title):
                return r["section"], r["id"]
        cid = p
    return "unmapped", None


def egov_expected() -> dict:
    subjects = {i: dec for i, _, _, dec in EGOV_SUBJECTS}
    signers = {i: t for i, t, _ in EGOV_SIGNERS}
    areas = {i: t for i, _, t in EGOV_AREAS}
    types = {i: t for i, _, _, t in EGOV_TYPES}
    docs = {}
    for d in EGOV_DOCS:
        section, rule = egov_section(d["cid"])
        alias = egov_alias(d)
        url_alias = alias if alias.endswith(f"-{d['id']}") else f"{alias}-{d['id']}"
        docs[f"van-ban/{d['id']}"] = dict(
            title=d["title"], symbol=d["code"], doc_type=types.get(d["cid"], ""),
            issuer=subjects[d["sid"]], signer=signers[d["sgid"]],
            examiner=dict(EGOV_EXAMINE).get(d.get("eid", 0), ""),
            issued_on=egov_iso(d["publ"]), effective_from=egov_iso(d["start"]),
            expires_on=egov_iso(d["exp"]), summary=d["intro"],
            fields=[areas[a] for a in sorted(d["areas"]) if a in areas],
            files=[f if f.startswith("http") else f"/uploads/van-ban/{f}" for f in d["files"]],
            status="published" if d["status"] == 1 else "draft", section=section, rule=rule,
            old_url=f"/vi/van-ban/detail/{url_alias}/", note=d.get("note", ""),
            symbol_parses=d["code"] != "Không số")
    news = {f"tin-tuc/{a['id']}": dict(title=a["title"], section="tin-tuc-su-kien"
                                       if a["catid"] == 1 else "unmapped")
            for a in EGOV_NEWS}
    cats = len(EGOV_TYPES) + len(EGOV_NEWS_CATS)
    return {
        "dump": "portal.sql",
        "layout": "mariadb-dump, one row per line",
        "timezone": "Asia/Ho_Chi_Minh",
        "instances": [dict(module=t, module_file=f, module_data=d, module_upload=u,
                           source=f"nv4_vi_{d}") for t, f, d, u, _ in EGOV_MODULES],
        "categories": cats,
        "articles": len(EGOV_NEWS),
        "documents": len(EGOV_DOCS),
        "attachments": sum(len(d["files"]) for d in EGOV_DOCS),
        "redirects": cats + len(EGOV_NEWS) + len(EGOV_DOCS),
        "encoded_fields": [dict(key=f"van-ban/{d['id']}", table="nv4_vi_laws_row",
                                column=d["enc"][0], charset=ENC_LABEL[d["enc"][1]],
                                expected=d["intro"])
                           for d in EGOV_DOCS if d.get("enc")],
        "warnings": {
            "van-ban/4": "field (lĩnh vực) 99",
            "van-ban/7": "`cid` = 42",
            "van-ban/8": "số ký hiệu `Không số`",
        },
        "news": news,
        "documents_by_key": docs,
    }


def egov_mapping_toml() -> str:
    lines = ["# Ánh xạ loại văn bản (module laws) và chuyên mục tin sang mục của cổng mới.",
             "# Maps document types (laws module) and news categories to sections.",
             "# Generated by scripts/gen-samples.py; edit the script, not this file.", "",
             "taxonomy = \"taxonomy.toml\"", "",
             "# Văn bản không khớp quy tắc nào (loại văn bản không còn trong _cat): vẫn chuyển,",
             "# vào mục \"Chưa phân loại\" và được ghi nhật ký.",
             "# Documents no rule matches (a type missing from _cat): kept, logged.",
             "[unmapped]", "policy = \"keep-in\"", "section = \"unmapped\"", ""]
    for r in EGOV_RULES:
        kind, value = r["key"]
        lines += ["# " + r["vi"], "# " + r["en"], "[[rule]]", f"id = {toml_str(r['id'])}",
                  f"source = {toml_str(r['source'])}", f"{kind} = {toml_str(value)}",
                  f"section = {toml_str(r['section'])}", ""]
    return "\n".join(lines)


def egov_taxonomy_toml() -> str:
    lines = ["# Các mục của cổng thông tin mới (bản mẫu cho samples/egov44).",
             "# Sections of the new portal (sample for samples/egov44).",
             "# Generated by scripts/gen-samples.py; edit the script, not this file.", ""]
    for slug, name, en, parent in EGOV_SECTIONS:
        lines += ["[[section]]", f"slug = {toml_str(slug)}", f"name = {toml_str(name)}",
                  f"name_en = {toml_str(en)}"]
        if parent:
            lines.append(f"parent = {toml_str(parent)}")
        lines.append("")
    return "\n".join(lines)


def egov_readme(exp: dict) -> str:
    L = ["# Sample: an eGovernment 4.4 portal with legal documents (`samples/egov44`)", "",
         "Written by `scripts/gen-samples.py egov`; do not edit by hand. All text is our own",
         "writing about a fictional province (\"Tỉnh Mẫu\"); only the table layout follows",
         "the NukeViet eGovernment `laws` module.", "",
         "| file | what |", "|---|---|",
         "| `portal.sql` | the dump, mariadb-dump layout, prefix `nv4`, language `vi` |",
         "| `taxonomy.toml` | sections of the new portal |",
         "| `mapping.toml` | document types and news categories -> sections |",
         "| `expected.json` | the results below, machine-readable, for tests |", "",
         "`nv4_vi_modules` lists `van-ban` (module_file `laws`, tables `nv4_vi_laws_*`, "
         "uploads under `uploads/van-ban/`) and `tin-tuc` (news, 2 articles).", "",
         "## Documents", "",
         "| key | số ký hiệu | type | issuer | signer | issued | effective | expires | section | note |",
         "|---|---|---|---|---|---|---|---|---|---|"]
    for k, d in exp["documents_by_key"].items():
        L.append(f"| `{k}` | {d['symbol']} | {d['doc_type'] or '—'} | {d['issuer']} | "
                 f"{d['signer']} | {d['issued_on']} | {d['effective_from'] or '—'} | "
                 f"{d['expires_on'] or '—'} | `{d['section']}` | {d['note']} |")
    L += ["", "Other things the reader meets: the trích yếu of `van-ban/3` is stored in "
          "TCVN3 (ABC) bytes; an issuing body's title holds `&amp;`; `van-ban/5`'s alias "
          "lacks its `-<id>` (the old URL gets it, as NukeViet's `detail` op needs it); "
          "`van-ban/2` has a file given as an absolute URL; document type 6 is a child of "
          "type 1 and is mapped through it.", "",
          "## Expected outcome", "",
          f"- categories: **{exp['categories']}** (6 document types, 2 news categories)",
          f"- articles: **{exp['articles'] + exp['documents']}** "
          f"({exp['articles']} news, {exp['documents']} documents)",
          f"- attachments (role `file`): **{exp['attachments']}**",
          f"- redirects: **{exp['redirects']}**",
          "- warnings: " + "; ".join(f"`{k}` ({v})" for k, v in exp["warnings"].items()),
          "- a second run: everything unchanged", ""]
    return "\n".join(L)


def write_egov(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "portal.sql", "wb") as f:
        egov_write_dump(f)
    exp = egov_expected()
    files = {
        "taxonomy.toml": egov_taxonomy_toml(),
        "mapping.toml": egov_mapping_toml(),
        "expected.json": json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
        "README.md": egov_readme(exp),
    }
    for name, text in files.items():
        with open(out_dir / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for name in ["portal.sql", *files]:
        print(f"wrote {out_dir.name}/{name} ({(out_dir / name).stat().st_size} bytes)")
    print(f"documents {exp['documents']}, categories {exp['categories']}, "
          f"attachments {exp['attachments']}")



# --------------------------------------------------------------------------
# Misplacement sample (`misplaced`): the labelled corpus as a NukeViet site
# --------------------------------------------------------------------------
# One news category per section of the default taxonomy, each holding the
# corpus articles of that section, except a seeded share that is filed in
# a wrong category: the misplacements `portmig run` must flag. The corpus
# (crates/classify/tests/data/labelled.jsonl, written by
# scripts/gen-labelled-corpus.py) is this project's own text.

MISPLACED_CORPUS = Path("crates/classify/tests/data/labelled.jsonl")


def read_corpus(repo: Path) -> list[dict]:
    with open(repo / MISPLACED_CORPUS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_misplaced(repo: Path, out_dir: Path, noise: float, seed: int) -> None:
    corpus = read_corpus(repo)
    sections = sorted({d["section"] for d in corpus})
    rng = random.Random(seed)
    n_wrong = round(len(corpus) * noise)
    wrong = set(rng.sample(range(len(corpus)), n_wrong))
    t0 = vn_time(2023, 1, 1)
    cats, rows, details, injected = [], [], [], []
    for cid, slug in enumerate(sections, 1):
        # Old aliases differ from the new slugs, as they do on real sites.
        cats.append((cid, 0, f"Chuyên mục {cid}", "", f"chuyen-muc-{cid}", "", "", "", 0, cid,
                     cid, 0, "viewcat_page_new", 0, "", 4, 2, 0, "", "", "", "", t0, t0, "6", 1))
    for i, d in enumerate(corpus, 1):
        true = sections.index(d["section"]) + 1
        cat = true
        if i - 1 in wrong:
            cat = rng.choice([c for c in range(1, len(sections) + 1) if c != true])
            injected.append({"key": f"nv4_vi_news/article/{i}", "filed_in": sections[cat - 1],
                             "belongs_to": d["section"]})
        publ = t0 + i * 3600
        title = nv_entities(d["title"])
        paras = [p for p in d["text"].split("\n") if p.strip()]
        body = "".join(f"<p>{html_escape(p)}</p>\n" for p in paras)
        rows.append((i, cat, str(cat), 0, 1, "", 0, publ, publ, 1, i, publ, 0, 2, title,
                     slugify(d["title"])[:200], "", "", "", 0, 1, "6", 1, 0, 0, 0, 0, 0, 0,
                     "", 0))
        details.append((i, "", "", body, None, "", "", "", 1, "", 0, 1, 1, 1))
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "portal.sql", "wb") as f:
        dw = DumpWriter(f, "mariadb", "portal_misplaced")
        dw.header()
        dw.table("nv4_vi_modules", COLS_MODULES,
                 [module_row("tin-tuc", "news", "news", "news", "Tin tức", 1, t0)])
        dw.table("nv4_vi_news_cat", COLS_CAT, cats, len(cats) + 1)
        dw.table("nv4_vi_news_detail", COLS_DETAIL, details, None)
        dw.table("nv4_vi_news_rows", COLS_ROWS, rows, len(rows) + 1)
        dw.footer()
    rules = "".join(
        f"\n[[rule]]\nid = \"{slug}\"\ncategory_alias = \"chuyen-muc-{cid}\"\n"
        f"section = \"{slug}\"\n" for cid, slug in enumerate(sections, 1))
    (out_dir / "mapping.toml").write_text(
        "# Ánh xạ mẫu cho phép thử phát hiện bài đặt sai chuyên mục: mỗi chuyên mục cũ vào\n"
        "# đúng một mục của bộ mục mặc định.\n"
        "# Sample mapping for the misplacement test: each old category to one section of\n"
        "# the default taxonomy.\n"
        "# Generated by scripts/gen-samples.py; edit the script, not this file.\n\n"
        "taxonomy = \"../../mappings/portal-sections.toml\"\n" + rules, encoding="utf-8")
    exp = {"articles": len(corpus), "sections": len(sections), "noise": noise, "seed": seed,
           "injected": injected}
    (out_dir / "expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(textwrap.dedent(f"""\
        # Misplacement sample

        The labelled corpus ({MISPLACED_CORPUS}, this project's own synthetic articles)
        as a NukeViet 4 news module with one category per section of
        `mappings/portal-sections.toml`. {len(injected)} of {len(corpus)} articles
        ({noise:.0%}, seed {seed}) are filed in a wrong category; `expected.json` lists
        them. `tests/misplaced.rs` runs `portmig run` on it and measures the precision and
        recall of the `MISPLACED` flags against that list.

        Generated by `python3 scripts/gen-samples.py misplaced`; byte-identical on every run.
        """), encoding="utf-8")
    print(f"wrote {out_dir}: {len(corpus)} articles, {len(injected)} misfiled")


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

EPILOG = """\
examples:
  python3 scripts/gen-samples.py sample
      rewrite samples/nukeviet45/ (portal.sql, taxonomy.toml, mapping.toml,
      README.md, expected.json); the result is byte-identical on every run

  python3 scripts/gen-samples.py sample34
      rewrite samples/nukeviet34/ (portal.sql, mapping.toml, README.md,
      expected.json), a NukeViet 3.4 site; byte-identical on every run

  python3 scripts/gen-samples.py layouts
      rewrite samples/layouts/ (the sample's rows in every dump layout, and a
      README); byte-identical on every run

  python3 scripts/gen-samples.py egov
      rewrite samples/egov44/ (portal.sql, taxonomy.toml, mapping.toml, README.md,
      expected.json), an eGovernment site with legal documents; byte-identical

  python3 scripts/gen-samples.py misplaced
      rewrite samples/misplaced/ (the labelled corpus as a site, 5 % of its
      articles misfiled; portal.sql, mapping.toml, README.md, expected.json)

  python3 scripts/gen-samples.py bench --articles 100000 --body-bytes 5000 --out /tmp/bench.sql
      a ~600 MB mariadb-dump style file, one row per line, 1000 rows per INSERT

  python3 scripts/gen-samples.py bench --articles 2000 --layout oneline --out /tmp/b1.sql
      the same kind of dump with every INSERT on one line (Oracle mysqldump style)
"""


def main(argv=None) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(
        prog="gen-samples.py", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Writes portmig's sample NukeViet dump (own content, mixed encodings, "
                    "with expected results) and large synthetic benchmark dumps.",
        epilog=EPILOG)
    sub = ap.add_subparsers(dest="cmd", required=True,
                            metavar="{sample,sample34,layouts,egov,misplaced,bench}")
    sp = sub.add_parser("sample", help="write samples/nukeviet45/ (deterministic)",
                        description="Write the NukeViet 4.5 sample site, its taxonomy and "
                                    "mapping, README and expected.json.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp.add_argument("--out-dir", type=Path, default=repo / "samples" / "nukeviet45",
                    help="output directory (default: samples/nukeviet45 in this repository)")
    sp34 = sub.add_parser("sample34", help="write samples/nukeviet34/ (NukeViet 3.4, deterministic)",
                          description="Write the NukeViet 3.4 sample site, its mapping, README "
                                      "and expected.json.",
                          epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp34.add_argument("--out-dir", type=Path, default=repo / "samples" / "nukeviet34",
                      help="output directory (default: samples/nukeviet34 in this repository)")
    lp = sub.add_parser("layouts", help="write samples/layouts/ (the sample in every dump "
                                        "layout, deterministic)",
                        description="Write the NukeViet 4.5 sample's rows in every dump layout "
                                    "sites hand over, and a README.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    lp.add_argument("--out-dir", type=Path, default=repo / "samples" / "layouts",
                    help="output directory (default: samples/layouts in this repository)")
    ep = sub.add_parser("egov", help="write samples/egov44/ (eGovernment laws, deterministic)",
                        description="Write the eGovernment 4.4 sample (laws module with legal "
                                    "documents, a small news module), its taxonomy, mapping, "
                                    "README and expected.json.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ep.add_argument("--out-dir", type=Path, default=repo / "samples" / "egov44",
                    help="output directory (default: samples/egov44 in this repository)")
    mp = sub.add_parser("misplaced", help="write samples/misplaced/ (the labelled corpus as a "
                                           "site with misfiled articles, deterministic)",
                        description="Write the labelled corpus as a NukeViet news module, one "
                                    "category per section, a share of articles misfiled; "
                                    "mapping, README and expected.json.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    mp.add_argument("--out-dir", type=Path, default=repo / "samples" / "misplaced",
                    help="output directory (default: samples/misplaced in this repository)")
    mp.add_argument("--noise", type=float, default=0.05,
                    help="share of articles filed in a wrong category (0.05)")
    mp.add_argument("--seed", type=int, default=7, help="RNG seed (7)")
    bp = sub.add_parser("bench", help="stream a large synthetic NukeViet 4.5 dump",
                        description="Stream a synthetic NukeViet 4.5 dump (one news instance, "
                                    "20 categories, N articles, ~2% double-encoded) to a file.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    bp.add_argument("--articles", type=int, default=100_000, help="number of articles (100000)")
    bp.add_argument("--body-bytes", type=int, default=5000,
                    help="minimum body size in bytes (5000)")
    bp.add_argument("--out", type=Path, required=True, help="output .sql file")
    bp.add_argument("--layout", choices=("mariadb", "oneline"), default="mariadb",
                    help="mariadb: one row per line (default); oneline: each INSERT on one "
                         "line, Oracle mysqldump header")
    bp.add_argument("--rows-per-insert", type=int, default=1000,
                    help="rows per INSERT statement (1000)")
    bp.add_argument("--seed", type=int, default=42, help="RNG seed (42)")
    args = ap.parse_args(argv)

    if args.cmd == "sample":
        write_sample(args.out_dir)
        return 0
    if args.cmd == "sample34":
        write_sample34(args.out_dir)
        return 0
    if args.cmd == "layouts":
        write_layouts(args.out_dir)
        return 0
    if args.cmd == "egov":
        write_egov(args.out_dir)
        return 0
    if args.cmd == "misplaced":
        write_misplaced(repo, args.out_dir, args.noise, args.seed)
        return 0
    if args.articles < 1 or args.body_bytes < 0 or args.rows_per_insert < 1:
        ap.error("--articles and --rows-per-insert must be positive")
    bench = Bench(args.articles, args.body_bytes, args.seed)
    with open(args.out, "wb", buffering=1 << 20) as f:
        bench.write(f, args.layout, args.rows_per_insert)
    size = os.path.getsize(args.out)
    print(f"wrote {args.out}: {args.articles} articles, {size} bytes "
          f"({size / 1_000_000:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
