// An error the reader must notice: role="alert" so assistive technology reads it at once.
import type { ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  readonly id?: string;
  readonly testId?: string;
}

export function Alert({ children, id, testId }: Props) {
  return (
    <div className="alert" role="alert" id={id} data-testid={testId}>
      {/* The "!" badge is drawn by CSS so the alert's text is only the message. */}
      <span className="alert__icon" aria-hidden="true" />
      <div className="alert__body">{children}</div>
    </div>
  );
}
