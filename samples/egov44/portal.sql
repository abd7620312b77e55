/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: egov_tinhmau
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
-- Table structure for table `nv4_config`
--

DROP TABLE IF EXISTS `nv4_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_config` (
  `lang` varchar(3) NOT NULL DEFAULT 'sys',
  `module` varchar(50) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` text DEFAULT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_config`
--

LOCK TABLES `nv4_config` WRITE;
/*!40000 ALTER TABLE `nv4_config` DISABLE KEYS */;
INSERT INTO `nv4_config` VALUES
('sys','site','site_timezone','Asia/Ho_Chi_Minh');
/*!40000 ALTER TABLE `nv4_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_area`
--

DROP TABLE IF EXISTS `nv4_vi_laws_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_area` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_area`
--

LOCK TABLES `nv4_vi_laws_area` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_area` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_area` VALUES
(1,0,'Giao-duc','Giáo dục','','',1577840400,1),
(2,0,'Y-te','Y tế','','',1577840400,2),
(3,0,'Dat-dai','Đất đai','','',1577840400,3),
(4,0,'Chuyen-doi-so','Chuyển đổi số','','',1577840400,4);
/*!40000 ALTER TABLE `nv4_vi_laws_area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_cat`
--

DROP TABLE IF EXISTS `nv4_vi_laws_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_cat` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_cat`
--

LOCK TABLES `nv4_vi_laws_cat` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_cat` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_cat` VALUES
(1,0,'Quyet-dinh','Quyết định','','',5,1577840400,1),
(2,0,'Nghi-quyet','Nghị quyết','','',5,1577840400,2),
(3,0,'Cong-van','Công văn','','',5,1577840400,3),
(4,0,'Ke-hoach','Kế hoạch','','',5,1577840400,4),
(5,0,'Thong-bao','Thông báo','','',5,1577840400,5),
(6,1,'Quyet-dinh-quy-pham','Quyết định quy phạm pháp luật','','',5,1577840400,6);
/*!40000 ALTER TABLE `nv4_vi_laws_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_examine`
--

DROP TABLE IF EXISTS `nv4_vi_laws_examine`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_examine` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_examine`
--

LOCK TABLES `nv4_vi_laws_examine` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_examine` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_examine` VALUES
(1,'Ban Pháp chế HĐND tỉnh',1);
/*!40000 ALTER TABLE `nv4_vi_laws_examine` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_row`
--

DROP TABLE IF EXISTS `nv4_vi_laws_row`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_row` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_row`
--

LOCK TABLES `nv4_vi_laws_row` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_row` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_row` VALUES
(1,'','','Quyết định phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024','quyet-dinh-phe-duyet-ke-hoach-chuyen-doi-so-tinh-mau-nam-2024-1','125/QĐ-UBND',1,1,0,1,'','Phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024','<p>Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;</p><p>Điều 1. Phê duyệt Kế hoạch chuyển đổi số tỉnh Mẫu năm 2024 kèm theo Quyết định này.</p><p>Điều 2. Quyết định có hiệu lực kể từ ngày ký.</p>','','6','6','2024_03/qd-125-ubnd.pdf',1,0,1710435600,1710435600,1710435600,NULL,NULL,1710435600,0,0,0,1,1),
(2,'','','Nghị quyết quy định mức hỗ trợ học phí năm học 2023 - 2024','nghi-quyet-quy-dinh-muc-ho-tro-hoc-phi-nam-hoc-2023-2024-2','10/2023/NQ-HĐND',2,2,1,2,'','Quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh năm học 2023 - 2024','<p>Nghị quyết này quy định mức hỗ trợ học phí; hết hiệu lực khi năm học kết thúc.</p>','','6','6','2023_12/nq-10-hdnd.pdf,https://vanban.tinhmau.example.gov.vn/nq-10-phu-luc.doc',1,0,1701968400,1701968400,1701968400,NULL,NULL,1704042000,1719680400,0,0,1,1),
(3,'','','Công văn về việc tăng cường phòng, chống dịch bệnh mùa mưa','cong-van-ve-viec-tang-cuong-phong-chong-dich-benh-mua-mua-3','1520/UBND-VX',3,3,0,3,'','V/v t�ng c��ng c�ng t�c ph�ng, ch�ng d�ch b�nh m�a m�a n�m 2024','<p>Để chủ động phòng, chống dịch bệnh, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai ngay các biện pháp sau.</p>','','6','6','2024_05/cv-1520.pdf',1,0,1716138000,1716138000,1716138000,NULL,NULL,0,0,0,0,1,1),
(4,'','','Kế hoạch cải cách hành chính năm 2024','ke-hoach-cai-cach-hanh-chinh-nam-2024-4','45/KH-UBND',4,1,0,2,'','Kế hoạch cải cách hành chính nhà nước tỉnh Mẫu năm 2024','<p>Thực hiện Quyết định số 125/QĐ-UBND ngày 15/3/2024 của UBND tỉnh, các cơ quan xây dựng kế hoạch chi tiết.</p>','','6','6','',1,0,1706720400,1706720400,1706720400,NULL,NULL,1706720400,0,0,0,1,1),
(5,'','','Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế','thong-bao-ket-luan-cua-chu-tich-ubnd-tinh-tai-buoi-lam-viec-voi-so-y-te','12/TB-VPUB',5,3,0,3,'','Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế','<p>Sở Y tế hoàn thành các nhiệm vụ được giao trong quý II.</p>','','6','6','2024_04/tb-12.pdf,2024_04/tb-12-phu-luc.xlsx',1,0,1712682000,1712682000,1712682000,NULL,NULL,0,0,0,0,1,1),
(6,'','','Quyết định ban hành Quy chế quản lý dữ liệu số của tỉnh','quyet-dinh-ban-hanh-quy-che-quan-ly-du-lieu-so-cua-tinh-6','30/2030/QĐ-UBND',6,1,0,1,'','Ban hành Quy chế quản lý dữ liệu số của tỉnh Mẫu','<p>Quy chế này có hiệu lực từ ngày 01 tháng 01 năm 2031.</p>','','6','6','2030_12/qd-30-2030.pdf',1,0,1923498000,1923498000,1923498000,NULL,NULL,1924966800,0,0,0,1,1),
(7,'','','Hướng dẫn tuyển sinh vào lớp 10 năm học 2024 - 2025','huong-dan-tuyen-sinh-vao-lop-10-nam-hoc-2024-2025-7','08/HD-SGDĐT',42,4,0,4,'','Hướng dẫn công tác tuyển sinh vào lớp 10 trung học phổ thông','<p>Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức tuyển sinh.</p>','','6','6','2024_04/hd-08.pdf',1,0,1711990800,1711990800,1711990800,NULL,NULL,1711990800,0,0,0,1,1),
(8,'','','Thông báo lịch tiếp công dân tháng 7','thong-bao-lich-tiep-cong-dan-thang-7-8','Không số',5,3,0,3,'','Lịch tiếp công dân của lãnh đạo UBND tỉnh tháng 7','<p>Lãnh đạo UBND tỉnh tiếp công dân vào ngày 15 hằng tháng.</p>','','6','6','',0,0,1719507600,1719507600,1719507600,NULL,NULL,0,0,0,0,1,1);
/*!40000 ALTER TABLE `nv4_vi_laws_row` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_row_area`
--

DROP TABLE IF EXISTS `nv4_vi_laws_row_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_row_area` (
  `row_id` int(10) unsigned NOT NULL,
  `area_id` smallint(4) unsigned NOT NULL,
  UNIQUE KEY `alias` (`row_id`,`area_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_row_area`
--

LOCK TABLES `nv4_vi_laws_row_area` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_row_area` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_row_area` VALUES
(1,4),
(2,1),
(3,2),
(4,3),
(4,99),
(5,2),
(6,4),
(6,3),
(7,1);
/*!40000 ALTER TABLE `nv4_vi_laws_row_area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_signer`
--

DROP TABLE IF EXISTS `nv4_vi_laws_signer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_signer` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `offices` varchar(255) NOT NULL DEFAULT '',
  `positions` varchar(255) NOT NULL DEFAULT '',
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_signer`
--

LOCK TABLES `nv4_vi_laws_signer` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_signer` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_signer` VALUES
(1,'Trần Văn Bình','','Chủ tịch',1577840400),
(2,'Lê Thị Hoa','','Phó Chủ tịch',1577840400),
(3,'Phạm Minh Đức','','Chánh Văn phòng',1577840400),
(4,'Vũ Thị Lan','','Giám đốc Sở',1577840400);
/*!40000 ALTER TABLE `nv4_vi_laws_signer` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_subject`
--

DROP TABLE IF EXISTS `nv4_vi_laws_subject`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_subject` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_subject`
--

LOCK TABLES `nv4_vi_laws_subject` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_subject` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_subject` VALUES
(1,'UBND-tinh','UBND tỉnh Mẫu','','',0,5,1577840400,1),
(2,'HDND-tinh','HĐND tỉnh Mẫu','','',0,5,1577840400,2),
(3,'Van-phong-UBND','Văn phòng UBND tỉnh','','',0,5,1577840400,3),
(4,'So-GD-DT','Sở GD&amp;ĐT','','',0,5,1577840400,4);
/*!40000 ALTER TABLE `nv4_vi_laws_subject` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_modules`
--

DROP TABLE IF EXISTS `nv4_vi_modules`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_modules` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_modules`
--

LOCK TABLES `nv4_vi_modules` WRITE;
/*!40000 ALTER TABLE `nv4_vi_modules` DISABLE KEYS */;
INSERT INTO `nv4_vi_modules` VALUES
('van-ban','laws','laws','van-ban','laws','Văn bản','','',1546650000,1,1,'','','','','0',1,1,'',1,1),
('tin-tuc','news','news','news','news','Tin tức','','',1546650000,1,1,'','','','','0',2,1,'',1,1);
/*!40000 ALTER TABLE `nv4_vi_modules` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_cat`
--

DROP TABLE IF EXISTS `nv4_vi_news_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_cat` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_cat`
--

LOCK TABLES `nv4_vi_news_cat` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_cat` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_cat` VALUES
(1,0,'Hoạt động','','hoat-dong','','','',0,1,1,0,'viewcat_page_new',0,'',3,2,0,'','','','',1577840400,1577840400,'6',1),
(2,0,'Thông báo','','thong-bao','','','',0,2,2,0,'viewcat_page_new',0,'',3,2,0,'','','','',1577840400,1577840400,'6',1);
/*!40000 ALTER TABLE `nv4_vi_news_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_detail`
--

DROP TABLE IF EXISTS `nv4_vi_news_detail`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_detail` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_detail`
--

LOCK TABLES `nv4_vi_news_detail` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_detail` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_detail` VALUES
(1,'','','<p>Trung tâm triển khai theo Quyết định số 125/QĐ-UBND ngày 15/3/2024.</p>',NULL,'','','',1,'',0,1,1,1),
(2,'','','<p>Công dân đến Trụ sở tiếp công dân của tỉnh.</p>',NULL,'','','',1,'',0,1,1,1);
/*!40000 ALTER TABLE `nv4_vi_news_detail` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_rows`
--

DROP TABLE IF EXISTS `nv4_vi_news_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_rows` (
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
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_rows`
--

LOCK TABLES `nv4_vi_news_rows` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_rows` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_rows` VALUES
(1,1,'1',0,0,'',0,1710896400,1710896400,1,0,1710896400,0,0,'Tỉnh Mẫu khai trương Trung tâm điều hành thông minh','tinh-mau-khai-truong-trung-tam-dieu-hanh-thong-minh','Trung tâm đi vào hoạt động từ tháng 3/2024.','','',0,0,'6',0,0,0,0,0,0,0,'',0),
(2,2,'2',0,0,'',0,1719536400,1719536400,1,0,1719536400,0,0,'Lịch tiếp công dân tháng 7','lich-tiep-cong-dan-thang-7','Lãnh đạo tỉnh tiếp công dân ngày 15/7.','','',0,0,'6',0,0,0,0,0,0,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_rows` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-06-20 10:15:02
