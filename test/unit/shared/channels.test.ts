import { describe, expect, it } from 'vitest';
import { appChannels } from '../../../src/shared/ipc/areas/app';
import { groupChannels } from '../../../src/shared/ipc/areas/groups';
import { identityPoolChannels } from '../../../src/shared/ipc/areas/identity-pools';
import { jobChannels } from '../../../src/shared/ipc/areas/jobs';
import { poolFeatureChannels } from '../../../src/shared/ipc/areas/pool-features';
import { sesChannels } from '../../../src/shared/ipc/areas/ses';
import { sesTemplateChannels } from '../../../src/shared/ipc/areas/ses-templates';
import { userPoolChannels } from '../../../src/shared/ipc/areas/user-pools';
import { userChannels } from '../../../src/shared/ipc/areas/users';
import { userIndexChannels } from '../../../src/shared/ipc/areas/user-index';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';

describe('the IPC contract', () => {
  it('has no channel defined by two areas (a later spread would silently replace the earlier one)', () => {
    const areas = [
      appChannels,
      userPoolChannels,
      poolFeatureChannels,
      userChannels,
      userIndexChannels,
      groupChannels,
      jobChannels,
      sesChannels,
      sesTemplateChannels,
      identityPoolChannels,
    ];
    const all = areas.flatMap((a) => Object.keys(a));
    expect(new Set(all).size).toBe(all.length);
    expect([...CHANNEL_NAMES].sort()).toEqual([...all].sort());
  });

  it('names channels area:action', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-z-]*$/);
  });
});
