import { expect } from 'chai';
import { type HasTime, mergeByTime } from './merge.js';

interface Item extends HasTime {
  readonly id: string;
}

function* source(name: string, times: readonly number[], log: string[]): Generator<Item> {
  for (const [i, at] of times.entries()) {
    log.push(`${name}${i} made`);
    yield { at, id: `${name}${i}` };
  }
}

describe('mergeByTime', () => {
  it('emits every item of every source in time order, ties to the earlier source', () => {
    const log: string[] = [];
    const merged = [...mergeByTime([source('a', [1, 5, 5, 9], log), source('b', [0, 5, 7], log), source('c', [], log)])];
    expect(merged.map((item) => item.id)).to.eql(['b0', 'a0', 'a1', 'a2', 'b1', 'b2', 'a3']);
  });

  it('asks a source for its next item only after its previous one was emitted', () => {
    const log: string[] = [];
    const merged = mergeByTime([source('a', [1, 2], log), source('b', [3], log)]);
    const first = merged.next();
    expect(first.value?.id).to.equal('a0');
    expect(log).to.eql(['a0 made', 'b0 made']);
    merged.next();
    expect(log).to.eql(['a0 made', 'b0 made', 'a1 made']);
  });

  it('holds one item per source, however long the sources are', () => {
    let made = 0;
    function* endless(offset: number): Generator<Item> {
      for (let at = offset; ; at += 2) {
        made++;
        yield { at, id: String(at) };
      }
    }
    const merged = mergeByTime([endless(0), endless(1)]);
    for (let i = 0; i < 1000; i++) merged.next();
    expect(made).to.equal(1001);
  });

  it('refuses a source that goes back in time', () => {
    const log: string[] = [];
    expect(() => [...mergeByTime([source('a', [5, 3], log)])]).to.throw(/went back in time/);
  });
});
