// Control's after-action review tab.
export { ReviewPanel } from './ReviewPanel';
