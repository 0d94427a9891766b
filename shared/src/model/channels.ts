// Closed vocabularies of the channels: kinds, message templates, observers' access and length limits.

/**
 * Standing channels come from the scenario's seats (plenary, military, public, one per seat with
 * Control); `group` and `backChannel` are opened on the fly by a seat or by Control.
 */
export const CHANNEL_KINDS = ['plenary', 'military', 'public', 'control', 'group', 'backChannel'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a player may post: free text, SITREP, request for information, course of action, démarche, statement. */
export const MESSAGE_TEMPLATES = [
  'freeText',
  'sitrep',
  'rfi',
  'coaProposal',
  'demarche',
  'statement',
] as const;
export type MessageTemplate = (typeof MESSAGE_TEMPLATES)[number];

/** A message is posted with a template, or is Control's answer to a request for information. */
export type MessageKind = MessageTemplate | 'rfiAnswer';

/** The public channel carries statements only. */
export const PUBLIC_TEMPLATES: readonly MessageTemplate[] = ['statement'];

export const RFI_STATUSES = ['open', 'answered'] as const;
export type RfiStatus = (typeof RFI_STATUSES)[number];

/** What observers read besides their own channel with Control: public statements, or every channel. */
export const OBSERVER_ACCESS = ['public', 'all'] as const;
export type ObserverAccess = (typeof OBSERVER_ACCESS)[number];

export const CHANNEL_LIMITS = {
  name: 80,
  subject: 120,
  body: 4000,
  /** Seats in one channel, the opener included. */
  members: 40,
  mentions: 20,
} as const;

/** Ids of the standing channels; a seat's channel with Control is `control:<seat id>`. */
export const STANDING_CHANNEL_IDS = { plenary: 'nac', military: 'military', public: 'public' } as const;
export const controlChannelId = (seatId: string): string => `control:${seatId}`;
