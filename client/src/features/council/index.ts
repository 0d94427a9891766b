// The North Atlantic Council chamber the exercise layout renders.
export { CouncilChamber } from './CouncilChamber';
