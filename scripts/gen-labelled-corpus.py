#!/usr/bin/env python3
"""Writes the labelled corpus of the misplacement classifier's tests.

Synthetic articles of an imaginary provincial portal, one JSON object a line:
{"key", "section", "title", "text"}, sections named by the slugs of the
default taxonomy. Every sentence below was written for this script. Each
article is a title from its section's templates and a body of sentences
from its section, some from a neighbouring section (news quotes decisions,
plans quote figures, ...) and some generic sentences every section shares,
so sections overlap the way real ones do, though far less messily.

Also writes cues.json: a small cue set per section for the tests (the real
cues live in the taxonomy).

Seeded: re-running writes byte-identical files.

Usage: scripts/gen-labelled-corpus.py [OUT_DIR]
       (default crates/classify/tests/data, relative to the repo root)
"""

import json
import os
import random
import re
import sys

SEED = 20261123

HUYEN = [
    "huyện Nam Đàn", "huyện Quỳnh Lưu", "thị xã Cửa Lò", "huyện Thanh Chương",
    "huyện Đô Lương", "huyện Kỳ Sơn", "huyện Tương Dương", "thành phố Vinh",
    "huyện Diễn Châu", "huyện Yên Thành", "huyện Quế Phong", "thị xã Hoàng Mai",
]
XA = [
    "xã Kim Liên", "xã Quỳnh Thạch", "phường Nghi Hải", "xã Thanh Đức",
    "xã Mỹ Lý", "xã Nghĩa Đồng", "xã Diễn Kim", "xã Hưng Lộc", "xã Châu Tiến",
    "phường Quỳnh Dị", "xã Tam Quang", "xã Đồng Văn",
]
NGUOI = [
    "Nguyễn Văn Thắng", "Trần Quốc Khánh", "Lê Thị Hoài Thương", "Phạm Đức Vượng",
    "Hoàng Thị Ngọc Ánh", "Võ Minh Hải", "Đặng Thanh Tùng", "Bùi Thị Quỳnh Nga",
    "Nguyễn Hữu Lộc", "Hồ Sỹ Dũng", "Thái Thị Hằng", "Lương Văn Bảo",
]
CHUC = [
    "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh",
    "Giám đốc Sở Tư pháp", "Giám đốc Sở Tài chính", "Chánh Văn phòng UBND tỉnh",
    "Bí thư Huyện ủy", "Chủ tịch UBND huyện",
]
SO = [
    "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Tư pháp", "Sở Khoa học và Công nghệ",
    "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
]
LINH_VUC = [
    "đất đai", "xây dựng", "giáo dục", "y tế", "giao thông", "nông nghiệp",
    "môi trường", "văn hóa", "lao động, việc làm", "an sinh xã hội", "du lịch",
    "công nghiệp", "thương mại", "chuyển đổi số",
]
DU_AN = [
    "đường giao thông nối quốc lộ 1A với khu kinh tế Đông Nam",
    "trường Tiểu học Hưng Lộc", "kè chống sạt lở bờ sông Lam",
    "nâng cấp hồ chứa nước Vực Mấu", "trạm y tế xã Mỹ Lý",
    "hệ thống cấp nước sinh hoạt xã Tam Quang", "nhà văn hóa đa năng huyện Quế Phong",
    "cải tạo chợ trung tâm thị xã Hoàng Mai", "trụ sở làm việc UBND xã Đồng Văn",
    "hạ tầng cụm công nghiệp Diễn Hồng",
]
DE_TAI = [
    "ứng dụng công nghệ sinh học trong nhân giống cam Vinh",
    "nghiên cứu chọn tạo giống lúa chịu mặn cho vùng ven biển",
    "xây dựng cơ sở dữ liệu số về di tích lịch sử trên địa bàn tỉnh",
    "giải pháp xử lý rác thải sinh hoạt nông thôn quy mô cấp xã",
    "phát triển chuỗi giá trị chè Thanh Chương",
    "ứng dụng trí tuệ nhân tạo trong tiếp nhận phản ánh của người dân",
    "bảo tồn và phát triển nguồn gen gà Lạc Sơn",
    "mô hình nuôi tôm thẻ chân trắng tuần hoàn tiết kiệm nước",
]
THU_TUC = [
    "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "đăng ký khai sinh",
    "cấp phiếu lý lịch tư pháp", "cấp giấy phép xây dựng nhà ở riêng lẻ",
    "đăng ký thành lập hộ kinh doanh", "chứng thực bản sao từ bản chính",
    "cấp đổi giấy phép lái xe", "đăng ký kết hôn", "cấp giấy phép kinh doanh rượu",
    "thẩm định thiết kế cơ sở",
]
NUOC = [
    "Cộng hòa Dân chủ Nhân dân Lào", "Hàn Quốc", "Nhật Bản", "Cộng hòa Liên bang Đức",
    "Vương quốc Campuchia", "Cộng hòa Pháp", "Ô-xtrây-li-a", "Xinh-ga-po",
]
VI_TRI = [
    "chuyên viên phòng Tổng hợp", "kế toán", "giáo viên tiểu học", "giáo viên mầm non",
    "viên chức y tế", "chuyên viên công nghệ thông tin", "văn thư", "cán bộ địa chính",
]
LOAI_VB = ["QĐ-UBND", "KH-UBND", "UBND-TH", "TB-UBND", "NQ-HĐND", "CT-UBND", "QĐ-SKHCN"]


def ngay(r):
    return f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.choice([2023, 2024, 2025, 2026])}"


def ngay_chu(r):
    return (f"ngày {r.randint(1, 28)} tháng {r.randint(1, 12)} năm "
            f"{r.choice([2023, 2024, 2025, 2026])}")


def so_vb(r, loai=None):
    return f"{r.randint(12, 3600)}/{loai or r.choice(LOAI_VB)}"


SLOTS = {
    "huyen": lambda r: r.choice(HUYEN),
    "xa": lambda r: r.choice(XA),
    "nguoi": lambda r: r.choice(NGUOI),
    "chuc": lambda r: r.choice(CHUC),
    "so": lambda r: r.choice(SO),
    "linhvuc": lambda r: r.choice(LINH_VUC),
    "duan": lambda r: r.choice(DU_AN),
    "detai": lambda r: r.choice(DE_TAI),
    "thutuc": lambda r: r.choice(THU_TUC),
    "nuoc": lambda r: r.choice(NUOC),
    "vitri": lambda r: r.choice(VI_TRI),
    "ngay": ngay,
    "ngaychu": ngay_chu,
    "nam": lambda r: str(r.choice([2023, 2024, 2025, 2026])),
    "qd": lambda r: so_vb(r, "QĐ-UBND"),
    "kh": lambda r: so_vb(r, "KH-UBND"),
    "cv": lambda r: so_vb(r, "UBND-TH"),
    "tb": lambda r: so_vb(r, "TB-UBND"),
    "nq": lambda r: so_vb(r, "NQ-HĐND"),
    "ct": lambda r: so_vb(r, "CT-UBND"),
    "n": lambda r: str(r.randint(2, 95)),
    "nn": lambda r: f"{r.randint(100, 9800):,}".replace(",", "."),
    "pct": lambda r: f"{r.randint(1, 19)},{r.randint(0, 9)}",
    "ty": lambda r: f"{r.randint(2, 950)},{r.randint(0, 99):02d}",
    "quy": lambda r: r.choice(["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm",
                               "9 tháng", "năm"]),
    "thang": lambda r: str(r.randint(1, 12)),
}


