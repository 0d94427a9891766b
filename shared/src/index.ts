// Public surface of the rules package: everything server and client may use.
export * from './model/vocabulary';
export * from './protocol/errors';
export * from './protocol/result';
export * from './protocol/messages';
export * from './scenario/schema';
export * from './scenario/load';
export * from './engine/state';
export * from './engine/events';
export * from './engine/commands';
export * from './engine/decide';
export * from './engine/evolve';
export * from './visibility/view';
