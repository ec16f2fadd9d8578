import Box from '@cloudscape-design/components/box';
import Cards from '@cloudscape-design/components/cards';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { navigate } from '../../lib/use-hash-route';
import { keyOf, usePools } from '../../stores/pools';
import { useSession } from '../../stores/session';

const count = new Intl.NumberFormat();

/** "Users & groups" (#/users): pick a pool; its Users or Groups tab opens (one navigation, ../shared/UI.md). */
export function UsersPoolPicker() {
  const { profile, region, connectionState } = useSession();
  const { key, items, loading, error, load } = usePools();
  const ref = profile && region ? { profile, region } : undefined;
  const mine = ref && connectionState === 'connected' && key === keyOf(ref);

  useEffect(() => {
    if (profile && region && connectionState === 'connected') void load({ profile, region });
  }, [profile, region, connectionState, load]);

  const open = (href: string) => (e: CustomEvent) => {
    e.preventDefault();
    navigate(href);
  };
  return (
    <SpaceBetween size="m">
      <Header
        variant="h1"
        description={`Choose a user pool in ${region ?? 'this region'} to manage its users and groups.`}
      >
        Users &amp; groups
      </Header>
      {error && mine ? <ErrorAlert error={error} onRetry={() => ref && void load(ref)} /> : null}
      <Cards
        ariaLabels={{ itemSelectionLabel: (_e, p) => p.name, selectionGroupLabel: 'Pools' }}
        loading={loading || connectionState === 'connecting'}
        loadingText="Loading user pools"
        items={mine ? items : []}
        trackBy="id"
        cardDefinition={{
          header: (p) => (
            <Link href={`#/pools/${p.id}/users`} fontSize="heading-m" onFollow={open(`#/pools/${p.id}/users`)}>
              {p.name}
            </Link>
          ),
          sections: [
            { id: 'id', header: 'Pool ID', content: (p) => p.id },
            {
              id: 'users',
              header: 'Estimated users',
              content: (p) => (typeof p.estimatedUsers === 'number' ? count.format(p.estimatedUsers) : '-'),
            },
            {
              id: 'open',
              content: (p) => (
                <SpaceBetween direction="horizontal" size="m">
                  <Link href={`#/pools/${p.id}/users`} onFollow={open(`#/pools/${p.id}/users`)}>
                    Users
                  </Link>
                  <Link href={`#/pools/${p.id}/groups`} onFollow={open(`#/pools/${p.id}/groups`)}>
                    Groups
                  </Link>
                </SpaceBetween>
              ),
            },
          ],
        }}
        empty={
          <Box textAlign="center" color="inherit">
            <b>No user pools in {region}</b>
            <Box variant="p" color="inherit">
              Create one, or switch region.
            </Box>
          </Box>
        }
      />
    </SpaceBetween>
  );
}
