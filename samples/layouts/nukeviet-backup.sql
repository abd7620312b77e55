-- NUKEVIET 4.0
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
--


-- ---------------------------------------


--
-- Table structure for table `nv4_config`
--

DROP TABLE IF EXISTS `nv4_config`;
CREATE TABLE `nv4_config` (
  `lang` varchar(3) NOT NULL DEFAULT 'sys',
  `module` varchar(50) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` text DEFAULT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_config`
--

INSERT INTO `nv4_config` VALUES
('sys', 'site', 'site_timezone', 'Asia/Ho_Chi_Minh'), 
('vi', 'global', 'site_name', 'Cổng thông tin điện tử Tỉnh Mẫu'), 
('vi', 'tin-tuc', 'per_page', '20'), 
('vi', 'tin-tuc', 'structure_upload', 'Ym'), 
('vi', 'thong-bao', 'per_page', '20'), 
('vi', 'thong-bao', 'structure_upload', 'Ym');


-- ---------------------------------------


--
-- Table structure for table `nv4_users`
--

DROP TABLE IF EXISTS `nv4_users`;
CREATE TABLE `nv4_users` (
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `regdate` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`)
) ENGINE=MyISAM AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_users`
--

INSERT INTO `nv4_users` VALUES
(2, 1, 'bientap.hoa', 'hoa.nt@tinhmau.example.gov.vn', 'Hoa', 'Nguyễn Thị', 1546650000), 
(3, 2, 'pv.thuha', 'thuha@tinhmau.example.gov.vn', 'Hà', 'Lê Thu', 1548982800), 
(4, 2, 'pv.quoctuan', 'tuan.q@tinhmau.example.gov.vn', 'Tuấn', 'Trần Quốc', 1590973200), 
(5, 2, 'vanthu.tb', 'vanthu@tinhmau.example.gov.vn', 'Thư', 'Văn', 1590973200);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_modules`
--

DROP TABLE IF EXISTS `nv4_vi_modules`;
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

--
-- Dumping data for table `nv4_vi_modules`
--

INSERT INTO `nv4_vi_modules` VALUES
('about', 'page', 'about', 'about', 'page', 'Giới thiệu', '', '', 1546650000, 1, 1, '', '', '', '', '0', 1, 1, '', 1, 1), 
('contact', 'contact', 'contact', 'contact', 'contact', 'Liên hệ', '', '', 1546650000, 1, 1, '', '', '', '', '0', 5, 1, '', 1, 1), 
('tin-tuc', 'news', 'news', 'news', 'news', 'Tin tức', '', '', 1546650000, 1, 1, '', '', '', '', '0', 2, 1, '', 1, 1), 
('thong-bao', 'news', 'thongbao', 'thongbao', 'news', 'Thông báo', '', '', 1546650000, 1, 1, '', '', '', '', '0', 3, 1, '', 1, 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_1`
--

DROP TABLE IF EXISTS `nv4_vi_news_1`;
CREATE TABLE `nv4_vi_news_1` (
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
) ENGINE=MyISAM AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_1`
--

INSERT INTO `nv4_vi_news_1` VALUES
(17, 1, '1', 0, 2, '', 0, 1546912800, 1546912800, 1, 17, 1546912800, 0, 2, 'Hội nghị tổng kết công tác năm 2018', 'hoi-nghi-tong-ket-cong-tac-nam-2018', 'Bài viết đã bị xóa khỏi bảng chính nhưng còn trong bảng chuyên mục.', '', '', 0, 1, '6', 1, 0, 5, 0, 0, 0, 0, '', 0), 
(9, 5, '5,1', 0, 6, 'Sở Y tế', 0, 1555036200, 1555297200, 22, 9, 1555036200, 0, 2, 'TiÃªm váº¯c xin sá»Ÿi cho tráº» em dÆ°á»›i 5 tuá»•i', 'tiem-vac-xin-soi-cho-tre-em-duoi-5-tuoi', 'Ngành Y tế triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ em dưới 5 tuổi tại các xã có nguy cơ cao.', '2019_04/tiem-vac-xin.jpg', 'Tiêm vắc xin cho trẻ', 1, 1, '6', 1, 0, 640, 0, 0, 0, 0, '', 0), 
(7, 1, '1', 0, 4, '', 0, 1591748100, 1591748100, 1, 7, 1591748100, 0, 2, 'Th�ng b�o khẩn c����p v�� m��a l�� �(b�o', 'thong-bao-khan-cap-ve-mua-lu', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đề nghị các địa phương theo dõi chặt chẽ diễn biến mưa lũ.', '', '', 0, 1, '6', 1, 0, 12, 0, 0, 0, 0, '', 0), 
(16, 8, '8,2,1', 0, 3, 'Tin: Thu Hà. Ảnh: Quốc Tuấn', 1, 1597892400, 1598922000, 0, 16, 1597892400, 0, 2, 'Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Nam', 'hoi-nghi-xuc-tien-dau-tu-vao-khu-cong-nghiep-phia-nam', 'Hội nghị thu hút gần 200 doanh nghiệp trong và ngoài nước tham dự.', '2020_08/xuc-tien-dau-tu.jpg', 'Hội nghị xúc tiến đầu tư', 1, 1, '6', 1, 0, 301, 0, 0, 0, 0, '', 0), 
(10, 1, '1,5', 5, 6, 'Ngọc Hân', 0, 1656637200, 1656727800, 1, 10, 1656637200, 0, 2, 'Phòng, chống sốt xuất huyết: chủ động từ sớm&#33;', 'phong-chong-sot-xuat-huyet-chu-dong-tu-som', 'S&#7889; ca m&#7855;c s&#7889;t xu&#7845;t huy&#7871;t t&#259;ng nhanh v&#224;o m&#249;a m&#432;a; ng&#432;&#7901;i d&#226;n c&#7847;n ch&#7911; &#273;&#7897;ng di&#7879;t l&#259;ng qu&#259;ng, b&#7885; g&#7853;y &amp; lo&#7841;i b&#7887; d&#7909;ng c&#7909; ch&#7913;a n&#432;&#7899;c &#273;&#7885;ng.', '2022_07/sot-xuat-huyet.jpg', 'Phun hóa chất diệt muỗi', 1, 1, '6', 1, 0, 320, 0, 0, 0, 0, '', 0), 
(1, 2, '2,1', 1, 2, 'Minh Anh', 1, 1678935900, 1679013600, 1, 1, 1678935600, 0, 2, 'UBND tỉnh họp phiên thường kỳ tháng 3 năm 2023', 'ubnd-tinh-hop-phien-thuong-ky-thang-3-nam-2023', 'Sáng 16/3, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3 để đánh giá tình hình kinh tế - xã hội quý I và bàn giải pháp thực hiện nhiệm vụ quý II năm 2023.', '2023_03/hop-ubnd-thang-3.jpg', 'Quang cảnh phiên họp', 1, 1, '6', 1, 0, 412, 0, 0, 0, 0, '', 0), 
(4, 4, '4,1', 0, 3, 'Thanh Tâm', 3, 1693886400, 1693966320, 1, 4, 1693884600, 0, 2, 'Khai gi�ng n�m h�c 2023 - 2024: h�n 120 ngh�n h�c sinh ��n tr��ng', 'khai-giang-nam-hoc-2023-2024-hon-120-nghin-hoc-sinh-den-truong', 'Sáng 5/9, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng năm học mới trong không khí vui tươi, phấn khởi.', '2023_09/khai-giang.jpg', 'Học sinh dự lễ khai giảng', 1, 1, '6', 1, 0, 1530, 0, 0, 0, 0, '', 0), 
(14, 2, '2,1', 0, 2, 'Văn phòng UBND tỉnh', 0, 1717207200, 1717207200, 2, 14, 1925339400, 0, 2, 'Lá»‹ch tiáº¿p cĂ´ng dĂ¢n Ä‘á»‹nh ká»³ cá»§a Chá»§ tá»‹ch UBND tá»‰nh', 'lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-tinh', 'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân tỉnh.', '', '', 0, 1, '6', 1, 0, 0, 0, 0, 0, 0, '', 0);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_8`
--

DROP TABLE IF EXISTS `nv4_vi_news_8`;
CREATE TABLE `nv4_vi_news_8` (
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
) ENGINE=MyISAM AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_8`
--

INSERT INTO `nv4_vi_news_8` VALUES
(16, 8, '8,2,1', 0, 3, 'Tin: Thu Hà. Ảnh: Quốc Tuấn', 1, 1597892400, 1598922000, 0, 16, 1597892400, 0, 2, 'Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Nam', 'hoi-nghi-xuc-tien-dau-tu-vao-khu-cong-nghiep-phia-nam', 'Hội nghị thu hút gần 200 doanh nghiệp trong và ngoài nước tham dự.', '2020_08/xuc-tien-dau-tu.jpg', 'Hội nghị xúc tiến đầu tư', 1, 1, '6', 1, 0, 301, 0, 0, 0, 0, '', 0), 
(2, 8, '8,2', 0, 2, 'Tin: Thu Hà. Ảnh: Quốc Tuấn', 0, 1680682800, 1680682800, 1, 2, 1680681600, 0, 2, 'Kinh tế - xã hội quý I/2023 duy trì đà tăng trưởng', 'kinh-te-xa-hoi-quy-i-2023-duy-tri-da-tang-truong', 'QuÃ½ I/2023, cÃ¡c chá»‰ tiÃªu kinh táº¿ chá»§ yáº¿u cá»§a tá»‰nh tÄƒng so vá»›i cÃ¹ng ká»³; sáº£n xuáº¥t nÃ´ng nghiá»‡p á»•n Ä‘á»‹nh, thu hÃºt Ä‘áº§u tÆ° chuyá»ƒn biáº¿n tÃ­ch cá»±c.', '2023_04/toan-canh-kcn.jpg', 'Khu công nghiệp phía Nam', 2, 1, '6', 1, 0, 268, 0, 0, 0, 0, '', 0), 
(3, 8, '8', 1, 3, 'Văn Dũng', 2, 1684575000, 1684630800, 1, 3, 1684575000, 0, 2, 'NÃ´ng dÃ¢n thu hoáº¡ch lÃºa xuÃ¢n sá»›m', 'nong-dan-thu-hoach-lua-xuan-som', 'Những ngày này, nông dân các huyện phía Bắc tranh thủ nắng ráo để thu hoạch lúa vụ xuân, năng suất bình quân ước đạt 62 tạ/ha.', 'https://baotinhmau.example.vn/uploads/2023/05/thu-hoach-lua.jpg', 'Thu hoạch lúa xuân', 3, 1, '6', 1, 0, 97, 0, 0, 0, 0, '', 0);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_author`
--

DROP TABLE IF EXISTS `nv4_vi_news_author`;
CREATE TABLE `nv4_vi_news_author` (
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
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_author`
--

INSERT INTO `nv4_vi_news_author` VALUES
(1, 3, 'thu-ha', 'Thu Hà', '', 'Phóng viên Trung tâm Truyền thông tỉnh', 1614560400, 1614560400, 1, 2), 
(2, 0, 'quoc-tuan', 'Quốc Tuấn', '', '', 1614560400, 1614560400, 1, 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_authorlist`
--

DROP TABLE IF EXISTS `nv4_vi_news_authorlist`;
CREATE TABLE `nv4_vi_news_authorlist` (
  `id` int(11) NOT NULL,
  `aid` mediumint(8) NOT NULL,
  `alias` varchar(100) NOT NULL DEFAULT '',
  `pseudonym` varchar(100) NOT NULL DEFAULT '',
  UNIQUE KEY `id_aid` (`id`,`aid`),
  KEY `aid` (`aid`),
  KEY `alias` (`alias`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_authorlist`
--

INSERT INTO `nv4_vi_news_authorlist` VALUES
(1, 1, 'thu-ha', 'Thu Hà'), 
(3, 2, 'quoc-tuan', 'Quốc Tuấn'), 
(3, 1, 'thu-ha', 'Thu Hà');


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_cat`
--

DROP TABLE IF EXISTS `nv4_vi_news_cat`;
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
) ENGINE=MyISAM AUTO_INCREMENT=11 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_cat`
--

INSERT INTO `nv4_vi_news_cat` VALUES
(1, 0, 'Tin tức', '', 'tin-tuc', 'Tin tức về hoạt động của chính quyền và đời sống kinh tế - xã hội của tỉnh', '', '', 0, 1, 1, 0, 'viewcat_main_right', 3, '2,4,5', 4, 2, 0, '', '', '', '', 1546653600, 1549245600, '6', 1), 
(2, 1, 'Hoạt động của UBND', '', 'hoat-dong-cua-ubnd', '', '', '', 0, 1, 2, 1, 'viewcat_main_right', 1, '8', 4, 2, 0, '', '', '', '', 1546657200, 1549249200, '6', 1), 
(3, 7, 'Phổ biến pháp luật', '', 'pho-bien-phap-luat', '', '', '', 0, 1, 8, 1, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546660800, 1549252800, '6', 1), 
(4, 1, 'GiÃ¡o dá»¥c', '', 'giao-duc', '', '', '', 0, 2, 4, 1, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546664400, 1549256400, '6', 1), 
(5, 1, 'Y tế', '', 'y-te', '', '', '', 0, 3, 5, 1, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546668000, 1549260000, '6', 0), 
(6, 0, 'Văn bản chỉ đạo', '', 'van-ban-chi-dao', 'Văn bản chỉ đạo, điều hành của UBND tỉnh', '', '', 0, 2, 6, 0, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546671600, 1549263600, '6', 1), 
(7, 0, 'Thông tin tuyên truyền', '', 'thong-tin-tuyen-truyen', '', '', '', 0, 3, 7, 0, 'viewcat_main_right', 1, '3', 4, 2, 0, '', '', '', '', 1546675200, 1549267200, '6', 1), 
(8, 2, 'Kinh tế - Xã hội', '', 'kinh-te-xa-hoi', '', '', '', 0, 1, 3, 2, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546678800, 1549270800, '6', 1), 
(9, 0, 'Tuyển dụng', '', 'tuyen-dung', '', '', '', 0, 4, 9, 0, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546682400, 1549274400, '6', 1), 
(10, 0, 'Hỏi đáp', '', 'hoi-dap', 'Giải đáp câu hỏi của người dân và doanh nghiệp', '', '', 0, 5, 10, 0, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546686000, 1549278000, '6', 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_detail`
--

DROP TABLE IF EXISTS `nv4_vi_news_detail`;
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

--
-- Dumping data for table `nv4_vi_news_detail`
--

INSERT INTO `nv4_vi_news_detail` VALUES
(1, '', '', '<p>Hồ sơ gốc lưu tại thư mục \\\\may-chu\\ho-so\\2024\\ (ổ mạng của Văn phòng); tệp \"Báo cáo \'tháng 6\'\" đã được chuyển.</p>
<p>Mã hồ sơ:	HS-2024-06</p>
<p>Sáng 16/3, đồng chí Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 3. Dự họp có các đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố.</p>
<p style=\"text-align: center;\"><img alt=\"Quang cảnh phiên họp\" src=\"/uploads/news/2023_03/anh.jpg\" width=\"600\" height=\"400\" /></p>
<p>Theo báo cáo, tổng sản phẩm trên địa bàn quý I ước tăng 6,8% so với cùng kỳ; thu ngân sách đạt 27% dự toán; giải ngân vốn đầu tư công đạt 18,5% kế hoạch. Chi tiết xem tại bài <a href=\"/vi/tin-tuc/kinh-te-xa-hoi/kinh-te-xa-hoi-quy-i-2023-duy-tri-da-tang-truong-2.html\">Kinh tế - xã hội quý I/2023 duy trì đà tăng trưởng</a>.</p>
<p>Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các đơn vị đẩy nhanh tiến độ giải phóng mặt bằng các công trình trọng điểm, tập trung cải cách thủ tục hành chính và chuẩn bị tốt các điều kiện cho sản xuất vụ hè thu.</p>
<p><strong>Tin, ảnh: Hoàng Lan</strong></p>', NULL, 'phiên họp thường kỳ, UBND tỉnh', '', '', 2, '', 0, 1, 1, 1), 
(2, '', '', '<p>Theo số liệu của Cục Thống kê tỉnh, kinh tế quý I/2023 tiếp tục phục hồi. Một số chỉ tiêu chủ yếu như sau:</p>
<p><img alt=\"Quang cảnh phiên họp\" src=\"{{NV_BASE_SITEURL}}uploads/news/2023_03/anh.jpg\" /></p>
<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"width:100%\">
<tbody>
<tr><td rowspan=\"2\"><strong>Chỉ tiêu</strong></td><td colspan=\"2\"><strong>Thực hiện</strong></td><td rowspan=\"2\"><strong>So sánh (%)</strong></td></tr>
<tr><td>Quý I/2022</td><td>Quý I/2023</td></tr>
<tr><td>Tổng sản phẩm (tỷ đồng)</td><td>12.450</td><td>13.297</td><td>106,8</td></tr>
<tr><td>Thu ngân sách (tỷ đồng)</td><td>2.130</td><td>2.284</td><td>107,2</td></tr>
<tr><td>Kim ngạch xuất khẩu (triệu USD)</td><td>315</td><td>338</td><td>107,3</td></tr>
<tr><td colspan=\"4\"><em>Nguồn: Cục Thống kê tỉnh</em></td></tr>
</tbody>
</table>
<p>Trong quý, toàn tỉnh có 214 doanh nghiệp thành lập mới với tổng vốn đăng ký gần 1.900 tỷ đồng; 3 dự án đầu tư mới được cấp chủ trương.</p>', NULL, 'kinh tế, tăng trưởng, quý I', 'Cục Thống kê tỉnh', '', 2, '', 0, 1, 1, 1), 
(3, '', '', '<p>Vụ xuân năm nay, toàn tỉnh gieo cấy hơn 41.000 ha lúa. Nhờ thời tiết thuận lợi và làm tốt công tác phòng trừ sâu bệnh, lúa sinh trưởng tốt, nhiều cánh đồng cho năng suất trên 65 tạ/ha.</p>
<p>Ngành nông nghiệp khuyến cáo bà con thu hoạch theo phương châm \"xanh nhà hơn già đồng\", đồng thời chuẩn bị giống, vật tư cho vụ hè thu.</p>
<p><img alt=\"Cánh đồng lúa chín\" src=\"../../../uploads/news/2023_05/dong-lua.jpg\"></p>
<p>Năm 2022, vụ xuân cũng được mùa (xem <a href=\"/vi/tin-tuc/tin-tuc/bai-da-go-99.html\">bài viết năm 2022</a>, nay đã gỡ). Bạn đọc theo dõi thêm tại chuyên mục <a href=\"/vi/tin-tuc/kinh-te-xa-hoi/\">Kinh tế - Xã hội</a>.</p>', NULL, 'lúa xuân, thu hoạch', 'Báo Tỉnh Mẫu', '', 2, '', 0, 1, 1, 1), 
(4, '', '', '<p>Năm học 2023 - 2024, toàn tỉnh có 412 trường mầm non, phổ thông với hơn 120.000 học sinh. Tại điểm trường vùng cao, các thầy cô đã chuẩn bị chu đáo sách vở, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn.</p>
<p>Lãnh đạo tỉnh dự lễ khai giảng và tặng quà cho học sinh nghèo vượt khó. Mời bạn đọc xem video lễ khai giảng:</p>
<p><img alt=\"Lễ khai giảng\" src=\"http://www.tinhmau.example.gov.vn/uploads/news/2023_09/khai-giang.jpg\"></p>
<p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Lễ khai giảng năm học 2023 - 2024\" frameborder=\"0\" allow=\"accelerometer; autoplay; encrypted-media\" allowfullscreen></iframe></p>
<p>Ngành Giáo dục đặt mục tiêu nâng cao chất lượng dạy học, tiếp tục thực hiện chương trình giáo dục phổ thông mới ở các lớp 4, 8 và 11.</p>', NULL, 'khai giảng, năm học mới', 'Sở Giáo dục và Đào tạo', '', 2, '', 0, 1, 1, 1), 
(5, '', '', '<p>Các suất học bổng do doanh nghiệp và nhà hảo tâm trong tỉnh đóng góp. Đây là nguồn động viên kịp thời giúp các em có thêm điều kiện đến trường.</p>
<p>Dịp này, Hội Khuyến học tỉnh cũng trao tặng 500 bộ sách giáo khoa cho thư viện các trường tiểu học vùng khó khăn. Xem thêm <a href=\"../giao-duc/khai-giang-nam-hoc-2023-2024-hon-120-nghin-hoc-sinh-den-truong-4.html\">lễ khai giảng năm học 2023 - 2024</a>.</p>
<p><img alt=\"Trao học bổng\" src=\"/uploads/news/2021_11/trao-hoc-bong.jpg\"></p>
<p>Xem <a href=\"/uploads/news/2021_11/danh-sach.pdf\">danh sách học sinh nhận học bổng</a>.</p>', NULL, 'học bổng, khuyến học', '', '', 1, '', 0, 1, 1, 1), 
(6, '', '', '<p>Ngày 15/3/2023, Chủ tịch UBND tỉnh ký Quyết định số 1234/QĐ-UBND ban hành Kế hoạch cải cách hành chính năm 2023. Kế hoạch thay thế Quyết định số 2150/QĐ-UBND ngày 28/12/2022.</p>
<p>Mục tiêu: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.</p>
<p>Các sở, ngành, UBND cấp huyện căn cứ Kế hoạch xây dựng chương trình của đơn vị mình, báo cáo kết quả về Sở Nội vụ trước ngày 15 hằng tháng cuối quý.</p>
<p>Tải toàn văn: <a href=\"/uploads/news/2023_03/ke-hoach.pdf\">Kế hoạch cải cách hành chính năm 2023</a></p>', NULL, 'cải cách hành chính, 1234/QĐ-UBND', '', '2023_03/ke-hoach.pdf', 1, '', 0, 1, 1, 1), 
(7, '', '', '<p>Do ảnh hưởng của áp thấp nhiệt đới, từ đêm 10/6 đến ngày 12/6 trên địa bàn tỉnh có mưa vừa, mưa to, có nơi mưa rất to. Các địa phương rà soát khu dân cư vùng thấp trũng, ven sông suối, sẵn sàng phương án sơ tán.</p>', NULL, '', '', '', 1, '', 0, 1, 1, 1), 
(8, '', '', '<style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}</style>
<p class=\"MsoNormal\" style=\"margin-bottom:0cm;text-align:justify;line-height:150%;mso-pagination:widow-orphan\"><span style=\"font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;\">Thực hiện Kế hoạch của UBND tỉnh,&nbsp;các cơ quan, đơn vị tổ chức treo băng rôn, khẩu hiệu, tuyên truyền trên hệ thống loa truyền thanh cơ sở.<o:p></o:p></span></p>
<p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto;mso-margin-bottom-alt:auto\"><span style=\"font-size:14.0pt\">Hội thi tìm hiểu pháp luật&nbsp;&nbsp;thu hút hơn 3.000 lượt cán bộ, công chức và người dân tham gia.<o:p></o:p></span></p>
<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>
<p><img alt=\"Sơ đồ tổ chức\" src=\"uploads/news/2023_11/so%20do%20to%20chuc.png?v=2\"></p>', NULL, 'Ngày Pháp luật, 9/11', '', '', 2, '', 0, 1, 1, 1), 
(9, '', '', '<p>Chiến dịch diễn ra từ ngày 15/4 đến 30/4/2019 tại các trạm y tế xã. Phụ huynh mang theo sổ tiêm chủng khi đưa trẻ đi tiêm.</p>
<p>Sau khi tiêm, trẻ được theo dõi tại điểm tiêm ít nhất 30 phút và tiếp tục theo dõi tại nhà trong 24 giờ.</p>', NULL, 'vắc xin sởi, tiêm chủng', '', '', 2, '', 0, 1, 1, 1), 
(10, '', '', '<p>Từ đầu năm đến nay, toàn tỉnh ghi nhận 412 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ năm trước.</p>
<script>alert(1)</script>
<p>Người dân cần ngủ màn, dọn vệ sinh môi trường và đưa người bệnh đến cơ sở y tế khi có dấu hiệu sốt cao liên tục.</p>
<p><a href=\"#\" onclick=\"window.open(\'/uploads/news/2022_07/to-roi.jpg\');return false;\">Xem tờ rơi hướng dẫn</a></p>', NULL, 'sốt xuất huyết', '', '', 2, '', 0, 1, 1, 1), 
(11, '', '', '<p><strong>1. Chỉ tiêu:</strong> 45 người, gồm 15 giáo viên mầm non, 20 giáo viên tiểu học và 10 giáo viên trung học cơ sở.</p>
<p><strong>2. Hồ sơ:</strong> Phiếu đăng ký dự tuyển theo mẫu; bản sao văn bằng, chứng chỉ. Thời hạn nhận hồ sơ: từ ngày 27/02/2024 đến 17 giờ ngày 27/3/2024.</p>
<p><strong>3. Địa điểm:</strong> Phòng Nội vụ huyện, điện thoại 0200.3812.xxx.</p>
<p>Tải mẫu phiếu: <a href=\"/uploads/news/2024_02/mau-phieu-dang-ky.docx\">mau-phieu-dang-ky.docx</a></p>', NULL, 'tuyển dụng, viên chức, giáo viên', '', '2024_02/mau-phieu-dang-ky.docx,2024_02/thong-bao-tuyen-dung.pdf', 1, '', 0, 1, 1, 1), 
(12, '', 'Thông báo tuyển dụng công chức cấp xã\0', '<p>Tổng chỉ tiêu: 18 người. Hình thức tuyển dụng: thi tuyển. Người dự tuyển nộp hồ sơ tại Phòng Nội vụ huyện trong giờ hành chính.</p>
<p>Điều kiện: tốt nghiệp đại học chuyên ngành phù hợp với chức danh dự tuyển; có hộ khẩu thường trú tại huyện là một lợi thế khi xét ưu tiên.</p>', NULL, '', '', '', 2, '', 0, 1, 1, 1), 
(13, '', '', '<p>Dự thảo gồm 4 phần: đánh giá kết quả giai đoạn trước, mục tiêu, nhiệm vụ và giải pháp, tổ chức thực hiện. Ý kiến góp ý gửi về Sở Nông nghiệp và Phát triển nông thôn trước ngày 30/5/2024.</p>
<p>Mục tiêu đến năm 2026: giá trị sản xuất nông nghiệp tăng bình quân 3,5%/năm; 80% số xã đạt chuẩn nông thôn mới.</p>', NULL, 'dự thảo, nông nghiệp', '', '', 2, '', 0, 1, 1, 1), 
(14, '', '', '<p>Trường hợp ngày 15 trùng ngày nghỉ, lễ, Tết thì việc tiếp công dân được thực hiện vào ngày làm việc tiếp theo. Công dân đến đăng ký trước tại Trụ sở Tiếp công dân tỉnh.</p>
<p>Khi đến, công dân mang theo căn cước công dân và các giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị.</p>', NULL, 'tiếp công dân', '', '', 1, '', 0, 1, 1, 1), 
(15, '', '', '<p><strong>Hỏi:</strong> Gia đình tôi sử dụng đất ở ổn định từ năm 1995, chưa được cấp giấy chứng nhận. Xin hỏi hồ sơ gồm những gì?</p>
<p><strong>Trả lời:</strong> Hồ sơ gồm đơn đăng ký theo mẫu, giấy tờ về quyền sử dụng đất (nếu có) và chứng từ thực hiện nghĩa vụ tài chính. Thời gian giải quyết theo <a href=\"/index.php?language=vi&amp;nv=tin-tuc&amp;op=van-ban-chi-dao/quyet-dinh-so-1234-qd-ubnd-ngay-15-3-2023-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2023-6\">Kế hoạch cải cách hành chính năm 2023</a> được rút ngắn còn 15 ngày làm việc. Xem thêm <a href=\"https://tinhmau.example.gov.vn/vi/tin-tuc/hoat-dong-cua-ubnd/ubnd-tinh-hop-phien-thuong-ky-thang-3-nam-2023-1.html\">phiên họp thường kỳ tháng 3</a>.</p>', NULL, 'hỏi đáp, đất đai', '', '', 1, '', 0, 1, 1, 1), 
(16, '', '', '<p>Táº¡i há»™i nghá»‹, tá»‰nh trao quyáº¿t Ä‘á»‹nh chá»§ trÆ°Æ¡ng Ä‘áº§u tÆ° cho 5 dá»± Ã¡n vá»›i tá»•ng vá»‘n Ä‘Äƒng kÃ½ hÆ¡n 3.200 tá»· Ä‘á»“ng, chá»§ yáº¿u trong lÄ©nh vá»±c cháº¿ biáº¿n nÃ´ng sáº£n vÃ  cÆ¡ khÃ­.</p>
<p>CÃ¡c nhÃ  Ä‘áº§u tÆ° Ä‘Ã¡nh giÃ¡ cao sá»± há»— trá»£ cá»§a tá»‰nh trong khÃ¢u bá»‘ trÃ­ máº·t báº±ng, háº¡ táº§ng vÃ  nguá»“n nhÃ¢n lá»±c qua Ä‘Ã o táº¡o.</p>', NULL, 'xúc tiến đầu tư', 'Sở Kế hoạch và Đầu tư', '', 2, '', 0, 1, 1, 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_rows`
--

DROP TABLE IF EXISTS `nv4_vi_news_rows`;
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
) ENGINE=MyISAM AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_rows`
--

INSERT INTO `nv4_vi_news_rows` VALUES
(1, 2, '2,1', 1, 2, 'Minh Anh', 1, 1678935900, 1679013600, 1, 1, 1678935600, 0, 2, 'UBND tỉnh họp phiên thường kỳ tháng 3 năm 2023', 'ubnd-tinh-hop-phien-thuong-ky-thang-3-nam-2023', 'Sáng 16/3, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3 để đánh giá tình hình kinh tế - xã hội quý I và bàn giải pháp thực hiện nhiệm vụ quý II năm 2023.', '2023_03/hop-ubnd-thang-3.jpg', 'Quang cảnh phiên họp', 1, 1, '6', 1, 0, 412, 0, 0, 0, 0, '', 0), 
(2, 8, '8,2', 0, 2, 'Tin: Thu Hà. Ảnh: Quốc Tuấn', 0, 1680682800, 1680682800, 1, 2, 1680681600, 0, 2, 'Kinh tế - xã hội quý I/2023 duy trì đà tăng trưởng', 'kinh-te-xa-hoi-quy-i-2023-duy-tri-da-tang-truong', 'QuÃ½ I/2023, cÃ¡c chá»‰ tiÃªu kinh táº¿ chá»§ yáº¿u cá»§a tá»‰nh tÄƒng so vá»›i cÃ¹ng ká»³; sáº£n xuáº¥t nÃ´ng nghiá»‡p á»•n Ä‘á»‹nh, thu hÃºt Ä‘áº§u tÆ° chuyá»ƒn biáº¿n tÃ­ch cá»±c.', '2023_04/toan-canh-kcn.jpg', 'Khu công nghiệp phía Nam', 2, 1, '6', 1, 0, 268, 0, 0, 0, 0, '', 0), 
(3, 8, '8', 1, 3, 'Văn Dũng', 2, 1684575000, 1684630800, 1, 3, 1684575000, 0, 2, 'NÃ´ng dÃ¢n thu hoáº¡ch lÃºa xuÃ¢n sá»›m', 'nong-dan-thu-hoach-lua-xuan-som', 'Những ngày này, nông dân các huyện phía Bắc tranh thủ nắng ráo để thu hoạch lúa vụ xuân, năng suất bình quân ước đạt 62 tạ/ha.', 'https://baotinhmau.example.vn/uploads/2023/05/thu-hoach-lua.jpg', 'Thu hoạch lúa xuân', 3, 1, '6', 1, 0, 97, 0, 0, 0, 0, '', 0), 
(4, 4, '4,1', 0, 3, 'Thanh Tâm', 3, 1693886400, 1693966320, 1, 4, 1693884600, 0, 2, 'Khai gi�ng n�m h�c 2023 - 2024: h�n 120 ngh�n h�c sinh ��n tr��ng', 'khai-giang-nam-hoc-2023-2024-hon-120-nghin-hoc-sinh-den-truong', 'Sáng 5/9, các trường học trên địa bàn tỉnh đồng loạt tổ chức lễ khai giảng năm học mới trong không khí vui tươi, phấn khởi.', '2023_09/khai-giang.jpg', 'Học sinh dự lễ khai giảng', 1, 1, '6', 1, 0, 1530, 0, 0, 0, 0, '', 0), 
(5, 4, '4', 0, 3, '', 3, 1637391600, 1637391600, 1, 5, 1637391600, 0, 2, 'Trao 150 suất học bổng cho học sinh nghèo vượt khó', 'trao-150-suat-hoc-bong-cho-hoc-sinh-ngheo-vuot-kho', 'Chie�u 19/11, Ho�i Khuye�n ho�c t�nh trao 150 sua�t ho�c bo�ng, mo�i sua�t 2 trie�u �o�ng, cho ho�c sinh nghe�o v���t kho� ta�i ca�c huye�n mie�n nu�i.', '', '', 0, 1, '6', 1, 0, 55, 0, 0, 0, 0, '', 0), 
(6, 6, '6', 2, 2, 'Văn phòng UBND tỉnh', 0, 1679018400, 1679305500, 1, 6, 1679018400, 0, 2, 'Quyết định số 1234/QĐ-UBND ngày 15/3/2023 ban hành Kế hoạch cải cách hành chính năm 2023', 'quyet-dinh-so-1234-qd-ubnd-ngay-15-3-2023-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2023', 'UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2023 với 6 nhóm nhiệm vụ trọng tâm, trong đó ưu tiên chuyển đổi số và nâng cao chỉ số hài lòng của người dân.', '', '', 0, 1, '6', 1, 0, 733, 0, 0, 0, 0, '', 0), 
(7, 1, '1', 0, 4, '', 0, 1591748100, 1591748100, 1, 7, 1591748100, 0, 2, 'Th�ng b�o khẩn c����p v�� m��a l�� �(b�o', 'thong-bao-khan-cap-ve-mua-lu', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đề nghị các địa phương theo dõi chặt chẽ diễn biến mưa lũ.', '', '', 0, 1, '6', 1, 0, 12, 0, 0, 0, 0, '', 0), 
(8, 3, '3,7', 0, 5, 'Phòng Tư pháp', 0, 1699491600, 1699511400, 1, 8, 1699491600, 0, 2, 'Hưởng ứng &quot;Ngày Pháp luật Việt Nam&quot; năm 2023', 'huong-ung-ngay-phap-luat-viet-nam-nam-2023', 'Các cơ quan, đơn vị tổ chức nhiều hoạt động thiết thực hưởng ứng Ngày Pháp luật Việt Nam 9/11.', '2023_11/ngay-phap-luat.png', 'Ngày Pháp luật Việt Nam', 1, 1, '6', 1, 0, 88, 0, 0, 0, 0, '', 0), 
(9, 5, '5,1', 0, 6, 'Sở Y tế', 0, 1555036200, 1555297200, 22, 9, 1555036200, 0, 2, 'TiÃªm váº¯c xin sá»Ÿi cho tráº» em dÆ°á»›i 5 tuá»•i', 'tiem-vac-xin-soi-cho-tre-em-duoi-5-tuoi', 'Ngành Y tế triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ em dưới 5 tuổi tại các xã có nguy cơ cao.', '2019_04/tiem-vac-xin.jpg', 'Tiêm vắc xin cho trẻ', 1, 1, '6', 1, 0, 640, 0, 0, 0, 0, '', 0), 
(10, 1, '1,5', 5, 6, 'Ngọc Hân', 0, 1656637200, 1656727800, 1, 10, 1656637200, 0, 2, 'Phòng, chống sốt xuất huyết: chủ động từ sớm&#33;', 'phong-chong-sot-xuat-huyet-chu-dong-tu-som', 'S&#7889; ca m&#7855;c s&#7889;t xu&#7845;t huy&#7871;t t&#259;ng nhanh v&#224;o m&#249;a m&#432;a; ng&#432;&#7901;i d&#226;n c&#7847;n ch&#7911; &#273;&#7897;ng di&#7879;t l&#259;ng qu&#259;ng, b&#7885; g&#7853;y &amp; lo&#7841;i b&#7887; d&#7909;ng c&#7909; ch&#7913;a n&#432;&#7899;c &#273;&#7885;ng.', '2022_07/sot-xuat-huyet.jpg', 'Phun hóa chất diệt muỗi', 1, 1, '6', 1, 0, 320, 0, 0, 0, 0, '', 0), 
(11, 9, '9', 0, 5, '', 0, 1708930800, 1708997400, 1, 11, 1708930800, 1711879200, 2, 'Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024', 'thong-bao-tuyen-dung-vien-chuc-su-nghiep-giao-duc-nam-2024', 'UBND huyện Tân Lập thông báo tuyển dụng 45 chỉ tiêu viên chức giáo viên mầm non, tiểu học và trung học cơ sở năm 2024.', '', '', 0, 1, '6', 1, 1, 2210, 0, 0, 0, 0, '', 0), 
(12, 9, '9', 0, 5, 'Phòng Nội vụ', 0, 1571104800, 1571104800, 3, 12, 1571104800, 1577786400, 2, 'Tuyển dụng công chức cấp xã năm 2019', 'tuyen-dung-cong-chuc-cap-xa-nam-2019', 'Thông báo tuyển dụng công chức cấp xã năm 2019 đối với các chức danh Văn phòng - Thống kê, Tư pháp - Hộ tịch và Địa chính - Xây dựng.', '../../../etc/passwd', '', 1, 1, '6', 1, 0, 1875, 0, 0, 0, 0, '', 0), 
(13, 6, '6,2', 0, 2, '', 0, 1715310000, 1715678400, 4, 13, 1715310000, 0, 2, '&#91;Dự thảo&#93; Kế hoạch phát triển nông nghiệp &amp; nông thôn giai đoạn 2024 - 2026', 'du-thao-ke-hoach-phat-trien-nong-nghiep-nong-thon-giai-doan-2024-2026', 'LÊy ý kiÕn gãp ý dù th¶o KÕ ho¹ch ph¸t triÓn n«ng nghiÖp vµ n«ng th«n giai ®o¹n 2024 - 2026.', '/etc/passwd', '', 3, 1, '6', 1, 0, 0, 0, 0, 0, 0, '', 0), 
(14, 2, '2,1', 0, 2, 'Văn phòng UBND tỉnh', 0, 1717207200, 1717207200, 2, 14, 1925339400, 0, 2, 'Lá»‹ch tiáº¿p cĂ´ng dĂ¢n Ä‘á»‹nh ká»³ cá»§a Chá»§ tá»‹ch UBND tá»‰nh', 'lich-tiep-cong-dan-dinh-ky-cua-chu-tich-ubnd-tinh', 'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân tỉnh.', '', '', 0, 1, '6', 1, 0, 0, 0, 0, 0, 0, '', 0), 
(15, 10, '10', 0, 4, '', 0, 1647244800, 1647244800, 1, 15, 1647244800, 0, 2, 'Hỏi đáp về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'hoi-dap-ve-thu-tuc-cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau', 'Ông Trần Văn Bình (xã Tân Hòa) hỏi: Hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu gồm những gì?', '', '', 0, 1, '6', 1, 0, 146, 0, 0, 0, 0, '', 0), 
(16, 8, '8,2,1', 0, 3, 'Tin: Thu Hà. Ảnh: Quốc Tuấn', 1, 1597892400, 1598922000, 0, 16, 1597892400, 0, 2, 'Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Nam', 'hoi-nghi-xuc-tien-dau-tu-vao-khu-cong-nghiep-phia-nam', 'Hội nghị thu hút gần 200 doanh nghiệp trong và ngoài nước tham dự.', '2020_08/xuc-tien-dau-tu.jpg', 'Hội nghị xúc tiến đầu tư', 1, 1, '6', 1, 0, 301, 0, 0, 0, 0, '', 0);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_sources`
--

DROP TABLE IF EXISTS `nv4_vi_news_sources`;
CREATE TABLE `nv4_vi_news_sources` (
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `link` varchar(255) DEFAULT '',
  `logo` varchar(255) DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_sources`
--

INSERT INTO `nv4_vi_news_sources` VALUES
(1, 'Sở Thông tin và Truyền thông', 'https://stttt.tinhmau.example.gov.vn', '', 1, 1547082000, 1547082000), 
(2, 'Báo Tỉnh Mẫu', 'https://baotinhmau.example.vn', '', 2, 1547085600, 1620111600), 
(3, 'Sở Giáo dục và Đào tạo', 'https://sgddt.tinhmau.example.gov.vn', '', 3, 1637283600, 1637283600);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_tags`
--

DROP TABLE IF EXISTS `nv4_vi_news_tags`;
CREATE TABLE `nv4_vi_news_tags` (
  `tid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `numnews` mediumint(8) NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `keywords` varchar(255) DEFAULT '',
  PRIMARY KEY (`tid`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_tags`
--

INSERT INTO `nv4_vi_news_tags` VALUES
(1, 2, '', 'chuyển-đổi-số', '', '', 'chuyển đổi số'), 
(2, 1, '', 'nông-nghiệp', '', '', 'nông nghiệp'), 
(3, 1, '', 'học-bổng', '', 'Tin về học bổng', 'học bổng');


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_tags_id`
--

DROP TABLE IF EXISTS `nv4_vi_news_tags_id`;
CREATE TABLE `nv4_vi_news_tags_id` (
  `id` int(11) NOT NULL,
  `tid` mediumint(9) NOT NULL,
  `keyword` varchar(65) NOT NULL,
  UNIQUE KEY `id_tid` (`id`,`tid`),
  KEY `tid` (`tid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_tags_id`
--

INSERT INTO `nv4_vi_news_tags_id` VALUES
(1, 1, 'chuyển đổi số'), 
(3, 1, 'chuyển đổi số'), 
(5, 2, 'nông nghiệp'), 
(5, 9, 'thủy lợi'), 
(6, 3, 'học bổng');


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_news_topics`
--

DROP TABLE IF EXISTS `nv4_vi_news_topics`;
CREATE TABLE `nv4_vi_news_topics` (
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
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_news_topics`
--

INSERT INTO `nv4_vi_news_topics` VALUES
(1, 'Chuyển đổi số', 'Chuyen-doi-so', '', 'Tỉnh Mẫu chuyển đổi số', 1, 'chuyển đổi số', 1643677200, 1643677200), 
(2, 'Cải cách hành chính', 'Cai-cach-hanh-chinh', '', '', 2, '', 1643677200, 1673226000);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_thongbao_1`
--

DROP TABLE IF EXISTS `nv4_vi_thongbao_1`;
CREATE TABLE `nv4_vi_thongbao_1` (
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
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_thongbao_1`
--

INSERT INTO `nv4_vi_thongbao_1` VALUES
(2, 1, '1', 0, 2, 'Công an tỉnh', 1, 1691478000, 1691478000, 1, 2, 1691478000, 0, 2, 'Äá» nghá»‹ ngÆ°á»i dÃ¢n cáº£nh giÃ¡c vá»›i cÃ¡c cuá»™c gá»i lá»«a Ä‘áº£o', 'de-nghi-nguoi-dan-canh-giac-voi-cac-cuoc-goi-lua-dao', 'Thời gian gần đây xuất hiện nhiều đối tượng giả danh cơ quan chức năng gọi điện yêu cầu chuyển tiền.', '', '', 0, 1, '6', 1, 0, 455, 0, 0, 0, 0, '', 0), 
(1, 1, '1', 0, 2, '', 1, 1705716000, 1705716000, 1, 1, 1705716000, 0, 2, 'Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024', 'thong-bao-nghi-tet-nguyen-dan-giap-thin-nam-2024', 'Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán từ ngày 08/02/2024 đến hết ngày 14/02/2024.', '', '', 0, 1, '6', 1, 0, 980, 0, 0, 0, 0, '', 0), 
(4, 1, '1', 0, 2, '', 1, 1719543600, 1719543600, 1, 4, 1719543600, 0, 2, 'LÃ¡Â»â€¹ch tiÃ¡ÂºÂ¿p cÃƒÂ´ng dÃƒÂ¢n thÃƒÂ¡ng 7/2024', 'lich-tiep-cong-dan-thang-7-2024', 'Lịch tiếp công dân của lãnh đạo UBND tỉnh trong tháng 7 năm 2024.', '', '', 0, 1, '6', 1, 0, 77, 0, 0, 0, 0, '', 0);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_thongbao_cat`
--

DROP TABLE IF EXISTS `nv4_vi_thongbao_cat`;
CREATE TABLE `nv4_vi_thongbao_cat` (
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
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_thongbao_cat`
--

INSERT INTO `nv4_vi_thongbao_cat` VALUES
(1, 0, 'Thông báo chung', '', 'thong-bao-chung', 'Thông báo của UBND tỉnh và Văn phòng UBND tỉnh', '', '', 0, 1, 1, 0, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546653600, 1549245600, '6', 1), 
(2, 0, 'Tuyển dụng', '', 'tuyen-dung', '', '', '', 0, 2, 2, 0, 'viewcat_page_new', 0, '', 4, 2, 0, '', '', '', '', 1546657200, 1549249200, '6', 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_thongbao_detail`
--

DROP TABLE IF EXISTS `nv4_vi_thongbao_detail`;
CREATE TABLE `nv4_vi_thongbao_detail` (
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

--
-- Dumping data for table `nv4_vi_thongbao_detail`
--

INSERT INTO `nv4_vi_thongbao_detail` VALUES
(1, '', '', '<p>Căn cứ thông báo của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn năm 2024 như sau: nghỉ 7 ngày liên tục từ thứ Năm ngày 08/02/2024 đến hết thứ Tư ngày 14/02/2024.</p>
<p>Các cơ quan, đơn vị bố trí cán bộ trực, bảo đảm an ninh, an toàn trong dịp Tết.</p>', NULL, 'nghỉ Tết', '', '', 1, '', 0, 1, 1, 1), 
(2, '', '', '<p>Công an tỉnh khuyến cáo người dân không cung cấp thông tin cá nhân, mã OTP qua điện thoại; khi nghi ngờ, liên hệ ngay cơ quan công an gần nhất.</p>', NULL, 'lừa đảo, cảnh giác', '', '', 1, '', 0, 1, 1, 1), 
(3, '', '', '<p>Danh sách 37 thí sinh trúng tuyển kèm theo thông báo này. Thí sinh trúng tuyển hoàn thiện hồ sơ trong thời hạn 30 ngày kể từ ngày nhận thông báo.</p>', NULL, 'kết quả xét tuyển', '', '2023_12/danh-sach-trung-tuyen.pdf', 1, '', 0, 1, 1, 1), 
(4, '', '', '<p>Lãnh đạo UBND tỉnh tiếp công dân vào ngày 15/7/2024 tại Trụ sở Tiếp công dân tỉnh.</p>', NULL, 'tiếp công dân', '', '', 1, '', 0, 1, 1, 1);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_thongbao_rows`
--

DROP TABLE IF EXISTS `nv4_vi_thongbao_rows`;
CREATE TABLE `nv4_vi_thongbao_rows` (
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
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_thongbao_rows`
--

INSERT INTO `nv4_vi_thongbao_rows` VALUES
(1, 1, '1', 0, 2, '', 1, 1705716000, 1705716000, 1, 1, 1705716000, 0, 2, 'Thông báo nghỉ Tết Nguyên đán Giáp Thìn năm 2024', 'thong-bao-nghi-tet-nguyen-dan-giap-thin-nam-2024', 'Cán bộ, công chức, viên chức được nghỉ Tết Nguyên đán từ ngày 08/02/2024 đến hết ngày 14/02/2024.', '', '', 0, 1, '6', 1, 0, 980, 0, 0, 0, 0, '', 0), 
(2, 1, '1', 0, 2, 'Công an tỉnh', 1, 1691478000, 1691478000, 1, 2, 1691478000, 0, 2, 'Äá» nghá»‹ ngÆ°á»i dÃ¢n cáº£nh giÃ¡c vá»›i cÃ¡c cuá»™c gá»i lá»«a Ä‘áº£o', 'de-nghi-nguoi-dan-canh-giac-voi-cac-cuoc-goi-lua-dao', 'Thời gian gần đây xuất hiện nhiều đối tượng giả danh cơ quan chức năng gọi điện yêu cầu chuyển tiền.', '', '', 0, 1, '6', 1, 0, 455, 0, 0, 0, 0, '', 0), 
(3, 2, '2', 0, 5, 'Hội đồng tuyển dụng', 1, 1701421200, 1701478800, 1, 3, 1701421200, 0, 2, 'Thông báo kết quả xét tuyển viên chức năm 2023', 'thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2023', 'Hội đồng xét tuyển viên chức thông báo danh sách thí sinh trúng tuyển và thời gian nhận quyết định tuyển dụng.', '', '', 0, 1, '6', 1, 0, 1200, 0, 0, 0, 0, '', 0), 
(4, 1, '1', 0, 2, '', 1, 1719543600, 1719543600, 1, 4, 1719543600, 0, 2, 'LÃ¡Â»â€¹ch tiÃ¡ÂºÂ¿p cÃƒÂ´ng dÃƒÂ¢n thÃƒÂ¡ng 7/2024', 'lich-tiep-cong-dan-thang-7-2024', 'Lịch tiếp công dân của lãnh đạo UBND tỉnh trong tháng 7 năm 2024.', '', '', 0, 1, '6', 1, 0, 77, 0, 0, 0, 0, '', 0);


-- ---------------------------------------


--
-- Table structure for table `nv4_vi_thongbao_sources`
--

DROP TABLE IF EXISTS `nv4_vi_thongbao_sources`;
CREATE TABLE `nv4_vi_thongbao_sources` (
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `link` varchar(255) DEFAULT '',
  `logo` varchar(255) DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `nv4_vi_thongbao_sources`
--

INSERT INTO `nv4_vi_thongbao_sources` VALUES
(1, 'Văn phòng UBND tỉnh', 'https://vpubnd.tinhmau.example.gov.vn', '', 1, 1672707600, 1672707600);
