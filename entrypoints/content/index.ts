import { createChecker } from '../../rules';

export default defineContentScript({
  matches: ['*://*.facebook.com/*', '*://chat.zalo.me/*'],
  main() {
    const checker = createChecker({ profile: 'citizen' });
    void checker;
  },
});
