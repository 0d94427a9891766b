// Control's console (ADR 0009): what server, client and review may use.
export * from './commands';
export type * from './events';
export { isConsoleEvent } from './events';
export * from './state';
export { isLeadControl, notLead } from './guards';
export { overridesOf, type OverrideRecord } from './overrides';