def fill(r, template):
    return re.sub(r"\{(\w+)\}", lambda m: SLOTS[m.group(1)](r), template)


# Sentences any section may carry: the agency's boilerplate and the way
# portal articles open and close.
GENERIC = [
    "Thực hiện chỉ đạo của Tỉnh ủy, HĐND tỉnh, UBND tỉnh, các cơ quan, đơn vị đã triển khai kịp thời các nhiệm vụ được giao.",
    "Văn phòng UBND tỉnh đăng tải nội dung này để các cơ quan, tổ chức và nhân dân được biết.",
    "Mọi thông tin chi tiết xin liên hệ bộ phận tổng hợp của {so} trong giờ hành chính.",
    "Năm {nam}, tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực, quốc phòng, an ninh được giữ vững.",
    "Các sở, ban, ngành và UBND các huyện, thành phố, thị xã phối hợp chặt chẽ trong quá trình thực hiện.",
    "Trong thời gian tới, tỉnh tiếp tục đẩy mạnh cải cách hành chính, nâng cao hiệu quả phục vụ người dân và doanh nghiệp.",
    "Người dân có thể theo dõi thông tin trên Cổng thông tin điện tử của tỉnh và trang thông tin của các địa phương.",
    "Ý kiến phản hồi của tổ chức, cá nhân được tổng hợp và gửi đến cơ quan có thẩm quyền xem xét.",
    "Nhiều khó khăn, vướng mắc ở cơ sở đã được tháo gỡ nhờ sự vào cuộc quyết liệt của cả hệ thống chính trị.",
    "Tỉnh phấn đấu hoàn thành các mục tiêu đã đề ra ngay từ đầu nhiệm kỳ.",
    "Đây là một trong những nhiệm vụ trọng tâm của tỉnh trong năm {nam}.",
    "Công tác chuyển đổi số được đẩy mạnh ở tất cả các cấp, các ngành.",
    "Ban biên tập Cổng thông tin điện tử tỉnh trân trọng giới thiệu.",
    "Việc triển khai bảo đảm công khai, minh bạch, đúng quy định của pháp luật.",
    "Đại diện lãnh đạo {so} cùng các phòng chuyên môn của {huyen} cùng tham dự.",
    "Các địa phương được yêu cầu báo cáo kết quả thực hiện trước ngày {ngay}.",
]

