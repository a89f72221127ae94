import { generate } from 'mqtt-packet';
import { type IStream } from 'mqtt';

/**
 * The PUBACKs of one connection. Each is written once its message is stored
 * and every earlier message's PUBACK is written: MQTT requires PUBACKs in the
 * order the PUBLISHes arrived ([MQTT-4.6.0-2], 3.1.1 and 5). Each is written
 * on the connection that carried its message and on no other: a packet id
 * only names that message there, and on the next connection it may name
 * another message, not yet stored. A PUBACK given up is no loss: the broker
 * redelivers an unacknowledged message on the next connection, and its
 * scanIds make storing it again a no-op.
 */
export class PubackLine {
  private last: Promise<boolean> = Promise.resolve(true);

  constructor(
    readonly connection: IStream,
    private readonly protocolVersion: number,
  ) {}

  /**
   * Queues the PUBACK for `messageId` (none for QoS 0) behind every earlier
   * one. Resolves true once written; false when given up: this message or an
   * earlier one was not stored, or the connection is gone.
   */
  inTurn(messageId: number | undefined, stored: Promise<boolean>): Promise<boolean> {
    const acknowledged = Promise.all([this.last, stored.catch(() => false)]).then(([earlier, own]) => earlier && own && this.write(messageId));
    this.last = acknowledged;
    return acknowledged;
  }

  /**
   * Straight onto this connection's socket, one buffer per packet (so never
   * inside another packet mqtt.js writes), not through mqtt.js's private
   * `_sendPacket`: disconnected, that one queues the packet for the next
   * connection, which is exactly where a PUBACK must not go.
   */
  private write(messageId: number | undefined): boolean {
    if (messageId === undefined) return true;
    if (!this.connection.writable) return false;
    this.connection.write(generate({ cmd: 'puback', messageId }, { protocolVersion: this.protocolVersion }));
    return true;
  }
}
