// Roles a prescriptive remark assigns to men ("kiếm tiền", "nuôi vợ con", "trụ cột gia đình").
import { defineLexicon } from './define';

const MEN_ROLES = [
  'kiếm tiền',
  'kiếm tiền nuôi vợ',
  'nuôi vợ',
  'nuôi vợ con',
  'nuôi gia đình',
  'trụ cột',
  'trụ cột gia đình',
  'gánh vác',
  'gánh vác gia đình',
  'làm trụ cột',
  'có nhà có xe',
  'làm chủ gia đình',
  'ra ngoài kiếm tiền',
] as const;

export default defineLexicon({
  id: 'gender.role.men',
  about: {
    vi: 'Vai trò áp đặt cho nam giới ("kiếm tiền", "nuôi vợ con", "trụ cột gia đình").',
    en: 'Roles imposed on men ("kiếm tiền", "nuôi vợ con", "trụ cột gia đình").',
  },
  typed: [...MEN_ROLES],
});
