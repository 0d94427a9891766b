// The after-action review: pure views of the event log (timeline, any moment, latency, measures, exports).
export * from './csv';
export * from './timeline';
export * from './eventNames';
export * from './ladder';
export * from './idLike';
export * from './decisions';
export * from './measures';
export * from './exports';
export * from './tables';
export * from './commands';
export type * from './state';
export { EMPTY_REVIEW, MAX_QUESTIONS, MAX_TAGS } from './state';
export * from './charts';
export * from './chartWords';
export * from './compare';
export * from './report';
export * from './seriesFrom';
export * from './analysis';
