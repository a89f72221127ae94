import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { type FastifyInstance } from 'fastify';

/** packages/reporting/public: the page, plain HTML/CSS/JS modules, no build step. */
export const publicDir = join(dirname(fileURLToPath(import.meta.url)), '../../public');

/** uPlot from node_modules, so the page loads nothing from a CDN. */
const uplotDir = join(dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist');

export async function staticFiles(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: publicDir, prefix: '/', index: 'index.html' });
  await app.register(fastifyStatic, { root: uplotDir, prefix: '/vendor/uplot/', decorateReply: false, allowedPath: (path) => /^\/uPlot\.(esm\.js|min\.css)$/.test(path) });
}
