import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { parser, type Packet } from 'mqtt-packet';
import { PubackLine } from './puback-line.js';

/** A connection whose written bytes are read back as MQTT packets. */
function connection() {
  const stream = new PassThrough();
  const written: Packet[] = [];
  const decode = parser({ protocolVersion: 5 });
  decode.on('packet', (packet: Packet) => written.push(packet));
  stream.on('data', (chunk: Buffer) => decode.parse(chunk));
  return { stream, pubacks: () => written.map((packet) => `${packet.cmd} ${packet.messageId}`) };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PubackLine', () => {
  it('given messages stored out of order, then their PUBACKs are written in the order the messages came', async () => {
    const { stream, pubacks } = connection();
    const line = new PubackLine(stream, 5);
    let storeFirst: (stored: boolean) => void = () => undefined;
    const first = line.inTurn(7, new Promise((resolve) => (storeFirst = resolve)));
    const second = line.inTurn(8, Promise.resolve(true));
    await settled();
    expect(pubacks(), 'the second waits for the first').to.deep.equal([]);
    storeFirst(true);
    expect([await first, await second]).to.deep.equal([true, true]);
    await settled();
    expect(pubacks()).to.deep.equal(['puback 7', 'puback 8']);
  });

  it('given a message not stored, then neither it nor any later one is acknowledged', async () => {
    const { stream, pubacks } = connection();
    const line = new PubackLine(stream, 5);
    const results = await Promise.all([line.inTurn(1, Promise.resolve(true)), line.inTurn(2, Promise.resolve(false)), line.inTurn(3, Promise.resolve(true))]);
    await settled();
    expect(results).to.deep.equal([true, false, false]);
    expect(pubacks()).to.deep.equal(['puback 1']);
  });

  it('given the connection closed, then nothing is written and the PUBACK is given up', async () => {
    const { stream, pubacks } = connection();
    const line = new PubackLine(stream, 4);
    stream.destroy();
    expect(await line.inTurn(1, Promise.resolve(true))).to.equal(false);
    expect(pubacks()).to.deep.equal([]);
  });

  it('given a QoS 0 message (no packet id), then it takes its turn but writes nothing', async () => {
    const { stream, pubacks } = connection();
    const line = new PubackLine(stream, 5);
    expect(await line.inTurn(undefined, Promise.resolve(true))).to.equal(true);
    expect(await line.inTurn(4, Promise.resolve(true))).to.equal(true);
    await settled();
    expect(pubacks()).to.deep.equal(['puback 4']);
  });
});
