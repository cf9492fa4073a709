import { matchWixEndpoint, routerPath, wixPath } from '../../src/wix-api/endpoints.js';

describe('the endpoint table', () => {
  it('escapes an external id so it stays one path segment', () => {
    expect(wixPath('updateExternalId', { packageId: 'p1', externalId: 'a/b c' })).toBe(
      '/resellers/v1/packages/update/p1/a%2Fb%20c',
    );
  });

  it('names the endpoint of a concrete call, the literal unassign segment before a site ID', () => {
    const instances = '/resellers/v1/packages/product-instances';
    expect(matchWixEndpoint('PATCH', `${instances}/i1/unassign`)).toBe('unassignInstance');
    expect(matchWixEndpoint('PATCH', `${instances}/i1/s1`)).toBe('assignInstance');
    expect(matchWixEndpoint('PATCH', `${instances}/i1`)).toBe('adjustInstance');
    expect(matchWixEndpoint('DELETE', `${instances}/i1`)).toBe('cancelInstance');
    expect(matchWixEndpoint('GET', '/resellers/v1/packages/p1?x=1')).toBe('getPackage');
    expect(matchWixEndpoint('GET', '/resellers/v1/packages/query')).toBe('getPackage');
    expect(matchWixEndpoint('POST', '/resellers/v1/packages/query')).toBe('queryPackages');
    expect(matchWixEndpoint('GET', '/elsewhere')).toBeUndefined();
  });

  it('gives routers the path template in their syntax', () => {
    expect(routerPath('assignInstance')).toBe(
      '/resellers/v1/packages/product-instances/:instanceId/:siteId',
    );
  });
});
