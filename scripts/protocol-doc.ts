// Writes docs/protocol.md: the hand-written guide below plus tables generated from the zod schemas,
// so the reference cannot drift from what the server accepts. `--check` fails if the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  COMMAND_TYPES,
  CommandSchema,
  ERROR_CODES,
  PROTOCOL_VERSION,
  refusalReasons,
} from '../shared/src/index';

type Schema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
};

/** Who may send each command; the rules in shared/ have the final word and refuse with a code. */
const SENDERS: Record<string, string> = {
  claimSeat:
    'a player joined without a seat (not a Control seat; a Control connection, lead or assistant, plays no seat)',
  releaseSeat: 'the holder, or Control',
  startExercise: 'Control',
  pauseExercise: 'Control',
  resumeExercise: 'Control',
  advancePhase: 'Control',
  endExercise: 'the lead Control',
  setPhaseTimer: 'Control',
  extendPhase: 'Control',
  setTurnStep: 'Control',
  setHotwash: 'Control',
  fireInject: 'Control',
  rollBack: 'the lead Control: back to the start of a turn of the run as it counts (ADR 0012)',
  repairLog:
    'the lead Control, only while the exercise is paused for repair: sets aside the first stored event that cannot be applied and all after it (ADR 0016)',
  submitMoves: 'a seated player who owes moves (decision phase)',
  requestItem: 'any seated player',
  tableDraft:
    'the seat that chairs: the Secretary General, or at talks the party the scenario names (Control only while every such seat is free, a bot holding it included)',
  amendDraft:
    'the seat that chairs: the Secretary General, or at talks the party the scenario names (Control only while every such seat is free, a bot holding it included)',
  placeUnderSilence:
    'the seat that chairs: the Secretary General, or at talks the party the scenario names (Control only while every such seat is free, a bot holding it included)',
  withdrawDraft:
    'the seat that chairs: the Secretary General, or at talks the party the scenario names (Control only while every such seat is free, a bot holding it included)',
  takePosition: 'an ally delegation',
  openChannel: 'any seated player but observers; Control',
  postMessage: 'a member of the channel; Control',
  answerRfi: 'Control',
  markRead: 'anyone who reads the channel',
  setObserverAccess: 'Control',
  alertUnit: 'SACEUR (NATO-assigned forces) or the owning ally',
  assignToNato: 'the owning ally',
  stageUnit: 'SACEUR (NATO-assigned forces) or the owning ally',
  deployUnit:
    'SACEUR under an adopted NAC decision or an active graduated response plan; the owning ally for national moves',
  moveUnit: 'whoever commands the unit, within its authority',
  haltUnit: 'whoever commands the unit',
  interdictRoute: 'the Red cell',
  signalNuclear: 'the US ally under an NPG decision, or the Red cell',
  setEscalation: 'Control',
  setRedControl: 'Control',
  grantUsConsent: 'the US ally',
  proposeDraft: 'a party still at the table, or Control as mediator',
  amendClause: 'a party still at the table, or Control as mediator',
  initialClause: 'a party, for itself only',
  signDraft:
    'a party, once every clause is initialled by every required party, the Union consents to its money and the Council has adopted what it commits NATO to',
  walkOut: 'a party still at the table',
  returnToTalks: 'a party that walked out, before the talks collapse',
  invokeEnhancedCooperation: 'the party that speaks for the EU (Control while its seat is free)',
  tagMoment: 'Control, or an observer seat',
  askHotwash: 'Control, at the end of a turn (adjudication or the hot wash) or after the end',
  answerHotwash: 'a seat the question was put to, once',
  unlockReview: 'Control',
  repeatPhase: 'Control',
  injectAdHoc: 'Control',
  overrideResult: 'Control',
  assignSeat: 'Control (the reply carries the seat token, for Control to hand over)',
  swapSeats: 'Control',
  handSeatToBot: 'Control (an empty seat that is not Control’s or an observer’s)',
  takeSeatFromBot: 'Control',
  broadcast: 'Control',
  issueAssistantKey: 'the lead Control (the reply carries the new key, shown once)',
  revokeAssistantKey: 'the lead Control',
};

