export default defineBackground(() => {
  // Settings, policy and statistics live here (issue "Popup, settings and the agency-pinned ruleset").
});
