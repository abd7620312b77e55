#!/usr/bin/env python3
"""Writes crates/vnenc/tests/data/corpus-vi.txt, the Vietnamese test corpus.

The corpus evaluates charset detection and cross-checks the legacy charset
tables against glibc iconv (crates/vnenc/tests/iconv_corpus.rs). Each line
is ``<class>\\t<text>``; the classes are, in this order:

``word``      one syllable or word, mostly toned, grouped by rhyme family;
``short``     2-4 words: people, places, offices, short labels;
``title``     5-15 words, headline of a provincial or district portal;
``sentence``  15-40 words;
``paragraph`` 60-150 words;
``caps``      3-12 words, ALL CAPS headings;
``mixed``     Vietnamese with English or technical terms, codes, numbers,
              URLs, document numbers;
``ascii``     pure ASCII: English, unaccented Vietnamese, codes, dates and
              punctuation that VIQR and VNI readers may mistake for marks.

Everything below was written for this project (fictional news of fictional
meetings in real places). A large share of the lines is hand-written as is;
the rest is combined from hand-written parts (titles from templates, places
and topics, paragraphs from per-topic sentences) with a seeded RNG, so the
output is the same bytes on every run.

Tone placement: the hand-written text uses the traditional placement
("hòa", "khỏe", "thủy"). Of the lines where the two placements differ,
every third is rewritten in the modern placement ("hoà", "khoẻ", "thuỷ").

Text is NFC and uses only printable ASCII and the 134 non-ASCII Vietnamese
letters, so that every line can be encoded in every legacy charset.

Usage: python3 scripts/gen-vi-corpus.py [--output PATH] [--stats]
Python 3.8+, standard library only.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 5712

CLASSES = ["word", "short", "title", "sentence", "paragraph", "caps", "mixed", "ascii"]

# Minimum number of lines per class and allowed word counts.
MINIMUM = {
    "word": 300,
    "short": 150,
    "title": 400,
    "sentence": 250,
    "paragraph": 60,
    "caps": 120,
    "mixed": 150,
    "ascii": 100,
}
WORD_RANGE = {
    "word": (1, 1),
    "short": (2, 4),
    "title": (5, 15),
    "sentence": (15, 40),
    "paragraph": (60, 150),
    "caps": (3, 12),
}

VOWELS = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
    "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
]


def vietnamese_letters() -> list[str]:
    """The 134 non-ASCII Vietnamese letters, lowercase then uppercase."""
    lower = [c for v in VOWELS for c in v if not c.isascii()] + ["đ"]
    return lower + [c.upper() for c in lower]


LETTERS = vietnamese_letters()
assert len(LETTERS) == 134
ALLOWED = set(LETTERS) | {chr(c) for c in range(0x20, 0x7F)}


def items(block: str) -> list[str]:
    """Non-empty stripped lines of a hand-written block."""
    return [l.strip() for l in block.strip().splitlines() if l.strip()]


# --------------------------------------------------------------------------
# Tone placement for "oa", "oe", "uy" without a final consonant
# --------------------------------------------------------------------------

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_CLUSTER = re.compile(r"([bcdđghklmnprstvx]*)(oa|oe|uy)")


def restyle_word(word: str, modern: bool) -> str:
    """Moves the tone of an open "oa"/"oe"/"uy" syllable: onto the second
    vowel (modern, "hoà") or the first (traditional, "hòa")."""
    nfd = unicodedata.normalize("NFD", word)
    parts: list[list[str]] = []
    for ch in nfd:
        if unicodedata.combining(ch) and parts:
            parts[-1][1] += ch
        else:
            parts.append([ch, ""])
    bases = "".join(p[0] for p in parts).lower()
    m = _CLUSTER.fullmatch(bases)
    if not m or m.group(1).endswith("q"):
        return word  # "quý": the "u" belongs to the consonant "qu"
    i = len(m.group(1))
    tone = ""
    for k in (i, i + 1):
        for t in TONE_MARKS:
            if t in parts[k][1]:
                tone = t
                parts[k][1] = parts[k][1].replace(t, "")
    if not tone:
        return word
    k = i + 1 if modern else i
    parts[k][1] += tone
    return unicodedata.normalize("NFC", "".join(b + m for b, m in parts))


def restyle(text: str, modern: bool) -> str:
    return re.sub(r"\w+", lambda m: restyle_word(m.group(0), modern), text)


# --------------------------------------------------------------------------
# word: grouped by rhyme family (one group a line), a few capitalised
# --------------------------------------------------------------------------

WORDS = """
ba cà lá tả ngã mạ Hà
các nhạc lạc bác vạc
sách mạch khách bạch chạch lách
hai mái cải vãi hại tài
tám cảm làm nạm xám
bán làn cản hạn nản
vàng sáng hạng lãng bảng
anh cành tránh mảnh lạnh lãnh
cao báo hảo bão tạo bào
đáp tháp cạp sạp
hát bạt mát nhạt cát
cháu màu sáu nhau đau
bày máy tay bảy hãy lạy
mặc bắc đắc tắc Bắc
tắm chăm nằm gặm thẳm
ăn cắn gắn ngắn lặn nhẵn
căng thắng hằng rặng vẳng bẵng
gặp sắp lắp khắp
mắt đặt cắt bắt gắt mặt
bậc nhấc gấc tấc
tâm cấm lẫm thẩm nấm trầm
dân lần phấn cẩn vẫn bận
tầng nâng vâng
tập lập cấp ngập thấp
tất bật nhất vật thật ngất
câu đầu sâu cẩu xấu dậu
mây cấy thầy bẩy đẫy vậy
mẹ xe vẽ bé kẻ hè
séc
kém thèm hẻm kẽm
đen khen hẹn thẹn xén
kẻng xẻng
mèo kéo dẻo bẽo nghèo vẹo
đẹp kẹp dép hẹp
mét hét khét sét vẹt nét
bế lễ kể bề nghệ
ếch lệch mếch chệch xếch
đêm thềm mềm nếm
trên bến nến quên rền bện
kênh lệnh bệnh mệnh ghềnh chểnh
bếp xếp nếp rệp
hết tết mệt dệt kết
kêu nếu lều phễu rêu đều
đi kì chị sĩ chỉ bí
kìa chia mía nghĩa tỉa địa
lịch thích ích xích kịch
việc tiếc xiếc chiếc diệc
kiểm niềm chiếm hiếm diễm điểm
tiền biển miền diễn điện chiến
riêng tiếng khiêng liệng miếng nghiêng giếng
nghiệp tiếp kiếp diếp thiếp
biết thiết miệt tiết triệt
nhiều hiểu kiểu điều biếu liệu
kìm chìm lịm tím mỉm
kín chín vịn mìn nín
tỉnh bình lính kính thịnh Vĩnh
kịp nhịp híp bịp
ít thịt mít khít vịt
dịu chịu níu xíu rìu trĩu
có lò bỏ võ họ
hòa tòa xóa họa thỏa
khoác toạc xoạc
hoạch
ngoài khoái loài thoải hoại xoài
ngoạm
toán hoàn khoản đoạn loạn Đoàn
hoàng khoảng choáng thoáng hoảng
hoành khoanh
ngoáo
ngoạp
hoạt thoát loát toát khoát soát
ngoáy
ngoặc hoặc
hoắm
xoắn ngoằn
hoẵng loằng
ngoặt thoắt hoắt choắt
học đọc cóc lọc sóc tóc
khỏe xòe lóe nhòe
nhoẻn
ngoẻo ngoèo ngoẹo
khoét toét xoẹt
đòi gói mỏi nói còi hỏi
chòm tóm nhóm đóm
nón lọn hòn
bóng mỏng võng họng dòng vọng
moóc soóc
goòng
họp góp cọp chóp
ngọt tót rót sót lọt hót
tổ hồ số bộ cỗ đỗ
quốc cốc độc gốc mộc tốc
đổi mỗi hội nổi gối rồi
cốm nộm chồm gồm đốm
tồn tốn ổn hỗn bộn
cộng đồng ống trống thống
hộp tốp lốp gộp nộp
một tốt cốt dột lột bột
cờ sớ mở đỡ chợ
mới lời đợi bởi với tới
thơm sớm bợm bờm
lớn hơn gợn hờn lởn
lớp hợp đớp rợp chớp
ớt vớt chợt bớt thớt
cũ tụ lú mù củ
đùa của lúa múa đũa chùa
luận tuần quân khuân thuận Huấn
khuâng quầng
thuật luật xuất khuất tuất
khuấy quầy quẩy nguẩy
cục chúc lục đúc nhục phúc trúc
thuế Huế huệ tuế
khuếch nguệch huếch
huênh chuếnh khuềnh
củi mũi núi lùi bụi tủi
chùm tụm cúm trùm núm
bún cùn lún nhún
cùng dũng hùng trúng thủng vụng
thuở huơ quờ
thuộc cuộc buộc đuốc thuốc luộc
tuổi buổi muối chuối suối
buồm nhuộm luộm muỗm
muốn buồn cuốn nguồn muộn
chuông xuống uống luống tuồng
suốt chuột buột tuột nuốt ruột
giúp chụp búp sụp húp
phút bút út lụt rút trút
thủy lũy tùy hủy khuy ủy Thụy
khuya
huỵch uỵch
huyện tuyển chuyện khuyến truyền luyện Nguyễn thuyền
tuyết huyết khuyết tuyệt quyết duyệt nguyệt
huỳnh khuỳnh quỳnh Huỳnh
tuýp
huýt xuýt suýt
khuỷu khuỵu
từ cử sự tự giữ lữ
cửa lửa giữa bữa thừa
sức lực chức thực mực đức
gửi ngửi
những từng vững mừng chứng dựng
nước bước được trước lược thước
người mười cười lưới bưởi
bướm gươm ướm lượm nườm
vườn mượn sườn vượn
trường lương thưởng dưỡng tượng Hương
cướp ướp mướp nượp
lướt trượt mượt vượt thướt rượt
rượu hươu bướu khướu
mứt đứt nứt sứt vứt
cứu hưu cừu lựu hữu
ý kỳ Mỹ lý kỷ kỹ
yếm yểm
yến
yểng
yết
yếu yểu
quạu quẹo quậy quỵ quặng quét quẹt
nghỉ nghĩ nghề nghẹn nghịch nghiệm
gìn ghế ghẹ gỗ gỡ gậy
Đắk Lắk Ấp Ủy Ý Ỷ Ỳ Ốc Ổi Ở Ước Ứng Ừ Ẩn Ẩm Ấn Ầm Ẵm Ắt Ẳng Ặc Ỡm Ơn
Ếch Ễnh Ẻo Ỉm Ì Ít Ọp Ó Õng Ỏn Ổn Ộp Ồn Ống Ờ Ớt Ợ Ửng Ủ Ụ Ù Ú Ả Ạ À Á
Ập Ế Èo Ép Ánh Ải Ảnh Ấm Ốm Ủng Ưu Ứ Yết Yến Ỏi
Ăn Âm Ênh Ôm Ơi Ưng Điện Đường Đoàn Đồng
"""

# --------------------------------------------------------------------------
# Places and people (used by short lines and templates)
# --------------------------------------------------------------------------

PROVINCES = items("""
Sơn La
Điện Biên
Lai Châu
Lào Cai
Hà Giang
Cao Bằng
Bắc Kạn
Lạng Sơn
Tuyên Quang
Yên Bái
Thái Nguyên
Phú Thọ
Vĩnh Phúc
Bắc Giang
Bắc Ninh
Quảng Ninh
Hải Dương
Hưng Yên
Thái Bình
Nam Định
Hà Nam
Ninh Bình
Hòa Bình
Thanh Hóa
Nghệ An
Hà Tĩnh
Quảng Bình
Quảng Trị
Thừa Thiên Huế
Quảng Nam
Quảng Ngãi
Bình Định
Phú Yên
Khánh Hòa
Ninh Thuận
Bình Thuận
Kon Tum
Gia Lai
Đắk Lắk
Đắk Nông
Lâm Đồng
Bình Phước
Tây Ninh
Bình Dương
Đồng Nai
Long An
Tiền Giang
Bến Tre
Trà Vinh
Vĩnh Long
Đồng Tháp
An Giang
Kiên Giang
Hậu Giang
Sóc Trăng
Bạc Liêu
Cà Mau
""")

DISTRICTS = items("""
Vĩnh Tường
Bình Sơn
Mộc Châu
Mường La
Sìn Hồ
Mù Cang Chải
Bắc Hà
Đồng Văn
Mèo Vạc
Quỳnh Nhai
Yên Thế
Tam Đảo
Quỳ Hợp
Con Cuông
Hương Khê
Lệ Thủy
Hướng Hóa
A Lưới
Phong Điền
Núi Thành
Ba Tơ
Sơn Tịnh
Hoài Nhơn
Tuy An
Vạn Ninh
Ninh Hải
Tuy Phong
Krông Pắc
Ea Súp
Đức Trọng
Bù Đăng
Cần Giuộc
Chợ Gạo
Mỏ Cày Bắc
Cầu Kè
Tam Nông
Tri Tôn
U Minh
Năm Căn
Ngọc Hiển
Kỳ Anh
Cẩm Xuyên
Thạch Hà
Diễn Châu
Quỳnh Lưu
Hậu Lộc
Nga Sơn
Kim Sơn
Hải Hậu
Tiền Hải
Văn Lâm
Thuận Thành
Lục Ngạn
Đình Lập
Trùng Khánh
Bảo Lạc
Na Rì
Chợ Đồn
Yên Minh
Lục Yên
Thanh Sơn
Đại Từ
Sông Lô
Lập Thạch
Ý Yên
Kim Bảng
Lý Nhân
Mai Châu
Đà Bắc
Tủa Chùa
Mường Nhé
Phong Thổ
Tân Uyên
Than Uyên
Bát Xát
Si Ma Cai
Hoàng Su Phì
Xín Mần
Bảo Yên
Thọ Xuân
Ngọc Lặc
Quế Phong
Tương Dương
Vũ Quang
Tuyên Hóa
Minh Hóa
Đakrông
Nam Đông
Tây Giang
Đăk Glei
Kbang
Chư Prông
Lắk
Cát Tiên
""")

COMMUNES = items("""
Chiềng Sinh
Chiềng Ngần
Mường Khiêng
Tân Lập
Đông Sơn
Nghĩa Hưng
Hòa Tiến
Xuân Thủy
Phú Lộc
Thạnh Mỹ
Tịnh Kỳ
Bình Thạnh
Quảng Phú
Cẩm Lệ
Hải Yến
Tả Van
Lũng Cú
Sủng Là
Pà Vầy Sủ
Nậm Nhùn
Y Tý
Ea Tiêu
Đắk Mil
Vĩnh Hảo
Lộc Thủy
Thủy Xuân
Thụy Hương
Ngọc Thụy
Hòa Xuân
Khánh Hòa
""")

SURNAMES = items("""
Nguyễn
Trần
Lê
Phạm
Hoàng
Huỳnh
Phan
Vũ
Võ
Đặng
Bùi
Đỗ
Hồ
Ngô
Dương
Lý
Đinh
Lò
Lường
Quàng
Cầm
Hà
Triệu
Lục
""")

MIDDLE = items("""
Văn
Thị
Đức
Minh
Ngọc
Thanh
Hữu
Quốc
Xuân
Thu
Kim
Bảo
""")

GIVEN = items("""
An
Bình
Cường
Dũng
Duyên
Giang
Hằng
Hiếu
Hòa
Hùng
Hương
Khánh
Khoa
Lan
Linh
Loan
Mai
Nga
Ngân
Nhung
Phúc
Phượng
Quân
Quyên
Sơn
Tâm
Thảo
Thắm
Thủy
Trâm
Trường
Tuấn
Tuyết
Uyên
Vân
Việt
Xuân
Yến
Ánh
Ẩn
Ửng
""")

# --------------------------------------------------------------------------
# short: hand-written
# --------------------------------------------------------------------------

SHORT = items("""
Hòa Bình
Sở Y tế
Sở Tư pháp
Sở Nội vụ
Sở Tài chính
Sở Công Thương
Sở Xây dựng
Sở Giao thông vận tải
Sở Tài nguyên và Môi trường
Sở Khoa học và Công nghệ
Sở Lao động
Ban Dân tộc
Thanh tra tỉnh
Kho bạc Nhà nước
Công an huyện
Bộ đội Biên phòng
Hội Nông dân
Hội Cựu chiến binh
Hội Liên hiệp Phụ nữ
Đoàn Thanh niên
Mặt trận Tổ quốc
Văn phòng HĐND
Trung tâm Y tế
Bệnh viện Đa khoa
Trạm Y tế xã
Trường Mầm non
Trường Tiểu học
Nhà văn hóa
Thư viện tỉnh
Bảo tàng tỉnh
Tin tức
Thông báo
Văn bản mới
Lịch công tác
Hỏi đáp
Liên hệ
Giới thiệu
Sơ đồ cổng
Tin nổi bật
Ảnh hoạt động
Thủ tục hành chính
Dịch vụ công
Góp ý dự thảo
Tuyển dụng
Đấu thầu
Giá cả thị trường
Dự báo thời tiết
Chỉ đạo điều hành
Cải cách hành chính
Chuyển đổi số
Nông thôn mới
Quốc phòng an ninh
An toàn giao thông
Phòng chống thiên tai
Xóa đói giảm nghèo
Bảo hiểm y tế
Bầu cử
Kỷ niệm chương
Bằng khen
Giấy khen
Chiến sĩ thi đua
Tết Nguyên đán
Tết Độc lập
Lễ hội Đền Hùng
Hội Lim
Chợ phiên
Ruộng bậc thang
Cây chè Shan
Quả vải thiều
Cà phê Buôn Ma Thuột
Hồ tiêu
Thanh long
Xoài cát
Bưởi Diễn
Cam Vinh
Nhãn lồng
Nước mắm
Gạo tám thơm
Mận hậu
Đèo Pha Đin
Cao nguyên đá
Vịnh Hạ Long
Phố cổ Hội An
Cố đô Huế
Đồi chè
Thác Bản Giốc
Núi Bà Đen
Đảo Phú Quốc
Sông Đà
Sông Hồng
Sông Mã
Biển Đông
Quần đảo Trường Sa
Ông Nguyễn Văn Thắng
Bà Trần Thị Thắm
Chị Lò Thị Ửng
Anh Quàng Văn Ẩn
Đồng chí Bí thư
Phó Chủ tịch
Chủ tịch UBND
Trưởng phòng
Phó Giám đốc
Cán bộ địa chính
Công chức tư pháp
Người có uy tín
Già làng
Trưởng bản
Bản Lướt
Bản Mường
Xóm Đồng Chằm
Thôn Thủy Lợi
Ấp Hòa Thuận
Phường Tân Thịnh
Thị trấn Ít Ong
Huyện lỵ cũ
Tỉnh lỵ Điện Biên Phủ
Năm học mới
Mùa lũ
Mưa đá
Rét đậm rét hại
Dịch tả lợn
Cúm gia cầm
Sốt xuất huyết
Tiêm chủng mở rộng
Khám sức khỏe
Tháng hành động
Ngày hội đại đoàn kết
Vì người nghèo
Đền ơn đáp nghĩa
Nhà tình nghĩa
Mẹ Việt Nam anh hùng
Thương binh liệt sĩ
Gương sáng
Người tốt việc tốt
Khuyến học
Ngày sách Việt Nam
Kỳ họp thứ Bảy
Phiên chất vấn
Tiếp công dân
Đơn thư khiếu nại
Quy hoạch sử dụng đất
Giải phóng mặt bằng
Bồi thường hỗ trợ
Đường tỉnh 279
Quốc lộ 6
Cầu treo
Kè chống sạt lở
Thủy điện nhỏ
Thủy lợi phí
Ủy ban kiểm tra
Ủy viên thường vụ
Tòa án nhân dân
Viện kiểm sát
Thi hành án
Tòa soạn báo
Đài truyền thanh
Trang thông tin
Cổng thông tin điện tử
Hộp thư góp ý
Lượt truy cập
Bài viết liên quan
Xem tiếp
Quay lại
In bài viết
""")

# --------------------------------------------------------------------------
# title: hand-written headlines
# --------------------------------------------------------------------------

TITLES = items("""
Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng Chín
Huyện Mộc Châu tổng kết năm học và triển khai nhiệm vụ năm học mới
Khánh thành cầu treo bản Hua Púng sau bốn tháng thi công
Hội nghị trực tuyến sơ kết sáu tháng thực hiện Nghị quyết của Tỉnh ủy
Nông dân Yên Châu trúng mùa xoài tròn, giá bán ổn định
Tăng cường phòng chống dịch sốt xuất huyết trong mùa mưa
Xã Chiềng Sinh về đích nông thôn mới nâng cao
Ra mắt mô hình khu dân cư an toàn về an ninh trật tự
Kiểm tra công tác chuẩn bị thi tốt nghiệp trung học phổ thông
Đoàn công tác của tỉnh thăm và tặng quà các gia đình chính sách
Khai mạc Hội thi văn nghệ quần chúng các dân tộc lần thứ X
Người dân vùng cao đổi đời nhờ trồng cây ăn quả trên đất dốc
Tập huấn kỹ năng ứng dụng công nghệ thông tin cho cán bộ cấp xã
Hội đồng nhân dân huyện khóa XX tổ chức kỳ họp chuyên đề
Phát động phong trào thi đua cao điểm chào mừng Đại hội Đảng bộ
Cảnh báo lừa đảo qua điện thoại mạo danh cơ quan thuế
Mưa lớn gây sạt lở taluy dương trên tuyến đường tỉnh
Lãnh đạo tỉnh tiếp công dân định kỳ tháng Mười
Trao bằng khen cho các tập thể có thành tích xuất sắc
Tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới
Hơn ba trăm vận động viên tham gia giải việt dã truyền thống
Đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm
Ngành y tế triển khai chiến dịch tiêm vắc xin sởi cho trẻ em
Nâng cao chất lượng tiếp nhận và trả kết quả hồ sơ một cửa
Họp báo công bố chỉ số cải cách hành chính của tỉnh
Ban hành kế hoạch phòng chống rét cho gia súc vùng cao
Cựu chiến binh huyện giúp nhau phát triển kinh tế gia đình
Bàn giao nhà đại đoàn kết cho hộ nghèo ở bản Phiêng Lanh
Trường Phổ thông dân tộc nội trú khai giảng năm học mới
Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp chín
Thu hoạch vụ lúa xuân, năng suất ước đạt sáu tấn mỗi héc ta
Hướng dẫn đăng ký khai sinh trực tuyến trên Cổng dịch vụ công
Đảm bảo an toàn giao thông dịp nghỉ lễ Quốc khánh
Xử lý nghiêm các trường hợp khai thác cát trái phép trên sông
Ký kết quy chế phối hợp giữa Ủy ban Mặt trận và Hội Nông dân
Gặp mặt đầu xuân các già làng, trưởng bản, người có uy tín
Chủ động ứng phó với cơn bão số ba và mưa lũ sau bão
Tuyên dương học sinh nghèo vượt khó học giỏi năm học vừa qua
Đồng chí Phó Chủ tịch tỉnh kiểm tra tiến độ dự án hồ chứa nước
Lễ hội Xên bản, Xên mường được công nhận di sản văn hóa
Nhân rộng mô hình nuôi cá lồng trên lòng hồ thủy điện
Sơ kết ba năm thực hiện đề án phát triển du lịch cộng đồng
Cấp giấy chứng nhận quyền sử dụng đất cho đồng bào tái định cư
Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm nay
Hội thảo khoa học về bảo tồn chữ viết cổ của người Thái
Giải bóng đá thiếu niên nhi đồng khép lại sau mười ngày tranh tài
Đội tuyển bóng chuyền nữ của huyện giành huy chương vàng
Chương trình nghệ thuật chào mừng kỷ niệm ngày thành lập tỉnh
Khởi công xây dựng trụ sở làm việc Đảng ủy, Ủy ban xã
Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trường học
Phát hiện và xử lý cơ sở kinh doanh hàng giả, hàng kém chất lượng
Hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân
Quản lý chặt chẽ việc giết mổ gia súc, gia cầm trên địa bàn
Nâng cấp tuyến đường liên xã, người dân hiến hơn hai nghìn mét vuông đất
Bản tin giá cả thị trường tuần thứ hai tháng Ba
Lấy ý kiến nhân dân đối với dự thảo sửa đổi Hiến pháp
Diễn tập khu vực phòng thủ huyện đạt kết quả tốt
Thanh niên tình nguyện giúp đồng bào vùng lũ dọn dẹp nhà cửa
Lớp bồi dưỡng lý luận chính trị cho đảng viên mới
Đền bù giải phóng mặt bằng dự án mở rộng quốc lộ
Tháo gỡ khó khăn cho doanh nghiệp nhỏ và vừa sau dịch
Tổ chức Ngày hội văn hóa, thể thao các dân tộc vùng biên giới
Trao học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn
Hoàn thành việc chi trả trợ cấp cho người có công trước Tết
Cảnh giác với bệnh dại, tiêm phòng cho chó mèo đúng lịch
Phê duyệt quy hoạch chung xây dựng đô thị mới phía nam tỉnh
Bình chọn sản phẩm OCOP đạt ba sao và bốn sao
Thực hiện nghiêm quy định về nồng độ cồn khi lái xe
Lễ ra quân huấn luyện năm mới của lực lượng vũ trang tỉnh
Xét tặng danh hiệu Nghệ nhân ưu tú trong lĩnh vực di sản văn hóa
Hợp tác xã chè Tà Xùa xuất khẩu lô hàng đầu tiên
Trường Trung học cơ sở thị trấn đạt chuẩn quốc gia mức độ hai
Huyện đoàn phát động trồng cây xanh nhân dịp đầu xuân
Ủy ban kiểm tra Huyện ủy giám sát việc kê khai tài sản
Chấn chỉnh tình trạng đổ rác thải không đúng nơi quy định
Thời tiết những ngày tới: trời rét, vùng núi cao có băng giá
Nhiều hoạt động ý nghĩa hướng về biển đảo quê hương
Người khuyết tật được học nghề may và sửa chữa xe máy miễn phí
Tổng kết công tác dân số, kế hoạch hóa gia đình năm qua
Hỗ trợ vốn vay ưu đãi cho hộ mới thoát nghèo
Kỳ thi tuyển sinh vào lớp mười diễn ra an toàn, nghiêm túc
Cả nước hướng về Điện Biên trong dịp kỷ niệm chiến thắng lịch sử
Nghiệm thu công trình kênh mương nội đồng xã Thụy Hương
Bệnh viện huyện tiếp nhận máy chụp cắt lớp mới
Trên bốn nghìn lượt người được khám và cấp thuốc miễn phí
Khắc phục hậu quả trận mưa đá làm tốc mái hàng trăm ngôi nhà
Phục dựng lễ cấp sắc của người Dao đỏ
Ngăn chặn tình trạng tảo hôn và hôn nhân cận huyết thống
Người cao tuổi tích cực tham gia phong trào thể dục dưỡng sinh
Thủ tướng Chính phủ gửi thư khen lực lượng cứu hộ cứu nạn
Thí điểm thu phí dịch vụ thu gom rác thải sinh hoạt theo khối lượng
Giải quyết dứt điểm đơn thư khiếu nại tồn đọng kéo dài
Gỡ vướng trong thu hồi đất dự án khu công nghiệp
Doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư vào tỉnh
Lão nông sáu mươi tuổi làm giàu từ nuôi ong lấy mật
Cô giáo vùng cao mười năm bám bản gieo chữ
Chàng trai người Mông khởi nghiệp với rượu ngô men lá
Nữ cán bộ địa chính tận tụy với công việc ở xã biên giới
Con đường bê tông nối ước mơ của bản nghèo
Ngôi trường mới khang trang giữa đại ngàn
Ổn định đời sống đồng bào sau trận lũ quét lịch sử
Thêm một xã đạt chuẩn tiếp cận pháp luật
Vì sao tiến độ dự án đường nối hai huyện còn chậm?
Nông sản rớt giá, người trồng dưa hấu lao đao
Đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh
Công bố quyết định chỉ định Bí thư Huyện ủy nhiệm kỳ mới
Quyết tâm không để dịch bệnh lây lan trong đàn gia súc
Đưa thông tin khoa học kỹ thuật về với bà con vùng sâu
Thanh tra việc quản lý, sử dụng quỹ đất công ích
Trao quyết định nghỉ hưu cho cán bộ, công chức
Rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới
Lắp đặt hệ thống đèn năng lượng mặt trời cho các thôn bản
Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số bảy
Tọa đàm kỷ niệm ngày Nhà giáo Việt Nam hai mươi tháng Mười một
Ngăn ngừa cháy rừng trong mùa khô hanh
Hạ thủy tàu cá vỏ thép cho ngư dân bám biển
Ngư dân trúng đậm mẻ cá ngừ đại dương đầu vụ
Đón nhận Huân chương Lao động hạng Ba
Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số bằng tiếng mẹ đẻ
Thanh niên xung phong năm xưa về thăm chiến trường cũ
Hồ sơ trực tuyến toàn trình tăng gấp đôi so với cùng kỳ
Ra quân làm đường giao thông nông thôn mùa khô
Mở lớp xóa mù chữ cho phụ nữ người Khơ Mú
Thu ngân sách nhà nước chín tháng vượt dự toán
Nhiều đặc sản vùng miền hội tụ tại hội chợ xúc tiến thương mại
Hội nghị tổng kết mười năm thực hiện Luật Hòa giải ở cơ sở
Đài tưởng niệm liệt sĩ xã được trùng tu, tôn tạo
Lũ ống bất ngờ cuốn trôi cầu tạm ở bản Nà Sản
Học sinh tiểu học phải lội suối đến trường mùa mưa
Lời cảm ơn của gia đình bệnh nhân gửi đội ngũ y bác sĩ
Xe khách lật xuống vực, may mắn không có thương vong
Điều chỉnh phân luồng giao thông phục vụ lễ hội đầu năm
Kết nạp đảng viên là học sinh trung học phổ thông
Lớp học tình thương của nhà sư ở chùa làng
Bảo tồn nghề dệt thổ cẩm truyền thống của người Thái trắng
Độc đáo lễ hội cầu mưa của đồng bào Hà Nhì
Mùa hoa ban nở trắng núi rừng Tây Bắc
Tôn vinh doanh nghiệp tiêu biểu và doanh nhân xuất sắc
Chuẩn bị chu đáo cho lễ giao nhận quân năm nay
Thanh niên lên đường nhập ngũ với tinh thần phấn khởi
Gặp mặt tân sinh viên người dân tộc thiểu số
Sạt lở bờ sông uy hiếp hàng chục hộ dân ven sông Lô
Thủy sản nuôi chết hàng loạt do nắng nóng kéo dài
Khuyến cáo người dân không ăn nấm lạ hái trong rừng
Tặng xe đạp cho học sinh nữ ở các xã khó khăn
Đường điện về bản, ánh sáng về từng mái nhà
Chi bộ bản Ỏ mở rộng mô hình chăn nuôi dê
Hỏi đáp về chế độ bảo hiểm xã hội một lần
Những điều cần biết khi làm căn cước công dân gắn chíp
Giải đáp kiến nghị của cử tri trước kỳ họp
Kỷ luật cảnh cáo hai đảng viên vi phạm quy định
Nghiêm cấm đốt pháo nổ dịp Tết Nguyên đán
Bão số năm đổ bộ, hàng nghìn ha lúa bị ngập úng
Sẵn sàng lực lượng, phương tiện ứng cứu khi có sự cố đê điều
Triển khai thu thập dữ liệu dân cư tại cơ sở
Ý kiến của bạn đọc về tình trạng xe quá tải
Chị em phụ nữ thi gói bánh chưng xanh đón Tết
Ấm lòng bữa cơm có thịt cho học sinh bán trú
Xuất hiện đàn voọc quý hiếm tại khu bảo tồn thiên nhiên
Vườn quốc gia cứu hộ cá thể khỉ mặt đỏ
Tìm thấy thi thể nạn nhân mất tích do lũ cuốn
Hàng trăm hộ dân nhận nước sạch từ công trình tự chảy
Nhà văn hóa bản xuống cấp, người dân mong được sửa chữa
Ưu tiên nguồn lực cho giáo dục vùng đặc biệt khó khăn
Cuộc thi tìm hiểu lịch sử Đảng bộ huyện thu hút đông người tham gia
Ông đồ già cho chữ đầu xuân tại Văn Miếu
Gìn giữ tiếng khèn Mông giữa đời sống hiện đại
Từ ngày mùng một tháng Bảy, áp dụng mức lương cơ sở mới
Giảm mười phần trăm phí trước bạ cho xe máy điện
Đổi mới phương pháp dạy học theo chương trình giáo dục phổ thông mới
Tỉ lệ trẻ em suy dinh dưỡng thấp còi giảm mạnh
Trạm y tế xã vùng sâu thiếu bác sĩ, thiếu thuốc
Gần hai mươi nghìn người lao động đã có việc làm mới
Ủng hộ đồng bào miền Trung bị thiệt hại do bão lũ
Thực hư thông tin giá đất tăng đột biến ở khu tái định cư
Quỹ tín dụng nhân dân mở rộng cho vay sản xuất nông nghiệp
Người nuôi lợn thấp thỏm vì dịch tả lợn châu Phi quay lại
Lực lượng kiểm lâm bắt giữ xe chở gỗ lậu trong đêm
Khai trương tuyến xe buýt nối trung tâm tỉnh với các huyện phía tây
Tỉnh đoàn tuyên dương mười gương mặt trẻ tiêu biểu
Bé gái bảy tuổi mắc bệnh hiểm nghèo cần sự giúp đỡ
Thu hồi giấy phép của cơ sở khám chữa bệnh không đủ điều kiện
Quảng bá sản phẩm mật ong bạc hà trên sàn thương mại điện tử
Cấm xe trọng tải lớn qua cầu Đá trong thời gian sửa chữa
Ngắm ruộng bậc thang mùa nước đổ ở Mù Cang Chải
Nghệ nhân ưu tú giữ lửa nghề rèn truyền thống
Con đường thẳng tắp dẫn vào trung tâm xã mới
Chẳng ngại đường xa, bác sĩ trẻ lên bản khám bệnh
Hẳn một đời người gắn bó với nghề giữ rừng
""")

# --------------------------------------------------------------------------
# title: templates
# --------------------------------------------------------------------------

MEETINGS = items("""
tổng kết công tác năm và triển khai nhiệm vụ năm mới
sơ kết công tác sáu tháng đầu năm
giao ban khối nội chính quý III
đánh giá kết quả cải cách hành chính
về công tác phòng chống thiên tai và tìm kiếm cứu nạn
lấy ý kiến góp ý dự thảo quy hoạch
đối thoại với doanh nghiệp và hợp tác xã
tập huấn nghiệp vụ kế toán ngân sách xã
phổ biến Luật Đất đai sửa đổi
triển khai công tác bầu cử đại biểu Hội đồng nhân dân
về bảo đảm trật tự an toàn giao thông
kiểm điểm tiến độ các công trình trọng điểm
về công tác dân tộc và tôn giáo
chuyên đề chuyển đổi số trong cơ quan nhà nước
về phát triển sản phẩm mỗi xã một sản phẩm
học tập, quán triệt nghị quyết của Trung ương
về công tác tuyển sinh đầu cấp
rút kinh nghiệm công tác tiếp công dân
về quản lý, bảo vệ và phát triển rừng
bàn giải pháp thu ngân sách những tháng cuối năm
""")

PROGRAMS = items("""
kế hoạch tiêm chủng mở rộng cho trẻ dưới một tuổi
đề án chuyển đổi số giai đoạn mới
chương trình giảm nghèo bền vững
kế hoạch trồng rừng thay thế
mô hình trồng cà phê xen cây ăn quả
chiến dịch làm sạch môi trường nông thôn
đợt cao điểm tấn công trấn áp tội phạm
phong trào toàn dân bảo vệ an ninh Tổ quốc
kế hoạch kiểm soát thủ tục hành chính
mô hình tổ tự quản về an ninh trật tự
dịch vụ công trực tuyến toàn trình
kế hoạch phòng chống đuối nước cho trẻ em
chương trình sữa học đường
mô hình cánh đồng lớn trồng lúa chất lượng cao
kế hoạch cấp nước sạch cho vùng khô hạn
đề án phát triển du lịch cộng đồng
tháng hành động vì an toàn thực phẩm
kế hoạch sắp xếp đơn vị hành chính cấp xã
chương trình khuyến nông về giống ngô mới
thí điểm mô hình chính quyền điện tử cấp xã
phần mềm quản lý văn bản và điều hành
chiến dịch hè tình nguyện
kế hoạch diệt lăng quăng, bọ gậy
mô hình nuôi bò vỗ béo
chương trình hỗ trợ nhà ở cho hộ nghèo
""")

ACHIEVEMENTS = items("""
chuẩn nông thôn mới
chuẩn quốc gia về y tế xã
danh hiệu đơn vị văn hóa
chuẩn phổ cập giáo dục mầm non
mục tiêu thu ngân sách cả năm
chỉ tiêu tuyển quân năm nay
tỷ lệ che phủ rừng trên năm mươi phần trăm
chỉ số hài lòng của người dân cao nhất tỉnh
giải nhất hội thi tuyên truyền viên giỏi
tỷ lệ tiêm chủng đầy đủ trên chín mươi lăm phần trăm
""")

SUPPORTS = items("""
giống lúa lai vụ mùa
bò sinh sản
tiền mua gạo cứu đói
máy lọc nước
lợn giống
cây giống mắc ca
vật liệu làm nhà chống lũ
vốn vay không lãi suất
áo ấm mùa đông
chăn màn và thuốc men
""")

EVENTS = items("""
mưa lớn làm ngập nhiều tuyến đường
lốc xoáy làm tốc mái hàng chục ngôi nhà
giá lúa tăng, nông dân phấn khởi
rét đậm, học sinh mầm non được nghỉ học
xuất hiện ổ dịch cúm gia cầm mới
nước sông lên nhanh, nhiều bản bị chia cắt
khô hạn kéo dài, cây trồng thiếu nước
hoa đào nở sớm đón Tết
đàn bò chết rét được hỗ trợ kịp thời
sạt lở đất vùi lấp một đoạn đường liên xã
""")

AGENCIES = items("""
Bộ Y tế
Bộ Giáo dục và Đào tạo
Bộ Nông nghiệp và Phát triển nông thôn
Ủy ban Dân tộc
Ban Tuyên giáo Trung ương
Thanh tra Chính phủ
Sở Kế hoạch và Đầu tư
Sở Văn hóa, Thể thao và Du lịch
Sở Thông tin và Truyền thông
Liên đoàn Lao động tỉnh
Đoàn đại biểu Quốc hội tỉnh
Ủy ban Mặt trận Tổ quốc tỉnh
""")

PLANS = items("""
quy hoạch sử dụng đất đến năm 2030
kế hoạch đầu tư công trung hạn
phương án phòng chống lũ
đề án sắp xếp trường lớp
dự án đường giao thông nội thị
kế hoạch phát triển nguồn nhân lực
quy hoạch vùng trồng dược liệu
dự án nâng cấp hồ chứa nước
""")

PERIODS = items("""
sáu tháng đầu năm
quý I
chín tháng
năm qua
năm 2023
giai đoạn 2021 - 2025
nhiệm kỳ 2020 - 2025
tháng Tư
""")

NUMBERS = items("""
hai
ba
năm
bảy
mười
mười hai
hai mươi
ba mươi lăm
hàng trăm
gần một nghìn
120
260
48
1.500
""")

TITLE_TEMPLATES = [
    "{Place} tổ chức hội nghị {meeting}",
    "{Place} triển khai {program}",
    "Hội nghị {meeting} tại {place}",
    "{Place} đạt {achievement}",
    "{number} hộ dân {place} được hỗ trợ {support}",
    "{Place}: {event}",
    "Phê duyệt {plan} {place}",
    "Đoàn công tác {agency} làm việc tại {place}",
    "Kết quả thực hiện {program} {period}",
    "{Place} sơ kết {program} {period}",
    "{agency} kiểm tra {program} tại {place}",
    "Ủy ban nhân dân {place} ban hành {plan}",
    "{Place} phấn đấu đạt {achievement}",
    "Bàn giao {support} cho người dân {place}",
]


def place_phrase(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return "tỉnh " + rng.choice(PROVINCES)
    if kind < 0.8:
        return "huyện " + rng.choice(DISTRICTS)
    return "xã " + rng.choice(COMMUNES)


def fill(template: str, rng: random.Random) -> str:
    place = place_phrase(rng)
    text = template.format(
        place=place,
        Place=place[0].upper() + place[1:],
        meeting=rng.choice(MEETINGS),
        program=rng.choice(PROGRAMS),
        achievement=rng.choice(ACHIEVEMENTS),
        number=rng.choice(NUMBERS),
        support=rng.choice(SUPPORTS),
        event=rng.choice(EVENTS),
        plan=rng.choice(PLANS),
        agency=rng.choice(AGENCIES),
        period=rng.choice(PERIODS),
    )
    return text[0].upper() + text[1:]

# --------------------------------------------------------------------------
# sentence: hand-written
# --------------------------------------------------------------------------

SENTENCES = items("""
Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến với các huyện, thành phố để đánh giá tình hình kinh tế - xã hội tháng Chín.
Theo báo cáo của Sở Nông nghiệp, toàn tỉnh đã gieo cấy được hơn mười hai nghìn héc ta lúa mùa, đạt chín mươi tám phần trăm kế hoạch.
Đồng chí Chủ tịch huyện yêu cầu các xã khẩn trương rà soát những điểm có nguy cơ sạt lở và chủ động di dời người dân đến nơi an toàn.
Trong sáu tháng đầu năm, bộ phận một cửa của huyện đã tiếp nhận hơn ba nghìn hồ sơ, trong đó phần lớn được giải quyết trước hạn.
Người dân có thể nộp hồ sơ trực tuyến tại Cổng dịch vụ công của tỉnh mà không cần đến trực tiếp cơ quan nhà nước.
Buổi lễ có sự tham dự của lãnh đạo Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân huyện cùng đông đảo bà con trong bản.
Năm nay, gia đình ông Lò Văn Khiêng thu hoạch gần bốn tấn mận hậu, trừ chi phí còn lãi hơn một trăm triệu đồng.
Cơn mưa lớn kéo dài từ chiều tối hôm qua đến rạng sáng nay đã làm nước suối dâng cao, chia cắt nhiều bản vùng sâu.
Lực lượng công an, quân sự xã đã kịp thời có mặt giúp người dân di chuyển tài sản, gia súc lên chỗ cao ráo.
Ngành giáo dục đề nghị phụ huynh quan tâm nhắc nhở con em không tắm sông, suối, ao hồ khi không có người lớn đi cùng.
Tại buổi làm việc, đoàn giám sát đánh giá cao sự vào cuộc của cấp ủy, chính quyền địa phương trong công tác giảm nghèo.
Thời gian tới, huyện sẽ tập trung nguồn lực hoàn thiện hạ tầng giao thông, thủy lợi, trường học ở các xã đặc biệt khó khăn.
Mỗi hộ tham gia mô hình được hỗ trợ năm mươi phần trăm kinh phí mua giống, phân bón và được cán bộ khuyến nông hướng dẫn kỹ thuật.
Chủ tịch Ủy ban nhân dân tỉnh đề nghị các sở, ngành không để tồn đọng hồ sơ, không gây phiền hà cho người dân và doanh nghiệp.
Thực hiện kế hoạch của Ban Chỉ đạo, các đoàn kiểm tra liên ngành đã kiểm tra mười hai cơ sở sản xuất, kinh doanh thực phẩm.
Qua kiểm tra, đoàn phát hiện hai cơ sở vi phạm về điều kiện vệ sinh, đã lập biên bản và xử phạt theo quy định.
Trong không khí phấn khởi của những ngày đầu xuân, bà con các dân tộc trong xã nô nức đi hội, vui chơi các trò chơi dân gian.
Tiết mục múa xòe hoa của đội văn nghệ bản Mòng đã giành giải nhất, để lại nhiều ấn tượng đẹp với người xem.
Sau khi nghe báo cáo, đồng chí Bí thư Tỉnh ủy ghi nhận những cố gắng của huyện, đồng thời chỉ ra những tồn tại cần khắc phục.
Theo dự báo của Đài Khí tượng thủy văn, trong ba ngày tới khu vực vùng núi phía Bắc tiếp tục có mưa vừa, mưa to và dông.
Nhân dân cần theo dõi chặt chẽ thông tin thời tiết, không đi qua ngầm tràn khi nước đang chảy xiết.
Đến nay, toàn huyện đã có mười bốn trên hai mươi xã đạt chuẩn nông thôn mới, hai xã đạt chuẩn nông thôn mới nâng cao.
Dự án có tổng mức đầu tư gần tám mươi tỷ đồng, từ nguồn ngân sách trung ương và ngân sách tỉnh, dự kiến hoàn thành vào cuối năm sau.
Ông cho biết, trước đây bà con chỉ trồng ngô trên đất dốc nên năng suất thấp, đất bị xói mòn, đời sống gặp nhiều khó khăn.
Nhờ được vay vốn ưu đãi và tập huấn kỹ thuật, nhiều hộ đã mạnh dạn chuyển đổi sang trồng cây ăn quả và chăn nuôi hàng hóa.
Hội thi là dịp để các đội giao lưu, học hỏi kinh nghiệm, góp phần nâng cao chất lượng công tác tuyên truyền ở cơ sở.
Các thí sinh phải trả lời câu hỏi về kiến thức pháp luật, xử lý tình huống và trình bày tiểu phẩm theo chủ đề cho trước.
Ban tổ chức đã trao một giải nhất, hai giải nhì, ba giải ba và năm giải khuyến khích cho các tập thể, cá nhân.
Năm học này, toàn tỉnh có hơn một trăm nghìn học sinh các cấp, tăng khoảng ba nghìn em so với năm học trước.
Nhiều điểm trường lẻ ở vùng cao vẫn còn thiếu phòng học kiên cố, thiếu nhà ở cho giáo viên và nhà vệ sinh cho học sinh.
Để giữ chân giáo viên, xã đã vận động nhân dân góp công, góp vật liệu dựng nhà công vụ ngay cạnh điểm trường.
Trung tâm Y tế huyện khuyến cáo người dân ăn chín, uống sôi, rửa tay bằng xà phòng trước khi ăn và sau khi đi vệ sinh.
Khi có biểu hiện sốt cao, đau đầu, phát ban, người bệnh cần đến ngay cơ sở y tế gần nhất để được khám và điều trị kịp thời.
Trong đợt khám này, các y bác sĩ đã phát hiện nhiều trường hợp mắc bệnh tăng huyết áp, tiểu đường mà người bệnh chưa hề biết.
Vụ tai nạn xảy ra vào khoảng mười giờ sáng trên quốc lộ, khi chiếc xe tải đi theo hướng xuống dốc bị mất phanh.
Cơ quan chức năng đang điều tra làm rõ nguyên nhân vụ việc, đồng thời khuyến cáo tài xế kiểm tra kỹ phương tiện trước khi lưu thông.
Tính đến hết tháng Tám, lực lượng cảnh sát giao thông đã lập biên bản gần hai nghìn trường hợp vi phạm, tạm giữ hàng trăm phương tiện.
Lỗi phổ biến là không đội mũ bảo hiểm, chở quá số người quy định và điều khiển xe khi trong máu có nồng độ cồn.
Tuyến đường dài hơn mười ki lô mét, nối trung tâm xã với ba bản vùng cao, trước đây chỉ là đường mòn lầy lội vào mùa mưa.
Nay đường đã được cứng hóa, xe ô tô có thể vào tận bản, việc vận chuyển nông sản đi tiêu thụ thuận lợi hơn nhiều.
Theo kế hoạch, các xã phải hoàn thành việc rà soát, cập nhật dữ liệu hộ nghèo, hộ cận nghèo trước ngày ba mươi tháng Mười một.
Huyện đã thành lập tổ công tác đặc biệt để tháo gỡ vướng mắc trong công tác bồi thường, giải phóng mặt bằng các dự án.
Một số hộ chưa đồng ý với phương án bồi thường do cho rằng đơn giá đất thấp hơn giá thị trường.
Chính quyền xã đã nhiều lần gặp gỡ, đối thoại, giải thích chính sách để người dân hiểu và đồng thuận bàn giao mặt bằng.
Tỉnh hiện có hơn hai trăm sản phẩm được công nhận đạt chuẩn từ ba sao trở lên, chủ yếu là nông sản và thực phẩm chế biến.
Sản phẩm chè Shan tuyết cổ thụ được nhiều khách hàng ưa chuộng nhờ hương vị đặc trưng và quy trình chế biến thủ công.
Cùng ngày, đoàn đã đến thăm, tặng quà các gia đình có hoàn cảnh khó khăn, gia đình chính sách tại hai xã biên giới.
Mỗi suất quà gồm tiền mặt, gạo, dầu ăn và chăn ấm, với tổng trị giá gần một trăm triệu đồng.
Xã đã tổ chức cho trên ba trăm hộ ký cam kết không tái trồng cây thuốc phiện, không tham gia mua bán trái phép chất ma túy.
Lực lượng kiểm lâm phối hợp với chính quyền xã tuần tra, canh gác thường xuyên tại các khu rừng có nguy cơ cháy cao.
Người dân tuyệt đối không được đốt nương, đốt rác gần bìa rừng trong những ngày nắng nóng, hanh khô.
Đợt rét này, nhiệt độ thấp nhất ở vùng núi cao có thể xuống dưới không độ, xuất hiện băng giá và sương muối.
Các hộ chăn nuôi cần che chắn chuồng trại, dự trữ thức ăn và không thả rông trâu bò lên núi cao.
Hội nghị đã thảo luận, đóng góp nhiều ý kiến tâm huyết vào dự thảo báo cáo chính trị trình Đại hội Đảng bộ huyện.
Các ý kiến tập trung vào giải pháp phát triển kinh tế vùng đồi, nâng cao chất lượng nguồn nhân lực và cải cách hành chính.
Tin vui đến với gia đình chị Thắm khi con gái đạt điểm cao nhất khối trong kỳ thi tuyển sinh đại học năm nay.
Từ nhiều năm nay, hễ đến mùa cưới, các bà, các chị trong bản lại cùng nhau thêu váy áo, chuẩn bị của hồi môn.
Năm học mới, nhà trường nhận được sự ủng hộ của các nhà hảo tâm gồm hai trăm bộ quần áo, một trăm đôi ủng và sách vở.
Chương trình được truyền hình trực tiếp trên sóng của Đài Phát thanh và Truyền hình tỉnh, đồng thời phát trên trang thông tin điện tử.
Ban biên tập đề nghị các cơ quan, đơn vị gửi tin, bài, ảnh về hộp thư điện tử của cổng trước mười sáu giờ hàng ngày.
Mọi ý kiến đóng góp, phản ánh của tổ chức, cá nhân xin gửi về Văn phòng Ủy ban nhân dân huyện theo địa chỉ ghi ở cuối trang.
Đây là lần đầu tiên giải đấu được tổ chức ở cấp huyện, thu hút mười sáu đội bóng đến từ các xã, thị trấn tham gia.
Trận chung kết diễn ra sôi nổi, hấp dẫn, hai đội hòa nhau sau hai hiệp chính và phải phân thắng bại bằng loạt sút luân lưu.
Chị Tuyết chia sẻ, nghề dệt thổ cẩm được bà truyền cho mẹ, mẹ truyền cho chị, nay chị lại dạy cho các cháu gái trong bản.
Hiện nay, hợp tác xã có hai mươi thành viên, mỗi tháng cung cấp ra thị trường hàng trăm sản phẩm khăn, túi, váy thổ cẩm.
Nằm cách trung tâm huyện hơn bốn mươi cây số, xã có địa hình chia cắt mạnh, giao thông đi lại còn nhiều khó khăn.
Trong những năm qua, được sự quan tâm của Đảng và Nhà nước, bộ mặt nông thôn của xã đã có nhiều khởi sắc.
Theo ông Trưởng phòng Tài nguyên và Môi trường, hầu hết các vụ việc tranh chấp đất đai đều xuất phát từ việc mua bán bằng giấy viết tay.
Người dân cần đến cơ quan có thẩm quyền làm thủ tục chuyển nhượng theo đúng quy định để tránh rủi ro về sau.
Đội tình nguyện gồm hơn năm mươi đoàn viên, thanh niên, đã giúp bà con sửa sang đường làng, nạo vét kênh mương, dọn vệ sinh.
Với khẩu hiệu "Đâu cần thanh niên có, việc gì khó có thanh niên", các bạn trẻ đã không quản nắng mưa, miệt mài làm việc.
Bà con phấn khởi vì từ nay không phải gùi nước từ khe suối xa hàng cây số về dùng như trước kia.
Nhiều cụ già trong bản cho biết, sống hơn bảy mươi năm, đây là lần đầu tiên họ được dùng nước máy ngay tại nhà.
Kỳ họp sẽ xem xét, thông qua mười hai nghị quyết quan trọng, trong đó có nghị quyết về kế hoạch đầu tư công năm tới.
Phiên chất vấn tập trung vào các vấn đề cử tri quan tâm như chất lượng nước sinh hoạt, ô nhiễm môi trường, giá đất bồi thường.
Trước tình hình giá phân bón tăng cao, nông dân được khuyến cáo sử dụng phân hữu cơ, phân vi sinh để giảm chi phí sản xuất.
Vụ đông năm nay, xã phấn đấu gieo trồng khoảng hai trăm héc ta, chủ yếu là ngô, khoai tây và rau màu các loại.
Cán bộ, chiến sĩ đồn biên phòng đã phối hợp với nhà trường tổ chức trung thu cho hơn ba trăm em học sinh.
Các em được nhận quà, xem múa lân, rước đèn ông sao và cùng phá cỗ dưới ánh trăng rằm.
Qua một năm triển khai, mô hình đã giúp giảm đáng kể số vụ trộm cắp vặt, gây rối trật tự công cộng trên địa bàn.
Ban quản lý dự án cam kết sẽ bố trí đủ nhân lực, máy móc, thi công cả ngày lẫn đêm để kịp tiến độ.
Không ít người dân tỏ ra lo lắng khi thấy những vết nứt dài xuất hiện trên sườn đồi phía sau nhà sau mấy ngày mưa lớn.
Ngay khi nhận được tin báo, Ủy ban nhân dân xã đã cử cán bộ đến kiểm tra và cắm biển cảnh báo nguy hiểm.
Năm qua, Ngân hàng Chính sách xã hội huyện đã giải ngân hơn một trăm tỷ đồng cho trên ba nghìn lượt hộ vay vốn.
Nợ quá hạn được kiểm soát ở mức thấp, nhiều hộ sử dụng vốn đúng mục đích, có hiệu quả và đã thoát nghèo bền vững.
Đêm hội làng diễn ra trong tiếng cồng chiêng rộn rã, những vòng xòe nối dài bên ánh lửa bập bùng.
Khách du lịch đến đây không chỉ ngắm cảnh núi non hùng vĩ mà còn được thưởng thức những món ăn đặc sản của đồng bào.
Thuở trước, muốn đi chợ huyện, người trong bản phải dậy từ lúc gà gáy, băng rừng lội suối gần một ngày đường.
Con đường ngoằn ngoèo men theo sườn núi, một bên là vách đá dựng đứng, một bên là vực sâu hun hút.
Chiếc cầu treo mới bắc qua suối giúp học sinh đi học an toàn hơn, không còn phải lội nước mỗi khi mùa lũ về.
Ông khuếch trương quy mô trang trại lên gần ba héc ta, nuôi cả lợn, gà, cá và trồng thêm bưởi, cam xen canh.
Gió thổi mạnh làm nhiều cây cổ thụ bật gốc, đè lên đường dây điện khiến cả khu vực bị mất điện nhiều giờ.
Ngành điện đã huy động hàng chục công nhân khắc phục sự cố, đến tối cùng ngày đã cấp điện trở lại cho phần lớn khách hàng.
Mặc dù điều kiện còn nhiều khó khăn, thầy và trò nhà trường vẫn nỗ lực vươn lên, đạt nhiều thành tích đáng khích lệ.
Năm học vừa qua, trường có mười lăm học sinh đạt giải cấp tỉnh, tỷ lệ học sinh lên lớp đạt gần một trăm phần trăm.
Các tổ chức, cá nhân có nhu cầu tìm hiểu thông tin xin liên hệ số điện thoại đường dây nóng đăng tải trên cổng thông tin.
Hồ sơ dự tuyển gồm đơn đăng ký, bản sao văn bằng, chứng chỉ, giấy chứng nhận sức khỏe và hai ảnh màu cỡ bốn nhân sáu.
Thời gian nhận hồ sơ là ba mươi ngày kể từ ngày thông báo, trong giờ hành chính các ngày làm việc trong tuần.
Trường hợp hồ sơ không đủ điều kiện, cơ quan tiếp nhận sẽ thông báo bằng văn bản và nêu rõ lý do cho người nộp.
Những ngày này, trên khắp các cánh đồng, bà con nông dân đang tất bật thu hoạch lúa chín, tranh thủ trời nắng ráo.
Máy gặt đập liên hợp được đưa vào sử dụng giúp giảm sức lao động và rút ngắn thời gian thu hoạch.
Đoàn đã dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ đã anh dũng hy sinh vì độc lập, tự do của Tổ quốc.
Trong không khí trang nghiêm, các đại biểu đã thành kính dành một phút mặc niệm tưởng nhớ công ơn to lớn của các anh hùng.
Theo thống kê, cả tỉnh hiện có gần năm nghìn người có công với cách mạng đang hưởng trợ cấp ưu đãi hàng tháng.
Các cơ quan, đơn vị cần bố trí lịch trực Tết hợp lý, bảo đảm xử lý kịp thời các công việc phát sinh trong dịp nghỉ lễ.
Đề nghị cán bộ, công chức, viên chức không sử dụng xe công đi lễ hội, không tặng quà Tết cho lãnh đạo các cấp.
Bảo tàng tỉnh hiện lưu giữ hơn mười nghìn hiện vật, trong đó có nhiều hiện vật quý về văn hóa các dân tộc thiểu số.
Trống đồng phát hiện năm ngoái được các nhà khảo cổ học đánh giá có niên đại khoảng hai nghìn năm.
Thôn đã vận động được bốn mươi hộ hiến đất, tháo dỡ tường rào để mở rộng đường ngõ xóm lên năm mét.
Nhiều người không tiếc mảnh vườn đã gắn bó cả đời vì nghĩ con đường rộng sẽ mang lại lợi ích lâu dài cho con cháu.
Lúc bấy giờ trời đã xẩm tối, gió rít từng hồi, những hạt mưa nặng hạt quất vào mặt lạnh buốt.
Dẫu vất vả, cô giáo trẻ vẫn chưa một lần có ý định rời bản, vì cô thương những đôi mắt trong veo của học trò.
Ở độ cao gần hai nghìn mét, quanh năm mây mù bao phủ, đỉnh núi được ví như nóc nhà của vùng Tây Bắc.
Mỗi năm có hàng nghìn du khách trong và ngoài nước tìm đến chinh phục đỉnh núi và khám phá văn hóa bản địa.
Cục Thuế tỉnh cảnh báo tình trạng các đối tượng giả danh cán bộ thuế gọi điện yêu cầu doanh nghiệp chuyển tiền.
Người dân không cung cấp mã xác thực, không chuyển tiền cho người lạ và báo ngay cho cơ quan công an khi nghi ngờ.
Ông bà ta có câu "Thương người như thể thương thân", nên khi hàng xóm gặp nạn, cả bản cùng góp sức dựng lại nhà.
Ngay sau đám cháy, bà con đã góp gạo, góp tiền, góp công để gia đình anh sớm có chỗ ở ổn định.
Trạm Y tế xã được đầu tư xây mới hai tầng, có đủ phòng khám, phòng đẻ, phòng lưu bệnh nhân và khu tiêm chủng.
Từ khi có bác sĩ về công tác, người dân không còn phải vượt hàng chục cây số xuống huyện để khám những bệnh thông thường.
Chương trình được tổ chức với mong muốn lan tỏa tinh thần đọc sách, hình thành thói quen đọc trong học sinh.
Tủ sách lưu động của thư viện tỉnh đã đến với hai mươi điểm trường vùng sâu, vùng xa trong năm học qua.
Bà Hoàng Thị Hằng, người dân tổ dân phố số năm, phản ánh tình trạng nước thải từ cơ sở giết mổ chảy tràn ra đường.
Sau khi tiếp nhận phản ánh, Ủy ban nhân dân phường đã cử cán bộ xuống kiểm tra, yêu cầu cơ sở khắc phục ngay.
Giá cà phê nhân xô hôm nay tăng nhẹ, dao động quanh mức một trăm mười nghìn đồng mỗi ki lô gam.
Nhiều nhà vườn cho biết, năm nay sản lượng giảm do hạn hán, nhưng nhờ giá cao nên thu nhập vẫn khá.
Kết thúc đợt phát động, toàn huyện đã trồng được hơn mười vạn cây xanh các loại, vượt chỉ tiêu đề ra.
Huyện giao Phòng Nông nghiệp theo dõi, hướng dẫn chăm sóc để bảo đảm tỷ lệ cây sống đạt trên tám mươi phần trăm.
Khuya rồi mà đèn trong phòng trực ban của Ủy ban xã vẫn sáng, các cán bộ túc trực theo dõi tình hình mưa lũ.
Tiếng loa truyền thanh liên tục phát đi thông báo, nhắc bà con không đến gần khu vực sông suối.
Với tinh thần "Chính quyền phục vụ", cán bộ bộ phận một cửa luôn niềm nở, hướng dẫn tận tình cho người dân.
Nhiều thủ tục trước đây phải đi lại nhiều lần, nay chỉ cần một lần đến nộp hồ sơ là có thể nhận kết quả qua bưu điện.
Tổ chức Cứu trợ quốc tế đã tài trợ xây dựng hai nhà lớp học và một nhà bếp cho điểm trường mầm non bản Pá Khôm.
Đã có năm đối tượng bị khởi tố về hành vi hủy hoại rừng, gây thiệt hại gần hai héc ta rừng phòng hộ đầu nguồn.
Bản án được tuyên công khai, có tác dụng răn đe, giáo dục và phòng ngừa chung trong cộng đồng.
Thực hiện chủ trương sáp nhập, hai xã cũ hợp thành một đơn vị hành chính mới, trụ sở đặt tại trung tâm xã cũ.
Mọi giấy tờ của người dân đã cấp trước đây vẫn có giá trị sử dụng, không bắt buộc phải làm thủ tục đổi lại.
Sáng mùng một Tết, khắp các ngả đường đều rực rỡ cờ hoa, người người hân hoan chúc nhau năm mới an khang.
Đêm giao thừa, hàng nghìn người dân đổ về quảng trường trung tâm tỉnh để xem bắn pháo hoa chào đón năm mới.
Chúng tôi đến bản vào một ngày cuối thu, khi những ruộng lúa trên sườn đồi đã chín vàng óng ả.
Theo lời kể của già làng, thuở xa xưa vùng đất này là rừng rậm, thú dữ thường xuyên về phá nương rẫy.
Trên bàn làm việc của chị, hồ sơ xếp chồng chất, nhưng chị vẫn cẩn thận kiểm tra từng trang trước khi trình ký.
Nghe tin đoàn bác sĩ về bản khám bệnh, từ sáng sớm bà con đã tập trung đông đủ tại nhà văn hóa.
Mức hỗ trợ là bốn mươi triệu đồng cho mỗi hộ xây mới và hai mươi triệu đồng cho mỗi hộ sửa chữa nhà ở.
Sau ba tháng thi công, ngôi nhà mới đã hoàn thành, bà cụ rưng rưng nước mắt nhận chìa khóa từ tay lãnh đạo xã.
Bộ Chỉ huy quân sự tỉnh đã tổ chức diễn tập phương án cứu hộ, cứu nạn khi xảy ra lũ quét tại khu vực đông dân cư.
Buổi diễn tập có sự tham gia của hơn hai trăm người thuộc các lực lượng quân đội, công an, dân quân và y tế.
Khuya hôm ấy, đội xung kích của xã vẫn miệt mài gia cố bờ kè, chuyển từng bao cát lên chặn dòng nước.
Người Mông ở đây có tục làm nhà trình tường, tường dày gần nửa mét, mùa đông ấm áp, mùa hè mát mẻ.
Sau hơn hai năm thực hiện, dự án đã giúp hàng nghìn hộ nông dân tiếp cận giống cây trồng mới có năng suất cao.
Chẳng mấy chốc, con đường đất lầy lội đã được thay bằng đường bê tông thẳng tắp, xe máy chạy thẳng vào tận bản.
Dù chân đã mỏi, cẳng đã run, ông vẫn kiên trì leo dốc, hẳn vì ông muốn tận mắt thấy nương chè của bản.
""")

# --------------------------------------------------------------------------
# sentence: templates
# --------------------------------------------------------------------------

DONE = items("""
hoàn thành việc cứng hóa hơn ba mươi ki lô mét đường giao thông nông thôn
giải quyết đúng hạn toàn bộ hồ sơ thủ tục hành chính của người dân
tổ chức tiêm phòng cho hơn tám nghìn con gia súc, gia cầm
hỗ trợ xây mới và sửa chữa gần hai trăm ngôi nhà cho hộ nghèo
tuyên truyền pháp luật cho hàng nghìn lượt người dân tại các bản
trồng mới được bốn trăm héc ta rừng sản xuất
tạo việc làm mới cho khoảng một nghìn hai trăm lao động
kiểm tra và xử lý nhiều vụ vi phạm về khai thác khoáng sản
khám sàng lọc bệnh tim bẩm sinh cho trẻ em dưới mười sáu tuổi
đưa vào sử dụng ba công trình nước sinh hoạt tập trung
""")

COMPARISONS = items("""
tăng mười hai phần trăm so với cùng kỳ năm trước
vượt kế hoạch đề ra
cao hơn mức bình quân chung của toàn tỉnh
tuy nhiên vẫn còn một số chỉ tiêu chưa đạt
góp phần ổn định đời sống nhân dân
được người dân đồng tình, ủng hộ
tạo chuyển biến rõ nét trong nhận thức của cán bộ và nhân dân
""")

TASKS = items("""
đẩy nhanh tiến độ giải ngân vốn đầu tư công
tăng cường kiểm tra, giám sát việc thực hiện thủ tục hành chính
chủ động phương án phòng chống thiên tai
làm tốt công tác chăm lo Tết cho người nghèo
siết chặt kỷ luật, kỷ cương hành chính
quản lý chặt chẽ đất đai, tài nguyên khoáng sản
nâng cao chất lượng dạy và học ở vùng khó khăn
đẩy mạnh ứng dụng công nghệ thông tin trong công việc
""")

SENTENCE_TEMPLATES = [
    "Theo báo cáo của {agency}, {period} {place} đã {done}, {comparison}.",
    "Phát biểu tại hội nghị, lãnh đạo {place} đề nghị các cơ quan, đơn vị {task} và {task2}.",
    "Trong {period}, {place} đã {done}; đồng thời {done2}, {comparison}.",
    "Để thực hiện tốt {program}, {place} yêu cầu các xã, thị trấn {task}, báo cáo kết quả trước ngày {day} tháng {month}.",
    "Ngày {day} tháng {month}, {agency} phối hợp với {place} tổ chức hội nghị {meeting} với sự tham gia của {number} đại biểu.",
    "Nhờ triển khai {program}, nhiều hộ dân ở {place} đã có thêm thu nhập, {comparison}.",
]

DAYS = items("""
mùng một
mùng năm
mười
mười lăm
hai mươi
hai mươi tám
ba mươi
""")

MONTHS = items("""
Giêng
Hai
Ba
Tư
Năm
Sáu
Bảy
Tám
Chín
Mười
Mười một
Chạp
""")


def fill_sentence(template: str, rng: random.Random) -> str:
    place = place_phrase(rng)
    task, task2 = rng.sample(TASKS, 2)
    done, done2 = rng.sample(DONE, 2)
    text = template.format(
        place=place,
        agency=rng.choice(AGENCIES),
        period=rng.choice(PERIODS),
        done=done,
        done2=done2,
        comparison=rng.choice(COMPARISONS),
        task=task,
        task2=task2,
        program=rng.choice(PROGRAMS),
        meeting=rng.choice(MEETINGS),
        number=rng.choice(NUMBERS),
        day=rng.choice(DAYS),
        month=rng.choice(MONTHS),
    )
    return text[0].upper() + text[1:]

# --------------------------------------------------------------------------
# paragraph: hand-written paragraphs
# --------------------------------------------------------------------------

PARAGRAPHS = items("""
Sáng ngày mười lăm tháng Tám, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác sáu tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm. Theo báo cáo, tổng giá trị sản xuất trên địa bàn ước đạt gần hai nghìn tỷ đồng, tăng tám phần trăm so với cùng kỳ. Công tác cải cách hành chính có chuyển biến tích cực, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên chín mươi chín phần trăm. Tuy vậy, tiến độ một số công trình xây dựng cơ bản còn chậm, giá nông sản không ổn định. Kết luận hội nghị, đồng chí Chủ tịch huyện yêu cầu các phòng, ban, các xã bám sát kế hoạch, tập trung tháo gỡ khó khăn, phấn đấu hoàn thành các chỉ tiêu của năm.
Bản Hua Tát nằm lưng chừng núi, quanh năm mây phủ. Mười năm trước, cả bản có hơn bảy mươi hộ thì quá nửa là hộ nghèo, nhà cửa tạm bợ, trẻ em thất học nhiều. Từ khi có đường ô tô vào bản, có điện lưới và nước sạch, cuộc sống của bà con đã đổi thay từng ngày. Nhiều hộ chuyển từ trồng ngô sang trồng mận, trồng chè, nuôi bò sinh sản, thu nhập tăng gấp ba, gấp bốn lần trước. Trẻ em đến tuổi đều được đến trường, không còn cảnh bỏ học giữa chừng để lên nương. Trưởng bản cho biết, năm nay bản phấn đấu không còn hộ đói, giảm hộ nghèo xuống dưới mười phần trăm và giữ vững danh hiệu bản văn hóa.
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc ứng phó với cơn bão số ba, huyện đã thành lập các tổ công tác xuống từng xã kiểm tra công tác phòng chống. Các hộ dân sống ven sông, suối và dưới chân taluy có nguy cơ sạt lở được vận động di dời tạm thời đến nhà văn hóa, trường học và nhà người thân. Lực lượng dân quân, công an xã túc trực tại các ngầm tràn, cắm biển cảnh báo, không cho người và phương tiện qua lại khi nước lớn. Các trường học chủ động cho học sinh nghỉ học khi có mưa to. Ngành y tế chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ. Huyện yêu cầu các đơn vị trực ban nghiêm túc, báo cáo kịp thời mọi diễn biến.
Năm học vừa qua, Trường Tiểu học và Trung học cơ sở xã có hơn năm trăm học sinh, phần lớn là con em đồng bào Mông và Dao. Khó khăn lớn nhất của nhà trường là các em nói tiếng phổ thông chưa thạo, nhiều em nhà ở xa phải ở bán trú. Để các em yên tâm học tập, thầy cô đã vận động nhà hảo tâm hỗ trợ gạo, thực phẩm, chăn màn, tổ chức nấu ăn ngay tại trường. Mỗi tối, giáo viên thay nhau kèm các em học bài, dạy các em kỹ năng tự phục vụ, giữ gìn vệ sinh. Nhờ vậy, tỷ lệ học sinh chuyên cần đạt trên chín mươi tám phần trăm, chất lượng giáo dục từng bước được nâng lên, nhiều em đạt giải trong các kỳ thi cấp huyện.
Thời gian qua, việc đưa công nghệ thông tin vào công việc hằng ngày của các cơ quan nhà nước trong tỉnh đã đạt được nhiều kết quả. Văn bản điện tử được gửi nhận qua hệ thống quản lý văn bản và điều hành ở cả ba cấp tỉnh, huyện, xã. Phần lớn thủ tục hành chính đã được cung cấp dưới dạng dịch vụ công trực tuyến, người dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả mà không phải đến cơ quan. Cổng thông tin điện tử của tỉnh thường xuyên cập nhật tin tức, văn bản chỉ đạo điều hành, lịch công tác của lãnh đạo. Tuy nhiên, hạ tầng mạng ở một số xã vùng cao còn yếu, trình độ tin học của một bộ phận cán bộ cấp xã chưa đáp ứng yêu cầu.
Theo số liệu của Ban An toàn giao thông tỉnh, chín tháng qua trên địa bàn xảy ra gần một trăm vụ tai nạn, làm chết hơn năm mươi người và bị thương nhiều người khác. So với cùng kỳ, tai nạn giao thông giảm cả ba tiêu chí về số vụ, số người chết và số người bị thương. Nguyên nhân chủ yếu là do người điều khiển phương tiện đi không đúng phần đường, chạy quá tốc độ, sử dụng rượu bia khi lái xe. Thời gian tới, các lực lượng chức năng sẽ tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm, đồng thời đẩy mạnh tuyên truyền để người dân nâng cao ý thức chấp hành pháp luật khi tham gia giao thông.
Lễ hội đầu xuân là dịp để đồng bào các dân tộc trong vùng vui chơi, giao lưu sau một năm lao động vất vả. Từ sáng sớm, các ngả đường dẫn về sân lễ hội đã tấp nập người, những bộ váy áo sặc sỡ của phụ nữ Thái, Mông, Dao làm rực rỡ cả một vùng đồi. Phần lễ diễn ra trang nghiêm với nghi thức cúng tạ ơn trời đất, cầu cho mưa thuận gió hòa, mùa màng bội thu, bản làng yên vui. Phần hội sôi nổi với các trò chơi ném còn, đẩy gậy, kéo co, bắn nỏ, thi thổi khèn và các tiết mục văn nghệ đặc sắc. Nhiều du khách dưới xuôi cũng tìm về tham dự, tìm hiểu nét đẹp văn hóa của đồng bào vùng cao.
Được thành lập từ năm 2018 với bảy thành viên, đến nay hợp tác xã đã có gần ba mươi thành viên, liên kết với hơn hai trăm hộ trồng chè trong xã. Hợp tác xã đầu tư dây chuyền sao chè hiện đại, xây dựng nhãn hiệu và bao bì sản phẩm, đưa chè lên các sàn thương mại điện tử. Sản phẩm chè búp khô của hợp tác xã đã đạt chứng nhận bốn sao, được bày bán tại nhiều siêu thị ở Hà Nội và các tỉnh lân cận. Mỗi năm, hợp tác xã tiêu thụ hàng trăm tấn chè búp tươi cho bà con với giá ổn định, tạo việc làm thường xuyên cho hàng chục lao động địa phương, góp phần quan trọng vào công cuộc giảm nghèo của xã.
Mùa đông năm ấy rét lắm. Sương muối phủ trắng các sườn đồi, nước trong chum đóng thành lớp băng mỏng. Người già trong bản bảo, sống đã gần trọn đời người mà chưa thấy năm nào rét như năm ấy. Trâu bò không dám thả lên núi, phải nhốt trong chuồng, đốt lửa sưởi suốt ngày đêm. Cán bộ xã đi từng nhà nhắc bà con che chắn chuồng trại, dự trữ cỏ khô, không cho trẻ nhỏ ra ngoài khi trời chưa tan sương. Vậy mà vẫn có hàng chục con trâu, bò bị chết rét. Sau đợt rét, tỉnh đã hỗ trợ kinh phí để các hộ mua lại con giống, khôi phục sản xuất, nhiều hộ còn được hướng dẫn làm chuồng kiên cố hơn.
Để đảm bảo kỳ thi tốt nghiệp diễn ra an toàn, nghiêm túc, đúng quy chế, Ban Chỉ đạo thi của tỉnh đã chỉ đạo các đơn vị liên quan chuẩn bị kỹ lưỡng các điều kiện về cơ sở vật chất, nhân lực và phương án bảo mật đề thi. Lực lượng công an bố trí cán bộ bảo vệ tại các điểm thi, áp tải đề thi và bài thi. Ngành điện bảo đảm cung cấp điện ổn định, ngành y tế cử cán bộ trực tại từng điểm thi. Đối với thí sinh ở xa, nhà trường phối hợp với đoàn thanh niên bố trí chỗ ở miễn phí, tổ chức nấu cơm, đưa đón các em đến điểm thi. Nhiều tình nguyện viên có mặt từ sớm để hướng dẫn thí sinh và phụ huynh.
Ông năm nay đã ngoài bảy mươi tuổi nhưng vẫn ngày ngày cần mẫn bên khung cửi, dạy con cháu cách chọn sợi, nhuộm màu và dệt những hoa văn cổ truyền. Theo ông, mỗi hoa văn trên tấm vải đều mang một ý nghĩa riêng, kể lại câu chuyện về núi rừng, về ước vọng của người xưa. Có những tấm vải phải mất cả tháng trời mới hoàn thành. Ngày nay, nhiều người trẻ đi làm ăn xa, nghề dệt có nguy cơ mai một. Ông lo lắm, nên hễ có người muốn học, ông đều sẵn lòng truyền dạy không lấy tiền. Xã đã mở lớp truyền nghề để giữ gìn nét văn hóa này, và những sản phẩm đầu tiên của lớp học đã được khách du lịch đặt mua.
Hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ gồm: đơn đề nghị cấp giấy phép theo mẫu, bản sao giấy tờ chứng minh quyền sử dụng đất, hai bộ bản vẽ thiết kế xây dựng và các giấy tờ khác theo quy định. Người dân nộp hồ sơ trực tiếp tại bộ phận một cửa của Ủy ban nhân dân cấp huyện hoặc nộp trực tuyến qua Cổng dịch vụ công. Thời hạn giải quyết là mười lăm ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Trường hợp hồ sơ chưa đầy đủ, cán bộ tiếp nhận có trách nhiệm hướng dẫn một lần để người dân bổ sung, tránh đi lại nhiều lần. Mọi thắc mắc xin liên hệ bộ phận một cửa để được giải đáp.
""")

# --------------------------------------------------------------------------
# paragraph: per-topic sentences, combined
# --------------------------------------------------------------------------

TOPICS = {
    "nông nghiệp": (
        items("""
