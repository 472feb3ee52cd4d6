import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from './personal-data-part.js';
import { PersonalDataRegistry } from './personal-data.registry.js';

const manager = {} as EntityManager;

function recordingPart(name: string, calls: string[]): PersonalDataPart {
  return {
    name,
    export: (_manager, accountId) => Promise.resolve({ from: name, accountId }),
    erase: (_manager, accountId) => {
      calls.push(`${name}:${accountId}`);
      return Promise.resolve();
    },
  };
}

describe('PersonalDataRegistry', () => {
  it('exports every registered part under its name', async () => {
    const registry = new PersonalDataRegistry();
    registry.register(recordingPart('account', []));
    registry.register(recordingPart('sessions', []));
    await expect(registry.exportAll(manager, 'a-1')).resolves.toEqual({
      account: { from: 'account', accountId: 'a-1' },
      sessions: { from: 'sessions', accountId: 'a-1' },
    });
  });

  it('erases every part, the last registered first', async () => {
    const calls: string[] = [];
    const registry = new PersonalDataRegistry();
    registry.register(recordingPart('account', calls));
    registry.register(recordingPart('profile', calls));
    await registry.eraseAll(manager, 'a-1');
    expect(calls).toEqual(['profile:a-1', 'account:a-1']);
  });

  it('ignores the same part registered twice (init hooks may run again)', async () => {
    const registry = new PersonalDataRegistry();
    const part = recordingPart('account', []);
    registry.register(part);
    registry.register(part);
    expect(registry.names()).toEqual(['account']);
    await expect(registry.exportAll(manager, 'a-1')).resolves.toEqual({ account: expect.anything() });
  });

  it('refuses two different parts with the same name', () => {
    const registry = new PersonalDataRegistry();
    registry.register(recordingPart('account', []));
    expect(() => registry.register(recordingPart('account', []))).toThrow(/already registered/);
  });
});