SECTIONS = {
    "gioi-thieu": {
        "titles": [
            "Chức năng, nhiệm vụ của {so}",
            "Cơ cấu tổ chức của {so}",
            "Giới thiệu khái quát về {huyen}",
            "Lịch sử hình thành và phát triển {huyen}",
            "Tiểu sử đồng chí {nguoi}",
            "Điều kiện tự nhiên, dân số của {huyen}",
            "Danh lam thắng cảnh và di tích lịch sử ở {xa}",
            "Sơ đồ tổ chức bộ máy UBND tỉnh",
            "Các đơn vị trực thuộc {so}",
            "Tiềm năng, thế mạnh của {huyen}",
        ],
        "sentences": [
            "{so} là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về {linhvuc}.",
            "{so} có tư cách pháp nhân, có con dấu và tài khoản riêng, chịu sự chỉ đạo, quản lý về tổ chức, biên chế của UBND tỉnh.",
            "Cơ cấu tổ chức gồm Giám đốc, các Phó Giám đốc, Văn phòng, Thanh tra và {n} phòng chuyên môn, nghiệp vụ.",
            "Đơn vị sự nghiệp trực thuộc gồm Trung tâm dịch vụ, Trung tâm thông tin và Ban quản lý các dự án.",
            "{huyen} nằm ở phía tây của tỉnh, có tổng diện tích tự nhiên {nn} km², gồm {n} đơn vị hành chính cấp xã.",
            "Phía bắc giáp tỉnh Thanh Hóa, phía nam giáp {huyen}, phía tây giáp nước bạn Lào.",
            "Dân số toàn huyện khoảng {nn} nghìn người, gồm các dân tộc Kinh, Thái, Khơ Mú, Mông cùng chung sống.",
            "Khí hậu nhiệt đới gió mùa, chia thành hai mùa rõ rệt, mùa hè nóng ẩm và mùa đông lạnh, ít mưa.",
            "Vùng đất này có bề dày truyền thống văn hóa, lịch sử với nhiều di tích được xếp hạng cấp quốc gia.",
            "Đồng chí {nguoi} sinh năm 1972, quê quán {xa}, trình độ chuyên môn thạc sĩ kinh tế, lý luận chính trị cao cấp.",
            "Quá trình công tác: từ năm 1996 đến năm 2005 công tác tại {so}, sau đó giữ chức vụ Phó Chủ tịch UBND {huyen}.",
            "Giám đốc phụ trách chung, trực tiếp phụ trách lĩnh vực tổ chức cán bộ, tài chính và thi đua, khen thưởng.",
            "Phó Giám đốc phụ trách lĩnh vực {linhvuc}, được Giám đốc ủy quyền điều hành khi Giám đốc đi vắng.",
            "Trải qua hơn {n} năm xây dựng và trưởng thành, đơn vị đã được Nhà nước tặng thưởng Huân chương Lao động hạng Nhì.",
            "Vị trí địa lý thuận lợi với quốc lộ 7 và tuyến đường sắt Bắc - Nam chạy qua, tạo động lực giao thương.",
            "Danh thắng Thác Kèm, đền Ông Hoàng Mười và khu di tích Kim Liên thu hút đông đảo du khách thập phương.",
            "Tỉnh có {n} đơn vị hành chính cấp huyện, gồm 1 thành phố, 3 thị xã và các huyện miền núi, đồng bằng.",
            "Nhiệm vụ và quyền hạn của Sở được quy định tại quyết định của UBND tỉnh về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.",
        ],
        "neighbours": ["lien-he", "tin-tuc-su-kien"],
    },
    "lien-he": {
        "titles": [
            "Thông tin liên hệ {so}",
            "Danh bạ điện thoại các cơ quan hành chính tỉnh",
            "Địa chỉ, số điện thoại đường dây nóng của {so}",
            "Hộp thư điện tử công vụ của UBND {huyen}",
            "Đầu mối liên hệ, người phát ngôn của UBND tỉnh",
            "Thông tin liên hệ Ban biên tập Cổng thông tin điện tử",
            "Danh sách số điện thoại lãnh đạo {huyen}",
        ],
        "sentences": [
            "Địa chỉ trụ sở: số {n} đường Trường Thi, thành phố Vinh, tỉnh Nghệ An.",
            "Điện thoại: 0238.38{n}.{n}{n}; Fax: 0238.384{n}.",
            "Thư điện tử: vanphong@nghean.gov.vn; hộp thư công vụ của từng phòng chuyên môn được niêm yết tại trụ sở.",
            "Đường dây nóng tiếp nhận phản ánh hoạt động 24/7 theo số 0912.{nn}.{nn}.",
            "Người phát ngôn: đồng chí {nguoi}, Chánh Văn phòng, số điện thoại di động 0983.{nn}.{nn}.",
            "Giờ làm việc: buổi sáng từ 7 giờ đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.",
            "Danh bạ gồm họ và tên, chức vụ, đơn vị công tác, số điện thoại cơ quan và địa chỉ thư điện tử.",
            "Đầu mối liên hệ của Ban biên tập: phòng Thông tin - Tin học, điện tử thư banbientap@nghean.gov.vn.",
            "Mọi liên hệ công tác xin gửi về địa chỉ trên hoặc qua hệ thống quản lý văn bản điều hành.",
            "Trường hợp cần liên hệ ngoài giờ hành chính, đề nghị gọi số trực của cơ quan.",
            "Số điện thoại bộ phận một cửa: 0238.35{n}.{n}{n}, số máy lẻ {n}.",
            "Website: https://www.nghean.gov.vn; trang thông tin thành phần của các sở, ngành được liên kết tại đây.",
        ],
        "neighbours": ["gioi-thieu"],
    },
    "tin-tuc-su-kien": {
        "titles": [
            "{chuc} làm việc với {huyen}",
            "Khai mạc Lễ hội Làng Sen năm {nam}",
            "{huyen} tổ chức hội nghị tổng kết công tác năm {nam}",
            "Đoàn công tác của tỉnh thăm và tặng quà gia đình chính sách tại {xa}",
            "Ra quân hưởng ứng Ngày Môi trường thế giới tại {huyen}",
            "Hội thảo khoa học về phát triển du lịch cộng đồng miền Tây",
            "Lãnh đạo tỉnh kiểm tra tiến độ công trình {duan}",
            "Kỷ niệm {n} năm ngày thành lập {so}",
            "Tập huấn nghiệp vụ cho cán bộ cấp xã tại {huyen}",
            "Trao tặng Huy hiệu Đảng cho đảng viên lão thành ở {xa}",
            "Tuyên dương học sinh giỏi quốc gia năm học {nam}",
            "Đại hội Đại biểu Hội Nông dân {huyen} nhiệm kỳ mới",
        ],
        "sentences": [
            "Sáng ngày {ngay}, đồng chí {nguoi}, {chuc} đã có buổi làm việc với lãnh đạo {huyen}.",
            "Tham dự hội nghị có đại diện lãnh đạo các sở, ban, ngành cấp tỉnh và {n} đại biểu đến từ các xã, thị trấn.",
            "Phát biểu tại buổi làm việc, đồng chí {nguoi} ghi nhận, biểu dương những kết quả mà địa phương đạt được.",
            "Chiều cùng ngày, đoàn công tác đã đi kiểm tra thực tế tại công trình {duan}.",
            "Tại lễ khai mạc, hàng nghìn người dân và du khách đã đến xem các tiết mục văn nghệ đặc sắc.",
            "Nhân dịp này, đoàn đã trao tặng {n} suất quà, mỗi suất trị giá 1 triệu đồng cho các gia đình chính sách.",
            "Buổi lễ diễn ra trang trọng, ấm cúng trong không khí phấn khởi của cán bộ, đảng viên và nhân dân.",
            "Hội thảo đã nghe {n} tham luận của các nhà khoa học, nhà quản lý và doanh nghiệp.",
            "Lực lượng đoàn viên, thanh niên đã ra quân dọn vệ sinh, thu gom rác thải dọc các tuyến đường.",
            "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm {n} đồng chí, đồng chí {nguoi} tiếp tục được tín nhiệm bầu làm Chủ tịch.",
            "Lớp tập huấn kéo dài hai ngày, các học viên được giới thiệu những nội dung nghiệp vụ mới.",
            "Các đại biểu đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích Kim Liên.",
            "Theo báo cáo tại hội nghị, năm qua toàn huyện đã hoàn thành và vượt {n}/{n} chỉ tiêu chủ yếu.",
            "Ngay sau lễ phát động, các đội hình tình nguyện đã tỏa về các thôn, bản vùng sâu, vùng xa.",
            "Dịp này, {n} tập thể và cá nhân có thành tích xuất sắc được tặng Giấy khen.",
            "Tin, ảnh: {nguoi} - Trung tâm Văn hóa, Thể thao và Truyền thông {huyen}.",
            "Đoàn cũng đã đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng Mường Xén.",
            "Bế mạc giải đấu, ban tổ chức đã trao cúp vô địch và các giải cá nhân xuất sắc.",
        ],
        "neighbours": ["chi-dao-dieu-hanh", "pho-bien-phap-luat", "khoa-hoc-cong-nghe",
                       "dau-tu-dau-thau-mua-sam", "gioi-thieu", "van-ban"],
    },
    "chi-dao-dieu-hanh": {
        "titles": [
            "Thông báo kết luận của {chuc} tại buổi làm việc với {huyen}",
            "Lịch công tác tuần của Thường trực UBND tỉnh",
            "Chỉ thị về tăng cường công tác phòng, chống thiên tai năm {nam}",
            "Công điện về việc chủ động ứng phó với bão số {n}",
            "UBND tỉnh yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công",
            "Trả lời kiến nghị của cử tri trước kỳ họp thứ {n}",
            "Lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng {thang}",
            "Ý kiến chỉ đạo về xử lý kiến nghị của doanh nghiệp",
            "Đôn đốc thực hiện các nhiệm vụ được giao tại Quyết định số {qd}",
        ],
        "sentences": [
            "{chuc} yêu cầu các sở, ban, ngành, UBND các huyện, thành phố, thị xã khẩn trương triển khai các nội dung sau.",
            "Giao {so} chủ trì, phối hợp với các đơn vị liên quan tham mưu, báo cáo UBND tỉnh trước ngày {ngay}.",
            "Đề nghị thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện, không để chậm trễ.",
            "Thường trực UBND tỉnh làm việc tại trụ sở vào sáng thứ Hai, chiều thứ Tư họp giao ban với các Phó Chủ tịch.",
            "Thứ Năm, {chuc} đi kiểm tra tình hình sản xuất tại {huyen}; thứ Sáu tiếp công dân định kỳ.",
            "Về kiến nghị của cử tri {xa}, UBND tỉnh đã giao {so} kiểm tra, giải quyết theo thẩm quyền.",
            "Kết quả giải quyết sẽ được thông báo bằng văn bản đến Ban Dân nguyện và cử tri.",
            "Chủ tịch UBND các huyện chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra chậm trễ.",
            "Kết luận của {chuc}: Thống nhất chủ trương, giao {so} hoàn thiện hồ sơ trình UBND tỉnh xem xét.",
            "Các đơn vị tổ chức trực ban nghiêm túc 24/24 giờ, báo cáo tình hình thiệt hại về Ban Chỉ huy phòng, chống thiên tai.",
            "Yêu cầu rà soát, đánh giá cụ thể nguyên nhân giải ngân chậm, đề xuất giải pháp tháo gỡ dứt điểm.",
            "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo theo quy định.",
            "Chủ tịch UBND tỉnh chỉ đạo kiên quyết xử lý các trường hợp vi phạm, công khai kết quả xử lý.",
            "Lịch tiếp công dân có thể thay đổi khi có công việc đột xuất; Ban Tiếp công dân tỉnh sẽ thông báo cụ thể.",
            "Xử phạt vi phạm hành chính đối với các tổ chức, cá nhân vi phạm theo đúng quy định hiện hành.",
            "Công văn số {cv} ngày {ngay} của UBND tỉnh về việc tăng cường kỷ luật, kỷ cương hành chính.",
        ],
        "neighbours": ["van-ban", "tin-tuc-su-kien", "dau-tu-dau-thau-mua-sam"],
    },
    "van-ban": {
        "titles": [
            "Quyết định số {qd} ban hành Quy chế làm việc của UBND tỉnh",
            "Nghị quyết số {nq} quy định mức chi hỗ trợ trong lĩnh vực {linhvuc}",
            "Quyết định số {qd} về việc bãi bỏ văn bản quy phạm pháp luật",
            "Kế hoạch số {kh} triển khai thi hành luật trên địa bàn tỉnh",
            "Chỉ thị số {ct} về tăng cường quản lý nhà nước về {linhvuc}",
            "Quyết định số {qd} sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo",
            "Nghị quyết số {nq} về bảng giá đất giai đoạn mới",
        ],
        "sentences": [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
            "Theo đề nghị của Giám đốc {so} tại Tờ trình số {n}/TTr ngày {ngay}.",
            "QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý {linhvuc} trên địa bàn tỉnh.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày {ngaychu}.",
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.",
            "Nơi nhận: Như Điều 3; Bộ Tư pháp (Cục Kiểm tra văn bản); TT Tỉnh ủy; TT HĐND tỉnh; Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH {nguoi}.",
            "Số ký hiệu: {qd}; Ngày ban hành: {ngay}; Ngày hiệu lực: {ngay}; Người ký: {nguoi}.",
            "Trích yếu: Quy định phân cấp quản lý trong lĩnh vực {linhvuc} trên địa bàn tỉnh.",
            "Bãi bỏ Quyết định số {qd} ngày {ngay} của UBND tỉnh.",
            "Nghị quyết này đã được HĐND tỉnh khóa XVIII, kỳ họp thứ {n} thông qua ngày {ngay}.",
            "Cơ quan ban hành: UBND tỉnh; Loại văn bản: Quyết định; Lĩnh vực: {linhvuc}.",
            "Tệp đính kèm: tải về toàn văn quyết định và phụ lục kèm theo.",
            "Quy định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan đến hoạt động {linhvuc} trên địa bàn tỉnh.",
        ],
        "neighbours": ["chi-dao-dieu-hanh", "pho-bien-phap-luat", "thu-tuc-hanh-chinh"],
    },
    "dieu-uoc-quoc-te": {
        "titles": [
            "Thỏa thuận hợp tác giữa tỉnh và tỉnh Xiêng Khoảng ({nuoc})",
            "Ký kết bản ghi nhớ hợp tác với đối tác {nuoc}",
            "Danh mục thỏa thuận quốc tế đã ký kết năm {nam}",
            "Hiệp định về quy chế quản lý biên giới Việt - Lào",
            "Thỏa thuận quốc tế về hợp tác giáo dục với {nuoc}",
        ],
        "sentences": [
            "Thỏa thuận quốc tế được ký kết nhân danh UBND tỉnh với cơ quan có thẩm quyền của {nuoc}.",
            "Hai bên thống nhất hợp tác trong các lĩnh vực {linhvuc}, thương mại và đào tạo nguồn nhân lực.",
            "Bản ghi nhớ có hiệu lực kể từ ngày ký và có giá trị trong thời hạn năm năm.",
            "Việc ký kết được thực hiện theo Luật Thỏa thuận quốc tế và ý kiến của Bộ Ngoại giao.",
            "Phía bạn cam kết tạo điều kiện thuận lợi cho doanh nghiệp của tỉnh đầu tư, kinh doanh.",
            "Điều ước quốc tế mà Việt Nam là thành viên có hiệu lực đối với Việt Nam được áp dụng theo quy định.",
            "Hai tỉnh kết nghĩa duy trì cơ chế họp định kỳ hằng năm luân phiên tại mỗi bên.",
            "Sở Ngoại vụ là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện thỏa thuận quốc tế.",
            "Văn bản được làm thành hai bản bằng tiếng Việt và tiếng {nuoc}, các văn bản có giá trị như nhau.",
            "Bên ký kết thông báo cho nhau bằng văn bản khi có nhu cầu sửa đổi, bổ sung hoặc chấm dứt thỏa thuận.",
            "Hợp tác song phương trong quản lý biên giới, phòng chống tội phạm xuyên quốc gia được tăng cường.",
            "Hiệp định phê duyệt ngày {ngay} quy định trách nhiệm của chính quyền hai bên biên giới.",
        ],
        "neighbours": ["tin-tuc-su-kien", "van-ban"],
    },
    "thu-tuc-hanh-chinh": {
        "titles": [
            "Thủ tục {thutuc}",
            "Công bố danh mục thủ tục hành chính lĩnh vực {linhvuc}",
            "Hướng dẫn nộp hồ sơ trực tuyến thủ tục {thutuc}",
            "Thủ tục hành chính mới ban hành thuộc thẩm quyền của {so}",
            "Danh mục dịch vụ công trực tuyến toàn trình năm {nam}",
        ],
        "sentences": [
            "Trình tự thực hiện: Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả.",
            "Bước 2: Cán bộ tiếp nhận kiểm tra tính đầy đủ của hồ sơ, viết giấy biên nhận hẹn ngày trả kết quả.",
            "Cách thức thực hiện: nộp trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
            "Thành phần hồ sơ gồm: tờ khai theo mẫu, bản sao giấy tờ tùy thân và các giấy tờ liên quan.",
            "Số lượng hồ sơ: 01 bộ.",
            "Thời hạn giải quyết: {n} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
            "Đối tượng thực hiện: cá nhân, tổ chức; Cơ quan thực hiện: {so}.",
            "Lệ phí: {nn} đồng/hồ sơ; miễn lệ phí đối với hồ sơ nộp trực tuyến.",
            "Kết quả thực hiện thủ tục hành chính: giấy chứng nhận hoặc văn bản trả lời nêu rõ lý do.",
            "Căn cứ pháp lý của thủ tục hành chính được nêu tại quyết định công bố kèm theo.",
            "Mẫu đơn, mẫu tờ khai được đính kèm và có thể tải về tại mục biểu mẫu.",
            "Dịch vụ công trực tuyến toàn trình cho phép người dân nộp hồ sơ, thanh toán và nhận kết quả hoàn toàn qua mạng.",
            "Yêu cầu, điều kiện thực hiện: người đề nghị phải đủ 18 tuổi và có năng lực hành vi dân sự đầy đủ.",
            "Bộ phận một cửa của {huyen} tiếp nhận hồ sơ tất cả các ngày làm việc trong tuần.",
            "Chủ tịch UBND tỉnh công bố kèm theo quyết định này {n} thủ tục hành chính được sửa đổi, bổ sung.",
        ],
        "neighbours": ["van-ban", "hoi-dap-gop-y"],
    },
    "pho-bien-phap-luat": {
        "titles": [
            "Những điểm mới của Luật Đất đai người dân cần biết",
            "Tuyên truyền, phổ biến pháp luật về {linhvuc} năm {nam}",
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy",
            "Mức phạt mới đối với hành vi vi phạm về {linhvuc}",
            "Chính sách mới có hiệu lực từ tháng {thang}/{nam}",
            "Đề cương tuyên truyền Luật Bảo hiểm xã hội sửa đổi",
        ],
        "sentences": [
            "Luật có nhiều điểm mới quan trọng, tác động trực tiếp đến quyền và nghĩa vụ của người dân.",
            "Theo quy định mới, người lao động được hưởng chế độ hỗ trợ khi tham gia đầy đủ bảo hiểm.",
            "Hành vi vi phạm có thể bị phạt tiền từ {nn} nghìn đồng đến {nn} nghìn đồng.",
            "Công tác tuyên truyền, phổ biến, giáo dục pháp luật được triển khai đa dạng, phù hợp với từng nhóm đối tượng.",
            "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh đã biên soạn tài liệu hỏi - đáp gửi về cơ sở.",
            "Cuộc thi nhằm nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ và nhân dân.",
            "Đối tượng được hỗ trợ gồm hộ nghèo, hộ cận nghèo, người có công với cách mạng và người khuyết tật.",
            "Báo cáo viên pháp luật đã trực tiếp đến các thôn, bản để tuyên truyền cho đồng bào dân tộc thiểu số.",
            "Theo quy định, chủ phương tiện phải chấp hành nghiêm các quy định về nồng độ cồn khi tham gia giao thông.",
            "Người dân cần biết rằng mức hưởng được tính trên cơ sở thời gian đóng và mức lương làm căn cứ đóng.",
            "Sở Tư pháp hướng dẫn các địa phương tổ chức Ngày Pháp luật với nhiều hình thức thiết thực.",
            "Các quy định mới có hiệu lực thi hành từ ngày {ngay}, thay thế các quy định trước đây.",
            "Tủ sách pháp luật ở các xã được bổ sung tài liệu mới, phục vụ nhu cầu tìm hiểu của người dân.",
            "Văn bản hướng dẫn thực hiện chính sách đã được niêm yết công khai tại nhà văn hóa các thôn.",
            "Khuyến cáo người dân không tham gia vay tín dụng đen, cảnh giác với các thủ đoạn lừa đảo qua mạng.",
        ],
        "neighbours": ["van-ban", "hoi-dap-gop-y", "tin-tuc-su-kien"],
    },
    "chien-luoc-quy-hoach-ke-hoach": {
        "titles": [
            "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            "Kế hoạch phát triển kinh tế - xã hội năm {nam}",
            "Điều chỉnh quy hoạch chung đô thị {huyen}",
            "Kế hoạch sử dụng đất năm {nam} của {huyen}",
            "Đề án phát triển du lịch giai đoạn 2021 - 2025",
            "Chương trình hành động thực hiện chiến lược chuyển đổi số",
            "Quy hoạch chi tiết tỷ lệ 1/500 khu đô thị mới {xa}",
        ],
        "sentences": [
            "Quy hoạch xác định tầm nhìn đến năm 2050, đưa tỉnh trở thành trung tâm kinh tế của vùng Bắc Trung Bộ.",
            "Mục tiêu tổng quát giai đoạn 2021 - 2030 là phát triển nhanh, bền vững, dựa trên khoa học công nghệ.",
            "Chỉ tiêu chủ yếu: tốc độ tăng trưởng kinh tế bình quân đạt {pct}%/năm, thu nhập bình quân đầu người tăng gấp đôi.",
            "Phương án phát triển hệ thống đô thị gồm thành phố Vinh là đô thị loại I và các đô thị vệ tinh.",
            "Kế hoạch sử dụng đất xác định diện tích các loại đất phân bổ cho từng đơn vị hành chính cấp xã.",
            "Điều chỉnh quy hoạch phân khu nhằm bổ sung quỹ đất cho khu công nghiệp và cụm công nghiệp.",
            "Đề án đặt ra các nhiệm vụ, giải pháp trọng tâm về cơ chế chính sách, nguồn lực và hạ tầng.",
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới phấn đấu đến năm 2025 có {n} xã đạt chuẩn nâng cao.",
            "Định hướng phát triển không gian theo hai hành lang kinh tế dọc quốc lộ 1A và quốc lộ 7.",
            "Quy hoạch chi tiết tỷ lệ 1/500 xác định ranh giới, quy mô diện tích và cơ cấu sử dụng đất của khu vực.",
            "Phân kỳ thực hiện chia thành hai giai đoạn, ưu tiên đầu tư hạ tầng giao thông kết nối.",
            "Các sở, ngành xây dựng kế hoạch hành động cụ thể để triển khai đề án trong lĩnh vực được giao.",
            "Tổ chức lấy ý kiến cộng đồng dân cư về đồ án quy hoạch theo quy định của Luật Quy hoạch đô thị và nông thôn.",
            "Nhiệm vụ năm {nam}: tập trung thu hút đầu tư, phát triển công nghiệp chế biến, chế tạo và dịch vụ logistics.",
            "Quy hoạch vùng nguyên liệu gắn với khai thác khoáng sản hợp lý, bảo vệ môi trường.",
        ],
        "neighbours": ["thong-ke", "dau-tu-dau-thau-mua-sam", "van-ban"],
    },
    "dau-tu-dau-thau-mua-sam": {
        "titles": [
            "Thông báo mời thầu gói thầu xây lắp công trình {duan}",
            "Kết quả lựa chọn nhà thầu gói thầu số {n}",
            "Kế hoạch lựa chọn nhà thầu dự án {duan}",
            "Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030",
            "Thông báo đấu giá tài sản công là xe ô tô của {so}",
            "Tình hình giải ngân vốn đầu tư công {quy} năm {nam}",
            "Mua sắm tập trung thiết bị y tế năm {nam}",
        ],
        "sentences": [
            "Bên mời thầu: Ban quản lý dự án đầu tư xây dựng {huyen}.",
            "Tên gói thầu: thi công xây dựng công trình {duan}; hình thức lựa chọn nhà thầu: đấu thầu rộng rãi trong nước.",
            "Giá gói thầu: {ty} tỷ đồng; nguồn vốn: vốn đầu tư công do tỉnh quản lý.",
            "Hồ sơ mời thầu được phát hành trên Hệ thống mạng đấu thầu quốc gia từ ngày {ngay}.",
            "Thời điểm đóng thầu: 9 giờ 00 ngày {ngay}; bảo đảm dự thầu: {nn} triệu đồng.",
            "Nhà thầu trúng thầu: Công ty cổ phần xây dựng Hồng Lam; giá trúng thầu: {ty} tỷ đồng.",
            "Thời gian thực hiện hợp đồng: {n} tháng; loại hợp đồng: trọn gói.",
            "Chủ đầu tư là UBND {huyen}, tổng mức đầu tư {ty} tỷ đồng.",
            "Tỷ lệ giải ngân vốn đầu tư công đến nay đạt {pct}% kế hoạch vốn được giao.",
            "Phương thức lựa chọn nhà thầu: một giai đoạn hai túi hồ sơ, qua mạng.",
            "Tài sản đấu giá gồm {n} xe ô tô đã qua sử dụng, giá khởi điểm {nn} triệu đồng.",
            "Các gói thầu mua sắm tài sản được thực hiện theo phương thức mua sắm tập trung.",
            "Dự án được phê duyệt chủ trương đầu tư tại Nghị quyết số {nq} của HĐND tỉnh.",
            "Chỉ định thầu được áp dụng đối với gói thầu tư vấn có giá trị dưới hạn mức theo quy định.",
            "Danh mục dự án kêu gọi đầu tư gồm khu du lịch sinh thái, nhà máy chế biến và khu đô thị.",
        ],
        "neighbours": ["chien-luoc-quy-hoach-ke-hoach", "tai-chinh-ngan-sach", "chi-dao-dieu-hanh"],
    },
    "tai-chinh-ngan-sach": {
        "titles": [
            "Công khai dự toán ngân sách địa phương năm {nam}",
            "Công khai tình hình thực hiện dự toán ngân sách {quy} năm {nam}",
            "Quyết toán ngân sách địa phương năm {nam}",
            "Báo cáo tài chính năm {nam} của {so}",
            "Công khai số bổ sung có mục tiêu từ ngân sách cấp tỉnh cho {huyen}",
        ],
        "sentences": [
            "Tổng thu ngân sách nhà nước trên địa bàn {quy} ước đạt {nn} tỷ đồng, bằng {pct}% dự toán.",
            "Chi ngân sách địa phương thực hiện {nn} tỷ đồng, trong đó chi đầu tư phát triển {nn} tỷ đồng.",
            "Chi thường xuyên cơ bản đáp ứng nhiệm vụ chi cho bộ máy, an sinh xã hội và quốc phòng, an ninh.",
            "Biểu mẫu số {n} kèm theo: cân đối ngân sách địa phương; đơn vị tính: triệu đồng.",
            "Công khai theo quy định của Luật Ngân sách nhà nước và thông tư hướng dẫn của Bộ Tài chính.",
            "Thu nội địa tăng so với cùng kỳ chủ yếu nhờ khoản thu tiền sử dụng đất.",
            "Số bổ sung cân đối từ ngân sách cấp tỉnh cho ngân sách cấp huyện là {nn} triệu đồng.",
            "Thuyết minh tình hình thực hiện dự toán: một số khoản thu đạt thấp do ảnh hưởng của thị trường bất động sản.",
            "Phân bổ kinh phí sự nghiệp cho các đơn vị dự toán cấp I theo định mức đã được HĐND tỉnh thông qua.",
            "Quyết toán thu ngân sách nhà nước năm trước là {nn} tỷ đồng, vượt dự toán Trung ương giao.",
            "Dự phòng ngân sách được sử dụng để khắc phục hậu quả thiên tai và các nhiệm vụ cấp bách.",
            "Báo cáo tài chính phản ánh tình hình tài sản, nợ phải trả và nguồn vốn của đơn vị tại ngày 31 tháng 12.",
            "Tiết kiệm {n}% chi thường xuyên để tạo nguồn cải cách tiền lương theo quy định.",
            "Đơn vị công khai bằng hình thức niêm yết tại trụ sở và đăng tải trên trang thông tin điện tử.",
        ],
        "neighbours": ["thong-ke", "dau-tu-dau-thau-mua-sam"],
    },
    "thong-ke": {
        "titles": [
            "Tình hình kinh tế - xã hội tháng {thang} năm {nam}",
            "Niên giám thống kê tỉnh năm {nam}",
            "Chỉ số giá tiêu dùng tháng {thang}/{nam}",
            "Kết quả điều tra lao động việc làm {quy} năm {nam}",
            "Tổng điều tra kinh tế năm {nam}: kết quả sơ bộ",
            "Tốc độ tăng trưởng GRDP {quy} năm {nam}",
        ],
        "sentences": [
            "Tổng sản phẩm trên địa bàn (GRDP) {quy} ước tăng {pct}% so với cùng kỳ năm trước.",
            "Chỉ số giá tiêu dùng (CPI) tháng này tăng {pct}% so với tháng trước và tăng {pct}% so với cùng kỳ.",
            "Chỉ số sản xuất công nghiệp ước tăng {pct}%, trong đó ngành chế biến, chế tạo tăng {pct}%.",
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {nn} tỷ đồng.",
            "Kim ngạch xuất khẩu ước đạt {nn} triệu USD, tăng {pct}% so với cùng kỳ.",
            "Sản lượng lương thực có hạt ước đạt {nn} nghìn tấn, năng suất lúa bình quân {n} tạ/ha.",
            "Dân số trung bình ước tính {nn} nghìn người, tỷ lệ tăng dân số tự nhiên {pct}‰.",
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn {pct}%.",
            "Số liệu sơ bộ do Cục Thống kê tỉnh công bố, có thể được điều chỉnh trong kỳ báo cáo sau.",
            "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm {pct}%, công nghiệp và xây dựng chiếm {n}%.",
            "Cuộc điều tra được thực hiện theo phương pháp chọn mẫu với {nn} hộ dân cư.",
            "Thu nhập bình quân đầu người một tháng đạt {nn} nghìn đồng.",
            "Số doanh nghiệp thành lập mới là {nn} doanh nghiệp, số vốn đăng ký tăng {pct}%.",
            "Niên giám thống kê gồm số liệu về đơn vị hành chính, dân số, lao động, tài khoản quốc gia và các ngành.",
            "Lượng khách du lịch ước đạt {nn} nghìn lượt, doanh thu du lịch tăng {pct}%.",
        ],
        "neighbours": ["tai-chinh-ngan-sach", "chien-luoc-quy-hoach-ke-hoach", "tin-tuc-su-kien"],
    },
    "khoa-hoc-cong-nghe": {
        "titles": [
            "Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm {nam}",
            "Nghiệm thu đề tài {detai}",
            "Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học năm {nam}",
            "Kết quả thực hiện đề tài {detai}",
            "Đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh",
            "Công nhận sáng kiến cấp tỉnh năm {nam}",
        ],
        "sentences": [
            "Đề tài: {detai}; mã số: KHCN-{n}/{nam}.",
            "Chủ nhiệm đề tài: TS. {nguoi}; tổ chức chủ trì: Trường Đại học Vinh.",
            "Hội đồng khoa học cấp tỉnh đã đánh giá, nghiệm thu và xếp loại đề tài đạt mức khá.",
            "Thời gian thực hiện: {n} tháng; kinh phí từ ngân sách sự nghiệp khoa học là {nn} triệu đồng.",
            "Kết quả nghiên cứu đã được ứng dụng tại {n} hợp tác xã, mang lại hiệu quả kinh tế rõ rệt.",
            "Hồ sơ đăng ký tuyển chọn gửi về Sở Khoa học và Công nghệ trước ngày {ngay}.",
            "Nhiệm vụ được giao trực tiếp cho tổ chức có đủ năng lực chuyên môn và cơ sở vật chất.",
            "Sản phẩm của đề tài gồm quy trình kỹ thuật, bài báo khoa học và mô hình trình diễn.",
            "Hội đồng tư vấn xác định nhiệm vụ đã họp, đề xuất danh mục đặt hàng gồm {n} nhiệm vụ.",
            "Chuyển giao công nghệ cho doanh nghiệp giúp nâng cao năng suất và chất lượng sản phẩm.",
            "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước theo quy định.",
            "Sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh, áp dụng hiệu quả trong thực tiễn.",
            "Nhóm nghiên cứu đã khảo sát, thu thập mẫu tại {huyen} và phân tích trong phòng thí nghiệm.",
            "Đề tài cấp cơ sở được nghiệm thu làm tiền đề để đề xuất nhiệm vụ cấp tỉnh.",
        ],
        "neighbours": ["tin-tuc-su-kien", "chien-luoc-quy-hoach-ke-hoach"],
    },
    "hoi-dap-gop-y": {
        "titles": [
            "Lấy ý kiến góp ý dự thảo Nghị quyết về {linhvuc}",
            "Hỏi về thủ tục {thutuc}",
            "Trả lời phản ánh của công dân {xa}",
            "Công dân hỏi về chế độ hưởng trợ cấp",
            "Góp ý dự thảo Quyết định quy định về {linhvuc}",
            "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị tháng {thang}",
            "Bạn đọc hỏi về quy định cấp giấy phép xây dựng",
        ],
        "sentences": [
            "Hỏi: Tôi là {nguoi}, trú tại {xa}, xin hỏi thủ tục {thutuc} cần những giấy tờ gì?",
            "Đáp: Về câu hỏi của ông (bà), {so} trả lời như sau.",
            "Cho tôi hỏi trường hợp của gia đình tôi có được hưởng chính sách hỗ trợ không?",
            "Trả lời: Theo quy định hiện hành, trường hợp của bạn đủ điều kiện được xem xét giải quyết.",
            "{so} đang lấy ý kiến góp ý đối với dự thảo trên Cổng thông tin điện tử tỉnh.",
            "Thời hạn góp ý: từ ngày {ngay} đến hết ngày {ngay}.",
            "Ý kiến góp ý xin gửi bằng văn bản về {so} hoặc qua địa chỉ thư điện tử của cơ quan soạn thảo.",
            "Người gửi: {nguoi}; nội dung phản ánh: đường giao thông liên thôn xuống cấp, gây mất an toàn.",
            "Sau khi tiếp nhận phản ánh, UBND {huyen} đã chỉ đạo kiểm tra, xác minh và trả lời công dân.",
            "Trong tháng, hệ thống tiếp nhận {n} phản ánh, kiến nghị, đã xử lý xong {n} phản ánh.",
            "Ông (bà) có thể liên hệ trực tiếp bộ phận một cửa để được hướng dẫn cụ thể.",
            "Dự thảo và hồ sơ kèm theo được đăng tải toàn văn để tổ chức, cá nhân nghiên cứu, cho ý kiến.",
            "Cảm ơn bạn đọc đã quan tâm, gửi câu hỏi đến Ban biên tập.",
            "Nội dung vướng mắc của doanh nghiệp đã được giải đáp tại hội nghị đối thoại.",
        ],
        "neighbours": ["thu-tuc-hanh-chinh", "pho-bien-phap-luat", "chi-dao-dieu-hanh"],
    },
    "tiep-can-thong-tin": {
        "titles": [
            "Danh mục thông tin phải được công khai của {so}",
            "Quy chế cung cấp thông tin cho công dân của UBND tỉnh",
            "Phiếu yêu cầu cung cấp thông tin",
            "Đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin",
            "Cập nhật danh mục thông tin công khai năm {nam}",
        ],
        "sentences": [
            "Công dân có quyền yêu cầu cung cấp thông tin theo quy định của Luật Tiếp cận thông tin.",
            "Danh mục thông tin phải được công khai gồm tên thông tin, hình thức công khai, thời điểm công khai và đơn vị đầu mối.",
            "Người yêu cầu điền đầy đủ vào Phiếu yêu cầu cung cấp thông tin và gửi trực tiếp hoặc qua mạng điện tử.",
            "Đơn vị đầu mối cung cấp thông tin là Văn phòng, chịu trách nhiệm tiếp nhận và giải quyết yêu cầu.",
            "Thời hạn cung cấp thông tin theo yêu cầu không quá {n} ngày làm việc kể từ ngày nhận yêu cầu hợp lệ.",
            "Thông tin thuộc bí mật nhà nước không được cung cấp; thông tin tiếp cận có điều kiện được cung cấp khi đáp ứng đủ điều kiện.",
            "Danh mục được cập nhật khi có thay đổi và đăng tải trên trang thông tin điện tử của cơ quan.",
            "Chi phí thực tế để in, sao, chụp, gửi thông tin do người yêu cầu chi trả theo quy định.",
            "Việc từ chối cung cấp thông tin phải được trả lời bằng văn bản và nêu rõ lý do.",
            "Cơ quan nhà nước chủ động công khai thông tin một cách kịp thời, chính xác và đầy đủ.",
            "Quy chế quy định việc tiếp nhận, xử lý yêu cầu và cung cấp thông tin trong nội bộ cơ quan.",
        ],
        "neighbours": ["hoi-dap-gop-y", "van-ban"],
    },
    "tuyen-dung": {
        "titles": [
            "Thông báo tuyển dụng viên chức {so} năm {nam}",
            "Kế hoạch thi tuyển công chức cấp xã năm {nam}",
            "Danh sách thí sinh đủ điều kiện dự thi vòng 2",
            "Kết quả tuyển dụng viên chức giáo dục {huyen}",
            "Thông báo xét tuyển giáo viên mầm non, tiểu học năm học {nam}",
            "Triệu tập thí sinh dự phỏng vấn vị trí {vitri}",
        ],
        "sentences": [
            "Chỉ tiêu tuyển dụng: {n} vị trí {vitri} làm việc tại các đơn vị sự nghiệp trực thuộc.",
            "Người đăng ký dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên và có đủ sức khỏe để thực hiện nhiệm vụ.",
            "Hình thức tuyển dụng: thi tuyển qua hai vòng; vòng 1 thi trắc nghiệm trên máy vi tính, vòng 2 thi môn nghiệp vụ chuyên ngành.",
            "Phiếu đăng ký dự tuyển nộp trực tiếp tại {so} hoặc qua đường bưu chính từ ngày {ngay}.",
            "Lệ phí dự tuyển thực hiện theo thông tư của Bộ Tài chính, nộp khi được triệu tập dự thi.",
            "Thí sinh có mặt tại địa điểm thi trước 30 phút, mang theo căn cước công dân.",
            "Danh sách thí sinh đủ điều kiện dự thi vòng 2 được niêm yết tại trụ sở và đăng tải trên trang thông tin điện tử.",
            "Người trúng tuyển phải hoàn thiện hồ sơ tuyển dụng trong thời hạn 30 ngày kể từ ngày nhận thông báo kết quả.",
            "Đối tượng ưu tiên: anh hùng lực lượng vũ trang, thương binh, người dân tộc thiểu số được cộng điểm vào kết quả vòng 2.",
            "Hội đồng tuyển dụng viên chức được thành lập theo quyết định của Giám đốc {so}.",
            "Yêu cầu trình độ: tốt nghiệp đại học trở lên chuyên ngành phù hợp với vị trí việc làm.",
            "Kết quả xét tuyển: {n} thí sinh trúng tuyển, danh sách kèm theo thông báo này.",
            "Thí sinh không trúng tuyển không được bảo lưu kết quả thi cho các kỳ tuyển dụng lần sau.",
        ],
        "neighbours": ["chi-dao-dieu-hanh", "tin-tuc-su-kien"],
    },
}

