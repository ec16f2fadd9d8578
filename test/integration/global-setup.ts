import type { TestProject } from 'vitest/node';
import { startTestMoto } from '../helpers/moto';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string;
  }
}

/** One moto server for all integration tests; each test file resets it or works in its own pools. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestMoto();
  project.provide('motoEndpoint', server.endpoint);
  return () => server.stop();
}
