/**
 * Everything readable in a gateway connection cursor: its payload and, nested
 * in it, the Wix cursors of the gaps on either side of its edge. Tests check
 * that no other account's ID can be read out of it.
 */
export function readableCursor(cursor: string): string {
  const payload = Buffer.from(cursor.split('.')[0], 'base64url').toString('utf8');
  const [after, before] = JSON.parse(payload) as [[string | null], [string | null]];
  const upstream = [after[0], before[0]].filter((c): c is string => c !== null);
  return [payload, ...upstream.map((c) => Buffer.from(c, 'base64url').toString('utf8'))].join('\n');
}