# Articles per section: as on a real portal, news dominates and a few
# sections are small.
COUNTS = {
    "gioi-thieu": 40, "lien-he": 40, "tin-tuc-su-kien": 80, "chi-dao-dieu-hanh": 60,
    "van-ban": 60, "dieu-uoc-quoc-te": 40, "thu-tuc-hanh-chinh": 50,
    "pho-bien-phap-luat": 55, "chien-luoc-quy-hoach-ke-hoach": 50,
    "dau-tu-dau-thau-mua-sam": 55, "tai-chinh-ngan-sach": 45, "thong-ke": 45,
    "khoa-hoc-cong-nghe": 45, "hoi-dap-gop-y": 50, "tiep-can-thong-tin": 40,
    "tuyen-dung": 50,
}

# Cue phrases and patterns per section for the tests (deliberately few, some
# shared by news that quotes them).
CUES = {
    "gioi-thieu": {"phrases": ["chức năng, nhiệm vụ", "cơ cấu tổ chức", "diện tích tự nhiên"]},
    "lien-he": {"phrases": ["đường dây nóng", "người phát ngôn"], "patterns": [r"@[a-z0-9.-]+\.gov\.vn"]},
    "tin-tuc-su-kien": {"phrases": ["sáng ngày", "tham dự", "phát biểu tại"]},
    "chi-dao-dieu-hanh": {"phrases": ["đôn đốc", "khẩn trương", "lịch công tác", "tiếp công dân"]},
    "van-ban": {"phrases": ["nơi nhận:", "căn cứ luật", "có hiệu lực kể từ ngày"],
                "patterns": [r"\d+/QĐ-UBND", r"\d+/NQ-HĐND"]},
    "dieu-uoc-quoc-te": {"phrases": ["thỏa thuận quốc tế", "bản ghi nhớ", "hiệp định"]},
    "thu-tuc-hanh-chinh": {"phrases": ["thành phần hồ sơ", "thời hạn giải quyết", "trình tự thực hiện"]},
    "pho-bien-phap-luat": {"phrases": ["phổ biến, giáo dục pháp luật", "người dân cần biết", "mức phạt"]},
    "chien-luoc-quy-hoach-ke-hoach": {"phrases": ["quy hoạch", "tầm nhìn đến năm", "đề án"]},
    "dau-tu-dau-thau-mua-sam": {"phrases": ["gói thầu", "nhà thầu", "giải ngân"]},
    "tai-chinh-ngan-sach": {"phrases": ["ngân sách", "quyết toán", "dự toán"]},
    "thong-ke": {"phrases": ["so với cùng kỳ", "chỉ số giá tiêu dùng", "niên giám thống kê"]},
    "khoa-hoc-cong-nghe": {"phrases": ["đề tài", "nghiệm thu", "nhiệm vụ khoa học"]},
    "hoi-dap-gop-y": {"phrases": ["hỏi:", "góp ý", "phản ánh"]},
    "tiep-can-thong-tin": {"phrases": ["tiếp cận thông tin", "yêu cầu cung cấp thông tin"]},
    "tuyen-dung": {"phrases": ["tuyển dụng", "thí sinh", "dự tuyển"]},
}