Vụ mùa năm nay, bà con nông dân {place} đã gieo cấy đúng khung thời vụ, sử dụng các giống lúa mới cho năng suất và chất lượng cao.
Những ngày này, trên các cánh đồng của {place}, nông dân đang khẩn trương thu hoạch lúa xuân để kịp làm đất cho vụ mới.
Với lợi thế về đất đai, khí hậu, {place} xác định cây ăn quả là cây trồng chủ lực trong chuyển đổi cơ cấu kinh tế nông nghiệp.
"""),
        items("""
Ngay từ đầu vụ, cán bộ khuyến nông đã bám đồng ruộng, hướng dẫn bà con bón phân cân đối và phòng trừ sâu bệnh kịp thời.
Nhiều hộ đã mạnh dạn đầu tư hệ thống tưới nhỏ giọt tiết kiệm nước, giảm công lao động và tăng năng suất cây trồng.
Tình trạng thiếu nước cục bộ ở một số cánh đồng cao đã được khắc phục nhờ các trạm bơm dã chiến.
Theo ước tính, năng suất lúa bình quân đạt khoảng năm mươi lăm tạ mỗi héc ta, cao hơn vụ trước.
Giá bán nông sản tương đối ổn định, thương lái đến tận ruộng thu mua nên bà con không phải lo đầu ra.
Một số diện tích bị chuột và rầy nâu gây hại nhẹ, đã được xử lý kịp thời, không để lây lan trên diện rộng.
Diện tích cây ăn quả áp dụng quy trình sản xuất an toàn ngày càng mở rộng, nhiều lô hàng đã được xuất khẩu.
Hợp tác xã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp, giúp người trồng yên tâm sản xuất lâu dài.
"""),
        items("""
