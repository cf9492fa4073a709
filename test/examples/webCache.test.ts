import { ApolloClient, gql, HttpLink, type TypedDocumentNode } from '@apollo/client';
import { filter, firstValueFrom } from 'rxjs';
import { createCache } from '../../examples/web/src/apollo.js';
import { ACCOUNTS, useGateway } from '../harness.js';

/**
 * The web example's cache policy (examples/web/src/apollo.ts) with Apollo
 * Client against the gateway over HTTP: `fetchMore` on either connection
 * appends the next page to the one cached list, and each filter keeps a
 * list of its own. The browser test pages `sites` through the page; this
 * covers `packages`, which the page does not list.
 */
interface Page {
  packages: {
    edges: { cursor: string; node: { __typename: 'Package'; id: string; accountId: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}
const PACKAGES: TypedDocumentNode<
  Page,
  { filter?: { accountIds: string[] }; first: number; after?: string }
> = gql`
  query Packages($filter: PackageFilter, $first: Int, $after: String) {
    packages(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          accountId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

describe("the web example's Apollo cache", () => {
  const gateway = useGateway();
  const client = () =>
    new ApolloClient({ link: new HttpLink({ uri: gateway.gatewayUrl }), cache: createCache() });

  it('appends each packages page fetched with fetchMore to one list, in order, without repeats', async () => {
    const apollo = client();
    const all = await apollo.query({ query: PACKAGES, variables: { first: 100 } });
    const expected = all.data!.packages.edges.map((e) => e.node.id);
    expect(expected.length).toBeGreaterThan(4);

    const paged = client();
    const watch = paged.watchQuery({ query: PACKAGES, variables: { first: 3 } });
    const first = await firstValueFrom(watch.pipe(filter((r) => r.dataState === 'complete')));
    let page: Page | undefined = first.data;
    while (page?.packages.pageInfo.hasNextPage) {
      await watch.fetchMore({ variables: { after: page.packages.pageInfo.endCursor! } });
      const current = watch.getCurrentResult();
      page = current.dataState === 'complete' ? current.data : undefined;
    }
    expect(page?.packages.edges.map((e) => e.node.id)).toEqual(expected);
  });

  it('keeps one list per filter', async () => {
    const apollo = client();
    const family = await apollo.query({ query: PACKAGES, variables: { first: 100 } });
    const customerA = await apollo.query({
      query: PACKAGES,
      variables: { first: 100, filter: { accountIds: [ACCOUNTS.customerA] } },
    });
    const nodes = customerA.data!.packages.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.accountId === ACCOUNTS.customerA)).toBe(true);
    expect(apollo.readQuery({ query: PACKAGES, variables: { first: 100 } })).toEqual(family.data);
  });
});
