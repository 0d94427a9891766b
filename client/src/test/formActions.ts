// What a form test does as a reader would: click, type, read a box back, read an input's hints, and
// show a form in a joined exercise in a given language.
import type { ReactElement } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ExerciseView } from '@council/shared';
import { useStore } from '../store';
import type { FakeServer } from './fakeTransport';
import { joinWith } from './render';

export const click = async (testId: string): Promise<void> => {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
};

export const type = (testId: string, value: string | number): boolean =>
  fireEvent.change(screen.getByTestId(testId), { target: { value: String(value) } });

export const value = (testId: string): string => (screen.getByTestId(testId) as HTMLInputElement).value;

/** The browser's hints on a number box: min, max and step. */
export const hints = (testId: string): (string | null)[] =>
  ['min', 'max', 'step'].map((a) => screen.getByTestId(testId).getAttribute(a));

/** Joins `view` through the fake server, switches to `locale` and renders `element`. */
export function showForm(
  server: FakeServer,
  view: ExerciseView,
  element: ReactElement,
  locale: 'en' | 'fr' = 'fr',
): void {
  joinWith(server, view);
  act(() => useStore.getState().setLocale(locale));
  render(element);
}
