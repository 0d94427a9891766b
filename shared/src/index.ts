// Public surface of the rules package: everything server and client may use.
export * from './model/vocabulary';
export * from './model/council';
export * from './model/effects';
export * from './model/channels';
export * from './model/lookup';
export * from './protocol/errors';
export * from './protocol/result';
export * from './protocol/messages';
export * from './protocol/input';
export * from './scenario/schema';
export * from './scenario/load';
export * from './scenario/jsonSchema';
export * from './engine/state';
export type * from './channels/state';
export { CONTROL_READER, everyMessage, findMessage } from './channels/state';
export * from './engine/events';
export * from './engine/commands';
export * from './engine/decide';
export * from './engine/evolve';
export { LogFold, liveStates, setAside, type EarlierState } from './engine/replayLog';
export { afterRollBack } from './engine/rules/rollback';
export * from './engine/fork';
export * from './engine/moveLog';
export * from './engine/tick';
export * from './engine/legal';
export { waitingOn } from './engine/rules/session/moves';
export { formatGameTime } from './time/gameTime';
export * from './visibility/view';
export * from './visibility/patch';
export * from './visibility/viewMemo';
export * from './visibility/orderMenu';
export * from './visibility/redact';
// Forces: the rules module (units, routes, adjudication, ladder) and its place in the exercise.
export * from './forces/index';
export { forcesAuthority } from './engine/forces/authority';
export { forcesActorOf, ordersOpen } from './engine/forces/actor';
export { forcesHourOf, gameTimeOfHour } from './engine/forces/clock';
export { checkVariant, forcesSeedOf, variantsOf } from './engine/forces/setup';
export { forceOrderOptions, type ForceOrderChoice } from './engine/forces/options';
export { isForceOrder, type ForceOrderCommand } from './engine/rules/forces/order';
export * from './review/index';
// Control's console: commands beyond the clocks, overrides for the review, the Control team.
export * from './control/index';
export * from './bots/index';
// The cost-of-delay analysis: response plans, the assumption register, sweeps, sensitivity (ADR 0020).
export * from './analysis/index';
