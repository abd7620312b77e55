/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: tanlap_nv3
-- ------------------------------------------------------
-- Server version	10.11.6-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `nv3_config`
--

DROP TABLE IF EXISTS `nv3_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_config` (
  `lang` char(3) NOT NULL DEFAULT 'sys',
  `module` varchar(25) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` mediumtext NOT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_config`
--

LOCK TABLES `nv3_config` WRITE;
/*!40000 ALTER TABLE `nv3_config` DISABLE KEYS */;
INSERT INTO `nv3_config` VALUES
('sys','global','is_url_rewrite','1'),
('sys','global','rewrite_endurl','/'),
('sys','global','rewrite_exturl','.html'),
('sys','global','rewrite_optional','0'),
('vi','global','site_name','Cổng thông tin điện tử huyện Tân Lập'),
('vi','tin-tuc','per_page','10');
/*!40000 ALTER TABLE `nv3_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_users`
--

DROP TABLE IF EXISTS `nv3_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_users` (
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `full_name` varchar(255) NOT NULL DEFAULT '',
  `regdate` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_users`
--

LOCK TABLES `nv3_users` WRITE;
/*!40000 ALTER TABLE `nv3_users` DISABLE KEYS */;
INSERT INTO `nv3_users` VALUES
(1,'admin.tanlap','webmaster@tanlap.example.gov.vn','Quản trị',1280710800),
(2,'bientap.lan','lan.bt@tanlap.example.gov.vn','Bùi Thị Lan',1283302800);
/*!40000 ALTER TABLE `nv3_users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_modules`
--

DROP TABLE IF EXISTS `nv3_vi_modules`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_modules` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_modules`
--

LOCK TABLES `nv3_vi_modules` WRITE;
/*!40000 ALTER TABLE `nv3_vi_modules` DISABLE KEYS */;
INSERT INTO `nv3_vi_modules` VALUES
('about','about','about','Giới thiệu','',1280710800,1,1,'','mobile_nukeviet','','','0',1,1,1,1,'',0),
('tin-tuc','news','news','Tin tức','',1280710800,1,1,'','mobile_nukeviet','','','0',1,2,1,1,'',1),
('contact','contact','contact','Liên hệ','',1280710800,1,1,'','mobile_nukeviet','','','0',1,3,1,1,'',0);
/*!40000 ALTER TABLE `nv3_vi_modules` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_1`
--

DROP TABLE IF EXISTS `nv3_vi_news_1`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_1` (
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
) ENGINE=MyISAM AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_1`
--

LOCK TABLES `nv3_vi_news_1` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_1` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_1` VALUES
(1,2,'2,1',1,1,'Minh Tuấn',0,1294993200,1295053800,1,1294992000,0,0,'Huyện Tân Lập tổng kết công tác năm 2010','huyen-tan-lap-tong-ket-cong-tac-nam-2010','Sáng 14/1, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác năm 2010, triển khai nhiệm vụ năm 2011.','2011_01/tong-ket-2010.jpg','Quang cảnh hội nghị','thumb/tong-ket-2010.jpg|block/tong-ket-2010.jpg',1,1,1,1204,0,0,0,'tổng kết, năm 2010'),
(9,5,'5,1',0,2,'Đài Truyền thanh huyện',2,1328173200,1328173200,1,1328173200,0,0,'Liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn','lien-hoan-van-nghe-quan-chung-mung-dang-mung-xuan-nham-thin','Tối 1/2, liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn thu hút 14 đội văn nghệ của các xã, thị trấn tham gia.','2012_02/lien-hoan-van-nghe.jpg','Tiết mục múa của xã Tân Hòa','thumb/lien-hoan-van-nghe.jpg|block/lien-hoan-van-nghe.jpg',1,1,1,450,0,0,0,'văn nghệ, mừng Xuân'),
(11,3,'3,1',0,2,'Văn Hải',1,1345449600,1345510800,1,1345449600,0,0,'Chợ trung tâm huyện được đầu tư nâng cấp','cho-trung-tam-huyen-duoc-dau-tu-nang-cap','Dự án nâng cấp chợ trung tâm huyện Tân Lập có tổng vốn 18 tỷ đồng, dự kiến hoàn thành trong năm 2013.','','Chợ trung tâm huyện','thumb/cho-trung-tam.jpg|block/cho-trung-tam.jpg',1,1,1,777,0,0,0,'chợ, đầu tư'),
(13,2,'2,1',0,1,'',0,1357092000,1357092000,2,1925339400,0,0,'Kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện','ke-hoach-to-chuc-le-ky-niem-55-nam-thanh-lap-huyen','UBND huyện ban hành kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện Tân Lập.','','','',1,1,1,0,0,0,0,'kỷ niệm, thành lập huyện');
/*!40000 ALTER TABLE `nv3_vi_news_1` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_10`
--

DROP TABLE IF EXISTS `nv3_vi_news_10`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_10` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2047 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_10`
--

LOCK TABLES `nv3_vi_news_10` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_10` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_10` VALUES
(6,10,'10,9',0,4,'Phòng Nội vụ',0,1313373600,1313463600,3,1313373600,1317376800,1,'Thông báo tuyển dụng giáo viên năm 2011','thong-bao-tuyen-dung-giao-vien-nam-2011','UBND huyện Tân Lập thông báo tuyển dụng 25 giáo viên mầm non và tiểu học năm 2011.','','','',1,1,1,3120,0,0,0,'tuyển dụng, giáo viên'),
(2046,10,'10,9',0,4,'Phòng Nội vụ',0,1370242800,1370242800,3,1370242800,1373882400,1,'Thông báo xét tuyển viên chức y tế năm 2013','thong-bao-xet-tuyen-vien-chuc-y-te-nam-2013','Trung tâm Y tế huyện xét tuyển 8 viên chức năm 2013.','','','',1,1,1,1450,0,0,0,'xét tuyển, viên chức');
/*!40000 ALTER TABLE `nv3_vi_news_10` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_11`
--

DROP TABLE IF EXISTS `nv3_vi_news_11`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_11` (
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
) ENGINE=MyISAM AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_11`
--

LOCK TABLES `nv3_vi_news_11` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_11` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_11` VALUES
(8,11,'11',0,5,'',0,1339383600,1339383600,1,1339383600,0,0,'Hỏi đáp về thủ tục đăng ký khai sinh cho trẻ','hoi-dap-ve-thu-tuc-dang-ky-khai-sinh-cho-tre','Bà Lê Thị Hoa (thị trấn Tân Lập) hỏi: Đăng ký khai sinh cho con cần những giấy tờ gì?','','','',1,1,1,98,0,0,0,'hỏi đáp, khai sinh');
/*!40000 ALTER TABLE `nv3_vi_news_11` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_12`
--

DROP TABLE IF EXISTS `nv3_vi_news_12`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_12` (
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
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_12`
--

LOCK TABLES `nv3_vi_news_12` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_12` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_12` VALUES
(5,8,'8,12',0,1,'Văn phòng HĐND và UBND huyện',0,1333935000,1334048400,1,1333935000,0,0,'Quyết định số 125/QĐ-UBND ngày 6/4/2012 ban hành Quy chế làm việc của UBND huyện','quyet-dinh-so-125-qd-ubnd-ngay-6-4-2012-ban-hanh-quy-che-lam-viec-cua-ubnd-huyen','UBND huyện ban hành Quy chế làm việc nhiệm kỳ 2011 - 2016, thay thế Quyết định số 310/QĐ-UBND ngày 12/8/2008.','','','',1,1,1,640,0,0,0,'quy chế làm việc, 125/QĐ-UBND');
/*!40000 ALTER TABLE `nv3_vi_news_12` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_13`
--

DROP TABLE IF EXISTS `nv3_vi_news_13`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_13` (
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
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_13`
--

LOCK TABLES `nv3_vi_news_13` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_13` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_13` VALUES
(12,13,'13',0,1,'Văn phòng HĐND và UBND huyện',0,1352077200,1352077200,1,1352077200,0,0,'Hướng dẫn sử dụng hệ thống thư điện tử công vụ','huong-dan-su-dung-he-thong-thu-dien-tu-cong-vu','Tài liệu hướng dẫn cán bộ, công chức sử dụng hộp thư điện tử công vụ của huyện.','','','',1,1,1,61,0,0,0,'thư điện tử');
/*!40000 ALTER TABLE `nv3_vi_news_13` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_2`
--

DROP TABLE IF EXISTS `nv3_vi_news_2`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_2` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2001 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_2`
--

LOCK TABLES `nv3_vi_news_2` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_2` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_2` VALUES
(14,2,'2',0,1,'',0,1357779600,1357779600,1,1357779600,0,0,'Bài viết đã xóa','bai-viet-da-xoa','Bài viết đã bị xóa khỏi bảng chính nhưng còn trong bảng chuyên mục.','','','',1,1,1,3,0,0,0,''),
(1,2,'2,1',1,1,'Minh Tuấn',0,1294993200,1295053800,1,1294992000,0,0,'Huyện Tân Lập tổng kết công tác năm 2010','huyen-tan-lap-tong-ket-cong-tac-nam-2010','Sáng 14/1, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác năm 2010, triển khai nhiệm vụ năm 2011.','2011_01/tong-ket-2010.jpg','Quang cảnh hội nghị','thumb/tong-ket-2010.jpg|block/tong-ket-2010.jpg',1,1,1,1204,0,0,0,'tổng kết, năm 2010'),
(10,2,'2',0,6,'',0,1349144100,1349150400,0,1349144100,0,0,'Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2012','bao-cao-tinh-hinh-kinh-te-xa-hoi-9-thang-nam-2012','Bài chờ duyệt: số liệu 9 tháng năm 2012 đang được các phòng chuyên môn rà soát.','','','',1,1,1,0,0,0,0,''),
(2000,2,'2',0,1,'Thu Trang',0,1362733200,1362790800,1,1362733200,0,0,'Gặp mặt nữ cán bộ, công chức nhân ngày Quốc tế Phụ nữ','gap-mat-nu-can-bo-cong-chuc-nhan-ngay-quoc-te-phu-nu','Chiều 8/3, Công đoàn cơ quan UBND huyện tổ chức gặp mặt nữ cán bộ, công chức nhân kỷ niệm 103 năm ngày Quốc tế Phụ nữ.','2013_03/gap-mat-8-3.jpg','Gặp mặt nữ cán bộ','thumb/gap-mat-8-3.jpg|block/gap-mat-8-3.jpg',1,1,1,230,0,0,0,'Quốc tế Phụ nữ'),
(13,2,'2,1',0,1,'',0,1357092000,1357092000,2,1925339400,0,0,'Kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện','ke-hoach-to-chuc-le-ky-niem-55-nam-thanh-lap-huyen','UBND huyện ban hành kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện Tân Lập.','','','',1,1,1,0,0,0,0,'kỷ niệm, thành lập huyện');
/*!40000 ALTER TABLE `nv3_vi_news_2` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_3`
--

DROP TABLE IF EXISTS `nv3_vi_news_3`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_3` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2002 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_3`
--

LOCK TABLES `nv3_vi_news_3` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_3` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_3` VALUES
(2,4,'4,3',0,2,'Văn Hải',1,1306720800,1306720800,1,1306720800,0,0,'NÃ´ng dÃ¢n xÃ£ TÃ¢n HÃ²a Ä‘Æ°á»£c mÃ¹a lÃºa chiÃªm xuÃ¢n','nong-dan-xa-tan-hoa-duoc-mua-lua-chiem-xuan','Vụ chiêm xuân năm nay, năng suất lúa ở xã Tân Hòa ước đạt 58 tạ/ha, cao nhất từ trước đến nay.','http://baotinhmau.example.vn/images/2011/05/lua-tan-hoa.jpg','Thu hoạch lúa ở xã Tân Hòa','',1,1,1,356,0,0,0,'lúa chiêm xuân, Tân Hòa'),
(11,3,'3,1',0,2,'Văn Hải',1,1345449600,1345510800,1,1345449600,0,0,'Chợ trung tâm huyện được đầu tư nâng cấp','cho-trung-tam-huyen-duoc-dau-tu-nang-cap','Dự án nâng cấp chợ trung tâm huyện Tân Lập có tổng vốn 18 tỷ đồng, dự kiến hoàn thành trong năm 2013.','','Chợ trung tâm huyện','thumb/cho-trung-tam.jpg|block/cho-trung-tam.jpg',1,1,1,777,0,0,0,'chợ, đầu tư'),
(2001,4,'4,3',0,2,'Văn Hải',1,1363057200,1363057200,1,1363057200,0,0,'Ra quân làm thủy lợi nội đồng','ra-quan-lam-thuy-loi-noi-dong','Các xã trong huyện đồng loạt ra quân nạo vét kênh mương, chuẩn bị nước cho vụ lúa hè thu.','2013_03/thuy-loi.jpg','Nạo vét kênh mương','thumb/thuy-loi.jpg|block/thuy-loi.jpg',1,1,1,188,0,0,0,'thủy lợi');
/*!40000 ALTER TABLE `nv3_vi_news_3` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_4`
--

DROP TABLE IF EXISTS `nv3_vi_news_4`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_4` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2002 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_4`
--

LOCK TABLES `nv3_vi_news_4` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_4` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_4` VALUES
(2,4,'4,3',0,2,'Văn Hải',1,1306720800,1306720800,1,1306720800,0,0,'NÃ´ng dÃ¢n xÃ£ TÃ¢n HÃ²a Ä‘Æ°á»£c mÃ¹a lÃºa chiÃªm xuÃ¢n','nong-dan-xa-tan-hoa-duoc-mua-lua-chiem-xuan','Vụ chiêm xuân năm nay, năng suất lúa ở xã Tân Hòa ước đạt 58 tạ/ha, cao nhất từ trước đến nay.','http://baotinhmau.example.vn/images/2011/05/lua-tan-hoa.jpg','Thu hoạch lúa ở xã Tân Hòa','',1,1,1,356,0,0,0,'lúa chiêm xuân, Tân Hòa'),
(2001,4,'4,3',0,2,'Văn Hải',1,1363057200,1363057200,1,1363057200,0,0,'Ra quân làm thủy lợi nội đồng','ra-quan-lam-thuy-loi-noi-dong','Các xã trong huyện đồng loạt ra quân nạo vét kênh mương, chuẩn bị nước cho vụ lúa hè thu.','2013_03/thuy-loi.jpg','Nạo vét kênh mương','thumb/thuy-loi.jpg|block/thuy-loi.jpg',1,1,1,188,0,0,0,'thủy lợi');
/*!40000 ALTER TABLE `nv3_vi_news_4` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_5`
--

DROP TABLE IF EXISTS `nv3_vi_news_5`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_5` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2003 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_5`
--

LOCK TABLES `nv3_vi_news_5` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_5` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_5` VALUES
(3,6,'6,5',1,2,'Thu Trang',2,1315194000,1315270200,1,1315193400,0,0,'Hơn 9.000 học sinh huyện Tân Lập bước vào năm học mới','hon-9-000-hoc-sinh-huyen-tan-lap-buoc-vao-nam-hoc-moi','S�ng 5/9, c�c tr��ng h�c tr�n ��a b�n huy�n ��ng lo�t t� ch�c l� khai gi�ng n�m h�c m�i trong kh�ng kh� vui t��i, ph�n kh�i.','2011_09/khai-giang.jpg','Lễ khai giảng ở Trường Tiểu học Tân Hòa','thumb/khai-giang_1.jpg|block/khai-giang_1.jpg',1,1,1,890,0,0,0,'khai giảng, năm học mới'),
(9,5,'5,1',0,2,'Đài Truyền thanh huyện',2,1328173200,1328173200,1,1328173200,0,0,'Liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn','lien-hoan-van-nghe-quan-chung-mung-dang-mung-xuan-nham-thin','Tối 1/2, liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn thu hút 14 đội văn nghệ của các xã, thị trấn tham gia.','2012_02/lien-hoan-van-nghe.jpg','Tiết mục múa của xã Tân Hòa','thumb/lien-hoan-van-nghe.jpg|block/lien-hoan-van-nghe.jpg',1,1,1,450,0,0,0,'văn nghệ, mừng Xuân'),
(2002,6,'6,5',0,3,'Phòng Giáo dục và Đào tạo',0,1369447200,1369447200,1,1369447200,0,0,'Tổng kết năm học 2012 - 2013: tỷ lệ học sinh lên lớp đạt 99,2%','tong-ket-nam-hoc-2012-2013-ty-le-hoc-sinh-len-lop-dat-99-2','Ngành Giáo dục huyện tổng kết năm học 2012 - 2013 với nhiều kết quả nổi bật.','','','',1,1,1,402,0,0,0,'tổng kết năm học');
/*!40000 ALTER TABLE `nv3_vi_news_5` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_6`
--

DROP TABLE IF EXISTS `nv3_vi_news_6`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_6` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2003 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_6`
--

LOCK TABLES `nv3_vi_news_6` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_6` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_6` VALUES
(3,6,'6,5',1,2,'Thu Trang',2,1315194000,1315270200,1,1315193400,0,0,'Hơn 9.000 học sinh huyện Tân Lập bước vào năm học mới','hon-9-000-hoc-sinh-huyen-tan-lap-buoc-vao-nam-hoc-moi','S�ng 5/9, c�c tr��ng h�c tr�n ��a b�n huy�n ��ng lo�t t� ch�c l� khai gi�ng n�m h�c m�i trong kh�ng kh� vui t��i, ph�n kh�i.','2011_09/khai-giang.jpg','Lễ khai giảng ở Trường Tiểu học Tân Hòa','thumb/khai-giang_1.jpg|block/khai-giang_1.jpg',1,1,1,890,0,0,0,'khai giảng, năm học mới'),
(2002,6,'6,5',0,3,'Phòng Giáo dục và Đào tạo',0,1369447200,1369447200,1,1369447200,0,0,'Tổng kết năm học 2012 - 2013: tỷ lệ học sinh lên lớp đạt 99,2%','tong-ket-nam-hoc-2012-2013-ty-le-hoc-sinh-len-lop-dat-99-2','Ngành Giáo dục huyện tổng kết năm học 2012 - 2013 với nhiều kết quả nổi bật.','','','',1,1,1,402,0,0,0,'tổng kết năm học');
/*!40000 ALTER TABLE `nv3_vi_news_6` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_7`
--

DROP TABLE IF EXISTS `nv3_vi_news_7`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_7` (
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
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_7`
--

LOCK TABLES `nv3_vi_news_7` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_7` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_7` VALUES
(4,7,'7',2,3,'Trung tâm Y tế huyện',0,1332226800,1332295200,1,1332226800,2082708000,1,'Hướng dẫn phòng bệnh tay chân miệng cho trẻ em','huong-dan-phong-benh-tay-chan-mieng-cho-tre-em','Trung tâm Y tế huyện khuyến cáo các gia đình thực hiện tốt các biện pháp phòng bệnh tay chân miệng cho trẻ dưới 5 tuổi.','','','',1,1,1,2311,0,0,0,'tay chân miệng');
/*!40000 ALTER TABLE `nv3_vi_news_7` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_8`
--

DROP TABLE IF EXISTS `nv3_vi_news_8`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_8` (
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
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_8`
--

LOCK TABLES `nv3_vi_news_8` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_8` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_8` VALUES
(5,8,'8,12',0,1,'Văn phòng HĐND và UBND huyện',0,1333935000,1334048400,1,1333935000,0,0,'Quyết định số 125/QĐ-UBND ngày 6/4/2012 ban hành Quy chế làm việc của UBND huyện','quyet-dinh-so-125-qd-ubnd-ngay-6-4-2012-ban-hanh-quy-che-lam-viec-cua-ubnd-huyen','UBND huyện ban hành Quy chế làm việc nhiệm kỳ 2011 - 2016, thay thế Quyết định số 310/QĐ-UBND ngày 12/8/2008.','','','',1,1,1,640,0,0,0,'quy chế làm việc, 125/QĐ-UBND');
/*!40000 ALTER TABLE `nv3_vi_news_8` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_9`
--

DROP TABLE IF EXISTS `nv3_vi_news_9`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_9` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2047 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_9`
--

LOCK TABLES `nv3_vi_news_9` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_9` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_9` VALUES
(6,10,'10,9',0,4,'Phòng Nội vụ',0,1313373600,1313463600,3,1313373600,1317376800,1,'Thông báo tuyển dụng giáo viên năm 2011','thong-bao-tuyen-dung-giao-vien-nam-2011','UBND huyện Tân Lập thông báo tuyển dụng 25 giáo viên mầm non và tiểu học năm 2011.','','','',1,1,1,3120,0,0,0,'tuyển dụng, giáo viên'),
(7,9,'9',0,4,'',0,1325552400,1325552400,1,1325552400,0,0,'Lịch tiếp công dân của lãnh đạo UBND huyện năm 2012','lich-tiep-cong-dan-cua-lanh-dao-ubnd-huyen-nam-2012','Lãnh đạo UBND huyện tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại Trụ sở tiếp công dân huyện.','','','',1,1,1,512,0,0,0,'tiếp công dân'),
(2046,10,'10,9',0,4,'Phòng Nội vụ',0,1370242800,1370242800,3,1370242800,1373882400,1,'Thông báo xét tuyển viên chức y tế năm 2013','thong-bao-xet-tuyen-vien-chuc-y-te-nam-2013','Trung tâm Y tế huyện xét tuyển 8 viên chức năm 2013.','','','',1,1,1,1450,0,0,0,'xét tuyển, viên chức');
/*!40000 ALTER TABLE `nv3_vi_news_9` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_block`
--

DROP TABLE IF EXISTS `nv3_vi_news_block`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_block` (
  `bid` int(11) unsigned NOT NULL,
  `id` int(11) unsigned NOT NULL,
  `weight` int(11) unsigned NOT NULL,
  UNIQUE KEY `bid` (`bid`,`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_block`
--

LOCK TABLES `nv3_vi_news_block` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_block` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_block` VALUES
(1,1,1),
(1,2001,2);
/*!40000 ALTER TABLE `nv3_vi_news_block` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_block_cat`
--

DROP TABLE IF EXISTS `nv3_vi_news_block_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_block_cat` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_block_cat`
--

LOCK TABLES `nv3_vi_news_block_cat` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_block_cat` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_block_cat` VALUES
(1,0,4,'Tin nổi bật','tin-noi-bat','','','',1,'',1280710800,1280710800);
/*!40000 ALTER TABLE `nv3_vi_news_block_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_bodyhtml_1`
--

DROP TABLE IF EXISTS `nv3_vi_news_bodyhtml_1`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_bodyhtml_1` (
  `id` int(11) unsigned NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `sourcetext` varchar(255) NOT NULL DEFAULT '',
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_bodyhtml_1`
--

LOCK TABLES `nv3_vi_news_bodyhtml_1` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_bodyhtml_1` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_bodyhtml_1` VALUES
(1,'<p>Năm 2010, tổng giá trị sản xuất trên địa bàn huyện ước đạt 1.126 tỷ đồng, tăng 11,4% so với năm 2009; thu ngân sách nhà nước đạt 104% dự toán.</p>\r\n<p style=\"text-align: center;\"><img alt=\"Quang cảnh hội nghị\" src=\"/uploads/tin-tuc/2011_01/tong-ket-2010.jpg\" style=\"width: 450px; height: 300px;\" /></p>\r\n<p>Toàn huyện có thêm 2 xã đạt chuẩn quốc gia về y tế, 5 trường học được công nhận đạt chuẩn. Tỷ lệ hộ nghèo giảm còn 14,2%.</p>\r\n<p>Phát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã, thị trấn tập trung chỉ đạo sản xuất vụ chiêm xuân và chuẩn bị tốt các điều kiện đón Tết Tân Mão.</p>','',1,0,1,1,1),
(2,'<p>Toàn xã gieo cấy 412 ha lúa, trong đó hơn 60% diện tích sử dụng giống lúa lai cho năng suất cao. Nhờ làm tốt công tác thủy lợi và phòng trừ sâu bệnh, lúa phát triển đồng đều.</p>\r\n<p>Hiện bà con đang khẩn trương thu hoạch, làm đất để gieo cấy vụ mùa đúng khung thời vụ.</p>','Báo Tỉnh Mẫu',1,0,1,1,1),
(3,'<p>Năm học 2011 - 2012, toàn huyện có 31 trường mầm non, tiểu học và trung học cơ sở với hơn 9.000 học sinh. Các trường đã sửa chữa phòng học, bổ sung bàn ghế và đồ dùng dạy học.</p>\r\n<p>Dịp này, Hội Khuyến học huyện trao 120 suất học bổng cho học sinh nghèo vượt khó học giỏi.</p>','',1,0,1,1,1),
(4,'<p>Bệnh tay chân miệng lây qua đường tiêu hóa và tiếp xúc trực tiếp. Cha mẹ cần rửa tay cho trẻ bằng xà phòng nhiều lần trong ngày, lau sạch đồ chơi và sàn nhà.</p>\r\n<p>Khi trẻ sốt, nổi bóng nước ở lòng bàn tay, bàn chân hoặc miệng, cần đưa trẻ đến trạm y tế gần nhất để được khám và theo dõi.</p>','',0,0,1,1,1),
(5,'<p>Ngày 6/4/2012, Chủ tịch UBND huyện ký Quyết định số 125/QĐ-UBND ban hành Quy chế làm việc của UBND huyện nhiệm kỳ 2011 - 2016.</p>\r\n<p>Quy chế quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc và quan hệ công tác của UBND huyện, Chủ tịch, các Phó Chủ tịch và Ủy viên UBND huyện.</p>\r\n<p>Tải toàn văn: <a href=\"/uploads/tin-tuc/van-ban/qd-125-2012.doc\">Quyết định số 125/QĐ-UBND</a></p>','',0,0,1,1,1),
(6,'<p><strong>Chỉ tiêu:</strong> 25 người, gồm 10 giáo viên mầm non và 15 giáo viên tiểu học.</p>\r\n<p><strong>Thời gian nhận hồ sơ:</strong> từ ngày 15/8/2011 đến hết ngày 30/9/2011 tại Phòng Nội vụ huyện.</p>','',0,0,1,1,1),
(7,'<p>Ch&uacute;ng t&ocirc;i th&ocirc;ng b&aacute;o lịch tiếp c&ocirc;ng d&acirc;n năm 2012 như sau: Chủ tịch UBND huyện tiếp v&agrave;o ng&agrave;y 10, Ph&oacute; Chủ tịch tiếp v&agrave;o ng&agrave;y 25 h&agrave;ng th&aacute;ng.</p>\r\n<p>Trường hợp tr&ugrave;ng ng&agrave;y nghỉ th&igrave; chuyển sang ng&agrave;y l&agrave;m việc kế tiếp.</p>','',0,0,1,1,1),
(8,'<p><strong>Hỏi:</strong> Con tôi mới sinh được 20 ngày, tôi cần chuẩn bị những giấy tờ gì để đăng ký khai sinh?</p>\r\n<p><strong>Trả lời:</strong> Người đi đăng ký nộp tờ khai theo mẫu và giấy chứng sinh; xuất trình sổ hộ khẩu và giấy chứng nhận kết hôn của cha mẹ (nếu có). Xem thêm <a href=\"/vi/tin-tuc/thong-bao/lich-tiep-cong-dan-cua-lanh-dao-ubnd-huyen-nam-2012-7/\">lịch tiếp công dân</a>.</p>','',0,0,1,1,1),
(10,'<p>Chín tháng năm 2012, tổng giá trị sản xuất ước đạt 74% kế hoạch năm. Sản xuất nông nghiệp ổn định; tiểu thủ công nghiệp và dịch vụ tiếp tục phát triển.</p>','',0,0,1,1,1),
(11,'<p>Chợ trung tâm được xây dựng từ năm 1996, đến nay đã xuống cấp. Dự án nâng cấp gồm nhà chợ chính 2 tầng, khu bán hàng tươi sống và bãi đỗ xe.</p>\r\n<p>Trong thời gian thi công, các hộ kinh doanh được bố trí tạm tại khu đất phía Đông chợ.</p>','Báo Tỉnh Mẫu',1,0,1,1,1),
(12,'<p>Mỗi cán bộ, công chức được cấp một hộp thư điện tử công vụ. Khi đăng nhập lần đầu, người dùng đổi mật khẩu và không chia sẻ mật khẩu cho người khác.</p>','',0,0,1,1,1),
(13,'<p>Lễ kỷ niệm được tổ chức trang trọng, tiết kiệm, gắn với phong trào thi đua yêu nước và các hoạt động văn hóa, thể thao.</p>','',0,0,1,1,1),
(2000,'<p>Buổi gặp mặt có 86 nữ cán bộ, công chức, viên chức tham dự. Dịp này, Công đoàn cơ quan biểu dương 12 chị đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\".</p>','',1,0,1,1,1);
/*!40000 ALTER TABLE `nv3_vi_news_bodyhtml_1` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_bodyhtml_2`
--

DROP TABLE IF EXISTS `nv3_vi_news_bodyhtml_2`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_bodyhtml_2` (
  `id` int(11) unsigned NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `sourcetext` varchar(255) NOT NULL DEFAULT '',
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_bodyhtml_2`
--

LOCK TABLES `nv3_vi_news_bodyhtml_2` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_bodyhtml_2` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_bodyhtml_2` VALUES
(2001,'<p>HÆ°á»Ÿng á»©ng Ä‘á»£t ra quÃ¢n, hÆ¡n 3.500 lÆ°á»£t ngÆ°á»i Ä‘Ã£ tham gia náº¡o vÃ©t 42 km kÃªnh mÆ°Æ¡ng ná»™i Ä‘á»“ng, Ä‘áº¯p 1.200 mÂ³ Ä‘áº¥t bá» vÃ¹ng, bá» thá»­a.</p>\r\n<p>Huyá»‡n giao PhÃ²ng NÃ´ng nghiá»‡p hÆ°á»›ng dáº«n cÃ¡c xÃ£ lá»‹ch thá»i vá»¥ vÃ  cÆ¡ cáº¥u giá»‘ng phÃ¹ há»£p vá»›i tá»«ng chÃ¢n Ä‘áº¥t.</p>','Báo Tỉnh Mẫu',1,0,1,1,1),
(2002,'<p>Tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 5 hoàn thành chương trình tiểu học. Huyện có 47 học sinh đạt giải cấp tỉnh. Chi tiết về lễ khai giảng năm học xem tại <a href=\"/index.php?language=vi&amp;nv=tin-tuc&amp;op=giao-duc/hon-9-000-hoc-sinh-huyen-tan-lap-buoc-vao-nam-hoc-moi-3\">bài viết năm 2011</a>.</p>','',0,0,1,1,1),
(2046,'<p>Chỉ tiêu: 2 bác sĩ, 4 điều dưỡng và 2 nữ hộ sinh. Hồ sơ nộp tại Trung tâm Y tế huyện, xem thêm <a href=\"http://tanlap.tinhmau.example.gov.vn/vi/tin-tuc/tuyen-dung/thong-bao-tuyen-dung-giao-vien-nam-2011-6/\">thông báo năm 2011</a>.</p>','',0,0,1,1,1);
/*!40000 ALTER TABLE `nv3_vi_news_bodyhtml_2` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_bodytext`
--

DROP TABLE IF EXISTS `nv3_vi_news_bodytext`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_bodytext` (
  `id` int(11) unsigned NOT NULL,
  `bodytext` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_bodytext`
--

LOCK TABLES `nv3_vi_news_bodytext` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_bodytext` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_bodytext` VALUES
(1,'Năm 2010, tổng giá trị sản xuất trên địa bàn huyện ước đạt 1.126 tỷ đồng, tăng 11,4% so với năm 2009; thu ngân sách nhà nước đạt 104% dự toán.\r\n /uploads/tin-tuc/2011_01/tong-ket-2010.jpg Quang cảnh hội nghị\r\nToàn huyện có thêm 2 xã đạt chuẩn quốc gia về y tế, 5 trường học được công nhận đạt chuẩn. Tỷ lệ hộ nghèo giảm còn 14,2%.\r\nPhát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã, thị trấn tập trung chỉ đạo sản xuất vụ chiêm xuân và chuẩn bị tốt các điều kiện đón Tết Tân Mão.'),
(2,'Toàn xã gieo cấy 412 ha lúa, trong đó hơn 60% diện tích sử dụng giống lúa lai cho năng suất cao. Nhờ làm tốt công tác thủy lợi và phòng trừ sâu bệnh, lúa phát triển đồng đều.\r\nHiện bà con đang khẩn trương thu hoạch, làm đất để gieo cấy vụ mùa đúng khung thời vụ.'),
(3,'Năm học 2011 - 2012, toàn huyện có 31 trường mầm non, tiểu học và trung học cơ sở với hơn 9.000 học sinh. Các trường đã sửa chữa phòng học, bổ sung bàn ghế và đồ dùng dạy học.\r\nDịp này, Hội Khuyến học huyện trao 120 suất học bổng cho học sinh nghèo vượt khó học giỏi.'),
(4,'Bệnh tay chân miệng lây qua đường tiêu hóa và tiếp xúc trực tiếp. Cha mẹ cần rửa tay cho trẻ bằng xà phòng nhiều lần trong ngày, lau sạch đồ chơi và sàn nhà.\r\nKhi trẻ sốt, nổi bóng nước ở lòng bàn tay, bàn chân hoặc miệng, cần đưa trẻ đến trạm y tế gần nhất để được khám và theo dõi.'),
(5,'Ngày 6/4/2012, Chủ tịch UBND huyện ký Quyết định số 125/QĐ-UBND ban hành Quy chế làm việc của UBND huyện nhiệm kỳ 2011 - 2016.\r\nQuy chế quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc và quan hệ công tác của UBND huyện, Chủ tịch, các Phó Chủ tịch và Ủy viên UBND huyện.\r\nTải toàn văn: /uploads/tin-tuc/van-ban/qd-125-2012.doc Quyết định số 125/QĐ-UBND'),
(6,'Chỉ tiêu: 25 người, gồm 10 giáo viên mầm non và 15 giáo viên tiểu học.\r\nThời gian nhận hồ sơ: từ ngày 15/8/2011 đến hết ngày 30/9/2011 tại Phòng Nội vụ huyện.'),
(7,'Ch&uacute;ng t&ocirc;i th&ocirc;ng b&aacute;o lịch tiếp c&ocirc;ng d&acirc;n năm 2012 như sau: Chủ tịch UBND huyện tiếp v&agrave;o ng&agrave;y 10, Ph&oacute; Chủ tịch tiếp v&agrave;o ng&agrave;y 25 h&agrave;ng th&aacute;ng.\r\nTrường hợp tr&ugrave;ng ng&agrave;y nghỉ th&igrave; chuyển sang ng&agrave;y l&agrave;m việc kế tiếp.'),
(8,'Hỏi: Con tôi mới sinh được 20 ngày, tôi cần chuẩn bị những giấy tờ gì để đăng ký khai sinh?\r\nTrả lời: Người đi đăng ký nộp tờ khai theo mẫu và giấy chứng sinh; xuất trình sổ hộ khẩu và giấy chứng nhận kết hôn của cha mẹ (nếu có). Xem thêm /vi/tin-tuc/thong-bao/lich-tiep-cong-dan-cua-lanh-dao-ubnd-huyen-nam-2012-7/ lịch tiếp công dân.'),
(9,'Tối 1/2, tại Nhà văn hóa huyện đã diễn ra liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn 2012.\r\n /uploads/tin-tuc/2012_02/lien-hoan-van-nghe.jpg Tiết mục múa của xã Tân Hòa\r\nCác tiết mục hát, múa, kịch & tiểu phẩm <Tân Lập quê tôi> được khán giả nhiệt tình cổ vũ.\r\nBan tổ chức trao giải nhất cho đội văn nghệ xã Tân Hòa.'),
(10,'Chín tháng năm 2012, tổng giá trị sản xuất ước đạt 74% kế hoạch năm. Sản xuất nông nghiệp ổn định; tiểu thủ công nghiệp và dịch vụ tiếp tục phát triển.'),
(11,'Chợ trung tâm được xây dựng từ năm 1996, đến nay đã xuống cấp. Dự án nâng cấp gồm nhà chợ chính 2 tầng, khu bán hàng tươi sống và bãi đỗ xe.\r\nTrong thời gian thi công, các hộ kinh doanh được bố trí tạm tại khu đất phía Đông chợ.'),
(12,'Mỗi cán bộ, công chức được cấp một hộp thư điện tử công vụ. Khi đăng nhập lần đầu, người dùng đổi mật khẩu và không chia sẻ mật khẩu cho người khác.'),
(13,'Lễ kỷ niệm được tổ chức trang trọng, tiết kiệm, gắn với phong trào thi đua yêu nước và các hoạt động văn hóa, thể thao.'),
(2000,'Buổi gặp mặt có 86 nữ cán bộ, công chức, viên chức tham dự. Dịp này, Công đoàn cơ quan biểu dương 12 chị đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\".'),
(2001,'Hưởng ứng đợt ra quân, hơn 3.500 lượt người đã tham gia nạo vét 42 km kênh mương nội đồng, đắp 1.200 m³ đất bờ vùng, bờ thửa.\r\nHuyện giao Phòng Nông nghiệp hướng dẫn các xã lịch thời vụ và cơ cấu giống phù hợp với từng chân đất.'),
(2002,'Tỷ lệ học sinh lên lớp đạt 99,2%; 100% học sinh lớp 5 hoàn thành chương trình tiểu học. Huyện có 47 học sinh đạt giải cấp tỉnh. Chi tiết về lễ khai giảng năm học xem tại /index.php?language=vi&nv=tin-tuc&op=giao-duc/hon-9-000-hoc-sinh-huyen-tan-lap-buoc-vao-nam-hoc-moi-3 bài viết năm 2011.'),
(2046,'Chỉ tiêu: 2 bác sĩ, 4 điều dưỡng và 2 nữ hộ sinh. Hồ sơ nộp tại Trung tâm Y tế huyện, xem thêm http://tanlap.tinhmau.example.gov.vn/vi/tin-tuc/tuyen-dung/thong-bao-tuyen-dung-giao-vien-nam-2011-6/ thông báo năm 2011.');
/*!40000 ALTER TABLE `nv3_vi_news_bodytext` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_cat`
--

DROP TABLE IF EXISTS `nv3_vi_news_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_cat` (
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
) ENGINE=MyISAM AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_cat`
--

LOCK TABLES `nv3_vi_news_cat` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_cat` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_cat` VALUES
(1,0,'Tin tức','','tin-tuc','Tin tức về hoạt động của huyện Tân Lập','','',1,1,0,'viewcat_main_right',3,'2,3,5',1,3,'','',1280714400,1281578400,0,''),
(2,1,'Hoạt động của huyện','','hoat-dong-cua-huyen','','','',1,2,1,'viewcat_page_new',0,'',1,3,'','',1280718000,1281582000,0,''),
(3,1,'Kinh tế','','kinh-te','','','',2,3,1,'viewcat_main_right',1,'4',1,3,'','',1280721600,1281585600,0,''),
(4,3,'Nông nghiệp - Nông thôn','','nong-nghiep-nong-thon','','','',1,4,2,'viewcat_page_new',0,'',1,3,'','',1280725200,1281589200,0,''),
(5,1,'Văn hóa - Xã hội','','van-hoa-xa-hoi','','','',3,5,1,'viewcat_main_right',2,'6,7',1,3,'','',1280728800,1281592800,0,''),
(6,5,'GiÃ¡o dá»¥c','','giao-duc','','','',1,6,2,'viewcat_page_new',0,'',1,3,'','',1280732400,1281596400,0,''),
(7,5,'Y tế','','y-te','','','',2,7,2,'viewcat_page_new',0,'',1,3,'','',1280736000,1281600000,0,''),
(8,12,'Văn bản chỉ đạo','','van-ban-chi-dao','','','',1,9,1,'viewcat_page_new',0,'',1,3,'','',1280739600,1281603600,0,''),
(9,0,'Thông báo','','thong-bao','Thông báo của UBND huyện và các phòng, ban','','',3,10,0,'viewcat_main_right',1,'10',1,3,'','',1280743200,1281607200,0,''),
(10,9,'Tuyển dụng','','tuyen-dung','','','',1,11,1,'viewcat_page_new',0,'',1,3,'','',1280746800,1281610800,0,''),
(11,0,'Hỏi đáp','','hoi-dap','','','',4,12,0,'viewcat_page_new',0,'',1,3,'','',1280750400,1281614400,0,''),
(12,0,'Chỉ đạo điều hành','','chi-dao-dieu-hanh','','','',2,8,0,'viewcat_main_right',1,'8',1,3,'','',1280754000,1281618000,0,''),
(13,0,'Tài liệu nội bộ','','tai-lieu-noi-bo','Tài liệu dành cho cán bộ, công chức (cần đăng nhập)','','',5,13,0,'viewcat_page_new',0,'',1,3,'','',1280757600,1281621600,1,'');
/*!40000 ALTER TABLE `nv3_vi_news_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_rows`
--

DROP TABLE IF EXISTS `nv3_vi_news_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_rows` (
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
) ENGINE=MyISAM AUTO_INCREMENT=2047 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_rows`
--

LOCK TABLES `nv3_vi_news_rows` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_rows` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_rows` VALUES
(1,2,'2,1',1,1,'Minh Tuấn',0,1294993200,1295053800,1,1294992000,0,0,'Huyện Tân Lập tổng kết công tác năm 2010','huyen-tan-lap-tong-ket-cong-tac-nam-2010','Sáng 14/1, UBND huyện Tân Lập tổ chức hội nghị tổng kết công tác năm 2010, triển khai nhiệm vụ năm 2011.','2011_01/tong-ket-2010.jpg','Quang cảnh hội nghị','thumb/tong-ket-2010.jpg|block/tong-ket-2010.jpg',1,1,1,1204,0,0,0,'tổng kết, năm 2010'),
(2,4,'4,3',0,2,'Văn Hải',1,1306720800,1306720800,1,1306720800,0,0,'NÃ´ng dÃ¢n xÃ£ TÃ¢n HÃ²a Ä‘Æ°á»£c mÃ¹a lÃºa chiÃªm xuÃ¢n','nong-dan-xa-tan-hoa-duoc-mua-lua-chiem-xuan','Vụ chiêm xuân năm nay, năng suất lúa ở xã Tân Hòa ước đạt 58 tạ/ha, cao nhất từ trước đến nay.','http://baotinhmau.example.vn/images/2011/05/lua-tan-hoa.jpg','Thu hoạch lúa ở xã Tân Hòa','',1,1,1,356,0,0,0,'lúa chiêm xuân, Tân Hòa'),
(3,6,'6,5',1,2,'Thu Trang',2,1315194000,1315270200,1,1315193400,0,0,'Hơn 9.000 học sinh huyện Tân Lập bước vào năm học mới','hon-9-000-hoc-sinh-huyen-tan-lap-buoc-vao-nam-hoc-moi','S�ng 5/9, c�c tr��ng h�c tr�n ��a b�n huy�n ��ng lo�t t� ch�c l� khai gi�ng n�m h�c m�i trong kh�ng kh� vui t��i, ph�n kh�i.','2011_09/khai-giang.jpg','Lễ khai giảng ở Trường Tiểu học Tân Hòa','thumb/khai-giang_1.jpg|block/khai-giang_1.jpg',1,1,1,890,0,0,0,'khai giảng, năm học mới'),
(4,7,'7',2,3,'Trung tâm Y tế huyện',0,1332226800,1332295200,1,1332226800,2082708000,1,'Hướng dẫn phòng bệnh tay chân miệng cho trẻ em','huong-dan-phong-benh-tay-chan-mieng-cho-tre-em','Trung tâm Y tế huyện khuyến cáo các gia đình thực hiện tốt các biện pháp phòng bệnh tay chân miệng cho trẻ dưới 5 tuổi.','','','',1,1,1,2311,0,0,0,'tay chân miệng'),
(5,8,'8,12',0,1,'Văn phòng HĐND và UBND huyện',0,1333935000,1334048400,1,1333935000,0,0,'Quyết định số 125/QĐ-UBND ngày 6/4/2012 ban hành Quy chế làm việc của UBND huyện','quyet-dinh-so-125-qd-ubnd-ngay-6-4-2012-ban-hanh-quy-che-lam-viec-cua-ubnd-huyen','UBND huyện ban hành Quy chế làm việc nhiệm kỳ 2011 - 2016, thay thế Quyết định số 310/QĐ-UBND ngày 12/8/2008.','','','',1,1,1,640,0,0,0,'quy chế làm việc, 125/QĐ-UBND'),
(6,10,'10,9',0,4,'Phòng Nội vụ',0,1313373600,1313463600,3,1313373600,1317376800,1,'Thông báo tuyển dụng giáo viên năm 2011','thong-bao-tuyen-dung-giao-vien-nam-2011','UBND huyện Tân Lập thông báo tuyển dụng 25 giáo viên mầm non và tiểu học năm 2011.','','','',1,1,1,3120,0,0,0,'tuyển dụng, giáo viên'),
(7,9,'9',0,4,'',0,1325552400,1325552400,1,1325552400,0,0,'Lịch tiếp công dân của lãnh đạo UBND huyện năm 2012','lich-tiep-cong-dan-cua-lanh-dao-ubnd-huyen-nam-2012','Lãnh đạo UBND huyện tiếp công dân định kỳ vào ngày 10 và 25 hằng tháng tại Trụ sở tiếp công dân huyện.','','','',1,1,1,512,0,0,0,'tiếp công dân'),
(8,11,'11',0,5,'',0,1339383600,1339383600,1,1339383600,0,0,'Hỏi đáp về thủ tục đăng ký khai sinh cho trẻ','hoi-dap-ve-thu-tuc-dang-ky-khai-sinh-cho-tre','Bà Lê Thị Hoa (thị trấn Tân Lập) hỏi: Đăng ký khai sinh cho con cần những giấy tờ gì?','','','',1,1,1,98,0,0,0,'hỏi đáp, khai sinh'),
(9,5,'5,1',0,2,'Đài Truyền thanh huyện',2,1328173200,1328173200,1,1328173200,0,0,'Liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn','lien-hoan-van-nghe-quan-chung-mung-dang-mung-xuan-nham-thin','Tối 1/2, liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân Nhâm Thìn thu hút 14 đội văn nghệ của các xã, thị trấn tham gia.','2012_02/lien-hoan-van-nghe.jpg','Tiết mục múa của xã Tân Hòa','thumb/lien-hoan-van-nghe.jpg|block/lien-hoan-van-nghe.jpg',1,1,1,450,0,0,0,'văn nghệ, mừng Xuân'),
(10,2,'2',0,6,'',0,1349144100,1349150400,0,1349144100,0,0,'Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2012','bao-cao-tinh-hinh-kinh-te-xa-hoi-9-thang-nam-2012','Bài chờ duyệt: số liệu 9 tháng năm 2012 đang được các phòng chuyên môn rà soát.','','','',1,1,1,0,0,0,0,''),
(11,3,'3,1',0,2,'Văn Hải',1,1345449600,1345510800,1,1345449600,0,0,'Chợ trung tâm huyện được đầu tư nâng cấp','cho-trung-tam-huyen-duoc-dau-tu-nang-cap','Dự án nâng cấp chợ trung tâm huyện Tân Lập có tổng vốn 18 tỷ đồng, dự kiến hoàn thành trong năm 2013.','','Chợ trung tâm huyện','thumb/cho-trung-tam.jpg|block/cho-trung-tam.jpg',1,1,1,777,0,0,0,'chợ, đầu tư'),
(12,13,'13',0,1,'Văn phòng HĐND và UBND huyện',0,1352077200,1352077200,1,1352077200,0,0,'Hướng dẫn sử dụng hệ thống thư điện tử công vụ','huong-dan-su-dung-he-thong-thu-dien-tu-cong-vu','Tài liệu hướng dẫn cán bộ, công chức sử dụng hộp thư điện tử công vụ của huyện.','','','',1,1,1,61,0,0,0,'thư điện tử'),
(13,2,'2,1',0,1,'',0,1357092000,1357092000,2,1925339400,0,0,'Kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện','ke-hoach-to-chuc-le-ky-niem-55-nam-thanh-lap-huyen','UBND huyện ban hành kế hoạch tổ chức Lễ kỷ niệm 55 năm thành lập huyện Tân Lập.','','','',1,1,1,0,0,0,0,'kỷ niệm, thành lập huyện'),
(2000,2,'2',0,1,'Thu Trang',0,1362733200,1362790800,1,1362733200,0,0,'Gặp mặt nữ cán bộ, công chức nhân ngày Quốc tế Phụ nữ','gap-mat-nu-can-bo-cong-chuc-nhan-ngay-quoc-te-phu-nu','Chiều 8/3, Công đoàn cơ quan UBND huyện tổ chức gặp mặt nữ cán bộ, công chức nhân kỷ niệm 103 năm ngày Quốc tế Phụ nữ.','2013_03/gap-mat-8-3.jpg','Gặp mặt nữ cán bộ','thumb/gap-mat-8-3.jpg|block/gap-mat-8-3.jpg',1,1,1,230,0,0,0,'Quốc tế Phụ nữ'),
(2001,4,'4,3',0,2,'Văn Hải',1,1363057200,1363057200,1,1363057200,0,0,'Ra quân làm thủy lợi nội đồng','ra-quan-lam-thuy-loi-noi-dong','Các xã trong huyện đồng loạt ra quân nạo vét kênh mương, chuẩn bị nước cho vụ lúa hè thu.','2013_03/thuy-loi.jpg','Nạo vét kênh mương','thumb/thuy-loi.jpg|block/thuy-loi.jpg',1,1,1,188,0,0,0,'thủy lợi'),
(2002,6,'6,5',0,3,'Phòng Giáo dục và Đào tạo',0,1369447200,1369447200,1,1369447200,0,0,'Tổng kết năm học 2012 - 2013: tỷ lệ học sinh lên lớp đạt 99,2%','tong-ket-nam-hoc-2012-2013-ty-le-hoc-sinh-len-lop-dat-99-2','Ngành Giáo dục huyện tổng kết năm học 2012 - 2013 với nhiều kết quả nổi bật.','','','',1,1,1,402,0,0,0,'tổng kết năm học'),
(2046,10,'10,9',0,4,'Phòng Nội vụ',0,1370242800,1370242800,3,1370242800,1373882400,1,'Thông báo xét tuyển viên chức y tế năm 2013','thong-bao-xet-tuyen-vien-chuc-y-te-nam-2013','Trung tâm Y tế huyện xét tuyển 8 viên chức năm 2013.','','','',1,1,1,1450,0,0,0,'xét tuyển, viên chức');
/*!40000 ALTER TABLE `nv3_vi_news_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_sources`
--

DROP TABLE IF EXISTS `nv3_vi_news_sources`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_sources` (
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `link` varchar(255) NOT NULL DEFAULT '',
  `logo` varchar(255) NOT NULL DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_sources`
--

LOCK TABLES `nv3_vi_news_sources` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_sources` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_sources` VALUES
(1,'Báo Tỉnh Mẫu','http://baotinhmau.example.vn','',1,1280710800,1280710800),
(2,'Đài Truyền thanh huyện','','',2,1299632400,1299632400);
/*!40000 ALTER TABLE `nv3_vi_news_sources` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv3_vi_news_topics`
--

DROP TABLE IF EXISTS `nv3_vi_news_topics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv3_vi_news_topics` (
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
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv3_vi_news_topics`
--

LOCK TABLES `nv3_vi_news_topics` WRITE;
/*!40000 ALTER TABLE `nv3_vi_news_topics` DISABLE KEYS */;
INSERT INTO `nv3_vi_news_topics` VALUES
(1,'Xây dựng nông thôn mới','Xay-dung-nong-thon-moi','','','Tân Lập xây dựng nông thôn mới',1,'nông thôn mới',1294102800,1294102800),
(2,'Đại hội Đảng bộ huyện','Dai-hoi-Dang-bo-huyen','','','',2,'',1275354000,1275354000);
/*!40000 ALTER TABLE `nv3_vi_news_topics` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2013-07-20 22:05:41