function typeOf(s: Schema): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `${typeOf(s.items ?? {})}[]`;
  return s.type ?? 'any';
}

function limits(s: Schema): string {
  const parts: string[] = [];
  if (s.minLength !== undefined || s.maxLength !== undefined)
    parts.push(`${s.minLength ?? 0}–${s.maxLength ?? '∞'} chars`);
  if (s.minimum !== undefined || s.maximum !== undefined)
    parts.push(`${s.minimum ?? '−∞'}…${s.maximum ?? '∞'}`);
  if (s.minItems !== undefined || s.maxItems !== undefined)
    parts.push(`${s.minItems ?? 0}–${s.maxItems ?? '∞'} items`);
  return parts.join(', ');
}

function commandsSection(): string {
  const schema = z.toJSONSchema(CommandSchema, { unrepresentable: 'any', io: 'input' }) as {
    oneOf: Schema[];
  };
  return schema.oneOf
    .map((variant) => {
      const name = String(variant.properties?.type?.const);
      const rows = Object.entries(variant.properties ?? {})
        .filter(([key]) => key !== 'type')
        .map(([key, field]) => {
          const required = variant.required?.includes(key) ? 'yes' : 'no';
          return `| \`${key}\` | ${typeOf(field)} | ${required} | ${limits(field)} |`;
        });
      const table = rows.length
        ? ['| field | type | required | limits |', '|---|---|---|---|', ...rows].join('\n')
        : '_No fields besides `type`._';
      return `### \`${name}\`\n\nSent by: ${SENDERS[name] ?? 'see the rules in `shared/src/engine`'}.\n\n${table}\n`;
    })
    .join('\n');
}

export function renderProtocolDoc(): string {
  const guide = readFileSync(resolve(import.meta.dirname, 'protocol-guide.md'), 'utf8');
  return `${guide.replaceAll('{{PROTOCOL_VERSION}}', String(PROTOCOL_VERSION)).trimEnd()}

## Commands

Every command is a \`command\` request whose payload has a \`type\`. ${COMMAND_TYPES.length} types:

${commandsSection()}
## Error codes

${ERROR_CODES.map((code) => `\`${code}\``).join(', ')}.

${reasonsSection()}
`;
}

/** The reasons each code is refused with and the params each carries (shared/src/protocol/refusals.ts). */
function reasonsSection(): string {
  const rows = ERROR_CODES.flatMap((code) =>
    Object.entries(refusalReasons(code)).map(
      ([reason, names]) =>
        `| \`${code}\` | \`${reason}\` | ${names.length ? names.map((n) => `\`${n}\``).join(', ') : '—'} |`,
    ),
  );
  return [
    '### Refusal reasons and params',
    '',
    'A refusal whose sentence names something carries `params`: `reason` (which of the code’s sentences)',
    'and the specifics below. A code or reason missing here is refused with `code` and `message` alone.',
    '',
    'A command off its schema (`BAD_REQUEST`) and an archive whose scenario no longer validates',
    '(`ARCHIVE_SCENARIO_INVALID`) carry their first problem: `field` is the path of the field (a command’s',
    '`text` or `measureEffects.1.delta`, list positions from 1; a scenario’s JSON path such as `$.seats[0]`),',
    'the reason says what is wrong (`missing`, `empty`, `tooLong` with `max` characters, `tooMany` with `max`',
    'entries, `tooLarge` with the `max` value, their `min` counterparts, `notWhole`, `notOneOf` with the',
    '`choices`, `wrongType` with the type `expected`, `badFormat`, `unknownField`, `notAccepted`), read from',
    'the schema’s issue, never from its English message. Clients check their forms against the same schemas.',
    '',
    '| code | reason | params |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

const target = resolve(import.meta.dirname, '../docs/protocol.md');
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const doc = renderProtocolDoc();
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== doc) {
      console.error('docs/protocol.md is stale: run `pnpm protocol-doc`.');
      process.exit(1);
    }
  } else {
    writeFileSync(target, doc);
    console.log(`wrote ${target}`);
  }
}