Ngành nông nghiệp khuyến cáo bà con thường xuyên thăm đồng, theo dõi thời tiết để chủ động các biện pháp chăm sóc phù hợp.
Thời gian tới, địa phương sẽ tiếp tục nhân rộng các mô hình hiệu quả, gắn sản xuất với chế biến và tiêu thụ sản phẩm.
"""),
    ),
    "y tế": (
        items("""
Trước diễn biến phức tạp của dịch sốt xuất huyết, Trung tâm Y tế {place} đã triển khai đồng bộ nhiều biện pháp phòng chống.
Thực hiện chương trình tiêm chủng mở rộng, ngành y tế {place} đã tổ chức các buổi tiêm vắc xin tại trạm y tế và điểm tiêm lưu động.
Sáng nay, đoàn y bác sĩ tình nguyện đã về {place} khám bệnh, cấp thuốc miễn phí cho người cao tuổi và trẻ em.
"""),
        items("""
Cán bộ y tế đến từng hộ gia đình hướng dẫn diệt lăng quăng, bọ gậy, úp ngược các dụng cụ chứa nước không dùng đến.
Các ca bệnh được phát hiện sớm, cách ly và điều trị kịp thời nên không có trường hợp nào chuyển nặng.
Trạm y tế xã đã chuẩn bị đầy đủ vắc xin, thuốc và trang thiết bị cấp cứu trong trường hợp có phản ứng sau tiêm.
Phụ huynh được tư vấn cách theo dõi sức khỏe của trẻ sau khi tiêm và những dấu hiệu cần đưa trẻ đến cơ sở y tế.
Nhiều người dân lần đầu tiên được đo huyết áp, xét nghiệm đường máu và siêu âm ngay tại nhà văn hóa của bản.
Những trường hợp bệnh nặng được tư vấn chuyển lên tuyến trên để điều trị, các chi phí đi lại được nhà tài trợ hỗ trợ.
Công tác truyền thông được đẩy mạnh bằng nhiều hình thức như loa truyền thanh, tờ rơi và các buổi nói chuyện tại bản.
Cộng tác viên dân số ở các thôn bản đã phối hợp tốt với trạm y tế trong việc vận động người dân tham gia.
"""),
        items("""
