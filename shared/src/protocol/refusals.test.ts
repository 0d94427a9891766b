/// <reference types="node" />
// Every refusal whose sentence names something carries params a client can word it from: the rules'
// and the server's source is read for refusals built from a template with specifics and no params.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors';
import { REFUSAL_REASONS, refusalReasons } from './refusals';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The functions that build a refusal, and where their message and params sit among the arguments. */
const BUILDERS: Readonly<Record<string, { message: number }>> = {
  reject: { message: 1 },
  refuse: { message: 1 },
  sendError: { message: 3 },
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** True when the expression is (or holds, in a conditional) a template with substitutions. */
function hasSpecifics(node: ts.Node): boolean {
  if (ts.isTemplateExpression(node)) return true;
  return ts.forEachChild(node, (child) => (hasSpecifics(child) ? true : undefined)) ?? false;
}

function refusalsWithoutParams(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const builder = BUILDERS[node.expression.text];
      const message = builder && node.arguments[builder.message];
      if (builder && message && hasSpecifics(message) && node.arguments.length <= builder.message + 1) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(ROOT, file)}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('refusal params', () => {
  const files = [...sources(join(ROOT, 'shared/src')), ...sources(join(ROOT, 'server/src'))];

  it('reads the rules and the server', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('go with every refusal whose sentence names something', () => {
    expect(files.flatMap(refusalsWithoutParams)).toEqual([]);
  });

  it('name only codes there are', () => {
    for (const code of Object.keys(REFUSAL_REASONS)) expect(ERROR_CODES).toContain(code);
  });

  it('list the names each reason carries once', () => {
    for (const code of ERROR_CODES) {
      for (const [reason, names] of Object.entries(refusalReasons(code))) {
        expect(new Set(names).size, `${code}.${reason}`).toBe(names.length);
        expect(names, `${code}.${reason}`).not.toContain('reason');
      }
    }
  });
});
