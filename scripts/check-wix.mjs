// `npm run check:wix`: the live contract check. Read-only calls (Count Sites,
// Query Sites, Query Packages, Get Package of the first found) with
// WIX_API_KEY / WIX_ACCOUNT_ID against WIX_API_BASE_URL; prints the drift
// report and exits 0 only when every answer keeps to the endpoint table.
// It never writes.
import { upstreamSettings } from '../dist/datasources/upstreamSettings.js';
import { checkWixContract, formatContractReport } from '../dist/wix-api/checkWixContract.js';

// Only the upstream settings: the check serves nothing, so the rest of the
// gateway's configuration (caller authentication included) does not apply.
let upstream;
try {
  upstream = upstreamSettings.load(process.env);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (upstream.apiKey === undefined || upstream.accountId === undefined) {
  console.error(
    'check:wix needs WIX_API_KEY and WIX_ACCOUNT_ID (and WIX_API_BASE_URL, if not Wix)',
  );
  process.exit(2);
}
const report = await checkWixContract({
  baseUrl: upstream.baseUrl,
  apiKey: upstream.apiKey,
  accountId: upstream.accountId,
});
console.log(`Contract check against ${upstream.baseUrl}`);
console.log(formatContractReport(report));
process.exit(report.clean ? 0 : 1);
