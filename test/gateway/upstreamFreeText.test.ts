import { HOSTILE_API_KEY, useHostileUpstream } from '../hostileUpstream.js';

const upstream = useHostileUpstream();

const SITE_QUERY = { query: '{ site(id: "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b") { id } }' };
const ECHO = `authorization: ${HOSTILE_API_KEY}`;

describe('upstream free text', () => {
  it('never reaches a client: a 400 whose fieldViolations echo a header comes back without them', async () => {
    upstream.answer(() => ({
      status: 400,
      body: JSON.stringify({
        message: `bad request; ${ECHO}`,
        details: {
          validationError: {
            fieldViolations: [
              { field: ECHO, description: `header was ${ECHO}`, violatedRule: 'OTHER' },
            ],
          },
        },
      }),
    }));
    const response = await upstream.post(SITE_QUERY);
    expect(response.text).not.toContain(HOSTILE_API_KEY);
    expect(response.text).not.toContain('header was');
    expect(JSON.parse(response.text)).toEqual({
      data: { site: null },
      errors: [
        expect.objectContaining({
          message:
            'Could not query the sites of account "6a4b0f3c-2d5e-4f60-8a71-9b8c7d6e5f40": Wix rejected the request as invalid',
          extensions: { code: 'BAD_USER_INPUT', reason: 'UPSTREAM_REJECTED' },
        }),
      ],
    });
  });

  it("names a createPackage 400's fields as the inputs the request sent them from, in the gateway's words, and drops any other", async () => {
    upstream.answer(() => ({
      status: 400,
      body: JSON.stringify({
        message: `bad request; ${ECHO}`,
        details: {
          validationError: {
            fieldViolations: [
              {
                field: 'products[1].billingInfo.cycleDuration.unit',
                description: `unit was ${ECHO}`,
                violatedRule: 'FORMAT',
              },
              { field: 'products[0].countryCode', description: 'nope', violatedRule: 'NEW_RULE' },
              { field: 'products[0].internalPriceList', description: 'x', violatedRule: 'MAX' },
              { field: ECHO, description: ECHO, violatedRule: 'REQUIRED_FIELD' },
            ],
          },
        },
      }),
    }));
    const product = (countryCode: string) =>
      `{ catalogProductId: "9d000000-0000-4000-8000-000000000001", countryCode: "${countryCode}", billingInfo: { type: RECURRING, cycleDuration: { unit: MONTH } } }`;
    const response = await upstream.post({
      query: `mutation { createPackage(input: { products: [${product('US')}, ${product('DE')}] }) { package { id } } }`,
    });
    expect(response.text).not.toContain(HOSTILE_API_KEY);
    expect(response.text).not.toContain('internalPriceList');
    expect(JSON.parse(response.text).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UPSTREAM_REJECTED',
      fieldViolations: [
        {
          field: 'input.products[1].billingInfo.cycleDuration.unit',
          reason: 'FORMAT',
          description: 'is not in the expected format',
        },
        {
          field: 'input.products[0].countryCode',
          reason: 'OTHER',
          description: 'was rejected by Wix',
        },
      ],
    });
  });

  it('passes only documented upstream codes: an arbitrary applicationError.code becomes a generic reason', async () => {
    upstream.answer(() => ({
      status: 409,
      body: JSON.stringify({
        message: 'm',
        details: { applicationError: { code: '<img src=x>CUSTOMER_B_OWNS_IT', description: 'd' } },
      }),
    }));
    const response = await upstream.post(SITE_QUERY);
    expect(response.text).not.toContain('CUSTOMER_B');
    expect(JSON.parse(response.text).errors[0].extensions).toEqual({
      code: 'FAILED_PRECONDITION',
      reason: 'UPSTREAM_REJECTED',
    });
  });

  it('still passes a documented code as extensions.upstreamCode', async () => {
    upstream.answer(() => ({
      status: 404,
      body: JSON.stringify({
        message: 'x',
        details: { applicationError: { code: 'SITE_NOT_FOUND' } },
      }),
    }));
    const response = await upstream.post(SITE_QUERY);
    expect(JSON.parse(response.text).errors[0].extensions).toEqual({
      code: 'NOT_FOUND',
      upstreamCode: 'SITE_NOT_FOUND',
    });
  });
});
