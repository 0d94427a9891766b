// Control's console: the clocks, injects (scripted and ad hoc), overrides, broadcasts, the people
// in the room and the Control team (ADR 0009).
import { useErrorText, useT } from '../../i18n';
import { seatMessageParams, selectView, useStore } from '../../store';
import { Alert } from '../../components/Alert';
import { ArchiveControls } from './ArchiveControls';
import { BranchControls } from './BranchControls';
import { AdHocInjectForm } from './AdHocInjectForm';
import { BroadcastForm } from './BroadcastForm';
import { Connections } from './Connections';
import { ControlTeam } from './ControlTeam';
import { InjectList } from './InjectList';
import { OverrideForm } from './OverrideForm';
import { SessionControls } from './SessionControls';
import { StepControls } from './StepControls';
import { TimerControls } from './TimerControls';

export function ControlConsole() {
  const t = useT();
  const errorText = useErrorText();
  const view = useStore(selectView);
  const seatError = useStore((s) => s.seatError);
  if (!view?.you.isControl) return null;
  return (
    <div className="console" data-testid="control-console">
      <h2>{t('console.title')}</h2>
      {seatError && typeof seatError !== 'string' && (
        <Alert testId="control-seat-error">
          {errorText(seatError.error, seatMessageParams(view, seatError.seatId))}
        </Alert>
      )}
      <div className="console__grid">
        <SessionControls clock={view.clock} />
        <TimerControls clock={view.clock} />
        <StepControls clock={view.clock} />
        <BranchControls view={view} />
        <ArchiveControls view={view} />
        <BroadcastForm view={view} />
        <ControlTeam view={view} />
        <Connections view={view} />
        <InjectList view={view} />
        <AdHocInjectForm view={view} />
        <OverrideForm view={view} />
      </div>
    </div>
  );
}
