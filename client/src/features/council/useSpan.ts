// A span of game time in words: "7 h", "2 d 4 h".
import { useCallback } from 'react';
import { splitHours } from '../../format/time';
import { useT } from '../../i18n';

export function useSpan(): (hours: number) => string {
  const t = useT();
  return useCallback(
    (hours: number) => {
      const { days, hours: h } = splitHours(hours);
      if (days === 0) return t('span.hours', { hours: h });
      return h === 0 ? t('span.days', { days }) : t('span.daysHours', { days, hours: h });
    },
    [t],
  );
}
