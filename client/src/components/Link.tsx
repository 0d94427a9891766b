// An in-app link: a real <a href> (open in new tab works) that navigates without reloading.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useStore } from '../store';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly to: string };

export function Link({ to, onClick, ...rest }: Props) {
  const navigate = useStore((s) => s.navigate);
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
