// A new exercise made from this one (a branch, an import): its code, control key and control link,
// shown this once under a warning to keep them.
import { CopyField } from '../../components/CopyField';
import { controlLink } from '../../store';

interface Props {
  readonly code: string;
  readonly controlKey: string;
  readonly notice: string;
  readonly labels: { readonly code: string; readonly key: string; readonly link: string };
  /** Test ids: `<prefix>-code`, `<prefix>-key`, `<prefix>-link`; the box itself is `testId`. */
  readonly testId: string;
  readonly testIdPrefix: string;
}

export function NewExerciseLinks({ code, controlKey, notice, labels, testId, testIdPrefix }: Props) {
  return (
    <div data-testid={testId}>
      <p className="control-key__warning">{notice}</p>
      <CopyField label={labels.code} value={code} testId={`${testIdPrefix}-code`} />
      <CopyField label={labels.key} value={controlKey} testId={`${testIdPrefix}-key`} />
      <CopyField
        label={labels.link}
        value={controlLink(window.location.origin, code, controlKey)}
        testId={`${testIdPrefix}-link`}
      />
    </div>
  );
}
