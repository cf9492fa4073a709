import { ConfigError } from '../config/envReaders.js';
import { choiceSetting, settingGroup, textSetting, type ConfigOf } from '../config/setting.js';

/** Which documents may run: any, or only those of a manifest known in advance. */
export const trustedDocumentSettings = settingGroup({
  title: 'Trusted documents',
  about: 'See [trusted documents](frontend.md#trusted-documents).',
  settings: {
    mode: choiceSetting({
      name: 'TRUSTED_DOCUMENTS',
      values: ['off', 'allow', 'enforce'] as const,
      default: 'off',
      description:
        '`off`: any document runs (and automatic persisted queries); `allow`: manifest documents also run by hash, anything else too; `enforce`: only manifest documents run.',
    }),
    manifest: textSetting({
      name: 'TRUSTED_DOCUMENTS_MANIFEST',
      format: 'path',
      defaultText: 'unset (required unless `off`)',
      description:
        'JSON manifest `{ "sha256:<hex>": "<document>" }`, as codegen\'s `persisted-documents.json` (`examples/generated/persisted-documents.json`).',
    }),
  },
  finish(values) {
    if (values.mode !== 'off' && values.manifest === undefined) {
      throw new ConfigError(
        `TRUSTED_DOCUMENTS_MANIFEST (a manifest path) is required when TRUSTED_DOCUMENTS is "${values.mode}"`,
      );
    }
    return values;
  },
});

export type TrustedDocumentConfig = ConfigOf<typeof trustedDocumentSettings>;
