// Deposit-first "task" scams: pay in first, do small tasks, get it back "with commission".
import { defineLexicon } from './define';

export const goodsTask = defineLexicon({
  id: 'goods.task',
  about: {
    vi: 'Việc làm "nhiệm vụ" phải nạp tiền trước: việc nhẹ lương cao, chốt đơn ảo, nạp tiền nhận hoa hồng.',
    en: 'Deposit-first "task" jobs: easy work, high pay, fake orders, pay in to earn commission.',
  },
  fold: [
    'việc nhẹ lương cao',
    'làm nhiệm vụ',
    'nhận nhiệm vụ',
    'nhiệm vụ nhận hoa hồng',
    'nạp tiền làm nhiệm vụ',
    'làm task',
    'chốt đơn ảo',
    'chốt đơn nhận hoa hồng',
    'hoàn tiền và hoa hồng',
    'like video kiếm tiền',
    'xem video kiếm tiền',
    'thả tim kiếm tiền',
    'đánh giá sản phẩm nhận tiền',
    'cộng tác viên online',
    'nạp trước',
    'cọc trước',
    'đặt cọc trước',
    'easy money',
  ],
});