# Titles that say nothing of the section: several sections use them.
PLAIN_TITLES = [
    "Thông báo số {tb}", "Kế hoạch số {kh}", "Công văn số {cv}",
    "Thông báo của {so}", "Triển khai nhiệm vụ năm {nam}",
]

# News about another section's business: real portals file these under
# news, and they read half like news, half like the other section. They
# are what makes the sections overlap for real.
TOPIC_NEWS_TITLES = [
    "Hội nghị triển khai {topic} tại {huyen}",
    "{chuc} chủ trì họp bàn về {topic}",
    "{huyen} sơ kết công tác {topic}",
    "Tọa đàm về {topic} năm {nam}",
]
TOPIC_OF = {
    "van-ban": "văn bản mới của tỉnh", "thu-tuc-hanh-chinh": "cải cách thủ tục hành chính",
    "pho-bien-phap-luat": "phổ biến pháp luật", "chien-luoc-quy-hoach-ke-hoach": "quy hoạch tỉnh",
    "dau-tu-dau-thau-mua-sam": "giải ngân vốn đầu tư công", "tai-chinh-ngan-sach": "thu, chi ngân sách",
    "thong-ke": "điều tra thống kê", "khoa-hoc-cong-nghe": "nhiệm vụ khoa học và công nghệ",
    "tuyen-dung": "tuyển dụng viên chức", "hoi-dap-gop-y": "tiếp nhận phản ánh, kiến nghị",
    "dieu-uoc-quoc-te": "hợp tác quốc tế", "chi-dao-dieu-hanh": "thực hiện kết luận của tỉnh",
}

