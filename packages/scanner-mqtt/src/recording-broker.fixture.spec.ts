import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { generate, parser, type Packet } from 'mqtt-packet';

const protocol = { protocolVersion: 5 };

/** One subscriber connection: what the test sends down it, and the PUBACKs that came back up, in order. */
export class BrokerConnection {
  readonly pubacks: number[] = [];
  closed = false;
  constructor(private readonly socket: Socket) {
    socket.once('close', () => (this.closed = true));
  }

  publish(messageId: number, topic: string, payload: string): void {
    this.socket.write(generate({ cmd: 'publish', messageId, topic, payload, qos: 1, dup: false, retain: false }, protocol));
  }

  drop(): void {
    this.socket.destroy();
  }
}

/**
 * A broker of a few lines that shows what Mosquitto cannot: each PUBACK the
 * subscriber sends, on which connection, and when. It speaks MQTT 5 only,
 * answers CONNECT and SUBSCRIBE, and sends the PUBLISH packets the test asks for.
 */
export class RecordingBroker {
  readonly connections: BrokerConnection[] = [];
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {}

  static async start(): Promise<RecordingBroker> {
    const server = createServer();
    const broker = new RecordingBroker(server);
    server.on('connection', (socket) => broker.serve(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return broker;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves with the `n`th connection (from 1) once its CONNECT is answered. */
  async connection(n: number, timeoutMs = 5_000): Promise<BrokerConnection> {
    const deadline = Date.now() + timeoutMs;
    while (this.connections.length < n) {
      if (Date.now() > deadline) throw new Error(`no connection ${n} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.connections[n - 1]!;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    const incoming = parser(protocol);
    const connection = new BrokerConnection(socket);
    incoming.on('packet', (packet: Packet) => {
      const reply = this.answer(packet, connection);
      if (reply !== undefined) socket.write(generate(reply, protocol));
    });
    socket.on('data', (chunk: Buffer) => incoming.parse(chunk));
    socket.on('error', () => undefined);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private answer(packet: Packet, connection: BrokerConnection): Packet | undefined {
    switch (packet.cmd) {
      case 'connect':
        if (packet.protocolVersion !== 5) throw new Error(`the recording broker speaks MQTT 5, not ${packet.protocolVersion}`);
        this.connections.push(connection);
        return { cmd: 'connack', reasonCode: 0, sessionPresent: false };
      case 'subscribe':
        return { cmd: 'suback', messageId: packet.messageId!, granted: packet.subscriptions.map(() => 1) };
      case 'puback':
        connection.pubacks.push(packet.messageId!);
        return undefined;
      case 'pingreq':
        return { cmd: 'pingresp' };
      default:
        return undefined;
    }
  }
}
