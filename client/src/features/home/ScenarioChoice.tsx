// The scenario list as a radio group: each option shows its title, summary and seat count.
import type { ScenarioSummary } from '@council/shared';
import { useT } from '../../i18n';
import { tx } from '../../i18n/scenarioText';

interface Props {
  readonly scenarios: readonly ScenarioSummary[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}

export function ScenarioChoice({ scenarios, value, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="scenario-choice">
      <legend>{t('home.run.scenario')}</legend>
      {scenarios.map((scenario) => (
        <label
          key={scenario.id}
          className={`scenario-option${scenario.id === value ? ' scenario-option--checked' : ''}`}
          data-testid={`scenario-${scenario.id}`}
        >
          <input
            type="radio"
            name="scenario"
            value={scenario.id}
            checked={scenario.id === value}
            onChange={() => onChange(scenario.id)}
          />
          <span className="scenario-option__body">
            <span className="scenario-option__title">{tx(scenario.title)}</span>
            <span className="scenario-option__summary">{tx(scenario.summary)}</span>
            <span className="scenario-option__meta">
              {t('home.run.seatCount', { count: scenario.seatCount })}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