SHORT_ENDINGS = [
    "Chi tiết xem tệp đính kèm.", "Xem toàn văn tại đây.",
    "Đề nghị các cơ quan, đơn vị nghiên cứu, thực hiện.",
]


def paragraphs(r, body):
    paras, i = [], 0
    while i < len(body):
        k = r.randint(1, 3)
        paras.append(" ".join(body[i:i + k]))
        i += k
    return "\n".join(paras)


def sprinkle(r, body, pool, k):
    for _ in range(k):
        body.insert(r.randrange(len(body) + 1), fill(r, r.choice(pool)))


def article(r, slug, spec):
    own = spec["sentences"]
    shape = r.random()
    if slug == "tin-tuc-su-kien" and shape < 0.3:
        other = r.choice(sorted(TOPIC_OF))
        title = fill(r, r.choice(TOPIC_NEWS_TITLES).replace("{topic}", TOPIC_OF[other]))
        body = [fill(r, x) for x in r.sample(own, r.randint(2, 4))]
        sprinkle(r, body, SECTIONS[other]["sentences"], r.randint(1, 3))
        sprinkle(r, body, GENERIC, r.randint(0, 2))
        return title, paragraphs(r, body)
    titles = spec["titles"] + (PLAIN_TITLES if slug != "tin-tuc-su-kien" else [])
    title = fill(r, r.choice(titles))
    if shape > 0.9:
        # A title and a line or two: the body is an attachment.
        body = [fill(r, r.choice(own)), r.choice(SHORT_ENDINGS)]
        return title, paragraphs(r, body)
    body = [fill(r, x) for x in r.sample(own, min(len(own), r.randint(2, 6)))]
    # Neighbouring sections' sentences: the overlap real portals have.
    for _ in range(r.choice([0, 1, 1, 2, 3])):
        sprinkle(r, body, SECTIONS[r.choice(spec["neighbours"])]["sentences"], 1)
    sprinkle(r, body, GENERIC, r.randint(1, 3))
    return title, paragraphs(r, body)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "crates", "classify", "tests", "data")
    os.makedirs(out, exist_ok=True)
    r = random.Random(SEED)
    rows = []
    for slug, spec in SECTIONS.items():
        for i in range(COUNTS[slug]):
            title, text = article(r, slug, spec)
            rows.append({"key": f"{slug}/{i + 1}", "section": slug, "title": title, "text": text})
    # Interleave sections, as a dump lists articles by id, not by section.
    r.shuffle(rows)
    with open(os.path.join(out, "labelled.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    cues = [{"slug": s, "phrases": CUES[s].get("phrases", []),
             "patterns": CUES[s].get("patterns", [])} for s in SECTIONS]
    with open(os.path.join(out, "cues.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(cues, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(rows)} articles, {len(SECTIONS)} sections", file=sys.stderr)


if __name__ == "__main__":
    main()
