// Polite announcements of what others did (seat taken, seat freed) for screen-reader users.
import { useT } from '../i18n';
import { useStore } from '../store';

export function LiveRegion() {
  const t = useT();
  const announcements = useStore((s) => s.announcements);
  const id = useStore((s) => s.announceId);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {/* The key remounts the text so a repeated sentence is read again. */}
      <span key={id}>{announcements.map((a) => t(a.key, a.params)).join(' ')}</span>
    </div>
  );
}