Ngành y tế khuyến cáo người dân khi có dấu hiệu sốt cao, mệt mỏi kéo dài cần đến ngay cơ sở y tế, không tự ý điều trị tại nhà.
Địa phương tiếp tục duy trì các đội phản ứng nhanh, sẵn sàng xử lý khi phát hiện ổ dịch mới.
"""),
    ),
    "giáo dục": (
        items("""
Năm học mới, ngành giáo dục {place} đã chuẩn bị chu đáo về cơ sở vật chất, đội ngũ giáo viên và sách giáo khoa cho học sinh.
Kỳ thi tuyển sinh vào lớp mười năm nay tại {place} có hàng nghìn thí sinh dự thi, được tổ chức nghiêm túc, đúng quy chế.
Những năm gần đây, chất lượng giáo dục ở các trường vùng cao của {place} đã có bước tiến rõ rệt.
"""),
        items("""
Các trường đã tu sửa phòng học, bàn ghế, nhà vệ sinh và bổ sung thiết bị dạy học theo chương trình mới.
Đội ngũ giáo viên được bồi dưỡng chuyên môn trong dịp hè, nhiều thầy cô chủ động ứng dụng công nghệ thông tin vào bài giảng.
Học sinh bán trú được hỗ trợ tiền ăn, gạo và chỗ ở theo chính sách của Nhà nước.
Nhà trường phối hợp với chính quyền xã vận động học sinh bỏ học trở lại lớp, không để em nào thất học.
Phong trào khuyến học, khuyến tài được duy trì, mỗi dòng họ đều có quỹ khen thưởng con cháu học giỏi.
Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt gần tuyệt đối, không có học sinh ngồi nhầm lớp.
Một số điểm trường lẻ vẫn thiếu nước sạch và điện lưới, giáo viên phải tự khắc phục để duy trì việc dạy và học.
Hội cha mẹ học sinh tích cực đóng góp ngày công để làm sân chơi, trồng cây xanh trong khuôn viên trường.
"""),
        items("""
