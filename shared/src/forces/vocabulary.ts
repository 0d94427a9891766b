// Closed vocabularies of the forces model; every type is derived from its `as const` array.
export const SIDES = ['blue', 'red'] as const;
export type Side = (typeof SIDES)[number];

export const UNIT_TYPES = [
  'armour',
  'mechanised',
  'infantry',
  'airborne',
  'territorial',
  'artillery',
  'air',
  'hq',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** garrison → alerted → staged → moving → inPlace; `destroyed` is terminal. */
export const READINESS = ['garrison', 'alerted', 'staged', 'moving', 'inPlace', 'destroyed'] as const;
export type Readiness = (typeof READINESS)[number];

export const COMMAND_AUTHORITIES = ['national', 'nato'] as const;
export type CommandAuthority = (typeof COMMAND_AUTHORITIES)[number];

/** Which political decision a unit's deployment hangs on. */
export const FORCE_GROUPS = [
  'host', // a host nation's own forces, defending at home
  'efp', // the forward battlegroups
  'efpReinforcement',
  'vjtf', // VJTF (2016) or Allied Reaction Force (current)
  'nrf', // the rest of the response forces and the New Force Model
  'reinforcement', // national follow-on forces
  'red',
] as const;
export type ForceGroup = (typeof FORCE_GROUPS)[number];

export const LEG_MODES = ['road', 'rail', 'air', 'sea'] as const;
export type LegMode = (typeof LEG_MODES)[number];

export const PLACE_KINDS = ['base', 'port', 'airfield', 'border', 'city', 'capital', 'origin'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const TERRAINS = ['open', 'forest', 'marsh', 'urban'] as const;
export type Terrain = (typeof TERRAINS)[number];

/** A variant (order of battle) id the scenario's forces section defines, e.g. '2016' or 'current'. */
export type Variant = string;

export const MOVE_PURPOSES = ['stage', 'deploy', 'move', 'attack', 'retreat', 'withdraw'] as const;
export type MovePurpose = (typeof MOVE_PURPOSES)[number];

export const WAIT_REASONS = [
  'noticeToMove',
  'permit',
  'legCapacity',
  'gaugeChange',
  'reception',
  'equipmentDraw',
  'routeCut',
] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];

/** Who gives an order: a seat role, or the engine on a side's behalf. */
export const ORDER_SOURCES = ['saceur', 'nation', 'red', 'control', 'redPlan', 'engine'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];
