// `npm run check:wix`: the live contract check. Read-only calls (Count Sites,
// Query Sites, Query Packages, Get Package of the first found) with
// WIX_API_KEY / WIX_ACCOUNT_ID against WIX_API_BASE_URL; prints the drift
// report and exits 0 only when every answer keeps to the endpoint table.
// It never writes.
import { loadConfig } from '../dist/config.js';
import { checkWixContract, formatContractReport } from '../dist/wix-api/checkWixContract.js';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (config.wixApiKey === undefined || config.wixAccountId === undefined) {
  console.error(
    'check:wix needs WIX_API_KEY and WIX_ACCOUNT_ID (and WIX_API_BASE_URL, if not Wix)',
  );
  process.exit(2);
}
const report = await checkWixContract({
  baseUrl: config.wixApiBaseUrl,
  apiKey: config.wixApiKey,
  accountId: config.wixAccountId,
});
console.log(`Contract check against ${config.wixApiBaseUrl}`);
console.log(formatContractReport(report));
process.exit(report.clean ? 0 : 1);