Ngành giáo dục đề nghị các cấp, các ngành tiếp tục quan tâm đầu tư để xóa dần các điểm trường tạm.
Với những nỗ lực đó, năm học mới hứa hẹn sẽ gặt hái thêm nhiều thành tích mới.
"""),
    ),
    "cải cách hành chính": (
        items("""
Thời gian qua, {place} đã triển khai quyết liệt nhiều giải pháp nhằm nâng cao chỉ số cải cách hành chính.
Từ đầu năm đến nay, bộ phận tiếp nhận và trả kết quả của {place} đã giải quyết hàng nghìn hồ sơ thủ tục hành chính.
Chuyển đổi số được {place} xác định là nhiệm vụ trọng tâm, có ý nghĩa quyết định đối với việc hiện đại hóa nền hành chính.
"""),
        items("""
Quy trình giải quyết thủ tục được công khai tại trụ sở và trên cổng thông tin điện tử để người dân dễ dàng tra cứu.
Cán bộ một cửa được tập huấn kỹ năng giao tiếp, tận tình hướng dẫn người dân kê khai hồ sơ.
Hệ thống đánh giá mức độ hài lòng được lắp đặt ngay tại quầy, người dân có thể chấm điểm thái độ phục vụ của cán bộ.
Tỷ lệ hồ sơ nộp trực tuyến tăng nhanh, nhiều thủ tục không còn phải nộp bản giấy.
Văn bản đi, đến được xử lý trên môi trường mạng, chữ ký số được sử dụng rộng rãi ở cả cấp xã.
Việc thanh toán phí, lệ phí trực tuyến giúp người dân tiết kiệm thời gian và chi phí đi lại.
Một số thủ tục còn chồng chéo, thời gian giải quyết kéo dài đã được kiến nghị cấp trên sửa đổi.
Tổ công nghệ số cộng đồng ở các thôn bản hướng dẫn bà con cài đặt ứng dụng và tạo tài khoản định danh điện tử.
"""),
        items("""
