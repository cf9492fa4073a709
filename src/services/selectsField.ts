import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects any of `names` directly under the field being
 * resolved (through fragments too, whatever their type condition). Lets a
 * resolver start a read its children will need in the same tick, so it joins
 * one batch instead of waiting for the parent's own read.
 */
export function selectsField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    !!set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return names.includes(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet, seen);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return false;
          seen.add(name);
          return visit(info.fragments[name]?.selectionSet, seen);
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}
