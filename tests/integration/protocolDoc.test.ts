// docs/protocol.md is generated from the schemas the server validates with; it must not go stale.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { COMMAND_TYPES } from '@council/shared';
import { renderProtocolDoc } from '../../scripts/protocol-doc';

it('docs/protocol.md matches the command schemas (run `pnpm protocol-doc` to refresh it)', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/protocol.md'), 'utf8');
  expect(doc).toBe(renderProtocolDoc());
  for (const type of COMMAND_TYPES) expect(doc).toContain(`### \`${type}\``);
});