Địa phương sẽ tiếp tục rà soát, đơn giản hóa thủ tục, lấy sự hài lòng của người dân làm thước đo hiệu quả phục vụ.
Người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm nếu để xảy ra tình trạng nhũng nhiễu, gây phiền hà.
"""),
    ),
    "an toàn giao thông": (
        items("""
Trong dịp cao điểm lễ, Tết, lực lượng cảnh sát giao thông {place} đã tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm.
Tình hình trật tự an toàn giao thông trên địa bàn {place} thời gian qua cơ bản được giữ vững.
Để kéo giảm tai nạn giao thông, {place} đã triển khai nhiều giải pháp đồng bộ từ tuyên truyền đến xử lý vi phạm.
"""),
        items("""
Các tổ công tác được bố trí tại những điểm thường xảy ra ùn tắc và tai nạn, nhất là vào giờ cao điểm.
Lỗi vi phạm nồng độ cồn được xử lý kiên quyết, không có vùng cấm, không có ngoại lệ.
Nhiều học sinh đi xe máy điện không đội mũ bảo hiểm đã bị nhắc nhở, nhà trường được thông báo để phối hợp giáo dục.
Các điểm đen về tai nạn giao thông đã được khảo sát, lắp thêm biển báo, gờ giảm tốc và gương cầu lồi.
Xe chở hàng quá tải trọng là nguyên nhân khiến nhiều tuyến đường nhanh chóng xuống cấp.
Tại các bến đò ngang, người dân được phát áo phao và nhắc nhở không chở quá số người quy định.
Chính quyền các xã đã ký cam kết với hộ kinh doanh không lấn chiếm lòng đường, vỉa hè để buôn bán.
Hội thi tìm hiểu luật giao thông đường bộ dành cho học sinh thu hút đông đảo các em tham gia.
"""),
        items("""
Cơ quan chức năng đề nghị người tham gia giao thông chấp hành nghiêm quy định, đã uống rượu bia thì không lái xe.
Mỗi người dân hãy là một tuyên truyền viên, nhắc nhở người thân chấp hành tốt luật giao thông.
"""),
    ),
    "thiên tai": (
        items("""
Do ảnh hưởng của hoàn lưu bão, từ đêm qua đến sáng nay, trên địa bàn {place} có mưa to đến rất to.
Mùa mưa lũ năm nay được dự báo diễn biến phức tạp, {place} đã chủ động xây dựng phương án ứng phó theo phương châm bốn tại chỗ.
Sau trận lũ quét, lãnh đạo {place} đã trực tiếp đến hiện trường chỉ đạo công tác khắc phục hậu quả.
"""),
        items("""
Nước suối dâng cao làm ngập nhiều đoạn đường, một số cầu tạm bị cuốn trôi, giao thông bị chia cắt.
Các lực lượng chức năng đã sơ tán hàng chục hộ dân ra khỏi khu vực nguy hiểm trong đêm.
Theo thống kê ban đầu, nhiều ngôi nhà bị hư hỏng, hàng chục héc ta lúa và hoa màu bị ngập úng.
Lực lượng quân đội, công an được huy động giúp dân dọn bùn đất, sửa lại nhà cửa và trường học.
Các gia đình có người bị thương, nhà bị sập được hỗ trợ kịp thời tiền mặt, lương thực và nhu yếu phẩm.
Ngành giao thông đã huy động máy móc san gạt đất đá, thông tuyến tạm để xe cứu trợ có thể vào bản.
Nhiều điểm sạt lở mới xuất hiện trên sườn đồi, tiếp tục đe dọa an toàn của các hộ dân phía dưới.
Nước sạch được cấp miễn phí, hóa chất xử lý môi trường được phun tại các khu vực bị ngập để phòng dịch bệnh.
"""),
        items("""
Địa phương khuyến cáo người dân không quay về nhà cũ khi chưa có thông báo an toàn của chính quyền.
Công tác khắc phục hậu quả đang được khẩn trương triển khai để sớm ổn định đời sống nhân dân.
"""),
    ),
    "văn hóa du lịch": (
        items("""
Những năm gần đây, du lịch cộng đồng đã trở thành hướng đi mới giúp người dân {place} nâng cao thu nhập.
Lễ hội truyền thống của {place} năm nay được tổ chức quy mô lớn với nhiều hoạt động văn hóa, thể thao đặc sắc.
Với cảnh quan thiên nhiên hùng vĩ và bản sắc văn hóa độc đáo, {place} ngày càng thu hút đông đảo du khách.
"""),
        items("""
Nhiều gia đình đã sửa sang nhà sàn, đầu tư chăn đệm, khu vệ sinh sạch sẽ để đón khách nghỉ lại qua đêm.
Du khách được trải nghiệm cuộc sống của người dân bản địa, cùng lên nương, bắt cá, nấu cơm lam.
Các đội văn nghệ thôn bản biểu diễn múa xòe, hát then, thổi khèn phục vụ khách vào buổi tối.
Ẩm thực địa phương với xôi ngũ sắc, thịt trâu gác bếp, cá nướng mắc khén được nhiều du khách ưa thích.
Công tác vệ sinh môi trường, an ninh trật tự tại các điểm du lịch được chú trọng, tạo ấn tượng tốt với du khách.
Một số di tích lịch sử đã được trùng tu, tôn tạo và đưa vào khai thác phục vụ tham quan, học tập.
Các nghệ nhân được mời truyền dạy làn điệu dân ca, cách làm nhạc cụ truyền thống cho thế hệ trẻ.
Tuy nhiên, hạ tầng giao thông đến các điểm du lịch còn hạn chế, sản phẩm du lịch chưa thực sự đa dạng.
"""),
        items("""
Thời gian tới, địa phương sẽ đẩy mạnh quảng bá hình ảnh, kêu gọi đầu tư để du lịch trở thành ngành kinh tế mũi nhọn.
Việc bảo tồn và phát huy bản sắc văn hóa sẽ được gắn chặt với phát triển du lịch bền vững.
"""),
    ),
    "giảm nghèo": (
        items("""
Công tác giảm nghèo ở {place} đã đạt được nhiều kết quả quan trọng, đời sống vật chất và tinh thần của người dân từng bước được nâng lên.
Thực hiện chương trình mục tiêu quốc gia, {place} đã ưu tiên nguồn lực cho các bản đặc biệt khó khăn.
Cuối năm qua, {place} có thêm hàng trăm hộ thoát nghèo, nhiều hộ đã tự nguyện viết đơn xin ra khỏi danh sách hộ nghèo.
"""),
        items("""
Người nghèo được hỗ trợ cây giống, con giống, vật tư nông nghiệp và tập huấn kỹ thuật sản xuất.
Các hộ được vay vốn ưu đãi từ Ngân hàng Chính sách xã hội để mở rộng chăn nuôi, trồng trọt.
Nhiều lao động trẻ được đào tạo nghề và giới thiệu việc làm tại các khu công nghiệp trong và ngoài tỉnh.
Chính sách bảo hiểm y tế, miễn giảm học phí cho người nghèo được thực hiện đầy đủ, kịp thời.
Mặt trận và các đoàn thể vận động xây dựng nhà đại đoàn kết, giúp người nghèo an cư lạc nghiệp.
Bên cạnh đó, vẫn còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước ở một bộ phận người dân.
Những hộ có người già neo đơn, người khuyết tật được chính quyền và hàng xóm thường xuyên thăm hỏi, giúp đỡ.
Các mô hình sinh kế như nuôi lợn đen, trồng sa nhân dưới tán rừng mang lại nguồn thu ổn định.
"""),
        items("""
