import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocal from 'aws-ses-v2-local';
import type { MotoServer } from './moto-process';

/**
 * What GetAccount answers in the Local sandbox: a new account still in the SES sandbox (send only to verified
 * identities, 200 messages a day, 1 a second), so the console's sandbox warnings show. aws-ses-v2-local reads it from
 * the AWS_SES_ACCOUNT environment variable on every call; a value set by the user wins.
 */
export const SANDBOX_SES_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: '', Status: '' },
    UseCaseDescription: '',
    WebsiteURL: '',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: false,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: [] },
};

/** Prefix under which the router exposes aws-ses-v2-local's own pages (`/store`, `/clear-store`), for tests. */
export const SES_LOCAL_PREFIX = '/ses-local';

/**
 * Which emulator answers a request. moto lacks sesv2 GetAccount, email templates and TestRenderEmailTemplate;
 * aws-ses-v2-local implements them, and SendEmail too (it renders templates and keeps the sent mail, moto does not).
 * Everything else (cognito-idp, cognito-identity, sts, the other sesv2 calls, /moto-api) goes to moto.
 */
export function sesLocalAnswers(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  if (path === '/v2/email/account') return method === 'GET';
  if (path === '/v2/email/templates' || path.startsWith('/v2/email/templates/')) return true;
  if (path === '/v2/email/outbound-emails') return method === 'POST';
  return path === SES_LOCAL_PREFIX || path.startsWith(`${SES_LOCAL_PREFIX}/`);
}

/**
 * Starts aws-ses-v2-local in this process and a loopback router in front of it and moto; the returned server is the
 * sandbox's single endpoint, and stopping it stops the router, aws-ses-v2-local and moto. If the router cannot start,
 * moto is stopped too.
 */
export async function withSesRouter(moto: MotoServer): Promise<MotoServer> {
  let ses: http.Server | undefined;
  let router: http.Server | undefined;
  const agent = new http.Agent({ keepAlive: true });
  const stopOwn = async (): Promise<void> => {
    agent.destroy();
    await Promise.all([router, ses].map((s) => (s ? closeServer(s) : Promise.resolve())));
  };
  try {
    process.env.AWS_SES_ACCOUNT ??= JSON.stringify(SANDBOX_SES_ACCOUNT);
    ses = await sesLocal({ host: '127.0.0.1', port: 0 });
    const sesPort = (ses.address() as AddressInfo).port;
    // aws-ses-v2-local keeps its templates and mail in module state: a new sandbox starts empty, like moto.
    await fetch(`http://127.0.0.1:${sesPort}/clear-store`, { method: 'POST' });
    const motoUrl = new URL(moto.endpoint);
    const motoPort = Number(motoUrl.port);
    router = http.createServer((req, res) => {
      const url = req.url ?? '/';
      if (!sesLocalAnswers(req.method ?? 'GET', url)) return forward(req, res, motoPort, url, agent);
      const path = url.startsWith(SES_LOCAL_PREFIX) ? url.slice(SES_LOCAL_PREFIX.length) || '/' : url;
      if (path.split('?')[0] === '/v2/email/account')
        return forward(req, res, sesPort, path, agent, { ok: newAccount });
      return forward(req, res, sesPort, path, agent, {});
    });
    const listening = router;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => resolve());
    });
    const endpoint = `http://127.0.0.1:${(router.address() as AddressInfo).port}`;
    return {
      endpoint,
      stop: async () => {
        await stopOwn();
        await moto.stop();
      },
    };
  } catch (error) {
    await stopOwn();
    await moto.stop();
    throw error;
  }
}

/**
 * aws-ses-v2-local insists on a Details block, but a new account that never asked for production access has none:
 * drop it while its review case is empty, so the console shows "Not requested" as with a real new account.
 */
function newAccount(body: string): string {
  const account = JSON.parse(body) as { Details?: { ReviewDetails?: { CaseId?: string } } };
  if (account.Details && !account.Details.ReviewDetails?.CaseId) delete account.Details;
  return JSON.stringify(account);
}

/**
 * aws-ses-v2-local names an error in a `type` body field; SES sends it in the x-amzn-ErrorType header, which is
 * what the SDK reads. Without this every emulator error (NotFoundException, AlreadyExistsException) arrives unnamed.
 */
function errorType(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { type?: unknown };
    return typeof parsed.type === 'string' ? parsed.type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Passes the request through unchanged (method, headers, body) and streams the answer back. With `adapt` (answers
 * of aws-ses-v2-local), errors get SES's error header and a 200 body may be rewritten.
 */
function forward(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  port: number,
  path: string,
  agent: http.Agent,
  adapt?: { ok?: (body: string) => string },
): void {
  const upstream = http.request(
    { host: '127.0.0.1', port, method: req.method, path, headers: req.headers, agent },
    (answer) => {
      const status = answer.statusCode ?? 502;
      if (!adapt || (status < 400 && !(status === 200 && adapt.ok))) {
        res.writeHead(status, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const type = status >= 400 ? errorType(text) : undefined;
        const body = Buffer.from(status === 200 && adapt.ok ? adapt.ok(text) : text, 'utf8');
        const headers = { ...answer.headers, 'content-length': String(body.length) };
        delete headers['transfer-encoding'];
        res.writeHead(status, type ? { ...headers, 'x-amzn-errortype': type } : headers);
        res.end(body);
      });
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`Local sandbox router: ${error.message}`);
  });
  req.pipe(upstream);
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
