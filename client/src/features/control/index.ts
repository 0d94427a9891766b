// Control's console the exercise layout renders (for Control only).
export { ControlConsole } from './ControlConsole';
export { BroadcastBanner } from './BroadcastBanner';
