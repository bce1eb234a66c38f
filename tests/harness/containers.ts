// Where a container engine exists, the harness starts throwaway containers of the real components.
import { GenericContainer, Wait, getContainerRuntimeClient, type StartedTestContainer } from 'testcontainers';

export async function containerRuntimeAvailable(): Promise<boolean> {
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startContainers() {
  const started: StartedTestContainer[] = [];
  const start = async (container: GenericContainer) => {
    const running = await container.start();
    started.push(running);
    return running;
  };
  const postgres = await start(
    new GenericContainer('postgres:16')
      .withEnvironment({ POSTGRES_PASSWORD: 'postgres', POSTGRES_DB: 'yji_test' })
      .withExposedPorts(5432)
      .withWaitStrategy(Wait.forLogMessage(/ready to accept connections/, 2)),
  );
  const nats = await start(
    new GenericContainer('nats:2.12')
      .withCommand(['-js'])
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/)),
  );
  const temporal = await start(
    new GenericContainer('temporalio/temporal:1.5.1')
      .withCommand([
        'server',
        'start-dev',
        '--ip',
        '0.0.0.0',
        '--search-attribute',
        'YjiInspectionPhase=Keyword',
      ])
      .withExposedPorts(7233)
      .withWaitStrategy(Wait.forListeningPorts()),
  );
  return {
    databaseUrl: `postgresql://postgres:postgres@${postgres.getHost()}:${postgres.getMappedPort(5432)}/yji_test`,
    natsUrl: `nats://${nats.getHost()}:${nats.getMappedPort(4222)}`,
    temporalAddress: `${temporal.getHost()}:${temporal.getMappedPort(7233)}`,
    stop: async () => {
      for (const container of started.reverse()) await container.stop();
    },
  };
}
