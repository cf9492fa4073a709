import { Field, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './PageInfo.js';

/** How a connection's descriptions name what it pages through. */
export interface ConnectionNouns {
  /** One node, lower case: `site`. */
  readonly one: string;
  /** Several: `sites`. */
  readonly many: string;
  /** Whether an edge's cursor also serves as `before` (only where Wix gives prev cursors). */
  readonly pagesBackward: boolean;
}

/**
 * The Relay connection of `node`: its edge type (`SiteEdge` for `Site`, named
 * as type-graphql names the node itself, after its class) and the `edges`,
 * `nodes` and `pageInfo` of a page. Each connection extends it with its own
 * `totalCount`, which each counts with another Wix call.
 */
export function Connection<N extends object>(node: ClassType<N>, nouns: ConnectionNouns) {
  const backward = nouns.pagesBackward ? ', or as `before` to page back from it' : '';

  @ObjectType(`${node.name}Edge`, {
    simpleResolvers: true,
    description: `A ${nouns.one} in a page of results, with its cursor.`,
  })
  class Edge {
    @Field(() => String, {
      description: `Pass as \`after\` to continue after this ${nouns.one}${backward}.`,
    })
    cursor!: string;

    @Field(() => node, { description: `The ${nouns.one}.` })
    node!: N;
  }

  // Never in the schema itself: type-graphql v2 emits only the types reachable from resolvers.
  @ObjectType({ simpleResolvers: true })
  abstract class Page {
    @Field(() => [Edge], { description: `The ${nouns.many} of this page with their cursors.` })
    edges!: Edge[];

    @Field(() => [node], { description: `The ${nouns.many} of this page, without cursors.` })
    nodes!: N[];

    @Field(() => PageInfo, {
      description: 'Where this page starts and ends, and whether more lie either side.',
    })
    pageInfo!: PageInfo;
  }
  return Page;
}
