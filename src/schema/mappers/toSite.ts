import type { Site as WireSite } from '../../wix-api/types.js';
import { Site } from '../Site.js';

/** REST Site → GraphQL Site, remembering the accounts it was read under and its packages are read under. */
export function toSite(
  wire: WireSite,
  readAccountId: string,
  packagesAccountId: string = readAccountId,
): Site {
  return Object.assign(new Site(), {
    id: wire.id,
    name: wire.name,
    displayName: wire.displayName,
    createdDate: new Date(wire.createdDate),
    // Absent from some Wix answers (docs/wix-api.md): the creation time stands in.
    updatedDate: new Date(wire.updatedDate || wire.createdDate),
    trashedDate: optionalDate(wire.trashedDate),
    published: wire.published,
    premium: wire.premium,
    viewUrl: wire.viewUrl ?? '',
    editUrl: wire.editUrl ?? '',
    thumbnail: wire.thumbnail,
    ownerAccountId: wire.ownerAccountId,
    contributorAccountIds: wire.contributorAccountIds ?? [],
    editorType: wire.editorType,
    blocked: wire.blocked ?? false,
    folderId: wire.folderId || undefined,
    namespace: wire.namespace,
    domainConnected: wire.domainConnected ?? false,
    htmlAppId: wire.htmlAppId,
    readAccountId,
    packagesAccountId,
  });
}

function optionalDate(value: string | undefined): Date | undefined {
  return value ? new Date(value) : undefined;
}
