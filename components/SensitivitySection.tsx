// Sensitivity (how many hints: fewer · balanced · more) and the submit-time reminder level.

import type { Sensitivity } from '../rules/types';
import type { Setting } from '../settings/resolve';
import type { NudgeLevel } from '../settings/types';
import { RadioGroup, Section } from './controls';
import { useI18n } from './i18n';

export function SensitivitySection(props: {
  sensitivity: Setting<Sensitivity>;
  nudgeLevel: Setting<NudgeLevel>;
  onSensitivity: (s: Sensitivity) => void;
  onNudge: (level: NudgeLevel) => void;
}) {
  const { t } = useI18n();
  return (
    <Section id="sensitivity" title={t('sensitivity_heading')} fold>
      <RadioGroup<Sensitivity>
        legend={t('sensitivity_heading')}
        hideLegend
        name="sensitivity"
        value={props.sensitivity.value}
        locked={props.sensitivity.locked}
        onChange={props.onSensitivity}
        options={[
          { value: 'fewer', label: t('sensitivity_fewer'), desc: t('sensitivity_fewer_desc') },
          { value: 'balanced', label: t('sensitivity_balanced'), desc: t('sensitivity_balanced_desc') },
          { value: 'more', label: t('sensitivity_more'), desc: t('sensitivity_more_desc') },
        ]}
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
