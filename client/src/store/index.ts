// The store's public surface for features and start-up code.
export { useStore } from './store';
export type { Store } from './store';
export * from './selectors';
export { setTransport } from './transport';
export type * from './types';
export { controlLink, exercisePath, joinLink, parseRoute, seatLink, type Route } from './route';
export { currentSession } from './sessionSlice';
export type { Announcement } from './announce';
export {
  capabilities,
  useCapabilities,
  selectClock,
  selectCouncil,
  selectPending,
  selectSend,
  selectWaitingOn,
} from './exercise';
export type { Capabilities } from './exercise';
export { EXERCISE_TABS, type ExerciseTab } from './commandSlice';
export { failure } from './failure';
