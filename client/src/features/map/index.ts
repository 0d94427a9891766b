// The map and command post: the forces panel the exercise layout renders.
export { ForcesPanel } from './ForcesPanel';
