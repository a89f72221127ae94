import { ContainerModule } from 'inversify';
import { CommandHandler, TOKENS, type EventStore } from '@fairscan/event-store';
import { type FairscanConfig } from '../config/fairscan-config.js';

export interface SiteConfig {
  readonly site: string;
}

/** What every deployment has, whatever its adapters: the site, a clock and the one command handler. */
export const coreModule = (config: FairscanConfig, clock: () => Date = () => new Date()) =>
  new ContainerModule(({ bind }) => {
    bind<SiteConfig>(TOKENS.SiteConfig).toConstantValue({ site: config.site });
    bind<() => Date>(TOKENS.Clock).toConstantValue(clock);
    bind<CommandHandler>(TOKENS.CommandHandler)
      .toDynamicValue((context) => new CommandHandler(context.get<EventStore>(TOKENS.EventStore), { site: config.site, clock }))
      .inSingletonScope();
  });
