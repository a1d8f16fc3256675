// Who is writing: chooses which articles of the Code apply.
import type { Profile } from '../rules/types';
import type { Setting } from '../settings/resolve';
import { RadioGroup, Section } from './controls';
import { useI18n } from './i18n';

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
        options={[
          { value: 'citizen', label: t('profile_citizen'), desc: t('profile_citizen_desc') },
          {
            value: 'civil-servant',
            label: t('profile_civil_servant'),
            desc: t('profile_civil_servant_desc'),
          },
          { value: 'agency-page', label: t('profile_agency_page'), desc: t('profile_agency_page_desc') },
        ]}
      />
    </Section>
  );
}
