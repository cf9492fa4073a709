export {
  ReadinessCheck,
  type ReadinessOptions,
  type ReadinessProbe,
  type ReadinessReport,
} from './ReadinessCheck.js';
