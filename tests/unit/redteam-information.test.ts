// Red team, information area: unverified claims (Điều 4.4), personal data (4.3, 4.8), illegal
// advertising (4.6) and confidential documents (5.2, civil-servant profile), written by the team as
// people type online (with and without accents, teencode, spacing and punctuation tricks). Every
// must-flag sentence raises a hint of the expected category (and, where the split matters, of the
// expected rule); every hard negative of this round raises no hint at all, in any profile.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import type { Category } from '../../rules/types';
import { GROUPS } from '../fixtures/hard-negatives-extra/information';

const citizen = createChecker({ profile: 'citizen' });
const civilServant = createChecker({ profile: 'civil-servant' });

type Case = readonly [string, Category, string?];

/** Unverified, privacy and illegal-ads: every profile. */
const MUST_FLAG: readonly Case[] = [
  [
    'Nghe nói tuần sau phong tỏa toàn quận, mọi người đi mua đồ tích trữ đi',
    'unverified',
    'unverified-hearsay',
  ],
  ['nghe đồn ngân hàng Đông Á sắp phá sản, ai có tiền gửi thì rút gấp', 'unverified', 'unverified-hearsay'],
  ['nghe bảo nhà máy nước bị nhiễm độc, mấy hôm này đừng uống nước máy', 'unverified', 'unverified-hearsay'],
  ['Theo nguồn tin mật, tháng sau xăng sẽ tăng giá lên 40 nghìn một lít', 'unverified', 'unverified-hearsay'],
  ['tin noi bo: thang sau dong cua toan bo truong hoc', 'unverified', 'unverified-hearsay'],
  ['Bạn tôi làm ở bệnh viện kể là đã có 20 người chết mà không công bố', 'unverified', 'unverified-hearsay'],
  ['ng ta đồn là chợ Bến Thành sắp bị đóng cửa vĩnh viễn', 'unverified', 'unverified-hearsay'],
  ['nghe noi sap doi tien roi, ai giu tien mat thi lo ma doi vang', 'unverified'],
  ['Tin nóng: nghe nói có học sinh tử vong vì ngộ độc ở trường, nhà trường giấu', 'unverified'],
  ['Share gấp trước khi bị xóa!!! Sự thật về vụ cháy chung cư', 'unverified', 'unverified-share-urgency'],
  ['share gap truoc khi bi xoa nha moi nguoi', 'unverified', 'unverified-share-urgency'],
  ['Mọi người chia sẻ nhanh trước khi bài bị gỡ nhé', 'unverified'],
  ['Chia sẻ ngay để cảnh báo người thân!!!', 'unverified', 'unverified-share-urgency'],
  ['Xem ngay kẻo clip bị gỡ, sự thật mà truyền thông không nói cho bạn biết', 'unverified'],
  [
    'Gửi tin nhắn này cho 10 người trong 24 giờ, nếu không sẽ gặp xui xẻo',
    'unverified',
    'unverified-share-urgency',
  ],
  ['Báo chí không dám đưa tin vụ này, ae share mạnh lên', 'unverified', 'unverified-share-urgency'],
  ['CẢNH BÁO: nhóm bắt cóc trẻ em đi xe 7 chỗ màu trắng ở Cầu Giấy, các mẹ share gấp', 'unverified'],
  ['Lan tỏa ngay để ai cũng biết sự thật bị che giấu', 'unverified', 'unverified-share-urgency'],
  ['sợ bài này bị xóa nên mọi người lưu lại và share liền đi', 'unverified'],
  [
    'Bộ Y tế vừa thông báo: uống nước ấm mỗi 15 phút diệt được virus',
    'unverified',
    'unverified-fake-official',
  ],
  [
    'KHẨN: Bộ Công an vừa ra thông báo phạt 5 triệu ai không mang CCCD gắn chip',
    'unverified',
    'unverified-fake-official',
  ],
  ['Chính phủ vừa ra lệnh từ mai cấm xe máy vào nội thành', 'unverified', 'unverified-fake-official'],
  ['Nhà nước sắp đổi tiền, ai còn giữ tiền mặt thì đổi gấp', 'unverified', 'unverified-urgent-claim'],
  [
    'Thông báo khẩn của Bộ Giáo dục: cho học sinh cả nước nghỉ học đến hết tháng',
    'unverified',
    'unverified-alarm-claim',
  ],
  ['bo y te vua thong bao khan: khong an rau muong vi nhiem doc', 'unverified', 'unverified-fake-official'],
  [
    'BHXH vừa thông báo từ 1/7 dừng chi trả lương hưu cho người trên 70 tuổi',
    'unverified',
    'unverified-fake-official',
  ],
  [
    'Ngân hàng Nhà nước sắp phong tỏa tài khoản của ai chưa cập nhật sinh trắc học',
    'unverified',
    'unverified-fake-official-phrase',
  ],
  ['Thần dược lá đu đủ đực chữa khỏi ung thư giai đoạn cuối', 'unverified'],
  [
    'uong nuoc la oi moi sang khoi han tieu duong, khong can uong thuoc tay',
    'unverified',
    'unverified-miracle-cure',
  ],
  ['Lá tía tô trị dứt điểm gout, bác sĩ cũng phải bất ngờ', 'unverified', 'unverified-miracle-cure'],
  ['Nước chanh nóng diệt sạch tế bào ung thư chỉ sau 1 tuần', 'unverified', 'unverified-miracle-cure'],
  ['Bài thuốc nam này chữa khỏi hẳn bệnh gan, không cần đi viện', 'unverified', 'unverified-miracle-cure'],
  ['Giấm táo đánh bay ung thư và mỡ bụng chỉ sau 7 ngày', 'unverified', 'unverified-miracle-cure'],
  [
    'tỏi ngâm mật ong chữa khỏi cao huyết áp vĩnh viễn, khỏi cần uống thuốc',
    'unverified',
    'unverified-miracle-cure',
  ],
  ['Uống nước gừng sả mỗi ngày tiêu diệt virus corona', 'unverified', 'unverified-miracle-cure'],
  ['99% người dùng điện thoại trước khi ngủ đều bị ung thư não', 'unverified', 'unverified-sweeping-figure'],
  ['100% bác sĩ đã xác nhận ăn mì tôm gây ung thư', 'unverified', 'unverified-sweeping-figure'],
  ['90% người Việt đang ăn sai cách mà không biết', 'unverified', 'unverified-sweeping-figure'],
  ['95% dân văn phòng bị thoái hóa cột sống vì ngồi sai tư thế', 'unverified', 'unverified-sweeping-figure'],
  ['Mã OTP của em là 482913, anh nhập giúp em nhé', 'privacy', 'privacy-otp'],
  ['ma otp 123456 nhe chi', 'privacy', 'privacy-otp'],
  ['OTP: 5521 đó, đọc nhanh lên kẻo hết hạn', 'privacy', 'privacy-otp-digits'],
  ['mã xác minh zalo của mình là 884 210, bạn nhập giùm', 'privacy', 'privacy-otp-digits'],
  ['mã xác minh 7731 nhé', 'privacy', 'privacy-otp-digits'],
  ['pass fb của tao là Hoangnam1998 nè', 'privacy', 'privacy-password'],
  ['mk fb: anh123456', 'privacy', 'privacy-password-typed'],
  ['wifi nhà mình pass là 12345678 nha', 'privacy', 'privacy-password'],
  ['Mật khẩu email công ty: Congty@2024', 'privacy', 'privacy-password'],
  ['tk: ngocanh99 mk: ngocanh@123 vào chơi game giùm tớ', 'privacy', 'privacy-login-pair'],
  ['CCCD của anh ấy: 001203004567, họ tên Nguyễn Văn Nam', 'privacy', 'privacy-citizen-id'],
  ['so cccd cua chi ay 079190123456', 'privacy', 'privacy-citizen-id'],
  ['căn cước của bà ấy là 0792 0312 3456', 'privacy', 'privacy-citizen-id'],
  ['số định danh cá nhân của cháu: 038215006789', 'privacy', 'privacy-citizen-id'],
  ['STK 19035566778899 Techcombank chủ TK Trần Thị Bình', 'privacy', 'privacy-bank-account'],
  [
    'stk của thằng lừa đảo đây: 0451000123456 VCB Nguyen Van Hung, mọi người tránh',
    'privacy',
    'privacy-bank-account',
  ],
  ['số thẻ visa của chị: 4111 1111 1111 1111, hết hạn 09/27, cvv 123', 'privacy', 'privacy-card-number'],
  ['Địa chỉ nhà nó: số 15 ngõ 88 Trần Duy Hưng, ai gần qua xử', 'privacy', 'privacy-home-address'],
  ['nhà con bé đó ở hẻm 42 Lê Văn Sỹ, quận 3, ae qua hỏi thăm', 'privacy', 'privacy-home-address'],
  ['nhà thằng đấy ở số 7 ngách 12 phố Kim Mã', 'privacy', 'privacy-home-address'],
  ['sđt của con đó đây 0912 345 678, mọi người gọi khủng bố nó đi', 'privacy', 'privacy-phone-third-party'],
  ['ai có in4 thằng này không, anh em vào xử nó', 'privacy', 'privacy-doxxing'],
  [
    'Con tôi tên Bảo Ngọc, 6 tuổi, học lớp 1A3 trường tiểu học Đoàn Thị Điểm',
    'privacy',
    'privacy-child-details',
  ],
  ['bé nhà mình tên Na, đang học mầm non Hoa Sen lớp Chồi 2', 'privacy', 'privacy-child-details'],
  ['con trai em tên Khoa, học trường THCS Trưng Vương lớp 7A', 'privacy', 'privacy-child-details'],
  ['Nhà cái uy tín số 1 châu Á, nạp đầu tặng 100%', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['link vao nha cai moi nhat, ib de nhan code', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['Tài xỉu online uy tín, rút tiền siêu tốc 5 phút', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['Đăng ký fb88 nhận ngay 88k, cược bóng đá tỷ lệ cao', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['vào w88 chơi game bài đổi thưởng, hoàn trả cược mỗi ngày', 'illegal-ads', 'illegal-ads-gambling'],
  ['Soi cầu lô đề miền Bắc chuẩn, ib nhận số', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['soi cau mien bac hom nay, bach thu lo 68 an chac', 'illegal-ads', 'illegal-ads-lottery'],
  ['Nhận ghi lô đề online, 1 ăn 99, trả thưởng nhanh', 'illegal-ads', 'illegal-ads-offer-betting'],
  ['lo de online uy tin, nap tien nhan thuong', 'illegal-ads'],
  ['Vay nóng 50 triệu giải ngân trong 30 phút, chỉ cần CCCD', 'illegal-ads', 'illegal-ads-loan-shark'],
  ['vay nong khong can the chap, giai ngan trong ngay', 'illegal-ads', 'illegal-ads-loan-shark'],
  [
    'Cho vay tín dụng đen lãi suất thấp, không cần gặp mặt, ib ngay',
    'illegal-ads',
    'illegal-ads-offer-loan-shark',
  ],
  ['Hỗ trợ bốc họ, góp ngày, nợ xấu vẫn vay được', 'illegal-ads', 'illegal-ads-offer-loan-shark'],
  ['cho vay trả góp ngày, chỉ cần cmnd, không thẩm định', 'illegal-ads', 'illegal-ads-loan-shark'],
  ['Nhận làm bằng đại học, bằng cấp 3 giá rẻ, có hồ sơ gốc', 'illegal-ads', 'illegal-ads-paper-pitch'],
  ['Làm bằng lái xe máy không cần thi, bao đậu 100%', 'illegal-ads', 'illegal-ads-fake-documents-pitch'],
  ['lam bang dai hoc, bang lai xe, giay kham suc khoe lay ngay', 'illegal-ads', 'illegal-ads-paper-pitch'],
  ['Bán hóa đơn VAT đầu vào giá rẻ, xuất hóa đơn khống', 'illegal-ads', 'illegal-ads-offer-fraud-papers'],
  ['Nhận làm chứng chỉ tiếng Anh, chứng chỉ tin học không cần thi', 'illegal-ads', 'illegal-ads-paper-pitch'],
  ['Bán súng hơi, súng bắn bi, ship COD toàn quốc', 'illegal-ads', 'illegal-ads-offer-weapons'],
  ['Có pháo nổ, pháo hoa nổ Trung Quốc bán Tết, ib giá', 'illegal-ads', 'illegal-ads-offer-weapons'],
  ['Bán cỏ Mỹ, nấm thần, kẹo ke hàng chuẩn, giao tận nơi', 'illegal-ads', 'illegal-ads-offer-drugs'],
  ['Thu mua ngà voi, sừng tê giác giá cao', 'illegal-ads', 'illegal-ads-offer-wildlife'],
  ['Bán vảy tê tê, cao hổ cốt nguyên chất, ai cần ib', 'illegal-ads', 'illegal-ads-offer-wildlife'],
  ['ban phao no tet nay, ib gia si', 'illegal-ads'],
  ['Bán tài khoản ngân hàng chính chủ, sim kích hoạt sẵn', 'illegal-ads', 'illegal-ads-offer-personal-data'],
  ['n.g.h.e n.ó.i sắp phong tỏa cả thành phố', 'unverified'],
  ['SHARE GẤP!!! trước khi bị xoá', 'unverified'],
  ['share gấpppp mọi người ơi', 'unverified'],
  ['chia se gap cho moi nguoi cung biet', 'unverified'],
  ['Bộ Y Tế vừa thông báo khẩn, mọi người đừng ăn thịt lợn', 'unverified'],
  ['chính phủ vừa ra lệnh phong tỏa toàn quốc từ 0h đêm nay', 'unverified'],
  ['uống nước lá ổi khỏi hẳn tiểu đường sau 1 tháng', 'unverified'],
  ['nghe đâu công an sắp bắt giữ ông chủ tịch xã', 'unverified'],
  ['mã OTP là 5 5 2 1 nhé', 'privacy'],
  ['OTP 482913', 'privacy'],
  ['ma xac nhan: 839201', 'privacy'],
  ['mật khẩu: Abc@12345', 'privacy'],
  ['password: hoang1998', 'privacy'],
  ['mat khau la matkhau123', 'privacy'],
  ['CMND 012345678901 của chị Lan', 'privacy'],
  ['cccd 001.203.004567', 'privacy'],
  ['stk 0123 4567 8910 acb ten tran van c', 'privacy'],
  ['nhà hắn ở số 3 hẻm 15 đường Lê Lợi', 'privacy'],
  ['Nhà cái uy tín, nạp lần đầu x2 tài khoản', 'illegal-ads'],
  ['n.h.à c.á.i uy tín', 'illegal-ads'],
  ['cá cược bóng đá online, hoàn trả 1.5%', 'illegal-ads'],
  ['vay nóng trong ngày, ib zalo', 'illegal-ads'],
  ['cho vay tiền góp ngày lãi nhẹ', 'illegal-ads'],
  ['làm bằng đại học thật 100%, có hồ sơ gốc', 'illegal-ads'],
  ['bán bằng lái xe a1 b2, không cần thi', 'illegal-ads'],
  ['bán cần sa, ship nhanh', 'illegal-ads'],
  ['nhận thuê tài khoản ngân hàng giá cao', 'illegal-ads'],
  ['đánh đề online 1 ăn 99', 'illegal-ads'],
];

/**
 * Frames: the meaning carried by other words than the listed phrases (a marker with a claim, an
 * offer with a banned good, a person with a datum, a secret with its value, a document with its
 * status and a share verb). Written apart from the rules' own examples.
 */
const MUST_FLAG_FRAMES: readonly Case[] = [
  ['My cousin works at the bank and says all savings accounts will be frozen next month', 'unverified'],
  ['Lemon and hot water kills the virus, no need for vaccines', 'unverified', 'en-unverified-cure'],
  ['Fake diplomas and degrees for sale, verifiable, contact via zalo', 'illegal-ads', 'en-illegal-ads-offer'],
  ['We take exams for you, IELTS and TOEIC guaranteed score', 'illegal-ads', 'en-illegal-ads-offer'],
  ['That guy lives at 25 Tran Hung Dao street, go teach him a lesson', 'privacy', 'en-privacy-address'],
  [
    'Her daughter is in class 3A at Nguyen Du primary school, picks her up at 5pm',
    'privacy',
    'en-privacy-child',
  ],
  ['ban ma tuy da, ke, ship kin, lien he zalo 0912345678', 'illegal-ads'],
  ['nhận đòi nợ khó đòi, xử lý con nợ nhanh gọn, sđt 0987654321', 'illegal-ads'],
  ['mn oi nghe noi tu 1/7 di xe may khong co bang se bi phat 20 trieu', 'unverified', 'unverified-hearsay'],
  ['Đứa bạn làm ở bệnh viện tỉnh nói đã có 3 ca tử vong vì dịch lạ', 'unverified', 'unverified-hearsay'],
  ['Có tin là sắp có động đất 7 độ richter ở Hà Nội, mọi người chuẩn bị', 'unverified', 'unverified-hearsay'],
  ['Bán súng hơi PCP, đạn chì, giao hàng toàn quốc', 'illegal-ads', 'illegal-ads-offer-weapons'],
  ['nhận thi hộ bằng lái, thi ho toeic, ib', 'illegal-ads'],
  ['0987654321 đây, anh em gọi chửi nó cho chừa', 'privacy'],
  ['Gửi mọi người ảnh căn cước của con nhỏ đó', 'privacy', 'privacy-id-photo'],
  ['heard the city water is poisoned, dont drink tap water this week', 'unverified', 'en-unverified-hearsay'],
  ['URGENT share this: the banks will freeze every account on Monday', 'unverified'],
  ['boiled lemongrass water cures covid, my grandma swears by it', 'unverified', 'en-unverified-cure'],
  ['selling fake passports and fake ids, whatsapp me', 'illegal-ads', 'en-illegal-ads-offer'],
  ['my gmail password is Thao@2025 pls check my mail for me', 'privacy', 'en-privacy-secret'],
  ['uống nước tỏi chữa khỏi covid', 'unverified', 'unverified-miracle-cure'],
  ['uong nuoc gung nong moi sang la het ung thu', 'unverified', 'unverified-remedy-cure'],
  ['nghe nói từ tháng sau ra đường không mang căn cước bị phạt 2 triệu', 'unverified', 'unverified-hearsay'],
  ['ng ta đồn ngân hàng SCB sắp phá sản, ai gửi tiết kiệm rút hết đi', 'unverified', 'unverified-hearsay'],
  ['bạn tôi làm bên điện lực nói tuần sau cắt điện cả tháng', 'unverified', 'unverified-hearsay'],
  ['chắc chắn 100% là sắp đổi tiền polymer, giữ vàng cho chắc', 'unverified', 'unverified-vouched-claim'],
  [
    'mọi người share cho người thân: có nhóm bắt cóc trẻ em đi xe 16 chỗ ở Thủ Đức',
    'unverified',
    'unverified-spread-claim',
  ],
  ['tiêm vacxin xong nhiều người đột tử mà báo chí không đưa tin', 'unverified'],
  [
    'Bộ Y tế xác nhận chắc chắn từ mai cách ly toàn thành phố',
    'unverified',
    'unverified-certain-authority-claim',
  ],
  ['nge noi ca si X vua qua doi vi tai nan', 'unverified', 'unverified-hearsay'],
  ['Mật khẩu facebook của tao là Hoang@1998, đăng nhập giùm tao với', 'privacy', 'privacy-password'],
  ['mk: minhanh@123', 'privacy', 'privacy-password-typed'],
  ['pass zalo của vợ tôi là Lan2605!! đừng nói ai nhé', 'privacy', 'privacy-password'],
  ['CMND của con bé là 024567891, ai gặp thì báo', 'privacy', 'privacy-citizen-id'],
  ['sđt thằng nợ tiền tao: 0988.123.456, anh em gọi hỏi thăm giùm', 'privacy', 'privacy-phone-third-party'],
  ['bé nhà mình năm nay học lớp 1A2 trường tiểu học Nguyễn Du', 'privacy', 'privacy-child-details'],
  ['nhà con mụ bán hàng online ở ngách 15 ngõ 80 Chùa Bộc', 'privacy', 'privacy-home-address'],
  ['có ke, kẹo, nước vui, ship nhanh nội thành', 'illegal-ads', 'illegal-ads-offer-drugs'],
  ['nhận thi hộ bằng lái xe máy, liên hệ zalo', 'illegal-ads', 'illegal-ads-offer-exam-fraud'],
  ['vay online chỉ cần căn cước, giải ngân 5 phút, không gọi người thân', 'illegal-ads'],
  [
    'tuyển ctv làm nhiệm vụ like video, nạp trước 500k hoàn tiền ngay',
    'illegal-ads',
    'illegal-ads-offer-task-scam',
  ],
  ['thu mua mật gấu, cao hổ cốt, giá cao, liên hệ', 'illegal-ads', 'illegal-ads-offer-wildlife'],
  ['cần bán súng bắn bi, đạn chì, ship kín toàn quốc', 'illegal-ads', 'illegal-ads-offer-weapons'],
  ['giày Nike rep 1:1 like auth, có sẵn size 40-44, ib', 'illegal-ads', 'illegal-ads-offer-counterfeit'],
  ['nhận làm giấy khám sức khỏe không cần khám, lấy liền', 'illegal-ads', 'illegal-ads-paper-pitch'],
  ['có em gái gọi 2k3, bao đêm giá hạt dẻ, inbox', 'illegal-ads', 'illegal-ads-offer-sex'],
  [
    'bán data số điện thoại chủ nhà đất Hà Nội, cập nhật 2025',
    'illegal-ads',
    'illegal-ads-offer-personal-data',
  ],
];

/** Frames of confidential documents: the civil-servant profile only. */
const MUST_FLAG_FRAMES_CIVIL_SERVANT: readonly Case[] = [
  [
    'gửi anh em danh sách cán bộ dự kiến bổ nhiệm (chưa công bố) xem trước',
    'confidential',
    'confidential-doc-leak',
  ],
  ['đề thi toán tốt nghiệp sáng mai đây, ai cần ib mình gửi', 'confidential', 'confidential-exam-leak'],
  [
    'chụp trộm được biên bản họp nội bộ của sở, up lên cho mọi người biết',
    'confidential',
    'confidential-doc-leak',
  ],
  ['bảng dự toán gói thầu chưa duyệt, ae xem rồi xóa nhé', 'confidential', 'confidential-doc-leak'],
  ['Gửi anh em biên bản họp chi bộ tối qua, xem xong xóa', 'confidential', 'confidential-doc-share'],
  ['file du toan goi thau cau Tan Hoa, ae nao can ib', 'confidential', 'confidential-doc-share'],
  ['Dự thảo quyết định cắt giảm biên chế năm nay, mình có bản đây', 'confidential', 'confidential-doc-share'],
];

/** Confidential documents: the civil-servant profile only. */
const MUST_FLAG_CIVIL_SERVANT: readonly Case[] = [
  [
    'Gửi anh em văn bản TỐI MẬT của Sở, đọc xong xóa nhé',
    'confidential',
    'confidential-classification-stamp',
  ],
  ['MẬT\nCông văn về việc rà soát nhân sự', 'confidential'],
  ['Độ mật: Tối mật. Kế hoạch kiểm tra đột xuất', 'confidential', 'confidential-classification'],
  [
    'Chụp được cái công văn TUYỆT MẬT của tỉnh, ai xem ib',
    'confidential',
    'confidential-classification-stamp',
  ],
  ['Văn bản này đóng dấu mật, ai muốn xem thì inbox', 'confidential', 'confidential-classification'],
  [
    'Tài liệu nội bộ – không phổ biến ra ngoài, anh chị xem tham khảo',
    'confidential',
    'confidential-internal',
  ],
  [
    'Dự thảo chưa ban hành: phương án sắp xếp lại các phòng ban năm sau',
    'confidential',
    'confidential-internal',
  ],
  ['Bản dự thảo quy hoạch chưa công khai, mình chụp được ở phòng', 'confidential', 'confidential-doc-leak'],
  ['tai lieu noi bo nha, khong phat tan', 'confidential', 'confidential-internal'],
  [
    'Danh sách cán bộ dự kiến luân chuyển (bản chưa ký) đây mọi người',
    'confidential',
    'confidential-internal',
  ],
  ['Biên bản họp nội bộ chi bộ tuần trước, chụp gửi mọi người xem', 'confidential', 'confidential-doc-leak'],
  ['Số: 123/QĐ-UBND ngày 5/3 về việc điều động cán bộ', 'confidential', 'confidential-document-number'],
  ['Số 45/2024/TT-BTC bản gốc đây, chưa đăng công báo', 'confidential'],
  ['số:15/UBND-VP gửi các phòng, ae xem trước', 'confidential', 'confidential-document-number'],
  ['[MẬT] Báo cáo tình hình an ninh quý III', 'confidential'],
  ['TỐI MẬT\nKế hoạch kiểm tra đột xuất các xã', 'confidential'],
  ['(Mật) Danh sách cán bộ diện quy hoạch', 'confidential'],
  ['Bản dự thảo chưa ban hành đây anh em', 'confidential'],
  ['Lưu hành nội bộ, không phát tán', 'confidential'],
  ['Số: 25/KH-UBND kế hoạch nội bộ', 'confidential'],
  ['tài liệu tuyệt mật của phòng tổ chức', 'confidential'],
];

const HARD_NEGATIVES = GROUPS.flatMap((g) => g.texts);
const rows = (cases: readonly Case[]) =>
  cases.map(([t, c, r]): [string, Category, string] => [t, c, r ?? '']);

describe('information red team: must flag (citizen profile)', () => {
  it('has enough sentences for every category of the area', () => {
    const count = (c: Category) => MUST_FLAG.filter(([, cat]) => cat === c).length;
    expect(count('unverified')).toBeGreaterThanOrEqual(20);
    expect(count('privacy')).toBeGreaterThanOrEqual(20);
    expect(count('illegal-ads')).toBeGreaterThanOrEqual(20);
    expect(MUST_FLAG_CIVIL_SERVANT.length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows(MUST_FLAG))('%j → %s %s', (text, category, ruleId) => {
    const found = citizen.check(text);
    expect(found.map((f) => f.category)).toContain(category);
    if (ruleId) expect(found.filter((f) => f.category === category).map((f) => f.ruleId)).toContain(ruleId);
  });
});

describe('information red team: confidential documents (civil-servant profile)', () => {
  it.each(rows(MUST_FLAG_CIVIL_SERVANT))('%j → %s %s', (text, category, ruleId) => {
    const found = civilServant.check(text);
    expect(found.map((f) => f.category)).toContain(category);
    if (ruleId) expect(found.filter((f) => f.category === category).map((f) => f.ruleId)).toContain(ruleId);
  });

  it.each(rows(MUST_FLAG_CIVIL_SERVANT))('%j is not a confidential hint for a citizen', (text) => {
    expect(citizen.check(text).filter((f) => f.category === 'confidential')).toEqual([]);
  });
});

describe('information red team: frames catch the meaning in other words', () => {
  it.each(rows(MUST_FLAG_FRAMES))('%j → %s %s', (text, category, ruleId) => {
    const found = citizen.check(text);
    expect(found.map((f) => f.category)).toContain(category);
    if (ruleId) expect(found.filter((f) => f.category === category).map((f) => f.ruleId)).toContain(ruleId);
  });

  it.each(rows(MUST_FLAG_FRAMES_CIVIL_SERVANT))('%j → %s %s (civil servant)', (text, category, ruleId) => {
    const found = civilServant.check(text);
    expect(found.map((f) => f.category)).toContain(category);
    if (ruleId) expect(found.filter((f) => f.category === category).map((f) => f.ruleId)).toContain(ruleId);
  });
});

describe('information red team: hard negatives raise no hint', () => {
  it('has at least 40 sentences, each group with a reason', () => {
    expect(HARD_NEGATIVES.length).toBeGreaterThanOrEqual(40);
    for (const g of GROUPS) expect(g.reason.length).toBeGreaterThan(10);
  });

  it.each(HARD_NEGATIVES)('%j', (text) => {
    expect(civilServant.check(text).map((f) => `${f.ruleId}:${f.matched}`)).toEqual([]);
    expect(citizen.check(text).map((f) => `${f.ruleId}:${f.matched}`)).toEqual([]);
  });
});