Mục tiêu của địa phương là giảm tỷ lệ hộ nghèo bình quân mỗi năm từ ba đến bốn phần trăm.
Giảm nghèo bền vững cần sự chung tay của cả cộng đồng và trên hết là ý chí vươn lên của chính người nghèo.
"""),
    ),
}

# --------------------------------------------------------------------------
# caps: hand-written headings
# --------------------------------------------------------------------------

CAPS = items("""
ỦY BAN NHÂN DÂN TỈNH SƠN LA
ỦY BAN NHÂN DÂN HUYỆN VĨNH TƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐỘC LẬP - TỰ DO - HẠNH PHÚC
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI
THÔNG BÁO KẾT QUẢ TUYỂN DỤNG VIÊN CHỨC
THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG MƯỜI
QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC
KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NGÀY QUỐC KHÁNH
BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM
CHỈ THỊ VỀ TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH
NGHỊ QUYẾT KỲ HỌP THỨ MƯỜI BẢY
TIN TỨC - SỰ KIỆN
VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH
THỦ TỤC HÀNH CHÍNH CẤP XÃ
DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ BỐN
CHUYÊN MỤC HỎI ĐÁP PHÁP LUẬT
LIÊN KẾT WEBSITE CÁC SỞ, BAN, NGÀNH
SỐ LƯỢT TRUY CẬP HÔM NAY
NHỮNG SỰ KIỆN ĐÁNG CHÚ Ý TRONG TUẦN
CÁC TIN ĐÃ ĐƯA NGÀY
GIỚI THIỆU CHUNG VỀ HUYỆN
LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN
ĐIỀU KIỆN TỰ NHIÊN, KINH TẾ - XÃ HỘI
CƠ CẤU TỔ CHỨC BỘ MÁY
DANH BẠ ĐIỆN THOẠI CÁC PHÒNG BAN
TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN
NÔNG THÔN MỚI - ĐÔ THỊ VĂN MINH
CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ
PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN
AN NINH QUỐC PHÒNG - TRẬT TỰ AN TOÀN XÃ HỘI
VĂN HÓA - THỂ THAO - DU LỊCH
GIÁO DỤC VÀ ĐÀO TẠO
Y TẾ - DÂN SỐ - GIA ĐÌNH
LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI
TÀI NGUYÊN VÀ MÔI TRƯỜNG
KHOA HỌC, CÔNG NGHỆ VÀ KỸ THUẬT
MỸ THUẬT VÀ NHIẾP ẢNH NGHỆ THUẬT
KỶ NIỆM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM
KỶ NIỆM CHIẾN THẮNG ĐIỆN BIÊN PHỦ
TỈNH LỴ CŨ, DÁNG HÌNH ĐÔ THỊ MỚI
PHÒNG CHỐNG BỆNH KIẾT LỴ TRONG MÙA HÈ
KIÊNG KỴ NGÀY TẾT CỦA NGƯỜI XƯA
HUYỆN LỴ BÊN DÒNG SÔNG ĐÀ
NGƯỜI MẸ ẴM CON VƯỢT LŨ ĐƯỢC CỨU KỊP THỜI
MÃI MÃI KHẮC GHI CÔNG ƠN CÁC ANH HÙNG LIỆT SĨ
ĐẴN GỖ TRÁI PHÉP, BỊ PHẠT NẶNG
CHẲNG QUẢN NGẠI KHÓ KHĂN, VẪN BÁM BẢN GIEO CHỮ
CON ĐƯỜNG THẲNG TẮP VỀ BẢN
HẲN MỘT ĐỜI GẮN BÓ VỚI NGHỀ DẠY HỌC
HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN
HƯỚNG DẪN KÊ KHAI THUẾ THU NHẬP CÁ NHÂN
VẪN CÒN NHIỀU VƯỚNG MẮC TRONG GIẢI PHÓNG MẶT BẰNG
ĐẶC SẢN VÙNG CAO VÀO SIÊU THỊ
MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN
TẶNG QUÀ CHO HỌC SINH NGHÈO VƯỢT KHÓ
NẶNG LÒNG VỚI ĐẤT, NẶNG TÌNH VỚI NGƯỜI
ĐẶT HÀNG SẢN XUẤT CHƯƠNG TRÌNH TRUYỀN HÌNH
BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ
HẰNG NĂM TỔ CHỨC KIỂM TRA ĐỊNH KỲ
NẰM LÒNG QUY TẮC AN TOÀN KHI ĐI ĐÒ
SẮC MÀU VĂN HÓA CÁC DÂN TỘC
NẮNG NÓNG GAY GẮT, NGUY CƠ CHÁY RỪNG CAO
BẮC KẠN, LẠNG SƠN, CAO BẰNG, HÀ GIANG
ĐẮK LẮK: MÙA CÀ PHÊ CHÍN ĐỎ
XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO
BÃO SỐ BA GÂY THIỆT HẠI NẶNG NỀ
ĐÃ CÓ KẾT QUẢ THI TỐT NGHIỆP
NGÃ BA ĐỒNG LỘC - ĐỊA CHỈ ĐỎ
BẢO VỆ MÔI TRƯỜNG LÀ TRÁCH NHIỆM CỦA MỖI NGƯỜI
QUẢN LÝ NHÀ NƯỚC VỀ ĐẤT ĐAI
ẢNH HOẠT ĐỘNG CỦA LÃNH ĐẠO TỈNH
HẠ TẦNG GIAO THÔNG ĐƯỢC ĐẦU TƯ ĐỒNG BỘ
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXII
TẠO ĐỘNG LỰC MỚI CHO PHÁT TRIỂN
LẠNG SƠN: MƯA ĐÁ, RÉT ĐẬM
THÀNH PHỐ ĐÀ NẴNG VÀ TỈNH QUẢNG NAM
HÀ GIANG VÀO MÙA HOA TAM GIÁC MẠCH
ÁN LỆ VÀ BẢN ÁN CÓ HIỆU LỰC PHÁP LUẬT
THÁNG HÀNH ĐỘNG VÌ TRẺ EM
GIÁO VIÊN MẦM NON VÙNG CAO
ẦM ẦM NƯỚC LŨ ĐỔ VỀ TRONG ĐÊM
CẦU TREO MỚI CHO BẢN XA
DẦU ĂN, GẠO, MẮM MUỐI CHO VÙNG LŨ
ẤN TƯỢNG HỘI THI NẤU CƠM LAM
CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
ẨM THỰC ĐƯỜNG PHỐ HÀ NỘI
CHUẨN BỊ CHO MÙA KHÔ HẠN
ẬP ĐẾN BẤT NGỜ, LŨ QUÉT CUỐN TRÔI CẦU TẠM
LUẬT ĐẤT ĐAI VÀ CÁC VĂN BẢN HƯỚNG DẪN
ỄNH ƯƠNG KÊU RỘN ĐỒNG SAU MƯA
ÊM ĐỀM LÀNG QUÊ MÙA GẶT
VỀ NGUỒN, NHỚ CỘI
KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN
ĐỂ MỖI NGƯỜI DÂN ĐỀU ĐƯỢC HƯỞNG LỢI
BỆNH VIỆN ĐA KHOA TỈNH TIẾP NHẬN THIẾT BỊ MỚI
LỄ HỘI ĐỀN HÙNG NĂM NAY
DIỄN ĐÀN NGƯỜI CÓ UY TÍN
NGUYỄN VĂN ỄNH NHẬN DANH HIỆU CHIẾN SĨ THI ĐUA
XÉT TẶNG DANH HIỆU NHÀ GIÁO ƯU TÚ
ÉP CỌC ĐOẠN KÈ XUNG YẾU
HÈ AN TOÀN, BỔ ÍCH CHO THIẾU NHI
ĐÈN ĐƯỜNG NĂNG LƯỢNG MẶT TRỜI CHO BẢN
VẼ TRANH VỀ ĐỀ TÀI BIỂN ĐẢO
SẼ XỬ LÝ NGHIÊM CÁN BỘ VI PHẠM
KẼM GAI, HÀNG RÀO VÀ CỘT MỐC BIÊN GIỚI
TRẺ EM VÙNG CAO ĐÓN TẾT
KẺ GIAN ĐỘT NHẬP TRỤ SỞ XÃ
MẸ VIỆT NAM ANH HÙNG
ĐẸP MÃI NGHỀ DỆT THỔ CẨM
NHẸ GÁNH CHI PHÍ NHỜ BẢO HIỂM Y TẾ
TỈNH ỦY CHỈ ĐẠO PHÒNG CHỐNG THAM NHŨNG
CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH
NGHỈ LỄ QUỐC KHÁNH BỐN NGÀY
Ý KIẾN CỬ TRI TRƯỚC KỲ HỌP
CHÚ Ý: MƯA LỚN KÈM GIÔNG SÉT
QUÝ KHÁCH VUI LÒNG XEM THÊM TẠI ĐÂY
HOA KỲ TÀI TRỢ DỰ ÁN RÀ PHÁ BOM MÌN
KỸ THUẬT TRỒNG CHÈ SHAN TUYẾT
THẾ KỶ MỚI, VẬN HỘI MỚI
Ỷ LẠI LÀ RÀO CẢN CỦA GIẢM NGHÈO
Ỳ ẠCH CÔNG TRÌNH TRƯỜNG HỌC BỎ DỞ
ÍCH NƯỚC, LỢI NHÀ
ỈM ĐI SAI PHẠM, CÁN BỘ BỊ KỶ LUẬT
CHÍNH SÁCH TÍN DỤNG ƯU ĐÃI
NGHĨA TÌNH BIÊN GIỚI
THỊ TRẤN ÍT ONG
ĐỊA CHỈ: SỐ 8 ĐƯỜNG TÔ HIỆU
ÓNG Ả LÚA CHÍN BẬC THANG
ÒA KHÓC KHI GẶP LẠI NGƯỜI THÂN SAU LŨ
VÕ THUẬT CỔ TRUYỀN
RÕ TRÁCH NHIỆM, RÕ THỜI GIAN HOÀN THÀNH
ỎN ẺN BƯỚC ĐI TRÊN SÂN KHẤU
HỌC TẬP VÀ LÀM THEO BÁC
ỌP ẸP NHÀ CÔNG VỤ GIÁO VIÊN
ỐC ĐẢO XANH GIỮA LÒNG HỒ
ỔN ĐỊNH ĐỜI SỐNG NGƯỜI DÂN TÁI ĐỊNH CƯ
HỖ TRỢ NGƯỜI DÂN VÙNG LŨ
CHỖ Ở MỚI CHO BÀ CON
ĐỖ ĐẠT, THÀNH DANH NHỜ KHUYẾN HỌC
ỘP ỘP ẾCH KÊU SAU MƯA
TỒN ĐỌNG HỒ SƠ ĐẤT ĐAI
ỒN ÀO KARAOKE GÂY BỨC XÚC
QUỐC HỘI THÔNG QUA LUẬT MỚI
ĐỠ ĐẦN NGƯỜI NGHÈO VƯƠN LÊN
THÁO GỠ KHÓ KHĂN CHO DOANH NGHIỆP
ỠM Ờ TRẢ LỜI CHẤT VẤN
Ở ĐÂU CÓ KHÓ KHĂN, Ở ĐÓ CÓ THANH NIÊN
MỞ CỬA ĐÓN KHÁCH DU LỊCH TRỞ LẠI
HỢP TÁC XÃ KIỂU MỚI
Ợ CHUA: NGUYÊN NHÂN VÀ CÁCH PHÒNG
THỜI GIAN LÀM VIỆC MÙA HÈ
NGƯỜI TỐT, VIỆC TỐT
ỚT CHỈ THIÊN ĐƯỢC MÙA, ĐƯỢC GIÁ
MỚI ĐÂY, TRÊN ĐỊA BÀN HUYỆN
NHỮNG BÔNG HOA ĐẸP GIỮA ĐỜI THƯỜNG
GIỮ GÌN BẢN SẮC VĂN HÓA DÂN TỘC
CỬA KHẨU QUỐC TẾ
ỬNG HỒNG MÙA QUẢ CHÍN
SỰ KIỆN VÀ BÌNH LUẬN
TỰ HÀO TRUYỀN THỐNG QUÊ HƯƠNG
TỪ NGÀY 1/7 ÁP DỤNG QUY ĐỊNH MỚI
RỪNG PHÒNG HỘ ĐẦU NGUỒN ĐƯỢC BẢO VỆ NGHIÊM NGẶT
CỨU HỘ KỊP THỜI HAI NGƯ DÂN
ỨNG DỤNG CÔNG NGHỆ TRONG SẢN XUẤT
LŨ LỚN TRÊN SÔNG HỒNG
VŨ ĐIỆU CỦA NÚI RỪNG
CỦA ĐỂ DÀNH CỦA NGƯỜI NÔNG DÂN
ỦNG HỘ QUỸ VÌ NGƯỜI NGHÈO
PHỤ NỮ GIỎI VIỆC NƯỚC, ĐẢM VIỆC NHÀ
PHỤ HUYNH LO LẮNG VÌ TRẺ BÉO PHÌ, ỤC ỊCH
CÙNG CHUNG TAY XÂY DỰNG QUÊ HƯƠNG
ÙN TẮC GIAO THÔNG GIỜ CAO ĐIỂM
CHÚ TRỌNG PHÁT TRIỂN ĐẢNG VIÊN
ÚT TỊCH - NỮ ANH HÙNG MIỀN NAM
""")

# --------------------------------------------------------------------------
# mixed: hand-written
# --------------------------------------------------------------------------

MIXED = items("""
Triển khai phần mềm eOffice phiên bản 2.0 tại 15 xã
Quyết định số 1209/QĐ-UBND ngày 12/5/2023 của UBND tỉnh
Nghị định số 42/2022/NĐ-CP quy định về cung cấp thông tin và dịch vụ công trực tuyến
Thông tư 22/2021/TT-BGDĐT về đánh giá học sinh trung học
Kế hoạch số 87/KH-UBND ngày 03/4/2024 về chuyển đổi số
Công văn 356/UBND-VX gửi các phòng, ban chuyên môn
Báo cáo số 17/BC-BBT của Ban Biên tập cổng thông tin
Tờ trình số 45/TTr-STC về dự toán ngân sách năm 2025
Luật Đất đai 2024 có hiệu lực từ ngày 01/8/2024
Hướng dẫn 05/HD-SYT về phòng chống COVID-19 trong trường học
Truy cập https://dichvucong.gov.vn để nộp hồ sơ trực tuyến
Xem chi tiết tại http://sonla.gov.vn/tin-tuc/hoi-nghi-so-ket.html
Mọi góp ý xin gửi về email: banbientap@vinhtuong.gov.vn
Đường dây nóng: 0212.3852.xxx (trong giờ hành chính)
Hotline hỗ trợ kỹ thuật: 1900 1234, nhánh số 2
Cài đặt ứng dụng VNeID trên điện thoại Android hoặc iOS
Kích hoạt tài khoản định danh điện tử mức độ 2
Chỉ số PAR INDEX năm 2023 của tỉnh đạt 85,47 điểm
Chỉ số PCI tăng 7 bậc, xếp thứ 32/63 tỉnh, thành phố
Chỉ số SIPAS về sự hài lòng đạt 82,1%
GRDP bình quân đầu người ước đạt 58,6 triệu đồng
Tốc độ tăng trưởng GRDP đạt 7,2%, vượt kế hoạch
Vốn FDI thu hút được 120 triệu USD trong 9 tháng
Tỷ lệ hộ nghèo giảm còn 12,35% theo chuẩn nghèo đa chiều
Hơn 95% trường học đã có kết nối Internet băng thông rộng
Phủ sóng 4G đến 100% thôn, bản; thí điểm 5G tại trung tâm tỉnh
Hội nghị trực tuyến qua nền tảng Zoom với 204 điểm cầu
Họp trực tuyến trên hệ thống e-Cabinet của Chính phủ
Ký số văn bản bằng USB Token và SIM PKI
Tài liệu họp đăng tải trên phần mềm iOffice
Trang Facebook "Tuổi trẻ Sơn La" đạt 50.000 lượt theo dõi
Livestream bán nông sản trên TikTok và Shopee
Kênh YouTube của Đài PT-TH tỉnh đạt nút bạc
Đăng ký khai sinh qua Zalo OA của UBND phường
Mã QR thanh toán phí, lệ phí qua VNPT Money, MoMo, ViettelPay
Chuẩn QCVN 01:2009/BYT về chất lượng nước ăn uống
Hệ thống quản lý chất lượng ISO 9001:2015 tại 100% cơ quan hành chính
Vắc xin 5 trong 1 (DPT-VGB-Hib) cho trẻ 2, 3, 4 tháng tuổi
Xét nghiệm RT-PCR âm tính với SARS-CoV-2
Giống lúa Bắc Thơm số 7 và J02 cho năng suất 60 tạ/ha
Giá xoài tròn Yên Châu 25.000-30.000 đồng/kg
Giá cà phê hôm nay 110.500 đ/kg, tăng 1.200 đ
Trồng 1.250 ha cây mắc ca xen cà phê Arabica
Bò lai Brahman và bò BBB được hỗ trợ thụ tinh nhân tạo
Dự án đường nối QL6 với QL279 dài 12,5 km
Tuyến cao tốc Hòa Bình - Mộc Châu khởi công quý IV/2024
Xe khách 29B-123.45 lật trên đèo Pha Đin, Km 23+500
Tai nạn tại Km 175+200 quốc lộ 1A đoạn qua Quảng Ngãi
Mưa lớn 150-200 mm, có nơi trên 300 mm
Nhiệt độ thấp nhất 3-5 độ C, vùng núi cao dưới 0 độ C
Cấp độ rủi ro thiên tai cấp 3 do lũ quét, sạt lở đất
Bão số 3 (tên quốc tế YAGI) đổ bộ đất liền
Sức gió mạnh cấp 8-9, giật cấp 11
Cập nhật lúc 14h30 ngày 20/9/2024
Thời gian: 7h30, thứ Hai, ngày 14/10/2024
Địa điểm: Hội trường tầng 3, trụ sở HĐND - UBND huyện
Lượt truy cập: 1.234.567 | Đang online: 89
Bản quyền (c) thuộc về UBND tỉnh Sơn La
Ghi rõ nguồn "Cổng TTĐT tỉnh" khi phát hành lại thông tin
Phụ lục I: Danh mục 25 thủ tục hành chính mức độ 4
Mẫu số 01/ĐK - Đơn đăng ký biến động đất đai
Tải về: mau-don-de-nghi.docx (45 KB)
File đính kèm: QD-1209-UBND.pdf
Chuyên mục Tin tức > Kinh tế > Nông nghiệp
Trang chủ / Văn bản / Quyết định
Giải bóng đá U15 cúp Truyền hình tỉnh lần thứ 12
Giải Marathon "Chạy vì trái tim" 2024 với cự ly 5 km, 10 km, 21 km
Đội tuyển Futsal của huyện thắng 5-3 trong trận chung kết
Vận động viên Lường Thị Ửng giành HCV nội dung 48 kg
Ứng dụng GIS trong quản lý đất đai và quy hoạch
Xây dựng CSDL đất đai với hơn 300.000 thửa đất
Trung tâm IOC (điều hành đô thị thông minh) đi vào hoạt động
Hệ thống camera AI giám sát giao thông tại 12 nút giao
Dịch vụ Wi-Fi miễn phí ở quảng trường trung tâm
Tập huấn kỹ năng sử dụng Word, Excel cho cán bộ xã
Bồi dưỡng tin học văn phòng theo chuẩn IC3
Thi chứng chỉ tiếng Anh B1 theo khung CEFR
Học bổng Vallet và học bổng "Vì em hiếu học" năm 2024
Hơn 2.000 học sinh đạt chứng chỉ TOEIC, IELTS
Điểm chuẩn lớp 10 THPT chuyên: 38,75 điểm
Kỳ thi tốt nghiệp THPT năm 2024 có 8.921 thí sinh dự thi
Tỉ lệ tốt nghiệp đạt 99,12%, tăng 0,5% so với năm 2023
Trường THCS & THPT Tà Xùa đạt chuẩn quốc gia
Bệnh viện Đa khoa tỉnh đưa vào sử dụng máy MRI 1.5 Tesla
Khám sàng lọc HIV/AIDS cho 1.500 người
Tiêm vắc xin Sởi - Rubella (MR) cho trẻ 1-5 tuổi
Phần mềm V20 quản lý hồ sơ sức khỏe điện tử
Thẻ BHYT điện tử tích hợp trên ứng dụng VssID
Dự án ODA do JICA (Nhật Bản) tài trợ
Chương trình hợp tác với KOICA và USAID
Hội thảo quốc tế "Sustainable Tourism in the Northwest"
Khách sạn 3 sao, 120 phòng, đạt chuẩn ASEAN
Homestay bản Áng đón 5.000 lượt khách mỗi năm
Festival hoa ban "Ban trắng Tây Bắc - Ngàn năm tình tự" 2024
Lễ hội Lồng Tồng (xuống đồng) tháng Giêng
Huyện Cư M'gar và huyện Ea H'leo tỉnh Đắk Lắk
Huyện M'Đrắk có 13 xã, thị trấn
Huyện Đắk R'lấp tỉnh Đắk Nông
Xã Ia H'Drai huyện Ia H'Drai tỉnh Kon Tum
Bản Na Ư, xã Na Ư, huyện Điện Biên
Thôn Lũng Cú, xã Lũng Cú - cực Bắc Tổ quốc (23 độ 22 phút vĩ Bắc)
Độ cao 3.143 m - đỉnh Fansipan
Mã bưu chính (ZIP code) 360000
Mã số thuế 5500123456 của hợp tác xã
Tài khoản 3713.0.1234567 mở tại Kho bạc Nhà nước
Số hiệu văn bản: 123/2024/QĐ-UBND (thay thế Quyết định 45/2019/QĐ-UBND)
Điều 5, Khoản 2, Điểm a của Nghị định 100/2019/NĐ-CP
Mức phạt từ 6.000.000 đến 8.000.000 đồng
Lương cơ sở 2.340.000 đồng/tháng từ 01/7/2024
Hỗ trợ 1,5 triệu đồng/người/tháng trong 3 tháng
Kinh phí 2,45 tỷ đồng (Hai tỷ bốn trăm năm mươi triệu đồng)
Đơn giá 15.000đ/m2 đất nông nghiệp
Diện tích 1.200 m2, trong đó 300 m2 đất ở
Thửa đất số 45, tờ bản đồ số 12, xã Tân Lập
Biển số xe 26A-111.22 vi phạm tốc độ 80/60 km/h
Nồng độ cồn 0,25 mg/lít khí thở
Giấy phép lái xe hạng A1, B2
Căn cước công dân số 014xxxxxxxxx
Ngày đăng: 21/03/2024 | Lượt xem: 2318
Bài: Minh Phương - Ảnh: Quang Thủy
Nguồn: Báo Sơn La điện tử
Họ và tên *, Điện thoại, Nội dung góp ý *
Mã xác nhận (CAPTCHA): nhập 4 ký tự
Đăng nhập | Đăng ký | Quên mật khẩu?
Tìm kiếm nâng cao theo từ khóa, ngày ban hành, cơ quan ban hành
Xem thêm >>
Bình chọn: Bạn đánh giá thế nào về giao diện mới? (1.024 phiếu)
Kênh tương tác: Chatbot hỏi đáp thủ tục hành chính 24/7
Nền tảng LGSP kết nối, chia sẻ dữ liệu
Trục liên thông văn bản quốc gia (VDXP)
Cổng dịch vụ công kết nối với CSDL quốc gia về dân cư
Đề án 06/CP về phát triển ứng dụng dữ liệu dân cư
Chương trình OCOP: 36 sản phẩm 3 sao, 5 sản phẩm 4 sao
Mật ong bạc hà Mèo Vạc đạt OCOP 4 sao
Sản phẩm Chè Shan tuyết Suối Giàng xuất khẩu sang EU
Chứng nhận VietGAP, GlobalGAP cho 50 ha bưởi
Mã số vùng trồng xuất khẩu sang Trung Quốc, Úc, Mỹ
Xuất khẩu 200 tấn nhãn sang thị trường Nhật Bản
Điện mặt trời áp mái công suất 1 MWp
Thủy điện Sơn La công suất 2.400 MW
Trạm biến áp 110 kV Mường La
Nhà máy xi măng 1,2 triệu tấn/năm
Khu công nghiệp Bá Thiện II, Vĩnh Phúc
Quy hoạch tỷ lệ 1/500 khu đô thị mới
Bản đồ tỷ lệ 1:10.000 hiện trạng rừng
Phiên bản di động (mobile) của cổng thông tin
Giao diện tiếng Anh (English version) đang thử nghiệm
""")

# --------------------------------------------------------------------------
# ascii: hand-written
# --------------------------------------------------------------------------

ASCII = items("""
Is it so? Yes.
a+b (c^2)
Provincial People's Committee of Son La
The meeting will start at 8:00 a.m. on Monday.
Please read the terms of use before you continue.
Copyright (c) 2024 People's Committee. All rights reserved.
Home | News | Documents | Contact
Click here to download the form (PDF, 120 KB).
Who's online? 12 guests, 0 members.
Don't forget: the deadline is 30 Sept. 2024!
What's new in version 2.1.3?
It's raining again, isn't it?
Ms. Lan and Mr. Duc will attend the workshop.
Dr. O'Brien visited the district hospital.
e.g. farmers, teachers, nurses, etc.
i.e. the old portal (NukeViet 3.x) must be migrated.
See also: p. 12, fig. 3 (b), table 4.
Q: How do I register? A: Online, at the one-stop shop.
Total: 1,250 households (approx. 5,400 people).
Price: USD 1.25/kg, up 0.5% y/o/y.
Temperature: -2 C to +5 C; humidity 85%.
Tel: +84 212 385 2xxx; Fax: +84 212 385 2yyy
Email: contact@example.gov.vn
URL: https://www.example.gov.vn/?page=news&id=1209
ftp://files.example.org/pub/forms/
C:\\Documents\\Reports\\2024\\Q3.xlsx
~/portal/backup/2024-10-04.sql.gz
rm -rf ./cache/* && ls -la ~/tmp
`git log --oneline` shows 42 commits
SELECT * FROM nv4_vi_news_rows WHERE id = 1209;
x^2 + y^2 = r^2
f(x) = (a+b)^n
C++ and C# are languages; so is Go.
A.B.C. (Ltd.) - est. 1999
O'Neil's "dream" ~ a house by the river.
He said: 'wait... what?'
Hello!!! Are you there???
(1) plan; (2) do; (3) check; (4) act.
1. Introduction. 2. Methods. 3. Results.
Section 3.2.1 (a) (ii)
v1.0.0-beta+build.7
ISO 8601: 2024-10-04T07:30:00+07:00
04/10/2024 07:30
Monday, October 14, 2024
12-03-2023 ~ 15-03-2023
+84 (0) 912 345 678
No. 1209/QD-UBND dated 12/5/2023
Decree No. 43/2011/ND-CP of the Government
Cong hoa xa hoi chu nghia Viet Nam
Doc lap - Tu do - Hanh phuc
Uy ban nhan dan tinh Son La
So Y te tinh Hoa Binh
Huyen Vinh Tuong, tinh Vinh Phuc
Xa Chieng Sinh, thanh pho Son La
Nguyen Van An, Tran Thi Binh, Le Van Cuong
Thong bao ket qua tuyen dung vien chuc
Hoi nghi tong ket cong tac nam 2023
Tin tuc - Su kien
Van ban chi dao dieu hanh
Thu tuc hanh chinh
Lich cong tac tuan 42
Dang nhap | Dang ky | Quen mat khau?
tin-tuc/hoi-nghi-so-ket-6-thang-dau-nam-2024.html
/uploads/news/2024_10/anh-hoi-nghi-1.jpg
thong-bao/ket-qua-xet-tuyen-vien-chuc-giao-duc.html
viet-nam-huong-toi-chuyen-doi-so
ha-noi, hai-phong, da-nang, can-tho
Ha Noi - Hai Phong - Da Nang - Hue - Sai Gon
Do you speak Vietnamese? A little.
Welcome to the e-portal of the district!
This page was last updated on 2024-10-04.
Page 1 of 25 (245 items)
<< First < Prev 1 2 3 ... 25 Next > Last >>
[Read more...]
Search: "land use" OR "dat dai"
The ratio is 3:1 (75% vs. 25%).
50% off?! Really?
Why? Because it's cheaper.
Yes. No. Maybe?
A? B. C' D` E~ F( G^ H+ I.
(a) (b) (c) (d) (e)
o.O ^_^ :-) ;-) :-(
a=b; b+=1; c^=d; e~f
if (x > 0) { y = x^2; }
'single' and "double" quotes
`backticks` and ~tildes~
^^^ see above ^^^
+++ added +++, --- removed ---
Step 1 (prepare) -> Step 2 (run) -> Step 3 (check)
Mon-Fri: 7:30-11:30, 13:30-17:00
Sat (a.m. only); Sun: closed.
He can't, she won't, they'd rather not.
Rock 'n' roll, ma'am!
St. Mary's Rd., Apt. 4B
U.S.A. / U.K. / E.U.
A. Nguyen, B. Tran, C. Le (eds.)
vol. 3, no. 2, pp. 45-67
P.S. See you at 5 p.m.
OK? OK.
Hmm... not sure (yet).
Err: 404 Not Found
HTTP/1.1 200 OK
Content-Type: text/html; charset=windows-1258
<meta charset="utf-8">
&nbsp;&amp;&quot;&#33;
N/A
TBD (to be decided)
Sun Oct  6 12:00:00 +07 2024
md5: d41d8cd98f00b204e9800998ecf8427e
UUID 123e4567-e89b-12d3-a456-426614174000
Base64: SGVsbG8gV29ybGQ=
RGB(255, 128, 0) / #FF8000
lat 21.3256, lon 103.9188
GPS: 21 deg 19' 32" N
Score: 9.5/10 (excellent!)
The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs.
""")

# --------------------------------------------------------------------------
# mixed: templates (document references)
# --------------------------------------------------------------------------

DOC_KINDS = [
    ("Quyết định", "QĐ-UBND"),
    ("Kế hoạch", "KH-UBND"),
    ("Công văn", "UBND-KT"),
    ("Thông báo", "TB-VP"),
    ("Nghị quyết", "NQ-HĐND"),
    ("Chỉ thị", "CT-UBND"),
    ("Báo cáo", "BC-SNV"),
]


def fill_mixed(rng: random.Random) -> str:
    kind, code = rng.choice(DOC_KINDS)
    number = rng.randint(1, 3999)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.randint(2009, 2025)
    subject = rng.choice(PROGRAMS + PLANS + MEETINGS)
    form = rng.random()
    if form < 0.5:
        return f"{kind} số {number}/{code} ngày {day:02d}/{month:02d}/{year} về {subject}"
    if form < 0.8:
        return f"Ban hành kèm theo {kind} {number}/{year}/{code}: {subject}"
    return f"{kind} {number}/{code} ({day}/{month}/{year}) - {subject}"


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------


def strip_marks(text: str) -> str:
    """Unaccented Vietnamese ("Hòa Bình" -> "Hoa Binh")."""
    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in out if not unicodedata.combining(c))


def unique(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def generate(rng: random.Random, make, count: int, cls: str, taken) -> list[str]:
    """Up to `count` new lines from `make(rng)` that fit the class."""
    lo, hi = WORD_RANGE.get(cls, (1, 10**6))
    out: list[str] = []
    seen = set(taken)
    for _ in range(count * 50):
        if len(out) == count:
            break
        line = make(rng)
        if line in seen or not lo <= len(line.split()) <= hi:
            continue
        seen.add(line)
        out.append(line)
    assert len(out) == count, (cls, len(out))
    return out


def make_paragraph(rng: random.Random) -> str:
    openings, bodies, closings = TOPICS[rng.choice(sorted(TOPICS))]
    place = place_phrase(rng)
    parts = [rng.choice(openings).format(place=place)]
    parts += rng.sample(bodies, rng.randint(3, 4))
    parts.append(rng.choice(closings))
    return " ".join(parts)


def build() -> dict[str, list[str]]:
    rng = random.Random(SEED)
    lines: dict[str, list[str]] = {}

    lines["word"] = unique(WORDS.split())

    people = [
        f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(60)
    ]
    places = [f"Huyện {d}" for d in rng.sample(DISTRICTS, 25)]
    places += [f"Xã {c}" for c in rng.sample(COMMUNES, 15)]
    places += [f"Tỉnh {p}" for p in rng.sample(PROVINCES, 10)]
    lines["short"] = [
        s for s in unique(SHORT + people + places) if 2 <= len(s.split()) <= 4
    ]

    lines["title"] = TITLES + generate(
        rng, lambda r: fill(r.choice(TITLE_TEMPLATES), r), 340, "title", TITLES
    )

    lines["sentence"] = SENTENCES + generate(
        rng,
        lambda r: fill_sentence(r.choice(SENTENCE_TEMPLATES), r),
        130,
        "sentence",
        SENTENCES,
    )

    lines["paragraph"] = PARAGRAPHS + generate(
        rng, make_paragraph, 54, "paragraph", PARAGRAPHS
    )

    extra = generate(
        rng,
        lambda r: fill(r.choice(TITLE_TEMPLATES), r),
        40,
        "caps",
        lines["title"],
    )
    lines["caps"] = unique(CAPS + [t.upper() for t in extra])

    lines["mixed"] = MIXED + generate(rng, fill_mixed, 40, "mixed", MIXED)

    unaccented = [strip_marks(t) for t in rng.sample(TITLES, 30)]
    lines["ascii"] = unique(ASCII + unaccented)

    # Tone placement: traditional everywhere, then every third line where
    # the placements differ in the modern one.
    applicable = 0
    for cls in CLASSES:
        styled = []
        for text in lines[cls]:
            text = unicodedata.normalize("NFC", text)
            old, new = restyle(text, False), restyle(text, True)
            if old != new:
                applicable += 1
                text = new if applicable % 3 == 0 else old
            styled.append(text)
        lines[cls] = styled
    return lines


def check(lines: dict[str, list[str]]) -> None:
    counts = {c: 0 for c in LETTERS}
    for cls in CLASSES:
        assert len(lines[cls]) >= MINIMUM[cls], (cls, len(lines[cls]))
        lo, hi = WORD_RANGE.get(cls, (1, 10**6))
        for text in lines[cls]:
            n = len(text.split())
            assert lo <= n <= hi, (cls, n, text)
            assert unicodedata.normalize("NFC", text) == text, text
            bad = set(text) - ALLOWED
            assert not bad, (bad, text)
            assert text == text.strip(), text
            if cls == "caps":
                assert text == text.upper(), text
            if cls == "ascii":
                assert text.isascii(), text
            for c in text:
                if c in counts:
                    counts[c] += 1
    rare = [c for c, n in counts.items() if n < 3]
    assert not rare, f"letters occurring fewer than 3 times: {rare}"


def render(lines: dict[str, list[str]]) -> str:
    return "".join(f"{cls}\t{text}\n" for cls in CLASSES for text in lines[cls])


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--output",
        type=Path,
        default=root / "crates/vnenc/tests/data/corpus-vi.txt",
        help="where to write the corpus (default: the checked-in file)",
    )
    ap.add_argument("--stats", action="store_true", help="print line counts to stderr")
    args = ap.parse_args()
    lines = build()
    check(lines)
    args.output.write_bytes(render(lines).encode("utf-8"))
    if args.stats:
        for cls in CLASSES:
            print(f"{cls:10} {len(lines[cls]):5}", file=sys.stderr)
        print(f"{'total':10} {sum(map(len, lines.values())):5}", file=sys.stderr)
        trad = modern = 0
        for cls in CLASSES:
            for text in lines[cls]:
                if restyle(text, False) != restyle(text, True):
                    if text == restyle(text, True):
                        modern += 1
                    else:
                        trad += 1
        print(f"tone placement: {trad} traditional, {modern} modern lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
