/**
 * Runs `attempt` (read, decide, append with the expected version) again when
 * another writer got there first, so appends to one stream are serialised
 * without a lock. Any other error, or the last conflict, is thrown.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, attempts = 100): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isConflict(error) || round >= attempts) throw error;
      // Jitter, so racing writers do not retry in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(round, 20)));
    }
  }
}

// By name, not instanceof: a store may load its own copy of @fairscan/event-store.
const isConflict = (error: unknown): boolean => error instanceof Error && error.name === 'WrongExpectedVersionError';
