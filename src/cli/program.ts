import { Command, CommanderError } from 'commander';
import { toWireError } from '../main/ipc/to-wire-error';
import { SANDBOX_PROFILE } from '../shared/model/profiles';
import type { PoolsListOptions } from './commands/pools';
import { poolsListCommand } from './commands/pools';
import type { ProfilesOptions } from './commands/profiles';
import { profilesCommand } from './commands/profiles';
import { registerPoolCommands } from './commands/pool';
import { registerPreflightCommand } from './commands/preflight';
import { registerUsersCommands } from './commands/users-export';
import { registerUsersIndexCommands } from './commands/users-index';
import type { CliDeps } from './deps';
import { ExitCode, UsageError, usageLine, wireErrorLine } from './exit-codes';
import { PROFILE_HELP, PROFILE_ORDER } from './profile-choice';
import { VERSION } from './version';

const EXIT_HELP = `
Profile: ${PROFILE_ORDER}.

Exit codes:
  0  success
  1  findings or differences (commands that compare or audit)
  2  usage error: unknown command or option, no profile given and no "default" one, invalid region
  3  AWS, credential or endpoint error, unknown profile, or a write on a read-only profile`;

/** Parses argv, runs one command and returns its exit code; never throws and never calls process.exit. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let code: number = ExitCode.OK;
  const program = buildProgram(deps, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return report(error, deps);
  }
}

function buildProgram(deps: CliDeps, setCode: (code: number) => void): Command {
  const program = new Command('cognito-console')
    .description('Command-line companion of the Cognito console: Amazon Cognito user pools with your AWS profiles.')
    .version(VERSION)
    // Settings set here are inherited by the sub-commands declared below.
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => deps.io.out(text),
      writeErr: (text) => deps.io.err(text),
      outputError: (text, write) => write(`${usageLine(text)}\n`),
    })
    .addHelpText('after', EXIT_HELP);

  program
    .command('profiles')
    .description(`list the AWS profiles the console can use ("${SANDBOX_PROFILE}" first)`)
    .option('--json', 'print JSON instead of a table')
    .action(async (_options: unknown, command: Command) => {
      setCode(await profilesCommand(command.opts<ProfilesOptions>(), deps));
    });

  const pools = program.command('pools').description('Amazon Cognito user pools');
  pools
    .command('list')
    .description('list every user pool of an account and region')
    .option('--profile <name>', PROFILE_HELP)
    .option('--region <region>', "AWS region (default: AWS_REGION, then the profile's region, then us-east-1)")
    .option('--endpoint-url <url>', 'send every AWS call of this run to this endpoint (an emulator, a proxy)')
    .option('--json', 'print JSON instead of a table')
    .action(async (_options: unknown, command: Command) => {
      setCode(await poolsListCommand(command.opts<PoolsListOptions>(), deps));
    });

  registerPoolCommands(program, deps, setCode);
  registerUsersCommands(program, deps, setCode);
  const users = program.commands.find((c) => c.name() === 'users');
  if (users) registerUsersIndexCommands(users, deps, setCode);
  registerPreflightCommand(program, deps, setCode);
  return program;
}

/** One stderr line per failure; commander has already printed its own (through outputError). */
function report(error: unknown, deps: CliDeps): number {
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride too, with exit code 0; help shown for a missing sub-command is 1.
    return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
  }
  if (error instanceof UsageError) {
    deps.io.err(`${usageLine(error.message)}\n`);
    return ExitCode.USAGE;
  }
  deps.io.err(`${wireErrorLine(toWireError(error))}\n`);
  return ExitCode.AWS;
}
