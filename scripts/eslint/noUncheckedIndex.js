// Lint rule: in the code that decides commands, a record with string keys is never indexed with a
// string of unknown value (an id from a client): `record[id]` with id "__proto__" or "toString"
// reads Object.prototype's members. Read through `own(record, id)` (shared/src/model/lookup.ts),
// use a Map, or find the thing in a list. Keys whose type is a closed vocabulary (a union of
// literals checked by zod) and array indexes are allowed. Needs type information (ADR 0015).
import ts from 'typescript';

/** A key type that may hold any string: `string`, a template literal, or a union with one. */
function isOpenString(type) {
  if (type.isUnion()) return type.types.some(isOpenString);
  return (
    (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) !== 0
  );
}

/** An object type with a string index signature (a Record<string, T>), arrays and tuples aside. */
function isStringRecord(checker, type) {
  const types = type.isUnion() ? type.types : [type];
  return types.some(
    (t) =>
      !checker.isArrayType(t) &&
      !checker.isTupleType(t) &&
      checker.getIndexInfosOfType(t).some((info) => (info.keyType.flags & ts.TypeFlags.String) !== 0),
  );
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid indexing a string-keyed record with an unchecked string.' },
    messages: {
      unchecked:
        'Do not index a record with an id of unknown value: read it with own(record, id) from model/lookup, or use a Map.',
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) throw new Error('council/no-unchecked-index needs type information');
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    return {
      MemberExpression(node) {
        if (!node.computed) return;
        if (!isOpenString(typeOf(node.property))) return;
        if (!isStringRecord(checker, typeOf(node.object))) return;
        context.report({ node, messageId: 'unchecked' });
      },
    };
  },
};
