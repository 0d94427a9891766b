// What rooms of this process share: the store and the scenario catalogue, set once at start-up.
import type { OperatorKey } from './auth/operatorKey';
import type { ExerciseStore } from './store/exercises';
import type { RateLimit } from './rooms/rateLimit';
import type { ScenarioCatalogue } from './scenarios';

export interface Services {
  readonly store: ExerciseStore;
  readonly catalogue: ScenarioCatalogue;
  /** Wall clock; tests may replace it. */
  readonly now: () => Date;
  /** How fast one connection may send commands. */
  readonly commandRate: RateLimit;
  /** How often one connection may ask for its whole view (`sync`). */
  readonly syncRate: RateLimit;
  /** How many expensive HTTP requests of one kind a client address may make (http/rateLimit). */
  readonly httpRate: RateLimit;
  /** Session clock interval in ms; 0 stops it. */
  readonly tickMs: number;
  /** Who may create, import and delete exercises (ADMIN_KEY). */
  readonly operatorKey: OperatorKey;
}

let current: Services | undefined;

export function setServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('services are not set: call setServices() before rooms are created');
  return current;
}
