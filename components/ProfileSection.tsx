// Who is writing: chooses which articles of the Code apply.
import type { Profile } from '../rules/types';
import type { Setting } from '../settings/resolve';
import { RadioGroup, Section } from './controls';
import { type MessageKey, useI18n } from './i18n';

const OPTIONS: [Profile, MessageKey, MessageKey][] = [
  ['citizen', 'profile_citizen', 'profile_citizen_desc'],
  ['civil-servant', 'profile_civil_servant', 'profile_civil_servant_desc'],
  ['agency-page', 'profile_agency_page', 'profile_agency_page_desc'],
];

export function ProfileSection(props: { profile: Setting<Profile>; onChange: (p: Profile) => void }) {
  const { t } = useI18n();
  return (
    <Section id="profile" title={t('profile_heading')}>
      <RadioGroup<Profile>
        legend={t('profile_heading')}
        hideLegend
        name="profile"
        value={props.profile.value}
        locked={props.profile.locked}
        onChange={props.onChange}
        options={OPTIONS.map(([value, label, desc]) => ({
          value,
          label: t(label),
          // Only the chosen profile is explained, so the popup's first view stays short.
          ...(value === props.profile.value ? { desc: t(desc) } : {}),
        }))}
      />
    </Section>
  );
}
