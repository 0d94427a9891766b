// Runs analysis mode off the page's thread: bots play on under each seed, which takes seconds.
import { analyseFrom, type AnalysisResult, type ExerciseState } from '@council/shared';

export interface AnalysisRequest {
  readonly state: ExerciseState;
  readonly seeds: number;
  readonly turns: number;
  readonly budgetMs: number;
}

export type AnalysisMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly result: AnalysisResult }
  | { readonly type: 'failed'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: AnalysisMessage) => void;
};

scope.onmessage = (event) => {
  const { state, seeds, turns, budgetMs } = event.data;
  try {
    const result = analyseFrom(state, {
      seeds,
      turns,
      budgetMs,
      clock: () => performance.now(),
      onRun: (done) => scope.postMessage({ type: 'progress', done }),
    });
    scope.postMessage({ type: 'done', result });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
