// The "Bộ quy tắc" page's notes and examples for Điều 5 (civil servants) and Điều 6 (state agencies),
// written by the team like those of Điều 3–4 in examples.ts, which joins them into EXAMPLES and gives
// them their type (ClauseExamples).

export const STATE_EXAMPLES = {
  '5.1': {
    plain: {
      vi: 'Cán bộ, công chức cũng là người dùng như mọi người: mọi quy tắc của Điều 4 đều áp dụng, và lời nói của họ thường được hiểu là tiếng nói của cơ quan.',
      en: 'Civil servants are users like everyone else: every rule of Article 4 applies, and their words are often read as their agency’s.',
    },
    good: {
      vi: 'Một giáo viên góp ý về chương trình học bằng lời lẽ ôn hòa, có dẫn văn bản chính thức.',
      en: 'A teacher comments on the curriculum calmly, citing the official document.',
    },
    bad: {
      vi: 'Một công chức dùng tài khoản cá nhân để mỉa mai người dân vừa phàn nàn về thủ tục.',
      en: 'A civil servant uses a personal account to mock a citizen who has just complained about a procedure.',
    },
  },
  '5.2': {
    plain: {
      vi: 'Tài liệu nội bộ, văn bản chưa ban hành và thông tin mật không được đưa lên mạng. Nếu không chắc, hãy hỏi bộ phận phụ trách thông tin của cơ quan trước.',
      en: "Internal papers, decisions not yet issued and classified information don't go online. If unsure, ask your agency's information office first.",
    },
    good: {
      vi: 'Chia sẻ một quyết định đã đăng trên cổng thông tin điện tử của cơ quan, kèm đường link.',
      en: "Sharing a decision that is already on the agency's web portal, with its link.",
    },
    bad: {
      vi: 'Chụp dự thảo ghi "lưu hành nội bộ" rồi gửi vào nhóm Zalo bạn bè.',
      en: 'Photographing a draft marked "for internal circulation" and posting it to a friends’ Zalo group.',
    },
  },
  '5.3': {
    plain: {
      vi: 'Thấy ý kiến trái chiều hay thông tin sai về lĩnh vực mình phụ trách, hãy báo cơ quan để cơ quan trả lời chính thức, thay vì tự tranh cãi bằng tài khoản cá nhân.',
      en: 'When you see contrary or false information about your own field, tell your agency so it can answer officially, rather than arguing from a personal account.',
    },
    good: {
      vi: 'Một cán bộ ngành giáo dục thấy tin sai về học phí, chuyển đường link cho bộ phận truyền thông của cơ quan để đính chính.',
      en: "An education official sees a false post about school fees and forwards the link to the agency's communications team for a correction.",
    },
    bad: {
      vi: 'Tự vào bình luận tranh cãi gay gắt, đưa ra số liệu chưa công bố để "phản bác".',
      en: 'Jumping into the comments to argue heatedly, quoting unpublished figures to "refute" the post.',
    },
  },
  '6.1': {
    plain: {
      vi: 'Trang của cơ quan nhà nước cũng là một tổ chức trên mạng: tên thật, được xác minh, thông tin có nguồn, lời lẽ chuẩn mực.',
      en: "A state agency's page is an organisation online too: a real, verified name, sourced information, proper language.",
    },
    good: {
      vi: 'Trang của Ủy ban nhân dân xã được xác minh, ghi rõ địa chỉ và số điện thoại tiếp công dân.',
      en: "A commune People's Committee page is verified and shows its address and public-reception phone number.",
    },
    bad: {
      vi: 'Trang của một cơ quan dùng tên viết tắt khó nhận ra, ảnh đại diện mượn trên mạng và không có thông tin liên hệ.',
      en: "An agency's page uses a hard-to-recognise abbreviation, a borrowed profile picture and no contact details.",
    },
  },
  '6.2': {
    plain: {
      vi: 'Tài khoản của cơ quan cần người quản trị được giao rõ ràng, xác thực hai lớp, và thu hồi quyền ngay khi có người chuyển công tác. Khi mất quyền kiểm soát hoặc bị giả mạo, báo ngay cho nhà cung cấp dịch vụ.',
      en: 'An agency account needs named administrators, two-factor authentication, and access removed as soon as someone moves post. If control is lost or the account is impersonated, tell the provider at once.',
    },
    good: {
      vi: 'Khi một cán bộ chuyển công tác, quản trị viên gỡ quyền quản lý trang của người đó ngay trong ngày.',
      en: 'When an employee moves to another post, the administrator removes their access to the page the same day.',
    },
    bad: {
      vi: 'Cả phòng dùng chung một mật khẩu trang, ghi trên mẩu giấy dán ở bàn làm việc.',
      en: 'The whole office shares one page password, written on a note stuck to a desk.',
    },
  },
  '6.3': {
    plain: {
      vi: 'Số liệu, quyết định, lịch làm việc đăng trên mạng xã hội phải khớp với văn bản chính thức của cơ quan; hãy dẫn đường link đến nguồn.',
      en: "Figures, decisions and schedules posted on social networks must match the agency's official documents; link to the source.",
    },
    good: {
      vi: '"Lịch tiếp công dân tháng này theo thông báo trên cổng thông tin điện tử của phường (đường link ở cuối bài)."',
      en: '"This month\'s public-reception schedule, as announced on the ward\'s web portal (link at the end of the post)."',
    },
    bad: {
      vi: 'Đăng "Từ tuần sau học sinh được nghỉ học" trước khi có văn bản chính thức, rồi phải gỡ bài.',
      en: 'Posting "Pupils are off school from next week" before any official document exists, then having to delete it.',
    },
  },
  '6.4': {
    plain: {
      vi: 'Khi người dân hỏi hoặc góp ý về việc thuộc thẩm quyền của cơ quan, nên trả lời rõ ràng, đúng mực, hoặc chỉ nơi giải quyết.',
      en: "When people ask or comment about matters within the agency's remit, answer clearly and courteously, or point to where it is handled.",
    },
    good: {
      vi: '"Cảm ơn anh đã phản ánh. Bộ phận một cửa sẽ liên hệ lại trong 3 ngày làm việc; anh cũng có thể gọi đường dây nóng ở đầu trang."',
      en: '"Thank you for letting us know. The one-stop desk will contact you within 3 working days; you can also call the hotline at the top of this page."',
    },
    bad: {
      vi: 'Xóa các bình luận phản ánh và chặn người hỏi mà không trả lời.',
      en: 'Deleting comments that raise complaints and blocking the person who asked, without an answer.',
    },
  },
};
