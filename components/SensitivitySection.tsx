// Sensitivity (low-severity hints) and the submit-time reminder level.

import type { Setting } from '../settings/resolve';
import type { NudgeLevel } from '../settings/types';
import { RadioGroup, Section, Switch } from './controls';
import { useI18n } from './i18n';

export function SensitivitySection(props: {
  showLow: Setting<boolean>;
  nudgeLevel: Setting<NudgeLevel>;
  onShowLow: (on: boolean) => void;
  onNudge: (level: NudgeLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="sensitivity" title={t('sensitivity_heading')} fold>
      <Switch
        name="show-low"
        label={t('show_low')}
        checked={props.showLow.value}
        locked={props.showLow.locked}
        onChange={props.onShowLow}
      />
      <RadioGroup<NudgeLevel>
        legend={t('nudge_heading')}
        name="nudge"
        value={props.nudgeLevel.value}
        locked={props.nudgeLevel.locked}
        onChange={props.onNudge}
        options={[
          { value: 'off', label: t('nudge_off') },
          { value: 'high', label: t('nudge_high') },
          { value: 'medium', label: t('nudge_medium') },
        ]}
      />
    </Section>
  );
}
