// Control's console the exercise layout loads on demand (for Control only); its banner is imported
// from its own file so players do not load the console.
export { ControlConsole } from './ControlConsole';
