export {
  documentHash,
  loadTrustedDocuments,
  type TrustedDocuments,
} from './loadTrustedDocuments.js';
export {
  registerTrustedDocumentsGuard,
  type TrustedDocumentsGuardOptions,
} from './registerTrustedDocumentsGuard.js';
export { trustedDocumentsPlugin } from './trustedDocumentsPlugin.js';
export { persistedQueryStatusPlugin } from './persistedQueryStatusPlugin.js';
