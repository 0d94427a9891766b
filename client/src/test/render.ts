// Test helpers: join a fake exercise and play the server's views into the store.
import { act } from '@testing-library/react';
import type { ExerciseView } from '@council/shared';
import { useStore } from '../store';
import type { FakeServer } from './fakeTransport';

export function joinWith(server: FakeServer, view: ExerciseView): void {
  act(() => {
    useStore.getState().enterExercise(view.code);
    server.sink().status('connected');
    server.sink().view(view);
  });
}

export function pushView(server: FakeServer, view: ExerciseView): void {
  act(() => server.sink().view(view));
}
