import { WIX_PATHS } from '../../src/wix-api/types.js';

describe('WIX_PATHS', () => {
  it('escapes an external id so it stays one path segment', () => {
    expect(WIX_PATHS.updateExternalId('p1', 'a/b c')).toBe(
      '/resellers/v1/packages/update/p1/a%2Fb%20c',
    );
  });
});
