import { DEFAULT_API_KEY } from '../../src/emulator/index.js';
import { CUSTOMER_A_TOKEN } from '../callers.js';
import { captureLog, expectRedacted } from '../logCapture.js';

describe('log redaction', () => {
  it("redacts callers' Authorization headers and the Wix API key wherever they sit in a logged object", () => {
    const log = captureLog();
    log.logger.info(
      { request: { method: 'POST', headers: { authorization: `Bearer ${CUSTOMER_A_TOKEN}` } } },
      'request',
    );
    log.logger.error(
      { upstream: { headers: { authorization: DEFAULT_API_KEY } } },
      'upstream failed',
    );
    log.logger.warn({ config: { wixApiKey: DEFAULT_API_KEY }, apiKey: DEFAULT_API_KEY }, 'config');
    const lines = log.lines();
    expect(lines).toHaveLength(3);
    expectRedacted(lines, [CUSTOMER_A_TOKEN, DEFAULT_API_KEY]);
    expect(lines[0]).toContain('"authorization":"[Redacted]"');
    expect(lines[0]).toContain('"method":"POST"');
  });

  it('catches an unredacted logger (the helper itself works)', () => {
    const log = captureLog([]);
    log.logger.info({ request: { headers: { authorization: `Bearer ${CUSTOMER_A_TOKEN}` } } });
    expect(() => expectRedacted(log.lines(), [CUSTOMER_A_TOKEN])).toThrow();
  });
});
