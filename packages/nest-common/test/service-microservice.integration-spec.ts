import {
  Injectable,
  Module,
  type DynamicModule,
  type INestMicroservice,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { startNatsServer, type TestNatsServer } from '@passerelle/testing';
import { listenOnNats } from '../src/nats/microservice-options.js';
import { createServiceMicroservice } from '../src/nats/service-microservice.js';

/** Counts the lifecycle hooks Nest calls on it. */
@Injectable()
class LifecycleProbe implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  readonly calls = { moduleInit: 0, bootstrap: 0, shutdown: 0 };

  onModuleInit(): void {
    this.calls.moduleInit += 1;
  }

  onApplicationBootstrap(): void {
    this.calls.bootstrap += 1;
  }

  onApplicationShutdown(): void {
    this.calls.shutdown += 1;
  }
}

@Module({})
class ProbeModule {
  static forRoot(): DynamicModule {
    return { module: ProbeModule, providers: [LifecycleProbe] };
  }
}

describe('a service microservice', () => {
  let nats: TestNatsServer;
  let app: INestMicroservice | undefined;

  beforeAll(async () => {
    nats = await startNatsServer();
  });

  afterAll(async () => {
    await app?.close();
    await nats.dispose();
  });

  // A hook run twice opens a second connection or timer that nothing closes,
  // and the process never exits.
  it('runs each start hook once, from creation through listening, and each shutdown hook once', async () => {
    app = await createServiceMicroservice(ProbeModule.forRoot(), {
      service: 'probe',
      natsUrl: nats.url,
      logLevel: 'silent',
    });
    const probe = app.get(LifecycleProbe);
    expect(probe.calls).toEqual({ moduleInit: 1, bootstrap: 1, shutdown: 0 });

    await listenOnNats(app);
    expect(probe.calls).toEqual({ moduleInit: 1, bootstrap: 1, shutdown: 0 });

    await app.close();
    app = undefined;
    expect(probe.calls).toEqual({ moduleInit: 1, bootstrap: 1, shutdown: 1 });
  });
});
