export { MqttScannerSource, type MessageOutcome, type MqttScannerSourceOptions } from './mqtt-scanner-source.js';
export { type MqttRejection } from './rejection.js';
export { decodePayload, type PayloadLine } from './payload.js';
export { deviceOfTopic, rejectedTopic, scanTopic, scanTopicFilter } from './topics.js';
