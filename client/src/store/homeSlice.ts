// The home page's work: listing scenarios, creating an exercise, checking a join code.
import type { StateCreator } from 'zustand';
import { joinCode, type ScenarioSummary } from '@council/shared';
import { saveControlKey } from './persist';
import { exercisePath } from './route';
import { transport } from './transport';
import type { AppError } from './types';
import type { Store } from './store';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** A client-side check that failed before anything was sent. */
export type FormProblem = 'titleRequired' | 'scenarioRequired' | 'badFormat';

export interface HomeSlice {
  scenarios: readonly ScenarioSummary[];
  scenariosState: LoadState;
  scenariosError: AppError | null;
  creating: boolean;
  createError: AppError | FormProblem | null;
  checkingCode: boolean;
  joinError: AppError | FormProblem | null;
  /** The control key of the exercise this browser just created: shown once, then forgotten. */
  freshControlKey: { readonly code: string; readonly key: string } | null;
  loadScenarios(): Promise<void>;
  createExercise(
    scenarioId: string,
    title: string,
    variant?: string,
    operatorKey?: string,
    /** Assumptions changed from the register's defaults (ADR 0027). */
    assumptions?: Readonly<Record<string, string | number>>,
  ): Promise<void>;
  goToExercise(rawCode: string): Promise<void>;
  dismissControlKey(): void;
}

export const createHomeSlice: StateCreator<Store, [], [], HomeSlice> = (set, get) => ({
  scenarios: [],
  scenariosState: 'idle',
  scenariosError: null,
  creating: false,
  createError: null,
  checkingCode: false,
  joinError: null,
  freshControlKey: null,

  async loadScenarios() {
    set({ scenariosState: 'loading', scenariosError: null });
    const result = await transport().listScenarios();
    if (result.ok) set({ scenarios: result.value, scenariosState: 'ready' });
    else set({ scenariosState: 'failed', scenariosError: result.error });
  },

  async createExercise(scenarioId, title, variant, operatorKey, assumptions) {
    if (get().creating) return;
    if (!scenarioId) return set({ createError: 'scenarioRequired' });
    if (!title.trim()) return set({ createError: 'titleRequired' });
    set({ creating: true, createError: null });
    const result = await transport().createExercise(
      scenarioId,
      title.trim(),
      variant,
      operatorKey,
      assumptions,
    );
    if (!result.ok) return set({ creating: false, createError: result.error });
    const { code, controlKey } = result.value;
    saveControlKey(code, controlKey);
    set({ creating: false, freshControlKey: { code, key: controlKey } });
    get().navigate(exercisePath(code));
  },

  async goToExercise(rawCode) {
    if (get().checkingCode) return;
    const parsed = joinCode.safeParse(extractCode(rawCode));
    if (!parsed.success) return set({ joinError: 'badFormat' });
    set({ checkingCode: true, joinError: null });
    const result = await transport().findExercise(parsed.data);
    if (!result.ok) return set({ checkingCode: false, joinError: result.error });
    set({ checkingCode: false });
    get().navigate(exercisePath(result.value.code));
  },

  dismissControlKey() {
    set({ freshControlKey: null });
  },
});

/** Accept a pasted join link as well as a bare code. */
export function extractCode(raw: string): string {
  const fromLink = /\/x\/([A-Za-z0-9]+)/.exec(raw);
  return (fromLink?.[1] ?? raw).replace(/[\s-]/g, '');
}
