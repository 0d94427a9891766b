// The drafting table the exercise layout renders for a scenario with a negotiation.
export { DraftingTable } from './DraftingTable';
