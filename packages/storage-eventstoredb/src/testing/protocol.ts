/**
 * The Streams and Operations service definitions and message classes that
 * `@eventstore/db-client` ships (generated from EventStoreDB's .proto files
 * with grpc-tools), so the emulator speaks exactly the protocol the client
 * was built against.
 */
import streams from '@eventstore/db-client/generated/streams_pb.js';
import streamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb.js';
import shared from '@eventstore/db-client/generated/shared_pb.js';
import operations from '@eventstore/db-client/generated/operations_pb.js';
import operationsGrpc from '@eventstore/db-client/generated/operations_grpc_pb.js';
import featuresGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb.js';
import features from '@eventstore/db-client/generated/serverfeatures_pb.js';
import status from '@eventstore/db-client/generated/status_pb.js';
import any from 'google-protobuf/google/protobuf/any_pb.js';

export const { ReadReq, ReadResp, AppendReq, AppendResp, BatchAppendReq, BatchAppendResp, DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } = streams;
export const { ServerFeaturesService } = featuresGrpc;
export const { SupportedMethods, SupportedMethod } = features;
export const { Status } = status;
export const { Any } = any;
export const { StreamsService } = streamsGrpc;
export const { OperationsService } = operationsGrpc;
export const { ScavengeResp } = operations;
export const { Empty, StreamIdentifier, UUID, AllStreamPosition, WrongExpectedVersion, StreamDeleted, MaximumAppendSizeExceeded } = shared;

export type ReadReqT = InstanceType<typeof ReadReq>;
export type ReadRespT = InstanceType<typeof ReadResp>;
export type AppendReqT = InstanceType<typeof AppendReq>;
export type AppendRespT = InstanceType<typeof AppendResp>;
export type BatchAppendReqT = InstanceType<typeof BatchAppendReq>;
export type BatchAppendRespT = InstanceType<typeof BatchAppendResp>;
export type DeleteReqT = InstanceType<typeof DeleteReq>;
export type TombstoneReqT = InstanceType<typeof TombstoneReq>;

export const streamIdentifier = (streamName: string): InstanceType<typeof StreamIdentifier> =>
  new StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));

export const streamNameOf = (identifier: InstanceType<typeof StreamIdentifier> | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
