import { type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { SupportedMethod, SupportedMethods } from './protocol.js';

const STREAMS = 'event_store.client.streams.Streams';

/** ServerFeatures.GetSupportedMethods: the Streams methods the emulator answers, BatchAppend among them. */
export function supportedMethods(_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<InstanceType<typeof SupportedMethods>>): void {
  const methods = ['read', 'append', 'batchappend', 'delete', 'tombstone'].map((name) => new SupportedMethod().setServiceName(STREAMS).setMethodName(name));
  callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('23.10.0-fairscan-emulator'));
}
